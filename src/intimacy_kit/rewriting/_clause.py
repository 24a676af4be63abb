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

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from intimacy_kit.lexicon import Vocabulary, get_vocabulary
from intimacy_kit.rewriting._grammar import (
    base_form,
    is_noun,
    is_past,
    is_verb,
    join_words,
    token_words,
)
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F

__all__ = [
    "MENTAL_VERBS",
    "YouClause",
    "clean_words",
    "guess_words",
    "observation",
    "request_phrase",
    "subject_phrase",
    "you_clause",
]

_AUXILIARIES: Final = frozenset(
    "do does did 'll will would 'd can ca could should must have has had 've".split()
)
_NEGATIONS: Final = frozenset({"n't", "not", "never"})
_MAIN_AUXILIARIES: Final = {
    "do": "do",
    "does": "do",
    "did": "do",
    "have": "have",
    "has": "have",
    "had": "have",
}
# "because …" is part of a guess about motives: "you're only nice because you feel guilty".
_REASONS: Final = frozenset({"because", "cause", "'cause", "cos", "so"})
_STOP_WORDS: Final = frozenset(
    {
        "but",
        "because",
        "cause",
        "'cause",
        "cos",
        "so",
        "though",
        "or",
        "when",
        "while",
        "if",
        "unless",
    }
)
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
    "SCORNED_PURSUIT_MODIFIER",
)
# Words that belittle what follows a possessive: "your little gadgets", "your weird plants".
_BELITTLING: Final = frozenset(
    "little weird silly dumb stupid precious so-called pathetic tiny".split()
)
_MAX_REST: Final = 14
# After "and" or a comma, these start a new clause: "I cleaned up and it feels like …".
_NEW_SUBJECTS: Final = frozenset(
    {"it", "that", "this", "there", "then", "now", "nobody", "everyone"}
)
# Before "you", these make the clause ironic: "like you ever help", "as if you care".
_IRONIC_LEADS: Final = frozenset({"like", "if", "though"})
# Verbs of the mind: "you think …", "you want …" are guesses, not something one saw.
MENTAL_VERBS: Final = frozenset(
    "think believe know expect assume suppose reckon want care feel mean realise realize "
    "understand imagine wish pretend plan intend need like love hate".split()
)
_PRONOUNS: Final = frozenset({"i", "you", "he", "she", "they", "we", "it"})
# After these, "you" is an object ("every talk with you"), not the subject.
_PREPOSITIONS: Final = frozenset(
    "with to for at about from of by on than around without behind near against".split()
)
_WH_WORDS: Final = frozenset("what how where who whatever everything".split())
# After a comma, these start an afterthought ("…, not once in eight years").
_AFTERTHOUGHTS: Final = frozenset(
    "not never ever even every all no as like right eh huh yeah innit okay ok are is do does "
    "did were was have has can will would".split()
)
# Phrases that only say how often (dropped whole, so no "for in your life" is left).
_HOW_OFTEN: Final = (
    ("every", "time", "you", "can"),
    ("every", "chance", "you", "get"),
    ("whenever", "you", "can"),
    ("for", "once", "in", "your", "life"),
    ("once", "in", "your", "life"),
    ("for", "once"),
    ("once", "in", "a", "while"),
    ("not", "once"),
    ("for", "a", "change"),
    ("every", "single", "time"),
    ("every", "time"),
    ("all", "the", "time"),
)
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
    in_phrases = _dropped_phrase_tokens(doc, first, last) | _how_often_tokens(doc, first, last)
    kept: list[int] = []
    joins: list[int] = []  # where "when" stands for a dropped "every time" that joins a clause
    for index in range(first, last):
        if index in in_phrases:
            if _joins_a_clause(doc, index, last, in_phrases):
                joins.append(len(kept))
            continue
        norm = doc.norms[index]
        flags = doc.flags[index]
        if flags & (F.SYMBOL | F.EMOTICON | F.QUOTE) or norm in _HABIT_WORDS:
            continue
        if norm in _BELITTLING and index > 0 and doc.norms[index - 1] in _OWNERS:
            continue
        if (
            vocabulary.classes_of(norm) & dropped
            and norm not in ("so", "such", "a", "like")
            and not _particle_inside(doc, index, vocabulary)
            and not _needed(doc, index)
        ):
            continue
        kept.append(index)
    words = token_words(doc, kept)
    for position in reversed(joins):
        if position < len(words):
            words.insert(position, "when")
    while words and not words[-1][0].isalnum():
        words.pop()  # no trailing punctuation or dangling comma
    while words and words[-1] in ("and", "or", "but", "the", "a", "to", "with", "of", "so", "like"):
        words.pop()
    return words


