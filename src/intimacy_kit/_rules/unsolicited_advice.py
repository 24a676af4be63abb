"""Unsolicited advice: fixing instead of listening."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Hedge, Rule

_WHY = (
    "Jumping to a fix tells the other person their feelings are a problem to solve; most "
    "of the time they want to be heard first, and advice can sound like criticism."
)
_INSTEAD = "Listen and reflect first, then ask: 'Would it help to think it through together?'"

_FIX_VERBS = (
    r"(?:quit|leave|dump|break\s+up|tell|ignore|get\s+over|stop|move\s+on|try|go|see|do|talk|"
    r"find|get|take|let|forget|say|call|text|ask|walk\s+away|accept|apologi[sz]e|focus|relax|"
    r"block|delete|report|confront|consider|learn|think|start|change|be|put|make|switch|buy|"
    r"sell|eat|sleep|work|spend|save|use|pick|drop|cut|set|stand|grow)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="unsolicited_advice.just_do",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\byou\s+(?:should|could|need\s+to|have\s+to|gotta|ought\s+to|can)\s+"
            r"(?:really\s+|honestly\s+)?(?:just|simply)\s+" + _FIX_VERBS + r"\b)"
            r"|(?P<hit2>\byou\s+(?:just|simply|only)\s+(?:need|have|gotta|got)\s+to\b(?!\s+(?:sign|fill|click|press|"
            r"enter|bring|show|wait|plug|tap|scan|type|log|turn|add|pick|drop|pay|book|choose)\b))"
            r"|(?P<hit3>\bwhy\s+(?:don't\s+you|not)\s+(?:just|simply)\b)"
            r"|(?P<hit4>\ball\s+you\s+(?:have|need|gotta|got)\s+to\s+do\s+is\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You should just quit.",
            "You just need to relax more.",
            "Why don't you just leave him?",
            "All you have to do is ask for a raise.",
        ),
        near_misses=(
            "Would it help to talk it through?",
            "You should try the new ramen place.",
            "I just need to grab my coat.",
        ),
        triggers=("just", "simply", "only", "do"),
        hedge=Hedge.KEEP,
        source="Communication roadblocks: advising, solving.",
    ),
    Rule(
        id="unsolicited_advice.if_i_were_you",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bif\s+i\s+(?:were|was)\s+you\b(?!,?\s+i(?:'d|\s+would)\s+(?:be|feel)\s+(?:so\s+)?"
            r"(?:proud|happy|thrilled|excited|glad|delighted|exhausted|tired|upset|angry|annoyed|furious|"
            r"hurt|sad|worried|nervous|scared|gutted))|\bin\s+your\s+(?:shoes|position|place),?\s+"
            r"i(?:'d|\s+would)\b|\b(?:what|all)\s+you\s+(?:need|have|ought|gotta|should)\s+(?:to\s+)?"
            r"do\s+is\b|\byou\s+know\s+what\s+you\s+(?:should|need\s+to|ought\s+to|oughta)\s+do\b|"
            r"\btake\s+my\s+advice\b|\bmy\s+advice\s+(?:is|would\s+be|to\s+you)\b|"
            r"\bif\s+you\s+want\s+my\s+advice\b|\bif\s+you\s+ask\s+me\b|"
            r"\bthe\s+(?:answer|solution|fix)\s+is\s+(?:simple|easy|obvious)\b|"
            r"\bhave\s+you\s+(?:ever\s+)?(?:tried|thought\s+about|considered)\s+(?:just|simply|not)\b|"
            r"\byou'd\s+be\s+better\s+off\b|\byou're\s+better\s+off\b|"
            r"\b(?:easy|simple|quick|obvious)\s+(?:fix|solution|answer)\b|(?:^|(?<=[.!?]\s))simple[,:!]|"
            r"\byou(?:'d|\s+would)\s+be\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:happier|better\s+off|fine|"
            r"less\s+stressed|healthier)\s+if\s+you\b|"
            r"\byou're\s+[a-z]+\?\s+(?:just\s+)?(?:go|try|take|get|do|stop|have|eat|sleep)\b|"
            r"\bif\s+you(?:'d)?\s+(?:just|only)\s+[a-z]+[^.!?]{0,40}?,?\s+you\s+(?:wouldn't|would\s+not|'d\s+not|"
            r"won't)\b|\band\s+you'll\s+(?:feel|be)\s+(?:so\s+much\s+|much\s+)?(?:better|fine|happier)\b|"
            r"\btry\s+[a-z]+ing\b[^.!?]{0,30}?\b(?:fixes|solves|cures|works|helps)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "If I were you, I'd tell her off.",
            "What you need to do is talk to HR.",
            "Have you tried just ignoring it?",
            "Take my advice and drop it.",
            "Easy fix: stop lending your brother money.",
            "You’d be happier if you just moved out of that flat.",
            "You're stressed? Go for a run, seriously.",
            "If you'd just plan ahead, you wouldn't be so stressed.",
            "Simple, stop eating sugar and you'll feel better.",
            "Try meditating, it fixes everything.",
        ),
        near_misses=(
            "If I were you I'd be proud too!",
            "Have you tried the new cafe?",
            "What do you need me to do?",
        ),
        triggers=(
            "were",
            "was",
            "shoes",
            "position",
            "place",
            "do",
            "advice",
            "ask",
            "answer",
            "solution",
            "fix",
            "tried",
            "thought",
            "considered",
            "off",
            "simple",
            "happier",
            "better",
            "fine",
            "stressed",
            "healthier",
            "re",
            "just",
            "only",
            "feel",
            "try",
        ),
        hedge=Hedge.KEEP,
        source="Communication roadblocks: advising.",
    ),
    Rule(
        id="unsolicited_advice.maybe_you_should",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\b(?:maybe|perhaps)\s+you\s+(?:should|ought\s+to|need\s+to)\s+(?:just\s+|really\s+)?"
            r"(?:try\s+(?:to|and|being|not|harder)|stop|consider|learn|think|focus|take|get|start|see\s+"
            r"(?:a|someone|somebody)|talk\s+to|be\s+(?:more|less)|let|move|accept|grow|change|quit|"
            r"leave|lighten|relax|calm))"
            r"|(?P<hit2>\bi\s+(?:still\s+|really\s+|honestly\s+|just\s+)?think\s+you\s+(?:should|need\s+to|"
            r"ought\s+to)\s+(?:really\s+)?(?:consider|focus|stop|start|try\s+(?:to|harder)|learn|change|"
            r"get\s+help|see\s+someone|talk\s+to|apologi[sz]e|let\s+it\s+go|move\s+on|quit|leave|"
            r"think\s+about|grow|be\s+(?:more|less)))"
            r"|(?P<hit3>\byou\s+(?:really\s+)?need\s+to\s+(?:move\s+on|get\s+over|let\s+(?:it|him|her|"
            r"them|this|that)\s+go|stop\s+(?:worrying|thinking|dwelling|obsessing)))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Maybe you should try to get more sleep.",
            "Maybe you should stop worrying so much.",
            "I still think you should consider a different job.",
            "You really need to move on, mate.",
        ),
        near_misses=(
            "Maybe you should bring a jacket, it's cold.",
            "I think you should pick the blue one, it suits you.",
        ),
        triggers=("maybe", "perhaps", "think", "need"),
        hedge=Hedge.KEEP,
        source="Communication roadblocks: advising, moralising.",
    ),
    Rule(
        id="unsolicited_advice.quick_fix",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bproblem\s+solved\b|\bhere's\s+what\s+you\s+(?:do|should\s+do|need\s+to\s+do)\b)"
            r"|(?P<hit2>(?:^|(?<=[.!?,]\s)|(?<=[.!?,]))(?:honestly,?\s+|seriously,?\s+)?just\s+(?:ignore|quit|"
            r"leave\s+(?:him|her|them|it\s+alone)|dump|break\s+up\s+with|get\s+(?:a\s+new|over|rid\s+of)|tell\s+(?:him|her|them|your)|"
            r"stop\s+(?:worrying|caring|thinking|overthinking)|block|confront|delete)\b)"
            r"|(?P<hit3>\band\s+you\s+won't\s+(?:fail|have\s+(?:this|that|any)\s+problem|be\s+(?:so\s+)?"
            r"(?:stressed|tired|broke|late|lonely|anxious))\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Just ignore her, problem solved.",
            "Here's what you do: break up with her by text.",
            "Honestly, just get a new job.",
            "Just get over your fear and call them.",
            "Just tell your mum no. It's not hard.",
            "Next time just study harder and you won't fail.",
        ),
        near_misses=(
            "Just tell me when you're home, okay?",
            "Just leave the keys on the table, thanks!",
        ),
        triggers=("solved", "here", "just", "won't"),
        hedge=Hedge.KEEP,
        source="Communication roadblocks: advising, solving.",
    ),
    Rule(
        id="unsolicited_advice.fixing",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bjust\s+(?:take|try|go|get|do|stop|quit|ignore|drink|eat|sleep|exercise|meditate)\s+"
            r"(?:a|an|some|the|to|for|more|less|it)\b[^.!?]{0,30}?\b(?:and\s+stop(?:\s+[a-z]+ing)?|problem\s+solved|you'll\s+"
            r"(?:be|feel))\b|\bhere's\s+the\s+thing(?:\s+though)?\s*[:,]\s*you\b|"
            r"\bhave\s+you\s+tried\b[^.!?]{0,12}?\bnot\s+[a-z]+ing\b|"
            r"\byou(?:'d|\s+would)\s+feel\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?better\s+if\s+you\b|"
            r"\bnot\s+to\s+be\s+that\s+(?:person|guy|girl)\b|\bchanged\s+my\s+life,?\s+just\s+saying\b|"
            r"\b(?:the\s+)?answer(?:'s|\s+is)\s+(?:obvious|simple|easy)\b|"
            r"\bshould\s+(?:def|definitely|really|honestly|totally|seriously)\s+just\b|"
            r"\bwould\s+solve\s+all\s+of\s+(?:this|that|your)\b|"
            r"\bif\s+you(?:'d|\s+had)\s+(?:just\s+)?[a-z]+ed\b[^.!?]{0,40}?\byou\s+wouldn't\s+be\b|"
            r"\b(?:<PARTNER>|he|she)\s+(?:really\s+)?needs\s+to\s+just\b|\bjust\s+take\s+a\s+\w+\s+and\s+stop(?:\s+[a-z]+ing)?\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "omg just take a melatonin and stop moaning",
            "I know you're upset. Here's the thing though: you need to set boundaries.",
            "Have you tried, like, not worrying so much?",
            "Honestly, you'd feel better if you just went to the gym.",
            "Not to be that person, but a budgeting app would solve all of this.",
            "My girlfriend really needs to just cut her mum off, I keep telling her.",
            "Crying about work again? Meditation changed my life, just saying.",
            "The answer's obvious: sell the car.",
            "u should def just quit, ur boss is awful",
            "Well, maybe if you'd planned ahead you wouldn't be in this mess.",
        ),
        near_misses=(
            "Just take a seat, dinner's nearly ready.",
            "The answer is on page 12, I checked.",
        ),
        triggers=(
            "just",
            "thing",
            "tried",
            "better",
            "person",
            "guy",
            "girl",
            "life",
            "answer",
            "solve",
            "if",
            "needs",
        ),
        hedge=Hedge.KEEP,
        source="Communication roadblocks: advising, solving.",
    ),
    Rule(
        id="unsolicited_advice.prescribe",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bmy\s+advice\s*[?:]|\byou\s+need\s+to\s+be\s+(?:way\s+|much\s+|a\s+lot\s+|so\s+much\s+)?"
            r"more\s+[a-z]+|\bhave\s+you\s+tried\b[^.!?]{0,12}\bjust\b|\bjust\s+don't\s+let\s+(?:it|them|"
            r"him|her)\s+get\s+to\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "My advice? Drop that whole friend group.",
            "Sounds like you need to be way more assertive with your boss.",
            "Have you tried, like, just going to bed earlier?",
            "Just don't let it get to you.",
        ),
        near_misses=("Can I ask your advice about my CV?", "Have you tried the new bakery yet?"),
        triggers=("advice", "more", "tried", "let"),
        hedge=Hedge.KEEP,
        source="Communication roadblocks: advising.",
    ),
)
