"""Render the detector's rules as MyST Markdown pages, straight from ``DEFAULT_RULES``.

:func:`pages` is pure: it reads the rule values and returns ``{path: text}``, so the rule
table and the per-category pages can never drift from the code. Every category page
has a target ``(rules-<category>)=`` and every rule a target ``(rule-<family>-<name>)=``;
the pages link to each other with ``{ref}`` roles.

A hand-written rule's token pattern is shown as code, laid out to fit the page
(:func:`layout`); the layout only moves white space, which the pattern language ignores,
and :func:`layout` checks that the laid-out pattern parses to the same tree. The learned
lexicon, the one member of the rule set without a pattern, is listed on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from intimacy_kit import DEFAULT_RULES, Category, Hedge, Rule
from intimacy_kit.detection._learned import LearnedRule
from intimacy_kit.detection._pattern import parse
from intimacy_kit.detection.rules import FAMILIES

__all__ = [
    "category_label",
    "index_markdown",
    "layout",
    "pages",
    "rule_label",
    "rules_markdown",
]

INDEX_LABEL = "detector-rules"
WIDTH = 78
"""The width of a code block on the page (``tests/test_docs.py`` checks it)."""
FOLD_AFTER = 12
"""Patterns laid out on more lines than this are folded under a "show" toggle."""

_GUIDE = Path(__file__).resolve().parent / "guide"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|{}$~])")
# The pieces of a pattern, as the pattern language reads them: a phrase, a lemma, a
# gap, a bounded repeat, a symbol, a word or class name. White space between them is
# free, so a layout may put a line break between any two pieces.
_PIECE = re.compile(
    r"\"[^\"]*\"|<[a-z][a-z' -]*>|\.\.\.|\{\d+,\d+\}|[()\[\]|!?*+^$_=-]"
    r"|[a-zA-Z0-9'][a-zA-Z0-9'_.-]*"
)
_SUFFIXES = frozenset("?*+")
_PREFIXES = frozenset("!-=")


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


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# -- laying out a pattern ---------------------------------------------------------------


@attrs.frozen
class _Group:
    """A bracketed group of alternatives, with what is written before and after it."""

    prefix: str  # "!", "-", "=" or ""
    opening: str  # "(", "[" or "" for the whole pattern
    options: tuple[tuple[_Item, ...], ...]
    closing: str
    suffix: str  # "?", "*", "+", "{1,3}" or ""

    def flat(self) -> str:
        inner = " | ".join(_flat(option) for option in self.options)
        return f"{self.prefix}{self.opening}{inner}{self.closing}{self.suffix}"


_Item = str | _Group


def _flat(items: Iterable[_Item]) -> str:
    return " ".join(item if isinstance(item, str) else item.flat() for item in items)


def _group(pieces: list[str], position: int, closing: str) -> tuple[list[list[_Item]], int]:
    """The alternatives from ``position`` up to ``closing`` (or the end), and where next."""
    options: list[list[_Item]] = [[]]
    prefix = ""
    while position < len(pieces):
        piece = pieces[position]
        position += 1
        if piece == closing:
            break
        if piece == "|":
            options.append([])
        elif piece in _PREFIXES:
            prefix += piece
        elif piece in ("(", "["):
            inner, position = _group(pieces, position, ")" if piece == "(" else "]")
            suffix = ""
            if position < len(pieces) and (
                pieces[position] in _SUFFIXES or pieces[position].startswith("{")
            ):
                suffix, position = pieces[position], position + 1
            options[-1].append(
                _Group(
                    prefix,
                    piece,
                    tuple(tuple(option) for option in inner),
                    ")" if piece == "(" else "]",
                    suffix,
                )
            )
            prefix = ""
        elif (piece in _SUFFIXES or piece.startswith("{")) and options[-1]:
            last = options[-1][-1]
            if isinstance(last, str):
                options[-1][-1] = last + piece
            else:
                options[-1][-1] = attrs.evolve(last, suffix=last.suffix + piece)
        else:
            options[-1].append(prefix + piece)
            prefix = ""
    return options, position


def _packed(options: tuple[tuple[_Item, ...], ...], indent: int) -> list[str]:
    """Short alternatives filled into lines, ``|`` between them."""
    out: list[str] = []
    line = ""
    for number, option in enumerate(options):
        text = _flat(option)
        if not line:
            line = " " * indent + ("| " if number else "") + text
        elif len(line) + 3 + len(text) <= WIDTH:
            line += " | " + text
        else:
            out.append(line)
            line = " " * indent + "| " + text
    out.append(line)
    return out


def _lines(items: tuple[_Item, ...], indent: int, lead: str) -> list[str]:
    """One alternative laid out from ``indent``, its first line opening with ``lead``.

    An item goes on the current line if it fits, else on a new line indented two more;
    a group that fits on neither opens at the end of the line, with its alternatives
    on the lines below, four further in, and its closing bracket back at the line's
    indent.
    """
    out: list[str] = []
    line = " " * indent + lead
    for item in items:
        text = item if isinstance(item, str) else item.flat()
        fresh = not line.strip() or line.endswith(("(", "[", "| "))
        joined = line + ("" if fresh else " ") + text
        if len(joined) <= WIDTH:
            line = joined
            continue
        if not fresh and indent + 2 + len(text) <= WIDTH:
            out.append(line)
            line = " " * (indent + 2) + text
            continue
        if not isinstance(item, _Group) or not item.opening:
            if line.strip():
                out.append(line)
            line = " " * (indent + 2) + text
            continue
        head = item.prefix + item.opening
        if not fresh and len(line) + 1 + len(head) > WIDTH:
            out.append(line)
            line = " " * (indent + 2) + head
        else:
            line += ("" if fresh else " ") + head
        out.append(line)
        here = len(line) - len(line.lstrip(" "))
        if all(len(_flat(option)) <= 24 for option in item.options):
            out.extend(_packed(item.options, here + 4))
        else:
            for number, option in enumerate(item.options):
                out.extend(_lines(option, here + 4, "| " if number else ""))
        line = " " * here + item.closing + item.suffix
    if line.strip():
        out.append(line)
    return out


def layout(pattern: str) -> str:
    """``pattern`` with line breaks and indents so that it fits in :data:`WIDTH`.

    Top-level alternatives each start a line with ``|``; a group too long for its line
    opens at the end of the line, its alternatives indented below it.

    >>> print(layout("[YOU BE (a | an)? INSULT]"))
    [YOU BE (a | an)? INSULT]
    """
    if len(pattern) <= WIDTH:
        return pattern
    options, _ = _group(_PIECE.findall(pattern), 0, "")
    lines: list[str] = []
    for number, option in enumerate(options):
        lines.extend(_lines(tuple(option), 0, "| " if number else ""))
    text = "\n".join(lines)
    if parse(text) != parse(pattern):  # only white space may change
        raise ValueError(f"the layout changed the pattern {pattern[:60]!r}")
    return text


# -- the pages ----------------------------------------------------------------------


def _hand_written() -> tuple[Rule, ...]:
    return tuple(rule for rule in DEFAULT_RULES if isinstance(rule, Rule))


def _family_rules() -> dict[Category, tuple[Rule, ...]]:
    """The hand-written default rules by category, in the order of the categories."""
    grouped: dict[Category, list[Rule]] = {}
    for rule in _hand_written():
        grouped.setdefault(rule.category, []).append(rule)
    return {category: tuple(grouped[category]) for category in Category if category in grouped}


def _what_it_is(category: Category) -> str:
    """The first line of the family module's docstring: what the family catches."""
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
        Hedge.SOFTEN: "is one level milder after a hedge (“maybe …”)",
        Hedge.SKIP: "does not fire after a hedge (“maybe …”)",
    }[rule.hedge]
    negation = (
        "is cancelled by a negating frame (“I don't think …”)"
        if rule.negatable
        else "still fires after a negating frame"
    )
    quotes = (
        "also fires inside quoted or reported speech"
        if rule.in_quotes
        else "skips quoted and reported speech"
    )
    return f"It {hedge}, {negation} and {quotes}."


