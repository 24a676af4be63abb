"""Reading a "you" clause: who did what, and the words that say it without the judgment.

"You never help with the dishes!" is a subject ("you"), a habit word ("never"), a verb
("help") and what follows ("with the dishes"). The rewriter turns that into an
observation ("you don't help with the dishes") and a request ("help with the dishes").
The words kept are the message's own, minus what carries the judgment: fillers, swear
words, insults, "always"/"never"/"again", emoji.

>>> from intimacy_kit.text import read
>>> clause = you_clause(read("You NEVER help with the fucking dishes!"), 0, 9)
>>> clause.lemma, clause.negative, clause.habitual, clause.rest_words
('help', True, True, ['with', 'the', 'dishes'])
>>> observation(clause)
"you don't help with the dishes"
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import Final

import attrs

from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.rewriting._grammar import base_form, is_past, is_verb, join_words, token_words
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F

__all__ = ["YouClause", "clean_words", "observation", "request_phrase", "you_clause"]

_AUXILIARIES: Final = frozenset("do does did 'll will would 'd can ca could should must have has had 've".split())
_NEGATIONS: Final = frozenset({"n't", "not", "never"})
_STOP_WORDS: Final = frozenset({"but", "because", "cause", "'cause", "cos", "so", "though", "or", "when", "while", "if", "unless"})
# Words that only carry emphasis or the habit: dropped from what is kept.
_HABIT_WORDS: Final = frozenset(
    "again ever even anymore still constantly continually forever always never just literally "
    "seriously honestly actually really totally completely obviously clearly once".split()
)
_DROPPED_CLASSES: Final = (
    "FILLER_ADVERB",
    "DISCOURSE_PARTICLE",
    "SWEAR",
    "SWEAR_INTENSIFIER",
    "EXPLETIVE_PHRASE",
    "INSULT",
    "INSULT_AMBIGUOUS",
    "ALWAYS",
    "NEVER",
    "HEDGE",
)
_MAX_REST: Final = 14
_PAST_TIMES: Final = frozenset(
    """
    yesterday|last night|last week|last time|this morning|earlier|earlier today|before|
    at the party|on my birthday|that time|ago|a week ago|again today|today|tonight
    """.replace("\n", "").split("|")
)


@attrs.frozen
class YouClause:
    """A clause with "you" as its subject, read for rewriting."""

    subject: int
    """The token of "you"."""
    verb: int
    """The token of the main verb, or of "be" when the clause describes the person."""
    lemma: str
    """The verb's lemma ("be" for a description)."""
    negative: bool
    """Whether the clause is negative ("never", "not", "n't")."""
    habitual: bool
    """Whether the clause speaks of a habit ("always", "never", "every time")."""
    past: bool
    """Whether the verb is in the past."""
    rest_words: list[str] = attrs.field(eq=False)
    """The words after the verb that are kept, as written back out."""


@functools.cache
def _masks() -> tuple[int, int, int, int]:
    vocabulary = get_vocabulary()
    dropped = 0
    for name in _DROPPED_CLASSES:
        if name in vocabulary.class_names:
            dropped |= vocabulary.bit(name)
    habit = vocabulary.bit("ALWAYS") | vocabulary.bit("NEVER")
    return vocabulary.bit("YOU"), dropped, habit, vocabulary.bit("BE")


def clean_words(doc: Doc, first: int, last: int) -> list[str]:
    """The words of tokens ``first`` to ``last - 1`` without what carries the judgment."""
    vocabulary = get_vocabulary()
    _, dropped, _, _ = _masks()
    in_phrases = _dropped_phrase_tokens(doc, first, last)
    kept = []
    for index in range(first, last):
        if index in in_phrases:
            continue
        norm = doc.norms[index]
        flags = doc.flags[index]
        if flags & (F.SYMBOL | F.EMOTICON | F.QUOTE) or norm in _HABIT_WORDS:
            continue
        if vocabulary.classes_of(norm) & dropped and norm not in ("so", "such", "a", "like"):
            continue
        kept.append(index)
    words = token_words(doc, kept)
    while words and not words[-1][0].isalnum():
        words.pop()  # no trailing punctuation or dangling comma
    while words and words[-1] in ("and", "or", "but", "the", "a", "to", "with", "of", "so", "like"):
        words.pop()
    return words


def _dropped_phrase_tokens(doc: Doc, first: int, last: int) -> set[int]:
    """Tokens of phrases that carry the judgment ("every night", "all the time")."""
    vocabulary = get_vocabulary()
    _, dropped, _, _ = _masks()
    tokens: set[int] = set()
    position = bisect.bisect_left(doc.phrases, (first, -1, ""))
    while position < len(doc.phrases) and doc.phrases[position][0] < last:
        begin, end, phrase = doc.phrases[position]
        if vocabulary.phrase_classes(phrase) & dropped:
            tokens.update(range(begin, min(end, last)))
        position += 1
    return tokens


