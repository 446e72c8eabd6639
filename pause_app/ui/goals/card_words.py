"""What a goal card says and asks beyond its own lines: the calm words after a success, the
names its buttons carry for a screen reader, and its questions (rename, a number, archive)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QMessageBox, QWidget

from pause_app.core.model import Attempt, Felt

translate = QCoreApplication.translate


def celebration_line(attempt: Attempt) -> str:
    """Different words over time, all calm; in the language shown now (the page keeps the
    attempt, not the words, so a change of language reaches the line too)."""
    if attempt.felt is Felt.TIRED:
        return translate("GoalCard", "Rest is part of it. Listening to your body is a success too.")
    lines = (
        translate("GoalCard", "I did it! A small step, and it counts."),
        translate("GoalCard", "I did it! Steady and gentle, one day at a time."),
        translate("GoalCard", "I did it! Well done for keeping it small."),
        translate("GoalCard", "I did it! This is how it grows."),
    )
    return lines[attempt.id % len(lines)]


def name_buttons(
    activity: str,
    did_it: QAbstractButton,
    log: QAbstractButton,
    more: QAbstractButton,
    others: tuple[QAbstractButton, ...] = (),
) -> None:
    """Every card has "I did it!", "Log…", "More": to a screen reader each button says its
    card's activity too ("I did it: Steps inside"); the other buttons add it to their name."""
    did_it.setAccessibleName(translate("GoalCard", "I did it: {name}").format(name=activity))
    log.setAccessibleName(translate("GoalCard", "Log: {name}").format(name=activity))
    more.setAccessibleName(translate("GoalCard", "More: {name}").format(name=activity))
    for button in others:
        said = button.accessibleName() or button.text()  # "Undo today's log of 50 steps"
        button.setAccessibleName(
            translate("GoalCard", "{button}: {name}").format(button=said, name=activity)
        )


def ask_name(parent: QWidget, current: str) -> str | None:
    """The seam for the rename question (tests replace it)."""
    name, ok = QInputDialog.getText(
        parent,
        translate("GoalCard", "Rename"),
        translate("GoalCard", "New name:"),
        text=current,
    )
    return name if ok else None


def ask_number(
    parent: QWidget, title: str, label: str, value: int, low: int, high: int
) -> int | None:
    """The seam for a number question: a smaller step, or a target by hand."""
    number, ok = QInputDialog.getInt(parent, title, label, value, low, high)
    return number if ok else None


def confirm_archive(parent: QWidget, name: str) -> bool:
    """The seam for the archive question (tests replace it)."""
    answer = QMessageBox.question(
        parent,
        translate("GoalCard", "Archive"),
        translate("GoalCard", "Archive “{name}”? It leaves the list; its history is kept.").format(
            name=name
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