_OWNERS: Final = frozenset("your my his her their our the a this that".split())
_SUBJECTS: Final = frozenset("i we you he she they it my your our his her their".split())


def _joins_a_clause(doc: Doc, index: int, last: int, dropped: set[int]) -> bool:
    """Whether a dropped "every time" / "each time" at ``index`` opens a clause of its own.

    In "you're late every time we make plans" it works as "when": without it the two
    clauses run together, so the rewrite says "when" in its place.
    """
    after = index + 1
    return (
        doc.norms[index] == "time"
        and index > 0
        and doc.norms[index - 1] in ("every", "each")
        and after < last
        and after not in dropped
        and doc.norms[after] in _SUBJECTS
    )


def _needed(doc: Doc, index: int) -> bool:
    """Whether a filler-looking word is part of the phrase.

    As in "your way" (a noun after a possessive) and "rather than".
    """
    before = doc.norms[index - 1] if index else ""
    after = doc.norms[index + 1] if index + 1 < len(doc) else ""
    return before in _OWNERS or (doc.norms[index] == "rather" and after == "than")


def _particle_inside(doc: Doc, index: int, vocabulary: Vocabulary) -> bool:
    """Whether a discourse particle is a plain word here.

    "look" in "make me look bad" is a verb; only at a clause's edge, set off by a comma
    ("look, …"), is it a particle.
    """
    classes = vocabulary.classes_of(doc.norms[index])
    if (
        not classes & vocabulary.bit("DISCOURSE_PARTICLE")
        or classes
        & ~(vocabulary.bit("DISCOURSE_PARTICLE") | vocabulary.bit("FILLER_ADVERB"))
        & _masks()[1]
    ):
        return False
    edge_before = index == 0 or bool(doc.flags[index - 1] & (F.PUNCT | F.COMMA | F.SENTENCE_END))
    edge_after = index + 1 >= len(doc) or bool(
        doc.flags[index + 1] & (F.PUNCT | F.COMMA | F.SENTENCE_END)
    )
    return not (edge_before or edge_after)


_MODALS: Final = frozenset(
    "should must would 'd could can ca will 'll might may shall ought".split()
)
_HOLE_BEFORE: Final = frozenset(
    "a an the of that this some any no jack your my his her their our be being is are 're was "
    "were so such with wit at to for about like".split()
)


def _leaves_hole(doc: Doc, first: int, last: int) -> bool:
    """Whether a swear word or insult in tokens ``first`` to ``last - 1`` is a needed noun.

    As in "talk a lot of shit" and "you dirty piece of …".
    """
    vocabulary = get_vocabulary()
    nouns = 0
    for name in ("SWEAR", "INSULT", "INSULT_AMBIGUOUS"):
        nouns |= vocabulary.bit(name)
    return any(
        vocabulary.classes_of(doc.norms[i]) & nouns and i > 0 and doc.norms[i - 1] in _HOLE_BEFORE
        for i in range(first, last)
    )


def _how_often_tokens(doc: Doc, first: int, last: int) -> set[int]:
    """Tokens of the phrases of :data:`_HOW_OFTEN` in tokens ``first`` to ``last - 1``."""
    tokens: set[int] = set()
    index = first
    while index < last:
        for phrase in _HOW_OFTEN:
            if (
                tuple(doc.norms[index : index + len(phrase)]) == phrase
                and index + len(phrase) <= last
            ):
                tokens.update(range(index, index + len(phrase)))
                index += len(phrase) - 1
                break
        index += 1
    return tokens


