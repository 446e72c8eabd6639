"""The settings schema: dotted keys grouped by area, their defaults and their checks.

Pure: turns raw values (from the JSON file or the command line) into checked
values and reports problems as data. Reading and writing the file is
``pause_app.storage.settings_file``'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from pause_app.core import reminders, validation
from pause_app.core.breathing import (
    BREATH_LIMITS_S,
    CUSTOM_PATTERN,
    DEFAULT_PATTERN,
    HOLD_LIMITS_S,
    MAX_SESSION_MINUTES,
    PAUSE_BREATHING_MINUTES,
    PRESETS,
    Pattern,
)
from pause_app.core.pacing import Rules

SETTINGS_VERSION = 1


class Kind(StrEnum):
    BOOL = "bool"
    INT = "int"
    CHOICE = "choice"
    PATTERN = "pattern"  # a custom breathing pattern: "in,hold,out,hold" in seconds
    HOURS = "hours"  # active hours: "09:00-21:00" or "mon-fri 09:00-17:00; sat,sun 10:00-20:00"
    PAUSED = "paused"  # reminders paused: "" (no), "manual", or a UTC moment "...Z"


class SettingProblem(StrEnum):
    UNKNOWN_KEY = "unknown_key"
    NOT_A_BOOLEAN = "not_a_boolean"
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"
    OUT_OF_RANGE = "out_of_range"
    NOT_A_CHOICE = "not_a_choice"
    NOT_A_PATTERN = "not_a_pattern"
    NOT_HOURS = "not_hours"
    NOT_A_PAUSE = "not_a_pause"


@dataclass(frozen=True)
class Spec:
    key: str
    kind: Kind
    default: bool | int | str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def limits(self) -> tuple[int, int]:
        """The smallest and largest whole number a number setting allows."""
        if self.minimum is None or self.maximum is None:
            raise ValueError(f"{self.key} is not a number setting")
        return self.minimum, self.maximum

    def allowed(self) -> str:
        """The allowed values, for messages: ``true|false``, ``0..100``, ``system|en|nl``."""
        if self.kind is Kind.BOOL:
            return "true|false"
        if self.kind is Kind.INT:
            return f"{self.minimum}..{self.maximum}"
        if self.kind is Kind.PATTERN:
            breath, hold = (f"{low:g}-{high:g}" for low, high in (BREATH_LIMITS_S, HOLD_LIMITS_S))
            return f"in,hold,out,hold (seconds: {breath}, {hold}, {breath}, {hold})"
        if self.kind is Kind.HOURS:
            return "09:00-21:00 or mon-fri 09:00-12:00,13:00-17:00; sat,sun 10:00-20:00"
        if self.kind is Kind.PAUSED:
            return '"", manual or a UTC moment within a year, like 2026-11-25T16:00:00Z'
        return "|".join(self.choices)


SPECS: dict[str, Spec] = {
    spec.key: spec
    for spec in (
        Spec("ui.language", Kind.CHOICE, "system", choices=("system", "en", "nl")),
        Spec("ui.theme", Kind.CHOICE, "system", choices=("system", "light", "dark")),
        Spec("ui.reduced_motion", Kind.CHOICE, "system", choices=("system", "on", "off")),
        Spec("ui.contrast", Kind.CHOICE, "system", choices=("system", "normal", "high")),
        Spec("ui.text_size", Kind.CHOICE, "normal", choices=("normal", "large", "larger")),
        Spec("ui.welcomed", Kind.BOOL, False),  # the first-run welcome was seen
        Spec("sound.enabled", Kind.BOOL, False),
        Spec("sound.volume", Kind.INT, 40, minimum=0, maximum=100),
        Spec("sound.end_chime", Kind.BOOL, True),
        Spec(
            "breathing.pattern",
            Kind.CHOICE,
            DEFAULT_PATTERN,
            choices=(*PRESETS, CUSTOM_PATTERN),
        ),
        Spec("breathing.custom", Kind.PATTERN, "4,0,6,0"),
        Spec(
            "breathing.pause_minutes",
            Kind.CHOICE,
            str(PAUSE_BREATHING_MINUTES[0]),
            choices=tuple(str(minutes) for minutes in PAUSE_BREATHING_MINUTES),
        ),
        Spec("breathing.session_minutes", Kind.INT, 5, minimum=1, maximum=MAX_SESSION_MINUTES),
        Spec("breathing.announce_phases", Kind.BOOL, True),  # "Breathe in" to a screen reader
        Spec("reminders.enabled", Kind.BOOL, True),
        Spec("reminders.interval_minutes", Kind.INT, 90, minimum=1, maximum=480),
        Spec("reminders.active_hours", Kind.HOURS, "09:00-21:00"),
        Spec("reminders.style", Kind.CHOICE, "notification", choices=("notification", "window")),
        Spec("reminders.paused_until", Kind.PAUSED, ""),
        Spec("reminders.adapt_to_energy", Kind.BOOL, False),  # core/reminders.interval_for
        # core/attention.py: away this long is a natural break; do-not-disturb holds reminders
        Spec(
            "reminders.away_minutes",
            Kind.INT,
            reminders.DEFAULT_AWAY_MINUTES,
            minimum=reminders.AWAY_MINUTES[0],
            maximum=reminders.AWAY_MINUTES[1],
        ),
        Spec("reminders.respect_dnd", Kind.BOOL, True),
        Spec("reminders.chime", Kind.BOOL, False),  # a soft chime with a reminder, when sound is on
        Spec("checkin.morning_prompt", Kind.BOOL, False),  # offered with the day's first start
        Spec("progress.show_heart_rate", Kind.BOOL, False),  # the resting pulse line (issue 16)
        Spec("ui.tray_explained", Kind.BOOL, False),  # "Pause is still in the tray" was said
        # docs/PACING.md: the thresholds are conventions, so each is a setting with a safe
        # default and a safe range; the ranges live with the engine (Rules.RANGES).
        *(
            Spec(f"pacing.{name}", Kind.INT, getattr(Rules(), name), minimum=low, maximum=high)
            for name, low, high in Rules.RANGES
        ),
    )
}

_SECONDS = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+", re.ASCII)  # a pattern's part: 4, 4.5, .5
_TRUE = {"true", "on", "yes", "1", "ja", "aan"}
_FALSE = {"false", "off", "no", "0", "nee", "uit"}


@dataclass(eq=False)  # exceptions must stay mutable: Python sets __traceback__
class SettingError(ValueError):
    key: str
    problem: SettingProblem
    value: Any = None

    def __str__(self) -> str:
        spec = SPECS.get(self.key)
        allowed = f"; allowed: {spec.allowed()}" if spec else ""
        return f"{self.key}: {self.problem.value} ({self.value!r}{allowed})"


def spec_for(key: str) -> Spec:
    try:
        return SPECS[key]
    except KeyError:
        raise SettingError(key, SettingProblem.UNKNOWN_KEY, key) from None


def check(key: str, value: Any, now: datetime | None = None) -> bool | int | str:
    """A value as stored in the file (JSON types), checked against the key's spec; given
    ``now``, a pause of the reminders ends within a year of it too."""
    spec = spec_for(key)
    if spec.kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise SettingError(key, SettingProblem.NOT_A_BOOLEAN, value)
        return value
    if spec.kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingError(key, SettingProblem.NOT_A_WHOLE_NUMBER, value)
        low, high = spec.limits()
        if not low <= value <= high:
            raise SettingError(key, SettingProblem.OUT_OF_RANGE, value)
        return value
    if spec.kind is Kind.PATTERN:
        if not isinstance(value, str):
            raise SettingError(key, SettingProblem.NOT_A_PATTERN, value)
        try:
            pattern = custom_pattern(value)
        except ValueError:
            raise SettingError(key, SettingProblem.NOT_A_PATTERN, value) from None
        return pattern_text(pattern)
    if spec.kind is Kind.HOURS:
        if not isinstance(value, str):
            raise SettingError(key, SettingProblem.NOT_HOURS, value)
        try:
            return reminders.format_active_hours(reminders.parse_active_hours(value))
        except ValueError:
            raise SettingError(key, SettingProblem.NOT_HOURS, value) from None
    if spec.kind is Kind.PAUSED:
        if not isinstance(value, str):
            raise SettingError(key, SettingProblem.NOT_A_PAUSE, value)
        try:
            paused = reminders.parse_paused_until(value, now)
        except (ValueError, OverflowError):
            raise SettingError(key, SettingProblem.NOT_A_PAUSE, value) from None
        if paused is None or isinstance(paused, str):
            return paused or ""
        return reminders.moment_text(paused)
    if value not in spec.choices:
        raise SettingError(key, SettingProblem.NOT_A_CHOICE, value)
    return str(value)


def custom_pattern(text: str) -> Pattern:
    """'4,0,6,0' -> a checked custom Pattern; raises PatternError or ValueError."""
    parts = [part.strip() for part in text.replace(";", ",").split(",")]
    if len(parts) != 4:
        raise ValueError("a pattern has four parts")
    if not all(_SECONDS.fullmatch(part) for part in parts):  # float() takes "٤" and "1_0"
        raise ValueError("a pattern is four numbers in the digits 0-9")
    inhale, hold_in, exhale, hold_out = (float(part) for part in parts)
    return Pattern.custom(inhale, hold_in, exhale, hold_out)


def pattern_text(pattern: Pattern) -> str:
    return ",".join(
        f"{ms / 1000:g}"
        for ms in (pattern.inhale_ms, pattern.hold_in_ms, pattern.exhale_ms, pattern.hold_out_ms)
    )


def parse(key: str, text: str, now: datetime | None = None) -> bool | int | str:
    """A value typed on the command line or in a form, checked like ``check``."""
    spec = spec_for(key)
    cleaned = text.strip()
    if spec.kind is Kind.BOOL:
        lowered = cleaned.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise SettingError(key, SettingProblem.NOT_A_BOOLEAN, text)
    if spec.kind is Kind.INT:
        try:
            number = validation.parse_whole_number(cleaned)
        except ValueError:
            raise SettingError(key, SettingProblem.NOT_A_WHOLE_NUMBER, text) from None
        return check(key, number)
    if spec.kind in (Kind.HOURS, Kind.PAUSED):
        return check(key, cleaned, now)
    return check(key, cleaned.lower())


def format_value(value: bool | int | str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class Settings:
    """Checked values for every known key, plus whatever unknown keys the file held."""

    values: Mapping[str, bool | int | str]
    unknown: Mapping[str, Any] = field(default_factory=dict)
    version: int = SETTINGS_VERSION

    @classmethod
    def defaults(cls) -> Settings:
        return cls({key: spec.default for key, spec in SPECS.items()})

    def __getitem__(self, key: str) -> bool | int | str:
        spec_for(key)
        return self.values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(SPECS)

    def with_value(self, key: str, value: bool | int | str) -> Settings:
        checked = check(key, value)
        return Settings({**self.values, key: checked}, self.unknown, self.version)


def flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"ui": {"theme": "dark"}}`` -> ``{"ui.theme": "dark"}``."""
    flat: dict[str, Any] = {}
    for name, value in tree.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping) and value:
            flat.update(flatten(value, f"{key}."))
        else:
            flat[key] = value
    return flat


