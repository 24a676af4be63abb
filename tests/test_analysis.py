"""analyze and analyze_conversation: what an app showing the results relies on."""

from __future__ import annotations

import pytest

from intimacy_kit import (
    Category,
    Severity,
    analyze,
    analyze_conversation,
    detect,
    get_barrier,
)

JUDGMENTAL = "You never listen to me! You're so selfish."


def test_findings_are_the_detectors_and_evidence_slices_the_message() -> None:
    """The analysis repeats detect's findings, and every evidence span is exact."""
    result = analyze(JUDGMENTAL)
    assert result.findings == tuple(detect(JUDGMENTAL))
    assert result.judgmental
    assert result.worst_severity is not None
    assert result.worst_severity >= Severity.MEDIUM
    assert result.signals, "a judgmental message shows some barrier"
    for signal in result.signals:
        assert signal.why
        starts = [(e.start, e.end) for e in signal.evidence]
        assert starts == sorted(starts)
        for evidence in signal.evidence:
            assert JUDGMENTAL[evidence.start : evidence.end] == evidence.text
            assert evidence.source in {"finding", "cue"}


def test_signals_with_more_evidence_come_first() -> None:
    """The strongest barrier, by amount of evidence, leads the list."""
    result = analyze("Whatever. I don't want to talk about it. You never listen.")
    counts = [len(signal.evidence) for signal in result.signals]
    assert counts == sorted(counts, reverse=True)
    assert result.signals[0].barrier.id == "stonewalling"


def test_a_clean_message_is_left_alone() -> None:
    """No findings, no rewrite and no exercises for a kind message."""
    result = analyze("Thank you for cooking tonight, it was lovely.")
    assert result.findings == ()
    assert not result.judgmental
    assert result.worst_severity is None
    assert not result.rewrite.changed
    assert result.rewrite.text == result.text
    assert result.exercises == ()


def test_language_cues_show_barriers_without_any_finding() -> None:
    """Self-protective phrases point at a barrier even though nothing is judgmental."""
    result = analyze("I'm fine, it's nothing.")
    assert result.findings == ()
    cue = result.signals[0]
    assert cue.barrier.id == "fear-of-vulnerability"
    assert {e.source for e in cue.evidence} == {"cue"}


def test_cues_inside_quoted_speech_are_not_evidence() -> None:
    """Reporting what someone else said is not a sign of one's own barrier."""
    assert analyze("She told me \"I'm fine, it's nothing\" and left.").signals == ()


def test_exercises_are_distinct_and_capped() -> None:
    """The exercise list respects max_exercises and never repeats an exercise."""
    for limit in (0, 1, 3, 10):
        exercises = analyze(JUDGMENTAL, max_exercises=limit).exercises
        assert len(exercises) <= limit
        assert len({e.id for e in exercises}) == len(exercises)
    assert len(analyze(JUDGMENTAL, max_exercises=3).exercises) == 3


def test_exercises_come_from_the_barriers_found() -> None:
    """Every suggested exercise addresses one of the barriers the message shows."""
    result = analyze(JUDGMENTAL, max_exercises=5)
    found = {signal.barrier.id for signal in result.signals}
    for exercise in result.exercises:
        assert found & set(exercise.barriers), exercise.id


def test_a_threat_is_declined_and_read_as_controlling() -> None:
    """A threat to the partner is not rewritten and points at controlling behaviour."""
    result = analyze("If you leave, I'll make your life hell.")
    assert result.rewrite.declined
    assert Category.THREAT in {f.category for f in result.findings}
    assert "controlling-behaviour" in {s.barrier.id for s in result.signals}


def test_self_harm_gets_help_not_a_barrier_label_or_homework() -> None:
    """A person at risk sees the pointer to help, and no pattern is pinned on them."""
    result = analyze("I'm going to hurt myself if you leave.")
    assert Category.THREAT in {f.category for f in result.findings}
    assert result.rewrite.declined
    assert "crisis line" in result.rewrite.reason
    assert "controlling-behaviour" not in {s.barrier.id for s in result.signals}
    assert result.exercises == ()


def test_text_and_html_views_escape_and_summarise() -> None:
    """Markup in a message is escaped in HTML, and print gives a readable summary."""
    # The markup comes after the judgment: symbols before it hide it from the detector
    # today (see test_detector.py, test_symbols_before_a_judgment_do_not_hide_it).
    result = analyze("You never listen! <script>alert(1)</script>")
    html = result._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    text = str(result)
    assert "barrier:" in text
    assert "exercise:" in text