def _dropped_phrase_tokens(doc: Doc, first: int, last: int) -> set[int]:
    """Tokens of phrases that carry the judgment ("every night", "all the time")."""
    vocabulary = get_vocabulary()
    _, dropped, _, _ = _masks()
    tokens: set[int] = set()
    for begin, end, phrase in doc.phrases_in(first, last):
        if vocabulary.phrase_classes(phrase) & dropped:
            tokens.update(range(begin, min(end, last)))
    return tokens


def _clause_end(doc: Doc, start: int, limit: int, *, reasons: bool = False) -> int | None:
    """Where the clause that starts at ``start`` ends: punctuation, "but", a new subject.

    None when it runs past :data:`_MAX_REST` words without a boundary: cutting it short
    would leave half a phrase ("in the middle" of "in the middle of the night").
    """
    end = start
    vocabulary = get_vocabulary()
    person = vocabulary.bit("YOU") | vocabulary.bit("SPEAKER") | vocabulary.bit("THIRD_PERSON")
    while end < limit:
        norm, flags = doc.norms[end], doc.flags[end]
        if flags & (F.SENTENCE_END | F.CLAUSE_BREAK) or (
            norm in _STOP_WORDS and not (reasons and norm in _REASONS)
        ):
            break
        following = doc.norms[end + 1] if end + 1 < limit else ""
        new_subject = following in _NEW_SUBJECTS or vocabulary.classes_of(following) & person
        if (flags & F.COMMA or norm in ("and", "or")) and new_subject:
            break
        if flags & F.COMMA and following in _AFTERTHOUGHTS:
            break
        end += 1
        if end - start >= _MAX_REST:
            return None
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
        before = doc.norms[subject - 1] if subject > 0 else ""
        if before in _IRONIC_LEADS and _opens_clause(doc, subject - 1):
            return None  # "like you ever help": it means the opposite of its words
        if before in _PREPOSITIONS or before in _WH_WORDS:
            continue  # an object ("with you") or a clause inside another ("what you did")
        if vocabulary.classes_of(before) & be:
            return _clause(doc, subject, subject, "be", last, past=before in ("was", "were"))
        found = _verb_after(doc, subject, last)
        if found is not None and before in ("if", "unless") and _counterfactual(doc, subject):
            continue  # "if you were more responsible": a wish about the listener, not an event
        if found is not None:
            verb, lemma = found
            # "did you say that?" is about the past too
            asked_past = "did" in doc.norms[max(first, subject - 2) : subject]
            return _clause(
                doc, subject, verb, lemma, last, past=is_past(doc.norms[verb]) or asked_past
            )
    return None


def _counterfactual(doc: Doc, subject: int) -> bool:
    """Whether the verb after ``subject`` is in the past of a condition ("if you were …")."""
    after = doc.norms[subject + 1] if subject + 1 < len(doc) else ""
    return after in ("were", "had", "'d", "did", "could", "would") or is_past(after)


_INTERJECTIONS: Final = frozenset("oh yeah yes sure right ha haha lol as and".split())


def _opens_clause(doc: Doc, index: int) -> bool:
    """Whether token ``index`` opens its clause.

    As in "Like you care" and "oh, as if you …", as opposed to "I feel like you …".
    """
    before = index - 1
    if before >= 0 and doc.norms[index] == "if" and doc.norms[before] == "as":
        before -= 1  # "as if"
    return (
        before < 0
        or bool(doc.flags[before] & (F.PUNCT | F.SENTENCE_END | F.CLAUSE_BREAK | F.COMMA))
        or doc.norms[before] in _INTERJECTIONS
    )


