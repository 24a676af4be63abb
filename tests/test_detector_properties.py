"""Properties of the detector that hold for any input, thread, process and size."""

from __future__ import annotations

import functools
import itertools
import json
import os
import pickle
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intimacy_kit import (
    DEFAULT_RULES,
    Category,
    Finding,
    Rule,
    RuleSet,
    Severity,
    detect,
    detect_many,
)
from tests.strategies import any_text, disguised
from tests.test_detector import KNOWN_FLAGGED_NEAR_MISSES

ROOT = Path(__file__).resolve().parents[1]

RULE_EXAMPLES = tuple(text for rule in DEFAULT_RULES for text in getattr(rule, "examples", ()))
NEAR_MISSES = tuple(
    text
    for rule in DEFAULT_RULES
    for text in getattr(rule, "near_misses", ())
    if (rule.id, text) not in KNOWN_FLAGGED_NEAR_MISSES
)
TRICKY = (
    "",
    " ",
    "“You’re so lazy,” she said.",
    "Ｙｏｕ ｎｅｖｅｒ ｌｉｓｔｅｎ",
    "you\u200b're so la\u200bzy",
    "ur so lazyyy 🙄🙄",
    "I don't think you're selfish, but you never listen!",
    "Maybe you're lazy?",
    "\ud800 lone surrogate, you idiot",
    "İstanbul? You always do this. ß ﬁ ǅ",
)
MESSAGES = RULE_EXAMPLES + NEAR_MISSES + TRICKY

USER_RULE = Rule(
    id="mine.nitpicker",
    category=Category.LABEL,
    severity=Severity.MEDIUM,
    pattern="YOU BE (a | an)? [nitpicker]",
    message="A label sums up a whole person from one behaviour.",
    suggestion="Say which remark stung and what you would like instead.",
    examples=("You're such a nitpicker.",),
    near_misses=("The nitpicker in the film made me laugh.",),
)


# Compiling a rule set costs real time, so the narrowed and copied sets that examples
# share are built once; each is compiled on first use, like any user's set.
FRESH_COPY = RuleSet(DEFAULT_RULES.rules)
HAND_WRITTEN = DEFAULT_RULES.without("learned")
ONLY = {category: DEFAULT_RULES.only(category) for category in Category}
WITHOUT = {category: DEFAULT_RULES.without(category) for category in Category}
HAND_ONLY = {category: HAND_WRITTEN.only(category) for category in Category}
HAND_WITHOUT = {category: HAND_WRITTEN.without(category) for category in Category}
CUSTOM = DEFAULT_RULES.with_rules(USER_RULE)


def _signature(findings: tuple[Finding, ...]) -> list[tuple[str, str]]:
    """What must not change under a disguise: category and severity, in order.

    Not the rule: a capital letter mid-sentence is read as a possible sentence start
    ("Great Thanks a lot"), so where two rules cover the same words a disguise of case
    may decide which of them reports it.
    """
    return [(f.category.value, f.severity.label) for f in findings]


def _assert_well_formed(text: str, findings: tuple[Finding, ...]) -> None:
    """Spans are exact, non-empty, inside the text and sorted by start."""
    assert isinstance(findings, tuple)
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
    starts = [f.start for f in findings]
    assert starts == sorted(starts)


# --- any string ---------------------------------------------------------------------------


@given(any_text)
def test_any_string_gives_well_formed_findings(text: str) -> None:
    """Any ``str`` is accepted; spans slice the original exactly, inside it, sorted."""
    _assert_well_formed(text, detect(text))


@given(any_text)
def test_detect_is_deterministic(text: str) -> None:
    """The same text gives the same findings every time, and from an equal rule set."""
    first = detect(text)
    assert detect(text) == first
    assert detect(text, rules=FRESH_COPY) == first


@given(any_text)
def test_findings_of_one_category_never_overlap(text: str) -> None:
    """Overlapping matches of a category are merged, so its findings are disjoint."""
    by_category: dict[Category, list[Finding]] = {}
    for finding in detect(text):
        by_category.setdefault(finding.category, []).append(finding)
    for findings in by_category.values():
        for before, after in itertools.pairwise(findings):
            assert before.end <= after.start


@given(any_text)
def test_findings_agree_with_the_rules_that_made_them(text: str) -> None:
    """A finding carries its rule's category, message and suggestion.

    Its severity is the rule's, or one level lower under a hedge, never higher; a
    hand-written rule's score is 1. The learned lexicon names a category per finding, adds
    the words that weighed to its message, reports at most ``MEDIUM`` and scores at least
    its threshold.
    """
    for finding in detect(text):
        rule = DEFAULT_RULES[finding.rule_id]
        assert finding.suggestion == rule.suggestion
        assert text[finding.start : finding.end] == finding.text
        if isinstance(rule, Rule):
            assert finding.category is rule.category
            assert finding.message == rule.message
            assert rule.severity.value - 1 <= finding.severity.value <= rule.severity.value
            assert finding.score == 1.0
        else:
            assert finding.message.startswith(rule.message)
            assert finding.severity <= Severity.MEDIUM
            assert rule.threshold <= finding.score <= 1.0


