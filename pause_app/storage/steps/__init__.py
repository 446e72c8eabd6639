"""Steps (and resting heart rate) from the files phones, watches and bands export
(docs/STEPS.md): one reader per format, all hostile input, nothing written while reading;
then a plan (what would change) and its one transaction."""

from pause_app.storage.steps.common import (
    StepFormat,
    StepsCancelled,
    StepsRead,
    StepsRefusal,
    StepsRefused,
)
from pause_app.storage.steps.plan import (
    StepsPlan,
    apply_steps,
    plan_for_new,
    plan_steps,
    start_day,
)
from pause_app.storage.steps.reading import read_steps

__all__ = [
    "StepFormat",
    "StepsCancelled",
    "StepsPlan",
    "StepsRead",
    "StepsRefusal",
    "StepsRefused",
    "apply_steps",
    "plan_for_new",
    "plan_steps",
    "read_steps",
    "start_day",
]
