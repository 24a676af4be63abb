"""Absolutes: one event turned into a verdict about the partner ("you never listen").

An absolute is a frame over the partner's habits: the partner as the subject of a clause,
a word of totality ("always", "never", "not once", "every time", "keep", "again",
"everything", "nothing I do"), then the habit. Whether the habit is a complaint or
praise lives in word classes, not in lists of sentences: after "always", kind acts
(``KIND_ACT_VERB``: "you always help") and pleasant states keep the message clean; after
"never", hurtful acts (``NEVER_KIND_VERB``, which holds every ``GRIEVANCE_VERB``: "you
never judge me") do. The few verbs whose kindness depends on the next word ("make me
laugh", "have my back", "let me down") are read one word further.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import GRATEFUL, with_context
from intimacy_kit.detection.rules._judgment import (
    PARTNER_SUBJECT,
    SKIPPED,
    SUBJECT_START,
    THIRD_PARTNER,
)

_WHY = (
    "Words like 'always' and 'never' turn one event into a verdict about the person, so "
    "the listener argues with the exaggeration instead of hearing what hurt."
)
_INSTEAD = "Name one specific time and what you felt: 'Last night, when …, I felt …'."
_SOURCE = (
    "Cognitive distortion 'overgeneralisation'; Gottman: criticism often opens with "
    "'you always' or 'you never'."
)

_US = "(SPEAKER | WE)"

# A habit after "always": any act but a kind one; verbs whose kindness depends on the next
# word are read one word further ("make me laugh" / "make a mess").
_ALWAYS_ACT = (
    "(!(KIND_ACT_VERB | <make> | <have> | <take> | <put> | <find> | <give> | <get> | <come>"
    " | <stick> | <stand> | <be> | <do> | <pick> | <choose> | <buy> | POS_TRAIT"
    " | PLEASANT_FEELING | SPEAKER | WE | YOU | YOUR"
    " | SPEAKER_POSSESSIVE"
    f" | DETERMINER | CONJUNCTION | MODAL | {SKIPPED})"
    f" | <make> {_US} !(PLEASANT_FEELING | <feel> | <think> | <want> | <believe> | {SKIPPED})"
    f" | <make> !({_US} | everyone | everybody | everything | people | time | things | {SKIPPED})"
    ' | <do> (this | that | it | nothing | whatever | "the same" | "your own thing")'
    f" | (<pick> | <choose> | <buy>) !(the | {SKIPPED})"
    f" | (<pick> | <choose> | <buy>) the !(POS_TRAIT | PLEASANT_FEELING | {SKIPPED})"
    f" | <have> !(SPEAKER_POSSESSIVE | time | a | the | {SKIPPED})"
    f" | <have> (a | an | some) (excuse | reason | problem | complaint | comeback | issue)"
    f" | <take> !(care | {_US} | time | {SKIPPED}) | <put> (YOURSELF | YOUR | THIRD_PERSON)"
    " | <look> (at | for | down | away | through | bored | annoyed | irritated)"
    f" | <find> !(a | the | time | {SKIPPED})"
    " | <find> (a | an | some) (excuse | reason | problem | fault | way out | loophole)"
    ' | <give> (SPEAKER | WE) (grief | attitude | shit | crap | hell | "a hard time")'
    f" | <get> !({_US} | it | the | what | PLEASANT_FEELING | POS_TRAIT | {SKIPPED})"
    f" | <come> !(through | to | over | {SKIPPED}))"
)
# A state after "you're always": anything but a kind one ("you're always there for me").
_ALWAYS_STATE = (
    f"(on !(time | point | top | SPEAKER_POSSESSIVE | {SKIPPED})"
    f" | in !(SPEAKER_POSSESSIVE | {SKIPPED})"
    f" | the !(best | first | one | POS_TRAIT | PLEASANT_FEELING | {SKIPPED})"
    " | (a | an) (INSULT | TRAIT | pain | nightmare | mess | problem | disaster)"
    " | !(on | in | the | a | an | there | here | welcome | right | ready | up | willing"
    " | available | SPEAKER_POSSESSIVE | POS_TRAIT | PLEASANT_FEELING | KIND_ACT_VERB | MODAL"
    f" | CONJUNCTION | {SKIPPED}))"
)
# A habit after "never": any act but a hurtful one, whose absence is praise.
_NEVER_ACT = (
    "(!(NEVER_KIND_VERB | <have> | <let> | <make> | <take> | <give> | <look> | <stop> | <need>"
    " | <be> | <get> | <cease> | <say> | <think> | MODAL | SPEAKER | WE | YOU | CONJUNCTION"
    f" | {SKIPPED})"
    f" | <say> !(no | {SKIPPED}) | <think> !(twice | {SKIPPED})"
    f" | <have> !(to | {SKIPPED})"
    f" | <let> {_US} !(down | <go> | <fall> | <fail> | <struggle> | <worry> | <suffer>"
    f" | FEELING_UNPLEASANT | BAD_OUTCOME_STATE | {SKIPPED})"
    f" | <let> {_US} <go> !(hungry | without | short | alone | cold | thirsty | home | {SKIPPED})"
    f" | <let> !({_US} | go | {SKIPPED})"
    f" | <make> {_US} !(<feel> | {SKIPPED}) | <make> {_US} <feel> PLEASANT_FEELING"
    f" | <make> !({_US} | {SKIPPED})"
    f" | <take> {_US} !(for | {SKIPPED}) | <take> !({_US} | {SKIPPED})"
    f" | <give> !(up | {SKIPPED}) | <look> (at | after | up)"
    " | <stop> (GRIEVANCE_VERB | HABIT_VERB | talking | working | gaming | moaning)"
    f" | <need> !(to | {SKIPPED})"
    " | <be> (here | there | home | around | on | ready | available | interested | free"
    " | happy | satisfied | content | sorry | wrong | the | in | with | PLEASANT_FEELING)"
    f" | <get> !(tired | old | bored | FEELING_UNPLEASANT | TRAIT | {SKIPPED}))"
)
_NEVER_STATE = (
    f"!(TRAIT | INSULT | BAD_OUTCOME_STATE | BAD_ADJ | a | an | MODAL | CONJUNCTION | {SKIPPED})"
)
_NEVER = (
    "((DO | HAVE | ca | can)? never | (DO | HAVE | ca | can | could) (n't | not)"
    ' (ever | once | "even once" | "one time" | "a single time" | "one single time"))'
    " (ever | once)?"
)
_COMPLAINT_ACT = "(GRIEVANCE_VERB | HABIT_VERB | RUIN_VERB)"
_EVERY_TIME = (
    '("every time" | "every single time" | "each time" | "every bloody time"'
    ' | "every damn time" | "every fucking time" | whenever | "any time" | anytime)'
)
_TRAILING = (
    '("all the time" | constantly | nonstop | "non-stop" | "every single day" | "every day"'
    ' | "every night" | "every single night" | "day in day out" | "without fail"'
    ' | "morning noon and night" | "all day long" | "all day every day")'
)
_AGAIN = (
    '(again | "yet again" | "once again" | "over and over" | "over and over again"'
    ' | "again and again" | "time and again" | "time after time" | "as usual"'
    ' | "like always" | "per usual")'
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="absolute.always",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            f"{SUBJECT_START} [{PARTNER_SUBJECT} (HAVE? ALWAYS {_ALWAYS_ACT}"
            f" | (BE | HAVE been) ALWAYS {_ALWAYS_STATE} | HAVE ALWAYS been {_ALWAYS_STATE}"
            f" | (HAVE | BE)? {_COMPLAINT_ACT} ... {_TRAILING}"
            f" | (BE | HAVE been) {_ALWAYS_STATE} ... {_TRAILING}"
            f" | HAVE? {_COMPLAINT_ACT} ..."
            ' (like | as | "the way") YOU ALWAYS (<do> | <say> | BE))]'
            f" | [{THIRD_PARTNER} (BE | HAVE)? ALWAYS ({_COMPLAINT_ACT} | on at SPEAKER"
            " | <find> (a | an | some)? (excuse | excuses | reason | problem))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You always leave wet towels on the floor.",
            "ur always glued to that game",
            "You constantly cut me off mid-sentence.",
            "U R ALWAYS the last one ready!!",
            "You're forever losing the car keys.",
            "Every weekend you always find an excuse to skip my parents'.",
            "my boyfriend always picks a fight when he's tired",
            "She's always on at me about money.",
            "You always make a mess and leave it for me.",
            "Honestly you always take his side 🙄",
            "You play the victim all the time.",
            "you've been glued to that laptop nonstop since Friday",
            "u check ur phone every single night at dinner",
            "You're always in a mood after work.",
            "You stomped off like you always do when money comes up.",
        ),
        near_misses=(
            "You always make me giggle at the worst moments.",
            "You always know what to say.",
            "The bus is always late on Mondays.",
            "I always lose track of time at the market.",
            "You're always there for me.",
            "Thanks for always saving me the last biscuit.",
            "You always remember how I take my tea. I'm so grateful for that.",
            "You always save me the last slice 🥰",
            "I'll love you always.",
            "Do you always take sugar?",
            "You're always welcome here.",
            "You've always had my back.",
            "You always take care of everyone.",
            "You always pick the nicest cards for my mum.",
            "Whenever I'm ill, you do the school run. Thank you.",
            "You always make everything feel lighter.",
            "You look lovely tonight, like you always do.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="absolute.never",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            f"{SUBJECT_START} [{PARTNER_SUBJECT} ({_NEVER} {_NEVER_ACT} | BE never {_NEVER_STATE}"
            " | DO (n't | not) ever $)]"
            f" | [{THIRD_PARTNER} never (EFFORT_VERB | CARE_VERB | <lift> a finger)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You never ask how my day went!",
            "u NEVER reply to my texts",
            "You've never once offered to cook.",
            "you never even bother to say thanks",
            "You can never just admit you were wrong.",
            "You haven't once cleaned the oven in two years.",
            "You can't ever let me win an argument, can you.",
            "My wife never lets me finish a sentence.",
            "You're never around on school nights.",
            "you never, ever book anything for my birthday",
            "He never lifts a finger with the kids.",
        ),
        near_misses=(
            "You never fail to make me smile.",
            "You never complain, and I love that.",
            "The ferry never leaves on schedule.",
            "I never remember which bin goes out on Tuesday.",
            "You never let me down.",
            "You never have to say sorry for needing a nap.",
            "I can't ever thank you enough.",
            "You never judge me, thank you.",
            "You never let me go hungry, you feed me like a king.",
            "You never say no to helping my dad.",
            "You never think twice before helping a stranger.",
            "You're never boring.",
            "You never know, it might be sunny.",
            "If you never try, you'll never know.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="absolute.every_time",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{_EVERY_TIME} ({_US} | there | it | THIRD_PERSON | DETERMINER | SPEAKER_POSSESSIVE"
            f" | YOUR) ... {PARTNER_SUBJECT} ({_ALWAYS_ACT} | BE {_ALWAYS_STATE})]"
            f" | {SUBJECT_START} [{PARTNER_SUBJECT} ((HAVE | BE)? {_COMPLAINT_ACT}"
            ' | (<do> | <pull> | <say> | <use> | <start>) (this | that | it | "the same")'
            f" | BE {_ALWAYS_STATE}) ... {_EVERY_TIME} (=({_US} | SENTENCE_END | COMMA) | $)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Every time I mention money, you walk out of the room.",
            "whenever we visit my mum u sulk in the car",
            "Each time we plan a weekend away, you cancel at the last minute.",
            "You pull this every single time.",
            "You snap at me every time I ask about work.",
            "Every time I try to talk you're on your phone.",
            "whenever your brother calls you vanish for an hour",
        ),
        near_misses=(
            "Every time I see you I smile.",
            "You make me laugh every time I see you.",
            "You cook dinner every time I work late, thank you.",
            "Whenever we travel I get so excited.",
            "Every time the phone rings the dog barks.",
            "Every time I call you, you make me feel better.",
        ),
        source="Overgeneralisation across occasions.",
    ),
    Rule(
        id="absolute.again_and_again",
        category=Category.ABSOLUTE,
        severity=Severity.LOW,
        pattern=(
            f"{SUBJECT_START} [{PARTNER_SUBJECT} ((HAVE | BE)? ({_COMPLAINT_ACT}"
            " | <do> (this | that) | BE doing (it | this | that)"
            " | BE (late | drunk | wasted | hungover | TRAIT))"
            f" ... {_AGAIN} | (BE | DO)? <keep> on? ({_COMPLAINT_ACT}"
            ' | (doing | saying | pulling | making) (this | that | it | "the same" | excuses)'
            ' | <make> (excuses | "the same")))]'
            ' | ^ [(again | "yet again" | "once again" | "as usual" | "like always")]'
            " =SENTENCE_END -QUESTION_MARK"
            ' | ^ ["here we go again"]'
            ' | ^ [ALWAYS so? ("quick to" | "good at" | "the first to" | "the one to" | "first to")'
            " (GRIEVANCE_VERB | HABIT_VERB | RUIN_VERB)]"
            " | [why (BE | HAVE) YOUR ... again] =QUESTION_MARK"
        ),
        message=_WHY,
        suggestion="Talk about this time only, and what you would like next time.",
        examples=(
            "You've left the milk out again!",
            "u keep ghosting me when i ask about the wedding",
            "You forgot to lock the door yet again.",
            "You interrupt me over and over.",
            "Phone on silent. Again.",
            "you keep doing this and it's exhausting",
            "Here we go again with the sulking.",
            "Why are your shoes in the hallway again?",
            "Look, you're doing it again.",
            "Always so quick to blame everyone else.",
        ),
        near_misses=(
            "You keep making me laugh.",
            "Can you say that again?",
            "You keep getting better at this!",
            "Let's try again tomorrow.",
            "You did it again, top of the class! So proud.",
            "Again, thank you so much!",
            "You made my day again, thank you.",
            "Always the first to help, that's our Jo!",
        ),
        source="Overgeneralisation by repetition.",
    ),
    Rule(
        id="absolute.dont_even_try",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            f"{SUBJECT_START} [{PARTNER_SUBJECT} (DO | MODAL) (n't | not) even (<try> | <bother>"
            " | <notice> | <care> | <listen> | <look> | <ask> | <see> | <think> | <pretend>"
            " | <help> | <know> | <remember> | <say> | <apologise> | <apologize> | <call>"
            " | <text> | <offer> | <thank>)]"
        ),
        message=_WHY,
        suggestion="Describe what happened and ask for the effort you want to see.",
        examples=(
            "You don't even try.",
            "u didnt even bother to ask how i was",
            "My husband doesn't even notice when I'm upset.",
            "You couldn't even say thank you.",
        ),
        near_misses=(
            "Don't even worry about it!",
            "You don't even need a ticket, it's free.",
            "You didn't even have to ask, I was happy to.",
        ),
        source="Overgeneralising a lack of effort.",
    ),
    Rule(
        id="absolute.nothing_everything",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            "[all YOU ever? (<do> | <want> | <care> about | <think> about | <talk> about | <say>"
            " | <worry> about) _{0,3} (BE | COMMA)]"
            f" | {SUBJECT_START} [{PARTNER_SUBJECT} ((HAVE | BE)? {_COMPLAINT_ACT}"
            ' (everything | "every single thing" | "all of it" | every single? _)'
            " | ((MODAL | DO | HAVE) (n't | not) | never)"
            ' EFFORT_VERB _{0,2} (anything | "a thing" | "one thing" | "a single thing")'
            " =(right | properly | around | for | to | in | with | without | COMMA | ever)"
            f" | (ca | can | could) (n't | not) even !({SKIPPED})"
            " ... (properly | right | correctly)"
            " | (HAVE | MODAL)? BE (late | drunk | rude | TRAIT)"
            ' (to | for | at)? (everything | "every single" _)'
            " | _{0,6} <make> (it | this | everything | things) (all)? about (YOU | YOURSELF)"
            " | HAVE? <do> nothing =(but | around | all | to | for | in | at | SENTENCE_END"
            " | COMMA))]"
            ' | [(everything | "every conversation" | "every single thing") (BE | <have> to <be>'
            " | <become> | <turn> into | <end> up) (all)? about (YOU | YOURSELF | YOUR _)]"
            " | [it (BE ALWAYS | <have> to <be> | HAVE to <be> | ALWAYS <have> to <be>)"
            " (all)? about (YOU | YOURSELF | YOUR _)]"
            " | [nothing SPEAKER ever? (<do> | <say> | <try> | <make> | <cook> | <buy> | <give>"
            " | <suggest>) (<make> YOU | <please> YOU | <satisfy> YOU)]"
            " | [nothing SPEAKER (<do> | <say> | <try> | <make> | <cook> | <buy> | <give>"
            " | <suggest>)"
            ' (BE ever? (good | right | enough | "good enough") | ever)]'
        ),
        message=_WHY,
        suggestion="Say what you needed in this situation, not what the person never does.",
        examples=(
            "You can't do anything right.",
            "you ruin everything you touch",
            "Everything always has to be about you.",
            "You do nothing around the flat.",
            "Nothing I suggest is ever right for you.",
            "All you do all weekend is game.",
            "All you care about is your football.",
            "You don't help with anything in this house.",
            "Somehow you make it all about yourself.",
            "u cant even hang the washing out properly",
            "Nothing I ever cook pleases you.",
        ),
        near_misses=(
            "You didn't miss anything, the film was dull.",
            "You make everything more fun.",
            "I can't find anything in this fridge.",
            "You didn't do anything wrong, I promise.",
            "All you need is a good night's sleep.",
            "All you have to do all day is rest, doctor's orders.",
            "It's all about you today, birthday girl!",
        ),
        source="Overgeneralisation ('all or nothing').",
    ),
    Rule(
        id="absolute.not_once",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            '[not (once | "one time" | "a single time" | "even once" | "one single time")'
            " ... (HAVE | DO | MODAL) YOU]"
            " | [not (a | one) single? _ ... (by YOU | (HAVE | DO | MODAL) YOU)]"
            f" | {SUBJECT_START} [{PARTNER_SUBJECT} (HAVE | DO) (n't | not) EFFORT_VERB ..."
            ' (one | "a single"'
            ' | "one single") _ ... (in | for) _? (weeks | months | years | ages | decades'
            " | forever | year | month)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Not once have you said thank you for the lifts.",
            "not one time did u pick me up from work",
            "Not a single bill has been paid by you this year.",
            "You haven't planned one date in months.",
        ),
        near_misses=(
            "Not a single cloud in the sky today!",
            "Not once did I doubt you.",
            "You haven't missed a single day at the gym in weeks, so proud!",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="absolute.same_thing",
        category=Category.ABSOLUTE,
        severity=Severity.MEDIUM,
        pattern=(
            "[the? same (thing | story | old _ | excuse | excuses | routine | nonsense | crap"
            ' | shit | drama | argument | fight)? ... (with YOU | "every time"'
            ' | "every single time" | again)]'
            " | [it BE ALWAYS? the same (thing | story | routine | drill) (COMMA | CLAUSE_BREAK)"
            " YOU]"
            " | [(this | that | it) BE (n't | not) the first time] (=(YOU | this | YOUR) | $)"
            ' | [(this | it) ALWAYS <happen> (when | with | whenever | "every time") (YOU | YOUR)]'
            " | [YOU BE the (kind | sort | type) of (PERSON_NOUN | person | guy | girl | man"
            f" | woman) (who | that) (ALWAYS | never | {_COMPLAINT_ACT})]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It's always the same excuse with you.",
            "same old story every single time, you promise and forget",
            "This always happens when your brother visits.",
            "And that's not the first time you've done it.",
            "You're the type of person who ditches friends for a date.",
        ),
        near_misses=(
            "It's the same thing I ordered last time, yum.",
            "It's not the first time I've been to Rome.",
            "This always happens in spring, the garden explodes!",
            "You're the kind of person who lights up a room.",
        ),
        source="Overgeneralisation.",
    ),
    Rule(
        id="absolute.for_once",
        category=Category.ABSOLUTE,
        severity=Severity.LOW,
        pattern=(
            f'({SUBJECT_START} | if) [{PARTNER_SUBJECT} ... "for once"]'
            ' | [MODAL YOU ... "for once"]'
            ' | ["for once" (in YOUR life)? COMMA? (YOU | <try> | <listen> | <help> | <think>)]'
        ),
        message=_WHY,
        suggestion="Ask for what you want next time, without the 'for once'.",
        examples=(
            "Maybe if you listened for once we'd get somewhere.",
            "Could you pick up the kids for once?",
            "For once in your life, think about someone else.",
        ),
        near_misses=(
            "Thank you for once again hosting us!",
            "For once the weather is on our side.",
            "Let's splurge for once!",
        ),
        source="Overgeneralisation: 'for once' says the good thing never happens.",
    ),
)
"""The absolute rules."""

# Praise and thanks in the sentence make an absolute a compliment ("you always show up
# for me, it means so much").
RULES = with_context(RULES, GRATEFUL)
