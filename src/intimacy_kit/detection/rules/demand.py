"""Demands: moralistic should/must and commands ("you should have called", "stop that!").

A demand leaves the listener two choices, submit or rebel. The rules name the frames a
demand is put in, and the lexicon's classes fill them:

* a reproach about the past: the partner + "should have" + any act but a shared moment
  ("you should have seen it" is an invitation, not a verdict);
* an obligation on the partner's conduct: the partner + must/need to/should + an act of
  amends or reform (REFORM_VERB: apologise, grow up, pull your weight), "stop" + anything
  but a kindness, "be more …", "be ashamed" (OUGHT_FEELING), "know better";
* an order at the start of a clause: "stop …"/"quit …" (KIND_STOP_COMPLEMENT keeps "stop
  by", "stop worrying" and "stop, you're making me blush" clean), "don't" + a way of
  treating the speaker badly (MISTREAT_VERB), an imperative of amends, "listen to me";
* pressure dressed as something else: "you'd better …", "you will apologise", "you're
  supposed to …", "I'm not asking again", "I'm waiting for that apology", "would it kill
  you to …", "the dishes won't wash themselves".

Logistics ("you need to sign here"), recommendations ("you must try this cake"), guesses
("you must be exhausted") and the writer's own regrets ("I should have called") stay
clean because the frames require the partner and a verb of conduct.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import PARTNER_REF

_WHY = (
    "A demand leaves two choices, submit or rebel; 'should' adds a verdict that the other "
    "person is wrong. People give more freely when they are asked."
)
_INSTEAD = "Turn it into a request: 'Would you be willing to …?'."
_SOURCE = "Nonviolent Communication: demands and 'should' thinking."

_OBLIGE = "(SHOULD_MODAL | MUST_MODAL)"
"""should, ought to, must, need to, have to, got to."""
_STOP_DOING = (
    "(stop | quit) =WORD !(KIND_STOP_COMPLEMENT | FILLER_ADVERB | YOUR | it | that | this)"
    " -YOURSELF"
)
"""'stop' or 'quit' and what the listener is doing, not a kindness or a place."""
_TREAT_ME_SO = (
    "MISTREAT_VERB (to | at | with)? (SPEAKER | SPEAKER_POSSESSIVE _)?"
    ' (like (that | this) | "that way" | "this way"'
    ' | "in that tone" | again | ever | anymore | "any more" | when | while | =SENTENCE_END)'
)
"""A way of treating the speaker badly, and a frame that makes it about now or always."""
_STOP_BEING = (
    "(stop | quit) being =WORD !(POS_TRAIT | OVERREACT_ADJ | TRAIT | INSULT | INSULT_AMBIGUOUS"
    " | DETERMINER | FILLER_ADVERB | hard | PUNCT)"
)
"""'stop being late': not a label or an overreaction (other families read those), not a
kindness ('stop being so sweet', 'stop being so hard on yourself')."""
_ASKED_ACT = (
    "(REFORM_VERB | TIDY_VERB | PUT_AWAY_VERB | CONTACT_VERB | help | <try> | be | <think>)"
)
"""An everyday act asked of a partner: help, text back, clean, be nice, think."""

RULES: tuple[Rule, ...] = (
    Rule(
        id="demand.should_have",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{PARTNER_REF} (SHOULD_MODAL (n't | not | never)? (have | 've) | SHOULD_HAVE_FUSED)"
            " (=WORD !(MISSED_OUT_VERB | <be> | <come> | PUNCT) | <be> !(there | with | here"
            " | PUNCT)"
            " | <come> !(with | along | too | to | PUNCT))]"
            ' | [YOU (could | might) (have | \'ve)? "at least" =WORD]'
            " | [YOU (could | might) (have | 've) =WORD !(MISSED_OUT_VERB | <be>"
            ' | PUNCT) ... "at least"]'
        ),
        message=_WHY,
        suggestion=(
            "Say what you would have liked and ask for it next time: 'Next time, would "
            "you be willing to …?'."
        ),
        examples=(
            "You should have called.",
            "u shouldve told me ur ex was gonna be there",
            "You really ought to have asked me before you booked it.",
            "You could have at least texted.",
            "You could at least say thanks for the lift.",
            "you shoulda said something, jeez",
            "My husband should have been home by six.",
            "You shouldn't have said that to my mum.",
        ),
        near_misses=(
            "You should have seen the look on his face!",
            "You should've been there, it was amazing!",
            "You should have come with us, the band was great.",
            "I should have called, I'm sorry.",
            "You shouldn't have! They're beautiful.",
            "Could you have a look at this?",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.need_to",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{PARTNER_REF} {_OBLIGE} (REFORM_VERB | {_STOP_DOING} | be (more | less) =WORD !proud"
            " | (<learn> | <show> | <have> | <get>) (some | any)? _? VIRTUE_NOUN"
            " | (<be> | <feel>) OUGHT_FEELING | know better | (start | begin) REFORM_VERB)]"
            f" | [{PARTNER_REF} {_OBLIGE} (n't | not | never) {_TREAT_ME_SO}]"
            " | [YOU must never? =WORD !(MENTAL_STATE_VERB | MISSED_OUT_VERB | JOIN_VERB | PUNCT)]"
            ' | [YOU know better (than (that | this) | "by now")]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "u need to get ur act together",
            "You have to apologise to my mum.",
            "You really need to stop lying to me.",
            "You should be ashamed of yourself.",
            "You ought to know better by now.",
            "You need to be more responsible.",
            "My partner needs to learn to pick up after himself.",
            "You must call me when you're going to be late.",
            "You need to learn some basic manners, mate.",
            "You shouldn't talk to me like that.",
            "you've got to start pulling your weight around here",
        ),
        near_misses=(
            "You need to sign here and here.",
            "You must be exhausted after that shift.",
            "You must try my gran's lasagne, it's unreal.",
            "You have to tell me how the interview went!",
            "I need to stop eating so much sugar.",
            "You need to stop at the petrol station on the way.",
            "You should be proud of yourself.",
            "I need you to respect my wishes.",
            "You know better than me what suits you.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.imperative",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "^ please? [(stop | quit) (it | that | this)? (now"
            " | already)?] =SENTENCE_END -QUESTION_MARK"
            f" | ^ please? [{_STOP_DOING}] | ^ please? [{_STOP_BEING}]"
            f" | [(will | wo n't) YOU please? just? {_STOP_DOING}]"
            f" | ^ [(do n't | never) YOU? ever? {_TREAT_ME_SO}]"
            " | ^ [never <do> (that | this | it) (to SPEAKER)? again]"
            " | [do n't YOU ever? dare]"
            ' | (^ | COMMA | CONJUNCTION) [do n\'t even? (start | "go there" | <think> about it)] $'
            " | ^ [do n't even] =SENTENCE_END"
            " | ^ [do n't <give> SPEAKER that]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Don't even.",
            "Stop ignoring me!",
            "stop texting her",
            "Quit slamming the doors! 😡",
            "STOP LEAVING THE DOOR UNLOCKED",
            "Stop. Interrupting. Me.",
            "Stop it. Just stop.",
            "Don't talk to me like that.",
            "Don't you dare walk away while I'm talking.",
            "don't you ever lie to me again",
            "Never do that to me again.",
            "Will you please stop posting my photos?",
            "wasnt me so dont even start",
            "ffs. stop being late all the time",
            "Don't ever touch my phone again.",
            "Dont even think about it",
        ),
        near_misses=(
            "Quit your job? Wow, tell me everything!",
            "Don't forget your umbrella.",
            "Stop by the bakery on your way home?",
            "Don't worry, I've got it.",
            "Let's stop for lunch.",
            "Stop, you're making me blush 😊",
            "Stop it, you're making me blush 😊",
            "Stop being so hard on yourself.",
            "Stop apologising, it's fine!",
            "Stop blaming yourself for the accident.",
            "Don't judge me, but I ate all the cake.",
            "Stop being so sweet, I'll cry.",
            "Don't touch the oven, it's still hot!",
        ),
        source="Commands in conflict; Nonviolent Communication: demands.",
    ),
    Rule(
        id="demand.command",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            # A comma is skipped before the look: "admit it, you loved it" is teasing.
            "(^ | COMMA) [REFORM_VERB] -(COMMA | DISCOURSE_PARTICLE | SPEAKER | YOU"
            " | QUESTION_MARK)"
            " | (^ | COMMA) [(<learn> | <show> | <have> | <get>) (some | any)? _? VIRTUE_NOUN]"
            " | ^ [(listen to | look at | answer) SPEAKER | answer the question]"
            " (=SENTENCE_END | when | while | and | for | right | now)"
            " | ^ [(put | <get>) (YOUR | the | that) IDLING_THING (down | away | off)]"
            " | ^ [(answer | <pick> up | <check>) YOUR IDLING_THING]"
            " | ^ [<get> (off | up off) (YOUR | the | that) IDLING_THING]"
            " | ^ please? [shut (up | it | YOUR mouth)] =(and | for | already | now | right)"
            " | (COMMA | CONJUNCTION) [shut (up | it | YOUR mouth)] $"
            " | (^ | COMMA) [right? now] =SENTENCE_END -QUESTION_MARK"
            " | ^ [(go | <go> and) REFORM_VERB] -QUESTION_MARK"
            " | ^ [TIDY_VERB (YOUR | this | that | these | those) MESS_NOUN]"
            " | ^ [TIDY_VERB (it | this | that) (up | away)] =SENTENCE_END"
            " | ^ [<do> (as | what) (SPEAKER (<say> | <tell>) | YOU BE told)]"
            " | [<do> (as | what) YOU BE told]"
            " | [(will | would | wo n't) YOU please? (stop | quit) (it | that"
            " | this)?] =QUESTION_MARK"
            " | ^ [PUT_AWAY_VERB (YOUR | this | that | these | those) MESS_NOUN"
            " (up | away | down | out | back | off)]"
            " | ^ [PUT_AWAY_VERB the MESS_NOUN (up | away | down | out | back | off)]"
            " (FOR_ONCE | now | already)"
            f" | (^ | COMMA | and) [{_ASKED_ACT} ... FOR_ONCE]"
            " | [(MODAL | DO) YOU ... FOR_ONCE] | [YOU MODAL ... FOR_ONCE]"
            " | [how about YOU actually =WORD]"
            " | (^ | COMMA | CLAUSE_BREAK) [DEMAND_CLOSER] =SENTENCE_END"
            " | [-SHOUTED YOU =SHOUTED (will | FUTURE) !(MENTAL_STATE_VERB | <see> | <be> | PUNCT)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Clean it up.",
            "Do as I say.",
            "Why can't you just do as you're told?",
            "Would you stop that?!",
            "Answer your phone when I call!",
            "Put your phone down and listen to me.",
            "Get off the couch and help.",
            "Shut up and let me finish.",
            "pls just shut up for once",
            "If you don't like it, shut up.",
            "Clean up after yourself. Now.",
            "Look at me when I'm talking to you.",
            "answer your bloody phone",
            "Grow up.",
            "Have some respect!",
            "Answer the damn question.",
            "You forgot on purpose, admit it.",
            "Go apologise to your sister.",
            "Pick your clothes up off the floor.",
            "Clean up this mess.",
            "Put the toilet seat down for once!",
            "Get off the couch and help for once.",
            "Could you text back for once?",
            "Try being on time for a change.",
            "How about you actually help?",
            "Be home by 10. No arguments.",
            "You WILL come to my mum's on Sunday.",
        ),
        near_misses=(
            "Would you stop by later?",
            "Clean it up tomorrow, no rush.",
            "I'll answer the question tomorrow.",
            "Right now I'm on the bus.",
            "Right. Now... let's get the shopping done, okay?",
            "Shut up! You got the job?!",
            "Put your feet up, I'll cook tonight.",
            "Get off the train at Leeds and I'll pick you up.",
            "Listen to this song, it's so good.",
            "Shut up, you're hilarious 😂",
            "Admit it, you loved the film 😂",
            "Go apologise? No need, she wasn't upset.",
            "Please put your phone away at dinner, I want to hear about your day.",
            "Put your feet up, I'll bring you a tea.",
            "Take the bins out tonight pls x",
            "It's sunny for once!",
            "YOU WILL LOVE THIS PLACE",
            "How about you pick the film tonight?",
        ),
        source="Commands in conflict; Nonviolent Communication: demands.",
    ),
    Rule(
        id="demand.better",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU ('d | had)? better (not | REFORM_VERB | <sort> | <fix> | (be | <get>)"
            ' (ready | home | here | there | back | "on time") | <stop> | <start> | <think>)]'
            " | ^ [YOU (FUTURE | BE going to | BE gonna) (REFORM_VERB | <do> (as | what) SPEAKER"
            " (<say> | <tell>))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'd better be ready when I get there.",
            "You'd better apologize to my sister before Sunday.",
            "u better not be lying to me",
            "You’d better sort this out before I get home.",
            "You will apologise to her tomorrow.",
            "You're going to listen to me for once.",
        ),
        near_misses=(
            "You'd better believe I'm proud of you!",
            "I'd better go, the bus is here.",
            "You'll love the new flat.",
            "You'll grow to like it, I promise.",
        ),
        source="Commands in conflict; Nonviolent Communication: demands.",
    ),
    Rule(
        id="demand.criticism_as_request",
        category=Category.DEMAND,
        severity=Severity.LOW,
        pattern=(
            "^ [YOU could (try to)? be (more | less) =WORD]"
            " | ^ [YOU could (<try> harder | REFORM_VERB)] -than | [YOU could <do> better] -than"
            " | [why (do n't | not) YOU <try> =WORD !(DETERMINER | SPEAKER_POSSESSIVE | YOUR | on"
            " | out | it | PUNCT)]"
            " | [YOU (ca n't | cannot) just? (MISTREAT_VERB | <expect> SPEAKER | <keep> =WORD"
            " | <go> around | <run> away | <walk> away | <decide>)]"
            " | [(and | then) <expect> SPEAKER to]"
            " | [(would | 'd | will) it (kill | hurt) YOU]"
            " | [(it | that)? (would | 'd | will | wo) n't (kill YOU? | hurt YOU) to]"
            " | [(DO (n't | not) | wo n't | will not | BE (n't | not) (going to | gonna))"
            " CHORE_VERB _{0,2} (itself | themselves)] -(COMMA | DISCOURSE_PARTICLE | SPEAKER | we)"
            " | [(nice | great | lovely | helpful | good) if (someone | somebody | anyone"
            " | anybody)]"
            ' | [(someone | somebody | anyone | anybody | nobody | "no one") (in | around | under)'
            " (this | our) (house | home | flat | place | family | roof)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You could be a little more patient with my mum.",
            "Honestly, you could do better with the budget.",
            "I'm just saying you could do better.",
            "Why don't you try listening for once?",
            "You can't just decide things without me.",
            "Don't drop hints and expect me to guess.",
            "You could try a bit harder with my friends.",
            "Would it kill you to say thank you once in a while?",
            "It wouldn't hurt you to call my dad sometimes.",
            "These dishes won't wash themselves.",
            "the trash doesn't take itself out 🙄",
            "It would be nice if somebody in this house remembered the bins.",
        ),
        near_misses=(
            "You could be a great teacher, you know.",
            "You could do better than him, babe, honestly.",
            "Why don't you try the blue dress?",
            "I'd love it if you could be more involved in planning the trip!",
            "It won't hurt, the nurse is really gentle.",
            "It would be nice to see you this weekend.",
            "The plants won't water themselves, I'll do it tonight.",
        ),
        source="Criticism phrased as a suggestion; 'should' thinking.",
    ),
    Rule(
        id="demand.obligation",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU (were | was) (supposed | meant) to =WORD]"
            # Chat "your" for "you're": "ur supposed to be my friend".
            " | [(YOU BE | YOUR) (supposed | meant) to ... (SPEAKER | SPEAKER_POSSESSIVE | us"
            " | our)]"
            " | [(SPEAKER (<expect> | <want> | <deserve> | <demand> | FUTURE be waiting for"
            " | BE (still)? waiting for) | YOU <owe> SPEAKER) (an | a | that | some | YOUR | the"
            " | SPEAKER_POSSESSIVE)? AMENDS_NOUN] -(from | about | on | to)"
            " | [(YOU BE | YOU) (living | <live> | staying | <stay>) under SPEAKER_POSSESSIVE roof]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You’re supposed to tell me where you are.",
            "You were supposed to pick me up at six.",
            "Ur supposed to be my best friend!!",
            "u were meant to call me last night",
            "You're meant to be on my side.",
            "I'll be waiting for that apology.",
            "I expect an explanation when you get home.",
            "You owe me an apology.",
            "As long as you live under my roof, you do your part.",
        ),
        near_misses=(
            "It's supposed to snow on Thursday.",
            "You're supposed to add the eggs before the flour.",
            "I owe you an apology.",
            "I'm still waiting for an answer from the bank.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.pressure",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (SHOULD_MODAL | MODAL) (n't | not) (have to | need to"
            " | MUST_MODAL) REMIND_VERB]"
            " | [SPEAKER (BE (not | n't) (going to | gonna)? | FUTURE (n't"
            " | not)) REMIND_VERB (YOU | it | this | that)? again]"
            ' | [(this | that | it) BE the "last time" SPEAKER (BE | FUTURE)? REMIND_VERB]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I shouldn't have to ask three times for the bins to go out.",
            "I'm not asking again. Clean the garage this weekend.",
            "I won't tell you again.",
            "This is the last time I'm reminding you about the rent.",
            "I'm not gonna say it again.",
        ),
        near_misses=(
            "I shouldn't have to work this weekend, fingers crossed.",
            "I'm not asking for much, just a hug tonight.",
            "Last time I asked Sam, he said yes.",
        ),
        source=_SOURCE,
    ),
)
"""The demand rules."""
