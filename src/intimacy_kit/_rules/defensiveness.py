"""Defensiveness: denying responsibility, excuses and counter-attacks."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Hedge, Rule

_WHY = (
    "Defending yourself or firing back tells the other person their concern does not "
    "count; the conversation becomes a contest of who is to blame."
)
_INSTEAD = "Take responsibility for even a small part: 'You're right that I …; I'm sorry.'"

RULES: tuple[Rule, ...] = (
    Rule(
        id="defensiveness.not_my_fault",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?<!\bwas\s)(?P<hit>\b(?:it's|it\s+is|it\s+was|it\s+wasn't|that's|this\s+is|this\s+isn't)?"
            r"\s*(?:not|n't)\s+my\s+fault\b)"
            r"|(?P<hit2>\bnot\s+my\s+(?:fault|problem|job|responsibility)\b)"
            r"|(?P<hit3>\bdon't\s+(?:blame|put\s+this\s+on|pin\s+this\s+on)\s+me\b)"
            r"|(?P<hit4>\b(?:why\s+is\s+it|so\s+now\s+it's|of\s+course\s+it's|oh,?\s+so\s+it's|"
            r"so\s+it's)\s+(?:always\s+)?my\s+fault\b|\bhow\s+is\s+(?:this|that|it)\s+my\s+fault\b)"
            r"|(?P<hit5>\bi\s+(?:didn't|did\s+not)\s+do\s+anything(?:\s+wrong)?\b|\bi've\s+done\s+"
            r"nothing\s+wrong\b|\bwhat\s+did\s+i\s+do\s+(?:now|wrong)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It's not my fault you forgot.",
            "Don't blame me!",
            "So now it's my fault?",
            "I didn't do anything wrong.",
            "What did I do now?",
        ),
        near_misses=(
            "It was my fault, I'm sorry.",
            "It wasn't your fault, really.",
            "I don't know if it's my turn.",
        ),
        triggers=(
            "fault",
            "problem",
            "job",
            "responsibility",
            "blame",
            "put",
            "pin",
            "anything",
            "nothing",
            "wrong",
            "now",
        ),
        source="Gottman: defensiveness (denying responsibility).",
    ),
    Rule(
        id="defensiveness.counter_attack",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou're\s+not\s+(?:exactly\s+)?(?:perfect|innocent|a\s+saint|blameless|"
            r"an\s+angel)(?:\s+either)?\b|\byou're\s+one\s+to\s+talk\b|\bneither\s+are\s+you\b|"
            r"\bwhat\s+about\s+(?:when\s+you|the\s+time\s+you|you\s*\?\s*(?:you|i)\b|your\s+(?:mistakes|"
            r"behaviou?r|mess|attitude|temper|phone|drinking|spending|family|friends))\b|"
            # "I feel like you never…" is a faux feeling, not a counter-attack.
            r"(?<!\bfeel\s)(?<!\bfeels\s)(?<!\bfelt\s)\blike\s+you(?:'ve|\s+have)?\s+never\s+[a-z]+|\byou\s+do\s+it\s+too\b|"
            r"\byou\s+(?:did|do|started)\s+it\s+first\b|\bbut\s+you\s+(?:[a-z']+\s+){0,3}?"
            r"(?:too|either|as\s+well)\s*[.!?]|"
            r"\bi'm\s+not\s+the\s+one\s+(?:who|that|starting|being|making|doing)\b|"
            r"\byou\s+started\s+it\b|\byou're\s+the\s+one\s+who\b|"
            r"\bwell,?\s+you\s+(?:[a-z']+\s+){0,3}?too\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Well, you're not perfect either.",
            "What about when you forgot my birthday?",
            "Like you've never been late in your life.",
            "I'm not the one who forgot the tickets.",
            "You're the one who wanted to move here!",
        ),
        near_misses=(
            "What about you, how was your day?",
            "You're the one I want to grow old with.",
            "I love you too!",
        ),
        triggers=(
            "perfect",
            "innocent",
            "saint",
            "blameless",
            "angel",
            "talk",
            "neither",
            "about",
            "never",
            "too",
            "first",
            "either",
            "well",
            "one",
            "started",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: defensiveness (counter-attack, 'whataboutism').",
    ),
    Rule(
        id="defensiveness.excuse",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bi(?:'m|\s+am|\s+was)\s+(?:just|only|simply)\s+trying\s+to\s+(?:help|be\s+"
            r"(?:nice|helpful|honest|supportive)|look\s+out|protect|do\s+the\s+right|make\s+things|"
            r"get\s+you|point\s+out|give\s+you|be\s+close)\b|"
            r"\bi\s+was\s+(?:just|only)\s+(?:joking|kidding|saying|being\s+honest|teasing)\b|"
            r"\bcan't\s+you\s+take\s+a\s+joke\b|\bi\s+never\s+asked\s+you\s+to\b|"
            r"\bi\s+didn't\s+ask\s+(?:you\s+to|for\s+(?:your|this|that))\b|"
            r"\b(?:well,?\s+)?sorry\s+for\s+(?:not\s+being\s+(?:at\s+your\s+beck\s+and\s+call|perfect|a\s+mind\s+reader|"
            r"psychic)|not|existing|breathing|living|caring|trying)\b|"
            r"\bexcuse\s+me\s+for\s+(?:living|breathing|caring|trying|having)\b|"
            r"\bi'm\s+sorry\s+(?:that\s+)?you\s+(?:feel|felt)\s+(?:that\s+way|like\s+that|so)\b|"
            r"\bsorry\s+you\s+(?:feel|felt)\s+that\s+way\b|"
            r"\b(?:now|so)\s+i'm\s+the\s+(?:bad\s+guy|villain|problem|monster|enemy)\b|"
            r"\bi\s+didn't\s+say\s+that\b|\bthat's\s+not\s+what\s+i\s+said\b|"
            r"\byes,?\s+but\s+you\b|\byeah,?\s+but\s+you\b|\bi\s+had\s+no\s+choice\b|"
            r"\bwhat\s+was\s+i\s+supposed\s+to\s+do\b|\bi\s+can't\s+help\s+it\s+if\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Hey, I was only trying to help with the move.",
            "I was just joking, can't you take a joke?",
            "I never asked you to pick me up.",
            "Well, sorry for not answering within five minutes.",
            "I'm sorry you feel that way.",
            "Great, so now I'm the villain.",
        ),
        near_misses=(
            "I'm sorry I hurt you.",
            "I was just thinking about you!",
            "I'm trying to help my sister move this weekend.",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: defensiveness (excuses, innocent victim stance).",
    ),
    Rule(
        id="defensiveness.denial",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bit\s+wasn't\s+me\b(?=\s*(?:[,.!;]|$))|\bthat's\s+(?:not\s+true|a\s+lie|not\s+what\s+happened)\b|"
            r"\bwhat\s+more\s+do\s+you\s+want\b|\bi\s+(?:already\s+)?said\s+(?:i'm\s+|i\s+was\s+)?sorry\b|"
            r"\byou're\s+blaming\s+me\b|\bblam(?:e|ing)\s+me\s+for\s+everything\b|"
            r"\byou\s+do\s+(?:the\s+same|it|that)(?:\s+thing)?\s+(?:too|tho|though|as\s+well|all\s+the\s+time)\b|"
            r"\bi\s+(?:had|have|do|did|work|worked|was|am|'m)\b[^.!?]{0,30}?\btoo,?\s+you\s+know\b|"
            r"\bif\s+you(?:'d|\s+had)\s+(?:just\s+|only\s+|actually\s+)?[a-z]+\b[^.!?]{0,60}?\bi\s+"
            r"(?:wouldn't|would\s+not|'d\s+not|would\s+never)\s+have\b|"
            r"\bblam(?:e|ing)\s+(?:it|this|that)\s+on\s+(?:me|my)\b|"
            r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))so,?\s+now\s+i'm\b|\bso,?\s+i\s+(?:don't|can't|never)\b[^.!?]{0,40}?\bnow\s*[?!]|"
            r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))(?:well,?\s+)?neither\s+(?:is|are|do|did|have|was|were)\b|"
            r"\byou're\s+not\s+exactly\s+(?:a|an|the)(?:\s+(?:shining\s+)?(?:example|model|picture|paragon)\s+of"
            r"(?:\s+[a-z]+){1,2}?(?:\s+yourself)?(?=\s*[.!?,]))?\b|\bi\s+don't\s+owe\s+you\b|"
            r"\byou(?:'re|\s+are)\s+not\s+the\s+only\s+one\b|\bare\s+you\s+(?:implying|saying|suggesting)\s+"
            r"(?:that\s+)?i(?:'m|\s+am)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It wasn't me, it was the stupid app.",
            "That's not true, I always do the dishes.",
            "I said sorry, what more do you want?",
            "Here we go, you're blaming me for everything again.",
            "you do the same thing tho",
            "I had a hard day too, you know.",
            "Well, if you'd told me earlier I wouldn't have been late.",
            "Blaming this on me, as usual.",
            "So now I'm selfish? Unbelievable.",
            "So I don't care about the kids now? Nice.",
            "Neither is lying about the credit card.",
            "You're not exactly a role model yourself.",
            "I don't owe you an explanation for every euro!",
            "You're not the only one who's tired, you know.",
            "Are you saying I'm a bad mother?",
        ),
        near_misses=(
            "It wasn't me who called, it was my sister.",
            "I'm glad you do the same thing at work, it helps.",
            "If you'd told me, I would have come too!",
        ),
        triggers=(
            "me",
            "true",
            "lie",
            "happened",
            "want",
            "sorry",
            "blaming",
            "blame",
            "tho",
            "though",
            "well",
            "time",
            "know",
            "if",
            "now",
            "neither",
            "exactly",
            "owe",
            "only",
            "implying",
            "saying",
            "suggesting",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: defensiveness (denial, counter-complaint).",
    ),
    Rule(
        id="defensiveness.innocence",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bi\s+was\s+(?:literally\s+|only\s+)?just\s+(?:sitting|standing|doing|asking|saying|"
            r"minding|trying|being)\b|\bi\s+only\s+(?:had|did|said|spent|took|asked)\s+(?:one|two|three|"
            r"a\s+couple|a\s+few|a\s+little|like\s+\w+)\b|"
            r"\bhow\s+was\s+i\s+supposed\s+to\s+know\b|\bi\s+did\s+nothing\s+wrong\b|"
            r"\b(?:yeah|yes),?\s+well,?\s+you(?:'re\s+no\s+(?:saint|angel|picnic|prize|peach)(?:\s+yourself)?)?\b|\bwhy\s+is\s+it\s+always\s+me\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "i was literally just sitting here",
            "I only had two drinks, it's not a big deal.",
            "How was I supposed to know?",
            "I did nothing wrong, so stop looking at me like that.",
            "Yeah, well, you forgot our anniversary last year.",
            "why is it always me who gets blamed 🙄",
        ),
        near_misses=("I only had time for a quick lunch.", "I was just thinking of you!"),
        triggers=("literally", "just", "only", "supposed", "nothing", "well", "always"),
        hedge=Hedge.KEEP,
        source="Gottman: defensiveness (innocent victim, counter-complaint).",
    ),
    Rule(
        id="defensiveness.deflect",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\b(?:it's|that's|it\s+is)\s+not\s+on\s+me\s+(?:that|if)\b|\bi\s+don't\s+remember\s+you\s+complaining\b|"
            r"\blet's\s+not\s+pretend\b|(?:^|(?<=[.!?,]\s)|(?<=[.!?,]))(?:it\s+)?wasn't\s+me\b(?=\s*(?:[,.!]|$|lol))|"
            r"\bi\s+wouldn't\s+have\s+[a-z]+(?:ed)?\s+if\s+you(?:\s+(?:hadn't|had\s+not|didn't)\s+(?:started|begun|"
            r"provoked\s+me|pushed\s+me|kept\s+on)(?:\s+(?:it|this|that))?)?\b|\bblame\s+the\s+(?:husband|wife|"
            r"boyfriend|girlfriend|partner)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It’s not on me that you didn’t check the email, I sent it twice! 🤷",
            "Funny, I don't remember you complaining when you were eating the takeaway I paid for.",
            "Yes, I was late. But the traffic was insane, so let's not pretend.",
            "wasnt me lol, u left it unlocked",
            "I wouldn't have yelled if you hadn't started it.",
            "Here we go, blame the husband again.",
        ),
        near_misses=(
            "The bill is not on me this time, it's on the company!",
            "It wasn't me who won, it was my sister.",
        ),
        triggers=("on", "remember", "pretend", "wasn't", "wasnt", "wouldn't", "blame"),
        hedge=Hedge.KEEP,
        source="Gottman: defensiveness (deflecting, counter-blame).",
    ),
    Rule(
        id="defensiveness.justify",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\ball\s+i\s+(?:did|was\s+doing|wanted|asked)\s+was\b|\byou\s+twist(?:ed|ing)?\s+(?:it|this|"
            r"that|my\s+words|everything)\b|\blet's\s+not\s+forget\s+(?:when|the\s+time|that)\s+you\b|"
            r"\bit's\s+not\s+like\s+i\s+(?:don't\s+know|didn't\s+(?:try|know|help|ask)|can't|wasn't\s+trying|"
            r"haven't\s+tried|never)\b|"
            r"\bthat's\s+not\s+the\s+point\b|\bi\s+was\s+in\s+a\s+rush,?\s+okay\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "So it's a problem now? All I did was offer to help.",
            "You twist everything I say.",
            "Let's not forget when you sold my guitar.",
            "It's not like I don't know where my things are.",
            "That's not the point, Sam. This is our kitchen too.",
        ),
        near_misses=(
            "All I did today was sleep, it was glorious.",
            "It's not like I didn't enjoy it, I did!",
        ),
        triggers=("all", "twist", "twisted", "twisting", "forget", "like", "point", "rush"),
        hedge=Hedge.KEEP,
        source="Gottman: defensiveness (justification, counter-complaint).",
    ),
    Rule(
        id="defensiveness.victim",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bi\s+can't\s+do\s+anything\s+right\b|\bi\s+was\s+going\s+to\s+(?:do|fix|clean|sort)\s+"
            r"(?:it|that)\b|\b(?:sure|yeah|oh|go\s+on|of\s+course),?\s+blame\s+me\b|\bblame\s+me\s+(?:for\s+"
            r"everything|again|like\s+always|as\s+usual)\b|\bi'm\s+always\s+the\s+(?:bad\s+guy|"
            r"villain|problem|one\s+to\s+blame|bad\s+one)\b|\byou\s+do\s+the\s+(?:exact\s+)?same(?:\s+thing)?"
            r"\s*(?:\?|!|too|tho|though|all\s+the\s+time)|"
            r"\bdon't\s+look\s+at\s+me\b|\bi\s+wasn't\s+even\s+(?:here|there|home)\b|"
            r"\bi\s+didn't\s+even\s+do\s+anything\b|\bsorry\s+i\s+(?:didn't|don't)\s+have\s+time\b|"
            r"\bsorry\s+it\s+wasn't\s+good\s+enough\b|\bif\s+you'd\s+\w+ed\s+me,?\s+i\s+would\s+have\b|"
            r"\bit's\s+not\s+like\s+i\s+did\s+it\s+on\s+purpose\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I can't do anything right in this house, can I?",
            "I was going to do it, you just didn't give me a chance.",
            "Sure, blame me, like always.",
            "I'm always the bad guy with you.",
            "ok but u do the exact same thing??",
            "Don't look at me, I wasn't even here.",
            "I didn't even do anything!",
            "i literally worked 12 hrs today, sorry i didnt have time for ur laundry",
            "I did my best, sorry it wasn't good enough for you.",
            "If you'd reminded me I would have remembered.",
            "It’s not like I did it on purpose, so I don’t see why I have to apologise.",
        ),
        near_misses=(
            "I was going to call you tonight anyway!",
            "I was going to surprise you, but you guessed!",
        ),
        triggers=(
            "anything",
            "going",
            "blame",
            "always",
            "same",
            "look",
            "wasn't",
            "even",
            "sorry",
            "if",
            "purpose",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: defensiveness (innocent victim, excuses, counter-complaint).",
    ),
)
