"""What one judgmental sentence says, taken apart for the rewriter.

:func:`analyse` reads a sentence and the detector's findings in it and returns a
:class:`SentencePlan`: the behaviour it names (as an observation and as a request), the
feelings and needs behind it with how sure we are of each, a clean lead-in worth keeping
("I love you, but …" keeps "I love you."), a form of address ("Gwen, …") and the notes
on what changed. The message-level rewriter (:mod:`intimacy_kit._rewriter`) combines the
plans of all sentences into one I-statement.

Each judgment family has its own transformation, driven by the rule that fired:
absolutes become a specific, past-tense observation; labels and insults become the need
behind them; blame becomes ownership of a feeling; mind reading becomes the behaviour
plus a question; demands and "should" become requests; accusatory questions become an
open question; faux feelings become the real feelings behind them; comparisons,
contempt and stonewalling become what the speaker feels and wants.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from intimacy_kit._detector import detect
from intimacy_kit.lexicon._feelings import CHARACTER_LABELS, FAUX_FEELINGS, FEELINGS
from intimacy_kit.lexicon._feelings_types import CharacterLabel, FauxFeeling, Feeling
from intimacy_kit._model import Category, Finding
from intimacy_kit._rewrite_clause import (
    Clause,
    Token,
    affirmed,
    clause_after,
    join_words,
    parse_clause,
    tokenize,
)
from intimacy_kit._rewrite_model import Edit
from intimacy_kit._rewrite_phrases import (
    ADVERBS_TO_DROP,
    CATEGORY_PLAN,
    ENDEARMENTS,
    INTERJECTIONS,
    NEED_REQUESTS,
    RULE_PLANS,
    TOPICS,
    UNSUITABLE_REQUEST_VERBS,
)
from intimacy_kit._rewrite_topic import INSULT_NOUNS, PEOPLE, phrase_text
from intimacy_kit._rewrite_verbs import (
    is_known_noun_plural,
    is_known_word,
    is_noun,
    parts_of_speech,
    past,
    verb_lemma,
)

__all__ = ["SentencePlan", "analyse"]

_FEELING_BY_WORD: Final[dict[str, Feeling]] = {f.word: f for f in FEELINGS}
# One-word character labels and insults ("bore", "slob"), never kept in a clean clause.
_LABEL_WORDS: Final = (
    frozenset(form for label in CHARACTER_LABELS for form in label.all_forms if " " not in form)
    | INSULT_NOUNS
)
# Direct lookups on already normalised words (the lexicon's own lookups fold their input).
_LABELS: Final[dict[str, CharacterLabel]] = {
    form: label for label in CHARACTER_LABELS for form in label.all_forms
}
_FAUX: Final[dict[str, FauxFeeling]] = {
    form: entry for entry in FAUX_FEELINGS for form in entry.all_forms
}


def feeling(word: str) -> Feeling | None:
    """The real feeling called ``word`` (already lower case), or ``None``."""
    return _FEELING_BY_WORD.get(word)


# How sure a source is about the feeling or need it suggests; the message keeps the
# surest one (ties go to the earlier sentence).
EXPLICIT: Final = 6  # the speaker named a real feeling ("I'm miserable", "you make me angry")
LEXICON: Final = 5  # a faux feeling or a label with its lexicon entry
SPECIFIC: Final = 4  # the rule itself says what is at stake (mind reading "don't care")
TOPIC: Final = 3  # the subject of the complaint ("dishes", "late", "phone")
DEFAULT: Final = 1  # the category's usual feeling and need

# The order in which categories speak for the message when only defaults are known.
_CATEGORY_ORDER: Final = (
    Category.FAUX_FEELING,
    Category.LABEL,
    Category.BLAME,
    Category.MIND_READING,
    Category.ABSOLUTE,
    Category.DEMAND,
    Category.ACCUSATORY_QUESTION,
    Category.COMPARISON,
    Category.CONTEMPT,
    Category.INVALIDATION,
    Category.DEFENSIVENESS,
    Category.STONEWALLING,
    Category.UNSOLICITED_ADVICE,
    Category.THREAT,
)
CATEGORY_RANK: Final = {category: rank for rank, category in enumerate(_CATEGORY_ORDER)}
"""Which category speaks for a message first (lower ranks first)."""

_YOU_FORMS: Final = frozenset({"you", "you're", "you've", "you'll", "you'd"})
_SUBORDINATORS: Final = frozenset(
    {
        "if",
        "when",
        "whenever",
        "every",
        "each",
        "because",
        "since",
        "while",
        "as",
        "unless",
        "although",
        "though",
        "until",
        "after",
        "before",
        "that",
        "who",
        "which",
        "like",
    }
)
# Verbs that name a feeling when their object is "me" ("it frustrates me").
_FEELING_VERBS: Final = {
    "frustrate": "frustrated",
    "annoy": "annoyed",
    "upset": "upset",
    "worry": "worried",
    "scare": "scared",
    "hurt": "hurt",
    "exhaust": "exhausted",
    "stress": "stressed",
    "bore": "bored",
    "disappoint": "disappointed",
    "embarrass": "embarrassed",
    "irritate": "irritated",
    "sadden": "sad",
    "confuse": "confused",
    "overwhelm": "overwhelmed",
    "drain": "drained",
    "terrify": "scared",
    "frighten": "scared",
}
# Words after "drives me" / "makes me" that stand for a feeling without being one.
_FEELING_IDIOMS: Final = {
    "crazy": "exasperated",
    "nuts": "exasperated",
    "insane": "exasperated",
    "mad": "angry",
    "sick": "upset",
    "miserable": "miserable",
    "cry": "sad",
    "scream": "frustrated",
}
# Mind reading about a verb -> the need it reaches for.
_MIND_READING_NEEDS: Final = {
    "care": ("mattering", "lonely"),
    "love": ("mattering", "lonely"),
    "want": ("connection", "lonely"),
    "respect": ("respect", "hurt"),
    "value": ("appreciation", "hurt"),
    "appreciate": ("appreciation", "hurt"),
    "see": ("being seen", "lonely"),
    "notice": ("being seen", "lonely"),
    "understand": ("understanding", "lonely"),
    "get": ("understanding", "lonely"),
    "consider": ("consideration", "hurt"),
    "think": ("consideration", "hurt"),
    "give": ("mattering", "hurt"),
}
# What a "don't …" command was about, so the observation says what happened.
_DONT_VERBS: Final = frozenset(
    {
        "talk",
        "speak",
        "yell",
        "raise",
        "use",
        "look",
        "walk",
        "interrupt",
        "ignore",
        "lecture",
        "push",
        "twist",
        "nag",
        "shout",
        "scream",
        "patronise",
        "patronize",
        "start",
        "drop",
        "leave",
        "slam",
        "throw",
        "touch",
        "take",
        "bring",
        "hang",
    }
)
# Words that open a comparison which only measures another judgment ("compared to …").
_MEASURED_AGAINST: Final = frozenset({"compared", "next"})
# Rules whose match opens a sarcastic clause: what follows means its opposite.
_SARCASTIC_OPENERS: Final = frozenset({"contempt.sarcastic_retort"})
# Verbs that judge what someone did rather than describe it.
_VERDICT_VERBS: Final = frozenset(
    {"exaggerate", "overreact", "overthink", "whine", "moan", "nag", "sulk", "pout", "gaslight"}
    | {"manipulate", "invalidate", "patronise", "patronize", "rant", "obsess", "guilt-trip"}
    | {"whinge", "bitch", "dramatise", "dramatize", "twist", "play"}
)
# After "you can't …" these state a rule or a forecast, not something the partner did:
# "you can't rely on luck", "you can't expect me to guess", "you can't be serious".
_RULE_ONLY_VERBS: Final = frozenset(
    {"rely", "expect", "be", "have", "live", "win", "count", "act", "make", "afford"}
)
_NEEDS_COMPLEMENT: Final = frozenset(
    {"call", "name", "make", "consider", "find", "turn", "label", "treat", "leave"}
)
_FIXING_VERBS: Final = frozenset({"solve", "fix", "sort", "help", "change", "cure", "work"})
_BACKSHIFT: Final = {
    "need": "needed",
    "needs": "needed",
    "want": "wanted",
    "have": "had",
    "are": "were",
    "is": "was",
    "am": "was",
    "we're": "we were",
    "i'm": "I was",
    "can": "could",
    "try": "tried",
    "ask": "asked",
    "talk": "talked",
    "get": "got",
    "go": "went",
}
# What "is it too much to ask for a …?" asks for, as a request.
_GIVE_ME: Final = {
    "text": "send me a text",
    "message": "send me a message",
    "call": "give me a call",
    "hug": "give me a hug",
    "kiss": "give me a kiss",
    "hand": "give me a hand",
    "break": "give me a break",
    "reply": "send me a reply",
    "thank": "say thank you",
    "thanks": "say thanks",
    "little": "give me a little help",
    "heads": "give me a heads-up",
    "minute": "give me a minute",
    "sec": "give me a second",
    "second": "give me a second",
}
_SOMEONE: Final = frozenset({"someone", "somebody", "person", "one", "guy", "woman", "man"})
_QUOTES: Final = frozenset({"'", '"', "\u201c", "\u201d", "\u2018", "\u2019"})
# Commands that stay fair requests once the pressure is gone.
_REQUESTABLE_COMMANDS: Final = frozenset(
    {"help", "clean", "tidy", "wash", "take", "pick", "bring", "tell", "let", "wait"}
    | {"sit", "stay", "turn", "switch", "hang", "close", "shut", "empty", "feed"}
)
# After "could have", only these make a fair reproach ("you could have called").
_COULD_HAVE_VERBS: Final = frozenset(
    {
        "tell",
        "talk",
        "call",
        "text",
        "ask",
        "say",
        "let",
        "warn",
        "mention",
        "check",
        "help",
        "invite",
        "include",
        "wait",
        "answer",
        "reply",
        "thank",
        "apologise",
        "apologize",
        "show",
        "come",
        "email",
        "message",
        "write",
        "consult",
    }
)
# Verbs that say what the speaker did for the relationship, not what the partner did.
_VAGUE_OBJECTS: Final = frozenset({"it", "this", "that", "everything", "us", "things", "me"})


@attrs.define
class SentencePlan:
    """What one judgmental sentence contributes to the I-statement."""

    start: int
    end: int
    categories: tuple[Category, ...] = ()
    observation: str | None = None
    situation: str | None = None
    request: str | None = None
    request_score: int = 0
    question: str | None = None
    feelings: list[tuple[int, int, str]] = attrs.Factory(list)
    """(score, -rank, feeling) candidates."""
    needs: list[tuple[int, int, str]] = attrs.Factory(list)
    """(score, -rank, need name) candidates."""
    second_feeling: str | None = None
    feeling_where: str | None = None
    """Where the speaker feels it, when they said ("in this house")."""
    feeling_when: str | None = None
    """When the speaker felt it, when they said ("last night")."""
    kept_before: list[str] = attrs.Factory(list)
    """Clean clauses of the sentence that come before the judgment, kept as written."""
    transformed: list[str] = attrs.Factory(list)
    """The judgment itself turned into a clean sentence in the speaker's words, if possible."""
    kept_after: list[str] = attrs.Factory(list)
    """Clean clauses of the sentence that come after the judgment, kept as written."""
    address: str | None = None
    offer: str | None = None
    acknowledge: bool = False
    self_directed: bool = False
    """True when the sentence is about the speaker's own reaction (stonewalling, defence)."""
    edits: list[Edit] = attrs.Factory(list)
    third_person: str | None = None
    """"him", "her" or "them" when the sentence is about the partner, not to them."""
    named_partner: str | None = None
    """How the sentence names that partner ("my boyfriend"), when it does."""
    command_offer: str | None = None
    """A "stop …" command as an idea to offer, used when the message is advice."""
    tokens: tuple[Token, ...] = ()
    """The tokens of the sentence."""
    blocked: frozenset[int] = frozenset()
    """Indices of the tokens that are the judgment's own words, the address or kept as written."""

    def add_feeling(self, score: int, category: Category, word: str) -> None:
        """Offer ``word`` as the feeling, with how sure the source is."""
        self.feelings.append((score, -CATEGORY_RANK.get(category, 99), word))

    def add_need(self, score: int, category: Category, name: str) -> None:
        """Offer need ``name``, with how sure the source is."""
        self.needs.append((score, -CATEGORY_RANK.get(category, 99), name))

    def offer_request(self, score: int, request: str) -> None:
        """Keep ``request`` if it is more specific than the one we have."""
        if score > self.request_score:
            self.request, self.request_score = request, score


# Verbs of coming to know, before what the speaker had missed.
_REALISE_VERBS: Final = frozenset({"realize", "realise", "know", "understand", "see"})
# The words between such a verb and "such a big deal": "(that) it was", "this is".
_IT_WAS: Final = frozenset({"it's", "it", "was", "is", "that's", "this", "that"})


def _run_of_words_before(tokens: Sequence[Token], end: int) -> int:
    """Start of the words (and hyphens) that run up to ``tokens[end]``."""
    start = end
    while start > 0 and (tokens[start - 1].is_word or tokens[start - 1].norm == "-"):
        start -= 1
    return start


def _span_tokens(tokens: Sequence[Token], finding: Finding) -> tuple[int, int]:
    """Indices [first, last+1) of the tokens that overlap ``finding``."""
    first = last = -1
    for index, token in enumerate(tokens):
        if token.end > finding.start and token.start < finding.end:
            if first < 0:
                first = index
            last = index
    if first < 0:
        return len(tokens), len(tokens)
    return first, last + 1


def _ngrams(tokens: Sequence[Token], a: int, b: int, size: int = 4) -> list[tuple[int, int, str]]:
    """Every run of up to ``size`` words in ``tokens[a:b]``, longest first."""
    grams = []
    for length in range(size, 0, -1):
        for i in range(a, max(a, b - length + 1)):
            words = tokens[i : i + length]
            if all(t.is_word or t.norm == "-" for t in words):
                text = " ".join(t.norm for t in words).replace(" - ", "-")
                grams.append((i, i + length, text))
    return grams


def _quoted(word: str) -> str:
    return f"'{word}'"


def _first_word(tokens: Sequence[Token], a: int, b: int, words: frozenset[str]) -> str | None:
    for token in tokens[a:b]:
        if token.norm in words:
            return token.norm
    return None


_ABSOLUTE_WORDS: Final = frozenset(
    {
        "never",
        "always",
        "constantly",
        "forever",
        "continually",
        "again",
        "keep",
        "kept",
        "everything",
        "nothing",
        "anything",
        "every",
        "whenever",
        "once",
        "even",
    }
)


