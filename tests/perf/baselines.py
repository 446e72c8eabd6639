"""The bare programs every figure in ``bench_targets.py`` is measured against.

Each is the least a PySide6 program can do to show the same thing as Pause, so a ratio
says what Pause adds on top of Qt itself:

- ``BARE_TRAY``: a QApplication, a tray icon with a menu, and a hidden main window
  (shown with ``--window``). It says ``bare program is running`` on stderr once the
  event loop turns after the icon (or window) was shown, as Pause logs its own start.
- ``BARE_CIRCLE``: a window that paints one breathing circle with QPainter at a given
  frame rate, the whole widget each frame, nothing kept between frames.
"""

from __future__ import annotations

BARE_TRAY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon
app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
window = QMainWindow()
window.resize(860, 600)
pixmap = QPixmap(32, 32)
pixmap.fill(QColor("#4a7c59"))
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
menu.addAction("Open")
menu.addAction("Quit", app.quit)
tray.setContextMenu(menu)
tray.show()
if "--window" in sys.argv:
    window.show()
QTimer.singleShot(0, lambda: print("bare program is running", file=sys.stderr, flush=True))
sys.exit(app.exec())
"""

BARE_CIRCLE = """
import math, sys, time
from PySide6.QtCore import Qt, QTimer, QPointF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget
fps = float(sys.argv[1])

class Circle(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f4f1ea"))
        phase = (math.sin(time.monotonic() * 2 * math.pi / 10) + 1) / 2
        radius = min(self.width(), self.height()) * (0.15 + 0.25 * phase)
        painter.setBrush(QColor("#4a7c59"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), radius, radius)
        painter.end()

app = QApplication(sys.argv[:1])
circle = Circle()
circle.resize(860, 600)
circle.show()
timer = QTimer()
timer.setTimerType(Qt.TimerType.PreciseTimer)
timer.setInterval(round(1000 / fps))
timer.timeout.connect(circle.update)
timer.start()
QTimer.singleShot(0, lambda: print("bare program is running", file=sys.stderr, flush=True))
sys.exit(app.exec())
"""
