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
  treating the speaker badly (MISTREAT_VERB), an imperative of amends, "listen to me",
  a household order about the listener's things (TIDY_VERB, PUT_AWAY_VERB, MESS_NOUN);
* tags that turn a request into an order or a reproach: "for once" (FOR_ONCE), "no
  arguments" (DEMAND_CLOSER), "from now on you …" (RULE_OPENER);
* pressure dressed as something else: "you'd better …", "you will apologise", "you're
  supposed to …", "I'm not asking again", "I'm waiting for that apology", "would it kill
  you to …", "the dishes won't wash themselves".

Logistics ("you need to sign here"), recommendations ("you must try this cake"), guesses
("you must be exhausted") and the writer's own regrets ("I should have called") stay
clean because the frames require the partner and a verb of conduct. Each rule is one
frame, so the engine's word gate can skip it unless its rarer words are in the message.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import DELIGHT, PARTNER_REF, with_context

_WHY = (
    "A demand leaves two choices, submit or rebel; 'should' adds a verdict that the other "
    "person is wrong. People give more freely when they are asked."
)
_INSTEAD = "Turn it into a request: 'Would you be willing to …?'."
_NEXT_TIME = (
    "Say what you would have liked and ask for it next time: 'Next time, would you be "
    "willing to …?'."
)
_SOURCE = "Nonviolent Communication: demands and 'should' thinking."
_COMMANDS = "Commands in conflict; Nonviolent Communication: demands."

_OBLIGE = "(SHOULD_MODAL | MUST_MODAL)"
"""should, ought to, must, need to, have to, got to."""
_DOING = "=WORD !(KIND_STOP_COMPLEMENT | FILLER_ADVERB | YOUR | it | that | this) -YOURSELF"
"""What follows 'stop' when it is the listener's conduct, not a kindness or a place."""
_BEING = (
    "being =WORD !(POS_TRAIT | OVERREACT_ADJ | TRAIT | INSULT | INSULT_AMBIGUOUS | DETERMINER"
    " | FILLER_ADVERB | hard | PUNCT)"
)
"""'being late' after 'stop': not a label or an overreaction (other families read those),
not a kindness ('stop being so sweet', 'stop being so hard on yourself')."""
_STOP_DOING = f"(stop | quit) ({_DOING} | {_BEING})"
"""'stop' or 'quit' and what the listener is doing or being."""
_TREAT_ME_SO = (
    "MISTREAT_VERB (to | at | with)? (SPEAKER | SPEAKER_POSSESSIVE _)?"
    ' (like (that | this) | "that way" | "this way"'
    ' | "in that tone" | again | ever | anymore | "any more" | when | while | =SENTENCE_END)'
)
"""A way of treating the speaker badly, and a frame that makes it about now or always."""
_SORT_CONDUCT = (
    "(<sort> | <fix> | <change> | <check> | <watch> | <mind> | <improve> | <clean> up) YOUR"
    " CONDUCT_NOUN (out | up)?"
)
"""Conduct to sort out, written out so a swear word fits inside: "sort your attitude out",
"watch your fucking mouth"."""
_LEARN_VIRTUE = "(<learn> | <show> | <have> | <get>) (some | any)? _? VIRTUE_NOUN"
"""A virtue to learn or show: "learn some manners", "have some respect"."""
_ASKED_ACT = (
    "(REFORM_VERB | TIDY_VERB | PUT_AWAY_VERB | CONTACT_VERB | help | <try> | be | <think>)"
)
"""An everyday act asked of a partner: help, text back, clean, be nice, think."""

