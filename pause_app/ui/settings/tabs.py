"""The five tabs of the settings, each a list of field binders with their words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox

from pause_app.core.breathing import CUSTOM_PATTERN, PAUSE_BREATHING_MINUTES
from pause_app.core.reminders import past_midnight
from pause_app.core.settings import SettingError
from pause_app.text.patterns import caution_for, pattern_named, pattern_names
from pause_app.ui.settings.fields import (
    CheckField,
    ChoiceField,
    HoursField,
    NumberField,
    PercentField,
    RhythmField,
    SettingsLike,
    TextField,
    limits,
)
from pause_app.ui.settings.layout import FieldPage, column, under_check_box
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.wrap_check import WrappingCheckBox

translate = QCoreApplication.translate


def _whole_minutes(key: str) -> str:
    low, high = limits(key)
    return translate(
        "SettingsDialog", "Please use a whole number of minutes from {minimum} to {maximum}."
    ).format(minimum=low, maximum=high)


def _same_as_computer() -> str:
    return translate("SettingsDialog", "Same as this computer")


class RemindersTab(FieldPage):
    def __init__(self) -> None:
        super().__init__()
        self.enabled = CheckField(
            "reminders.enabled",
            lambda: translate("SettingsDialog", "Remind &me now and then to pause"),
        )
        self.interval = TextField(
            "reminders.interval_minutes",
            lambda: translate("SettingsDialog", "&Every"),
            unit=lambda: translate("SettingsDialog", "minutes"),
            width=90,
            problem=lambda: _whole_minutes("reminders.interval_minutes"),
        )
        self.hours = HoursField(
            "reminders.active_hours",
            lambda: translate("SettingsDialog", "&Active hours"),
            problem=self._hours_problem,
        )
        # A list to pick from, as on the other tabs (the theme gives radio buttons no
        # readable dark look).
        self.reminder_style = ChoiceField(
            "reminders.style",
            lambda: translate("SettingsDialog", "S&how them as"),
            lambda: {
                "notification": translate("SettingsDialog", "A desktop notification"),
                "window": translate("SettingsDialog", "A small window in a corner"),
            },
        )
        self.morning_checkin = CheckField(
            "checkin.morning_prompt",
            lambda: translate("SettingsDialog", "Ask how my energy is when I start the &day"),
        )
        self.adapt_to_energy = CheckField(
            "reminders.adapt_to_energy",
            lambda: translate("SettingsDialog", "Adapt reminders to my energy &check-in"),
        )
        self.away = TextField(
            "reminders.away_minutes",
            lambda: translate("SettingsDialog", "Away &for"),
            unit=lambda: translate("SettingsDialog", "minutes or more counts as a pause"),
            width=90,
            problem=lambda: _whole_minutes("reminders.away_minutes"),
        )
        # Said once, here, when this desktop cannot tell that the user is away.
        self.idle_note = role_label("muted", hidden=True)
        self.respect_dnd = CheckField(
            "reminders.respect_dnd",
            lambda: translate(
                "SettingsDialog", "Let reminders &wait during full screen, calls and do not disturb"
            ),
        )
        self.adapt_hint = role_label("muted")  # why, in one sentence, under its box
        hint_row = column(self.adapt_hint)
        hint_row.setContentsMargins(under_check_box(self.adapt_to_energy.box), 0, 0, 0)
        self.lay_out(
            self.enabled,
            self.interval,
            self.hours,
            self.reminder_style,
            self.away,
            self.idle_note,
            self.respect_dnd,
            self.adapt_to_energy,
            hint_row,
            self.morning_checkin,
        )

    idle_available = True

    def _hours_problem(self) -> str:
        if past_midnight(self.hours.editor.text()):  # 22:00 to 02:00: two ranges here
            return translate(
                "SettingsDialog",
                "For hours past midnight, please use two time ranges: one until 00:00 and "
                "one from 00:00.",
            )
        problems = self.hours.editor.problems()
        if problems:  # which range, as its time fields are marked
            _line, problem = problems[0]
            return (
                problem
                + " "
                + translate(
                    "SettingsDialog",
                    "Please let each time range start before it ends, without overlapping another.",
                )
            )
        return translate(
            "SettingsDialog",
            "Please choose at least one day, and let each time range start before it "
            "ends, without overlapping another.",
        )

    def set_idle_available(self, available: bool) -> None:
        """Without a way to tell that the user is away, one calm line says so, and the time
        away rests (greyed): it would change nothing."""
        self.idle_available = available
        self.idle_note.setVisible(not available)
        if not available:
            for widget in self.away.widgets:
                widget.setEnabled(False)

    def retranslate(self) -> None:
        self.adapt_hint.setText(
            translate("SettingsDialog", "On a low-energy day, pauses come a little more often.")
        )
        self.idle_note.setText(
            translate(
                "SettingsDialog",
                "This desktop does not tell Pause when you are away; reminders keep to their "
                "times.",
            )
        )
        super().retranslate()


class BreathingTab(FieldPage):
    def __init__(self) -> None:
        super().__init__()
        self.caution = role_label("muted", hidden=True)
        self.pattern = ChoiceField(
            "breathing.pattern",
            lambda: translate("SettingsDialog", "&Pattern"),
            pattern_names,
            under=(self.caution,),
            fill=True,
        )
        # Long pattern names (longer in Dutch) must not widen the dialog: shrink to fit.
        self.pattern.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pattern.combo.setMinimumContentsLength(24)
        self.custom = RhythmField(
            "breathing.custom",
            lambda: translate("SettingsDialog", "&Your own rhythm"),
            hint=lambda: translate(
                "SettingsDialog", "Seconds: in and out 1 to 15, each hold 0 to 10."
            ),
            problem=lambda: translate(
                "SettingsDialog", "Please use seconds: in and out 1 to 15, each hold 0 to 10."
            ),
        )
        # "min" needs no plural in either language (lupdate misses plurals in translate()).
        self.pause_minutes = ChoiceField(
            "breathing.pause_minutes",
            lambda: translate("SettingsDialog", "Breathing in a pa&use"),
            lambda: {
                minutes: translate("SettingsDialog", "{minutes} min").format(minutes=minutes)
                for minutes in PAUSE_BREATHING_MINUTES
            },
        )
        self.session_minutes = NumberField(
            "breathing.session_minutes",
            lambda: translate("SettingsDialog", "Session &length"),
            suffix=lambda: translate("SettingsDialog", " min"),
            problem=lambda: _whole_minutes("breathing.session_minutes"),
        )
        self.announce_phases = CheckField(
            "breathing.announce_phases",
            lambda: translate(
                "SettingsDialog", "A screen reader says each “Breathe in” and “Breathe &out”"
            ),
        )
        self.lay_out(
            self.pattern,
            self.custom,
            self.pause_minutes,
            self.session_minutes,
            self.announce_phases,
        )

    def show_pattern_extras(self, settings: SettingsLike) -> None:
        """The rhythm fields only with "Your own rhythm"; the caution line for holds."""
        chosen = str(self.pattern.combo.currentData())
        custom = chosen == CUSTOM_PATTERN
        self.custom.box.setVisible(custom)
        self.custom.label.setVisible(custom)
        try:
            rhythm = str(settings.get("breathing.custom")) if custom else ""
            text = caution_for(pattern_named(chosen, rhythm))
        except (SettingError, ValueError, KeyError):
            text = ""
        self.caution.setText(text)
        self.caution.setVisible(bool(text))


class SoundTab(FieldPage):
    def __init__(self) -> None:
        super().__init__()
        self.note = role_label("muted", hidden=True)  # when this computer has no sound
        self.enabled = CheckField(
            "sound.enabled",
            lambda: translate("SettingsDialog", "Soft sound &cues for breathing in and out"),
        )
        self.volume = PercentField("sound.volume", lambda: translate("SettingsDialog", "&Volume"))
        self.end_chime = CheckField(
            "sound.end_chime",
            lambda: translate("SettingsDialog", "A soft c&hime when a session ends"),
        )
        self.reminder_chime = CheckField(
            "reminders.chime",
            lambda: translate("SettingsDialog", "A soft chime with a remi&nder"),
        )
        # While the sound cues are off the reminder's chime rests, and one line says why.
        self.off_note = role_label("muted", hidden=True)
        self.lay_out(
            self.note,
            self.enabled,
            self.volume,
            self.end_chime,
            self.reminder_chime,
            self.off_note,
        )

    def retranslate(self) -> None:
        self.note.setText(
            translate(
                "SettingsDialog",
                "Sound is not available on this computer; breathing works without it.",
            )
        )
        self.off_note.setText(
            translate(
                "SettingsDialog", "The chime with a reminder sounds only with the sound cues on."
            )
        )
        super().retranslate()


class LookTab(FieldPage):
    def __init__(self) -> None:
        super().__init__()
        self.language = ChoiceField(
            "ui.language",
            lambda: translate("SettingsDialog", "&Language"),
            # Each language in its own words.
            lambda: {"system": _same_as_computer(), "en": "English", "nl": "Nederlands"},
        )
        self.theme = ChoiceField(
            "ui.theme",
            lambda: translate("SettingsDialog", "&Colours"),
            lambda: {
                "system": _same_as_computer(),
                "light": translate("SettingsDialog", "Light"),
                "dark": translate("SettingsDialog", "Dark"),
            },
        )
        self.motion = ChoiceField(
            "ui.reduced_motion",
            lambda: translate("SettingsDialog", "&Movement"),
            lambda: {
                "system": _same_as_computer(),
                "on": translate("SettingsDialog", "Less movement"),
                "off": translate("SettingsDialog", "Normal movement"),
            },
            hint=lambda: translate(
                "SettingsDialog",
                "With less movement the breathing circle keeps its size and brightens and "
                "dims instead.",
            ),
        )
        self.contrast = ChoiceField(
            "ui.contrast",
            lambda: translate("SettingsDialog", "C&ontrast"),
            lambda: {
                "system": _same_as_computer(),
                "normal": translate("SettingsDialog", "Standard"),
                "high": translate("SettingsDialog", "High contrast"),
            },
        )
        self.text_size = ChoiceField(
            "ui.text_size",
            lambda: translate("SettingsDialog", "Te&xt size"),
            lambda: {
                "normal": _same_as_computer(),
                "large": translate("SettingsDialog", "Large"),
                "larger": translate("SettingsDialog", "Larger"),
            },
        )
        self.lay_out(self.language, self.theme, self.contrast, self.text_size, self.motion)


class StartTab(FieldPage):
    """Starting Pause at login: not a setting in the file but the system's own, so the
    dialog binds it by hand."""

    def __init__(self) -> None:
        super().__init__()
        self.autostart: QCheckBox = WrappingCheckBox()
        self.hint = role_label("muted")
        self.unavailable = role_label("muted", hidden=True)  # where the desktop has no way
        self.error = role_label("field_error", hidden=True)
        indented = column(self.hint, self.unavailable, self.error)
        indented.setContentsMargins(under_check_box(self.autostart), 0, 0, 0)
        self.lay_out(self.autostart, indented)

    def retranslate(self) -> None:
        self.autostart.setText(translate("SettingsDialog", "Open Pause when I &log in"))
        self.hint.setText(
            translate("SettingsDialog", "Then reminders come without opening Pause first.")
        )
        self.unavailable.setText(
            translate(
                "SettingsDialog",
                "Pause cannot start itself at login on this desktop; it opens when you start it.",
            )
        )
        super().retranslate()
