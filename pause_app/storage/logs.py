"""Logging to a rotating file in the log dir (and to stderr with ``--verbose``)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from pause_app.storage.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def teardown() -> None:
    """Remove and close the handlers ``setup`` added."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pause_app", False):
            root.removeHandler(handler)
            handler.close()


def setup(paths: AppPaths, verbose: bool = False) -> None:
    teardown()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    paths.log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=512 * 1024, backupCount=3, encoding="utf-8", delay=True
    )
    handlers: list[logging.Handler] = [file_handler]
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler._pause_app = True  # type: ignore[attr-defined]
        root.addHandler(handler)
