"""Render the command-line reference from the ``intimacy-kit`` argparse parser.

The page is the ``--help`` of the program and of each command, so it cannot drift
from the code. Help is formatted 78 characters wide, the width of code in the docs.
"""

from __future__ import annotations

import argparse
import functools

from intimacy_kit.cli import build_parser

__all__ = ["cli_markdown"]

WIDTH = 78


def _help(parser: argparse.ArgumentParser) -> str:
    parser.formatter_class = functools.partial(argparse.HelpFormatter, width=WIDTH)
    return parser.format_help().rstrip()


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def cli_markdown() -> str:
    """The reference page: the program's help, then one section per command.

    >>> page = cli_markdown()
    >>> page.startswith("(cli-reference)=") and "## intimacy-kit check" in page
    True
    >>> max(len(line) for line in page.splitlines()) <= WIDTH
    True
    """
    parser = build_parser()
    lines = [
        "(cli-reference)=",
        "# Command-line reference",
        "",
        "The help of `intimacy-kit` and of each of its commands, as `--help`",
        "prints it. This page is generated from the program's own parser; see",
        "{doc}`../guide/cli` for a guide with examples.",
        "",
        "```text",
        _help(parser),
        "```",
        "",
    ]
    for name, command in _commands(parser).items():
        lines += [f"## intimacy-kit {name}", "", "```text", _help(command), "```", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
