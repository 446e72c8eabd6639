"""Build stores with a known history."""

from __future__ import annotations

from pathlib import Path

from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock


def open_store(app_paths: AppPaths, clock: FakeClock) -> Store:
    app_paths.create()
    return Store.open(app_paths.database, clock().utc)


def file_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""
