"""Rules as values: what a detector rule is, and an immutable set of them.

A :class:`Rule` is plain data: an id, a category, a severity, a pattern over the
normalised (lower-case) message, an explanation, a suggestion, examples that must fire,
near misses that must not, and where the idea comes from. Rule families live in their
own modules under ``intimacy_kit._rules`` and the default set is their concatenation.

Patterns may use the shared vocabulary of :data:`MACROS` written as ``<NAME>``
(upper-case names only, so regex syntax such as ``(?<=`` or ``(?P<hit>`` is untouched).
Named groups ``hit``, ``hit2``, … mark the part of the match to report (the first that
took part); without them the whole match is reported.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs
import regex

from intimacy_kit._model import Category, Severity
from intimacy_kit._patterns import (
    compile_tree,
    gate_and_start,
    gate_pieces,
    is_selective,
    parse,
    split_branches,
    word_sets_of_tree,
)
from intimacy_kit._text import has_stretched_letter
from intimacy_kit._vocabulary import MACROS

__all__ = ["Hedge", "Rule", "RuleError", "RuleSet"]

_ID: Final = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_-]*)+")
_MACRO: Final = re.compile(r"<([A-Z][A-Z0-9_]*)>")
_WORD: Final = re.compile(r"[a-z]+")
_WORDY: Final = re.compile(r"[a-z][a-z' -]*")


class RuleError(ValueError):
    """A rule that cannot be used, with the id of the rule in the message.

    >>> Rule(id="mine.bad", category="label", severity=Severity.LOW, pattern="(",
    ...      message="m", examples=("x",)).compiled()
    Traceback (most recent call last):
    ...
    intimacy_kit._rule.RuleError: rule 'mine.bad': pattern does not compile: ...
    """


class Hedge(enum.Enum):
    """What a rule does when the sentence hedges before the match ("maybe", "I wonder if")."""

    KEEP = "keep"
    """Fire as usual: hedging does not make a threat or an insult acceptable."""
    SOFTEN = "soften"
    """Fire one severity level lower (never below ``LOW``)."""
    SKIP = "skip"
    """Do not fire: a hedged guess ("maybe you're tired?") is an empathic guess."""


def _check_id(rule: Rule, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise RuleError(
            f"rule {value!r}: id must look like 'family.name' "
            "(lower case, dot-separated, e.g. 'absolute.never')"
        )


def _to_category(value: object) -> Any:
    """Turn a category name into a ``Category``; anything else is left for the validator."""
    if isinstance(value, Category):
        return value
    try:
        return Category(str(value))
    except ValueError:
        return value


def _check_category(rule: Rule, attribute: attrs.Attribute[Category], value: object) -> None:
    if not isinstance(value, Category):
        known = ", ".join(c.value for c in Category)
        raise RuleError(f"rule {rule.id!r}: unknown category {value!r} (known: {known})")


def _check_severity(rule: Rule, attribute: attrs.Attribute[Severity], value: object) -> None:
    if not isinstance(value, Severity):
        raise RuleError(
            f"rule {rule.id!r}: severity must be a Severity (LOW, MEDIUM or HIGH), got {value!r}"
        )


def _to_words(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        value = (value,)
    return frozenset(word.lower() for word in value)


def _to_strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _expand(rule_id: str, pattern: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        try:
            return MACROS[name]
        except KeyError:
            known = ", ".join(sorted(MACROS))
            raise RuleError(
                f"rule {rule_id!r}: unknown macro <{name}> in pattern (known: {known})"
            ) from None

    # Macros may use other macros; three rounds are plenty for our vocabulary.
    for _ in range(3):
        expanded = _MACRO.sub(replace, pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


@attrs.frozen(kw_only=True)
class Rule:
    r"""One declarative detector rule.

    >>> rule = Rule(
    ...     id="mine.slacker",
    ...     category="label",
    ...     severity=Severity.MEDIUM,
    ...     pattern=r"\byou(?:'re| are) (?:such )?a (?P<hit>slacker)\b",
    ...     message="A label sums up a whole person from one behaviour.",
    ...     suggestion="Describe the task that was left undone.",
    ...     examples=("You're such a slacker.",),
    ...     near_misses=("The slacker in the film made me laugh.",),
    ...     triggers=("slacker",),
    ... )
    >>> rule.category
    <Category.LABEL: 'label'>
    """

    id: str = attrs.field(validator=_check_id)
    """A stable id ``family.name``; in the default rules the family is the module name."""
    category: Category = attrs.field(converter=_to_category, validator=_check_category)
    """The category of the findings this rule produces."""
    severity: Severity = attrs.field(validator=_check_severity)
    """The severity of its findings (before any softening by a hedge)."""
    pattern: str = attrs.field(validator=attrs.validators.instance_of(str))
    """A regular expression over the normalised, lower-case message; ``<MACRO>`` names
    from the shared vocabulary are expanded, and a group named ``hit`` marks the span."""
    message: str = attrs.field(validator=attrs.validators.instance_of(str))
    """Why this wording tends to hurt, written for the person who wants to say it better."""
    suggestion: str | None = None
    """A concrete thing to say instead."""
    examples: tuple[str, ...] = attrs.field(default=(), converter=_to_strings)
    """Messages this rule must flag; the test suite checks every one."""
    near_misses: tuple[str, ...] = attrs.field(default=(), converter=_to_strings)
    """Messages that look similar and must not be flagged by this rule."""
    triggers: frozenset[str] = attrs.field(default=frozenset(), converter=_to_words)
    """Words of which at least one must appear for the rule to run; empty means always run.
    A speed-up only: a rule with the right triggers finds exactly what it would without."""
    source: str = ""
    """Where the idea comes from, or a note on the linguistic pattern."""
    hedge: Hedge = Hedge.SOFTEN
    """What to do when the sentence hedges before the match."""
    negatable: bool = True
    """Whether a negating frame before the match ("I don't think …") cancels it."""
    in_quotes: bool = False
    """Whether to fire inside quoted or reported speech too: for safety rules, and for
    rules that read quote marks themselves (scare quotes). For the latter, words quoted
    after a naming verb in the past ("you called me a 'nag'") still do not count."""
    clause_start: bool = False
    """Whether the match must open its clause: only interjections, fillers and a
    vocative ("Oh", "just", "Sam,") may come between the clause boundary and the match.
    Commands and retorts ("stop that", "whatever.") are judgments only in that place."""

    def compiled(self) -> CompiledRule:
        """Check and compile the pattern; raise :class:`RuleError` naming the rule if bad."""
        if not self.message.strip():
            raise RuleError(f"rule {self.id!r}: message is empty")
        source = _expand(self.id, self.pattern)
        try:
            parse(source)
        except re.error:
            # Only the ``regex`` module understands it (or it is broken: _compile says so).
            whole = _compile(self.id, source)
            _check_not_empty(self.id, whole)
            return CompiledRule(self, (_whole_branch(whole),))
        branches = []
        for branch_source in split_branches(source):
            try:
                # Parse once, for both the compiled pattern and the words it needs.
                tree = parse(branch_source)
                pattern = compile_tree(tree)
            except re.error:
                # Splitting is an optimisation; if a piece does not stand on its own, keep
                # the pattern whole.
                whole = _compile(self.id, source)
                _check_not_empty(self.id, whole)
                branches = [_whole_branch(whole)]
                break
            _check_not_empty(self.id, pattern)
            gates, same_start = _gates(branch_source, tree, pattern, self.clause_start)
            branches.append(_Branch(pattern, gates, _hit_groups(pattern), same_start))
        return CompiledRule(self, tuple(branches))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description of the rule (for docs and rule browsers)."""
        return {
            "id": self.id,
            "category": self.category.value,
            "severity": self.severity.label,
            "pattern": self.pattern,
            "message": self.message,
            "suggestion": self.suggestion,
            "examples": list(self.examples),
            "near_misses": list(self.near_misses),
            "triggers": sorted(self.triggers),
            "source": self.source,
            "hedge": self.hedge.value,
            "negatable": self.negatable,
            "in_quotes": self.in_quotes,
            "clause_start": self.clause_start,
        }


