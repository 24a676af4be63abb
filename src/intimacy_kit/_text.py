"""The text layer shared by the detector and the rewriter.

Everything here reports positions in the ORIGINAL string, whatever normalisation was
applied for matching, so that ``original[start:end]`` is always the span a user sees.

* :func:`normalize` folds a message into a lower-case, plain-ASCII-where-possible form
  for matching (NFKC, curly quotes, zero-width and non-breaking characters, stretched
  letters, common chat spellings) and keeps a map back to the original offsets.
* :func:`sentence_spans` and :func:`token_spans` use nltk's data-free tokenizers, imported
  lazily at first use so that ``import intimacy_kit`` stays cheap.
* :func:`quoted_spans` finds quoted and reported speech, which later rules skip because
  it is not the writer's own judgment.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # pragma: no cover - typing only
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "Normalized",
    "Span",
    "normalize",
    "quoted_spans",
    "sentence_spans",
    "token_spans",
]

Span = tuple[int, int]
"""A half-open ``(start, end)`` range of character offsets."""

# Characters that carry no visible content and only get in the way of matching:
# zero-width spaces and joiners, direction marks, the byte-order mark, the soft hyphen.
_INVISIBLE: Final = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

# Typographic quotes and apostrophes, which NFKC leaves alone, folded to ASCII so that
# one pattern matches "you’re", "you‘re" and "you're".
_QUOTE_FOLD: Final = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u0060": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
}

# The non-ASCII folds above that replace one character with one character, for
# ``str.translate`` on the fast path.
_ONE_FOR_ONE: Final = {
    ord(char): folded for char, folded in _QUOTE_FOLD.items() if not char.isascii()
}

# Chat spellings and contractions typed without an apostrophe. Only unambiguous forms:
# "ill", "wont", "were" and "id" are real words, so they stay as typed.
_CHAT_WORDS: Final = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "r": "are",
    "yr": "your",
    "youre": "you're",
    "yore": "you're",
    "ure": "you're",
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldve": "should've",
    "couldve": "could've",
    "wouldve": "would've",
    "mustve": "must've",
    "youve": "you've",
    "youll": "you'll",
    "youd": "you'd",
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "pls": "please",
    "plz": "please",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "ppl": "people",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "idk": "i don't know",
    "idc": "i don't care",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "w": "with",
    "y": "why",
    "whatevs": "whatever",
    "rn": "right now",
    "smth": "something",
    "sth": "something",
    "tho": "though",
    "kno": "know",
    "tf": "the fuck",
}

# "ur" is "your" before a noun ("ur phone") and "you're" before most other things
# ("ur so lazy", "ur always late", "ur being mean").
_UR_AS_YOU_ARE: Final = re.compile(
    r"\s+(?:so|such|a|an|the|always|never|not|really|just|too|very|being|acting|only|still|"
    r"literally|seriously|honestly|actually|clearly|obviously|probably|definitely|getting|"
    r"going|gonna|like|literally|totally|completely|kidding|joking|wrong|right|"
    r"impossible|unbelievable|ridiculous|pathetic|out|in|late|here|there|up|off|over|mad|"
    r"upset|angry|sick|tired|busy|\w+ing|\w+ed)\b",
)

# "your" typed for "you're" ("your late again", "your so rude"): only before words a
# possessive cannot take, so "your late father", "your so-called plan" and "your
# never-ending list" stay "your". A gerund can follow a possessive ("your lying has to
# stop"), so "-ing" words count only where the sentence ends or goes on as a clause.
_YOUR_AS_YOU_ARE: Final = (
    r"your(?=\s+(?:(?:so(?!\s+called)|always|never(?!\s+ending)|not)(?![\w'-])|such\s+an?\s|"
    r"(?:kidding|joking|lying|overreacting)(?=\s*(?:[.,!?]|$)|\s+(?:again|now|to\s+me|about)\b)|"
    r"late(?=\s*(?:[.,!?]|$|\s+(?:again|every|always|for|to|as|all|and)\b))))"
)
_YOUR_TYPED_FOR_YOU_ARE: Final = re.compile(r"\b" + _YOUR_AS_YOU_ARE)

# Common words whose double letter survives emphasis: "gooood" is "good", not "god".
_DOUBLED_WORDS: Final = (
    "good",
    "too",
    "soon",
    "cool",
    "feel",
    "need",
    "all",
    "well",
    "still",
    "will",
    "see",
    "off",
    "look",
    "sorry",
    "really",
    "seriously",
    "stupid",
    "full",
    "call",
    "tell",
    "kill",
    "hell",
    "free",
    "agree",
    "keep",
    "sleep",
    "week",
    "door",
    "food",
    "mood",
    "sweet",
    "tree",
    "pretty",
    "happy",
    "annoying",
    "terrible",
    "horrible",
    "little",
    "better",
    "less",
    "mess",
    "guess",
    "boss",
    "miss",
    "kiss",
    "pass",
    "stress",
)


_SQUEEZE: Final = re.compile(r"([a-z])\1{2,}")
_RUN: Final = re.compile(r"(.)\1+")


def _collapse_runs(word: str) -> str:
    return _RUN.sub(r"\1", word)


_DOUBLED_BY_COLLAPSED: Final = {_collapse_runs(w): w for w in _DOUBLED_WORDS}

# Plain lower-case words, used to decide cheaply whether a message needs the slow path
# and, by the detector, to decide which rules can possibly fire. Words are kept as bytes:
# translating every byte that is not a-z to a space and splitting is several times
# faster than a regex ``findall`` on the hot path, and gives the same runs of a-z.
WORDS: Final = re.compile(r"[a-z]+")
_NOT_A_TO_Z: Final = bytes.maketrans(
    bytes(range(256)), bytes(c if 97 <= c <= 122 else 32 for c in range(256))
)


def _runs_of(text: str) -> list[bytes]:
    """The runs of ``a``-``z`` in ``text``, in order, as ASCII bytes.

    >>> _runs_of("you're so lazy!!")
    [b'you', b're', b'so', b'lazy']
    """
    return text.encode("utf-8", "surrogatepass").translate(_NOT_A_TO_Z).split()


_STRETCHED: Final = re.compile(rb"([a-z])\1\1")
_CHAT_SET: Final = frozenset(_CHAT_WORDS) | {"ur"}
_CHAT_KEYS: Final = frozenset(word.encode() for word in _CHAT_SET if word.isalpha())

# A word that needs rewriting for matching: a chat spelling, or a letter typed three or
# more times in a row. Matched on lower-case text. (Stdlib ``re`` is noticeably faster
# than ``regex`` for these simple hot-path patterns.)
_WORD_FIX: Final = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(re.escape(w) for w in sorted(_CHAT_SET, key=len, reverse=True))
    + r")(?![\w']|\.\w)"
    + r"|(?<![\w'])"
    + _YOUR_AS_YOU_ARE
    + r"|[a-z]*([a-z])\1\1[a-z]*",
)


def _fix_word(word: str, following: str) -> str:
    """The matching form of one word found by ``_WORD_FIX``."""
    if word == "your":
        return "you're"  # matched only where it stands for "you're"
    if word == "ur":
        # Look at the next word as it will read once squeezed ("ur soooo" is "ur so").
        return "you're" if _UR_AS_YOU_ARE.match(_SQUEEZE.sub(r"\1", following)) else "your"
    chat = _CHAT_WORDS.get(word)
    if chat is not None:
        return chat
    collapsed = _SQUEEZE.sub(r"\1", word)
    return _DOUBLED_BY_COLLAPSED.get(_collapse_runs(collapsed), collapsed)


class Normalized:
    """A message folded for matching, with a map back to offsets in the original.

    >>> n = normalize("You’re soooo LAZY")
    >>> n.text
    "you're so lazy"
    >>> start = n.text.index("lazy")
    >>> n.original_span(start, start + 4)
    (13, 17)
    >>> n.original[13:17]
    'LAZY'
    """

    __slots__ = ("_ends", "_runs", "_starts", "_words", "original", "text")

    original: str
    text: str
    _starts: list[int] | None
    _ends: list[int] | None
    _runs: list[bytes] | None
    _words: frozenset[bytes] | None

    def __init__(
        self,
        original: str,
        text: str,
        starts: list[int] | None = None,
        ends: list[int] | None = None,
        runs: list[bytes] | None = None,
    ) -> None:
        self.original = original
        """The string as the caller gave it."""
        self.text = text
        """The folded string that patterns are matched against."""
        # For every character of ``text``, the original span it came from; ``None``
        # when the two strings line up character for character.
        self._starts = starts
        self._ends = ends
        self._runs = runs
        self._words = None

    @property
    def runs(self) -> list[bytes]:
        """The runs of ``a``-``z`` of :attr:`text` in order, repeats included, as bytes.

        Cheaper than :attr:`words` when the caller only intersects them with a set.
        """
        if self._runs is None:
            self._runs = _runs_of(self.text)
        return self._runs

    @property
    def words(self) -> frozenset[bytes]:
        """The plain lower-case words (runs of ``a``-``z``) of :attr:`text`, as bytes."""
        if self._words is None:
            self._words = frozenset(self.runs)
        return self._words

    @property
    def is_identity(self) -> bool:
        """True when ``text`` lines up with ``original`` character for character."""
        return self._starts is None

    def original_span(self, start: int, end: int) -> Span:
        """Map a span of :attr:`text` to the span of :attr:`original` it came from."""
        if self._starts is None or self._ends is None:
            return start, end
        size = len(self.text)
        if start >= size:
            return len(self.original), len(self.original)
        begin = self._starts[start]
        if end <= start:
            return begin, begin
        return begin, self._ends[min(end, size) - 1]

    def original_offset(self, index: int) -> int:
        """Map an offset of :attr:`text` to the offset in :attr:`original`."""
        return self.original_span(index, index)[0]

    def __repr__(self) -> str:
        return f"Normalized(text={self.text!r})"


def _fold_char(char: str) -> str:
    """The matching form of one non-ASCII character (possibly empty or several chars)."""
    if char in _INVISIBLE:
        return ""
    folded = _QUOTE_FOLD.get(char)
    if folded is not None:
        return folded
    if "\ud800" <= char <= "\udfff":
        # An unpaired surrogate cannot be normalised or encoded; it matches nothing.
        return char
    nfkc = unicodedata.normalize("NFKC", char)
    if unicodedata.category(char) == "Zs":
        return " "
    lowered = nfkc.lower()
    # A few characters lower-case to two (e.g. "İ"); keep one-to-one where we can.
    return lowered if len(lowered) == len(nfkc) else nfkc


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]+")


def _fold_characters(text: str) -> tuple[str, list[int], list[int]]:
    """Fold every non-ASCII character; return the new text and its offset map."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for run in _NON_ASCII.finditer(text):
        ascii_part = text[position : run.start()]
        if ascii_part:
            pieces.append(ascii_part.lower())
            starts.extend(range(position, run.start()))
            ends.extend(range(position + 1, run.start() + 1))
        for offset, char in enumerate(run.group(), start=run.start()):
            folded = _fold_char(char)
            if folded:
                pieces.append(folded)
                starts.extend([offset] * len(folded))
                ends.extend([offset + 1] * len(folded))
        position = run.end()
    tail = text[position:]
    if tail:
        pieces.append(tail.lower())
        starts.extend(range(position, len(text)))
        ends.extend(range(position + 1, len(text) + 1))
    return "".join(pieces), starts, ends


