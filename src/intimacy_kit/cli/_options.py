"""Options shared by several commands: the input files, and the rules to detect with."""

from __future__ import annotations

import argparse
import codecs
from pathlib import Path

from intimacy_kit.cli._config import RuleOptions, find_pyproject, read_pyproject, split_names
from intimacy_kit.cli._io import UsageError

__all__ = ["add_input", "add_rules", "encoding_of", "rule_options"]


def add_input(parser: argparse.ArgumentParser, *, many: bool = True) -> None:
    """FILE arguments (standard input when none, or ``-``) and ``--encoding``."""
    if many:
        parser.add_argument(
            "files",
            nargs="*",
            metavar="FILE",
            help="files to read, one message per line (standard input when none, or -)",
        )
    else:
        parser.add_argument(
            "files",
            nargs="?",
            metavar="FILE",
            help="the file to read (standard input when none, or -)",
        )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        metavar="ENC",
        help="encoding of the input (default: utf-8); output is always UTF-8",
    )


def add_rules(parser: argparse.ArgumentParser) -> None:
    """``--only``, ``--without`` and ``--rules``, which pyproject.toml may also set."""
    group = parser.add_argument_group(
        "rules",
        "Narrow or extend the default rules. The same options may be set in the "
        "[tool.intimacy_kit] table of a pyproject.toml in this folder or a parent; "
        "an option given here replaces the one from the file.",
    )
    group.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="keep only these categories, rule families or rule ids (repeat, or "
        "separate with commas)",
    )
    group.add_argument(
        "--without",
        action="append",
        metavar="NAME",
        help="drop these categories, rule families or rule ids (repeat, or separate with commas)",
    )
    group.add_argument(
        "--rules",
        action="append",
        metavar="FILE",
        dest="rule_files",
        help="add your own rules from a TOML or JSON file (repeatable)",
    )


def encoding_of(args: argparse.Namespace) -> str:
    """The ``--encoding`` asked for, checked: an unknown name is a usage error."""
    name: str = args.encoding
    try:
        codecs.lookup(name)
    except LookupError:
        raise UsageError(f"--encoding: unknown encoding {name!r}") from None
    return name


def rule_options(args: argparse.Namespace, cwd: Path | None = None) -> RuleOptions:
    """The rule options of pyproject.toml (if any) overridden by those on the command line."""
    given = RuleOptions(
        only=split_names(args.only),
        without=split_names(args.without),
        rule_files=tuple(Path(name) for name in args.rule_files or ()),
    )
    pyproject = find_pyproject(cwd or Path.cwd())
    if pyproject is None:
        return given
    return read_pyproject(pyproject).overridden_by(given)
