"""The learned judgment lexicon, specified: a rule-set member that explains itself.

It fires on its own examples and not on its near misses, reports like a rule (ids
``learned.*``, a score, a severity no higher than ``MEDIUM``, exact spans), can be turned
off and re-thresholded, never lets the detector's gate skip a message it would flag, and
its weights are what the training script writes.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intimacy_kit import DEFAULT_RULES, Category, Rule, RuleSet, Severity, detect
from intimacy_kit.detection._engine import _GATE_WORDS, _NEEDS_READING
from intimacy_kit.detection._learned import LearnedRule
from intimacy_kit.detection.learned import LEARNED_RULE, LexiconScorer, _weights, learned_rule
from intimacy_kit.lexicon._contractions import split_contraction
from intimacy_kit.text import read
from tests.strategies import any_text, plain_messages

ROOT = Path(__file__).resolve().parents[1]
ALONE = RuleSet([LEARNED_RULE])
SCORER = LEARNED_RULE.scorer
assert isinstance(SCORER, LexiconScorer)

# The words the lexicon weighs most, so that generated messages reach its threshold.
_WEIGHTY_WORDS = tuple(
    name[2:]
    for name, weight in sorted(
        (line.split("\t")[:2] for line in _weights.TABLE.splitlines()),
        key=lambda item: -abs(float(item[1])),
    )
    if name.startswith("w:")
)[:300]


def _gate_words(text: str) -> list[str] | None:
    """The words the detector's gate passes to ``upper_bound``; None when it reads first."""
    lowered = text.lower()
    if _NEEDS_READING.search(lowered):
        return None
    words: list[str] = []
    for word in _GATE_WORDS.findall(lowered):
        words.extend(split_contraction(word.strip("'")) if "'" in word else (word,))
    return words


# --- it proves itself like a rule ------------------------------------------------------


# Examples the shipped weights no longer reach the threshold on (strict: unmark when fixed).
_SILENT_EXAMPLES = {
    "Nobody could live with someone as lazy as you.": "probability 0.87, threshold 0.91",
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, marks=pytest.mark.xfail(strict=True, reason=_SILENT_EXAMPLES[text]))
        if text in _SILENT_EXAMPLES
        else text
        for text in LEARNED_RULE.examples
    ],
)
def test_every_example_fires_the_learned_rule(text: str) -> None:
    """Each example of the learned rule is flagged by that rule alone."""
    findings = detect(text, rules=ALONE)
    assert findings, f"the learned rule does not fire on its example {text!r}"
    assert {f.rule_id for f in findings} == {"learned.judgment"}


@pytest.mark.parametrize("text", LEARNED_RULE.near_misses)
def test_no_near_miss_fires_the_learned_rule(text: str) -> None:
    """A near miss of the learned rule is not flagged by it, nor by the default rules."""
    assert detect(text, rules=ALONE) == ()
    assert detect(text) == ()


def test_the_learned_rule_has_examples_and_near_misses() -> None:
    """Like every rule, the lexicon carries examples and near misses of its own."""
    assert len(LEARNED_RULE.examples) >= 5
    assert len(LEARNED_RULE.near_misses) >= 5


@pytest.mark.parametrize("text", LEARNED_RULE.examples)
def test_learned_findings_report_like_a_rule(text: str) -> None:
    """Learned findings report like a rule's, with a score.

    Id ``learned.*``, a score in [0, 1] from the threshold up, a severity no higher than
    MEDIUM, a category, exact offsets, and the words that weighed in the message.
    """
    for finding in detect(text, rules=ALONE):
        assert finding.rule_id.startswith("learned.")
        assert 0.0 <= finding.score <= 1.0
        assert finding.score >= LEARNED_RULE.threshold
        assert finding.severity <= Severity.MEDIUM
        assert isinstance(finding.category, Category)
        assert text[finding.start : finding.end] == finding.text
        assert finding.text == finding.text.strip()
        assert "Weighed most: '" in finding.message
        assert finding.to_dict()["score"] == finding.score