def fold_plain(text: str) -> tuple[str, list[bytes]] | None:
    r"""The folded text and its word runs when folding is only lower-casing, else None.

    That is the case for most messages: plain ASCII without chat spellings or stretched
    letters. The folded text then lines up with ``text`` character for character.

    Typographic quotes and dashes fold one for one, so they keep the offsets too.

    >>> fold_plain("You NEVER listen!")
    ('you never listen!', [b'you', b'never', b'listen'])
    >>> fold_plain("You’re “late”")
    ('you\'re "late"', [b'you', b're', b'late'])
    >>> fold_plain("u never listen"), fold_plain("Ｙou never listen"), fold_plain("sooo lazy")
    (None, None, None)
    """
    folded = fold_plain_maybe_stretched(text)
    if folded is None or has_stretched_letter(folded[1]):
        return None
    return folded


def fold_plain_maybe_stretched(text: str) -> tuple[str, list[bytes]] | None:
    """:func:`fold_plain` without its test for stretched letters.

    For a caller that makes the test itself (:func:`has_stretched_letter`): the detector
    tests only the few runs that are none of its rules' words.

    >>> fold_plain_maybe_stretched("sooo lazy")
    ('sooo lazy', [b'sooo', b'lazy'])
    """
    if not text.isascii():
        text = text.translate(_ONE_FOR_ONE)
        if not text.isascii():
            return None
    lowered = text.lower()
    # The word runs are kept: the detector needs them next, and building them here,
    # while the bytes are at hand, is the cheapest place.
    runs = lowered.encode().translate(_NOT_A_TO_Z).split()
    if not _CHAT_KEYS.isdisjoint(runs):
        return None
    if b"your" in runs and _YOUR_TYPED_FOR_YOU_ARE.search(lowered) is not None:
        return None
    return lowered, runs


