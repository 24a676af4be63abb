"""``intimacy-kit barriers``: the barrier taxonomy, grouped by kind."""

from __future__ import annotations

import argparse
import json

from intimacy_kit.cli._io import Streams

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``barriers`` and its options."""
    parser = commands.add_parser(
        "barriers",
        help="list the barriers to intimacy, by kind",
        description="List the barriers to emotional intimacy, grouped by kind.",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default): id and name, by kind; json: every field",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the taxonomy; return 0."""
    from intimacy_kit.catalogue import BARRIERS, BarrierKind, barriers

    if args.format == "json":
        data = [barrier.to_dict() for barrier in BARRIERS]
        json.dump(data, streams.stdout, ensure_ascii=False, indent=2)
        streams.stdout.write("\n")
        return 0
    width = max(len(barrier.id) for barrier in BARRIERS)
    for number, kind in enumerate(BarrierKind):
        members = barriers(kind=kind)
        streams.stdout.write(("\n" if number else "") + f"{kind.display_name} ({len(members)})\n")
        for barrier in members:
            streams.stdout.write(f"  {barrier.id:{width}}  {barrier.name}\n")
    return 0
