"""Today on a goal card: what is logged, with a small "Undo" beside it; after an undo, what
was taken back, with "Put it back". The same store calls as the history's Delete and Undo.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pause_app.core import summary
from pause_app.core.model import Activity, Attempt
from pause_app.core.summary import DayStatus
from pause_app.core.validation import ValidationError
from pause_app.storage.store import Store
from pause_app.ui.widgets.wrap_button import WrappingButton

translate = QCoreApplication.translate
LINE_LEAST = 16  # characters the line beside "Undo" keeps before the button wraps its words
SPACING = 12  # between the line and its button


class TodayRow(QWidget):
    taken_back = Signal(object)  # the Attempt "Undo" removed
    put_back = Signal(object)  # the Attempt stored again by "Put it back"
    gone = Signal()  # the log was already gone (deleted elsewhere): re-read

    def __init__(
        self,
        store: Store,
        activity: Activity,
        today: date,
        logs: list[Attempt],
        removed: Attempt | None = None,
        big_day_percent: int = summary.BIG_DAY_PERCENT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._activity = store, activity
        self.last_log = logs[-1] if logs else None  # what "Undo" takes back
        # A log of today taken back with "Undo", while nothing else is logged today.
        self.removed = removed if removed and not logs and removed.local_date == today else None
        # How today went, by the user's own pacing.big_day_percent (rule 10).
        self.status = summary.day_status(logs, activity.target, big_day_percent)
        self.line = _LineFirst(_today_text(activity, logs, self.status, self.removed))
        self.undo = _button("undo", translate("GoalCard", "Undo"))
        self.put_back_button = _button("put_back", translate("GoalCard", "Put it back"))
        for button, attempt, text in (
            (
                self.undo,
                self.last_log,
                translate("GoalCard", "Undo today's log of {amount} {unit}"),
            ),
            (
                self.put_back_button,
                self.removed,
                translate("GoalCard", "Put back today's log of {amount} {unit}"),
            ),
        ):
            if attempt is not None:  # what the button acts on, for a screen reader and a tooltip
                said = text.format(amount=attempt.amount, unit=activity.unit)
                button.setAccessibleName(said)
                button.setToolTip(said)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.line)
        layout.addWidget(self.undo)  # right beside the line it belongs to
        layout.addWidget(self.put_back_button)
        layout.addStretch(1)
        self.undo.setVisible(self.last_log is not None)  # only once they have a parent
        self.put_back_button.setVisible(self.removed is not None)
        self.undo.clicked.connect(self._on_undo)
        self.put_back_button.clicked.connect(self._on_put_back)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """ "Undo" keeps its words on one line while the line beside it can still have
        LINE_LEAST characters, so the line wraps first; only then does the button wrap too."""
        super().resizeEvent(event)
        least = self.line.fontMetrics().averageCharWidth() * LINE_LEAST
        for button in (self.undo, self.put_back_button):
            whole = button.sizeHint().width()
            keep = event.size().width() >= whole + SPACING + least
            if button.minimumWidth() != (whole if keep else 0):
                button.setMinimumWidth(whole if keep else 0)

    def _on_undo(self) -> None:
        if self.last_log is None:
            return
        try:
            removed = self._store.attempts.delete(self.last_log.id)
        except ValidationError:  # not found: deleted elsewhere meanwhile
            self.gone.emit()
            return
        self.taken_back.emit(removed)

    def _on_put_back(self) -> None:
        if self.removed is not None:
            self.put_back.emit(self._store.attempts.restore(self.removed))


class _LineFirst(QLabel):
    """Word-wrapped where the card is narrow, but as wide as its text on one line where
    there is room, so "Undo" sits right after it (a wrapped label asks for less)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 1
        return QSize(max(hint.width(), one_line + margins.left() + margins.right()), hint.height())


def _button(name: str, text: str) -> QPushButton:
    button = WrappingButton(text)  # "Ongedaan maken" wraps at large text, beside its line
    button.setObjectName(name)  # the page gives the focus back by name after it re-reads
    return button


def _today_text(
    activity: Activity, logs: list[Attempt], status: DayStatus, removed: Attempt | None
) -> str:
    done = max((a.amount for a in logs), default=0)
    if status is DayStatus.NOTHING and removed is not None:
        text = translate("GoalCard", "Taken back: {done} {unit}. Nothing is logged for today now.")
        return text.format(done=removed.amount, unit=activity.unit)
    if status is DayStatus.NOTHING:
        return translate("GoalCard", "Today: nothing logged yet. A rest day counts too.")
    if status is DayStatus.TIRED:
        text = translate("GoalCard", "Logged today: {done} {unit} ✓ A tired day: the target stays.")
    elif status is DayStatus.BIG_DAY:  # said plainly: no tick, the card's calm line follows
        text = translate("GoalCard", "Logged today: {done} {unit}")
    else:
        text = translate("GoalCard", "Logged today: {done} {unit} ✓")
    return text.format(done=done, unit=activity.unit)
