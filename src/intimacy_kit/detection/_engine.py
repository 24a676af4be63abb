"""Running a compiled rule set over a message: gate, match, filter, merge.

For each message:

1. **Gate.** A plain-ASCII message whose spelling needs no repair is looked at as a bag of
   words first: each word's bits are looked up, and only the rules whose every needed word
   class is present go on. Most clean messages stop here, before any tokenizing.
2. **Read.** The message is read into a :class:`~intimacy_kit.text.Doc` and each token's
   bits are looked up once.
3. **Match.** Each remaining rule is tried at the tokens its first item can match, within
   the token's sentence. Matches inside quoted or reported speech, after a negating frame
   ("I don't think …") or a hedge ("maybe …") are dropped or softened as the rule says.
4. **Merge.** Overlapping matches of one category become one finding with the highest
   severity, mapped to offsets of the original message.

Each step is linear in the length of the message, and nothing here keeps state between
messages, so one compiled rule set serves every thread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from intimacy_kit._model import Category, Finding, Severity, _trusted_finding
from intimacy_kit.detection._compile import BitSpace, CompiledPattern, Context, compile_pattern
from intimacy_kit.detection._frames import HEDGING_FRAMES, NEGATING_FRAMES
from intimacy_kit.detection._pattern import PatternError, parse
from intimacy_kit.detection._rule import Hedge, Rule, RuleError
from intimacy_kit.lexicon._chat import EXPANSIONS
from intimacy_kit.lexicon._contractions import split_contraction
from intimacy_kit.lexicon._people import SPELLINGS
from intimacy_kit.text import Doc, read
from intimacy_kit.text import flags as F

__all__ = ["CompiledRules"]

# A message needs the full reading before any gate when its spelling may hide words:
# anything outside ASCII, digits or symbols inside words, a letter typed three times,
# single letters spaced out.
_NEEDS_READING: Final = re.compile(
    r"[^\x00-\x7f]|[a-z][0-9*$@]|[0-9*$@][a-z]|([a-z])\1\1|(?<![a-z'])[a-z][ .*_-][a-z][ .*_-][a-z](?![a-z'])"
)
_GATE_WORDS: Final = re.compile(r"[a-z0-9']+")
_SOFTER: Final = {Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW}
_UNSAID: Final = F.QUOTED | F.REPORTED
# Words whose reading depends on their neighbours: the gate assumes every reading.
_CONTEXT_READINGS: Final = {
    "your": ("your", "you", "'re"),
    "ur": ("your", "you", "'re"),
    "ill": ("ill", "i", "'ll"),
    "its": ("its", "it", "'s"),
    "id": ("id", "i", "'d"),
}


class _Compiled:
    """One rule with its compiled pattern."""

    __slots__ = ("pattern", "rule")

    def __init__(self, rule: Rule, pattern: CompiledPattern) -> None:
        self.rule = rule
        self.pattern = pattern


class CompiledRules:
    """A rule set compiled against one bit space, ready to run on messages."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        space = BitSpace()
        self.space = space
        self.rules = tuple(_Compiled(rule, self._compile_rule(rule, space)) for rule in rules)
        self.negating = tuple(compile_pattern(parse(p), space) for p in NEGATING_FRAMES)
        self.hedging = tuple(compile_pattern(parse(p), space) for p in HEDGING_FRAMES)
        self.gate_bits = self._gate_bits(space)

    @staticmethod
    def _compile_rule(rule: Rule, space: BitSpace) -> CompiledPattern:
        try:
            return compile_pattern(rule.parsed(), space)
        except PatternError as error:
            raise RuleError(f"rule {rule.id!r}: pattern: {error}") from None

    @staticmethod
    def _gate_bits(space: BitSpace) -> dict[str, int]:
        """The bits of raw words as the gate sees them, every possible reading included."""
        word_bits = space.word_bits
        gate = dict(word_bits)

        def bits_of(tokens: Sequence[str]) -> int:
            bits = 0
            for token in tokens:
                bits |= word_bits.get(token, 0)
            return bits

        for raw, tokens in EXPANSIONS.items():
            gate[raw] = gate.get(raw, 0) | bits_of(tokens)
        for raw, word in SPELLINGS.items():
            gate[raw] = gate.get(raw, 0) | bits_of(split_contraction(word))
        for raw, tokens in _CONTEXT_READINGS.items():
            gate[raw] = gate.get(raw, 0) | bits_of(tokens)
        for phrase, bits in space.phrase_bits.items():
            first = phrase.split(" ", 1)[0]
            gate[first] = gate.get(first, 0) | bits
        return gate

    # -- step 1: the gate -------------------------------------------------------------

    def _gate(self, text: str) -> tuple[_Compiled, ...] | None:
        """The rules that may match ``text``, or None when the message must be read first."""
        lowered = text.lower()
        if _NEEDS_READING.search(lowered):
            return None
        gate = self.gate_bits
        union = 0
        for word in _GATE_WORDS.findall(lowered):
            bits = gate.get(word)
            if bits is None and "'" in word:
                bits = 0
                for token in split_contraction(word.strip("'")):
                    bits |= gate.get(token, 0)
            if bits:
                union |= bits
        return self._candidates(union | F.WORD | F.PUNCT)

    def _candidates(self, union: int) -> tuple[_Compiled, ...]:
        return tuple(
            compiled
            for compiled in self.rules
            if all(union & need for need in compiled.pattern.needs)
        )

    # -- steps 2 to 4 -----------------------------------------------------------------

    def findings(self, text: str) -> tuple[Finding, ...]:
        """The findings of the whole rule set in ``text``, sorted by position."""
        candidates = self._gate(text)
        if candidates is not None and not candidates:
            return ()
        return self.findings_in(read(text), candidates)

    def findings_in(
        self, doc: Doc, candidates: tuple[_Compiled, ...] | None = None
    ) -> tuple[Finding, ...]:
        """The findings in an already read message (the rewriter reads once and shares)."""
        if not doc.norms:
            return ()
        ctx = self._context(doc)
        union = 0
        for bits in ctx.start_bits:
            union |= bits
        rules = self._candidates(union) if candidates is None else candidates
        rules = tuple(compiled for compiled in rules if all(union & n for n in compiled.pattern.needs))
        if not rules:
            return ()
        negated_from = self._frame_starts(ctx, doc, self.negating, union)
        hedged_from = self._frame_starts(ctx, doc, self.hedging, union)
        raw: list[tuple[int, int, Rule, Severity]] = []
        for compiled in rules:
            for first, last in _matches(compiled.pattern, ctx, doc):
                severity = self._judge(compiled.rule, doc, first, negated_from, hedged_from)
                if severity is not None:
                    raw.append((first, last, compiled.rule, severity))
        return _merge(doc, raw) if raw else ()

    def _context(self, doc: Doc) -> Context:
        word_bits = self.space.word_bits
        bits = [flag | word_bits.get(norm, 0) for norm, flag in zip(doc.norms, doc.flags, strict=True)]
        phrases: dict[int, list[tuple[int, int]]] | None = None
        if doc.phrases:
            phrase_bits = self.space.phrase_bits
            phrases = {}
            for first, last, phrase in doc.phrases:
                phrases.setdefault(first, []).append((last, phrase_bits.get(phrase, 0)))
        return Context(bits, phrases, self.space)

    def _frame_starts(
        self, ctx: Context, doc: Doc, frames: tuple[CompiledPattern, ...], union: int
    ) -> dict[int, int]:
        """For each sentence (by its first token) that has a frame, where the first one ends."""
        starts: dict[int, int] = {}
        for frame in frames:
            if not all(union & need for need in frame.needs):
                continue
            for first, last in _matches(frame, ctx, doc, whole=True):
                sentence = doc.sentence_start[first]
                if last < starts.get(sentence, len(doc.norms) + 1):
                    starts[sentence] = last
        return starts

    @staticmethod
    def _judge(
        rule: Rule,
        doc: Doc,
        first: int,
        negated_from: dict[int, int],
        hedged_from: dict[int, int],
    ) -> Severity | None:
        """The severity a match keeps after quotes, negation and hedges; None to drop it."""
        if not rule.in_quotes and doc.flags[first] & _UNSAID:
            return None
        sentence = doc.sentence_start[first]
        if rule.negatable and negated_from.get(sentence, len(doc.norms) + 1) <= first:
            return None
        severity = rule.severity
        if rule.hedge is not Hedge.KEEP and hedged_from.get(sentence, len(doc.norms) + 1) <= first:
            if rule.hedge is Hedge.SKIP:
                return None
            severity = _SOFTER.get(severity, severity)
        return severity


