"""Value types of the lexicons: feelings, needs, faux feelings and character labels.

The data lives in :mod:`intimacy_kit.lexicon._feelings_data`; the lookups in
:mod:`intimacy_kit.lexicon._feelings`. Everything here is immutable (``attrs.frozen``)
and checked by cheap validators when it is built, so a typo in the data fails at
import, not in a user's rewrite.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import attrs

from intimacy_kit._model import TextEnum

__all__ = [
    "NEED_CLAUSE_TEMPLATE",
    "CharacterLabel",
    "FauxFeeling",
    "Feeling",
    "FeelingGroup",
    "FeelingIntensity",
    "Need",
    "NeedGroup",
    "PartOfSpeech",
]

NEED_CLAUSE_TEMPLATE = "because I need {clause}"
"""The one sentence frame every :attr:`Need.clause` is written for.

A clause completes ``"because I need ___"``: ``"to be heard"``, ``"some support"``,
``"us to share the load"``. It starts in lower case, ends without punctuation and reads as
something a caring person would say about themselves, without blaming anyone.
"""

FeelingIntensity = Literal[1, 2, 3]
"""How strong a feeling word is: 1 mild, 2 moderate, 3 strong."""

PartOfSpeech = Literal["adj", "noun"]
"""Whether a character label is used as an adjective ("lazy") or a noun ("idiot")."""


def _lower_words(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value or value != value.strip() or value != value.lower() or "  " in value:
        raise ValueError(f"{attribute.name} must be trimmed lower-case words, got {value!r}")


def _phrase(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value or value != value.strip() or "  " in value or value[0] != value[0].lower():
        raise ValueError(f"{attribute.name} must be a trimmed phrase in lower case, got {value!r}")
    if value[-1] in ".,;:!?":
        raise ValueError(f"{attribute.name} must not end with punctuation, got {value!r}")


def _lower_words_each(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for item in value:
        if not item or item != item.strip() or item != item.lower() or "  " in item:
            raise ValueError(f"{attribute.name} must be trimmed lower-case words, got {item!r}")


_TupleValidator = Callable[[object, "attrs.Attribute[tuple[str, ...]]", tuple[str, ...]], None]


def _count(low: int, high: int) -> _TupleValidator:
    def check(
        instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if not low <= len(value) <= high:
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name} needs {low}-{high} items, "
                f"got {len(value)}: {value!r}"
            )
        if len(set(value)) != len(value):
            raise ValueError(f"{type(instance).__name__}.{attribute.name} repeats an item")

    return check


# --------------------------------------------------------------------------- enums


class FeelingGroup(TextEnum):
    """The families feeling words are sorted into; the values are plain strings.

    >>> FeelingGroup.SCARED.value
    'scared'
    >>> FeelingGroup("hurt").pleasant, FeelingGroup.GRATEFUL.pleasant
    (False, True)
    """

    SAD = "sad"
    """Low, heavy, grieving or discouraged."""
    SCARED = "scared"
    """Afraid, anxious, worried, insecure or on edge."""
    ANGRY = "angry"
    """Angry, frustrated, irritated, resentful or impatient."""
    TIRED = "tired"
    """Tired, drained, stressed or overwhelmed."""
    CONFUSED = "confused"
    """Puzzled, torn, unsure or lost."""
    HURT = "hurt"
    """Hurt, heartbroken, shocked or upset."""
    DISCONNECTED = "disconnected"
    """Lonely, distant, numb or detached."""
    EMBARRASSED = "embarrassed"
    """Embarrassed, ashamed, guilty or self-conscious."""
    HAPPY = "happy"
    """Glad, joyful, excited, amused or proud."""
    GRATEFUL = "grateful"
    """Thankful, appreciative, moved or touched."""
    CALM = "calm"
    """Calm, relaxed, relieved, safe or content."""
    AFFECTIONATE = "affectionate"
    """Loving, warm, tender, close or trusting."""
    HOPEFUL = "hopeful"
    """Hopeful, optimistic, eager, curious or confident."""

    @property
    def pleasant(self) -> bool:
        """Whether the feelings in this group are pleasant ones (needs met)."""
        return self in _PLEASANT_GROUPS


_PLEASANT_GROUPS = frozenset(
    {
        FeelingGroup.HAPPY,
        FeelingGroup.GRATEFUL,
        FeelingGroup.CALM,
        FeelingGroup.AFFECTIONATE,
        FeelingGroup.HOPEFUL,
    }
)


class NeedGroup(TextEnum):
    """The families needs are sorted into; the values are plain strings.

    >>> NeedGroup.FAIRNESS.value
    'fairness'
    >>> NeedGroup("physical").heading
    'Physical well-being'
    """

    CONNECTION = "connection"
    """Closeness, being heard and seen, acceptance, appreciation, belonging."""
    AUTONOMY = "autonomy"
    """Choice, space, freedom, privacy and self-expression."""
    HONESTY = "honesty"
    """Honesty, openness, clarity and living by one's values."""
    MEANING = "meaning"
    """Purpose, contribution, growth, competence and hope."""
    PEACE = "peace"
    """Peace, harmony, ease and order."""
    PHYSICAL = "physical"
    """Physical well-being: rest, sleep, health, touch and physical safety."""
    PLAY = "play"
    """Fun, humour, adventure and spontaneity."""
    FAIRNESS = "fairness"
    """Fairness and mutuality: consideration, respect, reciprocity, a shared load."""
    SUPPORT = "support"
    """Help, care, comfort, encouragement and teamwork."""
    SECURITY = "security"
    """Safety, stability, trust, reliability and reassurance."""

    @property
    def heading(self) -> str:
        """A human-readable name for headings (``"Physical well-being"``)."""
        return "Physical well-being" if self is NeedGroup.PHYSICAL else self.value.capitalize()


