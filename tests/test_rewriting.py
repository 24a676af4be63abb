"""The staged rewriter: what a user can rely on in every rewrite."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import intimacy_kit as ik
from intimacy_kit.lexicon._feelings import feeling
from intimacy_kit.rewriting._clause import observation, request_phrase, you_clause
from intimacy_kit.rewriting._phrases import (
    NEED_EFFECTS,
    PAUSE_REQUESTS,
    REQUESTS_BY_TOPIC,
    STATEMENTS,
)
from intimacy_kit.text import read
from tests.strategies import any_text

JUDGMENTS = (
    "You never help with the dishes!",
    "You always leave your socks on the floor, you slob.",
    "You're so lazy.",
    "ur such a selfish idiot",
)


@pytest.mark.parametrize("text", ["Could you pick up milk?", "I missed you today.", ""])
def test_a_clean_message_comes_back_unchanged(text: str) -> None:
    """A message without judgment is returned as it was, not rewritten."""
    result = ik.rewrite(text)
    assert (result.text, result.changed, result.declined) == (text, False, False)
    assert result.confidence == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Do that again and you'll be sorry.",
        "I'll kill you.",
        "If you leave I'll kill myself.",
        "Go kill yourself.",
        "I know where you live.",
    ],
)
def test_threats_are_declined_and_left_as_they_were(text: str) -> None:
    """A threat, ultimatum or self-harm statement is declined with a reason, never softened."""
    result = ik.rewrite(text)
    assert result.declined and not result.changed
    assert result.text == text
    assert result.reason and "help" in result.reason or "crisis" in (result.reason or "")


def test_a_threat_is_declined_even_when_the_threat_rules_are_left_out() -> None:
    """Narrowing the rule set cannot turn a threat into a polite request."""
    result = ik.rewrite("I'll smash your face in.", rules=ik.DEFAULT_RULES.without("threat"))
    assert result.declined


@pytest.mark.parametrize("text", JUDGMENTS)
def test_a_rewrite_is_itself_clean(text: str) -> None:
    """The detector finds nothing in a rewrite, so rewriting it again changes nothing."""
    result = ik.rewrite(text)
    assert result.changed
    assert ik.detect(result.text) == ()
    assert ik.rewrite(result.text).text == result.text


@pytest.mark.parametrize("text", JUDGMENTS)
def test_the_feeling_named_is_a_real_feeling(text: str) -> None:
    """The feeling of a rewrite is in the feelings lexicon, never an evaluation."""
    parts = ik.rewrite(text).parts
    assert parts.feeling is not None
    assert feeling(parts.feeling) is not None


def test_an_absolute_keeps_the_subject_and_drops_the_absolute() -> None:
    """"You never help with the dishes" keeps the dishes and loses the "never"."""
    result = ik.rewrite("You never help with the dishes!")
    assert "dishes" in result.text
    assert "never" not in result.text.lower()
    assert result.parts.request == "help with the dishes"


def test_insults_and_swear_words_do_not_survive() -> None:
    """No insult or swear word of the original is in the rewrite."""
    result = ik.rewrite("You always leave your fucking socks on the floor, you slob.")
    assert "slob" not in result.text
    assert "fuck" not in result.text.lower()
    assert "socks" in result.text


def test_a_request_about_the_past_is_about_next_time() -> None:
    """A complaint about what did not happen asks for next time, not for the past."""
    doc = read("You never called me back last night.")
    clause = you_clause(doc, 0, len(doc))
    assert clause is not None
    assert observation(clause) == "you didn't call me back last night"
    assert request_phrase(clause) == "call me back"


def test_styles_shape_the_statement() -> None:
    """Gordon's I-message asks for nothing; the XYZ form starts with the situation."""
    text = "You never help with the dishes!"
    assert "?" not in ik.rewrite(text, style="gordon").text
    assert ik.rewrite(text, style="xyz").text.startswith("When you")


def test_confidence_is_lower_without_an_observation() -> None:
    """A bare label gives less to build on than a named behaviour."""
    named = ik.rewrite("You never help with the dishes!").confidence
    bare = ik.rewrite("You're so lazy.").confidence
    assert 0.0 <= bare < named <= 1.0


def test_a_bad_style_is_refused_with_the_choices() -> None:
    """An unknown style raises ValueError naming the parameter and the valid styles."""
    with pytest.raises(ValueError, match="style 'bogus'.*nvc"):
        ik.rewrite("You never listen.", style="bogus")  # type: ignore[arg-type]


def test_rewrite_is_deterministic() -> None:
    """The same message always gets the same rewrite."""
    assert {ik.rewrite("You're so lazy.").text for _ in range(3)} == {
        ik.rewrite("You're so lazy.").text
    }


def test_every_phrase_of_the_tables_is_clean() -> None:
    """The rewriter's own phrases are never flagged by the detector."""
    phrases = [
        *PAUSE_REQUESTS,
        *(text for options in STATEMENTS.values() for text in options),
        *(f"Would you be willing to {r}?" for r in REQUESTS_BY_TOPIC.values()),
        *(f"I feel sad, because {effect}." for effect in NEED_EFFECTS.values()),
    ]
    flagged = [phrase for phrase in phrases if ik.detect(phrase)]
    assert flagged == []


@settings(max_examples=150)
@given(any_text)
def test_any_text_gets_a_rewrite_without_error(text: str) -> None:
    """Any string is rewritten (or left alone) without an exception; confidence in [0, 1]."""
    result = ik.rewrite(text)
    assert result.original == text
    assert 0.0 <= result.confidence <= 1.0
    if result.declined or not result.findings:
        assert result.text == text