def test_the_lexicon_is_quiet_where_a_rule_context_excused_the_sentence() -> None:
    """A sentence a rule matched and its ``unless`` excused is not judged by the lexicon."""
    excusable = Rule(
        id="mine.excused",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern="[YOU BE a worthless]",
        message="m",
        unless="banana",
    )
    text = "You are a worthless pathetic idiot, banana."
    assert [f.rule_id for f in detect(text, rules=RuleSet([LEARNED_RULE]))] == [LEARNED_RULE.id]
    assert detect(text, rules=RuleSet([excusable, LEARNED_RULE])) == ()
    flagged = detect(
        "You are a worthless pathetic idiot.", rules=RuleSet([excusable, LEARNED_RULE])
    )
    assert [f.rule_id for f in flagged] == ["mine.excused"]


def test_the_words_that_weighed_are_words_of_the_message() -> None:
    """The evidence is quoted from the message as written, whole words, without overlaps."""
    text = "ur so useless its not even funny"
    doc = read(text)
    judgment = SCORER.judge(doc, 0, len(doc))
    assert judgment.evidence
    for words in judgment.evidence:
        assert words in text
        assert re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)


def test_the_span_is_the_clause_that_weighs_most() -> None:
    """In a sentence of several clauses, the finding covers the judgmental one only."""
    text = "Honestly, you are the most selfish person I know."
    (finding,) = detect(text, rules=ALONE)
    assert finding.text == "you are the most selfish person I know"


def test_quoted_words_do_not_make_a_judgment() -> None:
    """Someone else's words, quoted or reported, cannot push a sentence over the threshold."""
    said = 'She told me "you are the most selfish person I know" and laughed.'
    assert detect(said, rules=ALONE) == ()


def test_judge_and_probability_agree() -> None:
    """``judge`` reports exactly the probability the cheap path computes."""
    for text in (*LEARNED_RULE.examples, *LEARNED_RULE.near_misses):
        doc = read(text)
        for first, last in doc.sentences():
            assert SCORER.judge(doc, first, last).probability == SCORER.probability(
                doc, first, last
            )


# --- part of the rule set --------------------------------------------------------------


def test_the_learned_rule_is_the_last_default_rule() -> None:
    """``DEFAULT_RULES`` ends with the learned lexicon; iterating yields it like a rule."""
    assert DEFAULT_RULES.rules[-1] is LEARNED_RULE
    assert DEFAULT_RULES.learned is LEARNED_RULE
    assert "learned.judgment" in DEFAULT_RULES


def test_without_learned_removes_it() -> None:
    """``DEFAULT_RULES.without("learned")`` keeps the hand-written rules only."""
    hand = DEFAULT_RULES.without("learned")
    assert hand.learned is None
    assert "learned.judgment" not in hand
    assert len(hand) == len(DEFAULT_RULES) - 1
    for text in LEARNED_RULE.examples:
        assert not any(f.rule_id.startswith("learned.") for f in detect(text, rules=hand))


def test_it_speaks_only_where_no_rule_fired() -> None:
    """A sentence a hand-written rule flags gets no learned finding on top."""
    text = "Honestly, you are the most selfish person I know."
    findings = detect(text)
    assert findings
    assert not any(f.rule_id.startswith("learned.") for f in findings)
    assert detect(text, rules=ALONE)


def test_narrowing_by_category_narrows_the_lexicon() -> None:
    """``only``/``without`` a category keep the lexicon but stop it reporting others."""
    text = LEARNED_RULE.examples[0]
    (finding,) = detect(text, rules=ALONE)
    assert detect(text, rules=ALONE.without(finding.category)) == ()
    assert detect(text, rules=ALONE.only(finding.category))


# --- the threshold ---------------------------------------------------------------------


def test_the_threshold_can_be_changed() -> None:
    """A higher threshold finds less; a lower one finds more (and more wrongly)."""
    strict = RuleSet([LEARNED_RULE.with_threshold(0.999)])
    lenient = RuleSet([LEARNED_RULE.with_threshold(0.05)])
    examples = LEARNED_RULE.examples
    assert sum(bool(detect(t, rules=strict)) for t in examples) < len(examples)
    assert all(detect(t, rules=lenient) for t in examples)
    assert learned_rule(_weights, threshold=0.5).threshold == 0.5


