"""What was logged for one activity, newest first: correct a log, or delete it (with undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.model import Activity, Attempt, Felt, Moment
from pause_app.storage.store import Store
from pause_app.text import wording
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.widgets.fit import FitsWhenShown
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating


class HistoryDialog(FitsWhenShown, Retranslating, QDialog):
    def __init__(
        self,
        store: Store,
        activity: Activity,
        clock: Callable[[], Moment],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self._store, self._activity, self._clock = store, activity, clock
        self.changed = False
        self.crash_logged = False  # a correction to "crash" gets the same care as a new log
        # Newest last: (what was done, the log as it was before). Undo takes back one at a time.
        self._undo: list[tuple[str, Attempt]] = []
        self.list = QListWidget()
        self.list.setSpacing(3)  # a little air between the rows
        self.empty = role_label("muted", wrap=False)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.undo_bar = QLabel()
        self.undo_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_bar, 1)
        undo_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addLayout(undo_row)
        layout.addWidget(self.buttons)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.undo_button.clicked.connect(self._on_undo)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_edit())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.resize(560, 460)
        self._show_undo(False)
        self.retranslate_ui()

    @classmethod
    def ask(
        cls,
        store: Store,
        activity: Activity,
        clock: Callable[[], Moment],
        parent: QWidget | None = None,
    ) -> tuple[bool, bool]:
        """Show the history modally (the seam): whether anything changed, and whether a log
        was corrected to a crash."""
        dialog = cls(store, activity, clock, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changed, dialog.crash_logged

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("History: {name}").format(name=self._activity.name))
        self.list.setAccessibleName(self.tr("Logs of {name}").format(name=self._activity.name))
        self.empty.setText(self.tr("Nothing logged yet. Rest days count too."))
        self.edit_button.setText(self.tr("Correct…"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_button.setText(self.tr("Undo"))
        self.reload()

    def reload(self) -> None:
        current = self._current_id()  # (an id only: the row may just have been deleted)
        self.list.clear()
        attempts = sorted(
            self._store.attempts.for_activity(self._activity.id),
            key=lambda a: (a.local_date, a.logged_utc, a.id),
            reverse=True,
        )
        for attempt in attempts:
            item = QListWidgetItem(self._describe(attempt))
            item.setData(Qt.ItemDataRole.UserRole, attempt.id)
            self.list.addItem(item)
            if attempt.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not attempts)
        self._update_buttons()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> Attempt | None:
        current = self._current_id()
        return None if current is None else self._store.attempts.get(current)

    def _describe(self, attempt: Attempt) -> str:
        day = QLocale().toString(
            QDate(attempt.local_date.year, attempt.local_date.month, attempt.local_date.day),
            "ddd d MMMM yyyy",
        )
        text = self.tr("{day} · {amount} {unit} · {felt}").format(
            day=day,
            amount=attempt.amount,
            unit=self._activity.unit,
            felt=wording.felt_name(attempt.felt),
        )
        return f"{text} · {attempt.note}" if attempt.note else text

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _show_undo(self, visible: bool) -> None:
        self.undo_bar.setVisible(visible)
        self.undo_button.setVisible(visible)

    def _on_edit(self) -> None:
        attempt = self.selected()
        if attempt is None:
            return
        corrected = LogDialog.ask(self._store, self._activity, self._clock, self, attempt)
        if corrected is not None:
            self.crash_logged |= corrected.felt is Felt.CRASH and attempt.felt is not Felt.CRASH
            self._undo.append(("corrected", attempt))
            self.changed = True
            self._show_last_undo()
            self.reload()

    def _on_delete(self) -> None:
        attempt = self.selected()
        if attempt is None:
            return
        self._undo.append(("deleted", self._store.attempts.delete(attempt.id)))
        self.changed = True
        self._show_last_undo()
        self.reload()

    def _on_undo(self) -> None:
        if not self._undo:
            return
        what, before = self._undo.pop()
        if what == "deleted":
            self._store.attempts.restore(before)
        else:  # corrected: put the earlier values back
            self._store.attempts.update(
                before.id,
                before.amount,
                before.felt,
                before.note,
                before.local_date,
                self._clock().local_date,
                source=before.source,
            )
        self._show_last_undo()
        self.reload()

    def _show_last_undo(self) -> None:
        if self._undo:
            what, before = self._undo[-1]
            text = self.tr("Deleted: {log}") if what == "deleted" else self.tr("Corrected: {log}")
            self.undo_bar.setText(text.format(log=self._describe(before)))
        self._show_undo(bool(self._undo))
