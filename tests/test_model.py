"""Shared value types: ordering, enum values, validation and JSON."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

from intimacy_kit import Category, Finding, Severity


def _finding(**changes: object) -> Finding:
    base = Finding(
        start=0,
        end=5,
        text="never",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        rule_id="absolute.never",
        message="why it hurts",
        suggestion="what to say instead",
    )
    return attrs.evolve(base, **changes)


def test_severity_is_ordered() -> None:
    """Severities compare LOW < MEDIUM < HIGH, so callers can filter with ``>=``."""
    assert Severity.LOW < Severity.MEDIUM < Severity.HIGH
    assert sorted([Severity.HIGH, Severity.LOW, Severity.MEDIUM]) == [
        Severity.LOW,
        Severity.MEDIUM,
        Severity.HIGH,
    ]
    assert Severity.HIGH >= Severity.MEDIUM


def test_category_has_the_fourteen_documented_values() -> None:
    """The category values are the contract in DESIGN.md and serialise as plain strings."""
    assert {c.value for c in Category} == {
        "absolute",
        "label",
        "blame",
        "mind_reading",
        "demand",
        "contempt",
        "defensiveness",
        "stonewalling",
        "invalidation",
        "faux_feeling",
        "comparison",
        "accusatory_question",
        "unsolicited_advice",
        "threat",
    }
    assert json.dumps(Category.LABEL) == '"label"'


def test_finding_is_frozen_and_checks_its_span() -> None:
    """A finding cannot be mutated and refuses a text that does not fit its span."""
    finding = _finding()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        finding.start = 3  # type: ignore[misc]
    with pytest.raises(ValueError, match="end - start"):
        _finding(end=4)
    with pytest.raises(ValueError, match=">= 0"):
        _finding(start=-1)


def test_finding_json_round_trips() -> None:
    """``to_dict`` is JSON-ready and ``from_dict`` rebuilds an equal finding."""
    finding = _finding()
    data = json.loads(json.dumps(finding.to_dict()))
    assert list(data) == [
        "start",
        "end",
        "text",
        "category",
        "severity",
        "rule_id",
        "message",
        "suggestion",
        "score",
    ]
    assert Finding.from_dict(data) == finding


def test_a_finding_saved_before_scores_existed_still_loads() -> None:
    """JSON written before ``score`` was added loads, as a rule's sure finding (score 1)."""
    data = _finding().to_dict()
    del data["score"]
    assert Finding.from_dict(data) == _finding()
    assert Finding.from_dict(data).score == 1.0


def test_finding_pickles() -> None:
    """Findings cross process boundaries unchanged (multiprocessing, Dask, Spark)."""
    finding = _finding()
    assert pickle.loads(pickle.dumps(finding)) == finding
