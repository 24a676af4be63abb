"""Labels: name-calling and character labels ("you're so lazy", "you idiot")."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule
from intimacy_kit._vocabulary import INSULT_WORDS, LABEL_WORDS

_WHY = (
    "A label sums up a whole person from one behaviour; people defend their character "
    "instead of listening to the request behind it."
)
_INSTEAD = "Describe the behaviour and what you need: 'When the laundry stays on the floor, I …'."
_INSULT_WHY = (
    "Name-calling is contempt: it tells the other person they are beneath you, and it "
    "does lasting damage to trust."
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="label.you_are",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=r"(?P<hit><YOU_BE><ADV>\s+<LABEL>)(?!\s+(?:good|funny|cute|smart|at|for\s+me))",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're so lazy.",
            "ur such a slob",
            "You are being childish.",
            "You get a tad bit dramatic about these things.",
            "you’re becoming an insufferable perfectionist",
            "You're just impossible, aren't you?",
        ),
        near_misses=(
            "You're not lazy, you're tired.",
            "You're such a good listener.",
            "I don't think you're selfish.",
            "She kept saying 'you're so lazy' in the play.",
            "What do you mean?",
        ),
        triggers=LABEL_WORDS,
        source="Nonviolent Communication: moralistic judgment; Gottman: criticism of character.",
    ),
    Rule(
        id="label.vocative",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\byou(?:\s+(?:absolute|complete|total|utter|stupid|selfish|lazy|little|big|"
            r"fat|ungrateful|useless|pathetic|lying|worthless|fucking|damn|bloody))*\s+(?!mean\b)<LABEL>)<END>"
            r"|(?P<hit2>(?:^|(?<=[.!?]\s)|(?<=[.!?]))(?:such|what)\s+an?\s+(?:total\s+|complete\s+|"
            r"absolute\s+)?<LABEL>(?:\s+(?:thing|move|way|attitude|comment|thing\s+to\s+(?:do|say)))?)<END>"
            r"|(?P<hit3>\byour\s+(?:lazy|fat|stupid|sorry|selfish|dumb|ugly)\s+(?:ass|butt|self)\b)"
        ),
        message=_INSULT_WHY,
        suggestion="Take a break before you speak, then say what you feel and need.",
        examples=("You idiot!", "you selfish jerk", "Such a slob.", "What a selfish thing to do."),
        near_misses=("What a crazy day!", "You wonderful human.", "Such a lovely evening."),
        triggers=LABEL_WORDS | {"ass", "butt", "self"},
        source="Gottman: contempt (name-calling).",
    ),
    Rule(
        id="label.of_you",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:that's|that\s+is|that\s+was|it's|it\s+is|it\s+was|how|so)<ADV>\s+<LABEL>"
            r"\s+of\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("That's so selfish of you.", "how rude of you", "It was really immature of you."),
        near_misses=("That's so kind of you.", "How thoughtful of you!"),
        triggers=LABEL_WORDS,
        source="Character label attached to an act.",
    ),
    Rule(
        id="label.your_trait",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byour<ADV>\s+(?:<LABEL>|wishy-washy|obsessive|superiority|pathetic|"
            r"ridiculous)\s+(?:attitude|behaviou?r|approach|habits?|ways?|self|mess|nonsense|"
            r"excuses?|ideas?|tidying|complex|obsession|games?|drama|whining|nagging|tone|mouth|"
            r"personality|nature|brain|logic|problem))"
        ),
        message=_WHY,
        suggestion="Name the specific action and its effect on you.",
        examples=(
            "Your wishy-washy approach frustrates me.",
            "your selfish attitude is the problem",
            "I'm tired of your childish games.",
        ),
        near_misses=("Your approach was clever.", "Your cold hands are freezing me!"),
        triggers=LABEL_WORDS | {"obsessive", "superiority", "wishy"},
        source="Character label attached to the partner's ways.",
    ),
    Rule(
        id="label.stop_being",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:stop|quit)\s+(?:being|acting)(?:\s+(?:so|such\s+an?|like\s+an?))?"
            r"\s+(?:<LABEL>|child|baby|kid|brat|victim))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("Stop being so selfish!", "quit acting like a child", "Stop being such a baby."),
        near_misses=("Stop being so hard on yourself.",),
        triggers=LABEL_WORDS | {"baby", "child"},
        source="A command wrapped around a label.",
    ),
    Rule(
        id="label.insult_word",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=r"(?P<hit><YOU_BE><ADV>\s+<INSULT>)",
        message=_INSULT_WHY,
        suggestion="Take a break before you speak, then say what you feel and need.",
        examples=("You're pathetic.", "you are such a moron", "You're a disgusting pig."),
        near_misses=("You're not an idiot, you made a mistake.",),
        triggers=INSULT_WORDS,
        source="Gottman: contempt (insults).",
    ),
)
