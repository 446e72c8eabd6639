"""The plain start's reader gives what the full grammar gives, or leaves the line to it."""

from __future__ import annotations

import pytest

from pause_app.cli.parser import build_parser
from pause_app.cli.quick import start_options

READ = [
    [],
    ["--minimized"],
    ["-v"],
    ["--verbose", "--minimized"],
    ["--data-dir", "/tmp/x", "--lang", "nl"],
    ["--data-dir=/tmp/x", "--lang=en", "--minimized", "-v"],
    ["--lang", "en", "--lang", "nl"],
]
LEFT = [
    ["--help"],
    ["-h"],
    ["--version"],
    ["pause"],
    ["--minimized", "breathe"],
    ["--lang", "de"],
    ["--lang"],
    ["--data-dir"],
    ["--data-dir", "--minimized"],
    ["--data-dir="],
    ["--data", "/tmp/x"],
    ["--"],
    ["-vv"],
    ["--minimised"],
]


@pytest.mark.parametrize("argv", READ)
def test_a_plain_start_reads_as_the_grammar_does(argv: list[str]) -> None:
    quick = start_options(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", LEFT)
def test_anything_else_is_left_to_the_grammar(argv: list[str]) -> None:
    assert start_options(argv) is None
