"""The judgmental-language detector: rules in, findings with original offsets out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

from intimacy_kit._model import (
    Category,
    Finding,
    Findings,
    Severity,
    _findings,
    _trusted_finding,
)
from intimacy_kit._rule import CompiledRule, Hedge, RuleSet, _Branch, _Compiled
from intimacy_kit._rules import DEFAULT_RULES
from intimacy_kit._text import (
    Normalized,
    Span,
    fold_plain_maybe_stretched,
    has_stretched_letter,
    inside_any,
    normalize_in_full,
    quoted_spans,
)

__all__ = ["detect", "detect_many", "detect_normalized"]

# A frame before the match that says the writer is NOT making the judgment:
# "I don't think you're selfish", "it's not that you're lazy", "nobody said you're rude".
_NEGATING_FRAME: Final = re.compile(
    r"\b(?:(?:i|we)\s+(?:don't|do\s+not|didn't|did\s+not|never)\s+(?:think|believe|mean|"
    r"say|said|feel|claim|want\s+to\s+say|call(?:ed)?)"
    r"|(?:i'm|i\s+am|i\s+was|i'm\s+just|i\s+wasn't|i\s+was\s+not)\s+not\s+(?:saying|calling|"
    r"accusing|suggesting|implying)|i\s+wasn't\s+(?:saying|calling|implying)"
    r"|not\s+that|it's\s+not\s+(?:that|like)|it\s+isn't\s+(?:that|like)"
    r"|(?:doesn't|does\s+not|didn't|did\s+not)\s+mean"
    r"|(?:nobody|no\s+one)\s+(?:thinks|said|says|is\s+saying|believes|would\s+say)"
    r"|who\s+(?:said|says)|i\s+wouldn't\s+(?:say|call)|i'd\s+never\s+(?:say|call)"
    r"|if\s+(?:anyone|anybody|someone|somebody|they)\s+(?:ever\s+)?(?:says?|said|calls?|called))"
    r"\b[^.!?]*$"
)
# A tentative frame before the match: an empathic guess rather than a verdict.
_HEDGING_FRAME: Final = re.compile(
    r"\b(?:maybe|perhaps|i\s+wonder\s+(?:if|whether)|it\s+(?:seems|sounds|looks)\s+(?:like|as\s+if)"
    r"|you\s+(?:seem|sound|look)|i\s+guess|i'm\s+guessing|could\s+it\s+be|is\s+it\s+possible"
    r"|i\s+might\s+be\s+wrong|i\s+could\s+be\s+wrong|am\s+i\s+right\s+that|i\s+sense)\b[^.!?]*$"
)
# A naming verb in the past before a quoted word: "you called my reading a 'useless
# hobby'" reports their words; it does not put the writer's own in scare quotes. ("… and
# calling it 'unique blend'" mocks, and stays a finding.)
_NAMING_FRAME: Final = re.compile(
    r"\b(?:called|named|labell?ed|dubbed)\s+(?:me|it|this|that|us|him|her|them|"
    r"(?:my|our|his|her|their|your)(?:\s+[\w-]+){1,2})\s+(?:a\s+|an\s+)?\W?$"
)
_NAMING_CUES: Final = frozenset(
    word.encode() for word in "called named labelled labeled dubbed".split()
)
# Words without which neither frame above can match: a cheap test before the regexes.
_NEGATION_CUES: Final = frozenset(
    word.encode()
    for word in "don didn never not doesn nobody no who wouldn if isn t wasn did does".split()
)
_HEDGE_CUES: Final = frozenset(
    word.encode()
    for word in (
        "maybe perhaps wonder seems sounds looks seem sound look guess guessing could "
        "possible might sense right"
    ).split()
)
_CLAUSE_BREAK: Final = re.compile(r"[.!?;:\n\"(\u2026][^.!?;:\n\"(\u2026]*$")
# What may stand between a clause boundary and a clause-opening match: interjections,
# fillers and a vocative ("Oh, just stop it", "Isabelle, get out", "Well... whatever").
_OPENERS: Final = re.compile(
    r"(?:[\s,!.\-]|\b(?:oh|ah|ugh|argh|just|now|and|so|well|hey|look|please|seriously|"
    r"honestly|okay|ok|alright|god|jeez|geez|come\s+on|maybe|then|but|yeah|yes|no|nope|fine|"
    r"right|whoa|woah|sure|wow|gosh|man|dude|babe|honey|hon|dear|love|sweetie|darling|listen|"
    r"[a-z]+(?=\s*,))\b)*"
)
_PREFIX_WINDOW: Final = 120

_LOWER: Final = {Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW}
# Severities by rank: comparing members, or their ``.value``, goes through slow enum code.
_RANK: Final = {severity: severity.value for severity in Severity}


def _clause_prefix(text: str, start: int) -> str:
    prefix = text[max(0, start - _PREFIX_WINDOW) : start]
    boundary = _CLAUSE_BREAK.search(prefix)
    return prefix if boundary is None else prefix[boundary.start() + 1 :]


def _anchored_matches(branch: _Branch, text: str, first: Any) -> Iterator[Any]:
    r"""``branch.pattern.finditer(text)``, trying the pattern only where its gate matches.

    ``first`` is the gate's first match. Only for branches whose gate dropped nothing
    but zero-width tests (``\b``, lookbehinds): every match of the pattern then starts
    where the gate matches, so anchoring the pattern at each gate match finds the same
    matches. It is much faster for patterns that open with lookbehinds, which the regex
    engine would otherwise test at every position of the text. Lookbehinds and ``\b``
    still see the text before the position a match is tried at.
    """
    gate, pattern = branch.gate.search, branch.pattern.match
    size = len(text)
    candidate = first
    while True:
        at = candidate.start()
        match = pattern(text, at)
        if match is None:
            position = at + 1
        else:
            yield match
            position = max(match.end(), at + 1)
        if position > size:
            return
        candidate = gate(text, position)
        if candidate is None:
            return


def _pattern_matches(branch: _Branch, text: str, first: Any) -> Iterator[Any]:
    """Every match of ``branch.pattern``, given ``first``, the first match of its gate."""
    if not branch.same_start:
        every: Iterator[Any] = branch.pattern.finditer(text)
        return every
    if branch.gate is not branch.pattern:
        return _anchored_matches(branch, text, first)
    # The gate is the pattern: its first match is the pattern's first match.
    return itertools.chain((first,), branch.pattern.finditer(text, first.end()))


def _matches(
    normalized: Normalized,
    units: tuple[tuple[CompiledRule, _Branch], ...],
    passing: Iterable[tuple[int, Any]],
) -> list[tuple[int, int, CompiledRule, Severity]]:
    text = normalized.text
    runs = normalized.runs
    may_negate = not _NEGATION_CUES.isdisjoint(runs)
    may_hedge = not _HEDGE_CUES.isdisjoint(runs)
    quoted: tuple[Span, ...] | None = None
    found: list[tuple[int, int, CompiledRule, Severity]] = []
    previous = None
    for index, first in passing:
        unit = units[index]
        if unit is previous:
            continue  # another gate of a branch that has several: it runs once
        previous = unit
        item, branch = unit
        rule = item.rule
        for match in _pattern_matches(branch, text, first):
            start, end = branch.span(match)
            if start < 0 or end <= start:
                continue
            if not rule.in_quotes:
                if quoted is None:
                    quoted = quoted_spans(normalized)
                if quoted and inside_any(quoted, start, end):
                    continue
            elif (
                # Only a rule that reads quote marks gets here, on a match: rare enough
                # that the cue test need not run for every message.
                rule.category is not Category.THREAT
                and not _NAMING_CUES.isdisjoint(runs)
                and _NAMING_FRAME.search(_clause_prefix(text, match.start()))
            ):
                continue  # words quoted from the partner, not put in scare quotes
            severity = rule.severity
            negate = may_negate and rule.negatable
            hedge = may_hedge and rule.hedge is not Hedge.KEEP
            if rule.clause_start or negate or hedge:
                prefix = _clause_prefix(text, match.start())
                if rule.clause_start and not _OPENERS.fullmatch(prefix):
                    continue
                if negate and _NEGATING_FRAME.search(prefix):
                    continue
                if hedge and _HEDGING_FRAME.search(prefix):
                    if rule.hedge is Hedge.SKIP:
                        continue
                    severity = _LOWER.get(severity, severity)
            found.append((start, end, item, severity))
    return found


def detect_normalized(
    normalized: Normalized, rules: RuleSet = DEFAULT_RULES
) -> tuple[Finding, ...]:
    """Detect on an already normalised message (shared by ``detect`` and the rewriter)."""
    return _detect_in(normalized, rules._get_compiled())


def _detect_in(normalized: Normalized, compiled: _Compiled) -> tuple[Finding, ...]:
    text = normalized.text
    passing = _passing(compiled, text, _filled_slots(compiled, text, normalized.runs)[0])
    return _findings_of(normalized, compiled, passing) if passing else ()


def _filled_slots(compiled: _Compiled, text: str, runs: Iterable[bytes]) -> tuple[int, list[bytes]]:
    """The requirement slots ``text`` fills (see ``_Compiled``), and its unknown runs.

    The unknown runs are the runs of letters that are none of the rules' words.
    """
    # A repeated word is looked up again, which costs less than making a set first.
    filled = 0
    unknown = []
    slots_of = compiled.word_slots.get
    for word in runs:
        slots = slots_of(word)
        if slots is None:
            unknown.append(word)
        else:
            filled |= slots
    for last, group in compiled.substring_slots:
        if last in text:
            # Plain loops: a generator costs more than the few tests it would run.
            for substring, slot in group:
                if substring in text:
                    filled |= slot
    return filled, unknown


def _passing(compiled: _Compiled, text: str, filled: int) -> list[tuple[int, Any]]:
    """The units, in rule order, that may match ``text``, each with its gate's first match.

    A unit passes when ``text`` fills all its requirement slots (``filled``, from
    :func:`_filled_slots`) and its gate pattern matches somewhere in the text.
    """
    # A unit's spare bit is set when all its slots are filled.
    ready = (filled + compiled.first_slots) & compiled.spare_bits
    searches, unit_at = compiled.searches, compiled.unit_at
    passing = []
    while ready:  # from the last unit to the first: reversed below
        top = ready.bit_length() - 1
        ready ^= 1 << top
        index = unit_at[top]
        gate = searches[index](text)
        if gate is not None:
            passing.append((index, gate))
    passing.reverse()
    return passing


def _findings_of(
    normalized: Normalized, compiled: _Compiled, passing: list[tuple[int, Any]]
) -> tuple[Finding, ...]:
    raw = _matches(normalized, compiled.units, passing)
    return _merge(normalized, raw) if raw else ()


class _Span:
    """A finding under construction while overlapping matches are merged."""

    __slots__ = ("end", "item", "severity", "start")

    def __init__(self, start: int, end: int, item: CompiledRule, severity: Severity) -> None:
        self.start, self.end, self.item, self.severity = start, end, item, severity


def _merge(
    normalized: Normalized, raw: list[tuple[int, int, CompiledRule, Severity]]
) -> tuple[Finding, ...]:
    """Map spans to the original, merge overlaps within a category, sort by position."""
    original = normalized.original
    if len(raw) == 1:  # the usual case: one match, nothing to merge
        start, end, item, severity = raw[0]
        a, b = normalized.original_span(start, end)
        return (_finding(original, a, b, item, severity),) if b > a else ()
    by_category: dict[Category, list[_Span]] = {}
    for start, end, item, severity in sorted(raw, key=_by_position):
        a, b = normalized.original_span(start, end)
        if b <= a:
            continue
        spans = by_category.setdefault(item.rule.category, [])
        if spans and a < spans[-1].end:
            last = spans[-1]
            last.end = max(last.end, b)
            if _RANK[severity] > _RANK[last.severity]:
                last.item, last.severity = item, severity
        else:
            spans.append(_Span(a, b, item, severity))
    findings = [
        _finding(original, span.start, span.end, span.item, span.severity)
        for spans in by_category.values()
        for span in spans
    ]
    findings.sort(key=_finding_order)
    return tuple(findings)


def _by_position(match: tuple[int, int, CompiledRule, Severity]) -> tuple[int, int]:
    return match[0], -match[1]


def _finding_order(finding: Finding) -> tuple[int, int, str]:
    # A category is a str enum: it sorts as its value, without the slow ``.value``.
    return finding.start, finding.end, finding.category


def _finding(
    original: str, start: int, end: int, item: CompiledRule, severity: Severity
) -> Finding:
    rule = item.rule
    return _trusted_finding(
        start,
        end,
        original[start:end],
        rule.category,
        severity,
        rule.id,
        rule.message,
        rule.suggestion,
    )


def detect(text: str, *, rules: RuleSet = DEFAULT_RULES) -> Findings:
    """Find judgmental language in ``text``; findings are sorted by position.

    Every finding's ``start``/``end`` are offsets into ``text`` as given, so
    ``text[f.start:f.end] == f.text``. A clean message gives an empty tuple. The result
    is a :class:`~intimacy_kit.Findings`, a tuple that also remembers ``text`` so that
    notebooks can show the findings highlighted in place.

    >>> import intimacy_kit as ik
    >>> [(f.text, f.category.value) for f in ik.detect("You NEVER listen to me!")]
    [('You NEVER listen', 'absolute')]
    >>> ik.detect("You always make me laugh.")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"detect() needs a str, got {type(text).__name__}")
    if not text:
        return Findings((), text)
    # ``rules._get_compiled()`` inlined: this runs once per message.
    cache = rules._compiled
    compiled = cache[0] if cache else rules._get_compiled()
    plain = fold_plain_maybe_stretched(text)
    if plain is not None:
        lowered, runs = plain
        filled, unknown = _filled_slots(compiled, lowered, runs)
        # No rule's word has a letter three times in a row, so only the unknown runs
        # can be stretched ("soooo"), which takes the full normalisation below.
        if not unknown or not has_stretched_letter(unknown):
            # The common case, plain ASCII: most messages stop at the gates, so the
            # ``Normalized`` (with its offset map) is only made for the few that go on.
            passing = _passing(compiled, lowered, filled)
            if not passing:
                return _findings((), text)
            normalized = Normalized(text, lowered, runs=runs)
            return _findings(_findings_of(normalized, compiled, passing), text)
    return _findings(_detect_in(normalize_in_full(text), compiled), text)


def detect_many(texts: Iterable[str], *, rules: RuleSet = DEFAULT_RULES) -> Iterator[Findings]:
    """Detect in each text of an iterable, lazily: one result per text, in order.

    Memory stays constant however many texts there are, so this works on generators
    over files or database cursors.

    >>> import intimacy_kit as ik
    >>> results = ik.detect_many(["Calm down.", "Thanks for dinner!"])
    >>> [[f.category.value for f in found] for found in results]
    [['invalidation'], []]
    """
    rules.compile()
    for text in texts:
        yield detect(text, rules=rules)
