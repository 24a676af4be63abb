"""Behaviour of the catalogue query functions and the practice plan."""

from __future__ import annotations

import json
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intimacy_kit._model import Category
from intimacy_kit.catalogue._lookup import (
    BARRIERS,
    EXERCISES,
    MAX_PLAN_DAYS,
    barriers,
    exercises,
    exercises_for,
    get_barrier,
    get_exercise,
    practice_plan,
)
from intimacy_kit.catalogue._model import (
    Barrier,
    BarrierKind,
    Difficulty,
    Exercise,
    PlanDay,
    PlanItem,
    PracticePlan,
    Source,
    Who,
)

BARRIER_IDS = [b.id for b in BARRIERS]


def _min_budget(ids: list[str]) -> int:
    """The smallest daily budget practice_plan accepts for these barriers."""
    return max(min(e.minutes for e in exercises_for(i)) for i in ids)


# ----------------------------------------------------------------------------- get_barrier


def test_get_barrier_by_id() -> None:
    """get_barrier returns the barrier whose id is given."""
    assert get_barrier("fear-of-vulnerability").name == "Fear of vulnerability"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Fear of rejection", "fear-of-vulnerability"),
        ("EMOTIONAL SMOKESCREENS", "anger-and-resentment"),
        ("boys don’t cry", "cultural-and-gender-norms"),
        ("Stonewalling", "stonewalling"),
        ("  past trauma ", "past-trauma"),
        ("fear_of_vulnerability", "fear-of-vulnerability"),
    ],
)
def test_get_barrier_accepts_names_and_aliases(key: str, expected: str) -> None:
    """Names and aliases find their barrier regardless of case, spacing and curly quotes."""
    assert get_barrier(key).id == expected


def test_get_barrier_miss_suggests_close_ids() -> None:
    """An unknown id raises KeyError that names the closest known ids."""
    with pytest.raises(KeyError, match=r"did you mean: .*contempt"):
        get_barrier("contemt")


def test_get_barrier_miss_without_close_match_points_to_the_list() -> None:
    """A key like nothing known still gets a helpful message."""
    with pytest.raises(KeyError, match="see BARRIERS"):
        get_barrier("zzzzzz")


def test_get_barrier_rejects_non_strings() -> None:
    """Passing something other than a str is a TypeError, not a silent miss."""
    with pytest.raises(TypeError, match="must be a str"):
        get_barrier(3)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- get_exercise


def test_get_exercise_by_id_and_title() -> None:
    """get_exercise finds an exercise by id and by its title, ignoring case."""
    exercise = get_exercise("time-out-for-flooding")
    assert get_exercise(exercise.title.upper()) is exercise


def test_get_exercise_miss_suggests_close_ids() -> None:
    """An unknown exercise id raises KeyError naming close ids."""
    with pytest.raises(KeyError, match="weekly-check-in"):
        get_exercise("weekly-checkin")


# ----------------------------------------------------------------------------- barriers()


def test_barriers_without_filters_is_everything_in_order() -> None:
    """barriers() with no filter returns BARRIERS itself, in its order."""
    assert barriers() == BARRIERS


def test_barriers_are_grouped_by_kind() -> None:
    """BARRIERS lists each kind's barriers together, so the docs can render sections in order."""
    kinds = [b.kind for b in BARRIERS]
    seen: list[BarrierKind] = []
    for kind in kinds:
        if not seen or seen[-1] is not kind:
            assert kind not in seen
            seen.append(kind)


@pytest.mark.parametrize("kind", list(BarrierKind))
def test_barriers_filter_by_kind_accepts_enum_and_string(kind: BarrierKind) -> None:
    """Filtering by kind gives the same barriers for the enum and its string value."""
    by_enum = barriers(kind=kind)
    assert by_enum
    assert by_enum == barriers(kind=kind.value)
    assert all(b.kind is kind for b in by_enum)


def test_barriers_filter_by_category() -> None:
    """Filtering by detector category keeps barriers that list that category."""
    found = barriers(category="contempt")
    assert [b.id for b in found] == ["contempt"]
    assert all(Category.LABEL in b.categories for b in barriers(category=Category.LABEL))