def _clause_end(doc: Doc, start: int, limit: int) -> int:
    """Where the clause that starts at ``start`` ends: punctuation, "but", a new subject."""
    end = start
    vocabulary = get_vocabulary()
    person = vocabulary.bit("YOU") | vocabulary.bit("SPEAKER") | vocabulary.bit("THIRD_PERSON")
    while end < limit and end - start < _MAX_REST:
        norm, flags = doc.norms[end], doc.flags[end]
        if flags & (F.SENTENCE_END | F.CLAUSE_BREAK) or norm in _STOP_WORDS:
            break
        if flags & F.COMMA and end + 1 < limit and vocabulary.classes_of(doc.norms[end + 1]) & person:
            break
        if norm == "and" and end + 1 < limit and vocabulary.classes_of(doc.norms[end + 1]) & person:
            break
        end += 1
    return end


def you_clause(doc: Doc, first: int, last: int) -> YouClause | None:
    """The first clause with "you" as subject and a verb, in tokens ``first``–``last``.

    A question ("why are you always late?") counts: its "be" comes before "you".
    """
    you, _, _, be = _masks()
    vocabulary = get_vocabulary()
    for subject in range(first, last):
        if doc.norms[subject] != "you" or not vocabulary.classes_of(doc.norms[subject]) & you:
            continue
        before = doc.norms[subject - 1] if subject > first else ""
        if vocabulary.classes_of(before) & be:
            return _clause(doc, subject, subject, "be", last, past=before in ("was", "were"))
        found = _verb_after(doc, subject, last)
        if found is not None:
            verb, lemma = found
            return _clause(doc, subject, verb, lemma, last, past=is_past(doc.norms[verb]))
    return None


def _verb_after(doc: Doc, subject: int, last: int) -> tuple[int, str] | None:
    """The main verb after the subject, past auxiliaries, negation and habit words."""
    _, dropped, habit, be = _masks()
    vocabulary = get_vocabulary()
    fillers = vocabulary.bit("FILLER_ADVERB")
    for index in range(subject + 1, min(last, subject + 8)):
        norm = doc.norms[index]
        classes = vocabulary.classes_of(norm)
        if classes & be:
            return index, "be"
        if norm in _AUXILIARIES or norm in _NEGATIONS or norm in _HABIT_WORDS:
            continue
        if is_verb(norm) and not classes & (fillers | habit):
            return index, base_form(norm)
        if not classes & (dropped | habit):
            return None
    return None


def _clause(doc: Doc, subject: int, verb: int, lemma: str, last: int, *, past: bool) -> YouClause:
    """The clause of the verb at ``verb``; negation and habit words count on both sides."""
    vocabulary = get_vocabulary()
    _, _, habit, _ = _masks()
    end = _clause_end(doc, verb + 1, last)
    span = range(subject, end)
    negative = any(doc.norms[i] in _NEGATIONS for i in span)
    habitual = any(vocabulary.classes_of(doc.norms[i]) & habit for i in span)
    rest = clean_words(doc, max(verb, subject) + 1, end)
    return YouClause(subject, verb, lemma, negative, habitual, past, rest)


def _be(clause: YouClause) -> str:
    if clause.past:
        return "weren't" if clause.negative else "were"
    return "aren't" if clause.negative else "'re"


def observation(clause: YouClause) -> str:
    """What the clause says happened, as words that complete "When …"."""
    if clause.lemma == "be":
        return join_words(["you", _be(clause), *clause.rest_words])
    if clause.negative:
        auxiliary = "didn't" if clause.past else "don't"
        return join_words(["you", auxiliary, clause.lemma, *clause.rest_words])
    if clause.past:
        return join_words(["you", _past_form(clause.lemma), *clause.rest_words])
    return join_words(["you", clause.lemma, *clause.rest_words])


def _past_form(lemma: str) -> str:
    from intimacy_kit.rewriting._grammar import past  # noqa: PLC0415 - one helper module

    return past(lemma)


def request_phrase(clause: YouClause) -> str | None:
    """The clause as something to ask for, completing "Would you be willing to …?".

    Only a negative clause about an action becomes a request ("you never call" → "call");
    a habit the speaker wants less of, or a description, does not. Words that tie it to
    the past ("last night", "yesterday") are dropped: a request is about what comes next.
    """
    if clause.lemma == "be" or not clause.negative:
        return None
    words = list(clause.rest_words)
    for size in (3, 2, 1):
        if len(words) >= size and " ".join(words[-size:]) in _PAST_TIMES:
            del words[-size:]
            break
    return join_words([clause.lemma, *words])


def words_of(doc: Doc, indexes: Sequence[int]) -> str:
    """Some tokens written back out as words."""
    return join_words(token_words(doc, indexes))
