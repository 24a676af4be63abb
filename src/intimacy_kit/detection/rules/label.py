"""Labels: name-calling and character labels ("you're so lazy", "you idiot").

A label turns one behaviour into a verdict on the whole person. The rules name the frames
a label is put in (a predicate after "you are", a vocative "you idiot", a sentence that is
only an insult, "stop being so lazy"); the words come from the trait and insult classes
of the lexicon, with their inflections, so a new insult needs a word, not a rule.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import (
    AFFECTIONATE,
    DESCRIBED_PERSON,
    LABEL,
    TEASING,
    YOU_ARE,
    with_context,
)

_WHY = (
    "A label sums up a whole person from one behaviour; people defend their character "
    "instead of listening to the request behind it."
)
_INSTEAD = "Describe the behaviour and what you need: 'When the laundry stays on the floor, I …'."
_INSULT_WHY = (
    "Name-calling is contempt: it tells the other person they are beneath you, and it "
    "does lasting damage to trust."
)
_COOL_DOWN = "Take a break before you speak, then say what you feel and need."
_SOURCE = "Nonviolent Communication: moralistic judgment; Gottman: criticism of character."

RULES: tuple[Rule, ...] = (
    Rule(
        id="label.you_are",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        # "it makes you a bore": what the listener does is said to make them the insult.
        pattern=(
            f"[{YOU_ARE} (like | being)? {DESCRIBED_PERSON}]"
            " | [(it | that | this | which) <make> YOU (<look> | <sound> | <seem>)? like?"
            " DETERMINER? (INTENSIFIER_ADJ | ADJECTIVE){0,3} (INSULT | INSULT_AMBIGUOUS)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're so lazy.",
            "Your nagging doesn't help, it makes you a bore.",
            "that just makes you look like a complete idiot",
            "ur such a slob",
            "You are being childish.",
            "you’re becoming an insufferable perfectionist",
            "You are also a liar.",
            "You're honestly the most selfish person I know.",
            "you're such a fucking idiot",
            "You act like a spoilt brat.",
            "You've become so cold.",
            "You're a pig!",
            "lol you're such a pathetic loser",
        ),
        near_misses=(
            "You're not lazy, you're tired.",
            "you're such a numpty lol, the tickets were in your pocket",
            "You're the worst 🤣 I'm stealing that joke.",
            "It makes you a better cook every time.",
            "That makes you the best aunt in the world.",
            "You're such a good listener.",
            "I don't think you're selfish.",
            "She kept saying 'you're so lazy' in the play.",
            "You're a dog person, right?",
            "You look tired.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="label.vocative",
        category=Category.LABEL,
        severity=Severity.HIGH,
        # The insult ends the address: punctuation, the end, or a new clause ("you idiot
        # I told you"); "you cheat on me" uses the word as a verb.
        pattern=(
            "[YOU (INTENSIFIER_ADJ | ADJECTIVE){0,3} INSULT"
            " | YOU INTENSIFIER_ADJ+ (INSULT_AMBIGUOUS | PERSON_NOUN)"
            " | YOU ADJECTIVE+ INSULT_AMBIGUOUS] (-WORD | =(i | you | we | YOUR | BE | MODAL | DO |"
            " HAVE))"
        ),
        message=_INSULT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "You idiot!",
            "you stupid cow",
            "Thanks for nothing, you lazy good-for-nothing slob.",
            "you absolute muppet",
            "shut up you dickhead",
            "look it up, you pompous jerk",
            "stay out of it you nosy cow",
            "lol you absolute idiot, you locked us out",
        ),
        near_misses=(
            "Thank you baby!",
            "haha you daft goose, the keys were in your coat",
            "you big dork 😂 we'll save you a seat",
            "you big softie, thank you for the flowers",
            "You idiot-proofed the cupboard, thanks!",
            "Love you, sweetie",
            "Did you cheat on the quiz?",
            "You lucky duck!",
            "Are you the new manager?",
        ),
        hedge="keep",
        source="Name-calling as contempt (Gottman).",
    ),
    Rule(
        id="label.insult_alone",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=(
            "(^ | COMMA) [(what | such)? (a | an)? INTENSIFIER_ADJ* INSULT] -SPEAKER $"
            " | ^ [(what | such) (a | an) INTENSIFIER_ADJ* TRAIT+ (PERSON_NOUN | PARTNER_NOUN)]"
            " -SPEAKER"
            " | ^ [what (a | an) INTENSIFIER_ADJ* (INSULT | INSULT_AMBIGUOUS) YOU BE]"
        ),
        message=_INSULT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "Idiot.",
            "What an idiot.",
            "Shut up, moron.",
            "Listen, dickhead: the bins.",
            "Such a selfish man.",
            "Loser!",
            "What a slob you are.",
        ),
        near_misses=(
            "What an idiot I am, I forgot the keys.",
            "The idiot in the film made me laugh.",
            "My dad, the genius, fixed the sink!",
        ),
        hedge="keep",
        source="Name-calling as contempt (Gottman).",
    ),
    Rule(
        id="label.stop_being",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            "[((stop | quit) (being | acting | behaving) | DO n't (be | act | behave)"
            f" | (<stop> | quit) (<be> | <act>)) (like | so)? {DESCRIBED_PERSON}]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Stop being so lazy.",
            "Don't be such an idiot.",
            "quit acting like a spoiled brat",
            "Stop being a bitch about it.",
        ),
        near_misses=("Stop being so hard on yourself.", "Don't be late!", "Don't be nervous."),
        source=_SOURCE,
    ),
    Rule(
        id="label.partner_is",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            # The listener's people ("your mother is a nightmare") or the writer's partner
            # spoken of to someone; venting about one's own uncle or boss judges no listener,
            # and siding with the listener against a boss or a coworker judges no one close.
            "[(YOUR -(boss | colleague | colleagues | coworker | coworkers | neighbour"
            " | neighbours | neighbor | neighbors | flatmate | flatmates | roommate | roommates"
            " | housemate | housemates) (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN)"
            " | SPEAKER_POSSESSIVE PARTNER_NOUN)"
            f" (BE | COPULA_VERB | BE COPULA_VERB) (like | being)? {DESCRIBED_PERSON}]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "My husband is so lazy.",
            "Your mother is a nightmare.",
            "your friends are such losers",
        ),
        near_misses=(
            "My husband is so kind.",
            "Your mother is coming on Friday.",
            "Your coworkers sound so rude, you deserve better than that.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="label.not_smart",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{YOU_ARE} (n't | not) (exactly | very | that | so | too | DETERMINER){{0,2}}"
            " SMART_WORD (enough)?]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're not smart enough to get it.",
            "you aren't exactly the sharpest tool in the box",
            "You're not very bright, are you?",
        ),
        near_misses=(
            "You're not the only one who's tired.",
            "I'm not smart enough for this crossword.",
            "You're not wrong.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="label.like_you",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=(
            "[INTENSIFIER_ADJ* (INSULT | INSULT_AMBIGUOUS) like (YOU | YOURSELF)]"
            " | [TRAIT+ (PERSON_NOUN | people | PARTNER_NOUN) like (YOU | YOURSELF)]"
        ),
        message=_INSULT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "Clowns like you never learn.",
            "I don't need advice from a creepy little troll like you.",
            "selfish people like you ruin everything",
        ),
        near_misses=("Kind people like you make my day.", "A friend like you is rare."),
        hedge="keep",
        source="Name-calling as contempt (Gottman).",
    ),
    Rule(
        id="label.stuck_with",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (BE | HAVE)? RELATION_VERB (a | an) (INTENSIFIER_ADJ* (INSULT"
            " | INSULT_AMBIGUOUS) | TRAIT+ (PERSON_NOUN | PARTNER_NOUN))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I married a man-child, apparently.",
            "Great, I'm living with a slob.",
            "I'm stuck with a selfish husband.",
        ),
        near_misses=("I married a wonderful man.", "I live with a cat and two friends."),
        source=_SOURCE,
    ),
    Rule(
        id="label.of_act",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            "^ [((what | such) (a | an) | typical | classic) INTENSIFIER_ADJ* TRAIT"
            " (thing | move | way | attitude | comment | behaviour | behavior | PERSON_NOUN"
            " | PARTNER_NOUN | teenager | kid | child)] -SPEAKER"
            " | ^ [how TRAIT (of YOU | $)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "What a selfish thing to do.",
            "Typical lazy teenager.",
            "How rude of you.",
            "classic selfish move",
        ),
        near_misses=("What a kind thing to do!", "How sweet of you.", "What a lovely surprise."),
        source=_SOURCE,
    ),
    Rule(
        id="label.your_body",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=(
            "[YOUR (INTENSIFIER_ADJ | TRAIT)+ PERSON_PART] | [YOUR INTENSIFIER_ADJ* FAULT_NOUN]"
            f" | [{LABEL} (ass | arse)]"
        ),
        message=_INSULT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "Move your lazy ass.",
            "Get your fat arse off the sofa.",
            "dumb ass",
            "I'm so tired of your stupidity.",
            "your feeble mind can't cope",
            "Enough of your nagging!",
        ),
        near_misses=(
            "Your face lit up when you saw her.",
            "Take care of yourself.",
            "Your kindness means a lot.",
        ),
        hedge="keep",
        source="Name-calling as contempt (Gottman).",
    ),
)
"""The label rules."""

# Fondness right after it makes a label teasing ("you're a menace and I love you"), and so
# does laughter or thanks beside a name that is often fond ("haha you big softie").
RULES = with_context(RULES, f"{AFFECTIONATE} | {TEASING}")