def test_barriers_filter_by_exercise_and_source() -> None:
    """Filtering by exercise keeps what it addresses; by source keeps what cites that text."""
    addressed = {b.id for b in barriers(exercise="time-out-for-flooding")}
    assert addressed == set(get_exercise("time-out-for-flooding").barriers)
    from_seed = barriers(source="000_5e555bb31487d224.txt")
    assert {b.id for b in from_seed} >= {"feeling-misunderstood", "alone-in-the-effort"}
    assert barriers(source="Blocking Emotional Intimacy") == barriers(
        source="001_1df12793b8993652.txt"
    )


def test_barriers_filters_combine() -> None:
    """Several filters together keep only barriers matching all of them."""
    result = barriers(kind="origin", exercise="name-the-feeling")
    assert [b.id for b in result] == ["cultural-and-gender-norms", "upbringing"]


def test_barriers_rejects_unknown_kind_and_category() -> None:
    """An unknown kind or category raises ValueError listing the valid values."""
    with pytest.raises(ValueError, match=r"choose from self_protective"):
        barriers(kind="bogus")
    with pytest.raises(ValueError, match="unknown category"):
        barriers(category="rudeness")


# ----------------------------------------------------------------------------- exercises()


def test_exercises_without_filters_is_everything() -> None:
    """exercises() with no filter returns EXERCISES itself."""
    assert exercises() == EXERCISES


@pytest.mark.parametrize("who", list(Who))
def test_exercises_filter_by_who(who: Who) -> None:
    """Filtering by who keeps only exercises done that way, for the enum or its value."""
    found = exercises(who=who)
    assert found
    assert found == exercises(who=who.value)
    assert all(e.who is who for e in found)


def test_exercises_filter_by_minutes_and_difficulty() -> None:
    """max_minutes, difficulty and max_difficulty filter as their names say."""
    short = exercises(max_minutes=10)
    assert short
    assert all(e.minutes <= 10 for e in short)
    hard = exercises(difficulty="hard")
    assert hard
    assert all(e.difficulty is Difficulty.HARD for e in hard)
    gentle = exercises(max_difficulty=Difficulty.EASY)
    assert gentle
    assert all(e.difficulty is Difficulty.EASY for e in gentle)
    assert exercises(difficulty=Difficulty.MODERATE, max_difficulty="easy") == ()


def test_exercises_filter_by_barrier() -> None:
    """Filtering by barrier keeps the exercises that list it, and accepts an alias."""
    found = exercises(barrier="the silent treatment")
    assert {e.id for e in found} == set(get_barrier("stonewalling").exercises)


@pytest.mark.parametrize("bad", [0, -5])
def test_exercises_rejects_a_minute_limit_below_one(bad: int) -> None:
    """max_minutes below 1 is a ValueError: the right type, a value out of range."""
    with pytest.raises(ValueError, match="max_minutes must be at least 1"):
        exercises(max_minutes=bad)


@pytest.mark.parametrize("bad", [True, 2.5, float("nan"), "5"])
def test_exercises_rejects_a_minute_limit_that_is_not_an_int(bad: object) -> None:
    """max_minutes of another type (a bool, a float, nan, a str) is a TypeError."""
    with pytest.raises(TypeError, match=r"exercises\(\): max_minutes must be an int"):
        exercises(max_minutes=bad)  # type: ignore[arg-type]


def test_exercises_rejects_unknown_difficulty() -> None:
    """An unknown difficulty label raises ValueError listing the labels."""
    with pytest.raises(ValueError, match="easy, moderate, hard"):
        exercises(difficulty="extreme")


# ----------------------------------------------------------------------------- exercises_for


def test_exercises_for_lists_the_barriers_own_order_first() -> None:
    """exercises_for starts with the exercises the barrier lists, in the barrier's order."""
    for barrier in BARRIERS:
        ranked = exercises_for(barrier.id)
        assert tuple(e.id for e in ranked[: len(barrier.exercises)]) == barrier.exercises


