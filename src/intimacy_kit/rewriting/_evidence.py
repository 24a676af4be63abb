"""Which feeling and which need a message points to, and how strongly.

The feeling and need of a rewrite come from evidence in the message, weighed: an
evaluation dressed as a feeling ("ignored") names the feelings and needs behind it; a
label's semantic group ("lazy", "slob") names what the speaker is missing; a subject of
complaint ("the dishes", "late", "your phone") names its usual need; the category is
the fallback. Only real feelings of the feelings lexicon are ever proposed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from intimacy_kit._model import Category
from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.lexicon._feelings import faux_feeling, feeling
from intimacy_kit.rewriting._grammar import base_form
from intimacy_kit.rewriting._phrases import CATEGORY_EVIDENCE, GROUP_EVIDENCE, TOPIC_EVIDENCE
from intimacy_kit.text import Doc

__all__ = ["Evidence", "evidence_in", "fallback"]

# How much each kind of evidence weighs.
_FAUX_WEIGHT = 3.0
_GROUP_WEIGHT = 1.2
_TOPIC_WEIGHT = 1.5
_FALLBACK_WEIGHT = 0.5


@attrs.frozen
class Evidence:
    """Weighed candidates for the feeling and the need."""

    feelings: tuple[tuple[str, float], ...] = ()
    needs: tuple[tuple[str, float], ...] = ()

    def __add__(self, other: Evidence) -> Evidence:
        return Evidence(self.feelings + other.feelings, self.needs + other.needs)

    @classmethod
    def joined(cls, parts: Iterable[Evidence]) -> Evidence:
        """All the candidates of ``parts``, in order: ``a + b + c`` built in one pass.

        Adding one by one copies the growing tuples each time, which is quadratic in a
        long message with many findings.
        """
        feelings: list[tuple[str, float]] = []
        needs: list[tuple[str, float]] = []
        for part in parts:
            feelings.extend(part.feelings)
            needs.extend(part.needs)
        return cls(tuple(feelings), tuple(needs))

    def scaled(self, factor: float) -> Evidence:
        """The same candidates, each weighing ``factor`` times as much."""
        return Evidence(
            tuple((word, weight * factor) for word, weight in self.feelings),
            tuple((word, weight * factor) for word, weight in self.needs),
        )

    @property
    def is_empty(self) -> bool:
        """Whether nothing in the message pointed anywhere."""
        return not self.feelings and not self.needs


@functools.cache
def _groups() -> tuple[tuple[int, str], ...]:
    """The bit of every semantic group class, with the group's name."""
    vocabulary = get_vocabulary()
    found = []
    for name in vocabulary.class_names:
        prefix, _, group = name.partition("_")
        if prefix in ("TRAIT", "INSULT") and group in GROUP_EVIDENCE:
            found.append((vocabulary.bit(name), group))
    return tuple(found)


def _of_word(norm: str) -> tuple[Evidence, ...]:
    """The evidence one word or phrase gives (memoised: words repeat across messages).

    Only words and phrases as short as the vocabulary's are memoised, so that a stream of
    messages with huge made-up words cannot fill the cache with them.
    """
    if len(norm) > _LONGEST_CACHED:
        return tuple(_find_of_word(norm))
    return _of_short_word(norm)


# Longer than any word or phrase of the lexicons (the longest phrase has 43 characters).
_LONGEST_CACHED: Final = 64


@functools.lru_cache(maxsize=4096)
def _of_short_word(norm: str) -> tuple[Evidence, ...]:
    return tuple(_find_of_word(norm))


def _find_of_word(norm: str) -> Iterator[Evidence]:
    faux = faux_feeling(norm)
    if faux is not None:
        weights = [_FAUX_WEIGHT - 0.1 * rank for rank in range(4)]
        yield Evidence(
            tuple(zip(faux.feelings, weights, strict=False)),
            tuple(zip(faux.needs, weights, strict=False)),
        )
        return
    classes = get_vocabulary().classes_of(norm)
    for bit, group in _groups():
        if classes & bit:
            needs, feelings = GROUP_EVIDENCE[group]
            yield Evidence(
                tuple((f, _GROUP_WEIGHT - 0.1 * rank) for rank, f in enumerate(feelings)),
                tuple((n, _GROUP_WEIGHT - 0.1 * rank) for rank, n in enumerate(needs)),
            )
            return
    topic = TOPIC_EVIDENCE.get(norm) or TOPIC_EVIDENCE.get(base_form(norm))
    if topic is not None:
        need, felt = topic
        yield Evidence(((felt, _TOPIC_WEIGHT),), ((need, _TOPIC_WEIGHT),))


def evidence_in(doc: Doc, first: int, last: int) -> Evidence:
    """The evidence in tokens ``first`` to ``last - 1``."""
    parts = [found for index in range(first, last) for found in _of_word(doc.norms[index])]
    for _, end, phrase in doc.phrases_in(first, last):
        if end <= last:
            parts.extend(_of_word(phrase))
    return Evidence.joined(parts)


def fallback(category: Category) -> Evidence:
    """The category's usual feeling and need, weighed low."""
    need, felt = CATEGORY_EVIDENCE[category.value]
    return Evidence(((felt, _FALLBACK_WEIGHT),), ((need, _FALLBACK_WEIGHT),))


def real_feeling(word: str) -> bool:
    """Whether ``word`` is a real feeling of the lexicon (not an evaluation)."""
    return feeling(word) is not None
