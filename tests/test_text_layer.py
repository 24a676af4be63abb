"""The text layer: folding, tokens, offsets, sentences, quotes and reported speech."""

from __future__ import annotations

import pytest
from hypothesis import given

from intimacy_kit.text import flags as F
from intimacy_kit.text import fold, read
from tests.strategies import any_text


def norms(text: str) -> list[str]:
    return [token.norm for token in read(text).tokens]


@given(any_text)
def test_every_token_maps_back_to_the_original(text: str) -> None:
    """Any string reads without error, and every token's span lies inside the original."""
    doc = read(text)
    for token in doc.tokens:
        assert 0 <= token.start <= token.end <= len(text)
        assert token.text == text[token.start : token.end]
    assert list(doc.starts) == sorted(doc.starts)


@given(any_text)
def test_folded_spans_map_inside_the_original(text: str) -> None:
    """Every span of the folded text maps to a span of the original, in order."""
    folded = fold(text)
    previous = 0
    for index in range(len(folded.text)):
        start, end = folded.original_span(index, index + 1)
        assert previous <= start < end <= len(text)
        previous = start


@given(any_text)
def test_sentences_cover_every_token_once(text: str) -> None:
    """Sentences are consecutive ranges of tokens that together cover the message."""
    doc = read(text)
    covered = [index for first, last in doc.sentences() for index in range(first, last)]
    assert covered == list(range(len(doc)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You're lazy", ["you", "'re", "lazy"]),
        ("dont", ["do", "n't"]),
        ("u r so annoying", ["you", "are", "so", "annoying"]),
        ("ur so lazy", ["you", "'re", "so", "lazy"]),
        ("ur mum", ["your", "mum"]),
        ("your an idiot", ["you", "'re", "an", "idiot"]),
        ("your lazy brother", ["your", "lazy", "brother"]),
        ("Ill call you", ["i", "'ll", "call", "you"]),
        ("I'm ill today", ["i", "'m", "ill", "today"]),
        ("its not fair", ["it", "'s", "not", "fair"]),
        ("sooooo stuuupid", ["so", "stupid"]),
        ("neverrrr", ["never"]),
        ("gooood", ["good"]),
        ("1d10t", ["idiot"]),
        ("l0ser", ["loser"]),
        ("k i l l", ["kill"]),
        ("k.i.l.l", ["kill"]),
        ("k-i-l-l", ["kill"]),
        ("u r a", ["you", "are", "a"]),
        ("idk", ["i", "do", "n't", "know"]),
    ],
)
def test_words_are_read_as_meant(text: str, expected: list[str]) -> None:
    """Contractions, chat spellings, stretched, leetspeak and spaced-out letters are read."""
    assert norms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'll kill you",
        "I’ll kill you",  # curly apostrophe
        "I'll k\u200bill you",  # zero-width space
        "Ｉ'll ｋｉｌｌ ｙｏｕ",  # full width
        "I'll kiiiill you",
        "I'll\u00a0kill\u00a0you",  # non-breaking spaces
        "I'll ki\u00adll you",  # soft hyphen
        "I'll \u202ekill you",  # right-to-left override
        "I'll k\u0456ll you",  # Cyrillic i
        "I'll k1ll you",
        "I'll k i l l you",
        "I'll k.i.l.l you",
        "I'll 🔪 kill you",
        "I'll ki\u0301ll you",  # combining accent
        "Ill kill you",
        "I'l kill u",
        "I'll kill ｕ",
        "I'll kіll yоu",  # Cyrillic i and o
    ],
)
def test_one_threat_reads_the_same_however_it_is_spelled(text: str) -> None:
    """Eighteen spellings of one plain threat read as the same words."""
    words = [norm for norm in norms(text) if norm[0].isalnum() or norm[0] == "'"]
    assert words == ["i", "'ll", "kill", "you"]


def test_a_token_keeps_its_original_characters() -> None:
    """A folded token still shows the characters the writer typed."""
    doc = read("ＹＯＵ are sooo LAZY")
    assert [token.text for token in doc.tokens] == ["ＹＯＵ", "are", "sooo", "LAZY"]
    assert doc.tokens[3].flags & F.SHOUTED


def test_quotes_and_reported_speech_are_marked() -> None:
    """Words inside quote marks and after "she said" are not the writer's own."""
    doc = read("She said you're lazy. You said 'fine'. I'm tired.")
    quoted = [token.norm for token in doc.tokens if token.is_quoted]
    assert quoted == ["you", "'re", "lazy", ".", "'", "fine", "'", "."]


def test_an_apostrophe_is_not_a_quote() -> None:
    """Apostrophes inside and at the end of words open no quotation."""
    doc = read("It's Sam's car, not the kids' car.")
    assert not any(token.is_quoted for token in doc.tokens)


def test_a_story_is_reported_speech() -> None:
    """What follows "in the movie" is someone else's line."""
    doc = read("In the movie he yells you'll regret this")
    assert doc.tokens[-1].is_quoted


def test_sentences_end_at_final_punctuation_and_line_breaks() -> None:
    """Full stops, question and exclamation marks and line breaks end sentences."""
    doc = read("Mr. Smith called. Why?! ok\nsee you")
    assert [doc.text[s:e] for s, e in doc.sentence_spans()] == [
        "Mr. Smith called.",
        "Why?!",
        "ok",
        "see you",
    ]


def test_phrases_of_the_vocabulary_are_found() -> None:
    """Phrases such as "all the time" are found as runs of tokens."""
    doc = read("you do it all the time")
    assert (3, 6, "all the time") in doc.phrases


def test_a_huge_word_is_read_as_one_token() -> None:
    """A megabyte-long word is one token, read as typed."""
    word = "a" * 1_000_000
    doc = read(f"you {word}!")
    assert len(doc) == 3
    assert doc.norms[1] == word