class _Analysis:
    """The working state while one sentence is read."""

    def __init__(
        self,
        message: str,
        start: int,
        end: int,
        findings: Sequence[Finding],
        tokens: Sequence[Token] | None = None,
    ) -> None:
        self.message = message
        self.tokens = tuple(tokens) if tokens is not None else tokenize(message[start:end])
        if tokens is None and start:
            self.tokens = tuple(
                Token(t.norm, t.surface, t.start + start, t.end + start) for t in self.tokens
            )
        self._clauses: dict[int, Clause | None] = {}
        self.findings = findings
        self.plan = SentencePlan(
            start=start,
            end=end,
            categories=tuple(sorted({f.category for f in findings}, key=CATEGORY_RANK.__getitem__)),
        )
        self.spans = [_span_tokens(self.tokens, f) for f in findings]
        self.used_clause: Clause | None = None
        self.observation_blocked = False
        self.address_index = -1
        self.ordered: list[tuple[int, str]] = []
        """Kept and transformed clauses with where they start, to keep the speaker's order."""
        self.kept_indices: set[int] = set()
        self.feeling_named = False

    # --- helpers -------------------------------------------------------------------------

    def you_clauses(self, a: int, b: int) -> list[Clause]:
        """Clauses with subject "you" starting in ``tokens[a:b]``, parsed once per sentence."""
        tokens = self.tokens
        clauses = []
        for index in range(max(0, a), min(b, len(tokens))):
            if tokens[index].norm not in _YOU_FORMS:
                continue
            if index > 0 and tokens[index - 1].norm in _INVERTING_AUX:
                continue  # "were you raised …", "do you ever …": a question, not a statement
            if index not in self._clauses:
                self._clauses[index] = parse_clause(tokens, index)
            clause = self._clauses[index]
            if clause is not None:
                clauses.append(clause)
        return clauses

    def edit(self, finding: Finding, note: str, after: str | None = None) -> None:
        self.plan.edits.append(
            Edit(
                start=finding.start,
                end=finding.end,
                before=finding.text,
                after=after,
                note=note,
                category=finding.category,
            )
        )

    def observe(self, clause: Clause | None, *, allow_vague: bool = False) -> bool:
        """Use ``clause`` as the observation if it names visible behaviour."""
        if clause is None or self.observation_blocked or self.plan.observation is not None:
            return False
        if not clause.observable or not (clause.informative or allow_vague):
            return False
        if _experiential(clause) or clause.lemma in _MIND_VERBS or self._sarcastic(clause):
            return False
        if clause.lemma in _VERDICT_VERBS:
            return False  # "you were exaggerating" is still a verdict
        if self._hypothetical(clause):
            return False  # "you'd lose your head if …" did not happen
        if _THING_RIGHT.search(clause.request()):
            return False  # "you didn't do one thing right" is still a verdict
        clause = self._outside_findings(clause)
        if clause.kind == "be" and not clause.rest:
            return False
        self.plan.observation = clause.observation()
        rest = clause.rest
        if (
            clause.lemma == "make"
            and not clause.negative
            and len(rest) >= 2
            and rest[0].norm == "me"
            and verb_lemma(rest[1].norm) == rest[1].norm
        ):
            # "you made me ask twice" is blame; what happened: "I had to ask twice".
            self.plan.observation = f"I had to {join_words(rest[1:])}"
        self.plan.situation = _situation(clause)
        self.used_clause = clause
        if clause.lemma in {"talk", "speak", "treat", "yell", "shout"}:
            self.plan.add_need(SPECIFIC, Category.ABSOLUTE, "gentleness")
            self.plan.add_feeling(SPECIFIC, Category.ABSOLUTE, "hurt")
        for word in [*_lemmas(clause.rest), clause.lemma]:
            topic = TOPICS.get(word)
            if topic is not None:
                need, feel = topic
                self.plan.add_need(TOPIC, Category.ABSOLUTE, need)
                self.plan.add_feeling(TOPIC, Category.ABSOLUTE, feel)
                break
        return True

    def _outside_findings(self, clause: Clause) -> Clause:
        """The clause with its words cut short where another finding begins."""
        rest = []
        for token in clause.rest:
            if any(token.start <= f.start < token.end for f in self.findings):
                break  # another judgment begins here
            rest.append(token)
        while rest and not rest[-1].is_word:
            rest.pop()
        if len(rest) == len(clause.rest):
            return clause
        return attrs.evolve(clause, rest=tuple(rest))

    def _hypothetical(self, clause: Clause) -> bool:
        """Whether the clause says what would happen "if …", not what did."""
        if clause.mood != "modal":
            return False
        tokens = self.tokens
        k = clause.start
        said_would = tokens[k].norm.endswith("'d") or (
            k + 1 < len(tokens) and tokens[k + 1].norm == "would"
        )
        return said_would and any(t.norm in {"if", "unless"} for t in tokens)

    def _sarcastic(self, clause: Clause) -> bool:
        """Whether the clause is sarcasm that means the opposite.

        It follows "like" or "as if", or a sarcastic retort ("Oh sure, because you
        always do the dishes", "Right, because you've never been late").
        """
        tokens = self.tokens
        k = clause.start
        before = [tokens[i].norm for i in range(max(0, k - 2), k)]
        if before and (before[-1] == "like" or before[-2:] == ["as", "if"]):
            return True
        opening = tokens[k].start if k < len(tokens) else -1
        return any(
            f.rule_id in _SARCASTIC_OPENERS and f.start <= opening <= f.end for f in self.findings
        )

    def sarcastic_never(self) -> None:
        """Read "like you never disrupt my peace" as what happened: "you disrupted my peace"."""
        if self.plan.observation is not None or any("counter" in f.rule_id for f in self.findings):
            return
        for clause in self.you_clauses(0, len(self.tokens)):
            said_never = any(t.norm == "never" for t in self.tokens[clause.start : clause.end])
            if self._sarcastic(clause) and said_never and clause.kind == "verb":
                self.observation_blocked = False
                positive = attrs.evolve(clause, negative=False, start=clause.start)
                if positive.lemma not in _MIND_VERBS and positive.informative:
                    # "never forget anything" -> "you forgot something"
                    observation = self._outside_findings(positive).observation()
                    self.plan.observation = affirmed(observation)
                return

    def request_from(self, clause: Clause | None, score: int = 3, *, when: str = "") -> None:
        """Offer the act of ``clause`` as the request; ``when`` is added after it."""
        if clause is None or clause.lemma in UNSUITABLE_REQUEST_VERBS or _experiential(clause):
            return
        if _VAGUE_REQUEST.match(clause.request()):
            return  # "do better", "do it": nothing concrete to agree to
        if clause.lemma in _MIND_VERBS or self._sarcastic(clause):
            return
        if clause.negative and clause.mood == "modal" and not clause.never:
            return  # "you can't live in filth" states a rule; it is not a missed act
        if clause.lemma == "be" and not _FAIR_BE_REQUEST.search(clause.request()):
            return
        clause = self._outside_findings(clause)
        if clause.kind == "be" and not clause.observable and clause.lemma != "be":
            return
        self.plan.offer_request(score, clause.request() + when)
        for word in [*_lemmas(clause.rest), clause.lemma]:
            topic = TOPICS.get(word)
            if topic is not None:
                self.plan.add_need(TOPIC, Category.ABSOLUTE, topic[0])
                self.plan.add_feeling(TOPIC, Category.ABSOLUTE, topic[1])
                break

    def best_clause(self, a: int, b: int) -> Clause | None:
        """The most informative "you" clause starting in ``tokens[a:b]``, else any."""
        clauses = self.you_clauses(a, b)
        for clause in clauses:
            if clause.informative and clause.observable:
                return clause
        for clause in clauses:
            following = self._participle_after(clause)
            if following is not None:
                return following
        return clauses[0] if clauses else None

    def third_person_clause(self) -> Clause | None:
        """A clause about the partner in the third person ("My husband never lifts …").

        Only when the sentence does not speak to anyone as "you"; it also records which
        pronoun the request should use ("I'd like to ask him to …").
        """
        tokens = self.tokens
        if any(t.norm in _YOU_FORMS for t in tokens):
            return None
        for index, token in enumerate(tokens):
            word = token.norm
            if word in _THIRD_PERSON_PRONOUNS:
                subject, j = word.split("'")[0], index + 1
                pronoun = _THIRD_PERSON_PRONOUNS[word]
                clause = parse_clause(tokens, index)
            elif (
                word in {"my", "our"}
                and index + 1 < len(tokens)
                and tokens[index + 1].norm in _RELATIONS
            ):
                j = index + 2
                subject = join_words(tokens[index:j])
                pronoun = _RELATIONS[tokens[index + 1].norm]
                clause = clause_after(tokens, j, subject="he")
                if clause is not None:
                    clause = attrs.evolve(clause, subject=subject, start=index)
            else:
                continue
            if clause is None or (clause.lemma in _MIND_VERBS | {"be"} and clause.kind != "be"):
                return None
            reflexive = {t.norm for t in clause.rest} & {"himself", "herself"}
            if reflexive:
                pronoun = "him" if "himself" in reflexive else "her"
            self.plan.third_person = pronoun
            return clause
        return None

    def _third_person_target(self) -> None:
        """Note "him" or "her" when the sentence is about the partner, not to them."""
        self._find_third_person()
        if self.plan.third_person is None:
            return
        tokens = self.tokens
        for index in range(len(tokens) - 1):
            if tokens[index].norm in {"my", "our"} and tokens[index + 1].norm in _RELATIONS:
                self.plan.named_partner = join_words(tokens[index : index + 2]).lower()
                return

    def _find_third_person(self) -> None:
        tokens = self.tokens
        if self.plan.third_person is not None or any(t.norm in _YOU_FORMS for t in tokens):
            return
        if any(t.norm == "your" for t in tokens):
            return
        for index, token in enumerate(tokens):
            if token.norm in {"my", "our"} and index + 1 < len(tokens):
                pronoun = _RELATIONS.get(tokens[index + 1].norm)
                if pronoun is not None:
                    self.plan.third_person = pronoun
                    return
            if token.norm in _THIRD_PERSON_PRONOUNS and index == 0:
                self.plan.third_person = _THIRD_PERSON_PRONOUNS[token.norm]
                return

    def best_clause_anywhere(self) -> Clause | None:
        """The first informative, observable "you" clause of the whole sentence."""
        for clause in self.you_clauses(0, len(self.tokens)):
            if clause.informative and clause.observable and not _experiential(clause):
                return clause
        return None

    def possession_observation(self) -> None:
        """Read "your clothes are all over the floor" as what was seen.

        Also the question form "why are your clothes all over the floor?". The result is
        "your clothes were on the floor"; "all over the house" becomes "around the house".
        """
        if self.plan.observation is not None or self.observation_blocked:
            return
        tokens = self.tokens
        for index, token in enumerate(tokens):
            if token.norm != "your":
                continue
            inverted = index > 0 and tokens[index - 1].norm in _BE_FORMS
            j = index + 1
            while j < min(len(tokens), index + 4) and tokens[j].is_word:
                word = tokens[j].norm
                if word in _BE_FORMS or word in _PLACE_STARTS:
                    break
                j += 1
            if j == index + 1 or j >= len(tokens):
                continue
            if inverted:
                be, k = tokens[index - 1].norm, j
            elif tokens[j].norm in _BE_FORMS:
                be, k = tokens[j].norm, j + 1
            else:
                continue
            words: list[str] = []
            while k < len(tokens) and tokens[k].is_word and len(words) < 8:
                if tokens[k].norm in {"again", "always", "constantly", "everywhere", "anymore"}:
                    break
                words.append(tokens[k].surface)
                k += 1
            place = _place_phrase(" ".join(words))
            if place is None:
                continue
            thing = join_words(tokens[index:j])
            self.plan.observation = f"{thing} {'were' if be in {'are', 'were'} else 'was'} {place}"
            return

    def topic_request(self) -> None:
        """Ask to talk about the thing a label or put-down was about ("my interest in magic")."""
        if self.plan.request_score or not {
            Category.LABEL,
            Category.CONTEMPT,
            Category.COMPARISON,
            Category.DEMAND,
        } & set(self.plan.categories):
            return
        tokens = self.tokens
        for index, token in enumerate(tokens):
            if token.norm not in {"my", "our", "the"} or index in self.kept_indices:
                continue
            if any(f.start <= token.start < f.end for f in self.findings):
                continue
            phrase = [token]
            for following in tokens[index + 1 : index + 5]:
                if not following.is_word or following.norm in _PHRASE_STOPS:
                    break
                if any(f.start <= following.start < f.end for f in self.findings):
                    break
                phrase.append(following)
            head = phrase[-1].norm
            if len(phrase) < 2 or head in _VAGUE_NOUNS or not is_known_word(head):
                continue
            if verb_lemma(head) == head and not is_noun(head):
                continue
            self.plan.offer_request(2, f"talk with me about {join_words(phrase)}")
            return

    def speaker_observation(self) -> None:
        """What the speaker did, in the past ("I cleaned up the space for you")."""
        if self.plan.observation is not None or self.observation_blocked:
            return
        tokens = self.tokens
        for index in range(len(tokens)):
            if tokens[index].norm not in _OBSERVED_SUBJECTS or index in self.kept_indices:
                continue
            if any(a <= index < b for a, b in self.spans):
                continue
            if index > 0 and tokens[index - 1].norm in {"if", "unless", "whether"}:
                continue  # "… if I just left these things": what didn't happen, not a fact
            clause = parse_clause(tokens, index)
            if (
                clause is not None
                and clause.past_form
                and clause.kind == "verb"
                and not clause.negative
                and clause.lemma not in _MENTAL_VERBS
                and len([t for t in clause.rest if t.is_word]) >= 2
            ):
                clause = self._outside_findings(clause)
                self.plan.observation = clause.observation()
                self.plan.situation = _situation(clause)
                return

    def need_mentions(self) -> None:
        """A need the speaker named outright ("some peace around here")."""
        tokens = self.tokens
        for index, token in enumerate(tokens):
            if token.norm not in _NAMED_NEEDS or index == 0:
                continue
            before = [t.norm for t in tokens[max(0, index - 4) : index]]
            if before[-1] not in _NEED_CUES:
                continue
            # Only the speaker's own wants: "I need some peace", "you owe me respect", "you
            # are not the only one needing some peace".
            wider = [t.norm for t in tokens[max(0, index - 6) : index]]
            if (
                before[-1] == "me"
                or {"i", "i'm", "we", "i'd", "me"} & set(before)
                or ("only" in wider and "one" in wider)
            ):
                self.plan.add_need(TOPIC + 1, Category.ABSOLUTE, _NAMED_NEEDS[token.norm])
                return

    def _keep_sentence(self, words: list[Token]) -> bool:
        """Keep ``words`` as a sentence of its own if it is clean; report success."""
        text = _sentence_case(join_words(words))
        if not text:
            return False
        if text[-1] not in ".!?":
            text += "."
        if detect(text):
            return False
        position = next(
            (i for i, t in enumerate(self.tokens) if t.start >= words[0].start), len(self.tokens)
        )
        self.ordered.append((position, text))
        return True

    def _participle_after(self, clause: Clause) -> Clause | None:
        """The participle clause after a vague one ("…doing this, brushing off …")."""
        tokens = self.tokens
        j = clause.end
        if j + 1 < len(tokens) and tokens[j].norm == "," and tokens[j + 1].norm.endswith("ing"):
            candidate = clause_after(tokens, j + 1)
            if candidate is not None and candidate.informative:
                return candidate
        return None

    # --- the parts every sentence gets ---------------------------------------------------

    def address(self) -> None:
        """A form of address to keep ("Gwen, …", "…, darling.", "You know, Cal, …")."""
        tokens = self.tokens
        i = 0
        while i < len(tokens) and (tokens[i].norm in INTERJECTIONS or not tokens[i].is_word):
            i += 1
        candidates = []
        if i + 1 < len(tokens) and tokens[i + 1].norm in {",", ".", "!", "..."}:
            candidates.append(i)
        k = len(tokens) - 1
        while k > 0 and not tokens[k].is_word:
            k -= 1
        if k > 1 and tokens[k - 1].norm == ",":
            candidates.append(k)
        candidates.extend(
            k
            for k in range(1, len(tokens) - 1)
            if tokens[k - 1].norm == "," and tokens[k + 1].norm == ","
        )
        for k in candidates:
            inside = any(
                f.start <= tokens[k].start < f.end
                for f in self.findings
                if f.category is Category.CONTEMPT
            )
            if not inside and self._is_address(k):
                self.plan.address = _sentence_case(tokens[k].surface)
                self.address_index = k
                return

    def keep_clean_clauses(self) -> None:
        """Keep the clauses of the sentence that carry no judgment, as the speaker wrote them.

        The sentence is cut at commas, dashes, semicolons and "but/and/so + subject"; a
        clause with no finding in it that reads as a statement of its own ("I love you",
        "I got work, Liam", "it was lovely") is kept, in its place before or after the
        I-statement.
        """
        tokens = self.tokens
        if any(f.category is Category.STONEWALLING for f in self.findings):
            return  # "Do whatever you want, I don't care anymore": nothing there to keep
        segments = _segments(tokens)
        hits = [any(a <= index < b for a, b in self.spans) for index in range(len(tokens))]
        judged = [k for k, seg in enumerate(segments) if any(hits[i] for i in seg)]
        if not judged:
            return
        first, last = judged[0], judged[-1]
        runs: list[tuple[int, list[int]]] = []
        for k, seg in enumerate(segments):
            if k in judged or not self._keepable(seg):
                continue
            if runs and runs[-1][0] == k - 1:
                runs[-1] = (k, runs[-1][1] + seg)
            else:
                runs.append((k, list(seg)))
        for _, indices in runs:
            indices = [i for i in indices if i not in _absolute_words(tokens, indices)]
            text = self._original_text(indices)
            self.kept_indices.update(range(indices[0], indices[-1] + 1))
            self.ordered.append((indices[0], text))
        del first, last

    def _keepable(self, seg: Sequence[int]) -> bool:
        tokens = self.tokens
        words = [i for i in seg if tokens[i].is_word and i != self.address_index]
        while words and tokens[words[0]].norm in INTERJECTIONS | {"and", "but", "so"}:
            words.pop(0)
        if not words:
            return False
        head = tokens[words[0]].norm
        shortest = 2 if head in {"love", "thanks", "thank"} else 3
        if len(words) < shortest or head not in _STATEMENT_STARTS:
            return False
        if not any(_is_verbish(tokens[i].norm) for i in words):
            return False
        if self.feeling_named and any(_names_feeling(tokens, i) for i in words):
            return False  # "it frustrates me" is said by the I-statement already
        if any(tokens[i].norm in _LABEL_WORDS for i in words):
            return False  # "it makes you a bore": a label the rules happen to miss
        return not detect(self._original_text(words))

    def _original_text(self, indices: Sequence[int]) -> str:
        tokens = self.tokens
        words = [i for i in indices if tokens[i].is_word or i not in (indices[0], indices[-1])]
        while words and tokens[words[0]].norm in INTERJECTIONS | {"and", "but", "so"}:
            words.pop(0)
        while words and not tokens[words[-1]].is_word:
            words.pop()
        if not words:
            return ""
        first = tokens[words[0]]
        text = self.message[first.start : tokens[words[-1]].end]
        # The first word as the rewrite spells it ("I" for "i"); a chat spelling that
        # stands for several words ("idk") is all of them: "I don't know".
        lead = join_words([t for t in tokens if (t.start, t.end) == (first.start, first.end)])
        text = lead + text[first.end - first.start :]
        text = _sentence_case(text)
        return text if text[-1] in ".!?" else text + "."

    def _is_address(self, i: int) -> bool:
        token = self.tokens[i]
        if token.norm in ENDEARMENTS or token.norm in _FAMILY_ADDRESS:
            return True
        surface = token.surface
        return (
            surface[:1].isupper()
            and surface[1:].islower()
            and token.norm not in INTERJECTIONS
            and token.norm not in _NOT_NAMES
            and not is_known_word(token.norm)
        )

    def explicit_feelings(self) -> None:
        """Real feelings the speaker named about themselves ("I'm miserable", "it upsets me")."""
        if any(f.category is Category.INVALIDATION for f in self.findings):
            return  # the feeling named is theirs ("you can't be tired")
        before_count = len(self.plan.feelings)
        self._explicit_feelings(self.tokens)
        if len(self.plan.feelings) > before_count:
            self.feeling_named = True

    def _explicit_feelings(self, tokens: Sequence[Token]) -> None:
        for index, token in enumerate(tokens):
            word = token.norm
            before = [t.norm for t in tokens[max(0, index - 3) : index]]
            after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            named = feeling(word)
            if (
                named is not None
                and not named.pleasant
                and word not in _NOT_FEELINGS_HERE
                and {"i'm", "am", "feel", "felt", "feeling", "me", "i"} & set(before)
                and not ({"you", "you're", "not", "don't"} & set(before[-2:]))
            ):
                self.plan.add_feeling(EXPLICIT, Category.BLAME, named.word)
                return
            lemma = verb_lemma(word) if word.endswith(("s", "es", "ed")) else None
            if lemma in _FEELING_VERBS and after == "me":
                self.plan.add_feeling(EXPLICIT, Category.BLAME, _FEELING_VERBS[lemma])
                return
            if word in {"drives", "drive", "driving"} and after == "me":
                rest = tokens[index + 2].norm if index + 2 < len(tokens) else ""
                if rest in _FEELING_IDIOMS:
                    self.plan.add_feeling(EXPLICIT, Category.BLAME, _FEELING_IDIOMS[rest])
                    return

    def topics(self) -> None:
        tokens = self.tokens
        for index, token in enumerate(tokens):
            word = token.norm
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            if word in _CLAUSE_ONLY_TOPICS or (word == "mess" and following == "up"):
                continue
            topic = TOPICS.get(word)
            if topic is not None:
                need, feel = topic
                self.plan.add_need(TOPIC, Category.ABSOLUTE, need)
                self.plan.add_feeling(TOPIC, Category.ABSOLUTE, feel)
                return

    # --- the families --------------------------------------------------------------------

    def run(self) -> SentencePlan:
        self.address()
        self.explicit_feelings()
        self.keep_clean_clauses()
        pairs = list(zip(self.findings, self.spans, strict=True))
        if any(f.category is Category.UNSOLICITED_ADVICE for f in self.findings):
            # "Simple, stop eating sugar": a command inside advice is more advice.
            pairs = [p for p in pairs if p[0].category is not Category.DEMAND]
        for finding, (a, b) in sorted(pairs, key=lambda pair: CATEGORY_RANK[pair[0].category]):
            category = finding.category
            default_feeling, default_need, _ = CATEGORY_PLAN[category.value]
            fitting = RULE_PLANS.get(finding.rule_id)
            if fitting is not None:
                default_feeling, default_need, request = fitting
                self.plan.offer_request(1, request)
            self.plan.add_feeling(DEFAULT, category, default_feeling)
            self.plan.add_need(DEFAULT, category, default_need)
            handler = _HANDLERS.get(category)
            if handler is not None:
                handler(self, finding, a, b)
        if any("counter" in f.rule_id for f in self.findings):
            # "Like you've never delayed …" is a counter-attack: nothing in it to ask for.
            self.plan.request, self.plan.request_score = None, 0
            for finding in self.findings:
                fitting = RULE_PLANS.get(finding.rule_id)
                if fitting is not None:
                    self.plan.offer_request(1, fitting[2])
            self.plan.observation = None
            self.observation_blocked = True
        self.sarcastic_never()
        self._third_person_target()
        self.possession_observation()
        self.speaker_observation()
        self.need_mentions()
        self.topics()
        self.plan.kept_before = [text for _, text in sorted(self.ordered, key=lambda p: p[0])]
        self.plan.tokens = self.tokens
        blocked = {i for a, b in self.spans for i in range(a, b)} | self.kept_indices
        blocked |= self._sting_continuations()
        if self.address_index >= 0:
            blocked.add(self.address_index)
        self.plan.blocked = frozenset(blocked)
        return self.plan

    def _sting_continuations(self) -> set[int]:
        """Words after a put-down, label or comparison that finish it ("… out of proportion").

        "You're making a mountain out of a molehill", "be more like your brother": what
        follows the judgment's trigger up to the end of its clause is still the judgment,
        unless a preposition brings in the subject ("… over a parking space").
        """
        tokens = self.tokens
        out: set[int] = set()
        for finding, (_, b) in zip(self.findings, self.spans, strict=True):
            category = finding.category
            if category is Category.LABEL and finding.rule_id in _OBJECT_LABELS:
                continue  # "you're invalidating my feelings": what follows is the subject
            if category not in {Category.LABEL, Category.COMPARISON} and (
                finding.rule_id not in _STING_RULES
            ):
                continue
            if b > 0 and tokens[b - 1].norm in {"about", "over", "regarding"}:
                continue  # "nobody cares about": the judgment stops where the subject comes in
            j = b
            while j < len(tokens) and (tokens[j].is_word or tokens[j].norm in {"'", "-"}):
                word = tokens[j].norm
                following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if (
                    word in _TOPIC_LINKS
                    or (
                        word in {"and", "but", "so"} and following in _STATEMENT_STARTS | _YOU_FORMS
                    )
                    # "you're useless with money": what the label is about comes in
                    or (word == "with" and category is Category.LABEL and j == b)
                ):
                    break
                out.add(j)
                j += 1
        return out

    def absolute(self, finding: Finding, a: int, b: int) -> None:
        word = _first_word(self.tokens, a, b, _ABSOLUTE_WORDS) or finding.text.strip()
        word = {"kept": "keep", "every": "every time"}.get(word, word)
        rule = finding.rule_id
        tokens = self.tokens
        opening = next((t.norm for t in tokens if t.is_word), "")
        if (
            tokens[a].norm in {"every", "whenever", "each"} or opening == "whenever"
        ) and rule != "absolute.even_once":
            self._every_time(finding, a, b, word)
            if self.plan.observation is not None or opening != "whenever":
                return
        self._own_absolute(a, b)
        words = [t.norm for t in tokens[a:b]]
        if words[-2:] == ["first", "time"] and "this" in words[:2]:
            self._happened_before(b)
        if words[:2] == ["nothing", "i"]:
            self.plan.add_need(SPECIFIC, Category.ABSOLUTE, "appreciation")
            self.plan.add_feeling(SPECIFIC, Category.ABSOLUTE, "discouraged")
        clause = self.best_clause(a, b + 1)
        if words[-2:] == ["do", "is"] and b < len(tokens):
            clause = clause_after(tokens, b)
        if clause is None or not (clause.informative and clause.observable):
            clause = self.best_clause_anywhere() or clause
        if clause is None:
            clause = self._inverted_clause(a) or self.third_person_clause()
        if (
            rule == "absolute.nothing_everything"
            and clause is not None
            and clause.lemma in {"ruin", "wreck", "spoil", "mess", "do", "question", "criticize"}
        ):
            clause = None
        if clause is not None and clause.negative:
            self.request_from(clause)
        used = self.observe(clause)
        if used and clause is not None and self.plan.observation is not None:
            self._when_mine(b)
            also = self._participle_after(clause)
            if also is not None and also.informative and also.lemma not in _MIND_VERBS:
                extra = self._outside_findings(also).observation()
                self.plan.observation += " and " + extra.removeprefix("you ")
        after = self.plan.observation if used else None
        self.edit(finding, f"removed the absolute {_quoted(word)}", after)

    def _happened_before(self, b: int) -> None:
        """Say plainly what "This isn't the first time this has happened" means."""
        tokens = self.tokens
        rest = [t.norm for t in tokens[b:] if t.is_word and t.norm not in {"that", "either"}]
        if rest[:3] in (["this", "has", "happened"], ["it", "has", "happened"]) or rest[:2] in (
            ["this's", "happened"],
            ["it's", "happened"],
        ):
            self._keep_sentence(_our_words("This has happened before", tokens[b - 1]))

    def _when_mine(self, b: int) -> None:
        """Keep the speaker's moment with the behaviour.

        "You walk off like you always do when we need to discuss something" -> "we needed
        to discuss something and you walked off".
        """
        tokens = self.tokens
        observation = self.plan.observation
        if observation is None or " when " in observation:
            return
        for index in range(max(b - 1, 1), min(len(tokens) - 1, b + 4)):
            link = tokens[index].norm in {"when", "whenever"} or (
                tokens[index].norm == "time" and tokens[index - 1].norm in {"every", "single"}
            )  # "… every time we make plans"
            if link and tokens[index + 1].norm in {"we", "i", "we're", "i'm"}:
                mine = parse_clause(tokens, index + 1)
                if mine is not None and mine.kind != "be" and mine.lemma not in {"be"}:
                    words = [
                        Token(t.norm, _BACKSHIFT.get(t.norm, t.surface), t.start, t.end)
                        for t in tokens[index + 1 : mine.end]
                    ]
                    verb = words[1] if len(words) > 1 else None
                    if verb is not None and verb.norm == mine.lemma not in _BACKSHIFT:
                        # "we make plans" -> "we made plans"
                        words[1] = Token(verb.norm, past(verb.norm), verb.start, verb.end)
                    # "When we needed to discuss something and you walked off, …"
                    self.plan.observation = f"{join_words(words)} and {observation}"
                return

    def _inverted_clause(self, a: int) -> Clause | None:
        """Read an inverted absolute as a clause: "Not once have you thanked me …"."""
        tokens = self.tokens
        words = [t.norm for t in tokens[a : a + 4]]
        if not (words[:2] == ["not", "once"] or words[:1] == ["never"]):
            return None
        for index in range(a + 1, min(len(tokens) - 1, a + 6)):
            if tokens[index].norm == "you" and tokens[index - 1].norm in _INVERTING_AUX:
                return clause_after(tokens, index + 1, negative=True)
        return None

    def _own_absolute(self, a: int, b: int) -> None:
        """Keep the speaker's own clause without its absolute ("I listen to you every time")."""
        tokens = self.tokens
        for seg in _segments(tokens):
            if not any(a <= i < b for i in seg):
                continue
            words = [i for i in seg if tokens[i].is_word]
            if not words or tokens[words[0]].norm not in {"i", "i'm", "i've", "we", "we're"}:
                return
            drop: set[int] = set()
            for i in seg:
                if tokens[i].norm in {"always", "constantly", "forever"}:
                    drop.add(i)
                if tokens[i].norm == "every" and i + 1 < len(tokens):
                    run = [i, i + 1] if tokens[i + 1].norm in {"time", "day"} else []
                    if tokens[i + 1].norm == "single" and i + 2 < len(tokens):
                        run = [i, i + 1, i + 2]
                    drop.update(run)
            if drop:
                self._keep_sentence([tokens[i] for i in seg if i not in drop])
            return

    def _every_time(self, finding: Finding, a: int, b: int, word: str) -> None:
        tokens = self.tokens
        mine = None
        moment = None
        first_word = next((i for i, t in enumerate(tokens) if t.is_word), a)
        begin = first_word if tokens[first_word].norm in {"whenever", "every", "each"} else a
        for index in range(begin, min(len(tokens), max(b, begin + 4) + 2)):
            if tokens[index].norm in {"i", "we"}:
                mine = parse_clause(tokens, index)
                break
            if tokens[index].norm in {"there's", "there"}:
                # "Whenever there's a bill to pay, …" -> "there was a bill to pay"
                j = index + (2 if tokens[index].norm == "there" else 1)
                end = j
                while end < len(tokens) and tokens[end].is_word:
                    end += 1
                if end > j:
                    moment = f"there was {join_words(tokens[j:end])}"
                break
        yours = self.best_clause(a, b + 1)
        if yours is None:
            yours = next(iter(self.you_clauses(0, len(tokens))), None)
        if mine is not None and yours is not None and mine.start < yours.start < mine.end:
            # "Every time I speak you interrupt me": without a comma, my clause ends at yours.
            cut = tokens[yours.start].start
            mine = attrs.evolve(mine, rest=tuple(t for t in mine.rest if t.start < cut))
        if (
            (mine is not None or moment is not None)
            and yours is not None
            and not self.observation_blocked
            and self.plan.observation is None
            and yours.observable
        ):
            first = moment if mine is None else mine.observation()
            seen = self._outside_findings(yours)
            second = seen.observation()
            if seen.kind == "be" and not seen.rest:
                second = f"{seen.subject} weren't there"  # "you're nowhere to be found"
            self.plan.observation = f"{first} and {second}"
            self.used_clause = yours
            mine_lemmas = [*_lemmas(mine.rest), mine.lemma] if mine is not None else []
            moment_lemmas = moment.split() if moment is not None else []
            for lemma in [*mine_lemmas, *moment_lemmas, *_lemmas(yours.rest), yours.lemma]:
                topic = TOPICS.get(lemma)
                if topic is not None:
                    self.plan.add_need(TOPIC, Category.ABSOLUTE, topic[0])
                    self.plan.add_feeling(TOPIC, Category.ABSOLUTE, topic[1])
                    break
        self.edit(finding, f"removed the absolute {_quoted(word)}", self.plan.observation)

    def label(self, finding: Finding, a: int, b: int) -> None:
        if self.plan.observation is None and not self.observation_blocked:
            # "And you couldn't even manage that, because you're an irresponsible mess."
            clause = self.best_clause_anywhere()
            if clause is not None and not (a <= clause.start < b) and clause.lemma != "be":
                self.observe(clause)
        found = None
        for _, _, gram in _ngrams(self.tokens, a, b):
            found = _LABELS.get(gram)
            if found is not None:
                break
        if found is not None:
            # About a thing ("it makes it a mess"), the label's needs fit less well.
            score = TOPIC - 1 if finding.rule_id.endswith("of_work") else LEXICON
            for rank, word in enumerate(found.feelings[:1]):
                self.plan.add_feeling(score - rank, Category.LABEL, word)
            self.plan.add_need(score, Category.LABEL, found.needs[0])
            word = found.word
        else:
            self.edit(finding, "described what you see instead of judging it")
            return
        kind = "insult" if found.insult else "label"
        self.edit(finding, f"replaced the {kind} {_quoted(word)} with the need behind it")

    def blame(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        rule = finding.rule_id
        if rule == "blame.you_make_me":
            named = self._feeling_after_me(a, b + 3)
            after_me = [t.norm for t in tokens[b - 1 : b + 1]]
            if "late" in after_me and self.plan.observation is None:
                self.plan.observation = "I was late"
                self.plan.add_need(SPECIFIC, Category.BLAME, "reliability")
            if named is not None:
                self.plan.add_feeling(EXPLICIT, Category.BLAME, named)
                self.edit(finding, f"owned the feeling: 'I feel {named}'", f"I feel {named}")
                self.plan.feeling_when = _time_phrase(tokens, b)
            else:
                self.edit(finding, "said what you feel instead of what they made you do")
            self._when_it_happens(b)
            return
        if rule == "blame.my_life":
            self._when_it_happens(b)  # "You put me in a foul mood every time you come home late"
        words = [t.norm for t in tokens[a:b]]
        if rule == "blame.ruined" and "reason" not in words:
            clause = self.best_clause(a, b)
            if clause is not None and clause.lemma in {
                "ruin",
                "wreck",
                "destroy",
                "spoil",
                "screw",
                "mess",
            }:
                obj = [t for t in clause.rest if t.norm not in {"up", "whole", "entire"}]
                if obj and not (len(obj) == 1 and obj[0].norm in _VAGUE_OBJECTS - {"it"}):
                    thing = join_words(obj) if obj[0].norm not in {"everything", "it"} else "things"
                    if not self.observation_blocked and self.plan.observation is None:
                        self.plan.observation = f"{thing} didn't go the way I hoped"
            self.edit(finding, "described what went wrong instead of whose fault it was")
            return
        if rule in {"blame.because_of_you", "blame.your_fault", "blame.caused"} or (
            # "that's on you", "your fault", "You're the reason I can't …" (not "you've
            # wrecked …", which says what went wrong above)
            rule in {"blame.on_you", "blame.ruined"}
            and {"fault", "on", "reason", "because"} & set(words)
        ):
            self._when_it_happens(a)
            for index in range(a, len(tokens)):
                if tokens[index].norm in {"we", "i", "i'm", "we're", "i'd", "we'd"}:
                    mine = parse_clause(tokens, index)
                    if mine is not None and mine.mood == "modal" and mine.perfect:
                        # "If it weren't for you I'd have finished my degree."
                        mine = attrs.evolve(mine, negative=not mine.negative, mood="plain")
                    if (
                        mine is not None
                        and mine.mood == "modal"
                        and mine.negative
                        and tokens[index + 1].norm in {"can't", "cannot"}
                        and self.plan.observation is None
                        and not self.observation_blocked
                    ):
                        # "You're the reason I can't sleep at night": a state, not an act.
                        state = [t for t in tokens[index : mine.end] if t.is_word]
                        self.plan.observation = "now that " + join_words(state)
                    elif mine is not None and mine.lemma not in {"be"}:
                        self.observe(mine, allow_vague=True)
                    break
            self._now_that(b)
            self._now_that_before(a)
            self.plan.add_need(SPECIFIC, Category.BLAME, "cooperation")
            self.plan.add_feeling(SPECIFIC, Category.BLAME, "frustrated")
            self.edit(finding, "described what happened instead of whose fault it was")
            return
        if rule == "blame.if_you_had":
            for clause in self.you_clauses(a, b + 1):
                if clause.lemma in {"have"}:
                    continue
                if (
                    clause.lemma in {"stop", "quit"}
                    and clause.rest
                    and clause.rest[0].norm.endswith("ing")
                ):
                    stopped = clause_after(tokens, _index_of(tokens, clause.rest[0]))
                    self.observe(stopped)
                elif clause.negative:
                    # "if you weren't hiding it" -> what happened: "you were hiding it".
                    self.observe(attrs.evolve(clause, negative=False))
                else:
                    if clause.perfect:
                        # "if you'd packed last night" -> what happened: "you didn't pack
                        # last night"; the wish is for next time.
                        self.observe(attrs.evolve(clause, negative=True, mood="plain"))
                        self.request_from(_without_time(clause), when=" next time")
                    else:
                        self.request_from(clause)
                break
            self.edit(finding, "turned 'if only you had …' into a request")
            return
        self.edit(finding, "said what you feel instead of whose fault it is")

    def _now_that(self, b: int) -> None:
        """Keep the state of things that blame is about, without the blame.

        "It's your fault we're broke" -> "Now that we're broke, …"; "Thanks to you, my
        mother isn't speaking to me" -> "Now that my mother isn't speaking to me, …".
        """
        if self.plan.observation is not None or self.observation_blocked:
            return
        tokens = self.tokens
        index = b
        for k in range(b - 1, -1, -1):
            if tokens[k].norm in {"you", "fault", "thanks"}:
                index = k + 1  # "Thanks to you, my mother isn't …": the state follows
                break
        while index < len(tokens) and (not tokens[index].is_word or tokens[index].norm == "that"):
            index += 1
        if index >= len(tokens):
            return
        start = index
        if tokens[index].norm in {"my", "our", "this", "the", "we're", "we", "i'm", "it's"}:
            if tokens[index].norm in {"my", "our", "this", "the"}:
                index += 2
            clause = clause_after(tokens, index, subject="he") if index > start else None
            if index == start:
                clause = parse_clause(tokens, index)
            if clause is None or clause.past_form or clause.lemma in _MIND_VERBS:
                return
            words = list(tokens[start : clause.end])
            while words and not words[-1].is_word:
                words.pop()
            if len(words) >= 2:
                self.plan.observation = "now that " + join_words(words)

    def _when_it_happens(self, start: int) -> None:
        """Observe the partner's act that the first moment after ``start`` names.

        "You put me in a foul mood every time you come home late" -> "you came home
        late"; "I was perfectly calm before you walked in" -> "you walked in"; "I feel
        ignored when you're on your phone" -> "you were on your phone".
        """
        tokens = self.tokens
        for index in range(max(1, start), len(tokens) - 1):
            word = tokens[index].norm
            if word in {"when", "whenever", "before", "after"} or (
                word in {"every", "each"} and tokens[index + 1].norm == "time"
            ):
                you = index + (2 if word in {"every", "each"} else 1)
                if you < len(tokens) and tokens[you].norm in _YOU_FORMS:
                    self.observe(self.best_clause(you, you + 1), allow_vague=True)
                return

    def _now_that_before(self, a: int) -> None:
        """The state of things before "… and that's on you": "The kids are upset"."""
        tokens = self.tokens
        if a < 3 or tokens[a - 1].norm != "and" or self.plan.observation is not None:
            return
        if self.observation_blocked or tokens[0].norm not in {"the", "my", "our", "we're", "we"}:
            return
        words = [t for t in tokens[: a - 1] if t.is_word or t.norm == "'"]
        if 2 <= len(words) <= 8 and not detect(join_words(words)):
            self.plan.observation = "now that " + join_words(words)

    def _by_doing(self, start: int) -> None:
        """Read "you're not helping by dismissing my feelings" as "you dismissed my feelings"."""
        tokens = self.tokens
        for clause in self.you_clauses(start, len(tokens)):
            for index, token in enumerate(clause.rest[:-1]):
                following = clause.rest[index + 1]
                if token.norm == "by" and following.norm.endswith("ing"):
                    self.observe(clause_after(tokens, _index_of(tokens, following)))
                    return

    def _talk_about(self, clause: Clause) -> None:
        """Offer "talk with me about <the thing>" when the clause names one."""
        phrase = _object_phrase(clause.rest)
        if phrase is not None:
            self.plan.offer_request(3, f"talk with me about {phrase}")

    def _you_said(self, a: int, b: int) -> str | None:
        """Turn "you think kindness can fix …" into "I heard you say that kindness can fix …"."""
        tokens = self.tokens
        for index in range(a, min(b + 1, len(tokens))):
            if tokens[index].norm in {"think", "believe", "saying"}:
                j = index + 1
                if j < len(tokens) and tokens[j].norm == "that":
                    j += 1
                personal = {"i", "i'm", "i've"} if tokens[index].norm != "saying" else set()
                if j >= len(tokens) or tokens[j].norm in _YOU_FORMS | personal:
                    return None
                end = j
                while end < len(tokens) and (tokens[end].is_word or tokens[end].norm == "'"):
                    end += 1
                words = tokens[j:end]
                if len(words) < 3 or not any(verb_lemma(t.norm) for t in words[1:]):
                    return None
                return f"I heard you say that {join_words(words)}"
        return None

    def _feeling_after_me(self, a: int, b: int) -> str | None:
        tokens = self.tokens
        for index in range(a, min(b, len(tokens))):
            if tokens[index].norm == "me":
                for token in tokens[index + 1 : index + 5]:
                    word = token.norm
                    if word in {"so", "feel", "really", "just", "absolutely", "completely"}:
                        continue
                    named = feeling(word)
                    if named is not None and not named.pleasant:
                        return named.word
                    return _FEELING_IDIOMS.get(word)
        return None

    def _unasked(self, a: int) -> str | None:
        """Turn "I didn't ask for your advice" into "ask me first whether I'd like …"."""
        tokens = self.tokens
        for index in range(a, len(tokens) - 3):
            if tokens[index].norm in {"ask", "asked"} and tokens[index + 1].norm == "for":
                if tokens[index + 2].norm != "your":
                    return None
                end = index + 3
                while end < len(tokens) and tokens[end].is_word and end < index + 8:
                    end += 1
                thing = join_words(tokens[index + 2 : end])
                request = f"ask me first whether I'd like {thing}"
                if detect(f"Would you be willing to {request}?"):
                    return None
                self.plan.offer_request(3, request)
                self.plan.add_need(SPECIFIC, Category.DEFENSIVENESS, "autonomy")
                self.plan.add_feeling(SPECIFIC, Category.DEFENSIVENESS, "irritated")
                return request
        return None

    def _own_denied(self, a: int) -> None:
        """Say what a denied claim denies, as the speaker's own sentence.

        "You think I don't know the value of my own work" and "It's not like I don't know
        where I've thrown my stuff" -> "I know …".
        """
        tokens = self.tokens
        for index in range(a, len(tokens) - 2):
            if tokens[index].norm != "i" or tokens[index + 1].norm not in {"don't", "didn't"}:
                continue
            verb = tokens[index + 2]
            if verb_lemma(verb.norm) != verb.norm:
                return
            end = index + 3
            while end < len(tokens) and tokens[end].is_word:
                if tokens[end].norm in {"because", "just", "when", "if", "so", "since", "but"}:
                    break
                end += 1
            rest = tokens[index + 3 : end]
            if rest:
                verb_form = verb.norm if tokens[index + 1].norm == "don't" else past(verb.norm)
                own = Token(verb_form, verb_form, verb.start, verb.end)
                self._keep_sentence(
                    [Token("i", "I", tokens[index].start, tokens[index].end), own, *rest]
                )
            return

    def mind_reading(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        rule = finding.rule_id
        words = [t.norm for t in tokens[a:b]]
        if "saying" in words and not self.plan.observation and not self.observation_blocked:
            self.plan.observation = self._you_said(a, b)
        if rule == "mind_reading.dont_care":
            clause = self.best_clause(a, b)
            if clause is not None:
                self._talk_about(clause)
            for word in words:
                lemma = verb_lemma(word) or word
                if lemma in _MIND_READING_NEEDS:
                    need, feel = _MIND_READING_NEEDS[lemma]
                    self.plan.add_need(SPECIFIC, Category.MIND_READING, need)
                    self.plan.add_feeling(SPECIFIC, Category.MIND_READING, feel)
                    break
            self.plan.question = "tell me how you feel about us"
            self.plan.offer_request(2, self.plan.question)
            self.edit(finding, "replaced the guess about their feelings with a question")
            return
        if rule == "mind_reading.you_think":
            self._own_denied(a)
            after = words[words.index("think") + 1 :] if "think" in words else []
            inverted = a > 0 and tokens[a - 1].norm in _INVERTING_AUX
            said = None if inverted else self._you_said(a, b)
            if said is not None and not self.observation_blocked and not self.plan.observation:
                self.plan.observation = said
            if after[:1] in (["i'm"], ["i"]) or after[:2] == ["that", "i'm"]:
                self.plan.add_need(SPECIFIC, Category.MIND_READING, "acceptance")
                self.plan.question = "tell me how you see me"
            elif after[:1] in (["you're"], ["you"]):
                self.plan.add_need(SPECIFIC, Category.MIND_READING, "equality")
                self.plan.question = "tell me how you see it"
            else:
                self.plan.add_need(SPECIFIC, Category.MIND_READING, "understanding")
                self.plan.question = "tell me how you see it"
            self.plan.add_feeling(SPECIFIC, Category.MIND_READING, "hurt")
            self.plan.offer_request(2, self.plan.question)
            self.edit(finding, "replaced the guess about their thoughts with a question")
            return
        if words[1:4] == ["a", "big", "deal"]:
            self._how_much_it_matters(a)
        # Motives: keep what they did, drop the guessed reason, and ask.
        named = self._feeling_after_me(a, b + 3)
        if named is not None:
            self.plan.add_feeling(EXPLICIT, Category.MIND_READING, named)
        clause = self.best_clause(a, b)
        if words[-2:] == ["making", "me"] and b < len(tokens) and verb_lemma(tokens[b].norm):
            # "You like making me wait" -> what happened: "I had to wait".
            if not self.observation_blocked and self.plan.observation is None:
                self.plan.observation = f"I had to {tokens[b].surface}"
        elif clause is not None and "only" in words and clause.kind == "verb":
            cut = list(clause.rest)
            for index, token in enumerate(cut):
                if token.norm in {"to", "because", "so", "cause"}:
                    cut = cut[:index]
                    break
            self.observe(attrs.evolve(clause, rest=tuple(cut)), allow_vague=True)
        elif clause is not None and "purpose" in words and clause.lemma not in {"do", "say"}:
            self.observe(clause, allow_vague=True)
        elif clause is not None and ("purpose" in words or "saying" in words):
            if clause.lemma in {"do", "say"}:
                clause = attrs.evolve(
                    clause, rest=tuple(t for t in clause.rest if t.norm in {"that", "this", "it"})
                )
                if clause.rest:
                    self.observe(clause, allow_vague=True)
        elif clause is not None:
            self._talk_about(clause)
            for lemma in [clause.lemma, *_lemmas(clause.rest)]:
                if lemma in TOPICS:
                    self.plan.add_need(SPECIFIC, Category.MIND_READING, TOPICS[lemma][0])
                    break
        motive = rule.endswith(("motive", "on_purpose")) or "purpose" in words
        if {"care", "cares", "cared"} & set(words) and "about" in words and "me" not in words:
            # "You only care about your animals": a wish to be cared for, not a motive.
            self.plan.add_need(SPECIFIC, Category.MIND_READING, "care")
            self.plan.add_feeling(SPECIFIC, Category.MIND_READING, "lonely")
        self.plan.add_need(TOPIC - 1, Category.MIND_READING, "trust" if motive else "understanding")
        self.plan.add_feeling(TOPIC - 1, Category.MIND_READING, "hurt")
        self.plan.question = (
            "tell me what was going on for you"
            if self.plan.observation
            else "tell me what's going on for you"
        )
        self.plan.offer_request(2, self.plan.question)
        self.edit(finding, "replaced the guess about their motives with a question")

    def _not_what_i_did(self, a: int, b: int) -> None:
        """Say plainly what the speaker denies, without the order.

        "Don't act like I was trying to force something!" -> "I wasn't trying to force
        anything!"; "Stop acting like I'm the bad guy" -> "I'm not the bad guy.".
        """
        tokens = self.tokens
        k = b
        if k < len(tokens) and tokens[k - 1].norm != "like" and tokens[k].norm == "like":
            k += 1  # "Stop acting | like I'm …"
        acted = k >= 2 and tokens[k - 2].norm in {"act", "acting"}
        if k + 2 >= len(tokens) or tokens[k - 1].norm != "like" or not acted:
            return
        subject, verb = tokens[k].norm, tokens[k + 1].norm
        if subject == "i" and verb in {"was", "am"}:
            opening, start = f"I {verb}n't" if verb == "was" else "I'm not", k + 2
        elif subject == "i'm":
            opening, start = "I'm not", k + 1
        else:
            return
        seg = _segment_of(tokens, start, start + 1)
        rest = [tokens[i] for i in seg if i >= start]
        if not rest or rest[0].norm in {"not", "never"}:
            return
        rest = [
            Token("anything", "anything", t.start, t.end) if t.norm == "something" else t
            for t in rest
            if t.norm not in ADVERBS_TO_DROP
        ]
        self._keep_sentence(_our_words(opening, tokens[k]) + rest)

    def _how_much_it_matters(self, a: int) -> None:
        """Keep the apology without the eye-roll.

        "Sorry, I didn't realise it was such a big deal for you" -> "Sorry, I didn't
        realise how much this matters to you.".
        """
        tokens = self.tokens
        k = a
        while k > 0 and tokens[k - 1].norm in _IT_WAS:
            k -= 1  # "realise | it was | such a big deal"
        if k == 0 or verb_lemma(tokens[k - 1].norm) not in _REALISE_VERBS:
            return
        seg = _segment_of(tokens, k - 1, k)
        head = [tokens[i] for i in seg if i < k and i != self.address_index]
        while head and (head[0].norm in INTERJECTIONS or not head[0].is_word):
            head.pop(0)
        if not head or head[0].norm not in {"i", "i'm", "i've", "i'd"}:
            return
        opening = head[0]
        if seg[0] >= 2 and tokens[seg[0] - 2].norm == "sorry":
            head = _our_words("Sorry,", opening) + head
        self._keep_sentence(head + _our_words("how much this matters to you", tokens[k]))

    def demand(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        rule = finding.rule_id
        self._not_what_i_did(a, b)
        words = [t.norm for t in tokens[max(0, a - 4) : b + 3]]
        if ("hurt" in words or "kill" in words) and "to" in words:
            # "It wouldn't hurt you to clean up after your cats" asks for something.
            for index in range(a, len(tokens) - 1):
                if tokens[index].norm == "to":
                    self.request_from(clause_after(tokens, index + 1), 4)
                    break
        if rule in {"demand.should_have", "demand.need_to"}:
            clause = self.best_clause(a, b + 1) if tokens[a].norm in _YOU_FORMS else None
            if clause is not None and clause.mood == "should_have":
                fair = "should" in {t.norm for t in tokens[a:b]} or "should've" in {
                    t.norm for t in tokens[a:b]
                }
                if fair or clause.lemma in _COULD_HAVE_VERBS:
                    self.observe(attrs.evolve(clause, negative=not clause.negative))
                    if not clause.negative:
                        self.request_from(clause, 4)
            elif clause is not None and clause.negative:
                self.observe(attrs.evolve(clause, negative=False))
            elif clause is not None and clause.lemma in {"stop", "quit"} and clause.rest:
                # "you need to stop lying to me": what happened is "you lied to me".
                if clause.rest[0].norm.endswith("ing"):
                    stopped = clause_after(tokens, _index_of(tokens, clause.rest[0]))
                    self.observe(stopped, allow_vague=True)
            elif clause is not None:
                self.request_from(clause, 4)
            self._not_doing(b)
            self.edit(finding, "turned the demand into a request", self.plan.request)
            return
        if rule == "demand.pressure" or tokens[a].norm in {"i", "i'll"}:
            self._speaker_pressure(a, b)
        if self.plan.request_score <= 1 and not self.plan.observation:
            # "My partner needs to learn to pick up after himself." (over the rule's
            # general request)
            theirs = self.third_person_clause()
            if theirs is not None and theirs.mood == "demand":
                self.request_from(attrs.evolve(theirs, mood="plain"), 4)
        # Commands.
        start = a
        while start < b and (
            (tokens[start].norm in INTERJECTIONS and not _command_verb(tokens, start))
            or not tokens[start].is_word
            or self._is_address(start)
        ):
            start += 1
        head = tokens[start].norm if start < len(tokens) else ""
        nxt = tokens[start + 1].norm if start + 1 < len(tokens) else ""
        if head in {"stop", "quit"} and nxt.endswith("ing"):
            clause = clause_after(tokens, start + 1)
            if clause is not None:
                rest = list(clause.rest)
                for index, token in enumerate(rest[:-1]):
                    following = rest[index + 1].norm
                    if token.norm == "and" and verb_lemma(following) == following:
                        clause = attrs.evolve(clause, rest=tuple(rest[:index]))  # "… and apply"
                        # "Stop moaning and apply somewhere else": the second command
                        # is what they want done.
                        wanted = clause_after(tokens, _index_of(tokens, rest[index + 1]))
                        self.request_from(wanted, 4)
                        break
            if clause is not None:
                # Offered as an idea instead when the message is advice ("Easy fix. Stop …").
                self.plan.command_offer = f"how to {head} {clause.gerund_phrase()}"
            if clause is not None and clause.lemma not in {"be", "act", "make", "do", "try"}:
                self.observe(clause, allow_vague=True)
        elif head in {"don't", "never"} and verb_lemma(nxt) in _DONT_VERBS | {"do"}:
            self.observe(clause_after(tokens, start + 1), allow_vague=True)
        elif (
            head == "don't"
            and nxt == "you"
            and start + 3 < len(tokens)
            and tokens[start + 2].norm == "dare"
            and verb_lemma(tokens[start + 3].norm) in _DONT_VERBS
        ):
            # "Don't you dare walk away while I'm talking": what they did, without the dare.
            self.observe(clause_after(tokens, start + 3), allow_vague=True)
        elif head in {"listen", "answer", "look", "put", "call", "text", "come"}:
            clause = clause_after(tokens, start)
            self.request_from(clause, 4)
        elif head in {"get", "go"} and nxt in {"out", "lost", "away", "away!", "!", "."}:
            self.plan.add_need(SPECIFIC, Category.DEMAND, "space")
            self.plan.add_feeling(SPECIFIC, Category.DEMAND, "overwhelmed")
        elif head in {"get", "go"} or head in _REQUESTABLE_COMMANDS:
            # "Get off the sofa and help me right now": a request once the pressure goes.
            command = clause_after(tokens, start)
            if command is not None and head in {"get", "go"}:
                # "Get off the sofa and help me": the errand is the part to ask for.
                errand = [t.norm for t in command.rest]
                if "and" in errand:
                    after_and = _index_of(tokens, command.rest[errand.index("and") + 1 :][0])
                    command = clause_after(tokens, after_and) if after_and < len(tokens) else None
                else:
                    command = None
            if command is not None and command.rest:
                self.request_from(command, 4)
        elif head in {"mind", "watch"}:
            self.plan.add_need(SPECIFIC, Category.DEMAND, "gentleness")
            self.plan.add_feeling(SPECIFIC, Category.DEMAND, "tense")
        elif head in _YOU_FORMS:
            clause = parse_clause(tokens, start)
            self.request_from(clause, 4)
            if (
                clause is not None
                and clause.negative
                and nxt in {"can't", "cannot"}
                and clause.lemma not in _RULE_ONLY_VERBS
                and clause.rest
            ):
                # "You can't just decide things without me" objects to something they
                # did: "When you decided things without me, …".
                if clause.lemma == "keep" and clause.rest[0].norm.endswith("ing"):
                    kept = clause_after(tokens, _index_of(tokens, clause.rest[0]))
                    self.observe(kept)  # "you can't keep spending …": "you spent …"
                else:
                    self.observe(attrs.evolve(clause, negative=False, mood="plain"))
        self._not_doing(b)
        self.edit(finding, "turned the command into a request", self.plan.request)

    def _not_doing(self, b: int) -> None:
        """Read "…, not sitting there" after a demand as what happened."""
        tokens = self.tokens
        for index in range(b, len(tokens) - 2):
            if tokens[index].norm == "," and tokens[index + 1].norm == "not":
                following = tokens[index + 2].norm
                if following.endswith("ing") and verb_lemma(following):
                    clause = clause_after(tokens, index + 2)
                    if clause is not None:
                        self.observe(attrs.evolve(clause, kind="progressive"), allow_vague=True)
                return

    def _speaker_pressure(self, a: int, b: int) -> None:
        """Keep what pressure from the speaker is about.

        "I shouldn't have to ask three times" -> "I had to ask three times"; "I'll assume
        you'll be cleaning that up" -> the request "clean that up".
        """
        tokens = self.tokens
        mine = parse_clause(tokens, a) if tokens[a].norm in {"i", "i'll", "i'm"} else None
        if (
            mine is not None
            and mine.mood == "demand"
            and mine.negative
            and mine.lemma not in _MENTAL_VERBS
            and not self.observation_blocked
            and self.plan.observation is None
        ):
            rest = self._outside_findings(mine).rest
            self.plan.observation = f"I had to {mine.lemma} {join_words(rest)}".strip()
            return
        for clause in self.you_clauses(a, len(tokens)):
            if clause.lemma not in _MENTAL_VERBS:
                self.request_from(attrs.evolve(clause, negative=False), 4)
            break

    def contempt(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        words = [t.norm for t in tokens[a:b]]
        if words[:1] == ["says"] and b < len(tokens):
            j = b
            if tokens[b - 1].norm == "who" or (j < len(tokens) and tokens[j].norm == "who"):
                j = b if tokens[b - 1].norm == "who" else b + 1
            aux_token = tokens[j].norm if j < len(tokens) else ""
            if aux_token in {"'s", "has"}:
                j += 1
            self.observe(clause_after(tokens, j))
        elif words[:3] == ["must", "be", "nice"]:
            for index in range(b, min(b + 2, len(tokens))):
                if tokens[index].norm == "to":
                    self.observe(clause_after(tokens, index + 1))
                    break
        elif words == ["unlike", "you"]:
            self._excise(finding, a, b)
        elif words[:2] == ["at", "least"]:
            self._what_i_dont_do(a, b)
        self._request_after(a, b)
        if not any("counter" in f.rule_id for f in self.findings):
            self._sarcasm_facts(a, b)
        kind = finding.rule_id.rpartition(".")[2]
        quoted = self._quoted_words(a, b)
        if quoted is not None:
            # "Your 'support'": the word they used, asked about instead of mocked.
            self.plan.offer_request(3, f"tell me what you mean by '{quoted}'")
            self.plan.add_need(SPECIFIC - 1, Category.CONTEMPT, "understanding")
            self._unquoted_own_words(a, b)
        elif kind in {"belittle", "echo", "superiority"}:
            self.plan.add_need(SPECIFIC - 2, Category.CONTEMPT, "acceptance")
            if kind == "echo":
                self._echoed_subject(a, b)
            else:
                self._scoffed_word()
        self.plan.add_feeling(SPECIFIC - 2, Category.CONTEMPT, "hurt")
        self.edit(finding, f"dropped the put-down {_quoted(finding.text.strip())}")

    def _sarcasm_facts(self, a: int, b: int) -> None:
        """The facts inside a sarcastic remark, as the observation.

        "That's rich, coming from someone who forgot my birthday" -> "you forgot my
        birthday"; "Takes a special kind of genius to lock the keys in the car" -> "you
        locked the keys in the car"; "Interesting how you're suddenly busy the one weekend
        my family visits" -> "you were busy the one weekend my family visits".
        """
        if self.plan.observation is not None or self.observation_blocked:
            return
        tokens = self.tokens
        for index in range(a, len(tokens) - 1):
            word = tokens[index].norm
            following = tokens[index + 1].norm
            if word == "who" and index >= 1 and tokens[index - 1].norm in _SOMEONE:
                self.observe(clause_after(tokens, index + 1))
                return
            if (
                word == "to"
                and index >= b - 1
                and verb_lemma(following) == following
                and {t.norm for t in tokens[a:b]} & {"takes", "take", "genius", "nice", "lovely"}
            ):
                self.observe(clause_after(tokens, index + 1))  # "Takes a genius to lock …"
                return
            if word == "how" and following in _YOU_FORMS:
                self.observe(parse_clause(tokens, index + 1), allow_vague=True)
                return

    def _what_i_dont_do(self, a: int, b: int) -> None:
        """Read "At least I don't X" as what the partner did: X.

        "At least I don't spend all night on my phone" -> "you spent all night on your
        phone": the boast only points at them, so what it points at is the observation.
        """
        tokens = self.tokens
        mine = next(
            (parse_clause(tokens, i) for i in range(a, b) if tokens[i].norm in {"i", "i'm"}), None
        )
        self._what_they_do_instead(mine)

    def _what_they_do_instead(self, mine: Clause | None) -> None:
        """Observe what the speaker's "I don't …" (or "I never …") points at in the partner."""
        if mine is None or not mine.negative or mine.mood != "plain":
            return  # "at least I tried" boasts of the speaker; it says nothing they did
        if mine.lemma in _MIND_VERBS or mine.kind == "be":
            return
        theirs = attrs.evolve(mine, subject="you", negative=False, rest=_to_yours(mine.rest))
        cut = self._outside_findings(theirs)
        dropped = theirs.rest[len(cut.rest) :]
        # "… when I was your age" may go; "… and calling it 'unique blend'" may not.
        if not dropped or dropped[0].norm in _SUBORDINATORS:
            self.observe(cut)

    def _echoed_subject(self, a: int, b: int) -> None:
        """Ask about what was echoed: "Stand-up comedy? You?" -> "tell me more about it".

        The surprise was the put-down; the plan it met ("stand-up comedy") is the subject.
        """
        tokens = self.tokens
        mark = next((i for i in range(a, b) if tokens[i].norm == "?"), None)
        if mark is None:
            return
        start = _run_of_words_before(tokens, mark)
        if start > 0 and tokens[start - 1].norm == "," and tokens[start].norm in ENDEARMENTS:
            mark = start - 1  # "Magic, sweetie? Seriously?": what came before the name
            start = _run_of_words_before(tokens, mark)
        while start < mark and tokens[start].norm in INTERJECTIONS:
            start += 1
        echoed = phrase_text(tokens, start, mark, definite=True)
        if echoed and mark - start <= 4:
            if is_known_word(echoed.split()[0].split("-")[0].lower()):
                echoed = echoed[0].lower() + echoed[1:]  # "Chaos?" but "Paris?"
            self.plan.offer_request(3, f"tell me more about {echoed}")

    def _scoffed_word(self) -> None:
        """Ask about the word a scoff threw back.

        "What career, the magician thing again?" -> "tell me more about your career".
        """
        tokens = self.tokens
        if len(tokens) < 3 or tokens[0].norm != "what" or tokens[2].norm not in {",", "?"}:
            return
        word = tokens[1]
        if word.is_word and is_noun(word.norm) and "ADJ" not in parts_of_speech(word.norm):
            self.plan.offer_request(3, f"tell me more about your {word.norm}")

    def _quoted_words(self, a: int, b: int) -> str | None:
        """The words the speaker put in scare quotes ("your 'support'" -> "support")."""
        tokens = self.tokens
        marks = [
            i for i in range(max(0, a - 1), min(len(tokens), b + 4)) if tokens[i].norm in _QUOTES
        ]
        if len(marks) < 2 or marks[1] - marks[0] > 4:
            return None
        inside = [t for t in tokens[marks[0] + 1 : marks[1]] if t.is_word]
        while len(inside) > 1 and inside[0].norm in ADVERBS_TO_DROP:
            inside.pop(0)  # "you're 'just tired'" -> "tired"
        if not inside:
            return None
        words = join_words(inside)
        if words[0].isupper() and is_known_word(inside[0].norm):
            words = words[0].lower() + words[1:]  # "'Control'? …" opened the sentence
        return words

    def _unquoted_own_words(self, a: int, b: int) -> None:
        """Keep the speaker's own clause around a scare-quoted word, without the quotes.

        "I'm just trying to understand why my desire to be close feels 'suffocating' to
        you!" -> "I'm trying to understand why my desire to be close feels suffocating to
        you.": the quotes were the mockery; what the speaker is trying to do is not.
        """
        tokens = self.tokens
        words = [
            tokens[i]
            for i in _segment_of(tokens, a, b)
            if tokens[i].norm not in _QUOTES | ADVERBS_TO_DROP and i != self.address_index
        ]
        while words and (words[0].norm in INTERJECTIONS or not words[0].is_word):
            words.pop(0)
        if len(words) >= 6 and words[0].norm in {"i", "i'm", "i've", "i'd"}:
            self._keep_sentence(words)

    def _request_after(self, a: int, b: int) -> None:
        """Find the wish inside "how hard is it to text back?" or "… and let me finish"."""
        tokens = self.tokens
        words = [t.norm for t in tokens[a:b]]
        if "hard" in words and words[-1:] == ["to"] and b < len(tokens):
            self.request_from(clause_after(tokens, b), 4)
        elif b + 1 < len(tokens) and tokens[b].norm == "and":
            following = tokens[b + 1].norm
            if verb_lemma(following) == following and following not in {"you", "i"}:
                self.request_from(clause_after(tokens, b + 1), 4)

    def _excise(self, finding: Finding, a: int, b: int) -> None:
        """Keep the judgment's clause without the words ``tokens[a:b]``, if it stands alone."""
        tokens = self.tokens
        seg = _segment_of(tokens, a, b)
        left = [tokens[i] for i in seg if not a <= i < b and i != self.address_index]
        while left and (left[0].norm in {"and", "but"} or not left[0].is_word):
            left.pop(0)
        if len([t for t in left if t.is_word]) >= 3:
            self._keep_sentence(left)

    def defensiveness(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        rule = finding.rule_id
        self.plan.self_directed = True
        if rule == "defensiveness.counter_attack":
            self.observation_blocked = True
            self.plan.observation = None
        elif rule == "defensiveness.not_my_fault":
            for clause in self.you_clauses(b, len(tokens)):
                self.observe(clause)
                break
        elif rule == "defensiveness.excuse":
            adverbs = [i for i in range(a, b) if tokens[i].norm in {"just", "only", "simply"}]
            if adverbs and any(t.norm == "trying" for t in tokens[a:b]):
                self._excise(finding, adverbs[0], adverbs[0] + 1)
                words = {t.norm for t in tokens[a : b + 3]}
                need = "closeness" if "close" in words else "contribution"
                self.plan.add_need(SPECIFIC - 1, Category.DEFENSIVENESS, need)
        elif rule == "defensiveness.justify":
            self._what_i_meant(a, b)
        if any(t.norm == "like" for t in tokens[a : b + 2]):
            self._own_denied(a)  # "It's not like I don't know where I've thrown my stuff."
        self._unasked(a)
        if rule != "defensiveness.excuse" and self.plan.observation is None:
            self._own_view(a, b)
        self.edit(finding, "swapped the defence for curiosity about what upset them")

    def _what_i_meant(self, a: int, b: int) -> None:
        """Keep what the speaker meant, without the "all" that belittles the complaint.

        "All I did was help you" -> "I meant to help you."; "All I wanted was a hug" -> "I
        wanted a hug.".
        """
        tokens = self.tokens
        words = [t.norm for t in tokens[a:b]]
        if words[:2] != ["all", "i"] or b >= len(tokens):
            return
        seg = _segment_of(tokens, b, b + 1)
        rest = [tokens[i] for i in seg if i >= b and i != self.address_index]
        if not rest or not rest[0].is_word:
            return
        if words[2] == "did":
            if verb_lemma(rest[0].norm) != rest[0].norm:
                return  # "All I did today was …" is not matched; "All I did was the dishes"
            opening = "I meant to"
        elif words[2] == "asked":
            opening = "I asked" if rest[0].norm in {"that", "for", "to"} else "I asked for"
        else:
            opening = "I was" if words[2] == "was" else "I wanted"
        self._keep_sentence(_our_words(opening, tokens[a]) + rest)

    def _own_view(self, a: int, b: int) -> None:
        """Keep the facts of a defence as the speaker's view, without the counter-attack.

        "Don't blame me, you're the one who booked the wrong date" -> "As I remember it,
        you booked the wrong date."; "wasnt me lol, u left it unlocked" -> "As I remember
        it, you left it unlocked."
        """
        tokens = self.tokens
        clause: Clause | None = None
        for index in range(len(tokens) - 3):
            if (
                tokens[index].norm in {"one", "person"}
                and tokens[index + 1].norm == "who"
                and index >= 2
                and tokens[index - 2].norm in {"you're", "you", "were", "are"}
            ):
                clause = clause_after(tokens, index + 2)  # "you're the one who yelled first"
                break
        if clause is None:
            for candidate in self.you_clauses(0, len(tokens)):
                if (
                    candidate.lemma in _MIND_VERBS | {"complain", "blame"}
                    or self._sarcastic(candidate)
                    or (candidate.mood != "plain" and not candidate.past_form)
                    or not candidate.observable
                    or candidate.kind == "be"
                ):
                    continue
                before = tokens[candidate.start - 1].norm if candidate.start else ""
                if verb_lemma(before) and before not in _SUBORDINATORS | {"and", "but", "so"}:
                    continue  # "I don't owe you anything": "you" is the object
                if before == "if":
                    # "if you hadn't started it" / "if you'd told me": what happened.
                    candidate = attrs.evolve(candidate, negative=not candidate.negative)
                clause = candidate
                break
        if clause is None or clause.lemma in _MIND_VERBS:
            return
        quotation = ""
        if clause.lemma in {"call", "name"} and (
            clause.end < len(tokens) and tokens[clause.end].norm in _QUOTES | {"\\"}
        ):
            # "you called my reading a 'useless hobby'": their exact words make the
            # observation, quoted back without a verdict of ours.
            inside = self._quoted_words(clause.end, clause.end + 2)
            if inside is None:
                return
            article = tokens[clause.end - 1].norm
            quotation = f" {article} '{inside}'" if article in {"a", "an"} else f" '{inside}'"
        whole = clause
        clause = self._outside_findings(clause)
        if not clause.rest and clause.lemma in {"do", "say"}:
            return
        if len(clause.rest) < len(whole.rest) and clause.lemma in _NEEDS_COMPLEMENT:
            return  # "you called my reading …": the rest was the put-down
        text = f"As I remember it, {clause.observation()}{quotation}."
        if all(kept != text for _, kept in self.ordered) and not detect(text):
            self.ordered.append((clause.start, text))

    def stonewalling(self, finding: Finding, a: int, b: int) -> None:
        self.plan.self_directed = True
        for clause in self.you_clauses(b, len(self.tokens)):
            if clause.mood == "modal" and not clause.negative:
                self.request_from(clause, 3)
            break
        self.edit(finding, "asked for a break with a time to come back, instead of shutting down")

    def invalidation(self, finding: Finding, a: int, b: int) -> None:
        self.plan.acknowledge = True
        self.plan.add_feeling(SPECIFIC - 1, Category.INVALIDATION, "uneasy")
        self.plan.add_need(SPECIFIC - 1, Category.INVALIDATION, "communication")
        theirs = None
        for token in self.tokens:
            named = feeling(token.norm)
            if named is not None and not named.pleasant and token.norm not in _NOT_FEELINGS_HERE:
                theirs = named.word
                break
        if theirs is not None:
            # "That's a silly thing to be scared of" -> ask about feeling scared.
            self.plan.offer_request(3, f"tell me more about feeling {theirs}")
        self.edit(finding, "acknowledged their feelings instead of dismissing them")

    def faux_feeling(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        found = None
        for _, end, gram in _ngrams(tokens, a, b):
            found = _FAUX.get(gram)
            if found is not None:
                b = max(b, end)
                break
        if found is not None:
            first, second = found.feelings[0], found.feelings[1]
            self.plan.add_feeling(LEXICON, Category.FAUX_FEELING, first)
            self.plan.second_feeling = self.plan.second_feeling or second
            self.plan.add_need(LEXICON, Category.FAUX_FEELING, found.needs[0])
            self.edit(
                finding,
                f"named the feeling behind {_quoted(found.word)}",
                f"{first} and {second}",
            )
            self._when_it_happens(b)
            self._moment_of_feeling(b)
            self._by_doing(b)
            self._because_you(b)
            if b + 2 < len(tokens) and tokens[b].norm in {"in", "at", "around"}:
                place = [tokens[b]]
                for token in tokens[b + 1 : b + 5]:
                    if not token.is_word or token.norm in {"when", "because", "and", "but"}:
                        break
                    place.append(token)
                if len(place) >= 3 and place[1].norm in {"this", "the", "our", "my"}:
                    self.plan.feeling_where = join_words(place)
            return
        words = {t.norm for t in tokens[a:]}
        if "only" in words and ("i'm" in words or "i" in words):
            self.plan.add_need(SPECIFIC, Category.FAUX_FEELING, "balance")
            self.plan.add_feeling(SPECIFIC, Category.FAUX_FEELING, "alone")
        elif "matter" in words:
            self.plan.add_need(SPECIFIC, Category.FAUX_FEELING, "mattering")
        elif "wall" in words or "invisible" in words:
            self.plan.add_need(SPECIFIC, Category.FAUX_FEELING, "being seen")
        self.plan.add_feeling(SPECIFIC - 1, Category.FAUX_FEELING, "lonely")
        self.plan.second_feeling = self.plan.second_feeling or "hurt"
        for clause in self.you_clauses(a, len(tokens)):
            self._talk_about(clause)
            topic = next((TOPICS[w] for w in _lemmas(clause.rest) if w in TOPICS), None)
            if topic is not None:
                self.plan.add_need(SPECIFIC + 1, Category.FAUX_FEELING, topic[0])
            self._story(clause)
            break
        self.observation_blocked = True
        self.edit(finding, "named the feeling behind the thought 'I feel like you …'")

    def _moment_of_feeling(self, b: int) -> None:
        """Keep when the feeling comes, or what it answers, right after a faux feeling.

        "I feel betrayed that you told your sister" -> "When you told your sister, …";
        "I feel ignored whenever your friends come over" -> "I feel lonely and hurt
        whenever your friends come over"; "I feel criticised every time I cook" likewise.
        """
        tokens = self.tokens
        if self.plan.observation is not None or b >= len(tokens) - 1:
            return
        word, following = tokens[b].norm, tokens[b + 1].norm
        if word in {"every", "each"} and following == "time":
            start = b + 2
        elif word in {"when", "whenever", "that"}:
            start = b + 1
        else:
            return
        if start >= len(tokens):
            return
        if tokens[start].norm in _YOU_FORMS:
            if word == "that":  # ("when you …" was read by _when_it_happens)
                self.observe(self.best_clause(start, start + 1), allow_vague=True)
            return
        if word == "that" or any(t.norm == "felt" for t in tokens[:b]):
            # "I feel rejected that nobody called" names no moment; "I felt left out when
            # the trip got planned" told of one in the past, which "I feel" would not fit.
            return
        end = start
        while end < len(tokens) and tokens[end].is_word and tokens[end].norm not in {"and", "but"}:
            end += 1
        moment = join_words(tokens[b:end])
        if 3 <= end - b <= 10 and not detect(moment):
            self.plan.feeling_where = moment

    def _story(self, clause: Clause) -> None:
        """Own the thought behind "I feel like you're hiding something from me" as a story.

        "I'm telling myself a story that you're hiding something from me." names the
        interpretation as the speaker's own, and the request asks how it looks to them.
        """
        if clause.lemma in _MIND_VERBS or clause.negative or not clause.observable:
            return
        if clause.kind == "be" and clause.lemma == "be":
            return
        if clause.start == 0 or self.tokens[clause.start - 1].norm not in {"like", "that", "as"}:
            return  # only the thought itself: "I feel like | you're hiding something"
        words = list(self.tokens[clause.start : clause.end])
        while words and not words[-1].is_word:
            words.pop()
        if len(words) < 3:
            return
        text = f"I'm telling myself a story that {join_words(words)}."
        if not detect(text):
            self.ordered.append((clause.start, text))
            self.plan.request, self.plan.request_score = "tell me how it looks from your side", 3

    def _because_you(self, b: int) -> None:
        """Keep "… because you promised this year would be different" as its own sentence."""
        tokens = self.tokens
        for index in range(b, len(tokens) - 2):
            if tokens[index].norm not in {"because", "since", "cause", "cuz"}:
                continue
            if tokens[index + 1].norm not in _YOU_FORMS:
                return
            clause = parse_clause(tokens, index + 1)
            if clause is None or clause.lemma in _MIND_VERBS:
                return
            words = list(tokens[index + 1 : clause.end])
            while words and not words[-1].is_word:
                words.pop()
            text = _sentence_case(join_words(words)) + "."
            if len(words) >= 3 and not detect(text):
                self.plan.kept_after.append(text)
            return

    def comparison(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        words = [t.norm for t in tokens[a:b]]
        if words[:2] in (["not", "everyone"], ["some", "of"]) and len(words) >= 3:
            own = _first_person(words)
            end = b
            while end < len(tokens) and tokens[end].is_word:
                end += 1
            if own is not None and end > b:
                anchor = tokens[a].start
                self._keep_sentence(
                    [
                        Token(w, w if not w.startswith("i") else "I" + w[1:], anchor, anchor)
                        for w in own
                    ]
                    + list(tokens[b:end])
                )
        words = [t.norm for t in tokens[a:b]]
        if words[-3:] == ["was", "your", "age"]:
            # "I never left messes around when I was your age": "you left messes around".
            for index, token in enumerate(tokens):
                if token.norm == "i" and not a <= index < b:
                    self._what_they_do_instead(parse_clause(tokens, index))
                    break
        if words[-2:] == ["more", "than"] or words[:2] == ["more", "than"]:
            # "Even my dad cooks more than you": ask for more of the same.
            verb = a - 1 if words[:2] == ["more", "than"] else b - 3
            while verb >= 0 and not _is_present_verb(tokens[verb].norm):
                verb -= 1
            if verb >= 0:
                lemma = verb_lemma(tokens[verb].norm) or tokens[verb].norm
                if lemma not in UNSUITABLE_REQUEST_VERBS:
                    self.plan.offer_request(4, f"{lemma} more")
        elif finding.rule_id in {"comparison.others_would", "comparison.then_and_others"}:
            # "… compared to your brother" says nothing the brother does.
            opens_with = tokens[a].norm
            clause = (
                self._comparator_clause(a, b)
                if opens_with not in _YOU_FORMS and opens_with not in _MEASURED_AGAINST
                else None
            )
            negative = bool({"never", "wouldn't", "doesn't", "don't", "didn't"} & set(words))
            if clause is not None and clause.lemma in {"know"}:
                clause = None
            if clause is not None:
                swapped = attrs.evolve(
                    clause, rest=_to_me(clause.rest), raw_rest=_to_me(clause.raw_rest)
                )
                if negative or clause.negative:
                    # "Your sister would never talk to me like that": what happened here;
                    # "Tom's girlfriend doesn't make him ask twice": "you made me ask twice".
                    self.observe(attrs.evolve(swapped, negative=False))
                else:
                    if clause.mood == "modal" and clause.perfect:
                        # "A normal person would have texted": you didn't text.
                        self.observe(attrs.evolve(swapped, negative=True, mood="plain"))
                    self.request_from(
                        attrs.evolve(swapped, mood="plain", perfect=False),
                        4,
                        when=self._next_occasion(a, clause.start),
                    )
        elif finding.rule_id == "comparison.be_more_like":
            quality = next(
                (_QUALITY_NEEDS[t.norm] for t in tokens[a : b + 2] if t.norm in _QUALITY_NEEDS),
                None,
            )
            if quality is not None:
                self.plan.add_need(SPECIFIC, Category.COMPARISON, quality)
        # "… compared to your brother" only measures another judgment ("so lazy"), whose
        # own request says more than the general one for comparisons.
        measured_only = tokens[a].norm in _MEASURED_AGAINST
        if self.plan.observation is None and not self.plan.request and not measured_only:
            self.plan.offer_request(1, _COMPARISON_REQUEST)
        self.edit(finding, "dropped the comparison and asked for what you want")

    def _next_occasion(self, a: int, b: int) -> str:
        """Where the others did it, as the next time we are there.

        "Everyone else at the party brought their partner a drink" -> " next time we're at
        a party", after the request.
        """
        tokens = self.tokens
        for k in range(a, b - 2):
            if tokens[k].norm == "at" and tokens[k + 1].norm in {"the", "that", "this"}:
                place = tokens[k + 2]
                if place.is_word and is_noun(place.norm) and place.norm not in PEOPLE:
                    article = "an" if place.norm[0] in "aeiou" else "a"
                    return f" next time we're at {article} {place.norm}"
        return ""

    def _comparator_clause(self, a: int, b: int) -> Clause | None:
        """What the people the partner is compared with do, as a "you" clause.

        "Everyone else at the party brought their partner a drink" -> "you brought their
        partner a drink"; "Some of us were raised to write thank-you notes" -> "you write
        thank-you notes"; "someone who actually read the books I recommended" -> "you
        read the books I recommended".
        """
        tokens = self.tokens
        limit = min(len(tokens), b + 6)
        for k in range(a, limit):
            if tokens[k].norm == "who":
                j = k + 1
                while j < len(tokens) and tokens[j].norm in ADVERBS_TO_DROP:
                    j += 1
                if j < len(tokens) and verb_lemma(tokens[j].norm):
                    return clause_after(tokens, j)
                return None
        for k in range(a, limit):
            word = tokens[k].norm
            if word in {"when", "if", "because", "since", "while", "whenever"}:
                return None  # "… when we met": another clause
            if not tokens[k].is_word:
                if word in {",", ".", "!", "?", ";"} and k >= b:
                    return None
                continue
            if (
                word in ADVERBS_TO_DROP
                or word == "least"
                or (word == "at" and _at_least(tokens, k))
            ):
                continue  # "Other dads actually turn up …", "My ex at least knew …"
            previous = _word_before(tokens, k)
            if word in {"was", "were"} and k + 2 < len(tokens) and tokens[k + 2].norm == "to":
                return clause_after(tokens, k + 3)  # "were raised to write …"
            if word in {"like", "love", "enjoy"} and k + 1 < len(tokens):
                following = tokens[k + 1].norm
                clause = clause_after(tokens, k + 1)
                if following.endswith("ing") and verb_lemma(following) and clause is not None:
                    # "actually like spending time …"; the "like" is not sarcasm here.
                    return attrs.evolve(clause, start=k)
            if word in _COMPARATOR_AUX or _finite_verb(word, previous):
                clause = clause_after(tokens, k)
                if (
                    clause is not None
                    and clause.lemma == "know"
                    and _words_are(clause.rest, "how", "to")
                ):
                    # "My ex at least knew how to cook": what they did is cook.
                    clause = clause_after(tokens, _index_of(tokens, clause.rest[2]))
                if clause is not None and clause.lemma not in {"be"} | _MIND_VERBS - {"like"}:
                    return clause
                if clause is not None and clause.kind == "be" and clause.observable:
                    return clause
                return None
        return None

    def accusatory_question(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        words = [t.norm for t in tokens[a : min(len(tokens), b + 1)]]
        you = next((i for i in range(a, min(b + 3, len(tokens))) if tokens[i].norm == "you"), -1)
        question = None
        self._accusation_facts(a, b, you)
        if words[:2] in (["how", "could"], ["how", "can"]) and you >= 0:
            clause = clause_after(tokens, you + 1)
            if clause is not None and clause.lemma not in {"be", "think", "not"}:
                self.observe(clause, allow_vague=True)
            self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "hurt")
            self.plan.add_need(SPECIFIC - 1, Category.ACCUSATORY_QUESTION, "trust")
        elif words[:1] in (["why"], ["why'd"]) and you >= 0:
            negative = any(t.norm in {"don't", "didn't", "can't", "won't"} for t in tokens[a:you])
            modal = any(t.norm in {"would", "should"} for t in tokens[a:you])
            clause = clause_after(tokens, you + 1, negative=negative)
            present = any(t.norm in {"don't", "doesn't"} for t in tokens[a:you])
            if clause is not None and modal:
                question = f"tell me what led you to {clause.request()}"
            elif clause is not None and clause.lemma not in {"be", "think", "have"}:
                if not present:
                    self.observe(clause)
                if negative:
                    self.request_from(clause, 4)
        elif words[:3] == ["don't", "you", "think"]:
            j = a + 3
            if j < len(tokens) and tokens[j].norm == "that":
                j += 1
            end = j
            while end < len(tokens) and tokens[end].is_word:
                end += 1
            view = list(tokens[j:end])
            if len(view) >= 2 and view[0].norm not in _YOU_FORMS:
                self._keep_sentence([*_our_words("I think", tokens[a]), *view])
        elif words[:2] in (["can't", "i"], ["cannot", "i"]) and b < len(tokens):
            end = b
            while end < len(tokens) and tokens[end].is_word:
                end += 1
            wish = list(tokens[a + 2 : end])
            if wish and verb_lemma(wish[0].norm) == wish[0].norm:
                self._keep_sentence([*_our_words("I'd like to", tokens[a]), *wish])
                self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, "autonomy")
                self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "frustrated")
                question = NEED_REQUESTS["autonomy"]
        elif words[:2] in (["can't", "you"], ["cannot", "you"], ["couldn't", "you"]):
            # "Can't you just leave it alone?": the wish inside the reproach.
            self.request_from(clause_after(tokens, a + 2), 4)
        elif words[:3] in (["did", "i", "ask"], ["who", "asked", "you"], ["who", "asked", "for"]):
            self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, "autonomy")
            self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "irritated")
            question = self._unasked(a) or NEED_REQUESTS["autonomy"]
        elif "fair" in words:
            self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, "fairness")
            self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "frustrated")
            question = NEED_REQUESTS["fairness"]
        elif "wrong" in words or "matter" in words:
            question = "tell me how you're doing"
            self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "worried")
            self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, "connection")
        elif "thinking" in words:
            question = "tell me what you had in mind"
        elif words[:2] == ["what", "are"] and "talking" in words:
            question = "tell me what you mean"
        elif "ask" in words and "much" in words:
            for index in range(b - 1, len(tokens) - 1):
                if tokens[index].norm == "you" and tokens[index + 1].norm == "to":
                    self.request_from(clause_after(tokens, index + 2), 4)
                    break
                if tokens[index].norm == "for" and tokens[index + 1].norm in {"a", "an", "some"}:
                    thing = tokens[index + 2].norm if index + 2 < len(tokens) else ""
                    wanted = _GIVE_ME.get(thing)
                    if wanted is not None:
                        self.plan.offer_request(4, wanted)  # "too much to ask for a text?"
                        need, feel = TOPICS.get(thing, ("care", "hurt"))
                        self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, need)
                        self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, feel)
                    break
        elif "hard" in words and "to" in words:
            self._request_after(a, b)
        elif words[:3] in (["why", "do", "i"], ["why", "must", "i"]) and "everything" in {
            t.norm for t in tokens[a:]
        }:
            self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, "shared effort")
            self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "overwhelmed")
            question = NEED_REQUESTS["shared effort"]
        elif "times" in words:
            self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, "being heard")
            self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "frustrated")
        if self.plan.observation is None and question is None:
            fallback = self.best_clause_anywhere()
            inside = (
                fallback is not None
                and bool(fallback.rest)
                and any(f.start <= fallback.rest[0].start < f.end for f in self.findings)
            )
            if fallback is not None and not inside and fallback.lemma not in {"think", "expect"}:
                self.observe(fallback)
        if question is None:
            question = (
                "tell me what was going on for you"
                if self.plan.observation
                else "tell me how you see it"
            )
        self.plan.question = self.plan.question or question
        self.plan.offer_request(2, question)
        self.edit(finding, "turned the accusing question into an open one")

    def _advised_thing(self, a: int, b: int) -> str | None:
        """The thing the advice pushes, to offer as an idea.

        "a budgeting app would solve all of this" -> "a budgeting app"; "Meditation changed
        my life" -> "meditation".
        """
        tokens = self.tokens
        for index in range(len(tokens) - 1):
            word, following = tokens[index].norm, tokens[index + 1].norm
            fixes = word in {"would", "will", "could", "can"} and following in _FIXING_VERBS
            changed = word in {"changed", "saved", "fixed", "solved"} and following in {"my", "our"}
            if not (fixes or changed):
                continue
            end = index
            start = end
            while (
                start > 0
                and tokens[start - 1].is_word
                and tokens[start - 1].norm
                not in {
                    "but",
                    "and",
                    "so",
                    "honestly",
                    "seriously",
                    "just",
                }
            ):
                start -= 1
            words = tokens[start:end]
            head = words[-1].norm if words else ""
            if (
                1 <= len(words) <= 4
                and head not in _YOU_FORMS | {"it", "that", "this"}
                and (is_noun(head) or not is_known_word(head))
            ):
                text = join_words(words)
                return text[:1].lower() + text[1:] if words[0].surface[1:2].islower() else text
        return None

    def _seen_feeling(self) -> None:
        """Acknowledge the feeling advice mentions: "… you wouldn't be so stressed"."""
        tokens = self.tokens
        for index in range(len(tokens) - 2):
            if tokens[index].norm not in _YOU_FORMS:
                continue
            for token in tokens[index + 1 : index + 5]:
                named = feeling(token.norm)
                if named is not None and not named.pleasant and token.norm not in {"better"}:
                    text = f"I can see you're {named.word}."
                    if not detect(text):
                        self.ordered.append((index, text))
                    return

    def _accusation_facts(self, a: int, b: int, you: int) -> None:
        """What an accusing question is about, as the observation or the request.

        "What were you thinking, leaving the baby in the car?" -> "you left the baby in the
        car"; "Since when do you get to decide where we spend Christmas?" -> "you decided
        where we spent Christmas"; "How many times do I have to tell you to lock the
        door?" -> the request "lock the door"; "Without asking me if I needed some?" ->
        "you didn't ask me if I needed some".
        """
        tokens = self.tokens
        words = [t.norm for t in tokens[a:b]]
        for index in range(a, len(tokens) - 2):
            word, following = tokens[index].norm, tokens[index + 1].norm
            if (
                word in {"tell", "ask", "remind"}
                and following == "you"
                and index + 2 < len(tokens)
                and tokens[index + 2].norm == "to"
            ):
                self.request_from(clause_after(tokens, index + 3), 4)
                return
        if words[:1] == ["without"] and b < len(tokens) and (a == 0 or not tokens[a - 1].is_word):
            done = clause_after(tokens, a + 1, negative=True)
            if done is not None and done.lemma not in _MIND_VERBS:
                self.observe(attrs.evolve(done, kind="verb"), allow_vague=True)
            return
        if words[:2] == ["since", "when"] and you >= 0:
            self.observe(clause_after(tokens, you + 1))
            self.plan.add_need(SPECIFIC, Category.ACCUSATORY_QUESTION, "choice")
            self.plan.add_feeling(SPECIFIC, Category.ACCUSATORY_QUESTION, "frustrated")
            return
        for index in range(b, len(tokens) - 1):
            if tokens[index].norm == "," and tokens[index + 1].norm.endswith("ing"):
                if verb_lemma(tokens[index + 1].norm):
                    self.observe(clause_after(tokens, index + 1))
                return

    def unsolicited_advice(self, finding: Finding, a: int, b: int) -> None:
        tokens = self.tokens
        markers = {"just", "simply", "is", ":", "i'd", "would", "should", "to", "should've"}
        start = None
        for index in range(a, min(b + 1, len(tokens))):
            if tokens[index].norm in markers:
                start = index + 1
        if start is None:
            for index in [*range(b - 1, a - 1, -1), *range(b, min(b + 3, len(tokens)))]:
                if tokens[index].is_word and verb_lemma(tokens[index].norm) == tokens[index].norm:
                    start = index
                    break
        thing = self._advised_thing(a, b)
        if thing is not None:
            self.plan.offer = thing
            start = None
        for index in range(len(tokens) - 1):
            if start is not None:
                break
            if tokens[index].norm in {"stop", "quit"} and tokens[index + 1].norm.endswith("ing"):
                start = index  # "Simple, stop eating sugar and you'll feel better."
                break
        if start is not None:
            while start < len(tokens) and tokens[start].norm in {"just", "simply", "really"}:
                start += 1
            if start < len(tokens) and tokens[start].norm in _YOU_FORMS:
                clause = parse_clause(tokens, start)  # "…: you need to set boundaries"
            else:
                clause = clause_after(tokens, start)
            if clause is not None and clause.lemma not in {"stop", "quit"}:
                rest = [t.norm for t in clause.rest]
                for index in range(len(rest) - 1):
                    if rest[index] == "and" and rest[index + 1] in {"stop", "quit"}:
                        # "take a melatonin and stop moaning": the advice, not the jab
                        clause = attrs.evolve(clause, rest=clause.rest[:index])
                        break
            while clause is not None and clause.lemma in {"consider", "try"} and clause.rest:
                following = clause.rest[0]
                skip = 1 if following.norm == "to" and len(clause.rest) > 1 else 0
                clause = clause_after(tokens, _index_of(tokens, clause.rest[skip]))
            if clause is not None and clause.lemma in {"stop", "quit"} and clause.rest:
                if clause.rest[0].norm.endswith("ing"):
                    self.plan.offer = f"how to {clause.lemma} " + join_words(
                        clause.raw_rest or clause.rest
                    )
                else:
                    self.plan.offer = clause.gerund_phrase()
            elif (
                clause is not None
                and clause.kind == "verb"
                and clause.lemma not in {"be", "fix", "say", "do", "solve"}
            ):
                self.plan.offer = clause.gerund_phrase()
        self._seen_feeling()
        self.plan.self_directed = True
        self.edit(finding, "offered the advice as an idea instead of an instruction")


