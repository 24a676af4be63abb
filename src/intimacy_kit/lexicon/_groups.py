"""Umbrella classes over the semantic groups: every trait word, every insult.

The trait and insult words are written in semantic groups (``TRAIT_LAZY``,
``INSULT_STUPID``), which the rewriter reads to find the need behind a label. Most rules
only care that a word is *a* negative trait or *an* insult: these classes include the
groups, so a group added to a data module is covered by every rule at once.
"""

from __future__ import annotations

from intimacy_kit.lexicon import _insults, _label_words, _traits
from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

TRAIT = WordClass(
    name="TRAIT",
    pos=Pos.ADJ,
    description="Every negative character adjective (the union of the TRAIT_ groups).",
    includes=tuple(
        c.name
        for c in _traits.CLASSES
        if c.name.startswith("TRAIT_") and c.name != "TRAIT_AMBIGUOUS"
    ),
)
INSULT = WordClass(
    name="INSULT",
    pos=Pos.NOUN,
    description=(
        "Every insult noun aimed at a person (the INSULT_ groups), except the ambiguous "
        "ones that also have a harmless sense (INSULT_AMBIGUOUS)."
    ),
    includes=(
        *(
            c.name
            for c in _insults.CLASSES
            if c.name.startswith("INSULT_") and c.name != "INSULT_AMBIGUOUS"
        ),
        _label_words.OPEN_INSULT.name,
    ),
)

CLASSES: tuple[WordClass, ...] = (TRAIT, INSULT)
"""The umbrella classes."""