@given(any_text, st.sampled_from(list(Category)))
def test_narrowing_to_a_category_keeps_exactly_its_findings(text: str, category: Category) -> None:
    """Hand-written rules of different categories find independently of each other.

    ``only(c)`` finds exactly the ``c`` findings of the full set, and ``without(c)``
    finds all the others.
    """
    everything = detect(text, rules=HAND_WRITTEN)
    assert detect(text, rules=HAND_ONLY[category]) == tuple(
        f for f in everything if f.category is category
    )
    assert detect(text, rules=HAND_WITHOUT[category]) == tuple(
        f for f in everything if f.category is not category
    )


@given(any_text, st.sampled_from(list(Category)))
def test_narrowing_keeps_every_finding_of_what_is_kept(text: str, category: Category) -> None:
    """With the learned lexicon, narrowing loses nothing of what is kept.

    The lexicon speaks only in sentences no kept rule flags, so a narrower set may give
    it a sentence to speak in: ``only(c)`` finds every ``c`` finding of the full set and,
    besides, only learned ``c`` findings; ``without(c)`` keeps every other finding.
    """
    everything = detect(text)
    only = detect(text, rules=ONLY[category])
    kept = [f for f in everything if f.category is category]
    assert set(kept) <= set(only)
    assert all(f.category is category for f in only)
    assert all(f.rule_id.startswith("learned.") for f in set(only) - set(kept))
    without = detect(text, rules=WITHOUT[category])
    assert {f for f in everything if f.category is not category} <= set(without)
    assert all(f.category is not category for f in without)


@given(any_text)
def test_an_empty_rule_set_finds_nothing(text: str) -> None:
    """With no rules there is nothing to find."""
    assert detect(text, rules=RuleSet()) == ()


@given(st.lists(any_text, max_size=8))
def test_detect_many_equals_detect_on_each(texts: list[str]) -> None:
    """``detect_many`` gives, text by text, exactly what ``detect`` gives."""
    assert list(detect_many(texts)) == [detect(text) for text in texts]


@given(
    st.sampled_from(RULE_EXAMPLES).flatmap(lambda text: st.tuples(st.just(text), disguised(text)))
)
def test_disguises_change_offsets_but_not_findings(pair: tuple[str, str]) -> None:
    """Disguises change where a finding sits in the original, never what is found.

    Case, full-width letters, curly quotes, non-breaking spaces and zero-width
    characters are all folded away for matching.
    """
    plain, disguised_text = pair
    findings = detect(disguised_text)
    _assert_well_formed(disguised_text, findings)
    assert _signature(findings) == _signature(detect(plain))


@given(st.sampled_from(NEAR_MISSES).flatmap(disguised))
def test_disguised_near_misses_stay_clean(text: str) -> None:
    """A clean message stays clean however it is typed."""
    assert detect(text) == ()


# --- threads and processes ----------------------------------------------------------------


def test_threads_give_the_same_results_as_one_thread() -> None:
    """Many threads at once give exactly the sequential results.

    The custom rule set is not compiled beforehand, so the threads race to compile it.
    """
    texts = list(MESSAGES) * 4
    expected = [detect(text) for text in texts]
    expected_custom = [detect(text, rules=CUSTOM) for text in texts]
    for _ in range(2):
        racing = DEFAULT_RULES.with_rules(USER_RULE)  # a new set: not compiled yet
        with ThreadPoolExecutor(max_workers=4) as pool:
            default_results = list(pool.map(detect, texts))
            custom_results = list(pool.map(functools.partial(detect, rules=racing), texts))
        assert default_results == expected
        assert custom_results == expected_custom