def _compile(rule_id: str, source: str) -> Any:
    try:
        # Stdlib ``re`` is faster for the simple patterns most rules use; ``regex`` is
        # used when a pattern needs its extras (variable-length lookbehind, \L lists).
        return re.compile(source)
    except re.error:
        try:
            return regex.compile(source, regex.VERSION0)
        except regex.error as error:
            raise RuleError(f"rule {rule_id!r}: pattern does not compile: {error}") from None


# Short texts on which a sound rule cannot find an empty match: a pattern that matches
# nothing at all (only a position) would flag every message.
_EMPTY_PROBES: Final = ("", " ", "a", "you", "you are a. i", "x y z!")


def _check_not_empty(rule_id: str, pattern: Any) -> None:
    for probe in _EMPTY_PROBES:
        for match in pattern.finditer(probe):
            if match.end() == match.start():
                raise RuleError(f"rule {rule_id!r}: pattern matches empty text")


def _hit_groups(pattern: Any) -> tuple[str, ...]:
    return tuple(name for name in pattern.groupindex if name.startswith("hit"))


def _gate(pattern: Any, tree: Any, starts_clean: bool) -> _Gate:
    """A gate with the words that every match of the parsed pattern ``tree`` needs."""
    word_sets = word_sets_of_tree(tree, starts_clean=starts_clean)
    return _Gate(pattern, word_sets[0] if word_sets else None, word_sets[1:])


