"""Pattern fragments shared by the rule families, so every family agrees on them.

A fragment is a piece of pattern text: rules write ``f"[{YOU_ARE} {LABEL}]"`` instead of
spelling out the forms of "you are" in each rule. Fixing a fragment fixes every rule that
uses it.
"""

from __future__ import annotations

from typing import Final

# -- people ------------------------------------------------------------------------------
PARTNER_REF: Final = "(YOU | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN)"
"""The partner, spoken to ("you") or about ("my husband", "your wife")."""

# -- verbs -------------------------------------------------------------------------------
WILL: Final = "(FUTURE | BE going to | BE gonna | <swear> SPEAKER FUTURE? | BE about to)"
"""What makes a clause about what someone will do: will, 'll, going to, gonna."""
YOU_ARE: Final = (
    "YOU (BE | MODAL BE | HAVE been | COPULA_VERB | BE COPULA_VERB | MODAL COPULA_VERB | "
    "HAVE (become | turned into | gotten | got) | (<go> | <keep>) being)"
)
""""you" and a verb that attaches a description: are, 're being, act, seem, have become."""

# -- what is said about someone -----------------------------------------------------------
LABEL: Final = "(TRAIT | INSULT)"
"""A negative character word or an insult noun."""
DESCRIBED_PERSON: Final = (
    "(DETERMINER? (INTENSIFIER_ADJ | ADJECTIVE){0,3} INSULT | DETERMINER? INTENSIFIER_ADJ* TRAIT -on"
    " | DETERMINER? TRAIT+ (PERSON_NOUN | PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN)"
    " | (such (a | an) | (a | an | one) (INTENSIFIER_ADJ | ADJECTIVE)+) INSULT_AMBIGUOUS"
    " | DETERMINER INSULT_AMBIGUOUS ($ | to (<live> | <deal> | <work>) with | to <be> around)"
    " | as TRAIT as)"
)
"""A label as a predicate: "lazy", "a complete idiot", "such a selfish person", "a pig!"."""