def has_stretched_letter(runs: list[bytes]) -> bool:
    """Whether one of ``runs`` has a letter three or more times in a row ("sooo").

    Normalising squeezes such letters, so a normalised text never has one.

    >>> has_stretched_letter([b"so", b"lazy"]), has_stretched_letter([b"sooo"])
    (False, True)
    """
    return _STRETCHED.search(b" ".join(runs)) is not None


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and keep the way back to the original offsets.

    The folded text is lower case; full-width and other compatibility forms become their
    plain forms (NFKC); curly quotes and apostrophes become ASCII; zero-width characters
    disappear; non-breaking spaces become spaces; letters stretched for emphasis are
    squeezed ("soooo" → "so", "gooood" → "good"); and common chat spellings are spelled
    out ("u" → "you", "ur so" → "you're so", "your late" → "you're late", "dont" →
    "don't").

    >>> normalize("Ｕ NEVER listen!!").text
    'you never listen!!'
    >>> normalize("your late again").text, normalize("your late father").text
    ("you're late again", 'your late father')
    >>> normalize("plain text stays put").is_identity
    True
    """
    plain = fold_plain(text)
    if plain is not None:
        return Normalized(text, plain[0], runs=plain[1])
    return normalize_in_full(text)


def normalize_in_full(text: str) -> Normalized:
    """:func:`normalize` for a text that :func:`fold_plain` has already turned down.

    For the detector, which tries the plain fold first and should not try it twice.

    >>> normalize_in_full("sooo lazy").text
    'so lazy'
    """
    if text.isascii():
        lowered = text.lower()
        folded, starts, ends = lowered, list(range(len(text))), list(range(1, len(text) + 1))
    else:
        folded, starts, ends = _fold_characters(text)
        if _WORD_FIX.search(folded) is None:
            return Normalized(text, folded, starts, ends)

    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    position = 0
    for match in _WORD_FIX.finditer(folded):
        a, b = match.span()
        if a > position:
            pieces.append(folded[position:a])
            new_starts.extend(starts[position:a])
            new_ends.extend(ends[position:a])
        replacement = _fix_word(match.group(), folded[b : b + 24])
        pieces.append(replacement)
        origin_start, origin_end = starts[a], ends[b - 1]
        new_starts.extend([origin_start] * len(replacement))
        new_ends.extend([origin_end] * len(replacement))
        position = b
    pieces.append(folded[position:])
    new_starts.extend(starts[position:])
    new_ends.extend(ends[position:])
    return Normalized(text, "".join(pieces), new_starts, new_ends)


# --- nltk, loaded lazily ---------------------------------------------------------------

# Abbreviations that end in a full stop without ending the sentence. Punkt takes them
# lower case and without the final dot.
_ABBREVIATIONS: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "appt",
        "apt",
        "dept",
        "est",
        "min",
        "max",
        "no",
        "tel",
        "mt",
        "ave",
        "rd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
    }
)


@functools.cache
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    parameters = PunktParameters()
    parameters.abbrev_types = set(_ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


@functools.cache
def _word_tokenizer() -> Callable[[str], Iterator[Span]]:
    from nltk.tokenize import TreebankWordTokenizer

    span_tokenize: Callable[[str], Iterator[Span]] = TreebankWordTokenizer().span_tokenize
    return span_tokenize


# A place where a sentence may end: terminal punctuation, closing quotes, then space.
_MAYBE_BOUNDARY: Final = re.compile(r"[.!?\u2026\n]")
_FALLBACK_SENTENCE: Final = re.compile(r"[^.!?\u2026\n]*(?:[.!?\u2026]+[\"'\u201d\u2019)]*|\n|$)")
_FALLBACK_TOKEN: Final = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]")


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _safe_spans(
    text: str, tokenize: Callable[[], Iterator[Span]], fallback: re.Pattern[str]
) -> tuple[Span, ...]:
    try:
        spans = tuple(tokenize())
    except Exception:  # nltk raises on a few inputs (odd quotes, surrogates); fall back.
        spans = tuple(m.span() for m in fallback.finditer(text) if m.end() > m.start())
    return tuple(s for s in (_trimmed(text, a, b) for a, b in spans) if s is not None)


def sentence_spans(text: str) -> tuple[Span, ...]:
    """Sentence spans of ``text``, from nltk's Punkt with common abbreviations set in code.

    No trained model or downloaded data is used. Spans never include surrounding
    whitespace, and a text with no sentence boundary is one span without loading nltk.

    >>> text = "You never call. I asked Dr. Lee about it! Fine."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['You never call.', 'I asked Dr. Lee about it!', 'Fine.']
    """
    stripped = _trimmed(text, 0, len(text))
    if stripped is None:
        return ()
    start, end = stripped
    if _MAYBE_BOUNDARY.search(text, start, max(start, end - 1)) is None:
        return (stripped,)
    return _safe_spans(text, lambda: _sentence_tokenizer().span_tokenize(text), _FALLBACK_SENTENCE)


def token_spans(text: str) -> tuple[Span, ...]:
    """Word and punctuation token spans of ``text`` (nltk's Treebank tokenizer).

    >>> text = "You don't listen."
    >>> [text[a:b] for a, b in token_spans(text)]
    ['You', 'do', "n't", 'listen', '.']
    """
    return _safe_spans(text, lambda: _word_tokenizer()(text), _FALLBACK_TOKEN)


# --- quoted and reported speech ----------------------------------------------------------

# Double quotes pair up left to right; a single quote opens only where an apostrophe
# cannot be (after a space or bracket, before a non-space) and closes only where a word
# does not continue, so "don't" and "Chris' car" are not quotes.
_QUOTED: Final = re.compile(
    r'"[^"\n]*"'
    r"|(?<![\w'])'(?=[^\s'])(?:[^'\n]|(?<=\w)'(?=\w))*(?<=\S)'(?![\w'])"
)

_REPORTER: Final = (
    r"(?:he|she|they|someone|somebody|everyone|everybody|people|nobody|"
    r"(?:my|his|her|their|our|your|the)\s+(?:\w+\s+){0,2}?(?:mom|mum|mother|dad|father|"
    r"sister|brother|friend|friends|boss|teacher|ex|therapist|counsel+or|coach|doctor|"
    r"neighbou?r|aunt|uncle|grandma|grandpa|kids?|son|daughter|cousin|colleague|coworker|"
    r"roommate|character|narrator|author|guy|girl|man|woman|lady|book|song|movie|show|play|"
    r"article|sign|message|post)|[a-z]+\s+(?:and|&)\s+[a-z]+)"
)
_REPORTED: Final = re.compile(
    r"\b" + _REPORTER + r"\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|say|saying|told\s+(?:me|us|him|her|them)|tells\s+(?:me|us|him|her|them)|"
    r"yelled|screamed|shouted|wrote|writes|texted|asked|asks|claimed|claims|"
    r"keeps?\s+saying|kept\s+(?:saying|telling\s+(?:me|us|him|her|them)))"
    r"\b[^.!?\n]*"
)
# Quotes and reported speech need a quote character or a speech verb; skip the regex
# work for the many messages that have neither.
_LOWER_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def _may_quote(text: str) -> bool:
    """Whether ``text`` has a double quote, or a single quote at the edge of a word.

    An apostrophe inside a word ("you're", "don't") is not a quote. Walking the few
    apostrophes with ``str.find`` is several times faster than a regex search.

    >>> _may_quote("you're right, don't worry"), _may_quote("she said 'no'")
    (False, True)
    """
    if '"' in text:
        return True
    position = text.find("'")
    while position >= 0:
        before = text[position - 1] if position else " "
        after = text[position + 1 : position + 2] or " "
        if before not in _LOWER_LETTERS or after not in _LOWER_LETTERS:
            return True
        position = text.find("'", position + 1)
    return False


_REPORT_HINT: Final = frozenset(
    word.encode()
    for word in (
        "said says say saying told tells yelled screamed shouted wrote writes texted asked "
        "asks claimed claims"
    ).split()
)


_INFINITY: Final = float("inf")


# The reaches of the last few span tuples, found by identity: callers ask about the same
# tuple once per match, and hashing a tuple of thousands of spans (as a functools cache
# would) costs as much as computing the reach, which made long messages quadratic.
# Replaced whole, never mutated, so concurrent threads at worst compute a reach twice.
_REACH_CACHE_SIZE: Final = 4
_reach_cache: tuple[tuple[tuple[Span, ...], tuple[int, ...]], ...] = ()


def _reach(spans: tuple[Span, ...]) -> tuple[int, ...]:
    """For each prefix of ``spans``, the furthest end reached so far."""
    global _reach_cache
    for known, reach in _reach_cache:
        if known is spans:
            return reach
    found: list[int] = []
    furthest = -1
    for _start, end in spans:
        furthest = max(furthest, end)
        found.append(furthest)
    result = tuple(found)
    _reach_cache = ((spans, result), *_reach_cache[: _REACH_CACHE_SIZE - 1])
    return result


def quoted_spans(normalized: Normalized) -> tuple[Span, ...]:
    """Spans (in the normalised text) of quoted and third-party reported speech.

    Whatever sits inside quotes, or follows "she said", "my mom keeps saying" and the
    like, is someone else's words, not the writer's judgment.

    >>> n = normalize("She kept saying 'you're so lazy' in the play.")
    >>> [n.text[a:b] for a, b in quoted_spans(n)]
    ["she kept saying 'you're so lazy' in the play", "'you're so lazy'"]
    >>> quoted_spans(normalize("You don't listen."))
    ()
    """
    text = normalized.text
    reported = not _REPORT_HINT.isdisjoint(normalized.runs)
    # An apostrophe inside a word ("you're") is not a quote; only look for quotes when a
    # quote mark stands at a word edge.
    quoted = _may_quote(text)
    if not (reported or quoted):
        return ()
    spans = [m.span() for m in _REPORTED.finditer(text)] if reported else []
    if quoted:
        spans.extend(m.span() for m in _QUOTED.finditer(text))
    spans.sort()
    return tuple(spans)


def inside_any(spans: tuple[Span, ...], start: int, end: int) -> bool:
    """True when ``[start, end)`` lies within one of ``spans`` (sorted by start).

    Binary search keeps this logarithmic: a long text may have many quotes and many
    matches. Spans may nest (reported speech around a quote), so every span that starts
    at or before ``start`` could contain it; the longest reach among them decides.
    """
    index = bisect.bisect_right(spans, (start, _INFINITY))
    return index > 0 and _reach(spans)[index - 1] >= end
