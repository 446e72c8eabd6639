"""The two dialogs about the data as a whole: which backup to put back, and what an import
will add. Each says what will happen before it happens; nothing happens on Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pause_app.text import your_data
from pause_app.ui.widgets.fit import FitsWhenShown
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:  # names for the annotations; the step import's preview needs no importer
    from pause_app.storage.backups import Backup
    from pause_app.storage.importer import Plan


def _layout(dialog: QDialog) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 18)
    layout.setSpacing(14)
    return layout


class RestoreDialog(FitsWhenShown, Retranslating, QDialog):
    """The backups, newest first, with date and rows; the one chosen is put back."""

    def __init__(self, found: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self._found = found
        self.intro = role_label()
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.setSpacing(3)
        self.list.setWordWrap(True)  # a long date in a long language wraps, never hides
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for backup in found:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, backup.name)
            if backup.rows is None:  # a copy that cannot be read is shown, not offered
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.empty = role_label("muted")
        self.explained = role_label("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setProperty("role", "primary")
        # Enter never puts a backup back (Cancel is the default): only a click, or Space on
        # the button.
        self.restore_button.setAutoDefault(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = _layout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.explained)
        layout.addWidget(self.buttons)
        self.list.setVisible(bool(found))
        self.empty.setVisible(not found)
        self.list.currentRowChanged.connect(self._explain)
        first = next((i for i, b in enumerate(found) if b.rows is not None), None)
        if first is not None:
            self.list.setCurrentRow(first)
        self.setTabOrder(self.list, self.restore_button)
        self.setTabOrder(self.restore_button, self.cancel_button)
        self.setMinimumSize(580, 420)
        self.retranslate_ui()
        self.list.setFocus()

    @classmethod
    def ask(cls, found: list[Backup], parent: QWidget | None = None) -> Backup | None:
        """Show the dialog modally; the backup chosen, or None (the seam tests replace)."""
        dialog = cls(found, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.chosen() if accepted else None

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        if row < 0 or self._found[row].rows is None:
            return None
        return self._found[row]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(
            self.tr("Choose the copy of your data to put back. The newest is at the top.")
        )
        self.list.setAccessibleName(self.tr("Backups"))
        for row, backup in enumerate(self._found):
            text = f"{your_data.when(backup.taken)}  ·  {your_data.rows(backup.rows)}"
            text += your_data.before_restore_mark(backup)
            item = self.list.item(row)
            item.setText(text)
            item.setToolTip(backup.name)
        self.empty.setText(self.tr("There are no backups yet. File ▸ Back up now makes one."))
        self.restore_button.setText(self.tr("Restore and restart"))
        self._explain()

    def _explain(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None)
        text = "" if chosen is None else your_data.restore_explained(chosen)
        self.explained.setText(text)
        self.explained.setVisible(bool(text))
        self.restore_button.setAccessibleDescription(text)


class PreviewDialog(FitsWhenShown, Retranslating, QDialog):
    """The frame of a preview before an import: where it comes from, what it will do, a calm
    line, and Import or Cancel (Close alone when there is nothing to do). The dialogs that
    use it give the words."""

    def __init__(self, can_import: bool, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = role_label("muted", selectable=True)
        self.preview = role_label(selectable=True)
        self.reassurance = role_label("muted")
        self.import_button: QPushButton | None = None
        if can_import:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
            self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            self.import_button.setProperty("role", "primary")
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = _layout(self)
        layout.setSpacing(spacing)
        for widget in (self.source, self.preview, self.reassurance):
            layout.addWidget(widget)
        layout.addStretch(1)  # any room to spare goes below the words, none above them
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


class ImportDialog(PreviewDialog):
    """What an import will add, as the command line says it, then Import or Cancel."""

    def __init__(self, plan: Plan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(not plan.adds_nothing, 14, parent)
        self.setObjectName("import_dialog")
        self._plan = plan
        self._file_name = file_name
        self.retranslate_ui()

    @classmethod
    def ask(cls, plan: Plan, file_name: str, parent: QWidget | None = None) -> bool:
        """Show the dialog modally; True when Import was chosen (the seam tests replace)."""
        dialog = cls(plan, file_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted and not plan.adds_nothing

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        self.source.setText(self.tr("From {file}").format(file=self._file_name))
        lines = your_data.import_preview(self._plan)
        self.preview.setText("\n".join(lines))
        self.preview.setAccessibleName(self.tr("What the import adds"))
        self.reassurance.setText(
            self.tr(
                "Nothing that is here already is changed or removed; only what is new is added."
            )
        )
        self.reassurance.setVisible(not self._plan.adds_nothing)
        if self.import_button is not None:
            self.import_button.setText(self.tr("Import"))