def _verb_after(doc: Doc, subject: int, last: int) -> tuple[int, str] | None:
    """The main verb after the subject, past auxiliaries, negation and habit words."""
    _, dropped, habit, be = _masks()
    vocabulary = get_vocabulary()
    fillers = vocabulary.bit("FILLER_ADVERB")
    auxiliary: int | None = None
    for index in range(subject + 1, min(last, subject + 8)):
        norm = doc.norms[index]
        classes = vocabulary.classes_of(norm)
        if classes & be:
            return index, "be"
        if norm in _AUXILIARIES:
            auxiliary = index
            continue
        if norm in _NEGATIONS or norm in _HABIT_WORDS:
            continue
        if is_verb(norm) and not classes & (fillers | habit):
            return index, base_form(norm)
        if not classes & (dropped | habit):
            break
    # "you did that", "you have no idea": the auxiliary is the main verb
    if auxiliary is not None and doc.norms[auxiliary] in _MAIN_AUXILIARIES:
        return auxiliary, _MAIN_AUXILIARIES[doc.norms[auxiliary]]
    return None


def _clause(
    doc: Doc, subject: int, verb: int, lemma: str, last: int, *, past: bool
) -> YouClause | None:
    """The clause of the verb at ``verb``, or None when it cannot be said back whole.

    Negation counts from just before the subject ("why don't you call") to the verb, not
    in a later clause ("you started and I didn't see it"); habit words anywhere in it.
    """
    vocabulary = get_vocabulary()
    _, _, habit, _ = _masks()
    end = _clause_end(doc, verb + 1, last)
    if end is None:
        return None
    if any(doc.norms[i] in _MODALS for i in range(subject + 1, verb)):
        return None  # "you should talk", "you must have": not something that happened
    if _leaves_hole(doc, verb + 1, end):
        return None  # "a lot of shit about me": the words cannot be said without it
    negative = any(
        doc.norms[i] in _NEGATIONS for i in range(max(0, subject - 2), verb + 1)
    ) or _fronted_negation(doc, subject)
    habitual = any(vocabulary.classes_of(doc.norms[i]) & habit for i in range(subject, end))
    rest = clean_words(doc, max(verb, subject) + 1, end)
    if lemma == "be" and not rest:
        return None  # "are you …?" with the label taken out says nothing
    return YouClause(subject, verb, lemma, negative, habitual, past, rest)


_INVERTING: Final = _AUXILIARIES | frozenset("am is are was were".split())


def _fronted_negation(doc: Doc, subject: int) -> bool:
    """Whether a negative opener inverts the clause: "Not once have you …", "At no point did you".

    The auxiliary stands before the subject, and the negation before it in the same clause.
    """
    if subject < 2 or doc.norms[subject - 1] not in _INVERTING:
        return False
    for index in range(subject - 2, max(-1, subject - 8), -1):
        if doc.flags[index] & (F.PUNCT | F.SENTENCE_END | F.CLAUSE_BREAK | F.COMMA):
            return False
        if doc.norms[index] in _NEGATIONS or doc.norms[index] == "no":
            return True
        if doc.sentence_start[index] == index:
            return False
    return False


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
    from intimacy_kit.rewriting._grammar import past

    return past(lemma)


def request_phrase(clause: YouClause) -> str | None:
    """The clause as something to ask for, completing "Would you be willing to …?".

    Only a negative clause about an action becomes a request ("you never call" → "call");
    a habit the speaker wants less of, or a description, does not. Words that tie it to
    the past ("last night", "yesterday") are dropped: a request is about what comes next.
    """
    if clause.lemma == "be" or not clause.negative or clause.lemma in MENTAL_VERBS:
        return None
    words = list(clause.rest_words)
    if _PRONOUNS & set(words):
        return None  # a clause of its own inside ("think I wouldn't find out")
    for size in (3, 2, 1):
        if len(words) >= size and " ".join(words[-size:]) in _PAST_TIMES:
            del words[-size:]
            break
    return join_words([clause.lemma, *words])


def words_of(doc: Doc, indexes: Sequence[int]) -> str:
    """Some tokens written back out as words."""
    return join_words(token_words(doc, indexes))


_GUESS_DROPPED: Final = (
    "FILLER_ADVERB",
    "DISCOURSE_PARTICLE",
    "SWEAR",
    "SWEAR_INTENSIFIER",
    "EXPLETIVE_PHRASE",
)
_GUESS_EMPHASIS: Final = frozenset(
    "just even really obviously clearly literally seriously honestly actually totally".split()
)