def test_exercises_for_accepts_a_value_or_an_alias() -> None:
    """A Barrier value, its id and one of its aliases all give the same ranking."""
    barrier = get_barrier("numbing")
    assert exercises_for(barrier) == exercises_for("numbing") == exercises_for("escapism")


def test_exercises_for_ranks_unlisted_exercises_easier_then_shorter_then_by_id() -> None:
    """Exercises that list the barrier but are missing from its list follow, easiest first."""
    trimmed = attrs.evolve(get_barrier("unresolved-conflict"), exercises=("weekly-check-in",))
    ranked = exercises_for(trimmed)
    assert ranked[0].id == "weekly-check-in"
    rest = ranked[1:]
    assert {e.id for e in rest} == set(get_barrier("unresolved-conflict").exercises) - {
        "weekly-check-in"
    }
    keys = [(e.difficulty, e.minutes, e.id) for e in rest]
    assert keys == sorted(keys)


def test_exercises_for_is_deterministic() -> None:
    """Calling exercises_for twice gives the same tuple."""
    assert exercises_for("criticism") == exercises_for("criticism")


def test_exercises_for_unknown_barrier_raises_key_error() -> None:
    """An unknown barrier id raises KeyError, as get_barrier does."""
    with pytest.raises(KeyError):
        exercises_for("no-such-barrier")


# ----------------------------------------------------------------------------- practice_plan


def test_practice_plan_shape_and_budget() -> None:
    """A 7-day plan has seven numbered days, none over the daily budget, none empty."""
    plan = practice_plan(["fear-of-vulnerability", "stonewalling"], minutes_per_day=30, days=7)
    assert isinstance(plan, PracticePlan)
    assert [d.day for d in plan.days] == list(range(1, 8))
    assert all(0 < d.total_minutes <= 30 for d in plan.days)
    assert all(d.items for d in plan.days)


def test_practice_plan_is_deterministic() -> None:
    """The same arguments give an equal plan every time."""
    args = (["numbing", "criticism", "upbringing"], 25, 10)
    assert practice_plan(*args) == practice_plan(*args)


def test_practice_plan_rotates_which_barrier_goes_first() -> None:
    """Day n starts with the (n-1)th barrier, cycling, so every barrier leads a day."""
    ids = ["numbing", "criticism", "upbringing"]
    plan = practice_plan(ids, minutes_per_day=20, days=6)
    leaders = [d.items[0].barrier for d in plan.days]
    assert leaders == ids + ids
    assert plan.covered_barriers == tuple(ids)


def test_practice_plan_items_address_their_barrier() -> None:
    """Every scheduled item is an exercise that addresses the barrier it was scheduled for."""
    plan = practice_plan(BARRIER_IDS[:5], minutes_per_day=40, days=7)
    for day in plan.days:
        assert len({i.exercise for i in day.items}) == len(day.items)
        for item in day.items:
            exercise = get_exercise(item.exercise)
            assert item.barrier in exercise.barriers
            assert (item.title, item.minutes) == (exercise.title, exercise.minutes)


def test_practice_plan_varies_exercises_across_days() -> None:
    """Rotating through a barrier's exercises means a week is not one exercise repeated."""
    plan = practice_plan("fear-of-vulnerability", minutes_per_day=10, days=7)
    assert len({i.exercise for d in plan.days for i in d.items}) > 3


def test_practice_plan_accepts_one_id_aliases_and_drops_repeats() -> None:
    """A single string is one id; aliases resolve; repeated barriers count once."""
    plan = practice_plan("the silent treatment", minutes_per_day=30, days=1)
    assert plan.barriers == ("stonewalling",)
    plan = practice_plan(["numbing", "escapism", "numbing"], minutes_per_day=30, days=1)
    assert plan.barriers == ("numbing",)


def test_practice_plan_to_dict_is_json_ready() -> None:
    """A plan's to_dict survives JSON and carries each day's total."""
    plan = practice_plan(["criticism"], minutes_per_day=15, days=2)
    data = plan.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["days"][0]["total_minutes"] == plan.days[0].total_minutes


