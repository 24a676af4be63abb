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
    r"majesty)|princess|buddy\s+boy|professor|picasso|shakespeare|mother\s+teresa)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="contempt.sarcastic_praise",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\b(?:nice|great|good|well|way|real|very|so|wow|brilliant|bravo|smooth|thanks|"
            r"congrats|congratulations|perfect|amazing|fantastic|wonderful|awesome|classic)\b"
            r"[^.!?]{0,25}?,\s*" + _SARCASTIC_NAMES + r")\b"
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
        near_misses=(
            "Nice job on the presentation!",
            "You're a genius with spreadsheets, thank you!",
        ),
        triggers=(
            "genius",
            "einstein",
            "sherlock",
            "captain",
            "smart",
            "hotshot",
            "mr",
            "miss",
            "highness",
            "majesty",
            "princess",
            "professor",
            "picasso",
            "shakespeare",
            "teresa",
            "mature",
            "nothing",
            "done",
            "buddy",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (sarcasm).",
    ),
    Rule(
        id="contempt.sarcasm",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bjust\s+wow\b|\ball\s+by\s+yourself\s*\?|\bfrom\s+the\s+expert\b|"
            r"\banother\s+(?:brilliant|great|genius|bright|clever)\s+(?:idea|plan|move)\b|"
            r"\b(?:brilliant|genius|smart|real\s+smooth|nice)\s+move\s*[.!]|\byeah,?\s+right\b|\bas\s+if\s+you\b|\bbig\s+surprise\b|\bwhat\s+a\s+surprise\b|"
            r"\bhow\s+(?:shocking|original|convenient|typical|predictable)\b|\bmust\s+be\s+nice\b(?![^.!?]*\b(?:enjoy|earned|deserve))|"
            r"\boh,?\s+poor\s+(?:you|baby|thing)\b|\bboo\s+hoo\b|"
            r"\bdon't\s+come\s+(?:crying|running)\s+to\s+me(?:\s+when\s+(?:you|it)\s+[a-z]+)?\b|\bcry\s+me\s+a\s+river\b|"
            r"\bsays\s+the\s+(?:one|guy|girl|woman|man|person|lady|dude)\s+who\b|"
            r"\b(?:that's\s+)?(?:rich|deep|funny)\s+coming\s+from\s+you\b|\bcoming\s+from\s+you\b|"
            r"\blook\s+who's\s+talking\b|\bsure\s+you\s+(?:do|did|are|will|were|would)\s*[.!]|"
            # "Talk about overreacting!" only opens a sentence; inside one it is a plain
            # wish to talk ("could we talk about taking the bins out?").
            r"(?:^|(?<=[.!?,]\s)|(?<=[.!?,]))talk\s+about\s+[a-z]+ing\b(?<!thing)|"
            r"\bwhatever\s+you\s+say\b|\bgood\s+for\s+you\s*[.!]\s*$|"
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
            "Says the guy who left the oven on all night.",
            "That's rich, coming from you.",
            "Talk about exaggerating.",
            "How nice of you to finally show up.",
            "Wow. Just wow. Brilliant move.",
            "Did you come up with that all by yourself?",
            "Bravo. Another brilliant idea from the expert.",
            "Fine, but don't come crying to me when it breaks.",
        ),
        near_misses=(
            "Really? That's amazing news!",
            "How nice of you to bring flowers!",
            "Sure, I can do that.",
            "Let's talk about it later.",
            "Could we sit down and talk about taking the bins out?",
        ),
        triggers=(
            "right",
            "if",
            "surprise",
            "shocking",
            "original",
            "convenient",
            "typical",
            "predictable",
            "nice",
            "poor",
            "boo",
            "river",
            "says",
            "coming",
            "talking",
            "sure",
            "talk",
            "whatever",
            "good",
            "please",
            "spare",
            "break",
            "laugh",
            "expert",
            "sorry",
            "generous",
            "kind",
            "thoughtful",
            "sweet",
            "wow",
            "yourself",
            "another",
            "move",
            "crying",
            "running",
        ),
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
        examples=("Chaos? Really?", "A marathon? You?", "Magic, sweetie? Seriously?"),
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
        examples=(
            "Grow up.",
            "Oh, get a life.",
            "Shut up!",
            "Maybe it's time you grew up.",
        ),
        near_misses=("I want to grow up to be like you.", "Let's wake up early tomorrow."),
        triggers=(
            "grow",
            "grew",
            "life",
            "yourself",
            "shut",
            "real",
            "river",
            "rest",
            "bite",
            "clue",
            "wake",
        ),
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
        triggers=(
            "disgust",
            "repulse",
            "sicken",
            "nauseate",
            "sick",
            "stand",
            "bear",
            "tired",
            "believe",
            "wonder",
            "see",
            "joke",
            "pathetic",
            "ugh",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (disgust).",
    ),
    Rule(
        id="contempt.superiority",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bat\s+least\s+(?:i\s+(?:don't|didn't|do|can|know|have|am|actually|never|"
            r"bother|try|work|pay)|i'm\s+not|i've\s+(?:never|got|tried))\b|\bunlike\s+you\b|"
            r"\b(?:even\s+a\s+(?:child|kid|toddler|five-year-old|monkey)|any\s+idiot|a\s+child)\s+"
            r"(?:could|can|would|knows|understands)\b|\bit's\s+not\s+rocket\s+science\b|"
            r"\bis\s+it\s+really\s+that\s+hard\s+to\b|"
            r"\bwhat's\s+so\s+(?:difficult|hard|complicated)\s+(?:to|about)\b|"
            r"\bdo\s+i\s+(?:have|need)\s+to\s+spell\s+it\s+out\b|\blet\s+me\s+explain\s+(?:this\s+)?"
            r"(?:slowly|again|in\s+small\s+words)\b|\bsome\s+of\s+us\s+(?:have|actually|work|don't|"
            r"can't|care)\b|\b(?:that's|this\s+is|you're\s+speaking|you're\s+talking)\s+"
            r"(?:such\s+)?(?:nonsense|ridiculous|absurd|laughable|pathetic|rubbish|garbage|bs|"
            r"bullshit|a\s+joke)\b|\bit's\s+all\s+hocus\s+pocus\b|\bspeaking\s+nonsense\b|"
            r"\btruth\s+hurts\b|\bwelcome\s+to\s+(?:the\s+)?real\s+(?:world|life)\b|"
            r"\ba\s+dose\s+of\s+reality\b|\bi\s+told\s+you\s+so\b|\bwhat\s+did\s+you\s+expect\b|"
            r"\bnot\s+rocket\s+science\b|\blisten\s+to\s+yourself\b|\bhow\s+do\s+you\s+not\s+know\b|"
            # A flat verdict on the other's view; "You're wrong about the date" disagrees on a
            # fact and stays out, as does "what if you're wrong?".
            r"\bthat's\s+where\s+you(?:'re|\s+are)\s+wrong\b|(?<!\bif\s)\byou(?:'re|\s+are)\s+"
            r"(?:so|dead|completely|totally|just\s+plain|flat\s+out)\s+wrong\b|"
            r"(?<!\bif\s)(?<!\bmaybe\s)(?<!\bthink\s)\byou(?:'re|\s+are)\s+wrong(?=\s*(?:[.!]|$))|"
            # Addressed as a child being told off: "Mind your tone, young lady."
            r"(?<=,\s)(?<!thank\syou,\s)(?<!thanks,\s)(?<!hello,\s)(?<!hi,\s)(?<!hey,\s)"
            r"(?<!please,\s)(?<!done,\s)(?:young\s+(?:lady|man)|missy)(?=\s*(?:[.!?]|$)))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "At least I don't lie about where I've been.",
            "Well, at least I'm not glued to my phone all night.",
            "Unlike you, I actually work.",
            "It's not rocket science.",
            "Don't you roll your eyes at me, young lady.",
            "What's so difficult to understand?",
            "You're speaking nonsense!",
            "Truth hurts, doesn't it?",
            "That's where you're wrong. Things need order.",
            "You're dead wrong and you know it.",
        ),
        near_misses=(
            "At least we tried, and that's what counts.",
            "How hard was the exam?",
            "Let me explain the plan for Saturday.",
            "Thank you, young man.",
            "The young lady at the desk was lovely.",
            "You're wrong about the date, it's on Friday.",
            "What if you're wrong? Let's check first.",
            "Honestly, you're not wrong.",
        ),
        triggers=(
            "least",
            "unlike",
            "child",
            "kid",
            "toddler",
            "old",
            "monkey",
            "idiot",
            "rocket",
            "hard",
            "difficult",
            "complicated",
            "spell",
            "explain",
            "some",
            "nonsense",
            "ridiculous",
            "absurd",
            "laughable",
            "pathetic",
            "rubbish",
            "garbage",
            "bs",
            "bullshit",
            "joke",
            "hocus",
            "truth",
            "welcome",
            "reality",
            "told",
            "expect",
            "yourself",
            "know",
            "young",
            "missy",
            "wrong",
        ),
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
    Rule(
        id="contempt.jab",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:sure|fine|okay|ok|go\s+ahead)[,!.]*\s+(?:run\s+away|walk\s+away|ignore\s+me)\b|"
            r"\bwhat\s+you're\s+(?:best|good)\s+at\b|\b(?:always|so)\s+good\s+at\s+[a-z]+ing(?:\s+(?:responsibility|blame|"
            r"questions|the\s+(?:point|truth|question|issue)|problems|conversations))?\b|"
            r"\balways\s+the\s+(?:innocent|victim|martyr|hero|saint)\b|\bplay(?:ing|s)?\s+(?:the\s+)?victim\b|"
            r"\b(?:mr|miss|mrs|ms)\.?\s+(?:[a-z]+\s+)?(?:perfect|know-it-all|right|private|important|fancy|"
            r"busy|big\s+shot|holier-than-thou|sunshine|positive|organi[sz]ed|responsible|tidy|clean|"
            r"picasso|expert)\b|"
            r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))(?:are\s+you\s+)?happy\s+now\s*\?|"
            r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))excuse\s+me\s*\?|"
            r"\bit's\s+not\s+like\s+you(?:'ve|'re|\s+have|\s+are)\b(?:\s+(?!and\b|but\b|or\b)[a-z]+){0,2}|"
            r"\bdon't\s+you\s+have\s+(?:anything\s+)?(?:better|more\s+(?:important|pressing))(?:\s+(?:things|problems|"
            r"issues)(?:\s+to\s+(?:do|address|worry\s+about|think\s+about|deal\s+with))?)?\b|"
            r"\b(?:you're|makes\s+you|seems\s+like\s+you're)\s+(?:the|an|such\s+an)\s+expert\b|"
            r"\bhere\s+we\s+go\s+(?:again\s+with|again|with)(?:\s+(?:the|our)\s+(?:great|famous|mighty|almighty|"
            r"all-knowing|big|expert|resident)\s+[a-z]+|\s+(?:the|your|another)\s+(?:[\"'][^\"'.!?]{1,40}[\"']\s+)?"
            r"(?:speech|lecture|sermon|routine))?\b|\bso-called\b|"
            r"\byour\s+[\"'](?:[a-z]+\s+){0,2}(?:help|support|advice|concern|interest|hobby|career|work|job|"
            r"research|art|passion|investigation|friends|plans?|expertise|feelings|needs|priorities|"
            r"business|project|adaptations?|obsession|problem|issues|love|apology|effort|busy|"
            r"sensitivity|principles|standards|system)[\"']|"
            r"\b(?:now\s+)?(?:you\s+)?(?:know|understand|see)\s+how\s+it\s+feels\s+to\s+be\b|"
            r"\boh,?\s+(?:come\s+on|c'mon)\b|\bcome\s+off\s+it\b|\bthat's\s+easy\s+for\s+you\s+to\s+say\b|"
            r"\bthat's\s+rich(?:,?\s+coming\s+from)?\b|\bwe\s+(?:can't|cannot)\s+all\s+be\s+"
            r"like\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Sure, walk away. It's what you're best at.",
            "Always so good at changing the subject.",
            "Of course, always the victim.",
            "Alright, Mr Perfect, you win.",
            "Okay, Sophia, I hear you. Happy now?",
            "It's one dinner, it's not like you've climbed Everest.",
            "Your 'advice' is just you showing off again.",
            "Now you know how it feels to be ignored.",
            "Oh come on, it's only a scratch on the car.",
            "That's easy for you to say, you don't pay the rent.",
        ),
        near_misses=(
            "Are you happy now that the move is done?",
            "Come on in, the door's open!",
            "Your parcel arrived, thank you!",
        ),
        triggers=(
            "run",
            "walk",
            "ignore",
            "best",
            "good",
            "innocent",
            "victim",
            "martyr",
            "hero",
            "saint",
            "mr",
            "miss",
            "mrs",
            "ms",
            "happy",
            "excuse",
            "like",
            "better",
            "important",
            "pressing",
            "expert",
            "go",
            "so",
            "feels",
            "come",
            "c",
            "mon",
            "easy",
            "rich",
            "age",
            "all",
            "your",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (sarcasm, mockery, belittling).",
    ),
    Rule(
        id="contempt.recap",
        category=Category.CONTEMPT,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>(?:^|(?<=[.!?]\s)|(?<=[.!?]))(?:oh,?\s+|i\s+see\.?\s+)?so,?\s+(?:this\s+is\s+what|that's\s+what|"
            r"you\s+think|you're\s+saying|you\s+mean|it's\s+my|now\s+i'm|now\s+it's)\b[^.!?]{0,80}?,\s*huh\s*[?!])"
        ),
        message=_WHY,
        suggestion="Check your understanding without the edge: 'Do you mean …?'.",
        examples=(
            "So you think my job is a joke, huh?",
            "So this is what you really think, huh?",
        ),
        near_misses=("So you're moving to Lisbon, huh? That's exciting!",),
        triggers=("huh",),
        hedge=Hedge.KEEP,
        source="Sarcastic paraphrase of the partner.",
    ),
    Rule(
        id="contempt.sarcastic_retort",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bi'm\s+(?:so\s+)?(?:honou?red|flattered)\s*\.(?!\.))"
            r"|(?P<hit2>\b(?:sure|ok|okay|whatever|right|fine|yes)\s+(?:thing\s+)?(?:princess|genius|einstein|"
            r"sherlock|your\s+highness|sweetheart|pal|champ|hotshot)\s*[.!]?\s*$)"
            r"|(?P<hit3>\bare\s+you\s+(?:five|twelve|a\s+child|a\s+toddler|in\s+kindergarten|"
            r"(?:five|twelve|ten)\s+years\s+old)\s*\?)"
            r"|(?P<hit4>\b(?:oh\s+|yeah,?\s+)?(?:sure|right|yeah),?\s+because\s+(?:you|your)\b)"
            r"|(?P<hit5>\bway\s+to\s+go,?\s+you\b|\bwant\s+a\s+(?:medal|trophy|cookie|prize|gold\s+star)\s*\?)"
            r"|(?P<hit6>(?:^|(?<=[.!?]\s))(?:hey+,?\s+|oh,?\s+|well,?\s+)?(?:genius|einstein|sherlock|"
            r"smart\s+guy|captain\s+obvious|princess|your\s+highness)\s*,)"
            r"|(?P<hit7>\blook\s+who\s+(?:finally|decided|remembered|bothered)\b|\blook\s+who's\s+(?:finally|awake\s+now)\b)"
            r"|(?P<hit8>\bhow\s+(?:cute|adorable|precious)[,.!]\s+you\b)"
            r"|(?P<hit9>\bit's\s+not\s+(?:that\s+)?(?:hard|difficult|complicated)\s*[.!]|"
            r"\byou\s+thought\s+(?:that|this|it)\s+was\s+a\s+good\s+idea\s*\?)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Oh wow, you remembered my name. I'm honoured.",
            "lol ok sure thing princess",
            "I'm sorry, are you five?",
            "Oh sure, because you know everything.",
            "Yeah, because your opinion matters so much.",
            "Way to go, you broke it again 👏",
            "Congratulations, you managed to boil an egg. Want a medal?",
            "Heyyy genius, the trash doesn't take itself out 😂",
            "Oh, look who finally decided to show up.",
            "How cute, you think you're right.",
            "Just tell your mum no. It's not hard.",
            "Seriously? You thought that was a good idea?",
        ),
        near_misses=(
            "Wow, you actually made it to the summit! So proud.",
            "Look who's here, my favourite person!",
        ),
        triggers=(
            "wow",
            "princess",
            "genius",
            "einstein",
            "sherlock",
            "highness",
            "sweetheart",
            "pal",
            "champ",
            "hotshot",
            "five",
            "twelve",
            "child",
            "toddler",
            "kindergarten",
            "old",
            "because",
            "way",
            "medal",
            "trophy",
            "cookie",
            "prize",
            "star",
            "smart",
            "captain",
            "look",
            "cute",
            "adorable",
            "precious",
            "hard",
            "difficult",
            "complicated",
            "thought",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (sarcasm, mockery).",
    ),
    Rule(
        id="contempt.mock",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bso\s+cute\s+when\s+you\s+(?:pretend|try|think|act)\b|"
            r"\b(?:embarrassing|humiliating)\s+to\s+be\s+seen\s+with\b|\byou're\s+(?:so\s+)?embarrassing\b|"
            r"\baren't\s+you\s+just\s+the\s+(?:most\s+[a-z]+|best|sweetest|smartest)(?:\s+(?:person|man|woman|"
            r"husband|wife|boyfriend|girlfriend|partner|friend)(?:\s+(?:alive|ever|in\s+the\s+world|on\s+earth))?)?\b|"
            r"\b(?:shall|should)\s+(?:i|we)\s+(?:call\s+the\s+(?:newspapers|papers|press)|throw\s+you\s+a\s+parade|"
            r"alert\s+the\s+(?:media|press))\b|\bi\s+can't\s+believe\s+i\s+ever(?:\s+(?:found|thought|married|dated|liked|loved|"
            r"fell\s+for|chose|picked|trusted|believed)\s+you)?\b|"
            r"\bgrow\s+(?:a\s+spine|a\s+pair|some\s+balls|a\s+backbone)\b|"
            r"\*\s*slow\s+clap\s*\*|\bslow\s+clap\s*(?:[.!]|for\b)|\bshocker\s*[.!]|\bbless\s+your\s+(?:heart|"
            r"little\s+heart)\b|\bdon't\s+strain\s+yourself\b|(?:^|(?<=[.!?]\s))sure,\s+(?:einstein|genius|"
            r"sherlock|smart\s+guy)\b|"
            r"\bdid\s+the\s+(?:big\s+bad\s+)?\w+\s+hurt\s+your\s+(?:little\s+)?feelings\b|"
            r"\baww+,?\s+(?:did\s+(?:the|you|someone)|poor\s+(?:baby|you|thing))\b|\bmust\s+be\s+(?:lovely|great|wonderful|fun)\s+(?:having|to\s+have|"
            r"being)(?:\s+someone\s+else\s+(?:to\s+)?do\s+(?:all\s+)?your\s+[a-z]+(?:\s+for\s+you)?)?\b|"
            r"\bcool\s+story,?\s+(?:bro|bruh|dude|babe|mate)(?:,?\s+did\s+you\s+(?:rehearse|practi[sc]e|"
            r"write)\s+(?:that|this|it))?\b|\bspecial\s+kind\s+of\s+(?:genius|stupid|idiot)\b|"
            r"\b(?:interesting|funny|convenient)\s+how\s+you\b|"
            # Chores that will do themselves: "the bins will take themselves out".
            r"\b(?:will|'ll)\s+(?:just\s+)?(?:take|put|clean|wash|do|tidy|empty|walk|feed|fold|cook|load|"
            r"unload|hoover|vacuum|pay)\s+themselves(?:\s+(?:out|away|up))?\b|"
            r"(?:^|(?<=[.!?]\s))just\s+(?:saying|a\s+thought|an\s+observation)\s*[.!]?\s*$|\bhere\s+come\s+the\s+waterworks\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "omg ur so cute when u pretend to know things",
            "You're embarrassing to be seen with.",
            "Well, aren't you just the most thoughtful person alive.",
            "Oh bravo, you managed to boil an egg. Shall I call the newspapers?",
            "I can't believe I ever found you attractive.",
            "Grow a spine, for once in your life.",
            "*slow clap* Truly, a masterclass in parking.",
            "Aww, did the big bad spreadsheet hurt your feelings?",
            "Must be lovely having someone else do all your thinking for you.",
            "cool story bro, did u rehearse that",
            "Takes a special kind of genius to lock the keys in the car twice.",
            "Interesting how you're suddenly busy the one weekend my family visits.",
            "Sure, the dishes will wash themselves.",
            "Texting back would be nice. Just a thought.",
        ),
        near_misses=(
            "Aww, is that a new puppy?",
            "Funny how the cat always finds the sunny spot.",
            "That's a cool story, tell me more!",
            "The oven will clean itself on the self-clean setting.",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (mockery, sarcasm, belittling).",
    ),
    Rule(
        id="contempt.scare_quotes",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?<=\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\bsay\s)(?<!\bsaying\s)(?<!\bcalled\s)(?<!\bword\s)"
            r"(?<!\blike\s)(?<!\bby\s)(?<!\bmean\s)(?<!\btext\s)(?<!\bwrote\s)"
            r"(?P<hit>['\"][a-z]+(?:[ -][a-z]+)?[.,!?]?['\"])(?=[\s.,!?…]|$)"
            # Their word thrown back as a question at the very start: "'Control'? All I
            # want is …".
            r"|(?P<hit2>^['\"][a-z]+(?:[ -][a-z]+)?['\"]\?)"
        ),
        message=_WHY,
        suggestion="Use the other person's word plainly, or ask what they meant by it.",
        examples=(
            "Your 'advice' is just you showing off again.",
            "Oh sure, you were 'busy' all weekend.",
            "Of course you 'forgot' the anniversary.",
            'My "hobby" pays for your car, remember.',
            'Then find a better way to do your "hobby."',
            "'Control'? All I want is a tidy kitchen.",
        ),
        near_misses=(
            "What do you mean by 'closer'?",
            "She said 'thanks' and left.",
            "Press the word 'save' at the top.",
            "You called me a 'nag' in front of everyone.",
            "'Let it be' is my favourite song.",
        ),
        # The quote mark opens after a space: far rarer than apostrophes in contractions.
        triggers=(" '", ' "', "\n'", '\n"', "\t'", '\t"', "'?", '"?'),
        in_quotes=True,
        hedge=Hedge.KEEP,
        source="Scare quotes around the partner's own words: mockery.",
    ),
    Rule(
        id="contempt.belittle",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+could\s+barely\b|\bsomething\s+anyone\s+could\s+do\b|"
            r"\bi\s+bet\s+(?:none\s+of\s+your|your\s+[^.!?]{1,30}?\b(?:couldn't|wouldn't|can't|won't)|you\s+(?:can't|"
            r"couldn't|wouldn't|don't|didn't|won't))\b|\b(?:would\s+be|is)\s+(?:the\s+)?end\s+of\s+the\s+world\b|"
            r"\bnot\s+(?:always\s+|so\s+|very\s+)?fun\s*,\s*is\s+it\s*\?|"
            r"\b(?:try|do)\s+(?:\w+\s+)?(?:more\s+often|harder|better|for\s+once|again)\s*,\s*won't\s+you\s*\?|"
            r"\bas\s+if\s+(?:there\s+(?:aren't|isn't|weren't)(?:\s+(?:more|bigger)\s+(?:important|pressing|serious)\s+"
            r"(?:things|problems|issues)(?:\s+to\s+(?:worry|think|care)\s+about)?)?|i\s+(?:don't|didn't|care|have|would)|that's|it's)\b|"
            r"\bwe\s+all\s+have\s+our\s+priorities\b|\benjoy\s+your\s+(?:peace|quiet|freedom|little)\b|"
            r"\beven\s+my\s+\w+\s+(?:bothers?|annoys?|irritates?|upsets?)\s+you\b|"
            r"\b(?:the|that|this)\s+\w+\s+(?:thing|stuff)\s+again\s*\?)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Considering how you could barely keep a houseplant alive...",
            "Isn't that something anyone could do?",
            "I bet none of your fancy gadgets would help in a real emergency.",
            "It would be the end of the world if you cooked once, right?",
            "Not always fun, is it?",
            "Try calling more often, won't you?",
            "As if there aren't more important things to do!",
            "Right. I suppose we all have our priorities.",
            "Enjoy your peace, then!",
            "Even my hugs annoy you now!",
            "What, the band thing again?",
        ),
        near_misses=(
            "I bet you'll love the new place!",
            "Try the soup, won't you? It's amazing.",
            "Not always easy, is it? I'm proud of you.",
        ),
        triggers=(
            "barely",
            "anyone",
            "bet",
            "end",
            "fun",
            "easy",
            "nice",
            "great",
            "won't",
            "if",
            "priorities",
            "enjoy",
            "even",
            "thing",
            "stuff",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (belittling, sarcasm).",
    ),
    Rule(
        id="contempt.dim_idiom",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # Folk idioms that call someone stupid without the word: the roundabout form makes
        # the insult feel clever to the speaker and no less wounding to the listener.
        pattern=(
            r"(?P<hit>\bnot\s+(?:exactly\s+|really\s+)?the\s+(?:sharpest\s+(?:tool|knife|pencil)\s+in\s+"
            r"the\s+(?:shed|drawer|box)|brightest\s+(?:bulb|crayon|spark|candle)(?:\s+in\s+the\s+"
            r"(?:box|pack|room|building))?)\b|"
            r"\b(?:a\s+)?(?:few|couple\s+of)\s+(?:sandwiches\s+short\s+of\s+a\s+picnic|"
            r"fries\s+short\s+of\s+a\s+happy\s+meal|bricks\s+short\s+of\s+a\s+load|"
            r"cards\s+short\s+of\s+a\s+(?:full\s+)?deck)\b|"
            r"\bnot\s+playing\s+with\s+a\s+full\s+deck\b|"
            r"\b(?:the\s+)?lights\s+are\s+on\s+but\s+(?:nobody's|no\s+one's|nobody\s+is)\s+home\b|"
            r"\b(?:dumb|thick|stupid)\s+as\s+(?:a\s+(?:box|bag)\s+of\s+(?:rocks|hammers)|"
            r"two\s+short\s+planks|a\s+(?:post|plank|brick))\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're not the sharpest tool in the shed, are you?",
            "honestly ur not the brightest bulb",
            "He's a few sandwiches short of a picnic, that one.",
            "You're thick as two short planks sometimes.",
            "The lights are on but nobody's home with you.",
        ),
        near_misses=(
            "This is the sharpest knife in the drawer, use it for the bread.",
            "We're a few sandwiches short for the picnic, can you grab some?",
            "The lights are on but the shop is closed.",
        ),
        triggers=("sharpest", "brightest", "short", "deck", "home", "rocks", "hammers", "planks"),
        source="Gottman: contempt (insults and mockery).",
    ),
    Rule(
        id="contempt.mock_praise",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bsure,?\s+blame\s+(?:the|your|my|it|everyone)\b|,\s*that's\s+(?:clever|smart|brilliant|"
            r"genius|rich|mature)\s*\.?\s*$)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("Sure, blame the weather, that's clever.", "Forgot again, that's mature."),
        near_misses=("You fixed it with a paperclip, that's clever!",),
        triggers=("blame", "clever", "smart", "brilliant", "genius", "rich", "mature"),
        hedge=Hedge.KEEP,
        source="Gottman: contempt (sarcasm).",
    ),
)
