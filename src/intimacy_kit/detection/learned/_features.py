"""The features of one sentence: what the learned lexicon weighs.

Training (``scripts/train_lexicon.py``) and inference read a sentence the same way, so a
feature means the same thing in both. A sentence is first read as a **chain** of word
keys: its words as the text layer normalised them, hyphenated and dotted words cut into
their parts ("so-called" is "so", "called"), numbers as ``#``. The features are counted
along the chain:

=========  =====================================================  ====================
prefix     what it is                                             example
=========  =====================================================  ====================
``w:``     a word of the chain                                    ``w:never``
``l:``     its lemma, where the vocabulary knows one that differs ``l:ignore``
``c:``     a word class of that word (or of the hyphenated word   ``c:TRAIT``
           it ends)
``b:``     two words in a row (``^`` opens the sentence)          ``b:you never``
``e:``     an emoji in the sentence (once)                        ``e:🙄``
=========  =====================================================  ====================

Why a chain, counted: the score of a sentence is then a sum over a stretch of the words
a plain message is made of, in order, which is what lets
:meth:`~intimacy_kit.detection.learned.LexiconScorer.upper_bound` bound it from the words
alone and let most clean messages skip being read at all.

Quoted and reported words are someone else's: they are kept in the chain (so that the
words around them stay apart) but marked, and the scorer lets them only lower a score.
Training leaves their features out.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final, NamedTuple

from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F

__all__ = [
    "NUMBER_KEY",
    "START_KEY",
    "UNSAID",
    "WORD_TOKENS",
    "Chain",
    "chain_features",
    "class_names",
    "is_emoji",
    "pieces",
    "read_chain",
]

NUMBER_KEY: Final = "#"
"""The key of every number: "10 times" and "3 times" weigh the same."""
START_KEY: Final = "^"
"""The key before the first word of a sentence, in bigrams."""

WORD_TOKENS: Final = F.WORD | F.ABBREVIATION
"""The tokens that make the chain (links aside)."""
UNSAID: Final = F.QUOTED | F.REPORTED | F.FICTION
"""The flags of someone else's words."""
_FACES: Final = F.EMOTICON | F.SYMBOL


def is_emoji(norm: str, flags: int) -> bool:
    """Whether a token is an emoji of the writer's that the ``e:`` features count.

    Typed faces such as ":(" are left out: a plain message may hold them without the
    gate seeing them, and the bound would have to assume them.
    """
    return bool(flags & _FACES) and not flags & UNSAID and not norm.isascii()


class Chain(NamedTuple):
    """One sentence read as a chain of word keys (see the module docstring)."""

    keys: list[str]
    """The word keys, in order."""
    tokens: list[int]
    """For each key, the token of the doc it comes from."""
    said: list[bool]
    """For each key, whether it is quoted or reported (someone else's words)."""
    compounds: list[tuple[int, int]]
    """(position in the chain, class mask) of each hyphenated word with classes of its
    own, at the position of its last part."""
    faces: list[tuple[str, int]]
    """The emoji of the sentence, with their tokens."""


def pieces(norm: str) -> list[str]:
    """The chain keys of one word: its parts between hyphens and dots, numbers as ``#``.

    >>> pieces("so-called"), pieces("e.g."), pieces("10"), pieces("you")
    (['so', 'called'], ['e', 'g'], ['#'], ['you'])
    """
    if "-" not in norm and "." not in norm:
        return [NUMBER_KEY if norm.isdigit() else norm]
    parts = norm.replace(".", "-").split("-")
    return [NUMBER_KEY if part.isdigit() else part for part in parts if part]


def read_chain(doc: Doc, first: int, last: int) -> Chain:
    """The chain of tokens ``first`` to ``last - 1`` of ``doc``."""
    classes_of = get_vocabulary().classes_of
    norms, flags = doc.norms, doc.flags
    chain = Chain([], [], [], [], [])
    keys, tokens, said = chain.keys, chain.tokens, chain.said
    for index in range(first, last):
        flag = flags[index]
        if flag & WORD_TOKENS and not flag & F.LINK:
            norm = norms[index]
            parts = pieces(norm)
            unsaid = bool(flag & UNSAID)
            for part in parts:
                keys.append(part)
                tokens.append(index)
                said.append(unsaid)
            if len(parts) > 1 and not unsaid:
                mask = classes_of(norm)
                if mask:
                    chain.compounds.append((len(keys) - 1, mask))
        elif is_emoji(norms[index], flag):
            chain.faces.append((norms[index], index))
    return chain


# Keyed on class masks, of which the vocabulary has a fixed, small number: bounded.
@functools.lru_cache(maxsize=8192)
def class_names(mask: int) -> tuple[str, ...]:
    """The names of the classes in ``mask``, in vocabulary order."""
    return get_vocabulary().names_of(mask)


def chain_features(chain: Chain) -> Iterator[tuple[str, int]]:
    """Every feature of a chain with the chain position it ends at, as training counts them.

    Words that are someone else's give no feature; ``e:`` features come once each, at
    position -1. A feature that occurs twice is listed twice.

    >>> from intimacy_kit.text import read
    >>> doc = read("You NEVER listen")
    >>> names = sorted(name for name, _ in chain_features(read_chain(doc, 0, len(doc))))
    >>> [name for name in names if name[0] in "bw"]
    ['b:^ you', 'b:never listen', 'b:you never', 'w:listen', 'w:never', 'w:you']
    >>> "c:NEVER" in names
    True
    """
    vocabulary = get_vocabulary()
    classes_of, lemma_of = vocabulary.classes_of, vocabulary.lemma
    previous = START_KEY
    previous_said = False
    for position, (key, said) in enumerate(zip(chain.keys, chain.said, strict=True)):
        if not said:
            yield "w:" + key, position
            lemma = lemma_of(key)
            if lemma != key:
                yield "l:" + lemma, position
            mask = classes_of(key)
            if mask:
                for name in class_names(mask):
                    yield "c:" + name, position
            if not previous_said:
                yield "b:" + previous + " " + key, position
        previous, previous_said = key, said
    for position, mask in chain.compounds:
        for name in class_names(mask):
            yield "c:" + name, position
    for face in dict.fromkeys(face for face, _ in chain.faces):
        yield "e:" + face, -1
