"""Invalidation: dismissing the partner's feelings ("calm down", "you're overreacting")."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule

_WHY = (
    "Telling someone how they should feel does not change the feeling; it tells them it "
    "is not safe to share it with you, and the feeling comes back louder."
)
_INSTEAD = "Acknowledge first: 'I can see this really upset you. Tell me what it's like for you.'"

_CALMING = (
    r"(?:calm\s+down|relax|chill(?:\s+out)?(?!\s+(?:evening|night|day|weekend|vibes?|time|music))|settle\s+down|lighten\s+up|loosen\s+up|"
    r"take\s+a\s+chill\s+pill|get\s+a\s+grip|cool\s+it|simmer\s+down|cheer\s+up|"
    r"get\s+over\s+it|let\s+it\s+go|move\s+on|toughen\s+up|stop\s+(?:crying|whining|sulking|"
    r"complaining|being\s+(?:so\s+)?(?:sensitive|emotional|dramatic)))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="invalidation.calm_down",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>(?:^|(?<=[.!?\n(])\s*|(?<=[.!?\n]\s))(?:[a-z']+,\s+){0,2}"
            r"(?:(?:oh|just|okay|ok|alright|hey|whoa|woah|please|jeez|geez|god|seriously|look|come\s+on)"
            r"[,!.]*\s+)*"
            + _CALMING
            + r"\b(?!\s+and\s+(?:enjoy|have|take)|,?\s+i(?:'ve|\s+have|'ll|\s+will|'m)\b))"
            r"|(?P<hit2>\byou\s+(?:need|have|ought|gotta|got|should|just\s+need|really\s+need)\s+"
            r"(?:to\s+)?(?:just\s+|really\s+)?" + _CALMING + r"\b)"
            r"|(?P<hit3>\b(?:will|can|could|would)\s+you\s+(?:please\s+)?(?:just\s+)?"
            + _CALMING
            + r"\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Calm down.",
            "Alright, calm down!",
            "Honey, you need to relax.",
            "Oh, get over it.",
            "Will you just chill out?",
        ),
        near_misses=(
            "I need to calm down before we talk.",
            "Let's relax at the beach this weekend.",
            "Want to chill and watch a film?",
        ),
        triggers=(
            "calm",
            "relax",
            "chill",
            "settle",
            "lighten",
            "loosen",
            "grip",
            "cool",
            "simmer",
            "cheer",
            "over",
            "go",
            "move",
            "toughen",
            "stop",
        ),
        source="Emotional invalidation.",
    ),
    Rule(
        id="invalidation.overreacting",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\byou(?:'re|\s+are)(?:\s+(?:just|being|really|totally|completely|so|way|"
            r"clearly|obviously|a\s+bit|a\s+little|kind\s+of|acting))*\s+(?:overreacting|"
            r"over-reacting|exaggerating|overthinking|over-thinking|imagining\s+things|"
            r"making\s+(?:this|it|that|such|a)\s+(?:[a-z]+\s+)?(?:big\s+deal|drama|fuss|scene|thing)|"
            r"making\s+a\s+mountain(?:\s+out\s+of\s+a\s+molehill)?|"
            r"blowing\s+(?:this|it|that|things)\s+(?:way\s+|all\s+)?out\s+of(?:\s+(?:all\s+)?proportion)?|"
            r"(?:too|so|overly|way\s+too)\s+(?:sensitive|emotional|touchy)|being\s+paranoid|"
            r"being\s+ridiculous|hysterical|dramatic|paranoid|oversensitive|hypersensitive)\b)"
            r"|(?P<hit2>\b(?:it's|it\s+is|that's|this\s+is)\s+(?:just\s+|all\s+|only\s+|probably\s+)*"
            r"in\s+your\s+head\b)"
            r"|(?P<hit3>\bdon't\s+be\s+(?:so\s+|such\s+a\s+)?(?:sensitive|dramatic|emotional|upset|"
            r"silly|ridiculous|touchy|baby|drama\s+queen|sad|mad|paranoid)\b)"
            r"|(?P<hit4>\byou\s+(?:shouldn't|should\s+not|have\s+no\s+(?:reason|right)\s+to)\s+"
            r"(?:feel|be)\s+(?:that\s+way|like\s+that|so|upset|angry|sad|hurt|jealous|mad)\b)"
            r"|(?P<hit5>\bthere's\s+no\s+(?:reason|need)\s+to\s+(?:be|get)\s+(?:so\s+)?(?:upset|angry|"
            r"mad|worked\s+up|emotional|dramatic)\b)"
            r"|(?P<hit6>\bnot\s+everything\s+is\s+(?:about\s+you|an?\s+\w+\s+to\s+you|a\s+big\s+deal|"
            r"a\s+crisis|a\s+tragedy)\b)"
            r"|(?P<hit7>\byou'll\s+(?:get\s+over\s+it|live|survive)\b|\b(?:and|just)\s+you'll\s+be\s+fine\b)"
            r"|(?P<hit8>\b(?:stop|quit)\s+(?:making|blowing)\s+(?:this|it|such)\b)"
            r"|(?P<hit10>\b(?:that's|it's)\s+(?:a\s+|such\s+a\s+)?(?:silly|stupid|ridiculous|dumb|petty|weird)\s+"
            r"(?:thing|reason)\s+to\s+(?:be|get|feel|cry|worry)\b|\bnot\s+worth\s+(?:crying|getting\s+upset|"
            r"being\s+upset|worrying|fighting|getting\s+worked\s+up|the\s+drama)\b|\byou\s+can't\s+"
            r"(?:possibly|really|seriously)\s+be\s+(?:tired|upset|hurt|angry|mad|sad|serious|offended|"
            r"jealous)\b)"
            r"|(?P<hit11>\bwho\s+cares\b|\b(?:nobody|no\s+one)\s+(?:really\s+)?cares\s+about(?=\s+your\b)|"
            # "Crying about work again?": the mockery, not what they are upset about.
            r"(?:^|(?<=[.!?]\s))(?:crying|whining|moaning|sulking)\s+(?:about|over)(?=\s+[^.!?]{1,30}?\s+again\s*\?)|\bno\s+need\s+to\s+(?:get|be)\s+(?:so\s+)?(?:defensive|dramatic|upset|"
            r"angry|mad|emotional|worked\s+up|touchy|sensitive|snippy|rude|hysterical)\b|"
            r"\bnot\s+every(?:thing|\s+[a-z]+)\s+(?:is|has\s+to\s+be)\s+(?:about\s+you|an?\s+(?:[a-z]+\s+)?[a-z]+)\b)"
            r"|(?P<hit9>\bit's\s+not\s+(?:that|such\s+a)\s+big\s+(?:of\s+a\s+)?deal\b|"
            r"\bit's\s+(?:really\s+)?not\s+that\s+bad\b|\bothers\s+have\s+it\s+(?:much\s+)?worse\b|"
            r"\bit\s+could\s+be\s+(?:a\s+lot\s+)?worse\b|\bdeal\s+with\s+it\b|"
            r"\byou're\s+(?:fine|okay|ok)\s*[.!]|\bit's\s+(?:just|only)\s+a\s+(?:joke|game|phone|"
            r"dish|plate|cup|show|movie|party|dinner|birthday)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're overreacting.",
            "You're making such a drama out of a text.",
            "You're blowing it out of proportion.",
            "It's all in your head, love.",
            "Don't be so sensitive.",
            "Have a nap and you'll be fine.",
            "Not everything is about you.",
            "That's a silly thing to be scared of.",
            "It's not worth crying over.",
            "You can't possibly be tired, you slept all day.",
            "No need to be so touchy, Mia.",
            "Not every argument is a crisis.",
            "Who cares about one missed call?",
            "Relax, nobody cares about your little work drama.",
            "Crying about work again? Meditation changed my life.",
        ),
        near_misses=(
            "I think I overreacted, sorry.",
            "I'm making a big pot of soup.",
            "You'll be fine at the interview, you've prepared so well!",
            "Nobody cares about the weather forecast anyway.",
            "Were you crying about the film again? It's so sad.",
        ),
        triggers=(
            "overreacting",
            "over",
            "exaggerating",
            "overthinking",
            "thinking",
            "imagining",
            "making",
            "blowing",
            "sensitive",
            "emotional",
            "touchy",
            "paranoid",
            "ridiculous",
            "hysterical",
            "dramatic",
            "oversensitive",
            "hypersensitive",
            "head",
            "don't",
            "shouldn't",
            "should",
            "reason",
            "need",
            "everything",
            "ll",
            "deal",
            "bad",
            "worse",
            "fine",
            "okay",
            "ok",
            "just",
            "only",
            "silly",
            "stupid",
            "dumb",
            "petty",
            "weird",
            "worth",
            "possibly",
            "really",
            "seriously",
            "cares",
            "need",
            "every",
            "crying",
            "whining",
            "moaning",
            "sulking",
        ),
        source="Emotional invalidation; minimising.",
    ),
    Rule(
        id="invalidation.minimising",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:nobody|no\s+one)\s+else\s+would\s+(?:be|get|care|mind|cry|complain)\b)"
            r"|(?P<hit2>\b(?:other\s+people|others|people|some\s+people|lots\s+of\s+people|plenty\s+of\s+"
            r"people)\s+have\s+it\s+(?:way|much|so\s+much|a\s+lot|far)\s+worse\b(?!\s+than\s+(?:us|we|me)))"
            r"|(?P<hit3>\bit\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:that|so|even\s+that)\s+bad\b)"
            r"|(?P<hit4>\bit's\s+been\s+(?:a|two|three|a\s+few|several|like\s+a)\s+(?:days?|weeks?|months?|"
            r"years?)\s*,\s*(?:just\s+)?(?:move\s+on|get\s+over\s+it|let\s+it\s+go))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Nobody else would be bothered by this.",
            "Other people have it way worse, you know.",
            "Oh come on, it wasn't that bad.",
            "It's been a week, move on.",
        ),
        near_misses=(
            "The storm wasn't that bad here, we're all fine.",
            "Some people have it worse than us, let's donate.",
        ),
        triggers=("else", "worse", "bad", "been"),
        source="Emotional invalidation; minimising.",
    ),
    Rule(
        id="invalidation.dismissal",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:you've\s+got|you\s+have|there's)\s+no\s+reason\s+to\s+(?:be|get|feel)\s+(?:so\s+)?"
            r"(?:upset|angry|mad|sad|hurt|jealous|offended|emotional|worked\s+up|annoyed|like\s+that|"
            r"that\s+way)\b|"
            r"\bpeople\s+with\s+real\s+problems\b|\breal\s+problems,?\s+you\s+know\b|"
            r"\byou'll\s+(?:have\s+)?forg[eo]t(?:ten)?\s+(?:all\s+)?about\s+(?:this|it)"
            r"(?:\s+(?:by|in\s+the)\s+(?:tomorrow|tonight|morning|next\s+week|the\s+weekend))?\b|"
            r"\blet's\s+not\s+make\s+(?:it|this|that)\s+(?:into\s+)?a\s+(?:whole\s+|big\s+)?(?:thing|drama|"
            r"deal|production)\b|\bwould\s+kill\s+for\s+your\s+problems\b|\bnot\s+that\s+deep\b|"
            r"\bworth\s+(?:crying|getting\s+upset|getting\s+worked\s+up|fighting)\s+(?:over|about)\b|"
            r"\bwaterworks\b|\bnot\s+that\s+big\s+(?:of\s+)?a\s+deal\b|\bstop\s+crying\b|"
            r"\bwhy\s+are\s+you\s+(?:even\s+)?(?:upset|angry|mad|crying|sad)\s+about\s+(?:this|that|it)\b|"
            r"\b(?:upset|angry|mad|hysterical|worked\s+up|dramatic|emotional|crying|freaking\s+out)\s+"
            r"(?:over|about)\s+(?:nothing|something\s+so\s+(?:small|silly|minor))\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You've got no reason to be upset.",
            "There are people with real problems, you know.",
            "You'll have forgotten all about this by tomorrow.",
            "Everyone has bad days. Let's not make it a whole thing.",
            "At least you still have a job. Some of us would kill for your problems.",
            "its literally not that deep babe",
            "Is this really worth crying over?",
            "Oh, here come the waterworks.",
            "It's honestly not that big a deal.",
            "My wife gets hysterical over nothing.",
        ),
        near_misses=(
            "There's no reason to be nervous, you've prepared so well.",
            "Let's not make it a late night, we have the flight tomorrow.",
        ),
        source="Emotional invalidation; minimising.",
    ),
)
