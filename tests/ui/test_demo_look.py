"""The look's screenshots render (make screenshots runs them all): the welcome with its safety
notes, and the focus on each kind of control."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from pause_app.ui import demo_look
from tests.helpers.look import applied


def test_the_welcome_and_the_focus_screenshots_render(tmp_path: Path) -> None:
    with applied("dark", "high"):
        demo_look.welcome_screenshots(tmp_path, "en-test")
        demo_look.focus_screenshots(tmp_path, "en-test")
    names = {path.name for path in tmp_path.iterdir()}
    for kind in (
        "sidebar",
        "main-action",
        "drop-down",
        "button",
        "toggle",
        "check-box",
        "slider",
        "tabs",
    ):
        assert f"focus-{kind}-en-test.png" in names, kind
    plain = QImage(str(tmp_path / "welcome-en-test.png"))
    notes = QImage(str(tmp_path / "welcome-safety-notes-en-test.png"))
    assert not plain.isNull() and plain.width() > 300
    assert notes.height() > plain.height()  # the safety notes opened, the dialog grew
