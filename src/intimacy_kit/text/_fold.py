r"""Character folding: one plain lower-case string to match on, with a map back.

Matching reads a folded copy of the message: lower case, typographic quotes and dashes
as ASCII, full-width and styled letters as plain ones (NFKC), accents and other combining
marks dropped, letters that only look Latin (Cyrillic "і", Greek "ο") read as the letter
they imitate, invisible characters (zero-width spaces and joiners, direction overrides,
the soft hyphen) dropped, and every kind of space as a space. Each folded character
remembers the characters of the original it came from, so any span of the folded text
maps back to the exact span of the message that a user sees.

>>> folded = fold("Ｙｏｕ’re ki\u200bll")
>>> folded.text
"you're kill"
>>> folded.original_span(7, 11)
(7, 12)
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

from intimacy_kit.text._confusables_data import CONFUSABLE_LETTERS

__all__ = ["Folded", "fold"]

# Typographic quotes, apostrophes and dashes, which NFKC leaves alone.
_PUNCTUATION: Final = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
}
_ASCII_TABLE: Final = str.maketrans({"`": "'"})
_LINE_BREAKS: Final = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


class Folded:
    """A message and its folded form, with the map between their offsets."""

    __slots__ = ("_ends", "_starts", "original", "text")

    original: str
    """The message as given."""
    text: str
    """The folded form that rules match on."""

    def __init__(
        self,
        original: str,
        text: str,
        starts: list[int] | None = None,
        ends: list[int] | None = None,
    ) -> None:
        self.original = original
        self.text = text
        # None when the folded text has the same offsets as the original (plain ASCII).
        self._starts = starts
        self._ends = ends

    @property
    def is_identity(self) -> bool:
        """Whether folded offsets are original offsets (plain ASCII, no line-break pairs)."""
        return self._starts is None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original message that folded ``text[start:end]`` came from."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            at = self._starts[start] if start < len(self._starts) else len(self.original)
            return at, at
        return self._starts[start], self._ends[end - 1]


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str | None:
    """The folded form of one non-ASCII character; ``None`` for a combining mark.

    The cache holds single characters only, so it stays small whatever the input.
    """
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return None  # joins the character before it
    if category == "Cf":
        return ""  # invisible: zero-width characters, direction marks, soft hyphen
    if char in _LINE_BREAKS:
        return "\n"
    if category == "Zs" or char == "\t":
        return " "
    if category == "Cs":
        return char  # an unpaired surrogate: kept as an unknown symbol
    lower = char.lower()
    letter = CONFUSABLE_LETTERS.get(lower) or CONFUSABLE_LETTERS.get(char)
    if letter is not None:
        return letter
    compatible = unicodedata.normalize("NFKC", char)
    if compatible != char:
        return "".join(_fold_text_char(c) for c in compatible)
    decomposed = unicodedata.normalize("NFD", lower)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base or lower


def _fold_text_char(char: str) -> str:
    if char.isascii():
        return char.lower().translate(_ASCII_TABLE)
    folded = _fold_char(char)
    return folded or ""


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping the map back to its offsets.

    >>> fold("I’ll Ｋіll you").text
    "i'll kill you"
    >>> fold("plain text").original_span(0, 5)
    (0, 5)
    """
    if text.isascii():
        if "\r" in text:
            return _fold_slowly(text)
        return Folded(text, text.lower().translate(_ASCII_TABLE))
    return _fold_slowly(text)


def _fold_slowly(text: str) -> Folded:
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            if char == "\r":
                folded: str | None = "\n" if text[index + 1 : index + 2] != "\n" else ""
            else:
                folded = char.lower() if char != "`" else "'"
        else:
            folded = _fold_char(char)
        if folded is None:
            if ends:
                ends[-1] = index + 1  # a combining mark belongs to the letter before it
            continue
        for piece in folded:
            pieces.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return Folded(text, "".join(pieces), starts, ends)
