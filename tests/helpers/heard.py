"""What a screen reader would hear: every announcement the app makes, as (who, line)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QWidget

from pause_app.ui.widgets.announce import listeners


@contextmanager
def listening() -> Iterator[list[tuple[str, str]]]:
    """The lines announced while inside, with the object name of the widget that said each."""
    lines: list[tuple[str, str]] = []

    def listen(widget: QWidget, text: str) -> None:
        lines.append((widget.objectName(), text))

    listeners.append(listen)
    try:
        yield lines
    finally:
        listeners.remove(listen)
