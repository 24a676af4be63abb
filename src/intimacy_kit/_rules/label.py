"""Labels: name-calling and character labels ("you're so lazy", "you idiot")."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule
from intimacy_kit._vocabulary import INSULT_WORDS, LABEL_WORDS, PERSON_NOUNS

_LABELS = LABEL_WORDS | PERSON_NOUNS

_WHY = (
    "A label sums up a whole person from one behaviour; people defend their character "
    "instead of listening to the request behind it."
)
_INSTEAD = "Describe the behaviour and what you need: 'When the laundry stays on the floor, I …'."
_INSULT_WHY = (
    "Name-calling is contempt: it tells the other person they are beneath you, and it "
    "does lasting damage to trust."
)

# The noun a label describes, when it ends the clause: "an insufferable perfectionist",
# "a lazy slob". Part of the label, so the finding covers the whole of it.
_LABELLED_NOUN = (
    r"(?:\s+(?!(?:today|tonight|now|again|lately|sometimes|too|honestly|really|though|anyway|"
    r"right|yourself|huh|man|dude|babe|mate|bro|already|lol|omg|tbh|smh|fr|rn|ngl|imo|idk|jk|"
    r"btw|wtf|me|us|him|her|them|it|that|this|then)\b)"
    r"[a-z]+(?:-[a-z]+)*(?=\s*(?:[.!?,;:)\u2026]|$)))?"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="label.you_are",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=r"(?P<hit><YOU_BE><ADV>\s+<LABEL>"
        + _LABELLED_NOUN
        + r")(?!\s+(?:good|funny|cute|smart|at|for\s+me))",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're so lazy.",
            "ur such a slob",
            "You are being childish.",
            "You get a little hysterical about birthdays.",
            "you’re becoming an insufferable perfectionist",
            "You're just unbearable today, aren't you?",
            "You’re a nightmare to live with.",
            "You're acting like a complete psycho.",
        ),
        near_misses=(
            "You're not lazy, you're tired.",
            "You're such a good listener.",
            "I don't think you're selfish.",
            "She kept saying 'you're so lazy' in the play.",
            "What do you mean by that?",
        ),
        triggers=_LABELS,
        source="Nonviolent Communication: moralistic judgment; Gottman: criticism of character.",
    ),
    Rule(
        id="label.vocative",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\byou(?:\s+(?:absolute|complete|total|utter|stupid|selfish|lazy|little|big|typical|"
            r"fat|ungrateful|useless|pathetic|lying|worthless|fucking|damn|bloody))*\s+(?!mean\b)<LABEL>)<END>"
            r"|(?P<hit2>(?:^|(?<=[.!?]\s)|(?<=[.!?]))(?:(?:such|what)\s+an?|typical|classic)\s+(?:total\s+|complete\s+|"
            r"absolute\s+)?(?:[a-z]+\s+)?<LABEL>(?:(?:,\s*[a-z]+(?:-[a-z]+)*)?\s+(?:thing|move|way|attitude|"
            r"comment|thing\s+to\s+(?:do|say)|teenager|man|woman|guy|girl|husband|wife|boyfriend|girlfriend|"
            # "What a selfish, self-absorbed man you've turned into."
            r"behaviou?r)(?:\s+you(?:'ve|\s+have)\s+(?:become|turned\s+into)|\s+you\s+are)?)?)<END>"
            r"|(?P<hit3>\byour\s+(?:lazy|fat|stupid|sorry|selfish|dumb|ugly)\s+(?:ass|butt|self)\b)"
            # A sentence that is only an insult and the person it is thrown at.
            r"|(?P<hit4>(?:^|(?<=[.!?]\s)|(?<=[.!?]))<LABEL>\s+(?:little\s+|old\s+|excuse\s+of\s+a\s+)?"
            r"(?:man|woman|boy|girl|person|creature|child|manchild|man-child))<END>"
        ),
        message=_INSULT_WHY,
        suggestion="Take a break before you speak, then say what you feel and need.",
        examples=(
            "You idiot!",
            "you selfish jerk",
            "Such a slob.",
            "What a selfish thing to do.",
            "Typical lazy teenager.",
            "What a selfish, self-absorbed man you've turned into.",
            "My ex was beneath me. Pathetic little man.",
        ),
        near_misses=(
            "What a crazy day!",
            "You wonderful human.",
            "Such a lovely evening.",
            "Poor little man.",
            "Lucky old man!",
        ),
        triggers=_LABELS | {"ass", "butt", "self"},
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
        triggers=_LABELS,
        source="Character label attached to an act.",
    ),
    Rule(
        id="label.makes_you",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        # What the partner does "makes" them the label: the verdict on the person is the
        # same as in "you're a bore", with the behaviour given as the evidence.
        pattern=(
            r"(?P<hit>\b(?:makes?|made|making)\s+you(?:\s+(?:look|sound|seem))?<ADV>\s+<LABEL>"
            + _LABELLED_NOUN
            + ")"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Your obsessive tidying makes you a bore!",
            "Lying about it just makes you a hypocrite.",
            "Skipping her party made you look so selfish.",
        ),
        near_misses=(
            "That makes you a good friend.",
            "Cooking for us makes you happy.",
            "It doesn't make you a bad person.",
        ),
        triggers=_LABELS,
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
        triggers=_LABELS | {"obsessive", "superiority", "wishy"},
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
        triggers=_LABELS | {"baby", "child"},
        source="A command wrapped around a label.",
    ),
    Rule(
        id="label.insult_word",
        category=Category.LABEL,
        severity=Severity.HIGH,
        pattern=r"(?P<hit><YOU_BE><ADV>\s+<INSULT>" + _LABELLED_NOUN + ")",
        message=_INSULT_WHY,
        suggestion="Take a break before you speak, then say what you feel and need.",
        examples=("You're pathetic.", "you are such a moron", "You're a disgusting pig."),
        near_misses=("You're not an idiot, you made a mistake.",),
        triggers=INSULT_WORDS,
        source="Gottman: contempt (insults).",
    ),
    Rule(
        id="label.behaviour",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are|\s+were|'ve\s+been)\s+(?:[a-z]+ly\s+|just\s+|always\s+|"
            r"constantly\s+|now\s+|totally\s+|completely\s+|again\s+)?(?:disrespecting|invalidating|"
            r"dismissing|twisting|attacking|manipulating|guilt[- ]?tripping|gaslighting|mocking|"
            r"belittling|patroni[sz]ing|judging|critici[sz]ing|smothering|suffocating|bullying|"
            r"lecturing|nagging|provoking|undermining|hitting\s+below\s+the\s+belt|overstepping|"
            r"crossing\s+the\s+line|playing\s+(?:the\s+)?victim|testing\s+(?:me|my\s+patience)|"
            r"making\s+a\s+(?:bad|terrible|stupid|huge|big)\s+(?:judgment|judgement|decision|call|"
            r"choice|mistake)|putting\s+words\s+in\s+my\s+mouth)\b)"
            r"(?=\s+(?:me|my|us|our|this|that|it|everything|everyone|people|him|her|them|again|now|"
            r"with|by|so|like)\b|\s*[.!?,;]|\s*$)"
        ),
        message=_WHY,
        suggestion="Say what you saw and how it affected you, without a verdict on the person.",
        examples=(
            "There it is. You're dismissing my feelings.",
            "You're hitting below the belt, Rob.",
            "You are consistently disrespecting this space.",
            "You're testing me, Ethan.",
        ),
        near_misses=("You're testing the new app? Cool!", "You were judging the contest, right?"),
        triggers=(
            "disrespecting",
            "invalidating",
            "dismissing",
            "twisting",
            "attacking",
            "manipulating",
            "guilt",
            "tripping",
            "guilttripping",
            "gaslighting",
            "mocking",
            "belittling",
            "patronising",
            "patronizing",
            "judging",
            "criticising",
            "criticizing",
            "smothering",
            "suffocating",
            "bullying",
            "lecturing",
            "nagging",
            "provoking",
            "undermining",
            "belt",
            "overstepping",
            "line",
            "victim",
            "testing",
            "making",
            "words",
        ),
        source="Gottman: criticism of the partner's conduct in evaluative words.",
    ),
    Rule(
        id="label.of_work",
        category=Category.LABEL,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\b(?:it|this|that)\s+(?:looks|is|was|seems|sounds)\s+(?:so\s+|really\s+|pretty\s+|"
            r"kind\s+of\s+|a\s+bit\s+|just\s+)?(?:sloppy|messy|lazy|childish|pathetic|stupid|useless|"
            r"immature|selfish|irresponsible|careless|a\s+mess|a\s+joke|a\s+disaster|silly|dumb)\b)"
            r"|(?P<hit2>\bmakes?\s+(?:it|this|the\s+\w+)\s+a\s+(?:mess|disaster|joke|pigsty|dump|nightmare)\b"
            r"|\b(?:turned|turning|turn)\s+(?:the|my|our|this)\s+(?:\w+\s+){1,2}into\s+a\s+(?:\w+\s+)?(?:jungle|"
            r"mess|dump|pigsty|zoo|disaster|junkyard|yarn\s+bomb|circus)\b)"
            r"|(?P<hit3>\byour\s+(?:[a-z]+\s+){1,3}?(?:is|are)\s+(?:all\s+over\s+the\s+(?:place|house|floor|"
            r"couch)|scattered\s+all\s+over|everywhere)\b)"
        ),
        message=_WHY,
        suggestion="Describe what you see and what you would like, without grading it.",
        examples=(
            "Honestly, it looks sloppy.",
            "All those boxes make the hallway a mess.",
            "You've turned the spare room into a junkyard.",
            "Your tools are scattered all over the kitchen.",
        ),
        near_misses=("It looks lovely!", "The airport was chaos today."),
        triggers=(
            "sloppy",
            "messy",
            "lazy",
            "childish",
            "pathetic",
            "stupid",
            "useless",
            "immature",
            "selfish",
            "irresponsible",
            "careless",
            "mess",
            "joke",
            "disaster",
            "silly",
            "dumb",
            "pigsty",
            "dump",
            "nightmare",
            "jungle",
            "zoo",
            "junkyard",
            "bomb",
            "circus",
            "everywhere",
            "scattered",
            "over",
        ),
        source="Judgment of the partner's work or belongings.",
    ),
    Rule(
        id="label.bad_role",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+(?:such\s+|really\s+|"
            r"just\s+)?(?:a|an|the)\s+(?:really\s+|truly\s+)?(?:terrible|horrible|awful|lousy|shitty|crappy|"
            r"rubbish|worst|pathetic|sorry\s+excuse\s+for\s+a|poor\s+excuse\s+for\s+a|bad|useless|"
            r"selfish|lazy|crap)\s+[a-z]+)"
            r"|(?P<hit2>\bmy\s+(?:husband|wife|boyfriend|girlfriend|partner|bf|gf|fiance|fiancee)\s+is\s+"
            r"(?:so\s+|such\s+a\s+|a\s+|an\s+|just\s+|completely\s+|totally\s+)?<LABEL>)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("You are a terrible father.", "My husband is useless.", "You're the worst cook."),
        near_misses=("You're a terrific father.", "My husband is so thoughtful."),
        triggers=(
            "terrible",
            "horrible",
            "awful",
            "lousy",
            "shitty",
            "crappy",
            "rubbish",
            "worst",
            "pathetic",
            "excuse",
            "bad",
            "useless",
            "selfish",
            "lazy",
            "crap",
            "husband",
            "wife",
            "boyfriend",
            "girlfriend",
            "partner",
            "bf",
            "gf",
            "fiance",
            "fiancee",
        ),
        source="Gottman: criticism of character.",
    ),
    Rule(
        id="label.spoken_about",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit><THEY_BE><ADV>\s+<LABEL>)"
            r"|(?P<hit2>\bi\s+(?:married|am\s+dating|'m\s+dating|live\s+with|am\s+with|'m\s+with)\s+(?:a|an)"
            r"(?:\s+(?:total|complete|absolute|actual|real))?\s+<LABEL>)"
            r"|(?P<hit4>\bthere\s+you\s+go\s+(?:again\s+)?being\s+(?:a\s+|an\s+|so\s+)?<LABEL>)"
            r"|,\s+(?P<hit3>you\s+(?:absolute\s+|total\s+|complete\s+|utter\s+)?(?!mean\b)<LABEL>)(?=\s*[.!?]?\s*$)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "My wife is a complete control freak about the thermostat.",
            "He's a useless lump, my boyfriend.",
            "I married a man-child, apparently.",
            "You'd lose your head if it wasn't screwed on, you scatterbrain.",
        ),
        near_misses=("She's not lazy, she's exhausted.", "My wife is a brilliant cook."),
        triggers=_LABELS | {"married", "dating", "live", "with"},
        source="Character labels for the partner, spoken to or about.",
    ),
    Rule(
        id="label.of_act",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bthat's\s+(?:a\s+|so\s+|really\s+)?(?:cheap\s+shot|low\s+blow|harsh|hurtful|uncalled\s+for|"
            r"out\s+of\s+line|below\s+the\s+belt|crossing\s+the\s+line)\b)"
            r"|(?P<hit2>\byour\s+(?:harsh|constant|endless|snide|petty|stupid|pointless|nasty|condescending|"
            r"patronising|patronizing|passive-aggressive|sarcastic)\s+(?:judgments?|judgements?|comments?|"
            r"remarks?|criticism|interference|nagging|complaining|whining|jokes?|attitude|tone|questions)\b)"
            r"|(?P<hit3>\byou've\s+been\s+so\s+(?:wrapped\s+up|caught\s+up|absorbed|obsessed)\s+(?:in|with)\b"
            r"(?=[^.!?]{0,40}\b(?:lately|these\s+days|recently|all\s+the\s+time)\b))"
            r"|(?P<hit4>\bi\s+couldn't\s+help\s+(?:but\s+)?notic(?:e|ing)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "That's a cheap shot, Mum.",
            "I didn't want your harsh judgments on my painting.",
            "Your constant interference in my plans is exhausting.",
            "You've been so wrapped up in your work lately.",
            "I couldn't help but notice some sloppy parts in your essay.",
        ),
        near_misses=(
            "That's a cheap flight, book it!",
            "You've been so wrapped up in that book, is it good?",
        ),
        triggers=(
            "cheap",
            "low",
            "harsh",
            "hurtful",
            "uncalled",
            "line",
            "belt",
            "constant",
            "endless",
            "snide",
            "petty",
            "stupid",
            "pointless",
            "nasty",
            "condescending",
            "patronising",
            "patronizing",
            "passive",
            "sarcastic",
            "wrapped",
            "caught",
            "absorbed",
            "obsessed",
            "notice",
            "noticing",
        ),
        source="Character judgments of an act or habit.",
    ),
    Rule(
        id="label.living_with",
        category=Category.LABEL,
        severity=Severity.MEDIUM,
        pattern=r"(?P<hit>\b(?:sharing|share)\s+a\s+(?:bed|house|flat|home|life|room)\s+with\s+(?:a|an)\s+<LABEL>)",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("Lovely to know I'm sharing a bed with a walking disaster.",),
        near_misses=("I'm sharing a flat with a friend from uni.",),
        triggers=("sharing", "share"),
        source="Character labels for the partner, spoken about.",
    ),
)