def _gates(
    source: str, tree: Any, pattern: Any, starts_clean: bool
) -> tuple[tuple[_Gate, ...], bool]:
    """The gates of a branch, and whether its matches start at the first gate's match.

    One gate usually. A branch that opens with an alternation the regex engine cannot
    jump into (it would try every alternative at every position) gets one gate per
    alternative instead, each with its own words; the pattern then runs in full when
    any of them passes.
    """
    gate, same_start = gate_and_start(source)
    pieces = [source] if is_selective(gate) else gate_pieces(source)
    if len(pieces) > 1:
        try:
            # Pieces that differ only in what their gates drop ("^" or a lookbehind)
            # give equal gates: each is kept once.
            gates = dict.fromkeys(_piece_gate(piece, starts_clean) for piece in pieces)
            return tuple(gates), False
        except re.error:
            pass  # a piece does not stand on its own (a backreference): one gate
    try:
        gate_pattern = pattern if gate == source else re.compile(gate)
    except re.error:
        gate_pattern, same_start = pattern, True
    return (_gate(gate_pattern, tree, starts_clean),), same_start


def _piece_gate(piece: str, starts_clean: bool) -> _Gate:
    return _gate(re.compile(gate_and_start(piece)[0]), parse(piece), starts_clean)


def _whole_branch(whole: Any) -> _Branch:
    """A branch for a pattern that is not analysed: gated by itself, no words known."""
    return _Branch(whole, (_Gate(whole, None, ()),), _hit_groups(whole))


@attrs.frozen
class _Gate:
    """A cheap test a branch must pass before its pattern runs."""

    pattern: Any
    """A pattern that matches wherever the branch's pattern does (or its share of it)."""
    words: frozenset[str] | None
    """Words of which one must be in the message for the gate to pass; None if unknown."""
    also: tuple[frozenset[str], ...]
    """Further sets of words, each of which must also meet the message."""


@attrs.frozen
class _Branch:
    """One alternative of a rule's pattern, with the gates that decide whether it runs."""

    pattern: Any
    gates: tuple[_Gate, ...]
    """Gates that between them match wherever ``pattern`` does; the branch runs only
    when one of them passes. Usually just one."""
    hit_groups: tuple[str, ...]
    """Named groups (``hit``, ``hit2`` …) of which the first that took part is reported."""
    same_start: bool = True
    """Whether no match of ``pattern`` starts before the first match of its (only) gate,
    so that the search for matches may start there."""
    gate: Any = attrs.field(init=False, eq=False, repr=False)
    """The pattern of the first gate (the only one when ``same_start``), kept at hand:
    the detector reads it for every match."""

    @gate.default
    def _first_gate(self) -> Any:
        return self.gates[0].pattern

    def span(self, match: Any) -> tuple[int, int]:
        """The span to report for ``match``: its first ``hit`` group that matched, or all."""
        for name in self.hit_groups:
            start, end = match.span(name)
            if start >= 0:
                return start, end
        start, end = match.span()
        return start, end


@attrs.frozen
class CompiledRule:
    """A rule with its pattern compiled into branches, ready for the detector (internal)."""

    rule: Rule
    branches: tuple[_Branch, ...]


@functools.lru_cache(maxsize=1024)
def _compiled_rule(rule: Rule) -> CompiledRule:
    """``rule.compiled()``, shared by every rule set that holds the same rule value.

    Compiling the default rules takes a noticeable fraction of a second; narrowed or
    extended sets made from them (``without``, ``with_rules``) reuse the work.
    """
    return rule.compiled()


def _to_rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    rules = tuple(value)
    for rule in rules:
        if not isinstance(rule, Rule):
            raise RuleError(f"a RuleSet holds Rule values, got {type(rule).__name__}: {rule!r}")
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"rule {rule.id!r}: id appears twice in the rule set")
        seen.add(rule.id)
    return rules


