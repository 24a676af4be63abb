"""Mind reading: asserting the partner's motives, thoughts or feelings as fact.

The rules are frames that put an inner state into the partner's head: a verb of caring
denied ("you don't care about me", "he doesn't love me anymore"), a hostile aim read into
an act ("you did that to hurt me", "you're only being sweet because you want a favour",
"you just want to win"), a thought assigned ("you think I'm stupid"), a secret feeling
("deep down you're glad"), a coincidence insinuated ("funny how you're suddenly busy").
The verbs and aims come from the lexicon (``CARE_VERB``, ``CARE_IDIOM``,
``MOTIVE_VERB``), and a caring verb needs the writer as its object, so "you don't like
mushrooms" and "do you care if we eat late?" stay clean.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._judgment import PARTNER_SUBJECT, SKIPPED, SUBJECT_START

_WHY = (
    "Telling someone what they feel or intend leaves them nothing to say but 'that's not "
    "true'; it replaces their inner life with your guess."
)
_INSTEAD = "Describe what you saw and ask: 'When you …, I wondered whether … . Is that so?'."
_SOURCE = "Mind reading (cognitive distortion); NVC: diagnosis of the other."
_INTENT_SOURCE = "Attribution of hostile intent."

_US = "(SPEAKER | WE)"
_SUBJ = f"({PARTNER_SUBJECT} | he | she)"
# The writer as what a caring verb is about: "me", "my work", "about us", "how I feel".
_ME = (
    "(SPEAKER | WE | SPEAKER_POSSESSIVE | for (SPEAKER | WE | SPEAKER_POSSESSIVE)"
    " | about (SPEAKER | WE | SPEAKER_POSSESSIVE | anyone | anybody | anything | how | what"
    ' | this | that | our | YOUR (FAMILY_NOUN | PARTNER_NOUN | FRIEND_NOUN) | "this family"'
    ' | "this relationship" | "this marriage") | how SPEAKER | what SPEAKER'
    ' | anything SPEAKER | "this family" | "this relationship" | "this marriage"'
    " | (that | if | whether) (SPEAKER | WE))"
)
_DENIED = (
    "((do | does) (n't | not) | DO (n't | not) (even | ever | really | actually) | never"
    " | \"no longer\" | HAVE never | HAVE (n't | not) ever | (do | does) (n't | not) <seem> to)"
)
# What the partner is said to want for the writer: to fail, to feel bad, to beg.
_HARM_TO_ME = (
    "(BAD_OUTCOME_VERB | <feel> (FEELING_UNPLEASANT | TRAIT | guilty | bad | small | stupid)"
    " | <look> (bad | stupid | TRAIT) | <give> up | <beg> | <grovel> | <disappear> | <go> away"
    " | <suffer> | <crawl>)"
)
# What is said to be happening to the writer: "watching me squirm".
_MY_PAIN = (
    "(BAD_OUTCOME_VERB | FEELING_UNPLEASANT | BAD_OUTCOME_STATE | <squirm> | <wait> | <beg>"
    " | <suffer> | <cry> | <struggle>)"
)
_BECAUSE = '(because | cuz | cos | coz | cause | bc | "so that")'


# What the writer comes after: people and needs, not things (an appointment put over my
# lunch break is a diary, not a ranking).
_MINE = (
    "(SPEAKER_POSSESSIVE | our) (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN | PERSON_NOUN | needs"
    " | feelings | happiness | health | wellbeing | family | kids | children | relationship"
    " | marriage)"
)


def _said_of_partner(*frames: str) -> str:
    """The partner as a subject, then one of ``frames``: one subject test for them all."""
    return f"{SUBJECT_START} [{_SUBJ} ({' | '.join(frames)})]"


RULES: tuple[Rule, ...] = (
    Rule(
        id="mind_reading.dont_care",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            _said_of_partner(
                f"{_DENIED} (CARE_VERB {_ME}"
                " | <want> to (<be> | <spend> | <stay> | <come> | <talk> | <listen>)"
                f" _{{0,3}} {_US}"
                f' | <want> {_US} (here | there | around | anymore | "any more"))',
                "((MODAL | DO) (n't | not) | never) CARE_IDIOM",
            )
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You don't care about my health at all.",
            "u dont even fancy me anymore",
            "You clearly don't value my work.",
            "You never appreciate anything I do.",
            "You don't give a damn how I feel.",
            "she doesn't want to be with me, I can tell",
            "You couldn't care less whether I'm happy.",
            "you dont even care that im in hospital",
            "he obviously doesnt trust me with money",
            "He doesn't even like my friends.",
        ),
        near_misses=(
            "Do you mind if we skip dessert?",
            "If you don't want to go, that's okay.",
            "I know you don't like mushrooms, so I left them out.",
            "You don't need to thank me.",
            "You don't have to love every gift.",
            "I know you love us, even on your worst days.",
        ),
        hedge="soften",
        source=_SOURCE,
    ),
    Rule(
        id="mind_reading.motive",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            _said_of_partner(
                "BE only? (saying | doing) (that | this | it)"
                f" (to MOTIVE_VERB | {_BECAUSE} | so YOU)",
                f"only? <want> (to MOTIVE_VERB | SOUGHT_PAYOFF | {_US} to {_HARM_TO_ME}"
                " | (this | the | a) (fight | argument | row))",
                "(BE | HAVE been) (only | deliberately)? (trying | out | planning | plotting"
                ' | scheming | "looking for a way") how? to MOTIVE_VERB',
                "DO (n't | not) <want> to (<look> (bad | stupid | weak | TRAIT) | <admit> | <lose>"
                " | <apologise> | <apologize> | <say> sorry)",
                f"BE only? (MOTIVE_VERB | <punish> | <test>) {_US}",
                "only (<care> | <think> | <worry>) (about | of) (YOURSELF | himself | herself"
                ' | YOUR _ | money | winning | "number one" | appearances)',
                f"(<enjoy> | <love> | <like>) (watching | seeing | making | <hurt> | <upset>) {_US}"
                f" {_MY_PAIN}?",
                'BE (loving | enjoying) (this | it | "every minute" | "every second") $',
            )
            + " | [all (YOU | he | she) ever? <want> BE (SOUGHT_PAYOFF | to MOTIVE_VERB)]"
            ' | [YOU <know> (exactly | "perfectly well" | "very well") (what YOU | how | why'
            " | that | what (this | that | it))]"
            ' | [YOU <know> ("full well" | "damn well" | "fine well" | "bloody well"'
            ' | "fucking well" | "damn fucking well")]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're just saying that to end the conversation.",
            "u just want sympathy from everyone",
            "You only want to be right.",
            "all he wants is credit for everything",
            "You just want me to give up.",
            "She's trying to make me look bad in front of her mum.",
            "You're already plotting how to get out of it.",
            "you just don't want to admit you were wrong",
            "You're testing me with all these questions.",
            "You love seeing me squirm.",
            "she only thinks about herself",
            "u only care about ur precious reputation",
            "You're loving this, aren't you.",
            "You know damn well what you did.",
        ),
        near_misses=(
            "You just want to relax tonight? Totally fine.",
            "You know exactly where the keys are, right?",
            "You want me to pick up bread? Sure.",
            "You care about your health, that's great.",
            "You're just saying that to be nice, but thank you.",
            "You're trying to help, I know, thank you.",
            "You're loving the new job, aren't you? So happy for you.",
        ),
        hedge="soften",
        source=_INTENT_SOURCE,
    ),
    Rule(
        id="mind_reading.on_purpose",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            _said_of_partner(
                '... (("on purpose" | deliberately | intentionally | purposely | purposefully'
                ' | "out of spite" | "to spite me") -QUESTION_MARK'
                f" | to (MOTIVE_VERB | <punish> | <test>) ({_US} | $)"
                ' | ("just to" | "only to" | "purely to" | "simply to") MOTIVE_VERB)'
            )
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You did that deliberately.",
            "u skipped my recital on purpose",
            "Honestly, I think you broke it on purpose.",
            "You deliberately ignored my text.",
            "You played the drums at midnight just to annoy me.",
            "u said that just to wind me up",
            "She faked a cold just to get out of the dinner.",
            "You went silent to punish me.",
        ),
        near_misses=(
            "Did you do that on purpose or by accident?",
            "I left it there on purpose.",
            "I don't think you did it on purpose.",
            "You came to cheer me up, thank you.",
        ),
        hedge="soften",
        source=_INTENT_SOURCE,
    ),
    Rule(
        id="mind_reading.only_because",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            _said_of_partner(
                f"BE? only !(<need> | <have> | <live> | {SKIPPED}) ... ({_BECAUSE}"
                " | so (YOU | SPEAKER | he | she | we)"
                " | when (YOU | he | she) (BE | <want> | <need>)"
                " | to (MOTIVE_VERB | <get> (out | something | what | YOUR)))"
            )
            + f" | [{_SUBJ} BE only (with {_US} | here | staying | around | <stay> | being _)"
            f" ({_BECAUSE} | for (SPEAKER_POSSESSIVE | YOUR | the | his | her) | when)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You only compliment me to get out of chores.",
            "You only visit because you want the car.",
            "ur only being helpful cuz u want a favour",
            "You only agreed so you could complain later.",
            "You're only asking so you can say I told you so.",
            "I know you only got them because you felt guilty.",
            "my wife only calls when she needs a lift",
            "He's only staying for the kids.",
            "You're only with me for the flat.",
        ),
        near_misses=(
            "You only live once!",
            "You only need to ask.",
            "I'm only here for the cake, lol.",
            "You only have to say the word.",
            "You're only with us for a week, let's make it count.",
            "You only get one birthday a year, enjoy it!",
        ),
        hedge="soften",
        source=_INTENT_SOURCE,
    ),
    Rule(
        id="mind_reading.you_think",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            _said_of_partner(
                "(<think> | <believe> | <assume>) that? (SPEAKER BE (a | an)?"
                " (TRAIT | INSULT | INSULT_AMBIGUOUS | joke | nothing)"
                ' | YOU BE (better | POS_TRAIT | perfect | right | above | "too good" | "the only"'
                " | ALWAYS | smarter | cleverer | superior | special | untouchable)"
                " | YOU <know> (better | best | everything)"
                ' | everything | SPEAKER (DO | MODAL) (n\'t | not) | nobody | "no one"'
                " | SPEAKER <owe>)",
                "(DO (n't | not) | never) <think> (SPEAKER | it | this | that) BE"
                ' (worth | important | "a big deal" | enough)',
            )
        ),
        message=_WHY,
        suggestion="Ask what they think instead of telling them: 'Do you think …?'.",
        examples=(
            "You think I'm clueless, right?",
            "You think you're so smart.",
            "You think everything is about you.",
            "You probably think I don't care.",
            "You always think you know best.",
            "ur acting like u think im a joke",
            "You didn't think it was worth answering.",
        ),
        near_misses=(
            "Do you think I'm ready?",
            "What do you think I should wear?",
            "I know what you think, and I value it.",
            "You think I'm pretty? Aww.",
        ),
        hedge="skip",
        source="Mind reading of thoughts.",
    ),
    Rule(
        id="mind_reading.you_would_not",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            f"{SUBJECT_START} [YOU ((wo | would | 'd | FUTURE) (n't | not | never)"
            " (possibly | even)?"
            " (<understand> | <get> (it | me | this) | <care> | <comprehend> | <relate>)"
            " -(how | what | why | if) | (wo | would | 'd) (n't | not) <know> $)]"
            " | [SPEAKER (DO (n't | not) | never) <expect> YOU to (<understand> | <care> | <get>"
            " | <notice> | <remember>)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You wouldn't understand.",
            "I knew you wouldn't get it.",
            "You'll never understand, so why bother.",
            "You wouldn't know, you're never here.",
            "I didn't expect you to care.",
        ),
        near_misses=(
            "You'll never understand how grateful I am.",
            "You couldn't know, you weren't there. It's okay.",
            "Would you understand if I cancelled?",
            "You wouldn't know where the charger is, would you?",
        ),
        hedge="soften",
        source="Mind reading: predicting the partner's understanding or feelings.",
    ),
    Rule(
        id="mind_reading.means_nothing",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            '[(DO (n\'t | not) <mean> ("a thing" | anything) | <mean> nothing) to YOU]'
            ' | [SPEAKER BE (just | only | "nothing more than" | "nothing but")? (a | an | YOUR)?'
            " _? (DIMINISHED_ROLE ((and | or) _? DIMINISHED_ROLE)? | nothing | invisible"
            ' | "a joke")'
            " to (YOU | him | her)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        negatable=False,
        examples=(
            "My birthday doesn't mean a thing to you.",
            "I'm just an afterthought to you.",
            "I'm only a driver and a bank to him.",
            "i'm nothing to him",
            "Our wedding means nothing to you.",
        ),
        near_misses=(
            "It means so much to me.",
            "I'm your biggest fan!",
            "That doesn't mean anything bad, don't worry.",
        ),
        hedge="soften",
        source="Mind reading: asserting the partner's feelings.",
    ),
    Rule(
        id="mind_reading.i_know_you",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (<know> | MODAL <tell> | <bet> | MODAL <see>) that? (YOU BE | YOUR)"
            " (lying | pretending"
            " | faking | hiding | cheating | judging | MOTIVE_VERB (SPEAKER | WE) | laughing at"
            " | (embarrassed | ashamed | bored | sick | tired) (of | by | with | to))]"
            ' | ["we both know" (YOU | it | that)]'
            ' | [SPEAKER <know> exactly? what YOU BE ("up to" | after | "playing at"'
            ' | "trying to do")]'
            f" | [{_SUBJ} BE secretly (FEELING | hoping | glad | pleased | relieved | jealous)]"
            ' | ["deep down" YOU (BE (FEELING | glad | relieved | pleased) (SPEAKER | that | WE)'
            " | <know> (SPEAKER BE right | YOU BE wrong | it BE YOUR fault | YOU <do>)"
            " | <want> (to <leave> | out | SPEAKER to) | HATE_VERB (SPEAKER | WE | it | this)"
            " | <wish> (YOU | SPEAKER) HAVE? (n't | never))]"
            " | "
            + _said_of_partner(
                "HAVE already <make> up YOUR mind (to | that | about)",
                "BE (waiting | looking) for (an | a | the | any)? (excuse | chance | reason"
                " | opportunity | moment | way out)",
            )
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "i kno ur lying to me",
            "I can tell you're ashamed of me.",
            "We both know you'd rather be at the pub.",
            "I know exactly what you're up to.",
            "You're secretly glad I failed.",
            "Deep down you're relieved I'm leaving.",
            "You're looking for an excuse to move out.",
        ),
        near_misses=(
            "I can tell you're excited, me too!",
            "I can see you're upset.",
            "I know you're tired, go to bed.",
            "I know what you're thinking: pizza again? Yes!",
            "Deep down you're a softie.",
            "Deep down you know you're brilliant at this.",
        ),
        hedge="soften",
        source="Mind reading: asserting the partner's motives or feelings.",
    ),
    Rule(
        id="mind_reading.you_would_rather",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            _said_of_partner(
                f"('d | would) rather ... (than (here | with {_US} | me | us | _? with me)"
                ' | "anywhere but" | "anyone but" | "anything but")',
                "('d | would) <prefer> (someone | somebody | anyone | anybody)",
                '(\'d | would) <be> (happier | "better off") (with (someone | somebody | anyone'
                " | THIRD_PERSON) | without (me | us))",
                "('d | would) (<be> (glad | happy | relieved | thrilled | pleased | better off)"
                " | <throw> a party | <celebrate> | <dance>) ... if SPEAKER (<die> | <disappear>"
                " | <leave> | <go> | BE gone | <vanish> | <drop> dead)",
                "(<care> | <think> | <worry>) more about ... than (about)? (me | us"
                " | SPEAKER_POSSESSIVE)",
                "(BE | ALWAYS)? ((<choose> | <pick> | <prioritise> | <prioritize> | <rank>) _{1,4}"
                f' | <put> !(DETERMINER | {SKIPPED}) _{{0,3}}) (over | before | "ahead of" | above)'
                f' (me | us | {_MINE} | "this family" | "this relationship")',
                "(<love> | <like> | <value>) _{1,3} more than (me | us) -(SPEAKER | WE)",
            )
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'd rather be on the golf course than with me.",
            "you'd rather be anywhere but here",
            "It's obvious you'd prefer someone younger.",
            "You'd be better off with somebody richer, right?",
            "You care more about your mates than me.",
            "You love that phone more than me.",
            "You always put your mates before me.",
            "He puts his golf ahead of our kids every single weekend.",
            "you're choosing work over our family again",
            "You'd be relieved if I just vanished.",
        ),
        near_misses=(
            "You'd rather be at the beach? Let's go!",
            "You'd rather have pizza than pasta?",
            "You love pizza more than I do!",
            "You put the kettle on before me, thanks!",
            "She put two dentist appointments over my lunch break, ugh.",
        ),
        hedge="soften",
        source="Mind reading: asserting the partner's preferences.",
    ),
    Rule(
        id="mind_reading.hidden",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            _said_of_partner(
                "BE only? (pretending | faking | acting) (to | that | like | YOU | it)?"
                " -(FICTION_NOUN)",
                f"BE hiding (something | things | stuff | it) (from {_US})? $",
            )
            + " | [(DO (n't | not) | stop | quit) <pretend> (YOU | that | to | like)?]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're pretending to have a headache again.",
            "Don't pretend you weren't flirting.",
            "stop pretending u enjoyed my cooking",
            "You're hiding stuff from us, I can tell.",
        ),
        near_misses=(
            "Are you pretending to be a dinosaur? So cute.",
            "Let's pretend we're on holiday!",
            "I'm hiding the presents, don't look!",
        ),
        hedge="soften",
        source="Mind reading: asserting a hidden truth.",
    ),
    Rule(
        id="mind_reading.insinuation",
        category=Category.MIND_READING,
        severity=Severity.MEDIUM,
        pattern=(
            '^ [(it BE)? (convenient | conveniently | "how convenient" | "very convenient"'
            ' | "so convenient" | "real convenient" | "awfully convenient" | handy'
            " | suspicious) (how | that | COMMA)? (YOU | YOUR | he | she | his | her)]"
            " | ^ [(it BE)? INSINUATION_WORD (how | that) (YOU | YOUR | he | she | his | her)"
            ' ... (suddenly | only | ALWAYS | whenever | never | "every time" | conveniently'
            ' | "right when" | "just when" | "the one" | "the minute" | "the second")]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Funny how you're suddenly busy when my parents visit.",
            "How convenient, you lost the receipt.",
            "interesting how ur headache only shows up on date night",
            "Strange how he always has to work late when it's my birthday.",
        ),
        near_misses=(
            "Funny how life works out, we met at a bus stop!",
            "It's interesting how you see it, tell me more.",
            "Convenient location, right by the station.",
        ),
        hedge="soften",
        source="Attribution of hostile intent by insinuation.",
    ),
)
"""The mind-reading rules."""