def _bullets(items: Iterable[str]) -> list[str]:
    lines = [f"- {item}" for item in items]
    return [*lines, ""] if lines else []


def _learned_section(learned: LearnedRule) -> list[str]:
    """The learned lexicon on the index page: what it is, and its own examples."""
    guide = (
        " See {doc}`../../guide/learned` for how it was trained and how well it does."
        if (_GUIDE / "learned.md").exists()
        else ""
    )
    lines = [
        "(rule-learned)=",
        "## The learned lexicon",
        "",
        f"The last member of the rule set, `{learned.id}`, has no pattern: it weighs the "
        "words of each sentence that no hand-written rule flagged, and reports the clause "
        "that weighed most when the probability reaches its threshold "
        f"({learned.threshold:g}). Each finding names its own category and a severity "
        f"of at most {learned.severity.label}. "
        '`DEFAULT_RULES.without("learned")` removes it.' + guide,
        "",
        f"**Why it hurts:** {_esc(learned.message)}",
        "",
    ]
    if learned.suggestion:
        lines += [f"**Instead:** {_esc(learned.suggestion)}", ""]
    if learned.examples:
        lines += ["**Fires on**", "", *_bullets(_quoted(t) for t in learned.examples)]
    if learned.near_misses:
        lines += [
            "**Does not fire on**",
            "",
            *_bullets(_quoted(t) for t in learned.near_misses),
        ]
    if learned.source:
        lines += [f"**Source:** {_esc(learned.source)}", ""]
    return lines


