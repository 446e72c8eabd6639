"""The tray's icons are PNGs rendered from their SVGs (tools/make_tray_icons.py), so that
the icon shows without an SVG renderer; the SVGs stay the source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from pause_app.ui.reminders.tray import ICON_SIZES, ICONS, Tray, tray_icon
from tests.helpers.fresh import run_fresh

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import make_tray_icons  # noqa: E402

NAMES = sorted(set(ICONS.values()))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_its_svg_at_that_size(qapp, name: str, size: int) -> None:
    """Run `python tools/make_tray_icons.py` after changing an SVG."""
    drawn = make_tray_icons.render(name, size)
    saved = QImage(str(make_tray_icons.png_path(name, size)))
    assert not saved.isNull(), f"{name}-{size}.png is missing"
    saved = saved.convertToFormat(QImage.Format.Format_ARGB32)
    assert (saved.width(), saved.height()) == (size, size)
    worst = max(
        abs(a - b)
        for y in range(size)
        for x in range(size)
        for a, b in zip(
            saved.pixelColor(x, y).getRgb(), drawn.pixelColor(x, y).getRgb(), strict=True
        )
    )
    assert worst <= 2, f"{name}-{size}.png is not what its SVG draws now"


def test_the_icon_has_every_size(qapp) -> None:
    icon = tray_icon("tray-active")
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert not icon.pixmap(22, 22).isNull()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_the_tray_shows_its_icon_without_loading_qt_svg() -> None:
    """In a fresh process, as a start in the tray: Qt's SVG library stays unloaded."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from pause_app.ui.reminders.tray import Tray\n"
        "tray = Tray()\n"
        "tray.icon.icon().pixmap(22, 22)\n"
        "print('Svg' in open('/proc/self/maps').read())\n"
    )
    assert run_fresh(code).stdout.strip() == "False"


def test_a_tray_icon_is_made_once_a_state(qapp) -> None:
    tray = Tray()
    first = tray._icon("tray-paused")
    assert tray._icon("tray-paused") is first
