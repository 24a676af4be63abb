"""Demands: moralistic should/must and commands ("you should have called", "stop that!")."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule

_WHY = (
    "A demand leaves two choices, submit or rebel; 'should' adds a verdict that the other "
    "person is wrong. People give more freely when they are asked."
)
_INSTEAD = "Turn it into a request: 'Would you be willing to …?'."

# Directives about attitude and character (not logistics such as "you need to sign here").
_ATTITUDE = (
    r"(?:relax|calm\s+down|loosen\s+up|lighten\s+up|chill|grow\s+up|move\s+on|get\s+over|"
    r"stop|quit|apologi[sz]e|say\s+sorry|listen|learn|change|understand|accept|respect|"
    r"start\s+(?:acting|being|listening|caring|helping|pulling)|try\s+harder|do\s+better|"
    r"take\s+responsibility|own\s+(?:up|it)|deal\s+with|get\s+(?:a\s+grip|your\s+act|it\s+together|"
    r"real|over|some\s+help|a\s+life)|toughen\s+up|man\s+up|think\s+(?:before|about\s+(?:others|"
    r"someone|me))|consider|focus|pull\s+yourself|face|admit|realize|realise|watch\s+your|"
    r"mind\s+your|help\s+more|clean\s+up\s+after|pick\s+up\s+after|let\s+(?:it|this|that)\s+go|"
    r"let\s+go|be\s+(?:more|less|quiet|careful|reasonable|realistic|nicer|grateful|thankful|honest|"
    r"ashamed|sorry|responsible|an\s+adult|a\s+grown|on\s+time|home)|know\s+better|"
    r"show\s+(?:some|more)|appreciate|treat\s+me|answer\s+me|look\s+at\s+me|respect\s+me|"
    r"put\s+(?:your|the)\s+phone|get\s+(?:off|out)|leave\s+me|shut|keep\s+(?:your|quiet)|"
    r"do\s+your\s+(?:part|share|bit))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="demand.should_have",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+(?:really\s+|definitely\s+|at\s+least\s+)?(?:should|shouldn't|should\s+not|"
            r"ought\s+to|oughta|could|could\s+at\s+least|might\s+at\s+least)\s*(?:'ve|\s+have)\s+"
            r"(?:at\s+least\s+)?(?!seen|heard|tasted|watched|been\s+there|come\s+with|joined)[a-z]+)"
            r"|(?P<hit2>\byou\s+could\s+(?:at\s+least|have\s+at\s+least)\s+[a-z]+)"
        ),
        message=_WHY,
        suggestion="Say what you would have liked and ask for it next time: 'Next time, would "
        "you be willing to …?'.",
        examples=(
            "You should have called.",
            "you shouldve told me",
            "You could have at least asked.",
            "You could at least say thanks for the lift.",
            "You could've asked me first at least, Rob.",
        ),
        near_misses=(
            "You should have seen the look on his face!",
            "You should've been there, it was amazing!",
            "Could you have a look at this?",
        ),
        triggers=(
            "should",
            "shouldn't",
            "ought",
            "oughta",
            "could",
            "shouldve",
            "couldve",
            "least",
        ),
        source="Nonviolent Communication: demands and 'should' thinking.",
    ),
    Rule(
        id="demand.need_to",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:\s+(?:really|seriously|just|honestly|definitely|clearly))?\s+"
            r"(?:need\s+to|have\s+to|must|gotta|got\s+to|'d\s+better|had\s+better|better)\s+"
            r"(?:just\s+|really\s+|seriously\s+|finally\s+)?" + _ATTITUDE + r")"
            r"|(?P<hit2>\byou\s+(?:should|ought\s+to)\s+(?:really\s+|just\s+)?(?:be\s+(?:ashamed|"
            r"grateful|thankful|sorry|embarrassed)|know\s+better|know\s+that|stop|learn|grow\s+up|"
            r"apologi[sz]e|respect|listen|try\s+harder|think\s+(?:before|about)|feel\s+(?:bad|"
            r"ashamed|guilty)|not\s+(?:talk|speak|say|do|act|be)))"
            r"|(?P<hit3>\byou\s+(?:shouldn't|should\s+not|mustn't|must\s+not)\s+(?:talk|speak|say|"
            r"act|be|treat|yell|have\s+to|leave|do\s+that|make))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You need to relax.",
            "You need to loosen up.",
            "you have to stop doing that",
            "You should be ashamed of yourself.",
            "You must apologise to my mother.",
            "You shouldn't talk to me like that.",
        ),
        near_misses=(
            "You need to sign here and here.",
            "You should try the new ramen place.",
            "I need to calm down before we talk.",
            "You have to see this video!",
        ),
        triggers=(
            "need",
            "have",
            "must",
            "gotta",
            "got",
            "better",
            "should",
            "ought",
            "shouldn't",
            "mustn't",
        ),
        source="Nonviolent Communication: demands and 'should' thinking.",
    ),
    Rule(
        id="demand.imperative",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>(?:stop|quit)\s+(?!being\s+(?:so\s+)?hard\s+on\s+yourself|apologi[sz]ing|thanking|"
            r"worrying\s+about\s+(?:me|it))(?:it|that|this|[a-z]+ing)\b)"
            r"|(?P<hit2>(?:don't\s+(?:you\s+dare|talk\s+to\s+me\s+like|speak\s+to\s+me\s+like|be\s+(?:so|that|such|ridiculous|"
            r"silly|stupid|difficult|rude|like\s+that)|act\s+like|give\s+me\s+that|start\s+(?:this|that|with\s+me)|"
            r"make\s+me|raise\s+your|tell\s+me\s+what|complain|whine|nag|blame(?!\s+yourself)|lecture|patroni[sz]e|"
            r"interrupt|walk\s+away|ignore\s+me|look\s+at\s+me\s+like|use\s+that\s+tone|push\s+me|"
            r"try\s+to|you\s+ever|twist)|mind\s+your\s+(?:tone|own|business|manners|language)|"
            r"watch\s+your\s+(?:tone|mouth|language)|answer\s+me|look\s+at\s+me|listen\s+to\s+me|"
            r"get\s+out|go\s+away|deal\s+with\s+it|do\s+as\s+i\s+say|do\s+what\s+i\s+(?:say|said)|"
            r"just\s+do\s+it|you\s+will\s+(?:do|listen|apologi[sz]e)|do\s+it\s+now)\b|now\s*!)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Stop ignoring me!",
            "Don't talk to me like that.",
            "Mind your tone, young lady.",
            "Isabelle, get out. Now.",
            "Don't be that picky.",
            "Stop putting words in my mouth, Dan!",
            "Maybe stop guessing what I meant.",
            "Listen to me!",
        ),
        near_misses=(
            "Don't forget your umbrella.",
            "Stop by the bakery on your way home?",
            "Don't worry, I've got it.",
            "Let's stop for lunch.",
        ),
        triggers=(
            "stop",
            "quit",
            "don't",
            "mind",
            "watch",
            "answer",
            "look",
            "listen",
            "get",
            "go",
            "deal",
            "do",
            "will",
            "now",
            "dont",
        ),
        clause_start=True,
        source="Commands in conflict; Nonviolent Communication: demands.",
    ),
    Rule(
        id="demand.command",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>(?:listen\s+to\s+me|answer\s+(?:me|your\s+phone|the\s+question)|"
            r"look\s+at\s+me|put\s+(?:your|the|that)\s+(?:phone|game|laptop|controller)\s+(?:down|away)|"
            r"clean\s+up\s+(?:your|this|that)\s+(?:mess|room|stuff|crap)|pick\s+up\s+(?:your|the)\s+(?:damn\s+|"
            r"bloody\s+|fucking\s+)?phone|pick\s+up\s+(?:your|this)\s+"
            r"(?:mess|stuff|crap|socks|clothes)|get\s+(?:off|out)\s+of\s+(?:my|the)\s+\w+)\b)"
            r"|(?P<hit2>now\s*[.!](?!\.))"
            r"|(?P<hit3>(?:don't\s+you\s+)?(?:ever\s+)?never\s+(?:do|say|talk|speak|raise|touch|call|"
            r"leave|yell|lie)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Answer your phone when I call!",
            "Clean up your mess. Now.",
            "Put your phone down and listen to me.",
            "Never do that to me again.",
        ),
        near_misses=(
            "I'll answer the question tomorrow.",
            "Right now I'm on the bus.",
            "Right. Now... let's get the shopping done, okay?",
        ),
        triggers=("listen", "answer", "look", "put", "clean", "pick", "get", "now", "never"),
        clause_start=True,
        source="Commands in conflict; Nonviolent Communication: demands.",
    ),
    Rule(
        id="demand.better",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'d|\s+had)\s+better\s+(?!believe)[a-z]+)"
            r"|(?P<hit2>\byou\s+should\s+be\s+(?:helping|doing\s+more|working|cleaning|listening|"
            r"paying\s+attention|supporting|thanking|apologi[sz]ing)\b)"
            r"|(?P<hit3>\band\s+(?:just\s+)?(?:listen\s+to\s+me|look\s+at\s+me)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'd better be ready when I get there.",
            "You should be helping, not sitting there.",
            "Put your phone down and listen to me.",
        ),
        near_misses=("You'd better believe I'm proud of you!", "Sit down and listen to this song!"),
        triggers=("better", "should", "listen", "look"),
        source="Commands in conflict; Nonviolent Communication: demands.",
    ),
    Rule(
        id="demand.criticism_as_request",
        category=Category.DEMAND,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>(?<!\bif\s)\byou\s+could\s+(?:try\s+to\s+)?be\s+(?:a\s+(?:little|bit|tad)\s+|a\s+lot\s+|much\s+)?"
            r"more\s+[a-z]+|\byou\s+could\s+do\s+(?:a\s+lot\s+|much\s+|way\s+|so\s+much\s+)?better\b|"
            r"\bit\s+wouldn't\s+(?:hurt|kill)\s+(?:you\s+)?to\b|\bwouldn't\s+(?:hurt|kill)\s*[.!]|"
            r"\bwon't\s+(?:sort|clean|fix|wash|tidy)\s+(?:itself|themselves)\b|"
            r"\byou\s+can't\s+(?:just\s+)?(?:live|rely|expect|keep\s+[a-z]+ing|treat|talk\s+to\s+me|"
            r"act\s+like|run\s+away|hide|go\s+around|ignore|decide)\b|"
            r"\b(?:and|then)\s+expect\s+me\s+to(?:\s+(?:read\s+your\s+mind|solve\s+(?:your|the|this)\s+"
            r"[a-z]+|guess(?:\s+what\s+you\s+(?:mean|want))?|figure\s+(?:it|that)\s+out))?\b|\byou\s+owe\s+me\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You could be a little more patient with my mum.",
            "Honestly, you could do better with the budget.",
            "It wouldn't hurt you to call my dad once in a while.",
            "These dishes won't wash themselves.",
            "You can't expect me to read your mind.",
            "After everything, you owe me an apology.",
        ),
        near_misses=(
            "You could be a great teacher, you know.",
            "You can't go wrong with pizza.",
            "I'd love it if you could be more involved in planning the trip!",
        ),
        triggers=("could", "wouldn't", "won't", "can't", "expect", "owe"),
        source="Criticism phrased as a suggestion; 'should' thinking.",
    ),
    Rule(
        id="demand.obligation",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are|\s+were)\s+supposed\s+to\s+(?!be\s+(?:here|there|arriving))[a-z]+)"
            r"|(?P<hit2>\b(?:doesn't|don't|won't)\s+(?:take|clean|wash|fold|pay|cook|walk|feed|empty|do)\s+"
            r"(?:itself|themselves)\b)"
            r"|(?P<hit3>\b(?:(?:as\s+long\s+as|while)\s+)?you(?:'re|\s+are)?\s+(?:living|live|staying|stay)\s+"
            r"under\s+my\s+roof\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You’re supposed to tell me where you are.",
            "Heyyy genius, the trash doesn't take itself out 😂",
            "As long as you live under my roof, you do your part.",
        ),
        near_misses=("You're supposed to be there at noon, right?",),
        triggers=("supposed", "itself", "themselves", "roof"),
        source="Nonviolent Communication: demands and 'should' thinking.",
    ),
    Rule(
        id="demand.pressure",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+must\s+(?!be\s+(?:tired|exhausted|hungry|starving|so\s+proud|proud|joking|"
            r"kidding|freezing|cold|thrilled|excited|relieved|shattered|knackered|worn\s+out|gutted|"
            r"sore|starving|so\s+tired)\b|have\s+been\b|know\b|(?:see|try|taste|watch|hear|"
            r"meet|come|visit|read|go)\b)[a-z]+)"
            # A request ("would you be willing to get off the sofa…?") is not a command.
            r"|(?P<hit2>(?<!\bto\s)(?<!\bcould\syou\s)(?<!\bplease\s)\bget\s+off\s+(?:the|your|that)\s+(?:sofa|couch|phone|computer|console|bed)\b)"
            r"|(?P<hit3>\bi\s+shouldn't\s+have\s+to\s+(?:ask|tell|remind|beg|say|explain|repeat)\b)"
            r"|(?P<hit4>\bwould\s+it\s+kill\s+you\b)"
            r"|(?P<hit5>\b(?:<PARTNER>|he|she)\s+(?:really\s+)?needs\s+to\s+(?:learn|start|stop|grow|get|"
            r"understand|realise|realize|accept|just)\b)"
            r"|(?P<hit6>\bi'll\s+assume\s+you(?:'ll|\s+will|'re\s+going)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You must be there next time. No excuses.",
            "Get off the sofa and help me right now.",
            "I shouldn't have to ask three times for the bins to go out.",
            "Would it kill you to say thank you once in a while?",
            "My partner needs to learn to pick up after himself.",
            "I'll assume you'll be cleaning that up, then.",
        ),
        near_misses=(
            "You must be exhausted after that shift.",
            "You must have been so scared.",
            "Would you be willing to get off the sofa and help me with the bags?",
        ),
        triggers=("must", "off", "shouldn't", "kill", "needs", "assume"),
        source="Nonviolent Communication: demands and 'should' thinking.",
    ),
    Rule(
        id="demand.stop",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=r"(?P<hit>stop)(?=\s*[.!]\s+[a-z]+\s*[.!])",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=("Stop. Interrupting. Me. 😡",),
        near_misses=("Next stop. Paris!",),
        triggers=("stop",),
        clause_start=True,
        source="Commands in conflict.",
    ),
)