@pytest.mark.parametrize("threshold", [0, 1, 0.0, 1.0, -0.1, 1.5, True, "0.5", None])
def test_bad_thresholds_are_refused(threshold: object) -> None:
    """A threshold outside (0, 1), or not a number, is refused with a ValueError."""
    with pytest.raises(ValueError, match="threshold"):
        LEARNED_RULE.with_threshold(threshold)  # type: ignore[arg-type]


def test_the_shipped_threshold_is_the_generated_one() -> None:
    """The default rule uses the threshold the training script chose and wrote."""
    assert LEARNED_RULE.threshold == _weights.THRESHOLD
    assert 0.5 <= _weights.THRESHOLD < 1.0


# --- the bound that lets the gate skip reading -----------------------------------------


@settings(max_examples=300)
@given(plain_messages(_WEIGHTY_WORDS))
def test_upper_bound_is_never_below_any_sentence(text: str) -> None:
    """``upper_bound`` of a plain message's words is at least every sentence's probability."""
    words = _gate_words(text)
    if words is None:
        return
    bound = SCORER.upper_bound(words)
    doc = read(text)
    for first, last in doc.sentences():
        assert SCORER.probability(doc, first, last) <= bound


@settings(max_examples=200)
@given(st.one_of(plain_messages(_WEIGHTY_WORDS), any_text))
def test_the_gate_never_hides_a_learned_finding(text: str) -> None:
    """Detecting with the gate gives what reading every message in full would give."""
    compiled = DEFAULT_RULES._get_compiled()
    assert compiled.findings(text) == compiled.findings_in(read(text))


def test_most_clean_messages_skip_reading() -> None:
    """Short clean messages are dismissed from their words alone (bound below threshold)."""
    clean = [text for text in LEARNED_RULE.near_misses if _gate_words(text) is not None]
    bound = LEARNED_RULE.threshold
    skipped = [t for t in clean if SCORER.upper_bound(_gate_words(t) or []) < bound]
    assert len(skipped) >= len(clean) // 2


def test_links_make_the_bound_give_up() -> None:
    """A web address is one token to the text layer but several words to the gate."""
    assert SCORER.upper_bound(["see", "http", "example", "com"]) == 1.0


# --- the generated module --------------------------------------------------------------


def test_the_generated_module_is_compact_and_says_how_it_was_made() -> None:
    """A few thousand features at most, and a header naming its data, licences and metrics."""
    lines = _weights.TABLE.splitlines()
    assert len(lines) == _weights.FEATURES <= 5000
    header = _weights.__doc__ or ""
    for needed in ("PersonaConflicts", "MIT", "ParaDetox", "CC0", "Threshold", "precision"):
        assert needed in header
    assert "validation" in header


def _training_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "train_lexicon", ROOT / "scripts" / "train_lexicon.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_lexicon", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_training_reproduces_the_shipped_weights() -> None:
    """``scripts/train_lexicon.py`` writes exactly the shipped module (needs scikit-learn)."""
    pytest.importorskip("sklearn")
    train = _training_script()
    try:
        data = train.load()  # type: ignore[attr-defined]
    except FileNotFoundError as missing:
        pytest.skip(f"training data not here: {missing}")
    expected = (ROOT / "src/intimacy_kit/detection/learned/_weights.py").read_text("utf-8")
    assert train.build(data) == expected  # type: ignore[attr-defined]


def test_a_rule_can_be_built_from_other_weights() -> None:
    """``learned_rule`` turns a generated weights module into a rule-set member."""
    rule = learned_rule(_weights, threshold=0.9, id="learned.mine")
    assert isinstance(rule, LearnedRule)
    assert rule.family == "learned"
    mine = DEFAULT_RULES.without("learned").with_rules(rule)
    assert mine.learned is rule
