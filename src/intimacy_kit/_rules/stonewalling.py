"""Stonewalling: shutting the conversation down."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Hedge, Rule

_WHY = (
    "Shutting the conversation down leaves the other person alone with the problem; often "
    "it means you are flooded, which is real, but the silence reads as 'you don't matter'."
)
_INSTEAD = (
    "Ask for a pause and promise a return: 'I need twenty minutes to calm down, then let's talk.'"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="stonewalling.whatever",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>whatever(?:\s+you\s+say|\s+then|\s+man|\s+dude)?)(?=\s*(?:[.!]|\.\.\.|…|$))"
            r"|(?P<hit2>fine[.!]?)(?=\s*$)"
            r"|(?P<hit3>(?:fine|alright|okay|ok)[,.!]*\s+(?:whatever|have\s+it\s+your\s+way|"
            r"be\s+my\s+guest|do\s+what(?:ever)?\s+you\s+want|suit\s+yourself|you\s+win))"
            r"|(?P<hit4>(?:have\s+it\s+your\s+way|suit\s+yourself|do\s+whatever\s+you\s+want)\b)"
            r"|(?P<hit5>(?:not\s+doing\s+this|don't\s+talk\s+to\s+me)\s*[.!])"
            r"|(?P<hit6>fine,?\s+then\b|fine[!,]\s+(?:you|be|have|do|go|then|whatever|run)\b|"
            r"(?:that's\s+)?enough\s*!)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Whatever.",
            "Just... whatever.",
            "Fine!",
            "Fine, be my guest.",
            "Alright, have it your way.",
            "Nope. Not doing this.",
            "Don't talk to me.",
            "Fine then, you can do the school run.",
            "Fine, go then.",
            "That's enough!",
        ),
        near_misses=(
            "Whatever you choose is fine with me.",
            "That sounds fine to me.",
            "I'm fine, thanks for asking!",
            "I'm not doing this alone, right?",
        ),
        triggers=(
            "whatever",
            "fine",
            "way",
            "yourself",
            "guest",
            "want",
            "doing",
            "talk",
            "enough",
        ),
        hedge=Hedge.KEEP,
        clause_start=True,
        source="Gottman: stonewalling.",
    ),
    Rule(
        id="stonewalling.shutdown",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bi\s+(?:don't|do\s+not)\s+want\s+to\s+(?:talk|hear|discuss|argue)\s+"
            r"(?:about\s+(?:it|this|that)|any\s*more|right\s+now|with\s+you)\b|"
            r"\bi(?:'m|\s+am)\s+(?:done|finished|through)\s+(?:(?:talking|discussing|arguing)"
            r"(?=\s*(?:[.!,]|$|with\s+you|to\s+you|about))|here|"
            r"with\s+(?:this|you|this\s+conversation|this\s+discussion|it\s+all))\b|"
            r"\bi(?:'m|\s+am)\s+not\s+(?:going\s+to|gonna)\s+(?:argue|discuss|talk\s+about|"
            r"have\s+this|do\s+this)\b|\bi'm\s+done\s*[.!]|"
            r"\bthis\s+(?:conversation|discussion)\s+is\s+over\b|\bend\s+of\s+(?:discussion|story|"
            r"conversation)\b|\bi\s+don't\s+(?:want|need)\s+to\s+hear\s+it\b|"
            r"\bleave\s+me\s+alone\b|\bi\s+(?:just\s+|really\s+|honestly\s+)?can't\s+talk\s+to\s+you\s+(?:right\s+now|any\s*more|"
            r"about\s+this)\b|\bi\s+(?:just\s+)?don't\s+need\s+this\s+(?:right\s+now|today|any\s*more)\b|"
            r"\bnot\s+this\s+again\b|\bhere\s+we\s+go\s+again\b|\bwe're\s+done\s+here\b|"
            r"\bi\s+have\s+nothing\s+(?:more\s+|else\s+)?to\s+say\b|\btalk\s+to\s+the\s+hand\b|"
            r"\bdrop\s+it\s*[.!]|\bforget\s+it\s*[.!]|\bi\s+give\s+up\s*[.!]|"
            r"\bi'm\s+not\s+discussing\s+this\b|\bdon't\s+want\s+to\s+talk\s+about\s+it\b|"
            r"\b(?:we're|we\s+are|i'm|i\s+am)\s+not\s+(?:having|doing)\s+this(?:\s*[.!]|\s*$|\s+(?:again|"
            r"conversation|discussion|now|today|right\s+now|with\s+you|any\s*more))|"
            r"\b(?:i'm|i\s+am)\s+not\s+(?:talking|discussing)\s+(?:about\s+)?(?:this|it|that)\b|"
            r"\bperiod\s*[.!]\s*$|"
            r"\bi\s+won't\s+(?:bring\s+it\s+up|say\s+anything|mention\s+it|bother\s+you)\s+(?:any\s*more|again)\b|"
            r"\bi\s+(?:just\s+)?don't\s+need\s+this\s*[.!])"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I don't want to talk about it.",
            "I'm done here.",
            "I'm not going to argue.",
            "Leave me alone.",
            "God, not this again!",
            "I really can't talk to you about this.",
            "We're not having this conversation again.",
            "I’m not talking about this. Period.",
            "Okay. I won't mention it again.",
            "Honestly, I just don't need this right now.",
        ),
        near_misses=(
            "I'm done with the laundry.",
            "Don't forget it's Mum's birthday.",
            "I'm done with work at five.",
        ),
        triggers=(
            "talk",
            "hear",
            "discuss",
            "argue",
            "done",
            "finished",
            "through",
            "going",
            "over",
            "end",
            "alone",
            "need",
            "again",
            "nothing",
            "hand",
            "drop",
            "forget",
            "give",
            "discussing",
            "having",
            "doing",
            "talking",
            "period",
            "talk",
            "fine",
            "enough",
            "won't",
            "need",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: stonewalling.",
    ),
    Rule(
        id="stonewalling.refusal",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bdignify\s+(?:that|this|it)\b|\bthere's\s+nothing\s+(?:to\s+talk\s+about|more\s+to\s+"
            r"say|to\s+discuss)\b|\bnot\s+interested\s+in\s+(?:hearing|talking|discussing|your)\b|"
            r"\b(?:we're|we\s+are|i'm|i\s+am)\s+not\s+discussing\s+(?:this|it|that)\b|"
            r"\bstop\s+talking\s+to\s+me\b|\bi'm\s+done\s+talking(?:\s+(?:to|with)\s+you|\s+about\s+"
            r"(?:this|it))?(?=\s*(?:[.!]|$)))"
            r"|(?P<hit2>(?:^|(?<=[.!?]\s))(?:k|kk|ok|okay|fine|lol|meh)\s+whatever\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'm not going to dignify that with an answer.",
            "There's nothing to talk about.",
            "Not interested in hearing it.",
            "I'm going to bed. We're not discussing this.",
            "Just stop talking to me.",
            "k whatever",
        ),
        near_misses=(
            "I'm done talking on the phone, want to go for a walk?",
            "There's nothing to worry about, it went well.",
        ),
        triggers=("dignify", "nothing", "interested", "discussing", "talking", "whatever"),
        hedge=Hedge.KEEP,
        source="Gottman: stonewalling.",
    ),
    Rule(
        id="stonewalling.withdraw",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bconversation\s+over\b|\bcan't\s+be\s+bothered\b|\bnot\s+replying\s+to\s+(?:this|that|"
            r"you)\b|\bmuting\s+(?:this(?:\s+(?:chat|group|thread))?|you|the\s+chat|the\s+group)\b|"
            r"\btalk\s+to\s+the\s+wall(?:,?\s+it'll\s+listen\s+better(?:\s+than\s+(?:i|me)"
            r"(?:\s+(?:will|do|would))?)?)?\b|"
            r"\bcan\s+we\s+not\s+do\s+this\b|\bnot\s+today\s*[.!]|\bmoving\s+on\s*[.!]\s*$|"
            r"\bnoted\s*\.\s|\bsure\.\s+noted\b|\bi'm\s+(?:going\s+to\s+)?(?:go\s+)?(?:sit|wait)\s+in\s+the\s+"
            r"car\s+until(?:\s+you(?:'re|\s+are|'ve|\s+have)\s+(?:finished|done|through))?\b|\bdo\s+what(?:ever)?\s+you\s+want\s*[.!]?\s*$|"
            r"\*\s*(?:puts\s+(?:headphones|earphones|earbuds)\s+(?:on|in)|walks\s+(?:off|away|out)|leaves|"
            r"turns\s+away|ignores|shrugs|silence|rolls\s+over)\s*\*|"
            r"\b(?:i'm|i\s+am)\s+(?:not\s+)?(?:going\s+to\s+)?(?:ignore|ignoring)\s+(?:this|you|that)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "whatevs, do what u want",
            "Conversation over.",
            "cant be bothered w this rn, bye",
            "I'm going to go sit in the car until you're finished.",
            "Nope. Not today. I'm muting this chat.",
            "*puts headphones on*",
            "not replying to this",
            "Go ahead and talk to the wall, it'll listen better than I will.",
            "Can we not do this right now? Or, like, ever?",
            "Sure. Noted. Moving on.",
        ),
        near_misses=(
            "Can't wait to see you, bye!",
            "Noted, I'll bring the cake.",
            "Do what you want for dinner, I'm easy.",
        ),
        triggers=(
            "conversation",
            "bothered",
            "replying",
            "muting",
            "wall",
            "not",
            "today",
            "moving",
            "noted",
            "car",
            "want",
            "headphones",
            "earphones",
            "earbuds",
            "walks",
            "leaves",
            "turns",
            "ignores",
            "shrugs",
            "silence",
            "rolls",
            "ignore",
            "ignoring",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: stonewalling (withdrawal, shutting down).",
    ),
    Rule(
        id="stonewalling.done_talking",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bnot\s+replying\b|\bi\s+stopped\s+listening\b|\bi'm\s+leaving\s*[.!]\s*$|"
            r"\bwhatever\s+makes\s+you\s+happy\s*[.!]|\btalk\s+to\s+you\s+never\b|\bno\s+comment\s*[.!]|"
            r"\bnot\s+going\s+to\s+(?:respond|reply|answer)\b|\bnot\s+(?:getting\s+into|discussing|having)\s+"
            r"(?:it|this|that)\b|(?:^|(?<=[.!?]\s))save\s+it\s*[,.!]|\bi'm\s+not\s+listening\b|"
            r"\bdon't\s+(?:text|call|message)\s+me\s*(?:[.!]|again|ever|anymore)|"
            r"\bi've\s+said\s+all\s+i'm\s+going\s+to\s+say\b|\bare\s+we\s+done\s+here\b|"
            r"\bthis\s+conversation\s+is\s+(?:finished|done|over)\b|\bnot\s+doing\s+this\s+again\b|"
            r"(?:^|(?<=[.!?]\s))(?:k|kk)\s*\.\s*$)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Read your message. Not replying.",
            "I stopped listening about ten minutes ago, so you can stop too.",
            "You want to talk? Too bad. I'm leaving.",
            "Whatever makes you happy. I'm going out.",
            "Talk to you never.",
            "No comment.",
            "Keep going if you like, I'm not going to respond to any of it.",
            "Not discussing this.",
            "I heard you about the holiday. I'm still not getting into it. Night.",
            "Save it, I'm not listening.",
            "Don't text me.",
            "k.",
            "I've said all I'm going to say on the matter.",
            "Yeah, yeah. Are we done here?",
            "Nope. Not having this conversation again.",
            "As far as I'm concerned this conversation is finished.",
            "lol no. not doing this again",
        ),
        near_misses=(
            "I'm leaving work now, see you soon!",
            "Save it for later, we're full.",
            "Don't text me while you're driving, call when you're home.",
        ),
        triggers=(
            "replying",
            "stopped",
            "leaving",
            "happy",
            "never",
            "comment",
            "respond",
            "reply",
            "answer",
            "getting",
            "discussing",
            "having",
            "save",
            "listening",
            "text",
            "call",
            "message",
            "said",
            "done",
            "finished",
            "over",
            "again",
            "k",
            "kk",
        ),
        hedge=Hedge.KEEP,
        source="Gottman: stonewalling.",
    ),
)
