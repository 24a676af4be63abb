"""Value types of the barrier taxonomy and the exercise catalogue.

Everything here is immutable (``attrs.frozen``), checked by validators when it is built,
and has a stable ``to_dict()`` that is ready for JSON: enums become their string values
and tuples become lists.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from intimacy_kit._model import Category, TextEnum

__all__ = [
    "Barrier",
    "BarrierKind",
    "Difficulty",
    "Exercise",
    "PlanDay",
    "PlanItem",
    "PracticePlan",
    "Source",
    "Who",
]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


# --------------------------------------------------------------------------- enums


class BarrierKind(TextEnum):
    """The broad families the barriers fall into; the values are plain strings.

    >>> BarrierKind.SELF_PROTECTIVE.value
    'self_protective'
    >>> BarrierKind("origin").display_name
    'Origin or background'
    """

    SELF_PROTECTIVE = "self_protective"
    """A habit a person uses to keep from feeling exposed (stoicism, numbing, busyness)."""
    RELATIONAL = "relational"
    """Something between the two partners that wears the connection down."""
    ORIGIN = "origin"
    """Where a difficulty opening up comes from: history, upbringing, norms, temperament."""
    PARTNER_DYNAMIC = "partner_dynamic"
    """How one partner's way of relating makes the other put up a wall."""
    COMMUNICATION_PATTERN = "communication_pattern"
    """A way of arguing that research on couples links to breakdown."""

    @property
    def display_name(self) -> str:
        """A human-readable name for headings (``"Self-protective pattern"``)."""
        return _KIND_TITLES[self]

    @property
    def description(self) -> str:
        """One sentence saying what barriers of this kind have in common."""
        return _KIND_DESCRIPTIONS[self]


_KIND_TITLES = {
    BarrierKind.SELF_PROTECTIVE: "Self-protective pattern",
    BarrierKind.RELATIONAL: "Relational barrier",
    BarrierKind.ORIGIN: "Origin or background",
    BarrierKind.PARTNER_DYNAMIC: "Partner dynamic",
    BarrierKind.COMMUNICATION_PATTERN: "Communication pattern",
}

_KIND_DESCRIPTIONS = {
    BarrierKind.SELF_PROTECTIVE: (
        "Habits that keep a person safe from feeling exposed, at the price of closeness."
    ),
    BarrierKind.RELATIONAL: (
        "Conditions between the two partners that slowly widen the distance between them."
    ),
    BarrierKind.ORIGIN: (
        "Backgrounds that explain why opening up is hard; they call for compassion, not blame."
    ),
    BarrierKind.PARTNER_DYNAMIC: (
        "Ways one partner relates that lead the other to close off or give up."
    ),
    BarrierKind.COMMUNICATION_PATTERN: (
        "Ways of fighting that couples research links to breakdown, each with an antidote."
    ),
}


class Who(TextEnum):
    """Who does an exercise.

    >>> Who("together") is Who.TOGETHER
    True
    >>> Who.PARTNER.display_name
    'Toward your partner'
    """

    SOLO = "solo"
    """On your own; your partner need not take part or even know."""
    PARTNER = "partner"
    """You practise it toward your partner; they take part without needing to prepare."""
    TOGETHER = "together"
    """Both partners agree to do it side by side, with equal roles."""

    @property
    def display_name(self) -> str:
        """A human-readable label for tables (``"On your own"``)."""
        return {
            Who.SOLO: "On your own",
            Who.PARTNER: "Toward your partner",
            Who.TOGETHER: "Together",
        }[self]


@functools.total_ordering
class Difficulty(enum.Enum):
    """How much skill and emotional risk an exercise asks for, ordered ``EASY < MODERATE < HARD``.

    >>> Difficulty.EASY < Difficulty.MODERATE < Difficulty.HARD
    True
    >>> Difficulty.from_label("moderate") is Difficulty.MODERATE
    True
    """

    EASY = 1
    """Low risk; can be started tonight without preparation."""
    MODERATE = 2
    """Asks for some practice or a willing partner and a calm moment."""
    HARD = 3
    """Touches painful ground; go slowly, and get outside help if it keeps going badly."""

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Difficulty):
            return NotImplemented
        return self.value < other.value

    @property
    def label(self) -> str:
        """The lower-case name used in JSON and the docs: ``"easy"``, ``"moderate"``, ``"hard"``."""
        return self.name.lower()

    @classmethod
    def from_label(cls, label: str) -> Difficulty:
        """The member whose :attr:`label` is ``label`` (case-insensitive).

        >>> Difficulty.from_label("HARD")
        <Difficulty.HARD: 3>
        """
        try:
            return cls[label.strip().upper()]
        except KeyError:
            known = ", ".join(m.label for m in cls)
            raise ValueError(f"unknown difficulty {label!r}; expected one of {known}") from None


