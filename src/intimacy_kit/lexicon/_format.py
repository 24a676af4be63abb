"""How a word class is written down: a name, a part of speech and a list of entries.

Word classes are the breadth of the detector: a rule says "a second-person reference, a
form of *be*, then a negative character word", and the class of negative character words
is where the thousands of words live. Each class is one :class:`WordClass` value in a
data module of this package, written by hand as a block of text that reads like a
glossary:

>>> lazy = WordClass(
...     name="TRAIT_LAZY",
...     pos=Pos.ADJ,
...     description="Character words for not doing one's share.",
...     entries='''
...         lazy, idle, slack   # comments run to the end of the line
...         bone-idle
...         work-shy / workshy  # spelling variants of one entry
...     ''',
... )
>>> lazy.entries
('lazy', 'idle', 'slack', 'bone-idle', 'work-shy / workshy')
>>> lazy.lemmas()
('lazy', 'idle', 'slack', 'bone-idle', 'work-shy', 'workshy')

Entries are separated by commas or line breaks; ``#`` starts a comment; ``/`` separates
spellings of one entry (British and American spellings, chat spellings), all of which are
matched; an entry of several words ("waste of space") is matched as a phrase. Entries are
lower case. Inflections (plurals, comparatives, verb forms) are not written: they are made
from the lemmas when the vocabulary is built, so "idiot" also matches "idiots".
"""

from __future__ import annotations

import enum
import re
from typing import Final

import attrs

__all__ = ["Pos", "WordClass", "parse_entries"]

_NAME: Final = re.compile(r"[A-Z][A-Z0-9_]*")
_WORDS: Final = r"['a-z0-9][a-z0-9' .-]*"
# An emoji or a symbol stands as an entry of its own ("😂", "❤"): no word character, no
# space, and none of the characters the entry format uses.
_SYMBOL: Final = r"[^\w\s,/#'.-]+"
_ENTRY: Final = re.compile(rf"(?:{_WORDS}|{_SYMBOL})(?: / (?:{_WORDS}|{_SYMBOL}))*")
_COMMENT: Final = re.compile(r"#[^\n]*")
_SEPARATOR: Final = re.compile(r"\s*/\s*")


class Pos(enum.Enum):
    """The part of speech of a class's entries, which decides how they inflect."""

    NOUN = "noun"
    """Plural forms are added ("idiot" → "idiots")."""
    ADJ = "adj"
    """Comparative and superlative forms are added ("lazy" → "lazier", "laziest")."""
    VERB = "verb"
    """Every verb form is added ("hate" → "hates", "hated", "hating")."""
    OTHER = "other"
    """Matched as written: adverbs, particles, phrases, symbols."""


def parse_entries(text: str | tuple[str, ...]) -> tuple[str, ...]:
    r"""Split a block of entries into a tuple, dropping comments and blank space.

    >>> parse_entries("a, b  # note\n c / cc")
    ('a', 'b', 'c / cc')
    """
    if isinstance(text, tuple):
        return text
    entries = []
    # A spelling separator may end a line: "grandma / granny /" goes on below.
    joined = _SEPARATOR.sub(" / ", _COMMENT.sub("", text))
    for line in joined.splitlines():
        for piece in line.split(","):
            entry = " ".join(piece.split())
            if entry:
                entries.append(entry)
    return tuple(entries)


def _check_name(instance: WordClass, attribute: attrs.Attribute[str], value: str) -> None:
    if not _NAME.fullmatch(value):
        raise ValueError(f"word class name must be UPPER_SNAKE_CASE, got {value!r}")


def _check_entries(
    instance: WordClass, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    seen: set[str] = set()
    for entry in value:
        if not _ENTRY.fullmatch(entry):
            raise ValueError(
                f"word class {instance.name}: entry {entry!r} must be lower-case words or "
                "one emoji or symbol, spellings separated by ' / '"
            )
        for spelling in entry.split(" / "):
            if spelling in seen:
                raise ValueError(f"word class {instance.name}: {spelling!r} is listed twice")
            seen.add(spelling)


@attrs.frozen
class WordClass:
    """A named class of words and phrases that rules refer to by name."""

    name: str = attrs.field(validator=_check_name)
    """The name rules use, in upper case: ``TRAIT_LAZY``."""
    pos: Pos
    """The part of speech of the entries, which decides their inflections."""
    description: str
    """What belongs in the class, and what does not."""
    entries: tuple[str, ...] = attrs.field(
        default=(), converter=parse_entries, validator=_check_entries
    )
    """The entries, as parsed by :func:`parse_entries`."""
    includes: tuple[str, ...] = ()
    """Names of other classes whose words belong to this one too."""
    inflect: bool = True
    """Whether inflections are added; off for classes whose forms are listed in full."""

    def lemmas(self) -> tuple[str, ...]:
        """Every spelling of every entry, in order (inflections not included)."""
        return tuple(spelling for entry in self.entries for spelling in entry.split(" / "))
