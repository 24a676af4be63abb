"""The catalogue: the barriers to emotional intimacy and the exercises that address them.

Both are data, written in our own words from the five seed texts and general knowledge of
the field, as frozen values with their sources as fields. The public names are re-exported
from the package root, :mod:`intimacy_kit`; this package only groups the modules that hold
them (the value types, the barrier taxonomy, the exercises, the sources and the look-ups).
"""

from __future__ import annotations

from intimacy_kit.catalogue._lookup import (
    BARRIERS,
    EXERCISES,
    barriers,
    exercises,
    exercises_for,
    get_barrier,
    get_exercise,
    practice_plan,
)
from intimacy_kit.catalogue._model import (
    Barrier,
    BarrierKind,
    Difficulty,
    Exercise,
    PlanDay,
    PlanItem,
    PracticePlan,
    Source,
    Who,
)

__all__ = [
    "BARRIERS",
    "EXERCISES",
    "Barrier",
    "BarrierKind",
    "Difficulty",
    "Exercise",
    "PlanDay",
    "PlanItem",
    "PracticePlan",
    "Source",
    "Who",
    "barriers",
    "exercises",
    "exercises_for",
    "get_barrier",
    "get_exercise",
    "practice_plan",
]
