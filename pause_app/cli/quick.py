"""The plain start's options, read without the grammar.

``pause-app`` and ``pause-app --minimized`` (with ``--data-dir``, ``--lang``, ``-v``) are
how Pause starts at login: they need none of the subcommands, their translated help, or
the argparse grammar that holds them. Anything else (a command, ``--help``, a word this
reader does not know for certain) is left to the full parser, which words every message.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

from pause_app.text import LANGUAGES

_FLAGS = {"--minimized": "minimized", "-v": "verbose", "--verbose": "verbose"}
_VALUES = {"--data-dir": "data_dir", "--lang": "lang"}


def first_command(argv: Sequence[str]) -> str | None:
    """The first positional word, skipping the values of the global options."""
    takes_value = {"--data-dir", "--lang"}
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token == "--":
            return None
        if token in takes_value:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return token
    return None


def start_options(argv: Sequence[str]) -> SimpleNamespace | None:
    """The options of a start without a command, as the full parser reads them; None when
    the line holds anything else, for the full parser to read (or refuse) as it does."""
    found: dict[str, object] = {
        "command": None,
        "data_dir": None,
        "lang": None,
        "minimized": False,
        "verbose": False,
    }
    tokens = list(argv)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in _FLAGS:
            found[_FLAGS[token]] = True
        elif token in _VALUES and index + 1 < len(tokens) and _plain(tokens[index + 1]):
            found[_VALUES[token]] = tokens[index + 1]
            index += 1
        elif "=" in token and token.split("=", 1)[0] in _VALUES and _plain(token.split("=", 1)[1]):
            name, value = token.split("=", 1)
            found[_VALUES[name]] = value
        else:
            return None
        index += 1
    if found["lang"] is not None and found["lang"] not in LANGUAGES:
        return None
    return SimpleNamespace(**found)


def _plain(value: str) -> bool:
    """A value argparse takes as it is: not empty, not looking like an option."""
    return bool(value) and not value.startswith("-")
