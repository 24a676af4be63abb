"""Sentences, quotes and reported speech: which words are the writer's own, and where.

Three passes over the tokens, each linear:

* :func:`sentence_ends` finds where sentences end (final punctuation, with the quote marks
  that close it, a line break, or an ellipsis before a capital letter);
* :func:`quote_pairs` pairs quote marks, telling an apostrophe from a single quote;
* :func:`reported_from` finds where reported speech or a story starts in a sentence
  ("she said …", "he kept calling me …", "in the movie …"): what follows is someone
  else's words, not the writer's judgment.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.text import _flags as F

__all__ = ["Gaps", "quote_pairs", "reported_from", "sentence_ends"]

# Words that may stand between a reporting subject and its verb: "she KEPT saying",
# "he would ALWAYS tell me", "my mum has JUST texted".
_BEFORE_REPORT_VERB: Final = frozenset(
    """
    kept keeps keep always just once then also even literally actually apparently basically
    would will 'd 'll has have had 've was were is 's 'm are 're used to literally still
    never n't did does do
    """.split()
)
_OBJECTS: Final = frozenset("me him her us them that".split())
_POSSESSIVES: Final = frozenset("my his her your their our the a this that".split())
_REPORTING_SUBJECTS: Final = frozenset("he she they you someone somebody people everyone".split())
_STORY_OPENERS: Final = frozenset({"in", "from", "on"})
_LIKE_REPORTS: Final = frozenset({"like", "goes", "went", "go"})


class Gaps:
    """What lies between neighbouring tokens in the folded text, asked only where needed."""

    __slots__ = ("_ends", "_folded", "_newlines", "_starts")

    def __init__(self, folded: str, starts: Sequence[int], ends: Sequence[int]) -> None:
        self._folded = folded
        self._starts = starts
        self._ends = ends
        self._newlines = "\n" in folded

    def empty(self, index: int) -> bool:
        """Whether token ``index`` touches the next one (no space between); True at the end."""
        return index + 1 >= len(self._starts) or self._ends[index] >= self._starts[index + 1]

    def newline(self, index: int) -> bool:
        """Whether a line break separates token ``index`` from the next one."""
        if not self._newlines or index + 1 >= len(self._starts):
            return False
        return "\n" in self._folded[self._ends[index] : self._starts[index + 1]]


def sentence_ends(flags: Sequence[int], gaps: Gaps) -> list[int]:
    """For each token, the index just past the sentence it belongs to."""
    size = len(flags)
    ends = [0] * size
    begin = 0
    index = 0
    while index < size:
        flag = flags[index]
        end = None
        if flag & F.SENTENCE_END:
            end = index + 1
            while end < size and flags[end] & (F.QUOTE | F.PUNCT) and gaps.empty(end - 1):
                if flags[end] & F.COMMA:
                    break
                end += 1  # a closing quote or bracket belongs to the sentence it closes
        elif gaps.newline(index) or (
            flag & F.CLAUSE_BREAK
            and index + 1 < size
            and flags[index + 1] & F.CAPITALIZED
            and not gaps.empty(index)
        ):
            end = index + 1
        if end is not None:
            ends[begin:end] = [end] * (end - begin)
            begin = index = end
        else:
            index += 1
    ends[begin:size] = [size] * (size - begin)
    return ends


def _is_opening(index: int, flags: Sequence[int], gaps: Gaps) -> bool:
    before_gap = index == 0 or not gaps.empty(index - 1) or not flags[index - 1] & F.WORD
    after_word = index + 1 < len(flags) and gaps.empty(index) and flags[index + 1] & F.WORD
    return before_gap and bool(after_word)


def _is_closing(index: int, flags: Sequence[int], gaps: Gaps) -> bool:
    before_word = index > 0 and gaps.empty(index - 1) and flags[index - 1] & (F.WORD | F.PUNCT)
    after_gap = index + 1 >= len(flags) or not gaps.empty(index) or bool(flags[index + 1] & F.PUNCT)
    return bool(before_word) and after_gap


def quote_pairs(
    flags: Sequence[int], norms: Sequence[str], gaps: Gaps, ends: Sequence[int]
) -> list[tuple[int, int]]:
    """Pairs of token indexes of an opening and a closing quote mark, in order.

    Double quotes pair in turn across the message; single quotes pair only inside one
    sentence, and only where they cannot be apostrophes.
    """
    pairs: list[tuple[int, int]] = []
    double: int | None = None
    single: int | None = None
    for index, flag in enumerate(flags):
        if single is not None and ends[single] <= index:
            single = None  # a single quote left open at the end of its sentence
        if not flag & F.QUOTE:
            continue
        if norms[index] == '"':
            if double is None:
                double = index
            else:
                pairs.append((double, index))
                double = None
        elif single is None:
            if _is_opening(index, flags, gaps):
                single = index
        elif _is_closing(index, flags, gaps):
            pairs.append((single, index))
            single = None
    pairs.sort()
    return pairs


def _subject_before(
    index: int, norms: Sequence[str], flags: Sequence[int], classes: Sequence[int], start: int
) -> bool | None:
    """Whether a reporting subject (not the writer) stands before the verb at ``index``.

    None when there is none; otherwise whether the subject is a character in a story.
    """
    position = index - 1
    while position >= start and norms[position] in _BEFORE_REPORT_VERB:
        position -= 1
    if position < start:
        return None
    word = norms[position]
    if word in _REPORTING_SUBJECTS:
        return False
    if flags[position] & F.CAPITALIZED and position > start and flags[position] & F.WORD:
        return False  # a name in mid-sentence: "and then Sam said …"
    _, fiction, people = _masks()
    if position > start and norms[position - 1] in _POSSESSIVES:
        if classes[position] & fiction:
            return True  # "the villain whispers …"
        if classes[position] & people:
            return False
    return None


@functools.cache
def _masks() -> tuple[int, int, int]:
    """The class masks of reporting verbs, of stories, and of nouns for people."""
    vocabulary = get_vocabulary()
    people = 0
    for name in ("PARTNER_NOUN", "FAMILY_NOUN", "FRIEND_NOUN", "PERSON_NOUN", "THIRD_PERSON"):
        people |= vocabulary.bit(name)
    return vocabulary.bit("REPORT_VERB"), vocabulary.bit("FICTION_NOUN"), people


def reported_from(
    norms: Sequence[str], flags: Sequence[int], classes: Sequence[int], start: int, end: int
) -> tuple[int, bool] | None:
    """Where reported speech or a story begins in the sentence ``start:end``, if it does.

    ``classes`` are the vocabulary class masks of the tokens. The second value says
    whether it is a story (a film, a book, a game, a character speaking) rather than
    someone's reported words.
    """
    report, fiction, _ = _masks()
    for index in range(start, end):
        word = norms[index]
        if classes[index] & report or (word in _LIKE_REPORTS and index > start):
            if word in _LIKE_REPORTS and norms[index - 1] not in ("was", "is", "'s", "she", "he"):
                continue
            subject = _subject_before(index, norms, flags, classes, start)
            if subject is None:
                continue
            begins = _after_objects(index + 1, norms, end)
            # "I never said that, you're lying": the verb took only an object; what
            # follows the comma is the writer speaking again.
            if (
                begins < end
                and flags[begins] & (F.COMMA | F.SENTENCE_END | F.CLAUSE_BREAK)
                and norms[begins - 1] in _OBJECTS
                and not flags[begins] & F.QUOTE
            ):
                continue
            return begins, subject
        elif classes[index] & fiction and index > start:
            before = norms[index - 1]
            opener = norms[index - 2] if index - 2 >= start else ""
            if before in _STORY_OPENERS or opener in _STORY_OPENERS:
                return index + 1, True
    return None


def _after_objects(index: int, norms: Sequence[str], end: int) -> int:
    """Skip the object and "that" after a reporting verb: "told ME THAT …"."""
    while index < end and norms[index] in _OBJECTS:
        index += 1
    return index
