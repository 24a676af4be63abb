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
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from intimacy_kit._model import Category, Finding, Severity, _trusted_finding
from intimacy_kit.detection._compile import (
    COMMON_WORDS,
    BitSpace,
    Branch,
    CompiledPattern,
    Context,
    compile_text,
)
from intimacy_kit.detection._frames import HEDGING_FRAMES, NEGATING_FRAMES
from intimacy_kit.detection._learned import LearnedRule, sentence_starts
from intimacy_kit.detection._pattern import PatternError
from intimacy_kit.detection._precompiled import load as load_precompiled
from intimacy_kit.detection._rule import Hedge, Rule, RuleError
from intimacy_kit.lexicon._chat import EXPANSIONS
from intimacy_kit.lexicon._contractions import split_contraction
from intimacy_kit.lexicon._people import SPELLINGS
from intimacy_kit.text import Doc, read
from intimacy_kit.text import flags as F

__all__ = ["CompiledRules"]

# A message needs the full reading before any gate when its spelling may hide words:
# anything outside ASCII, digits or symbols inside words (a "!" too: "k!ll", "!diot"), a letter
# typed three times, single letters spaced out.
_NEEDS_READING: Final = re.compile(
    r"[^\x00-\x7f]|[a-z][0-9*$@]|[0-9*$@][a-z]|![a-z]|([a-z])\1\1"
    r"|(?<![a-z'])[a-z][ .*_-][a-z][ .*_-][a-z](?![a-z'])"
)
_GATE_WORDS: Final = re.compile(r"[a-z0-9']+")
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

    def __init__(self, rules: Sequence[Rule | LearnedRule], *, precompiled: bool = True) -> None:
        # The stored tables (see ._precompiled) make a fresh process fast; without them,
        # every pattern is parsed and compiled here, which is how the tables are made.
        space = BitSpace(load_precompiled() if precompiled else None)
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
        self.negating = tuple(compile_text(p, space) for p in NEGATING_FRAMES)
        self.hedging = tuple(compile_text(p, space) for p in HEDGING_FRAMES)
        self.gate_extra = self._gate_extra(space)
        known = space.ahead.need_bits if space.ahead is not None else {}
        self._by_bit, self._unit_needs, self._always = _need_tables(self.units, known)
        flag_met, flag_chosen = self._selection(range(F.FLAG_BITS))
        self._flag_met = flag_met
        self._flag_chosen = flag_chosen | frozenset(self._always)
        self._words: dict[str, tuple[frozenset[int], frozenset[int]]] = {}

    @staticmethod
    def _compile_rule(rule: Rule, space: BitSpace) -> CompiledPattern:
        try:
            return compile_text(rule.pattern, space)
        except PatternError as error:
            raise RuleError(f"rule {rule.id!r}: pattern: {error}") from None

    @staticmethod
    def _compile_unless(rule: Rule, space: BitSpace) -> CompiledPattern:
        try:
            return compile_text(rule.unless, space)
        except PatternError as error:
            raise RuleError(f"rule {rule.id!r}: unless: {error}") from None

    @staticmethod
    def _gate_extra(space: BitSpace) -> dict[str, int]:
        """Bits the gate adds to raw words, beyond what the word is as a token.

        Every reading of chat spellings and the phrases a word may start. The stored
        tables have them; when some pattern gave a literal a bit they do not know (a
        rule set of one's own), only the readings are looked at again: what a phrase
        adds is made of word classes, which no pattern changes.
        """
        if space.ahead is not None:
            extra = dict(space.ahead.gate_extra)
            if space.next_bit != space.ahead.next_bit:
                _add_readings(extra, space)
            return extra
        extra = {}
        _add_readings(extra, space)
        for phrase in space.vocabulary.phrase_forms():
            # Any word of a phrase must be there for it to match: the gate files the
            # phrase under its most telling word, not under a common first word ("i").
            key = max(phrase.split(" "), key=_telling)
            extra[key] = extra.get(key, 0) | space.phrase_bits(phrase)
        return extra

    # -- step 1: the gate -------------------------------------------------------------

    def _gate(self, text: str) -> list[_Unit] | None:
        """The branches that may match ``text``, or None when it must be read first.

        None too when the learned lexicon might speak: then every sentence is read.
        """
        lowered = text.lower()
        if _NEEDS_READING.search(lowered):
            return None
        # Flags are not read at this stage: every flag counts as present, so a pattern that
        # needs a comma or a question mark is never ruled out here.
        met, chosen = set(self._flag_met), set(self._flag_chosen)
        tokens: list[str] = []
        for word in _GATE_WORDS.findall(lowered):
            words = split_contraction(word.strip("'")) if "'" in word else (word,)
            tokens.extend(words)
            for token in words:
                selected = self._word_selection(token)
                if selected is not None:
                    met.update(selected[0])
                    chosen.update(selected[1])
        every, unit_needs = self.units, self._unit_needs
        candidates = [every[p] for p in sorted(chosen) if unit_needs[p] <= met]
        learned = self.learned
        # A message some rule may match is read anyway (and the lexicon runs on it): the
        # bound is worth computing only for the others.
        if candidates or learned is None:
            return candidates
        return None if learned.scorer.upper_bound(tokens) >= learned.threshold else candidates

    def _word_selection(self, token: str) -> tuple[frozenset[int], frozenset[int]] | None:
        """The needs a raw word meets and the units it selects; None for a word of no rule.

        Memoised per word; only words with bits are kept, so the memo is bounded by the
        vocabulary and the rule set's literals, whatever the messages.
        """
        found = self._words.get(token)
        if found is None:
            space = self.space
            bits = space.forms.get(token, 0) << space.class_shift
            bits |= space.literals.get(token, 0) | self.gate_extra.get(token, 0)
            if not bits:
                return None
            found = self._words[token] = self._selection(_set_bits(bits))
        return found

    def _selection(self, positions: Sequence[int]) -> tuple[frozenset[int], frozenset[int]]:
        """The needs that bits at ``positions`` meet, and the units they select."""
        met: set[int] = set()
        chosen: set[int] = set()
        by_bit = self._by_bit
        for position in positions:
            if position < len(by_bit):
                needs, units_of = by_bit[position]
                met.update(needs)
                chosen.update(units_of)
        return frozenset(met), frozenset(chosen)

    def _candidates(self, union: int, units: Sequence[_Unit] | None = None) -> list[_Unit]:
        """The units whose needs ``union`` meets (among ``units``, or all of them)."""
        if units is not None:
            return [unit for unit in units if unit[1].ready(union)]
        # Work with bit positions, small ints, rather than with masks of two thousand bits:
        # hashing and shifting those costs more than the whole lookup.
        by_bit = self._by_bit
        met: set[int] = set()
        chosen: set[int] = set(self._always)
        for position in _set_bits(union):
            if position < len(by_bit):
                needs, units_of = by_bit[position]
                met.update(needs)
                chosen.update(units_of)
        every, unit_needs = self.units, self._unit_needs
        return [every[p] for p in sorted(chosen) if unit_needs[p] <= met]

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
        excused: set[int] = set()
        found = self._rule_findings(doc, ctx, units, union, negated, excused) if units else ()
        if self.learned is None:
            return found
        # The lexicon is quiet where a rule spoke, where a rule's context excused what the
        # rule matched (a playful name beside laughter, an absolute beside thanks) and
        # where the writer denies the whole rest of the sentence ("nobody said …").
        denied = {s for s, (_, stop) in negated.items() if stop >= doc.sentence_end[s]}
        learned = self.learned.findings(doc, sentence_starts(found, doc) | denied | excused)
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
        excused: set[int],
    ) -> tuple[Finding, ...]:
        """The findings of the hand-written rules, merged.

        Adds to ``excused`` the first token of every sentence where a match was
        cancelled by its rule's ``unless`` context.
        """
        hedged = self._frame_starts(ctx, doc, self.hedging, union)
        raw: list[tuple[int, int, Rule, Severity]] = []
        cancelled: dict[str, set[int]] = {}
        for rule, branch in units:
            for first, last in _branch_matches(branch, ctx, doc):
                severity = self._judge(rule, doc, first, negated, hedged)
                if severity is None:
                    continue
                if self._cancelled(rule, first, ctx, doc, union, cancelled):
                    excused.add(doc.sentence_start[first])
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
        """Whether the rule's ``unless`` context is in the sentence of the match or the next.

        Thanks, delight and fondness often come as a sentence of their own ("Shut up!
        That's amazing."), so a context also cancels the sentence before it; not for
        threats, which only a context in their own sentence may excuse.
        """
        pattern = self.unless.get(rule.id)
        if pattern is None:
            return False
        sentences = cache.get(rule.id)
        if sentences is None:  # run once per message and rule, only when it matched
            found = _matches(pattern, ctx, doc, union)
            sentences = {doc.sentence_start[start] for start, _ in found}
            if rule.category is not Category.THREAT:
                before = {doc.sentence_start[start - 1] for start in sentences if start > 0}
                sentences |= before
            cache[rule.id] = sentences
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


