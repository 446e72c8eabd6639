"""The bundle's executable: what ``pause-app`` and ``python -m pause_app`` run.

A Python started in the plain "C" locale switches its own LC_CTYPE to UTF-8 (PEP 538), so
Qt sees UTF-8 and stays quiet; a bundle has no such Python start, so it does the same here.
"""

import os
import sys

if sys.platform != "win32" and not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"

from pause_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