_MENTAL_VERBS: Final = frozenset(
    {
        "think",
        "know",
        "feel",
        "mean",
        "guess",
        "want",
        "need",
        "hope",
        "wish",
        "expect",
        "believe",
        "understand",
        "try",
        "get",
        "do",
        "be",
        "have",
        "go",
        "say",
        "love",
        "like",
        "hate",
    }
)
# Need names a speaker may use outright ("I need some peace").
_NAMED_NEEDS: Final = {
    word: word
    for word in (
        "peace",
        "respect",
        "space",
        "support",
        "trust",
        "honesty",
        "attention",
        "privacy",
        "freedom",
        "fairness",
        "clarity",
        "appreciation",
        "affection",
        "comfort",
        "sleep",
        "consideration",
        "understanding",
        "empathy",
        "kindness",
        "reassurance",
        "stability",
        "security",
        "safety",
        "connection",
        "closeness",
        "intimacy",
        "independence",
        "autonomy",
        "acknowledgement",
        "encouragement",
        "partnership",
        "teamwork",
        "cooperation",
        "commitment",
    )
} | {"boundaries": "respect", "privacy": "privacy", "honest": "honesty", "fair": "fairness"}
_BE_FORMS: Final = frozenset({"is", "are", "was", "were"})
_PLACE_STARTS: Final = frozenset(
    {"all", "on", "in", "around", "under", "scattered", "piled", "left", "lying"}
)
_ROOMS: Final = frozenset(
    {"house", "place", "flat", "apartment", "room", "kitchen", "garden", "office", "car", "home"}
)


