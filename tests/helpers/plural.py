"""Plural forms as the English catalogue gives them ("1 day", "2 days"), whether or not a
new "%n day(s)" string has reached the catalogue yet (until then Qt shows "2 day(s)")."""

from __future__ import annotations

import re

_ONE = re.compile(r"(?<![\d,.])1 ([^\d\n(]*?)\(s\)")


def plain(text: str) -> str:
    """``text`` with "1 day(s)" as "1 day" and "2 day(s)" as "2 days"."""
    return _ONE.sub(r"1 \1", text).replace("(s)", "s")
