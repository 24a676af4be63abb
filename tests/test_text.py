"""The text layer: normalisation with offsets, sentences, tokens and quoted speech."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intimacy_kit._text import (
    inside_any,
    normalize,
    quoted_spans,
    sentence_spans,
    token_spans,
)
from tests.strategies import any_text


@given(any_text)
def test_normalize_never_raises_and_every_character_maps_back(text: str) -> None:
    """Any string normalises, and every folded character maps to a span of the original."""
    folded = normalize(text)
    assert folded.original is text
    for index in range(len(folded.text)):
        start, end = folded.original_span(index, index + 1)
        assert 0 <= start <= end <= len(text)


@given(any_text)
def test_spans_of_the_folded_text_map_to_ordered_original_spans(text: str) -> None:
    """Mapped spans keep their order, so findings stay sorted after mapping."""
    folded = normalize(text)
    previous = (0, 0)
    for index in range(len(folded.text)):
        span = folded.original_span(index, index + 1)
        assert span[0] >= previous[0]
        previous = span


@given(any_text)
def test_sentence_and_token_spans_slice_the_original_exactly(text: str) -> None:
    """Sentence and token spans are inside the text, non-empty, ordered and trimmed."""
    for spans in (sentence_spans(text), token_spans(text)):
        last_end = 0
        for start, end in spans:
            assert last_end <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            last_end = end


@given(any_text)
def test_quoted_spans_lie_inside_the_folded_text(text: str) -> None:
    """Quoted-speech spans are sorted and inside the normalised text."""
    folded = normalize(text)
    spans = quoted_spans(folded)
    assert list(spans) == sorted(spans)
    for start, end in spans:
        assert 0 <= start < end <= len(folded.text)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("You’re NOT listening", "you're not listening"),
        ("ｙｏｕ ｎｅｖｅｒ", "you never"),
        ("you\u200b never\u00a0call", "you never call"),
        ("ur soooo lazyyyy", "you're so lazy"),
        ("ur phone", "your phone"),
        ("ur out late again", "you're out late again"),
        ("your late again", "you're late again"),
        ("Your so rude", "you're so rude"),
        ("your late father", "your late father"),
        ("your so-called plan", "your so-called plan"),
        ("your never-ending list", "your never-ending list"),
        ("your so called plan", "your so called plan"),
        ("your lying has to stop", "your lying has to stop"),
        ("your being here helps", "your being here helps"),
        ("your kidding, right?", "you're kidding, right?"),
        ("your overreacting again", "you're overreacting again"),
        ("gooood job", "good job"),
        ("u dont care", "you don't care"),
        ("r u kidding", "are you kidding"),
        ("“fine”", '"fine"'),
        ("the U.S. office", "the u.s. office"),
    ],
)
def test_normalize_folds_the_spellings_people_type(raw: str, folded: str) -> None:
    """Full-width, curly, invisible, stretched and chat spellings fold to plain forms."""
    assert normalize(raw).text == folded


def test_a_folded_span_maps_back_to_what_the_user_typed() -> None:
    """A match on the folded text reports the characters as the user typed them."""
    text = "Honestly ur sooo LAZYYY 🙄"
    folded = normalize(text)
    start = folded.text.index("lazy")
    a, b = folded.original_span(start, start + len("lazy"))
    assert text[a:b] == "LAZYYY"
    start = folded.text.index("you're")
    a, b = folded.original_span(start, start + len("you're"))
    assert text[a:b] == "ur"


def test_plain_ascii_needs_no_offset_map() -> None:
    """Ordinary ASCII text takes the fast path that lines up one-to-one."""
    assert normalize("Could we talk tonight?").is_identity


def test_sentences_respect_common_abbreviations() -> None:
    """Abbreviations such as Dr. and e.g. do not end a sentence."""
    text = "I saw Dr. Patel today. She said e.g. rest helps! Okay?"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "I saw Dr. Patel today.",
        "She said e.g. rest helps!",
        "Okay?",
    ]


def test_tokens_split_contractions_like_treebank() -> None:
    """Token spans follow the Treebank conventions for contractions and punctuation."""
    text = "You can't be serious!"
    assert [text[a:b] for a, b in token_spans(text)] == ["You", "ca", "n't", "be", "serious", "!"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He wrote "you never listen" on the card.', ['"you never listen"']),
        ("She kept saying 'you're so lazy' in the play", ["'you're so lazy'"]),
        ("Chris' car isn't here and I don't mind", []),
        ("My mom said you're selfish", ["my mom said you're selfish"]),
    ],
)
def test_quoted_and_reported_speech_are_found(text: str, quoted: list[str]) -> None:
    """Quotes and third-party reported speech are found; apostrophes are not quotes."""
    folded = normalize(text)
    spans = quoted_spans(folded)
    found = [folded.text[a:b] for a, b in spans]
    for expected in quoted:
        assert expected in found


def test_inside_any_checks_containment() -> None:
    """A span counts as inside only when it is wholly within one of the spans."""
    spans = ((0, 5), (10, 20))
    assert inside_any(spans, 11, 19)
    assert not inside_any(spans, 4, 11)
    assert not inside_any((), 0, 1)


@given(st.integers(min_value=1, max_value=4))
def test_pathological_quotes_and_repeats_finish(scale: int) -> None:
    """Walls of quotes, apostrophes and repeated words are handled in linear time."""
    for text in ("'" * 20_000 * scale, '"' * 20_000 * scale, "a 'b " * 5_000 * scale):
        folded = normalize(text)
        quoted_spans(folded)
        sentence_spans(text)
