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
    ' | "means the world" | grateful | "so lucky" | "for granted" | SPEAKER <appreciate>'
    # a heart at the end ("… the last slice 🥰"), not before "but" ("I 💛 you, but …")
    " | LOVE_SIGN $ | SPEAKER <owe> YOU | what SPEAKER ('d | would) <do> without YOU)"
)
"""Thanks, love or owing in the sentence or the next: "you always show up for me, and I'm
so grateful", "you always save me the last slice 🥰", "… I owe you one"."""
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
_FOND: Final = '(FOND_SIGN | "love you" | "love ya" | (thanks | "thank you") (-for | for !nothing))'
"""Laughter and love ("lol", "😂", "❤", "love you") and thanks (not "thanks for nothing")."""
_PLAYFUL: Final = "-(SWEAR | INSULT_VULGAR) (PLAYFUL_NAME | INSULT_AMBIGUOUS | worst)"
"""Names friends call each other in fun as often as in anger ("dork", "muppet", "goose",
"the worst"); not the harsh or cruel ones, and no swear word ("lol you little shit")."""
TEASING: Final = f"({_PLAYFUL} ... ... {_FOND} | {_FOND} ... ... {_PLAYFUL})"
"""A playful name beside laughter, love or thanks: teasing ("lol you dork", "you're the
worst 😂"). A harsh one ("lol you're a pathetic loser", "you idiot lol") is still a label."""
DELIGHT: Final = (
    '(congrats | congratulations | amazing | "no way" | "take my money" | omg | hilarious'
    " | FOND_SIGN)"
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
