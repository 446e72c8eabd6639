"""What the settings tests share: fakes, and doing what a person does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from pause_app.core.settings import SettingError, SettingProblem
from pause_app.storage.settings_file import SettingsFile


class FakeAutostart:
    def __init__(self) -> None:
        self.on = False
        self.error: OSError | None = None

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        if self.error is not None:
            raise self.error
        self.on = on


class DictSettings:
    """Settings without a change signal: the caller calls load()."""

    def __init__(self, values: dict[str, bool | int | str]) -> None:
        self.values = values
        self.written: list[tuple[str, str]] = []

    def get(self, key: str) -> bool | int | str:
        if key not in self.values:
            raise SettingError(key, SettingProblem.UNKNOWN_KEY, key)
        return self.values[key]

    def set(self, key: str, text: str) -> None:
        self.written.append((key, text))


def stored(settings_file: SettingsFile, key: str) -> bool | int | str:
    return settings_file.load().settings[key]


def file_bytes(settings_file: SettingsFile) -> bytes | None:
    return settings_file.path.read_bytes() if settings_file.path.exists() else None


def type_text(qtbot, editor: QWidget, text: str) -> None:
    """Clear what is there, type and press Enter, as a person would."""
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def pick(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))