def _place_phrase(words: str) -> str | None:
    """Where something was, without the overgeneralising "all over".

    >>> _place_phrase("all over the couch"), _place_phrase("scattered all over the house")
    ('on the couch', 'scattered around the house')
    """
    match = re.match(
        r"((?:scattered|piled|left|lying) )?all over (the (?:\w+ ){0,2}?(\w+))\b", words
    )
    if match is not None:
        preposition = "around" if match.group(3).lower() in _ROOMS else "on"
        return f"{match.group(1) or ''}{preposition} {match.group(2)}{words[match.end() :]}"
    if re.match(r"(?:on|in|around|under|scattered|piled|left|lying) ", words):
        return words
    return None


_OBSERVED_SUBJECTS: Final = frozenset({"i", "we", "everyone", "everybody", "they", "he", "she"})
_NEED_CUES: Final = frozenset(
    {"need", "needs", "needing", "needed", "want", "wants", "some", "more", "any", "little", "me"}
    | {"wanting"}
)
_STATEMENT_STARTS: Final = frozenset(
    {
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "we",
        "we're",
        "we've",
        "it",
        "it's",
        "my",
        "our",
        "there's",
        "that's",
        "this",
        "love",
        "thanks",
        "thank",
    }
)
_EXPERIENTIAL: Final = frozenset(
    {"lose", "be", "see", "know", "feel", "experience", "have", "meet", "hear", "live", "love"}
)
_FAIR_BE_REQUEST: Final = re.compile(
    r"^be (?:(?:a (?:bit|little) )?more \w+|on time|ready|home|there|careful|gentle|patient|"
    r"honest with me|quiet)"
)
_VAGUE_REQUEST: Final = re.compile(
    r"do (?:better|it|this|that|something|anything|what|so)\b|do$|try(?: harder)?$|"
    r".*\b(?:thing|anything) right\b"
)
_PHRASE_STOPS: Final = frozenset(
    {
        "that",
        "which",
        "who",
        "when",
        "and",
        "but",
        "is",
        "was",
        "are",
        "were",
        "to",
        "than",
        "doesn't",
        "isn't",
        "it",
        "you",
        "i",
        "me",
        "again",
        "anymore",
        "though",
        "too",
    }
)
_VAGUE_NOUNS: Final = frozenset(
    {
        "problem",
        "point",
        "thing",
        "things",
        "way",
        "time",
        "matter",
        "fact",
        "truth",
        "reason",
        "one",
        "expert",
        "issue",
        "end",
        "world",
        "same",
        "least",
        "most",
        "other",
        "first",
    }
)
_THING_RIGHT: Final = re.compile(r"\b(?:thing|anything) right\b")
_TALK_DETERMINERS: Final = frozenset({"my", "our", "the", "this", "these", "personal"})
# Topic words that only count inside the behaviour itself ("you never help"), because
# elsewhere in a sentence they mean too many things ("I'm only trying to help").
_CLAUSE_ONLY_TOPICS: Final = frozenset(
    {
        "stuff",
        "help",
        "listen",
        "hear",
        "interrupt",
        "call",
        "text",
        "answer",
        "reply",
        "plan",
        "decide",
        "notice",
        "appreciate",
        "judge",
        "criticise",
        "criticize",
        "control",
        "tidy",
        "clean",
        "cook",
        "spend",
        "wait",
        "follow",
        "lie",
        "hide",
        "cheat",
        "yell",
        "shout",
        "side",
        "promise",
    }
)


