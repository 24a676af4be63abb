"""The text layer: one reading of a message, shared by the detector and the rewriter.

:func:`read` turns a message into a :class:`Doc`: tokens with their offsets in the
original text, their normalised form, lemma, word classes and flags; sentences; quoted
and reported speech; and the phrases of the vocabulary. Normalisation folds case,
full-width and look-alike letters, accents, invisible characters, leetspeak,
censored swear words, spaced-out and stretched letters and chat spellings, and every
token still maps back exactly to the original text.
"""

from __future__ import annotations

from intimacy_kit.text import _flags as flags
from intimacy_kit.text._doc import Doc, Token, read
from intimacy_kit.text._fold import Folded, fold

__all__ = ["Doc", "Folded", "Token", "flags", "fold", "read"]
