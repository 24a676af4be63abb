"""Where contracted words split into tokens: "you're" is "you" and "'re".

Shared by the text layer (which splits what it reads) and the vocabulary (which splits
the phrases it lists the same way, so that "can't stand" is found as the tokens "ca",
"n't", "stand").

>>> split_contraction("you're"), split_contraction("don't"), split_contraction("can't")
(('you', "'re"), ('do', "n't"), ('ca', "n't"))
>>> split_contraction("o'clock"), split_contraction("y'all")
(("o'clock",), ("y'all",))
"""

from __future__ import annotations

from typing import Final

__all__ = ["split_contraction", "split_phrase"]

_SUFFIXES: Final = ("n't", "'re", "'ll", "'ve", "'m", "'d", "'s", "'l")
_WHOLE: Final = frozenset({"o'clock", "y'all", "ma'am", "rock'n'roll", "'cause", "ne'er"})


def split_contraction(word: str) -> tuple[str, ...]:
    """The tokens of one word: its stem and its contracted endings ("'l" is read "'ll")."""
    if "'" not in word or word in _WHOLE:
        return (word,)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            stem = word[: -len(suffix)]
            ending = "'ll" if suffix == "'l" else suffix
            return (*split_contraction(stem), ending)
    return (word,)


def split_phrase(phrase: str) -> str:
    """A phrase with each word split as the tokenizer splits it, joined by spaces.

    >>> split_phrase("can't stand")
    "ca n't stand"
    """
    return " ".join(token for word in phrase.split() for token in split_contraction(word))
