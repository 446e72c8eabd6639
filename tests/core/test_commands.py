"""The command a second start sends the running Pause: structure that survives a socket."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pause_app.core.breathing import CUSTOM_PATTERN, MAX_SESSION_MINUTES, PRESETS
from pause_app.core.commands import BadCommand, WindowCommand

commands = st.one_of(
    st.just(WindowCommand()),
    st.just(WindowCommand("pause")),
    st.builds(
        WindowCommand,
        st.just("breathe"),
        st.none() | st.sampled_from([*PRESETS, CUSTOM_PATTERN]),
        st.none() | st.integers(1, MAX_SESSION_MINUTES),
    ),
)


@given(commands)
def test_every_command_comes_back_the_same_through_json(command: WindowCommand) -> None:
    assert WindowCommand.from_message(json.loads(json.dumps(command.to_message()))) == command


def test_the_message_is_plain_structure() -> None:
    assert WindowCommand("breathe", "calm", 2).to_message() == {
        "command": "breathe",
        "pattern": "calm",
        "minutes": 2,
    }
    assert WindowCommand().to_message() == {"command": "open"}


@pytest.mark.parametrize(
    "message",
    [
        None,
        [],
        "breathe",
        {},
        {"argv": ["breathe"]},
        {"command": "quit"},
        {"command": "breathe", "pattern": "nonsense"},
        {"command": "breathe", "pattern": 4},
        {"command": "breathe", "minutes": 0},
        {"command": "breathe", "minutes": MAX_SESSION_MINUTES + 1},
        {"command": "breathe", "minutes": 2.5},
        {"command": "breathe", "minutes": True},
        {"command": "breathe", "minutes": "2"},
        {"command": "pause", "minutes": 2},
        {"command": "open", "pattern": "calm"},
        {"command": "pause", "cwd": "/"},
    ],
)
def test_anything_else_is_refused(message: object) -> None:
    with pytest.raises(BadCommand):
        WindowCommand.from_message(message)
