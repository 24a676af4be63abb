"""Pattern fragments shared by the rule families, so every family agrees on them.

A fragment is a piece of pattern text: rules write ``f"[{YOU_ARE} {LABEL}]"`` instead of
spelling out the forms of "you are" in each rule. Fixing a fragment fixes every rule that
uses it.
"""

from __future__ import annotations

from typing import Final

import attrs

from intimacy_kit.detection._rule import Rule

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
    "(DETERMINER? (INTENSIFIER_ADJ | ADJECTIVE){0,3} INSULT"
    # "you'll be sorry" threatens what the listener will feel; it is no character word.
    " | DETERMINER? INTENSIFIER_ADJ* (=TRAIT !HURT_OUTCOME) -on"
    " | DETERMINER? TRAIT+ (PERSON_NOUN | PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN)"
    " | (such (a | an) | (a | an | one) (INTENSIFIER_ADJ | ADJECTIVE)+) INSULT_AMBIGUOUS"
    " | DETERMINER INSULT_AMBIGUOUS ($ | to (<live> | <deal> | <work>) with | to <be> around)"
    " | as TRAIT as)"
)
"""A label as a predicate: "lazy", "a complete idiot", "such a selfish person", "a pig!"."""


# -- contexts that cancel a match (a rule's ``unless``) ----------------------------------------
GRATEFUL: Final = (
    # not the thanks that was missing: "you never said thank you for …"
    '((^ | !(<say> | a | no | any | of | without)) ("thank you for" | "thanks for") -nothing'
    ' | "means so much" | "means a lot"'
    ' | "means the world" | grateful | "so lucky" | "for granted" | SPEAKER <appreciate>)'
)
"""Thanks in the same sentence: "you always show up for me, and I'm so grateful"."""
AFFECTIONATE: Final = (
    '(and | COMMA) (SPEAKER (<love> | <adore>) (YOU | it | ya | this) | "my favourite"'
    ' | "my favorite" | "love you" | "love ya")'
)
"""Fondness right after a teasing label: "you're ridiculous and I love you". Only after
it: "I love you but you're so selfish" is still a label."""
ASKED_FOR: Final = (
    '(YOUR (question | q) | (^ | !(that | never | n\'t | not | nobody)) "you asked"'
    ' | "since you asked" | "to answer" | "you wanted to know"'
    ' | "asked me" | "asked for my")'
)
"""Advice that was asked for is not unsolicited."""
_FOND: Final = (
    '(haha | hahaha | lol | lmao | "love you" | "love ya" | (thanks | "thank you")'
    " (-for | for !nothing))"
)
"""Laughter, "love you" and thanks (not "thanks for nothing")."""
TEASING: Final = f"(INSULT_AMBIGUOUS ... {_FOND} | {_FOND} ... INSULT_AMBIGUOUS)"
"""A name that is as often fond as not ("goose", "softie", "lump") beside laughter, thanks
or "love you": teasing. A plain insult ("idiot") with "lol" is still a label."""
DELIGHT: Final = (
    '(congrats | congratulations | amazing | "no way" | "take my money" | omg | hilarious'
    " | haha | hahaha | lol | lmao)"
)
"""Delight or laughter, in which "shut up!" means "no way!" or "stop, you're funny"."""


def with_context(
    rules: tuple[Rule, ...], unless: str, ids: tuple[str, ...] = ()
) -> tuple[Rule, ...]:
    """The rules (or only those of ``ids``) with ``unless`` added to their cancelling context."""
    return tuple(
        attrs.evolve(rule, unless=f"({rule.unless}) | {unless}" if rule.unless else unless)
        if not ids or rule.id in ids
        else rule
        for rule in rules
    )
