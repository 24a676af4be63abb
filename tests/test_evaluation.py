"""The evaluation harness counts what it says it counts, and keeps validation data unread.

These tests check the harness on messages written here, not its figures: ``make eval``
prints those, and a figure is judged by a person against the last report, not pinned.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from evaluation import detector, rewriter
from evaluation.data_sources import SOURCES, Case, Source, available, source

import intimacy_kit as ik

ROOT = Path(__file__).resolve().parents[1]

JUDGMENTAL = (
    "You never listen to me.",
    "You're so lazy.",
    "I'll make your life hell.",
    "Thanks for dinner, love.",  # labelled judgmental here, but the detector passes it
)
CLEAN = ("See you at six!", "You always make me laugh.", "You idiot.")  # the last one: flagged


# --- data sources ------------------------------------------------------------------------


def test_every_source_says_what_it_may_be_used_for() -> None:
    """Each source is development or validation data, and names are unique."""
    assert {s.use for s in SOURCES} <= {"dev", "validation"}
    assert len({s.name for s in SOURCES}) == len(SOURCES)
    assert source("team_dev").use == "dev"
    with pytest.raises(KeyError, match="unknown source 'nope'"):
        source("nope")


def test_a_source_whose_files_are_missing_is_not_available() -> None:
    """A source whose file is absent is reported unavailable instead of failing the run."""

    def missing() -> list[Case]:
        raise FileNotFoundError("nowhere.jsonl")

    assert not available(Source("gone", "dev", "a source without its file", missing))


def test_the_team_development_sets_load_as_labelled_cases() -> None:
    """The team's development split loads as cases, both judgmental and clean ones."""
    cases = source("team_dev").load()
    assert cases
    assert all(isinstance(case, Case) and case.text for case in cases)
    assert {case.judgmental for case in cases} == {True, False}


# --- the detector harness ------------------------------------------------------------------


def test_detector_scores_count_each_kind_of_outcome() -> None:
    """True and false positives and negatives, per category, threats, rules on clean text."""
    cases = [
        *(Case(text, True, "absolute" if "never" in text else None) for text in JUDGMENTAL),
        Case("I'll make your life hell.", True, "threat"),
        *(Case(text, False) for text in CLEAN),
    ]
    scores = detector.score("mine", cases)
    assert (scores.true_positives, scores.false_negatives) == (4, 1)
    assert (scores.false_positives, scores.true_negatives) == (1, 2)
    assert scores.precision == pytest.approx(4 / 5)
    assert scores.recall == pytest.approx(4 / 5)
    assert scores.f1 == pytest.approx(4 / 5)
    assert scores.clean_flag_rate == pytest.approx(1 / 3)
    assert scores.messages == len(cases)
    assert scores.per_category == {"absolute": (1, 1), "threat": (1, 1)}
    assert scores.threats_as_threat == (1, 1)
    assert scores.clean_rules == {"label.vocative": 1}
    assert scores.summary().startswith("mine: recall 0.800  precision 0.800")


def test_detector_scores_follow_the_rules_given() -> None:
    """Scoring with a narrowed rule set measures that set."""
    cases = [Case(text, True) for text in JUDGMENTAL]
    narrowed = detector.score("mine", cases, rules=ik.DEFAULT_RULES.only("threat"))
    assert narrowed.true_positives == 1


def test_an_empty_source_scores_zero_without_dividing_by_zero() -> None:
    """No messages: every figure is 0, nothing raises."""
    scores = detector.score("empty", [])
    assert (scores.precision, scores.recall, scores.f1, scores.clean_flag_rate) == (0, 0, 0, 0)


@pytest.mark.parametrize("name", [s.name for s in SOURCES if s.use == "validation"])
def test_misses_of_validation_data_are_never_listed(name: str) -> None:
    """Asking for the misses of a validation source stops before reading a message."""
    with pytest.raises(SystemExit, match="measured, never read"):
        detector.misses(name)