def _matches(
    pattern: CompiledPattern, ctx: Context, doc: Doc, *, whole: bool = False
) -> list[tuple[int, int]]:
    """The token spans a pattern reports in the message (its hit, or the whole match)."""
    found: list[tuple[int, int]] = []
    mask = pattern.first_mask
    matcher = pattern.matcher
    bits = ctx.start_bits
    sentence_end = doc.sentence_end
    sentence_start = doc.sentence_start
    last_end = -1

    def accept(end: int) -> bool:
        nonlocal last_end
        last_end = end
        return True

    starts = [i for i, b in enumerate(bits) if b & mask] if mask else range(len(bits))
    for start in starts:
        ctx.limit = sentence_end[start]
        ctx.first = sentence_start[start]
        ctx.hit = None
        if matcher(ctx, start, accept):
            if whole or ctx.hit is None:
                found.append((start, last_end))
            elif ctx.hit[1] > ctx.hit[0]:
                found.append(ctx.hit)
    return found


def _merge(doc: Doc, raw: list[tuple[int, int, Rule, Severity]]) -> tuple[Finding, ...]:
    """One finding per run of overlapping matches in a category, in text order."""
    raw.sort(key=lambda item: (item[0], -item[1]))
    merged: dict[Category, list[list[object]]] = {}
    for first, last, rule, severity in raw:
        runs = merged.setdefault(rule.category, [])
        if runs and first < runs[-1][1]:  # type: ignore[operator]
            run = runs[-1]
            run[1] = max(run[1], last)  # type: ignore[call-overload]
            if severity > run[3]:  # type: ignore[operator]
                run[2], run[3] = rule, severity
        else:
            runs.append([first, last, rule, severity])
    findings = []
    text = doc.text
    for runs in merged.values():
        for first, last, rule, severity in runs:
            assert isinstance(first, int) and isinstance(last, int)
            assert isinstance(rule, Rule) and isinstance(severity, Severity)
            start, end = doc.span(first, last)
            findings.append(
                _trusted_finding(
                    start,
                    end,
                    text[start:end],
                    rule.category,
                    severity,
                    rule.id,
                    rule.message,
                    rule.suggestion,
                )
            )
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.category))
    return tuple(findings)
