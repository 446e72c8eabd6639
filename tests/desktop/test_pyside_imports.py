"""PySide6's look at each imported module, answered from the file's bytes: the same
answer, and no source text kept in linecache for the life of the process."""

from __future__ import annotations

import pytest

from tests.helpers.fresh import run_fresh


def run(code: str) -> list[str]:
    return run_fresh(code).stdout.split()


CHECK = (
    "import linecache, sys\n"
    "import PySide6.QtCore\n"
    "from pause_app.desktop.pyside_imports import read_sources_lightly\n"
    "LIGHT = {light}\n"
    "if LIGHT: print(read_sources_lightly())\n"
    "from pause_app.core.reminders import StatusKind\n"
    "from pause_app.ui.reminders.tray import Tray\n"
    "feature = sys.modules['shibokensupport.feature']\n"
    "for name in ('pause_app.core.reminders', 'pause_app.ui.reminders.tray'):\n"
    "    kept = sys.modules[name].__file__ in linecache.cache\n"
    "    print(feature.pyside_feature_dict.get(name), kept)\n"
)


def test_pyside_keeps_each_source_it_reads_for_good() -> None:
    """Why it exists: PySide6's own look keeps both modules' sources in linecache."""
    assert run(CHECK.format(light=False)) == ["-1", "True", "0", "True"]


def test_the_same_answers_without_keeping_the_sources() -> None:
    """A module that uses PySide6 may still use its features (0); one that does not is
    left alone (-1); neither source stays in memory."""
    assert run(CHECK.format(light=True)) == ["True", "-1", "False", "0", "False"]


def test_once_is_enough_and_before_pyside_it_does_nothing() -> None:
    code = (
        "import sys\n"
        "from pause_app.desktop.pyside_imports import read_sources_lightly\n"
        "print(read_sources_lightly())\n"  # PySide6 not imported yet: nothing to lighten
        "import PySide6.QtCore\n"
        "print(read_sources_lightly())\n"
        "check = sys.modules['shibokensupport.feature']._mod_uses_pyside\n"
        "print(read_sources_lightly())\n"
        "print(sys.modules['shibokensupport.feature']._mod_uses_pyside is check)\n"
    )
    assert run(code) == ["False", "True", "True", "True"]


@pytest.mark.parametrize("module", ["sys", "math"])
def test_a_module_without_a_source_file_gets_pysides_own_answer(module: str) -> None:
    code = (
        "import sys, PySide6.QtCore\n"
        "from pause_app.desktop.pyside_imports import read_sources_lightly\n"
        "read_sources_lightly()\n"
        f"import {module}\n"
        f"print(sys.modules['shibokensupport.feature']._mod_uses_pyside(sys.modules['{module}']))\n"
    )
    assert run(code) == ["False"]
