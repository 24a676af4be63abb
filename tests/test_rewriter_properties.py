"""Guarantees of the rewriter that hold for any input: each one a property test."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from hypothesis import given, settings
from hypothesis import strategies as st

from intimacy_kit import detect
from intimacy_kit.lexicon._feelings import feeling
from intimacy_kit.rewriting._model import STYLES, Rewrite
from intimacy_kit.rewriting._rewriter import rewrite
from tests.strategies import any_text, judgmental_messages

messages = st.one_of(any_text, judgmental_messages())
styles = st.sampled_from(STYLES)


@given(messages, styles)
def test_any_string_gives_a_result_never_an_exception(text: str, style: str) -> None:
    """Any ``str`` in, in any style: a Rewrite out, whose original is the input."""
    result = rewrite(text, style=style)
    assert isinstance(result, Rewrite)
    assert result.original is text
    assert result.changed == (result.text != text)


@given(messages, styles)
def test_a_clean_message_comes_back_unchanged(text: str, style: str) -> None:
    """When the detector finds nothing, the text is returned as the very same object."""
    if detect(text):
        return
    result = rewrite(text, style=style)
    assert result.text is text
    assert not result.changed
    assert not result.declined


@given(judgmental_messages(), styles)
def test_the_output_has_no_findings(text: str, style: str) -> None:
    """``detect(rewrite(x).text) == ()`` unless the rewrite was declined."""
    result = rewrite(text, style=style)
    if result.declined:
        assert result.text is text
    else:
        assert detect(result.text) == (), result.text


@given(messages, styles)
def test_rewriting_the_output_changes_nothing(text: str, style: str) -> None:
    """Idempotence: the rewrite of a rewrite is the rewrite itself."""
    once = rewrite(text, style=style)
    twice = rewrite(once.text, style=style)
    assert twice.text == once.text
    assert once.declined or not twice.changed


# "I feel …", "I felt …", "I'm feeling …", with an intensifier or two before the feeling.
_FEELING_NAMED = re.compile(
    r"\bI(?: feel|'m feeling| am feeling| felt) (?:(?:so|really|very|quite|a bit|a little) )*"
    r"([a-z]+(?: [a-z]+)?)"
)


def _names_a_real_feeling(words: str) -> bool:
    """Whether the one or two words after "I feel" start with a word of the feelings lexicon."""
    return feeling(words) is not None or feeling(words.split()[0]) is not None


@given(judgmental_messages(), styles)
def test_a_changed_message_names_a_real_feeling(text: str, style: str) -> None:
    """Every rewrite that changes the message names real feelings, never faux ones.

    The feeling of its parts is a word of the feelings lexicon, and whatever the text says
    the speaker feels ("I feel …", "I felt …") is one too, never "ignored" or "abandoned".
    (The smallest rewrite, which only takes abuse out and keeps the writer's words, has
    no parts and names no feeling of its own.)
    """
    result = rewrite(text, style=style)
    if result.declined or not result.changed:
        return
    for word in result.parts.feeling.split(" and ") if result.parts.feeling else ():
        assert feeling(word) is not None, word
    for named in _FEELING_NAMED.findall(result.text):
        assert _names_a_real_feeling(named), (named, result.text)


@given(messages, styles)
def test_rewrite_is_deterministic(text: str, style: str) -> None:
    """The same message gives the same result, every time."""
    assert rewrite(text, style=style) == rewrite(text, style=style)


@settings(max_examples=20)
@given(st.lists(judgmental_messages(), min_size=4, max_size=8))
def test_results_are_the_same_across_threads(texts: list[str]) -> None:
    """Rewrites computed in threads equal the ones computed in order."""
    expected = [rewrite(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(rewrite, texts)) == expected


def test_results_are_the_same_across_processes() -> None:
    """A different hash seed in a fresh interpreter gives the same rewrites."""
    samples = [
        "You never help with the dishes!",
        "I feel ignored. You're so lazy, and you don't care about me.",
        "Why can't you be more like your brother? Fine, whatever.",
    ]
    code = (
        "import sys, json; from intimacy_kit import rewrite; "
        "print(json.dumps([rewrite(t).to_dict() for t in json.loads(sys.argv[1])]))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code, json.dumps(samples)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == [rewrite(t).to_dict() for t in samples]


def test_a_long_message_full_of_judgments_gives_a_clean_rewrite() -> None:
    """A 100 KB message full of judgments is rewritten in one call into a clean message.

    Only the result is checked here; speed and scaling are measured in ``benchmarks/``.
    """
    unit = "You never listen to me!!! u r sooo lazy 🙄 \u200b I feel ignored. Thanks. "
    text = unit * (100_000 // len(unit))
    result = rewrite(text)
    assert result.changed
    assert not result.declined
    assert detect(result.text) == ()


def test_unpaired_surrogates_and_invisible_characters_are_fine() -> None:
    """Lone surrogates, zero-width characters and full-width letters do not break it."""
    for text in ("\ud800 you never listen \udfff", "ｙｏｕ ｎｅｖｅｒ ｌｉｓｔｅｎ", "\u200b" * 50):
        for style in STYLES:
            result = rewrite(text, style=style)
            assert result.declined or detect(result.text) == ()
            assert rewrite(result.text, style=style).text == result.text


@given(judgmental_messages())
def test_a_declined_threat_keeps_the_text(text: str) -> None:
    """A declined message comes back as the very same object, with a reason and no parts."""
    result = rewrite(text)
    if not result.declined:
        return
    assert result.text is text
    assert not result.changed
    assert result.reason
    assert result.parts.is_empty
    assert result.edits == ()
