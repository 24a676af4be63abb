"""``intimacy-kit analyze``: a whole conversation, summed up per speaker.

The conversation is one turn per line, as ``Speaker: text`` or as a JSON object with
``speaker`` and ``text`` (the two may be mixed). Blank lines are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final

from intimacy_kit.cli._config import rule_set
from intimacy_kit.cli._io import Message, Streams, check_readable, read_messages, total_size
from intimacy_kit.cli._options import add_input, add_rules, encoding_of, rule_options
from intimacy_kit.cli._progress import tracked
from intimacy_kit.rewriting._model import STYLES

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit._analysis import ConversationAnalysis

__all__ = ["add_parser", "parse_turn", "run"]

# A speaker's name: anything up to the first colon, at most 60 characters, not empty.
_SPEAKER_LINE: Final = re.compile(r"\s*([^:]{1,60}?)\s*:\s?(.*)", re.DOTALL)
_EXPECTED = 'expected \'Speaker: text\' or a JSON object with "speaker" and "text"'


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``analyze`` and its options."""
    parser = commands.add_parser(
        "analyze",
        help="sum up a conversation per speaker",
        description=(
            "Analyse a conversation, one turn per line, written as 'Speaker: text' or as "
            'a JSON object {"speaker": ..., "text": ...}, and print a summary per speaker. '
            "Exit status: 0, or 2 for a usage error or lines that cannot be read (the "
            "other turns are still analysed)."
        ),
    )
    add_input(parser, many=False)
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default): a few sentences and exercises per speaker; json: the same "
        "as one JSON object",
    )
    parser.add_argument(
        "--style", choices=STYLES, default="nvc", help="style of the rewrites (json only)"
    )
    add_rules(parser)
    parser.set_defaults(run=run)


def parse_turn(text: str) -> tuple[str, str] | None:
    """``(speaker, text)`` from one line, or ``None`` when the line is neither form.

    >>> parse_turn("Sam: You never listen.")
    ('Sam', 'You never listen.')
    >>> parse_turn('{"speaker": "Alex", "text": "Whatever."}')
    ('Alex', 'Whatever.')
    >>> parse_turn("no speaker here") is None
    True
    """
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return None
        speaker, said = data.get("speaker"), data.get("text")
        if isinstance(speaker, str) and speaker.strip() and isinstance(said, str):
            return speaker.strip(), said
        return None
    match = _SPEAKER_LINE.fullmatch(text)
    if match is None or not match.group(1).strip():
        return None
    return match.group(1), match.group(2)


def _turns(
    messages: Iterable[Message], streams: Streams, problems: list[Message]
) -> Iterator[tuple[str, str]]:
    """The turns of the conversation, lazily, so a progress line follows the analysis."""
    for message in messages:
        if message.problem is not None:
            streams.warn(f"{message.where}: error: {message.problem}; turn skipped")
            problems.append(message)
            continue
        if not message.text.strip():
            continue
        turn = parse_turn(message.text)
        if turn is None:
            streams.warn(f"{message.where}: error: {_EXPECTED}; turn skipped")
            problems.append(message)
            continue
        yield turn


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Analyse the conversation and print the summary; return the exit status."""
    from intimacy_kit._analysis import analyze_conversation

    files = [args.files] if args.files else []
    check_readable(files)
    encoding = encoding_of(args)
    rules = rule_set(rule_options(args))
    messages = tracked(
        read_messages(files, streams.stdin, encoding=encoding),
        lambda message: message.size,
        streams.stdout,
        streams.stderr,
        total_size(files),
    )
    problems: list[Message] = []
    conversation = analyze_conversation(
        _turns(messages, streams, problems), style=args.style, rules=rules
    )
    if args.format == "json":
        json.dump(_summary(conversation), streams.stdout, ensure_ascii=False, indent=2)
        streams.stdout.write("\n")
    else:
        streams.stdout.write(_text(conversation) + "\n")
    return 2 if problems else 0


def _summary(conversation: ConversationAnalysis) -> dict[str, Any]:
    return {
        "speakers": [summary.to_dict() for summary in conversation.speakers],
        "first_judgmental_turn": conversation.first_judgmental_turn,
        "turns": [
            {
                "index": turn.index,
                "speaker": turn.speaker,
                "text": turn.analysis.text,
                "judgmental": turn.analysis.judgmental,
                "categories": sorted({f.category.value for f in turn.analysis.findings}),
                "rewrite": turn.analysis.rewrite.text,
            }
            for turn in conversation.turns
        ],
    }


def _text(conversation: ConversationAnalysis) -> str:
    if not conversation.turns:
        return "No turns to analyse."
    lines = [conversation.describe()]
    for summary in conversation.speakers:
        if summary.exercises:
            tried = "; ".join(f"{e.title} ({e.minutes} min)" for e in summary.exercises)
            lines.append(f"Try, for {summary.speaker}: {tried}")
    return "\n".join(lines)
