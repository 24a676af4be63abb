"""The first pass of tokenizing: raw pieces of the folded text, with their kinds.

One regular expression cuts the folded text into pieces: words (letters and digits, with
inner hyphens and apostrophes, and the ``*``, ``$`` and ``@`` of censored or leetspeak
words), runs of sentence-final punctuation, single other punctuation marks, quote marks,
emoticons, links and runs of symbols (emoji). Every alternative consumes at least one
character and none looks further ahead than one character, so the scan is linear in the
length of the text whatever it contains.

>>> [(text, kind) for _, _, text, kind in scan("you're a f***ing idiot!!! :(")]
[("you're", 1), ('a', 1), ('f***ing', 1), ('idiot', 1), ('!!!', 2), (':(', 8)]
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["Piece", "scan"]

from intimacy_kit.text._flags import ABBREVIATION, EMOTICON, LINK, PUNCT, QUOTE, SYMBOL, WORD

# Abbreviations whose full stop does not end a sentence. Deliberately short: in chat a
# full stop after "no" or "so" ends the sentence.
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms mx dr prof st sr jr vs etc approx appt dept e.g i.e a.m p.m u.s u.k n.b p.s".split()
)
# Letters and digits, joined by inner hyphens and apostrophes, with the symbols of
# censored and leetspeak words ("f***", "a$$", "@ss"). Each repetition starts with a
# character the one before cannot take, so the scan never backtracks.
_WORD: Final = r"(?P<word>(?:[@$]+(?=[^\W_]))?[^\W_]+(?:[-'][^\W_]+|[*$@]+[^\W_]*)*)"
_REST: Final = (
    r"|(?P<final>[.!?]+)"
    r"|(?P<quote>[\"'])"
    r"|(?P<emoticon>(?<![^\s(])[:;=8x][-o^']?[()\[\]dp/\\|o3*@](?![^\W_]))"
    r"|(?P<punct>[,;:()\[\]{}\-/&+=<>~^|\\]|\*+)"
    r"|(?P<symbol>[^\w\s.!?,;:()\[\]{}\-/&+=<>~^|\\\"'*]+)"
)
# The common case: no web or e-mail address, no @-mention.
_PATTERN: Final = re.compile(_WORD + _REST)
# An e-mail address starts only where a run of its characters starts (the lookbehind):
# tried at every letter of a long word, it would rescan the word each time.
_WITH_LINKS: Final = re.compile(
    r"(?P<link>https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|@\w+)|" + _WORD + _REST
)
_KINDS: Final = {
    "link": LINK,
    "emoticon": EMOTICON,
    "word": WORD,
    "final": PUNCT,
    "quote": QUOTE,
    "punct": PUNCT,
    "symbol": SYMBOL,
}


Piece = tuple[int, int, str, int]
"""One raw piece of the folded text: its start and end in the folded text, its characters
and its kind (a flag of :mod:`intimacy_kit.text._flags`). Plain tuples: the scan makes one
per word of every message read."""


def scan(folded: str) -> list[Piece]:
    """The raw pieces of a folded text, in order; whitespace separates them."""
    kinds = _KINDS
    pattern = _WITH_LINKS if ("@" in folded or "//" in folded or "www." in folded) else _PATTERN
    pieces: list[Piece] = [
        (*match.span(), match.group(), kinds[match.lastgroup])  # type: ignore[index]
        for match in pattern.finditer(folded)
    ]
    if "." in folded:
        return _with_abbreviations(pieces)
    return pieces


def _with_abbreviations(pieces: list[Piece]) -> list[Piece]:
    """Join a word and the full stop after it when together they are an abbreviation.

    >>> [text for _, _, text, _ in scan("see dr. who, e.g. now.")]
    ['see', 'dr.', 'who', ',', 'e.g.', 'now', '.']
    """
    result: list[Piece] = []
    index = 0
    size = len(pieces)
    while index < size:
        start, end, text, kind = pieces[index]
        if (
            kind == WORD
            and index + 1 < size
            and pieces[index + 1][2] == "."
            and pieces[index + 1][0] == end
        ):
            # "e.g." arrives as "e", ".", "g", "."
            last = index + 1
            name = text
            if (
                last + 2 < size
                and pieces[last + 1][0] == pieces[last][1]
                and pieces[last + 2][2] == "."
                and pieces[last + 2][0] == pieces[last + 1][1]
            ):
                longer = f"{text}.{pieces[last + 1][2]}"
                if longer in _ABBREVIATIONS:
                    name, last = longer, last + 2
            if name in _ABBREVIATIONS:
                result.append((start, pieces[last][1], name + ".", WORD | ABBREVIATION))
                index = last + 1
                continue
        result.append(pieces[index])
        index += 1
    return result
