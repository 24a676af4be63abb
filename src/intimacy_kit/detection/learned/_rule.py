"""The learned lexicon as a rule-set member, with examples and near misses of its own."""

from __future__ import annotations

from types import ModuleType

from intimacy_kit.detection._learned import LearnedRule
from intimacy_kit.detection.learned import _weights
from intimacy_kit.detection.learned._scorer import LexiconScorer

__all__ = ["LEARNED_RULE", "learned_rule"]

_MESSAGE = (
    "This reads as a verdict on the other person more than a description of what happened. "
    "No hand-written rule matched: this is the learned lexicon's judgment, from the words "
    "that weighed most."
)
_SOURCE = (
    "A logistic regression over words, lemmas, word classes and word pairs, trained by "
    "scripts/train_lexicon.py on the PersonaConflicts dev half (MIT), ParaDetox dev "
    "sentences aimed at the reader with their neutral rewrites (CC0) and the team's "
    "development sets; see the header of intimacy_kit.detection.learned._weights."
)


def learned_rule(weights: ModuleType, **fields: object) -> LearnedRule:
    """A learned rule over a weights module written by ``scripts/train_lexicon.py``.

    ``fields`` are passed on to :class:`~intimacy_kit.detection._learned.LearnedRule`
    (``threshold`` defaults to the module's own).

    >>> from intimacy_kit.detection.learned import _weights
    >>> learned_rule(_weights, threshold=0.9).threshold
    0.9
    """
    options: dict[str, object] = {
        "threshold": weights.THRESHOLD,
        "message": _MESSAGE,
        "source": _SOURCE,
    }
    options.update(fields)
    return LearnedRule(scorer=LexiconScorer.from_module(weights), **options)  # type: ignore[arg-type]


LEARNED_RULE: LearnedRule = learned_rule(
    _weights,
    examples=(
        "Honestly, you are the most selfish person I know.",
        "I feel like you dont even care anymore.",
        "ur so useless its not even funny",
        "Why are you such a selfish pig?",
        "you are pathetic and everyone knows it",
        "I feel like you never even try anymore",
    ),
    near_misses=(
        "You always know how to make me laugh.",
        "I never said thank you for yesterday, so thank you.",
        "Can you pick up some milk on your way home?",
        "I feel like pizza tonight, what about you?",
        "She said the film was a waste of time, so we skipped it.",
        "Why dont we go for a walk after dinner?",
        "I was wrong about the dates, my mistake.",
        "I should have called, I am sorry.",
    ),
)
"""The learned lexicon shipped with the library (threshold in its weights module)."""
