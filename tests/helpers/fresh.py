"""Code run in a fresh interpreter, offscreen: what a start imports, loads or prints is its
own, not what earlier tests left in this process."""

from __future__ import annotations

import os
import subprocess
import sys


def run_fresh(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -c code`` with ``env`` added to this environment; fails on a non-zero exit."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        check=True,
    )
