"""Settings: reminders, breathing, sound, look and language, and starting at login.

Every change is kept at once (there is no Save button): each field writes its own key
through the settings object, which checks it. A value that cannot be used gets a calm line
next to its field and nothing is stored. Text is kept when Enter is pressed or the field is
left, never on every keystroke. The dialog follows changes made elsewhere (the Breathe page,
``pause-app config set``) and the language, live.

The tabs (``tabs.py``) are lists of small field binders (``fields.py``); this module keeps
and reloads what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.settings import SettingError, format_value
from pause_app.ui.settings.fields import Field, SettingsLike, Value
from pause_app.ui.settings.layout import FieldPage
from pause_app.ui.settings.tabs import BreathingTab, LookTab, RemindersTab, SoundTab, StartTab
from pause_app.ui.widgets import fit
from pause_app.ui.widgets.blocking import signals_blocked
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate

# The theme styles no tabs, and Fusion's current tab hardly stands out in the dark colours: a
# calm underline in the accent colour says where one is. palette() follows the theme.
TAB_STYLE = """
QTabBar::tab {
    padding: 7px 12px; margin-right: 4px; border: none;
    border-bottom: 3px solid transparent; color: palette(window-text);
}
QTabBar::tab:selected { border-bottom-color: palette(link); }
QTabBar::tab:hover:!selected { border-bottom-color: palette(mid); }
QTabBar::tab:focus { border: 2px solid palette(link); border-radius: 6px; padding: 5px 10px; }
QTabBar::scroller { width: 3em; }
QTabBar QToolButton { padding: 0px; margin: 0px; min-width: 0px; border-radius: 4px; }
"""


class AutostartLike(Protocol):
    """Starting Pause at login (``desktop/autostart.py``); ``set_enabled`` raises OSError."""

    def enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None: ...


class SettingsDialog(fit.FitsWhenShown, Retranslating, QDialog):
    """Non-modal and one of a kind: open it with ``open_for``."""

    REMINDERS, BREATHING, SOUND, LOOK, START = range(5)

    def __init__(
        self,
        settings: SettingsLike,
        autostart: AutostartLike | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings
        self._autostart = autostart
        self._sound_available = True
        self._shown: dict[str, Value] = {}  # what each field showed when last loaded
        self._messages: dict[str, Callable[[], str]] = {}  # retranslated with the rest
        self._known: set[str] = set()  # keys the settings know (older ones may lack some)

        self.reminders = RemindersTab()
        self.breathing = BreathingTab()
        self.sound = SoundTab()
        self.look = LookTab()
        self.start = StartTab()
        self._pages: tuple[FieldPage, ...] = (
            self.reminders,
            self.breathing,
            self.sound,
            self.look,
            self.start,
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(TAB_STYLE)
        # At large text the tabs need more than the dialog's width: arrows reach the rest,
        # and no tab's name is cut.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        for page in self._pages:
            self.tabs.addTab(page, "")
        self._fields = {field.key: field for page in self._pages for field in page.fields}
        for field in self._fields.values():
            field.connect(self._apply)
        self.breathing.pattern.combo.currentIndexChanged.connect(
            lambda _index: self._show_pattern_extras()
        )
        self.start.autostart.toggled.connect(self._on_autostart_toggled)

        self.saved_note = role_label("muted", wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter keeps what was typed in a field; it must not close the dialog as well.
        self.close_button.setAutoDefault(False)
        self.close_button.setDefault(False)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_note, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        changed = getattr(settings, "settings_changed", None)
        if changed is not None:
            changed.connect(self._on_settings_changed)
        self.retranslate_ui()
        self.load()
        # Room for the longer Dutch labels, more at large text, within the screen.
        wanted = QSize(660, 460).expandedTo(self.sizeHint())
        self.resize(fit.clamped(wanted, fit.available(self)))

    # --- opening -----------------------------------------------------------------------

    @classmethod
    def open_for(
        cls,
        parent: QWidget,
        settings: SettingsLike,
        autostart: AutostartLike | None,
        sound_available: bool | None = None,
    ) -> SettingsDialog:
        """Show the settings without blocking; the one already open (or hidden) is brought
        to the front instead of a second one. It belongs to ``parent`` (the main window)."""
        dialog = parent.findChild(SettingsDialog, "settings_dialog")
        if dialog is None:
            dialog = cls(settings, autostart, parent)
        elif not dialog.isVisible():
            dialog.load(keep_unsaved=False)  # a fresh start: what is stored, no old typing
        if sound_available is not None:
            dialog.set_sound_available(sound_available)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- loading and keeping -------------------------------------------------------------

    def _get(self, key: str) -> Value | None:
        """The stored value, or None for a key these settings do not have (yet)."""
        try:
            return self._settings.get(key)
        except (SettingError, KeyError):
            return None

    def load(self, keep_unsaved: bool = True) -> None:
        """Show what the settings hold, writing nothing back. Text typed in a field and not
        yet kept (it could not be used) stays, with its message, unless that very setting
        changed meanwhile or ``keep_unsaved`` is False."""
        for field in self._fields.values():
            self._load_field(field, keep_unsaved)
        self._load_autostart()
        self._show_pattern_extras()
        self._update_enabled()

    def _load_field(self, field: Field, keep_unsaved: bool = False) -> None:
        value = self._get(field.key)
        if value is None:
            self._known.discard(field.key)
            return
        self._known.add(field.key)
        unsaved = field.typed and field.read() != format_value(self._shown.get(field.key, value))
        if keep_unsaved and unsaved and self._shown.get(field.key) == value:
            return
        with signals_blocked(*field.widgets):
            field.show(value)
        self._shown[field.key] = value
        self._set_message(field.key, None)

    def _apply(self, field: Field) -> None:
        """Keep what a field now says; on a value that cannot be used, say so and keep
        nothing."""
        if field.key not in self._known:
            return
        text = field.read()
        shown = self._shown.get(field.key)
        if shown is not None and text == format_value(shown) and field.error.isHidden():
            return  # nothing changed (a field left without typing)
        try:
            self._settings.set(field.key, text)
        except SettingError:
            self._set_message(field.key, field.problem)
            if not field.typed:  # a choice that did not take: show what is stored
                self._restore(field)
            return
        except OSError as error:
            reason = error.strerror or str(error)
            self._set_message(
                field.key,
                lambda: translate("SettingsDialog", "This could not be saved: {reason}").format(
                    reason=reason
                ),
            )
            if not field.typed:
                self._restore(field)
            return
        self._load_field(field)  # the value as stored (09:00, not 9:00), message cleared
        if field.key == "sound.enabled":
            self._update_enabled()
        if field.key == "breathing.pattern":
            self._show_pattern_extras()

    def _restore(self, field: Field) -> None:
        shown = self._shown.get(field.key)
        if shown is not None:
            with signals_blocked(*field.widgets):
                field.show(shown)
        if field.key == "breathing.pattern":
            self._show_pattern_extras()

    def _on_settings_changed(self, _loaded: object = None) -> None:
        self.load()

    def _load_autostart(self) -> None:
        if self._autostart is None:
            return
        try:
            on = self._autostart.enabled()
        except OSError:
            on = False
        with signals_blocked(self.start.autostart):
            self.start.autostart.setChecked(on)

    def _on_autostart_toggled(self, on: bool) -> None:
        if self._autostart is None:
            return
        try:
            self._autostart.set_enabled(on)
        except OSError as error:
            reason = error.strerror or str(error)
            with signals_blocked(self.start.autostart):
                self.start.autostart.setChecked(not on)
            self._set_message(
                "autostart",
                lambda: translate("SettingsDialog", "Pause could not change this: {reason}").format(
                    reason=reason
                ),
            )
            return
        self._set_message("autostart", None)

    # --- what is shown around the fields -------------------------------------------------

    def set_sound_available(self, available: bool) -> None:
        """Without sound on this computer the sound fields are greyed out, with the reason."""
        self._sound_available = available
        self._update_enabled()

    def _update_enabled(self) -> None:
        sound_on = self._get("sound.enabled") is not False
        for field in self._fields.values():
            on = field.key in self._known
            if field.key.startswith("sound.") or field.key == "reminders.chime":
                on = on and self._sound_available
            if field.key == "reminders.chime":
                on = on and sound_on  # heard only with the sound cues on
            if field.key == "reminders.away_minutes":
                on = on and self.reminders.idle_available
            for widget in field.widgets:
                widget.setEnabled(on)
        self.sound.note.setVisible(not self._sound_available)
        self.sound.off_note.setVisible(self._sound_available and not sound_on)
        has_autostart = self._autostart is not None
        self.start.autostart.setEnabled(has_autostart)
        self.start.hint.setVisible(has_autostart)
        self.start.unavailable.setVisible(not has_autostart)  # greyed: one line says why

    def _show_pattern_extras(self) -> None:
        self.breathing.show_pattern_extras(self._settings)

    def _message_label(self, key: str) -> QLabel:
        return self.start.error if key == "autostart" else self._fields[key].error

    def _set_message(self, key: str, message: Callable[[], str] | None) -> None:
        label = self._message_label(key)
        if message is None:
            self._messages.pop(key, None)
            label.clear()
            label.hide()
            return
        self._messages[key] = message
        label.setText(message())
        label.show()

    # --- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        for index, text in (
            (self.REMINDERS, translate("SettingsDialog", "&Reminders")),
            (self.BREATHING, translate("SettingsDialog", "&Breathing")),
            (self.SOUND, translate("SettingsDialog", "&Sound")),
            (self.LOOK, translate("SettingsDialog", "Loo&k and language")),
            (self.START, translate("SettingsDialog", "S&tart")),
        ):
            self.tabs.setTabText(index, text)
        self.saved_note.setText(translate("SettingsDialog", "Every change is kept at once."))
        for page in self._pages:
            page.retranslate()
        for key, message in self._messages.items():
            self._message_label(key).setText(message())
        self._show_pattern_extras()
