"""The subject matter of a judgmental sentence: what it is about, outside the judgment.

"Is it another one of your 'quick adaptations'?" is about the adaptations; "You're
behaving like a spoilt brat over a parking space" is about the parking space. When the
rewriter finds no behaviour to describe, it still keeps that subject in the request
("talk with me about the parking space") instead of falling back to generic wording.

The noun phrases are found with a small chunker over the rewriter's tokens and
lemminflect's parts of speech; words inside a finding (the judgment's own words) and
evaluative adjectives ("little", "so-called", a character label) are never part of one.

>>> from intimacy_kit._rewrite_clause import tokenize
>>> tokens = tokenize("You're behaving like a spoilt brat over a parking space.")
>>> topic(tokens, frozenset(range(0, 6))).text
'the parking space'
>>> topic(tokenize("Relax, nobody cares about your little work drama."), frozenset({0})).text
'your work drama'
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from typing import Final

import attrs

from intimacy_kit.lexicon._feelings import FAUX_FEELING_FORMS, LABEL_FORMS
from intimacy_kit._rewrite_clause import Token
from intimacy_kit._rewrite_verbs import (
    gerund,
    is_known_noun_plural,
    is_known_word,
    parts_of_speech,
    verb_lemma,
)

__all__ = [
    "CONTENT_STOPWORDS",
    "INSULT_NOUNS",
    "PEOPLE",
    "Topic",
    "content_lemmas",
    "is_content",
    "lemma_set",
    "topic",
]

_DETERMINERS: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "some",
        "another",
        "one",
    }
)
# Determiners that may end a judgment's span while their noun stays outside it: "for
# your | advice", "another | last-minute cancellation". "another" becomes "the".
_DETERMINERS_IN_JUDGMENT: Final = frozenset({"your", "my", "our", "the", "another"})
# Words that can follow a noun and attach another noun phrase to it ("the baby in the
# car", "the value of my own work").
_ATTACHING: Final = frozenset({"of", "in", "at", "on", "from", "with", "around", "about"})
# Prepositions before which a bare noun starts a phrase ("at work", "since Easter").
_BEFORE_BARE: Final = frozenset(
    {"of", "in", "at", "on", "from", "for", "with", "about", "over", "since", "after", "before"}
)
# Phrases of time that stay with the noun before them ("errors in the past").
_WHEN: Final = frozenset(
    {("in", "the", "past"), ("in", "the", "morning"), ("in", "the", "evening")}
    | {("at", "the", "weekend"), ("at", "the", "weekends"), ("in", "the", "night")}
)
# Adjectives that carry the sting rather than the subject ("your little gadgets").
_EVALUATIVE: Final = frozenset(
    {
        "little",
        "precious",
        "stupid",
        "silly",
        "ridiculous",
        "pathetic",
        "so-called",
        "fancy",
        "weird",
        "endless",
        "useless",
        "wonderful",
        "brilliant",
        "great",
        "perfect",
        "amazing",
        "fantastic",
        "lovely",
        "nice",
        "genius",
        "bloody",
        "damn",
        "fucking",
        "freaking",
        "stinking",
        "whole",
        "entire",
        "harsh",
        "constant",
        "usual",
        "same",
        "other",
        "such",
        "real",
        "obvious",
        "huge",
        "big",
        "tiny",
        "poor",
        "mere",
        "single",
        "every",
        "own",
        "glaring",
        "obsessive",
    }
)
# Praise that is sarcasm in a put-down ("the great philosopher", "Miss Perfect").
_MOCK_PRAISE: Final = frozenset(
    {"great", "brilliant", "genius", "wonderful", "perfect", "amazing", "fantastic", "miss"}
    | {"mister", "mr", "lovely", "nice", "clever", "smart", "precious"}
)
# People a message may mention, who are not what it is about.
PEOPLE: Final = frozenset(
    {"husband", "wife", "partner", "boyfriend", "girlfriend", "bf", "gf", "mum", "mom", "dad"}
    | {"ex", "friends", "friend", "brother", "sister", "mother", "father", "people", "man"}
    | {"woman", "guy", "girl", "husbands", "wives", "boyfriends", "girlfriends", "son"}
    | {"daughter", "parents", "colleague", "colleagues", "neighbour", "neighbor"}
    | {"mother's", "mum's", "dad's", "ex's", "sister's", "brother's", "father's", "person", "one"}
)
"""Words for people: who a remark is about or measured against, never what it is about."""
# Places that are the setting of a complaint when something happens "in" them.
_SETTINGS: Final = frozenset({"house", "home", "place", "flat", "apartment", "room", "world"})
_BE_AFTER_YOU: Final = frozenset({"you're", "ur", "youre"})
# Words that never continue a noun phrase.
_BREAKS: Final = frozenset(
    {
        "and",
        "or",
        "but",
        "so",
        "than",
        "like",
        "as",
        "to",
        "that",
        "which",
        "who",
        "when",
        "where",
        "while",
        "if",
        "because",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "i",
        "you",
        "me",
        "it",
        "we",
        "they",
        "he",
        "she",
        "him",
        "them",
        "us",
        "not",
        "no",
        "too",
        "very",
        "there",
        "here",
        "then",
        "now",
        "again",
        "anymore",
        "yourself",
        "myself",
        "all",
        "just",
        "only",
        "really",
        "even",
        "ever",
        "never",
        "always",
        "every",
        "each",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "whatever",
        "anything",
        "everything",
        "nothing",
        "something",
    }
)

CONTENT_STOPWORDS: Final = frozenset(
    # A word list reads and diffs better as plain text than as hundreds of literals.
    """
    a an the and or but so if then than that this these those there here it its i me
    my mine myself you your yours yourself yourselves we us our ourselves they them their
    themselves himself herself itself he him his she her
    who whom whose which what when where why how all any both each few more most other
    some such no nor not only own same too very can will just should now is am are was
    were be been being have has had having do does did doing would could might must
    shall may to of at by for with about against between into through during before
    after above below from up down in out on off over under again once as until while
    because also yet still even ever never always really quite rather pretty kind sort
    lot lots bit little much many well oh wow yeah yes ok okay hey like um uh hmm huh
    right sure fine whatever please thanks thank sorry gonna wanna gotta get got go
    goes going went gone make makes made making let lets say says said tell told know
    knew think thought mean meant want wanted need needed feel felt seem seemed look
    looked come came thing things something anything everything nothing someone anyone
    everyone nobody one ones way time times day today tonight actually honestly
    seriously literally totally completely basically maybe perhaps probably definitely
    clearly obviously simply already anymore lol tbh omg lmao ngl fr jfc wtf smh idk
    though although however else whole bunch dude man babe baby honey guess suppose
    wonder hell earth god gosh point fact matter person people guy girl woman stuff
    part sign difference example problem deal idea reason kind type sense issue course
    trouble tad minutes hours days weeks months years nights seconds moments
    life night week morning evening hour minute moment second while change
    """.split()
)
"""Words that never count as subject matter, whatever their part of speech."""

INSULT_NOUNS: Final = frozenset(
    {"bore", "joke", "disaster", "nightmare", "embarrassment", "failure", "loser", "waste"}
)
"""Nouns that label a person in "you're a …" beyond the label lexicon."""
# Nouns that only live inside a stinging idiom ("at your beck and call", "a mountain out
# of a molehill"); on their own they make a nonsense subject ("talk about your beck").
_IDIOM_NOUNS: Final = frozenset({"beck", "molehill", "shed", "planks", "picnic", "bulb"})
_JUDGMENT_WORDS: Final = (
    frozenset(form for form in LABEL_FORMS | FAUX_FEELING_FORMS if " " not in form)
    | INSULT_NOUNS
    | _IDIOM_NOUNS
)


@attrs.frozen
class Topic:
    """A noun phrase naming what a sentence is about."""

    text: str
    """The phrase as it can be written in a rewrite ("the parking space")."""
    lemmas: frozenset[str]
    """The lemmas of its content words."""
    start: int
    """Index of its first token in the sentence."""
    plural: bool = False
    """Whether the phrase is plural ("a few books"), for the verb that follows it."""
    action: bool = False
    """Whether the phrase names something done ("keeping your job") rather than a thing."""


@functools.lru_cache(maxsize=8192)
def lemma_set(word: str) -> frozenset[str]:
    """``word`` with its lemmas as a verb and as a noun ("dishes" -> dishes, dish)."""
    out = {word}
    lemma = verb_lemma(word)
    if lemma is not None:
        out.add(lemma)
    if word.endswith("s") and len(word) > 3 and "NOUN" in parts_of_speech(word[:-1]):
        out.add(word[:-1])
    if word.endswith("es") and len(word) > 4 and "NOUN" in parts_of_speech(word[:-2]):
        out.add(word[:-2])
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    return frozenset(out)


def is_content(token: Token) -> bool:
    """Whether ``token`` names subject matter: a noun or main verb, not a stopword."""
    word = token.norm
    if not token.is_word or len(word) < 2 or "'" in word or word in CONTENT_STOPWORDS:
        return False
    if word in _JUDGMENT_WORDS:
        return False
    tags = parts_of_speech(word)
    return not tags or bool({"NOUN", "VERB", "PROPN"} & tags)


def content_lemmas(tokens: Sequence[Token], indices: Collection[int]) -> frozenset[str]:
    """The lemmas of the content words at ``indices`` of ``tokens``."""
    out: set[str] = set()
    for index in indices:
        token = tokens[index]
        if is_content(token):
            out.add(min(lemma_set(token.norm), key=len))
    return frozenset(out)


def _is_noun(token: Token) -> bool:
    word = token.norm
    if not token.is_word or word in CONTENT_STOPWORDS or word in _BREAKS:
        return False
    tags = parts_of_speech(word)
    if not tags:
        return word.isalpha() and len(word) > 1  # a name, or a word lemminflect lacks
    return "NOUN" in tags or "PROPN" in tags


def _is_modifier(token: Token) -> bool:
    word = token.norm
    if word in _BREAKS or not token.is_word:
        return False
    tags = parts_of_speech(word)
    return bool({"ADJ", "NOUN", "NUM"} & tags) or word.isdigit() or word.endswith("ing")


def _bare_start(tokens: Sequence[Token], i: int) -> bool:
    """Whether a noun phrase without a determiner starts at ``tokens[i]``.

    Only after a preposition ("at work", "since Easter", "for covering the rent") or, for a
    name, after a verb ("spend Christmas"); never a word that can be an adjective.
    """
    head = tokens[i]
    before = tokens[i - 1].norm if i > 0 else ""
    if head.norm.endswith("ing") and verb_lemma(head.norm) and before in _BEFORE_BARE:
        return True
    following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if not _is_noun(head):
        # An adjective after a determiner inside the judgment: "none of your | rare plants",
        # "another | last-minute cancellation".
        described = i + 1
        if following == "-" and i + 2 < len(tokens):
            described = i + 2  # a hyphenated modifier: "last-minute"
        return (
            before in _DETERMINERS_IN_JUDGMENT
            and _is_modifier(head)
            and described < len(tokens)
            and _is_noun(tokens[described])
        )
    if "ADJ" in parts_of_speech(head.norm) and {"NOUN", "ADJ"} & parts_of_speech(following):
        return False  # "in real trouble": "real" describes what follows
    if before in _BEFORE_BARE or before in _DETERMINERS_IN_JUDGMENT:
        return True  # (a determiner inside the judgment: "for your | advice")
    if before == "to" and i > 1 and tokens[i - 2].norm in {"comes", "came", "coming"}:
        return True  # "when it comes to money"
    if "ADJ" in parts_of_speech(head.norm):
        return False
    name = head.surface[:1].isupper() and not is_known_word(head.norm)
    return name and i > 0 and tokens[i - 1].is_word and following not in {",", "!", "?"}


def _verb_only_noun(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a noun lemminflect knows only as a verb ("at the bar").

    It has to follow a determiner, be a base form, and have no noun after it.
    """
    token = tokens[j]
    if tokens[j - 1].norm not in _DETERMINERS or token.norm in _BREAKS or not token.is_word:
        return False
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        parts_of_speech(token.norm) == {"VERB"}
        and verb_lemma(token.norm) == token.norm
        and (following is None or not following.is_word or following.norm in _BREAKS)
    )


