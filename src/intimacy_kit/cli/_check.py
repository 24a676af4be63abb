"""``intimacy-kit check``: flag judgmental language, as a pre-send or CI check.

Exit status: 1 when anything is flagged, 0 when everything is clean, 2 for a usage
error or input that cannot be read (the other messages are still checked).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from intimacy_kit._model import Category, Finding
from intimacy_kit.cli._config import rule_set
from intimacy_kit.cli._io import (
    Message,
    Streams,
    check_readable,
    line_and_column,
    one_line,
    read_messages,
    total_size,
    write_json_line,
)
from intimacy_kit.cli._options import add_input, add_rules, encoding_of, rule_options
from intimacy_kit.cli._progress import tracked

__all__ = ["add_parser", "run"]

FLAGGED = 1
CLEAN = 0
USAGE = 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``check`` and its options."""
    categories = ", ".join(c.value for c in Category)
    parser = commands.add_parser(
        "check",
        help="flag judgmental language (exit 1 when anything is flagged)",
        description=(
            "Flag judgmental language, one message per line. Each finding is printed as "
            'FILE:LINE:COL: category (severity) "text" - explanation. Exit status: 1 when '
            "anything is flagged, 0 when all is clean, 2 for a usage error or unreadable "
            "input."
        ),
        epilog=f"categories: {categories}",
    )
    add_input(parser)
    parser.add_argument(
        "--whole",
        action="store_true",
        help="read each file as one message instead of one message per line",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="text (default): one line per finding; json: one array of messages; "
        "jsonl: one JSON object per message, as it is read",
    )
    add_rules(parser)
    parser.set_defaults(run=run)


def _finding_record(message: Message, finding: Finding, whole: bool) -> dict[str, Any]:
    if whole:
        line, column = line_and_column(message.text, finding.start)
    else:
        line, column = message.line, finding.start + 1
    return {"line": line, "column": column, **finding.to_dict()}


def _message_record(message: Message, findings: tuple[Finding, ...], whole: bool) -> dict[str, Any]:
    return {
        "file": message.source,
        "line": message.line,
        "text": message.text,
        "flagged": bool(findings),
        "findings": [_finding_record(message, f, whole) for f in findings],
    }


def _text_lines(record: dict[str, Any]) -> list[str]:
    return [
        f"{record['file']}:{finding['line']}:{finding['column']}: {finding['category']} "
        f'({finding["severity"]}) "{one_line(finding["text"])}" — {finding["message"]}'
        for finding in record["findings"]
    ]


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Check every message; print findings in the chosen format; return the exit status."""
    from intimacy_kit.detection._detector import detect

    check_readable(args.files)
    encoding = encoding_of(args)
    rules = rule_set(rule_options(args))
    messages = tracked(
        read_messages(args.files, streams.stdin, whole=args.whole, encoding=encoding),
        lambda message: message.size,
        streams.stdout,
        streams.stderr,
        total_size(args.files),
    )
    flagged = unreadable = False
    everything: list[dict[str, Any]] = []
    for message in messages:
        if message.problem is not None:
            streams.warn(f"{message.where}: error: {message.problem}; not checked")
            unreadable = True
            continue
        if not message.text.strip() and not args.whole:
            continue  # a blank line is no message
        findings = detect(message.text) if rules is None else detect(message.text, rules=rules)
        flagged = flagged or bool(findings)
        record = _message_record(message, tuple(findings), args.whole)
        if args.format == "jsonl":
            write_json_line(streams.stdout, record)
        elif args.format == "json":
            everything.append(record)
        else:
            for line in _text_lines(record):
                streams.stdout.write(line + "\n")
    if args.format == "json":
        json.dump(everything, streams.stdout, ensure_ascii=False, indent=2)
        streams.stdout.write("\n")
    if unreadable:
        return USAGE
    return FLAGGED if flagged else CLEAN