def test_misses_of_development_data_can_be_read() -> None:
    """The misses of a development source are listed for a person to read."""
    for line in detector.misses("team_dev", clean=True):
        assert line.startswith("FP  ")


def test_the_detector_report_has_a_line_per_source() -> None:
    """The report prints one summary line per source it was given."""
    dev = [source("team_dev"), source("team_dev2")]
    report = detector.report(dev)
    assert report.startswith("Detector evaluation")
    assert "\nteam_dev: recall " in report
    assert "\nteam_dev2: recall " in report


# --- the rewriter harness --------------------------------------------------------------------


def test_rewriter_scores_count_what_happened_to_each_flagged_message() -> None:
    """Of the flagged messages: rewritten, declined; of the rewritten: clean, real, sure."""
    texts = [*JUDGMENTAL, "You never listen to me."]  # a repeated message counts once
    scores = rewriter.score("mine", texts)
    assert scores.messages == 4
    assert scores.flagged == 3
    assert (scores.rewritten, scores.declined) == (2, 1)
    assert scores.rewritten_share == pytest.approx(2 / 3)
    assert scores.declined_share == pytest.approx(1 / 3)
    rewrites = [ik.rewrite(text) for text in JUDGMENTAL[:2]]
    assert scores.clean == sum(not ik.detect(r.text) for r in rewrites)
    assert scores.real_feeling == sum(rewriter.names_real_feeling(r) for r in rewrites)
    assert scores.confident == sum(r.confidence >= ik.CONFIDENCE_THRESHOLD for r in rewrites)
    assert len(scores.pairs) == 3
    assert scores.pairs[2][1].startswith("[declined] ")
    assert "mine: 3 of 4 judgmental messages flagged" in scores.summary()


def test_the_stock_pair_is_the_most_common_feeling_and_need() -> None:
    """The same complaint three times over uses one feeling–need pair: a stock rate of 1."""
    texts = ["You're so lazy.", "You're so lazy!", "You are so lazy."]
    scores = rewriter.score("lazy", texts)
    parts = ik.rewrite(texts[0]).parts
    assert scores.stock_pair == (parts.feeling, parts.need)
    assert scores.stock_pair_share == 1.0


def test_a_rewrite_names_a_real_feeling_only_when_its_parts_say_so() -> None:
    """The faux feeling "ignored" is never counted as a real feeling; no feeling, no count."""
    rewritten = ik.rewrite("You never listen to me.")
    assert rewriter.names_real_feeling(rewritten)
    fake = ik.Rewrite(
        "x", "y", "nvc", True, False, None, ik.RewriteParts(feeling="ignored"), (), ()
    )
    assert not rewriter.names_real_feeling(fake)
    assert not rewriter.names_real_feeling(ik.rewrite("Thanks!"))


def test_the_rewriter_harness_uses_development_data_only() -> None:
    """Validation sources cannot be chosen; the report names only development sources."""
    assert all(s.use == "dev" for s in rewriter.development_sources())
    validation = [s.name for s in SOURCES if s.use == "validation"]
    if validation:
        with pytest.raises(SystemExit, match="development"):
            rewriter.development_sources([validation[0]])
    report = rewriter.report(sample=2, only=["team_dev"])
    assert "team_dev: " in report
    assert not any(f"{name}:" in report for name in validation)


@pytest.mark.parametrize(
    "module", [["evaluation.rewriter", "--only", "team_dev", "--sample", "1"],
               ["evaluation.detector", "--only", "team_dev"]],
    ids=["rewriter", "detector"],
)  # fmt: skip
def test_the_harness_runs_from_the_command_line(module: list[str]) -> None:
    """``python -m evaluation.rewriter`` and ``evaluation.detector`` run and print figures."""
    done = subprocess.run(
        [sys.executable, "-m", *module],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "team_dev" in done.stdout
