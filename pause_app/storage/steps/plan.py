"""What an import would change, and the change itself in one transaction.

An imported day is one log (an attempt) with no feeling ("not said") and its source, for
example ``apple-health:iPhone``. Importing the same file again changes nothing; a newer
export updates the days whose count changed; a day with a log the user typed stays theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from pause_app.storage.steps.common import StepsRead

if TYPE_CHECKING:
    from pause_app.storage.store import Store


@dataclass(frozen=True)
class StepsPlan:
    read: StepsRead
    activity_id: int
    first: date | None
    last: date | None
    total_steps: int
    new_days: int
    updated_days: int
    unchanged_days: int
    kept_days: int
    """Days with the user's own typed log: kept as theirs, the import leaves them alone."""
    heart_days: int
    """Days of resting heart rate that are new or changed."""
    future_days: int = 0
    """Days after today in the file (a clock set wrong): left out."""

    @property
    def changes(self) -> bool:
        return bool(self.new_days or self.updated_days or self.heart_days)


def plan_steps(
    store: Store, activity_id: int, read: StepsRead, *, today: date | None = None
) -> StepsPlan:
    """What importing ``read`` into the activity would do; reads only."""
    raise NotImplementedError


def apply_steps(store: Store, plan: StepsPlan, now: datetime) -> None:
    """Write the plan in one transaction (planned again inside it, so a log typed meanwhile
    is still kept). ``now``: aware, in the user's zone."""
    raise NotImplementedError
