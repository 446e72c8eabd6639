"""A lighter look by PySide6 at each module Pause imports.

PySide6 decides, for every module imported after it, whether the module may use its
``__feature__`` switches (snake_case names, true properties): it searches the module's
source for the word "PySide6". It reads that source with ``inspect.getsource``, through
``linecache``, which keeps every file it read for the life of the process: about 5 MiB of
source text in the tray, in small strings scattered among the modules themselves, so the
memory is not given back even when the cache is cleared.

``read_sources_lightly`` gives PySide6 the same answer from the file's bytes, read once and
let go. The check is PySide6's private function (``shibokensupport.feature``); where a
version has no such function, or the module has no ``.py`` file, PySide6's own is used.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_LIGHT = "_pause_reads_lightly"


def read_sources_lightly() -> bool:
    """Answer PySide6's question from the file's bytes; False where PySide6 asks no more
    (not imported yet, or a version without the check)."""
    feature = sys.modules.get("shibokensupport.feature")
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None or not callable(check):
        return False
    if getattr(check, _LIGHT, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return check(module)

    setattr(uses_pyside, _LIGHT, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


def load_pyside() -> None:
    """PySide6, and the lighter look at every module of Pause imported after it: first thing
    on a way that leads to Qt (a start, a subcommand). Not before: a plain start that only
    hands its command over (``cli.main``) needs no Qt at all."""
    import PySide6.QtCore  # noqa: F401

    read_sources_lightly()
