"""The shared argument checks: one kind of exception per kind of mistake, said in words."""

from __future__ import annotations

import pytest

from intimacy_kit._checks import (
    check_choice,
    check_int,
    check_messages,
    check_rules,
    check_text,
    closest,
)


@pytest.mark.parametrize("value", [True, False, 2.0, float("nan"), None, "3", b"3"])
def test_check_int_refuses_everything_that_is_not_an_int(value: object) -> None:
    """bool, float (even whole or nan), None and strings are a TypeError naming the type."""
    with pytest.raises(TypeError, match=r"^f\(\): n must be an int, got "):
        check_int(value, "n", "f")


def test_check_int_says_nan_plainly() -> None:
    """A nan is shown as ``nan`` in the message."""
    with pytest.raises(TypeError, match=r"got a float \(nan\)"):
        check_int(float("nan"), "n", "f")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"minimum": 1}, "at least 1, got 0"),
        ({"maximum": -1}, "at most -1, got 0"),
        ({"minimum": 1, "maximum": 5}, "between 1 and 5, got 0"),
    ],
)
def test_check_int_out_of_range_is_a_value_error(kwargs: dict[str, int], message: str) -> None:
    """An int outside the bounds is a ValueError that states the bounds."""
    with pytest.raises(ValueError, match=message):
        check_int(0, "n", "f", **kwargs)


@pytest.mark.parametrize("value", ["one message", b"bytes", {"text": "hi"}, 3, None])
def test_check_messages_refuses_a_single_message_or_a_non_iterable(value: object) -> None:
    """A str, bytes, a dict or a non-iterable is a TypeError, not a batch of characters."""
    with pytest.raises(TypeError, match="must be an iterable of messages"):
        check_messages(value, "texts", "f")


def test_check_messages_keeps_generators_lazy() -> None:
    """A generator is returned as it is, not consumed."""
    generator = (text for text in ["a", "b"])
    assert check_messages(generator, "texts", "f") is generator
    assert list(generator) == ["a", "b"]


def test_check_text_hints_at_the_fix() -> None:
    """Bytes suggest decoding; a list suggests the batch function."""
    with pytest.raises(TypeError, match="decode it first"):
        check_text(b"x", "text", "detect")
    with pytest.raises(TypeError, match=r"use detect_many\(\)"):
        check_text(["x"], "text", "detect")


def test_check_choice_lists_the_choices_and_the_closest() -> None:
    """An unknown name is a ValueError with the closest choice and all of them."""
    with pytest.raises(ValueError, match=r"did you mean 'gordon'\? \(choose from nvc, gordon"):
        check_choice("GORDN", ("nvc", "gordon", "xyz"), "style", "rewrite")
    with pytest.raises(ValueError, match=r"unknown style 'q' \(choose from"):
        check_choice("q", ("nvc", "gordon", "xyz"), "style", "rewrite")


def test_closest_ignores_case_and_keeps_the_original_spelling() -> None:
    """Matches are found case-insensitively and given as spelled in the choices."""
    assert closest("MIND_READNG", ["mind_reading", "label"]) == ["mind_reading"]


def test_check_rules_accepts_none_as_the_defaults() -> None:
    """``None`` stands for DEFAULT_RULES; anything but a RuleSet is a TypeError."""
    from intimacy_kit import DEFAULT_RULES

    assert check_rules(None, "rules", "f") is DEFAULT_RULES
    with pytest.raises(TypeError, match="rules must be a RuleSet"):
        check_rules(list(DEFAULT_RULES), "rules", "f")