_INVERTING_AUX: Final = frozenset(
    {
        "are",
        "were",
        "was",
        "is",
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "will",
        "should",
        "have",
        "has",
        "don't",
        "didn't",
        "can't",
        "won't",
        "wouldn't",
        "couldn't",
        "aren't",
        "weren't",
        "haven't",
    }
)
# Verbs of the inner life: "you didn't care" is still a guess, not an observation.
_MIND_VERBS: Final = frozenset(
    {
        "care",
        "love",
        "respect",
        "value",
        "appreciate",
        "understand",
        "think",
        "know",
        "want",
        "like",
        "mean",
        "feel",
        "believe",
        "notice",
        "see",
        "get",
        "comprehend",
        "trust",
    }
)
_SEPARATORS: Final = frozenset({",", ";", ":", "-", "--", "...", "—", "–", "(", ")", "…"})


def _segments(tokens: Sequence[Token]) -> list[list[int]]:
    """Token indices of the clauses of a sentence, cut at punctuation and "but/and + subject"."""
    segments: list[list[int]] = [[]]
    for index, token in enumerate(tokens):
        word = token.norm
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if word in _SEPARATORS or (
            word in {"but", "and", "so", "though", "until"}
            and (following in _STATEMENT_STARTS or (word == "until" and following == "you"))
        ):
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append(index)
    return [seg for seg in segments if seg]


