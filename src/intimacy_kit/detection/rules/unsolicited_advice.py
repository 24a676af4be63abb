"""Unsolicited advice: fixing someone's problem instead of hearing it.

Advice nobody asked for tells the other person their feeling is a problem to solve. The
rules name the frames of a quick fix, and the lexicon's classes say what the fix is:

* the partner + should/need to + a life fix (ADVICE_VERB: quit, dump him, block her, see a
  therapist) or a remedy (SELF_HELP_NOUN: "try meditation");
* "just" as the mark of a fix: "you should just …", "you just need to …", "why don't you
  just …", a clause that opens with "just" and a fix or a bit of self-care
  (SELF_CARE_VERB, which is kind on its own: "get some sleep, love" stays clean);
* the frames of advice-giving: "if I were you I'd …" (not "I'd be proud too"), "what you
  need to do is …", "my advice?", "here's what you do";
* the promise of an easy answer: "easy fix", "the answer is simple", "try X, it fixes
  everything", "you'd feel better if you …", "if you'd just …, you wouldn't …".

Invitations ("you should come to the quiz"), recommendations ("you should try the new
ramen place"), logistics ("you just need to sign here") and offers ("would it help to talk
it through?") stay clean: the frames need a fix from the classes, not any verb. Hedges do
not soften advice ("maybe you should just quit" is still advice), so ``hedge`` is KEEP.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import ASKED_FOR, PARTNER_REF, with_context

_WHY = (
    "Jumping to a fix tells the other person their feelings are a problem to solve; most "
    "of the time they want to be heard first, and advice can sound like criticism."
)
_INSTEAD = "Listen and reflect first, then ask: 'Would it help to think it through together?'"
_SOURCE = "Communication roadblocks: advising, solving."

_OBLIGE = "(SHOULD_MODAL | MUST_MODAL)"
_STOP_DOING = (
    "(stop | quit) =WORD !(KIND_STOP_COMPLEMENT | FILLER_ADVERB | YOUR | it | that | this)"
    " -YOURSELF"
)
_REMEDY = (
    "(<try> | <do> | <get> | <see> | <take> | <go> (to | for) | <start>) (a | an | some | more)?"
    " SELF_HELP_NOUN"
)
"""Taking up a remedy: "try meditation", "get therapy", "take a melatonin"."""
_SOMEONE_CLOSE = (
    "(THIRD_PERSON | (YOUR | THIRD_PERSON | SPEAKER_POSSESSIVE)? (FAMILY_NOUN | FRIEND_NOUN"
    " | PARTNER_NOUN | boss | manager))"
)
"""A person in the listener's life: "her", "your mum", "his boss"."""
_CUT_OFF = f"(<cut> | <tell> | <kick> | <shut>) {_SOMEONE_CLOSE} (off | out)"
"""A phrasal fix with the person in the middle: "cut her mum off", "tell your boss off"."""
_GET_OVER = "<get> over (YOUR | THIRD_PERSON)"
"""Getting over a person or a fear: "get over him", "get over your fear"."""
_WOULD_DO = (
    "('d | would) just? have? (be =WORD !(FEELING | HURT_FEELING | OVERREACT_ADJ | POS_TRAIT"
    " | FILLER_ADVERB | REACTION_VERB | PUNCT) | =WORD !(REACTION_VERB | been | PUNCT))"
)
"""What the speaker would do in the listener's place, not what they would feel ("I'd be
proud too")."""
_FIX = f"(ADVICE_VERB | {_CUT_OFF} | {_GET_OVER} | {_REMEDY} | be (more | less) =WORD !proud)"
"""A fix for someone else's life."""
_FIX_OR_CARE = (
    f"(ADVICE_VERB | SELF_CARE_VERB | <tell> {_SOMEONE_CLOSE} (straight | no | where) | {_CUT_OFF}"
    f" | {_GET_OVER} | {_REMEDY} | {_STOP_DOING}"
    " | be (more | less) =WORD !proud)"
)
"""A fix, or self-care prescribed with "just"."""

