"""Batch and parallel use: values pickle, and dask on a local scheduler gives what detect gives."""

from __future__ import annotations

import importlib
import pickle
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import intimacy_kit as ik

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HAND_WRITTEN = ik.DEFAULT_RULES.without("learned")


# --- every value pickles ------------------------------------------------------------------


def _values() -> dict[str, Any]:
    """One realistic instance of every public value type that crosses process boundaries."""
    message = "You never listen to me, you idiot! Whatever."
    nitpicker = ik.Rule(
        id="mine.nitpicker",
        category=ik.Category.LABEL,
        severity=ik.Severity.MEDIUM,
        pattern="YOU BE (a | an)? [nitpicker]",
        message="A label sums up a whole person from one behaviour.",
        examples=("You're such a nitpicker.",),
        near_misses=("The nitpicker in the film made me laugh.",),
        hedge=ik.Hedge.SKIP,
    )
    return {
        "Findings": ik.detect(message),
        "Finding": ik.detect(message)[0],
        "Analysis": ik.analyze(message),
        "Rewrite": ik.rewrite(message, style="gordon"),
        "ConversationAnalysis": ik.analyze_conversation(
            [("Sam", message), ("Alex", "I hear you. Tell me more?")]
        ),
        "Barrier": ik.get_barrier("stonewalling"),
        "Exercise": ik.get_exercise("active-listening"),
        "PracticePlan": ik.practice_plan(["stonewalling", "criticism"], minutes_per_day=30),
        "Rule": nitpicker,
        # Without the learned lexicon: once it has read a message it no longer pickles
        # (a known failure, see test_the_default_rules_pickle_after_use).
        "RuleSet": HAND_WRITTEN.without("absolute").with_rules(nitpicker),
    }


@pytest.mark.parametrize("name", sorted(_values()))
def test_public_values_pickle_and_round_trip_equal(name: str) -> None:
    """Every value the library hands out survives pickling: same type, equal value."""
    value = _values()[name]
    for protocol in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        copy = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert type(copy) is type(value)
        assert copy == value


def test_unpickled_findings_remember_their_message() -> None:
    """A ``Findings`` tuple keeps its message through pickling, for display in the parent."""
    found = ik.detect("Calm down, you're overreacting.")
    copy = pickle.loads(pickle.dumps(found))
    assert copy.text == found.text
    assert str(copy) == str(found)
    assert copy._repr_html_() == found._repr_html_()


def test_an_unpickled_rule_set_detects_like_the_original() -> None:
    """A rule set sent to another process works there: its compiled cache is rebuilt."""
    rules = HAND_WRITTEN.without(ik.Category.DEMAND)  # the learned lexicon: see above
    copy = pickle.loads(pickle.dumps(rules))
    for text in ("You should have called. You never listen.", "Stop ignoring me!"):
        assert ik.detect(text, rules=copy) == ik.detect(text, rules=rules)


# --- the dask example ------------------------------------------------------------------------


@pytest.fixture
def example(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """examples/scale_out_dask.py imported by name, so worker processes can import it too."""
    pytest.importorskip("dask.bag")
    # Spawned workers inherit sys.path, so they find the example module the same way.
    monkeypatch.syspath_prepend(str(EXAMPLES))
    return importlib.import_module("scale_out_dask")


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_the_dask_example_finds_what_detect_finds(example: ModuleType, scheduler: str) -> None:
    """detect_many over a dask bag, on a local scheduler, equals detect on each message."""
    messages = example.generate_messages(300, seed=7)
    results = example.detect_bag(messages, partitions=3, scheduler=scheduler)
    expected = [ik.detect(message) for message in messages]
    assert results == expected
    assert [found.text for found in results] == messages
    assert any(results), "the generated messages should include flagged ones"
    assert example.category_counts(results) == example.category_counts(expected)


def test_the_dask_example_analyses_like_analyze(example: ModuleType) -> None:
    """Full analyses computed in worker processes equal those computed here."""
    messages = example.generate_messages(12, seed=3)
    results = example.analyze_bag(messages, partitions=2, scheduler="processes")
    assert results == [ik.analyze(message) for message in messages]


def test_the_generated_messages_are_reproducible(example: ModuleType) -> None:
    """The same seed gives the same messages, so the example's output can be compared."""
    assert example.generate_messages(50, seed=1) == example.generate_messages(50, seed=1)
    assert example.generate_messages(50, seed=1) != example.generate_messages(50, seed=2)


def test_the_dask_example_prints_a_category_summary(
    example: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run as a script, the example prints message counts and findings per category."""
    assert example.main(["--messages", "200", "--partitions", "2", "--scheduler", "threads"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("200 messages, ")
    assert "flagged" in out
    assert "  absolute " in out
    assert "barriers: " in out