def _mainly_adjective(word: str) -> bool:
    """Whether ``word`` after a determiner is more likely to describe a noun than be one.

    lemminflect lists "party" and "side" as possible adjectives too; a word that is also
    an adverb ("better", "late", "little") or has no noun sense is the real adjective.
    """
    tags = parts_of_speech(word)
    return "ADJ" in tags and ("ADV" in tags or "NOUN" not in tags or word in _EVALUATIVE)


def _possessive(token: Token) -> bool:
    return token.norm.endswith("'s") and token.norm not in {"it's", "that's", "there's", "he's"}


def noun_phrase(
    tokens: Sequence[Token], i: int, blocked: Collection[int], depth: int = 1
) -> int | None:
    """End index of the noun phrase starting at ``tokens[i]``, or ``None``."""
    n = len(tokens)
    if i >= n or i in blocked:
        return None
    if sum(t.norm == '"' for t in tokens[:i]) % 2:
        return None  # inside quoted words ("the “when I was your age” speech")
    j = i
    head = tokens[i]
    if head.norm in _DETERMINERS or _possessive(head):
        j += 1
    elif not _bare_start(tokens, i):
        return None
    elif (
        head.norm.endswith("ing")
        and verb_lemma(head.norm)
        and "ADJ" not in parts_of_speech(head.norm)
        and not (i + 1 < n and _is_noun(tokens[i + 1]))  # "glaring errors": a modifier
    ):
        # A gerund with its object: "for covering the rent", "about leaving early".
        following = noun_phrase(tokens, i + 1, blocked, depth)
        return following if following is not None else i + 1
    last_noun = -1
    quoted = False
    while j < n and j - i < 7 and j not in blocked:
        token = tokens[j]
        if token.norm in {"'", '"'} and last_noun >= 0 and not quoted:
            break  # a quote that closes before the phrase began ("your age” speech")
        if token.norm in {"'", '"', "-", "\\"}:
            quoted = quoted or token.norm != "-"
            j += 1
            continue
        if token.norm in _DETERMINERS and j > i:
            break
        if _possessive(token) and j > i:
            last_noun = j
            j += 1
            continue
        if _is_noun(token) or (j == i + 1 and j > 0 and _verb_only_noun(tokens, j)):
            last_noun = j
        elif not _is_modifier(token):
            break
        j += 1
    if last_noun < 0 or (last_noun == i and head.norm in _DETERMINERS):
        return None
    if (
        last_noun > i
        and _mainly_adjective(tokens[last_noun].norm)
        and tokens[last_noun - 1].norm in _DETERMINERS
    ):
        return None  # "a better …", "your late …": an adjective, whatever else it can be
    end = last_noun + 1
    if end < n and end in blocked and (_is_noun(tokens[end]) or _possessive(tokens[end])):
        # The phrase runs on into the judgment ("glaring | errors"); a judgment that
        # starts with a verb leaves it whole ("skipping her party | made you look selfish").
        # "your best | friend's husband" runs on through a possessive.
        return None
    if depth > 0 and end + 1 < n and tokens[end].norm in _ATTACHING and end not in blocked:
        attached = noun_phrase(tokens, end + 1, blocked, depth - 1)
        if attached is not None:
            end = attached
    if tuple(t.norm for t in tokens[end : end + 3]) in _WHEN and end not in blocked:
        end += 3  # "your fair share of errors in the past": when, which belongs to it
    if depth > 0 and end + 1 < n and tokens[end].norm in {"and", "or"} and end not in blocked:
        conjunct = _conjunct(tokens, end + 1, blocked, depth - 1)
        if conjunct is not None:
            end = conjunct  # "age and maturity", "your rare plants or antiques"
    return end


