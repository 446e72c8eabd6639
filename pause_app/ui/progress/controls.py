"""The chart's controls, in two rows above it: which activity (or two one above the other),
best of the day or the day total, the save menu, the table; the range of days and "Back to
today". Each row wraps when the window is narrow or the text large, so nothing is cut off.
They show and keep the choice; the chart acts on it."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.model import Activity
from pause_app.core.series import Aggregate
from pause_app.ui.widgets.combo import ShrinkingCombo
from pause_app.ui.widgets.flow import FlowLayout

translate = QCoreApplication.translate


class ChartRange(Enum):
    WEEK = 7
    MONTH = 31
    THREE_MONTHS = 92
    YEAR = 365
    ALL = 0


def _choice(ids: Sequence[int]) -> str:
    """What the chart shows, as the activity list keeps it: one id, or two side by side."""
    return ",".join(str(i) for i in ids)


class RangeButton(QPushButton):
    """One choice of the range: a radio button to a screen reader (a checkable, auto-exclusive
    button is one to Qt's accessibility), drawn as the calm button it was. The arrow keys move
    the focus along the group without choosing; Space chooses."""

    STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Down: 1,
    }

    def __init__(self) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setAutoExclusive(True)
        self.setProperty("role", "choice")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self.STEPS.get(Qt.Key(event.key()))
        group = self.group()
        if step is None or group is None:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        index = (buttons.index(self) + step) % len(buttons)
        buttons[index].setFocus(Qt.FocusReason.TabFocusReason)


def _labelled(label: QLabel, box: QComboBox) -> QWidget:
    """A label and its drop-down, kept together on one line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addWidget(label)
    layout.addWidget(box, 1)
    return row


class Controls:
    """The controls' widgets, and their two rows (``top`` and ``ranges``) for the chart's
    layout; ``parent`` (the chart) keeps the range buttons' group."""

    def __init__(self, parent: QWidget) -> None:
        # Both drop-downs give way to large text and a narrow window (their choices elided).
        self.activity_box = ShrinkingCombo()
        self.activity_box.setObjectName("chart_activity")
        self.activity_label = QLabel()
        self.activity_label.setBuddy(self.activity_box)
        self.aggregate_box = ShrinkingCombo()
        self.aggregate_box.setObjectName("chart_aggregate")
        # A label, not only a name: on Linux a screen reader takes a drop-down's name from
        # its label and would otherwise say only "Best of the day".
        self.aggregate_label = QLabel()
        self.aggregate_label.setBuddy(self.aggregate_box)
        self.save_button = QToolButton()
        self.save_button.setObjectName("chart_save")
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_menu = QMenu(self.save_button)
        self.save_image_action = self.save_menu.addAction("")
        self.save_csv_action = self.save_menu.addAction("")
        self.save_button.setMenu(self.save_menu)
        self.table_button = QPushButton()
        self.table_button.setObjectName("chart_as_table")
        self.table_button.setCheckable(True)
        self.table_button.setProperty("role", "choice")  # drawn as chosen while it is on
        # The range: a named group of radio buttons (in one widget, so it has a name).
        self.range_box = QWidget()
        self.range_box.setObjectName("chart_ranges")
        range_row = FlowLayout(self.range_box, spacing=6)  # wraps too, with large text
        self.range_buttons: dict[ChartRange, QPushButton] = {}
        self.range_group = QButtonGroup(parent)
        for chart_range in ChartRange:
            button = RangeButton()
            button.setObjectName(f"range_{chart_range.name.lower()}")
            self.range_group.addButton(button)
            self.range_buttons[chart_range] = button
            range_row.addWidget(button)
        self.today_button = QPushButton()
        self.today_button.setObjectName("back_to_today")

        # What is shown on a line of its own, the same on every view (a long activity's name
        # would otherwise push "Each day" onto the next line on some views and not others);
        # under it a row that wraps: at the window's smallest or with large text nothing is
        # cut off. Each label stays beside its box.
        self.top = QVBoxLayout()
        self.top.setSpacing(8)
        self.activity_row = _labelled(self.activity_label, self.activity_box)
        self.top.addWidget(self.activity_row, 0, Qt.AlignmentFlag.AlignLeft)
        self.tools = FlowLayout(spacing=8)
        self.tools.addWidget(_labelled(self.aggregate_label, self.aggregate_box))
        self.tools.addWidget(self.save_button)
        self.tools.addWidget(self.table_button)
        self.top.addLayout(self.tools)
        self.ranges = FlowLayout(spacing=12)
        self.ranges.addWidget(self.range_box)
        self.ranges.addWidget(self.today_button)

    def retranslate(self) -> None:
        self.activity_label.setText(translate("ProgressChart", "&Show:"))
        self.aggregate_box.blockSignals(True)
        current = self.aggregate_box.currentIndex()
        self.aggregate_box.clear()
        self.aggregate_box.addItem(translate("ProgressChart", "Best of the day"), Aggregate.BEST)
        self.aggregate_box.addItem(translate("ProgressChart", "Day total"), Aggregate.TOTAL)
        self.aggregate_box.setCurrentIndex(max(current, 0))
        self.aggregate_box.blockSignals(False)
        self.aggregate_label.setText(translate("ProgressChart", "&Each day:"))
        self.save_button.setText(translate("ProgressChart", "Save…"))
        self.table_button.setText(translate("ProgressChart", "Show as a table"))
        self.table_button.setToolTip(
            translate("ProgressChart", "The days shown, as a table a screen reader can read")
        )
        self.range_box.setAccessibleName(translate("ProgressChart", "Days shown"))
        self.save_image_action.setText(translate("ProgressChart", "Save the chart as an image…"))
        self.save_csv_action.setText(
            translate("ProgressChart", "Save the days shown as a table (CSV)…")
        )
        names = {
            ChartRange.WEEK: translate("ProgressChart", "Week"),
            ChartRange.MONTH: translate("ProgressChart", "Month"),
            ChartRange.THREE_MONTHS: translate("ProgressChart", "3 months"),
            ChartRange.YEAR: translate("ProgressChart", "Year"),
            ChartRange.ALL: translate("ProgressChart", "All"),
        }
        for chart_range, button in self.range_buttons.items():
            button.setText(names[chart_range])
        self.today_button.setText(translate("ProgressChart", "Back to today"))
        self.today_button.setToolTip(
            translate("ProgressChart", "Scroll or drag the chart to look back; this returns.")
        )

    # --- the activity and the aggregate ----------------------------------------------------

    def fill_choices(self, activities: dict[int, Activity]) -> None:
        """Each activity, then each derived one beside its parent; the choice is kept."""
        chosen = self.activity_box.currentData()
        self.activity_box.blockSignals(True)
        self.activity_box.clear()
        for activity in activities.values():
            name = activity.name
            if activity.archived:
                name = translate("ProgressChart", "{name} (archived)").format(name=name)
            self.activity_box.addItem(name, _choice([activity.id]))
        for activity in activities.values():
            parent = activities.get(activity.derived_from or -1)
            if parent is not None:
                self.activity_box.addItem(
                    translate("ProgressChart", "{first} and {second}").format(
                        first=parent.name, second=activity.name
                    ),
                    _choice([parent.id, activity.id]),
                )
        index = self.activity_box.findData(chosen) if chosen is not None else -1
        self.activity_box.setCurrentIndex(max(index, 0))
        self.activity_box.blockSignals(False)

    def choose(self, ids: Sequence[int]) -> None:
        index = self.activity_box.findData(_choice(ids))
        if index < 0:
            raise KeyError(tuple(ids))
        self.activity_box.setCurrentIndex(index)

    def shown_ids(self) -> tuple[int, ...]:
        choice = self.activity_box.currentData()
        return tuple(int(part) for part in choice.split(",")) if isinstance(choice, str) else ()

    @property
    def aggregate(self) -> Aggregate:
        value = self.aggregate_box.currentData()
        return value if isinstance(value, Aggregate) else Aggregate.BEST

    # --- the range -------------------------------------------------------------------------

    def check_range(self, chart_range: ChartRange) -> None:
        self.range_buttons[chart_range].setChecked(True)

    def uncheck_ranges(self) -> None:
        """Zoomed or dragged by hand: no range button is right any more."""
        self.range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)
