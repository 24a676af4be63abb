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


def test_a_new_literal_is_found_through_a_chat_spelling() -> None:
    """A rule set of one's own reuses the stored gate and still sees chat spellings.

    Its new literal ("birthday") gets a bit the stored tables do not know; the gate must
    still let a message through whose word is a chat spelling of it ("bday").
    """
    from intimacy_kit import Rule

    extra = Rule(
        id="custom.birthday",
        category="blame",
        severity="low",
        pattern="[YOU forgot SPEAKER_POSSESSIVE birthday]",
        message="m",
        examples=("you forgot my birthday",),
    )
    rules = [*DEFAULT_RULES.rules, extra]
    stored, fresh = CompiledRules(rules), CompiledRules(rules, precompiled=False)
    assert stored.space.next_bit > _precompiled_data.NEXT_BIT
    for text in ("you forgot my bday", "u forgot my bday!!", "you forgot my birthday"):
        found = stored.findings(text)
        assert "custom.birthday" in [finding.rule_id for finding in found], text
        assert found == fresh.findings(text), text


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
