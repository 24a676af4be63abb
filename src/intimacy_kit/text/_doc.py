"""The reading of a message that every part of the library shares: a :class:`Doc`.

:func:`read` folds the message, tokenizes it, maps every token back to the original text,
and marks sentences, quotes, reported speech and the phrases of the vocabulary. The
detector matches its rules on a ``Doc``; the rewriter plans on the same ``Doc``; nothing
else tokenizes.

>>> doc = read("She said 'you're so lazy'. U NEVER listen!!")
>>> [token.norm for token in doc.tokens][:8]
['she', 'said', "'", 'you', "'re", 'so', 'lazy', "'"]
>>> doc.tokens[3].is_quoted, doc.tokens[9].text, doc.tokens[9].norm
(True, 'U', 'you')
>>> [doc.text[s:e] for s, e in doc.sentence_spans()]
["She said 'you're so lazy'.", 'U NEVER listen!!']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs

from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.text import _flags as F
from intimacy_kit.text._fold import fold
from intimacy_kit.text._speech import Gaps, quote_pairs, reported_from, sentence_ends
from intimacy_kit.text._tokenize import tokenize

__all__ = ["Doc", "Token", "read"]


@attrs.frozen
class Token:
    """One token of a message, as a value (for readers; the engine uses the arrays)."""

    start: int
    """Offset of its first character in the original message."""
    end: int
    """Offset just past its last character in the original message."""
    text: str
    """The original characters (for a word split in two, both parts share them)."""
    norm: str
    """The normalised form rules match: lower case, spelled out ("u" → "you")."""
    lemma: str
    """The dictionary form of :attr:`norm` where the vocabulary knows it."""
    classes: tuple[str, ...]
    """The word classes :attr:`norm` belongs to."""
    flags: int
    """Kind and position flags (see :mod:`intimacy_kit.text._flags`)."""

    @property
    def is_quoted(self) -> bool:
        """Inside quote marks or reported speech: not the writer's own words."""
        return bool(self.flags & (F.QUOTED | F.REPORTED))


class Doc:
    """A message read once for everything that looks at it (see the module docstring).

    The token attributes are parallel tuples, indexed by token number, because the
    detector reads them in tight loops; :attr:`tokens` gives :class:`Token` values.
    """

    __slots__ = (
        "_tokens",
        "ends",
        "flags",
        "norms",
        "phrases",
        "sentence_end",
        "sentence_start",
        "starts",
        "text",
    )

    def __init__(
        self,
        text: str,
        norms: tuple[str, ...],
        starts: tuple[int, ...],
        ends: tuple[int, ...],
        flags: tuple[int, ...],
        sentence_end: tuple[int, ...],
        sentence_start: tuple[int, ...],
        phrases: tuple[tuple[int, int, str], ...],
    ) -> None:
        self.text = text
        """The message as given."""
        self.norms = norms
        """The normalised form of each token."""
        self.starts = starts
        """The offset in :attr:`text` where each token starts."""
        self.ends = ends
        """The offset in :attr:`text` just past each token."""
        self.flags = flags
        """The flags of each token."""
        self.sentence_end = sentence_end
        """For each token, the index just past the last token of its sentence."""
        self.sentence_start = sentence_start
        """For each token, the index of the first token of its sentence."""
        self.phrases = phrases
        """The vocabulary's phrases found: (first token, index past the last, phrase)."""
        self._tokens: tuple[Token, ...] | None = None

    def __len__(self) -> int:
        return len(self.norms)

    def __repr__(self) -> str:
        return f"Doc({self.text!r}, {len(self.norms)} tokens)"

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens as :class:`Token` values."""
        if self._tokens is None:
            vocabulary = get_vocabulary()
            self._tokens = tuple(
                Token(
                    start,
                    end,
                    self.text[start:end],
                    norm,
                    vocabulary.lemma(norm),
                    vocabulary.names_of(vocabulary.classes_of(norm)),
                    flags,
                )
                for norm, start, end, flags in zip(
                    self.norms, self.starts, self.ends, self.flags, strict=True
                )
            )
        return self._tokens

    def sentences(self) -> Iterator[tuple[int, int]]:
        """The sentences as ranges of token indexes ``(first, past_last)``."""
        index = 0
        while index < len(self.norms):
            end = self.sentence_end[index]
            yield index, end
            index = end

    def sentence_spans(self) -> Iterator[tuple[int, int]]:
        """The sentences as spans of the original text."""
        for first, last in self.sentences():
            yield self.starts[first], self.ends[last - 1]

    def phrases_in(self, first: int, last: int) -> tuple[tuple[int, int, str], ...]:
        """The phrases that start in tokens ``first`` to ``last - 1``, in text order.

        Found by bisection (the phrases are in text order), so that reading a long
        message sentence by sentence does not scan all its phrases each time.
        """
        phrases = self.phrases
        start = bisect.bisect_left(phrases, (first, -1, ""))
        return phrases[start : bisect.bisect_left(phrases, (last, -1, ""), start)]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The span of the original text covered by tokens ``first`` to ``last - 1``."""
        return self.starts[first], max(self.ends[first:last])


