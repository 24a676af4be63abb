"""Blame: making the partner responsible for one's feelings or for everything."""

from __future__ import annotations

from intimacy_kit.lexicon._feelings import FEELINGS
from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Hedge, Rule
from intimacy_kit._vocabulary import alternation

_WHY = (
    "Blame hands your feelings to the other person to fix; they defend themselves instead "
    "of hearing what you feel and need."
)
_INSTEAD = "Own the feeling and name the need: 'I feel angry when …, because I need …'."

# "You make me happy" is a compliment: pleasant feelings and a few kind verbs end the
# "you make me …" pattern before it can fire.
_PLEASANT = alternation(
    [f.word for f in FEELINGS if f.pleasant]
    + [
        "laugh",
        "smile",
        "happy",
        "proud",
        "better",
        "stronger",
        "think",
        "realize",
        "realise",
        "wonder",
        "want to be",
        "want to do",
        "blush",
        "melt",
        "believe",
        "hungry",
        "so happy",
        "feel good",
        "feel at home",
        "feel like myself",
        "feel like a",
        "whole",
        "complete",
        "curious",
        "loved",
        "safe",
        "special",
        "seen",
        "heard",
        "valued",
        "appreciated",
        "cared for",
        "understood",
        "good",
        "beautiful",
        "wanted",
        "at home",
        "alive",
        "young",
        "lucky",
        "welcome",
        "important",
        "smart",
        "brave",
        "strong",
    ]
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="blame.you_make_me",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are)?(?:\s+(?:always|just|really|constantly|totally|seriously))?\s+"
            r"(?:make|made|makes|making|keep\s+making|have\s+made|drive|drove|driving)\s+"
            r"me(?>(?:\s+(?:so|feel|feel\s+so|really|just|absolutely|completely|want\s+to))*)\s+"
            r"(?!" + _PLEASANT + r"\b)[a-z]+)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You make me so angry.",
            "you made me feel stupid in front of everyone",
            "You're driving me crazy!",
            "You make me want to scream.",
            "u make me sick",
        ),
        near_misses=(
            "You make me feel loved.",
            "You always make me laugh.",
            "You make me so happy.",
            "You made me realize something important.",
        ),
        triggers=("make", "made", "makes", "making", "drive", "drove", "driving"),
        source="Nonviolent Communication: denial of responsibility for one's own feelings.",
    ),
    Rule(
        id="blame.your_fault",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:it's|it\s+is|it\s+was|this\s+is|that's|that\s+is|this\s+was|all)"
            r"(?:\s+(?:all|totally|entirely|completely|100%))?\s+your\s+(?:fault|doing)\b)"
            r"|(?P<hit2>\byou're\s+to\s+blame\b|\byou\s+are\s+to\s+blame\b|(?<!\bdon't\s)(?<!\bnot\s)\bblame\s+yourself\b"
            r"|\bthis\s+is\s+(?:all\s+)?on\s+you\b|\byou\s+only\s+have\s+yourself\s+to\s+blame\b|"
            r"\byou(?:'re|\s+are)\s+not\s+helping\s+(?:by|when\s+you)\s+[a-z]+\b)"
        ),
        message=_WHY,
        suggestion="Talk about what happened and what each of you can do next.",
        examples=(
            "It's all your fault.",
            "this is your fault",
            "You only have yourself to blame.",
            "You're not helping by shouting at me.",
        ),
        near_misses=(
            "It was my fault, I'm sorry.",
            "It's nobody's fault.",
            "You're not helping with the move? No worries.",
        ),
        triggers=("fault", "doing", "blame", "on", "helping"),
        source="Blame; Gottman: criticism.",
    ),
    Rule(
        id="blame.because_of_you",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:all|it's|it\s+is|this\s+is|that's|only)\s+because\s+of\s+you\b)"
            r"|(?P<hit2>\b(?:because\s+of|thanks\s+to)\s+you\b[^.!?]{0,50}?<BAD>)"
            r"|(?P<hit3>\bif\s+it\s+(?:weren't|wasn't|were\s+not|was\s+not|hadn't\s+been)\s+for\s+you\b"
            r"|\byou(?:'re|\s+are)\s+why\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It's all because of you.",
            "Because of you, we missed the flight.",
            "thanks to you we're late again",
            "If it weren't for you I'd have finished my degree.",
            "Thanks to you, everyone at the party thinks I'm a joke.",
            "You are why this relationship is falling apart.",
        ),
        near_misses=(
            "Because of you I believe in love again.",
            "Thanks to you, the party was a success!",
        ),
        triggers=("because", "thanks", "weren't", "wasn't", "were", "was", "hadn't", "why"),
        source="Blame for outcomes.",
    ),
    Rule(
        id="blame.ruined",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:\s+(?:just|totally|completely|always|really))?\s+(?:ruined|ruin|ruins|"
            r"wrecked|destroyed|spoiled|spoilt|screwed\s+up|messed\s+up)\s+(?:it|this|that|my|our|"
            r"the|everything|my\s+life|us)\b)"
            r"|(?P<hit2>\blook\s+what\s+you(?:'ve)?\s+(?:did|done|made\s+me\s+do)\b)"
            r"|(?P<hit3>\byou(?:'re|\s+are)\s+the\s+(?:reason|one)\s+(?:why\s+)?(?:i|we|this|that|"
            r"everything|nothing)\b[^.!?]{0,30}?\b(?:can't|never|broke|late|miserable|unhappy|"
            r"stressed|fight|fighting|failed|lost|left|don't|didn't|won't|hate|ruined|sad|angry|"
            r"exhausted|alone|lonely|trouble|mess|cry|crying)\b"
            r"|\byou(?:'re|\s+are)\s+the\s+one\s+who\s+(?:ruined|started|caused|made|broke|wrecked)\b)"
            r"|(?P<hit4>\byou\s+(?:started|caused)\s+(?:it|this|all\s+(?:of\s+)?this)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You ruined my birthday.",
            "Look what you made me do!",
            "You're the reason we're always broke.",
            "You started this.",
        ),
        near_misses=("The rain ruined our picnic.", "You're the reason I smile every day."),
        triggers=(
            "ruined",
            "ruin",
            "ruins",
            "wrecked",
            "destroyed",
            "spoiled",
            "spoilt",
            "screwed",
            "messed",
            "look",
            "reason",
            "one",
            "started",
            "caused",
        ),
        source="Blame for outcomes.",
    ),
    Rule(
        id="blame.if_you_had",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:maybe|perhaps)?\s*if\s+you(?:'d|\s+would|\s+had)?\s+(?:just\s+|only\s+|"
            r"actually\s+|ever\s+)*(?:bothered|for\s+once|stopped|started|showed|paid\s+attention|"
            r"listened|cared|tried|thought|took|helped|weren't\s+so|didn't\s+always|actually|just)"
            r"\b[^.!?]{0,60}?(?:\b(?:i|we)\s*(?:wouldn't|would\s+not|'d\s+not|would\s+never|'d\s+never|"
            r"wouldn't\s+have|won't|will\s+not)\b|\.\.\.|…|$))"
            r"|(?P<hit2>\b(?:i|we)\s+(?:wouldn't|would\s+not|'d\s+not)\s+(?:have\s+to|need\s+to|be)\s+"
            r"[^.!?]{0,40}?\bif\s+you(?:'d|\s+would|\s+had|\s+did)?\s+(?:just|only|actually|ever|"
            r"stopped|bothered|listened|helped)?)"
            # The outburst the speaker blames on them belongs to the judgment, as in the
            # "I wouldn't have to yell if you …" order above.
            r"|(?P<hit4>\bif\s+you\b[^.!?]{1,60}?,?\s+(?:i|we)\s+(?:wouldn't|would\s+not|'d\s+not)\s+(?:"
            r"(?:have\s+to\s+|need\s+to\s+)?(?:make\s+jokes(?:\s+about\s+(?:it|this|that|you))?|complain|"
            r"nag|yell|shout|raise\s+my\s+voice)|have\s+to|"
            r"need\s+to|be\s+(?:so\s+)?(?:angry|upset|mad|yelling|stressed|tired|like\s+this|in\s+this))\b|\bif\s+you\s+(?:were|weren't|was)\s+(?:a\s+bit\s+|a\s+little\s+)?"
            r"(?:more|less)\s+[a-z]+\b)"
            r"|(?P<hit3>\b(?:i|we)(?:'d|\s+would|\s+might)\s+(?:[a-z']+\s+){1,5}?if\s+you(?:'d|\s+would)?"
            r"\s+(?:just\s+|only\s+|actually\s+)?(?:stopped|bothered|listened|cared|tried|quit|stop|"
            r"actually|showed|paid))"
            # A bad outcome that would not have happened "if you'd …": "I'd never have been
            # late if you'd packed last night". (Not "if you hadn't …", which is often thanks.)
            r"|(?P<hit5>\b(?:i|we)(?:'d|\s+would)(?:n't|\s+not|\s+never)?\s+(?:never\s+)?have\s+(?:been\s+)?"
            r"(?:late|missed|lost|forgotten|failed|fired|stuck|yelled|shouted|worried|angry|upset|"
            r"stressed|broke|embarrassed|hurt|in\s+this\s+mess)\b[^.!?]{0,40}?\bif\s+you(?:'d|\s+had)"
            r"\s+(?!not\b)[a-z]+(?<!n't)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Maybe if you actually listened for once...",
            "If you'd just listened, we wouldn't be in this mess.",
            "I wouldn't have to yell if you'd just listen.",
            "Maybe I would relax if you stopped checking my phone.",
            "If you weren't so secretive, I wouldn't have to ask twice.",
            "We'd have savings if you were more careful with money!",
            "I'd never have been late if you'd packed last night.",
        ),
        near_misses=(
            "If you'd like, we could go tomorrow.",
            "I'd understand if you didn't want to come.",
            "If you have time, could you call me?",
        ),
        triggers=("if",),
        hedge=Hedge.KEEP,
        source="Conditional blame: the speaker's behaviour is made the partner's fault.",
    ),
    Rule(
        id="blame.my_life",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+(?:make|made|are\s+making|keep\s+making)\s+(?:my|our)\s+"
            r"(?:life|lives|job|day|week|home)\s+(?:so\s+|really\s+|a\s+)?(?:hard|difficult|miserable|"
            r"hell|impossible|nightmare|living\s+hell|worse|harder)\b)"
            r"|(?P<hit2>\byou\s+(?:put|got)\s+me\s+in\s+(?:this|such\s+a|a\s+(?:bad|foul|terrible|awful|"
            r"horrible|shitty|crappy|difficult|impossible|rotten))\s+(?:mood|"
            r"position|situation|state|mess)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("You make my life so hard.", "You put me in this mood."),
        near_misses=("You make my life so much better.", "You put me in a great mood today!"),
        triggers=(
            "life",
            "lives",
            "job",
            "day",
            "week",
            "home",
            "mood",
            "position",
            "situation",
            "state",
            "mess",
        ),
        source="Blame: the speaker's state handed to the partner.",
    ),
    Rule(
        id="blame.on_you",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:that's|that\s+is|this\s+is|it's|it\s+is|this\s+one's|is\s+all)\s+(?:all\s+)?"
            r"on\s+you(?=\s*(?:[.!,]|$))|\b(?:everything|all\s+of\s+this)\b[^.!?]{0,50}\bis\s+on\s+you\b)"
            r"|(?P<hit2>(?<!\bnot\s)(?<!n't\s)(?<!\bnot\s\s)\byour\s+fault\b)"
            r"|(?P<hit3><BAD>[^.!?]{0,60}?\bbecause\s+of\s+your?\b)"
            r"|(?P<hit4>\byou(?:'ve|\s+have|\s+just|\s+totally|\s+completely|\s+always)*\s+"
            r"(?:ruined|wrecked|destroyed|spoiled|spoilt)\b)"
            r"|(?P<hit5>\byou\s+(?:\w+\s+)?made\s+(?:this|the|my|our|that)\s+(?:\w+\s+){0,2}?(?:miserable|"
            r"awful|terrible|horrible|unbearable|hell|worse|a\s+nightmare|impossible|a\s+disaster)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "The kids are upset and that's on you.",
            "your fault we're broke lol",
            "We lost the deposit because of your carelessness.",
            "You’ve ruined Christmas again.",
            "I know you're tired, but you honestly made this whole evening miserable.",
        ),
        near_misses=(
            "It's not your fault, love.",
            "Dinner is on you tonight? Sweet, thanks!",
            "We finished early because of your help.",
        ),
        triggers=(
            "on",
            "fault",
            "because",
            "ruined",
            "wrecked",
            "destroyed",
            "spoiled",
            "spoilt",
            "made",
        ),
        source="Blame for outcomes.",
    ),
    Rule(
        id="blame.caused",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are)\s+the\s+(?:reason|cause)\b[^.!?]{0,40}?<BAD>)"
            r"|(?P<hit2>\bi\s+hope\s+you're\s+(?:happy|satisfied|pleased|proud\s+of\s+yourself)"
            r"(?:\s+now)?\s*[.!?])"
            r"|(?P<hit3>\b(?:entirely|all|completely|totally|100%)\s+on\s+you\b)"
            r"|(?P<hit4>\byou(?:'ve|\s+have)?(?:\s+[a-z]+ly)?\s+(?:ruined|wrecked|destroyed|spoiled|spoilt)\b)"
            r"|(?P<hit5>\b(?:started|began)\s+(?:right\s+)?(?:after|when)\s+you\s+(?:moved|came|showed|got|"
            r"started|arrived)\b)"
            r"|(?P<hit6>\b(?:you|<PARTNER>)\s+(?:drives?|drove)\s+me\s+(?:up\s+the\s+wall|crazy|mad|insane|"
            r"nuts|round\s+the\s+bend|to\s+(?:drink|despair|tears))\b)"
            r"|(?P<hit7>\bi\s+was\s+(?:perfectly\s+|totally\s+|completely\s+)?(?:fine|calm|happy|okay|ok|"
            r"relaxed)\s+(?:before|until)\s+you\b)"
            r"|(?P<hit8>\b(?:happened|is\s+happening|went\s+wrong|fell\s+apart|started)\s+because\s+you\s+"
            r"(?:couldn't|can't|didn't|don't|wouldn't|won't|never)\b)"
            r"|(?P<hit9>\byou(?:'ve|\s+have)\s+(?:made|make)\s+me\s+(?:feel\s+)?(?:so\s+)?(?!"
            r"(?:happy|loved|safe|proud)\b)[a-z]+)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "ur the reason im so anxious lately",
            "Well, I hope you're happy. I'm in tears now.",
            "This is entirely on you. I'd never have been late if you'd packed last night.",
            "Congratulations, you've officially wrecked my birthday.",
            "Funny how my migraines only started after you moved in.",
            "My girlfriend drives me up the wall and then wonders why I'm stressed.",
            "I was perfectly calm before you walked in.",
            "All of this happened because you couldn't keep your temper for five minutes.",
            "You’ve made me feel worthless, every single day 💔",
        ),
        near_misses=(
            "You're the reason I believe in love.",
            "I hope you're happy in the new flat!",
            "I stayed because you didn't want to be alone, and I'm glad I did.",
        ),
        triggers=(
            "reason",
            "cause",
            "happy",
            "satisfied",
            "pleased",
            "proud",
            "on",
            "ruined",
            "wrecked",
            "destroyed",
            "spoiled",
            "spoilt",
            "started",
            "began",
            "drives",
            "drive",
            "drove",
            "before",
            "until",
            "because",
            "made",
            "make",
        ),
        source="Blame for the speaker's state.",
    ),
    Rule(
        id="blame.down_to_you",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+made\s+(?:us|me)\s+(?:miss|lose|late|look\s+(?:stupid|bad|like)|wait|pay|cry)\b|"
            r"\b<PARTNER>\s+(?:makes|made)\s+me\s+(?:so\s+)?(?:miserable|unhappy|anxious|sad|angry|crazy|sick|"
            r"ill|depressed|cry)\b|"
            r"\b(?:you're|you\s+are|he's|she's|he\s+is|she\s+is)\s+the\s+reason\s+(?:why\s+)?i(?:'m|\s+am)?\s+"
            r"(?:lost|drink|cry|can't|hate|left|quit|started|stopped|gave\s+up|like\s+this|so\s+\w+|"
            r"always|never|anxious|depressed|miserable)\b|"
            r"\bbecause\s+you\s+(?:couldn't|can't|didn't|wouldn't|never)\b[^.!?]{0,60},\s+(?:now|we|i|"
            r"everyone|the|nobody)\b|\bway\s+to\s+(?:ruin|wreck|spoil|mess\s+up|kill)\b|"
            r"\bi\s+only\s+(?:yelled|shouted|screamed|snapped|lied|cheated|left|lost\s+it|said\s+(?:it|that))\s+"
            r"because\s+you\b|\bgot\s+us\s+(?:kicked\s+out|thrown\s+out|banned|"
            r"evicted|into\s+trouble)\b|\buntil\s+you\s+(?:got|came|walked|showed)\b|"
            r"\bit's\s+on\s+you\s+that\b|\b(?:mess|fault|problem|disaster|failure|situation|that|this)"
            r"(?:\s+is|'s|\s+was)\s+(?:all\s+|entirely\s+|completely\s+)?down\s+to\s+(?:you|your)\b|\byou(?:'ve|\s+have)?\s+turned\s+me\s+into\b|"
            r"\bif\s+you\s+hadn't\b[^.!?]{0,60},\s+(?:the|we|i|it|this|that|he|she|they|our|my)\b[^.!?]{0,30}?"
            r"\b(?:wouldn't|would\s+not|never|won't)\b|\byou(?:'ve|\s+have)\s+made\s+(?:this|the|my|our)\s+"
            r"\w+\s+(?:unbearable|miserable|awful|hell|impossible|a\s+nightmare))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "cant believe u made us miss the film",
            "My wife makes me miserable.",
            "He's the reason I lost all my friends.",
            "You're the reason I drink.",
            "Because you couldn't keep your mouth shut, now everyone knows.",
            "You’ve made this house unbearable.",
            "Way to ruin dinner.",
            "I only yelled because you pushed me to it.",
            "My husband got us kicked out of the restaurant.",
            "I was having a good day until you got home.",
            "It's on you that the kids turned out like this.",
            "This whole mess is down to you.",
            "You've turned me into a nervous wreck.",
            "ur the reason im like this",
            "If you hadn't been on your phone, the dog wouldn't have got out.",
        ),
        near_misses=(
            "You made us laugh all night.",
            "I only stayed because you asked so kindly.",
            "It's down to you where we go for dinner!",
        ),
        triggers=(
            "made",
            "makes",
            "reason",
            "because",
            "way",
            "only",
            "got",
            "until",
            "on",
            "down",
            "turned",
            "hadn",
        ),
        source="Blame for the speaker's state or for outcomes.",
    ),
)
