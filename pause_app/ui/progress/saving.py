"""Saving what the chart shows: the chart as a PNG image, the days shown as a CSV table.

Both go through one flow (``Saver.save``), so both keep the same care: the file is written
atomically and readable by its owner only (``storage.export``), never into Pause's own folders
(``storage.paths.within``, as the command line's export), and never over a file whose name the
dialog did not ask about. The table's text cells are made safe for spreadsheets
(``export.cell``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from pause_app.core import series as core_series
from pause_app.core.model import Activity
from pause_app.core.series import ActivitySeries, CalmSeries
from pause_app.storage import export, paths
from pause_app.text import wording

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class SaveLocation:
    """The seam for the save dialogs (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget, caption: str, suggested: Path, name_filter: str) -> Path | None:
        name, _chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), name_filter)
        return Path(name) if name else None


def png_bytes(widget: QWidget) -> bytes:
    """The widget as drawn on screen, as a PNG file's bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    return bytes(buffer.data().data())


def days_csv(
    shown: Sequence[tuple[Activity, ActivitySeries]], calm: CalmSeries, first: date, last: date
) -> str:
    """The days from ``first`` to ``last`` of each activity shown, as one table."""
    texts: list[str] = []
    for activity, data in shown:
        rows = core_series.chart_rows(data, calm, first, last)
        text = export.chart_csv(rows, activity)
        texts.append(text if not texts else text.split("\n", 1)[1])  # one header
    return "".join(texts)


def _suggested(today: date, suffix: str) -> Path:
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    return Path(folder) / f"pause-progress-{today.isoformat()}.{suffix}"


class Saver:
    """Asks where to save, writes, and says in one line (``say``) where the file went or why
    it did not; ``own_files`` are the folders and files Pause keeps (``AppPaths.own_files``)."""

    def __init__(
        self, parent: QWidget, own_files: Callable[[], set[Path]], say: Callable[[str], None]
    ) -> None:
        self._parent = parent
        self._own_files = own_files
        self._say = say

    def save_image(self, today: date, image: Callable[[], bytes]) -> Path | None:
        return self.save(
            translate("ProgressChart", "Save the chart as an image"),
            translate("ProgressChart", "PNG images (*.png)"),
            _suggested(today, "png"),
            lambda target: export.write_image(image(), target),
        )

    def save_table(self, today: date, text: Callable[[], str]) -> Path | None:
        return self.save(
            translate("ProgressChart", "Save the days shown as a table"),
            translate("ProgressChart", "CSV tables (*.csv)"),
            _suggested(today, "csv"),
            lambda target: export.write_table(text(), target),
        )

    def save(
        self, caption: str, name_filter: str, suggested: Path, write: Callable[[Path], None]
    ) -> Path | None:
        """The one flow: the file gets the suggested name's suffix, and ``write`` runs only
        once the name is known to be safe."""
        target = SaveLocation.ask(self._parent, caption, suggested, name_filter)
        if target is None:
            return None
        if target.suffix.lower() != suggested.suffix:
            target = target.with_name(target.name + suggested.suffix)
            if target.exists():  # the dialog asked about the name without the suffix
                self._say(
                    translate(
                        "ProgressChart", "{path} already exists; choose another name."
                    ).format(path=target)
                )
                return None
        if paths.within(target, self._own_files()):
            self._say(wording.inside_own_folders(str(target)))
            return None
        try:
            write(target)
        except OSError as error:
            log.warning("could not save %s: %s", target, error)
            self._say(
                translate("ProgressChart", "Could not save {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                )
            )
            return None
        self._say(translate("ProgressChart", "Saved {path}.").format(path=target))
        return target
