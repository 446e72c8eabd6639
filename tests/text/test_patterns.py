from __future__ import annotations

import subprocess
import sys

import pytest

from pause_app.core.breathing import CUSTOM_PATTERN, PRESETS, Pattern
from pause_app.text.patterns import caution_for, pattern_named, pattern_names


def test_every_pattern_has_a_name_presets_first_then_ones_own() -> None:
    names = pattern_names()
    assert list(names) == [*PRESETS, CUSTOM_PATTERN]
    assert all(name.strip() for name in names.values())
    assert names["calm"] == "Calm: in 4, out 6 (6 breaths a minute)"
    assert names[CUSTOM_PATTERN] == "Your own rhythm"


def test_the_names_are_translated_once_for_breathe_and_settings(qapp, translations) -> None:
    translations.install("nl")
    names = pattern_names()
    assert names["calm"] == "Rustig: 4 in, 6 uit (6 ademhalingen per minuut)"
    assert names["box"] == "Vierkant: 4, 4 vasthouden, 4, 4 vasthouden (houdt de adem vast)"
    assert names[CUSTOM_PATTERN] == "Je eigen ritme"


def test_a_preset_or_ones_own_rhythm() -> None:
    assert pattern_named("box", "not looked at") is PRESETS["box"]
    own = pattern_named(CUSTOM_PATTERN, "5,1,7.5,0")
    assert (own.inhale_ms, own.hold_in_ms, own.exhale_ms, own.hold_out_ms) == (5000, 1000, 7500, 0)
    with pytest.raises(KeyError):
        pattern_named("unknown", "4,0,6,0")
    with pytest.raises(ValueError):
        pattern_named(CUSTOM_PATTERN, "4,0,40,0")


@pytest.mark.parametrize(
    ("pattern", "holds", "stops"),
    [
        (PRESETS["calm"], False, False),
        (PRESETS["sigh"], False, False),
        (PRESETS["box"], True, False),
        (PRESETS["4-7-8"], True, True),
        (Pattern.custom(4, 0, 6, 2), True, False),
    ],
)
def test_one_caution_line_for_patterns_that_hold_the_breath(
    pattern: Pattern, holds: bool, stops: bool
) -> None:
    line = caution_for(pattern)
    assert ("holds the breath" in line) is holds
    assert ("It stops after at most 4 breaths." in line) is stops
    assert bool(line) is holds


def test_the_caution_line_speaks_dutch(qapp, translations) -> None:
    translations.install("nl")
    line = caution_for(PRESETS["4-7-8"])
    assert line.startswith("Bij dit patroon houd je de adem vast.")
    assert line.endswith("Het stopt na hooguit 4 ademhalingen.")


def test_the_words_need_no_widgets_and_nothing_from_the_desktop() -> None:
    code = (
        "import sys\nimport pause_app.text.patterns\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6.QtWidgets', "
        "'PySide6.QtGui', 'pause_app.desktop', 'pause_app.ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