def _segment_of(tokens: Sequence[Token], a: int, b: int) -> list[int]:
    """The first segment (see :func:`_segments`) with a token in ``tokens[a:b]``."""
    return next((seg for seg in _segments(tokens) if any(a <= i < b for i in seg)), [])


def _our_words(text: str, anchor: Token) -> list[Token]:
    """Words we add to a kept sentence ("I think …"), placed where ``anchor`` starts."""
    return [Token(word.lower(), word, anchor.start, anchor.start) for word in text.split()]


def _absolute_words(tokens: Sequence[Token], indices: Sequence[int]) -> set[int]:
    """In a clause about the speaker ("I always do the dishes"), the absolute's words."""
    words = [i for i in indices if tokens[i].is_word]
    if not words or tokens[words[0]].norm not in {"i", "i'm", "i've", "we", "we're"}:
        return set()
    drop: set[int] = set()
    for i in indices:
        if tokens[i].norm in {"always", "constantly", "forever"}:
            drop.add(i)
        elif tokens[i].norm == "every" and i + 1 < len(tokens):
            if tokens[i + 1].norm in {"time", "day"}:
                drop.update((i, i + 1))
            elif tokens[i + 1].norm == "single" and i + 2 < len(tokens):
                drop.update((i, i + 1, i + 2))
    return drop


