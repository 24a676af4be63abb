"""A rough guess at whether a line is English, to say so when a line is left alone.

The library reads English only. A line in another language comes back unchanged,
which looks like "nothing to change"; the command line says why instead. The guess
is deliberately modest: three words or more and not one common English word.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["looks_english"]

# Common English words that are not also common words of the nearby European
# languages ("me", "a", "no", "in", "on" and "so" are, and are left out).
_ENGLISH: Final = frozenset(
    """
    the you your you're youre yours i i'm im my mine we our us it it's its is are was were
    be been being to and of that this these those not don't dont didn't didnt can't cant
    won't wont with for have has had what why how when where who just never always
    about would could should will there their they them he she his her him do does did
    """.split()
)
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def looks_english(text: str) -> bool:
    """False only for a line of three words or more with no common English word.

    >>> looks_english("You never listen to me."), looks_english("Ok")
    (True, True)
    >>> looks_english("Tu ne m'écoutes jamais."), looks_english("Nunca me escuchas nada")
    (False, False)
    """
    words = [word.replace("’", "'") for word in _WORD.findall(text.lower())]
    if len(words) < 3:
        return True  # too short to tell
    return any(word in _ENGLISH for word in words)
