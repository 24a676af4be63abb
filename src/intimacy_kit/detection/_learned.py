"""The learned judgment lexicon as a member of a rule set.

Hand-written rules know the phrasings someone wrote down; the learned lexicon knows the
words that weighed in labelled messages. It is one more rule family (``learned``):
iterating a :class:`~intimacy_kit.RuleSet` yields it, ``DEFAULT_RULES.without("learned")``
removes it, and its findings carry its id, a category, a severity no higher than
``MEDIUM`` and a ``score`` (the model's probability). It speaks only in sentences where no
hand-written rule fired.

This module is the contract between the rule set and the model: :class:`LearnedRule`
holds a :class:`Scorer` (anything that reads a sentence of a
:class:`~intimacy_kit.text.Doc` and says how judgmental it is and why) and the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import attrs

from intimacy_kit._model import Category, Finding, Severity, _trusted_finding
from intimacy_kit.text import Doc

__all__ = ["Judgment", "LearnedRule", "Scorer", "sentence_starts"]


@attrs.frozen
class Judgment:
    """What a scorer says about one sentence."""

    probability: float
    """How likely the sentence is judgmental, in [0, 1]."""
    category: Category
    """The category the evidence points to."""
    first: int
    """The first token of the clause that weighs most."""
    last: int
    """The index past the last token of that clause."""
    evidence: tuple[str, ...]
    """The words or features that weighed most, as a person would read them."""


class Scorer(Protocol):
    """Reads one sentence and judges it (see :class:`Judgment`)."""

    def probability(self, doc: Doc, first: int, last: int) -> float:
        """The probability :meth:`judge` gives the sentence, without the explanation.

        Called on every sentence read, so it should be cheap; :meth:`judge` is called only
        for the sentences that reach the threshold.
        """

    def judge(self, doc: Doc, first: int, last: int) -> Judgment:
        """Judge the sentence made of tokens ``first`` to ``last - 1`` of ``doc``."""

    def upper_bound(self, words: Sequence[str]) -> float:
        """The highest probability any sentence made of some of ``words`` could get.

        ``words`` are the lower-case words of a plain message, contractions split as the
        text layer splits them. The detector skips reading a message when no rule can
        match it and this bound is below the threshold, so the bound must never be lower
        than what :meth:`judge` could say.
        """


def _check_threshold(
    instance: LearnedRule, attribute: attrs.Attribute[float], value: float
) -> None:
    if isinstance(value, bool) or not isinstance(value, float | int) or not 0.0 < value < 1.0:
        raise ValueError(f"threshold must be a number between 0 and 1 (exclusive), got {value!r}")


@attrs.frozen(kw_only=True)
class LearnedRule:
    """The learned lexicon, as a rule-set member (see the module docstring)."""

    id: str = "learned.judgment"
    """The rule id of its findings."""
    scorer: Scorer = attrs.field(eq=False, repr=False)
    """The model that judges sentences."""
    threshold: float = attrs.field(validator=_check_threshold)
    """The probability from which a sentence is reported; lower finds more, and more
    wrongly. See the calibration table in the docs before changing it."""
    severity: Severity = Severity.MEDIUM
    """The severity of its findings (never above ``MEDIUM``: a model is less sure than a rule)."""
    message: str = (
        "This reads as judgmental, though no specific rule matched; the words that weighed "
        "most are listed."
    )
    """The explanation of every finding, before the words that weighed."""
    suggestion: str | None = "Say what happened and how you feel about it, without a verdict."
    """What to say instead."""
    categories: frozenset[Category] | None = None
    """The categories it may report (None: all); ``RuleSet.only`` and ``without`` narrow it."""
    examples: tuple[str, ...] = ()
    """Messages it must flag (checked by the test suite like a rule's)."""
    near_misses: tuple[str, ...] = ()
    """Messages it must leave alone."""
    source: str = ""
    """How it was trained, on what."""

    @property
    def family(self) -> str:
        """Always ``"learned"``: ``without("learned")`` removes it."""
        return self.id.split(".", 1)[0]

    @property
    def category(self) -> None:
        """None: each finding names its own category."""
        return None

    def with_threshold(self, threshold: float) -> LearnedRule:
        """A copy that reports from another probability."""
        return attrs.evolve(self, threshold=threshold)

    def findings(self, doc: Doc, skip: frozenset[int]) -> list[Finding]:
        """Findings in the sentences of ``doc`` whose first token is not in ``skip``."""
        found = []
        for first, last in doc.sentences():
            if first in skip or not _has_words(doc, first, last):
                continue
            # Most sentences fall short: the cheap probability first, the reasons after.
            if self.scorer.probability(doc, first, last) < self.threshold:
                continue
            judgment = self.scorer.judge(doc, first, last)
            if self.categories is not None and judgment.category not in self.categories:
                continue
            start, end = doc.span(judgment.first, judgment.last)
            if end <= start:
                continue
            weighed = ", ".join(f"'{word}'" for word in judgment.evidence[:4])
            message = f"{self.message} Weighed most: {weighed}." if weighed else self.message
            found.append(
                _trusted_finding(
                    start,
                    end,
                    doc.text[start:end],
                    judgment.category,
                    min(self.severity, Severity.MEDIUM),
                    self.id,
                    message,
                    self.suggestion,
                    round(judgment.probability, 4),
                )
            )
        return found


def _has_words(doc: Doc, first: int, last: int) -> bool:
    return any(norm[:1].isalnum() for norm in doc.norms[first:last])


def sentence_starts(findings: Sequence[Finding], doc: Doc) -> frozenset[int]:
    """The first tokens of the sentences that hold a finding (findings sorted by start)."""
    starts = set()
    position = 0
    for first, last in doc.sentences():
        begin, end = doc.starts[first], doc.ends[last - 1]
        # Both run in text order: one pass over each, whatever their numbers.
        while position < len(findings) and findings[position].end <= begin:
            position += 1
        if position < len(findings) and findings[position].start < end:
            starts.add(first)
    return frozenset(starts)
