"""The look as applied: text at the desktop's size (or the chosen larger one), live; a focus
rule for every kind of control; a tick in a checked box; no stock icons on dialog buttons;
high contrast chosen or followed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCommonStyle,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProxyStyle,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.settings import Settings
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.colors import HIGH_CONTRAST_DARK, HIGH_CONTRAST_LIGHT, PALETTES
from pause_app.ui.widgets.labels import role_label
from tests.helpers.look import applied, taking_back


def _polished(qtbot, label: QLabel) -> float:
    qtbot.addWidget(label)
    label.ensurePolished()
    return label.font().pointSizeF()


def test_no_fixed_size_for_every_widget() -> None:
    sheet = theme.style_sheet(theme.LIGHT, 9.0)
    assert "QWidget {" not in sheet and "11pt" not in sheet


def test_an_application_font_of_18_pt_stays_18_pt(qtbot) -> None:
    with applied(desktop_points=18.0):
        assert QCoreApplication.instance().font().pointSizeF() == pytest.approx(18.0)
        assert _polished(qtbot, QLabel("Body")) == pytest.approx(18.0)
        assert _polished(qtbot, role_label("heading", "Hi")) == pytest.approx(18.0 * 1.55, 0.01)
        assert _polished(qtbot, role_label("subheading", "A card")) == pytest.approx(19.8, 0.01)


@pytest.mark.parametrize(("text_size", "share"), [("large", 1.25), ("larger", 1.5)])
def test_the_text_size_setting_is_a_share_of_the_desktops(qtbot, text_size, share) -> None:
    with applied(text_size=text_size, desktop_points=12.0):
        assert _polished(qtbot, QLabel("Body")) == pytest.approx(12.0 * share)


def test_a_larger_text_size_reaches_the_widgets_already_open(qtbot) -> None:
    app = QCoreApplication.instance()
    with applied(desktop_points=10.0):
        label = QLabel("Body")
        heading = role_label("heading", "Hi")
        for widget in (label, heading):
            qtbot.addWidget(widget)
            widget.show()
        assert label.font().pointSizeF() == pytest.approx(10.0)
        theme.apply(app, "light", "normal", "larger")
        QCoreApplication.processEvents()
        assert label.font().pointSizeF() == pytest.approx(15.0)
        heading.ensurePolished()
        assert heading.font().pointSizeF() == pytest.approx(15.0 * 1.55, 0.01)
        theme.apply(app, "light", "normal", "normal")  # and back: the desktop's size, not 15
        assert label.font().pointSizeF() == pytest.approx(10.0)


FOCUSED = [
    "QPushButton:focus",
    'QPushButton[role="primary"]:focus',
    'QPushButton[role="choice"]:checked:focus',
    "QToolButton:focus",
    "QComboBox:focus",
    "QAbstractSpinBox:focus",
    "QLineEdit:focus",
    "QSlider:focus",
    "QCheckBox:focus",
    "QRadioButton:focus",
    "QTabBar::tab:focus",
    "QListWidget#navigation::item:focus",
]


@pytest.mark.parametrize("colors", PALETTES)
def test_every_kind_of_control_has_a_focus_rule_that_wins(colors: theme.Colors) -> None:
    sheet = theme.style_sheet(colors, 10.0)
    for selector in FOCUSED:
        rule = re.search(re.escape(selector) + r"[^{]*\{([^}]*)\}", sheet)
        assert rule is not None, selector
        assert "border" in rule.group(1), selector
    # A later rule wins in Qt's style sheets: the main action's look comes before its focus.
    assert sheet.index('QPushButton[role="primary"] {') < sheet.index(
        'QPushButton[role="primary"]:focus'
    )
    assert colors.focus_on_accent in sheet and colors.focus in sheet


def test_a_checked_box_shows_a_tick(qtbot) -> None:
    with applied() as colors:
        box = QCheckBox("Chime")
        qtbot.addWidget(box)
        box.show()
        box.setChecked(False)
        empty = box.grab().toImage()
        box.setChecked(True)
        ticked = box.grab().toImage()
    white = QColor(colors.accent_text).rgb()
    ratio = box.devicePixelRatioF()

    def tick_pixels(image: QImage) -> int:
        return sum(
            1
            for x in range(box.width())
            for y in range(box.height())
            if image.pixelColor(round(x * ratio), round(y * ratio)).rgb() == white
        )

    assert tick_pixels(ticked) > tick_pixels(empty) + 3, "a filled square without a tick"


class _IconStyle(QProxyStyle):
    """A desktop whose style puts icons on dialog buttons (as KDE does)."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


def test_dialog_buttons_carry_no_stock_icons(qtbot) -> None:
    buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    with_icons = QDialogButtonBox()
    with_icons.setStyle(_IconStyle(QCommonStyle()))
    with_icons.setStandardButtons(buttons)
    qtbot.addWidget(with_icons)
    assert not with_icons.button(QDialogButtonBox.StandardButton.Cancel).icon().isNull()
    with applied():  # the whole app's look: its style sheet says no icons, whatever the style
        calm = QDialogButtonBox()
        calm.setStyle(_IconStyle(QCommonStyle()))
        calm.setStandardButtons(buttons)
        app_box = QDialogButtonBox(buttons)
        for box in (calm, app_box):
            qtbot.addWidget(box)
        for standard in (
            QDialogButtonBox.StandardButton.Ok,
            QDialogButtonBox.StandardButton.Cancel,
        ):
            assert calm.button(standard).icon().isNull()
        assert app_box.button(QDialogButtonBox.StandardButton.Cancel).icon().isNull()


