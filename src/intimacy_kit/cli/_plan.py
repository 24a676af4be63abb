"""``intimacy-kit plan BARRIER ...``: a day-by-day practice plan."""

from __future__ import annotations

import argparse
import json

from intimacy_kit.cli._io import Streams, UsageError

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``plan`` and its options."""
    parser = commands.add_parser(
        "plan",
        help="a day-by-day practice plan for some barriers",
        description=(
            "Plan exercises for the given barriers (ids, names or aliases) within a "
            "daily time budget; the barriers take turns to go first."
        ),
    )
    parser.add_argument("barriers", nargs="+", metavar="BARRIER", help="a barrier id or name")
    parser.add_argument("--minutes", type=int, default=20, help="minutes a day (default: 20)")
    parser.add_argument("--days", type=int, default=7, help="number of days (default: 7)")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default): one line per day; json: the whole plan",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the plan; return 0, or raise a usage error for a bad barrier or budget."""
    from intimacy_kit.catalogue import practice_plan

    try:
        plan = practice_plan(args.barriers, minutes_per_day=args.minutes, days=args.days)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    except ValueError as error:
        # Say it in the command's own words: the options, not the function's parameters.
        detail = str(error).removeprefix("practice_plan(): ")
        detail = detail.replace("minutes_per_day", "--minutes").replace("days must", "--days must")
        raise UsageError(detail) from None
    if args.format == "json":
        json.dump(plan.to_dict(), streams.stdout, ensure_ascii=False, indent=2)
        streams.stdout.write("\n")
        return 0
    for day in plan.days:
        items = "; ".join(f"{item.title} ({item.minutes} min)" for item in day.items)
        streams.stdout.write(f"Day {day.day} [{day.total_minutes} min]: {items}\n")
    return 0