def _trigger_requirement(rule: Rule) -> tuple[frozenset[str], ...]:
    """A rule's triggers as one more word requirement, when they are all plain words.

    A trigger such as "don't" counts as each of its runs of letters ("don", "t"), which
    only loosens the requirement. A trigger that is not a word (an emoji) can only be
    checked as a substring, so such rules get no requirement from their triggers here.
    """
    if not rule.triggers or not all(_WORDY.fullmatch(trigger) for trigger in rule.triggers):
        return ()
    return (frozenset(part for trigger in rule.triggers for part in _WORD.findall(trigger)),)


def _slots_of(rule: Rule, gate: _Gate) -> list[tuple[frozenset[str], frozenset[str]]]:
    """A unit's requirements, each one slot: the words and the substrings that fill it.

    A message fills a slot when it has one of the words (as a run of letters) or one
    of the substrings; the unit may run only when all its slots are filled. A unit with
    no slots runs on every message.
    """
    if gate.words is not None:
        requirements = dict.fromkeys((gate.words, *gate.also, *_trigger_requirement(rule)))
        return [(words, frozenset()) for words in requirements]
    if not rule.triggers:
        return []
    # Messages are indexed by runs of letters, so "don't" counts as "don" and "t";
    # counting every part only makes the unit run more. A trigger that is not a word
    # (an emoji, say) is looked for as a substring.
    wordy = {trigger for trigger in rule.triggers if _WORDY.fullmatch(trigger)}
    words = frozenset(part for trigger in wordy for part in _WORD.findall(trigger))
    return [(words, rule.triggers - wordy)]


# Characters in most messages: a substring is not told apart by one of them.
_EVERYDAY: Final = frozenset("abcdefghijklmnopqrstuvwxyz '")


def _telling_part(substring: str) -> str:
    """A part of ``substring`` that few messages have, to look for first.

    That is its last unusual character, or the whole substring when all its characters
    are everyday ones (" '": an apostrophe alone is in most messages).
    """
    unusual = [char for char in substring if char not in _EVERYDAY]
    return unusual[-1] if unusual else substring


def _by_telling_part(
    substrings: list[tuple[str, int]],
) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    groups: dict[str, list[tuple[str, int]]] = {}
    for substring, slot in substrings:
        groups.setdefault(_telling_part(substring), []).append((substring, slot))
    return tuple((part, tuple(group)) for part, group in sorted(groups.items()))


@attrs.frozen(eq=False)
class _Compiled:
    """The units of a rule set and the bit masks that tell which of them may run.

    Every unit has one requirement slot per word requirement (see :func:`_slots_of`),
    and after its slots one spare bit; the slots of all units, unit after unit, are
    the bits of one integer. A message fills the slots of its words with a few ORs.
    Adding ``first_slots`` then carries into a unit's spare bit exactly when all its
    slots are filled: one addition and one AND test every unit, where testing each
    unit on its own would cost a loop iteration per unit in Python.
    """

    units: tuple[tuple[CompiledRule, _Branch], ...]
    """Every gate of every branch of every rule, in rule order: the units the detector
    runs, each as the branch with its rule. A branch with several gates has several
    units, one after the other and all the same tuple."""
    word_slots: dict[bytes, int]
    """For each word that fills some slot: the bits of the slots it fills. A plain dict
    (never changed once built): its ``get`` is the fastest lookup."""
    substring_slots: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    """Triggers that are not plain words (an emoji, say), checked with ``in``, with the
    bit of the slot each fills; grouped by a part that few messages have, which is
    checked first (see :func:`_telling_part`)."""
    first_slots: int
    """The bit of every unit's first slot (its spare bit if it has no slots)."""
    spare_bits: int
    """The spare bit of every unit."""
    unit_at: dict[int, int]
    """The unit of each spare bit, by bit position."""
    searches: tuple[Any, ...]
    """Per unit: its gate's bound ``search`` method."""