def test_high_contrast_is_a_choice_and_follows_the_desktop(monkeypatch) -> None:
    assert theme.colors_for("light", "high") is HIGH_CONTRAST_LIGHT
    assert theme.colors_for("dark", "high") is HIGH_CONTRAST_DARK
    assert theme.colors_for("light", "normal") is theme.LIGHT
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    assert theme.colors_for("light", "system") is HIGH_CONTRAST_LIGHT
    assert theme.colors_for("light", "normal") is theme.LIGHT  # a choice beats the desktop
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: False)
    assert theme.colors_for("dark", "system") is theme.DARK


def test_the_desktops_contrast_preference_is_read_where_qt_has_it() -> None:
    # Qt 6.10+ says NoPreference under the offscreen platform; older Qt has no such hint.
    assert theme.system_prefers_high_contrast() is False


@pytest.mark.parametrize("colors", PALETTES)
def test_painted_views_find_the_palette_in_use(colors: theme.Colors) -> None:
    assert theme.colors_in_use(theme.palette_for(colors)) is colors


def test_the_settings_give_the_look() -> None:
    settings = Settings.defaults()
    assert theme.look_of(settings) == "system system normal"
    for key, value in (("ui.theme", "dark"), ("ui.contrast", "high"), ("ui.text_size", "large")):
        settings = settings.with_value(key, value)
    assert theme.look_of(settings) == "dark high large"
    assert theme.look_of({"ui.theme": "light"}) == "light  "  # older settings: no such keys
    with applied():
        colors = theme.apply_settings(QCoreApplication.instance(), settings)
        assert colors is HIGH_CONTRAST_DARK
        palette = QCoreApplication.instance().palette()
        assert palette.color(palette.ColorRole.Window).name() == HIGH_CONTRAST_DARK.window
        assert palette.color(palette.ColorRole.Link).name() == HIGH_CONTRAST_DARK.link


def _built_inside_out(qtbot) -> QWidget:
    """A window's shape: cards of labels and buttons, each put into its parent when made."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    for _card in range(4):
        card = QWidget()
        row = QVBoxLayout(card)
        for _row in range(3):
            inner = QWidget()
            line = QHBoxLayout(inner)
            line.addWidget(role_label("muted", "Some words"))
            line.addWidget(QPushButton("A button"))
            row.addWidget(inner)
        column.addWidget(card)
    return window


def _style_changes_while(qtbot, held: bool) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    counter = _Counter(QEvent.Type.StyleChange)
    take_back = taking_back(app)
    app.installEventFilter(counter)
    try:
        if held:
            with theme.styled_when_built(app):
                theme.apply(app, "light")
                assert app.styleSheet() == ""  # not yet: the widgets are being made
                window = _built_inside_out(qtbot)
        else:
            theme.apply(app, "light")
            window = _built_inside_out(qtbot)
        assert 'QLabel[role="muted"]' in app.styleSheet()
        window.ensurePolished()
        return counter.count
    finally:
        app.removeEventFilter(counter)
        take_back()


class _Counter(QObject):
    """Events of one kind to widgets made from now on (other tests' widgets are left out)."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind, self.count = kind, 0
        self._there = QApplication.allWidgets()  # kept: their ids stay theirs
        self._ids = {id(widget) for widget in self._there}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind and isinstance(watched, QWidget):
            self.count += id(watched) not in self._ids
        return False


def test_a_window_built_before_its_style_sheet_is_set_is_restyled_far_less(qtbot) -> None:
    """Under a style sheet Qt restyles a widget each time it or a parent is put in place;
    ``styled_when_built`` sets the sheet once the widgets exist (the first window's start)."""
    held = _style_changes_while(qtbot, held=True)
    direct = _style_changes_while(qtbot, held=False)
    assert held * 2 < direct


def test_the_held_style_sheet_is_set_even_when_building_goes_wrong() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    take_back = taking_back(app)
    try:
        with pytest.raises(RuntimeError), theme.styled_when_built(app):
            theme.apply(app, "dark")
            raise RuntimeError("a widget could not be made")
        assert theme.DARK.window in app.styleSheet()
        theme.apply(app, "light")  # and the next look is set at once, as before
        assert theme.LIGHT.window in app.styleSheet()
    finally:
        take_back()


def test_a_style_sheet_held_twice_is_set_when_the_outer_hold_ends() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    take_back = taking_back(app)
    try:
        with theme.styled_when_built(app):
            with theme.styled_when_built(app):
                theme.apply(app, "dark")
            assert app.styleSheet() == ""  # the outer window is still being built
        assert theme.DARK.window in app.styleSheet()
    finally:
        take_back()
