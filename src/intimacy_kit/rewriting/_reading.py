"""Stage one of the rewriter: a read-only reading of each sentence of a message.

The reading is built once from the text layer's :class:`~intimacy_kit.text.Doc` and the
detector's findings, and every later stage only looks at it: which sentences hold which
findings, which are questions, which speak to or about the other person, where the
quoted words are. Nothing here changes the message.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import attrs

from intimacy_kit._model import Category, Finding
from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F

__all__ = ["Reading", "SentenceReading", "read_message"]


@attrs.frozen
class SentenceReading:
    """One sentence, and what the detector found in it."""

    index: int
    """Its position among the sentences of the message."""
    first: int
    """Its first token."""
    last: int
    """The index past its last token."""
    start: int
    """Offset of its first character in the message."""
    end: int
    """Offset just past its last character."""
    findings: tuple[Finding, ...]
    """The findings that overlap it, in text order."""
    is_question: bool
    """Whether it ends with a question mark."""
    speaks_to_you: bool
    """Whether it names the other person ("you", "your")."""
    echo: bool = False
    """Whether it only says again how often ("Not once.", "Never. Not once since March."):
    after a complaint it repeats the generalisation, and the rewrite leaves it out."""

    @property
    def categories(self) -> frozenset[Category]:
        """The categories of its findings."""
        return frozenset(finding.category for finding in self.findings)

    @property
    def is_clean(self) -> bool:
        """Whether the detector found nothing in it."""
        return not self.findings


@attrs.frozen
class Reading:
    """A message read for rewriting: its tokens, findings and sentences."""

    doc: Doc
    findings: tuple[Finding, ...]
    sentences: tuple[SentenceReading, ...]
    words_before: tuple[int, ...] = attrs.field(repr=False)
    """How many word tokens come before each token (and, last, in the whole message)."""

    @words_before.default
    def _count_words(self) -> tuple[int, ...]:
        counts = [0]
        for norm in self.doc.norms:
            counts.append(counts[-1] + norm[:1].isalnum())
        return tuple(counts)

    def words_in(self, first: int, last: int) -> int:
        """How many word tokens are among tokens ``first`` to ``last - 1``.

        Counted once per message: a rewrite asks it for every finding, and a message of
        thousands of findings in one long sentence must not recount that sentence each time.
        """
        return self.words_before[last] - self.words_before[first]

    @property
    def text(self) -> str:
        """The message as given."""
        return self.doc.text

    def tokens_of(self, finding: Finding) -> tuple[int, int]:
        """The range of tokens a finding covers (first, past last)."""
        first = bisect.bisect_right(self.doc.ends, finding.start)
        last = bisect.bisect_left(self.doc.starts, finding.end)
        return (first, last) if last > first else (0, 0)


# What an echo of an absolute is made of; "since …" may follow ("not once since March").
_HOW_OFTEN: Final = frozenset("never once ever always every again".split())
_ECHO_WORDS: Final = _HOW_OFTEN | frozenset(
    "not no single one time times even a all day week month year in for of it them "
    "literally seriously honestly lol".split()
)
_MAX_ECHO_WORDS: Final = 8


def _is_echo(doc: Doc, first: int, last: int) -> bool:
    words = [doc.norms[i] for i in range(first, last) if doc.norms[i][:1].isalnum()]
    if "since" in words:
        words = words[: words.index("since")]
    return (
        0 < len(words) <= _MAX_ECHO_WORDS
        and any(word in _HOW_OFTEN for word in words)
        and all(word in _ECHO_WORDS for word in words)
    )


def read_message(doc: Doc, findings: Sequence[Finding]) -> Reading:
    """Read a message for rewriting (see the module docstring)."""
    vocabulary = get_vocabulary()
    you = vocabulary.bit("YOU") | vocabulary.bit("YOUR") | vocabulary.bit("YOURSELF")
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    sentences = []
    position = 0
    for index, (first, last) in enumerate(doc.sentences()):
        start, end = doc.starts[first], doc.ends[last - 1]
        while position < len(ordered) and ordered[position].end <= start:
            position += 1
        own = []
        probe = position
        while probe < len(ordered) and ordered[probe].start < end:
            if ordered[probe].end > start:
                own.append(ordered[probe])
            probe += 1
        sentences.append(
            SentenceReading(
                index=index,
                first=first,
                last=last,
                start=start,
                end=end,
                findings=tuple(own),
                is_question=any(doc.flags[i] & F.QUESTION for i in range(first, last)),
                speaks_to_you=any(
                    vocabulary.classes_of(doc.norms[i]) & you for i in range(first, last)
                ),
                echo=_is_echo(doc, first, last),
            )
        )
    return Reading(doc, tuple(ordered), tuple(sentences))
