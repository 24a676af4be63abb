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
from intimacy_kit.rewriting._clause import subject_phrase
from intimacy_kit.rewriting._evidence import Evidence, evidence_in, fallback
from intimacy_kit.rewriting._reading import Reading
from intimacy_kit.rewriting._transforms import Contribution, topic_request

__all__ = ["Plan", "make_plan"]

# What confidence is made of (see the rewriter guide).
_UNDERSTOOD: Final = 0.55
_FEELING: Final = 0.15
_NEED: Final = 0.1
_REQUEST: Final = 0.1
_KEPT: Final = 0.1
_DROPPED: Final = 0.1
"""How well a sentence left out entirely is said: it is mostly lost."""
_FROM_MESSAGE: Final = 1.0
_MESSAGE_WEIGHT: Final = 0.6
"""How much evidence anywhere in the message weighs, against evidence near a finding."""
"""Evidence weighing at least this came from the message, not the category's fallback."""


@attrs.frozen
class Plan:
    """What the rewrite will say (see the module docstring)."""

    observation: str | None
    """The first behaviour a finding named, for the parts of the rewrite."""
    feeling: str
    need: str
    need_clause: str
    need_named: bool
    """Whether the need came from the message (else it is the category's usual one and
    the text leaves it out rather than name a stock need)."""
    request: str | None
    """A request to add after the sentences, when none of them asks for anything."""
    next_time: bool
    subject: str | None
    """What the flagged sentences are about ("your clutter"), for the feeling line when
    nothing else of them is said."""
    said: tuple[tuple[int, Contribution | None], ...]
    """For each sentence with a finding, what says it instead (None: it is left out)."""
    confidence: float

    @property
    def replaced(self) -> frozenset[int]:
        """The sentences the rewrite replaces or leaves out."""
        return frozenset(index for index, _ in self.said)


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
    # Highest total weight; ties go to the first named (max keeps the first of equals).
    word = max(order, key=totals.__getitem__)
    return word, totals[word]


def _chosen(contributions: Sequence[Contribution]) -> dict[int, Contribution | None]:
    """For each sentence, its best-understood contribution that can say something."""
    chosen: dict[int, Contribution | None] = {}
    for contribution in contributions:
        speaks = contribution.frame is not None or contribution.statement is not None
        current = chosen.get(contribution.sentence)
        if contribution.sentence not in chosen:
            chosen[contribution.sentence] = contribution if speaks else None
        elif speaks and (current is None or _rank(contribution) > _rank(current)):
            chosen[contribution.sentence] = contribution
    return chosen


def _rank(contribution: Contribution) -> tuple[bool, float]:
    # A rewrite of the whole sentence in the writer's words ("I feel lonely when …")
    # says more than a frame about one of its findings.
    return contribution.whole, contribution.understood


_ASKING: Final = frozenset({"could_you", "would_it_help", "wish_had", "wish_more"})


def _subject(reading: Reading) -> str | None:
    """The first subject phrase of a sentence with a finding."""
    for sentence in reading.sentences:
        if sentence.findings:
            found = subject_phrase(reading.doc, sentence.first, sentence.last)
            if found is not None:
                return found
    return None


def make_plan(reading: Reading, contributions: Sequence[Contribution]) -> Plan:
    """Merge the contributions of every finding into one plan."""
    # What the whole message is about counts too, less than what the findings point to:
    # "Those dishes need doing. You've left them again!" is about the dishes.
    evidence = Evidence.joined(
        [
            *(contribution.evidence for contribution in contributions),
            evidence_in(reading.doc, 0, len(reading.doc)).scaled(_MESSAGE_WEIGHT),
        ]
    )
    defaults = fallback(contributions[0].category)
    felt = _best(evidence.feelings, feeling) or _best(defaults.feelings, feeling)
    needed = _best(evidence.needs, need) or _best(defaults.needs, need)
    # The fallbacks are in the lexicons.
    assert felt is not None
    assert needed is not None
    clause = need(needed[0])
    assert clause is not None
    chosen = _chosen(contributions)
    observed = next((c for c in contributions if c.observation), None)
    asks = any(c is not None and c.frame in _ASKING for c in chosen.values())
    requested = None if asks else next((c for c in contributions if c.request), None)
    # A request from the subject alone ("the dishes") only where a behaviour was named:
    # a word of a topic in an insult ("call me slow") is no subject to ask about.
    topical = topic_request(reading) if observed is not None else None
    request = None if asks else (requested.request if requested else topical)
    kept = len(reading.sentences) > len(chosen) or any(c is not None for c in chosen.values())
    spoken = [c.understood if c is not None else _DROPPED for c in chosen.values()]
    confidence = (
        _UNDERSTOOD * sum(spoken) / len(spoken)
        + (_FEELING if felt[1] >= _FROM_MESSAGE else 0.0)
        + (_NEED if needed[1] >= _FROM_MESSAGE else 0.0)
        + (_REQUEST if request is not None or asks else 0.0)
        + (_KEPT if kept else 0.0)
    )
    return Plan(
        observation=observed.observation if observed is not None else None,
        feeling=felt[0],
        need=needed[0],
        need_clause=clause.clause,
        need_named=needed[1] >= _FROM_MESSAGE,
        request=request,
        next_time=requested.next_time if requested is not None else False,
        subject=_subject(reading),
        said=tuple(sorted(chosen.items())),
        confidence=round(min(1.0, confidence), 3),
    )
