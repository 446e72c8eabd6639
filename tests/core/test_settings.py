from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pause_app.core import settings as schema
from pause_app.core.settings import SETTINGS_VERSION, SettingError, SettingProblem, Settings


def test_defaults_cover_every_key() -> None:
    defaults = Settings.defaults()
    assert set(defaults) == set(schema.SPECS)
    assert defaults["sound.enabled"] is False
    assert defaults["ui.theme"] == "system"


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("sound.enabled", "on", True),
        ("sound.enabled", "False", False),
        ("sound.enabled", "ja", True),
        ("sound.volume", " 70 ", 70),
        ("ui.theme", "Dark", "dark"),
        ("ui.language", "nl", "nl"),
    ],
)
def test_parse_accepts(key: str, text: str, expected: object) -> None:
    assert schema.parse(key, text) == expected


@pytest.mark.parametrize(
    ("key", "text", "problem"),
    [
        ("sound.enabled", "maybe", SettingProblem.NOT_A_BOOLEAN),
        ("sound.volume", "loud", SettingProblem.NOT_A_WHOLE_NUMBER),
        ("sound.volume", "101", SettingProblem.OUT_OF_RANGE),
        ("sound.volume", "-1", SettingProblem.OUT_OF_RANGE),
        ("ui.theme", "neon", SettingProblem.NOT_A_CHOICE),
        ("ui.colour", "red", SettingProblem.UNKNOWN_KEY),
    ],
)
def test_parse_refuses(key: str, text: str, problem: SettingProblem) -> None:
    with pytest.raises(SettingError) as caught:
        schema.parse(key, text)
    assert caught.value.problem is problem


def test_check_refuses_json_types_that_only_look_right() -> None:
    with pytest.raises(SettingError):
        schema.check("sound.enabled", 1)
    with pytest.raises(SettingError):
        schema.check("sound.volume", True)
    with pytest.raises(SettingError):
        schema.check("sound.volume", 40.0)


def test_a_wrong_value_falls_back_for_that_key_only() -> None:
    tree = {"version": 1, "ui": {"theme": "neon", "language": "nl"}, "sound": {"volume": 70}}
    settings, problems = schema.from_tree(tree)
    assert [p.key for p in problems] == ["ui.theme"]
    assert settings["ui.theme"] == "system"
    assert settings["ui.language"] == "nl"
    assert settings["sound.volume"] == 70


def test_unknown_keys_survive_a_round_trip() -> None:
    tree = {"version": 1, "ui": {"theme": "dark", "future": 3}, "later": {"x": [1, 2]}}
    settings, problems = schema.from_tree(tree)
    assert problems == []
    again = schema.to_tree(settings)
    assert again["ui"]["future"] == 3
    assert again["later"] == {"x": [1, 2]}
    assert again["ui"]["theme"] == "dark"


def test_a_newer_file_keeps_its_version() -> None:
    settings, _ = schema.from_tree({"version": SETTINGS_VERSION + 3})
    assert schema.to_tree(settings)["version"] == SETTINGS_VERSION + 3


_names = st.text(alphabet="abcdefgh_", min_size=1, max_size=5)


@given(st.dictionaries(st.lists(_names, min_size=1, max_size=3).map(".".join), st.integers()))
def test_unflatten_then_flatten_keeps_every_leaf(flat: dict[str, int]) -> None:
    # Where one key is a prefix group of another, the leaf is kept and the group dropped.
    result = schema.flatten(schema.unflatten(flat))
    for key, value in result.items():
        assert flat[key] == value
    prefixes = {k.rsplit(".", 1)[0] for k in flat if "." in k}
    assert set(flat) - set(result) <= {k for k in flat for p in prefixes if k.startswith(p + ".")}


def test_with_value_checks() -> None:
    settings = Settings.defaults().with_value("sound.volume", 10)
    assert settings["sound.volume"] == 10
    with pytest.raises(SettingError):
        settings.with_value("sound.volume", 1000)


def test_breathing_pattern_choices_are_the_presets() -> None:
    from pause_app.core.breathing import DEFAULT_PATTERN, PRESETS

    spec = schema.SPECS["breathing.pattern"]
    assert set(spec.choices) == {*PRESETS, "custom"}
    assert spec.default == DEFAULT_PATTERN


@pytest.mark.parametrize(
    ("text", "stored"), [("4,0,6,0", "4,0,6,0"), (" 4.5 ; 1 ; 6 ; 0 ", "4.5,1,6,0")]
)
def test_a_custom_pattern_setting(text: str, stored: str) -> None:
    assert schema.parse("breathing.custom", text) == stored


@pytest.mark.parametrize("text", ["4,0,6", "20,0,6,0", "4,11,6,0", "a,b,c,d", ""])
def test_a_custom_pattern_out_of_range_is_refused(text: str) -> None:
    with pytest.raises(SettingError) as caught:
        schema.parse("breathing.custom", text)
    assert caught.value.problem is SettingProblem.NOT_A_PATTERN


