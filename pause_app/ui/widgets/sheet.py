"""The app's style sheet: sizes relative to the desktop's font, and a focus ring on every kind
of control, at 3:1 against what is around it (docs/STYLE.md, "Focus")."""

from __future__ import annotations

from pause_app.resources import resource_path
from pause_app.ui.widgets.colors import Colors, luminance

HEADING = 1.55  # a page's heading, as a share of the text size
SUBHEADING = 1.1  # a card's title, the celebration line


def icon(name: str, light: bool) -> str:
    """An SVG of resources/icons for the style sheet: ``name-light.svg`` (light ink, for a
    dark ground) or ``name-dark.svg``."""
    path = resource_path("icons", f"{name}-{'light' if light else 'dark'}.svg")
    return str(path).replace("\\", "/")


def style_sheet(colors: Colors, point_size: float, indicator_px: int = 16) -> str:
    """``point_size`` is the text size in use (the desktop's, or larger): the headings follow
    it, the body text takes it from the application font, never from a fixed size here."""
    c = colors
    heading, subheading = round(point_size * HEADING, 1), round(point_size * SUBHEADING, 1)
    ring = 3 if c.high_contrast else 2
    on_accent_light = luminance(c.accent_text) > 0.5  # the tick and the dot, as the text
    return f"""
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QLabel[role="heading"] {{ font-size: {heading}pt; color: {c.text}; }}
    QLabel[role="subheading"] {{ font-size: {subheading}pt; color: {c.text}; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {c.muted_text}; }}
    QLabel[role="field_error"] {{ color: {c.attention}; font-weight: 600; }}
    QLabel[role="celebration"] {{ color: {c.text}; font-size: {subheading}pt; }}
    QLineEdit, QComboBox, QAbstractSpinBox {{
        padding: 5px 8px; border-radius: 6px; border: 1px solid {c.border};
        background: {c.surface}; color: {c.text};
    }}
    QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{
        border: none; padding: 0 0 0 6px; background: transparent;
    }}
    QComboBox {{ padding: 5px 24px 5px 8px; combobox-popup: 0; }}  /* a list: items styled */
    QAbstractSpinBox {{ padding: 5px 22px 5px 8px; }}
    QAbstractSpinBox[problem="true"] {{  /* a value that cannot be used, as its message */
        border: {ring}px solid {c.attention}; padding: {6 - ring}px {23 - ring}px {6 - ring}px
        {9 - ring}px;
    }}
    QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{  /* the same size */
        border: {ring}px solid {c.focus}; padding: {6 - ring}px {9 - ring}px;
    }}
    QComboBox:focus {{ padding: {6 - ring}px {25 - ring}px {6 - ring}px {9 - ring}px; }}
    QAbstractSpinBox:focus {{ padding: {6 - ring}px {23 - ring}px {6 - ring}px {9 - ring}px; }}
    QComboBox::drop-down {{ border: none; width: 22px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
        subcontrol-origin: border; width: 20px; border: none; background: transparent;
    }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; margin: 3px 3px 0 0; }}
    QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; margin: 0 3px 3px 0; }}
    QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{
        image: url("{icon("chevron-down", c.dark)}"); width: 12px; height: 12px;
    }}
    QAbstractSpinBox::up-arrow {{
        image: url("{icon("chevron-up", c.dark)}"); width: 12px; height: 12px;
    }}
    QComboBox QAbstractItemView {{  /* the current item: the accent, at 3:1 to the others */
        background: {c.surface}; color: {c.text}; selection-background-color: {c.accent};
        selection-color: {c.accent_text}; outline: none;
    }}
    QComboBox QAbstractItemView::item {{ padding: 4px 8px; }}
    QComboBox QAbstractItemView::item:selected {{
        background: {c.accent}; color: {c.accent_text};
    }}
    QMenu {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
    QMenu::item {{ padding: 6px 24px 6px 14px; background: transparent; }}
    QMenu::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QMenu::item:disabled {{ color: {c.muted_text}; }}
    QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}
    QDateEdit::drop-down {{
        subcontrol-origin: border; subcontrol-position: top right; width: 22px;
        border: none; background: transparent;
    }}
    QDateEdit::down-arrow {{
        image: url("{icon("chevron-down", c.dark)}"); width: 12px; height: 12px;
    }}
    QCheckBox::indicator {{
        width: {indicator_px}px; height: {indicator_px}px; border-radius: 4px;
        border: 1px solid {c.muted_text}; background: {c.surface};
    }}
    QCheckBox::indicator:checked {{
        background: {c.accent}; border-color: {c.accent};
        image: url("{icon("tick", on_accent_light)}");
    }}
    QCheckBox::indicator:disabled {{ border-color: {c.border}; }}
    QRadioButton::indicator {{
        width: {indicator_px}px; height: {indicator_px}px; border-radius: {indicator_px // 2 + 1}px;
        border: 1px solid {c.muted_text}; background: {c.surface};
    }}
    QRadioButton::indicator:checked {{
        background: {c.accent}; border-color: {c.accent};
        image: url("{icon("dot", on_accent_light)}");
    }}
    QCheckBox, QRadioButton {{
        border: {ring}px solid transparent; border-radius: 6px; padding: 1px 4px;
        margin-left: -{ring + 4}px;
    }}
    QCheckBox:focus, QRadioButton:focus {{ border-color: {c.focus}; }}  /* in place */
    QSlider {{ border: {ring}px solid transparent; border-radius: 6px; padding: 2px; }}
    QSlider:focus {{ border-color: {c.focus}; }}
    QSlider::groove:horizontal {{ height: 6px; border-radius: 3px; background: {c.border}; }}
    QSlider::sub-page:horizontal {{ height: 6px; border-radius: 3px; background: {c.accent}; }}
    QSlider::handle:horizontal {{
        width: 18px; margin: -7px 0; border-radius: 10px; background: {c.accent};
        border: 1px solid {c.surface};
    }}
    QTabBar::tab {{
        padding: 6px 14px; margin: 0 2px; border: {ring}px solid transparent;
        border-bottom: {ring}px solid transparent; border-radius: 6px; color: {c.muted_text};
    }}
    QTabBar::tab:selected {{ color: {c.text}; border-bottom-color: {c.accent}; }}
    QTabBar::tab:focus {{ border-color: {c.focus}; }}
    QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 8px; top: -1px; }}
    QFrame[role="card"] {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px;
    }}
    QFrame[role="card"][celebrating="true"] {{
        background: {c.highlight}; border: 2px solid {c.accent};
    }}
    QFrame[role="notice"] {{
        background: {c.notice}; border: 1px solid {c.border}; border-radius: 8px;
    }}
    QListWidget#navigation {{
        background: {c.window}; border: none; border-right: 1px solid {c.border};
        outline: none; padding-top: 12px;
    }}
    QListWidget#navigation::item {{
        padding: 10px 14px; border-radius: 8px; margin: 2px 8px; color: {c.text};
        border: {ring}px solid transparent; border-left: 5px solid transparent;
        min-height: {round(point_size * 1.6)}px;
    }}
    QListWidget#navigation::item:selected {{
        background: {c.highlight}; color: {c.text}; border-left-color: {c.accent};
        font-weight: 600;
    }}
    QListWidget#navigation::item:focus {{ border-color: {c.focus}; }}
    QListWidget#navigation::item:selected:focus {{ border-left-color: {c.accent}; }}
    QPushButton, QToolButton {{
        padding: 6px 16px; border-radius: 8px; border: 1px solid {c.border};
        background: {c.surface}; color: {c.text};
    }}
    QPushButton:focus, QToolButton:focus {{
        border: {ring}px solid {c.focus}; padding: {7 - ring}px {17 - ring}px;
    }}
    QToolButton[popupMode="2"] {{ padding-right: 26px; }}
    QToolButton[popupMode="2"]:focus {{ padding-right: {27 - ring}px; }}
    QToolButton::menu-indicator {{
        image: url("{icon("chevron-down", c.dark)}"); width: 12px; height: 12px;
        subcontrol-origin: padding; subcontrol-position: center right; right: 8px;
    }}
    QToolButton#chart_save {{ padding-right: 16px; }}
    QToolButton#chart_save:focus {{ padding-right: {17 - ring}px; }}
    QToolButton#chart_save::menu-indicator {{ image: none; width: 0; }}  /* "Save…" says it */
    QPushButton[role="choice"]:checked {{  /* chosen: filled with the accent, 3:1 to the rest */
        background: {c.accent}; color: {c.accent_text}; border: 2px solid {c.accent};
        padding: 5px 15px;  /* not bold: a button sized for its words would cut them */
    }}
    QPushButton[role="choice"]:focus {{  /* the focus: a dashed ring, never a fill */
        border: {ring + 1}px dashed {c.focus}; padding: {6 - ring}px {16 - ring}px;
    }}
    QPushButton[role="choice"]:checked:focus {{ border-color: {c.focus_on_accent}; }}
    QListView::item:selected, QTreeView::item:selected {{  /* a chosen row: the accent */
        background: {c.accent}; color: {c.accent_text};
    }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
    }}
    QPushButton[role="primary"]:focus {{  /* a ring that stands out from the page */
        border: {ring + 1}px solid {c.focus_on_accent}; padding: {6 - ring}px {16 - ring}px;
    }}
    QPushButton:disabled {{ color: {c.muted_text}; }}
    QComboBox:focus {{  /* a drop-down has a border of its own: its ring is a pixel wider */
        border-width: {ring + 1}px;
        padding: {5 - ring}px {24 - ring}px {5 - ring}px {8 - ring}px;
    }}
    """ + (_high_contrast_primary_focus(c) if c.high_contrast else "")


def _high_contrast_primary_focus(c: Colors) -> str:
    """In high contrast the focused main action turns to the page's colours inside its ring:
    a dark ring around a dark fill reads as a larger button, not as the keyboard's place."""
    return f"""
    QPushButton[role="primary"]:focus {{
        background: {c.surface}; color: {c.text}; border-color: {c.focus_on_accent};
    }}
    """
