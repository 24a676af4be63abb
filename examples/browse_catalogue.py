"""Browse the barrier taxonomy and the exercise catalogue from the command line.

Usage::

    python examples/browse_catalogue.py                   # the default barrier
    python examples/browse_catalogue.py stonewalling      # any id, name or alias
    python examples/browse_catalogue.py "fear of rejection" --minutes 30 --days 7

It prints every barrier grouped by kind, the ranked exercises for one barrier, and a
practice plan for that barrier and the barriers most related to it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

import intimacy_kit as ik

DEFAULT_BARRIER = "fear-of-vulnerability"


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def print_barriers_by_kind() -> None:
    """Every barrier, under a heading for its kind."""
    print(f"{len(ik.BARRIERS)} barriers, {len(ik.EXERCISES)} exercises\n")
    for kind in ik.BarrierKind:
        members = ik.barriers(kind=kind)
        print(f"{kind.display_name} ({len(members)})")
        for barrier in members:
            print(f"  {barrier.id:32} {barrier.name}")
        print()


def print_exercises_for(barrier: ik.Barrier) -> None:
    """The barrier's summary and its exercises, best first, with the first one in full."""
    print(f"== {barrier.name} [{barrier.kind.display_name}]")
    print(_wrap(barrier.summary))
    print("  People with this barrier may say: " + "; ".join(barrier.language_cues[:3]))
    print()
    ranked = ik.exercises_for(barrier)
    for n, exercise in enumerate(ranked, start=1):
        print(
            f"  {n:2}. {exercise.title} ({exercise.who.display_name.lower()}, "
            f"{exercise.minutes} min, {exercise.difficulty.label})"
        )
    first = ranked[0]
    print(f"\n-- Try tonight: {first.title}")
    for n, step in enumerate(first.steps, start=1):
        print(_wrap(f"{n}. {step}"))
    print(_wrap("Caution: " + first.cautions[0]))
    print()


def print_plan(barrier: ik.Barrier, minutes: int, days: int) -> None:
    """A plan for the barrier and up to two barriers related to it."""
    ids = [barrier.id, *barrier.related[:2]]
    plan = ik.practice_plan(ids, minutes_per_day=minutes, days=days)
    print(f"== A {days}-day plan, {minutes} minutes a day, for: {', '.join(plan.barriers)}")
    for day in plan.days:
        items = ", ".join(f"{item.title} ({item.minutes})" for item in day.items)
        print(f"  Day {day.day} [{day.total_minutes} min]: {items}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("barrier", nargs="?", default=DEFAULT_BARRIER, help="id, name or alias")
    parser.add_argument("--minutes", type=int, default=30, help="daily budget for the plan")
    parser.add_argument("--days", type=int, default=7, help="length of the plan in days")
    args = parser.parse_args(argv)

    try:
        barrier = ik.get_barrier(args.barrier)
    except KeyError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2

    print_barriers_by_kind()
    print_exercises_for(barrier)
    try:
        print_plan(barrier, args.minutes, args.days)
    except ValueError as exc:
        print(f"Cannot build the plan: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