def test_plan_values_are_frozen_and_picklable() -> None:
    """Plans are immutable values that survive pickling."""
    plan = practice_plan(["criticism"], minutes_per_day=15, days=2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        plan.minutes_per_day = 5  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(plan)) == plan


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"barrier_ids": []}, ValueError, "at least one barrier"),
        ({"barrier_ids": ["not-a-barrier"]}, KeyError, "unknown barrier"),
        ({"barrier_ids": ["contemt"]}, KeyError, "did you mean: contempt"),
        ({"barrier_ids": [3]}, TypeError, r"barrier_ids\[0\] must be a Barrier or a str"),
        ({"barrier_ids": 3}, TypeError, "barrier_ids must be an iterable"),
        ({"barrier_ids": ["contempt"], "minutes_per_day": 0}, ValueError, "between 1 and"),
        ({"barrier_ids": ["contempt"], "minutes_per_day": 2}, ValueError, "at least 5"),
        ({"barrier_ids": ["contempt"], "minutes_per_day": 10.0}, TypeError, "must be an int"),
        ({"barrier_ids": ["contempt"], "minutes_per_day": True}, TypeError, "must be an int"),
        ({"barrier_ids": ["contempt"], "minutes_per_day": None}, TypeError, "got None"),
        ({"barrier_ids": ["contempt"], "days": 0}, ValueError, "days must be between"),
        (
            {"barrier_ids": ["contempt"], "days": MAX_PLAN_DAYS + 1},
            ValueError,
            "days must be between",
        ),
        ({"barrier_ids": ["contempt"], "days": "7"}, TypeError, "days must be an int"),
    ],
)
def test_practice_plan_rejects_bad_arguments(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    """A wrong type is a TypeError, a bad value a ValueError and an unknown id a KeyError."""
    with pytest.raises(error, match=message):
        practice_plan(**kwargs)  # type: ignore[arg-type]


def test_practice_plan_budget_error_names_the_minimum() -> None:
    """A budget below some barrier's shortest exercise reports the smallest budget that works."""
    needed = _min_budget(["stonewalling", "criticism"])
    with pytest.raises(ValueError, match=f"at least {needed}"):
        practice_plan(["criticism", "stonewalling"], minutes_per_day=needed - 1)
    practice_plan(["criticism", "stonewalling"], minutes_per_day=needed)


@st.composite
def plan_arguments(draw: st.DrawFn) -> tuple[list[str], int, int]:
    """Valid practice_plan arguments: 1-6 distinct barriers, a budget that fits, 1-30 days."""
    ids = draw(st.lists(st.sampled_from(BARRIER_IDS), min_size=1, max_size=6, unique=True))
    minutes = draw(st.integers(min_value=_min_budget(ids), max_value=180))
    days = draw(st.integers(min_value=1, max_value=30))
    return ids, minutes, days


@settings(max_examples=150, deadline=None)
@given(plan_arguments())
def test_practice_plan_never_exceeds_the_budget(args: tuple[list[str], int, int]) -> None:
    """For any valid arguments, every day is non-empty and within the daily minutes."""
    ids, minutes, days = args
    plan = practice_plan(ids, minutes_per_day=minutes, days=days)
    assert len(plan.days) == days
    for day in plan.days:
        assert day.items
        assert day.total_minutes <= minutes
        assert {item.barrier for item in day.items} <= set(ids)


@settings(max_examples=100, deadline=None)
@given(plan_arguments())
def test_practice_plan_covers_every_barrier_given_enough_days(
    args: tuple[list[str], int, int],
) -> None:
    """With at least as many days as barriers, every barrier gets a slot; plans repeat exactly."""
    ids, minutes, days = args
    plan = practice_plan(ids, minutes_per_day=minutes, days=days)
    if days >= len(ids):
        assert plan.covered_barriers == tuple(ids)
    assert plan == practice_plan(ids, minutes_per_day=minutes, days=days)


# ----------------------------------------------------------------------------- value types


def test_difficulty_is_ordered_and_has_labels() -> None:
    """Difficulty sorts EASY < MODERATE < HARD and round-trips through its label."""
    assert sorted([Difficulty.HARD, Difficulty.EASY, Difficulty.MODERATE]) == list(Difficulty)
    assert all(Difficulty.from_label(d.label) is d for d in Difficulty)
    with pytest.raises(ValueError, match="unknown difficulty"):
        Difficulty.from_label("impossible")


def test_enums_have_readable_names() -> None:
    """Kinds and Who values carry a display name and serialise as their value."""
    assert all(k.display_name and k.description for k in BarrierKind)
    assert all(w.display_name for w in Who)
    assert str(Who.SOLO) == "solo"
    assert str(BarrierKind.ORIGIN) == "origin"


def _exercise(**changes: Any) -> Exercise:
    base = get_exercise("active-listening")
    return attrs.evolve(base, **changes)


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"steps": ("One.", "Two.")}, ValueError),
        ({"minutes": 0}, ValueError),
        ({"minutes": True}, TypeError),
        ({"id": "Not A Slug"}, ValueError),
        ({"barriers": ()}, ValueError),
        ({"cautions": ()}, ValueError),
        ({"steps": ["a", "b", "c"]}, TypeError),
        ({"who": "solo"}, TypeError),
        ({"title": "  padded  "}, ValueError),
        ({"sources": ()}, ValueError),
    ],
)
def test_exercise_validators_refuse_bad_values(changes: dict[str, Any], error: type) -> None:
    """Exercise refuses fewer than three steps, non-positive minutes, bad ids and lists."""
    with pytest.raises(error):
        _exercise(**changes)


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"language_cues": ("only", "two")}, ValueError),
        ({"language_cues": ("I'm Fine", "a", "b")}, ValueError),
        ({"language_cues": ("i’m fine", "a", "b")}, ValueError),
        ({"language_cues": tuple(f"cue {i}" for i in range(9))}, ValueError),
        ({"related": ("stonewalling",)}, ValueError),
        ({"exercises": ()}, ValueError),
        ({"aliases": ("dup", "dup")}, ValueError),
        ({"categories": ("contempt",)}, TypeError),
    ],
)
def test_barrier_validators_refuse_bad_values(changes: dict[str, Any], error: type) -> None:
    """Barrier refuses bad cues (count, case, curly quotes), self-relations and empty links."""
    with pytest.raises(error):
        attrs.evolve(get_barrier("stonewalling"), **changes)


