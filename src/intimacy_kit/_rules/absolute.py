"""Absolutes: one event turned into a verdict about the partner ("you never listen")."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule

_WHY = (
    "Words like 'always' and 'never' turn one event into a verdict about the person, so "
    "the listener argues with the exaggeration instead of hearing what hurt."
)
_INSTEAD = "Name one specific time and what you felt: 'Last night, when …, I felt …'."

# After "always", a pleasant verb phrase makes the absolute a compliment.
_KIND_AFTER_ALWAYS = (
    r"(?:make|makes|made|know|knows|have\s+my\s+back|are\s+there|there|here\s+for|were\s+there|have\s+been\s+there|"
    r"help|helps|support|supported|manage|find\s+a\s+way|look\s+(?:great|good|amazing|lovely|nice|"
    r"beautiful|handsome)|remember|surprise|cheer|brighten|come\s+through|take\s+care|put\s+(?:me|us)|"
    r"think\s+of|listen\s+(?:so|really)|been\s+(?:so\s+)?(?:kind|good|there|patient|supportive)|"
    r"so\s+(?:kind|sweet|thoughtful|generous|patient|caring|supportive|good)|inspire|amaze|"
    r"welcome|encourage|believe\s+in|forgive|laugh\s+at\s+my|get\s+me|understand)"
)
# After "never", an unpleasant verb phrase makes the absolute a compliment.
_KIND_AFTER_NEVER = (
    r"(?:fail|let\s+me\s+down|complain|judge|give\s+up|stop\s+(?:trying|caring|loving|amazing|"
    r"surprising|making|supporting|believing)|disappoint|hurt|raise\s+your\s+voice|blame|criticize|"
    r"criticise|yell|cease|miss\s+a|forget\s+(?:my|our|a\s+birthday|to\s+(?:call|text|ask))|"
    r"make\s+me\s+feel\s+(?:small|bad|stupid|unwelcome)|have\s+to\s+(?:ask|worry)|lie|cheat|"
    r"leave\s+me\s+(?:out|alone|hanging)|say\s+no|run\s+out\s+of|lose|waver|doubt|hesitate|"
    r"take\s+me\s+for\s+granted|let\s+(?:me|us)\s+(?:down|go\s+hungry)|regret|forget\s+how|"
    r"know\s+(?:how\s+(?:much|grateful|happy|thankful|proud|lucky)|what\s+(?:it\s+)?means|if|until|unless|"
    r"what\s+you\s+might|till)|stop\s+being\s+you|be\s+['\"]?(?:in\s+the\s+way|alone|a\s+burden|too\s+much)|"
    r"have\s+to\s+(?:apologi[sz]e|worry|ask|explain|thank|hide|pretend|be\s+(?:sorry|afraid|perfect)))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="absolute.always",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are|'ve|\s+have|\s+just|\s+really|\s+literally|\s+seriously)*"
            r"\s+<ALWAYS>(?!\s+" + _KIND_AFTER_ALWAYS + r")(?:\s+(?:so|just|too))?\s+[a-z']+)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You always leave your dishes in the sink.",
            "you're always on your phone",
            "You constantly interrupt me.",
            "U r ALWAYS late!!",
            "You are forever forgetting my birthday.",
            "You slam the door like you always do when money comes up.",
        ),
        near_misses=(
            "You always make me laugh.",
            "You always know how to cheer me up.",
            "The bus is always late on Mondays.",
            "I always forget my keys.",
            "You're always there for me.",
        ),
        triggers=("always", "constantly", "forever", "continually", "perpetually", "time", "day"),
        source="Cognitive distortion 'overgeneralisation'; Gottman's criticism often opens "
        "with 'you always'.",
    ),
    Rule(
        id="absolute.never",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are|'ve|\s+have|\s+just|\s+really|\s+literally|\s+seriously|"
            r"\s+can|\s+could|\s+will|'ll|\s+would|'d)*"
            r"\s+<NEVER>(?:,?\s+ever)?(?:\s+(?:even|once|actually|really|properly|bother\s+to))*"
            r"(?!\s+" + _KIND_AFTER_NEVER + r")\s+[a-z']+)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You never listen to me!",
            "you NEVER help with the dishes",
            "U never call me back.",
            "You've never once asked how my day was.",
            "you never even bothered to text",
            "You can never just let it go.",
            "You haven't once cleaned the bathroom since we moved in.",
            "You can't ever just let me finish a sentence.",
        ),
        near_misses=(
            "You never fail to make me smile.",
            "You never complain, and I love that.",
            "The train never comes on time.",
            "I never know what to cook.",
            "You never let me down.",
            "You never have to apologise for being tired.",
            "I can't ever thank you enough.",
        ),
        triggers=("never", "once", "ever"),
        source="Cognitive distortion 'overgeneralisation'.",
    ),
    Rule(
        id="absolute.every_time",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:every\s+(?:single\s+)?time|whenever|each\s+time)\s+(?:i|we)\b"
            r"[^.!?;]{1,60}?,?\s+you\s+(?:just\s+|always\s+)?"
            r"(?!(?:i|we|and|so|too|again|more|there|here|at|in|on|for|with|to|i'm|my)\b)[a-z']+)"
            r"|(?P<hit2>\byou\s+(?:do|did|say|said|pull|make|use|bring\s+up|start|pick)\s+(?:this|that|it|the\s+"
            r"same\s+(?:thing|excuse|line))\s+every\s+(?:single\s+)?time\b)"
            # "You interrupt me every time I speak": the habit, before the moment it meets
            r"|(?P<hit3>\byou\s+(?:just\s+)?(?:interrupt|ignor|check|roll|walk|storm|leav|left|"
            r"bring|brought|chang|critici[sz]|complain|disappear|sulk|shout|yell|snap|cut|mock|"
            r"correct|argu|sigh|blam|bail|cancel|forg[eo]t|lectur|nag|moan|whin|glar|scoff|"
            r"get\s+(?:angry|mad|defensive|drunk|annoyed|upset|weird)|go\s+(?:quiet|silent))"
            r"[a-z']*(?:\s+[a-z']+){0,3}?\s+every\s+(?:single\s+)?time)(?=\s+(?:i|we)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Every time I ask, you disappear.",
            "every single time we go out you get drunk",
            "Whenever I bring it up, you change the subject.",
            "You do this every single time.",
            "You interrupt me every time I open my mouth.",
        ),
        near_misses=(
            "Every time I see you I smile.",
            "You make me laugh every time I see you.",
            "You cook dinner every time I work late, thank you.",
            "Whenever we travel I get so excited.",
            "Every time the phone rings the dog barks.",
        ),
        triggers=("time", "whenever"),
        source="Overgeneralisation across occasions.",
    ),
    Rule(
        id="absolute.again_and_again",
        category=Category.ABSOLUTE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\byou(?:'ve|\s+have|'re|\s+are|\s+did|\s+do)?\s+(?:[a-z']+\s+){0,7}?"
            r"(?:again\s+and\s+again|over\s+and\s+over(?:\s+again)?|yet\s+again|again\s*!))"
            r"|(?P<hit2>\byou\s+(?:just\s+)?(?:keep|kept)\s+(?:on\s+)?"
            r"(?!making\s+me\s+(?:laugh|smile|happy)|getting\s+better|surprising|amazing|inspiring|"
            r"improving|trying|going|growing|learning)[a-z]+ing\b)"
        ),
        message=_WHY,
        suggestion="Talk about this time only, and what you would like next time.",
        examples=(
            "You've left your boots in the hallway again!",
            "you keep interrupting me",
            "You did it yet again.",
            "You forget my birthday over and over.",
        ),
        near_misses=(
            "You keep making me laugh.",
            "Can you say that again?",
            "You keep getting better at this!",
            "Let's try again tomorrow.",
        ),
        triggers=("again", "over", "keep", "kept"),
        source="Overgeneralisation by repetition.",
    ),
    Rule(
        id="absolute.nothing_everything",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+(?:[a-z']+\s+){0,2}?(?:never|can't|don't|won't|didn't|couldn't|"
            r"do\s+not|cannot)\s+(?:[a-z']+\s+){0,2}?(?:anything|a\s+thing)\s+"
            r"(?:right|properly|for\s+(?:me|us|anyone|this\s+family)|around\s+(?:here|the\s+house)|"
            r"to\s+help))"
            r"|(?P<hit2>\byou\s+(?:just\s+|always\s+)?(?:ruin|ruined|ruins|wreck|wrecked|spoil|spoiled|"
            r"spoilt|mess\s+up|messed\s+up|question|criticize|criticise|complain\s+about|"
            r"forget|forgot)\s+everything\b)"
            r"|(?P<hit3>\b(?:everything|it)(?:'s|\s+is|\s+has\s+to\s+be|\s+always\s+has\s+to\s+be)"
            r"\s+(?:always\s+|all\s+|just\s+)*(?:about\s+you|you\s+and\s+your)\b)"
            r"|(?P<hit4>\byou\s+do\s+(?:absolutely\s+)?nothing\b)"
            r"|(?P<hit5>\bnothing\s+i\s+(?:do|say)\s+is\s+ever\b)"
            r"|(?P<hit6>\ball\s+you\s+(?:ever\s+)?(?:do|did|care\s+about|think\s+about|talk\s+about)\s+"
            r"(?:is|was)\b)"
        ),
        message=_WHY,
        suggestion="Say what you needed in this situation, not what the person never does.",
        examples=(
            "You can't do anything right.",
            "you ruin everything",
            "Everything is always about you.",
            "You do nothing around here.",
            "Nothing I do is ever good enough for you.",
            "All you ever do is complain.",
        ),
        near_misses=(
            "You didn't miss anything, the film was dull.",
            "You make everything more fun.",
            "I can't find anything in this fridge.",
        ),
        source="Overgeneralisation ('all or nothing').",
    ),
    Rule(
        id="absolute.dont_even_try",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+(?:just\s+|really\s+)?(?:don't|do\s+not|didn't|won't|never)\s+even\s+"
            r"(?:try|bother|care|notice|look|listen|ask|see|think|pretend|help|know)\b)"
        ),
        message=_WHY,
        suggestion="Describe what happened and ask for the effort you want to see.",
        examples=("You don't even try.", "you didn't even bother to ask", "You don't even notice."),
        near_misses=("Don't even worry about it!", "I don't even know where to start."),
        triggers=("even",),
        source="Overgeneralising a lack of effort.",
    ),
    Rule(
        id="absolute.pattern_of",
        category=Category.ABSOLUTE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>(?:^|(?<=[.!?]\s)|(?<=[.!?]))always\s+(?:so\s+|such\s+)?(?:a|an|the|[a-z]+ing)\b)"
            r"|(?P<hit2>(?:^|(?<=[.!?]\s)|(?<=[.!?]))again(?:,\s+[a-z]+)?\s*\?)"
            r"|(?P<hit3>\bwhy\s+(?:are|is|do|does|did)\b[^.!?]{0,50}?\bagain\s*\?)"
            r"|(?P<hit4>\b(?:this|that)\s+isn't\s+the\s+first\s+time\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Always a joke instead of an answer...",
            "Again, Isabelle? Your stuff is everywhere.",
            "Sam, why are the towels on the bathroom floor again?",
            "And that isn't the first time you forgot the keys.",
        ),
        near_misses=(
            "Always happy to help!",
            "Can we meet again next week?",
            "Again, thank you so much!",
        ),
        triggers=("always", "again", "first"),
        source="Overgeneralisation without a subject.",
    ),
    Rule(
        id="absolute.same_thing",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bnot\s+(?:once|one\s+time)\s+(?:have|did|has|do)\s+you\b)"
            r"|(?P<hit2>\b(?:it's|it\s+is)\s+(?:always\s+)?the\s+same\s+(?:thing|story|old\s+\w+)"
            r"(?=\s*(?:[,.!]|$|with\s+you|every|again)))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Not once have you asked how my day was.",
            "Every weekend it's the same thing, you disappear into your games.",
        ),
        near_misses=("It's the same thing I ordered last time, yum.",),
        triggers=("once", "time", "same"),
        source="Overgeneralisation.",
    ),
    Rule(
        id="absolute.pattern",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bmy\s+(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse)\s+"
            r"(?:always|never|constantly)\s+(?!"
            + _KIND_AFTER_NEVER
            + r"|"
            + _KIND_AFTER_ALWAYS
            + r")[a-z']+)"
            r"|(?P<hit2>\bnot\s+(?:a\s+)?(?:single|one)\s+\w+\s+(?:has|have|was|did|got)\b)"
            r"|(?P<hit3>\blike\s+(?:the\s+)?(?:last|other)\s+(?:\w+\s+)?times\b|\bwithout\s+fail\b|"
            r"\bnowhere\s+to\s+be\s+(?:found|seen)\b|\banother\s+\w+,\s+another\b)"
            r"|(?P<hit4>\byou(?:'re|\s+are)\s+\w+\s+every\s+(?:single\s+)?time\b)"
            r"|(?P<hit5>\byou\s+(?:\w+\s+)?(?:don't|never|won't|didn't|do\s+not)\s+(?:help|contribute|pay|"
            r"clean|cook|plan|organi[sz]e|remember|care\s+about|do)\s+(?:with\s+|for\s+)?anything\b)"
            r"|(?P<hit6>\bfor\s+the\s+(?:past|last)\s+(?:few|three|two|five|ten|\d+)\s+(?:years|months)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "My husband never lifts a finger around the house.",
            "Not a single dish has been washed by you since Easter.",
            "Let me guess, you 'forgot' again. Like the last fifty times.",
            "Whenever there's a bill to pay, you're nowhere to be found.",
            "Another Friday, another last-minute cancellation from you. Shocking.",
            "Honestly, you don't help with anything in this flat, ever.",
        ),
        near_misses=(
            "She never misses a match, she loves football.",
            "Not a single cloud in the sky today!",
            "You didn't miss anything, the film was dull.",
        ),
        triggers=(
            "always",
            "never",
            "constantly",
            "single",
            "one",
            "times",
            "fail",
            "nowhere",
            "another",
            "every",
            "anything",
            "past",
            "last",
        ),
        source="Overgeneralisation, about the partner spoken to or about.",
    ),
    Rule(
        id="absolute.even_once",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bremind\s+me\s+when\s+you\s+last\b|\bi'll\s+wait\s*[.!]|\bby\s+you,?\s+even\s+once\b|"
            r"\b(?:it's|it\s+is)\s+(?:always\s+)?the\s+same\s+with\s+you\b|"
            r"\byou\s+(?:blow|spend|waste|drink|lose)\s+every\s+(?:penny|cent|dime|pound|single)\b|"
            r"\b(?:one|a\s+single)\s+\w+\s+without\s+(?:checking|looking\s+at|touching|complaining|"
            r"mentioning|interrupting)\b|\byou,?\s+even\s+once\s*[.!?])"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Remind me when you last did the school run? I'll wait.",
            "I'd love to know what it's like to be listened to by you, even once.",
            "Every single weekend it's the same with you: golf first, family last.",
            "You blow every penny the second it lands.",
            "It'd be nice if you got through one sentence without checking your phone.",
        ),
        near_misses=("Remind me when the train leaves?", "I'll wait for you at the station."),
        triggers=("remind", "wait", "once", "same", "every", "without"),
        source="Overgeneralisation and sarcasm about a pattern.",
    ),
    Rule(
        id="absolute.always_happens",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>(?:^|(?<=[.!?]\s))again\s*[.!](?!\.)|\bevery\.?\s+single\.?\s+time\b|"
            r"\bevery\s+(?:single\s+)?(?:time|day|weekend|week|night)\s+(?:it's\s+\w+\s+)?with\s+you\b|"
            r"\bwhenever\s+[^.!?]{3,60}?,\s+you\s+(?:find|always|somehow|manage|make|start|get|turn)\b|"
            r"\byou\s+(?:don't|never)\s+ever\s*[.!]|\byou're\s+the\s+(?:kind|sort|type)\s+of\s+(?:person|guy|"
            r"girl|man|woman)\s+who\b|\byou\s+haven't\s+\w+\s+(?:one|a\s+single)\s+\w+\s+in\s+(?:\w+\s+)?"
            r"(?:years|months|weeks)\b|\bnothing\s+i\s+(?:say|do)\s+ever\b|\bthis\s+always\s+happens\s+(?:when|with|whenever|every\s+time)\s+(?:you|your)\b|"
            r"\b(?:he|she)(?:'s|\s+is)?\s+(?:always|never|constantly)\s+(?:on\s+at\s+me|finds|complaining|"
            r"moaning|nagging|late|forgets|criticising|criticizing|picking|starting)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're late. Again.",
            "every. single. time. you do this",
            "We agree on a plan, then you change it last minute. Same thing every time with you.",
            "he ALWAYS finds an excuse to skip my family stuff",
            "Whenever something good happens to me, you find a way to make it about you.",
            "Can't remember the last time you said sorry. Oh wait, that's because you don't ever.",
            "You're the kind of person who drops people the minute they stop being useful.",
            "You haven't remembered one anniversary in six years.",
            "Nothing I say ever gets through to you.",
            "This always happens when your mates are around.",
            "She's always on at me about something or other.",
        ),
        near_misses=("Let's try again.", "This always happens in spring, the garden explodes!"),
        triggers=(
            "again",
            "single",
            "time",
            "day",
            "weekend",
            "week",
            "night",
            "whenever",
            "ever",
            "kind",
            "sort",
            "type",
            "haven",
            "nothing",
            "always",
            "never",
            "constantly",
        ),
        source="Overgeneralisation.",
    ),
)
