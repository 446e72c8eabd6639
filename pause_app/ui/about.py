"""The About dialog: what Pause is, what it is not, and where its data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from pause_app import __version__
from pause_app.storage.paths import AppPaths
from pause_app.text import wording
from pause_app.ui.widgets.fit import FitsWhenShown
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating


class AboutDialog(FitsWhenShown, Retranslating, QDialog):
    def __init__(self, app_paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self._paths = app_paths
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        self.title = role_label("heading", wrap=False)
        self.summary = role_label(selectable=True)
        self.disclaimer_heading = role_label("subheading", wrap=False)
        self.disclaimer = role_label(selectable=True)
        self.data_location = role_label("muted", selectable=True)
        for widget in (
            self.title,
            self.summary,
            self.disclaimer_heading,
            self.disclaimer,
            self.data_location,
        ):
            layout.addWidget(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Wide enough for a folder on one line: the dialog stays within small screens.
        self.setMinimumWidth(600)
        self.retranslate_ui()

    @classmethod
    def ask(cls, app_paths: AppPaths, parent: QWidget | None = None) -> None:
        """Show the dialog modally (the seam tests replace)."""
        dialog = cls(app_paths, parent)
        dialog.exec()
        dialog.deleteLater()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Pause"))
        self.title.setText(self.tr("Pause {version}").format(version=__version__))
        self.summary.setText(
            self.tr(
                "A calm companion for slow recovery: short pauses to stop, breathe, feel safe "
                "and continue, and goals that grow in tiny steps, at your own pace."
            )
        )
        self.disclaimer_heading.setText(self.tr("Please read"))
        self.disclaimer.setText(self.disclaimer_text())
        self.data_location.setText(
            self.tr("Your data stays on this computer, in {folder}").format(
                folder=self._paths.data_dir
            )
            + "\n"
            + self.tr("A backup is made each day, in {folder}").format(folder=self._paths.backups)
        )

    def disclaimer_text(self) -> str:
        return wording.disclaimer()