_ByBit = list[tuple[tuple[int, ...], tuple[int, ...]]]
_Tables = tuple[_ByBit, list[frozenset[int]], tuple[int, ...]]


def _need_tables(units: Sequence[_Unit], known: Mapping[int, tuple[int, ...]]) -> _Tables:
    """What the gate looks up by bit position.

    Every distinct need mask gets a number. For each bit position: the needs that bit
    meets, and the units whose rarest need it meets (a message's bits select the few
    units worth checking instead of every unit). For each unit: its needs' numbers, all
    of which a message must meet. Units without needs are always checked. ``known``
    has the bit positions of some needs already (the stored tables).
    """
    numbers: dict[int, int] = {}
    unit_needs: list[frozenset[int]] = []
    for _, branch in units:
        numbered = (numbers.setdefault(need, len(numbers)) for need in branch.needs)
        unit_needs.append(frozenset(numbered))
    width = max((need.bit_length() for need in numbers), default=0)
    needs_of: list[list[int]] = [[] for _ in range(width)]
    for need, number in numbers.items():
        for position in known.get(need) or _set_bits(need):
            needs_of[position].append(number)
    units_of: list[list[int]] = [[] for _ in range(width)]
    always = []
    for index, (_, branch) in enumerate(units):
        if not branch.needs:
            always.append(index)
            continue
        for position in known.get(branch.needs[0]) or _set_bits(branch.needs[0]):
            units_of[position].append(index)
    by_bit = [(tuple(n), tuple(u)) for n, u in zip(needs_of, units_of, strict=True)]
    return by_bit, unit_needs, tuple(always)


