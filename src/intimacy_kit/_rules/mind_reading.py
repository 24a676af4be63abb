"""Mind reading: asserting the partner's motives or feelings as fact."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Hedge, Rule

_WHY = (
    "Telling someone what they feel or intend leaves them nothing to say but 'that's not "
    "true'; it replaces their inner life with your guess."
)
_INSTEAD = "Describe what you saw and ask: 'When you …, I wondered whether … . Is that so?'."

# The rest of the clause after "you only did it so/because/to …" or "you're pretending
# …": the motive or act being read into the partner, which is the judgment itself.
_MOTIVE = r"(?:[^.!?;:,\u2026]{1,60}?(?=\s*(?:[.!?;:,\u2026]|$)))?"

RULES: tuple[Rule, ...] = (
    Rule(
        id="mind_reading.dont_care",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?<!\bif\s)(?<!\bdo\s)(?<!\bwhether\s)(?P<hit>\byou(?:\s+(?:just|clearly|obviously|"
            r"really|simply|honestly|probably|must))?\s+(?:don't|do\s+not|didn't|did\s+not|never|"
            r"no\s+longer)\s+(?:even\s+|really\s+|actually\s+|truly\s+|ever\s+)?(?:care|cared|love|loved|"
            r"respect|value|appreciate|trust|believe\s+in|like\s+(?:me|us|being\s+with\s+me)|want\s+(?:me|us|to\s+(?:be\s+with|spend\s+time\s+with|listen\s+to|"
            r"hear|talk\s+to)\s+(?:me|us))|think\s+about|give\s+a\s+(?:damn|shit|crap|toss)|"
            r"see|notice|consider|understand|comprehend|grasp|realize|realise|get\s+it|get\s+me)\b"
            r"(?:\s+(?:about|for|how|what|that|me|us|my|our|anyone|anything|it|this|a\s+thing))?)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You don't care about me.",
            "you dont even love me anymore",
            "You clearly don't respect my time.",
            "It feels like you don't even notice the laundry.",
            "You never appreciate anything I do.",
            "You clearly don't trust me.",
        ),
        near_misses=(
            "Do you care if we eat late?",
            "If you don't want to go, that's okay.",
            "I know you don't like mushrooms, so I left them out.",
        ),
        hedge=Hedge.SOFTEN,
        source="Mind reading (cognitive distortion); NVC: diagnosis of the other.",
    ),
    Rule(
        id="mind_reading.motive",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit2>\byou(?:'re|\s+are)?\s+(?:just|only)\s+(?:saying|doing)\s+(?:that|this|it)"
            r"\s+(?:to|because|so)\b" + _MOTIVE + r")"
            r"|(?P<hit3>\byou\s+(?:just\s+|only\s+|always\s+|really\s+)?(?:want|wanted|care|cared|like|love|enjoy)\s+"
            r"(?:to\s+(?:win|be\s+right|hurt|control|punish|humiliate|embarrass|make\s+me|look\s+good|"
            r"get\s+your\s+way|have\s+the\s+last\s+word)|about\s+(?:yourself|your\s+\w+|winning|"
            r"money|looks)|attention)\b)"
            r"|(?P<hit4>\byou(?:'re|\s+are)\s+(?:just\s+|only\s+|deliberately\s+|clearly\s+)?"
            r"(?:trying|out)\s+to\s+(?:hurt|control|manipulate|punish|humiliate|embarrass|make\s+me|"
            r"get\s+back|provoke|start|pick|win|guilt|upset|annoy|avoid|get\s+out\s+of|dodge|escape|"
            r"change\s+the\s+subject|get\s+rid\s+of)\b)"
            r"|(?P<hit5>\byou\s+know\s+(?:exactly|full\s+well|damn\s+well|perfectly\s+well)\s+"
            r"(?:what|how|why|that)\b)"
            r"|(?P<hit6>(?<!\bare\s)(?<!\bwere\s)(?<!\bdo\s)(?<!\bdid\s)\byou\s+(?:enjoy|love|like)\s+(?:this|watching\s+me|seeing\s+me|making\s+me|"
            r"it\s+when\s+i)\b)"
            r"|(?P<hit7>\byou\s+only\s+[a-z]+(?:\s+(?:it|that|this|them|me|up|here|home|back|over))?\s+"
            r"(?:to|because|so\s+that|so|for)\b)"
            r"|(?P<hit8>\byou(?:'re|\s+are)\s+only\s+(?:with\s+me|here|doing\s+this|being\s+nice)\s+"
            r"(?:for|because|to)\b|\byou(?:'re|\s+are)?\s+secretly\b|\bdeep\s+down\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're just saying that to hurt me.",
            "You just want to win.",
            "you only care about yourself",
            "You know exactly what you're doing.",
            "You're trying to control me.",
            "You only apologise to get out of trouble.",
            "You want to control me.",
            "I know you're secretly glad I lost the job.",
        ),
        near_misses=(
            "You just want to relax tonight? Totally fine.",
            "You know exactly where the keys are, right?",
        ),
        triggers=(
            "saying",
            "doing",
            "want",
            "wanted",
            "care",
            "cared",
            "like",
            "love",
            "enjoy",
            "trying",
            "out",
            "know",
            "only",
            "secretly",
            "deep",
        ),
        hedge=Hedge.SOFTEN,
        source="Mind reading of motives; attribution of hostile intent.",
    ),
    Rule(
        id="mind_reading.you_think",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?<!\bdo\s)(?<!\bif\s)(?<!\bwhat\s)(?<!\bwhy\s)(?<!\bwhere\s)(?<!\bwhen\s)(?<!\bhow\s)"
            r"(?<!\bwhether\s)(?<!\bthat\s)(?<!\bdid\s)"
            r"(?P<hit>\byou\s+(?:probably\s+|just\s+|really\s+|obviously\s+|clearly\s+|all\s+|"
            r"must\s+|still\s+|always\s+)?(?:think|thought|believe|assume|assumed)\s+(?:that\s+)?"
            r"(?:i'm|i\s+am|i\s+was|i\s+don't|i\s+do|i\s+can't|i\s+should|you're|you\s+are|you\s+can|"
            r"you\s+know|you\s+do|everything|kindness|nobody|no\s+one|everyone|the\s+world|it's|"
            r"you're\s+(?:so|always|better|perfect|right))\b)"
        ),
        message=_WHY,
        suggestion="Ask what they think instead of telling them: 'Do you think …?'.",
        examples=(
            "You think I'm lazy, don't you?",
            "You think you're so smart.",
            "You think everything is about you.",
            "You probably think I don't care.",
        ),
        near_misses=(
            "Do you think I'm ready?",
            "What do you think I should wear?",
            "I know what you think, and I value it.",
        ),
        triggers=("think", "thought", "believe", "assume", "assumed"),
        hedge=Hedge.SKIP,
        source="Mind reading of thoughts.",
    ),
    Rule(
        id="mind_reading.on_purpose",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?<!\bdid\s)(?<!\bdo\s)(?P<hit>\byou\s+(?:[a-z']+\s+){1,3}?on\s+purpose\b)(?![^.!?]*\?)"
            r"|(?P<hit2>\byou\s+(?:deliberately|intentionally|purposely|purposefully)\s+[a-z]+)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You did that on purpose.",
            "You forgot on purpose, admit it.",
            "I might be wrong, but I think you did it on purpose.",
            "You deliberately ignored my text.",
        ),
        near_misses=("Did you do that on purpose or by accident?", "I left it there on purpose."),
        triggers=("purpose", "deliberately", "intentionally", "purposely", "purposefully"),
        hedge=Hedge.SOFTEN,
        source="Attribution of hostile intent.",
    ),
    Rule(
        id="mind_reading.you_would_not",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\s+(?:wouldn't|would\s+never|won't\s+ever|will\s+never|'ll\s+never|"
            r"could\s+never)\s+(?:possibly\s+|even\s+|ever\s+)?(?:understand|get\s+it|"
            r"get\s+me|know|care|comprehend|relate)\b(?!\s+(?:how\s+(?:much|grateful|happy|thankful)|"
            r"what\s+(?:it\s+)?means\s+to\s+me)))"
            r"|(?P<hit2>(?:^|(?<=[.!?]\s)|(?<=[.!?]))so,?\s+(?:you're|you\s+are)\s+saying\b)"
            r"|(?P<hit3>\b(?:doesn't|does\s+not|don't)\s+mean\s+(?:a\s+thing|anything)\s+to\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I knew you wouldn't understand!",
            "You wouldn't understand.",
            "You wouldn't know, you're never home.",
            "So you're saying my job doesn't matter?",
            "The dinner I cooked doesn't mean a thing to you.",
        ),
        near_misses=(
            "You'll never know how grateful I am.",
            "You couldn't know, you weren't there. It's okay.",
        ),
        triggers=("understand", "get", "know", "care", "comprehend", "relate", "saying", "mean"),
        hedge=Hedge.SOFTEN,
        source="Mind reading: predicting the partner's understanding or feelings.",
    ),
    Rule(
        id="mind_reading.hostile_purpose",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou\b[^.!?]{0,40}?\b(?:just\s+|only\s+)?to\s+(?:hurt|punish|humiliate|spite|"
            r"manipulate|get\s+back\s+at|upset|embarrass)\s+me\b)"
            r"|(?P<hit2>\byou(?:'re|\s+are|\s+were)\s+(?:just\s+|only\s+|clearly\s+)?(?:using|playing|"
            r"stringing\s+along|manipulating|testing)\s+me\b)"
            r"|(?P<hit3>\byou\s+(?:just\s+|secretly\s+|really\s+|obviously\s+)?want\s+me\s+to\s+(?:fail|"
            r"suffer|look\s+bad|feel\s+bad|feel\s+guilty|give\s+up|be\s+miserable|lose|leave|beg)\b)"
            r"|(?P<hit4>\byou\s+couldn't\s+care\s+less\b)"
            r"|(?P<hit5>\byou(?:'re|\s+are)\s+only\s+(?:nice|sweet|kind|here|around|interested|affectionate)\b"
            r"[^.!?]{0,30}?\b(?:when|because|for)\b)"
            r"|(?P<hit6>\byou\s+(?:were|are|'re)\s+never\s+(?:really\s+)?(?:interested|into|there|serious)\b)"
            r"|(?P<hit7>\byou\s+(?:just\s+)?don't\s+want\s+to\s+(?:look|seem|be\s+seen|admit)\b)"
            r"|(?P<hit8>(?:\byou(?:'re|\s+are)\s+(?:just\s+|only\s+)?pretending\b|\bdon't\s+pretend\b)"
            + _MOTIVE
            + r")"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're doing this just to punish me.",
            "You did it to hurt me.",
            "You're just using me for money.",
            "You want me to fail.",
            "You couldn't care less about how I feel.",
            "youre only nice to me when u want something",
            "Don't pretend, you were never interested in my work.",
            "You don't actually want to go, you just don't want to look bad.",
            "You’re just pretending to be sick so you can skip it.",
        ),
        near_misses=(
            "You want me to pick up bread? Sure.",
            "Are you pretending to be a dinosaur? So cute.",
            "You came to cheer me up, thank you.",
        ),
        triggers=(
            "hurt",
            "punish",
            "humiliate",
            "spite",
            "manipulate",
            "back",
            "upset",
            "embarrass",
            "using",
            "playing",
            "stringing",
            "manipulating",
            "testing",
            "want",
            "couldn",
            "only",
            "never",
            "pretending",
            "pretend",
        ),
        hedge=Hedge.SOFTEN,
        source="Attribution of hostile intent.",
    ),
    Rule(
        id="mind_reading.i_know_you",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bi'm\s+(?:just\s+)?(?:an\s+afterthought|nothing|invisible|a\s+(?:joke|burden|"
            r"convenience|backup|placeholder|option))\s+to\s+you\b)"
            r"|(?P<hit2>\b(?:he|she|<PARTNER>)\s+(?:doesn't|does\s+not|never|no\s+longer)\s+(?:even\s+|really\s+)?"
            r"(?:love|loves|care\s+about|cares\s+about|respect|respects|want|wants)\s+me\b)"
            r"|(?P<hit3>\bonly\s+(?:staying|here|with\s+me|around)\s+(?:for|because)\b)"
            r"|(?P<hit4>\byou\s+only\s+(?:said|did|agreed|came|called|asked)\s+(?:\w+\s+)?(?:so|because|to)\b"
            + _MOTIVE
            + r")"
            r"|(?P<hit5>\byou're\s+(?:loving|enjoying)\s+(?:this|it|every\s+minute)\b)"
            r"|(?P<hit6>\byou(?:'re|\s+are)\s+only\s+being\s+(?:nice|sweet|kind|helpful)\b)"
            r"|(?P<hit7>\bwe\s+both\s+know\s+you\b|\bi\s+know\s+exactly\s+what\s+you're\s+(?:thinking|"
            r"doing|up\s+to|after)\b|\bi\s+know\s+what\s+you're\s+(?:really\s+)?(?:up\s+to|after)\b|\byou\s+obviously\s+(?:want|don't|think|hate|wish)\b)"
            r"|(?P<hit8>\byou\s+(?:clearly|obviously|honestly)\s+couldn't\s+care\s+less\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "That tells me everything. I'm an afterthought to you.",
            "He doesn't love me anymore, he's only staying for the kids.",
            "You only said yes so you could hold it over me later.",
            "Oh, you're smiling? You're loving this, aren't you.",
            "ur only being nice cuz u want smth",
            "We both know you'd rather be anywhere but here.",
            "I know exactly what you're thinking, so you can stop judging me.",
            "Alex, you clearly couldn't care less about my career.",
            "You keep sighing. You obviously want me gone, so just say it.",
        ),
        near_misses=(
            "I know what you're thinking: pizza again? Yes!",
            "You're loving the new job, aren't you? So happy for you.",
        ),
        triggers=(
            "afterthought",
            "nothing",
            "invisible",
            "joke",
            "burden",
            "convenience",
            "backup",
            "placeholder",
            "option",
            "love",
            "loves",
            "care",
            "cares",
            "respect",
            "respects",
            "want",
            "wants",
            "staying",
            "here",
            "with",
            "around",
            "only",
            "loving",
            "enjoying",
            "being",
            "both",
            "know",
            "obviously",
            "clearly",
            "honestly",
        ),
        hedge=Hedge.SOFTEN,
        source="Mind reading: asserting the partner's motives or feelings.",
    ),
    Rule(
        id="mind_reading.hidden",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\bthere's\s+(?:clearly\s+|obviously\s+)?something\s+you're\s+not\s+telling\s+me\b|"
            r"\byou\s+probably\s+just\s+[a-z]+(?<!e)ed\b|"
            r"\bit\s+feels\s+like\s+(?:this|it)\s+is\s+(?:turning|becoming|all)\s+(?:more\s+)?about\s+you\b|"
            r"\b(?:such|that)\s+a\s+big\s+deal\s+(?:for|to)\s+you\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Usually it's because there's something you're not telling me.",
            "You probably just annoyed them somehow.",
            "It feels like this is turning more about you than about me.",
            "Sorry, I didn't realise it was such a big deal for you.",
        ),
        near_misses=(
            "Is there something you're not telling me? You can, you know.",
            "You probably just need sleep.",
        ),
        triggers=("telling", "probably", "feels", "deal"),
        hedge=Hedge.SOFTEN,
        source="Mind reading: guessing hidden motives or overreactions.",
    ),
    Rule(
        id="mind_reading.you_would_rather",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are)\s+(?:just\s+)?(?:punishing|testing|baiting|provoking)\s+me\b|"
            r"\bstop\s+pretending\b|\byou've\s+already\s+made\s+up\s+your\s+mind\b|"
            r"\byou\s+just\s+don't\s+want\s+to\s+(?:go|come|see|help|be\s+(?:here|there|with))\b|"
            r"\byou'd\s+rather\s+be\b[^.!?]{1,40}\b(?:than|but)\b|\bonly\s+(?:texts|calls|talks|cares|comes|shows\s+up)\b[^.!?]{0,25}\bwhen\b|"
            r"\bi\s+can\s+tell\s+you're\s+(?:embarrassed|ashamed|bored|lying|annoyed|sick\s+of|not\s+"
            r"interested|hiding|angry\s+with\s+me|over\s+it)\b|\byou'd\s+probably\s+(?:throw\s+a\s+party|be\s+(?:happy|relieved|"
            r"glad|thrilled))\s+if\s+i\b|\byou(?:'re|\s+are)\s+only\s+asking\b|\byou(?:'re|\s+are)\s+just\s+"
            r"waiting\s+for\b|\bi\s+know\s+you're\s+lying\b|\byou\s+wanted\s+this\s+(?:fight|argument|row)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're punishing me for last weekend. I know it.",
            "You don't even like my friends, stop pretending.",
            "You've already made up your mind to hate her.",
            "Oh, you're tired? No, you just don't want to go to my parents'.",
            "You'd rather be at the pub than here with me.",
            "my bf only texts back when hes bored lmao",
            "I can tell you're embarrassed to be seen with me.",
            "Honestly, you'd probably throw a party if I just disappeared.",
            "You’re only asking so you can use it against me later.",
            "You're just waiting for an excuse to leave me.",
            "i kno ur lying to me, dont even",
            "You wanted this fight from the minute you walked in.",
        ),
        near_misses=(
            "I can tell you're excited, me too!",
            "You'd rather be at the beach? Let's go!",
        ),
        triggers=(
            "punishing",
            "testing",
            "baiting",
            "provoking",
            "pretending",
            "already",
            "want",
            "rather",
            "only",
            "tell",
            "probably",
            "asking",
            "waiting",
            "lying",
            "wanted",
        ),
        hedge=Hedge.SOFTEN,
        source="Mind reading: asserting the partner's motives or feelings.",
    ),
)
