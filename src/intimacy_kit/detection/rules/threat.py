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

# What a writer may threaten to show to others.
_INTIMATE = (
    "(pic | pics | picture | pictures | photo | photos | photograph | photographs | nudes"
    " | video | videos | vid | vids | screenshot | screenshots | message | messages | text"
    " | texts | chat | chats | email | emails | dms | recording | recordings | tape | tapes"
    " | diary | letters)"
)
# Who acts: the writer, "we", or people the writer sends ("my brothers", "someone").
_ACTOR = "(SPEAKER | we | (SPEAKER_POSSESSIVE | some | a few) ALLY | someone | somebody | they)"
_BODY_PART = (
    "(nose | neck | leg | legs | arm | arms | jaw | teeth | tooth | finger | fingers | bone"
    " | bones | rib | ribs | knee | knees | hand | hands | wrist | wrists | skull | head | face"
    " | eye | eyes | throat | spine | kneecap | kneecaps | ankle | ankles | elbow | elbows"
    " | collarbone)"
)
# Someone the writer can act against: the listener, their things, the people around them.
_TARGET = (
    "(YOU | YOURSELF | (YOUR | SPEAKER_POSSESSIVE) (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN)"
    f" | YOUR _? (PERSON_PART | {_BODY_PART}))"
)
# Someone else, only with a verb that is violent by itself and at the end of the threat:
# "I'll kill him" but not "I'll get him from school" or "I'll cut her hair".
_THIRD_TARGET = (
    "THIRD_PERSON ($ | =(if | when | and | for | so | too | again | worse | badly | properly |"
    " myself | dead | with"
    " | CLAUSE_BREAK | PUNCT))"
)
_WILL = f"({WILL} | MODAL | 'd | BE | <want> to | <swear> (to god)? SPEAKER FUTURE)"
# Trash talk about a game: "I'll destroy you at chess".
_PLAYFUL = (
    "(at | in | on) DETERMINER? GAME_NOUN | GAME_NOUN (tonight | later | night) | gg"
    " | (next | this | our) GAME_NOUN"
)
# Harm to the listener's body, by the writer or people the writer sends.
_HARM = (
    f"((HARM_VERB | HARM_VERB_VAGUE) {_TARGET} | HARM_VERB {_THIRD_TARGET} | <put> YOU (in |"
    " through | into | on) | <sort> YOU out"
    " | <have> YOU (in | on) | <drag> YOU | <knock> YOUR | <run> YOU (over | down)"
    " | <knock> YOU (out | down | over) | (<hunt> | <ruin> | <destroy> | <end>) YOU"
    f" | (<break> | <snap> | <crack> | <cave>) (YOUR | every | each | all YOUR | both YOUR)"
    f" (PERSON_PART | {_BODY_PART})"
    " (in | on | of)? (YOUR | that)?"
    " | <make> (YOU | YOUR life) a? (<pay> | <suffer> | <regret> | sorry | hell | misery"
    ' | nightmare | "living hell"))'
)
# The law and the state, which a writer can set on the listener with "the" ("I'll call
# the police"); the listener's landlord or boss only as theirs ("your landlord").
_LAW = (
    '(police | cops | feds | authorities | social | "social services" | immigration'
    ' | "home office" | courts | cps | "child protective services" | "family court")'
)
# Against the listener's things, money, home, children, name.
_COERCE = (
    '((DESTROY_VERB | <take> (a | the) _ to | <put> a _ through) (all | every | "every one" | each'
    " | both)? (of)? YOUR"
    " | DESTROY_VERB (this | the) (place | house | flat | home | apartment | room | car)"
    " | (<turn> | <get>) (the whole _ | everyone | everybody | YOUR _ | them | the kids"
    " | the children) against YOU"
    " | <get> YOU (kicked | thrown | sacked | fired | arrested | deported | banned | struck"
    " | locked | sectioned | evicted | expelled)"
    " | (<dob> YOU in | <grass> YOU up | <make> a scene)"
    " | (<put> in | <make> | <file> | <lodge>) a (complaint | report) (to | with) (the | YOUR)?"
    " AUTHORITY | (<put> in | <make> | <file> | <lodge>) a (complaint | report) against YOU"
    " | <stop> (paying | <pay> | giving | <give>) (for)? (YOUR | YOU)"
    ' | <stop> (the | YOUR)? ("child support" | maintenance | allowance | payments)'
    f" | EXPOSE_VERB (YOUR _? | THIRD_PERSON | everyone | everybody | AUTHORITY) (the | YOUR"
    f" | those | every | all) _? {_INTIMATE} -(from | of)"
    " | EXPOSE_VERB YOUR _ _? to YOUR _? (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN | boss"
    " | AUTHORITY | ex)"
    " | (<call> | <ring> | <phone>) (the | YOUR)? AUTHORITY and (<tell> | <say> | <report>"
    " | <dob> | <let> them <know> | <show>)"
    " | <tell> YOUR AUTHORITY | <tell> (the)? AUTHORITY (that)? YOU"
    # A secret told to someone: "I'm telling Dave you cheated", "… your mum you lied".
    " | <tell> (CAPITALIZED | YOUR _ | THIRD_PERSON | them | everyone | everybody | the _)"
    " (that)? YOU (HAVE | BE)? (<cheat> | BETRAYAL_VERB | <steal> | <sleep> with | <take>"
    " drugs | stole)"
    " | <get> YOUR _ _? (revoked | cancelled | canceled | taken | stopped | suspended | withdrawn)"
    ' | <fight> YOU for (custody | "the kids" | "the children" | "the house" | everything)'
    " | EXPOSE_VERB (YOUR | those | these | the | our | DETERMINER | every) _? (PROTECTED_THING"
    " | secret | secrets | email | emails | chats | screenshot | screenshots)"
    " _? (to | on | with) (YOUR | the | everyone | everybody | AUTHORITY | _)"
    # Pictures and messages the listener would not want shown: "those" points at them.
    f" | EXPOSE_VERB (those | these | our | YOUR (private | intimate)) _? {_INTIMATE} -(of | from |"
    " for)"
    # "every single one of your pictures … online", "all your texts to your boss"
    f" | EXPOSE_VERB (every | all | each) _{{0,2}} (of)? (YOUR | those | these | our | the) _?"
    f" {_INTIMATE}"
    f" | EXPOSE_VERB (YOUR | those | these | our | the) _? {_INTIMATE} (online | everywhere"
    ' | publicly | "on the internet" | "on facebook" | "on instagram" | "on tiktok")'
    f' | EXPOSE_VERB DETERMINER? (nudes | "sex tape" | "intimate photos")'
    " | <tell> (everyone | everybody | YOUR _ | the AUTHORITY | AUTHORITY) (what | about | how"
    ' | that | "the truth" | everything | all | $)'
    # The listener's landlord or boss, or the law: "I'll ring the landlord" about the
    # heating is a chore.
    f" | (<call> | <ring> | <phone> | <report> YOU to | <email>) (YOUR? AUTHORITY | the {_LAW})"
    " -(about | to | for | and | so | back | tomorrow | later | today | re)"
    " | <report> YOU | <make> a? (false | fake) (report | complaint | claim)"
    " | <make> sure (everyone | everybody | people | the judge | YOUR _ | THIRD_PERSON) ..."
    ' (<know> | <hear> | <find> out | <see> | <learn>) (what | about | exactly | "the truth" | who)'
    " | <make> sure (of it | YOU <lose> | YOU never)"
    " | <make> (this | it | things | YOUR life | this _ | the _) (very | so | really)* (expensive |"
    " difficult"
    " | hard | hell | miserable) for YOU"
    " | COERCIVE_VERB (YOUR | the | our) PROTECTED_THING -(to | for | out | home | with | back"
    " | on | in | at | under | by | outside | inside | there | here | ready)"
    " | (COERCIVE_VERB | <throw> | <kick> | <lock> | <put> | <cut>) YOU (off | out | down"
    ' | "for everything")'
    " | (<report> | <expose> | <humiliate> | <evict> | <sue> | <shame> | <dump> | <track>) YOU"
    " | <take> (the | YOUR | our)? (kid | kids | child | children | baby | boys | girls | dog"
    " | cat | house | car | money | everything) (away | from YOU | off YOU | $)"
    " | <take> YOU (for everything | down | to court | to the cleaners)"
    " | <have> (them | the kids | the children | him | her) (out of the country | taken"
    " | put down | away)"
    " | (<show> up | <turn> up | <come> over | <come> round | <drive> over)"
    " (at | to | outside | for)? YOUR"
    " | <change> the locks | <call> the (cops | police) on YOU"
    " | <leave> YOU -(alone | to | be | some | with | a | the | in | at) | <divorce> YOU)"
)
# Who may be set on the listener by law ("the school" may write about a trip: not here).
_LEGAL = "(<solicitor> | <lawyer> | <attorney> | police | cops)"
# What becomes of the listener (or their things): said as an outcome, not an act.
_FATE = (
    "(YOU (FUTURE | BE going to | BE gonna) (<be> | <get> | <end> up)? (HURT_OUTCOME | hurt)"
    " | YOU (FUTURE | BE going to | BE gonna) (<regret> -(nothing | a | not | missing | skipping"
    " | passing) | <pay> -(SPEAKER | me |"
    " back) | never <see> | never <work>"
    " | never <find> | <wish> YOU | <lose> (everything | the kids | YOUR))"
    " | YOU (FUTURE | MODAL) (n't | not | never) (<like> (it | what | how) | <see> (the | YOUR |"
    " them"
    " | him | her | me | us | a) | <find> (us | me) | <walk> | <get> (the | YOUR | them))"
    " | YOU (FUTURE | BE going to)? <find> out what SPEAKER BE capable of"
    # "you're out (of this house)"; not "out of your mind", "out of line"
    ' | YOU (BE) out ("on the street" | "on your ear" | "of here" | "of this house"'
    ' | "of my house" | "of the house" | "of this family" | "of my life" | "of this flat" | $)'
    " | (someone | somebody | people | YOU) BE going to <get> (hurt | killed)"
    " | YOUR _? _ _? (BE going | <go> | FUTURE <go>"
    " | FUTURE <end> up | BE ending up | FUTURE <be>) (in | into | on | out | onto | to)"
    " (the | a | YOUR)? (DISPOSAL_PLACE | window | bonfire | bin)"
    " | YOUR (PROTECTED_THING | car | face | tyres) (FUTURE | MODAL) n't <look> so"
    " | (YOUR | the | it | they) _{0,2} (BE getting | <get> | FUTURE <get> | BE going to <get>)"
    " (DESTROY_VERB | (chucked | thrown | dumped | tossed) (in | into | out | on) the?"
    " DISPOSAL_PLACE)"
    " | (every | all the) _ (at | in | from | on) ... (FUTURE | BE going to) (<know> | <hear>"
    " | <find> out | <see>) (about | what | everything | who)"
    " | YOU (FUTURE)? (<leave> | <walk> out | <go>) (with nothing | without (the | YOUR) _)"
    " | YOU (FUTURE | MODAL) n't <have> a (face | leg | tooth | teeth | job | home | house"
    " | family | kids) (to | left)"
    f" | (YOUR | those | these | the | our | every | all)? ... {_INTIMATE} (<go> | FUTURE <go>"
    " | BE going | BE (<send> | posted | shared | <leak>)) (to (YOUR | the)? _?"
    " (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN | boss | AUTHORITY | everyone | everybody)"
    " | online | public | viral | on (the | YOUR)? (internet | net | web | site | website | group"
    " | DISPOSAL_PLACE | insta | instagram | tiktok"
    " | twitter | reddit | snapchat | whatsapp | YOUR _))"
    " | (YOUR (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN | boss) | everyone | the whole _ | every _"
    " | AUTHORITY) (FUTURE | BE going to)? (<see> | <find> out | <hear> | <know> | <get>)"
    " (about | what | everything | it | this | the | too)"
    " | it BE cut off | (allowance | money | card | cards) BE (stopped | cancelled | canceled"
    " | cut off)"
    # The law set on the listener: a lawyer's letter promised as a consequence.
    f" | YOU (FUTURE | BE going to) <be> hearing from (SPEAKER_POSSESSIVE | the) {_LEGAL}"
    f" | SPEAKER_POSSESSIVE {_LEGAL} (FUTURE | BE going to) <be> in touch -(about | re"
    " | regarding | with | to | for))"
)
# A consequence that threatens whatever the condition: "… and we're done", "… or else".
_STRONG_CONSEQUENCE = (
    "(SPEAKER (FUTURE | BE)? (leaving | gone | out | done | finished | through | leave | walk"
    " | go | move out | outta here) (with YOU | for good)? -(for | with)"
    # Done with the listener or the relationship ("I'm done with you"); not "done with
    # the laundry".
    " | SPEAKER (FUTURE | BE)? (done | finished | through) with (YOU | us | this ($ |"
    " relationship | friendship | marriage | family | engagement))"
    " | we (FUTURE | BE)?"
    " (done | through | finished | over) -(for | with) | it BE over | this BE over"
    ' | SPEAKER FUTURE? <be> gone | ("the kids" | "the children") and SPEAKER BE gone'
    " | YOU (FUTURE | BE going to | BE gonna) <be>? (<regret> | sorry | <pay>)"
    " | YOU BE dead to me | YOU can (<find> | <forget>) | DO n't <expect> me to <be>"
    " | DO n't (<bother> | <think> about) (coming | <come>) (back | home)"
    f" | (SPEAKER <swear>)? {_ACTOR} (FUTURE | BE going to | BE gonna | MODAL | BE)?"
    f" ({_HARM} | {_COERCE}) | {_FATE}"
    " | SPEAKER <stop> (<pay> | <give> | being nice | (<come> | coming) home)"
    " | <see> what <happen> | THREAT_IDIOM | DO n't <expect> there to <be>"
    " | the (door | doors | locks) BE | <find> YOURSELF (single | alone | out))"
)
# After a condition: also damage to things ("… I'll smash it").
# Trouble said as an outcome ("there will be consequences", "we'll have a problem") and
# moving out: threats after a condition or an order, plain news after "and" ("I got the
# job and I'm moving out"), so not in the strong consequences.
_TROUBLE = (
    '(there (FUTURE | BE going to | BE gonna) <be> (consequences | trouble | "hell to pay")'
    " | we (FUTURE | BE going to | BE gonna) <have> a (real | big | serious | massive)? problem"
    " | YOU (FUTURE | BE going to | BE gonna) <be> in (big | real | serious | deep)? trouble"
    " | SPEAKER (FUTURE | BE | BE going to | BE gonna)? (<move> out | <pack> (SPEAKER_POSSESSIVE"
    " | the)? (bags | stuff | things)))"
)
_CONDITIONAL_CONSEQUENCE = (
    f"({_STRONG_CONSEQUENCE} | {_TROUBLE} | (SPEAKER <swear>)? SPEAKER (FUTURE | BE)? (HARM_VERB"
    " | HARM_VERB_VAGUE | DESTROY_VERB)"
    " (it | everything | things | something | this | that | them | YOUR (door | window | windows"
    " | car | place | house | flat | phone) | the (door | doors) (in | down)))"
)
# A consequence left unsaid, only after a repeated act or defiance ("defy me once more and
# watch"): "sit down and watch" is an invitation.
_WATCH = "(just)? <watch> (me | this)? $"
# After an order and "or": also turning up ("answer or I'm coming over").
_CONSEQUENCE = (
    f"({_CONDITIONAL_CONSEQUENCE} | SPEAKER (FUTURE | BE)? (<come> | <drive> | <go>)"
    " (over | round | there | up | in | down | to <find> YOU | to <get> YOU | for YOU)"
    f" | SPEAKER (FUTURE | BE)? EXPOSE_VERB (YOUR | those | these | our | the) _? {_INTIMATE}"
    " | (THIRD_PERSON | they) (<find> out | <hear> about (it | this) | <get> to <know>))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="threat.harm",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            f"[{_ACTOR} {_WILL} {_HARM}]"
            f" | [(SPEAKER | we) {_WILL}? (HARM_VERB | HARM_VERB_VAGUE) (the | THIRD_PERSON)?"
            " (living | absolute)? (shit | hell | crap | fuck | life | daylights)"
            " (out | outta) (of)? YOU]"
            # "I'd be round there breaking your arms": the act, pictured as under way.
            f" | [{_ACTOR} ('d | would | FUTURE) be (round | over | there | outside)"
            f" (there | here)? {_HARM}]"
            " | [(SPEAKER | we) (HARM_VERB | HARM_VERB_VAGUE) YOUR _? (ass | arse | face | head)]"
            " | [(someone | somebody | YOU) BE going to <get> (hurt | killed)]"
            " | [YOU -('d | would) (FUTURE | BE going to | BE gonna) (<be> | <get> | <end> up)"
            " HURT_OUTCOME]"
            " -(if | when | for)"
            f" | [{_ACTOR} {_WILL} (<come> | <go> | <drive>) (round | over | there | down | up)?"
            " and"
            f" (HARM_VERB {_TARGET} | <knock> YOU (out | down | over) | <sort> YOU out)]"
            " | [<give> (YOU | THIRD_PERSON) a _? BEATING_NOUN]"
            " | [(YOU | THIRD_PERSON) (<need> | <deserve> | FUTURE <get> | BE going to <get>) a _?"
            " BEATING_NOUN]"
            " | [(YOUR | his | her | their) (head | face | teeth | brains) (kicked | smashed |"
            " punched"
            " | bashed | caved | knocked) in]"
            " | [SPEAKER FUTURE <deal> with YOU (later | myself | personally | properly | $)]"
            " | [(<come> | coming) (round | over)? to <deal> with YOU]"
            " | [(the | SPEAKER_POSSESSIVE | some)? ALLY BE (coming | <come>) (for | after) YOU]"
            " -(at | to | in | around | about | with | from | PUNCT)"
            f" | [DO n't <think> SPEAKER (FUTURE | MODAL) (n't | not) ({_HARM} | {_COERCE})]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'll kill you.",
            "I'm going to smash your face in.",
            "I swear I'll hurt you.",
            "Ill k i l l u",
            "I'll make your life hell.",
            "i will literally end you",
            "we will make your life a misery",
            "i slap the shit out of you",
            "imma whip your ass",
            "You're gonna get hurt.",
            "My cousins will sort you out.",
            "Someone is going to get hurt tonight.",
            "I'll put you through a wall.",
            "You need a good hiding.",
            "If he touches her again I'll kill him.",
            "Touch it again and I'll break every bone in your hand.",
            "I'll come round and knock you out.",
            "I'm going to kick the living daylights out of you.",
            "If I weren't stuck here I'd be over there cracking your skull.",
            "I'll snap your neck.",
        ),
        near_misses=(
            "I'd never hurt you.",
            "I could kill for a pizza.",
            "This traffic is killing me.",
            "I'm going to destroy you at chess tonight 😂",
            "I'll beat you at darts this time.",
            "I'll give you a lift home.",
            "I'll deal with your email later.",
            "I'll get her from school.",
            "I'll hit him up tomorrow.",
            "I'll cut her hair on Sunday.",
            "Bowling on Friday, next round I'm coming for you 😈",
            "I'd be over there helping you if I could.",
            "Of course you'd be hurt after a week like that.",
            "I'll crack your back for you, it helps with the stiffness.",
        ),
        unless=_PLAYFUL,
        **_SAFETY,  # type: ignore[arg-type]
        source="Threats of violence.",
    ),
    Rule(
        id="threat.coercion",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            f"[SPEAKER ({WILL} | MODAL | 'd | BE) {_COERCE}]"
            " | [SPEAKER HAVE (<change> the locks | <take> YOUR | <get> YOUR (passport | keys"
            " | phone | car | cards | card | documents | papers | visa) | <put> a (tracker"
            " | camera) | <cancel> YOUR | <block> YOUR | <hide> YOUR)]"
            # Thrown out: "your stuff's in bin bags", "… out on the street"; not "on the bed".
            " | [YOUR (stuff | things | clothes | bags | shit | crap) BE (in | on | out | outside)"
            ' (on | in)? (the | a | some)? (DISPOSAL_PLACE | bags | "bin bags" | doorstep'
            " | pavement | kerb | curb)]"
            " | [(allowance | pocket money | money | card | cards | phone) BE (stopped | cut off"
            " | cancelled | canceled) (until | till)]"
            " | [SPEAKER (FUTURE <be> | BE) (sitting | waiting | parked) (outside | at) YOUR _?"
            " (work"
            " | office | school | house | flat | place | door | gym | job)] -(to | for | at | 'til)"
            " | [SPEAKER FUTURE <have> (someone | somebody | people | THIRD_PERSON) ... watching"
            " YOU]"
            " | [(YOU BE (n't | not) | DO n't <think> YOU BE) getting (YOUR | the | our) _ _? back]"
            ' | [YOU can <have> (YOUR | the) _ _? back (when | once | if | after | "as soon as")'
            " (YOU | YOUR)]"
            " | [(YOUR _ | YOUR | THIRD_PERSON | YOU) BE banned from]"
            " | [<want> (it | them) back in one piece]"
            f" | [<watch> me ({_COERCE})]"
            " | [SPEAKER (FUTURE <be> | BE) watching YOU (<do> | every | $)]"
            " | [(YOUR | the | it | they) _{0,2} (BE getting | FUTURE <get> | BE going to <get>)"
            " DESTROY_VERB]"
            " | [SPEAKER (FUTURE <be>? | BE) (<check> | <track> | <monitor> | <read> | <watch>)"
            " YOUR"
            " (location | phone | messages | texts | emails | every)]"
            " | [YOU BE (n't | not) (<see> | seeing | going to | calling | texting | talking to"
            " | speaking to | meeting | going to see) (them | him | her | THIRD_PERSON"
            ' | YOUR _) (again | anymore | "any more" | any)]'
            ' | ["no more" _ $] =SENTENCE_END -QUESTION_MARK'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I will post those pics.",
            "I'm gonna take the kids away.",
            "I'll tell everyone what you did.",
            "I'll cut you off.",
            "I'm changing the locks.",
            "I'll make sure your sister hears about this.",
            "im cancelling ur card",
            "I'll take you for everything you've got.",
            "I've got your passport.",
            "I'll be checking your location all night.",
            "You're not seeing them again.",
            "I'll call social services on you.",
            "I'll ring your landlord.",
            "I'll get you sacked.",
            "I'll turn the whole family against you.",
            "You can have your passport back when you apologise.",
            "I'm going to cut up every one of your suits.",
            "I'll stop paying your phone bill.",
            "Pay up or I'm telling Marco you cheated on him.",
            "Your clothes are already in bin bags.",
            "your things are out on the street",
        ),
        near_misses=(
            "I'll take the kids to school.",
            "I'll tell everyone the good news!",
            "I'll make sure the kids are fed.",
            "I'm cancelling the gym membership, it's a waste.",
            "I'll post your birthday card tomorrow.",
            "I'll leave the keys on the table.",
            "I'll be waiting outside your work to pick you up.",
            "I'll call your landlord and ask about the leak.",
            "The boiler's making that noise again, I'll ring the landlord.",
            "I'll tell Marco you said hi.",
            "I'll tell your mum you were brilliant tonight.",
            "You can have your jumper back when I've washed it.",
            "Your things are on the chair by the door, I ironed them.",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Coercive control: money, home, children, exposure, surveillance, isolation.",
    ),
    Rule(
        id="threat.ultimatum",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            # The condition is someone's act ("if you go", "if he calls"): "if it rains I'm
            # leaving early" and "if I get the job I'm moving out" are plans.
            f"[(CONDITION ... (YOU | YOUR | YOURSELF | THIRD_PERSON)"
            f' | "one more" | "last chance") ... ... COMMA? (then)?'
            f" {_CONDITIONAL_CONSEQUENCE}]"
            f' | [(<do> | <say> | <try> | <pull>) (that | it | this) (again | "one more time")'
            f" ... (and | or)? ({_CONSEQUENCE} | {_WATCH})]"
            f' | [^ (YOU | "go ahead")? (n\'t | not)? DEFIANCE_VERB ... (and | or)'
            f" ({_CONSEQUENCE} | {_WATCH})]"
            # Not after news of the writer's own ("I got the job and I'm leaving Leeds",
            # "it's five and I'm off"): "and" joins an order or an act of the listener's.
            f" | [^ -(SPEAKER | we | there | it) ... and ... {_STRONG_CONSEQUENCE}]"
            f" | [^ (SPEAKER | we) ({WILL} | MODAL | 'd) ... and ... {_STRONG_CONSEQUENCE}]"
            f' | [^ ... (or | "or else") ... {_STRONG_CONSEQUENCE}]'
            f" | [^ ... or {_CONSEQUENCE}]"
            f' | [(either | "it \'s" | it BE) ... or {_CONSEQUENCE}]'
            f" | [(<keep> | <carry> on) ... and {_CONSEQUENCE}]"
            f" | [^ {_FATE}] -(if | when)"
            # The consequence first: "we're done if you go", "your photos go online unless …".
            f' | [^ {_CONDITIONAL_CONSEQUENCE} (if | unless | "the moment" | "the minute"'
            ' | "the second" | "as soon as" | "next time")'
            # "… if you are" / "if you want" is an offer, not a condition on the listener.
            " ... (YOU | YOUR) !(BE | <want> | <need> | <like> | <prefer> | <feel> | MODAL)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Answer me tonight or there'll be trouble.",
            "If you lie to me again, there will be consequences.",
            "Stop texting him or I'm moving out.",
            "Bring her here again and you're out of my life.",
            "Do that again and you'll be sorry.",
            "If you don't open up I'm smashing the door down.",
            "If you leave me, I'll take the kids.",
            "Come home tonight or we're done.",
            "Either she goes or I go.",
            "One more lie and I'm gone.",
            "Keep ignoring my calls and see what happens.",
            "Lie to me again and we're finished.",
            "Give me your phone or I'm leaving.",
            "Walk out on me and I'm emptying the joint account.",
            "block me and ill show up at ur place",
            "If you don't pick up, I'm driving over and you won't like it.",
            "Leave and every one of those photos goes to your boss.",
            "Your bike is going in the canal.",
            "Pay your share or your guitar goes on ebay.",
            "We're done if you go to that party.",
            "Your tyres are getting slashed tonight.",
            "Lie to me once more and I'm sharing all of your texts on facebook.",
            "Pull that stunt again and I'm telling your dad everything.",
            "Defy me one more time and watch.",
            "if u skip my party again im done with this friendship",
            "Ignore me again and I'm through with you.",
            "You'll be hearing from my lawyer.",
            "My solicitor will be in touch.",
        ),
        near_misses=(
            "If you need me, I'll be in the garden.",
            "Text me and I'll pick you up.",
            "Either way works for me.",
            "If you're tired, we're done for today, no worries.",
            "If you're bored later, I'll come over with snacks.",
            "Maybe if you leave now, you'll miss the traffic.",
            "If you're cold I'll bring a blanket down.",
            "I'm leaving for work if you need the car.",
            "The pics go to the printer tomorrow.",
            "I'm done if you are, let's go to bed.",
            "You're welcome to stay over if the trains stop, love.",
            "Grab the popcorn and watch, the final's starting.",
            "Do it again and watch the replay, it's hilarious.",
            "If the report's in by Friday, I'm done with this project.",
            "Tell your sister everything, I don't mind.",
            "You'll be hearing from the school about the trip.",
            "My lawyer will be in touch about the house sale, nothing to worry about.",
            "I got the job and I'm moving out in March!",
            "It's nearly midnight and I'm leaving, see you tomorrow.",
            "If it snows I'm leaving work early.",
            "If you lock yourself out I'll break the window for you.",
            "You'll regret skipping the dessert menu here, trust me.",
        ),
        unless=_PLAYFUL,
        **_SAFETY,  # type: ignore[arg-type]
        source="Ultimatums: a condition and a consequence the writer controls.",
    ),
    Rule(
        id="threat.warning",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            "[YOU (FUTURE | BE going to | BE gonna) (<regret> (this | it | that | the day) | be"
            " sorry"
            " | <pay> (for (this | that | it))? | <get> what 's coming | never <see> (the | YOUR |"
            " me)"
            " | <wish> YOU)]"
            " | [YOU ('d | had) better (<watch> | <be> careful | <sleep> with one eye)]"
            " | [<watch> (YOUR (back | mouth | tone) | YOURSELF)] -(on | near | in | around | with"
            " | crossing | at | out | there | going | getting | when | if)"
            ' | [YOU FUTURE never <see> ("the kids" | them | YOUR _ | me | us) again]'
            " | [THREAT_IDIOM] | [SPEAKER <know> where (YOU | YOUR _ | THIRD_PERSON)"
            " (<live> | <work> | <sleep> | <stay>)]"
            " | [<think> (very | really)? carefully about YOUR next]"
            " | [remember who <pay> (YOUR | the)]"
            " | [see how far YOU <get> without]"
            " | [YOUR _ ('d | would | might) (<like> | <love>) to (<see> | <know> | <hear>)]"
            ' | [YOU BE (dead | "a dead man" | "a dead woman" | "so dead")] $'
            " | [DO n't (<make> me | <push> me | <test> me)] | [SPEAKER 'm warning YOU]"
            " | [YOU DO n't <want> to <know> what SPEAKER]"
            " | [YOU <have> no idea what SPEAKER BE capable of]"
            " | [YOU DO n't <want> to (<know> | <find> out | <see>) what (SPEAKER | <happen>)]"
            " | [SPEAKER ('d | would) be careful (if SPEAKER (were | was) YOU)?] -(with | of |"
            " about"
            " | not | to | on | when | driving)"
            " | [SPEAKER <know> (where | which _ | what time) (YOU | YOUR _ | the kids | the"
            " children"
            " | THIRD_PERSON) (<live> | <work> | <go> | <sleep> | <stay> | <park> | <finish>)]"
            " | [(^ | 'd | would | will | it 'd | it would) be a (real | great)? (shame | pity) if"
            " ... ((something | anything) <happen> | <end> up | <get> a complaint | <find> out"
            " | <have> to <leave> | <get> (hurt | damaged | broken | lost | burned | burnt"
            " | DESTROY_VERB))]"
            " | [SPEAKER (FUTURE | BE going to | BE gonna)? <stop> being (nice | polite | patient"
            " | understanding)]"
            " | [DO YOU <want> (YOUR _ | everyone | everybody | AUTHORITY | the AUTHORITY) to"
            " (<know>"
            " | <find> out | <see> | <hear>)]"
            " | [(YOUR _ _? | everyone | everybody | AUTHORITY) (FUTURE | BE going to | MODAL |"
            " 'd)"
            " (<love> | <enjoy>) (a (look | peek) at)? (the | this | that | those | YOUR) _?"
            f" {_INTIMATE}]"
            " | [YOUR _? _? (FUTURE | BE going to | MODAL) <have> a (little | nasty | unfortunate"
            " | tragic) accident]"
            " | [YOU FUTURE <get> a call from the (hospital | police | morgue)]"
            # "accidents happen, you know" warns; "it was an accident, accidents happen" forgives
            ' | [accidents <happen> (COMMA? "you know" | "all the time" | to (people | YOU'
            " | THIRD_PERSON | those) | (on | in | at) (those | these | that | the))]"
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
            "I'd be careful if I were you.",
            "I know which gym you go to.",
            "Would be a shame if something happened to that car.",
            "Do you want your boss to find out?",
            "Accidents happen, you know.",
        ),
        near_misses=(
            "Watch out for the ice!",
            "You'll never regret adopting a dog!",
            "Watch your step on the stairs, they're slippery.",
            "Watch yourself on the rocks, the tide comes in fast.",
            "I'll win the quiz tonight, you've been warned 😈",
            "Watch your back at laser tag on Saturday, I've been practising.",
            "I'm scared of losing you.",
            "I'd be careful with that knife, it's sharp.",
            "It would be a shame if you missed the party!",
            "I know where you got that scarf, it's lovely.",
            "Don't worry about the vase, accidents happen.",
        ),
        unless=_PLAYFUL,
        **_SAFETY,  # type: ignore[arg-type]
        source="Veiled threats (coercive control).",
    ),
    Rule(
        id="threat.control",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            '[YOU BE (n\'t | not) (going | leaving) (anywhere | "this house" | "this room")] $'
            " | [YOU (BE n't | <be> not | MODAL n't | MODAL not) (allowed | permitted) to]"
            " | [YOU (FUTURE | MODAL) <do> (what | as) SPEAKER (<say> | <tell>)]"
            " | [SPEAKER (FUTURE | MODAL) n't <let> YOU (<leave> | <go> | <see> | <have>)]"
            " | [(YOU | THIRD_PERSON) (FUTURE | MODAL) (n't | not | never) <see> (a | one)?"
            " (penny | dime | cent | dollar | pound | cent)]"
            " | [<give> me YOUR (phone | password | passwords | keys | card | cards)] -(and | so |"
            " to | for)"
            " | [(SPEAKER BE | SPEAKER FUTURE) (<check> | <read> | <go> through) YOUR (phone |"
            " messages | texts | emails)]"
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
            "[SELF_HARM_PHRASE] | [SELF_HARM_SIGNAL]"
            " | [SPEAKER (FUTURE | BE going to | BE gonna) <jump>] =SENTENCE_END"
            " | [SPEAKER <swear>? (FUTURE | BE going to) <cut> (again | myself)]"
            " | [SPEAKER (FUTURE (n't | not) | BE (n't | not) (going to | gonna)) <be> (a (problem"
            " | burden | bother)"
            ' | around | here) _{0,3} ("much longer" | "for long" | "for good")]'
            " | [YOU FUTURE n't <have> to (<deal> with | <worry> about | <put> up with) me"
            ' ("much longer" | "for much longer" | "for long")]'
            " | [SPEAKER (<want> to | FUTURE | BE going to | BE gonna) (die | <disappear> forever"
            " | <end> it)] -(of | for | laughing | when | if)"
            " | [SPEAKER DO n't <want> to (<live> | <be> (here | alive) | <exist>) (anymore | \"any"
            ' more")?]'
            " | [(everyone | YOU all? | y'all) ('d | would | will) all? be better off without me]"
            " | [(no | nothing) (reason | point) (to | in) (<live> | living | <go> on | going on)]"
            " | [what SPEAKER (FUTURE | MODAL) <do> to myself]"
            # "maybe I'll just drive into a wall"
            " | [SPEAKER (FUTURE | BE going to | BE gonna | MODAL) (<drive> | <crash> | <steer>"
            " | <walk>) (the car | my car | it)? (into | off) (a | the) (tree | wall | river"
            " | lorry | truck | bus | bridge | canal | cliff | sea | traffic)]"
            ' | [(nobody | "no one") (would | will | MODAL) <notice> if SPEAKER (<disappear> |'
            " <die>"
            " | <be> gone)]"
        ),
        message=_SELF_HARM_WHY,
        suggestion=(
            "If you are thinking about hurting yourself, please contact a crisis line or "
            "emergency services now, and tell someone you trust."
        ),
        examples=(
            "If you walk out I'll kill myself.",
            "I want to die.",
            "I don't want to be here anymore.",
            "You'd all be better off without me.",
            "kms",
            "Leave me and I'll jump.",
            "I've got the pills ready.",
            "I won't be a problem for you for much longer.",
            "Maybe I'll just drive the car into a wall on the way back.",
        ),
        near_misses=(
            "I'm dying to see you!",
            "I could die of embarrassment, lol.",
            "I want to live by the sea.",
            "I'll jump in the shower first.",
            "I won't be around tomorrow, I'm at my mum's.",
            "I'll drive into town after lunch.",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Self-harm statements and ultimatums.",
    ),
    Rule(
        id="threat.harm_wish",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=(
            "[HARM_WISH] | [SPEAKER <hope> YOU (<die> | <rot> | <burn> | <get> hit | <suffer>"
            " | <fall> (down | off | under) | <choke> | <drown> | <get> (run over | knocked down"
            " | cancer | hurt | what 's coming))]"
            # Telling the listener to harm themselves: "you'd top yourself if …".
            " | [YOU ('d | would | should | MODAL | ought to) (<top> | <kill> | <off> | <hang>"
            " | <end>) YOURSELF]"
            " | [<drink> YOURSELF to death]"
            " | [(YOU | THIRD_PERSON) (should | MODAL | ought to) have been (HARM_VERB | aborted)"
            " at birth]"
            " | [YOU DO (n't | not) <deserve> to (<live> | <be> alive | <exist>)]"
            " | [like (<kill> | killing) YOURSELF]"
            " | [(<hope> | <pray> | <wish>) (_{0,3} that)? (YOU | YOUR _? _? | THIRD_PERSON |"
            " DETERMINER _?)"
            " (!(n't | not | never | DO | safe | okay | ok | better | well)){0,5} DEATH_WORD]"
            " | [<wish> (someone | somebody) (would | 'd) (HARM_VERB | HARM_VERB_VAGUE | <run>)"
            " YOU]"
            " | [<hope> _{0,4} <break> (every | all YOUR | YOUR) _? (bone | bones | neck | leg |"
            " legs"
            " | arm | arms)]"
            ' | [<do> (everyone | "us all" | us | "the world" | YOURSELF) a (favour | favor) and'
            " (DEATH_WORD | <disappear> | <stop> breathing | <jump> | <end> it | <kill> YOURSELF"
            " | <walk> into | <take> the whole)]"
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
            "I hope your flight crashes.",
            "Do everyone a favour and disappear.",
            "I hope you fall down a well.",
            "Honestly you should just top yourself.",
            "Go drink yourself to death, see if I care.",
            "He should have been strangled at birth.",
        ),
        near_misses=(
            "I hope you feel better soon.",
            "Knock 'em dead at the interview!",
            "I hope your nan doesn't suffer.",
            "Do us a favour and grab some milk.",
            "I hope you fall asleep quickly tonight.",
            "You should treat yourself to a massage.",
        ),
        **_SAFETY,  # type: ignore[arg-type]
        source="Wishing harm on the listener.",
    ),
)
"""The threat rules."""
