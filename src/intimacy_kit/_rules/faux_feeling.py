"""Faux feelings: an evaluation of the partner dressed as a feeling."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule

_WHY = (
    "'I feel ignored' or 'I feel like you don't care' sounds like a feeling but is a "
    "verdict on what the other person did, so it lands as an accusation."
)
_INSTEAD = "Name the feeling inside you and the need: 'I feel lonely, because I need connection.'"

# Roles a person says they feel reduced to ("I feel like your maid").
_ROLE = (
    r"(?:maid|servant|nanny|cash\s+machine|atm|doormat|slave|babysitter|punching\s+bag|afterthought|"
    r"stranger|roommate|flatmate|housemate|ghost|brick\s+wall|wall|fool|burden|option|backup|"
    r"placeholder|employee|chauffeur|driver|taxi|cleaner|cook|chef|butler|secretary|assistant|"
    r"therapist|nurse|bank|wallet|piece\s+of\s+furniture|convenience|mother|mum|mom|parent)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="faux_feeling.feel_like_you",
        category=Category.FAUX_FEELING,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\b(?:i|it)(?:\s+(?:just|really|honestly|sometimes|often|always|genuinely|"
            r"kind\s+of|kinda))?\s+(?:feel|feels|felt|am\s+feeling|'m\s+feeling|'ve\s+been\s+feeling|"
            r"get\s+the\s+feeling|have\s+the\s+feeling)\s+(?:like|that|as\s+if|as\s+though)\s+"
            r"(?:you|you're|your|nobody|no\s+one|i'm\s+the\s+only\s+(?:one|grown-up|adult)|i\s+am\s+the\s+only\s+one|"
            r"i'm\s+invisible|i\s+don't\s+matter|i'm\s+talking\s+to\s+a\s+wall)\b"
            r"(?!(?:'d|\s+would|\s+will|'ll)\s+(?:love|like|enjoy|be\s+(?:great|good|amazing))|"
            r"\s+(?:really\s+)?(?:understand|get)\s+me|'re\s+(?:right|the\s+best|amazing|great|"
            r"ready|tired|stressed|busy|worried|sad|nervous))"
            r"(?:'re|'ve|\s+(?:are|don't|never|always|just|only|didn't|do|have|care|want|think)\b)?)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I feel like you don't care.",
            "It feels like you don't even notice the laundry.",
            "I feel that you never listen.",
            "I feel like I'm the only one trying.",
            "i feel like ur ignoring me",
        ),
        near_misses=(
            "I feel like pizza tonight.",
            "I feel like you'd love this book!",
            "I feel like you really get me.",
            "I feel lonely.",
        ),
        triggers=("feel", "feels", "felt", "feeling"),
        source="Nonviolent Communication: 'I feel like …' expresses a thought, not a feeling.",
    ),
    Rule(
        id="faux_feeling.evaluative_word",
        category=Category.FAUX_FEELING,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bi(?:'m|\s+am|\s+was|'ve\s+been\s+feeling)?(?:\s+(?:just|really|honestly|always|sometimes|often|"
            r"genuinely|still|kind\s+of|kinda))*\s+(?:feel|felt|feeling|am\s+feeling|'m\s+feeling|"
            r"was\s+feeling|'ve\s+been\s+feeling|have\s+been\s+feeling|'ve\s+been\s+feeling|feel\s+like\s+i'm\s+being|"
            r"feel\s+like\s+i\s+am\s+being|feel\s+like\s+i\s+was\s+being|feel\s+so|keep\s+feeling)"
            r"(?:\s+(?:so|really|very|completely|totally|a\s+bit|a\s+little|kind\s+of|kinda|pretty|"
            r"quite|super|extremely|utterly|incredibly|deeply|just|like|rather|somewhat|more|very\s+much))*"
            r"\s+<FAUX>)"
            r"|(?P<hit2>\byou\s+make\s+me\s+feel\s+(?:so\s+|really\s+)?<FAUX>)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I feel ignored.",
            "I felt so abandoned last night.",
            "I'm feeling really unappreciated.",
            "Honestly, I feel left out of the plans.",
            "I feel taken for granted.",
        ),
        near_misses=(
            "I feel lonely.",
            "I feel sad and tired today.",
            "I was ignored by the waiter, lol.",
        ),
        source="Nonviolent Communication: words that evaluate others rather than name feelings.",
    ),
    Rule(
        id="faux_feeling.feel_like_object",
        category=Category.FAUX_FEELING,
        severity=Severity.LOW,
        pattern=(
            # The whole role is the faux feeling: "your personal chef and cleaner", "a cash
            # machine with legs".
            r"(?P<hit>\bi(?:'m\s+starting\s+to|\s+just|\s+sometimes|\s+really|\s+honestly)?\s+"
            r"(?:feel|felt)\s+like\s+(?:i'm\s+)?(?:(?:a|an|your|the)\s+(?:\w+\s+){0,2}?"
            + _ROLE
            + r"(?:\s+(?:and|or)\s+(?:\w+\s+)?"
            + _ROLE
            + r")?(?:\s+with\s+legs)?"
            # … and the role denied next to it: "your mother sometimes, not your girlfriend".
            r"(?:(?:\s+(?:sometimes|lately|now|here|again))?,?\s+(?:and\s+)?not\s+(?:a|an|your|the)\s+"
            r"(?:\w+\s+)?\w+)?"
            r"|talking\s+to\s+a\s+(?:brick\s+)?wall|invisible|nothing|no\s+one)\b)"
            r"|(?P<hit2>\b<PARTNER>\s+(?:makes|made)\s+me\s+feel\s+(?:so\s+|really\s+)?(?:<FAUX>|invisible|"
            r"worthless|stupid|small|like\s+(?:a|an|nothing))\b)"
            r"|(?P<hit3>\bi\s+(?:just\s+)?(?:feel|felt)\s+(?:a\s+bit|a\s+little|kind\s+of|so|really|completely)?"
            r"[\s.…]*<FAUX>)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'm starting to feel like a cash machine with legs.",
            "I feel like an unpaid nanny in this family.",
            "I feel like I'm talking to a brick wall.",
            "Honestly, I feel like your mother sometimes, not your girlfriend.",
            "My husband makes me feel invisible.",
            "I just feel a bit... used, I guess.",
            "i feel so ghosted by u rn",
        ),
        near_misses=(
            "I feel like a new person after that holiday!",
            "I feel like a kid again at the fair.",
        ),
        triggers=("feel", "felt", "makes", "made"),
        source="Nonviolent Communication: evaluations dressed as feelings.",
    ),
)
