"""Pattern fragments of the judgment families (absolute, blame, mind reading, faux feeling).

These families judge what the partner does or means, so most of their rules start at a
"you" that is the *subject* of a clause ("you never call", "I know you don't care"), not
the object of one ("I'll love you always", "thank you for always …") nor part of a
question ("do you always …?"). Without a look behind, a rule finds the subject by what
comes before it: the start of a clause, a comma, a conjunction, a question word, or a
verb that opens a clause ("I swear you …", "I can tell you …").
"""

from __future__ import annotations

from typing import Final

SKIPPED: Final = (
    "FILLER_ADVERB | SWEAR_INTENSIFIER | PUNCT | COMMA | SYMBOL | EMOTICON | QUOTE_MARK"
    " | ever | once"
)
"""What a ``!X`` item must also exclude: the engine would otherwise take a filler, a
comma or an emoji as the one token that is "not X"."""

SUBJECT_START: Final = (
    "(=(YOU | YOUR | SPEAKER_POSSESSIVE | he | she) ^ | (COMMA | CONJUNCTION | QUESTION_WORD"
    " | CLAUSE_VERB | FRONTED_ADVERB | that | like"
    ' | way | obvious | clear | evident | apparent) | "how come" | why (DO | BE | HAVE | MODAL))'
)
"""What may come right before a "you" that is the subject of a new clause. The one-token
openers are one group, so the engine tests them as one set, and the look back of "^" is
only taken at a token that can start a subject."""

PARTNER_SUBJECT: Final = (
    "(YOU | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN | YOUR =(ALWAYS | never | late))"
)
"""The partner as a subject: "you", "my husband", "your wife", and "your" typed for
"you're" before an absolute ("your always late")."""

THIRD_PARTNER: Final = "(he | she | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN)"
"""The partner spoken about: "he", "she", "my wife"."""