def _compiled_units(
    gated_units: Iterable[tuple[Rule, tuple[CompiledRule, _Branch], _Gate]],
) -> _Compiled:
    """Lay out the requirement slots of the units, one unit after another.

    A word with a letter three times in a row fills no slot: normalising squeezes such
    letters ("soooo" is "so"), so no text the detector sees has it. That lets the
    detector look for stretched letters only in the runs that fill no slot.
    """
    units: list[tuple[CompiledRule, _Branch]] = []
    searches: list[Any] = []
    word_slots: dict[bytes, int] = {}
    substring_slots: list[tuple[str, int]] = []
    first_slots = spare_bits = 0
    unit_at: dict[int, int] = {}
    position = 0
    for rule, unit, gate in gated_units:
        first_slots |= 1 << position
        for words, substrings in _slots_of(rule, gate):
            slot = 1 << position
            for key in map(str.encode, words):
                if not has_stretched_letter([key]):
                    word_slots[key] = word_slots.get(key, 0) | slot
            substring_slots.extend((substring, slot) for substring in sorted(substrings))
            position += 1
        spare_bits |= 1 << position
        unit_at[position] = len(units)
        units.append(unit)
        searches.append(gate.pattern.search)
        position += 1
    return _Compiled(
        tuple(units),
        word_slots,
        _by_telling_part(substring_slots),
        first_slots,
        spare_bits,
        unit_at,
        tuple(searches),
    )


@attrs.frozen
class RuleSet:
    """An immutable, ordered set of rules, narrowed and extended by value.

    >>> from intimacy_kit import DEFAULT_RULES, Category
    >>> gentle = DEFAULT_RULES.without(Category.DEMAND, "absolute.never")
    >>> len(gentle) < len(DEFAULT_RULES)
    True
    >>> "absolute.never" in gentle
    False
    """

    rules: tuple[Rule, ...] = attrs.field(default=(), converter=_to_rules)
    """The rules, in the order they run."""
    _compiled: list[_Compiled] = attrs.field(
        factory=list, init=False, repr=False, eq=False, hash=False
    )

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Rule):
            return item in self.rules
        return any(rule.id == item for rule in self.rules)

    def __getitem__(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"no rule with id {rule_id!r}")

    def __add__(self, other: RuleSet | Iterable[Rule]) -> RuleSet:
        return self.with_rules(*other)

    def __getstate__(self) -> dict[str, Any]:
        return {"rules": self.rules}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "rules", state["rules"])
        object.__setattr__(self, "_compiled", [])

    @property
    def ids(self) -> tuple[str, ...]:
        """The rule ids in order."""
        return tuple(rule.id for rule in self.rules)

    @property
    def categories(self) -> frozenset[Category]:
        """The categories some rule of this set can report."""
        return frozenset(rule.category for rule in self.rules)

    def without(self, *drop: Category | str) -> RuleSet:
        """A copy without the given categories, rule ids or id prefixes (``"absolute"``)."""
        categories = {Category(d) for d in drop if d in Category._value2member_map_}
        names = {str(d) for d in drop}
        return RuleSet(
            rule
            for rule in self.rules
            if rule.category not in categories
            and rule.id not in names
            and rule.id.split(".")[0] not in names
        )

    def only(self, *keep: Category | str) -> RuleSet:
        """A copy with only the given categories, rule ids or id prefixes."""
        categories = {Category(k) for k in keep if k in Category._value2member_map_}
        names = {str(k) for k in keep}
        return RuleSet(
            rule
            for rule in self.rules
            if rule.category in categories or rule.id in names or rule.id.split(".")[0] in names
        )

    def with_rules(self, *rules: Rule) -> RuleSet:
        """A copy with ``rules`` added at the end (ids must stay unique)."""
        return RuleSet(self.rules + rules)

    def compile(self) -> None:
        """Compile every pattern now (it otherwise happens at first use) and check them.

        Raises :class:`RuleError` naming the first bad rule.
        """
        self._get_compiled()

    def _gated_units(self) -> Iterator[tuple[Rule, tuple[CompiledRule, _Branch], _Gate]]:
        """Every gate of every branch of every rule, in rule order, with its unit.

        A branch with several gates comes once per gate, always with the same unit
        tuple: that tells the detector to run the branch once however many pass.
        """
        for rule in self.rules:
            compiled = _compiled_rule(rule)
            for branch in compiled.branches:
                unit = (compiled, branch)
                for gate in branch.gates:
                    yield rule, unit, gate

    def _get_compiled(self) -> _Compiled:
        # A list used as a write-once cache: the set stays immutable to its users, and two
        # threads racing here compile identical values, so either result is correct.
        if self._compiled:
            return self._compiled[0]
        result = _compiled_units(self._gated_units())
        if not self._compiled:
            self._compiled.append(result)
        return self._compiled[0]
