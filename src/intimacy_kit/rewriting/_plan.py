"""Stage three of the rewriter: merging what the transforms contribute into one plan.

The plan is a frozen value: which sentences are kept as written, which are replaced,
where the I-statement goes, its observation, feeling, need and request, and how far the
rewriter vouches for it (``confidence``). Choosing is a pure function of the
contributions: the observation best understood, the feeling and need with the most
evidence (the category's usual pair only when the message gives none), the request that
is about what the message raised.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Final

import attrs

from intimacy_kit.lexicon._feelings import feeling, need
from intimacy_kit.rewriting._evidence import Evidence, evidence_in, fallback
from intimacy_kit.rewriting._reading import Reading
from intimacy_kit.rewriting._transforms import Contribution, topic_request

__all__ = ["Plan", "make_plan"]

# What confidence is made of (see the rewriter guide).
_OBSERVATION: Final = 0.25
_FEELING: Final = 0.15
_NEED: Final = 0.1
_REQUEST: Final = 0.1
_UNDERSTOOD: Final = 0.4
_FROM_MESSAGE: Final = 1.0
_MESSAGE_WEIGHT: Final = 0.6
"""How much evidence anywhere in the message weighs, against evidence near a finding."""
"""Evidence weighing at least this came from the message, not the category's fallback."""


@attrs.frozen
class Plan:
    """What the rewrite will say (see the module docstring)."""

    observation: str | None
    feeling: str
    need: str
    need_clause: str
    request: str | None
    next_time: bool
    statements: tuple[tuple[int, str], ...]
    """Sentences replaced by a sentence of their own, by sentence index."""
    replaced: frozenset[int]
    """Every sentence index the rewrite replaces or drops."""
    anchor: int | None
    """The sentence index where the I-statement goes, or None when none is needed."""
    confidence: float


def _best(candidates: Sequence[tuple[str, float]], valid: object) -> tuple[str, float] | None:
    totals: dict[str, float] = defaultdict(float)
    order: list[str] = []
    for word, weight in candidates:
        if valid(word):  # type: ignore[operator]
            if word not in totals:
                order.append(word)
            totals[word] += weight
    if not totals:
        return None
    # Highest total weight; ties go to the first named.
    word = max(order, key=lambda w: (totals[w], -order.index(w)))
    return word, totals[word]


def make_plan(reading: Reading, contributions: Sequence[Contribution]) -> Plan:
    """Merge the contributions of every finding into one plan."""
    evidence = Evidence()
    for contribution in contributions:
        evidence = evidence + contribution.evidence
    # What the whole message is about counts too, less than what the findings point to:
    # "Those dishes need doing. You've left them again!" is about the dishes.
    evidence = evidence + evidence_in(reading.doc, 0, len(reading.doc)).scaled(_MESSAGE_WEIGHT)
    first = contributions[0]
    defaults = fallback(first.category)
    felt = _best(evidence.feelings, feeling) or _best(defaults.feelings, feeling)
    needed = _best(evidence.needs, need) or _best(defaults.needs, need)
    assert felt is not None and needed is not None  # the fallbacks are in the lexicons
    clause = need(needed[0])
    assert clause is not None
    observed = max(
        (c for c in contributions if c.observation),
        key=lambda c: c.understood,
        default=None,
    )
    requested = observed if observed is not None and observed.request else None
    if requested is None:
        requested = next((c for c in contributions if c.request), None)
    request = requested.request if requested is not None else topic_request(reading)
    statements = tuple(
        (c.sentence, c.statement) for c in contributions if c.statement is not None
    )
    stated = {index for index, _ in statements}
    judged = sorted({c.sentence for c in contributions if c.statement is None} - stated)
    understood = sum(c.understood for c in contributions) / len(contributions)
    if judged:
        confidence = (
            _UNDERSTOOD * understood
            + (_OBSERVATION if observed is not None else 0.0)
            + (_FEELING if felt[1] >= _FROM_MESSAGE else 0.0)
            + (_NEED if needed[1] >= _FROM_MESSAGE else 0.0)
            + (_REQUEST if request is not None else 0.0)
        )
    else:
        confidence = understood
    return Plan(
        observation=observed.observation if observed is not None else None,
        feeling=felt[0],
        need=needed[0],
        need_clause=clause.clause,
        request=request,
        next_time=requested.next_time if requested is not None else False,
        statements=statements,
        replaced=frozenset(c.sentence for c in contributions),
        anchor=judged[0] if judged else None,
        confidence=round(min(1.0, confidence), 3),
    )
