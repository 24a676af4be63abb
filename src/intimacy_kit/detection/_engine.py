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
from intimacy_kit.detection._compile import (
    COMMON_WORDS,
    BitSpace,
    Branch,
    CompiledPattern,
    Context,
    compile_pattern,
)
from intimacy_kit.detection._frames import HEDGING_FRAMES, NEGATING_FRAMES
from intimacy_kit.detection._learned import LearnedRule, sentence_starts
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
_EVERY_FLAG: Final = (1 << F.FLAG_BITS) - 1
_SOFTER: Final = {Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW}
_UNSAID: Final = F.QUOTED | F.REPORTED
# Words after which a frame no longer applies: "I'm not saying …, but you're lazy".
_CONTRAST: Final = frozenset({"but", "though", "however", "yet", "although"})
# Words whose reading depends on their neighbours: the gate assumes every reading.
_CONTEXT_READINGS: Final = {
    "your": ("your", "you", "'re"),
    "ur": ("your", "you", "'re"),
    "ill": ("ill", "i", "'ll"),
    "its": ("its", "it", "'s"),
    "id": ("id", "i", "'d"),
}


_Unit = tuple[Rule, Branch]
"""One branch of one rule: what the gate selects and the matcher runs."""


class CompiledRules:
    """A rule set compiled against one bit space, ready to run on messages."""

    def __init__(self, rules: Sequence[Rule | LearnedRule]) -> None:
        space = BitSpace()
        self.space = space
        self.units: tuple[_Unit, ...] = tuple(
            (rule, branch)
            for rule in rules
            if isinstance(rule, Rule)
            for branch in self._compile_rule(rule, space).branches
        )
        self.unless: dict[str, CompiledPattern] = {
            rule.id: self._compile_unless(rule, space)
            for rule in rules
            if isinstance(rule, Rule) and rule.unless
        }
        self.learned = next((rule for rule in rules if isinstance(rule, LearnedRule)), None)
        self.negating = tuple(
            compile_pattern(parse(p, space.groups), space) for p in NEGATING_FRAMES
        )
        self.hedging = tuple(compile_pattern(parse(p, space.groups), space) for p in HEDGING_FRAMES)
        self.gate_extra = self._gate_extra(space)
        self._index = self._unit_index(self.units)

    @staticmethod
    def _compile_rule(rule: Rule, space: BitSpace) -> CompiledPattern:
        try:
            return compile_pattern(parse(rule.pattern, space.groups), space)
        except PatternError as error:
            raise RuleError(f"rule {rule.id!r}: pattern: {error}") from None

    @staticmethod
    def _compile_unless(rule: Rule, space: BitSpace) -> CompiledPattern:
        try:
            return compile_pattern(parse(rule.unless, space.groups), space)
        except PatternError as error:
            raise RuleError(f"rule {rule.id!r}: unless: {error}") from None

    @staticmethod
    def _gate_extra(space: BitSpace) -> dict[str, int]:
        """Bits the gate adds to raw words: every reading of chat spellings and the phrases
        a word may start, beyond what the word is as a token."""

        def bits_of(tokens: Sequence[str]) -> int:
            bits = 0
            for token in tokens:
                bits |= space.bits_of(token)
            return bits

        extra: dict[str, int] = {}
        for raw, tokens in EXPANSIONS.items():
            # "gotta" is the tokens "got to", and the phrase they make.
            phrase = space.phrase_bits(" ".join(tokens)) if len(tokens) > 1 else 0
            extra[raw] = extra.get(raw, 0) | bits_of(tokens) | phrase
        for raw, word in SPELLINGS.items():
            extra[raw] = extra.get(raw, 0) | bits_of(split_contraction(word))
        for raw, tokens in _CONTEXT_READINGS.items():
            extra[raw] = extra.get(raw, 0) | bits_of(tokens)
        for phrase in space.vocabulary.phrase_forms():
            # Any word of a phrase must be there for it to match: the gate files the
            # phrase under its most telling word, not under a common first word ("i").
            key = max(phrase.split(" "), key=_telling)
            extra[key] = extra.get(key, 0) | space.phrase_bits(phrase)
        return extra

    @staticmethod
    def _unit_index(units: Sequence[_Unit]) -> dict[int, list[int]]:
        """Units by each bit of their rarest need: a message's bits select the few units
        worth checking instead of every unit of the rule set."""
        index: dict[int, list[int]] = {}
        for position, (_, branch) in enumerate(units):
            rarest = branch.needs[0] if branch.needs else -1
            if rarest < 0:
                index.setdefault(-1, []).append(position)
                continue
            while rarest:
                bit = rarest & -rarest
                index.setdefault(bit, []).append(position)
                rarest ^= bit
        return index

    # -- step 1: the gate -------------------------------------------------------------

    def _gate(self, text: str) -> list[_Unit] | None:
        """The branches that may match ``text``, or None when it must be read first.

        None too when the learned lexicon might speak: then every sentence is read.
        """
        lowered = text.lower()
        if _NEEDS_READING.search(lowered):
            return None
        extra, forms, literals = self.gate_extra, self.space.forms, self.space.literals
        classes = literal = 0
        tokens: list[str] = []
        for word in _GATE_WORDS.findall(lowered):
            words = split_contraction(word.strip("'")) if "'" in word else (word,)
            tokens.extend(words)
            for token in words:
                classes |= forms.get(token, 0)
                literal |= literals.get(token, 0) | extra.get(token, 0)
        # Flags are not read at this stage: every flag counts as present, so a pattern that
        # needs a comma or a question mark is never ruled out here.
        union = (classes << self.space.class_shift) | literal | _EVERY_FLAG
        candidates = self._candidates(union)
        learned = self.learned
        # A message some rule may match is read anyway (and the lexicon runs on it): the
        # bound is worth computing only for the others.
        if candidates or learned is None:
            return candidates
        return None if learned.scorer.upper_bound(tokens) >= learned.threshold else candidates

    def _candidates(self, union: int, units: Sequence[_Unit] | None = None) -> list[_Unit]:
        """The units whose needs ``union`` meets (among ``units``, or all of them)."""
        if units is not None:
            return [unit for unit in units if unit[1].ready(union)]
        index = self._index
        chosen = set(index.get(-1, ()))
        key = union
        while key:
            bit = key & -key
            found = index.get(bit)
            if found is not None:
                chosen.update(found)
            key ^= bit
        every = self.units
        return [every[p] for p in sorted(chosen) if every[p][1].ready(union)]

    # -- steps 2 to 4 -----------------------------------------------------------------

    def findings(self, text: str) -> tuple[Finding, ...]:
        """The findings of the whole rule set in ``text``, sorted by position."""
        candidates = self._gate(text)
        if candidates is not None and not candidates:
            return ()
        return self.findings_in(read(text), candidates)

    def findings_in(
        self, doc: Doc, candidates: Sequence[_Unit] | None = None
    ) -> tuple[Finding, ...]:
        """The findings in an already read message (the rewriter reads once and shares)."""
        if not doc.norms:
            return ()
        ctx = self._context(doc)
        union = 0
        for bits in ctx.start_bits:
            union |= bits
        units = self._candidates(union, candidates)
        negated = self._frame_starts(ctx, doc, self.negating, union)
        found = self._rule_findings(doc, ctx, units, union, negated) if units else ()
        if self.learned is None:
            return found
        # The lexicon is quiet where a rule spoke and where the writer denies the whole
        # rest of the sentence ("nobody said you're stupid").
        denied = {s for s, (_, stop) in negated.items() if stop >= doc.sentence_end[s]}
        learned = self.learned.findings(doc, sentence_starts(found, doc) | denied)
        if not learned:
            return found
        return tuple(sorted((*found, *learned), key=_finding_order))

    def _rule_findings(
        self,
        doc: Doc,
        ctx: Context,
        units: Sequence[_Unit],
        union: int,
        negated: dict[int, tuple[int, int]],
    ) -> tuple[Finding, ...]:
        """The findings of the hand-written rules, merged."""
        hedged = self._frame_starts(ctx, doc, self.hedging, union)
        raw: list[tuple[int, int, Rule, Severity]] = []
        cancelled: dict[str, set[int]] = {}
        for rule, branch in units:
            for first, last in _branch_matches(branch, ctx, doc):
                severity = self._judge(rule, doc, first, negated, hedged)
                if severity is None or self._cancelled(rule, first, ctx, doc, union, cancelled):
                    continue
                raw.append((first, last, rule, severity))
        return _merge(doc, raw) if raw else ()

    def _context(self, doc: Doc) -> Context:
        bits_of = self.space.bits_of
        bits = [flag | bits_of(norm) for norm, flag in zip(doc.norms, doc.flags, strict=True)]
        phrases: dict[int, list[tuple[int, int]]] | None = None
        if doc.phrases:
            phrase_bits = self.space.phrase_bits
            phrases = {}
            for first, last, phrase in doc.phrases:
                phrases.setdefault(first, []).append((last, phrase_bits(phrase)))
        return Context(bits, phrases, self.space, doc.sentence_start)

    def _frame_starts(
        self, ctx: Context, doc: Doc, frames: tuple[CompiledPattern, ...], union: int
    ) -> dict[int, tuple[int, int]]:
        """For each sentence (by its first token) with a frame, the tokens the frame covers.

        A frame covers what follows it up to a "but" ("I'm not trying to be mean, but
        you're lazy": the judgment after "but" stands) or the end of the sentence.
        """
        covered: dict[int, tuple[int, int]] = {}
        contrast: list[int] | None = None
        for frame in frames:
            if not frame.ready(union):
                continue
            for first, last in _matches(frame, ctx, doc, union):
                sentence = doc.sentence_start[first]
                if sentence in covered and covered[sentence][0] <= last:
                    continue
                if contrast is None:
                    contrast = _next_contrast(doc)
                stop = contrast[last] if last < len(contrast) else last
                covered[sentence] = (last, min(stop, doc.sentence_end[first]))
        return covered

    def _cancelled(
        self,
        rule: Rule,
        first: int,
        ctx: Context,
        doc: Doc,
        union: int,
        cache: dict[str, set[int]],
    ) -> bool:
        """Whether the rule's ``unless`` context is in the sentence of the match."""
        pattern = self.unless.get(rule.id)
        if pattern is None:
            return False
        sentences = cache.get(rule.id)
        if sentences is None:  # run once per message and rule, only when it matched
            found = _matches(pattern, ctx, doc, union)
            sentences = cache[rule.id] = {doc.sentence_start[start] for start, _ in found}
        return doc.sentence_start[first] in sentences

    @staticmethod
    def _judge(
        rule: Rule,
        doc: Doc,
        first: int,
        negated: dict[int, tuple[int, int]],
        hedged: dict[int, tuple[int, int]],
    ) -> Severity | None:
        """The severity a match keeps after quotes, negation and hedges; None to drop it."""
        flags = doc.flags[first]
        if flags & F.FICTION or (not rule.in_quotes and flags & _UNSAID):
            return None  # a line of a story, or someone else's words
        sentence = doc.sentence_start[first]
        if rule.negatable and _covers(negated.get(sentence), first):
            return None
        severity = rule.severity
        if rule.hedge is not Hedge.KEEP and _covers(hedged.get(sentence), first):
            if rule.hedge is Hedge.SKIP:
                return None
            severity = _SOFTER.get(severity, severity)
        return severity


