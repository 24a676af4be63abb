"""The detector: rules as token patterns over word classes, and the engine that runs them.

A :class:`Rule` is a value (an id, a category, a severity, a token pattern, an
explanation, examples and near misses); a :class:`RuleSet` is an immutable set of them that
compiles lazily; :func:`detect` runs one over a message. The default rules live in
:mod:`intimacy_kit.detection.rules`, one module per family.
"""

from __future__ import annotations

from intimacy_kit.detection._detector import detect, detect_doc, detect_many, resolve_rules
from intimacy_kit.detection._pattern import PatternError, parse
from intimacy_kit.detection._rule import Hedge, Rule, RuleError, RuleSet

__all__ = [
    "Hedge",
    "PatternError",
    "Rule",
    "RuleError",
    "RuleSet",
    "detect",
    "detect_doc",
    "detect_many",
    "parse",
    "resolve_rules",
]
