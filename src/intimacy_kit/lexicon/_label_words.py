"""Word classes for labels beyond trait adjectives and insult nouns.

Nouns for faults ("your stupidity", "your nagging"), insults written open ("ass hole"),
the parts of a person a put-down names ("your feeble mind", "your lazy ass"), and the
verbs of living with someone ("I married a man-child"). Written by the intimacy_kit team
from general knowledge.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

FAULT_NOUN = WordClass(
    name="FAULT_NOUN",
    pos=Pos.NOUN,
    description=(
        "Nouns that name a character fault or a habit held against someone: 'your "
        "stupidity', 'your nagging'. Not neutral nouns such as 'attitude' or 'mood'."
    ),
    entries="""
        stupidity, idiocy, ignorance, laziness, idleness, selfishness, arrogance,
        incompetence, uselessness, cowardice, hypocrisy, meanness, rudeness, cruelty,
        jealousy, neediness, clinginess, stubbornness, immaturity, childishness, pettiness,
        greed, greediness, stinginess, dishonesty, deceit, negativity, coldness, nastiness,
        bitchiness, craziness, insanity, madness, paranoia, narcissism, entitlement,
        self-absorption, self-pity, snobbery, smugness, nonsense, bullshit, crap, drama,
        dramatics, hysterics, whining, whinging, moaning, nagging, lies, lying, bullying,
        tantrum, tantrums, sulking, sulks, mood swings, sloppiness, carelessness,
        thoughtlessness, insensitivity, ingratitude, vanity, superficiality, spinelessness,
        weakness, pathetic excuses, excuses, stupid excuses, b.s., bs, bollocks, rubbish,
        garbage, drivel, ranting, rants, tirades, control freakery, possessiveness,
        obsessiveness, cheating, lying ways, ego, big mouth, attitude problem, temper,
        filthy habits, disgusting habits, disrespect, disloyalty, betrayal, sarcasm,
        passive aggression, passive-aggressiveness
    """,
)
OPEN_INSULT = WordClass(
    name="OPEN_INSULT",
    pos=Pos.NOUN,
    description="Compound insults written as two words.",
    entries="""
        ass hole, arse hole, dumb ass, dick head, shit head, fuck face, fuck head, jack ass,
        douche bag, scum bag, dirt bag, slime ball, bell end, knob head, wind bag, butt head,
        air head, pin head, bone head, meat head, dip shit, fuck wit, twat waffle, tosspot,
        piss head, cock head, dick wad, shit stain
    """,
)
PERSON_PART = WordClass(
    name="PERSON_PART",
    pos=Pos.NOUN,
    description=(
        "The parts of a person that a put-down names with an adjective: 'your lazy ass', "
        "'your feeble mind', 'your pathetic life'."
    ),
    entries="""
        ass, arse, butt, bum, backside, self, face, head, mouth, gob, mind, brain, life,
        existence, carcass, body, skull, excuse, attitude, personality, character, soul
    """,
)
RELATION_VERB = WordClass(
    name="RELATION_VERB",
    pos=Pos.VERB,
    description="Verbs of sharing a life with someone: 'I married a …', 'I live with a …'.",
    entries="""
        marry, date, live with, share a bed with, share a house with, share a flat with,
        stuck with, put up with, married to, end up with, get stuck with
    """,
)

SMART_WORD = WordClass(
    name="SMART_WORD",
    pos=Pos.ADJ,
    description=(
        "Words for intelligence and competence, which 'not … enough' turns into a put-down: "
        "'you're not smart enough', 'not exactly the sharpest'."
    ),
    entries="""
        smart, bright, clever, sharp, intelligent, quick, wise, competent, capable, mature,
        grown-up, brainy, switched-on, with it
    """,
)


def _english_adjectives() -> tuple[str, ...]:
    from intimacy_kit.lexicon._english_pos import ADJECTIVES

    return tuple(word for word in ADJECTIVES.split() if word.isalpha())


ADJECTIVE = WordClass(
    name="ADJECTIVE",
    pos=Pos.OTHER,
    description=(
        "Every English adjective LemmInflect lists (lemmas), so that a rule can allow any "
        "describing word before an insult ('you academic jerk', 'a communist clown')."
    ),
    entries=_english_adjectives(),
    inflect=False,
)


CLASSES: tuple[WordClass, ...] = (
    FAULT_NOUN,
    OPEN_INSULT,
    PERSON_PART,
    RELATION_VERB,
    SMART_WORD,
    ADJECTIVE,
)
"""The label classes."""
