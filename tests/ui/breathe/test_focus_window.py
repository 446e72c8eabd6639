from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pause_app.ui.breathe.focus_window import FocusWindow


class _Exercise(QWidget):
    """Stands in for the exercise view: the window only holds it."""


def test_it_holds_the_view_and_says_when_it_is_left(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    window = FocusWindow(owner)
    assert window.isWindow() and window.parent() is owner
    view = _Exercise()
    window.take(view)  # type: ignore[arg-type]
    assert view.parent() is window and view.isVisibleTo(window)
    window.show()
    with qtbot.waitSignal(window.left):
        window.close()
    window.give_back(view)  # type: ignore[arg-type]
    assert window.layout().indexOf(view) == -1
    view.setParent(None)
    view.deleteLater()
