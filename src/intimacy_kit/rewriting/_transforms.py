"""Stage two of the rewriter: one transform per category family.

Each transform reads one finding in its sentence and says what it contributes to the
rewrite: an observation (what happened, without the verdict), evidence for the feeling
and the need, a request, or a whole sentence to say instead (a break instead of
stonewalling, a real feeling instead of an evaluation). Transforms only read; the plan
(:mod:`intimacy_kit.rewriting._plan`) merges what they say.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from intimacy_kit._model import Category, Finding
from intimacy_kit.detection import detect
from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.lexicon._feelings import faux_feeling
from intimacy_kit.rewriting._clause import (
    MENTAL_VERBS,
    YouClause,
    clean_words,
    guess_words,
    observation,
    request_phrase,
    you_clause,
)
from intimacy_kit.rewriting._evidence import Evidence, evidence_in, fallback
from intimacy_kit.rewriting._grammar import base_form, is_verb, join_words, token_words
from intimacy_kit.rewriting._phrases import PAUSE_REQUESTS, REQUESTS_BY_TOPIC, STATEMENTS
from intimacy_kit.rewriting._reading import Reading, SentenceReading

__all__ = ["Contribution", "contribute"]

# What "you don't VERB …" says someone misses: mind reading names a need.
_MIND_NEEDS: Final = {
    "care": ("mattering", "hurt"),
    "love": ("affection", "lonely"),
    "listen": ("being heard", "hurt"),
    "respect": ("respect", "hurt"),
    "want": ("mattering", "hurt"),
    "notice": ("being seen", "lonely"),
    "try": ("partnership", "discouraged"),
    "think": ("understanding", "confused"),
    "appreciate": ("appreciation", "hurt"),
    "value": ("appreciation", "hurt"),
    "trust": ("trust", "hurt"),
    "mean": ("honesty", "confused"),
}
_FEEL_WORDS: Final = frozenset(
    "feel feels felt feeling 'm am was be been being get got getting so really totally".split()
)
_COMMAND_OPENERS: Final = frozenset({"now", "right", "immediately", "already", "please"})


@attrs.frozen
class Contribution:
    """What one finding contributes to the rewrite."""

    category: Category
    sentence: int
    """The index of the sentence it came from."""
    observation: str | None = None
    """What happened, completing "When …" ("you don't help with the dishes")."""
    request: str | None = None
    """What to ask for, completing "Would you be willing to …?"."""
    next_time: bool = False
    """Whether the request is about next time (the finding spoke of the past)."""
    statement: str | None = None
    """A whole sentence to say instead of the finding's sentence."""
    evidence: Evidence = attrs.field(factory=Evidence)
    """Candidates for the feeling and the need."""
    understood: float = 0.0
    """How well the transform understood the finding, in [0, 1]."""
    whole: bool = False
    """Whether :attr:`statement` rewrites the whole sentence in the writer's own words."""
    frame: str | None = None
    """The sentence frame that says it instead (a key of ``_phrases.FRAMES``), filled
    with :attr:`observation`, :attr:`request` and the plan's feeling; None: no sentence
    of its own (the finding's sentence is dropped, or a :attr:`statement` replaces it)."""


Transform = Callable[[Reading, SentenceReading, Finding], Contribution]


# A set sentence said instead of the writer's ("I can see you're upset …", "I need a
# little time …") keeps nothing of what they wrote: readers would send none of 47 such
# rewrites (panels 2026-12-07-b and -c), so the rewriter does not vouch for them.
_SET_SENTENCE: Final = 0.3

_BEFORE: Final = 6
_AFTER: Final = 30


def _span(reading: Reading, sentence: SentenceReading, finding: Finding) -> tuple[int, int]:
    """The tokens from the finding's start to a little past its end, inside its sentence.

    Bounded, so that a huge sentence with many findings costs each of them the same.
    """
    first, last = reading.tokens_of(finding)
    return max(first, sentence.first), min(max(last, first) + _AFTER, sentence.last)


def _around(reading: Reading, sentence: SentenceReading, finding: Finding) -> tuple[int, int]:
    """The tokens around the finding (a few before it too), inside its sentence."""
    first, last = _span(reading, sentence, finding)
    return max(sentence.first, first - _BEFORE), last