def _conjunct(tokens: Sequence[Token], i: int, blocked: Collection[int], depth: int) -> int | None:
    """End of a second noun phrase after "and"/"or" at ``tokens[i]``, or ``None``.

    A determined phrase ("the kids and the dog") or a bare noun that can only be a noun
    ("age and maturity"): a word that can be a verb or an adjective more likely starts a
    new clause ("your phone and ignore me", "tired and cranky").
    """
    if i in blocked:
        return None
    head = tokens[i]
    if head.norm in _DETERMINERS or _possessive(head):
        return noun_phrase(tokens, i, blocked, depth)
    if not _is_noun(head) or {"VERB", "ADJ", "ADV"} & parts_of_speech(head.norm):
        return None
    end = i + 1
    return None if end < len(tokens) and end in blocked and tokens[end].is_word else end


def phrase_text(tokens: Sequence[Token], a: int, b: int, *, definite: bool = False) -> str:
    """The words ``tokens[a:b]`` as text: scare quotes and evaluative adjectives dropped.

    With ``definite``, "a parking space" becomes "the parking space" (a subject already
    mentioned).
    """
    words: list[str] = []
    glue = False
    for index in range(a, b):
        token = tokens[index]
        if token.norm in {"'", '"', "\u201c", "\u201d", "\\"} or token.is_pictograph:
            continue
        if token.norm == "-":
            glue = True
            continue
        if (token.norm in _EVALUATIVE or token.norm in _JUDGMENT_WORDS) and index + 1 < b:
            continue
        if glue and words:
            words[-1] += "-" + token.surface
        else:
            words.append(token.surface)
        glue = False
    if definite and words and words[0].lower() in {"a", "an", "another", "one"}:
        if len(words) > 1 and words[1].lower() in {"few", "lot", "couple", "bit"}:
            return " ".join(words)
        words[0] = "the"
    return " ".join(words)


