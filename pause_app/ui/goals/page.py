"""The Goals page: a card per activity, and the way to add one.

Shown again with nothing changed (the same ``Store.revision()``, day and rules) it does no
work. A card that changed its activity (a log, an undo, a new target) is built again alone,
with any other card whose answer moved with it; a new activity, an archive or a rename
builds them all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QHBoxLayout, QInputDialog, QPushButton, QWidget

from pause_app.core.model import Activity, Attempt, Felt, Moment
from pause_app.core.pacing import Rules
from pause_app.storage.store import Store
from pause_app.ui.goals.activity_dialog import AddActivityDialog
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.widgets.page import Page


class GoalsPage(Page):
    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        rules: Callable[[], Rules] = Rules,
        parent: QWidget | None = None,
    ):
        self._rules = rules  # the engine's thresholds, read from the settings when needed
        # Remembered across refreshes (cards are rebuilt), for this run of the app.
        # The attempt celebrated (its line is worded at each re-read, in the language of the
        # moment), or a fixed line (the screenshots).
        self._celebrations: dict[int, Attempt | str] = {}
        self._glowing: set[int] = set()  # celebrations whose glow has not faded yet
        self._after_crash: set[int] = set()
        self._notes: dict[int, str] = {}
        self._removed: dict[int, Attempt] = {}  # today's log taken back by "Undo"
        self._told: set[int] = set()  # cards whose result a screen reader hears next
        self._top: QWidget | None = None  # the line above the cards
        self._shown_key: tuple[object, ...] | None = None  # what the cards were built from
        self._names: dict[int, str] = {}  # every activity's name, when the cards were built
        self._by_id: dict[int, GoalCard] = {}  # the cards, in their order
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        super().__init__(store, clock, parent)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self._layout.insertLayout(self._layout.count() - 1, row)
        self.add_button.clicked.connect(self._on_add_clicked)

    def add_top_widget(self, widget: QWidget) -> None:
        """A quiet line above the cards, from another feature (the daily check-in); the
        window puts it here, so this page does not import that feature."""
        self._layout.insertWidget(self._layout.indexOf(self.intro) + 1, widget)
        self._top = widget

    def log_a_step(self) -> None:
        """The log form for the one activity, or for the one chosen first when there are
        several (the tray's "Log a step…"); its card then says the result, as after "Log…"."""
        self.refresh()
        QCoreApplication.processEvents()  # the cards are shown by a queued call
        cards = [card for card in self.findChildren(GoalCard) if not card.isHidden()]
        if len(cards) > 1:
            names = [card.activity.name for card in cards]
            chosen = GoalsPage.choose_activity(self, names)
            cards = [card for card in cards if card.activity.name == chosen][:1]
        if cards:
            cards[0].log_button.setFocus()
            cards[0].log_button.click()

    @staticmethod
    def choose_activity(parent: QWidget, names: list[str]) -> str | None:
        """The seam for "which activity?" (tests replace it)."""
        name, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("GoalsPage", "Log a step"),
            QCoreApplication.translate("GoalsPage", "Which activity?"),
            names,
            0,
            False,
        )
        return name if ok else None

    def _on_add_clicked(self) -> None:
        if AddActivityDialog.ask(self._store, self._clock, self) is not None:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add an activity…"))
        self.heading.setText(self.tr("Small steps"))
        self.intro.setText(
            self.tr(
                "Grow what you can do in tiny steps: can you walk 50 steps? Then 51 is a "
                "next step, but only when it is safe. On tired days the target stays where it is."
            )
        )
        self._shown_key = None  # the cards' words too: built again now, or when next shown
        super().retranslate_ui()

    def _focused_control(self) -> tuple[int, str] | None:
        """The card and control that have the focus, to give it to the new card's control.
        The old cards are hidden only after that, so the focus goes straight there (letting
        go first left the window with nothing focused for a moment)."""
        focused = QApplication.focusWidget()
        widget = focused
        while widget is not None and not isinstance(widget, GoalCard):
            widget = widget.parentWidget()
        if focused is None or widget is None or not self.isAncestorOf(widget):
            return None
        return widget.activity.id, focused.objectName()

    def _take_cards(self) -> list[QWidget]:
        """The cards, out of the page's column but still shown: ``_drop`` them once the new
        ones hold the focus."""
        taken: list[QWidget] = []
        while self._cards.count():
            item = self._cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                taken.append(widget)
        return taken

    def _on_celebrated(self, activity_id: int, attempt: Attempt) -> None:
        self._celebrations[activity_id] = attempt
        self._glowing.add(activity_id)

    def _taken_back(self, removed: Attempt) -> None:
        self._removed[removed.activity_id] = removed
        self._celebrations.pop(removed.activity_id, None)  # nothing to celebrate any more
        self._glowing.discard(removed.activity_id)
        if removed.felt is Felt.CRASH:
            self._after_crash.discard(removed.activity_id)

    def _key(self) -> tuple[object, ...]:
        return (self._store.revision(), self._clock().local_date, self._rules())

    def refresh_if_changed(self) -> None:
        """Shown again: read again only when the data, the day or the rules changed."""
        if self._shown_key is None or self._key() != self._shown_key:
            self.refresh()

    def refresh(self) -> None:
        """Read everything again and build every card."""
        focus = self._focused_control()
        old_cards = self._take_cards()
        try:
            self._build_all(focus)
        finally:
            _drop(old_cards)
            self.add_button.raise_()  # last among its siblings: a screen reader's order too

    def _build_all(self, focus: tuple[int, str] | None) -> None:
        self._by_id = {}
        self._shown_key = self._key()
        # Archived ones too: a tired day logged for one still holds the others' offers, and
        # a card says which activity it was.
        every = self._store.activities.list(include_archived=True)
        names = {a.id: a.name for a in every}
        self._names = names
        activities = [a for a in every if not a.archived]
        if focus is not None and focus[0] not in {a.id for a in activities}:
            self.add_button.setFocus()  # its card was archived: the next place to go
        if self._top is not None:  # reading order: the line above, then "Add an activity…"
            QWidget.setTabOrder(_last_in_focus_chain(self._top), self.add_button)
        if not activities:
            self._add_card(
                self.tr("No activities yet"),
                self.tr(
                    "Choose something you can already do, such as steps inside or minutes of "
                    "reading, and start from what you can do today."
                ),
            )
            return
        attempts = self._store.attempts.all()  # once for all cards (a tired day anywhere counts)
        for activity in activities:
            card = self._new_card(activity, attempts, names)
            self._cards.addWidget(card)
            self._by_id[activity.id] = card
            self._after_building(card, focus)
            # Reading order: a card built now would come last in the tab order; "Add an
            # activity…" goes after the newest card, as it sits under them.
            QWidget.setTabOrder(card.keep_button, self.add_button)
        self._told.clear()

    def _new_card(
        self, activity: Activity, attempts: list[Attempt], names: dict[int, str]
    ) -> GoalCard:
        celebrated = self._celebrations.get(activity.id, "")
        glow = activity.id in self._glowing or isinstance(celebrated, str)
        if isinstance(celebrated, Attempt):
            celebrated = GoalCard.celebration_line(celebrated)
        card = GoalCard(
            self._store,
            activity,
            self._clock,
            celebration=celebrated,
            glow=glow,
            after_crash=activity.id in self._after_crash,
            note=self._notes.pop(activity.id, ""),
            rules=self._rules,  # read again at a tap: the settings may have changed
            attempts=attempts,
            removed=self._removed.get(activity.id),
            names=names,
        )
        card.celebrated.connect(self._on_celebrated)
        card.glow_ended.connect(self._glowing.discard)
        card.crashed.connect(self._after_crash.add)
        card.crash_answered.connect(self._after_crash.discard)
        card.noted.connect(self._notes.__setitem__)
        card.taken_back.connect(self._taken_back)
        card.put_back.connect(lambda activity_id: self._removed.pop(activity_id, None))
        card.told.connect(self._told.add)
        card.changed.connect(lambda activity_id=activity.id: self._card_changed(activity_id))
        return card

    def _after_building(self, card: GoalCard, focus: tuple[int, str] | None) -> None:
        if focus is not None and focus[0] == card.activity.id:
            card.setVisible(self.isVisible())  # now, not by the layout's queued call
            card.restore_focus(focus[1])
        if card.activity.id in self._told:
            card.announce()

    def _card_changed(self, activity_id: int) -> None:
        """One card changed its activity (a log, an undo, a new target): the cards before it
        stay as they are unless their answer moved with it (a tired day or a big day anywhere
        holds them); from the first card that changes on, they are built again, in order, so
        the tab order stays the reading order. A new activity, an archive or a rename builds
        them all."""
        every = self._store.activities.list(include_archived=True)
        names = {a.id: a.name for a in every}
        activities = [a for a in every if not a.archived]
        if names != self._names or [a.id for a in activities] != list(self._by_id):
            self.refresh()
            return
        attempts = self._store.attempts.all()
        today, rules = self._clock().local_date, self._rules()
        first = next(
            index
            for index, activity in enumerate(activities)
            if activity.id == activity_id
            or activity != self._by_id[activity.id].activity
            or self._store.goal_answer(activity, today, rules, attempts)
            != self._by_id[activity.id].answer
        )
        focus = self._focused_control()
        old_cards: list[QWidget] = [self._by_id[activity.id] for activity in activities[first:]]
        for old in old_cards:
            self._cards.removeWidget(old)
        for activity in activities[first:]:
            card = self._new_card(activity, attempts, names)
            self._cards.addWidget(card)
            self._by_id[activity.id] = card
            self._after_building(card, focus)
            QWidget.setTabOrder(card.keep_button, self.add_button)
        _drop(old_cards)  # now that the new card holds the focus
        self.add_button.raise_()  # after the new cards for a screen reader, as on the screen
        self._told.clear()
        self._shown_key = self._key()


def _drop(cards: list[QWidget]) -> None:
    for card in cards:
        card.hide()  # gone at once: deletion waits for the event loop
        card.deleteLater()


def _last_in_focus_chain(widget: QWidget) -> QWidget:
    """The last of ``widget`` and its children in the tab order."""
    last, following = widget, widget.nextInFocusChain()
    while following is not None and widget.isAncestorOf(following):
        last, following = following, following.nextInFocusChain()
    return last
