"""Shared Hypothesis strategies: the kinds of text users actually send, and worse."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters that have bitten text tools before: zero-width and direction marks,
# non-breaking spaces, curly quotes, full-width letters, emoji with joiners and skin
# tones, combining marks, characters that change length when lower-cased, and lone
# surrogates.
TRICKY_CHARACTERS = (
    "\u200b\u200c\u200d\u200e\u2060\ufeff\u00a0\u202f\u00ad"
    "\u2018\u2019\u201c\u201d\u2026\u2014"
    "ＡＢＣｙｏｕｒｅ"
    "😀👍🏽👩\u200d❤️\u200d👨🙄"
    "e\u0301\u0308"
    "İßﬁǅ"
    "\ud800\udfff"
    "\"'`"
)

WORDS = (
    "you never listen",
    "you're so lazy",
    "u r sooo annoying",
    "i feel like",
    "she said",
    "calm down",
    "whatever",
    "why",
    "always",
    "I",
    "not",
    ".",
    "!",
    "?",
    "\n",
    "'",
    '"',
)

tricky_text = st.text(alphabet=st.sampled_from(TRICKY_CHARACTERS), max_size=40)
"""Short strings made only of awkward characters."""

wordy_text = st.lists(
    st.one_of(st.sampled_from(WORDS), tricky_text, st.text(max_size=8)), max_size=25
).map(" ".join)
"""Sentences glued from judgmental fragments, awkward characters and random text."""

any_text = st.one_of(st.text(), tricky_text, wordy_text)
"""Any string a caller might pass: arbitrary Unicode, awkward characters, message-like text."""


# --- disguises that normalisation must see through -----------------------------------

_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_QUOTE_LOOKALIKES = {"'": ("'", "\u2019", "\u2018", "\uff07"), '"': ('"', "\u201c", "\u201d")}


def _disguise_character(char: str) -> st.SearchStrategy[str]:
    """One character as typed on a phone, pasted from a word processor or spoofed."""
    if char.isascii() and char.isalpha():
        full_width = chr(ord(char) + 0xFEE0)
        # Letter case is kept: a capital is how the detector tells a name ("I should have
        # married Pete") from a word, and a word in capitals is shouted ("You WILL come"
        # is an order because "WILL" alone is shouted; "YOU WILL COME" shouts it all).
        forms = st.sampled_from((char, full_width))
    elif char in _QUOTE_LOOKALIKES:
        forms = st.sampled_from(_QUOTE_LOOKALIKES[char])
    elif char == " ":
        forms = st.sampled_from((" ", "\u00a0"))
    else:
        forms = st.just(char)
    zero_width = st.sampled_from(("",) * 4 + _ZERO_WIDTH)
    return st.tuples(forms, zero_width).map("".join)


def disguised(text: str) -> st.SearchStrategy[str]:
    """``text`` disguised in ways normalisation must see through.

    Letters become full width (their case kept), quotes become curly,
    spaces non-breaking, and zero-width characters are sprinkled in: the same message once
    normalised.
    """
    return st.tuples(*(_disguise_character(char) for char in text)).map("".join)


# --- messages for the rewriter ----------------------------------------------------------

_CLEAN_SENTENCES = (
    "Thanks for dinner.",
    "I missed you today.",
    "Could you pick up milk on the way home?",
    "I feel lonely when we eat in silence.",
    "See you at six!",
    "Gwen, the plumber comes at nine.",
)


# Judgments whose subject matter the rewriter has to find outside the judgment itself:
# sarcasm, comparisons, defence, advice and complaints about a partner to someone else.
_HARD_JUDGMENTS = (
    "Interesting how you're suddenly busy the one weekend my family visits.",
    "That's rich, coming from someone who forgot my birthday.",
    "Everyone else at the party brought their partner a drink.",
    "Don't blame me, you're the one who booked the wrong date.",
    "Not to be that person, but a budgeting app would solve all of this.",
    "My husband never lifts a finger around the house.",
    "Is it really too much to ask for a text?",
    "It's your fault we're broke.",
    "You're behaving like a spoilt brat over a parking space.",
    "I feel like you're hiding something from me.",
    "Whenever there's a bill to pay, you're nowhere to be found.",
    "Your 'support' is merely a sign of your superiority complex.",
)


def _rule_examples() -> tuple[str, ...]:
    """Every example of the default rules (members without examples are skipped)."""
    from intimacy_kit import DEFAULT_RULES

    return tuple(
        sorted({example for rule in DEFAULT_RULES for example in getattr(rule, "examples", ())})
    )


def judgmental_messages() -> st.SearchStrategy[str]:
    """Messages built from the rules' own examples, clean sentences and awkward text.

    Most of what this draws is flagged by the detector, so it exercises the rewriter's
    transformations rather than its no-change path.
    """
    examples = st.sampled_from(_rule_examples())
    hard = st.sampled_from(_HARD_JUDGMENTS)
    piece = st.one_of(examples, examples, hard, st.sampled_from(_CLEAN_SENTENCES), tricky_text)
    return st.lists(piece, min_size=1, max_size=5).map(" ".join)


# --- plain messages, as the detector's gate sees them ----------------------------------

# Words the text layer reads in more than one way, splits or joins, beside punctuation
# and quote marks the gate never sees: where a bound computed from the words alone could
# go wrong.
_AWKWARD_WORDS = tuple(
    """
    your ur u r its ill id idk dont cant youre im you're don't y'all o'clock so-called
    two-faced ass-kisser mother-in-law mil Mr. e.g. 10 2024 http://example.com www.x.org
    she said in the movie lol NEVER YOU , . ! ? ... - ; :( x) ' " ( )
    """.split()
)


def plain_messages(words: tuple[str, ...] = ()) -> st.SearchStrategy[str]:
    """Plain ASCII messages glued from ``words``, awkward words and punctuation."""
    pool = tuple(sorted(set(words) | set(_AWKWARD_WORDS)))
    return st.lists(st.sampled_from(pool), min_size=1, max_size=30).map(" ".join)
