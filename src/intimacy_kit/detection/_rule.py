"""Rules as values, and an immutable set of them.

A :class:`Rule` is plain data: an id, a category, a severity, a token pattern (see
:mod:`intimacy_kit.detection._pattern`), an explanation, a suggestion, examples that must
fire and near misses that must not, and where the idea comes from. Rule families live in
their own modules under ``intimacy_kit.detection.rules``; the default set is their
concatenation. Rules round-trip through :meth:`Rule.to_dict` and :meth:`Rule.from_dict`,
so a user's own rules can live in a TOML or JSON file.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final

import attrs

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._learned import LearnedRule
from intimacy_kit.detection._pattern import Node, PatternError, parse

if TYPE_CHECKING:
    from intimacy_kit.detection._engine import CompiledRules

__all__ = ["Hedge", "Rule", "RuleError", "RuleSet"]

_ID: Final = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_-]*)+")


class RuleError(ValueError):
    """A rule that cannot be used, with the id of the rule in the message.

    >>> Rule(id="mine.bad", category="label", severity="low", pattern="YOU (",
    ...      message="m", examples=("x",)).parsed()
    Traceback (most recent call last):
    ...
    intimacy_kit.detection._rule.RuleError: rule 'mine.bad': pattern: '(' at ... is never closed
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


def _to_severity(value: object) -> Any:
    if isinstance(value, str) and value.upper() in Severity.__members__:
        return Severity[value.upper()]
    return value


def _check_severity(rule: Rule, attribute: attrs.Attribute[Severity], value: object) -> None:
    if not isinstance(value, Severity):
        raise RuleError(f"rule {rule.id!r}: severity must be low, medium or high, got {value!r}")


def _to_hedge(value: object) -> Any:
    if isinstance(value, str):
        try:
            return Hedge(value.lower())
        except ValueError:
            return value
    return value


def _check_hedge(rule: Rule, attribute: attrs.Attribute[Hedge], value: object) -> None:
    if not isinstance(value, Hedge):
        raise RuleError(f"rule {rule.id!r}: hedge must be keep, soften or skip, got {value!r}")


def _to_strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _check_text(rule: Rule, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"rule {rule.id!r}: {attribute.name} must be a non-empty string")