RULES: tuple[Rule, ...] = (
    # -- reproaches about the past ---------------------------------------------------------
    Rule(
        id="demand.should_have",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{PARTNER_REF} (SHOULD_MODAL (n't | not | never)? (have | 've) | SHOULD_HAVE_FUSED)"
            # A noun phrase after "have" is something to have, not a reproach: "you should
            # have a look", "you should have my number by now".
            " (=WORD !(MISSED_OUT_VERB | <be> | <come> | PUNCT | DETERMINER | YOUR"
            " | SPEAKER_POSSESSIVE | NUMBER | no | enough)"
            " | (DETERMINER | YOUR) _{0,2} (ready | done | finished | sorted | fixed | cleaned)"
            " | <be> (there for SPEAKER | !(there"
            " | with | here | PUNCT)) | <come> !(with | along | too | to | PUNCT))]"
        ),
        message=_WHY,
        suggestion=_NEXT_TIME,
        examples=(
            "You should have called.",
            "u shouldve told me ur ex was gonna be there",
            "You really ought to have asked me before you booked it.",
            "you shoulda said something, jeez",
            "My husband should have been home by six.",
            "You shouldn't have said that to my mum.",
            "You should never have told your sister that.",
            "You should've been there for me, and you weren't.",
            "You should of told me earlier.",
            "You should have the tea ready by now.",
        ),
        near_misses=(
            "You should have seen the look on his face!",
            "You should've been there, it was amazing!",
            "You should have come with us, the band was great.",
            "I should have called, I'm sorry.",
            "You shouldn't have! They're beautiful.",
            "You should have a rest before the drive, honestly.",
            "you should have my new number by now, I texted it",
            "You should have 2 parcels arriving today.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.at_least",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU (could | might) (have | 've | of)? (=WORD !(MISSED_OUT_VERB | <be> | PUNCT) ...)?"
            ' "at least"] -(NUMBER | once | twice | one | two | three | four | five | ten)'
        ),
        message=_WHY,
        suggestion=_NEXT_TIME,
        examples=(
            "You could have at least texted.",
            "You could at least say thanks for the lift.",
            "You could've asked me first at least, Rob.",
            "u could at least pretend to care",
        ),
        near_misses=(
            "Could you have a look at this?",
            "You could have won at least twice, you were brilliant!",
            "At least you could come, that's what matters.",
        ),
        source=_SOURCE,
    ),
    # -- obligations on the partner's conduct -----------------------------------------------
    Rule(
        id="demand.need_to",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{PARTNER_REF} {_OBLIGE} (REFORM_VERB | {_SORT_CONDUCT} | {_STOP_DOING}"
            " | be (more | less) =WORD !proud"
            f" | {_LEARN_VIRTUE} | (<be> | <feel>) OUGHT_FEELING | know better"
            " | (start | begin) REFORM_VERB | (<learn> (to | how to) | be <thank>) REFORM_VERB"
            " | be <thank> SPEAKER)]"
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
            "You need to learn some basic manners, mate.",
            "you've got to start pulling your weight around here",
            "u rly need 2 grow up",
            "Love you loads but you have to stop being late to everything 🙄",
            "You need to learn to keep your mouth shut.",
            "You need to sort your attitude out, sharpish.",
            "Honestly you should be thanking me, not complaining.",
        ),
        near_misses=(
            "You need to sign here and here.",
            "You have to tell me how the interview went!",
            "I need to stop eating so much sugar.",
            "You need to stop at the petrol station on the way.",
            "You should be proud of yourself.",
            "I need you to respect my wishes.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.must_not",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=f"[{PARTNER_REF} ({_OBLIGE} | FUTURE) (n't | not | never) {_TREAT_ME_SO}]",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You shouldn't talk to me like that.",
            "You must never speak to me that way again.",
            "You mustn't yell at me like that, ever.",
            "You will not speak to my mother like that.",
            "You mustn't ignore me when I'm talking.",
        ),
        near_misses=(
            "You shouldn't feel bad about it.",
            "You don't have to talk to me about it yet.",
            "You mustn't forget the charger.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.you_must",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU must never? =WORD !(MENTAL_STATE_VERB | MISSED_OUT_VERB | JOIN_VERB | PUNCT)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You must call me when you're going to be late.",
            "You must stop cutting me off.",
            "You must never lie to me again.",
        ),
        near_misses=(
            "You must be exhausted after that shift.",
            "You must try my gran's lasagne, it's unreal.",
            "You must have been so scared.",
            "You must come and see the garden!",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.know_better",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            '[YOU know better (than (that | this) | "by now")]'
            " | [YOU (SHOULD_MODAL | MUST_MODAL) (<know> | <realise> | <understand> | <remember>)"
            ' ... "by now"]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You know better than that.",
            "You know better by now, surely.",
            "Come on, you know better than this.",
            "You should know by now that I hate surprises.",
        ),
        near_misses=(
            "You know better than me what suits you.",
            "You know better places to eat than I do.",
        ),
        source=_SOURCE,
    ),
    # -- orders at the start of a clause -----------------------------------------------------
    Rule(
        id="demand.imperative",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "(^ | COMMA) please? [(stop | quit) ((it | that | this)? (now | already)? =SENTENCE_END"
            f" -QUESTION_MARK | {_DOING} | {_BEING})]"
            " | [(will | would | wo n't) YOU please? just? (stop | quit) ((it | that | this)"
            f" =SENTENCE_END | {_DOING})]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Stop ignoring me!",
            "stop texting her",
            "Quit slamming the doors! 😡",
            "STOP LEAVING THE DOOR UNLOCKED",
            "Stop. Interrupting. Me.",
            "Stop it. Just stop.",
            "Will you please stop posting my photos?",
            "Would you stop that?!",
            "ffs. stop being late all the time",
            "I'm begging you, stop smoking in the house.",
        ),
        near_misses=(
            "Quit your job? Wow, tell me everything!",
            "Stop by the bakery on your way home?",
            "Let's stop for lunch.",
            "Stop, you're making me go red 😊",
            "Oh stop, that's so sweet of you 😊",
            "Stop being so hard on yourself.",
            "Stop apologising, it's fine!",
            "Stop blaming yourself for the accident.",
            "Stop being so sweet, I'll cry.",
            "Would you stop by later?",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.dont_treat_me",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            f"^ [(do n't | never) YOU? ever? ({_TREAT_ME_SO}"
            " | <do> (that | this | it) (to SPEAKER)? again)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Don't talk to me like that.",
            "don't you ever lie to me again",
            "Never do that to me again.",
            "Don't ever touch my phone again.",
            "Don't look at me like that!",
            "Don't patronise me.",
        ),
        near_misses=(
            "Don't forget your umbrella.",
            "Don't worry, I've got it.",
            "Don't judge me, but I ate all the cake.",
            "Don't touch the oven, it's still hot!",
            "Never change, I love you as you are.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.dont_you_dare",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern="[do n't YOU ever? dare]",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Don't you dare walk away while I'm talking.",
            "dont u dare hang up on me",
            "And don't you ever dare speak to my mum like that.",
        ),
        near_misses=(
            "I don't dare look at the bank balance lol",
            "Do you dare try the chilli challenge?",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.dont_start",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            '(^ | COMMA | CONJUNCTION) [do n\'t even? (start | "go there" | <think> about it'
            " | <give> SPEAKER that)] -(WORD | COMMA | DISCOURSE_PARTICLE)"
            " | ^ [do n't even] =SENTENCE_END"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "wasnt me so dont even start",
            "Dont even think about it",
            "Don't give me that.",
            "Don't even.",
            "Oh, don't start.",
        ),
        near_misses=(
            "I don't even think about it anymore, honestly.",
            "Don't start without me!",
            "Don't give me that look, I'm joking 😂",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.command",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            # A comma or a particle is skipped before the look: "admit it, you loved it" is
            # teasing.
            f"(^ | COMMA) (go | <go> and)? [(REFORM_VERB | {_LEARN_VIRTUE} | {_SORT_CONDUCT})]"
            " -(COMMA | DISCOURSE_PARTICLE | SPEAKER | YOU | QUESTION_MARK)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Grow up.",
            "Have some respect!",
            "You forgot on purpose, admit it.",
            "Go apologise to your sister.",
            "Pull your weight for once.",
            "Learn some manners.",
            "Apologise. Now.",
            "Watch your fucking mouth.",
            "Keep your hands to yourself.",
            "Wipe that smirk off your face.",
        ),
        near_misses=(
            "Admit it, you loved the film 😂",
            "Go apologise? No need, she wasn't upset.",
            "Grow your own tomatoes, it's so fun.",
            "Have some cake, you've earned it.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.listen_to_me",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "^ [(listen to | look at | answer) SPEAKER | answer the question]"
            " (=SENTENCE_END | when | while | and | for | right | now)"
            " | ^ [(<speak> to | <talk> to | <treat>) SPEAKER PROPERLY_WORD]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Listen to me!",
            "Look at me when I'm talking to you.",
            "Answer me.",
            "Answer the damn question.",
            "Speak to me properly.",
        ),
        near_misses=(
            "Listen to this song, it's so good.",
            "Look at me go, I'm a pro skier now 😂",
            "I'll answer the question tomorrow.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.put_it_down",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "^ [((put | <get>) (YOUR | the | that) IDLING_THING (down | away | off)"
            " | (answer | <pick> up | <check>) YOUR IDLING_THING"
            " | <get> (off | up off) (YOUR | the | that) IDLING_THING"
            " | <get> YOUR _ (off | out of) (the | SPEAKER_POSSESSIVE))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Answer your phone when I call!",
            "Put your phone down and listen to me.",
            "Get off the couch and help.",
            "answer your bloody phone",
            "pick up ur damn phone",
            "Get your feet off the table.",
        ),
        near_misses=(
            "Put your feet up, I'll cook tonight.",
            "Get off the train at Leeds and I'll pick you up.",
            "Please put your phone away at dinner, I want to hear about your day.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.shut_up",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "^ please? [shut (up | it | YOUR mouth)] =(and | for | already | now | right)"
            " | (COMMA | CONJUNCTION) [shut (up | it | YOUR mouth)] $"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Shut up and let me finish.",
            "pls just shut up for once",
            "If you don't like it, shut up.",
        ),
        near_misses=(
            "Shut up! You got the job?!",
            "Shut up, you're hilarious 😂",
            "The shop was shut, so I went to Tesco.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.now",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern="(^ | COMMA) [right? now] =SENTENCE_END -QUESTION_MARK",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Clean up after yourself. Now.",
            "Put the phone down. Now!",
            "Come here, right now.",
        ),
        near_misses=(
            "Right now I'm on the bus.",
            "Right. Now... let's get the shopping done, okay?",
            "Are you free now?",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.chores",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "^ [(TIDY_VERB (YOUR | this | that | these | those) MESS_NOUN"
            " | TIDY_VERB (it | this | that) (up | away) =SENTENCE_END"
            " | PUT_AWAY_VERB (YOUR | this | that | these | those) MESS_NOUN"
            " (up | away | down | out | back | off)"
            " | PUT_AWAY_VERB the MESS_NOUN (up | away | down | out | back | off)"
            " (FOR_ONCE | now | already))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Clean it up.",
            "Pick your clothes up off the floor.",
            "Clean up this mess.",
            "Put the toilet seat down for once!",
            "wash your dishes ffs",
        ),
        near_misses=(
            "Clean it up tomorrow, no rush.",
            "Put your feet up, I'll make you a cuppa.",
            "Take the bins out tonight pls x",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.as_told",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "^ [<do> (as | what) (SPEAKER (<say> | <tell> | <ask>) | YOU BE told)]"
            " | [<do> (as | what) YOU BE told]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Do as I say.",
            "Why can't you just do as you're told?",
            "Do what I tell you.",
            "Just do what I asked.",
        ),
        near_misses=(
            "I'll do what you said about the boiler.",
            "Do what you think is best, I trust you.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.for_once",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(f"[((MODAL | DO) YOU | YOU MODAL | (^ | COMMA | and) {_ASKED_ACT}) ... FOR_ONCE]"),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Get off the couch and help for once.",
            "Could you text back for once?",
            "Try being on time for a change.",
            "You could say thank you for once.",
        ),
        near_misses=(
            "It's sunny for once!",
            "For once the train was on time!",
            "We went out for a change, it was lovely.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.no_arguments",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern="(^ | COMMA | CLAUSE_BREAK) [DEMAND_CLOSER] =SENTENCE_END",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Be home by 10. No arguments.",
            "You're coming to my mum's, and that's final.",
            "Enough is enough.",
            "Do you hear me?",
            "Text me the second you land. Not optional.",
        ),
        near_misses=(
            "No arguments here, pizza it is!",
            "Can you hear me now? The line's bad.",
        ),
        source=_COMMANDS,
    ),
    # -- pressure dressed as something else ------------------------------------------------
    Rule(
        id="demand.better",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU ('d | had)? (better | best) (not | REFORM_VERB | <sort> | <fix> | (be | <get>)"
            ' (ready | home | here | there | back | "on time") | <stop> | <start> | <think>'
            " | <have> (a | an)? good? AMENDS_NOUN)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'd better be ready when I get there.",
            "You'd better apologize to my sister before Sunday.",
            "u better not be lying to me",
            "You’d better sort this out before I get home.",
            "You'd best have a good explanation.",
        ),
        near_misses=(
            "You'd better believe I'm proud of you!",
            "I'd better go, the bus is here.",
            "You'd better bring a jumper, it's cold out.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.you_will",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "^ [YOU (FUTURE | BE going to | BE gonna) (REFORM_VERB | <do> (as | what) SPEAKER"
            " (<say> | <tell>))]"
            # Shouted "WILL" after an unshouted "you" is an order: "You WILL come".
            " | [-SHOUTED YOU =SHOUTED (will | FUTURE) !(MENTAL_STATE_VERB | <see> | <be> | PUNCT)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You will apologise to her tomorrow.",
            "You're going to listen to me for once.",
            "You WILL come to my mum's on Sunday.",
            "You'll do what I say.",
        ),
        near_misses=(
            "You'll love the new flat.",
            "You'll grow to like it, I promise.",
            "YOU WILL LOVE THIS PLACE",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.criticism_as_request",
        category=Category.DEMAND,
        severity=Severity.LOW,
        pattern=(
            "^ [YOU could ((try to)? be (more | less) =WORD | <try> harder | REFORM_VERB)] -than"
            " | [YOU could <do> better] -than"
            " | [why (do n't | not) YOU <try> =WORD !(DETERMINER | SPEAKER_POSSESSIVE | YOUR | on"
            " | out | it | PUNCT)]"
            " | [how about YOU actually =WORD]"
            # "maybe if you actually listened": "actually" says the listener does not.
            " | ^ [(maybe | perhaps)? if YOU (actually | bothered to) =WORD]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You could be a little more patient with my mum.",
            "Honestly, you could do better with the budget.",
            "I'm just saying you could do better.",
            "Why don't you try listening for once?",
            "You could try a bit harder with my friends.",
            "How about you actually help?",
            "Maybe if you actually listened, you'd know.",
            "perhaps if you bothered to read the email",
        ),
        near_misses=(
            "You could be a great teacher, you know.",
            "You could do better than him, babe, honestly.",
            "Why don't you try the blue dress?",
            "I'd love it if you could be more involved in planning the trip!",
            "How about you pick the film tonight?",
            "Maybe if you ask him nicely he'll lend you the van.",
            "If you ever want to borrow the bike, just take it.",
        ),
        source="Criticism phrased as a suggestion; 'should' thinking.",
    ),
    Rule(
        id="demand.cant_just",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU (ca n't | cannot) just? (MISTREAT_VERB | <expect> SPEAKER | <keep> MISTREAT_VERB"
            " | <go> around | <run> away | <walk> away | <decide>)]"
            " | [(and | then) <expect> SPEAKER to]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You can't just decide things without me.",
            "Don't drop hints and expect me to guess.",
            "You can't keep ignoring my texts.",
            "u cant just walk away every time",
        ),
        near_misses=(
            "You can't go wrong with pasta.",
            "I can't expect you to remember everything, it's fine.",
            "You can't keep the puppy, sorry, the landlord said no.",
        ),
        source="Criticism phrased as a suggestion; 'should' thinking.",
    ),
    Rule(
        id="demand.would_it_kill",
        category=Category.DEMAND,
        severity=Severity.LOW,
        pattern=(
            "[(would | 'd | will) it (kill | hurt) YOU]"
            " | [(it | that)? (would | 'd | will | wo) n't (kill YOU? | hurt YOU) to]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Would it kill you to say thank you once in a while?",
            "It wouldn't hurt you to call my dad sometimes.",
            "would it kill u to text back",
        ),
        near_misses=(
            "It won't hurt, the nurse is really gentle.",
            "Would it kill me to go to the gym? Probably 😂",
            "It wouldn't hurt to ask the landlord.",
        ),
        source="Criticism phrased as a suggestion; 'should' thinking.",
    ),
    Rule(
        id="demand.wont_do_itself",
        category=Category.DEMAND,
        severity=Severity.LOW,
        pattern=(
            "[(DO (n't | not) | wo n't | will not | BE (n't | not) (going to | gonna))"
            " HOUSEHOLD_TASK_VERB _{0,2} (itself | themselves)] -(COMMA | DISCOURSE_PARTICLE"
            " | SPEAKER | we)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "These dishes won't wash themselves.",
            "the trash doesn't take itself out 🙄",
            "The laundry isn't going to fold itself.",
        ),
        near_misses=(
            "The plants won't water themselves, I'll do it tonight.",
            "My new oven cleans itself, it's amazing.",
        ),
        source="Criticism phrased as a suggestion; 'should' thinking.",
    ),
    Rule(
        id="demand.hint",
        category=Category.DEMAND,
        severity=Severity.LOW,
        pattern=(
            "[(nice | great | lovely | helpful | good) if (someone | somebody | anyone | anybody)]"
            ' | [(someone | somebody | anyone | anybody | nobody | "no one") (in | around | under)'
            " (this | our) (house | home | flat | place | family | roof)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It would be nice if somebody in this house remembered the bins.",
            "Be great if someone could load the dishwasher for once.",
            "Nobody in this house ever buys milk.",
        ),
        near_misses=(
            "It would be nice to see you this weekend.",
            "Someone in this film looks just like you!",
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
            "As long as you live under my roof, you do your part.",
        ),
        near_misses=(
            "It's supposed to snow on Thursday.",
            "You're supposed to add the eggs before the flour.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.owed",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER <expect> YOU (to =WORD !(MENTAL_STATE_VERB | MISSED_OUT_VERB | JOIN_VERB"
            " | PUNCT) | home | back | here | there | ready)]"
            " | [(SPEAKER (<expect> | <want> | <deserve> | <demand> | FUTURE be waiting for"
            " | BE (still)? waiting for) | YOU <owe> SPEAKER) (an | a | that | some | YOUR | the"
            " | SPEAKER_POSSESSIVE)? AMENDS_NOUN] -(from | about | on | to)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'll be waiting for that apology.",
            "I expect an explanation when you get home.",
            "You owe me an apology.",
            "I deserve an answer.",
            "I expect you home by midnight.",
            "I expect you to call me when you land.",
        ),
        near_misses=(
            "I owe you an apology.",
            "I expect you're tired after the drive.",
            "I'm still waiting for an answer from the bank.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.not_asking_again",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (BE (not | n't) (going to | gonna)? | FUTURE (n't | not)) REMIND_VERB"
            " (YOU | it | this | that)? again]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'm not asking again. Clean the garage this weekend.",
            "I won't tell you again.",
            "I'm not gonna say it again.",
        ),
        near_misses=(
            "I'm not asking for much, just a hug tonight.",
            "I won't tell anyone, promise.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.house_rule",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[RULE_OPENER COMMA? YOU (FUTURE | MUST_MODAL)? =WORD !(BE | MODAL | MENTAL_STATE_VERB"
            " | JOIN_VERB | PUNCT)]"
            " | [SPEAKER BE (not | n't) (waiting | hanging about | hanging around) (all night"
            ' | all day | forever | around | "much longer")]'
            " | [(stop | quit | <cut>) (out)? (YOUR | the) NONSENSE_NOUN]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "From now on you run every purchase over £50 past me.",
            "Starting today, you cook on weekdays.",
            "Hurry up, I'm not waiting all night!",
            "Quit your nonsense.",
            "Cut the attitude.",
        ),
        near_misses=(
            "From now on you're my favourite person.",
            "From now on, you can have the big mug.",
            "Stop your car at the lights, the sign's new.",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.not_finished",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER BE (not | n't) DONE_WORD (with YOU | talking | TALK_VERB)? -(WORD | COMMA)]"
            ' | ^ [we BE (TALK_VERB | having this) (about)? (this | it)? (now | "right now")?]'
            " -(WORD | COMMA)"
            " | [before YOU (<go> | <leave>) (anywhere | out)]"
            ' | ["next time" COMMA? YOU (REFORM_VERB | CONTACT_VERB | REMIND_VERB) -(BE | COMMA)]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Come back here, I'm not finished.",
            "Sit down. We're talking about this.",
            "You’re gonna clean this kitchen before you go anywhere.",
            "Next time, you ask me first. Got it?",
        ),
        near_misses=(
            "I'm not finished with the dishes yet, give me 5.",
            "We're talking about this on Sunday, right?",
            "Next time you're in town, call me!",
        ),
        source=_COMMANDS,
    ),
    Rule(
        id="demand.pressure",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        pattern=(
            "[(SPEAKER (SHOULD_MODAL | MODAL) (n't | not) (have to | need to | MUST_MODAL)"
            ' | (this | that | it) BE the "last time" SPEAKER (BE | FUTURE)?) REMIND_VERB]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I shouldn't have to ask three times for the bins to go out.",
            "This is the last time I'm reminding you about the rent.",
            "I shouldn't need to remind you every single day.",
        ),
        near_misses=(
            "I shouldn't have to work this weekend, fingers crossed.",
            "Last time I asked Sam, he said yes.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="demand.authority",
        category=Category.DEMAND,
        severity=Severity.MEDIUM,
        # Orders backed by the writer's authority alone: "because I said so", "I'm not
        # asking (, I'm telling)", "I expect the kitchen to be spotless when I get back".
        pattern=(
            '[(because | cause | cos | "cuz") SPEAKER (said | <say>) so]'
            " | ^ [SPEAKER BE (not | n't) asking] ($ | COMMA? SPEAKER BE telling)"
            " | [SPEAKER <expect> (the | this | that | YOUR | it | these | those) _{0,3} to be"
            " (spotless | done | clean | finished | tidy | sorted | gone | ready | perfect"
            " | cleaned | tidied) (when | by | before)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'll go because I said so.",
            "Bin it. I'm not asking.",
            "I'm not asking, I'm telling.",
            "I expect this kitchen to be spotless by the time I'm home.",
        ),
        near_misses=(
            "I'm not asking for much, just a hug tonight.",
            "I expect the parcel to be delivered by Friday.",
            "She said so because she loves you.",
        ),
        source=_COMMANDS,
    ),
)
"""The demand rules."""

# "Shut up, that's amazing!" is delight, not a demand.
RULES = with_context(RULES, DELIGHT, ids=("demand.shut_up",))
