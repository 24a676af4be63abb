"""A one-screen tour of intimacy_kit on a few built-in sample messages.

Run with ``make demo`` (which sets everything up first) or ``python examples/quickstart.py``.
For each message it shows the judgmental words marked in place, what kind of judgment
each is and why it tends to hurt, the message rewritten as an I-statement, and the
barriers to intimacy the message shows signs of; then a few exercises to try.

Flagged words are underlined on a terminal and marked ``[[like this]]`` otherwise (or
when the ``NO_COLOR`` environment variable is set).
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Sequence

import intimacy_kit as ik

SAMPLES = (
    "You never listen to me, you idiot!",
    "Calm down, you're overreacting. Whatever.",
    "I'm fine, it's nothing. I'm too busy this month anyway.",
    "I feel lonely when we eat in silence. Could we talk tonight?",
)
WIDTH = 88
INDENT = "   "


def marker(use_ansi: bool) -> tuple[str, str]:
    """The strings that open and close a flagged span."""
    return ("\033[1;4m", "\033[0m") if use_ansi else ("[[", "]]")


def mark_spans(text: str, findings: Sequence[ik.Finding], *, use_ansi: bool = False) -> str:
    """``text`` with every flagged span marked; overlapping findings are marked once."""
    opening, closing = marker(use_ansi)
    spans: list[list[int]] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if spans and finding.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], finding.end)
        else:
            spans.append([finding.start, finding.end])
    pieces, position = [], 0
    for start, end in spans:
        pieces += [text[position:start], opening, text[start:end], closing]
        position = end
    return "".join([*pieces, text[position:]])


def _wrap(label: str, text: str) -> list[str]:
    first = f"{INDENT}{label:9}"
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=" " * len(first)) or [
        first.rstrip()
    ]


def describe(analysis: ik.Analysis, *, use_ansi: bool) -> list[str]:
    """The lines shown for one message."""
    lines = [f"{INDENT}{'flagged' if analysis.findings else 'clean':9}"]
    lines[0] += mark_spans(analysis.text, analysis.findings, use_ansi=use_ansi)
    shown: set[tuple[ik.Category, str]] = set()
    for finding in analysis.findings:
        if (finding.category, finding.message) in shown:
            continue  # two spans of one kind share their explanation
        shown.add((finding.category, finding.message))
        kind = f"{INDENT}  - {finding.category.value} ({finding.severity.label}): "
        why = textwrap.shorten(finding.message, WIDTH - len(kind), placeholder=" …")
        lines.append(kind + why)
    rewrite = analysis.rewrite
    if rewrite.declined:
        lines += _wrap("declined", rewrite.reason or "")
    elif rewrite.changed:
        lines += _wrap("instead", rewrite.text)
    else:
        lines.append(f"{INDENT}{'instead':9}nothing to change")
    if analysis.signals:
        names = ", ".join(signal.barrier.name.lower() for signal in analysis.signals)
        lines += _wrap("barriers", names)
    return lines


def suggested_exercises(analyses: Sequence[ik.Analysis], count: int = 3) -> list[ik.Exercise]:
    """The top exercise of each message's analysis, in turn, without repeats."""
    chosen: dict[str, ik.Exercise] = {}
    depth = 0
    while len(chosen) < count and any(depth < len(a.exercises) for a in analyses):
        for analysis in analyses:
            if depth < len(analysis.exercises) and len(chosen) < count:
                chosen.setdefault(analysis.exercises[depth].id, analysis.exercises[depth])
        depth += 1
    return list(chosen.values())


def main(use_ansi: bool | None = None) -> None:
    if use_ansi is None:
        use_ansi = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    print(f"intimacy_kit {ik.__version__}: judgmental language, I-statements, barriers\n")
    analyses = [ik.analyze(message) for message in SAMPLES]
    for number, analysis in enumerate(analyses, start=1):
        print(f"{number}. {analysis.text}")
        print("\n".join(describe(analysis, use_ansi=use_ansi)))
        print()
    print("Exercises to try:")
    for exercise in suggested_exercises(analyses):
        who = exercise.who.display_name.lower()
        print(f"  * {exercise.title} ({exercise.minutes} min, {who})")
        first = textwrap.shorten(exercise.steps[0], WIDTH - 11, placeholder=" …")
        print(f"    first: {first}")
    print("\nMore: docs/guide/, examples/notebooks/tour.ipynb, python -m pydoc intimacy_kit")


if __name__ == "__main__":
    main()