def _habit(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Absolutes (and questions about a habit): the behaviour, without the "always"."""
    first, last = _around(reading, sentence, finding)
    clause = you_clause(reading.doc, first, last)
    evidence = evidence_in(reading.doc, first, last)
    if clause is None or clause.lemma in MENTAL_VERBS or _vague(clause.lemma, clause.rest_words):
        # Nothing one could have seen happen ("you think I wouldn't find out"), or nothing
        # named ("you always do this").
        return Contribution(finding.category, sentence.index, evidence=evidence, understood=0.3)
    request = request_phrase(clause)
    return Contribution(
        finding.category,
        sentence.index,
        observation=observation(clause),
        request=request,
        next_time=clause.past and request is not None,
        evidence=evidence,
        understood=1.0,
        frame="hurt_that" if clause.past and not clause.habitual else "feel_when",
    )


_PRO_FORMS: Final = frozenset(
    {
        "this",
        "that",
        "it",
        "so",
        "things",
        "stuff",
        "everything",
        "anything",
        "nothing",
        "something",
    }
)


# Verbs that name no behaviour without an object: "you never do", "you always say".
_EMPTY_VERBS: Final = frozenset("do say go be have get make act".split())


def _vague(lemma: str, words: list[str]) -> bool:
    """Whether a clause names nothing: "do this", "say that", "you always do".

    A verb that names a behaviour on its own ("you never listen", "you never help") is
    something that happened, object or not.
    """
    if not words:
        return lemma in _EMPTY_VERBS
    if lemma in _EMPTY_VERBS and words[0] in _PRO_FORMS:
        return True  # "do anything around here", "say that to me"
    return all(word in _PRO_FORMS for word in words)


def _label(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Labels and insults: the need the label stands for; the behaviour if one is named."""
    first, last = _around(reading, sentence, finding)
    evidence = evidence_in(reading.doc, first, last)
    clause = you_clause(reading.doc, first, last)
    found = clause is not None and clause.lemma != "be"
    return Contribution(
        finding.category,
        sentence.index,
        observation=observation(clause) if found and clause else None,
        evidence=evidence,
        understood=(0.9 if found else 0.5) if not evidence.is_empty else 0.3,
        frame="feel_when" if found else None,
    )


def _blame(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Blame: the feeling the speaker names, and the moment it is about."""
    doc = reading.doc
    first, last = _around(reading, sentence, finding)
    evidence = evidence_in(doc, first, last)
    for index in range(first, last - 1):
        if doc.norms[index] in ("when", "whenever", "if"):
            clause = you_clause(doc, index + 1, last)
            if clause is not None:
                return Contribution(
                    finding.category,
                    sentence.index,
                    observation=observation(clause),
                    evidence=evidence,
                    understood=0.9,
                    frame="feel_when",
                )
    return Contribution(
        finding.category, sentence.index, evidence=evidence, understood=0.4, frame="feel_need"
    )


def _seen_behaviour(sentence: SentenceReading, clause: YouClause) -> bool:
    """Whether an absolute in the sentence makes the guessed clause a behaviour one saw."""
    return clause.lemma not in MENTAL_VERBS and any(
        f.category is Category.ABSOLUTE for f in sentence.findings
    )


def _mind_reading(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Mind reading: the need behind the guess; the guess itself is not an observation."""
    first, last = _span(reading, sentence, finding)
    # The guess the finding is about, else one just before it ("you … on purpose").
    clause = you_clause(reading.doc, first, last) or you_clause(
        reading.doc, *_around(reading, sentence, finding)
    )
    evidence = evidence_in(reading.doc, *_around(reading, sentence, finding))
    guess = guess_words(reading.doc, clause) if clause is not None else None
    if clause is not None and _seen_behaviour(sentence, clause):
        # "You never listen to me": what is guessed is also something one saw happen; the
        # absolute's transform says it as an observation, which beats a story about it.
        return Contribution(finding.category, sentence.index, evidence=evidence, understood=0.3)
    if guess is not None:
        # Say the guess as the writer's own story and ask whether it is true: the
        # worry is kept, the verdict becomes a question the other person can answer.
        pair = _MIND_NEEDS.get(clause.lemma if clause else "", ("understanding", "worried"))
        story = f"the story I'm telling myself is that {join_words(guess)}. Is that true?"
        lead = _lead_in(reading, sentence)
        return Contribution(
            finding.category,
            sentence.index,
            statement=f"{lead}, and {story}" if lead else story,
            evidence=evidence + Evidence(((pair[1], 2.5),), ((pair[0], 2.5),)),
            understood=0.8,
            whole=True,
        )
    if clause is not None and clause.lemma in _MIND_NEEDS:
        need, felt = _MIND_NEEDS[clause.lemma]
        evidence = evidence + Evidence(((felt, 2.5),), ((need, 2.5),))
        return Contribution(
            finding.category,
            sentence.index,
            evidence=evidence,
            understood=0.8,
            frame="feel_need",
        )
    return Contribution(finding.category, sentence.index, evidence=evidence, understood=0.3)


_LEAD_END: Final = frozenset({"and", "but", "so", "because", "cos", "that", "like", "just"})
_LEAD_OPENERS: Final = frozenset(
    {"it", "'s", "is", "just", "that", "well", "so", "and", "but", "oh"}
)


def _lead_in(reading: Reading, sentence: SentenceReading) -> str:
    """The clean words of the sentence before its first finding.

    They are kept when the rest is said anew ("I cleaned up before you started" in "… and
    it feels like you don't see it"); empty when they are only an opener ("It's just that").
    """
    doc = reading.doc
    start = min((reading.tokens_of(f)[0] for f in sentence.findings), default=sentence.first)
    indexes = list(range(sentence.first, max(sentence.first, start)))
    while indexes and (
        doc.norms[indexes[0]] in _LEAD_OPENERS or not doc.norms[indexes[0]][:1].isalnum()
    ):
        indexes.pop(0)
    joined = False  # the lead must be a clause of its own, joined by "and", "but", a comma
    while indexes and (
        doc.norms[indexes[-1]] in _LEAD_END or not doc.norms[indexes[-1]][:1].isalnum()
    ):
        joined = joined or doc.norms[indexes[-1]] in ("and", "but", "so", ",")
        indexes.pop()
    words = token_words(doc, indexes)
    return join_words(words) if joined and len(words) >= 3 else ""


def _faux_feeling(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """An evaluation dressed as a feeling: the real feeling behind it, the rest kept."""
    doc = reading.doc
    first, last = _around(reading, sentence, finding)
    for index in range(first, last):
        faux = faux_feeling(doc.norms[index])
        # Only as a feeling: "I feel ignored", not "you provoked them".
        if faux is None or not any(
            doc.norms[i] in _FEEL_WORDS for i in range(max(first, index - 3), index)
        ):
            continue
        before = token_words(doc, range(first, index))
        after = clean_words(doc, index + 1, last)
        statement = join_words([*before, faux.feelings[0], *after]) + "."
        evidence = Evidence(((faux.feelings[0], 3.0),), ((faux.needs[0], 3.0),))
        return Contribution(
            finding.category,
            sentence.index,
            statement=statement,
            evidence=evidence,
            understood=0.9,
            whole=True,
        )
    # "I feel like you don't care": the guess, read as mind reading.
    return _mind_reading(reading, sentence, finding)


def _command(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Demands: the thing asked for, as a request; "should have" becomes next time."""
    doc = reading.doc
    first, last = _span(reading, sentence, finding)
    evidence = evidence_in(doc, first, last)
    for index in range(first, last):
        norm = doc.norms[index]
        if norm in ("should", "must") or (
            norm == "to" and index > first and doc.norms[index - 1] in ("need", "have", "got")
        ):
            rest = index + 1
            past_form = rest < last and doc.norms[rest] in ("'ve", "have")
            rest += 1 if past_form else 0
            if rest < last and is_verb(doc.norms[rest]):
                words = clean_words(doc, rest + 1, last)
                verb = doc.norms[rest]
                if past_form:  # "you should have called" → "I wish you had called"
                    said = join_words([verb, *words])
                    return Contribution(
                        finding.category,
                        sentence.index,
                        observation=said,
                        request=join_words([base_form(verb), *words]),
                        next_time=True,
                        evidence=evidence,
                        understood=0.9,
                        frame="wish_had",
                    )
                request = join_words([base_form(verb), *words])
                return Contribution(
                    finding.category,
                    sentence.index,
                    request=request,
                    evidence=evidence,
                    understood=0.9,
                    frame="could_you",
                )
    opener = first
    while opener < last and doc.norms[opener] in _COMMAND_OPENERS:
        opener += 1
    if opener < last and is_verb(doc.norms[opener]) and doc.norms[opener] not in ("stop", "quit"):
        words = [w for w in clean_words(doc, opener + 1, last) if w not in _COMMAND_OPENERS]
        request = join_words([base_form(doc.norms[opener]), *words])
        return Contribution(
            finding.category,
            sentence.index,
            request=request,
            evidence=evidence,
            understood=0.8,
            frame="could_you",
        )
    if opener < last and doc.norms[opener] in ("stop", "quit") and opener + 1 < last:
        words = clean_words(doc, opener + 1, last)
        if words:
            return Contribution(
                finding.category,
                sentence.index,
                request=join_words(["stop", *words]),
                evidence=evidence,
                understood=0.7,
                frame="could_you",
            )
    return Contribution(finding.category, sentence.index, evidence=evidence, understood=0.3)


def _said_instead(key: str, understood: float) -> Transform:
    """A transform that says a fixed, kind sentence instead of the finding's sentence."""

    def say(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
        options = STATEMENTS[key]
        choice = options[len(reading.text) % len(options)]
        return Contribution(
            finding.category,
            sentence.index,
            statement=choice,
            evidence=fallback(finding.category),
            understood=understood,
        )

    return say


def _advice(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Advice nobody asked for: the same idea, offered as a question."""
    found = _command(reading, sentence, finding)
    if found.request is not None and not _judges(found.request):
        request = found.request.removeprefix("just ")
        return attrs.evolve(found, request=request, frame="would_it_help", next_time=False)
    return _said_instead("advice", _SET_SENTENCE)(reading, sentence, finding)


_ASKS: Final = frozenset({"could_you", "would_it_help", "wish_more"})


def _put_down(request: str) -> bool:
    """Whether a request is a put-down said as an order ("grow up", "shut up")."""
    vocabulary = get_vocabulary()
    put_downs = (
        vocabulary.bit("CONDESCENDING_COMMAND")
        | vocabulary.bit("CALM_COMMAND")
        | vocabulary.bit("SILENCING_COMMAND")
    )
    words = request.lower().split()
    return any(
        vocabulary.phrase_classes(" ".join(words[:size])) & put_downs
        or (size == 1 and vocabulary.classes_of(words[0]) & put_downs)
        for size in range(1, min(len(words), 6) + 1)
    )


def _judges(words: str) -> bool:
    """Whether words to be asked for still judge ("grow a spine"): then they are not."""
    return bool(detect(f"Could you {words}?"))


def _pause(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Stonewalling: a break with a time to come back, instead of shutting down."""
    choice = PAUSE_REQUESTS[len(reading.text) % len(PAUSE_REQUESTS)]
    return Contribution(
        finding.category,
        sentence.index,
        statement=choice,
        evidence=fallback(finding.category),
        understood=_SET_SENTENCE,
    )


def _unclear(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Sarcasm, mockery, comparisons: what was meant is not in the words."""
    evidence = evidence_in(reading.doc, *_around(reading, sentence, finding))
    return Contribution(finding.category, sentence.index, evidence=evidence, understood=0.2)


def _question(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """Accusing questions: the behaviour asked about, when the question names one."""
    found = _habit(reading, sentence, finding)
    if found.observation is not None:
        return attrs.evolve(found, understood=0.8)
    return _said_instead("hurt", _SET_SENTENCE)(reading, sentence, finding)


TRANSFORMS: Final[dict[Category, Transform]] = {
    Category.ABSOLUTE: _habit,
    Category.LABEL: _label,
    Category.BLAME: _blame,
    Category.MIND_READING: _mind_reading,
    Category.FAUX_FEELING: _faux_feeling,
    Category.DEMAND: _command,
    Category.UNSOLICITED_ADVICE: _advice,
    Category.INVALIDATION: _said_instead("invalidation", _SET_SENTENCE),
    Category.STONEWALLING: _pause,
    Category.DEFENSIVENESS: _said_instead("defensiveness", _SET_SENTENCE),
    Category.CONTEMPT: _unclear,
    Category.COMPARISON: _unclear,
    Category.ACCUSATORY_QUESTION: _question,
}
"""The transform of each category (threats are never transformed: they are declined)."""


def contribute(reading: Reading, sentence: SentenceReading, finding: Finding) -> Contribution:
    """What one finding contributes, by its category's transform."""
    transform = TRANSFORMS.get(finding.category, _unclear)
    found = transform(reading, sentence, finding)
    if found.request is not None and _put_down(found.request):
        # "grow up", "calm down": a put-down, not something one can ask for
        found = attrs.evolve(
            found, request=None, frame=None if found.frame in _ASKS else found.frame
        )
    if found.statement is not None and not found.whole:
        # A set sentence says the finding's part instead; the rest of a long sentence
        # is lost with it, so the less of it the finding covers, the less it is vouched for.
        first, last = reading.tokens_of(finding)
        words = reading.words_in(sentence.first, sentence.last)
        covered = reading.words_in(first, last)
        if words and covered / words < _COVERED:
            found = attrs.evolve(found, understood=min(found.understood, _PARTLY_SAID))
    return found


_COVERED: Final = 0.5
_PARTLY_SAID: Final = 0.35


def topic_request(reading: Reading) -> str | None:
    """A request about the subject of a flagged sentence, if it names a known one.

    Not "dinner" from "thanks for dinner" before the complaint.
    """
    norms = reading.doc.norms
    flagged = [i for s in reading.sentences if s.findings for i in range(s.first, s.last)]
    for index in flagged:
        norm = norms[index]
        before = norms[index - 1] if index else ""
        if norm.endswith("ing") or before in _BEFORE_A_VERB:
            continue  # "calling women names", "you call me": a verb, not the subject raised
        request = REQUESTS_BY_TOPIC.get(norm) or REQUESTS_BY_TOPIC.get(base_form(norm))
        if request is not None:
            return request
    return None


_BEFORE_A_VERB: Final = frozenset(
    "you u i we they he she to 'll will can ca would 'd n't not never".split()
)