@settings(max_examples=25)
@given(st.lists(any_text, min_size=1, max_size=30))
def test_threads_agree_on_any_texts(texts: list[str]) -> None:
    """Arbitrary texts give the same findings from a thread pool as sequentially."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(detect, texts)) == [detect(text) for text in texts]


_SCRIPT = """
import json, sys
from intimacy_kit import detect
messages = json.load(sys.stdin)
json.dump([[f.to_dict() for f in detect(m)] for m in messages], sys.stdout)
"""


def _findings_in_subprocess(messages: list[str], hash_seed: str) -> object:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        input=json.dumps(messages),
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    return json.loads(result.stdout)


def test_other_processes_with_other_hash_seeds_find_the_same() -> None:
    """Interpreters with different ``PYTHONHASHSEED`` values find the same.

    Results must not depend on set or dict ordering: two fresh interpreters and this
    one give identical JSON for the same messages.
    """
    # A pipe carries UTF-8, which has no lone surrogates.
    messages = [m for m in MESSAGES if not any("\ud800" <= c <= "\udfff" for c in m)]
    here = json.loads(json.dumps([[f.to_dict() for f in detect(m)] for m in messages]))
    first = _findings_in_subprocess(messages, "1")
    second = _findings_in_subprocess(messages, "4242")
    assert first == second
    assert first == here
    assert any(here), "the fixed messages should include some that are flagged"


# --- pickling -----------------------------------------------------------------------------


@given(any_text)
def test_findings_pickle(text: str) -> None:
    """Findings survive a pickle round trip unchanged (for multiprocessing and caches)."""
    findings = detect(text)
    assert pickle.loads(pickle.dumps(findings)) == findings


def _assert_pickles_and_detects_the_same(rules: RuleSet) -> None:
    """A pickled rule set, by every protocol, equals the original and finds the same."""
    texts = [*MESSAGES, "You're such a nitpicker."]
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        clone = pickle.loads(pickle.dumps(rules, protocol=protocol))
        assert clone == rules
        assert clone.ids == rules.ids
        assert [detect(t, rules=clone) for t in texts] == [detect(t, rules=rules) for t in texts]


def test_rules_and_rule_sets_pickle_and_detect_the_same() -> None:
    """``Rule`` and ``RuleSet`` pickle; clones detect the same.

    An unpickled set, compiled or not when it was pickled, finds exactly what the
    original finds.
    """
    assert pickle.loads(pickle.dumps(USER_RULE)) == USER_RULE
    for rule in DEFAULT_RULES:
        if isinstance(rule, Rule):
            assert pickle.loads(pickle.dumps(rule)) == rule
    custom = HAND_WRITTEN.without(Category.DEMAND).with_rules(USER_RULE)
    custom.compile()
    for rules in (HAND_WRITTEN, custom, RuleSet([USER_RULE])):
        _assert_pickles_and_detects_the_same(rules)


def test_the_default_rules_pickle_before_the_learned_lexicon_is_used() -> None:
    """``DEFAULT_RULES``, learned lexicon included, pickles in a fresh interpreter."""
    script = "import pickle, intimacy_kit as ik; pickle.loads(pickle.dumps(ik.DEFAULT_RULES))"
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)


def test_the_default_rules_pickle_after_use() -> None:
    """``DEFAULT_RULES``, learned lexicon included, pickles after use (for multiprocessing)."""
    learned = DEFAULT_RULES.learned
    assert learned is not None
    assert detect(learned.examples[0], rules=RuleSet([learned]))  # the lexicon has read
    _assert_pickles_and_detects_the_same(DEFAULT_RULES)


# --- pathological inputs ------------------------------------------------------------------

PATHOLOGICAL = {
    "single quotes": "'" * 300_000,
    "double quotes": '"' * 300_000,
    "curly quotes": "“‘’”" * 75_000,
    "quoted words": "'you' \"never\" " * 30_000,
    "unbalanced quotes": "she said 'you never" * 20_000,
    "emoji": "😀👍🏽👩\u200d❤️\u200d👨🙄" * 30_000,
    "zero width": "\u200b\u200d\ufeff" * 100_000,
    "stretched letter": "y" + "o" * 300_000 + "u",
    "repeated you": "you " * 200_000,
    "repeated never": "never " * 150_000,
    "you never": "you never " * 60_000,
    "you're so": "you're so " * 60_000,
    "every time i": "every time i " * 50_000,
    "if you": "if you " * 100_000,
    "i don't think": "i don't think " * 50_000,
    "maybe": "maybe " * 100_000,
    "chat": "ur so lazyyy u r " * 30_000,
    "no spaces": "a" * 500_000,
    "no punctuation": ("you keep " + "and then " * 10) * 5_000,
    "newlines": "\n" * 300_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_finish_with_well_formed_findings(name: str) -> None:
    """Floods of quotes, emoji or repeated words finish and give exact, sorted spans.

    Hundreds of thousands of repetitions would expose catastrophic backtracking or
    quadratic work; speed itself is measured in ``benchmarks/bench_detect.py``.
    """
    text = PATHOLOGICAL[name]
    _assert_well_formed(text, detect(text))


def _megabyte_of_messages() -> str:
    unit = "\n".join((*RULE_EXAMPLES, *NEAR_MISSES))
    return (unit * (1_000_000 // len(unit) + 1))[:1_000_000]


@pytest.mark.slow
def test_a_megabyte_of_messages_finishes_with_well_formed_findings() -> None:
    """A 1 MB text of real messages is handled in one call.

    It mixes quotes, labels, threats and praise; its findings are exact, sorted, and
    include every category.
    """
    text = _megabyte_of_messages()
    findings = detect(text)
    _assert_well_formed(text, findings)
    assert {f.category for f in findings} == set(Category)
