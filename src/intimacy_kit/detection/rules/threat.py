"""Threats, ultimatums, coercion and self-harm: a safety concern, never softened.

Safety rules fire whatever frame comes before them ("I don't think I'll hurt you" still
deserves a second look; the patterns themselves stop at a negation inside the threat, so
"I'd never hurt you" stays clean), through hedges, and inside quoted or reported speech:
"he said he'd hurt me if I left" is exactly what a person may need help with. A line
quoted from a film is the price of that choice.

The words live in the lexicon's classes (harm verbs, verbs of leaving and of exposing,
self-harm phrases); the rules are the frames that make them a threat: the writer's
future act against the listener, a condition or an imperative with a consequence, a
warning, control over money, children, phones and keys.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import WILL

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
_SAFETY = {"negatable": False, "hedge": "keep", "in_quotes": True}

# Someone the writer can act against: the listener, their things, the people around them.
_TARGET = (
    "(YOU | YOURSELF | YOUR | THIRD_PERSON"
    " | (YOUR | SPEAKER_POSSESSIVE) (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN))"
)
# Who would hear what the writer tells: exposure as a threat.
_AUDIENCE = "(everyone | everybody | people | the judge | YOUR _ | THIRD_PERSON)"
# What the writer will do against the listener's body, things, money, children, name.
_ACT = (
    f"(HARM_VERB {_TARGET}"
    " | <make> (YOU | YOUR life) a? (<pay> | <suffer> | <regret> | sorry | hell | misery"
    " | nightmare | \"living hell\")"
    " | DESTROY_VERB (all | every)? (of)? YOUR"
    " | EXPOSE_VERB (YOUR | those | these | the | our | DETERMINER) _? (PROTECTED_THING | secret"
    " | secrets | email | emails | chats)"
    f" | <tell> {_AUDIENCE} (what | about | everything | \"the truth\" | how | that | $)"
    f" | <make> sure {_AUDIENCE} ... (<know> | <hear> | <find> out | <see> | <learn>)"
    " (what | about | exactly | \"the truth\" | who)"
    " | <make> sure of it"
    " | COERCIVE_VERB (YOUR | the | our) PROTECTED_THING -(to | for | out | home | with | back)"
    " | (COERCIVE_VERB | <throw> | <kick> | <lock> | <put> | <cut>) YOU (off | out | down"
    " | \"for everything\")"
    " | (<report> | <expose> | <humiliate> | <evict> | <sue> | <shame> | <out> | <dump>"
    " | <hunt> | <track>) YOU"
    " | <take> (the | YOUR | our)? PROTECTED_THING -(to | for | out | home | with | back)"
    " | <take> YOU (for everything | down | to court)"
    " | (<show> up | <turn> up | <come> over | <come> round | <drive> over) (at | to)? YOUR"
    " | <change> the locks | <call> the (cops | police) on YOU"
    " | <leave> YOU -(alone | to | be | some | with | a | the | in | at)"
    " | <divorce> YOU | <end> (this | it | us | things) | <end> YOU | <ruin> YOU"
    " | <destroy> YOU)"
)
# A consequence that threatens whatever the condition: "… and we're done", "… or else".
_STRONG_CONSEQUENCE = (
    "(SPEAKER (FUTURE | BE)? (leaving | gone | out | done | finished | through | leave | walk"
    " | go | move out | outta here) -(for | with) | we (FUTURE | BE)? (done | through | finished"
    " | over) -(for | with) | it BE over | this BE over | SPEAKER FUTURE? <be> gone"
    " | (\"the kids\" | \"the children\") and SPEAKER BE gone"
    " | YOU (FUTURE | BE going to | BE gonna) <be>? (<regret> | sorry | <pay>)"
    " | YOU (FUTURE | MODAL) (n't | not | never) (<like> (it | what) | <see> | <find> (us | me))"
    " | YOU (FUTURE | BE going to)? <find> out what SPEAKER BE capable of"
    " | YOU (BE) out (\"on the street\" | \"of here\" | \"of this house\" | \"of my house\")?"
    " | DO n't (<bother> | <think> about) (coming | <come>) (back | home)"
    f" | (SPEAKER <swear>)? SPEAKER (FUTURE | BE going to | BE gonna | MODAL | BE)? {_ACT}"
    " | SPEAKER <stop> (<pay> | <give>) | <see> what <happen> | THREAT_IDIOM"
    " | <find> YOURSELF (single | alone | out))"
)
# After a condition: also damage to things ("… I'll smash it").
_CONDITIONAL_CONSEQUENCE = (
    f"({_STRONG_CONSEQUENCE} | (SPEAKER <swear>)? SPEAKER (FUTURE | BE)? (HARM_VERB | DESTROY_VERB)"
    " (it | everything | things | something | this | that))"
)
# After an order and "or": also turning up ("answer or I'm coming over").
_CONSEQUENCE = (
    f"({_CONDITIONAL_CONSEQUENCE} | SPEAKER (FUTURE | BE)? (<come> | <drive> | <go>)"
    " (over | round | there))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="threat.harm",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            f"[(SPEAKER | we) ({WILL} | MODAL | 'd | BE | <want> to | <swear> to god SPEAKER FUTURE)"
            f" {_ACT}]"
            f" | [(SPEAKER | we) HARM_VERB (the | THIRD_PERSON)? (shit | hell | crap | fuck | life)"
            " (out | outta) (of)? YOU]"
            " | [(SPEAKER | we) HARM_VERB YOUR _? (ass | arse | face | head)]"
            " | [YOU (FUTURE | BE going to | BE gonna) (<get> | <be>) HARM_VERB]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'll kill you.",
            "I'm going to smash your face in.",
            "I swear I'll hurt you.",
            "Ill k i l l u",
            "I'll make your life hell.",
            "I will post those pics.",
            "I'm gonna take the kids.",
            "I'll tell everyone what you did.",
            "I'll cut you off.",
            "i will literally end you",
            "I'm changing the locks.",
            "I'll make sure your sister hears about this.",
            "im cancelling ur card",
            "I'll take you for everything you've got.",
            "we will make your life a misery",
            "i slap the shit out of you",
            "imma whip your ass",
            "You're gonna get hurt.",
        ),
        near_misses=(
            "I'd never hurt you.",
            "I could kill for a pizza.",
            "I'll take the kids to school.",
            "I'll tell everyone the good news!",
            "This traffic is killing me.",
            "I'll make sure the kids are fed.",
            "I'm cancelling the gym membership, it's a waste.",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Threats and coercive control.",
    ),
    Rule(
        id="threat.ultimatum",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            f"[(CONDITION | \"one more\") ... ... COMMA? (then)? {_CONDITIONAL_CONSEQUENCE}]"
            f" | [(<do> | <say> | <try> | <pull>) (that | it | this) (again | \"one more time\")"
            f" ... (and | or)? {_CONSEQUENCE}]"
            f" | [^ (YOU | \"go ahead\")? (n't | not)? DEFIANCE_VERB ... (and | or) {_CONSEQUENCE}]"
            f" | [^ ... (and | or | \"or else\") {_STRONG_CONSEQUENCE}]"
            f" | [^ ... or {_CONSEQUENCE}]"
            f" | [(either | \"it 's\" | it BE) ... or {_CONSEQUENCE}]"
            f" | [(<keep> | <carry> on) ... and {_CONSEQUENCE}]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Do that again and you'll be sorry.",
            "If you leave me, I'll take the kids.",
            "Come home tonight or we're done.",
            "Either she goes or I go.",
            "One more lie and I'm gone.",
            "Keep ignoring me and see what happens.",
            "Lie to me again and we're finished.",
            "Give me your phone or I'm leaving.",
            "Walk out on me and I'm emptying the joint account.",
            "block me and ill show up at ur place",
            "If you don't pick up, I'm driving over and you won't like it.",
        ),
        near_misses=(
            "If you need me, I'll be in the garden.",
            "Text me and I'll pick you up.",
            "Either way works for me.",
            "If you're tired, we're done for today, no worries.",
            "If you're bored later, I'll come over with snacks.",
            "Maybe if you actually paid attention, you'd see it.",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Ultimatums and coercive control.",
    ),
    Rule(
        id="threat.warning",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            "[YOU (FUTURE | BE going to | BE gonna) (<regret> (this | it | that | the day) | be sorry"
            " | <pay> (for (this | that | it))? | <get> what 's coming | never <see> (the | YOUR | me)"
            " | <wish> YOU)]"
            " | [YOU ('d | had) better (<watch> | <be> careful | <sleep> with one eye)]"
            " | [<watch> (YOUR (back | mouth | tone) | YOURSELF)]"
            " | [YOU FUTURE never <see> (\"the kids\" | them | YOUR _ | me | us) again]"
            " | [THREAT_IDIOM] | [SPEAKER <know> where (YOU | YOUR _ | THIRD_PERSON)"
            " (<live> | <work> | <sleep> | <stay>)]"
            " | [(it | that)? ('d | would | will) be a (shame | pity) if (YOU | YOUR | SPEAKER)]"
            " | [<think> (very | really)? carefully about YOUR next]"
            " | [remember who <pay> (YOUR | the)]"
            " | [see how far YOU <get> without]"
            " | [YOUR _ ('d | would | might) (<like> | <love>) to (<see> | <know> | <hear>)]"
            " | [YOU BE (dead | \"a dead man\" | \"a dead woman\" | \"so dead\")] $"
            " | [DO n't (<make> me | <push> me | <test> me)] | [SPEAKER 'm warning YOU]"
            " | [YOU DO n't <want> to <know> what SPEAKER]"
            " | [YOU <have> no idea what SPEAKER BE capable of]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'll regret this.",
            "You'd better watch yourself.",
            "Watch your back.",
            "Clean it up, or else.",
            "I know where you live.",
            "You're dead.",
            "Don't push me.",
            "You'll never see the kids again.",
            "This is your last warning.",
        ),
        near_misses=(
            "Watch out for the ice!",
            "You'll never regret adopting a dog!",
            "Watch your step on the stairs, they're slippery.",
            "I'm scared of losing you.",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Veiled threats (coercive control).",
    ),
    Rule(
        id="threat.control",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            "[YOU BE (n't | not) (going | leaving) (anywhere | \"this house\" | \"this room\")] $"
            " | [YOU (BE n't | <be> not | MODAL n't | MODAL not) (allowed | permitted) to]"
            " | [YOU (FUTURE | MODAL) <do> (what | as) SPEAKER (<say> | <tell>)]"
            " | [SPEAKER (FUTURE | MODAL) n't <let> YOU (<leave> | <go> | <see> | <have>)]"
            " | [(YOU | THIRD_PERSON) (FUTURE | MODAL) (n't | not | never) <see> (a | one)?"
            " (penny | dime | cent | dollar | pound | cent)]"
            " | [<give> me YOUR (phone | password | passwords | keys | card | cards)] -(and | so | to | for)"
            " | [(SPEAKER BE | SPEAKER FUTURE) (<check> | <read> | <go> through) YOUR (phone | messages | texts | emails)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're not going anywhere.",
            "You aren't allowed to see your friends.",
            "You'll do what I say.",
            "I won't let you leave.",
            "You won't see a penny.",
            "Give me your phone. Now.",
        ),
        near_misses=(
            "You're not going anywhere without your coat!",
            "Dogs aren't allowed in the café.",
            "Give me your phone and I'll save my number.",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Coercive control: isolation, money, surveillance.",
    ),
    Rule(
        id="threat.self_harm",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            "[SELF_HARM_PHRASE]"
            " | [SPEAKER (<want> to | FUTURE | BE going to | BE gonna) (die | <disappear> forever"
            " | <end> it)] -(of | for | laughing | when | if)"
            " | [SPEAKER DO n't <want> to (<live> | <be> (here | alive) | <exist>) (anymore | \"any more\")?]"
            " | [(everyone | YOU all? | y'all) ('d | would | will) all? be better off without me]"
            " | [(no | nothing) (reason | point) (to | in) (<live> | living | <go> on | going on)]"
            " | [what SPEAKER (FUTURE | MODAL) <do> to myself]"
            " | [(nobody | \"no one\") (would | will | MODAL) <notice> if SPEAKER (<disappear> | <die>"
            " | <be> gone)]"
        ),
        message=_SELF_HARM_WHY,
        suggestion=(
            "If you are thinking about hurting yourself, please contact a crisis line or "
            "emergency services now, and tell someone you trust."
        ),
        examples=(
            "If you leave I'll kill myself.",
            "I want to die.",
            "I don't want to be here anymore.",
            "You'd all be better off without me.",
            "kms",
        ),
        near_misses=("I'm dying to see you!", "I could die of embarrassment, lol.", "I want to live by the sea."),
        **_SAFETY,  # type: ignore[arg-type]
        source="Self-harm statements and ultimatums.",
    ),
    Rule(
        id="threat.harm_wish",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            "[HARM_WISH] | [SPEAKER <hope> YOU (<die> | <rot> | <burn> | <get> hit | <suffer>)]"
            " | [YOU DO (n't | not) <deserve> to (<live> | <be> alive | <exist>)]"
            " | [like (<kill> | killing) YOURSELF]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Go kill yourself.",
            "Drop dead.",
            "I hope you die.",
            "kys",
            "you don't deserve to live",
            "find something useful to do, like killing yourself",
        ),
        near_misses=("I hope you feel better soon.", "Knock 'em dead at the interview!"),
        **_SAFETY,  # type: ignore[arg-type]
        source="Wishing harm on the listener.",
    ),
)
"""The threat rules."""
