"""``intimacy-kit rewrite``: one I-statement per input line, for use from scripts.

Every input line gives exactly one output line. A line the library declines (a threat,
self-harm) is written unchanged and the reason goes to standard error; so does a line
that cannot be decoded, byte for byte. A line that does not look like English is left
as it is, with a note.
"""

from __future__ import annotations

import argparse
from typing import Any

from intimacy_kit._records import rewrite_confidence
from intimacy_kit.cli._config import rule_set
from intimacy_kit.cli._english import looks_english
from intimacy_kit.cli._io import (
    Message,
    Streams,
    check_readable,
    read_messages,
    total_size,
    write_json_line,
)
from intimacy_kit.cli._options import add_input, add_rules, encoding_of, rule_options
from intimacy_kit.cli._progress import tracked
from intimacy_kit.rewriting._model import STYLES, Rewrite
from intimacy_kit.rewriting._rewriter import rewrite

__all__ = ["add_parser", "record", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``rewrite`` and its options."""
    parser = commands.add_parser(
        "rewrite",
        help="rewrite each line as an I-statement",
        description=(
            "Rewrite each input line as an I-statement: one output line per input line. "
            "A declined line (a threat or self-harm) is passed through unchanged with the "
            "reason on standard error. Exit status: 0, or 2 for a usage error or "
            "unreadable input."
        ),
    )
    add_input(parser)
    parser.add_argument(
        "--style",
        choices=STYLES,
        default="nvc",
        help="nvc (default): observation, feeling, need, request; gordon: behaviour, "
        "feeling, effect; xyz: 'when you X in Y, I feel Z'",
    )
    parser.add_argument(
        "--format",
        choices=("text", "jsonl"),
        default="text",
        help="text (default): the rewritten line; jsonl: one JSON object per line with "
        "the parts, confidence and notes",
    )
    add_rules(parser)
    parser.set_defaults(run=run)


def record(message: Message, result: Rewrite) -> dict[str, Any]:
    """The JSON object of one rewritten line."""
    return {
        "file": message.source,
        "line": message.line,
        **result.to_dict(),
        "confidence": rewrite_confidence(result),
        "notes": list(result.notes),
    }


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Rewrite every line; return the exit status."""
    check_readable(args.files)
    encoding = encoding_of(args)
    rules = rule_set(rule_options(args))
    messages = tracked(
        read_messages(args.files, streams.stdin, encoding=encoding),
        lambda message: message.size,
        streams.stdout,
        streams.stderr,
        total_size(args.files),
    )
    unreadable = False
    for message in messages:
        if message.problem is not None:
            unreadable = True
            if args.format == "text":
                streams.stdout.write(message.text + "\n")  # the same bytes, unchanged
                streams.warn(f"{message.where}: error: {message.problem}; passed through")
            else:
                streams.warn(f"{message.where}: error: {message.problem}; skipped")
            continue
        if not message.text.strip() and args.format == "text":
            streams.stdout.write(message.text + "\n")
            continue
        result = rewrite(message.text, style=args.style, rules=rules)
        _explain(message, result, streams)
        if args.format == "jsonl":
            write_json_line(streams.stdout, record(message, result))
        else:
            streams.stdout.write(result.text + "\n")
    return 2 if unreadable else 0


def _explain(message: Message, result: Rewrite, streams: Streams) -> None:
    """Say on standard error why a line was left as it was, when that is not obvious."""
    if result.declined:
        streams.warn(
            f"{message.where}: warning: declined, passed through unchanged: {result.reason}"
        )
    elif not result.findings and not looks_english(message.text):
        streams.warn(
            f"{message.where}: note: left as it is; this does not look like English, and "
            "intimacy_kit reads English only"
        )