# --------------------------------------------------------------------------- validators


def _non_empty_str(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")
    if value != value.strip():
        raise ValueError(f"{attribute.name} has leading or trailing whitespace: {value!r}")


def _slug(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    _non_empty_str(instance, attribute, value)
    if not _SLUG.fullmatch(value):
        raise ValueError(
            f"{attribute.name} must be a lower-case slug such as 'fear-of-vulnerability', "
            f"got {value!r}"
        )


def _tuple_of(
    member: Callable[[Any, attrs.Attribute[Any], Any], None],
    *,
    min_len: int = 0,
    max_len: int | None = None,
    unique: bool = True,
) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """A validator for a tuple whose members all pass ``member``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        if len(value) < min_len:
            raise ValueError(f"{attribute.name} needs at least {min_len} item(s), got {len(value)}")
        if max_len is not None and len(value) > max_len:
            raise ValueError(f"{attribute.name} allows at most {max_len} items, got {len(value)}")
        if unique and len(set(value)) != len(value):
            raise ValueError(f"{attribute.name} has duplicate items: {value!r}")
        for item in value:
            member(instance, attribute, item)

    return check


def _instance(kind: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise TypeError(
                f"{attribute.name} items must be {kind.__name__}, got {type(value).__name__}"
            )

    return check


def _cue(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    _non_empty_str(instance, attribute, value)
    if value != value.lower():
        raise ValueError(f"{attribute.name} must be lower case: {value!r}")
    if "’" in value or "‘" in value:
        raise ValueError(f"{attribute.name} must use straight apostrophes: {value!r}")


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value <= 0:
        raise ValueError(f"{attribute.name} must be > 0, got {value}")


def _optional_str(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        _non_empty_str(instance, attribute, value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- values


@attrs.frozen
class Source:
    """Where a barrier or an exercise comes from.

    A seed text has a ``file`` (its name in the project's seed folder); general research
    knowledge and common clinical practice have ``file=None`` and say so in ``note``.

    >>> s = Source(title="Blocking Emotional Intimacy", file="001_1df12793b8993652.txt")
    >>> s.is_seed, s.to_dict()["file"]
    (True, '001_1df12793b8993652.txt')
    """

    title: str = attrs.field(validator=_non_empty_str)
    """The title of the text, or a short name for the body of knowledge cited."""
    file: str | None = attrs.field(default=None, validator=_optional_str)
    """The seed file name, or ``None`` when the source is not one of the seed texts."""
    author: str | None = attrs.field(default=None, validator=_optional_str)
    """The author, when known."""
    year: int | None = None
    """The year of publication or last update, when known."""
    note: str | None = attrs.field(default=None, validator=_optional_str)
    """Anything a reader needs to judge the citation (an untitled seed, general knowledge)."""

    @property
    def is_seed(self) -> bool:
        """True when the source is one of the project's seed texts."""
        return self.file is not None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys."""
        return {
            "title": self.title,
            "file": self.file,
            "author": self.author,
            "year": self.year,
            "note": self.note,
        }


@attrs.frozen
class Barrier:
    """Something that blocks emotional intimacy, with what to notice and what helps.

    >>> b = Barrier(
    ...     id="example-wall", name="Example wall", kind=BarrierKind.RELATIONAL,
    ...     summary="A wall used only in this example.",
    ...     signs=("Conversations stay on logistics.",),
    ...     language_cues=("let's not get into it", "it's nothing", "i'm fine"),
    ...     root_causes=("Fear of being judged.",),
    ...     strategies=("Share one small feeling a day.",),
    ...     exercises=("active-listening",),
    ...     sources=(Source(title="An example"),),
    ... )
    >>> b.to_dict()["kind"], b.to_dict()["language_cues"][0]
    ('relational', "let's not get into it")
    """

    id: str = attrs.field(validator=_slug)
    """A stable slug such as ``"fear-of-vulnerability"``; never changes once published."""
    name: str = attrs.field(validator=_non_empty_str)
    """The name shown to people."""
    kind: BarrierKind = attrs.field(validator=attrs.validators.instance_of(BarrierKind))
    """The family the barrier belongs to."""
    summary: str = attrs.field(validator=_non_empty_str)
    """What the barrier is and why it blocks closeness, in a few sentences."""
    signs: tuple[str, ...] = attrs.field(validator=_tuple_of(_non_empty_str, min_len=1))
    """Behaviour a partner or the person themself can notice."""
    language_cues: tuple[str, ...] = attrs.field(validator=_tuple_of(_cue, min_len=3, max_len=8))
    """Short lower-case phrases someone with this barrier tends to say, for matching messages."""
    root_causes: tuple[str, ...] = attrs.field(validator=_tuple_of(_non_empty_str, min_len=1))
    """Where the barrier usually comes from."""
    strategies: tuple[str, ...] = attrs.field(validator=_tuple_of(_non_empty_str, min_len=1))
    """What tends to help, as concrete advice."""
    exercises: tuple[str, ...] = attrs.field(validator=_tuple_of(_slug, min_len=1))
    """Ids of the exercises that address it, the most useful first."""
    sources: tuple[Source, ...] = attrs.field(validator=_tuple_of(_instance(Source), min_len=1))
    """Where the barrier is described: seed texts first, then general knowledge."""
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(_non_empty_str))
    """Other names for the same thing, including the names other texts use for it."""
    related: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(_slug))
    """Ids of barriers that often come with this one (the relation is symmetric)."""
    categories: tuple[Category, ...] = attrs.field(
        default=(), validator=_tuple_of(_instance(Category))
    )
    """Detector categories whose findings in a message signal this barrier (may be empty)."""

    def __attrs_post_init__(self) -> None:
        if self.id in self.related:
            raise ValueError(f"barrier {self.id!r} lists itself as related")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys; enums become strings and tuples lists."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "summary": self.summary,
            "aliases": list(self.aliases),
            "signs": list(self.signs),
            "language_cues": list(self.language_cues),
            "root_causes": list(self.root_causes),
            "strategies": list(self.strategies),
            "related": list(self.related),
            "exercises": list(self.exercises),
            "categories": [c.value for c in self.categories],
            "sources": [s.to_dict() for s in self.sources],
        }


@attrs.frozen
class Exercise:
    """A concrete practice that addresses one or more barriers.

    >>> e = Exercise(
    ...     id="example-pause", title="Example pause", purpose="Show the fields.",
    ...     steps=("Sit down.", "Breathe out slowly five times.", "Name one feeling."),
    ...     who=Who.SOLO, minutes=5, difficulty=Difficulty.EASY,
    ...     cautions=("Not a substitute for help when you feel unsafe.",),
    ...     barriers=("numbing",), sources=(Source(title="An example"),),
    ... )
    >>> e.to_dict()["who"], e.to_dict()["difficulty"], len(e.steps)
    ('solo', 'easy', 3)
    >>> Exercise(**{**attrs.asdict(e, recurse=False), "steps": ("Only one step.",)})
    Traceback (most recent call last):
    ...
    ValueError: steps needs at least 3 item(s), got 1
    """

    id: str = attrs.field(validator=_slug)
    """A stable slug such as ``"active-listening"``."""
    title: str = attrs.field(validator=_non_empty_str)
    """The name shown to people."""
    purpose: str = attrs.field(validator=_non_empty_str)
    """What the exercise is for and why it works."""
    steps: tuple[str, ...] = attrs.field(validator=_tuple_of(_non_empty_str, min_len=3))
    """Numbered steps in order, specific enough to do tonight."""
    who: Who = attrs.field(validator=attrs.validators.instance_of(Who))
    """Who does it: on your own, toward your partner, or together."""
    minutes: int = attrs.field(validator=_positive)
    """About how long one session takes."""
    difficulty: Difficulty = attrs.field(validator=attrs.validators.instance_of(Difficulty))
    """How much skill and emotional risk it asks for."""
    cautions: tuple[str, ...] = attrs.field(validator=_tuple_of(_non_empty_str, min_len=1))
    """When to hold back, and when the exercise is not enough and outside help is wiser."""
    barriers: tuple[str, ...] = attrs.field(validator=_tuple_of(_slug, min_len=1))
    """Ids of the barriers it addresses."""
    sources: tuple[Source, ...] = attrs.field(validator=_tuple_of(_instance(Source), min_len=1))
    """Where the practice comes from."""
    example_phrases: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(_non_empty_str))
    """Things you might actually say while doing it."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys; enums become strings and tuples lists."""
        return {
            "id": self.id,
            "title": self.title,
            "purpose": self.purpose,
            "steps": list(self.steps),
            "who": self.who.value,
            "minutes": self.minutes,
            "difficulty": self.difficulty.label,
            "example_phrases": list(self.example_phrases),
            "cautions": list(self.cautions),
            "barriers": list(self.barriers),
            "sources": [s.to_dict() for s in self.sources],
        }


@attrs.frozen
class PlanItem:
    """One exercise scheduled on one day of a :class:`PracticePlan`.

    >>> item = PlanItem("active-listening", "Active listening", 15, "communication-breakdown")
    >>> item.to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'exercise': 'active-listening', 'title': 'Active listening', 'minutes': 15,
     'barrier': 'communication-breakdown'}
    """

    exercise: str = attrs.field(validator=_slug)
    """The id of the exercise."""
    title: str = attrs.field(validator=_non_empty_str)
    """The exercise's title, copied so a plan reads on its own."""
    minutes: int = attrs.field(validator=_positive)
    """The exercise's length in minutes."""
    barrier: str = attrs.field(validator=_slug)
    """The id of the barrier this slot was scheduled for."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys."""
        return {
            "exercise": self.exercise,
            "title": self.title,
            "minutes": self.minutes,
            "barrier": self.barrier,
        }


@attrs.frozen
class PlanDay:
    """The exercises for one day of a :class:`PracticePlan`.

    >>> d = PlanDay(1, (PlanItem("pause", "Pause", 10, "numbing"),))
    >>> d.total_minutes, d.to_dict()["total_minutes"]
    (10, 10)
    """

    day: int = attrs.field(validator=_positive)
    """The day number, starting at 1."""
    items: tuple[PlanItem, ...] = attrs.field(validator=_tuple_of(_instance(PlanItem), min_len=1))
    """The exercises for the day, in the order to do them."""

    @property
    def total_minutes(self) -> int:
        """The sum of the items' minutes."""
        return sum(item.minutes for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys."""
        return {
            "day": self.day,
            "total_minutes": self.total_minutes,
            "items": [item.to_dict() for item in self.items],
        }


@attrs.frozen
class PracticePlan:
    """A day-by-day schedule of exercises for a set of barriers, built by ``practice_plan``.

    >>> day = PlanDay(1, (PlanItem("pause", "Pause", 10, "numbing"),))
    >>> plan = PracticePlan(("numbing",), 10, (day,))
    >>> plan.covered_barriers, plan.to_dict()["minutes_per_day"]
    (('numbing',), 10)
    """

    barriers: tuple[str, ...] = attrs.field(validator=_tuple_of(_slug, min_len=1))
    """The ids of the barriers the plan works on, in the order given."""
    minutes_per_day: int = attrs.field(validator=_positive)
    """The daily time budget; no day goes over it."""
    days: tuple[PlanDay, ...] = attrs.field(validator=_tuple_of(_instance(PlanDay), min_len=1))
    """The days of the plan, in order."""

    @property
    def covered_barriers(self) -> tuple[str, ...]:
        """The barriers that get at least one slot, in the order given."""
        scheduled = {item.barrier for day in self.days for item in day.items}
        return tuple(b for b in self.barriers if b in scheduled)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys."""
        return {
            "barriers": list(self.barriers),
            "minutes_per_day": self.minutes_per_day,
            "days": [day.to_dict() for day in self.days],
        }