def _names_feeling(tokens: Sequence[Token], index: int) -> bool:
    word = tokens[index].norm
    named = feeling(word)
    if named is not None and not named.pleasant:
        return True
    lemma = verb_lemma(word)
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    after = tokens[index + 2].norm if index + 2 < len(tokens) else ""
    if lemma in {"drive", "make"} and following == "me" and after in _FEELING_IDIOMS:
        return True
    return lemma in _FEELING_VERBS and following == "me"


def _experiential(clause: Clause) -> bool:
    """Whether the clause is about a life's experience ("you've never lost someone")."""
    return clause.perfect and clause.negative and clause.lemma in _EXPERIENTIAL


def _object_phrase(rest: Sequence[Token]) -> str | None:
    """The noun phrase a clause is about ("about my career" -> "my career"), if clear."""
    words = list(rest)
    while words and words[0].norm in {"about", "for", "of", "on", "with", "to"}:
        words.pop(0)
        if (
            words
            and verb_lemma(words[0].norm) == words[0].norm
            and words[0].norm
            not in {
                "my",
                "the",
                "our",
            }
        ):
            words.pop(0)  # "to avoid the hard stuff" -> "the hard stuff"
    if words and words[0].norm not in _TALK_DETERMINERS:
        # Further in, only the speaker's own things: "… I don't deserve to have my career".
        for index, token in enumerate(words):
            if token.norm in {"my", "our"}:
                words = words[index:]
                break
    if not words or words[0].norm not in _TALK_DETERMINERS:
        return None
    phrase = [words[0]]
    for token in words[1:5]:
        if not token.is_word or token.norm in {"that", "which", "who", "when", "and", "but"}:
            break
        phrase.append(token)
    if len(phrase) < 2:
        return None
    return join_words(phrase)


