"""Reading one word as it was meant: censored, leetspeak, stretched, chat and contracted.

Every function here takes one raw word of the folded text and returns the tokens it
stands for, so that "f***ing", "1d10t", "stuuupid", "dont" and "you're" reach the rules
as "fucking", "idiot", "stupid", "do n't" and "you 're". A word is only rewritten into a
word the vocabulary knows; anything else is left as typed. Words longer than any word of
the vocabulary are left alone without a look-up, so a hostile megabyte-long word costs
one pass and no memory.

>>> read_word("f***ing"), read_word("1d10t"), read_word("stuuupid"), read_word("dont")
(('fucking',), ('idiot',), ('stupid',), ('do', "n't"))
"""

from __future__ import annotations

import functools
import re
from typing import Final

from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.lexicon._chat import EXPANSIONS
from intimacy_kit.lexicon._contractions import split_contraction
from intimacy_kit.lexicon._people import SPELLINGS

__all__ = ["LONGEST_WORD", "join_letters", "read_word", "unmask_bang"]

LONGEST_WORD: Final = 32
"""No word of the vocabulary is longer; longer words are read as typed."""

_STRETCH: Final = re.compile(r"([a-z])\1\1+")
_DOUBLE: Final = re.compile(r"([a-z])\1+")
_DISGUISED: Final = re.compile(r"[0-9*$@]")
_LETTER: Final = re.compile(r"[a-z]")
# Digits and symbols that stand for letters inside a word. "1" is "i" or "l": both are
# tried, and the reading the vocabulary knows wins.
_LEET: Final = str.maketrans({"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# Classes whose words people censor with asterisks, in order of preference: "f***" is
# "fuck" before it is anything else.
_CENSORED_CLASSES: Final = ("SWEAR", "SWEAR_INTENSIFIER", "INSULT", "TRAIT_STUPID", "HARM_VERB")


def _known(word: str) -> bool:
    return get_vocabulary().is_known(word)


@functools.cache
def _censorable() -> dict[tuple[int, str], tuple[str, ...]]:
    """Words people censor, by length and first letter, most likely first."""
    vocabulary = get_vocabulary()
    index: dict[tuple[int, str], list[str]] = {}
    for name in _CENSORED_CLASSES:
        if name not in vocabulary.class_names:
            continue
        for word in sorted(vocabulary.members(name), key=lambda w: (len(w), w)):
            if " " not in word:
                index.setdefault((len(word), word[0]), []).append(word)
    return {key: tuple(dict.fromkeys(words)) for key, words in index.items()}


def _uncensor(word: str) -> str | None:
    """The word that ``word`` with asterisks in it stands for, if one fits."""
    if word[0] == "*":
        return None
    for candidate in _censorable().get((len(word), word[0]), ()):
        if all(a in ("*", b) for a, b in zip(word, candidate, strict=True)):
            return candidate
    return None


def _undisguise(word: str) -> str | None:
    """The known word behind digits and symbols used as letters, if there is one."""
    if not _LETTER.search(word):
        return None  # a number
    base = word.translate(_LEET)
    for reading in dict.fromkeys((base.replace("1", "i"), base.replace("1", "l"))):
        if "*" in reading:
            uncensored = _uncensor(reading)
            if uncensored is not None:
                return uncensored
        elif _known(reading) and reading != word:
            return reading
    stripped = word.strip("*")
    return stripped if stripped != word and stripped else None


def unmask_bang(left: str, right: str) -> str | None:
    """The word that ``left`` + "!" + ``right`` disguises, if "!" stands for an "i" in it.

    The scanner cuts at "!", so "k!ll" arrives as "k", "!", "ll". Only words of the
    classes people disguise (swearing, insults, harm verbs) are joined: "!" between two
    words is far more often a missing space ("Thanks!See you") than a letter.

    >>> unmask_bang("k", "ll"), unmask_bang("b", "tch"), unmask_bang("thanks", "see")
    ('kill', 'bitch', None)
    """
    word = f"{left}i{right}"
    if len(word) > LONGEST_WORD or not word.isalpha():
        return None
    return word if word in _censorable().get((len(word), word[0]), ()) else None


def _unstretch(word: str) -> str | None:
    """The word behind letters typed three or more times ("sooo", "neverrr")."""
    twice = _STRETCH.sub(r"\1\1", word)
    if _known(twice):
        return twice
    once = _STRETCH.sub(r"\1", word)
    if _known(once):
        return once
    single = _DOUBLE.sub(r"\1", word)
    return single if _known(single) else twice


def read_word(word: str) -> tuple[str, ...]:
    """The tokens one raw word stands for (see the module docstring)."""
    if len(word) > LONGEST_WORD:
        return (word,)
    return _read_short_word(word)


# Keyed on words of at most LONGEST_WORD characters: the cache's size in bytes is bounded.
@functools.lru_cache(maxsize=32768)
def _read_short_word(word: str) -> tuple[str, ...]:
    if "-" in word:
        letters = word.split("-")
        if len(letters) > 2 and all(len(letter) == 1 for letter in letters):
            word = join_letters("".join(letters)) or word  # "k-i-l-l"
    if _DISGUISED.search(word) and word not in EXPANSIONS:
        word = _undisguise(word) or word
    if _STRETCH.search(word):
        word = _unstretch(word) or word
    spelled = SPELLINGS.get(word)
    if spelled is not None:
        word = spelled
    expanded = EXPANSIONS.get(word)
    if expanded is not None:
        return expanded
    return split_contraction(word)


def join_letters(letters: str) -> str | None:
    """The word a run of single letters spells ("kill" from "k i l l"), if it is one.

    >>> join_letters("kill"), join_letters("ura")
    ('kill', None)
    """
    if len(letters) < 3 or len(letters) > LONGEST_WORD:
        return None
    return letters if _known(letters) else None
