"""Contempt: sarcasm, mockery, disgust and superiority."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Hedge, Rule

_WHY = (
    "Contempt (sarcasm, mockery, eye-rolling, superiority) tells the other person they are "
    "beneath you; research on couples finds it the strongest predictor of a breakup."
)
_INSTEAD = "Say plainly what bothers you and what you would like, without the sting."

_SARCASTIC_NAMES = (
    r"(?:genius|einstein|sherlock|captain\s+obvious|smart\s+(?:guy|one|ass|pants)|hotshot|"
    r"mr\.?\s+(?:perfect|know-it-all|right)|miss\s+(?:perfect|know-it-all)|your\s+(?:highness|"
    r"majesty)|princess|champ|hero|buddy\s+boy|professor|picasso|shakespeare|mother\s+teresa)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="contempt.sarcastic_praise",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\b(?:nice|great|good|well|way|real|very|so|wow|brilliant|bravo|smooth|thanks|"
            r"congrats|congratulations|perfect|amazing|fantastic|wonderful|awesome|classic)\b"
            r"[^.!?]{0,25}?[,.!]\s*" + _SARCASTIC_NAMES + r")\b"
            r"|(?P<hit2>,\s*" + _SARCASTIC_NAMES + r")(?=\s*(?:[.!?]|$))"
            r"|(?P<hit3>\b(?:real|very|so)\s+mature\b|\bthanks\s+for\s+nothing\b|"
            r"\bthanks\s+a\s+lot,?\s+(?:really|for\s+nothing)\b|\bwell\s+done,?\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Wow, nice job, genius.",
            "Great idea, Einstein!",
            "Real mature.",
            "Thanks for nothing.",
        ),
        near_misses=("Nice job on the presentation!", "You're a genius with spreadsheets, thank you!"),
        triggers=("genius", "einstein", "sherlock", "captain", "smart", "hotshot", "mr", "miss",
                  "highness", "majesty", "princess", "champ", "hero", "professor", "picasso",
                  "shakespeare", "teresa", "mature", "nothing", "done", "buddy"),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (sarcasm).",
    ),
    Rule(
        id="contempt.sarcasm",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byeah,?\s+right\b|\bas\s+if\s+you\b|\bbig\s+surprise\b|\bwhat\s+a\s+surprise\b|"
            r"\bhow\s+(?:shocking|original|convenient|typical|predictable)\b|\bmust\s+be\s+nice\b|"
            r"\boh,?\s+poor\s+(?:you|baby|thing)\b|\bboo\s+hoo\b|\bcry\s+me\s+a\s+river\b|"
            r"\bsays\s+the\s+(?:one|guy|girl|woman|man|person|lady|dude)\s+who\b|"
            r"\b(?:that's\s+)?(?:rich|deep|funny)\s+coming\s+from\s+you\b|\bcoming\s+from\s+you\b|"
            r"\blook\s+who's\s+talking\b|\bsure\s+you\s+(?:do|did|are|will|were|would)\s*[.!]|"
            r"\btalk\s+about\s+[a-z]+ing\b|\bwhatever\s+you\s+say\b|\bgood\s+for\s+you\s*[.!]\s*$|"
            r"\boh\s+please\b|\bspare\s+me\b|\bgive\s+me\s+a\s+break\b|\bdon't\s+make\s+me\s+laugh\b|"
            r"\bi\s+guess\s+that\s+makes\s+you\s+the\s+\w+|\bthe\s+expert,?\s+huh\b|"
            r"\bsorry\s+(?:that\s+)?(?:i'm|i\s+am)\s+not\s+(?:perfect|good\s+enough|as\s+\w+\s+as)\b|"
            r"\bhow\s+(?:nice|generous|kind|thoughtful|sweet)\s+of\s+you"
            r"(?:\s+to\s+(?:finally|actually|bother|remember|show\s+up|grace))\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Yeah, right.",
            "Says the woman who turned my dining table into a yarn bomb.",
            "That's deep, coming from you.",
            "Talk about exaggerating.",
            "How nice of you to finally show up.",
        ),
        near_misses=(
            "Really? That's amazing news!",
            "How nice of you to bring flowers!",
            "Sure, I can do that.",
            "Let's talk about it later.",
        ),
        triggers=("right", "if", "surprise", "shocking", "original", "convenient", "typical",
                  "predictable", "nice", "poor", "boo", "river", "says", "coming", "talking",
                  "sure", "talk", "whatever", "good", "please", "spare", "break", "laugh",
                  "expert", "sorry", "generous", "kind", "thoughtful", "sweet"),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (sarcasm, mockery).",
    ),
    Rule(
        id="contempt.echo",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b[a-z]+\?\s+(?:really|seriously)\?)"
            r"|(?P<hit2>\b[a-z]+\?\s+you\?)(?=\s*$)"
        ),
        message=_WHY,
        suggestion="If you are surprised, ask what it means to them: 'Tell me more about it?'.",
        examples=("Chaos? Really?", "Stand-up comedy? You?", "Magic, sweetie? Seriously?"),
        near_misses=("Really? That's amazing news!", "Dinner? Sure, where do you want to go?"),
        triggers=("really", "seriously", "you"),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (mocking echo of the partner's words).",
    ),
    Rule(
        id="contempt.mockery",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>(?:^|(?<=[.!?,]\s)|(?<=[.!?,]))\s*(?:oh,?\s+|just\s+|please,?\s+|god,?\s+)?"
            r"(?:grow\s+up|get\s+a\s+life|get\s+over\s+yourself|shut\s+up|shut\s+it|"
            r"get\s+real|cry\s+me\s+a\s+river|give\s+it\s+a\s+rest|bite\s+me|"
            r"get\s+a\s+clue|wake\s+up)\b)"
            r"|(?P<hit2>\bshut\s+(?:up|your\s+(?:mouth|face|trap))\b)"
            r"|(?P<hit3>\bmaybe\s+it's\s+time\s+you\s+grew\s+(?:up|a\s+(?:thick\s+skin|spine|pair)))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("Grow up.", "Oh, get a life.", "Shut up!", "Maybe it's time you grew a thick skin."),
        near_misses=("I want to grow up to be like you.", "Let's wake up early tomorrow."),
        triggers=("grow", "grew", "life", "yourself", "shut", "real", "river", "rest", "bite",
                  "clue", "wake"),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (mockery, belittling).",
    ),
    Rule(
        id="contempt.disgust",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\byou\s+(?:disgust|repulse|sicken|nauseate)\s+me\b|"
            r"\byou\s+make\s+me\s+sick\b|\bi\s+can't\s+(?:stand|bear)\s+(?:you|the\s+sight\s+of\s+you|"
            r"being\s+(?:around|near)\s+you|looking\s+at\s+you)\b|"
            r"\bi'm\s+(?:so\s+)?(?:sick|tired)\s+of\s+you\b(?!r)|"
            r"\bi\s+can't\s+believe\s+i\s+(?:married|chose|picked|ended\s+up\s+with|wasted)\b|"
            r"\bno\s+wonder\s+(?:nobody|no\s+one|you|your|everyone)\b|"
            r"\bwhat\s+did\s+i\s+ever\s+see\s+in\s+you\b|\byou're\s+(?:such\s+)?a\s+joke\b|"
            r"\bpathetic\s*[.!]|\bugh,?\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You disgust me.",
            "I can't stand you.",
            "No wonder nobody likes you.",
            "I can't believe I married you.",
        ),
        near_misses=("I'm sick of this rain.", "I can't stand horror films."),
        triggers=("disgust", "repulse", "sicken", "nauseate", "sick", "stand", "bear", "tired",
                  "believe", "wonder", "see", "joke", "pathetic", "ugh"),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (disgust).",
    ),
    Rule(
        id="contempt.superiority",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bat\s+least\s+i\s+(?:don't|didn't|do|can|know|have|am|'m|actually|never|"
            r"bother|try|work|pay)\b|\bunlike\s+you\b|"
            r"\b(?:even\s+a\s+(?:child|kid|toddler|five-year-old|monkey)|any\s+idiot|a\s+child)\s+"
            r"(?:could|can|would|knows|understands)\b|\bit's\s+not\s+rocket\s+science\b|"
            r"\b(?:is\s+it\s+really\s+that|how)\s+hard\s+(?:is\s+it\s+)?to\b|"
            r"\bwhat's\s+so\s+(?:difficult|hard|complicated)\s+(?:to|about)\b|"
            r"\bdo\s+i\s+(?:have|need)\s+to\s+spell\s+it\s+out\b|\blet\s+me\s+explain\s+(?:this\s+)?"
            r"(?:slowly|again|in\s+small\s+words)\b|\bsome\s+of\s+us\s+(?:have|actually|work|don't|"
            r"can't|care)\b|\b(?:that's|this\s+is|you're\s+speaking|you're\s+talking)\s+"
            r"(?:such\s+)?(?:nonsense|ridiculous|absurd|laughable|pathetic|rubbish|garbage|bs|"
            r"bullshit|a\s+joke)\b|\bit's\s+all\s+hocus\s+pocus\b|\bspeaking\s+nonsense\b|"
            r"\btruth\s+hurts\b|\bwelcome\s+to\s+(?:the\s+)?real\s+(?:world|life)\b|"
            r"\ba\s+dose\s+of\s+reality\b|\bi\s+told\s+you\s+so\b|\bwhat\s+did\s+you\s+expect\b|"
            r"\bnot\s+rocket\s+science\b|\blisten\s+to\s+yourself\b|\bhow\s+do\s+you\s+not\s+know\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "At least I don't shift blame onto others.",
            "Unlike you, I actually work.",
            "It's not rocket science.",
            "What's so difficult to understand?",
            "You're speaking nonsense!",
            "Truth hurts sometimes, babe.",
        ),
        near_misses=(
            "At least we tried, and that's what counts.",
            "How hard was the exam?",
            "Let me explain the plan for Saturday.",
        ),
        triggers=("least", "unlike", "child", "kid", "toddler", "old", "monkey", "idiot",
                  "rocket", "hard", "difficult", "complicated", "spell", "explain", "some",
                  "nonsense", "ridiculous", "absurd", "laughable", "pathetic", "rubbish",
                  "garbage", "bs", "bullshit", "joke", "hocus", "truth", "welcome", "reality",
                  "told", "expect", "yourself", "know"),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (superiority).",
    ),
    Rule(
        id="contempt.eye_roll",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=r"(?P<hit>\U0001f644|\*\s*(?:rolls?\s+(?:my\s+|her\s+|his\s+)?eyes|eye\s*roll)\s*\*|"
        r"\(\s*(?:rolls?\s+(?:my\s+|her\s+|his\s+)?eyes|eye\s*roll)\s*\)|\bsmh\b|\beye\s*roll\b)",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("Sure you'll be on time 🙄", "*rolls eyes*", "smh"),
        near_misses=("My eyes hurt from the screen.",),
        triggers=("\U0001f644", "rolls", "roll", "eyeroll", "smh"),
        source="Gottman: contempt (eye-rolling).",
        hedge=Hedge.KEEP,
    ),
)