# Verbs of talking, which a request to talk about something would repeat.
_TALK_VERBS: Final = frozenset(
    {"discuss", "mention", "talk", "say", "tell", "ask", "explain", "argue", "raise", "call"}
)
# Particles that belong to a phrasal verb before its object ("clean up the kitchen").
_PARTICLES: Final = frozenset({"up", "out", "off", "away", "back", "down", "over", "through"})


# Words after which a verb does not name something the partner did: a passive ("be
# celebrated"), a denial by its subject ("nobody cares about your work") …
_NOT_AN_ACTION_AFTER: Final = frozenset(
    {"be", "been", "being", "get", "got", "gets", "nobody", "noone", "nothing", "one"}
    # … or what someone else is let or made to do ("let them breed bacteria").
    | {"them", "him", "her", "us", "it"}
)
# Prepositions a verb takes before its object ("live in", "worry about", "look after").
_VERB_PREPOSITIONS: Final = frozenset({"in", "about", "after", "with", "for", "on", "at"})


def _verb_phrase(
    tokens: Sequence[Token], i: int, blocked: Collection[int]
) -> tuple[int, str] | None:
    """A verb with its object at ``tokens[i]`` as a gerund phrase, and where it ends.

    "you could barely keep your job at the bar" gives "keeping your job at the bar": the
    thing done, not only the thing it was done to. ``None`` when ``tokens[i]`` is not a
    main verb followed by a noun phrase outside the judgment.
    """
    token = tokens[i]
    if i in blocked or not is_content(token) or "VERB" not in parts_of_speech(token.norm):
        return None
    before = tokens[i - 1].norm if i > 0 else ""
    if i > 0 and (before in _DETERMINERS or _possessive(tokens[i - 1])):
        return None  # "your call", "the cleaning": a noun here
    if before in _NOT_AN_ACTION_AFTER:
        return None  # "be celebrated for …" (passive), "nobody cares about …" (denied)
    lemma = verb_lemma(token.norm)
    if lemma is None or lemma in CONTENT_STOPWORDS or lemma in _TALK_VERBS:
        return None  # "talk with me about discussing your mother" says it twice
    j = i + 1
    particle = ""
    if j < len(tokens) and tokens[j].norm in _PARTICLES and j not in blocked:
        particle = " " + tokens[j].surface
        j += 1
    if (
        not particle
        and j + 1 < len(tokens)
        and tokens[j].norm in _VERB_PREPOSITIONS
        and j not in blocked
        and (tokens[j + 1].norm in _DETERMINERS or _possessive(tokens[j + 1]))
    ):
        particle = " " + tokens[j].surface  # "live in your clutter", "worry about the rent"
        j += 1
    if j >= len(tokens) or j in blocked:
        return None
    determined = tokens[j].norm in _DETERMINERS or _possessive(tokens[j])
    plural_noun = is_known_noun_plural(tokens[j].norm) and "VERB" not in parts_of_speech(
        tokens[j].norm
    )
    if not (determined or plural_noun):
        return None  # a determined or plural object: "keep your job", "drop hints"
    # A bare plural object is one word ("drop hints", "wash dishes"), with what attaches
    # to it ("see things from a realistic perspective").
    end = noun_phrase(tokens, j, blocked) if determined else j + 1
    if end is None:
        return None
    if not determined and end + 1 < len(tokens) and tokens[end].norm in _ATTACHING:
        end = noun_phrase(tokens, end + 1, blocked, 0) or end
    obj = phrase_text(tokens, j, end)
    if not obj:
        return None
    if not particle and end < len(tokens) and tokens[end].norm in _PARTICLES:
        obj += " " + tokens[end].surface  # "take the bins out"
        end += 1
    verb = token.norm if token.norm.endswith("ing") else gerund(lemma)
    return end, f"{verb}{particle} {obj}"


