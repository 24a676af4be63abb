"""The default rules compiled ahead of time: current, and the same results as compiling."""

from __future__ import annotations

from pathlib import Path

import pytest

from intimacy_kit.detection import _precompiled, _precompiled_data
from intimacy_kit.detection._engine import CompiledRules
from intimacy_kit.detection._pattern import parse, unparse
from intimacy_kit.detection.rules import DEFAULT_RULES


def test_the_stored_tables_are_current() -> None:
    # Fails after a change to a rule's pattern, a frame or the vocabulary:
    # run `python scripts/build_precompiled.py` and commit the result.
    stored = Path(_precompiled_data.__file__).read_text(encoding="utf-8")
    assert stored == _precompiled.build(), "run scripts/build_precompiled.py"


def test_the_stored_tables_are_used() -> None:
    assert _precompiled.load() is not None
    compiled = CompiledRules(DEFAULT_RULES.rules)
    assert compiled.space.ahead is not None
    # Nothing compiled yet beyond what was stored: the gate's tables come as they are.
    assert compiled.space.next_bit == _precompiled_data.NEXT_BIT


def _messages() -> list[str]:
    return [text for rule in DEFAULT_RULES for text in (*rule.examples, *rule.near_misses)]


def test_stored_and_compiled_rules_find_the_same() -> None:
    stored = CompiledRules(DEFAULT_RULES.rules)
    fresh = CompiledRules(DEFAULT_RULES.rules, precompiled=False)
    for text in _messages():
        assert stored.findings(text) == fresh.findings(text), text


def test_a_rule_not_stored_is_compiled_with_new_bits() -> None:
    from intimacy_kit import Rule, RuleSet, detect

    extra = Rule(
        id="custom.wombat",
        category="label",
        severity="low",
        pattern="[YOU BE a wombatish]",
        message="m",
        examples=("you are a wombatish",),
    )
    rules = RuleSet([*DEFAULT_RULES.rules, extra])
    found = detect("Honestly, you are a wombatish.", rules=rules)
    assert [f.rule_id for f in found] == ["custom.wombat"]
    assert rules._get_compiled().space.next_bit > _precompiled_data.NEXT_BIT


@pytest.mark.parametrize(
    "pattern",
    [
        "[YOU BE (a | an)? INSULT]",
        '((a | b) | c d) !(x | y)+ =z -w ... ^ _ $ <hate> "all the time" e{1,3}',
        "((a b)?)* e | [(c | d)]",
    ],
)
def test_unparse_reads_back_the_same_tree(pattern: str) -> None:
    node = parse(pattern)
    assert parse(unparse(node)) == node