def guess_words(doc: Doc, clause: YouClause) -> list[str] | None:
    """The words of a guess about the listener ("you don't care about me").

    They are kept as written but without swearing and emphasis: the guess is said back,
    to be checked.
    """
    end = _clause_end(doc, clause.verb + 1, len(doc), reasons=True)
    if end is None:
        return None
    vocabulary = get_vocabulary()
    dropped = 0
    for name in _GUESS_DROPPED:
        dropped |= vocabulary.bit(name)
    kept = [
        index
        for index in range(clause.subject, end)
        if not doc.flags[index] & (F.SYMBOL | F.EMOTICON | F.QUOTE)
        and doc.norms[index] not in _GUESS_EMPHASIS
        and (
            not vocabulary.classes_of(doc.norms[index]) & dropped
            or _particle_inside(doc, index, vocabulary)
        )
    ]
    words = token_words(doc, kept)
    while words and not words[-1][0].isalnum():
        words.pop()
    return words if len(words) >= 2 else None


_VAGUE_NOUNS: Final = frozenset(
    "way thing things time times point fact problem issue part lot kind sort one day moment "
    "end whole rest same other".split()
)
_SUBJECT_OPENERS: Final = frozenset({"your", "the", "this", "that", "these", "those", "our"})
_NOT_A_SUBJECT: Final = (
    "INSULT",
    "INSULT_AMBIGUOUS",
    "TRAIT",
    "PERSON_PART",
    "SWEAR",
    "FAULT_NOUN",
    "BE",
    "DO",
    "HAVE",
    "MODAL",
    "SPEAKER",
    "YOU",
    "CONJUNCTION",
    "DETERMINER",
)


_COMPARING: Final = frozenset({"like", "than", "unlike", "compared", "next"})


def _compared_with(doc: Doc, index: int) -> bool:
    """Whether the phrase at ``index`` is what the listener is held up against.

    "more like your brother", "compared to your sister": the brother is not the subject.
    """
    before = doc.norms[max(0, index - 2) : index]
    return bool(before) and (
        before[-1] in _COMPARING or (before[-1] in ("to", "with") and before[0] in _COMPARING)
    )


def subject_phrase(doc: Doc, first: int, last: int) -> str | None:
    """The first thing the tokens ``first`` to ``last - 1`` are about, or None.

    It is a short noun phrase of the message's own words ("your clutter", "the backyard").

    Said back in the fallback ("I'm frustrated about your clutter"), it keeps the subject
    when nothing else of the sentence could be kept.
    """
    vocabulary = get_vocabulary()
    barred = 0
    for name in _NOT_A_SUBJECT:
        barred |= vocabulary.bit(name)
    sharpening = vocabulary.bit("SWEAR_INTENSIFIER")
    # The words of a put-down idiom ("not the sharpest tool in the shed") are no subject.
    idioms = {
        index
        for begin, end, phrase in doc.phrases_in(first, last)
        if vocabulary.phrase_classes(phrase) & barred
        for index in range(begin, end)
    }
    for start in range(first, last):
        if doc.norms[start] not in _SUBJECT_OPENERS or start in idioms:
            continue
        if _compared_with(doc, start):
            continue
        # A swear word that only sharpens ("your fucking socks") is passed over and left out.
        plain = [
            index
            for index in range(start + 1, min(start + 5, last))
            if not vocabulary.classes_of(doc.norms[index]) & sharpening
        ]
        words = [start, *plain[:2]]
        for position, end in enumerate(words[1:], start=1):
            norm = doc.norms[end]
            if not norm.isalpha() or vocabulary.classes_of(norm) & barred:
                break
            following = doc.norms[end + 1] if end + 1 < last else ""
            compound = is_noun(following) and not vocabulary.classes_of(following) & barred
            if is_noun(norm) and not compound and norm not in _VAGUE_NOUNS:
                return join_words(token_words(doc, words[: position + 1]))
    return None
