"""The look's screenshots render (make screenshots runs them all): the welcome with its safety
notes, and the focus on each kind of control."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from pause_app.ui import demo_look
from pause_app.ui.demo import demo_store
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
        "radio",  # the log form's feelings
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


def test_the_log_form_check_in_and_settings_render_at_large_text(tmp_path: Path) -> None:
    with applied(desktop_points=QApplication.font().pointSizeF() * 2), demo_store() as (store, _):
        demo_look.dialog_screenshots(store, tmp_path, "text-2x", "en")
    for name in ("log", "checkin", "settings"):
        image = QImage(str(tmp_path / f"text-2x-{name}-en.png"))
        assert not image.isNull() and image.width() > 300, name