# --------------------------------------------------------------------------- values


def _intensity(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value not in (1, 2, 3):
        raise ValueError(f"{attribute.name} must be 1, 2 or 3, got {value!r}")


def _pleasant_default(self: Feeling) -> bool:
    return self.group.pleasant


@attrs.frozen
class Feeling:
    """A real feeling: a state inside the speaker, never a verdict on what someone else did.

    >>> f = Feeling("lonely", FeelingGroup.DISCONNECTED, 2)
    >>> f.pleasant, f.group.value
    (False, 'disconnected')
    >>> Feeling("Lonely", "sad", 2)
    Traceback (most recent call last):
    ...
    ValueError: word must be trimmed lower-case words, got 'Lonely'
    """

    word: str = attrs.field(validator=_lower_words)
    """The feeling as it follows "I feel" (``"lonely"``, ``"worn out"``), lower case."""
    group: FeelingGroup = attrs.field(converter=FeelingGroup)
    """The family of feelings this word belongs to."""
    intensity: FeelingIntensity = attrs.field(validator=_intensity)
    """How strong the word is: 1 mild (``"uneasy"``), 2 moderate, 3 strong (``"terrified"``)."""
    pleasant: bool = attrs.field(default=attrs.Factory(_pleasant_default, takes_self=True))
    """True for feelings of needs met (glad, calm); defaults to what the group says."""

    def __attrs_post_init__(self) -> None:
        if self.pleasant != self.group.pleasant:
            raise ValueError(f"Feeling {self.word!r}: pleasant disagrees with its group")


@attrs.frozen
class Need:
    """A universal need, with a clause that says it naturally in a sentence.

    ``clause`` completes :data:`NEED_CLAUSE_TEMPLATE` (``"because I need {clause}"``).

    >>> n = Need("being heard", NeedGroup.CONNECTION, "to be heard")
    >>> n.because
    'because I need to be heard'
    >>> Need("support", "support", "some support.")
    Traceback (most recent call last):
    ...
    ValueError: Need 'support': clause must not end with punctuation
    """

    name: str = attrs.field(validator=_lower_words)
    """The need as a noun phrase (``"consideration"``, ``"being heard"``), lower case."""
    group: NeedGroup = attrs.field(converter=NeedGroup)
    """The family of needs this one belongs to."""
    clause: str = attrs.field(validator=attrs.validators.instance_of(str))
    """Words that complete ``"because I need ___"`` (``"to know my needs count too"``)."""

    def __attrs_post_init__(self) -> None:
        clause = self.clause
        if not clause or clause != clause.strip() or "  " in clause:
            raise ValueError(f"Need {self.name!r}: clause must be trimmed words")
        if clause[-1] in ".,;:!?":
            raise ValueError(f"Need {self.name!r}: clause must not end with punctuation")
        if clause[0] != clause[0].lower():
            raise ValueError(f"Need {self.name!r}: clause must start in lower case")
        if any(mark in clause for mark in ("{", "}", "___")):
            raise ValueError(f"Need {self.name!r}: clause has a placeholder in it")

    @property
    def because(self) -> str:
        """The clause rendered into :data:`NEED_CLAUSE_TEMPLATE`."""
        return NEED_CLAUSE_TEMPLATE.format(clause=self.clause)


@attrs.frozen
class FauxFeeling:
    """An evaluation dressed as a feeling ("I feel ignored"), with what lies behind it.

    ``forms`` holds the other accepted spellings; :attr:`all_forms` adds ``word`` in front.

    >>> ff = FauxFeeling("criticised", ("criticized",), ("hurt", "discouraged"),
    ...                  ("acceptance",), "finding fault with me")
    >>> ff.all_forms
    ('criticised', 'criticized')
    >>> ff.feelings[0]
    'hurt'
    """

    word: str = attrs.field(validator=_lower_words)
    """The base form as it follows "I feel" (``"ignored"``, ``"taken for granted"``)."""
    forms: tuple[str, ...] = attrs.field(validator=_lower_words_each)
    """Other spellings of the same word (British/US, hyphenated or spaced); may be empty."""
    feelings: tuple[str, ...] = attrs.field(validator=[_lower_words_each, _count(2, 4)])
    """Real feeling words (keys of the feelings lexicon) likely behind it, most likely first."""
    needs: tuple[str, ...] = attrs.field(validator=[_lower_words_each, _count(1, 3)])
    """Names of the needs (keys of the needs lexicon) likely unmet, most likely first."""
    evaluates: str = attrs.field(validator=_phrase)
    """What the word implies the other person did (``"not paying attention to me"``)."""

    @property
    def all_forms(self) -> tuple[str, ...]:
        """``word`` followed by every other spelling in ``forms``."""
        return (self.word, *self.forms)


@attrs.frozen
class CharacterLabel:
    """A character label or insult one partner might throw at the other.

    ``forms`` holds spelling variants and the noun or adjective that names the same thing;
    :attr:`all_forms` adds ``word`` in front.

    >>> lbl = CharacterLabel("idiot", ("idiotic",), "noun", True, ("understanding",),
    ...                      ("frustrated",))
    >>> lbl.all_forms, lbl.insult
    (('idiot', 'idiotic'), True)
    """

    word: str = attrs.field(validator=_lower_words)
    """The label as it follows "you're (a)" (``"lazy"``, ``"control freak"``), lower case."""
    forms: tuple[str, ...] = attrs.field(validator=_lower_words_each)
    """Other spellings and same-meaning noun/adjective alternates; may be empty."""
    pos: PartOfSpeech = attrs.field(validator=attrs.validators.in_(("adj", "noun")))
    """``"adj"`` for adjectives ("lazy"), ``"noun"`` for nouns ("jerk", "control freak")."""
    insult: bool
    """True for name-calling and contempt (idiot, pathetic, loser): high severity."""
    needs: tuple[str, ...] = attrs.field(validator=[_lower_words_each, _count(1, 3)])
    """Names of the needs likely unmet behind the label, most likely first."""
    feelings: tuple[str, ...] = attrs.field(validator=[_lower_words_each, _count(1, 3)])
    """Real feeling words the speaker likely feels, most likely first."""

    @property
    def all_forms(self) -> tuple[str, ...]:
        """``word`` followed by every other form in ``forms``."""
        return (self.word, *self.forms)
