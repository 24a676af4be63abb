"""The lexicon: word classes written by hand, their inflections, and the feeling lexicons.

Rules name word classes (``TRAIT_LAZY``, ``INSULT``, ``HARM_VERB``); the classes are
written in the data modules of this package as glossary-like blocks of text
(:class:`WordClass`), and :func:`get_vocabulary` numbers and indexes them, with their
inflections, for the text layer and the rule compiler.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass
from intimacy_kit.lexicon._vocabulary import Phrase, Vocabulary, get_vocabulary, inflections

__all__ = ["Phrase", "Pos", "Vocabulary", "WordClass", "get_vocabulary", "inflections"]