def index_markdown() -> str:
    """The page ``rules/index.md``: a table of every default rule, and the categories."""
    grouped = _family_rules()
    learned = DEFAULT_RULES.learned
    counted = f"There are {_plural(len(_hand_written()), 'hand-written rule')} in "
    counted += f"{len(grouped)} categories"
    counted += ", and the learned lexicon." if learned is not None else "."
    lines = [
        f"({INDEX_LABEL})=",
        "# Detector rules",
        "",
        "Every rule that {py:func}`intimacy_kit.detect` runs by default, generated from "
        "`intimacy_kit.DEFAULT_RULES`. Each rule proves itself: its examples must fire and "
        "its near misses must not, and the test suite checks both. The guide pages "
        "{doc}`../../guide/detector` and {doc}`../../guide/customising` explain how "
        "findings are made and how to read the patterns, narrow the set or write your "
        "own rules.",
        "",
        counted,
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
    if learned is not None:
        example = _quoted(learned.examples[0]) if learned.examples else ""
        lines.append(
            f"| {_ref(learned.id, 'rule-learned')} | any "
            f"| up to {learned.severity.label} | {example} |"
        )
    lines += ["", "## Categories", ""]
    for category, rules in grouped.items():
        lines.append(
            f"- {_ref(category.display_name, category_label(category))} "
            f"({_plural(len(rules), 'rule')}): {_esc(_what_it_is(category))}"
        )
    lines.append("")
    if learned is not None:
        lines += _learned_section(learned)
    lines += ["```{toctree}", ":hidden:", ""]
    lines += [category.value for category in grouped]
    lines += ["```", ""]
    return "\n".join(lines)


def _pattern_block(pattern: str) -> list[str]:
    """The pattern as a code block; a long one folded under a toggle."""
    text = layout(pattern)
    block = ["```text", text, "```", ""]
    count = text.count("\n") + 1
    if count <= FOLD_AFTER:
        return ["**Pattern:**", "", *block]
    return [
        "<details>",
        f"<summary><b>Pattern</b> ({count} lines)</summary>",
        "",
        *block,
        "</details>",
        "",
    ]


def _rule_section(rule: Rule) -> Iterator[str]:
    yield from (
        f"({rule_label(rule.id)})=",
        f"### `{rule.id}`",
        "",
        f"Severity **{rule.severity.label}**. {_context(rule)}",
        "",
        f"**Why it hurts:** {_esc(rule.message)}",
        "",
    )
    if rule.suggestion:
        yield from (f"**Instead:** {_esc(rule.suggestion)}", "")
    if rule.examples:
        yield from ("**Fires on**", "", *_bullets(_quoted(t) for t in rule.examples))
    if rule.near_misses:
        yield from (
            "**Does not fire on**",
            "",
            *_bullets(_quoted(t) for t in rule.near_misses),
        )
    if rule.source:
        yield from (f"**Source:** {_esc(rule.source)}", "")
    yield from _pattern_block(rule.pattern)


def rules_markdown(category: Category) -> str:
    """The page ``rules/<category>.md`` of one category.

    What the category is, why it hurts, what to say instead, and every rule with its
    examples, near misses, source and pattern.
    """
    rules = _family_rules()[category]
    lines = [
        f"({category_label(category)})=",
        f"# {category.display_name}",
        "",
        f"Category `{category.value}` · {_plural(len(rules), 'rule')} · "
        f"severity {_severities(rules)} · back to {_ref('all rules', INDEX_LABEL)}",
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
        "One example and one near miss per rule (a message the rule must leave alone);",
        "each rule below lists all of its own.",
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
        "Each pattern is written in the token pattern language of "
        "{doc}`../../guide/customising`; the names in capitals are word classes.",
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
