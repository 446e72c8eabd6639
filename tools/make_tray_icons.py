"""Render the tray icons from their SVGs into PNGs, one for each size a tray asks for.

    python tools/make_tray_icons.py      (writes resources/icons/tray-*-SIZE.png)

A start in the tray shows its icon before anything else: from PNGs the icon needs no SVG
renderer (QtSvg and its icon engine, some 0.7 MiB of the tray's memory). The SVGs stay the
source: tests/test_tray_icons.py fails when a PNG no longer matches its SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT))

from pause_app.ui.reminders.tray import ICON_SIZES as SIZES  # noqa: E402
from pause_app.ui.reminders.tray import ICONS as BY_STATUS  # noqa: E402

NAMES = tuple(sorted(set(BY_STATUS.values())))


def png_path(name: str, size: int) -> Path:
    return ICONS / f"{name}-{size}.png"


def render(name: str, size: int) -> object:
    """The SVG drawn at ``size`` pixels, as a QImage (straight alpha, ARGB32)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / f"{name}.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in NAMES:
        for size in SIZES:
            image = render(name, size)
            if not image.save(str(png_path(name, size)), "PNG"):  # type: ignore[attr-defined]
                print(f"could not write {png_path(name, size)}", file=sys.stderr)
                return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
