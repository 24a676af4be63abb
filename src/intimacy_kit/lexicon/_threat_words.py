"""Word classes of threats, ultimatums and coercion, beyond the verbs of harm.

An ultimatum is a condition ("if you leave", "ignore me again", "one more word") and a
consequence the writer controls ("I'll cancel your card", "we're done", "you'll never
see the kids"). These classes hold the words of both halves, so the threat rules can say
"a defiant act, then a coercive act" once. Written by the intimacy_kit team from general
knowledge of coercive control (isolation, money, children, exposure, surveillance).
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

DEFIANCE_VERB = WordClass(
    name="DEFIANCE_VERB",
    pos=Pos.VERB,
    description=(
        "What the listener might do that the writer forbids in an ultimatum: leave, ignore, "
        "lie, block, walk out, see someone. Used only in the condition of a threat."
    ),
    entries="""
        leave, ignore, lie, block, cross, defy, disobey, disrespect, cheat, walk out, walk away,
        storm out, move out, hang up, unfriend, unfollow, talk back, answer back, mouth off,
        say another word, say that again, say it again, say no, test, push, embarrass,
        humiliate, contact,
        report, touch, refuse, question, argue, laugh at, run away, ghost, break up, file,
        divorce, pull
    """,
)
COERCIVE_VERB = WordClass(
    name="COERCIVE_VERB",
    pos=Pos.VERB,
    description=(
        "What a writer threatens to do to the listener's life: money, home, children, "
        "reputation, presence. Used only as the consequence of an ultimatum or with a "
        "possessive object ('cancel your card')."
    ),
    entries="""
        cancel, freeze, empty, drain, stop paying, stop giving, cut off, cut out, withhold,
        take away, keep, sell, pawn, evict, kick out, throw out, lock out, put out,
        change the locks, show up, turn up, come over, come round, drive over, come find,
        hunt down, track down, find, follow, report, ruin, destroy, expose, out, humiliate,
        shame, call the police, call the cops, get a lawyer, take to court,
        fight for custody, go for custody, take custody, tell, post, send, forward, leak,
        share, show, publish, screenshot, leave, divorce, dump, end, finish, disappear,
        take off, move out, walk out, move away, run away
    """,
)
PROTECTED_THING = WordClass(
    name="PROTECTED_THING",
    pos=Pos.NOUN,
    description=(
        "What a coercive threat takes or controls: children, money, home, car, phone, "
        "papers, pets."
    ),
    entries="""
        kid, child, baby, son, daughter, money, cash, card, credit card, bank card, account,
        joint account, savings, allowance, house, home, flat, apartment, room, car, keys,
        phone, laptop, passport, papers, visa, dog, cat, pet, stuff, things, clothes,
        everything, custody, mortgage, rent, bills, share, inheritance, job, friends,
        family, reputation, messages, texts, pictures, photos, pics, nudes, videos
    """,
)
THREAT_IDIOM = WordClass(
    name="THREAT_IDIOM",
    pos=Pos.OTHER,
    description="Set phrases that threaten by themselves, whatever comes before them.",
    entries="""
        or else, i dare you, i double dare you, try me, just try me, watch your back,
        watch yourself, you've been warned, you have been warned, consider yourself
        warned, last warning, final warning, accidents happen, sleep with one eye open,
        you'll get what's coming, you'll get what's coming to you, what's coming to you,
        you're dead meat, dead meat, you're a dead man, you're a dead woman, you're so dead,
        mark my words, don't say i didn't warn you,
        you'll be sorry, you will be sorry, you'll regret it, you will regret it,
        you'll regret this, you will regret this, you'll pay for this, you will pay for this,
        you'll pay for that, you'll see what happens, see what happens, over my dead body,
        nobody will believe you, no one will believe you, i know where you live,
        i know where you work, i know where you sleep, i'm warning you, i am warning you
    """,
    inflect=False,
)

CLASSES: tuple[WordClass, ...] = (DEFIANCE_VERB, COERCIVE_VERB, PROTECTED_THING, THREAT_IDIOM)
"""The threat classes."""