def _first_person(words: Sequence[str]) -> list[str] | None:
    """The speaker's own words for "not everyone is" ("I'm not") or "some of us have"."""
    verb = words[2] if words[:2] == ["not", "everyone"] else words[3] if len(words) > 3 else ""
    negative = words[0] == "not"
    table = {
        "is": (["i'm", "not"], ["i'm"]),
        "has": (["i", "don't", "have"], ["i", "have"]),
        "have": (["i", "don't", "have"], ["i", "have"]),
        "can": (["i", "can't"], ["i", "can"]),
        "gets": (["i", "don't", "get"], ["i", "get"]),
        "enjoys": (["i", "don't", "enjoy"], ["i", "enjoy"]),
        "likes": (["i", "don't", "like"], ["i", "like"]),
        "wants": (["i", "don't", "want"], ["i", "want"]),
        "lives": (["i", "don't", "live"], ["i", "live"]),
        "work": (["i", "don't", "work"], ["i", "work"]),
        "actually": (["i"], ["i"]),
    }
    forms = table.get(verb)
    if forms is None:
        return None
    return forms[0] if negative else forms[1]


def _index_of(tokens: Sequence[Token], token: Token) -> int:
    for index, candidate in enumerate(tokens):
        if candidate.start == token.start and candidate.norm == token.norm:
            return index
    return len(tokens)


def _command_verb(tokens: Sequence[Token], index: int) -> bool:
    """Whether "listen"/"look" starts a command ("listen to me"), not an interjection."""
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return tokens[index].norm in {"listen", "look", "wait"} and following in {"to", "at", "for"}


def _is_present_verb(word: str) -> bool:
    lemma = verb_lemma(word)
    return lemma is not None and lemma not in {"be", "have", "do"} and word not in {"more", "than"}


_COMPARATOR_AUX: Final = frozenset(
    {"does", "doesn't", "did", "didn't", "would", "wouldn't", "could", "can", "will"} | {"would've"}
)
_DETERMINER_WORDS: Final = frozenset({"the", "a", "an", "my", "your", "our", "his", "her", "their"})
# Positive qualities a partner is compared on -> the need behind wanting them.
_QUALITY_NEEDS: Final = {
    "thoughtful": "consideration",
    "considerate": "consideration",
    "chill": "ease",
    "relaxed": "ease",
    "easygoing": "ease",
    "calm": "peace",
    "fun": "fun",
    "funny": "humour",
    "patient": "gentleness",
    "kind": "kindness",
    "supportive": "support",
    "helpful": "help",
    "organised": "order",
    "organized": "order",
    "tidy": "order",
    "responsible": "reliability",
    "reliable": "reliability",
    "romantic": "affection",
    "affectionate": "affection",
    "generous": "care",
    "caring": "care",
    "attentive": "attention",
    "honest": "honesty",
    "ambitious": "growth",
    "successful": "growth",
}
_COMPARISON_REQUEST: Final = "hear what I'd like more of between us"
# Who stands for the speaker in what others do for "their partner".
_PARTNER_NOUNS: Final = frozenset(
    {
        "partner",
        "partners",
        "boyfriend",
        "boyfriends",
        "girlfriend",
        "girlfriends",
        "husband",
        "husbands",
        "wife",
        "wives",
        "spouse",
        "spouses",
        "other",
        "half",
    }
)


def _to_me(rest: Sequence[Token]) -> tuple[Token, ...]:
    """Put the speaker in place of "their partner", "him" or "her" ("bring me a drink")."""
    out: list[Token] = []
    skip = 0
    for index, token in enumerate(rest):
        if skip:
            skip -= 1
            continue
        word = token.norm
        following = rest[index + 1].norm if index + 1 < len(rest) else ""
        if word in {"their", "his", "her"} and following.rstrip("'s") in _PARTNER_NOUNS:
            mine = "my" if following.endswith("'s") or following.endswith("s'") else "me"
            out.append(Token(mine, mine, token.start, rest[index + 1].end))
            skip = 1
        elif word in {"him", "her", "them"} and not following[:1].isalpha():
            out.append(Token("me", "me", token.start, token.end))
        elif word in {"him", "her", "them"} and verb_lemma(following) == following:
            out.append(Token("me", "me", token.start, token.end))  # "make him ask twice"
        elif word in {"they'd", "they're", "they'll", "they've", "they"}:
            out.append(Token("you" + word[4:], "you" + word[4:], token.start, token.end))
        elif word == "themselves":
            out.append(Token("yourself", "yourself", token.start, token.end))
        else:
            out.append(token)
    return tuple(out)


def _to_yours(rest: Sequence[Token]) -> tuple[Token, ...]:
    """The speaker's own things as the partner's: "on my phone" -> "on your phone"."""
    out: list[Token] = []
    for token in rest:
        word = token.norm
        if word == "was" and out and out[-1].norm == "you":
            word = "were"  # "where I was" -> "where you were"
        else:
            word = _TO_YOURS.get(word, "")
        out.append(Token(word, word, token.start, token.end) if word else token)
    return tuple(out)


_TO_YOURS: Final = {
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i": "you",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "me": "you",
}


def _finite_verb(word: str, previous: str) -> bool:
    """Whether ``word`` is a verb in the past or third person after a subject ("dad cooks")."""
    lemma = verb_lemma(word)
    if lemma is None or lemma in {"be", "have", "do"} or previous in _DETERMINER_WORDS:
        return False
    after_noun = (
        "NOUN" in parts_of_speech(previous)
        and "ADJ" not in parts_of_speech(previous)
        and previous not in {"other", "others", "some", "most", "many", "all", "normal"}
    )
    if is_known_noun_plural(word) and not after_noun:
        return False  # "other husbands help …": the subject, not its verb
    if word == lemma:
        return is_known_noun_plural(previous)  # "everyone else's kids manage to …"
    return word == past(lemma) or word.endswith("s")


def _at_least(tokens: Sequence[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].norm == "least"


def _word_before(tokens: Sequence[Token], k: int) -> str:
    """The word before ``tokens[k]``, passing over adverbs such as "actually" or "at least"."""
    j = k - 1
    while j >= 0 and (
        tokens[j].norm in ADVERBS_TO_DROP
        or (tokens[j].norm == "least" and j > 0 and tokens[j - 1].norm == "at")
    ):
        j -= 2 if tokens[j].norm == "least" else 1
    return tokens[j].norm if j >= 0 else ""


def _words_are(rest: Sequence[Token], *words: str) -> bool:
    """Whether ``rest`` opens with ``words`` and goes on after them ("how to" + a verb)."""
    return len(rest) > len(words) and all(t.norm == w for t, w in zip(rest, words, strict=False))


def _lemmas(tokens: Sequence[Token]) -> list[str]:
    out = []
    for token in tokens:
        if token.is_word:
            out.append(token.norm)
            lemma = verb_lemma(token.norm)
            if lemma is not None and lemma != token.norm:
                out.append(lemma)
    return out


def _situation(clause: Clause) -> str | None:
    """A place or time at the end of the clause ("at the table", "last night"), if any."""
    rest = clause.rest
    for index, token in enumerate(rest):
        word = token.norm
        if (
            word in {"at", "in", "during", "before", "after"}
            and index + 1 < len(rest)
            and rest[index + 1].norm in {"the", "dinner", "breakfast", "lunch", "work", "night"}
        ):
            return join_words(rest[index:])
        if word in {"last", "this", "yesterday", "tonight", "today"} and index > 0:
            return join_words(rest[index:])
    return None


def _time_phrase(tokens: Sequence[Token], start: int) -> str | None:
    """A past time named after ``start`` ("… cry last night" -> "last night")."""
    for index in range(start, min(len(tokens), start + 4)):
        word = tokens[index].norm
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if word == "last" and following in _TIME_NOUNS:
            return f"last {following}"
        if word == "yesterday":
            return "yesterday"
        if word == "this" and following in {"morning", "afternoon", "evening"}:
            return f"this {following}"
    return None


def _without_time(clause: Clause) -> Clause:
    """``clause`` without a past time at its end ("pack last night" -> "pack")."""
    rest = clause.rest
    for index, token in enumerate(rest):
        following = rest[index + 1].norm if index + 1 < len(rest) else ""
        if (
            token.norm in {"yesterday", "earlier"}
            or (token.norm == "last" and following in _TIME_NOUNS)
            or (token.norm == "this" and following in {"morning", "afternoon", "evening"})
        ):
            return attrs.evolve(clause, rest=rest[:index])
    return clause


_TIME_NOUNS: Final = frozenset(
    {"night", "week", "weekend", "time", "month", "year", "friday", "saturday", "sunday"}
    | {"monday", "tuesday", "wednesday", "thursday"}
)


def _is_verbish(word: str) -> bool:
    return (
        word.endswith(("'s", "'m", "'re", "'ve", "'ll", "'d", "n't"))
        or verb_lemma(word) is not None
    )


def _sentence_case(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


_FAMILY_ADDRESS: Final = frozenset(
    {"dad", "mom", "mum", "mother", "father", "grandma", "grandpa", "granny", "son", "sis", "bro"}
)
_NOT_NAMES: Final = frozenset({"thanks", "sorry", "please", "maybe", "busy", "really", "chaos"})
# Feeling words that are rarely a feeling in these sentences ("down" in "calm down").
_NOT_FEELINGS_HERE: Final = frozenset(
    {"down", "low", "blue", "heavy", "lost", "empty", "open", "close", "warm", "mad", "alone"}
)

# Judgments whose clause goes on with more of the judgment ("like your brother").
_STING_RULES: Final = frozenset(
    {"invalidation.overreacting", "faux_feeling.feel_like_object", "defensiveness.denial"}
    | {"mind_reading.motive", "mind_reading.hostile_purpose", "mind_reading.on_purpose"}
)
_THIRD_PERSON_PRONOUNS: Final = {
    "he": "him",
    "she": "her",
    "he's": "him",
    "she's": "her",
}
# Who a complaint about the partner to someone else is about, and the pronoun for them.
_RELATIONS: Final = {
    "husband": "him",
    "boyfriend": "him",
    "bf": "him",
    "fiance": "him",
    "dad": "him",
    "father": "him",
    "brother": "him",
    "son": "him",
    "wife": "her",
    "girlfriend": "her",
    "gf": "her",
    "fiancee": "her",
    "mum": "her",
    "mom": "her",
    "mother": "her",
    "sister": "her",
    "daughter": "her",
    "partner": "them",
    "roommate": "them",
    "flatmate": "them",
    "housemate": "them",
}
# Labels of an act or a thing, whose clause goes on with what it was about.
_OBJECT_LABELS: Final = frozenset(
    {"label.behaviour", "label.of_act", "label.of_work", "label.your_trait"}
)
# Prepositions that bring in the subject of a put-down ("… over a parking space").
_TOPIC_LINKS: Final = frozenset(
    {"over", "about", "at", "during", "since", "after", "before", "when", "while", "because"}
    | {"whenever", "on", "around", "regarding", "in"}
)

_HANDLERS = {
    Category.ABSOLUTE: _Analysis.absolute,
    Category.LABEL: _Analysis.label,
    Category.BLAME: _Analysis.blame,
    Category.MIND_READING: _Analysis.mind_reading,
    Category.DEMAND: _Analysis.demand,
    Category.CONTEMPT: _Analysis.contempt,
    Category.DEFENSIVENESS: _Analysis.defensiveness,
    Category.STONEWALLING: _Analysis.stonewalling,
    Category.INVALIDATION: _Analysis.invalidation,
    Category.FAUX_FEELING: _Analysis.faux_feeling,
    Category.COMPARISON: _Analysis.comparison,
    Category.ACCUSATORY_QUESTION: _Analysis.accusatory_question,
    Category.UNSOLICITED_ADVICE: _Analysis.unsolicited_advice,
}


def analyse(
    message: str,
    start: int,
    end: int,
    findings: Sequence[Finding],
    tokens: Sequence[Token] | None = None,
) -> SentencePlan:
    """Take the sentence ``message[start:end]`` apart, given the findings inside it.

    >>> from intimacy_kit._detector import detect
    >>> text = "You never help with the dishes."
    >>> plan = analyse(text, 0, len(text), detect(text))
    >>> plan.observation, plan.request
    ("you didn't help with the dishes", 'help with the dishes')
    """
    return _Analysis(message, start, end, findings, tokens).run()
