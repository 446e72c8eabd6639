"""Widget tests: fail any test that leaves windows open or timers running."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_leaked_windows(no_leaked_windows: None) -> None:
    """Every test here fails when it leaves windows open or timers running."""
