"""The Dutch translation is complete at every commit, and the words stay gentle."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "pause_nl.ts"
TS_EN = TS.with_name("pause_en.ts")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\(\w+\)[rs]|%[rs]")

# Words docs/PACING.md keeps out of the app, in both languages.
AVOID_EN = re.compile(r"\b(push\w*|challeng\w*|beat\w*|fail\w*|streak\w*)\b", re.IGNORECASE)
AVOID_NL = re.compile(
    r"\b(push\w*|uitdaging\w*|verslaan|verslagen|mislukt\w*|faal\w*|reeks kwijt)\b", re.IGNORECASE
)


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["nl", "en-plurals"])
def test_every_entry_is_finished(ts: Path) -> None:
    problems = []
    for message in _messages(ts):
        source = message.findtext("source")
        node = message.find("translation")
        kind = node.get("type") if node is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            problems.append(f"{kind}: {source}")
        elif not all(t.strip() for t in _translations(message)):
            problems.append(f"empty: {source}")
        elif message.get("numerus") == "yes" and len(_translations(message)) != 2:
            problems.append(f"needs two plural forms: {source}")
    assert problems == []


def test_english_plurals_cover_every_numerus_string() -> None:
    numerus = {m.findtext("source") for m in _messages(TS) if m.get("numerus") == "yes"}
    assert {m.findtext("source") for m in _messages(TS_EN)} == numerus


def test_placeholders_survive_translation() -> None:
    for message in _messages(TS) + _messages(TS_EN):
        source = message.findtext("source") or ""
        for translation in _translations(message):
            assert sorted(PLACEHOLDER.findall(translation)) == sorted(
                PLACEHOLDER.findall(source)
            ), source


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lupdate is not installed beside this Python",
)
def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / "pause_nl.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "pause_app").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    missing = [
        m.findtext("source")
        for m in _messages(copy)
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")
    ]
    assert missing == [], "run `make translations` and translate these"


def test_the_compiled_catalogue_loads() -> None:
    qm = TS.with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} is missing: run `make translations`"
    assert translator.translate("MainWindow", "Goals") == "Doelen"
    english = QTranslator()
    assert english.load(str(TS_EN.with_suffix(".qm")))
    assert english.translate("ProgressChart", "%n pause(s)", "", 1) == "%n pause"


def test_no_pushing_words_in_either_language() -> None:
    offenders = []
    for message in _messages(TS):
        source = message.findtext("source") or ""
        if AVOID_EN.search(source):
            offenders.append(source)
        offenders += [t for t in _translations(message) if AVOID_NL.search(t)]
    assert offenders == []


def test_the_word_check_would_catch_them() -> None:
    assert AVOID_EN.search("Push yourself to beat your streak")
    assert AVOID_NL.search("Dat is mislukt")


# A count passed to QCoreApplication.translate (or an alias of it) reaches the app, but
# lupdate extracts such a line without its plural forms; only self.tr in a class reads them.
COUNTED_TRANSLATE = re.compile(r"(?<!self\.)\b(?:translate|tr)\(\s*\"[^\"]*\",\s*\"[^\"]*%L?n")


def test_counted_lines_use_self_tr_where_lupdate_reads_plural_forms() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{text[: match.start()].count(chr(10)) + 1}"
        for path in sorted((ROOT / "pause_app").rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for match in COUNTED_TRANSLATE.finditer(text)
    ]
    assert offenders == []


def test_the_counted_line_check_would_catch_one() -> None:
    line = 'translate("Steps", "%Ln new day(s)", None, n)'
    assert COUNTED_TRANSLATE.search(line)
    assert not COUNTED_TRANSLATE.search('self.tr("%n pause(s)", "", n)')
