"""Blame: making the partner responsible for one's feelings or for everything.

Blame is a frame that hands something to the partner: the writer's state ("you make me
so angry", "you drive me round the bend"), an outcome ("because of you we missed the
flight", "you ruined my birthday", "you're the reason I'm broke"), the fault itself
("it's all your fault", "that's on you"), or the writer's own outburst ("I wouldn't
have to yell if you listened"). The rules require the bad half to be there, from the
classes of distress, bad outcomes, hardship and ruin, so the same frames with a good
outcome stay clean: "you make me so happy", "thanks to you the party was a hit".
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._judgment import SKIPPED, SUBJECT_START

_WHY = (
    "Blame hands your feelings to the other person to fix; they defend themselves instead "
    "of hearing what you feel and need."
)
_INSTEAD = "Own the feeling and name the need: 'I feel angry when …, because I need …'."
_OUTCOME_INSTEAD = "Talk about what happened and what each of you can do next."
_SOURCE = "Nonviolent Communication: denial of responsibility for one's own feelings."

_US = "(SPEAKER | WE)"
# Who is blamed: the partner spoken to or about.
_CAUSER = (
    "(YOU | (YOUR | SPEAKER_POSSESSIVE) (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN) | he | she)"
)
# What the writer is driven to or left with.
_EFFECT = (
    "(DISTRESS_EFFECT | FEELING_UNPLEASANT | BAD_OUTCOME_STATE | BAD_OUTCOME_VERB | TRAIT | INSULT"
    " | HATE_VERB)"
)
# A bad outcome or a bad state, as a word anywhere near "because of you".
_BAD = "(BAD_OUTCOME_STATE | BAD_OUTCOME_VERB | FEELING_UNPLEASANT | RUIN_VERB | BAD_ADJ)"
_BECAUSE = '(because | "thanks to" | cuz | cos | coz | cause | bc)'
# What is said to be the partner's fault, and what may come before it: not "none of".
_FAULT_START = "(^ | (COMMA | CONJUNCTION | CLAUSE_VERB | FRONTED_ADVERB | that))"
_OUTCOME = (
    '(it | this | that | everything | "all of this" | "all this"'
    " | (the | this | that | our | SPEAKER_POSSESSIVE | YOUR | every | each | all) _)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="blame.you_make_me",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{_CAUSER} (HAVE | BE | MODAL)? ((<make> | <turn>) {_US}"
            " (<feel> | <want> to | <look> | <go> | into)? like? (SPEAKER BE (going | <go>)?)?"
            " (a | an)? INTENSIFIER_ADJ*"
            f" {_EFFECT}"
            f" | (<drive> | <push>) {_US} DISTRESS_EFFECT) -(PLEASANT_FEELING | POS_TRAIT)]"
            f" | [{_CAUSER} (HAVE)? <get> {_US} (BAD_OUTCOME_STATE | into trouble | in trouble)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You make me so furious.",
            "u made me cry in front of my mates",
            "You're driving me round the bend!",
            "You honestly make me want to scream into a pillow.",
            "my husband makes me feel worthless",
            "You made us miss the last train.",
            "You've turned me into a jittery mess.",
            "She got us thrown out of the pub.",
            "You're pushing me to breaking point.",
            "Your sister makes me feel like a total failure.",
            "You make me feel like I'm losing my mind.",
            "You've made me dread going home.",
        ),
        near_misses=(
            "You make me feel cherished.",
            "You always make me giggle at the worst moments.",
            "You make me feel ten feet tall.",
            "You made me realise something important.",
            "You made soup for my mum? Legend.",
            "You drive me wild, in the best way.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="blame.my_life",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{_CAUSER} (HAVE | BE)? <make> (SPEAKER_POSSESSIVE | our | this | the | every"
            " | WE | DETERMINER) _{0,3} HARDSHIP_WORD]"
            f" | [{_CAUSER} (HAVE)? <put> {_US} in (this | that | such | a | an) BAD_ADJ?"
            " (mood | position | situation | state | mess | spot)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You've made my week a misery.",
            "You put me in such a foul mood.",
            "my boyfriend makes every weekend a battle",
            "You've made this flat unbearable to live in.",
        ),
        near_misses=(
            "You make my life so much better.",
            "You put me in a great mood today!",
            "You made this weekend unforgettable.",
        ),
        source="Blame: the writer's life or mood handed to the partner.",
    ),
    Rule(
        id="blame.your_fault",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            f"{_FAULT_START} {_OUTCOME} ... [BE (all | entirely | completely | totally)? (YOUR own?"
            " (fault | doing) | on YOU (that | $) | down to (YOU $ | YOUR _))]"
            " | ^ [YOUR own? fault]"
            " | [YOU BE (the one)? to blame] | [YOU only? <have> YOURSELF to blame]"
            " | [SPEAKER <blame> YOU] | [fault but (YOUR | yours)]"
        ),
        message=_WHY,
        suggestion=_OUTCOME_INSTEAD,
        examples=(
            "This is entirely your fault.",
            "this is totally ur fault",
            "Your fault we're late, as usual.",
            "The dog ran off, and that is on you.",
            "Every row we had this month was your doing.",
            "The overdraft is all down to you.",
            "You only have yourself to blame.",
            "Honestly, I blame you for this.",
        ),
        near_misses=(
            "That one was my fault, sorry love.",
            "It's nobody's fault.",
            "None of this is your fault, I promise.",
            "Dinner is on you tonight? Sweet, thanks!",
            "It's down to you where we go for dinner!",
            "I don't blame you at all.",
        ),
        source="Blame; Gottman: criticism.",
    ),
    Rule(
        id="blame.because_of_you",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            f'[((because | cuz | cos | coz | cause | bc) of | "thanks to") (YOU | YOUR) ... {_BAD}]'
            # Without "of", "you" opens a clause: a feeling after it may be the listener's
            # ("because you're allowed to be sad"); an outcome still counts.
            " | [(because | cuz | cos | coz | cause | bc) (YOU | YOUR) ... (BAD_OUTCOME_STATE"
            " | BAD_OUTCOME_VERB | RUIN_VERB | BAD_ADJ)]"
            f' | [{_BAD} ... ({_BECAUSE} | "all because") of (YOU | YOUR)]'
            " | ^ [because YOU (MODAL | DO) (n't | not) ... COMMA (now | so)]"
            ' | [("all of this" | "all this" | everything | "this whole" _) ... because YOU'
            " (MODAL | DO | HAVE | BE)? (n't | not | never | <have> to)]"
            f" | [(BAD_OUTCOME_STATE | BAD_OUTCOME_VERB | RUIN_VERB) ... because YOU]"
            " | [if it (BE (n't | not) | \"had n't been\" | HAVE (n't | not) been) for YOU"
            f" ... {_US} (FUTURE | MODAL) (have !(<be> | <give> | <die> | never | n't | not"
            f" | {SKIPPED}) | (n't | not | never) ... {_BAD})]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Because of you, we lost the deposit.",
            "thanks to u my mum isn't speaking to me",
            "I'm exhausted and it's all because of you.",
            "We're in debt because you had to have that car.",
            "Because you couldn't keep quiet, now the whole family knows.",
            "If it weren't for you I'd have gone to uni.",
            "Thanks to your little outburst we're not invited back.",
            "This whole argument happened because you couldn't say sorry.",
        ),
        near_misses=(
            "Because of you I believe in love again.",
            "Thanks to you, Gran's birthday went perfectly!",
            "We finished early because of your help.",
            "If it wasn't for you I'd be lost.",
            "Because of the strike, the trains are off.",
            "Thanks to your playlist, the barbecue was brilliant.",
            "Take the evening off, because you have every right to feel tired.",
        ),
        source="Blame for outcomes.",
    ),
    Rule(
        id="blame.ruined",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{_CAUSER} (HAVE | BE)? (RUIN_VERB | <destroy>) (it | this | that | everything"
            " | SPEAKER_POSSESSIVE | our | the | us | SPEAKER | things)]"
            f" | [{_CAUSER} (HAVE | BE)? (<mess> | <screw> | <fuck> | <cock> | <muck> | <bugger>)"
            " (it | this | that | things | everything | SPEAKER_POSSESSIVE _ | our _) up]"
            ' | ["way to" RUIN_VERB]'
            " | [look (at)? what YOU HAVE? (<do> | <make> SPEAKER (<do> | <say>))]"
            " -(PLEASANT_FEELING)"
            f' | {SUBJECT_START} [YOU (<start> | <cause>) (this | it | "all this"'
            ' | "all of this" | the (fight | argument | row | whole _))] $'
        ),
        message=_WHY,
        suggestion=_OUTCOME_INSTEAD,
        examples=(
            "You spoiled my graduation.",
            "u totally wrecked our holiday",
            "Way to spoil the evening.",
            "Look at what you made me say now.",
            "You started this, not me.",
            "The trip was going fine until you messed it up.",
        ),
        near_misses=(
            "The rain ruined our picnic.",
            "You started the car already?",
            "Look what you made me, it's beautiful!",
            "Way to go, babe!",
        ),
        source="Blame for outcomes.",
    ),
    Rule(
        id="blame.caused",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            f"[({_CAUSER} | YOUR _{{1,2}})"
            ' BE (the | the only | "the whole")? (reason | cause) (why)?'
            f" ... {_BAD}]"
            f" | [({_CAUSER} | YOUR _{{1,2}}) BE why ... {_BAD}]"
            f" | [{_CAUSER} BE (the | the real | the only)? problem] $"
            " | [SPEAKER <hope> YOU BE (happy | satisfied | pleased) (now | with YOURSELF)]"
            " | [SPEAKER <hope> YOU BE (proud of YOURSELF | pleased with YOURSELF)]"
            " | [well SPEAKER <hope> YOU BE (happy | satisfied | pleased)] =SENTENCE_END"
            " | [(happy | satisfied) now] =QUESTION_MARK"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "ur the reason i cant sleep properly",
            "You're the reason we're always broke.",
            "He's the reason I lost my job.",
            "You're the reason my friends stopped inviting me out.",
            "Your gambling is why we can't afford a holiday.",
            "You are why our savings are gone.",
            "Well, I hope you're pleased with yourself.",
            "Well, I hope you're satisfied.",
            "Happy now?",
            "You're the problem.",
            "You're the reason I can't relax in my own home.",
        ),
        near_misses=(
            "You're the reason I believe in love.",
            "I hope you're happy in the new flat!",
            "You're the problem solver of the family!",
            "You're the reason I smile every day.",
            "Your laugh is the reason I wake up happy.",
        ),
        source="Blame for the writer's state.",
    ),
    Rule(
        id="blame.if_you_had",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            f'[{_US} (FUTURE | MODAL) (n\'t | not) ("have to" | "need to" | <be>)?'
            " (GRIEVANCE_VERB | HABIT_VERB | FEELING_UNPLEASANT | BAD_OUTCOME_STATE"
            " | BAD_OUTCOME_VERB | <ask> (twice | again) | <repeat> SPEAKER | <remind> YOU"
            ' | <do> (everything | "it all" | it)) ... if YOU]'
            f' | [if YOU ... {_US} (FUTURE | MODAL) (n\'t | not | never) ("have to" | "need to"'
            f" | <be> | have)? ... ({_BAD} | GRIEVANCE_VERB | <ask> (twice | again)"
            ' | <repeat> SPEAKER | <remind> YOU | <do> (everything | "it all"))]'
            f" | [{_US} ('d | would | might | MODAL) _{{1,4}} if YOU (<stop> | <quit>)]"
            " -(by | in | over"
            " | at | for | to)"
            " | [YOU BE (n't | not) helping (by | when | with YOUR)]"
            ' | [if YOU (were | was | BE) (n\'t | not)? ("a bit" | "a little")? (more | less) _]'
            " | [if YOU (were | was | BE) (n't | not) (TRAIT | INSULT | a _)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        hedge="keep",
        examples=(
            "I wouldn't have to shout if you'd just listen.",
            "If you'd packed last night, we wouldn't be late.",
            "If you weren't so secretive, I wouldn't have to ask twice.",
            "We'd have savings if you were more careful with money!",
            "i wouldnt have to remind u if u wrote it down",
            "Maybe I'd relax if you stopped checking my phone.",
            "You're not helping by rolling your eyes.",
        ),
        near_misses=(
            "If you'd like, we could go tomorrow.",
            "I'd understand if you didn't want to come.",
            "If you have time, could you call me?",
            "If you need me, I won't be far.",
            "I'd be so happy if you stopped by!",
            "You're not helping with the move? No worries.",
        ),
        source="Conditional blame: the writer's behaviour is made the partner's fault.",
    ),
    Rule(
        id="blame.until_you",
        category=Category.BLAME,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (BE | <feel>) perfectly? (fine | calm | okay | ok | good | PLEASANT_FEELING"
            " | (having | in) (a | an) _? (good | great | nice | lovely | decent | perfect) _)"
            " ... (until | till | til | before) YOU ARRIVAL_VERB]"
            " | [SPEAKER BE (n't | not) (FEELING_UNPLEASANT | BAD_OUTCOME_STATE) ..."
            " (until | before)"
            " YOU]"
            " | [(BAD_OUTCOME_STATE | FEELING_UNPLEASANT) ... only (<start> | <begin> | <happen>)"
            " (after | when | since | once) YOU]"
            " | [SPEAKER only (GRIEVANCE_VERB | <do> (it | that) | <say> (it | that))"
            " ... because YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I was in a great mood until you walked in.",
            "i was totally fine till u came home",
            "I wasn't anxious at all before you moved in.",
            "My headaches only started after you moved in.",
            "I only shouted because you wound me up.",
        ),
        near_misses=(
            "I was so nervous until you arrived, thank you.",
            "I only stayed because you asked so kindly.",
            "The party only started when you arrived!",
        ),
        source="Blame for the writer's state: it began with the partner.",
    ),
)
"""The blame rules."""
