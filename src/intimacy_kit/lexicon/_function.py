"""Grammatical words: forms of *be*, auxiliaries, negation, frequency, question words.

Small closed classes that the rules combine with the open ones (traits, insults, harm
verbs). Forms are listed in full (``inflect=False``): auxiliaries inflect irregularly and
the contracted forms ("'re", "n't") are what the tokenizer produces. Written by the
intimacy_kit team.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

BE = WordClass(
    name="BE",
    pos=Pos.OTHER,
    description="Every form of 'be', contracted ones included.",
    entries="be, is, are, am, was, were, been, being, 're, 'm, 's, ai",
    inflect=False,
)
HAVE = WordClass(
    name="HAVE",
    pos=Pos.OTHER,
    description="Forms of 'have'.",
    entries="have, has, had, having, 've, 'd",
    inflect=False,
)
DO = WordClass(
    name="DO",
    pos=Pos.OTHER,
    description="Forms of 'do' (as an auxiliary or a verb).",
    entries="do, does, did, done, doing",
    inflect=False,
)
MODAL = WordClass(
    name="MODAL",
    pos=Pos.OTHER,
    description="Modal auxiliaries, contracted forms included ('ca' is the 'can' of 'can't').",
    entries="can, could, will, would, shall, should, may, might, must, 'll, 'd, ca, wo, sha",
    inflect=False,
)
FUTURE = WordClass(
    name="FUTURE",
    pos=Pos.OTHER,
    description="What makes a clause about what the speaker will do: will, 'll, gonna.",
    entries="will, 'll, wo, shall, gonna, would, 'd",
    inflect=False,
)
NEGATION = WordClass(
    name="NEGATION",
    pos=Pos.OTHER,
    description="Words that negate the clause they stand in.",
    entries="not, n't, never, no, nothing, nobody, none, neither, nor, hardly, barely, cannot",
    inflect=False,
)
ALWAYS = WordClass(
    name="ALWAYS",
    pos=Pos.OTHER,
    description="Words that turn one event into a habit: always, constantly, all the time.",
    entries="""
        always, constantly, forever, continually, continuously, perpetually, incessantly,
        endlessly, nonstop, non-stop, all the time, every time, every single time,
        every day, every single day, every night, every week, day in day out,
        time and again, time after time, again and again, over and over, over and over again,
        every bloody time, every damn time, every fucking time, without fail, as usual,
        like always, as always, yet again, once again
    """,
    inflect=False,
)
NEVER = WordClass(
    name="NEVER",
    pos=Pos.OTHER,
    description="Words that deny any exception: never, not once, not even once.",
    entries="never, never ever, not once, not even once, not one time, not a single time",
    inflect=False,
)
DETERMINER = WordClass(
    name="DETERMINER",
    pos=Pos.OTHER,
    description="Articles and other words that open a noun phrase.",
    entries="a, an, the, this, that, these, those, some, any, another, such, one",
    inflect=False,
)
QUESTION_WORD = WordClass(
    name="QUESTION_WORD",
    pos=Pos.OTHER,
    description="Words that open a question.",
    entries="what, why, how, who, where, when, which, whose",
    inflect=False,
)
CONJUNCTION = WordClass(
    name="CONJUNCTION",
    pos=Pos.OTHER,
    description="Words that join two clauses.",
    entries="and, but, or, so, because, cause, cuz, coz, since, while, though, although",
    inflect=False,
)
CONDITION = WordClass(
    name="CONDITION",
    pos=Pos.OTHER,
    description="Words that open a condition.",
    entries="if, unless, when, whenever, once, the moment, the minute, the second, next time",
    inflect=False,
)
COPULA_VERB = WordClass(
    name="COPULA_VERB",
    pos=Pos.VERB,
    description="Verbs that, like 'be', attach a description to their subject.",
    entries="act, seem, sound, look, get, become, behave, turn into, come across as, grow",
)
REPORT_VERB = WordClass(
    name="REPORT_VERB",
    pos=Pos.VERB,
    description="Verbs that introduce someone's words: said, told, kept saying, yelled.",
    entries="""
        say, tell, call, yell, shout, scream, text, write, ask, reply, answer, mutter,
        whisper, claim, insist, go on about, accuse, complain, post, tweet, message
    """,
)
FICTION_NOUN = WordClass(
    name="FICTION_NOUN",
    pos=Pos.NOUN,
    description="Stories and performances whose lines are not the writer's own words.",
    entries="""
        movie, film, show, series, episode, book, novel, story, song, lyric, game, play,
        scene, script, sitcom, cartoon, comic, meme, podcast, video, musical, opera, poem,
        character, villain, hero, protagonist, trailer
    """,
)

CLASSES: tuple[WordClass, ...] = (
    BE,
    HAVE,
    DO,
    MODAL,
    FUTURE,
    NEGATION,
    ALWAYS,
    NEVER,
    DETERMINER,
    QUESTION_WORD,
    CONJUNCTION,
    CONDITION,
    COPULA_VERB,
    REPORT_VERB,
    FICTION_NOUN,
)
"""The grammatical classes."""
