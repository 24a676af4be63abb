"""The feeling lexicons as word classes, so that rules can name them.

The feelings, needs and faux feelings themselves live in
:mod:`intimacy_kit.lexicon._feelings_data`, with what the rewriter needs to know about each
(its group, its intensity, the feelings and needs behind an evaluation). Here the same
words become classes: ``FEELING`` (real feelings), ``FEELING_UNPLEASANT`` and
``FAUX_FEELING`` (evaluations dressed as feelings: "ignored", "taken for granted").
"""

from __future__ import annotations

from intimacy_kit.lexicon._feelings_data import FAUX_FEELINGS, FEELINGS
from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]


def _unique(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word.replace("’", "'") for word in words))


FEELING = WordClass(
    name="FEELING",
    pos=Pos.OTHER,
    description="Real feelings, pleasant and unpleasant: lonely, hurt, grateful.",
    entries=_unique([f.word for f in FEELINGS]),
)
FEELING_UNPLEASANT = WordClass(
    name="FEELING_UNPLEASANT",
    pos=Pos.OTHER,
    description="Real feelings that hurt: lonely, sad, scared, angry.",
    entries=_unique([f.word for f in FEELINGS if not f.pleasant]),
)
FAUX_FEELING = WordClass(
    name="FAUX_FEELING",
    pos=Pos.OTHER,
    description="Evaluations of what someone did, dressed as feelings: ignored, betrayed.",
    entries=_unique([form for ff in FAUX_FEELINGS for form in ff.all_forms]),
)

CLASSES: tuple[WordClass, ...] = (FEELING, FEELING_UNPLEASANT, FAUX_FEELING)
"""The feeling classes."""
