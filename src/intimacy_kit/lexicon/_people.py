"""Person words: the one vocabulary of "you", "me" and the people a message talks about.

Every part of the library that asks "is this about the partner?" reads these classes:
the text layer spells chat forms out ("u" → "you") from :data:`SPELLINGS`, the rules
name the classes, and the rewriter swaps persons with them. Written by the intimacy_kit
team from general knowledge.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES", "SPELLINGS"]

SPELLINGS: Final = MappingProxyType(
    {
        # Chat and texting spellings of person words, as the words they stand for.
        "u": "you",
        "ya": "you",
        "yu": "you",
        "yuo": "you",
        "yoo": "you",
        "yall": "y'all",
        "yr": "your",
        "urself": "yourself",
        "yaself": "yourself",
        "urselves": "yourselves",
        "ure": "you're",
        "youre": "you're",
        "yore": "you're",
        "youve": "you've",
        "youll": "you'll",
        "youd": "you'd",
        "bf": "boyfriend",
        "gf": "girlfriend",
        "hubs": "husband",
        "mil": "mother-in-law",
        "fil": "father-in-law",
    }
)
"""Chat spellings of person words and the words they stand for ("ur" is read in context
by the text layer: "ur mum" is "your", "ur so lazy" is "you're")."""

YOU = WordClass(
    name="YOU",
    pos=Pos.OTHER,
    description="The second person as subject or object; chat spellings arrive spelled out.",
    entries="you, y'all, ye, thou",
    inflect=False,
)
YOUR = WordClass(
    name="YOUR",
    pos=Pos.OTHER,
    description="Second-person possessives.",
    entries="your, yours, thy",
    inflect=False,
)
YOURSELF = WordClass(
    name="YOURSELF",
    pos=Pos.OTHER,
    description="Second-person reflexives.",
    entries="yourself, yourselves",
    inflect=False,
)
SPEAKER = WordClass(
    name="SPEAKER",
    pos=Pos.OTHER,
    description="The writer: first-person singular pronouns.",
    entries="i, me, myself",
    inflect=False,
)
SPEAKER_POSSESSIVE = WordClass(
    name="SPEAKER_POSSESSIVE",
    pos=Pos.OTHER,
    description="First-person singular possessives.",
    entries="my, mine",
    inflect=False,
)
WE = WordClass(
    name="WE",
    pos=Pos.OTHER,
    description="First-person plural pronouns and possessives.",
    entries="we, us, our, ours, ourselves",
    inflect=False,
)
THIRD_PERSON = WordClass(
    name="THIRD_PERSON",
    pos=Pos.OTHER,
    description="Third-person pronouns that stand for a person.",
    entries="he, she, they, him, her, them, his, hers, their, theirs, himself, herself, "
    "themselves, themself",
    inflect=False,
)
PARTNER_NOUN = WordClass(
    name="PARTNER_NOUN",
    pos=Pos.NOUN,
    description="Words for a romantic partner, present or past.",
    entries="""
        partner, wife, husband, boyfriend, girlfriend, fiance, fiancee,
        spouse, hubby, missus / missis, other half, significant other, ex, ex-wife,
        ex-husband, ex-boyfriend, ex-girlfriend, ex-partner, lover, babe, bae
    """,
)
FAMILY_NOUN = WordClass(
    name="FAMILY_NOUN",
    pos=Pos.NOUN,
    description="Family members, including in-laws and step-family.",
    entries="""
        mom / mum / mommy / mummy / mama / momma / ma, mother, dad / daddy / pa / papa, father,
        parent, brother, sister, sibling, son, daughter, kid, child, baby, grandma / granny /
        nan / nana / gran, grandmother, grandpa / grandad / granddad / gramps, grandfather,
        grandparent, aunt / auntie / aunty, uncle, cousin, niece, nephew, in-law,
        mother-in-law, father-in-law, sister-in-law, brother-in-law, stepmom / stepmum,
        stepdad, stepmother, stepfather, stepson, stepdaughter, stepbrother, stepsister,
        family
    """,
)
FRIEND_NOUN = WordClass(
    name="FRIEND_NOUN",
    pos=Pos.NOUN,
    description="Friends, flatmates, colleagues and other people close by.",
    entries="""
        friend, best friend, bestie, mate, buddy, pal, flatmate, roommate, housemate,
        colleague, coworker / co-worker, boss, neighbour / neighbor, teammate, classmate
    """,
)
PERSON_NOUN = WordClass(
    name="PERSON_NOUN",
    pos=Pos.NOUN,
    description="Plain words for a person, which a label can describe ('a selfish person').",
    entries="""
        person, man, woman, guy, girl, boy, lady, human, human being, adult, grown-up,
        grown man, grown woman, individual, creature, soul
    """,
)
SOMEONE = WordClass(
    name="SOMEONE",
    pos=Pos.OTHER,
    description="Indefinite and universal words for people.",
    entries="""
        someone, somebody, anyone, anybody, everyone, everybody, no one / noone, nobody,
        people, others, other people
    """,
    inflect=False,
)

CLASSES: tuple[WordClass, ...] = (
    YOU,
    YOUR,
    YOURSELF,
    SPEAKER,
    SPEAKER_POSSESSIVE,
    WE,
    THIRD_PERSON,
    PARTNER_NOUN,
    FAMILY_NOUN,
    FRIEND_NOUN,
    PERSON_NOUN,
    SOMEONE,
)
"""The person classes, in the order the vocabulary numbers them."""
