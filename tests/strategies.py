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
