"""The batch helpers and flat records: lazy, checked, and ready for a data frame."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import intimacy_kit as ik

MESSAGES = ["Calm down.", "Thanks for dinner!", "You never listen.", "Whatever."]
PLAIN = (str, int, float, bool, type(None))


def test_rewrite_many_gives_what_rewrite_gives_in_order() -> None:
    """Each result equals ``rewrite`` of the same message, in the order of the input."""
    assert list(ik.rewrite_many(MESSAGES, style="xyz")) == [
        ik.rewrite(m, style="xyz") for m in MESSAGES
    ]


def test_analyze_many_gives_what_analyze_gives_in_order() -> None:
    """Each result equals ``analyze`` of the same message, with the same options."""
    gentle = ik.DEFAULT_RULES.without("stonewalling")
    got = list(ik.analyze_many(MESSAGES, rules=gentle, max_exercises=1))
    assert got == [ik.analyze(m, rules=gentle, max_exercises=1) for m in MESSAGES]


def test_batches_are_lazy() -> None:
    """An endless generator works: only the messages asked for are read."""

    def endless() -> Iterator[str]:
        while True:
            yield "You never listen."

    assert len(list(itertools.islice(ik.rewrite_many(endless()), 3))) == 3
    assert len(list(itertools.islice(ik.analyze_many(endless()), 3))) == 3


@pytest.mark.parametrize("function", [ik.rewrite_many, ik.analyze_many])
def test_batches_check_their_arguments_when_called(function: object) -> None:
    """One string, a bad style or a bad count fails at the call, not at the first item."""
    with pytest.raises(TypeError, match=r"for one message, pass \[text\]"):
        function("You never listen.")  # type: ignore[operator]
    with pytest.raises(ValueError, match="did you mean 'gordon'"):
        function(MESSAGES, style="gordn")  # type: ignore[operator]
    with pytest.raises(TypeError, match="rules must be a RuleSet"):
        function(MESSAGES, rules="absolute")  # type: ignore[operator]


def test_a_bad_item_names_its_position() -> None:
    """A message that is not a str is a TypeError naming its index in the batch."""
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str, got an int"):
        list(ik.rewrite_many(["fine", 3]))  # type: ignore[list-item]


def test_rewrite_many_takes_a_rule_set() -> None:
    """``rules=`` narrows what the rewriter treats as judgmental."""
    gentle = ik.DEFAULT_RULES.without("absolute")
    [result] = ik.rewrite_many(["You never listen."], rules=gentle)
    assert not result.changed


def test_records_per_message_are_flat_and_have_the_same_columns() -> None:
    """One row of plain values per result; every row of a kind has the same keys."""
    for results in (
        list(ik.detect_many(MESSAGES)),
        list(ik.rewrite_many(MESSAGES)),
        list(ik.analyze_many(MESSAGES)),
    ):
        rows = list(ik.to_records(results))
        assert [row["index"] for row in rows] == [0, 1, 2, 3]
        assert [row["input"] for row in rows] == MESSAGES
        assert len({tuple(row) for row in rows}) == 1
        assert all(isinstance(value, PLAIN) for row in rows for value in row.values())
    rewrites = list(ik.to_records(ik.rewrite_many(MESSAGES)))
    assert rewrites[2]["notes"] == " | ".join(ik.rewrite(MESSAGES[2]).notes)
    assert "never" in rewrites[2]["notes"]  # the note names what was taken out
    assert rewrites[1]["changed"] is False


def test_records_per_finding_have_the_finding_fields() -> None:
    """``per="finding"``: one row per finding, none for a clean message."""
    rows = list(ik.to_records(ik.detect_many(MESSAGES), per="finding"))
    assert [row["index"] for row in rows] == [0, 2, 3]
    assert set(rows[0]) == {"index", "input", *ik.detect("Calm down.")[0].to_dict()}


def test_records_refuse_what_they_cannot_flatten() -> None:
    """A plain string, a bad ``per`` or a value of another type is refused clearly."""
    with pytest.raises(TypeError, match="for one message"):
        ik.to_records("Calm down.")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="choose from message, finding"):
        ik.to_records([], per="turn")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got a dict at index 0"):
        list(ik.to_records([{"text": "hi"}]))  # type: ignore[list-item]


def test_confidence_shows_once_the_rewriter_rates_itself() -> None:
    """The confidence column reads ``Rewrite.confidence`` when there is one."""
    [row] = ik.to_records([ik.rewrite("You never listen.")])
    result = ik.rewrite("You never listen.")
    assert row["confidence"] == getattr(result, "confidence", None)


def test_the_pandas_example_in_the_guide_runs() -> None:
    """The data-frame example of the scale-out page runs as written."""
    pd = pytest.importorskip("pandas")
    page = (Path(__file__).parents[1] / "docs" / "guide" / "scale-out.md").read_text()
    [example] = [
        block
        for block in re.findall(r"```python\n(.*?)```", page, flags=re.S)
        if "import pandas" in block
    ]
    namespace: dict[str, object] = {}
    exec(compile(example, "scale-out.md", "exec"), namespace)  # our own docs, run as written
    frame = namespace["frame"]
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["input"]) == MESSAGES
    assert frame["flagged"].tolist() == [True, False, True, True]