def test_analysis_rejects_wrong_arguments() -> None:
    """Clear errors for a non-string message or a negative exercise count."""
    with pytest.raises(TypeError, match=r"analyze\(\): text must be a str, got a bytes"):
        analyze(b"You never listen")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_exercises must be at least 0"):
        analyze("hello", max_exercises=-1)
    with pytest.raises(TypeError, match="max_exercises must be an int"):
        analyze("hello", max_exercises=True)
    with pytest.raises(TypeError, match="rules must be a RuleSet"):
        analyze("hello", rules="absolute")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"analyze\(\): unknown style 'ncv'; did you mean 'nvc'"):
        analyze("hello", style="ncv")


def test_analysis_with_rules_none_uses_the_default_rules() -> None:
    """``rules=None`` (the default) means DEFAULT_RULES, so the signature stays short."""
    from intimacy_kit import DEFAULT_RULES

    assert analyze(JUDGMENTAL, rules=None) == analyze(JUDGMENTAL, rules=DEFAULT_RULES)


def test_to_dict_names_barriers_by_id() -> None:
    """The JSON form refers to barriers and exercises by their stable ids."""
    data = analyze(JUDGMENTAL).to_dict()
    for signal in data["signals"]:
        assert get_barrier(signal["barrier"]).name == signal["name"]
    assert all(set(e) == {"id", "title", "minutes"} for e in data["exercises"])


CONVERSATION = [
    ("Sam", "You're always on your phone."),
    ("Alex", "Whatever."),
    ("Sam", "I feel lonely when we eat in silence."),
    ("Alex", "I'm sorry. I'd like that too."),
    ("Sam", "Thank you for listening."),
]


def test_a_conversation_is_summed_up_per_speaker() -> None:
    """Turn counts, judgmental counts and categories per speaker, in order of appearance."""
    conversation = analyze_conversation(CONVERSATION)
    assert [s.speaker for s in conversation.speakers] == ["Sam", "Alex"]
    sam, alex = conversation.speaker("Sam"), conversation.speaker("Alex")
    assert (sam.turns, sam.judgmental_turns, sam.clean_turns) == (3, 1, 2)
    assert (alex.turns, alex.judgmental_turns) == (2, 1)
    assert sam.categories == ((Category.ABSOLUTE, 1),)
    assert alex.categories == ((Category.STONEWALLING, 1),)
    assert alex.barriers[0][0] == "stonewalling"
    assert sam.judgmental_share == pytest.approx(1 / 3)


def test_the_timeline_shows_where_the_conversation_turned() -> None:
    """The timeline marks flagged turns, and the first one is reported."""
    conversation = analyze_conversation(CONVERSATION)
    assert conversation.timeline == (
        ("Sam", True),
        ("Alex", True),
        ("Sam", False),
        ("Alex", False),
        ("Sam", False),
    )
    assert conversation.first_judgmental_turn == 0
    assert "turn 1 (Sam)" in conversation.describe()
    assert [turn.index for turn in conversation.turns] == list(range(len(CONVERSATION)))


def test_a_warm_conversation_has_no_turning_point() -> None:
    """Positive absolutes and thanks are not judgmental."""
    conversation = analyze_conversation(
        [("A", "You always make me laugh."), ("B", "You're such a good listener.")]
    )
    assert conversation.first_judgmental_turn is None
    assert all(summary.judgmental_turns == 0 for summary in conversation.speakers)
    assert "first judgmental" not in conversation.describe()


def test_conversation_edge_cases() -> None:
    """Empty conversations work; unknown speakers and malformed turns raise clearly."""
    empty = analyze_conversation([])
    assert empty.turns == ()
    assert empty.speakers == ()
    assert empty.first_judgmental_turn is None
    with pytest.raises(KeyError, match="Robin"):
        analyze_conversation(CONVERSATION).speaker("Robin")
    with pytest.raises(TypeError, match=r"turns\[1\] must be a \(speaker, text\) pair"):
        analyze_conversation([("A", "hi"), "just a string"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"for one message, pass \[text\]"):
        analyze_conversation("A: hi")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"the speaker of turns\[0\] must be a str"):
        analyze_conversation([(1, "hi")])  # type: ignore[list-item]


def test_conversation_html_escapes_speakers_and_text() -> None:
    """Speaker names and turns are escaped in the notebook view."""
    html = analyze_conversation([("<b>A</b>", "You never <i>listen</i>")])._repr_html_()
    assert "<b>A</b>" not in html
    assert "&lt;b&gt;A&lt;/b&gt;" in html
    assert "<i>listen</i>" not in html