def _joined_by_and(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether ``tokens[a:b]`` are two things joined by "and" ("age and maturity").

    Not when the "and" joins what attaches to the head ("the value of time and effort").
    """
    for k in range(a, b):
        if tokens[k].norm in _ATTACHING:
            return False
        if tokens[k].norm == "and":
            return True
    return False


def topic(
    tokens: Sequence[Token],
    blocked: Collection[int],
    covered: Collection[str] = (),
    *,
    definite: bool = True,
) -> Topic | None:
    """The noun phrase of ``tokens`` with the most content words not yet ``covered``.

    ``blocked`` holds the indices of the judgment's own words, which a phrase never
    includes; ``covered`` the lemmas the rewrite already keeps.
    """
    best: tuple[int, int, int] | None = None
    # A verb with its object names what happened, and keeps the verb too ("keeping your
    # job at the bar" rather than "your job"); it wins over its own object on a tie.
    best_action: tuple[int, int, int, str] | None = None
    for start in range(len(tokens)):
        action = _verb_phrase(tokens, start, blocked)
        if action is None:
            continue
        stop, text = action
        fresh_words = content_lemmas(tokens, range(start, stop)) - frozenset(covered)
        score = 2 * len(fresh_words) + 1
        if len(fresh_words) >= 2 and (best_action is None or score > best_action[0]):
            best_action = (score, start, stop, text)
    i = 0
    n = len(tokens)
    while i < n:
        end = noun_phrase(tokens, i, blocked)
        if end is None:
            i += 1
            continue
        before = tokens[i - 1].norm if i > 0 else ""
        head = tokens[end - 1].norm
        if head in _JUDGMENT_WORDS:
            i = end  # "a bore", "a joke": a label, not a subject
            continue
        if head in PEOPLE and before not in {"about", "with", "for", "to", "at"}:
            i = end  # "your brother", "my father": who, not what
            continue
        if before == "in" and head in _SETTINGS:
            i = end  # "in this house": where it happens, not what it is about
            continue
        if before in _BE_AFTER_YOU:
            i = end  # "you're my father", "you're a nightmare": who they are, not a subject
            continue
        fresh = content_lemmas(tokens, range(i, end)) - frozenset(covered)
        # On a tie, a phrase with "your", "my" or "our" names the subject more surely.
        weight = 2 * len(fresh) + (tokens[i].norm in {"your", "my", "our"})
        if fresh and (best is None or weight > best[0]):
            best = (weight, i, end)
        i = end
    if best_action is not None and (best is None or best_action[0] > best[0]):
        _, a, b, text = best_action
        if not any(tokens[k].norm in _MOCK_PRAISE for k in range(a, b)):
            return Topic(
                text=text, lemmas=content_lemmas(tokens, range(a, b)), start=a, action=True
            )
    if best is None:
        return None
    _, a, b = best
    if any(tokens[k].norm in _MOCK_PRAISE for k in range(a, b)):
        return None  # "the great philosopher": the sarcasm, not the subject
    if a > 0 and tokens[a - 1].norm in _DETERMINERS_IN_JUDGMENT:
        a -= 1  # the determiner belongs with the noun, wherever the judgment ended
    text = phrase_text(tokens, a, b, definite=definite)
    if not text or not any(c.isalpha() for c in text):
        return None
    last_word = text.split()[-1]
    if len(text.split()) == 1 and not is_known_word(last_word.lower()) and last_word.islower():
        return None  # a bare word lemminflect lacks and nobody capitalised: chat noise
    last = text.split()[-1].lower()
    plural = (
        is_known_noun_plural(last)
        or text.split()[0].lower() in {"these", "those"}
        or _joined_by_and(tokens, a, b)
    )
    return Topic(text=text, lemmas=content_lemmas(tokens, range(a, b)), start=a, plural=plural)
