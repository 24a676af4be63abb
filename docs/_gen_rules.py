"""Render the detector's rules as MyST Markdown pages, straight from ``DEFAULT_RULES``.

:func:`pages` is pure: it reads the rule values and returns ``{path: text}``, so the rule
table and the per-category pages can never drift from the code. Every category page
has a target ``(rules-<category>)=`` and every rule a target ``(rule-<family>-<name>)=``;
the pages link to each other with ``{ref}`` roles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intimacy_kit import DEFAULT_RULES, Category, Hedge, Rule
from intimacy_kit.detection.rules import FAMILIES

__all__ = ["category_label", "index_markdown", "pages", "rule_label", "rules_markdown"]

INDEX_LABEL = "detector-rules"

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|{}$~])")


def category_label(category: Category) -> str:
    """The MyST target of a category page: ``rules-<category>``."""
    return f"rules-{category.value}"


def rule_label(rule_id: str) -> str:
    """The MyST target of a rule: ``rule-<family>-<name>``."""
    return "rule-" + rule_id.replace(".", "-")


def _esc(text: str) -> str:
    """Escape characters Markdown would otherwise read as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _quoted(text: str) -> str:
    """A message shown as typed: escaped, between typographic quotes."""
    return f"“{_esc(text)}”"


def _ref(text: str, label: str) -> str:
    safe = text.replace("`", "'").replace("<", "(").replace(">", ")")
    return f"{{ref}}`{safe} <{label}>`"


