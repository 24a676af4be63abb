"""intimacy_kit: relationship-communication heuristics as a pure Python library.

A taxonomy of the barriers to emotional intimacy, a catalogue of exercises that address
them, a detector of judgmental language and a rewriter that turns blaming "you"-messages
into I-statements. The package does no I/O: every function takes values and returns
immutable values.
"""

from intimacy_kit._catalogue import (
    BARRIERS,
    EXERCISES,
    barriers,
    exercises,
    exercises_for,
    get_barrier,
    get_exercise,
    practice_plan,
)
from intimacy_kit._catalogue_model import (
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
from intimacy_kit._detector import detect, detect_many
from intimacy_kit._model import Category, Finding, Severity
from intimacy_kit._rule import Hedge, Rule, RuleError, RuleSet
from intimacy_kit._rules import DEFAULT_RULES
from intimacy_kit._version import __version__

__all__ = [
    "BARRIERS",
    "DEFAULT_RULES",
    "EXERCISES",
    "Barrier",
    "BarrierKind",
    "Category",
    "Difficulty",
    "Exercise",
    "Finding",
    "Hedge",
    "PlanDay",
    "PlanItem",
    "PracticePlan",
    "Rule",
    "RuleError",
    "RuleSet",
    "Severity",
    "Source",
    "Who",
    "__version__",
    "barriers",
    "detect",
    "detect_many",
    "exercises",
    "exercises_for",
    "get_barrier",
    "get_exercise",
    "practice_plan",
]
