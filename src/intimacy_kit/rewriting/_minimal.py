"""The smallest rewrite: the message without its insults and swearing, when that is enough.

Many hurtful messages make a point and wrap it in abuse: "it's called autocorrect, you
dumb ass". People who take the hostility out of such a message mostly delete or replace
the offending words and keep the rest. This stage does that: it drops swear words, insults
thrown at the other person, the adjectives that sharpen them and whole sentences of
swearing at someone, and writes the rest back as the writer wrote it. The rewriter uses
the result only when the detector finds nothing left in it and it still says something.

>>> from intimacy_kit.text import read
>>> minimal_edit(read("That's not a hat, it's a cover, you idiots."))
("That's not a hat, it's a cover.", 0.818...)
"""

from __future__ import annotations

import functools
from typing import Final

from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.rewriting._grammar import sentence_case
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F

__all__ = ["minimal_edit"]

# Swear words that only add force ("fucking", "the hell"): dropping them keeps the
# grammar. A swear word that carries meaning ("full of shit") is not dropped.
_DROPPED: Final = ("SWEAR_INTENSIFIER", "EXPLETIVE_PHRASE")
_INSULTING: Final = ("INSULT", "INSULT_AMBIGUOUS", "OPEN_INSULT")
_SENTENCE_DROPPED: Final = ("SWEAR_AT", "HARM_WISH")
_MIN_WORDS: Final = 3
_MAX_ADJECTIVES: Final = 4


@functools.cache
def _masks() -> tuple[int, int, int, int]:
    vocabulary = get_vocabulary()

    def mask(names: tuple[str, ...]) -> int:
        total = 0
        for name in names:
            if name in vocabulary.class_names:
                total |= vocabulary.bit(name)
        return total

    sharpening = mask(("INTENSIFIER_ADJ", "TRAIT", "ADJECTIVE"))
    return mask(_DROPPED), mask(_INSULTING), mask(_SENTENCE_DROPPED), sharpening


def _classes(doc: Doc, index: int) -> int:
    return get_vocabulary().classes_of(doc.norms[index])


def _phrase_drops(doc: Doc, names: int) -> set[int]:
    vocabulary = get_vocabulary()
    dropped: set[int] = set()
    for first, last, phrase in doc.phrases:
        if vocabulary.phrase_classes(phrase) & names:
            dropped.update(range(first, last))
    return dropped


def _vocative_insults(doc: Doc) -> set[int]:
    """An insult thrown at the other person ("you idiots", ", dumbass") and its adjectives."""
    _, insulting, _, sharpening = _masks()
    dropped: set[int] = set()
    for index in range(len(doc.norms)):
        if not _classes(doc, index) & insulting:
            continue
        start = index
        lowest = max(doc.sentence_start[index], index - _MAX_ADJECTIVES)
        while start > lowest and _classes(doc, start - 1) & sharpening:
            start -= 1
        before = doc.norms[start - 1] if start > doc.sentence_start[index] else ""
        following = index + 1
        set_off = following >= len(doc.norms) or bool(
            doc.flags[following]
            & (F.PUNCT | F.SENTENCE_END | F.CLAUSE_BREAK | F.EMOTICON | F.SYMBOL)
        )
        if before in ("you", "ya", "u"):
            dropped.update(range(start - 1, index + 1))
        elif before == "," and set_off:
            # "Listen, dickhead: the bins": the comma that set the name off goes with it.
            dropped.update(range(start - 1 if following < len(doc.norms) else start, index + 1))
        elif before in (",", "") and set_off:
            # Only a name set off by punctuation is thrown at the reader: "Nobody cares"
            # and ", nobody's attacking you" are subjects, "Idiot, the bins" a vocative.
            dropped.update(range(start, index + 1))
    return dropped


# After these a swear word is not an intensifier: "who you're fucking with".
_NOT_MODIFIED: Final = frozenset(
    "with around about up off over me you him her them us it that this to at on in".split()
)


def _modifies_next(doc: Doc, index: int) -> bool:
    """Whether a swear word sharpens the next word and so can go.

    As in "fucking idiot" and "bloody late"; one that ends a clause or takes an object is
    a verb and stays.
    """
    following = index + 1
    if following >= len(doc.norms) or not doc.flags[following] & F.WORD:
        return doc.norms[index] in ("the", "hell") or len(doc.norms[index].split()) > 1
    return doc.norms[following] not in _NOT_MODIFIED


def _dropped(doc: Doc) -> set[int]:
    swearing, _, at_someone, _ = _masks()
    dropped = {
        i for i in range(len(doc.norms)) if _classes(doc, i) & swearing and _modifies_next(doc, i)
    }
    dropped |= _phrase_drops(doc, swearing)
    dropped |= _vocative_insults(doc)
    # Each sentence is dropped once, however many such phrases it holds (by first token).
    sentences_dropped: set[int] = set()
    for first, _, phrase in doc.phrases:
        start = doc.sentence_start[first]
        if start not in sentences_dropped and get_vocabulary().phrase_classes(phrase) & at_someone:
            sentences_dropped.add(start)
            dropped.update(range(start, doc.sentence_end[first]))
    return dropped


def _written(doc: Doc, kept: list[int]) -> str:
    """Kept tokens as the writer wrote them, spaced as in the original."""
    pieces: list[str] = []
    previous = -2
    for index in kept:
        if previous >= 0 and doc.starts[index] < doc.ends[previous]:
            previous = index
            continue  # a token of the same written word ("gonna" is "going to")
        text = doc.text[doc.starts[index] : doc.ends[index]]
        if pieces and previous == index - 1:
            pieces.append(doc.text[doc.ends[previous] : doc.starts[index]])
        elif pieces and not (doc.flags[index] & F.PUNCT and not doc.flags[index] & F.QUOTE):
            pieces.append(" ")
        pieces.append(text)
        previous = index
    return "".join(pieces)


def _tidy(doc: Doc, kept: list[int]) -> list[int]:
    """No sentence left without words, no comma left dangling before the end."""
    tidy: list[int] = []
    for index in kept:
        flags = doc.flags[index]
        if flags & F.COMMA and (not tidy or doc.flags[tidy[-1]] & (F.PUNCT | F.COMMA)):
            continue
        if flags & F.SENTENCE_END and tidy and doc.flags[tidy[-1]] & F.COMMA:
            tidy.pop()
        if flags & F.SENTENCE_END and (not tidy or doc.flags[tidy[-1]] & F.SENTENCE_END):
            continue
        tidy.append(index)
    while tidy and doc.flags[tidy[-1]] & F.COMMA:
        tidy.pop()
    while tidy and not doc.flags[tidy[0]] & F.WORD:
        tidy.pop(0)
    return tidy


def minimal_edit(doc: Doc) -> tuple[str, float] | None:
    """The message without its abuse, and the share of its words kept.

    None when nothing is dropped or too little is left.
    """
    dropped = _dropped(doc)
    if not dropped:
        return None
    kept = _tidy(doc, [i for i in range(len(doc.norms)) if i not in dropped])
    words = sum(1 for i in kept if doc.flags[i] & F.WORD)
    every = sum(1 for flags in doc.flags if flags & F.WORD)
    if words < _MIN_WORDS:
        return None
    return sentence_case(_written(doc, kept)), words / every
