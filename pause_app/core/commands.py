"""What a start of Pause asks the window to do, as plain structure.

The command line parses once and builds a ``WindowCommand``. When Pause is already running,
the second start sends ``to_message()`` over the single-instance socket, and the running
one rebuilds the command with ``from_message()``: it never parses a command line again.
A message from another process is untrusted, so ``from_message`` accepts exactly the
shapes ``to_message`` makes and refuses everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Action = Literal["open", "pause", "breathe"]
ACTIONS: tuple[Action, ...] = ("open", "pause", "breathe")


class BadCommand(ValueError):
    """A message that is not a command this version of Pause understands."""


@dataclass(frozen=True)
class WindowCommand:
    """Open the window; start the pause exercise; or breathe a while.

    ``pattern`` and ``minutes`` belong to ``breathe`` only; ``None`` means the one chosen last.
    """

    action: Action = "open"
    pattern: str | None = None
    minutes: int | None = None

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise BadCommand(f"unknown command {self.action!r}")
        if self.action != "breathe" and (self.pattern is not None or self.minutes is not None):
            raise BadCommand(f"{self.action} takes no pattern or minutes")
        if self.pattern is not None or self.minutes is not None:
            self._check_breathing()

    def _check_breathing(self) -> None:
        # The breathing rules load only when a command names a pattern or minutes: a plain
        # start (the tray at login) does not wait for them.
        from pause_app.core.breathing import CUSTOM_PATTERN, MAX_SESSION_MINUTES, PRESETS

        if self.pattern is not None and self.pattern not in (*PRESETS, CUSTOM_PATTERN):
            raise BadCommand(f"unknown pattern {self.pattern!r}")
        if self.minutes is not None and (
            type(self.minutes) is not int or not 1 <= self.minutes <= MAX_SESSION_MINUTES
        ):
            raise BadCommand(f"minutes must be a whole number from 1 to {MAX_SESSION_MINUTES}")

    def to_message(self) -> dict[str, object]:
        """For example ``{"command": "breathe", "pattern": "calm", "minutes": 2}``."""
        message: dict[str, object] = {"command": self.action}
        if self.pattern is not None:
            message["pattern"] = self.pattern
        if self.minutes is not None:
            message["minutes"] = self.minutes
        return message

    @classmethod
    def from_message(cls, message: object) -> WindowCommand:
        """The command a message holds; ``BadCommand`` for anything else."""
        if not isinstance(message, dict):
            raise BadCommand("a command is a JSON object")
        unknown = set(message) - {"command", "pattern", "minutes"}
        if unknown:
            raise BadCommand(f"unknown fields {sorted(map(str, unknown))}")
        action = message.get("command")
        pattern = message.get("pattern")
        minutes = message.get("minutes")
        if not isinstance(action, str) or action not in ACTIONS:
            raise BadCommand(f"unknown command {action!r}")
        if pattern is not None and not isinstance(pattern, str):
            raise BadCommand("the pattern is a name")
        if minutes is not None and type(minutes) is not int:
            raise BadCommand("minutes is a whole number")
        return cls(action, pattern, minutes)