def _set_bits(mask: int) -> list[int]:
    """The positions of the bits set in a non-negative ``mask``, lowest first."""
    # One pass over the binary digits in C; a loop of shifts would copy the big int each time.
    digits = bin(mask)[:1:-1]
    found = []
    position = digits.find("1")
    while position >= 0:
        found.append(position)
        position = digits.find("1", position + 1)
    return found


def _next_contrast(doc: Doc) -> list[int]:
    """For each token, the index of the next "but" (or the end): one pass from the back."""
    size = len(doc.norms)
    after = [size] * (size + 1)
    for index in range(size - 1, -1, -1):
        after[index] = index if doc.norms[index] in _CONTRAST else after[index + 1]
    return after


def _add_readings(extra: dict[str, int], space: BitSpace) -> None:
    """Add to ``extra`` the bits of every reading of chat spellings and context words.

    A context word is read by its neighbours: "ur" is "your", "you" or "'re".
    """

    def bits_of(tokens: Sequence[str]) -> int:
        bits = 0
        for token in tokens:
            bits |= space.bits_of(token)
        return bits

    for raw, tokens in EXPANSIONS.items():
        # "gotta" is the tokens "got to", and the phrase they make.
        made = space.phrase_bits(" ".join(tokens)) if len(tokens) > 1 else 0
        extra[raw] = extra.get(raw, 0) | bits_of(tokens) | made
    for raw, word in SPELLINGS.items():
        extra[raw] = extra.get(raw, 0) | bits_of(split_contraction(word))
    for raw, tokens in _CONTEXT_READINGS.items():
        extra[raw] = extra.get(raw, 0) | bits_of(tokens)


def _telling(word: str) -> tuple[bool, int]:
    """How telling a word is for the gate: uncommon first, then longer."""
    return word not in COMMON_WORDS, len(word)


def _covers(span: tuple[int, int] | None, index: int) -> bool:
    return span is not None and span[0] <= index < span[1]


def _matches(pattern: CompiledPattern, ctx: Context, doc: Doc, union: int) -> list[tuple[int, int]]:
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
        guard = branch.clause_guard
        starts: Sequence[int] = ctx.clause_positions(guard) if guard else ctx.clause_starts()
    elif mask:
        starts = ctx.positions(mask)
    else:
        starts = range(len(ctx.bits))
    matcher = branch.matcher
    tried = ctx.tried
    for start in starts:
        if tried:
            tried.clear()
        ctx.limit = sentence_end[start]
        ctx.first = sentence_start[start]
        ctx.hit = None
        if matcher(ctx, start, accept):
            hit: tuple[int, int] | None = ctx.hit  # set by the matcher on the way
            if whole or hit is None:
                found.append((start, last_end))
            elif hit[1] > hit[0]:
                found.append(hit)
    return found


@attrs.define
class _Run:
    """Overlapping matches of one category, merged into one finding."""

    first: int
    last: int
    rule: Rule
    severity: Severity


def _merge(doc: Doc, raw: list[tuple[int, int, Rule, Severity]]) -> tuple[Finding, ...]:
    """One finding per run of overlapping matches in a category, in text order."""
    raw.sort(key=lambda item: (item[0], -item[1]))
    merged: dict[Category, list[_Run]] = {}
    for first, last, rule, severity in raw:
        runs = merged.setdefault(rule.category, [])
        if runs and first < runs[-1].last:
            run = runs[-1]
            run.last = max(run.last, last)
            if severity > run.severity:  # the strongest rule of the run speaks for it
                run.rule, run.severity = rule, severity
        else:
            runs.append(_Run(first, last, rule, severity))
    findings = []
    text = doc.text
    for runs in merged.values():
        for run in runs:
            rule, severity = run.rule, run.severity
            start, end = doc.span(run.first, run.last)
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