@attrs.frozen(kw_only=True)
class Rule:
    """One declarative detector rule.

    >>> rule = Rule(
    ...     id="mine.slacker",
    ...     category="label",
    ...     severity="medium",
    ...     pattern="[YOU BE (a | an)? slacker]",
    ...     message="A label sums up a whole person from one behaviour.",
    ...     suggestion="Describe the task that was left undone.",
    ...     examples=("You're such a slacker.", "ur literally a slacker"),
    ...     near_misses=("The slacker in the film made me laugh.",),
    ... )
    >>> rule.category, rule.family
    (<Category.LABEL: 'label'>, 'mine')
    """

    id: str = attrs.field(validator=_check_id)
    """A stable id ``family.name``; in the default rules the family is the module name."""
    category: Category = attrs.field(converter=_to_category, validator=_check_category)
    """The category of the findings this rule produces."""
    severity: Severity = attrs.field(converter=_to_severity, validator=_check_severity)
    """The severity of its findings (before any softening by a hedge)."""
    pattern: str = attrs.field(validator=_check_text)
    """A token pattern (see :mod:`intimacy_kit.detection._pattern`)."""
    message: str = attrs.field(validator=_check_text)
    """Why this wording tends to hurt, written for the person who wants to say it better."""
    suggestion: str | None = None
    """A concrete thing to say instead."""
    examples: tuple[str, ...] = attrs.field(default=(), converter=_to_strings)
    """Messages this rule must flag; the test suite checks every one."""
    near_misses: tuple[str, ...] = attrs.field(default=(), converter=_to_strings)
    """Messages that look similar and must not be flagged by this rule."""
    source: str = ""
    """Where the idea comes from, or a note on the linguistic pattern."""
    hedge: Hedge = attrs.field(default=Hedge.SOFTEN, converter=_to_hedge, validator=_check_hedge)
    """What to do when the sentence hedges before the match."""
    negatable: bool = True
    """Whether a negating frame before the match ("I don't think …") cancels it."""
    in_quotes: bool = False
    """Whether to fire inside quoted or reported speech too: for safety rules, and for
    rules that read quote marks themselves (scare quotes)."""
    unless: str = ""
    """A token pattern that, found anywhere in the match's sentence, cancels the match:
    the context that makes the words harmless ("at chess" after "I'll destroy you").
    Found in the next sentence, it cancels too ("Shut up! That's amazing."), except for
    a threat."""

    @property
    def family(self) -> str:
        """The first part of the id: the family module in the default rules."""
        return self.id.split(".", 1)[0]

    def parsed(self) -> Node:
        """The parsed pattern; :class:`RuleError` naming the rule if it does not parse."""
        try:
            return parse(self.pattern)
        except PatternError as error:
            raise RuleError(f"rule {self.id!r}: pattern: {error}") from None

    def to_dict(self) -> dict[str, Any]:
        """A JSON- and TOML-ready dict; :meth:`from_dict` reads it back."""
        return {
            "id": self.id,
            "category": self.category.value,
            "severity": self.severity.label,
            "pattern": self.pattern,
            "message": self.message,
            "suggestion": self.suggestion,
            "examples": list(self.examples),
            "near_misses": list(self.near_misses),
            "source": self.source,
            "hedge": self.hedge.value,
            "negatable": self.negatable,
            "in_quotes": self.in_quotes,
            "unless": self.unless,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rule:
        """A rule from a dict such as one table of a rules file.

        Unknown keys are refused, so a typo does not silently drop a setting.

        >>> rule = Rule.from_dict({"id": "mine.nag", "category": "label",
        ...     "severity": "medium", "pattern": "[YOU BE (a | an)? nag]",
        ...     "message": "A label sums up a person."})
        >>> Rule.from_dict(rule.to_dict()) == rule
        True
        """
        if not isinstance(data, dict):
            raise TypeError(f"Rule.from_dict() needs a dict, got {type(data).__name__}")
        known = {field.name for field in attrs.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise RuleError(
                f"rule {data.get('id')!r}: unknown keys {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known))})"
            )
        missing = sorted({"id", "category", "severity", "pattern", "message"} - set(data))
        if missing:
            raise RuleError(f"rule {data.get('id')!r}: missing keys {', '.join(missing)}")
        return cls(**data)


AnyRule = Rule | LearnedRule
"""A member of a rule set: a hand-written rule or the learned lexicon."""


def _to_rules(value: Iterable[AnyRule] | str | bytes) -> tuple[AnyRule, ...]:
    if isinstance(value, str | bytes):
        raise TypeError("RuleSet() needs an iterable of Rule values, not a string")
    rules = tuple(value)
    seen: set[str] = set()
    for rule in rules:
        if not isinstance(rule, Rule | LearnedRule):
            raise TypeError(f"a RuleSet holds Rule values, got {type(rule).__name__}")
        if rule.id in seen:
            raise RuleError(f"rule {rule.id!r}: id used twice in one rule set")
        seen.add(rule.id)
    return rules


def _split_names(names: Iterable[Category | str], method: str) -> tuple[set[Category], set[str]]:
    """Categories and rule ids or family names, from the arguments of ``only``/``without``."""
    categories: set[Category] = set()
    others: set[str] = set()
    for name in names:
        if isinstance(name, Category) or name in Category._value2member_map_:
            categories.add(Category(name))
        elif isinstance(name, str):
            others.add(name)
        else:
            raise TypeError(
                f"RuleSet.{method}() takes categories, rule ids or family names, "
                f"got {type(name).__name__}"
            )
    return categories, others


@attrs.frozen(repr=False)
class RuleSet:
    """An immutable, ordered set of rules, narrowed and extended by value.

    >>> from intimacy_kit import DEFAULT_RULES, Category
    >>> gentle = DEFAULT_RULES.without(Category.DEMAND, "absolute.never")
    >>> len(gentle) < len(DEFAULT_RULES)
    True
    >>> "absolute.never" in gentle
    False
    """

    rules: tuple[AnyRule, ...] = attrs.field(default=(), converter=_to_rules)
    """The rules, in the order they run (the learned lexicon, if any, after the others)."""
    _compiled: list[CompiledRules] = attrs.field(
        factory=list, init=False, repr=False, eq=False, hash=False
    )

    def __repr__(self) -> str:
        return f"RuleSet({len(self.rules)} rules)"

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[AnyRule]:
        return iter(self.rules)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Rule | LearnedRule):
            return item in self.rules
        return any(rule.id == item for rule in self.rules)

    def __getitem__(self, rule_id: str) -> AnyRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"no rule with id {rule_id!r}")

    def __add__(self, other: RuleSet | Iterable[AnyRule]) -> RuleSet:
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
        found: set[Category] = set()
        for rule in self.rules:
            if isinstance(rule, LearnedRule):
                found.update(rule.categories if rule.categories is not None else Category)
            else:
                found.add(rule.category)
        return frozenset(found)

    @property
    def learned(self) -> LearnedRule | None:
        """The learned lexicon of this set, if it has one."""
        for rule in self.rules:
            if isinstance(rule, LearnedRule):
                return rule
        return None

    def without(self, *drop: Category | str) -> RuleSet:
        """A copy without the given categories, rule ids or families (``"absolute"``).

        Dropping a category also stops the learned lexicon from reporting it.
        """
        categories, names = _split_names(drop, "without")
        kept: list[AnyRule] = []
        for rule in self.rules:
            if rule.id in names or rule.family in names:
                continue
            if isinstance(rule, LearnedRule):
                allowed = set(rule.categories if rule.categories is not None else Category)
                kept.append(attrs.evolve(rule, categories=frozenset(allowed - categories)))
            elif rule.category not in categories:
                kept.append(rule)
        return RuleSet(kept)

    def only(self, *keep: Category | str) -> RuleSet:
        """A copy with only the given categories, rule ids or families.

        The learned lexicon stays when its family is named, or, for categories, reporting
        only those categories.
        """
        categories, names = _split_names(keep, "only")
        kept: list[AnyRule] = []
        for rule in self.rules:
            if rule.id in names or rule.family in names:
                kept.append(rule)
            elif isinstance(rule, LearnedRule):
                if categories:
                    allowed = set(rule.categories if rule.categories is not None else Category)
                    kept.append(attrs.evolve(rule, categories=frozenset(allowed & categories)))
            elif rule.category in categories:
                kept.append(rule)
        return RuleSet(kept)

    def with_rules(self, *rules: AnyRule) -> RuleSet:
        """A copy with ``rules`` added at the end (ids must stay unique)."""
        return RuleSet(self.rules + rules)

    def compile(self) -> None:
        """Compile every pattern now (it otherwise happens at first use) and check them.

        Raises :class:`RuleError` naming the first bad rule.
        """
        self._get_compiled()

    def _get_compiled(self) -> CompiledRules:
        if not self._compiled:
            from intimacy_kit.detection._engine import CompiledRules

            # Two threads may both compile; the results are equal and either is kept.
            self._compiled.append(CompiledRules(self.rules))
        return self._compiled[0]
