"""The generated attack (issue 12): several hundred bad inputs through the real command line.

Each is refused cleanly: exit 1 or 2, one line on stderr, nothing on stdout, no traceback,
and no file changed in the data folder (hashed before and after); a refused command on a
folder that does not exist yet leaves it missing, and nothing appears in the working folder
or the home folder either. The inputs are made by a seeded generator, the same on every run.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pause_app import cli
from pause_app.core.model import NewActivity
from pause_app.core.validation import Problem, ValidationError
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock

SEED = 12
MIXED = 150  # bad values put into otherwise good commands, drawn with SEED

NOT_UTF8 = b"Wa\xfflk".decode("utf-8", "surrogateescape")  # how argv passes bytes on
HIDDEN = [
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",  # byte-order mark
    "\u00ad",  # soft hyphen
    "\x00",
    "\x07",
    "\x1b[2J",  # a terminal's "clear the screen"
    "\x7f",
    "\x85",
    "\u2028",
    "\ue000",  # private use
    "\U000e0041",  # tag letter
]
BAD_NAMES = [
    "",
    " ",
    "\t",
    "x" * 61,
    "\ud800",
    NOT_UTF8,
    *(f"Wa{hidden}lk" for hidden in HIDDEN),
    *(f"{hidden}Walk" for hidden in HIDDEN if hidden.strip()),
]
LOOK_ALIKES = ["walk", "WALK", "Walk ", " walk", "\uff37alk", "\uff37\uff41\uff4c\uff4b", "wALK"]
UNKNOWN_NAMES = ["Run", "Walk outside", "Wal", "\uff32un", "Cafe\u0301"]
BAD_UNITS = ["", " ", "u" * 31, "min\u200b", "\x07", "\u202emin", NOT_UTF8, "min\x1b[0m"]
BAD_NOTES = [
    "n" * 1001,
    "calm\x00",
    "a\u202eb",
    "\x1b[2J",
    "\ufeffcalm",
    NOT_UTF8,
    "line\rline",
    "para\u2029graph",
    "zero\u200bwidth",
    "\u200d alone",
]
BAD_AMOUNTS = [
    *("", " ", "-1", "-0", "1.5", "1,5", "1e3", "0x10", "0b1", "5_0", "+-1", "5 5", "five"),
    *("\u0665", "\u0665\u0660", "\uff15", "\uff11\uff10\uff10", "\u00bd", "\u00b2", "NaN", "inf"),
    *("1000001", "9" * 40, "- 5", NOT_UTF8),
]
BAD_DATES = [
    *("2026-02-30", "2026-13-01", "2026-00-10", "2026-3-1", "tomorrow", "2026-03-16"),
    *("2099-01-01", "1899-12-31", "0001-01-01", "2026-03-10T10:00", "", " ", "20260310"),
    *("2026/03/10", "\uff12\uff10\uff12\uff16-03-10", "\u0662\u0660\u0662\u0666-03-10", NOT_UTF8),
]
BAD_STEPS = ["6", "-1", "nan", "inf", "1e1", "5.01", "\u0665", "", "x", "0x1", "2.5.1"]
BAD_FELT = ["great", "", "crash\x00", "o k"]
BAD_LEVELS = ["11", "-1", "veel", "", " ", "4.5", "1e1", "\u0663", "\uff14", "9" * 40, NOT_UTF8]

# (key, bad value): every kind of setting, and keys that are not settings.
BAD_SETTINGS = [
    *(("ui.theme", v) for v in ("", "purple", "dark\x00", NOT_UTF8, "\x1b[2J")),
    *(("ui.language", v) for v in ("xx", "nl_NL", "", "english")),
    *(("ui.reduced_motion", v) for v in ("maybe", "1", "")),
    *(("sound.enabled", v) for v in ("maybe", "", "2", "yes please", "tru")),
    *(("sound.volume", v) for v in ("-1", "101", "50.5", "", "1e2", "true", "0x10", "fifty")),
    *(("sound.volume", v) for v in ("\u0665\u0660", "\uff11\uff10\uff10", "5_0", "+-5")),
    *(("breathing.custom", v) for v in ("4,0,6", "16,0,6,0", "4,11,6,0", "a,b,c,d", "")),
    *(("breathing.custom", v) for v in ("nan,0,6,0", "inf,0,6,0", "4,0,6,nan")),
    *(("breathing.custom", v) for v in ("0,0,0,0", "4,0,6,0,1", "-4,0,6,0")),
    *(("breathing.session_minutes", v) for v in ("0", "61", "x")),
    *(("reminders.interval_minutes", v) for v in ("0", "481", "-5", "ninety")),
    *(("reminders.active_hours", v) for v in ("25:00-21:00", "", "9-21", "nine to five")),
    *(("reminders.paused_until", v) for v in ("x", "2026-13-01T00:00:00Z", "soon")),
    *(("reminders.paused_until", v) for v in ("9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z")),
    *(("reminders.style", v) for v in ("popup", "")),
    *(("pacing.stable_days_needed", v) for v in ("0", "100", "-3")),
    *((k, "dark") for k in ("", "ui", "ui.", "ui.theme.x", "UI.THEME", "ui.theme ", "__class__")),
    *((k, "1") for k in ("ui.theme\x00", NOT_UTF8, "x" * 200, "\x1b[2J")),
]
BAD_DATA_DIRS = ["", " ", "\t", "~nobody-here-at-all", "~nobody-here-at-all/pause", "a\x00b"]


@dataclass(frozen=True)
class Attack:
    argv: tuple[str, ...]
    on_missing: bool = True  # also refused on a folder that does not exist yet


def _fixed(export_targets: list[str], unusable_folders: list[str]) -> Iterator[Attack]:
    """Every bad value once, each in an otherwise good command."""
    good_log = ("log", "Walk", "5", "--felt", "ok")
    for name in BAD_NAMES:
        yield Attack(("activity", "add", name, "--unit", "minutes", "--target", "5"))
        yield Attack(("log", name, "5", "--felt", "ok"))
        yield Attack(("activity", "add", "Read", "--from", name))
    for name in LOOK_ALIKES:
        yield Attack(("activity", "add", name, "--unit", "minutes", "--target", "5"), False)
    for name in UNKNOWN_NAMES:
        yield Attack(("log", name, "5", "--felt", "ok"))
        yield Attack(("offer", name))
        yield Attack(("accept", name))
        yield Attack(("target", name, "7"))
        yield Attack(("maintenance", name, "on"))
        yield Attack(("activity", "add", "Read", "--from", name))
    for unit in BAD_UNITS:
        yield Attack(("activity", "add", "Read", "--unit", unit, "--target", "5"))
    for note in BAD_NOTES:
        yield Attack((*good_log, "--note", note))
    for amount in BAD_AMOUNTS:
        yield Attack(("log", "Walk", amount, "--felt", "ok"))
        yield Attack(("target", "Walk", amount))
        yield Attack(("activity", "add", "Read", "--unit", "pages", "--target", amount))
    for day in BAD_DATES:
        yield Attack((*good_log, "--on", day))
        yield Attack(("activity", "add", "Read", "--unit", "pages", "--on", day))
    for step in BAD_STEPS:
        yield Attack(("activity", "add", "Read", "--unit", "pages", "--step-percent", step))
    for felt in BAD_FELT:
        yield Attack(("log", "Walk", "5", "--felt", felt))
    # Refused because of what is stored: the start day, the last change, the same target.
    yield Attack((*good_log, "--on", "2026-02-28"), False)
    yield Attack(("target", "Walk", "9", "--on", "2026-02-28"), False)
    yield Attack(("target", "Walk", "6"), False)
    yield Attack(("accept", "Walk", "4"), False)
    yield Attack(("activity", "add", "Walk far", "--from", "Walk", "--target", "999"), False)
    for key, value in BAD_SETTINGS:
        yield Attack(("config", "set", key, value))
    for key in ("nope", "", "ui.theme.x", NOT_UTF8):
        yield Attack(("config", "get", key))
    for target in export_targets:  # inside the prepared folder: refused there
        yield Attack(("export", "-o", target), False)
        yield Attack(("export", "--format", "csv", "-o", target), False)
    for folder in BAD_DATA_DIRS:
        for command in (("activity", "list"), ("export",), ("pause",), ()):
            yield Attack(("--data-dir", folder, *command))
    for folder in unusable_folders:  # (the window says so itself)
        for command in (("activity", "list"), ("export",), ("log", "Walk", "5", "--felt", "ok")):
            yield Attack(("--data-dir", folder, *command))
    for argv in (
        ("frobnicate",),
        ("Log", "Walk", "5", "--felt", "ok"),
        ("activitys", "list"),
        ("help",),
        ("-",),
        ("log",),
        ("log", "Walk"),
        ("log", "Walk", "5"),
        ("log", "Walk", "5", "--felt", "ok", "--force"),
        ("log", "Walk", "5", "--fel", "ok"),
        ("log", "Walk", "5", "--felt", "ok", "extra\nline"),
        ("log", "Walk", "5", "--felt", "ok", "--on"),
        ("activity",),
        ("activity", "add"),
        ("activity", "add", "Read"),
        ("activity", "remove", "Walk"),
        ("activity", "list", "--json", "extra"),
        ("config",),
        ("config", "set", "ui.theme"),
        ("config", "unset", "ui.theme"),
        ("target", "Walk"),
        ("maintenance", "Walk"),
        ("maintenance", "Walk", "maybe"),
        ("export", "--format", "xml"),
        ("export", "-o"),
        ("--lang", "xx", "activity", "list"),
        ("--lang",),
        ("--lang", "\x1b[2J"),
        ("--data",),
        ("--verbose", "nope"),
        ("breathe", "--minutes", "0"),
        ("breathe", "--minutes", "61"),
        ("breathe", "--minutes", "x"),
        ("breathe", "--pattern", "nope"),
        ("pause", "extra"),
        ("pause", "--minutes", "5"),
        ("checkin",),
        ("checkin", "--symptoms", "awful"),
        ("checkin", "--sleep", "0"),
        ("checkin", "--energy"),
        ("checkin", "show", "--on", "2026-13-01"),
        ("checkin", "show", "extra"),
        (NOT_UTF8,),
        ("\x1b[2J",),
    ):
        yield Attack(argv)


def _mixed(rng: random.Random, count: int) -> Iterator[Attack]:
    """Good commands with one or two of their values swapped for bad ones, drawn at random."""
    pools = {
        "name": BAD_NAMES,
        "unit": BAD_UNITS,
        "note": BAD_NOTES,
        "amount": BAD_AMOUNTS,
        "day": BAD_DATES,
        "step": BAD_STEPS,
        "level": BAD_LEVELS,
    }
    templates = [
        ("log", "{name}", "{amount}", "--felt", "ok", "--note", "{note}", "--on", "{day}"),
        ("activity", "add", "{name}", "--unit", "{unit}", "--target", "{amount}"),
        ("activity", "add", "{name}", "--unit", "{unit}", "--step-percent", "{step}"),
        ("activity", "add", "{name}", "--unit", "{unit}", "--on", "{day}"),
        ("target", "{name}", "{amount}", "--on", "{day}"),
        ("accept", "{name}", "{amount}"),
        ("checkin", "--energy", "{level}", "--note", "{note}", "--on", "{day}"),
        ("checkin", "--spent", "{level}", "--sleep", "3", "--on", "{day}"),
    ]
    good = {"name": "Walk", "unit": "pages", "note": "calm", "amount": "5", "day": "2026-03-10"}
    good["step"], good["level"] = "2", "4"
    for _ in range(count):
        template = rng.choice(templates)
        fields = [f for f in pools if "{" + f + "}" in " ".join(template)]
        bad = set(rng.sample(fields, k=min(len(fields), rng.choice((1, 1, 2)))))
        values = {f: rng.choice(pools[f]) if f in bad else good[f] for f in pools}
        if template[:2] == ("activity", "add") and "name" not in bad:
            values["name"] = "Read"  # else a good add of a new name would be accepted
        yield Attack(tuple(part.format(**values) for part in template))


def _attacks(export_targets: list[str], unusable_folders: list[str]) -> list[Attack]:
    rng = random.Random(SEED)
    unique: dict[tuple[str, ...], Attack] = {}
    for attack in (*_fixed(export_targets, unusable_folders), *_mixed(rng, MIXED)):
        unique.setdefault(attack.argv, attack)
    return list(unique.values())


def _state(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder``, with a hash of each file's bytes."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
    }


def _prepare(run, data: Path, tmp_path: Path) -> list[Attack]:  # type: ignore[no-untyped-def]
    """A diary with all Pause keeps (data, settings, a damaged copy, old logs, a backup), and
    the attacks that need to know where things are."""
    for argv in (
        ("activity", "add", "Walk", "--unit", "minutes", "--target", "5", "--on", "2026-03-01"),
        ("log", "Walk", "5", "--felt", "ok", "--note", "calm"),
        ("target", "Walk", "6"),
        ("config", "set", "sound.volume", "55"),
    ):
        assert run("--data-dir", str(data), *argv)[0] == 0, argv
    for kept in ("pause.corrupt-20260301-101010.sqlite3", "settings.json.bak", "logs/pause.log.1"):
        (data / kept).write_bytes(b"kept: " + kept.encode())
    (data / "backups").mkdir(exist_ok=True)
    (data / "backups" / "pause-2026-03-14.sqlite3").write_bytes(b"a backup")
    a_file = tmp_path / "a-file"
    a_file.write_text("mine")
    (tmp_path / "link").symlink_to(data)
    inside = ["pause.sqlite3", "pause.sqlite3-wal", "settings.json", "settings.json.bak"]
    inside += ["pause.corrupt-20260301-101010.sqlite3", "logs/pause.log", "logs/pause.log.1"]
    inside += ["logs", ".", "new.json", "backups/new.json", "sub/dir/new.json", "backups"]
    targets = [str(data / name) for name in inside]
    targets += [str(tmp_path / "link" / name) for name in ("new.json", "pause.sqlite3", "logs")]
    attacks = _attacks(targets, [str(a_file), str(a_file / "below")])
    for target in ("", " ", "\x00", "a\x00b"):  # no name at all
        attacks.append(Attack(("export", "-o", target)))
        attacks.append(Attack(("export", "-o", target, "--format", "csv")))
    for target in (str(tmp_path), str(tmp_path / "cwd")):  # a folder, for a JSON file
        attacks.append(Attack(("export", "-o", target)))
    attacks.append(Attack(("export", "--format", "csv", "-o", str(a_file))))
    missing = tmp_path / "not-made-yet"
    for name in ("new.json", "logs", "pause.sqlite3"):  # inside the folder not made yet
        for fmt in ("json", "csv"):
            argv = (
                "--data-dir",
                str(missing),
                "export",
                "--format",
                fmt,
                "-o",
                str(missing / name),
            )
            attacks.append(Attack(argv))
    return attacks


def test_hundreds_of_bad_inputs_are_refused_cleanly_and_change_nothing(
    qapp,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, missing, cwd = tmp_path / "data", tmp_path / "not-made-yet", tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # a bad name must not become a folder here either
    windows: list[object] = []
    monkeypatch.setattr(cli, "_start_window", lambda options: windows.append(options) or 0)

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = cli.main(list(argv), now=clock)
        except (Exception, SystemExit) as error:  # what would reach the user is the point
            code = -1
            print(f"Traceback: {error!r}", file=sys.stderr)
        out, err = capsys.readouterr()
        return code, out, err

    attacks = _prepare(run, data, tmp_path)
    before = _state(data)
    assert before and not missing.exists()
    counts: Counter[str] = Counter()
    problems: list[str] = []
    for attack in attacks:
        has_own_folder = "--data-dir" in attack.argv
        folders = [data, missing] if attack.on_missing and not has_own_folder else [data]
        for folder in folders:
            argv = attack.argv if has_own_folder else ("--data-dir", str(folder), *attack.argv)
            counts["tried"] += 1
            code, out, err = run(*argv)
            clean = code in (1, 2) and out == "" and err.count("\n") == 1 and err.endswith("\n")
            clean = clean and not windows  # a bad command never opens the window
            windows.clear()
            counts["refused cleanly"] += clean
            counts["tracebacks"] += "Traceback" in err or "Traceback" in out
            changed = [
                place
                for place, yes in (
                    ("data", _state(data) != before),
                    ("missing", missing.exists()),
                    ("working folder", any(cwd.iterdir())),
                    ("home", (tmp_path / "home").exists()),
                )
                if yes
            ]
            counts["files changed"] += bool(changed)
            if not clean or changed:
                problems.append(f"{argv!r}: exit {code}, out {out!r}, err {err!r}, {changed}")
                before = _state(data)  # said once, not again for every attack after it
                shutil.rmtree(missing, ignore_errors=True)
                for made in cwd.iterdir():
                    shutil.rmtree(made) if made.is_dir() else made.unlink()
    print(f"\ngenerated attack (seed {SEED}): {dict(counts)}")
    assert not problems, "\n".join(problems[:20])
    assert counts["tried"] >= 1000
    assert counts["refused cleanly"] == counts["tried"]
    assert (counts["tracebacks"], counts["files changed"]) == (0, 0)


def test_a_rename_to_a_look_alike_is_refused_naming_the_one_there(
    store: Store, clock: FakeClock
) -> None:
    walk = store.activities.add(NewActivity("Walk", "minutes", 5), clock())
    read = store.activities.add(NewActivity("Read", "pages", 5), clock())
    for look_alike in ("walk", "\uff37\uff41\uff4c\uff4b", " WALK "):
        with pytest.raises(ValidationError) as caught:
            store.activities.rename(read.id, look_alike)
        assert (caught.value.problem, caught.value.limit) == (Problem.ALREADY_EXISTS, "Walk")
    assert store.activities.rename(walk.id, "walk").name == "walk"  # its own name, new case
    assert [a.name for a in store.activities.list()] == ["walk", "Read"]
