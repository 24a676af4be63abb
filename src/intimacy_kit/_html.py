"""HTML and plain-text rendering for notebooks and terminals.

Three rules keep the notebook view readable in any front end and theme:

- Every piece of user text goes through :func:`escape` before it is placed in markup,
  so a message such as ``<script>`` is shown, never run.
- Colour is only ever set as a pair, text and background together, chosen for a
  contrast of at least 4.5:1 (WCAG AA) between them; everything else inherits the
  theme's own colours, so light and dark themes both read well.
- Explanations are written out in a numbered legend under the message (hovering is
  not needed), and text is left-aligned explicitly, since notebook style sheets
  right-align table cells.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from intimacy_kit._model import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit._analysis import Analysis, ConversationAnalysis
    from intimacy_kit.catalogue._model import Exercise
    from intimacy_kit.rewriting._model import Rewrite

__all__ = [
    "COLOURS",
    "analysis_html",
    "conversation_html",
    "escape",
    "exercises_html",
    "findings_html",
    "findings_text",
    "rewrite_html",
]

COLOURS: Final = {
    Severity.LOW: ("#4d3b00", "#fff4c2"),
    Severity.MEDIUM: ("#5c2e00", "#ffe0c2"),
    Severity.HIGH: ("#6b0015", "#ffd6da"),
}
"""Text and background colour of a highlight, per severity: dark text on a pale tint
(yellow, orange, red), each pair above 7:1, whatever the theme around it."""

_LEFT: Final = "text-align:left"


def escape(text: str) -> str:
    """``text`` safe to place in HTML markup, quotes included."""
    # Unpaired surrogates cannot be written out as UTF-8; show a replacement character.
    return html.escape(text.encode("utf-8", "replace").decode("utf-8"), quote=True)


def _paint(severity: Severity) -> str:
    text, background = COLOURS[severity]
    return f"color:{text};background:{background}"


def _overlapping(findings: Sequence[Finding]) -> list[list[Finding]]:
    """Group findings into runs that overlap, so each run is highlighted once."""
    groups: list[list[Finding]] = []
    end = -1
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if groups and finding.start < end:
            groups[-1].append(finding)
            end = max(end, finding.end)
        else:
            groups.append([finding])
            end = finding.end
    return groups


def _explanation(finding: Finding) -> tuple[str, str, str | None]:
    return (finding.category.value, finding.message, finding.suggestion)


def _legend_numbers(findings: Sequence[Finding]) -> dict[tuple[str, str, str | None], int]:
    """A number per distinct explanation, in the order they first appear."""
    numbers: dict[tuple[str, str, str | None], int] = {}
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        numbers.setdefault(_explanation(finding), len(numbers) + 1)
    return numbers


def _highlighted(
    text: str, findings: Sequence[Finding], numbers: dict[tuple[str, str, str | None], int]
) -> str:
    pieces: list[str] = []
    position = 0
    for group in _overlapping(findings):
        start = group[0].start
        end = max(f.end for f in group)
        worst = max(f.severity for f in group)
        labels = ", ".join(dict.fromkeys(f.category.value for f in group))
        refs = ",".join(str(n) for n in dict.fromkeys(numbers[_explanation(f)] for f in group))
        pieces.append(escape(text[position:start]))
        pieces.append(
            f'<mark style="{_paint(worst)};border-radius:3px;padding:0 2px" '
            f'title="{escape(labels)}">{escape(text[start:end])}'
            f'<sup style="font-size:70%"> {escape(labels)} {refs}</sup></mark>'
        )
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def _legend(findings: Sequence[Finding], numbers: dict[tuple[str, str, str | None], int]) -> str:
    first: dict[int, Finding] = {}
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        first.setdefault(numbers[_explanation(finding)], finding)
    items = []
    for number, finding in sorted(first.items()):
        label = f"{finding.category.display_name} ({finding.severity.label})"
        tip = f" <i>Try:</i> {escape(finding.suggestion)}" if finding.suggestion else ""
        items.append(
            f'<li value="{number}" style="{_LEFT}">'
            f'<span style="{_paint(finding.severity)};padding:0 3px;border-radius:3px">'
            f"{escape(label)}</span> {escape(finding.message)}{tip}</li>"
        )
    return (
        f'<ol class="intimacy-kit-legend" style="{_LEFT};margin:0.3em 0 0 0;'
        f'padding-left:1.8em;font-size:90%">{"".join(items)}</ol>'
    )


def findings_html(text: str, findings: Sequence[Finding], *, quiet: bool = False) -> str:
    """The message with each flagged span highlighted, then a numbered legend of why.

    A clean message gets a short "no judgmental language found" line, unless ``quiet``
    (the conversation view, where it would repeat on every clean turn).

    >>> from intimacy_kit import detect
    >>> text = "You never listen to <b>me</b>"
    >>> page = findings_html(text, detect(text))
    >>> "&lt;b&gt;" in page, "<b>me" in page, 'class="intimacy-kit-legend"' in page
    (True, False, True)
    """
    numbers = _legend_numbers(findings)
    body = f'<div style="{_LEFT}">{_highlighted(text, findings, numbers)}</div>'
    if findings:
        after = _legend(findings, numbers)
    elif quiet:
        after = ""
    else:
        after = f'<div style="{_LEFT};font-size:85%">no judgmental language found</div>'
    return f'<div class="intimacy-kit-findings" style="{_LEFT};line-height:1.6">{body}{after}</div>'


def findings_text(text: str, findings: Sequence[Finding]) -> str:
    """A terminal-friendly summary: the message, then one line per finding."""
    lines = [text]
    for finding in findings:
        lines.append(
            f"  [{finding.category.value}/{finding.severity.label}] "
            f"{finding.text!r}: {finding.message}"
        )
        if finding.suggestion:
            lines.append(f"      try: {finding.suggestion}")
    return "\n".join(lines)


def _aside(border: str, content: str) -> str:
    """A block set off by a coloured rule on the left; its text keeps the theme's colour."""
    return (
        f'<div style="{_LEFT};margin-top:0.5em;padding:0.2em 0.6em;'
        f'border-left:4px solid {border}">{content}</div>'
    )


