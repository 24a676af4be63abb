"""Labels: name-calling and character labels ("you're so lazy", "you idiot").

A label turns one behaviour into a verdict on the whole person. The rules name the frames
a label is put in (a predicate after "you are", a vocative "you idiot", a sentence that is
only an insult, "stop being so lazy"); the words come from the trait and insult classes
of the lexicon, with their inflections, so a new insult needs a word, not a rule.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import DESCRIBED_PERSON, LABEL, YOU_ARE

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
        pattern=f"[{YOU_ARE} (like | being)? {DESCRIBED_PERSON}]",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're so lazy.",
            "ur such a slob",
            "You are being childish.",
            "you’re becoming an insufferable perfectionist",
            "You are also a liar.",
            "You're honestly the most selfish person I know.",
            "you're such a fucking idiot",
            "You act like a spoilt brat.",
            "You've become so cold.",
            "You're a pig!",
        ),
        near_misses=(
            "You're not lazy, you're tired.",
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
            "[YOU (INTENSIFIER_ADJ* INSULT | INTENSIFIER_ADJ+ (INSULT_AMBIGUOUS | PERSON_NOUN))]"
            " (-WORD | =(i | you | we | YOUR))"
        ),
        message=_INSULT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "You idiot!",
            "you stupid cow",
            "Thanks for nothing, you lazy good-for-nothing slob.",
            "you absolute muppet",
            "shut up you dickhead",
        ),
        near_misses=(
            "Thank you baby!",
            "You idiot-proofed the cupboard, thanks!",
            "Love you, sweetie",
            "Did you cheat on the quiz?",
        ),
        hedge="keep",
        source="Name-calling as contempt (Gottman).",
    ),
    Rule(
        id="label.insult_alone",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=(
            f"(^ | COMMA) [(what | such)? (a | an)? INTENSIFIER_ADJ* INSULT] -SPEAKER $"
            f" | ^ [(what | such) (a | an) INTENSIFIER_ADJ* TRAIT+ (PERSON_NOUN | PARTNER_NOUN)]"
            " -SPEAKER"
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
            "[(YOUR | SPEAKER_POSSESSIVE) (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN)"
            f" (BE | COPULA_VERB | BE COPULA_VERB) (like | being)? {DESCRIBED_PERSON}]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "My husband is so lazy.",
            "Your mother is a nightmare.",
            "your friends are such losers",
        ),
        near_misses=("My husband is so kind.", "Your mother is coming on Friday."),
        source=_SOURCE,
    ),
    Rule(
        id="label.your_body",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=(
            "[YOUR INTENSIFIER_ADJ+ (ass | arse | butt | self | face | head | mouth | carcass)]"
            f" | [{LABEL} (ass | arse)]"
        ),
        message=_INSULT_WHY,
        suggestion=_COOL_DOWN,
        examples=("Move your lazy ass.", "Get your fat arse off the sofa.", "dumb ass"),
        near_misses=("Your face lit up when you saw her.", "Take care of yourself."),
        hedge="keep",
        source="Name-calling as contempt (Gottman).",
    ),
)
"""The label rules."""
