"""``intimacy-kit exercises [BARRIER]``: the exercise catalogue, or those for one barrier."""

from __future__ import annotations

import argparse
import json

from intimacy_kit.cli._io import Streams, UsageError

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``exercises`` and its options."""
    parser = commands.add_parser(
        "exercises",
        help="list the exercises, or those for one barrier, best first",
        description=(
            "List the exercise catalogue, or with BARRIER (an id, name or alias) the "
            "exercises that address it, best first."
        ),
    )
    parser.add_argument("barrier", nargs="?", metavar="BARRIER", help="a barrier id or name")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default): one line per exercise; json: every field",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the exercises; return 0, or raise a usage error for an unknown barrier."""
    from intimacy_kit.catalogue import EXERCISES, exercises_for

    if args.barrier is None:
        chosen = EXERCISES
    else:
        try:
            chosen = exercises_for(args.barrier)
        except KeyError as error:
            raise UsageError(error.args[0]) from None
    if args.format == "json":
        json.dump([e.to_dict() for e in chosen], streams.stdout, ensure_ascii=False, indent=2)
        streams.stdout.write("\n")
        return 0
    width = max(len(exercise.id) for exercise in chosen)
    for exercise in chosen:
        who = exercise.who.display_name.lower()
        streams.stdout.write(
            f"{exercise.id:{width}}  {exercise.title} "
            f"({exercise.minutes} min, {who}, {exercise.difficulty.label})\n"
        )
    return 0
