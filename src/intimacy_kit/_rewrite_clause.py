"""Taking a judgmental sentence apart: tokens with original offsets, and "you …" clauses.

The rewriter needs what the partner *did* ("you never help with the dishes" →
``help with the dishes``), in the past tense and without the overgeneralising adverbs
("you didn't help with the dishes"), and the same behaviour as a request ("help with the
dishes"). This module finds such clauses with a small hand-written grammar over the
normalised tokens of a sentence; verb forms come from :mod:`intimacy_kit._rewrite_verbs`.

>>> tokens = tokenize("You NEVER listen to me!")
>>> clause = parse_clause(tokens, 0)
>>> clause.observation(), clause.request()
("you didn't listen to me", 'listen to me')
>>> parse_clause(tokenize("You're always on your phone."), 0).observation()
'you were on your phone'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from intimacy_kit._rewrite_phrases import ADVERBS_TO_DROP
from intimacy_kit._rewrite_verbs import gerund, past, verb_lemma
from intimacy_kit._text import Normalized, normalize

__all__ = [
    "Clause",
    "Token",
    "affirmed",
    "clause_after",
    "join_words",
    "parse_clause",
    "tokenize",
]

_ANYTHING_FOR: Final = re.compile(r"\banything (?=for |to )")
_ANY_ONE: Final = re.compile(r"\bany(thing|one|body)\b")
_PAST_TIME: Final = re.compile(
    r"\s*\b(?:(?:\w+ )?(?:hours?|days?|weeks?|minutes?) ago|yesterday|earlier|last (?:night|week"
    r"|weekend|time|month|year|\w+day))$"
)
_TOKEN: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\.{2,}|[!?]+|-{2,}|[^\w\s]")


class Token(NamedTuple):
    """A word or punctuation mark of a sentence, in matching form and as written."""

    norm: str
    """The normalised form (lower case, chat spellings spelled out)."""
    surface: str
    """The form to write in a rewrite: as written, unless shouting or a chat spelling."""
    start: int
    """Offset of the token in the original message."""
    end: int
    """Offset just past the token in the original message."""

    @property
    def is_word(self) -> bool:
        """Whether the token is a word (starts with a letter or digit)."""
        return self.norm[:1].isalnum()

    @property
    def is_pictograph(self) -> bool:
        """Whether the token is an emoji or other pictograph ("🎶", "❌").

        Skin tones and variation selectors, which follow an emoji as tokens of their
        own, count too.
        """
        return len(self.norm) == 1 and unicodedata.category(self.norm) in {"So", "Sk", "Mn"}


_SENTENCE_END: Final = frozenset({".", "!", "?", "...", "…", "!!", "??", "?!", "!?"})


def tokenize(text: str | Normalized) -> tuple[Token, ...]:
    """The tokens of a message, with offsets into the original text.

    Pass the :class:`~intimacy_kit._text.Normalized` form when you have it, to fold the
    text only once.

    >>> [(t.norm, t.surface) for t in tokenize("U NEVER call Gwen")]
    [('you', 'you'), ('never', 'never'), ('call', 'call'), ('gwen', 'Gwen')]
    """
    normalized = normalize(text) if isinstance(text, str) else text
    original = normalized.original
    tokens = []
    first = True
    for match in _TOKEN.finditer(normalized.text):
        norm = match.group()
        a, b = normalized.original_span(match.start(), match.end())
        written = original[a:b]
        if norm == "i" or norm.startswith("i'"):
            surface = "I" + norm[1:]
        elif (
            written.lower() != norm
            or (written.isupper() and len(written) > 1)
            or (first and written[:1].isupper() and norm in _COMMON_CAPITALISED)
        ):
            surface = norm
        else:
            surface = written
        if norm[:1].isalnum():
            first = False
        elif norm in _SENTENCE_END or norm[:1] in "!?":
            first = True
        tokens.append(Token(norm, surface, a, b))
    return tuple(tokens)


# Words that are capitalised at the start of a sentence but not in the middle of one.
_COMMON_CAPITALISED: Final = frozenset(
    {
        "you",
        "you're",
        "you've",
        "you'll",
        "you'd",
        "your",
        "we",
        "we're",
        "they",
        "it",
        "it's",
        "this",
        "that",
        "that's",
        "the",
        "a",
        "an",
        "my",
        "our",
        "and",
        "but",
        "so",
        "why",
        "how",
        "what",
        "stop",
        "don't",
        "never",
        "always",
        "every",
        "whenever",
        "because",
        "thanks",
        "other",
        "everyone",
        "must",
        "is",
        "are",
        "do",
        "did",
        "listen",
        "answer",
        "look",
        "put",
        "clean",
        "just",
        "maybe",
        "if",
        "all",
        "nothing",
        "everything",
        "says",
        "like",
        "quit",
    }
)

_SUBJECT_FORMS: Final = {
    "you": ("you", None),
    "you're": ("you", "be"),
    "you've": ("you", "have"),
    "you'll": ("you", "will"),
    "you'd": ("you", "would"),
    "i": ("I", None),
    "i'm": ("I", "be"),
    "i've": ("I", "have"),
    "i'll": ("I", "will"),
    "i'd": ("I", "would"),
    "we": ("we", None),
    "we're": ("we", "be"),
    "we've": ("we", "have"),
    "we'll": ("we", "will"),
    "we'd": ("we", "would"),
    "everyone": ("everyone", None),
    "everybody": ("everybody", None),
    "they": ("they", None),
    "they're": ("they", "be"),
    "he": ("he", None),
    "she": ("she", None),
    "he's": ("he", "be"),
    "she's": ("she", "be"),
}
_NEGATIVE_ADVERBS: Final = frozenset({"never", "not", "n't"})
_AUX: Final = {
    "do": ("do", False),
    "does": ("do", False),
    "did": ("do", False),
    "don't": ("do", True),
    "doesn't": ("do", True),
    "didn't": ("do", True),
    "can": ("can", False),
    "could": ("could", False),
    "will": ("will", False),
    "would": ("would", False),
    "might": ("might", False),
    "may": ("might", False),
    "can't": ("can", True),
    "cannot": ("can", True),
    "couldn't": ("could", True),
    "won't": ("will", True),
    "wouldn't": ("would", True),
    "should": ("should", False),
    "shouldn't": ("should", True),
    "must": ("must", False),
    "mustn't": ("must", True),
    "ought": ("should", False),
    "have": ("have", False),
    "has": ("have", False),
    "had": ("have", False),
    "haven't": ("have", True),
    "hasn't": ("have", True),
    "hadn't": ("have", True),
    "are": ("be", False),
    "were": ("be", False),
    "was": ("be", False),
    "is": ("be", False),
    "am": ("be", False),
    "aren't": ("be", True),
    "weren't": ("be", True),
    "wasn't": ("be", True),
    "isn't": ("be", True),
    "keep": ("keep", False),
    "keeps": ("keep", False),
    "kept": ("keep", False),
    "need": ("need", False),
    "needs": ("need", False),
    "gotta": ("need", False),
    "better": ("need", False),
    "'d": ("would", False),
    "'ll": ("will", False),
    "should've": ("should've", False),
    "could've": ("could've", False),
    "would've": ("would've", False),
    "might've": ("would've", False),
    "must've": ("would've", False),
    "shouldn't've": ("should've", True),
}
# Verbs that take "to" + an infinitive and carry little meaning of their own here.
_CATENATIVES: Final = frozenset(
    {"seem", "tend", "bother", "manage", "try", "have", "need", "get", "ought", "go", "got"}
    | {"learn"}
)
# Words that end a clause when they follow its verb phrase.
_CLAUSE_BREAKS: Final = frozenset(
    {
        "because",
        "cause",
        "'cause",
        "cuz",
        "when",
        "whenever",
        "while",
        "if",
        "unless",
        "until",
        "since",
        "though",
        "although",
        "whereas",
        "like",
        "every",
        "each",
        "then",
        "anyway",
        "honestly",
        "seriously",
        "lol",
        "tbh",
        "but",
        "so",
        "or",
    }
)
# "… when I call": a time clause about the speaker stays with the behaviour.
_TIME_LINKS: Final = frozenset({"when", "while", "whenever"})
_SUBJECTS_AFTER_AND: Final = frozenset(
    {
        "i",
        "i'm",
        "you",
        "you're",
        "you'll",
        "you'd",
        "you've",
        "i'll",
        "i'd",
        "we'll",
        "we",
        "we're",
        "it",
        "it's",
        "he",
        "she",
        "they",
        "that",
        "that's",
        "this",
        "there",
        "then",
        "now",
        "everyone",
        "nobody",
    }
)
# A subject pronoun with its own verb starts a new clause, unless a link introduces it.
_NEW_SUBJECTS: Final = frozenset({"i", "i'd", "i'm", "i'll", "i've", "we", "we'd", "we're"})
_LINKS_BEFORE_SUBJECT: Final = frozenset(
    {"that", "what", "when", "where", "how", "why", "if", "because", "and", "but", "so", "as"}
    | {"like", "than", "whether", "who", "which", "before", "after", "until", "while"}
)
# Endings that only overgeneralise or add pressure, dropped from an observation.
_TRAILING_DROP: Final = (
    ("right", "now"),
    ("all", "the", "time"),
    ("every", "single", "time"),
    ("every", "time"),
    ("every", "single", "day"),
    ("every", "day"),
    ("for", "once"),
    ("at", "all"),
    ("as", "usual"),
    ("like", "always"),
    ("or", "something"),
    ("or", "anything"),
    ("any", "more"),
    ("anymore",),
    ("again",),
    ("ever",),
    ("though",),
    ("either",),
    ("too",),
    ("now",),
    ("already",),
    ("lately",),
    ("whatsoever",),
    ("nonstop",),
    ("constantly",),
    ("lol",),
    ("tbh",),
    ("fr",),
    ("for", "real"),
    ("by", "now"),
    ("at", "least"),
    ("on", "purpose"),
    ("for", "a", "change"),
    ("once", "in", "a", "while"),
    ("in", "your", "life"),
)
# A form of "be" followed by one of these describes where or how someone was, which is
# an observation; anything else after "you're" is usually a verdict ("you're so lazy").
_OBSERVABLE_AFTER_BE: Final = frozenset(
    {
        "nowhere",
        "lost",
        "late",
        "early",
        "away",
        "gone",
        "out",
        "home",
        "asleep",
        "on",
        "in",
        "at",
        "glued",
        "stuck",
        "busy",
        "off",
        "upstairs",
        "downstairs",
        "there",
        "here",
        "with",
        "online",
        "offline",
        "silent",
        "quiet",
        "loud",
    }
)
_PRONOUN_PAST: Final = {"i'm": "I was", "we're": "we were", "i": "I", "we": "we"}
_SUBJECT_PAST_BE: Final = {"you": "were", "I": "was", "we": "were", "they": "were"}


def affirmed(words: str) -> str:
    """``words`` from a denial, as they read once it is turned into what happened.

    >>> affirmed("forget anything anyone tells you")
    'forget something someone tells you'
    """
    return _ANY_ONE.sub(r"some\1", words)


@attrs.frozen
class Clause:
    """A clause "SUBJECT [aux] [not] VERB …" found in a sentence.

    ``kind`` is ``"verb"`` (a main verb), ``"progressive"`` (be + -ing) or ``"be"``
    (be + a description such as "late" or "on your phone"). ``mood`` is ``"plain"``,
    ``"should_have"`` (a reproach about the past), ``"demand"`` (need to, must, should)
    or ``"modal"`` (can, will, would …).
    """

    subject: str
    negative: bool
    kind: str
    lemma: str
    rest: tuple[Token, ...]
    mood: str
    start: int
    """Index of the subject token in the sentence."""
    end: int
    """Index just past the last token of the clause."""
    past_form: bool = False
    """Whether the sentence put the clause in the past ("you left", "you'd decided")."""
    never: bool = False
    """Whether the negation was "never" (or "not once"), a habit rather than a rule."""
    raw_rest: tuple[Token, ...] = ()
    """The words after the verb before any tense changes, for requests."""
    perfect: bool = False
    """Whether the clause used "have" + participle ("you've never lost …")."""

    @property
    def rest_words(self) -> str:
        """The words after the verb, as written."""
        return join_words(self.rest)

    @property
    def observable(self) -> bool:
        """Whether the clause describes behaviour one could see or hear."""
        if self.kind == "be":
            return bool(self.rest) and self.rest[0].norm in _OBSERVABLE_AFTER_BE
        return True

    @property
    def informative(self) -> bool:
        """Whether the clause says more than "you did it" / "you do this"."""
        vague = {"it", "this", "that", "so", "too", "to"}
        if self.lemma in {"do", "be", "have", "say", "think", "know", "get"}:
            for token in self.rest:
                if token.norm in _TIME_LINKS:
                    return False
                if token.norm not in vague and token.is_word:
                    return True
            return False
        return True

    def observation(self) -> str:
        """The clause as a past-tense observation, without overgeneralising adverbs.

        >>> parse_clause(tokenize("you keep interrupting me"), 0).observation()
        'you interrupted me'
        """
        subject = self.subject
        rest = self.rest_words
        be = _SUBJECT_PAST_BE.get(subject, "was")
        if self.kind == "be":
            head = f"{subject} {be}n't" if self.negative else f"{subject} {be}"
        elif self.kind == "progressive":
            verb = gerund(self.lemma)
            head = f"{subject} {be}n't {verb}" if self.negative else f"{subject} {be} {verb}"
        elif self.negative:
            head = f"{subject} didn't {self.lemma}"
        else:
            head = f"{subject} {past(self.lemma)}"
        if self.negative and rest:
            # "you didn't plan anything for us" reads as a verdict; one occasion is "special".
            rest = _ANYTHING_FOR.sub("anything special ", rest)
        return f"{head} {rest}" if rest else head

    def request(self) -> str:
        """The behaviour as words that complete "Would you be willing to …?".

        >>> parse_clause(tokenize("You never text back."), 0).request()
        'text back'
        """
        rest = join_words(_present_after_you(self.raw_rest or self.rest))
        rest = affirmed(rest)
        rest = _PAST_TIME.sub("", rest)  # "you should have phoned hours ago" -> "phone"
        verb = "be" if self.kind == "be" else self.lemma
        return f"{verb} {rest}" if rest else verb

    def gerund_phrase(self) -> str:
        """The behaviour as an -ing phrase ("quitting your job").

        >>> parse_clause(tokenize("you should just quit your job"), 0).gerund_phrase()
        'quitting your job'
        """
        words = []
        previous = ""
        for token in self.rest:
            lemma = verb_lemma(token.norm) if previous == "and" else None
            if lemma is not None and lemma == token.norm:
                token = Token(token.norm, gerund(lemma), token.start, token.end)  # "and sleep more"
            words.append(token)
            previous = token.norm
        rest = join_words(words)
        verb = gerund("be" if self.kind == "be" else self.lemma)
        return f"{verb} {rest}" if rest else verb


def join_words(tokens: Sequence[Token]) -> str:
    """Join tokens back into text: no space before punctuation and contractions.

    >>> join_words(tokenize("the dishes , please !"))
    'the dishes, please!'
    """
    out: list[str] = []
    previous: Token | None = None
    quote_open = False
    after_opening = False
    for token in tokens:
        text = token.surface
        glued = previous is not None and previous.end == token.start
        if text in _QUOTE_MARKS and not (glued and not quote_open and text == "'"):
            # A quote mark opens (space before it) or closes (space after it) in turn:
            # 'called it a "disaster" first'. An apostrophe written against the word
            # before it ("the kids' rooms") is neither.
            opening = text in _OPENING_QUOTES or (text not in _CLOSING_QUOTES and not quote_open)
            quote_open = opening
        else:
            opening = token.is_word or text == "("
        hyphen = previous is not None and "-" in {text, previous.surface}
        if hyphen and previous is not None and previous.end == token.start:
            pass  # "thank-you": written without spaces, kept that way
        elif (
            out
            and not after_opening
            and (opening or (not token.is_word and text in {"&", "-", "+", "="}))
        ):
            out.append(" ")
        out.append(text)
        after_opening = text == "(" or (text in _QUOTE_MARKS and opening)
        previous = token
    return "".join(out).strip()


_QUOTE_MARKS: Final = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
_OPENING_QUOTES: Final = frozenset({"\u201c", "\u2018"})
_CLOSING_QUOTES: Final = frozenset({"\u201d", "\u2019"})


def _present_after_you(rest: Sequence[Token]) -> list[Token]:
    """Undo the backshift for a request: "before you booked it" -> "before you book it"."""
    out: list[Token] = []
    previous = ""
    for index, token in enumerate(rest):
        word = token.norm
        following = rest[index + 1].norm if index + 1 < len(rest) else ""
        if previous in _TIME_LINKS and word == "your" and following in _OBSERVABLE_AFTER_BE:
            token = Token(word, "you're", token.start, token.end)  # "when ur out" typed "your"
        elif previous == "you" and token.is_word and word.endswith("ed"):
            lemma = verb_lemma(word)
            if lemma is not None and lemma != word:
                token = Token(word, lemma, token.start, token.end)
        elif token.surface == "I was":
            token = Token(word, "I'm", token.start, token.end)
        out.append(token)
        previous = word
    return out


def clause_after(
    tokens: Sequence[Token], j: int, subject: str = "you", negative: bool = False
) -> Clause | None:
    """Parse ``tokens[j:]`` as if ``subject`` stood before them ("how could you [do this]").

    >>> tokens = tokenize("Why can't you ever just listen?")
    >>> clause_after(tokens, 4, negative=True).observation()
    "you didn't listen"
    """
    if j >= len(tokens):
        return None
    anchor = tokens[j]
    words = (Token(subject, subject, anchor.start, anchor.start), *tokens[j:])
    clause = parse_clause(words, 0)
    if clause is None:
        return None
    if negative and not clause.negative:
        clause = attrs.evolve(clause, negative=True)
    return attrs.evolve(clause, start=j, end=clause.end + j - 1)


def _skip_adverbs(tokens: Sequence[Token], j: int) -> tuple[int, bool]:
    """Skip overgeneralising and intensifying adverbs; report a negation among them."""
    negative = False
    n = len(tokens)
    while j < n:
        word = tokens[j].norm
        if word in _NEGATIVE_ADVERBS:
            negative = True
            j += 1
        elif word in ADVERBS_TO_DROP:
            j += 1
        elif word == "no" and j + 1 < n and tokens[j + 1].norm == "longer":
            negative = True
            j += 2
        elif word in {"kind", "sort"} and j + 1 < n and tokens[j + 1].norm == "of":
            j += 2
        elif word in {"kinda", "sorta"}:
            j += 1
        elif word == "at" and j + 1 < n and tokens[j + 1].norm == "least":
            j += 2
        else:
            break
    return j, negative


_MAX_CLAUSE: Final = 30
"""Longest verb phrase taken into an observation, in tokens (keeps parsing linear)."""


def _clause_end(tokens: Sequence[Token], j: int) -> int:
    """Index where the clause that continues at ``j`` ends."""
    n = min(len(tokens), j + _MAX_CLAUSE)
    while j < n:
        token = tokens[j]
        word = token.norm
        if word == "," and j + 1 < len(tokens) and tokens[j + 1].norm in {"rather", "instead"}:
            j += 1  # "…, rather than listening" belongs to the behaviour
            continue
        if word == "-" and j + 1 < len(tokens) and token.end == tokens[j + 1].start:
            j += 1  # "thank-you notes"
            continue
        if not token.is_word and word not in {"'", "&", "/"}:
            beyond = j
            while beyond < n and tokens[beyond].is_pictograph:
                beyond += 1
            if beyond in (j, n) or not tokens[beyond].is_word:
                return j
            j = beyond  # "quit the choir 🎶❌ and sleep more": emoji do not end the clause
            continue
        if word in {"so", "or"}:
            following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
            if following not in _SUBJECTS_AFTER_AND and following != "else":
                j += 1
                continue
        if word == "while" and tokens[j - 1].norm == "a":
            j += 1  # "once in a while"
            continue
        if word in _CLAUSE_BREAKS or word in _TIME_LINKS:
            following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
            after = tokens[j + 2].norm if j + 2 < len(tokens) else ""
            keep = (
                (word == "like" and following in {"that", "this", "a", "an", "crap", "dirt"})
                or (
                    word in _TIME_LINKS
                    and following in {"i", "we", "i'm", "we're", "you", "you're"}
                )
                or (word in _TIME_LINKS and following == "your" and after in _OBSERVABLE_AFTER_BE)
                or (word == "if" and _asked_before(tokens, j))
            )
            if not keep:
                return j
        if word == "and" and j + 1 < len(tokens) and tokens[j + 1].norm in _SUBJECTS_AFTER_AND:
            return j
        if (
            word in _NEW_SUBJECTS
            and j + 1 < len(tokens)
            and tokens[j + 1].norm in _AUX
            and tokens[j - 1].norm not in _LINKS_BEFORE_SUBJECT
        ):
            return j  # "you told me earlier I wouldn't have been late": a new clause
        j += 1
    return j


def _asked_before(tokens: Sequence[Token], j: int) -> bool:
    """Whether the "if" at ``tokens[j]`` opens what was asked, not a condition.

    "asking me if I needed some": the question belongs to the clause.
    """
    for k in (j - 1, j - 2):
        if k >= 0 and verb_lemma(tokens[k].norm) in {"ask", "check", "see"}:
            return k == j - 1 or tokens[j - 1].norm in {"me", "us", "him", "her", "them"}
    return False


def _trim_rest(rest: list[Token]) -> list[Token]:
    """Drop overgeneralising endings ("again", "all the time") and dangling words."""
    changed = True
    while rest and changed:
        changed = False
        words = [t.norm for t in rest]
        for ending in _TRAILING_DROP:
            size = len(ending)
            if len(words) >= size and tuple(words[-size:]) == ending:
                del rest[-size:]
                changed = True
                break
        if rest and rest[-1].norm in {"and", "or", "but", "the", "a", "to", "just", "like"}:
            rest.pop()
            changed = True
    return [t for t in rest if t.norm not in {"just", "even", "really", "literally", "actually"}]


def _backshift(rest: list[Token]) -> list[Token]:
    """Put "I/we + present verb" inside the rest of a clause into the past."""
    out: list[Token] = []
    previous = ""
    for index, token in enumerate(rest):
        word = token.norm
        following = rest[index + 1].norm if index + 1 < len(rest) else ""
        replacement: str | None = None
        if word in {"i'm", "we're"}:
            replacement = _PRONOUN_PAST[word]
        elif previous in _TIME_LINKS and (
            word == "you're" or (word == "your" and following in _OBSERVABLE_AFTER_BE)
        ):
            replacement = "you were"  # "… when ur out with the boys" -> "when you were out"
        elif previous in {"i", "we"} and token.is_word:
            if word in {"am", "are"}:
                replacement = "was" if previous == "i" else "were"
            elif word not in {"can", "will", "should", "must", "could", "would", "might"} and (
                verb_lemma(word) == word
            ):
                replacement = past(word)
        if replacement is not None:
            out.append(Token(word, replacement, token.start, token.end))
        else:
            out.append(token)
        previous = word
    return out


def _generalisations(rest: list[Token]) -> list[Token]:
    """Soften "everything" and "anything" inside an observation into one occasion."""
    out = []
    for token in rest:
        if token.norm == "everything":
            out.append(Token("something", "something", token.start, token.end))
        else:
            out.append(token)
    return out


def parse_clause(tokens: Sequence[Token], i: int) -> Clause | None:
    """Parse the clause whose subject is ``tokens[i]`` ("you", "I", "we" and contractions).

    Returns ``None`` when no main verb or description follows.

    >>> parse_clause(tokenize("You should have called."), 0).mood
    'should_have'
    >>> parse_clause(tokenize("you've left them piled up again!"), 0).observation()
    'you left them piled up'
    >>> parse_clause(tokenize("You're so lazy."), 0).observable
    False
    """
    n = len(tokens)
    form = _SUBJECT_FORMS.get(tokens[i].norm)
    if form is None:
        return None
    subject, aux = form
    j, negative = _skip_adverbs(tokens, i + 1)
    if subject == "you" and j < n and tokens[j].norm == "all" and aux is None:
        j, negative = _skip_adverbs(tokens, j + 1)  # "you all"
    mood = "plain"
    aux_word = ""
    if aux is None and j < n and tokens[j].norm in _AUX:
        aux_word = tokens[j].norm
        aux, neg = _AUX[tokens[j].norm]
        negative = negative or neg
        if tokens[j].norm == "ought" and j + 1 < n and tokens[j + 1].norm == "to":
            j += 1
        j += 1
        j, neg = _skip_adverbs(tokens, j)
        negative = negative or neg
    if aux == "would" and j < n and tokens[j].norm == "better":
        aux, mood = "need", "demand"  # "you'd better be ready"
        j += 1
    if aux == "would" and j < n and verb_lemma(tokens[j].norm) and tokens[j].norm.endswith("ed"):
        aux = "have"  # "you'd left" = "you had left"
    if aux in {"should've", "could've", "would've"}:
        mood = "modal" if aux == "would've" else "should_have"
        aux = "have"
    elif aux in {"should", "could", "would", "must", "might"} and j < n:
        if tokens[j].norm in {"have", "'ve"}:
            mood = "should_have" if aux in {"should", "could"} else "modal"
            j, neg = _skip_adverbs(tokens, j + 1)
            negative = negative or neg
            aux = "have"
            if j < n and tokens[j].norm == "to":
                mood, j = "demand", j + 1  # "I shouldn't have to ask"
        elif aux in {"should", "must"}:
            mood = "demand"
        else:
            mood = "modal"
    elif aux in {"can", "will"}:
        mood = "modal"
    elif aux == "need" and mood != "demand":
        mood = "demand"
        if j < n and tokens[j].norm == "to":
            j += 1
    if aux == "have" and mood == "plain" and j < n and tokens[j].norm in {"to", "got"}:
        mood = "demand"
        j += 1
        if j < n and tokens[j].norm == "to":
            j += 1
    # "seem to", "bother to", "have to" …: skip to the verb that carries the meaning.
    skipped = False
    while j + 1 < n and tokens[j + 1].norm == "to":
        lemma = verb_lemma(tokens[j].norm)
        if lemma not in _CATENATIVES:
            break
        if lemma in {"have", "need", "got"}:
            mood = "demand"
        if lemma == "go" and aux == "be":
            return None  # "you're going to …" is about the future
        j, neg = _skip_adverbs(tokens, j + 2)
        negative = negative or neg
        skipped = True
    if j >= n:
        return None
    head = tokens[j].norm
    if aux == "be" and skipped:
        aux = None  # "you're trying to avoid it": "avoid" carries the meaning
    if aux == "be":
        if head == "being":
            j, _ = _skip_adverbs(tokens, j + 1)
            if j >= n:
                return None
            head = tokens[j].norm
        if head in {"going", "gonna"}:
            return None
        if head.endswith("ing") and verb_lemma(head):
            kind, lemma, j = "progressive", verb_lemma(head) or head, j + 1
        else:
            kind, lemma = "be", "be"
    elif aux == "keep":
        if head == "on":
            j += 1
            head = tokens[j].norm if j < n else ""
        lemma_or_none = verb_lemma(head) if head.endswith("ing") else None
        if lemma_or_none is None:
            kind, lemma = "verb", "keep"  # "keep it from me": keep is the main verb
        else:
            kind, lemma, j = "verb", lemma_or_none, j + 1
    else:
        lemma_or_none = verb_lemma(head)
        if (lemma_or_none is None or not tokens[j].is_word) and aux == "do":
            # "how could you do this": "do" was the main verb, not an auxiliary.
            lemma_or_none, j = "do", j - 1
        if lemma_or_none is None or not tokens[j].is_word:
            return None
        kind, lemma, j = "verb", lemma_or_none, j + 1
        if lemma == "be":
            kind = "be"
            following = tokens[j].norm if j < n else ""
            if following.endswith("ing") and verb_lemma(following):
                kind, lemma, j = "progressive", verb_lemma(following) or following, j + 1
    end = _clause_end(tokens, j + 1 if kind == "be" and tokens[j].is_word else j)
    rest = _trim_rest([token for token in tokens[j:end] if not token.is_pictograph])
    if kind == "be" and not rest:
        return None
    if lemma == "lift" and [t.norm for t in rest[:2]] == ["a", "finger"]:
        lemma, rest = "help", rest[2:]  # "never lifts a finger" is the idiom for not helping
    raw_rest = tuple(rest)
    rest = _backshift(_generalisations(rest))
    never = any(t.norm in {"never", "once", "ever"} for t in tokens[i:j])
    verb_word = tokens[j - 1].norm if kind != "be" and j > 0 else ""
    perfect = aux == "have" and mood in {"plain", "modal"} and kind == "verb"
    past_form = aux_word in {"did", "didn't", "had", "hadn't", "was", "were", "wasn't", "weren't"}
    past_form = (
        past_form or perfect or (aux_word == "" and verb_word != lemma and verb_word == past(lemma))
    )
    return Clause(
        subject=subject,
        negative=negative,
        kind=kind,
        lemma=lemma,
        rest=tuple(rest),
        mood=mood,
        start=i,
        end=end,
        past_form=past_form,
        perfect=perfect,
        never=never,
        raw_rest=raw_rest,
    )
