"""How a settings tab is laid out: fields one under another, labelled ones in a form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from pause_app.ui.settings.fields import Field


class RoomyLabel(QLabel):
    """A label a little wider than its text: a last letter that reaches past its advance
    ("s" in "Tonen als") was cut off by a pixel or two."""

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(3, 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(3, 0)


def column(*items: QWidget | QLayout) -> QVBoxLayout:
    """A field with what belongs under it: a hint, its message."""
    stack = QVBoxLayout()
    stack.setSpacing(4)
    for item in items:
        if isinstance(item, QWidget):
            stack.addWidget(item)
        else:
            stack.addLayout(item)
    return stack


def row(*widgets: QWidget) -> QHBoxLayout:
    """Controls side by side at their own width, the rest of the line left empty."""
    line = QHBoxLayout()
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return line


def under_check_box(box: QCheckBox) -> int:
    """How far in a line under a check box starts, to stand under its text."""
    style = box.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + style.pixelMetric(
        QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box
    )


class FieldPage(QWidget):
    """One tab: fields one under another. Fields with a label beside them share a form; a
    check box (or anything else) stands on its own line between forms."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[Field] = []
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(18, 18, 18, 12)
        self._outer.setSpacing(12)
        self._form: QFormLayout | None = None

    def lay_out(self, *items: Field | QWidget | QLayout) -> None:
        """Place the fields (and plain widgets) in this order, then the free space."""
        for item in items:
            if isinstance(item, QWidget | QLayout):
                self.add(item)
            else:
                self.fields.append(item)
                item.place(self)
        self._outer.addStretch(1)

    def add(self, item: QWidget | QLayout) -> None:
        """A line of its own, under what is there."""
        self._form = None
        if isinstance(item, QWidget):
            self._outer.addWidget(item)
        else:
            self._outer.addLayout(item)

    def add_row(self, label: QLabel, field: QWidget | QLayout) -> None:
        """A labelled row of the form under what is there."""
        if self._form is None:
            self._form = QFormLayout()
            self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            self._form.setHorizontalSpacing(16)
            self._form.setVerticalSpacing(12)
            self._outer.addLayout(self._form)
        if isinstance(field, QWidget):
            self._form.addRow(label, field)
        else:
            self._form.addRow(label, field)

    def retranslate(self) -> None:
        for field in self.fields:
            field.retranslate()
