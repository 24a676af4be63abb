"""Lexicons of feelings, needs, faux feelings and character labels, with fast lookups.

The detector uses the frozensets of forms to build its patterns; the rewriter uses the
lookups to turn a judgment into the feelings and needs behind it:

>>> ff = faux_feeling("Ignored")
>>> ff.feelings[:2], ff.needs[0]
(('lonely', 'hurt'), 'being seen')
>>> need(ff.needs[0]).because
'because I need to be seen'
>>> [need(n).clause for n in character_label("lazy").needs]
['us to share the load', 'some support', 'fairness between us']

Every :attr:`Need.clause` completes :data:`NEED_CLAUSE_TEMPLATE`, ``"because I need
{clause}"``. All lookups are case-insensitive, accept every listed form, treat curly
apostrophes and runs of spaces like their plain forms, and return ``None`` for unknown
words. The indexes are plain dicts built once at import; nothing here is mutable.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from typing import TypeVar

from intimacy_kit.lexicon._feelings_data import (
    CHARACTER_LABELS,
    FAUX_FEELINGS,
    FEELINGS,
    NEEDS,
    RAW_CATEGORY_MAPS,
)
from intimacy_kit.lexicon._feelings_types import (
    NEED_CLAUSE_TEMPLATE,
    CharacterLabel,
    FauxFeeling,
    Feeling,
    FeelingGroup,
    FeelingIntensity,
    Need,
    NeedGroup,
    PartOfSpeech,
)

__all__ = [
    "CATEGORY_FEELINGS",
    "CATEGORY_NEEDS",
    "CHARACTER_LABELS",
    "FAUX_FEELINGS",
    "FAUX_FEELING_FORMS",
    "FEELINGS",
    "FEELING_WORDS",
    "INSULT_FORMS",
    "LABEL_FORMS",
    "NEEDS",
    "NEED_CLAUSE_TEMPLATE",
    "NEED_NAMES",
    "CharacterLabel",
    "FauxFeeling",
    "Feeling",
    "FeelingGroup",
    "FeelingIntensity",
    "Need",
    "NeedGroup",
    "PartOfSpeech",
    "character_label",
    "faux_feeling",
    "feeling",
    "feelings_in",
    "need",
    "needs_in",
]

_T = TypeVar("_T")

_KEY_TABLE = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual curly apostrophe
        "\u2018": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
    }
)


def _key(text: str) -> str:
    """The lookup key of a word: lower case, plain apostrophes and hyphens, single spaces."""
    return " ".join(text.translate(_KEY_TABLE).lower().split())


def _index(pairs: Iterable[tuple[str, _T]], what: str) -> dict[str, _T]:
    """A dict from key to value that refuses a key given twice (a data error)."""
    index: dict[str, _T] = {}
    for word, value in pairs:
        key = _key(word)
        if key in index:
            raise ValueError(f"{what}: {word!r} is listed twice")
        index[key] = value
    return index


_FEELING_INDEX = _index(((f.word, f) for f in FEELINGS), "FEELINGS")
_NEED_INDEX = _index(((n.name, n) for n in NEEDS), "NEEDS")
_FAUX_INDEX = _index(((form, ff) for ff in FAUX_FEELINGS for form in ff.all_forms), "FAUX_FEELINGS")
_LABEL_INDEX = _index(
    ((form, lbl) for lbl in CHARACTER_LABELS for form in lbl.all_forms), "CHARACTER_LABELS"
)

FEELING_WORDS: frozenset[str] = frozenset(_FEELING_INDEX)
"""Every feeling word (pleasant and unpleasant), lower case, for patterns."""
NEED_NAMES: frozenset[str] = frozenset(_NEED_INDEX)
"""Every need name, lower case."""
FAUX_FEELING_FORMS: frozenset[str] = frozenset(_FAUX_INDEX)
"""Every form of every faux feeling ("ignored", "criticized", "taken for granted"...)."""
LABEL_FORMS: frozenset[str] = frozenset(_LABEL_INDEX)
"""Every form of every character label, insults included."""
INSULT_FORMS: frozenset[str] = frozenset(k for k, lbl in _LABEL_INDEX.items() if lbl.insult)
"""The forms of the labels that are name-calling or contempt (high severity)."""


CATEGORY_NEEDS: Mapping[str, tuple[str, ...]] = types.MappingProxyType(
    {category: needs for category, needs, _ in RAW_CATEGORY_MAPS}
)
"""Detector category value (``"label"``...) -> names of the needs typically unmet behind it.

Keys are plain strings; since :class:`~intimacy_kit.Category` is a ``str`` enum, its members
work as keys too.

>>> CATEGORY_NEEDS["mind_reading"]
('reassurance', 'connection', 'clarity')
"""
CATEGORY_FEELINGS: Mapping[str, tuple[str, ...]] = types.MappingProxyType(
    {category: feelings for category, _, feelings in RAW_CATEGORY_MAPS}
)
"""Detector category value -> feeling words typical of the person who speaks that way.

>>> CATEGORY_FEELINGS["stonewalling"][0]
'overwhelmed'
"""


def feeling(word: str) -> Feeling | None:
    """The real feeling called ``word`` (any case), or ``None``.

    >>> feeling("Lonely").group.value, feeling("worn  out").intensity
    ('disconnected', 2)
    >>> feeling("ignored") is None  # an evaluation, not a feeling
    True
    """
    return _FEELING_INDEX.get(_key(word))


def need(name: str) -> Need | None:
    """The need called ``name`` (any case), or ``None``.

    >>> need("Consideration").because
    'because I need to know my needs count too'
    >>> need("pizza") is None
    True
    """
    return _NEED_INDEX.get(_key(name))


def faux_feeling(word: str) -> FauxFeeling | None:
    """The faux feeling that ``word`` is a form of (any case, any listed spelling), or ``None``.

    >>> faux_feeling("CRITICIZED").word
    'criticised'
    >>> faux_feeling("taken for granted").evaluates
    'counting on me without noticing what I do'
    >>> faux_feeling("lonely") is None  # a real feeling
    True
    """
    return _FAUX_INDEX.get(_key(word))


def character_label(word: str) -> CharacterLabel | None:
    """The character label that ``word`` is a form of (any case, any listed form), or ``None``.

    >>> lbl = character_label("Self-Centered")
    >>> lbl.word, lbl.pos, lbl.insult
    ('self-centred', 'adj', False)
    >>> character_label("idiots") is None, character_label("moronic").insult
    (True, True)
    """
    return _LABEL_INDEX.get(_key(word))


def feelings_in(group: FeelingGroup | str, *, intensity: int | None = None) -> tuple[Feeling, ...]:
    """The feelings of one group, in lexicon order, optionally of one intensity only.

    >>> [f.word for f in feelings_in("hurt", intensity=3)][:3]
    ['shocked', 'crushed', 'heartbroken']
    """
    wanted = FeelingGroup(group)
    return tuple(
        f for f in FEELINGS if f.group is wanted and (intensity is None or f.intensity == intensity)
    )


def needs_in(group: NeedGroup | str) -> tuple[Need, ...]:
    """The needs of one group, in lexicon order.

    >>> [n.name for n in needs_in("play")]
    ['play', 'fun', 'humour', 'adventure', 'spontaneity']
    """
    wanted = NeedGroup(group)
    return tuple(n for n in NEEDS if n.group is wanted)