def rewrite_html(result: Rewrite) -> str:
    """The original with highlights, then the rewrite (or why it was declined)."""
    parts = [findings_html(result.original, result.findings)]
    if result.declined:
        reason = (result.reason or "").removeprefix("Not rewritten: ")
        parts.append(_aside("#c8102e", f"<b>Not rewritten:</b> {escape(reason)}"))
    elif result.changed:
        notes = "".join(f"<li>{escape(note)}</li>" for note in result.notes)
        listed = f'<ul style="font-size:90%;margin:0.3em 0">{notes}</ul>' if notes else ""
        parts.append(_aside("#2e8b57", f"<b>Instead:</b> {escape(result.text)}{listed}"))
    return "".join(parts)


def exercises_html(exercises: Iterable[Exercise]) -> str:
    """A short list of exercises with their purpose and time."""
    items = "".join(
        f"<li><b>{escape(e.title)}</b> ({e.minutes} min, {escape(e.who.value)}): "
        f"{escape(e.purpose)}</li>"
        for e in exercises
    )
    return f'<ul style="{_LEFT};margin:0.3em 0">{items}</ul>' if items else ""


def analysis_html(analysis: Analysis) -> str:
    """The rewrite view, then the barriers with why, then exercises to try."""
    signals = "".join(
        f"<li><b>{escape(s.barrier.name)}</b>: {escape(s.why)}</li>" for s in analysis.signals
    )
    barriers = f'<div style="{_LEFT}"><b>Barriers</b><ul>{signals}</ul></div>' if signals else ""
    tried = exercises_html(analysis.exercises)
    exercises = f'<div style="{_LEFT}"><b>Try</b>{tried}</div>' if tried else ""
    return rewrite_html(analysis.rewrite) + barriers + exercises


def conversation_html(conversation: ConversationAnalysis) -> str:
    """Each turn under its speaker's name, left-aligned; clean turns plain; then a summary."""
    turns = "".join(
        f'<div class="intimacy-kit-turn" style="{_LEFT};display:flex;gap:0.8em;'
        f'padding:0.25em 0;border-top:1px solid rgba(128,128,128,0.35)">'
        f'<div style="{_LEFT};flex:0 0 7em;font-weight:bold;overflow-wrap:anywhere">'
        f"{escape(turn.speaker)}</div>"
        f'<div style="{_LEFT};flex:1 1 auto">'
        f"{findings_html(turn.analysis.text, turn.analysis.findings, quiet=True)}</div></div>"
        for turn in conversation.turns
    )
    summary = "".join(f"<li>{escape(s.describe())}</li>" for s in conversation.speakers)
    return (
        f'<div class="intimacy-kit-conversation" style="{_LEFT}">{turns}'
        f'<div style="{_LEFT};margin-top:0.5em"><b>Per speaker</b><ul>{summary}</ul></div></div>'
    )
