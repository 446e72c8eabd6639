"""The bundle's executable: what ``pause-app`` and ``python -m pause_app`` run.

A Python started in the plain "C" locale switches its own LC_CTYPE to UTF-8 (PEP 538), so
Qt sees UTF-8 and stays quiet; a bundle has no such Python start, so it does the same here.

``PAUSE_BUNDLE_CHECK=1`` makes it import every module of Pause in the bundle, and the chart's
NumPy and pyqtgraph, then say what failed and stop: the window loads some of them only when
a page first shows, so a library that does not load in the bundle would otherwise show up
only then (tests/e2e/test_bundle.py).
"""

import os
import sys

if sys.platform != "win32" and not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"


def check_imports() -> int:
    import importlib
    import pkgutil

    import pause_app

    names = [info.name for info in pkgutil.walk_packages(pause_app.__path__, "pause_app.")]
    failed = []
    for name in ["numpy", "pyqtgraph", *names]:
        try:
            importlib.import_module(name)
        except Exception as error:
            last = (str(error).strip().splitlines() or [""])[-1]  # NumPy's is a page long
            failed.append(f"{name}: {type(error).__name__}: {last}")
    print("\n".join(failed) if failed else f"{len(names)} modules of Pause import")
    return 1 if failed else 0


if __name__ == "__main__":
    if os.environ.get("PAUSE_BUNDLE_CHECK") == "1":
        sys.exit(check_imports())
    from pause_app.__main__ import main

    sys.exit(main())
