"""Threats, coercion and self-harm ultimatums: a safety concern, never softened."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Hedge, Rule

_WHY = (
    "This reads as a threat or an ultimatum, whether it is yours or one you are passing "
    "on. Threats make a relationship unsafe, whatever was meant by them; if anyone is at "
    "risk, contact local emergency services or a helpline (for example a domestic-abuse "
    "or crisis line) now."
)
_SELF_HARM_WHY = (
    "This mentions harming yourself. Your pain matters: please reach out to someone you "
    "trust or a crisis line today; if you are in immediate danger, call emergency services."
)
_INSTEAD = "Step away until you are calm; then say what you feel and need, without a threat."

# Safety rules fire whatever frame comes before them ("I don't think I'll hurt you" is
# still worth a second look), and inside quoted or reported speech too: "he said he'd
# hurt me if I left" is exactly what a person may need help with. A line quoted from a
# film is the price of that choice.
_SAFETY = {
    "negatable": False,
    "hedge": Hedge.KEEP,
    "in_quotes": True,
}

RULES: tuple[Rule, ...] = (
    Rule(
        id="threat.you_will_regret",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna)\s+"
            r"(?:be\s+sorry|regret\s+(?:this|it|that|the\s+day)|pay\s+for\s+(?:this|that|it)|pay\b|"
            r"see\s+what\s+happens|wish\s+you\s+(?:hadn't|never|had\s+never)|never\s+see\s+"
            r"(?:the\s+kids|your\s+kids|your\s+children|me|a\s+penny|a\s+dime|them)\s+again)"
            r"|\bor\s+else\b(?!\s+(?:we|i|you)\s+(?:could|can|might))|\bwatch\s+your\s+back\b|"
            r"\byou\s+don't\s+want\s+to\s+know\s+what\s+(?:i'll|i\s+will|happens)\b|"
            r"\bi\s+know\s+where\s+you\s+(?:live|work|sleep)\b|"
            r"\bdon't\s+make\s+me\s+(?:hurt|hit|do\s+something|come\s+over\s+there)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Do that again and you'll be sorry.",
            "You're going to regret this.",
            "Clean it up, or else.",
            "You'll never see the kids again.",
        ),
        near_misses=("I'm scared of losing you.", "You'll never regret adopting a dog!"),
        triggers=(
            "sorry",
            "regret",
            "pay",
            "happens",
            "wish",
            "again",
            "else",
            "back",
            "know",
            "live",
            "work",
            "make",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Threats and coercive control.",
    ),
    Rule(
        id="threat.harm",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+swear\s+i'll|"
            r"\s+could|\s+should|'d)\s+(?:really\s+)?(?:kill|hurt|hit|punch|slap|strangle|beat|"
            r"destroy|ruin|end|smash|break)\s+(?:you|your|him|her|them)\b(?!\s+at\s+\w+)|"
            r"\bi(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna)\s+make\s+(?:your\s+life\s+(?:a\s+)?hell|"
            r"you\s+(?:pay|regret|suffer|sorry))|\bi(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna)\s+take\s+"
            r"(?:the\s+kids|the\s+children|everything|the\s+house)\b|"
            r"\bi(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna)\s+tell\s+(?:everyone|everybody|your\s+"
            r"(?:boss|family|mom|mother|dad|father|wife|husband))\b(?=[^.!?]{0,40}\b(?:if|unless|"
            r"about|what|your|how)\b)|"
            r"\bif\s+you\b[^.!?]{1,60}?,?\s+(?:i(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna)|you(?:'ll|"
            r"\s+will))\s+(?:[a-z']+\s+)?(?:leave|kill|hurt|hit|ruin|destroy|end\s+(?:this|it|us)|"
            r"take\s+the\s+kids|make\s+you|regret|be\s+sorry|pay|never\s+see|tell\s+everyone|"
            r"divorce|throw\s+you\s+out|kick\s+you\s+out|cut\s+you\s+off)\b(?!\s+myself)|"
            r"\b(?:do|try|say)\s+(?:that|it)\s+(?:again|one\s+more\s+time)\s+and\s+"
            r"(?:i(?:'ll|\s+will|'m)|you(?:'ll|\s+will))\b|\bi\s+dare\s+you\b|"
            r"\bone\s+more\s+(?:word|time|thing|chance|minute|second)\b[^.!?]{0,30}?\band\s+(?:i|you)\b|"
            r"\bkeep\s+(?:it\s+up|[a-z]+ing(?:\s+me)?)\b[^.!?]{0,30}?\band\s+(?:i(?:'ll|\s+will|\s+swear)|"
            r"you(?:'ll|\s+will)|see\s+what\s+happens)|"
            r"\bdon't\s+(?:bother|even\s+think\s+about)\s+coming\s+back\b|"
            r"\bi(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna)\s+(?:burn|trash|throw\s+out|sell|smash|break|"
            r"destroy|cut\s+up)\s+(?:all\s+)?(?:of\s+)?(?:your|ur)\b|"
            r"\b(?:tell|show)\s+(?:anyone|anybody|someone|your\s+\w+)\s+and\s+i(?:'ll|\s+will)\b|"
            r"\bi(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna)\s+(?:post|share|leak|send|show)\s+(?:those|"
            r"your|the|our|these|all\s+your)\s+(?:\w+\s+)?(?:pictures|photos|pics|videos|texts|"
            r"messages|nudes)\b|"
            r"\b(?:next\s+time|the\s+moment|once)\s+you\b[^.!?]{1,60}?,?\s+i(?:'ll|\s+will|'m\s+going\s+to|"
            r"'m\s+gonna|'m)\s+(?:[a-z']+\s+)?(?:throw(?:ing)?\s+you\s+out|kick(?:ing)?\s+you\s+out|"
            r"leav(?:e|ing)\s+(?:you|for\s+good)|kill|hurt|hit|ruin|destroy|done\s+with\s+you|divorc\w+))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'll make your life hell.",
            "If you leave me, I'll take the kids.",
            "Say that again and I'll leave.",
            "I swear I'll hurt you.",
            "I'm going to kill you.",
            "One more word and I swear I'll smash it.",
            "Say that again. I dare you.",
            "Keep ignoring me and I'll show up at your work.",
            "If you walk out that door, don't bother coming back. I'll burn your stuff.",
            "Tell anyone and I'll post those pictures.",
            "Next time you lie to me, I'm throwing you out on the street.",
            "keep it up and see what happens",
        ),
        near_misses=(
            "I'll kill you at chess tonight.",
            "If you want, I'll make dinner.",
            "This traffic is killing me.",
            "Next time you visit, I'll cook for you.",
            "Tell me and I'll help.",
        ),
        triggers=(
            "kill",
            "hurt",
            "hit",
            "punch",
            "slap",
            "strangle",
            "beat",
            "destroy",
            "ruin",
            "end",
            "smash",
            "break",
            "make",
            "take",
            "tell",
            "if",
            "again",
            "time",
            "dare",
            "more",
            "keep",
            "coming",
            "burn",
            "trash",
            "throw",
            "sell",
            "destroy",
            "cut",
            "show",
            "post",
            "share",
            "leak",
            "send",
            "next",
            "moment",
            "once",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Threats of violence, coercion and ultimatums with harm.",
    ),
    Rule(
        id="threat.self_harm",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+might|"
            r"\s+could|\s+swear\s+i'll|'d\s+rather|\s+want\s+to|\s+wanna)\s+(?:just\s+)?"
            r"(?:kill|hurt|harm|cut)\s+myself\b|"
            r"\bi(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna|\s+want\s+to)\s+(?:end\s+it\s+all|"
            r"end\s+my\s+life|take\s+my\s+(?:own\s+)?life|not\s+be\s+(?:around|here)\s+(?:anymore|much\s+longer))\b|"
            r"\byou'll\s+be\s+sorry\s+when\s+i'm\s+(?:gone|dead)\b|\bi'd\s+rather\s+(?:be\s+)?(?:die|dead)\b|"
            r"\bi\s+(?:don't|do\s+not)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up)\b|"
            r"\bi\s+might\s+as\s+well\s+(?:die|be\s+dead|kill\s+myself)\b|"
            r"\bno\s+reason\s+(?:for\s+me\s+)?to\s+(?:live|go\s+on)\b|\bbetter\s+off\s+without\s+me\b|"
            r"\b(?:i'm|i\s+am)\s+done\s+(?:living|with\s+(?:life|living|being\s+alive))\b)"
        ),
        message=_SELF_HARM_WHY,
        suggestion="Reach out now to someone you trust or a crisis line; you deserve support.",
        examples=(
            "If you leave, I'll kill myself.",
            "You'll be sorry when I'm gone.",
            "I don't want to live anymore.",
            "Everyone would be better off without me.",
            "u leave me and im done living 💔",
        ),
        near_misses=("I could kill for a coffee.", "I'm dying to see you!"),
        triggers=(
            "myself",
            "end",
            "life",
            "sorry",
            "rather",
            "live",
            "alive",
            "exist",
            "wake",
            "die",
            "dead",
            "reason",
            "without",
            "living",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Self-harm statements and ultimatums (safety).",
    ),
    Rule(
        id="threat.veiled",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\byou\s+won't\s+like\s+(?:it|what\s+happens|what\s+i\s+do)\b"
            r"|\b(?:again|me|it|that|up)\s+and\s+see\s+what\s+happens\b|\bi(?:'ll|\s+will)\s+make\s+sure\s+(?:(?:everyone|everybody|they|your\s+\w+)\s+(?:knows|finds\s+out|hears|"
            r"sees|learns)(?!\s+how\s+(?:proud|much|amazing|great|good|happy|lucky|brilliant))|"
            r"you\s+(?:never|regret|pay))\b|\bwhat\s+i'm\s+capable\s+of\b|"
            r"\bcross\s+me\b|\b(?:i'll|ill|i\s+will)\s+make\s+you\s+(?:regret|pay|sorry|suffer)\b|"
            r"\btake\s+you\s+down\s+with\s+me\b|\bi(?:'ll|\s+will)\s+tell\s+(?:your\s+\w+|everyone|"
            r"everybody)\s+(?:everything|all\s+about|what\s+you)\b|\byou(?:'ll|\s+will)\s+never\s+see\s+"
            r"(?:the\s+kids|your\s+kids|your\s+children|a\s+penny|a\s+dime|a\s+cent|them)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "If you don't answer, I'm coming over there and you won't like it.",
            "Touch my phone again and see what happens.",
            "You leave and I'll make sure everyone knows what you did.",
            "If you don't send the money by Friday, I'll tell your wife everything.",
            "Cross me again and you'll find out what I'm capable of.",
            "ill make u regret it",
            "I'll take you down with me.",
            "You'll never see a penny from me if you do this.",
        ),
        near_misses=(
            "Let's wait and see what happens with the weather.",
            "I'll make sure everyone has a plate.",
        ),
        triggers=(
            "like",
            "happens",
            "sure",
            "capable",
            "cross",
            "regret",
            "pay",
            "sorry",
            "suffer",
            "down",
            "tell",
            "never",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Veiled threats and coercion.",
    ),
    Rule(
        id="threat.coercion",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\b(?:won't|wont)\s+like\s+(?:it|what\s+happens)\b|\b(?:would|it'd|it\s+would)\s+be\s+a\s+"
            r"(?:pity|shame)\s+if\s+(?:your|you|something\s+(?:happened|happens))\b|\bwon't\s+see\s+a\s+(?:penny|dime|cent)\b|\bill\s+make\s+(?:your|you)\b|"
            r"\band\s+(?:i'll|ill|i\s+will)\s+show\s+up\s+at\s+your\s+(?:work|job|office|house|place|school|parents)\b|"
            r"\bi\s+know\s+where\s+(?:you|your\s+\w+)\s+(?:live|lives|work|works|sleep|sleeps)\b|"
            r"\bthink\s+(?:very\s+)?(?:carefully|hard)\s+about\s+your\s+next\s+move\b|"
            r"\bsee\s+how\s+far\s+you\s+get\s+without\b|\bremember\s+who\s+pays\b|"
            r"\bmake\s+(?:your|ur)\s+life\s+(?:a\s+)?(?:hell|misery|a\s+living\s+hell)\b|"
            r"\bim\s+done\s+with\s+you\s+and\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "answer or im coming over rn and u wont like it",
            "Would be a pity if your car got scratched again.",
            "Tell Dana if she moves out she won't see a penny of the house money.",
            "if u go to that party im done w u and ill make ur life hell",
            "block me and ill show up at ur work",
            "I know where your sister lives, just so you know.",
            "You might want to think very carefully about your next move.",
            "Go on then, see how far you get without my money.",
            "Remember who pays the rent before you say another word.",
        ),
        near_misses=(
            "It would be a shame if it rained on the picnic.",
            "I'll show up at your work with lunch, surprise!",
        ),
        triggers=(
            "like",
            "pity",
            "shame",
            "penny",
            "dime",
            "cent",
            "ill",
            "show",
            "know",
            "think",
            "far",
            "remember",
            "life",
            "done",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Veiled threats, coercion and control.",
    ),
    Rule(
        id="threat.ultimatum",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            r"(?P<hit>\band\s+(?:i'll|i\s+will)\s+(?:tell|show|send|post|call\s+(?:the\s+police|your)|report)\b|"
            r"\bi(?:'ll|\s+will)\s+take\s+you\s+for\s+(?:everything|every\s+penny|all)\b|"
            r"\bgood\s+luck\s+(?:finding|getting|keeping)\b[^.!?]{0,40}\b(?:lawyer|kids|house|custody|job)\b|"
            r"\bwhat\s+i'll\s+do\s+to\s+myself\b|\baccidents\s+happen\b|"
            r"\bone\s+more\s+(?:lie|word|excuse|mistake|comment|drink|complaint|strike|stunt|warning|"
            r"chance)\s+and\s+(?:i|you)(?:'re|'ll|\s+will|\s+are)?\b|"
            r"\band\s+i'm\s+(?:cancelling|canceling|taking|calling|telling|emptying|changing\s+the\s+locks)\b|"
            r"\bmake\s+sure\s+the\s+(?:judge|court|police|school)\s+knows\b|\bnobody\s+will\s+believe\s+you\b|"
            r"\bor\s+i(?:'ll)?\s+(?:empty|cancel|take|tell|call|cut|sell|change\s+the\s+locks)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Take that job and I'll tell your parents about the debt.",
            "I'll take you for everything you've got.",
            "Good luck finding a lawyer who'll let you keep the house.",
            "If you leave me I don't know what I'll do to myself.",
            "Accidents happen, you know.",
            "One more lie and you're out on the street.",
            "Walk out that door and I'm cancelling your card.",
            "Leave and I'll make sure the judge knows exactly what kind of mother you are.",
            "Go ahead and tell people. Nobody will believe you, and I'll make sure of it.",
            "Come home tonight or I empty the joint account.",
        ),
        near_misses=(
            "Text me when you land and I'll call you back.",
            "Good luck with the interview, you'll smash it!",
            "One more coffee and I'm ready.",
        ),
        triggers=(
            "tell",
            "show",
            "send",
            "post",
            "call",
            "report",
            "take",
            "luck",
            "myself",
            "accidents",
            "more",
            "cancelling",
            "canceling",
            "taking",
            "calling",
            "telling",
            "emptying",
            "changing",
            "judge",
            "court",
            "police",
            "school",
            "believe",
            "empty",
            "cancel",
            "cut",
            "sell",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Ultimatums with harm: money, custody, reputation, self-harm.",
    ),
)