RULES: tuple[Rule, ...] = (
    # -- "just" as the mark of a fix ----------------------------------------------------------
    Rule(
        id="unsolicited_advice.just_do",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            f"[{PARTNER_REF} HAVE? (SHOULD_MODAL (really | def)? just =WORD !(JOIN_VERB"
            " | MISSED_OUT_VERB"
            f" | PUNCT) | (MUST_MODAL | could | can) just {_FIX_OR_CARE}"
            f" | just {_OBLIGE} {_FIX_OR_CARE})]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You should just quit.",
            "u should def just block her tbh",
            "You just need to relax more and sleep.",
            "honestly u just need to block her and move on",
            "My girlfriend really needs to just cut her mum off.",
            "You just have to stop caring so much.",
            "You've just got to move on with your life.",
        ),
        near_misses=(
            "You should just come over, I'll make pasta.",
            "You just need to sign here and here.",
            "You could just leave it on the table.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.just_imperative",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            f"(^ | COMMA) [just (go and?)? ({_FIX_OR_CARE} | <tell> {_SOMEONE_CLOSE} =WORD"
            f" -(SPEAKER | WE) | (<talk> | <speak>) to {_SOMEONE_CLOSE})]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Just ignore her, problem solved.",
            "omg just take a melatonin and stop moaning",
            "Honestly, just tell your mum to back off.",
            "Just tell your boss you won't do it.",
            "Just get over your fear and call them.",
            "just go to the gym more",
            "Just go talk to him, it's not that hard.",
        ),
        near_misses=(
            "Just tell me when you're home, okay?",
            "Just leave the keys on the table, thanks!",
            "Just take a seat, dinner's nearly ready.",
            "Just tell her I said hi!",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.why_dont_you",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            f"[why (do n't | did n't | not) YOU (just =WORD | ADVICE_VERB | {_CUT_OFF})]"
            " | [why not just (ADVICE_VERB | SELF_CARE_VERB)]"
            " | [(easier | simpler | quicker | better) (to | if YOU) just]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why don’t you just ask for a raise? 🤷‍♀️",
            "Why don't you leave him?",
            "Wouldn't it be easier to just quit?",
            "why dont u just tell her??",
            "Why not just switch teams at work?",
        ),
        near_misses=(
            "Why don't you try the blue dress?",
            "Why don't you come with us to the beach?",
            "Why not order in tonight?",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.bare_fix",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "^ -(stop | quit) [ADVICE_VERB] (=SENTENCE_END | and | COMMA)"
            " | [SPEAKER ('d | would) (just (<leave> $ | <walk> away) | just? ADVICE_VERB)]"
            " -(if | but | too)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Honestly? Leave him.",
            "Dump him, seriously.",
            "I'd just leave tbh",
            "Block her and move on.",
            "I'd tell her where to go, personally.",
        ),
        near_misses=(
            "See a doctor, that cough sounds bad.",
            "Quit playing and come to dinner!",
            "Stop worrying, you'll smash the exam.",
            "I'd just stay in tonight, I'm knackered.",
            "I'd move out if I could afford it.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.you_need_help",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "[YOU just <need> (a | an | some | more)? SELF_HELP_NOUN]"
            " | [YOU (really | seriously)? <need> (to see)? (a | an | some)? THERAPY_NOUN]"
            " -(with | for)"
            " | (^ | COMMA) [<get> (some | a)? THERAPY_NOUN] -(with | for | from)"
            " | [YOU (just | really)? <need> (a | an | some)? (new | different | better | proper)"
            " NEW_LIFE_NOUN]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You just need a holiday.",
            "You need therapy.",
            "Get some help.",
            "u seriously need to see a therapist",
            "Sounds like you need a new job tbh.",
        ),
        near_misses=(
            "You need a hand with the bags?",
            "Do you need help with that?",
            "Get help with the bags from Sam, he's free.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    # -- the frames of advice-giving ----------------------------------------------------------
    Rule(
        id="unsolicited_advice.if_i_were_you",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            f"[(if SPEAKER (were | was) (YOU | in YOUR _) | in YOUR (shoes | position | place"
            f" | situation)) COMMA? SPEAKER {_WOULD_DO}]"
            f" | [SPEAKER {_WOULD_DO} ... if SPEAKER (were | was) (YOU | in YOUR _)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "If I were you, I'd tell her off.",
            "I'd just ignore your sister if I were you.",
            "If I was in your shoes I'd have quit months ago.",
            "In your position I'd quit.",
            "If I were in your position I'd be job hunting already.",
        ),
        near_misses=(
            "If I were you I'd be proud too!",
            "If I were you I'd be exhausted too.",
            "If I were you... no, sorry, tell me more about how it felt.",
        ),
        hedge="keep",
        source="Communication roadblocks: advising.",
    ),
    Rule(
        id="unsolicited_advice.what_you_need",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            f"[(what | all) YOU ({_OBLIGE} | could)? (to)? <do> BE just? {_FIX_OR_CARE}]"
            " | [here 's what YOU (<do> | SHOULD_MODAL <do> | MUST_MODAL <do>)]"
            f" | [YOU <know> what (YOU {_OBLIGE} <do> | (would | 'd | might) <help>)]"
            " | [(best | only | smartest) thing (YOU | to) (can | could)? <do> BE]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "What you need to do is stop overthinking.",
            "Here’s what you do: quit the choir 🎶 and sleep more.",
            "You know what you should do? Leave.",
            "You know what would help? A proper bedtime routine.",
            "What you ought to do is tell him straight.",
            "Best thing you can do is ignore him.",
        ),
        near_misses=(
            "What you need to bring is a warm coat.",
            "All you need to do is turn up, I'll handle the rest.",
            "What do you need me to do?",
        ),
        hedge="keep",
        source="Communication roadblocks: advising.",
    ),
    Rule(
        id="unsolicited_advice.my_advice",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            '[SPEAKER_POSSESSIVE ADVICE_NOUN (=QUESTION_MARK | =CLAUSE_BREAK | BE | "to you"'
            " | would be)]"
            " | [(take | heed) SPEAKER_POSSESSIVE advice]"
            " | [if YOU <want> SPEAKER_POSSESSIVE advice]"
            " | [not to (<tell> YOU (what | how) to | be that (person | guy | girl)) ... but]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "My advice? Drop that whole friend group.",
            "Take my advice and leave him.",
            "Not to tell you what to do, but you should sell the car.",
            "If you want my advice, walk away.",
            "My two cents? Dump the whole lot of them.",
        ),
        near_misses=(
            "Can I ask your advice about my CV?",
            "Thanks for your advice yesterday, it helped.",
            "My suggestion? The Italian place on Friday.",
        ),
        hedge="keep",
        source="Communication roadblocks: advising.",
    ),
    Rule(
        id="unsolicited_advice.better_off",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern="[YOU ('d | would) be better off (without | if)]",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'd be better off without him.",
            "Honestly you would be better off if you moved out.",
            "youd be better off without them tbh",
        ),
        near_misses=(
            "You'd be better off taking the train tomorrow.",
            "We'd be better off without the car, honestly.",
        ),
        hedge="keep",
        source="Communication roadblocks: advising.",
    ),
    # -- the partner and a fix --------------------------------------------------------------
    Rule(
        id="unsolicited_advice.maybe_you_should",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=f"[{PARTNER_REF} {_OBLIGE} (really | def)? {_FIX}]",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You should leave him.",
            "I still think you should see a therapist about it.",
            "tbh u shud try meditation or smth",
            "You really need to get out of the house and keep busy.",
            "You gotta stand up for yourself",
        ),
        near_misses=(
            "You should try the new ramen place.",
            "You should see the new Pixar film, you'd love it.",
            "You should come to the quiz with us on Thursday!",
        ),
        hedge="keep",
        source="Communication roadblocks: advising, moralising.",
    ),
    Rule(
        id="unsolicited_advice.maybe_try",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "[(maybe | perhaps) just? do n't !(worry | <forget> | PUNCT)]"
            ' | ^ [<try> (being | "to be") (more | less) =WORD]'
            f" | [(maybe | perhaps) YOU? {_OBLIGE}? just? ({_STOP_DOING} | <try> (not | being"
            ' | "to be" | just | to | and | SELF_CARE_VERB | SELF_HELP_NOUN))]'
            " | [(SPEAKER still? (<think> | <reckon> | <feel>) | maybe | perhaps | honestly) YOU"
            f" SHOULD_MODAL (<consider> | <focus> | <learn> | <change> | <try> to | {_STOP_DOING})]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Maybe stop telling your mother everything and see what happens.",
            "Maybe you should try to get more sleep.",
            "Aw that sucks. Maybe you should try meditating?",
            "I still think you should consider a different course.",
            "Idk, maybe try not caring so much?",
            "maybe just don't invite her next time?",
            "Try being less available, he'll come running.",
        ),
        near_misses=(
            "Maybe you should bring a jacket, it's cold.",
            "Maybe stop by the bakery on your way home?",
            "Maybe you should try the other door.",
            "I think you should pick the blue one.",
            "Maybe don't forget your keys this time lol",
            "Try to be here by eight if you can.",
        ),
        hedge="keep",
        source="Communication roadblocks: advising, moralising.",
    ),
    Rule(
        id="unsolicited_advice.have_you_tried",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "[(have | 've) YOU (ever)? (<try> | <consider> | <think> about) COMMA? HEDGE? (just"
            " | simply | not"
            " | (a | an | some)? SELF_HELP_NOUN | SELF_CARE_VERB | ADVICE_VERB)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Have you tried, like, not worrying so much?",
            "Have you thought about simply not caring what they think?",
            "Have you considered therapy?",
            "have u tried just going to bed earlier",
            "Okay but have you tried getting up earlier??",
            "Have you thought about, I dunno, talking to a professional?",
        ),
        near_misses=(
            "Have you tried the new café on Main Street?",
            "Have you thought about what you want for your birthday?",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    # -- the promise of an easy answer -------------------------------------------------------
    Rule(
        id="unsolicited_advice.quick_fix",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "[EASY_WORD FIX_NOUN] | [the? FIX_NOUN BE EASY_WORD] -(to | for)"
            f" | [the? FIX_NOUN BE just? to just? (ADVICE_VERB | SELF_CARE_VERB | {_STOP_DOING})]"
            f" | ^ [EASY_WORD] COMMA? just? (ADVICE_VERB | SELF_CARE_VERB | {_STOP_DOING})"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Easy fix: stop lending your brother money.",
            "The answer is obvious: dump him.",
            "The answer's simple, sell the car.",
            "Simple, stop eating sugar.",
            "Babe, the solution is to stop going to those parties.",
        ),
        near_misses=(
            "The answer is on page 12, I checked.",
            "The recipe is simple to follow.",
            "Simple, elegant, I love the new lamp.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.works_wonders",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "^ [<try> =WORD ... COMMA? (it | that | this) (FIX_RESULT_VERB"
            " | <change> SPEAKER_POSSESSIVE life)]"
            " | [SELF_HELP_NOUN (<change> SPEAKER_POSSESSIVE life | (would | 'd | will | 'll"
            " | could)"
            " FIX_RESULT_VERB)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Try meditating, it fixes everything.",
            "You’re stressed? Try yoga, it sorted me right out.",
            "Crying about work again? Meditation changed my life, just saying.",
            "Trust me, therapy would sort you right out.",
        ),
        near_misses=(
            "Try the lasagne, it's amazing.",
            "Try restarting the router, that's what the man said.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.fixing",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "[YOU ('d | would | 'll | will) (feel | be) (so much | much | a lot | way | heaps"
            ' | loads | tons)? (better | happier | healthier | calmer | "less stressed" | fine)'
            " if YOU]"
            f" | ^ [just? ({_FIX_OR_CARE} | <try> =WORD) ... (and | COMMA) YOU ('ll | will)"
            " (feel | be) (so much | much | a lot | way)? (better | happier | fine | okay)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You’d be happier if you just moved out of that flat.",
            "Honestly, you'd feel better if you just went to the gym.",
            "Just go for a run, you'll feel better.",
        ),
        near_misses=(
            "I hope you feel better soon.",
            "You'd be happier in the bigger room, want to swap?",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.hindsight",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "[if YOU ('d | had) (just | only)? =WORD ... COMMA? YOU (would n't | would not"
            " | 'd not | wo n't | will not)]"
            " | [just =WORD ... and YOU (wo n't | will not | 'll never)]"
            " | [that 's what (<happen> | YOU <get>) (when | if) YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "If you'd just plan ahead, you wouldn't be so stressed.",
            "Well, maybe if you'd planned ahead you wouldn't be in this mess.",
            "Next time just study harder and you won't fail.",
            "Well, that's what happens when you don't write things down.",
        ),
        near_misses=(
            "If you'd told me, I would have come with you.",
            "Just text me and I'll come down.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.dont_let_it",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        pattern=(
            "[(do n't | never) (<let> | <allow>) (it | them | him | her | that | this"
            " | THIRD_PERSON) (<get> to | <bother> | <affect> | <upset>) YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Just don't let it get to you.",
            "Don't let them bother you.",
            "never let him upset you like that",
        ),
        near_misses=(
            "Don't let me forget the charger.",
            "Don't let the dog out, it's raining.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="unsolicited_advice.just_a_thought",
        category=Category.UNSOLICITED_ADVICE,
        severity=Severity.LOW,
        # Advice announced as unasked-for ("not that you asked, but …", "just a thought,
        # but if you …"), a fix offered as "wouldn't hurt", "you might want to learn to …",
        # and "have you tried, I don't know, actually …".
        pattern=(
            '[("not that you asked" | "just a thought" | "just saying" | "no offence"'
            ' | "no offense" | "just a suggestion") COMMA? (but)? COMMA? (if YOU !(<want>'
            " | <like> | <need> | <fancy> | <prefer> | BE | <feel> | DO) | YOU (should"
            " | could | might | need) | maybe | that _{0,3} (does n't | do n't | BE n't) <suit>"
            " YOU)]"
            " | [(a bit of | a little | some | a few) _{1,2} (would n't | wo n't | never) (hurt"
            " | kill YOU | go amiss | hurt YOU)]"
            " | [YOU (might | may) (want to | wanna) <learn> (to | how to)]"
            " | [(have | 've) YOU (ever)? (<try> | <consider>) COMMA? \"i do n't know\" COMMA?"
            " actually]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Not that you asked, but you should dump him.",
            "Just a thought, but if you went to bed earlier you wouldn't be so tired.",
            "A bit of exercise wouldn't hurt, you know.",
            "You might want to learn how to budget before the wedding.",
            "Have you tried, I don't know, actually asking her?",
        ),
        near_misses=(
            "Just a thought, shall we get pizza tonight?",
            "Just a thought, but if you want I can drive.",
            "A bit of rain won't stop us, let's go!",
            "You might want to bring a coat, it's cold out.",
            "Have you tried the new bakery?",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
)
"""The unsolicited advice rules."""

# Advice the other person asked for is not unsolicited ("to answer your question, …").
RULES = with_context(RULES, ASKED_FOR)