def _unique(items: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item.strip():
            seen.setdefault(item.strip(), None)
    return list(seen)


def _family_rules() -> dict[Category, tuple[Rule, ...]]:
    """The default rules grouped by category, in the order of the categories."""
    grouped: dict[Category, list[Rule]] = {}
    for rule in DEFAULT_RULES:
        grouped.setdefault(rule.category, []).append(rule)
    return {category: tuple(grouped[category]) for category in Category if category in grouped}


def _what_it_is(category: Category) -> str:
    """The first line of the family module's docstring, which says what the family catches."""
    for family in FAMILIES:
        if family.__name__.rsplit(".", 1)[-1] == category.value and family.__doc__:
            return family.__doc__.strip().splitlines()[0]
    return category.display_name + "."


def _severities(rules: Iterable[Rule]) -> str:
    """``"medium"`` or ``"low to high"``: the range of the rules' severities."""
    levels = sorted({rule.severity for rule in rules})
    if len(levels) == 1:
        return levels[0].label
    return f"{levels[0].label} to {levels[-1].label}"


def _context(rule: Rule) -> str:
    """How the rule treats hedges, negation and quoted speech, in one sentence."""
    hedge = {
        Hedge.KEEP: "fires as usual after a hedge (“maybe …”)",
        Hedge.SOFTEN: "is softened one level after a hedge (“maybe …”)",
        Hedge.SKIP: "does not fire after a hedge (“maybe …”)",
    }[rule.hedge]
    negation = (
        "is cancelled by a negating frame (“I don't think …”)"
        if rule.negatable
        else "still fires under a negating frame"
    )
    quotes = (
        "also fires inside quoted or reported speech"
        if rule.in_quotes
        else "skips quoted and reported speech"
    )
    parts = [hedge, negation, quotes]
    if rule.to_dict().get("clause_start"):
        parts.append("must open its clause")
    return "It " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."


def index_markdown() -> str:
    """The page ``rules/index.md``: a table of every default rule, and the category pages."""
    grouped = _family_rules()
    lines = [
        f"({INDEX_LABEL})=",
        "# Detector rules",
        "",
        "Every rule that {py:func}`intimacy_kit.detect` runs by default, generated from "
        "`intimacy_kit.DEFAULT_RULES`. Each rule proves itself: its examples must fire and "
        "its near misses must not, and the test suite checks both. The guide page "
        "{doc}`../../guide/detector` explains how to read findings and how to narrow or "
        "extend the rule set.",
        "",
        f"There are {len(DEFAULT_RULES)} rules in {len(grouped)} categories.",
        "",
        "| Rule | Category | Severity | What it catches, for example |",
        "| --- | --- | --- | --- |",
    ]
    for category, rules in grouped.items():
        for rule in rules:
            example = _quoted(rule.examples[0]) if rule.examples else ""
            lines.append(
                f"| {_ref(rule.id, rule_label(rule.id))} "
                f"| {_ref(category.value, category_label(category))} "
                f"| {rule.severity.label} | {example} |"
            )
    lines += ["", "## Categories", ""]
    for category, rules in grouped.items():
        lines.append(
            f"- {_ref(category.display_name, category_label(category))} "
            f"({len(rules)} {'rule' if len(rules) == 1 else 'rules'}): "
            f"{_esc(_what_it_is(category))}"
        )
    lines += ["", "```{toctree}", ":hidden:", ""]
    lines += [category.value for category in grouped]
    lines += ["```", ""]
    return "\n".join(lines)


def _bullets(items: Iterable[str]) -> list[str]:
    lines = [f"- {item}" for item in items]
    return [*lines, ""] if lines else []


def _rule_section(rule: Rule) -> list[str]:
    lines = [
        f"({rule_label(rule.id)})=",
        f"### `{rule.id}`",
        "",
        f"Severity **{rule.severity.label}**. {_context(rule)}",
        "",
        f"**Why it hurts:** {_esc(rule.message)}",
        "",
    ]
    if rule.suggestion:
        lines += [f"**Instead:** {_esc(rule.suggestion)}", ""]
    if rule.examples:
        lines += ["**Fires on**", "", *_bullets(_quoted(text) for text in rule.examples)]
    if rule.near_misses:
        lines += [
            "**Does not fire on**",
            "",
            *_bullets(_quoted(text) for text in rule.near_misses),
        ]
    if rule.source:
        lines += [f"**Source:** {_esc(rule.source)}", ""]
    lines += [
        "**Pattern** (over the normalised, lower-case text):",
        "",
        "````text",
        rule.pattern,
        "````",
        "",
    ]
    return lines


def rules_markdown(category: Category) -> str:
    """The page ``rules/<category>.md`` of one category.

    What the category is, why it hurts, what to say instead, and every rule with its
    examples, near misses and source.
    """
    rules = _family_rules()[category]
    lines = [
        f"({category_label(category)})=",
        f"# {category.display_name}",
        "",
        f"Category `{category.value}` · {len(rules)} "
        f"{'rule' if len(rules) == 1 else 'rules'} · severity {_severities(rules)} · "
        f"back to {_ref('all rules', INDEX_LABEL)}",
        "",
        "## What it is",
        "",
        _esc(_what_it_is(category)),
        "",
        "## Why it hurts",
        "",
        *_bullets(_esc(message) for message in _unique(rule.message for rule in rules)),
        "## What to say instead",
        "",
        *_bullets(_esc(text) for text in _unique(rule.suggestion for rule in rules)),
        "## Examples",
        "",
        "One example and one near miss per rule; each rule below lists all of its own.",
        "Near misses are clean messages: no rule flags them.",
        "",
        "| Rule | Fires on | Does not fire on |",
        "| --- | --- | --- |",
        *(
            f"| {_ref(rule.id, rule_label(rule.id))} "
            f"| {_quoted(rule.examples[0]) if rule.examples else ''} "
            f"| {_quoted(rule.near_misses[0]) if rule.near_misses else ''} |"
            for rule in rules
        ),
        "",
        "## Rules",
        "",
    ]
    for rule in rules:
        lines += _rule_section(rule)
    return "\n".join(lines)


def pages() -> dict[str, str]:
    """The generated rule pages: MyST Markdown by path under ``docs/generated/``.

    ``rules/index.md`` holds the table of every rule; ``rules/<category>.md`` one page
    per category.
    """
    result = {"rules/index.md": index_markdown()}
    for category in _family_rules():
        result[f"rules/{category.value}.md"] = rules_markdown(category)
    return result
