"""Accusatory questions: questions that are really accusations."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule

_WHY = (
    "A 'why' or 'how could you' question that already holds its verdict cannot be "
    "answered safely; it corners the other person instead of inviting them in."
)
_INSTEAD = (
    "Ask with curiosity and share your feeling: 'I felt hurt when … . What was going on for you?'"
)

_NEGATIVE_STATE = (
    r"(?:<LABEL>|mean|difficult|rude|cold|defensive|stubborn|angry|mad|upset|grumpy|annoying|"
    r"sensitive|dramatic|negative|obsessed|paranoid|jealous|weird|distant|late|loud|hostile|"
    r"critical|stingy|lazy|useless|careless)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="accusatory_question.how_could_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bhow\s+could\s+you(?!\s+(?:tell|know|see|guess|have\s+known|possibly\s+know|possibly\s+have|"
            r"afford|find|tell|fit|manage|have\s+guessed))\b(?:\s+[a-z']+)?)"
            r"|(?P<hit2>\bhow\s+dare\s+you\b)"
            r"|(?P<hit3>\bhow\s+can\s+you\s+(?:be\s+so|say|think|not|just|even|possibly\s+think|"
            r"do\s+this|do\s+that|stand\s+there|live\s+like)\b)"
            r"|(?P<hit4>\bhow\s+many\s+times\s+(?:do|have|did|must)\s+i\s+(?:have\s+to\s+)?"
            r"(?:tell|told|ask|asked|say|said|remind|explain)\b)"
            r"|(?P<hit5>\bhow\s+is\s+(?:that|this|it)\s+(?:fair|okay|ok|normal|acceptable)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "How could you do this to me?",
            "How dare you!",
            "How many times do I have to tell you?",
            "How can you be so selfish?",
        ),
        near_misses=(
            "How could you tell it was broken?",
            "How could you have known? Don't worry.",
            "How can you help me with this?",
        ),
        triggers=("could", "dare", "can", "times", "fair", "okay", "ok", "normal", "acceptable"),
        source="Accusatory questions (blame in question form).",
    ),
    Rule(
        id="accusatory_question.why_are_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bwhy\s+(?:are|were)\s+you\s+(?:always\s+|being\s+|acting\s+)?"
            r"(?:so|such\s+an?)\s+" + _NEGATIVE_STATE + r")"
            r"|(?P<hit2>\bwhy\s+(?:are|were)\s+you\s+(?:like\s+this|like\s+that|acting\s+like|"
            r"doing\s+this|doing\s+that|always|never|even\s+here|still\s+(?:here|talking|doing|mad)|"
            r"making\s+(?:this|it|such)|being\s+like\s+this|so\s+obsessed|turning\s+this)\b)"
            r"|(?P<hit3>\bwhy\s+(?:do|would|did|does)\s+you\s+(?:always|never|even|constantly|keep|"
            r"have\s+to|insist|bother|ever|continually|refuse)\b)"
            r"|(?P<hit4>\bwhy\s+can't\s+you\s+(?:ever|just|for\s+once|simply|ever\s+just)\b)"
            r"|(?P<hit5>\bwhy\s+(?:on\s+earth|the\s+hell|the\s+heck|in\s+the\s+world|the\s+fuck)\b)"
            r"|(?P<hit6>\bwhy\s+would\s+you\s+(?:do|say|risk|think|want|leave|buy|tell|let|go|lie|hide|keep|"
            r"invite|forget|spend|ignore|"
            r"ever)\b)"
            r"|(?P<hit7>\bwhy'd\s+you\s+(?:keep|hide|do|say|lie|go|leave)\b)"
            r"|(?P<hit8>\bwhy\s+should\s+i\s+(?:believe|trust|care|listen|bother|have\s+to|"
            r"apologi[sz]e)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why are you like this?",
            "Why are you so lazy?",
            "Why do you always do this?",
            "Why can't you ever just listen?",
            "Why would you lie to my sister?",
            "Why should I trust you this time?",
        ),
        near_misses=(
            "Why don't we order pizza?",
            "Why are you so happy today?",
            "Why did you choose this restaurant? I love it.",
        ),
        triggers=("why", "why'd"),
        source="Accusatory 'why' questions.",
    ),
    Rule(
        id="accusatory_question.what_is_wrong",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bwhat(?:'s|\s+is)\s+(?:wrong\s+with\s+you|your\s+problem|the\s+matter\s+with\s+you)\b|"
            r"\bwhat\s+the\s+(?:hell|heck|fuck)\b|\bwhat\s+were\s+you\s+thinking\b(?!\s+(?:of|about))|"
            r"\bwho\s+(?:does|do|would|says|talks)\s+(?:that|this|something\s+like\s+that)\b|"
            r"\bare\s+you\s+(?:serious(?!\s+about)|kidding\s+me|crazy|insane|stupid|deaf|blind|nuts|mad|"
            r"out\s+of\s+your\s+mind|for\s+real|even\s+listening|listening\s+to\s+yourself)\b|"
            r"\bdo\s+you\s+even\s+(?:listen|care|think|hear|try|notice|know)\b|"
            r"\bdo\s+you\s+ever\s+(?:listen|care|help|notice|try)\b|"
            r"\bhave\s+you\s+(?:lost\s+your\s+mind|gone\s+(?:mad|crazy))\b|"
            r"\bdid\s+i\s+ask\s+(?:for\s+)?(?:you|your)\b|\bwho\s+asked\s+(?:you|for\s+your)\b|"
            r"\bwho\s+(?:made|put)\s+you\s+in\s+charge\b|\bsince\s+when\s+do\s+you\b|"
            r"\bwhat\s+kind\s+of\s+(?:a\s+)?(?:person|partner|husband|wife|mother|father|friend|"
            r"parent|man|woman|boyfriend|girlfriend)\s+(?:does|would|says|forgets|leaves)\b|"
            r"\bever\s+thought\s+of\s+that\b|\bdon't\s+you\s+think\s+(?:you're|you\s+are|it's|that's|"
            r"you've|you\s+should)\b|\bdo\s+you\s+(?:really\s+)?(?:think|expect|believe)\s+"
            r"(?:that's|it's|this\s+is|that\s+is|i'm|i\s+am|i'd|i\s+would|i'll|i\s+will)\s+"
            r"(?:fair|okay|ok|acceptable|normal|going\s+to|gonna|stupid|an\s+idiot|your)\b|"
            r"\bis\s+it\s+(?:really\s+)?(?:too\s+much|so\s+hard)\s+to\s+ask\b|"
            r"\bdo\s+you\s+have\s+any\s+idea\b|\bwhat\s+did\s+you\s+expect\b|"
            r"\bcan't\s+i\s+(?:even|ever|just|make|have|do)\b|\bwhat\s+is\s+it\s+with\s+you\b|"
            r"\bwhat\s+are\s+you\s+(?:even\s+)?(?:talking\s+about|doing\s+with\s+your\s+life)\b|"
            r"\bwho\s+raised\s+you\b|\braised\s+in\s+a\s+barn\b|"
            r"\bwhy\s+(?:do|should|must)\s+i\s+(?:always\s+)?(?:have\s+to|be\s+the\s+one)\b|"
            r"\bhow\s+hard\s+(?:is|can)\s+it\s+(?:be\s+)?to\b|"
            r"\bcan't\s+you\s+(?:just|ever|even|simply)\b|\bwhy\s+don't\s+you\s+(?:try|ever|just)\b|"
            r"\bdo\s+you\s+(?:really\s+)?expect\s+(?:me\s+to|to)\b|\bis\s+(?:that|this)\s+(?:really\s+)?too\s+much\s+to\s+ask\b|"
            r"\b(?:i\s+)?can't\s+believe\s+you(?:'d|\s+would|'re\s+(?:doing|saying)|\s*[,.!])|"
            r"\bwithout\s+(?:even\s+)?asking\s+me\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "What is wrong with you?",
            "What were you thinking?",
            "Are you kidding me?",
            "Do you even listen?",
            "Did I ask for your opinion?",
            "Don't you think you're exaggerating?",
            "Can't I even choose my own shoes?",
            "Who raised you?",
            "Were you raised in a barn?",
            "Why do I have to do everything around here?",
            "how hard is it to text back??",
            "Can't you just drop it for one evening?",
            "Why don't you try listening for a change?",
            "Do you expect me to clean up after you forever?",
            "A thank-you now and then. Is that too much to ask?",
            "I can't believe you'd say that in front of my friends.",
            "You booked the flights without asking me?",
        ),
        near_misses=(
            "What were you planning?",
            "Do you even want dessert? No pressure.",
            "Are you serious about the job offer? That's great!",
            "Who does the cooking tonight?",
            "I can't believe you did it, congratulations!!",
        ),
        triggers=(
            "wrong",
            "problem",
            "matter",
            "hell",
            "heck",
            "fuck",
            "thinking",
            "who",
            "serious",
            "kidding",
            "crazy",
            "insane",
            "stupid",
            "deaf",
            "blind",
            "nuts",
            "mad",
            "mind",
            "real",
            "listening",
            "even",
            "ever",
            "lost",
            "gone",
            "ask",
            "asked",
            "charge",
            "since",
            "kind",
            "thought",
            "think",
            "expect",
            "believe",
            "much",
            "hard",
            "idea",
            "can't",
            "with",
            "talking",
            "life",
            "raised",
            "why",
            "how",
            "don't",
            "expect",
            "ask",
            "believe",
            "asking",
        ),
        source="Accusatory and rhetorical questions.",
    ),
    Rule(
        id="accusatory_question.rhetorical",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bwhy\s+are\s+you\s+(?:always\s+|being\s+)?so\s+(?:un|in|ir|im|dis)"
            r"(?!terest|spir|vest|trigu|depend|credib|nocent|formed|telligen|pressed|portant)[a-z]{4,}\b)"
            r"|(?P<hit2>\bwhy\s+is\s+it\s+so\s+(?:hard|difficult|impossible)\s+for\s+you\b)"
            r"|(?P<hit3>\bcan't\s+you\s+(?:do\s+anything|ever|even|simply)\b)"
            r"|(?P<hit4>\bwhat(?:'s|\s+is)\s+your\s+excuse\b|\bwtf(?:\s+(?:is|'s)\s+(?:your\s+problem|wrong\s+with\s+you))?\b|\bwhat\s+the\s+actual\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why are you so incapable of being on time?",
            "Why is it so hard for you to say sorry?",
            "Can't you do anything by yourself?",
            "What’s your excuse this time?",
            "wtf is wrong with u",
            "wtf is ur problem",
            "Lisa manages three kids and a job, what's your excuse?",
        ),
        near_misses=(
            "Why are you so interested in birds lately? Tell me!",
            "Can't you sleep? Want tea?",
        ),
        triggers=("why", "can't", "excuse", "wtf", "actual"),
        source="Accusatory and rhetorical questions.",
    ),
    Rule(
        id="accusatory_question.loaded",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bdo\s+you\s+ever\s+think\s+(?:about|of)\s+(?:anyone|anybody|someone|others|me|us)\b|"
            r"\bdo\s+you\s+(?:even\s+)?hear\s+yourself\b|\bdid\s+it\s+(?:ever\s+)?(?:occur\s+to\s+you|cross\s+"
            r"your\s+mind)\b|\bwhere\s+(?:exactly|the\s+hell|on\s+earth|the\s+heck)\s+were\s+you\b|"
            r"\bwhy\s+(?:does|do|did)\s+(?:<PARTNER>|he|she)\s+(?:always\s+)?(?:have\s+to|need\s+to|insist\s+on)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Do you ever think about anyone but yourself?",
            "Do you hear yourself right now?",
            "Did it ever occur to you that I might be worried?",
            "Where exactly were you, and why was your phone off?",
            "Why does my wife have to make everything so difficult?",
        ),
        near_misses=("Do you ever think about moving abroad?", "Where were you born?"),
        triggers=("think", "hear", "occur", "cross", "where", "why"),
        source="Accusatory and rhetorical questions.",
    ),
    Rule(
        id="accusatory_question.incredulous",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bhow\s+many\s+times\s+(?:are|am|is|r)\s+(?:we|i)\b|\bwhat\s+kind\s+of\s+(?:a\s+)?(?:person|"
            r"partner|husband|wife|mother|father|mum|mom|dad|friend|parent|man|woman|boyfriend|girlfriend)\s+"
            r"[a-z]+s\b|\bis\s+there\s+a\s+reason\s+you\s+(?:couldn't|can't|didn't|don't|won't|never)\b|"
            r"\bdo\s+you\s+(?:ever|even)\s+think\s+before\b|\bare\s+you\s+(?:completely\s+|totally\s+|just\s+)?"
            r"(?:incapable|unable)\s+of\b|\bwhy\s+(?:tf|the\s+fuck)\b|\bdid\s+you\s+even\s+[a-z]+\s*\?|"
            r"\bwhat\s+(?:on\s+earth|the\s+hell|in\s+the\s+world)\s+were\s+you\b|\bwhy\s+can't\s+you\s+(?:do|get)\s+"
            r"(?:one|a\s+single|anything)\b|\bwho\s+even\s+[a-z]+s\b|(?:^|(?<=[.!?]\s))who\s+(?:leaves|forgets|"
            r"does|says|buys|spends|invites|tells|brings|wears|forgot|left)\b[^.!?]*\band\s+[a-z]+s\b[^.!?]*\?|"
            r"\bwho\s+in\s+(?:their|his|her)\s+right\s+mind\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "how many times r we gonna have this convo",
            "What kind of father misses his son's first goal?",
            "Is there a reason you couldn't be bothered to call?",
            "Do you ever think before you open your mouth?",
            "Are you completely incapable of replacing a toilet roll?",
            "why tf would u tell her that",
            "Did you even try?",
            "What on earth were you thinking?!",
            "Why can't you do one single thing right?",
            "who even does that??",
            "Who leaves a pan on the hob and walks out?",
        ),
        near_misses=(
            "Who brings the cake on Saturday?",
            "Did you even see the sunset? It was gorgeous.",
        ),
        triggers=(
            "times",
            "kind",
            "reason",
            "think",
            "incapable",
            "unable",
            "tf",
            "fuck",
            "even",
            "earth",
            "hell",
            "world",
            "why",
            "who",
        ),
        source="Accusatory and rhetorical questions.",
    ),
)