def _find_phrases(
    norms: list[str], flags: list[int], ends: list[int]
) -> list[tuple[int, int, str]]:
    """Every phrase of the vocabulary in the tokens, as (first, past last, phrase)."""
    by_pair = get_vocabulary().phrases_by_pair
    found = []
    word = F.WORD
    for index in range(len(norms) - 1):
        candidates = by_pair.get((norms[index], norms[index + 1]))
        if candidates is None:
            continue
        limit = ends[index]
        for phrase in candidates:
            last = index + len(phrase.rest)
            if last < limit and all(
                norms[index + offset] == part and flags[index + offset] & word
                for offset, part in enumerate(phrase.rest, start=1)
            ):
                found.append((index, last + 1, phrase.text))
    return found


def _starts_of(sentence_end: list[int]) -> list[int]:
    starts = []
    first = 0
    for index, end in enumerate(sentence_end):
        if index and end != sentence_end[index - 1]:
            first = index
        starts.append(first)
    return starts


def read(text: str) -> Doc:
    """Read ``text`` into a :class:`Doc` (see the module docstring)."""
    folded = fold(text)
    raw = tokenize(folded.text)
    norms, flags = raw.norms, raw.flags
    size = len(norms)
    if folded.is_identity:
        starts, ends = raw.starts, raw.ends
    else:
        spans = [folded.original_span(a, b) for a, b in zip(raw.starts, raw.ends, strict=True)]
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
    word, capital, shouted = F.WORD, F.CAPITALIZED, F.CAPITALIZED | F.SHOUTED
    for index in range(size):
        if flags[index] & word:
            original = text[starts[index] : ends[index]]
            if original[:1].isupper():
                flags[index] |= shouted if len(original) > 1 and original.isupper() else capital
    gaps = Gaps(folded.text, raw.starts, raw.ends)
    sentence_end = sentence_ends(flags, gaps)
    for opening, closing in quote_pairs(flags, norms, gaps, sentence_end):
        for index in range(opening + 1, closing):
            flags[index] |= F.QUOTED
    vocabulary = get_vocabulary()
    classes = [vocabulary.classes_of(norm) for norm in norms]
    first = 0
    while first < size:
        last = sentence_end[first]
        reported = reported_from(norms, flags, classes, first, last)
        if reported is not None:
            begins, story = reported
            mark = F.REPORTED | F.FICTION if story else F.REPORTED
            for index in range(begins, last):
                flags[index] |= mark
        first = last
    return Doc(
        text,
        tuple(norms),
        tuple(starts),
        tuple(ends),
        tuple(flags),
        tuple(sentence_end),
        tuple(_starts_of(sentence_end)),
        tuple(_find_phrases(norms, flags, sentence_end)),
    )
