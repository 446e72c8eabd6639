"""Screenshots for people who need large text, high contrast or the keyboard: the focus ring on
each kind of control, the pages at 1.25x, 1.5x and 2x text, high contrast, and the welcome.

    python -m pause_app.ui.demo look DIR

Part of ``make screenshots`` (``demo.screenshots`` calls ``look_screenshots``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QSlider,
    QWidget,
)

from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.checkin import CheckInDialog
from pause_app.ui.demo import (
    DEMO_NOW,
    PAGES,
    _DemoSettings,
    _dispose,
    _grab,
    demo_store,
    demo_window,
)
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.goals.welcome import FirstRunDialog
from pause_app.ui.main_window import MainWindow
from pause_app.ui.settings import SettingsDialog
from pause_app.ui.widgets import theme

LOOKS = {  # a name in the file: (ui.theme, ui.contrast)
    "light": ("light", "normal"),
    "dark": ("dark", "normal"),
    "high-contrast": ("light", "high"),
    "high-contrast-dark": ("dark", "high"),
}


def _first(window: QWidget, kind: type[QWidget], test: Callable[[QWidget], bool]) -> QWidget:
    for widget in window.findChildren(kind):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and test(widget):
            return widget
    raise LookupError(kind.__name__)


def _focused(widget: QWidget, target: Path) -> None:
    """The window with the keyboard focus on ``widget``, as after a Tab."""
    window = widget.window()
    window.show()
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _grab(window, target)


def _primary(widget: QWidget) -> bool:
    return bool(widget.property("role") == "primary")


def focus_screenshots(folder: Path, suffix: str) -> None:
    """The focus ring on the sidebar, a main-action button, a button, a drop-down, the log
    form's feelings (a radio group, one chosen), the check-in's toggles (one chosen) and, in
    the settings, a check box, a spin box, a slider and
    the tabs."""
    with demo_store() as (store, app_paths):
        window = demo_window(store, app_paths, reduced_motion=True)
        window.show_page(MainWindow.BREATHE)
        _focused(window.navigation, folder / f"focus-sidebar-{suffix}.png")
        _focused(
            _first(window, QAbstractButton, _primary), folder / f"focus-main-action-{suffix}.png"
        )
        _focused(_first(window, QComboBox, bool), folder / f"focus-drop-down-{suffix}.png")
        window.show_page(MainWindow.GOALS)
        plain = _first(window, QAbstractButton, lambda w: not _primary(w))
        _focused(plain, folder / f"focus-button-{suffix}.png")
        _dispose(window)
        log = LogDialog(store, store.activities.list()[0], lambda: DEMO_NOW)
        feelings = list(log.felt_buttons.values())  # a radio group: the feelings
        feelings[0].click()  # chosen, then the focus on its neighbour
        _focused(feelings[1], folder / f"focus-radio-{suffix}.png")
        _dispose(log)
        form = CheckInDialog(store.checkins, lambda: DEMO_NOW)
        form.energy.buttons[5].click()  # chosen, then the focus on its neighbour
        _focused(form.energy.buttons[6], folder / f"focus-toggle-{suffix}.png")
        _focused(form.energy.buttons[5], folder / f"focus-toggle-chosen-{suffix}.png")
        _dispose(form)
    dialog = SettingsDialog(_DemoSettings(), None)
    dialog.show()
    shots = (
        (0, QCheckBox, "check-box"),
        (1, QAbstractSpinBox, "spin-box"),
        (2, QSlider, "slider"),
    )
    for tab, kind, name in shots:
        dialog.tabs.setCurrentIndex(tab)
        if kind is QSlider:
            dialog.sound.enabled.box.setChecked(True)
        QApplication.processEvents()
        try:
            _focused(_first(dialog, kind, bool), folder / f"focus-{name}-{suffix}.png")
        except LookupError:
            continue  # this tab shows no such control today
    dialog.tabs.setCurrentIndex(3)
    _focused(dialog.tabs.tabBar(), folder / f"focus-tabs-{suffix}.png")
    _dispose(dialog)


def _at_text_size(qt_app: QApplication, desktop_share: float, text_size: str, look: str) -> None:
    """The desktop's font times ``desktop_share`` (a 2x desktop), then Pause's own size."""
    base = theme.desktop_font(qt_app)
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * desktop_share)
    qt_app.setProperty(theme.DESKTOP_FONT, font)
    theme.apply(qt_app, *LOOKS[look], text_size)
    qt_app.setProperty(theme.DESKTOP_FONT, base)


def text_size_screenshots(qt_app: QApplication, folder: Path, language: str) -> None:
    """Each page at 1.25x and 1.5x text (the setting) and on a desktop with 2x text."""
    sizes = (("1.25x", 1.0, "large"), ("1.5x", 1.0, "larger"), ("2x", 2.0, "normal"))
    for name, desktop_share, text_size in sizes:
        _at_text_size(qt_app, desktop_share, text_size, "light")
        with demo_store(language=language) as (store, app_paths):
            window = demo_window(store, app_paths, reduced_motion=True)
            for page, index in PAGES.items():
                window.show_page(index)
                _grab(window, folder / f"text-{name}-{page}-{language}.png")
            _dispose(window)
            welcome = FirstRunDialog(store, lambda: DEMO_NOW, None)
            _grab(welcome, folder / f"text-{name}-welcome-{language}.png")
            _dispose(welcome)
            if name != "1.25x":
                dialog_screenshots(store, folder, f"text-{name}", language)
    theme.apply(qt_app, "light")


def dialog_screenshots(store: Store, folder: Path, prefix: str, language: str) -> None:
    """The log form, the check-in and the settings, as the text size in use shows them."""
    dialogs: dict[str, QWidget] = {
        "log": LogDialog(store, store.activities.list()[0], lambda: DEMO_NOW),
        "checkin": CheckInDialog(store.checkins, lambda: DEMO_NOW),
        "settings": SettingsDialog(_DemoSettings(), None),
    }
    for name, dialog in dialogs.items():
        _grab(dialog, folder / f"{prefix}-{name}-{language}.png")
        _dispose(dialog)


def welcome_screenshots(folder: Path, suffix: str) -> None:
    """The welcome over an empty window, and with its safety notes open."""
    with demo_store(history="none") as (store, app_paths):
        window = demo_window(store, app_paths, reduced_motion=True)
        window.show()
        welcome = FirstRunDialog(store, lambda: DEMO_NOW, window)
        _grab(welcome, folder / f"welcome-{suffix}.png")
        welcome.safety_button.click()
        _grab(welcome, folder / f"welcome-safety-notes-{suffix}.png")
        _dispose(welcome)
        _dispose(window)


def look_screenshots(folder: Path) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    translations = i18n.Translations()
    for language in i18n.LANGUAGES:
        translations.install(language)
        for look, (theme_name, contrast) in LOOKS.items():
            theme.apply(qt_app, theme_name, contrast)
            suffix = f"{language}-{look}"
            welcome_screenshots(folder, suffix)
            if contrast == "high" or language == "en":
                focus_screenshots(folder, suffix)
            if contrast == "high":
                with demo_store(language=language) as (store, app_paths):
                    window = demo_window(store, app_paths, reduced_motion=True)
                    for page, index in PAGES.items():
                        window.show_page(index)
                        _grab(window, folder / f"main-{page}-{suffix}.png")
                    _dispose(window)
        text_size_screenshots(qt_app, folder, language)
    QCoreApplication.processEvents()
    translations.uninstall()