def _next_contrast(doc: Doc) -> list[int]:
    """For each token, the index of the next "but" (or the end): one pass from the back."""
    size = len(doc.norms)
    after = [size] * (size + 1)
    for index in range(size - 1, -1, -1):
        after[index] = index if doc.norms[index] in _CONTRAST else after[index + 1]
    return after


def _telling(word: str) -> tuple[bool, int]:
    """How telling a word is for the gate: uncommon first, then longer."""
    return word not in COMMON_WORDS, len(word)


def _covers(span: tuple[int, int] | None, index: int) -> bool:
    return span is not None and span[0] <= index < span[1]


def _matches(
    pattern: CompiledPattern, ctx: Context, doc: Doc, union: int
) -> list[tuple[int, int]]:
    """The token spans of every match of a pattern's ready branches (whole matches)."""
    found: list[tuple[int, int]] = []
    for branch in pattern.branches:
        if branch.ready(union):
            found.extend(_branch_matches(branch, ctx, doc, whole=True))
    return found


def _branch_matches(
    branch: Branch, ctx: Context, doc: Doc, *, whole: bool = False
) -> list[tuple[int, int]]:
    """The token spans a branch reports in the message (its hit, or the whole match)."""
    found: list[tuple[int, int]] = []
    sentence_end = doc.sentence_end
    sentence_start = doc.sentence_start
    last_end = -1

    def accept(end: int) -> bool:
        nonlocal last_end
        last_end = end
        return True

    mask = branch.first_mask
    if branch.at_clause_start:
        starts: Sequence[int] = ctx.clause_starts()
    elif mask:
        starts = ctx.positions(mask)
    else:
        starts = range(len(ctx.bits))
    matcher = branch.matcher
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
    findings.sort(key=_finding_order)
    return tuple(findings)


def _finding_order(finding: Finding) -> tuple[int, int, str]:
    return finding.start, finding.end, finding.category
