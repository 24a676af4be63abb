"""The default rule families, one module per detector category.

Each module exposes ``RULES``, a tuple of :class:`~intimacy_kit.Rule` values whose ids
start with the module's name. ``DEFAULT_RULES`` is their concatenation, in the order of
:class:`~intimacy_kit.Category`, followed by the learned lexicon
(:data:`~intimacy_kit.detection.learned.LEARNED_RULE`), which speaks only in sentences
where none of them fired. Shared pattern pieces live in ``_fragments``.
"""

from __future__ import annotations

from intimacy_kit.detection._rule import RuleSet
from intimacy_kit.detection.learned import LEARNED_RULE
from intimacy_kit.detection.rules import (
    absolute,
    accusatory_question,
    blame,
    comparison,
    contempt,
    defensiveness,
    demand,
    faux_feeling,
    invalidation,
    label,
    mind_reading,
    stonewalling,
    threat,
    unsolicited_advice,
)

__all__ = ["DEFAULT_RULES", "FAMILIES"]

FAMILIES = (
    absolute,
    label,
    blame,
    mind_reading,
    demand,
    contempt,
    defensiveness,
    stonewalling,
    invalidation,
    faux_feeling,
    comparison,
    accusatory_question,
    unsolicited_advice,
    threat,
)
"""The family modules, in the order of the categories."""

DEFAULT_RULES: RuleSet = RuleSet(
    [*(rule for family in FAMILIES for rule in family.RULES), LEARNED_RULE]
)
"""Every built-in rule, the learned lexicon last. Narrow it with ``without``/``only``
(``without("learned")`` keeps the hand-written rules only) and extend it with
``with_rules`` or ``+``; pass the result as ``rules=`` to ``detect``."""
