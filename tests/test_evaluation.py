"""Quality floors of the detector, measured on labelled data.

The figures themselves are printed by ``make eval``; these tests fail when a change
drops them below the targets of the detector issue. The PersonaConflicts data lives
outside the repository (``../shared``) and its tests are skipped when it is absent.
"""

from __future__ import annotations

import pytest
from evaluation import detector
from evaluation.data_sources import persona_conflicts_path

needs_persona = pytest.mark.skipif(
    not persona_conflicts_path().exists(), reason="PersonaConflicts data not available"
)


@needs_persona
def test_persona_conflicts_clear_cases_meet_the_floor() -> None:
    """On the clear-case view of the PersonaConflicts dev half: F1 >= 0.65, precision >= 0.75."""
    scores = detector.persona_scores()
    assert scores.precision >= 0.75, scores.summary()
    assert scores.f1 >= 0.65, scores.summary()


@pytest.mark.parametrize("split", ["dev", "holdout", "dev2", "dev3"])
def test_team_examples_meet_the_floor(split: str) -> None:
    """Team tuning sets: recall >= 0.95, <= 5% of clean flagged, >= 90% right category."""
    scores = detector.team_scores(split)
    assert scores.binary.recall >= 0.95, scores.binary.summary()
    assert scores.binary.clean_flag_rate <= 0.05, scores.binary.summary()
    assert scores.category_accuracy >= 0.90, scores.category_accuracy


def test_fresh_examples_keep_precision() -> None:
    """The never-tuned-on fresh set: precision holds, and recall stays above a floor.

    Its recall is well below the tuning sets': it measures how the rules generalise.
    """
    scores = detector.team_scores("fresh")
    assert scores.binary.clean_flag_rate <= 0.05, scores.binary.summary()
    assert scores.binary.precision >= 0.90, scores.binary.summary()
    assert scores.binary.recall >= 0.55, scores.binary.summary()