def unflatten(flat: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of ``flatten``: dotted keys become groups."""
    tree: dict[str, Any] = {}
    for key in sorted(flat):
        node = tree
        *groups, leaf = key.split(".")
        for group in groups:
            child = node.setdefault(group, {})
            if not isinstance(child, dict):  # a leaf and a group share a name: keep the leaf
                break
            node = child
        else:
            node[leaf] = flat[key]
    return tree


def from_tree(tree: Mapping[str, Any]) -> tuple[Settings, list[SettingError]]:
    """Settings from the file's groups. Wrong values fall back to their default, one by one."""
    flat = flatten({k: v for k, v in tree.items() if k != "version"})
    values: dict[str, bool | int | str] = {}
    problems: list[SettingError] = []
    for key, spec in SPECS.items():
        if key not in flat:
            values[key] = spec.default
            continue
        try:
            values[key] = check(key, flat[key])
        except SettingError as error:
            problems.append(error)
            values[key] = spec.default
    # A group the file holds as a plain value ("ui": 5) gives way to the settings in it.
    groups = {key.rsplit(".", n)[0] for key in SPECS for n in range(1, key.count(".") + 1)}
    unknown = {k: v for k, v in flat.items() if k not in SPECS and k not in groups}
    raw_version = tree.get("version", SETTINGS_VERSION)
    version = raw_version if isinstance(raw_version, int) and raw_version > 0 else SETTINGS_VERSION
    return Settings(values, unknown, max(version, SETTINGS_VERSION)), problems


def to_tree(settings: Settings) -> dict[str, Any]:
    """What the file holds: the version, then every key grouped by area."""
    tree = unflatten({**settings.unknown, **settings.values})
    return {"version": settings.version, **tree}


def pacing_rules(settings: Settings) -> Rules:
    """The engine's thresholds from the settings; a combination that does not hold together
    (more stable days needed than looked at) falls back to the safe defaults."""
    values = {name: settings[f"pacing.{name}"] for name, _low, _high in Rules.RANGES}
    try:
        return Rules(**values)  # type: ignore[arg-type]
    except ValueError:
        return Rules()
