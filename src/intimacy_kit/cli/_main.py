"""The ``intimacy-kit`` parser and the entry point that runs a command.

Exit statuses are the same for every command: 0 for success, 1 when ``check`` flags
something, 2 for a usage error or input that cannot be read (argparse uses 2 too).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from intimacy_kit._version import __version__
from intimacy_kit.cli import _analyze, _barriers, _check, _exercises, _plan, _rewrite
from intimacy_kit.cli._io import Streams, UsageError

__all__ = ["PROG", "build_parser", "main"]

PROG = "intimacy-kit"
USAGE_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command and option (the CLI reference page is made from it).

    >>> parser = build_parser()
    >>> parser.parse_args(["rewrite", "--style", "gordon"]).style
    'gordon'
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Relationship-communication heuristics on the command line: flag judgmental "
            "language, rewrite messages as I-statements, sum up a conversation, and "
            "browse the barriers to intimacy and the exercises that address them."
        ),
        epilog="Run 'intimacy-kit COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (_check, _rewrite, _analyze, _barriers, _exercises, _plan):
        module.add_parser(commands)
    return parser


def _run(argv: Sequence[str] | None, streams: Streams) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args, streams)
    except UsageError as error:
        streams.warn(f"{PROG} {args.command}: error: {error}")
        return USAGE_ERROR
    streams.stdout.flush()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (the process's arguments when None).

    Returns the exit status; the console script and ``python -m intimacy_kit`` pass
    it to :func:`sys.exit`.
    """
    streams = Streams.from_sys()
    try:
        return _run(argv, streams)
    except BrokenPipeError:
        # The reader went away (``… | head``): stop quietly. Point standard output at
        # devnull so that the interpreter's own flush at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
