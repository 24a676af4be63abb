"""HTML and plain-text rendering for notebooks and terminals.

Every piece of user text goes through :func:`html.escape` before it is placed in markup,
so a message such as ``<script>`` is shown, never run.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from intimacy_kit._model import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit.rewriting._model import Rewrite
    from intimacy_kit.catalogue._model import Exercise

__all__ = ["escape", "exercises_html", "findings_html", "findings_text", "rewrite_html"]

# One soft colour per severity: enough to see at a glance, readable in dark themes too.
_COLOURS = {
    Severity.LOW: "rgba(255, 196, 0, 0.25)",
    Severity.MEDIUM: "rgba(255, 128, 0, 0.30)",
    Severity.HIGH: "rgba(220, 20, 60, 0.30)",
}


def escape(text: str) -> str:
    """``text`` safe to place in HTML markup, quotes included."""
    # Unpaired surrogates cannot be written out as UTF-8; show a replacement character.
    return html.escape(text.encode("utf-8", "replace").decode("utf-8"), quote=True)


def _non_overlapping(findings: Sequence[Finding]) -> list[list[Finding]]:
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


def findings_html(text: str, findings: Sequence[Finding]) -> str:
    """The message with each flagged span highlighted; hover shows category and why.

    >>> from intimacy_kit import detect
    >>> text = "You <b>never</b> listen"
    >>> "&lt;b&gt;" in findings_html(text, detect(text))
    True
    """
    pieces: list[str] = []
    position = 0
    for group in _non_overlapping(findings):
        start = group[0].start
        end = max(f.end for f in group)
        worst = max((f.severity for f in group), key=lambda s: s.value)
        tooltip = "\n".join(
            f"{f.category.display_name} ({f.severity.label}): {f.message}"
            + (f" Try: {f.suggestion}" if f.suggestion else "")
            for f in group
        )
        labels = ", ".join(dict.fromkeys(f.category.value for f in group))
        pieces.append(escape(text[position:start]))
        pieces.append(
            f'<mark style="background:{_COLOURS[worst]};border-radius:3px;padding:0 2px" '
            f'title="{escape(tooltip)}">{escape(text[start:end])}'
            f'<sup style="font-size:70%;opacity:0.7"> {escape(labels)}</sup></mark>'
        )
        position = end
    pieces.append(escape(text[position:]))
    body = "".join(pieces)
    summary = (
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
        if findings
        else "no judgmental language found"
    )
    return (
        '<div class="intimacy-kit-findings" style="line-height:1.6">'
        f"<div>{body}</div>"
        f'<div style="font-size:85%;opacity:0.7">{summary}</div></div>'
    )


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


def rewrite_html(result: Rewrite) -> str:
    """The original with highlights, then the rewrite (or why it was declined)."""
    parts = [findings_html(result.original, result.findings)]
    if result.declined:
        parts.append(
            '<div style="margin-top:0.5em;padding:0.4em;border-left:3px solid crimson">'
            f"<b>Not rewritten.</b> {escape(result.reason or '')}</div>"
        )
    elif result.changed:
        notes = "".join(f"<li>{escape(note)}</li>" for note in result.notes)
        parts.append(
            '<div style="margin-top:0.5em;padding:0.4em;border-left:3px solid seagreen">'
            f"<b>Instead:</b> {escape(result.text)}"
            + (f'<ul style="font-size:85%;margin:0.3em 0">{notes}</ul>' if notes else "")
            + "</div>"
        )
    return "".join(parts)


def exercises_html(exercises: Iterable[Exercise]) -> str:
    """A short list of exercises with their purpose and time."""
    items = "".join(
        f"<li><b>{escape(e.title)}</b> ({e.minutes} min, {escape(e.who.value)}): "
        f"{escape(e.purpose)}</li>"
        for e in exercises
    )
    return f'<ul style="margin:0.3em 0">{items}</ul>' if items else ""
