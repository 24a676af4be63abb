"""Look-ups and filters over the barrier taxonomy and the exercise catalogue.

The indexes are plain dicts built once at import from the ``BARRIERS`` and ``EXERCISES``
tuples; nothing is read from disk. Every function returns immutable values (tuples of
frozen attrs instances), and the same arguments always give the same result.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import TypeVar

from intimacy_kit._checks import (
    check_choice,
    check_int,
    check_messages,
    check_text,
    describe_type,
)
from intimacy_kit._model import Category
from intimacy_kit.catalogue._barriers import BARRIERS
from intimacy_kit.catalogue._exercises import EXERCISES
from intimacy_kit.catalogue._model import (
    Barrier,
    BarrierKind,
    Difficulty,
    Exercise,
    PlanDay,
    PlanItem,
    PracticePlan,
    Who,
)

__all__ = [
    "BARRIERS",
    "EXERCISES",
    "barriers",
    "exercises",
    "exercises_for",
    "get_barrier",
    "get_exercise",
    "practice_plan",
]

MAX_PLAN_DAYS = 366
"""The longest plan :func:`practice_plan` builds."""
MAX_MINUTES_PER_DAY = 24 * 60
"""The largest daily budget :func:`practice_plan` accepts."""

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def _normalise(key: str) -> str:
    """Fold a name, alias or id to slug form: ``"Boys don't cry"`` -> ``"boys-don-t-cry"``."""
    folded = key.strip().lower().replace("’", "'").replace("‘", "'")
    return _NON_SLUG.sub("-", folded).strip("-")


_BARRIER_BY_ID: dict[str, Barrier] = {b.id: b for b in BARRIERS}
_EXERCISE_BY_ID: dict[str, Exercise] = {e.id: e for e in EXERCISES}

# Normalised ids, names and aliases -> barrier id. Ids are entered first so they win;
# the integrity tests check that no name or alias is shared by two barriers.
_BARRIER_KEYS: dict[str, str] = {}
for _b in BARRIERS:
    _BARRIER_KEYS.setdefault(_b.id, _b.id)
for _b in BARRIERS:
    for _key in (_b.name, *_b.aliases):
        _BARRIER_KEYS.setdefault(_normalise(_key), _b.id)
_EXERCISE_KEYS: dict[str, str] = {e.id: e.id for e in EXERCISES}
for _e in EXERCISES:
    _EXERCISE_KEYS.setdefault(_normalise(_e.title), _e.id)
del _b, _e, _key

# Which exercises list a barrier, in catalogue order.
_EXERCISES_LISTING: dict[str, tuple[Exercise, ...]] = {
    b.id: tuple(e for e in EXERCISES if b.id in e.barriers) for b in BARRIERS
}


def _suggest(key: str, index: dict[str, str]) -> str:
    """The tail of an error message naming up to three close ids."""
    matches = difflib.get_close_matches(_normalise(key), list(index), n=6, cutoff=0.6)
    ids = list(dict.fromkeys(index[m] for m in matches))[:3]
    if not ids:
        return "see BARRIERS or EXERCISES for the known ids"
    return "did you mean: " + ", ".join(ids) + "?"


def get_barrier(key: str) -> Barrier:
    """The barrier with id ``key``; a barrier's name or one of its aliases also works.

    Names and aliases are matched after folding case and punctuation, so
    ``"Fear of rejection"`` finds ``fear-of-vulnerability``. An unknown key raises
    :class:`KeyError` naming the closest ids.

    >>> get_barrier("stonewalling").name
    'Stonewalling'
    >>> get_barrier("the silent treatment").id
    'stonewalling'
    >>> get_barrier("stonewaling")
    Traceback (most recent call last):
    ...
    KeyError: "unknown barrier 'stonewaling'; did you mean: stonewalling?"
    """
    if not isinstance(key, str):
        raise TypeError(
            f"get_barrier(): key must be a str (a barrier id), got {describe_type(key)}"
        )
    found = _BARRIER_BY_ID.get(key)
    if found is not None:
        return found
    barrier_id = _BARRIER_KEYS.get(_normalise(key))
    if barrier_id is not None:
        return _BARRIER_BY_ID[barrier_id]
    raise KeyError(f"unknown barrier {key!r}; {_suggest(key, _BARRIER_KEYS)}")


def get_exercise(key: str) -> Exercise:
    """The exercise with id ``key`` (its exact title also works, ignoring case).

    >>> get_exercise("weekly-check-in").minutes
    30
    >>> get_exercise("active-listenin")
    Traceback (most recent call last):
    ...
    KeyError: "unknown exercise 'active-listenin'; did you mean: active-listening?"
    """
    if not isinstance(key, str):
        raise TypeError(
            f"get_exercise(): key must be a str (an exercise id), got {describe_type(key)}"
        )
    found = _EXERCISE_BY_ID.get(key)
    if found is not None:
        return found
    exercise_id = _EXERCISE_KEYS.get(_normalise(key))
    if exercise_id is not None:
        return _EXERCISE_BY_ID[exercise_id]
    raise KeyError(f"unknown exercise {key!r}; {_suggest(key, _EXERCISE_KEYS)}")


_E = TypeVar("_E", BarrierKind, Category, Who)


def _enum_value(kind: type[_E], value: _E | str, name: str, function: str) -> _E:
    if isinstance(value, kind):
        return value
    return kind(check_choice(value, [m.value for m in kind], name, function))


def _difficulty(value: Difficulty | str, name: str, function: str) -> Difficulty:
    if isinstance(value, Difficulty):
        return value
    labels = [level.label for level in Difficulty]
    if isinstance(value, str) and value.strip().lower() in labels:
        return Difficulty.from_label(value)
    return Difficulty.from_label(check_choice(value, labels, name, function))


def _barrier(barrier: object, name: str, function: str) -> Barrier:
    """A Barrier as it is, or the barrier of an id; any other type is a TypeError."""
    if isinstance(barrier, Barrier):
        return barrier
    if not isinstance(barrier, str):
        raise TypeError(
            f"{function}(): {name} must be a Barrier or a str (a barrier id), "
            f"got {describe_type(barrier)}"
        )
    return get_barrier(barrier)


def barriers(
    *,
    kind: BarrierKind | str | None = None,
    category: Category | str | None = None,
    exercise: str | None = None,
    source: str | None = None,
) -> tuple[Barrier, ...]:
    """The barriers matching every filter given, in the order of :data:`BARRIERS`.

    ``kind`` and ``category`` take the enum or its string value; ``exercise`` is an
    exercise id (barriers it addresses); ``source`` is a seed file name or a source title.

    >>> [b.id for b in barriers(kind="communication_pattern")]
    ['criticism', 'contempt', 'defensiveness', 'stonewalling']
    >>> [b.id for b in barriers(category=Category.UNSOLICITED_ADVICE)]
    ['injecting-own-story']
    >>> [b.id for b in barriers(exercise="i-feel-mirror", kind=BarrierKind.ORIGIN)]
    ['cultural-and-gender-norms', 'upbringing']
    >>> barriers(kind="wall")
    Traceback (most recent call last):
    ...
    ValueError: barriers(): unknown kind 'wall' (choose from self_protective, relational, ...
    """
    result: Iterable[Barrier] = BARRIERS
    if kind is not None:
        wanted_kind = _enum_value(BarrierKind, kind, "kind", "barriers")
        result = [b for b in result if b.kind is wanted_kind]
    if category is not None:
        wanted_category = _enum_value(Category, category, "category", "barriers")
        result = [b for b in result if wanted_category in b.categories]
    if exercise is not None:
        addressed = set(get_exercise(check_text(exercise, "exercise", "barriers")).barriers)
        result = [b for b in result if b.id in addressed]
    if source is not None:
        result = [b for b in result if any(source in (s.file, s.title) for s in b.sources)]
    return tuple(result)


def exercises(
    *,
    who: Who | str | None = None,
    max_minutes: int | None = None,
    difficulty: Difficulty | str | None = None,
    max_difficulty: Difficulty | str | None = None,
    barrier: Barrier | str | None = None,
) -> tuple[Exercise, ...]:
    """The exercises matching every filter given, in the order of :data:`EXERCISES`.

    ``who`` takes :class:`Who` or its value; ``difficulty`` keeps one level and
    ``max_difficulty`` keeps that level and easier ones (both take the enum or its label);
    ``barrier`` keeps the exercises that list that barrier (an id, alias or value).

    >>> [e.id for e in exercises(who="solo", max_minutes=5)]
    ['i-feel-mirror', 'i-feel-daily', 'name-the-feeling']
    >>> all(e.difficulty <= Difficulty.MODERATE for e in exercises(max_difficulty="moderate"))
    True
    >>> exercises(max_minutes=0)
    Traceback (most recent call last):
    ...
    ValueError: exercises(): max_minutes must be at least 1, got 0
    """
    result: Iterable[Exercise] = EXERCISES
    if who is not None:
        wanted_who = _enum_value(Who, who, "who", "exercises")
        result = [e for e in result if e.who is wanted_who]
    if max_minutes is not None:
        check_int(max_minutes, "max_minutes", "exercises", minimum=1)
        result = [e for e in result if e.minutes <= max_minutes]
    if difficulty is not None:
        level = _difficulty(difficulty, "difficulty", "exercises")
        result = [e for e in result if e.difficulty is level]
    if max_difficulty is not None:
        ceiling = _difficulty(max_difficulty, "max_difficulty", "exercises")
        result = [e for e in result if e.difficulty <= ceiling]
    if barrier is not None:
        wanted_id = _barrier(barrier, "barrier", "exercises").id
        result = [e for e in result if wanted_id in e.barriers]
    return tuple(result)


def _rank_key(e: Exercise) -> tuple[int, int, str]:
    return (e.difficulty.value, e.minutes, e.id)


def exercises_for(barrier: Barrier | str) -> tuple[Exercise, ...]:
    """The exercises that address ``barrier``, best first.

    The ranking is deterministic: first the exercises the barrier itself lists, in its
    order (the taxonomy puts the most useful first); then any other exercise that lists
    the barrier, easier first, then shorter, then by id. ``barrier`` is an id, a name,
    an alias or a :class:`Barrier` value (a barrier of your own works too, as long as its
    exercise ids exist).

    >>> [e.id for e in exercises_for("stonewalling")][:2]
    ['time-out-for-flooding', 'personal-decompression']
    >>> exercises_for(get_barrier("contempt"))[0].title
    'Daily appreciation: notice and say what you value'
    """
    target = _barrier(barrier, "barrier", "exercises_for")
    ranked = [get_exercise(exercise_id) for exercise_id in target.exercises]
    listed = {e.id for e in ranked}
    extra = [e for e in _EXERCISES_LISTING.get(target.id, ()) if e.id not in listed]
    return tuple(ranked + sorted(extra, key=_rank_key))


def _plan_barrier_ids(barrier_ids: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(barrier_ids, str | Barrier):
        barrier_ids = (barrier_ids,)  # one id is a plan for one barrier
    resolved: list[str] = []
    for index, key in enumerate(check_messages(barrier_ids, "barrier_ids", "practice_plan")):
        barrier = _barrier(key, f"barrier_ids[{index}]", "practice_plan")
        if barrier.id not in resolved:
            resolved.append(barrier.id)
    if not resolved:
        raise ValueError("practice_plan(): barrier_ids needs at least one barrier id")
    return tuple(resolved)


def practice_plan(
    barrier_ids: Iterable[str] | str,
    minutes_per_day: int = 20,
    days: int = 7,
) -> PracticePlan:
    """A day-by-day plan of exercises for the given barriers within a daily time budget.

    Each day the barriers take turns to go first (day 1 starts with the first barrier,
    day 2 with the second, and so on), and then, round after round, each barrier gets its
    next ranked exercise (see :func:`exercises_for`) that still fits the day's remaining
    minutes and is not already on that day. Every barrier therefore leads at least one day
    when ``days >= len(barrier_ids)``, and rotating through each barrier's exercises
    varies the days. The same arguments always give the same plan.

    ``barrier_ids`` is one id or an iterable of ids (names and aliases work; repeats are
    dropped). An unknown id raises :class:`KeyError` naming the closest ids, as
    :func:`get_barrier` does; an argument of the wrong type (``days=7.0``) raises
    :class:`TypeError`; an empty list, a budget too small for the shortest exercise of
    some barrier, or a number of days outside 1 to 366 raises :class:`ValueError`.

    >>> plan = practice_plan(["stonewalling", "lack-of-quality-time"], minutes_per_day=30, days=2)
    >>> [[item.exercise for item in day.items] for day in plan.days]
    [['time-out-for-flooding'], ['connection-rituals', 'personal-decompression']]
    >>> max(day.total_minutes for day in plan.days) <= 30
    True
    >>> practice_plan(["stonewalling"], minutes_per_day=5)
    Traceback (most recent call last):
    ...
    ValueError: practice_plan(): minutes_per_day must be at least 15: the shortest exercise ...
    """
    ids = _plan_barrier_ids(barrier_ids)
    check_int(
        minutes_per_day, "minutes_per_day", "practice_plan", minimum=1, maximum=MAX_MINUTES_PER_DAY
    )
    check_int(days, "days", "practice_plan", minimum=1, maximum=MAX_PLAN_DAYS)
    ranked = {barrier_id: exercises_for(barrier_id) for barrier_id in ids}
    for barrier_id, candidates in ranked.items():
        shortest = min(e.minutes for e in candidates)
        if shortest > minutes_per_day:
            needed = max(min(e.minutes for e in c) for c in ranked.values())
            raise ValueError(
                f"practice_plan(): minutes_per_day must be at least {needed}: the shortest "
                "exercise for "
                f"{barrier_id!r} takes {shortest} minutes"
            )

    cursor = dict.fromkeys(ids, 0)
    plan_days: list[PlanDay] = []
    for day in range(days):
        start = day % len(ids)
        order = ids[start:] + ids[:start]
        remaining = minutes_per_day
        used: set[str] = set()
        items: list[PlanItem] = []
        added = True
        while added:
            added = False
            for barrier_id in order:
                candidates = ranked[barrier_id]
                for step in range(len(candidates)):
                    index = (cursor[barrier_id] + step) % len(candidates)
                    exercise = candidates[index]
                    if exercise.id in used or exercise.minutes > remaining:
                        continue
                    items.append(
                        PlanItem(exercise.id, exercise.title, exercise.minutes, barrier_id)
                    )
                    used.add(exercise.id)
                    remaining -= exercise.minutes
                    cursor[barrier_id] = index + 1
                    added = True
                    break
        plan_days.append(PlanDay(day + 1, tuple(items)))
    return PracticePlan(ids, minutes_per_day, tuple(plan_days))
