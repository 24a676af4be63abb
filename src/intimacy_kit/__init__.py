"""intimacy_kit: relationship-communication heuristics as a pure Python library.

A taxonomy of the barriers to emotional intimacy, a catalogue of exercises that address
them, a detector of judgmental language and a rewriter that turns blaming "you"-messages
into I-statements. The package does no I/O: every function takes values and returns
immutable values.

The public names below are re-exported from small private modules. The value types
used everywhere are imported at once; the rest (the rules, the rewriter, the catalogue
data) load on first use, so that ``import intimacy_kit`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from intimacy_kit._model import Category, Finding, Findings, Severity
from intimacy_kit._version import __version__

if TYPE_CHECKING:  # the same names, for type checkers and IDEs
    from intimacy_kit._analysis import (
        Analysis,
        BarrierSignal,
        ConversationAnalysis,
        Evidence,
        SpeakerSummary,
        Turn,
        analyze,
        analyze_conversation,
    )
    from intimacy_kit._batch import (
        analyze_many,
        rewrite_many,
    )
    from intimacy_kit._records import (
        to_records,
    )
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
    from intimacy_kit.detection._detector import (
        detect,
        detect_many,
    )
    from intimacy_kit.detection._rule import (
        Hedge,
        Rule,
        RuleError,
        RuleSet,
    )
    from intimacy_kit.detection.rules import (
        DEFAULT_RULES,
    )
    from intimacy_kit.rewriting._model import (
        CONFIDENCE_THRESHOLD,
        STYLES,
        Edit,
        Rewrite,
        RewriteParts,
        Style,
        StyleName,
    )
    from intimacy_kit.rewriting._rewriter import (
        rewrite,
    )

# Where each lazily loaded public name lives.
_LAZY: dict[str, str] = {
    "Analysis": "intimacy_kit._analysis",
    "BARRIERS": "intimacy_kit.catalogue._lookup",
    "Barrier": "intimacy_kit.catalogue._model",
    "BarrierKind": "intimacy_kit.catalogue._model",
    "BarrierSignal": "intimacy_kit._analysis",
    "CONFIDENCE_THRESHOLD": "intimacy_kit.rewriting._model",
    "ConversationAnalysis": "intimacy_kit._analysis",
    "DEFAULT_RULES": "intimacy_kit.detection.rules",
    "Difficulty": "intimacy_kit.catalogue._model",
    "EXERCISES": "intimacy_kit.catalogue._lookup",
    "Edit": "intimacy_kit.rewriting._model",
    "Evidence": "intimacy_kit._analysis",
    "Exercise": "intimacy_kit.catalogue._model",
    "Hedge": "intimacy_kit.detection._rule",
    "PlanDay": "intimacy_kit.catalogue._model",
    "PlanItem": "intimacy_kit.catalogue._model",
    "PracticePlan": "intimacy_kit.catalogue._model",
    "Rewrite": "intimacy_kit.rewriting._model",
    "RewriteParts": "intimacy_kit.rewriting._model",
    "Rule": "intimacy_kit.detection._rule",
    "RuleError": "intimacy_kit.detection._rule",
    "RuleSet": "intimacy_kit.detection._rule",
    "STYLES": "intimacy_kit.rewriting._model",
    "Source": "intimacy_kit.catalogue._model",
    "SpeakerSummary": "intimacy_kit._analysis",
    "Style": "intimacy_kit.rewriting._model",
    "StyleName": "intimacy_kit.rewriting._model",
    "Turn": "intimacy_kit._analysis",
    "Who": "intimacy_kit.catalogue._model",
    "analyze": "intimacy_kit._analysis",
    "analyze_conversation": "intimacy_kit._analysis",
    "analyze_many": "intimacy_kit._batch",
    "barriers": "intimacy_kit.catalogue._lookup",
    "detect": "intimacy_kit.detection._detector",
    "detect_many": "intimacy_kit.detection._detector",
    "exercises": "intimacy_kit.catalogue._lookup",
    "exercises_for": "intimacy_kit.catalogue._lookup",
    "get_barrier": "intimacy_kit.catalogue._lookup",
    "get_exercise": "intimacy_kit.catalogue._lookup",
    "practice_plan": "intimacy_kit.catalogue._lookup",
    "rewrite": "intimacy_kit.rewriting._rewriter",
    "rewrite_many": "intimacy_kit._batch",
    "to_records": "intimacy_kit._records",
}


def __getattr__(name: str) -> Any:
    """Load a public name from its private module the first time it is used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'intimacy_kit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "BARRIERS",
    "CONFIDENCE_THRESHOLD",
    "DEFAULT_RULES",
    "EXERCISES",
    "STYLES",
    "Analysis",
    "Barrier",
    "BarrierKind",
    "BarrierSignal",
    "Category",
    "ConversationAnalysis",
    "Difficulty",
    "Edit",
    "Evidence",
    "Exercise",
    "Finding",
    "Findings",
    "Hedge",
    "PlanDay",
    "PlanItem",
    "PracticePlan",
    "Rewrite",
    "RewriteParts",
    "Rule",
    "RuleError",
    "RuleSet",
    "Severity",
    "Source",
    "SpeakerSummary",
    "Style",
    "StyleName",
    "Turn",
    "Who",
    "__version__",
    "analyze",
    "analyze_conversation",
    "analyze_many",
    "barriers",
    "detect",
    "detect_many",
    "exercises",
    "exercises_for",
    "get_barrier",
    "get_exercise",
    "practice_plan",
    "rewrite",
    "rewrite_many",
    "to_records",
]
