"""One activity on the goal panel: today's target, what was done, the offer in words,
and the few buttons a tired user needs: "I did it!", "Log…", "Take the step".

One tap logs once: once today is logged the card says so, with the amount and a small
"Undo", and "I did it!" steps aside; another log that day goes through "Log…".

A success gets a calm moment: a soft, steady glow on the card and a short line that
changes over time. No confetti, no flashing, no sound. A big day (far above the target,
docs/PACING.md rule 10) is no success: it gets one kind line of caution instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import pacing, summary, validation
from pause_app.core.model import Activity, Attempt, ChangeReason, Felt, Moment
from pause_app.core.summary import DayStatus, TargetHistory
from pause_app.core.validation import ValidationError
from pause_app.storage.store import Store
from pause_app.text import wording
from pause_app.ui.goals.card_words import (
    ask_name,
    ask_number,
    celebration_line,
    confirm_archive,
    name_buttons,
)
from pause_app.ui.goals.history_dialog import HistoryDialog
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.goals.today import TodayRow
from pause_app.ui.widgets.announce import announce
from pause_app.ui.widgets.flow import FlowLayout
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.wrap_button import WrappingButton

translate = QCoreApplication.translate


class GoalCard(QFrame):
    changed = Signal()  # something was stored: the page re-reads
    celebrated = Signal(int, object)  # activity id, the Attempt (its line is said in words)
    crashed = Signal(int)  # activity id: offer a lower target
    crash_answered = Signal(int)  # activity id: lowered or kept, the offer goes
    noted = Signal(int, str)  # activity id, one calm sentence to show on the card
    taken_back = Signal(object)  # the Attempt "Undo" removed: the page keeps it to put back
    put_back = Signal(int)  # activity id: the log taken back is there again
    told = Signal(int)  # activity id: the card built next says the result to a screen reader
    glow_ended = Signal(int)  # activity id: the celebration's glow faded; the line stays

    GLOW_MS = 8000  # the glow of a success stays a few seconds, then the card is calm again

    def __init__(
        self,
        store: Store,
        activity: Activity,
        clock: Callable[[], Moment],
        celebration: str = "",
        after_crash: bool = False,
        note: str = "",
        rules: pacing.Rules | Callable[[], pacing.Rules] | None = None,
        attempts: Sequence[Attempt] | None = None,
        removed: Attempt | None = None,
        names: Mapping[int, str] | None = None,
        glow: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``rules``: the engine's thresholds, or how to read them from the settings when a
        tap needs them (a setting may change while the card is shown). ``names``: every
        activity's name by id (archived ones too), read once by the page, to say which
        activity a hold came from; without it the card looks the name up. ``glow``: the
        celebration still glows (it fades once, a few seconds after the success)."""
        super().__init__(parent)
        self.setObjectName(f"goal_card_{activity.id}")
        self.setProperty("role", "card")
        self._store, self.activity, self._clock = store, activity, clock
        self._read_rules = rules if callable(rules) else lambda: rules or pacing.Rules()
        self._rules = self._read_rules()  # what the card shows was worked out with these
        today = clock().local_date
        logs = store.attempts.on_day(activity.id, today)
        self.answer = store.goal_answer(activity, today, self._rules, attempts)
        self.today = TodayRow(store, activity, today, logs, removed, self._rules.big_day_percent)
        self.big_day = self.today.status is DayStatus.BIG_DAY
        if self.big_day:
            celebration = ""  # a big day is not celebrated, whatever came before it today
        self.setProperty("celebrating", bool(celebration) and glow)
        self.setAccessibleName(activity.name)  # a screen reader says which card it is in
        self.glow_timer = QTimer(self)
        self.glow_timer.setObjectName("glow_timer")
        self.glow_timer.setSingleShot(True)
        self.glow_timer.setInterval(self.GLOW_MS)
        self.glow_timer.timeout.connect(self._end_glow)
        if self.property("celebrating"):
            self.glow_timer.start()

        self.name = role_label("subheading", activity.name)
        if activity.target == pacing.NO_TARGET_YET:
            target_text = self.tr("No target yet")
        else:
            target_text = self.tr("Target: {target} {unit}").format(
                target=activity.target, unit=activity.unit
            )
        self.target_line = role_label("", target_text)
        self.today_line, self.undo = self.today.line, self.today.undo
        self.big_day_line = role_label(
            "",
            wording.big_day_sentence(activity.target, activity.unit),
            hidden=not self.big_day,
        )
        self.big_day_line.setObjectName("big_day_line")
        held_by = (self.answer.source_activity_id, self.answer.source_day)
        self.offer_line = role_label(
            "muted",
            wording.offer_sentence(self.answer, activity, self._source_name(names), today),
            # Today's own big day holds the offers: the line above says it already.
            hidden=self.big_day and held_by == (activity.id, today),
        )
        self.celebration = role_label("celebration", celebration, hidden=not celebration)

        self.did_it = QPushButton(self.tr("I did it!"))
        self.did_it.setObjectName("did_it")
        self.did_it.setProperty("role", "primary")
        self.log_button = QPushButton(self.tr("Log…"))
        self.log_button.setObjectName("log")
        self.take_step = WrappingButton()  # a long offer wraps rather than widen the page
        self.take_step.setObjectName("take_step")
        if self.answer.offer is not None:
            self.take_step.setText(
                self.tr("Take the step: {offer} {unit}").format(
                    offer=self.answer.offer, unit=activity.unit
                )
            )
        self.more = QToolButton()
        self.more.setObjectName("more")
        self.more.setText(self.tr("More"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(self._build_menu())
        flow = FlowLayout()  # wraps at a narrow window or large text, never widens the page
        for button in (self.did_it, self.log_button, self.take_step):
            flow.addWidget(button)
        buttons = QHBoxLayout()  # "More" keeps to the right of the first line, never alone
        buttons.setSpacing(8)
        buttons.addLayout(flow, 1)
        buttons.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.problem = role_label("field_error", hidden=True)
        self.note = role_label("muted", note, hidden=not note)  # e.g. rule 5 after a large jump

        lower = pacing.lowered_after_crash(activity.target, self._rules)
        self.crash_box = QFrame()
        crash_layout = QVBoxLayout(self.crash_box)
        crash_layout.setContentsMargins(0, 6, 0, 0)
        self.crash_line = role_label(
            "",
            self.tr(
                "After a crash, a lower target for a while can help. If your symptoms are new or "
                "changed, consider contacting your GP."
            ),
        )
        self.lower_button = WrappingButton(
            self.tr("Lower to {lower} {unit}").format(lower=lower, unit=activity.unit)
        )
        self.keep_button = QPushButton(self.tr("Keep {target}").format(target=activity.target))
        self.lower_button.setObjectName("lower")
        self.keep_button.setObjectName("keep")
        crash_buttons = FlowLayout()
        crash_buttons.addWidget(self.lower_button)
        crash_buttons.addWidget(self.keep_button)
        crash_layout.addWidget(self.crash_line)
        crash_layout.addLayout(crash_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self.target_line)
        layout.addWidget(self.today)
        for line in self.lines():
            layout.addWidget(line)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.crash_box)
        # Shown or hidden only now that the card is their parent: a widget without a parent
        # made visible is a window of its own for a moment, and takes the app's focus.
        self.did_it.setVisible(not logs)  # logged today: no second tap by mistake
        self.take_step.setVisible(self.answer.offer is not None)
        # The GP line shows after every crash; lowering only where there is room to lower.
        self.crash_box.setVisible(after_crash)
        self.lower_button.setVisible(lower < activity.target)

        self._name_buttons()
        self.did_it.clicked.connect(self._on_did_it)
        self.log_button.clicked.connect(self._on_log)
        self.take_step.clicked.connect(self._on_take_step)
        self.lower_button.clicked.connect(lambda: self._set_target(lower, ChangeReason.AFTER_CRASH))
        self.keep_button.clicked.connect(self._on_keep)
        self.today.taken_back.connect(self._on_taken_back)
        self.today.put_back.connect(self._on_put_back)
        self.today.gone.connect(self.changed)

    def _name_buttons(self) -> None:
        name_buttons(
            self.activity.name,
            self.did_it,
            self.log_button,
            self.more,
            others=(
                self.take_step,
                self.today.undo,
                self.today.put_back_button,
                self.lower_button,
                self.keep_button,
            ),
        )

    def _end_glow(self) -> None:
        """The glow goes (at once with less movement too: it is a change of colour, not a
        motion); the celebration line stays."""
        self.setProperty("celebrating", False)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()
        self.glow_ended.emit(self.activity.id)

    def lines(self) -> list[QLabel]:
        """The calm lines under today's, in their order; a new kind of line joins here."""
        return [self.big_day_line, self.offer_line, self.celebration]

    def _source_name(self, names: Mapping[int, str] | None) -> str | None:
        """The name of the activity a hold came from, when it is another one."""
        source = self.answer.source_activity_id
        if source is None or source == self.activity.id:
            return None
        if names is not None and source in names:
            return names[source]
        return self._store.activities.get(source).name

    def restore_focus(self, name: str) -> None:
        """After the page re-read: focus the same control, or the one now in its place.
        "I did it!" hands over to "Log…", never to "Undo", so a second tap logs nothing
        and takes nothing back; "Undo" and "Put it back" hand over to each other."""
        instead = {"did_it": "log", "undo": "put_back", "put_back": "undo", "take_step": "log"}
        for candidate in (name, instead.get(name, "log"), "log"):
            widget = self.findChild(QWidget, candidate) if candidate else None
            if widget is not None and not widget.isHidden() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def announce(self) -> None:
        """Say the result of the tap that rebuilt this card: today's line, and the calm line
        or note that came with it (what a sighted user sees change)."""
        shown = (self.big_day_line, self.celebration, self.note)
        lines = [self.today_line, *(x for x in shown if not x.isHidden())]
        announce(self.today_line, " ".join(line.text() for line in lines if line.text()))

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        steps = menu.addMenu(self.tr("Step size"))
        group = QActionGroup(steps)
        self.step_actions: dict[float, QAction] = {}
        for percent, text in (
            (0.0, self.tr("The smallest step: +1")),
            (1.0, self.tr("+1%")),
            (2.0, self.tr("+2% (the usual)")),
            (5.0, self.tr("+5%, at most")),
        ):
            action = steps.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.activity.step_percent == percent)
            action.triggered.connect(lambda _on=False, p=percent: self._set_step(p))
            group.addAction(action)
            self.step_actions[percent] = action
        self.maintenance_action = menu.addAction(
            self.tr("Maintenance mode: no offers, stay within my limits")
        )
        self.maintenance_action.setCheckable(True)
        self.maintenance_action.setChecked(self.activity.maintenance)
        self.maintenance_action.toggled.connect(self._set_maintenance)
        menu.addSeparator()
        self.set_target_action = menu.addAction(self.tr("Set the target yourself…"))
        self.set_target_action.triggered.connect(self._on_set_target)
        self.history_action = menu.addAction(self.tr("History…"))
        self.history_action.triggered.connect(self._on_history)
        self.rename_action = menu.addAction(self.tr("Rename…"))
        self.rename_action.triggered.connect(self._on_rename)
        self.archive_action = menu.addAction(self.tr("Archive (its history is kept)"))
        self.archive_action.triggered.connect(self._on_archive)
        return menu

    # The seams for the questions a card asks (tests replace them).
    ask_name = staticmethod(ask_name)
    ask_number = staticmethod(ask_number)
    confirm_archive = staticmethod(confirm_archive)

    def _set_step(self, percent: float) -> None:
        self._store.activities.set_step_percent(self.activity.id, percent)
        self.changed.emit()

    def _set_maintenance(self, on: bool) -> None:
        self._store.activities.set_maintenance(self.activity.id, on)
        self.changed.emit()

    def _on_rename(self) -> None:
        name = GoalCard.ask_name(self, self.activity.name)
        if name is None:
            return
        try:
            self._store.activities.rename(self.activity.id, name)
        except ValidationError as error:
            self.problem.setText(wording.validation_message(error))
            self.problem.show()
            announce(self.problem, self.problem.text(), describe=False)
            return
        self.changed.emit()

    def _on_history(self) -> None:
        changed, crashed = HistoryDialog.ask(self._store, self.activity, self._clock, self)
        if crashed:
            self.crashed.emit(self.activity.id)  # the GP line and a lower target, as for a log
        if changed:
            self.changed.emit()

    def _on_archive(self) -> None:
        if GoalCard.confirm_archive(self, self.activity.name):
            self._store.activities.set_archived(self.activity.id, True)
            self.changed.emit()

    celebration_line = staticmethod(celebration_line)

    def _big_day_target(self, attempt: Attempt) -> int | None:
        """The target of the log's own day, if the log made that day a big day (rule 10)."""
        if attempt.felt in summary.RESTING_FEELINGS:
            return None  # tired or crash: the care for that comes first
        changes = self._store.target_changes.for_activity(self.activity.id)
        target = TargetHistory(changes).on(attempt.local_date)
        target = self.activity.target if target is None else target
        big = summary.is_big_day(attempt.amount, target, self._read_rules().big_day_percent)
        return target if big else None

    def _after_log(self, attempt: Attempt, celebrate: bool = True) -> None:
        """A logged attempt is a success worth a calm moment: done, rested, stopped early.
        A crash is not celebrated: it gets care instead (a lower target, the GP). Nor is a
        big day: it gets one kind line (today's card shows it; for an earlier day, a note)."""
        big_day_target = self._big_day_target(attempt) if celebrate else None
        if attempt.felt is Felt.CRASH:
            self.crashed.emit(self.activity.id)
        elif big_day_target is not None:
            if attempt.local_date != self._clock().local_date:
                line = wording.big_day_sentence(big_day_target, self.activity.unit)
                self.noted.emit(self.activity.id, line)
        elif celebrate:
            self.celebrated.emit(self.activity.id, attempt)
        self.told.emit(self.activity.id)
        self.changed.emit()

    def _on_taken_back(self, removed: Attempt) -> None:
        self.taken_back.emit(removed)
        self.told.emit(self.activity.id)
        self.changed.emit()

    def _on_put_back(self, restored: Attempt) -> None:
        self.put_back.emit(self.activity.id)
        self._after_log(restored, celebrate=False)  # as it was, crash care included

    def _on_keep(self) -> None:
        self.crash_answered.emit(self.activity.id)
        self.changed.emit()

    def _on_did_it(self) -> None:
        """One tap logs once: if today was logged meanwhile (another window, the command
        line, midnight), the card only re-reads."""
        now = self._clock()
        if self._store.attempts.on_day(self.activity.id, now.local_date):
            self.changed.emit()
            return
        attempt = self._store.attempts.add(
            self.activity.id, self.activity.target, Felt.GOOD, "", now
        )
        self._after_log(attempt)

    def _on_log(self) -> None:
        attempt = LogDialog.ask(self._store, self.activity, self._clock, self)
        if attempt is not None:
            self._after_log(attempt)

    def _on_take_step(self) -> None:
        """Ask the engine again at the click: a card can be old (a log or a step taken
        elsewhere, midnight passed); an offer is never taken twice or out of date."""
        today = self._clock().local_date
        current = self._store.goal_answer(
            self._store.activities.get(self.activity.id), today, self._read_rules()
        )
        if current.offer is None or current.offer != self.answer.offer:
            self.changed.emit()  # re-read: the card now says what is true
            return
        step: int | None = current.offer
        if current.offer - current.target > 1:  # rule 1: the user may pick a smaller step
            step = GoalCard.ask_number(
                self,
                self.tr("Take the step"),
                self.tr("New target ({low} to {high}); a smaller step is fine:").format(
                    low=current.target + 1, high=current.offer
                ),
                current.offer,
                current.target + 1,
                current.offer,
            )
        if step is None:
            return  # declining is a fine answer
        self._set_target(step, ChangeReason.OFFER_ACCEPTED)

    def _on_set_target(self) -> None:
        """Rule 5: always allowed; a jump of more than 10% gets one calm sentence."""
        old = self.activity.target
        new = GoalCard.ask_number(
            self,
            self.tr("Set the target yourself"),
            self.tr("New target ({unit}):").format(unit=self.activity.unit),
            old,
            0,
            validation.MAX_AMOUNT,
        )
        if new is None or new == old:
            return
        self._store.activities.set_target(self.activity.id, new, ChangeReason.MANUAL, self._clock())
        if pacing.is_large_jump(old, new, self._read_rules()):
            self.noted.emit(self.activity.id, wording.large_jump_sentence())
        self.changed.emit()

    def _set_target(self, new: int, reason: ChangeReason) -> None:
        self._store.activities.set_target(self.activity.id, new, reason, self._clock())
        if reason is ChangeReason.AFTER_CRASH:
            self.crash_answered.emit(self.activity.id)
        self.changed.emit()
