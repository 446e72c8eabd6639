"""Widgets that follow a live change of language."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix into a widget (before the Qt class) that has ``retranslate_ui``: it re-runs on a
    live language change (Frescobaldi's ``translateUI()`` habit)."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
