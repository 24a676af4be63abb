"""The flags of a token: what kind of piece it is, and where it stands.

A token's flags are one ``int``; rules test them like word classes (``PUNCT``,
``QUOTED``, ``SENTENCE_END``). The kind flags come from the scanner, the others from the
passes that read sentences, quotes and reported speech.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

WORD: Final = 1 << 0
"""Letters and digits: a word, a contraction, a censored swear word."""
PUNCT: Final = 1 << 1
"""Punctuation other than quote marks."""
QUOTE: Final = 1 << 2
"""A quote mark: ``"``, or ``'`` where it is not an apostrophe inside a word."""
EMOTICON: Final = 1 << 3
"""A typed face such as ``:(``."""
SYMBOL: Final = 1 << 4
"""Emoji and other symbols (a run of them is one token)."""
LINK: Final = 1 << 5
"""A web or e-mail address, or an @-mention."""
ABBREVIATION: Final = 1 << 6
"""A word with its full stop kept ("Mr.", "etc.")."""
NUMBER: Final = 1 << 7
"""A word of digits only."""
SENTENCE_END: Final = 1 << 8
"""Punctuation that ends a sentence: ``.``, ``!``, ``?`` and their runs."""
CLAUSE_BREAK: Final = 1 << 9
"""Punctuation inside a sentence that separates clauses: ``;``, ``:``, dashes, ``...``."""
COMMA: Final = 1 << 10
"""A comma."""
QUOTED: Final = 1 << 11
"""Inside a pair of quote marks."""
REPORTED: Final = 1 << 12
"""In reported speech or a story: after "she said", "in the movie"."""
CAPITALIZED: Final = 1 << 13
"""Written with a capital first letter in the original."""
SHOUTED: Final = 1 << 14
"""Written in capitals in the original (two letters or more)."""
QUESTION: Final = 1 << 15
"""Sentence-final punctuation that contains a question mark."""
FICTION: Final = 1 << 16
"""In a story being told: a film, a book, a game ("in the movie he says …")."""

FLAG_NAMES: Final = MappingProxyType(
    {
        "WORD": WORD,
        "PUNCT": PUNCT,
        "QUOTE_MARK": QUOTE,
        "EMOTICON": EMOTICON,
        "SYMBOL": SYMBOL,
        "LINK": LINK,
        "ABBREVIATION": ABBREVIATION,
        "NUMBER": NUMBER,
        "SENTENCE_END": SENTENCE_END,
        "CLAUSE_BREAK": CLAUSE_BREAK,
        "COMMA": COMMA,
        "QUOTED": QUOTED,
        "REPORTED": REPORTED,
        "CAPITALIZED": CAPITALIZED,
        "SHOUTED": SHOUTED,
        "QUESTION_MARK": QUESTION,
        "FICTION": FICTION,
    }
)
"""The flags by the names rules use for them."""
FLAG_BITS: Final = 17
"""How many bits the flags take; word classes are numbered above them."""