def test_pacing_rules_from_settings_fall_back_when_they_do_not_fit_together() -> None:
    from pause_app.core.pacing import Rules

    settings = Settings.defaults().with_value("pacing.recovery_days", 14)
    assert schema.pacing_rules(settings).recovery_days == 14
    odd = settings.with_value("pacing.stable_days_needed", 9)  # more than the 5 looked at
    assert schema.pacing_rules(odd) == Rules()


def test_the_breathing_settings_follow_the_breathing_rules_they_describe() -> None:
    """One place defines each limit: the settings take theirs from the breathing core."""
    from pause_app.core.breathing import (
        CUSTOM_PATTERN,
        MAX_SESSION_MINUTES,
        PAUSE_BREATHING_MINUTES,
        PRESETS,
    )
    from pause_app.core.settings import SPECS

    assert SPECS["breathing.pattern"].choices == (*PRESETS, CUSTOM_PATTERN)
    assert SPECS["breathing.pause_minutes"].choices == tuple(map(str, PAUSE_BREATHING_MINUTES))
    assert SPECS["breathing.session_minutes"].limits() == (1, MAX_SESSION_MINUTES)
    assert SPECS["reminders.interval_minutes"].limits() == (1, 480)
    with pytest.raises(ValueError):
        SPECS["ui.theme"].limits()


# --- numbers are read one way, everywhere (issue 12) --------------------------------------


@pytest.mark.parametrize("text", ["٥٠", "１００", "5_0", "0x10", "1e2", "5.0", "", " ", "50%"])
def test_a_number_setting_takes_ascii_digits_only(text: str) -> None:
    with pytest.raises(SettingError) as caught:
        schema.parse("sound.volume", text)
    assert caught.value.problem is SettingProblem.NOT_A_WHOLE_NUMBER


@pytest.mark.parametrize(("text", "number"), [("+50", 50), (" 050 ", 50), ("0", 0)])
def test_a_number_setting_takes_a_plain_number(text: str, number: int) -> None:
    assert schema.parse("sound.volume", text) == number


_NUMBERISH = st.text(alphabet=st.sampled_from("0123456789٥٠１０_+- \t.,e\u00a0x"), max_size=8)


@given(st.one_of(_NUMBERISH, st.text(max_size=8)))
def test_settings_and_amounts_read_whole_numbers_alike(text: str) -> None:
    """One reader of whole numbers: a text is a number to the settings exactly when it is one
    to the amounts (which may still find it negative or too large)."""
    from pause_app.core import validation

    try:
        validation.parse_amount(text)
        amount_is_a_number = True
    except validation.ValidationError as error:
        amount_is_a_number = error.problem not in (
            validation.Problem.NOT_A_WHOLE_NUMBER,
            validation.Problem.EMPTY,
        )
    try:
        schema.parse("sound.volume", text)
        setting_is_a_number = True
    except SettingError as error:
        setting_is_a_number = error.problem is not SettingProblem.NOT_A_WHOLE_NUMBER
    assert setting_is_a_number == amount_is_a_number


@pytest.mark.parametrize("text", ["٤,0,6,0", "4,0,６,0", "4_0,0,6,0", "nan,0,6,0", "4,0,inf,0"])
def test_a_custom_pattern_takes_ascii_numbers_only(text: str) -> None:
    with pytest.raises(SettingError) as caught:
        schema.parse("breathing.custom", text)
    assert caught.value.problem is SettingProblem.NOT_A_PATTERN


# --- a pause of the reminders is a moment Pause can count with (issue 12, hole 7) ---------

_NOW = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z",
        "1999-12-31T23:59:59Z",
        "3000-01-01T00:00:00Z",
    ],
)
def test_a_pause_outside_the_sensible_window_is_refused(text: str) -> None:
    with pytest.raises(SettingError) as caught:
        schema.parse("reminders.paused_until", text)
    assert caught.value.problem is SettingProblem.NOT_A_PAUSE
    settings, problems = schema.from_tree({"reminders": {"paused_until": text}})
    assert [p.key for p in problems] == ["reminders.paused_until"]
    assert settings["reminders.paused_until"] == ""


def test_a_pause_set_now_ends_within_a_year() -> None:
    key = "reminders.paused_until"
    assert schema.parse(key, "2027-03-15T09:00:00Z", now=_NOW) == "2027-03-15T09:00:00Z"
    with pytest.raises(SettingError):
        schema.parse(key, "2027-03-17T09:00:00Z", now=_NOW)
    assert schema.parse(key, "manual", now=_NOW) == "manual"
    assert schema.parse(key, "", now=_NOW) == ""