def test_plan_values_validate() -> None:
    """Plan values refuse empty days, non-positive minutes and bad ids."""
    item = PlanItem("pause", "Pause", 10, "numbing")
    with pytest.raises(ValueError, match="items needs at least 1"):
        PlanDay(1, ())
    with pytest.raises(ValueError, match="minutes must be > 0"):
        PlanItem("pause", "Pause", 0, "numbing")
    with pytest.raises(ValueError, match="barriers needs at least 1"):
        PracticePlan((), 10, (PlanDay(1, (item,)),))
    with pytest.raises(ValueError, match="day must be > 0"):
        PlanDay(0, (item,))
    with pytest.raises(ValueError, match="lower-case slug"):
        PlanItem("Pause!", "Pause", 10, "numbing")


def test_source_reports_whether_it_is_a_seed() -> None:
    """A Source with a file is a seed; one without is general knowledge."""
    assert Source("A seed", file="x.txt").is_seed
    assert not Source("General knowledge", note="not a seed").is_seed
    assert Source("T", file="f.txt", year=2019).to_dict() == {
        "title": "T",
        "file": "f.txt",
        "author": None,
        "year": 2019,
        "note": None,
    }


def test_values_are_hashable_and_comparable() -> None:
    """Barriers and exercises are hashable frozen values, usable in sets and as dict keys."""
    assert len(set(BARRIERS)) == len(BARRIERS)
    assert len(set(EXERCISES)) == len(EXERCISES)
    assert isinstance(BARRIERS[0], Barrier)
