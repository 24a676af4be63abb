"""Accusatory questions: questions that already hold their verdict.

"How could you?", "why are you like this?", "what's the matter with you?", "are you deaf?",
"do you even listen?", "who raised you?": the question mark invites no answer; it
corners the other person. The rules are the frames of these questions: a question word
with the other person as the one who did wrong ("why would you …", "how dare you"), a
state the other is accused of ("are you out of your mind?"), a rhetorical "do you even
…", a question about the kind of person who would do such a thing. The words come from
the lexicon's classes (traits, insults, states of disbelief, acts of betrayal).

A real question with the same words stays clean: "how could you tell it was broken?",
"why don't we order pizza?", "what were you thinking of getting?", "who's picking up
Mia?". The frames exclude the information-seeking verbs and ask for the accusing part.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule

_WHY = (
    "A 'why' or 'how could you' question that already holds its verdict cannot be "
    "answered safely; it corners the other person instead of inviting them in."
)
_INSTEAD = (
    "Ask with curiosity and share your feeling: 'I felt hurt when … . What was going on for you?'"
)
_SOURCE = "Accusatory questions (blame in question form)."
_WHY_SOURCE = "Accusatory 'why' questions."
_RHETORICAL = "Accusatory and rhetorical questions."

# Nothing but fillers (or emoji) follows in the sentence.
_ALONE = "-(WORD | COMMA | CLAUSE_BREAK)"
# A swear-word expletive after a question word ("why the hell", "what the fuck"); "on
# earth" is left out where it is often admiring ("how on earth did you do that?!").
_SWEAR_EXPLETIVE = (
    '("the fuck" | "the hell" | "the heck" | "the fucking hell" | "the bloody hell"'
    ' | "the frick" | "in the hell" | "in the fuck" | "the actual fuck" | tf)'
)

RULES: tuple[Rule, ...] = (
    # -- how could you ---------------------------------------------------------------------------
    Rule(
        id="accusatory_question.how_could_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[how could YOU] -(<tell> | <know> | have | possibly | <guess> | <see> | <afford>"
            " | <find> | <fit> | <manage> | <get> | <help> | <make> | <learn> | <stay> | <be>"
            " | <ever> | <eat> | <sleep> | <remember> | <stand>)"
            " | [how could YOU (possibly)? have] -(<know> | <guess> | <see> | <predict> | <tell>"
            " | known | guessed | seen | predicted | told | <foresee>)"
            " | [how dare YOU]"
            " | [how (can | could) YOU (<be> | BE) (so | this | that | such)? (TRAIT | INSULT"
            " | a INSULT | blind | cruel | heartless)]"
            " | [how (can | could) YOU (even | just | ever)? (<say> | <think> | <live> like"
            " | <stand> there | <sleep> at night | <look> me in the eye | <treat> me | <lie>"
            " | <do> (this | that) to | <walk> away | <leave> me | <ignore> | <forget> | not)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "How could you say that to my mother?",
            "how could u",
            "How dare you read my messages!",
            "How can you be this selfish?",
            "How can you sleep at night?",
        ),
        near_misses=(
            "How could you tell it was broken?",
            "How could you have known? Don't worry.",
            "How can you help me with this?",
            "How can you be so calm before exams? Teach me!",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="accusatory_question.how_many_times",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[how many times (DO | HAVE | did | must) SPEAKER (<have> to)? (<tell> | told"
            " | <ask> | asked | <say> | said | <remind> | <explain> | <beg> | <repeat>)]"
            " | [how many times (BE | 're | r) (we | SPEAKER) (going to | gonna | <have> to)]"
        ),
        message=_WHY,
        suggestion="Make the request once more, plainly: 'Could you shut the gate, please?'",
        examples=(
            "How many times have I asked you to shut the gate?",
            "how many times must i remind u",
            "How many times are we going to have this fight?",
        ),
        near_misses=(
            "How many times have you been to Rome?",
            "How many times do I take these pills a day?",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="accusatory_question.how_is_that_fair",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[how BE (that | this | it) (fair | okay | ok | normal | acceptable | reasonable"
            ' | right | "my fault")]'
            " | [how would YOU <like> it if (SPEAKER | someone | THIRD_PERSON)]"
            " | [how " + _SWEAR_EXPLETIVE + " (DO | MODAL | BE | HAVE | did) YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "How is that fair on me?",
            "How would you like it if I did that to you?",
            "How the hell did you lose the keys again?",
        ),
        near_misses=(
            "How is it going at the new job?",
            "How would you like your eggs?",
        ),
        source=_SOURCE,
    ),
    # -- why are you, why do you, why would you ---------------------------------------------------
    Rule(
        id="accusatory_question.why_are_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[why BE YOU (always | being | acting | still)? (so | such)? (a"
            " | an)? ((=CHARACTER_FAULT"
            " !FEELING)"
            " | INSULT)]"
            ' | [why BE YOU (always | being | acting)? (like (this | that) | "such a" _)]'
            " | [why BE YOU (acting | behaving) like (a | an | this | that)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why are you always so pessimistic?",
            "why r u being such a brat",
            "Why are you like this with my friends?",
        ),
        near_misses=(
            "Why are you so happy today?",
            "Why are you still awake, love?",
            "Why are you so sad, sweetheart?",
            "Why are you so cold? Take my jumper.",
        ),
        source=_WHY_SOURCE,
    ),
    Rule(
        id="accusatory_question.why_do_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # "Why do you always …", "why do you keep …", "why can't you ever …".
        pattern=(
            "[why (DO | MODAL) YOU (always | constantly | forever | continually) -(<make> | <know>"
            " | <look> | <smell> | <seem> | <get> | <have> | <find> | <give> | <surprise>"
            " | <cheer>)]"
            " | [why (DO | MODAL) YOU (<keep> | <insist> on | <refuse> to | even | ever | never"
            " | <bother>)]"
            " | [why (DO | MODAL) YOU (<have> | <need>) to (be | make | turn | ruin | always"
            " | argue"
            " | fight | <start>)]"
            " | [why (ca n't | cannot | wo n't | could n't) YOU (ever | \"for once\" | just"
            " | simply"
            ' | even | "just once" | (<do> | <get>) (anything | one | "a single" | "one single") _?'
            " right)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why do you constantly interrupt me?",
            "Why do you keep buying stuff we don't need?",
            "Why do you have to ruin everything?",
            "Why can't you just listen for once?",
            "Why can't you get a single thing right?",
        ),
        near_misses=(
            "Why don't we try the new Thai place?",
            "Why do you always make me laugh so much?",
            "Why do you like that band so much? I'm curious!",
        ),
        source=_WHY_SOURCE,
    ),
    Rule(
        id="accusatory_question.why_would_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[why (would | 'd) YOU (ever | even)? (BETRAYAL_VERB | MISDEED_VERB | <say> (that"
            " | this"
            " | something | it) | <do> (that | this | something | it) | <risk> | <treat> me"
            " | <talk> to me | <speak> to me | <waste> | <leave> me | <let> (them | him | her))]"
            " | [why (did | 'd | DO) YOU (even | ever)? BETRAYAL_VERB]"
            " | [why " + _SWEAR_EXPLETIVE + "]"
            ' | [why ("on earth" | "in the world" | "in god \'s name") (would | did | DO'
            " | BE | MODAL | HAVE) n't? YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why would you tell your mum about our fight?",
            "Why'd you hide the bill from me?",
            "why tf would u do that",
            "Why on earth did you book it without me?",
        ),
        near_misses=(
            "Why did you choose this restaurant? I love it.",
            "Why would you think that? You're amazing.",
            "Why would you use a list here instead of a table?",
            "Why would you like the blue one? Just curious.",
        ),
        source=_WHY_SOURCE,
    ),
    Rule(
        id="accusatory_question.why_should_i",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[why (should | would | MODAL) SPEAKER (ever)? (<believe> | <trust> | <care> | <listen>"
            " | <bother> | <forgive> | <stay>)] -(about | in | to | the)"
            " | [why (DO | MODAL) (YOUR | SPEAKER_POSSESSIVE) (PARTNER_NOUN"
            " | FAMILY_NOUN) (always)?"
            " (<have> to | <need> to | <insist> on | <keep> | <refuse>)]"
            " | [why BE it (so)? (hard | difficult | impossible | complicated) for YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why should I trust you this time?",
            "Why does my husband always have to argue?",
            "Why is it so difficult for you to apologise?",
        ),
        near_misses=(
            "Why should I bring the wine or the dessert?",
            "Why does my phone keep restarting?",
        ),
        source=_WHY_SOURCE,
    ),
    # -- what is wrong with you, who does that ----------------------------------------------------
    Rule(
        id="accusatory_question.what_is_wrong",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            '[what BE (wrong | "the matter") with (YOU | YOUR (head | brain | brains | face))]'
            " | [what BE YOUR (problem | deal | issue | damage | malfunction | excuse)]"
            " -(with | set | sets)"
            " | [what (were | was | BE) YOU thinking] -(of | about | for | we | SPEAKER)"
            " | [what BE it with YOU]"
            " | [what " + _SWEAR_EXPLETIVE + " (BE | DO | did | HAVE | MODAL) (YOU | YOUR)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "What the hell is the matter with you?",
            "what is ur problem",
            "What were you thinking, leaving the door open all night?",
            "What is it with you and your phone?",
            "What the hell did you do to my car?",
        ),
        near_misses=(
            "What were you planning for dinner?",
            "What's wrong, love? You look tired.",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.what_kind",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # "What kind of person does that?", "who even says that?".
        pattern=(
            "[what (kind | sort | type) of (a)? (PERSON_NOUN | PARTNER_NOUN | FAMILY_NOUN"
            " | FRIEND_NOUN | parent | human | monster | INSULT | TRAIT PERSON_NOUN)"
            " !(BE | DO | MODAL | HAVE | SPEAKER | YOU | PUNCT | WE | THIRD_PERSON | for | to"
            " | of | in | would | 'd)]"
            " | [what (kind | sort | type) of (a)? (PERSON_NOUN | PARTNER_NOUN | FAMILY_NOUN"
            ' | FRIEND_NOUN | parent | human | INSULT) (DO | MODAL) (that | this | "something'
            ' like that" | "such a thing")]'
            " | ^ [who (even)? (DO | MODAL | <say> | <leave> | <forget>) (that | this"
            ' | "something like that" | "such a thing" | "a thing like that")] '
            + _ALONE
            + " | ^ [who (even)? (DO | MODAL) (that | this) to (their | his | her | YOUR) own?"
            " (PARTNER_NOUN | FAMILY_NOUN | FRIEND_NOUN | PERSON_NOUN)] =QUESTION_MARK"
            " | [who in (their | his | her) right mind]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "What kind of mother forgets her own son's birthday?",
            "What kind of idiot does that?",
            "Who even says that??",
            "Who in their right mind leaves the oven on?",
            "Who does that to their own mother?",
        ),
        near_misses=(
            "Who does the cooking tonight?",
            "What kind of pizza should we order?",
            "What kind of partner are you looking for?",
            "Who does that to their hair? It's gorgeous!",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.who_raised_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[who (raised | brought up) YOU] | [who <raise> YOU] | [who <bring> YOU up]"
            " | [(were | was) YOU (raised | born | brought up) (in a barn | by wolves | in a cave"
            " | in a field)]"
            " | [(did | DO) n't YOUR (FAMILY_NOUN) (ever)? <teach> YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Who brought you up, wolves?",
            "Were you born in a barn?",
            "Didn't your mother ever teach you to say thank you?",
        ),
        near_misses=(
            "Who raised the alarm about the leak?",
            "Were you born in Leeds or in York?",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.who_are_you",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # "Who the hell do you think you are?", "who made you the boss?", "since when do you …?".
        pattern=(
            "[who (" + _SWEAR_EXPLETIVE + ")? DO YOU <think> YOU BE]"
            " | [who " + _SWEAR_EXPLETIVE + " (BE YOU | DO YOU <think> YOU)]"
            " | ^ [" + _SWEAR_EXPLETIVE + " (BE | DO | did) YOU]"
            " | [who (<make> | <put> | died and <make>) YOU (in charge | the (boss | judge | king"
            ' | queen) | EXPERT_ROLE | "an expert" | "the expert")]'
            " | [who died and <make> YOU]"
            " | [since when (DO | HAVE | BE | MODAL) YOU (<get> to | <decide> | <care>"
            " | <have> (the"
            " | a) right | <tell> me | <make> the rules | <know> | <listen> | BE (the | an)? (boss"
            ' | EXPERT_ROLE | "in charge"))]'
            " | [since when BE it (okay | ok | alright | acceptable | fine | normal | allowed)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Who the hell do you think you are?",
            "who the hell are you to judge me",
            "Who made you the boss?",
            "Since when do you get to decide?",
            "Since when is it okay to read my texts?",
        ),
        near_misses=(
            "Who do you think will win the final?",
            "Who made you this lovely cake?",
            "Since when do you like mushrooms? That's new!",
            "Since when is it sunny in March? Amazing.",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.who_asked",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            '[(who | did (SPEAKER | anyone | anybody) | (nobody | "no one" | noone)) (ever)? <ask>'
            " (YOU | for YOUR"
            " | YOUR)] -(to | if | about | whether)"
            " | [whose (bright | brilliant | genius | great | clever | stupid | dumb | idiotic)"
            " idea (was | BE) (this | that | it)]"
            " | [who (thought | <think>) (this | that | it) (was | would be | BE) a (good | great"
            " | smart) idea]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Did anyone ask you?",
            "Did I ask for your opinion?",
            "Whose genius idea was this?",
        ),
        near_misses=(
            "Who asked you to bring wine? That was so sweet.",
            "Whose idea was the picnic? It's lovely.",
        ),
        source=_RHETORICAL,
    ),
    # -- rhetorical questions ---------------------------------------------------------------------
    Rule(
        id="accusatory_question.rhetorical",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # "Are you deaf?", "you must be joking", "have you lost your mind?".
        pattern=(
            "[BE YOU (really | seriously | actually | even | completely | totally | just)?"
            " (DISBELIEF_STATE | (a | an) INSULT_STUPID | TRAIT_STUPID)] -(about | with | to | at"
            " | that | enough | for | in | on | by)"
            ' | [YOU (must | "have got to" | "\'ve got to" | "got to") be (kidding | joking'
            ' | "having a laugh" | "taking the piss")]'
            " | [HAVE YOU (<lose> YOUR (mind | marbles | head) | (gone | <go>) (mad | crazy"
            " | insane | nuts | mental | soft in the head))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Are you blind or something?",
            "are u kidding me rn",
            "You've got to be kidding.",
            "Have you lost your mind?",
            "Are you completely incapable of replacing a bin bag?",
        ),
        near_misses=(
            "Are you serious about the job offer? That's great!",
            "Are you mad at me? I'm sorry if I upset you.",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.do_you_even",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # "Do you even care at all?", "did you even try?", "do you ever listen?", "do you hear
        # yourself?".
        pattern=(
            "[(do | does) YOU even (<listen> | <care> | <think> | <hear> | <try> | <notice>"
            " | <know> what | <love> me | <like> me | <realise> | <realize> | <understand> | <read>"
            " | <look> | <respect> | <bother> | <see> | <mean> | <remember> me | <want> to be"
            " | <pay> attention | <give> a)]"
            " | [did YOU even (<try> | <read> | <look> | <check> | <think> | <listen> | <bother>"
            " | <care> | <notice> | <ask> | <wash> | <clean>)]"
            " | [DO YOU ever (<listen> (to me | to a word | $) | <help> | <notice> | <try>"
            " | <think>"
            " (about | of) (anyone | anybody | someone | others | me | us | other people)"
            " | <think> before | <stop> (talking | complaining | moaning) | <shut> up"
            " | <consider> (me | my | anyone | how))]"
            " | [DO YOU (even)? (<hear> | <listen> to) YOURSELF]"
            " | [did it (ever)? (<occur> to YOU | <cross> YOUR mind)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Do you even care at all?",
            "Did you even check?",
            "Do you ever consider anyone's feelings but your own?",
            "do u ever listen",
            "Do you hear yourself?",
            "Did it ever occur to you to ask?",
        ),
        near_misses=(
            "Do you even want dessert? No pressure.",
            "Do you ever think about living by the sea?",
            "Do you ever listen to podcasts?",
            "Did you even see the sunset? It was gorgeous.",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.loaded",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # Questions that carry the verdict in their premise.
        pattern=(
            "[(DO n't | \"do not\") YOU <think> YOU (BE | HAVE | should | owe | 're)]"
            " | [DO YOU (really | honestly | actually | seriously) (<think> | <expect>"
            " | <believe>)]"
            " -(so)"
            " | [DO YOU (really)? <expect> me to]"
            " | [DO SPEAKER <look> like (YOUR | a | an) (maid | servant | slave | cleaner"
            " | secretary"
            " | mother | mum | mom | therapist | taxi | bank | butler)]"
            " | [who DO YOU <think> (<clean> | <pay> | <do> | <cook> | <wash> | <tidy>"
            " | <pick> up)]"
            ' | [(DO YOU | YOU) <think> SPEAKER BE ("made of money" | YOUR (maid | servant'
            " | slave"
            ' | mother | mum | mom | cleaner) | "a mind reader" | "born yesterday")]'
            " | [DO YOU (<think> | <take>) SPEAKER BE? (TRAIT_STUPID | (a | an) INSULT_STUPID"
            ' | "born yesterday" | "a fool" | "an idiot" | "that stupid" | "that dumb")]'
            ' | [(BE it | BE that | BE this) (really)? (too much | "so much" | "asking too'
            ' much") to ask] (for | that | ' + _ALONE + ")"
            " | [DO YOU (<have> | have) (any | the slightest | the faintest | even the slightest)"
            " idea (how (much | hard | FEELING_UNPLEASANT | embarrassing | humiliating | hurtful"
            " | stupid | TRAIT | SPEAKER <feel> | that <feel>) | what YOU (<do> | did | <put> me"
            " | <say>))]"
            " | [BE there a (good)? reason (why)? YOU (MODAL n't | DO n't | never | did n't)]"
            " | [what BE YOUR excuse (this time)?]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Don't you think you're overreacting?",
            "Do you really expect me to believe that?",
            "Do you think I'm stupid?",
            "Is that really too much to ask?",
            "Do you have any idea how worried I was?",
            "Is there a reason you couldn't answer your phone?",
            "So what's your excuse this time, then?",
            "Do I look like your maid?",
            "Who do you think cleans up after you?",
            "You think I'm made of money?",
        ),
        near_misses=(
            "Do you think it's okay if I invite Sam?",
            "Do you have any idea what time the shop closes?",
            "Do you want ideas, or shall I just listen?",
            "Do I look like my mum in this photo?",
            "Who do you think will win the match?",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.how_hard",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # "How hard is it to …?", "would it kill you to …?".
        pattern=(
            "[(would | 'd) it (<kill> | <hurt> | be so (hard | bad | difficult) for) YOU to]"
            " | [how (hard | difficult | tough | complicated) (BE | can) it (be)? (for YOU to | to"
            " (just | even | simply | once) | to (<text> | <call> | <answer> | <reply> | <tell>)"
            " (me | back | QUOTE_MARK) | to (<put> | <close> | <shut> | <rinse> | <hang>"
            " | <pick> up"
            " | <turn> off"
            " | <replace> | <empty> | <clean> | <wash> | <take> out) (YOUR | the | a | it))]"
            " | [(BE it | BE that) (really)? that (hard | difficult | complicated) to]"
            " | [what BE so (hard | difficult | complicated | confusing) (to understand | about)]"
        ),
        message=_WHY,
        suggestion="Ask for the thing itself: 'Could you put the lid back on, please?'",
        examples=(
            "Would it kill you to say please?",
            "How hard is it to rinse a plate?",
            "Is it really that hard to text back?",
            "Is it that hard to hang up a towel?",
            "What's so hard to understand?",
            "How hard is it to text 'on my way'?",
        ),
        near_misses=(
            "How hard was the exam?",
            "How hard is it to set up the bot?",
            "Would it help if I drove?",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.cant_i",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # "Can't I even …?", "can't you ever …?".
        pattern=(
            "[(ca n't | cannot) SPEAKER (even | ever)]"
            " | [(ca n't | cannot) SPEAKER (just)? (<make> | <decide> | <choose>) (my own"
            " | anything | a single | one | any)]"
            " | [(ca n't | cannot | could n't) YOU (ever | even | \"for once\" | simply"
            ' | "just once")] -(<tell> | <see> | <imagine>)'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Can't I even have five minutes alone?",
            "Can't I make my own choices?",
            "Can't you ever just let it go?",
        ),
        near_misses=(
            "Can't I make a coffee before we go?",
            "You can't even tell it was broken!",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.incredulous",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (ca n't | cannot) <believe> YOU ('d | would | could | actually | BE"
            " (doing | saying) | <have> the nerve)]"
            " | [when exactly (were | was | BE) YOU (going to | gonna | planning to) <tell> me]"
            " | [when (were | was | BE) YOU (going to | gonna | planning to) <tell> me] "
            + _ALONE
            + ""
            " | [BE (this | that) how YOU (<treat> | <talk> to | <speak> to) (people | me"
            " | everyone"
            " | YOUR _)]"
            " | [YOU ... without (even)? (asking | consulting | telling | checking with)"
            " (me | us)] =QUESTION_MARK"
            ' | [where (exactly | "the hell" | "the fuck" | "on earth" | "the heck") (were'
            " | have | HAVE) YOU]"
            " | ^ [(HAVE YOU)? ever (thought | considered | <think>) (of | about)? that]"
            " =QUESTION_MARK"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I can't believe you'd do that to me.",
            "You booked the trip without even asking me?",
            "Where the hell have you been?",
            "And when exactly were you going to tell me?",
            "Is this how you treat people?",
            "Maybe you're the problem. Ever thought of that?",
        ),
        near_misses=(
            "Where were you born?",
            "When were you going to tell me about the promotion? Congrats!",
            "Is this how you make the sauce? Yum.",
            "Have you ever thought about moving abroad?",
            "I can't believe you did it, congratulations!!",
        ),
        source=_RHETORICAL,
    ),
    Rule(
        id="accusatory_question.scornful",
        category=Category.ACCUSATORY_QUESTION,
        severity=Severity.MEDIUM,
        # Questions that mock the other's competence or sense: "can you not do one thing
        # right?", "is it physically impossible for you to …?", "what part of 'no' don't
        # you understand?", "am I supposed to read your mind?", "do you think money grows
        # on trees?", "how do you manage to make everything about you?", "why do I even
        # bother?", "was it worth missing …?".
        pattern=(
            "[(can | could) YOU not (<do> | <get>) (one | a single | anything) (thing)? right]"
            " | [BE it (physically | literally | humanly) impossible for YOU to]"
            " | [money <grow> on trees]"
            " | [BE SPEAKER (supposed | meant | expected) to (<read> YOUR mind | <be> a mind"
            " reader | <be> psychic)]"
            " | [(what | which) (part | bit) of] (... (DO n't | did n't | did not) YOU"
            " <understand> | QUOTE_MARK ... QUOTE_MARK (BE | was) (confusing | unclear"
            " | so hard | too hard | difficult))"
            " | [how many times (HAVE | did) we (been over | <go> over | <talk> about"
            " | <discuss>) (this | that | it)]"
            " | [DO YOU (even)? <have> (any)? idea how (that | it | this | YOU) (<make> | made)"
            " (me | us) (look | sound)]"
            " | [why (DO | did) SPEAKER even <bother> (with YOU)?] =QUESTION_MARK"
            " | [why BE SPEAKER even surprised]"
            " | [how BE it (even)? possible (for (YOU | anyone | one PERSON_NOUN))? to (be | <get>)"
            " (this | so) (CHARACTER_FAULT | TRAIT | late)]"
            " | [how DO YOU (even)? <manage> to (<make> (everything | it | every _) _? about"
            " (YOU | YOURSELF) | <ruin> | <forget> | <lose> | <break> | <burn> | MISDEED_VERB"
            " | RUIN_VERB)]"
            " | [(BE | was) (it | that | _{1,3}) worth (missing | <miss> | losing | <lose>"
            " | ruining | <ruin>) (YOUR | SPEAKER_POSSESSIVE | our | me | us)]"
            " | [who exactly BE (going to | gonna) <pay> for (that | this | it)] =QUESTION_MARK"
            " | [DO YOU (<enjoy> | <like> | <love>) (making | <make>) me (look | feel) (like"
            " | stupid | small | an idiot | a fool | bad)]"
            " | [DO YOU ever actually (<wash> | <clean> | <shower> | <brush> | <change>)]"
            " | [what DO YOU (actually | even) <do> all day]"
        ),
        message=_WHY,
        suggestion="Ask for the thing itself: 'Could you shut the cupboard doors, please?'",
        examples=(
            "Can you not get one thing right?",
            "Is it humanly impossible for you to rinse a mug?",
            "You think money grows on trees?",
            "Am I meant to read your mind?",
            "Which part of 'stop' didn't you understand?",
            "How many times have we talked about this?",
            "Do you have any idea how that made me look at work?",
            "Why do I even bother with you?",
            "Why am I even surprised?",
            "How is it even possible to be this selfish?",
            "How do you manage to make every dinner about yourself?",
            "Was the football worth missing our anniversary?",
            "What do you even do all day?",
            "And who exactly is going to pay for this?",
            "Do you like making me feel small?",
            "Do you ever actually wash your gym kit?",
        ),
        near_misses=(
            "Can you not come on Friday? That's fine.",
            "Is it impossible to get tickets now? Shall I try?",
            "Is it impossible for you to come on Friday? No worries if so.",
            "Which part of the film did you like best?",
            "Which bit of the form is confusing? I'll help.",
            "Who is going to pay for the taxi, you or me?",
            "Do you enjoy making me laugh this much? 😂",
            "Do you ever actually use the bread maker? Can I borrow it?",
            "How many times have we been to Rome now, three?",
            "Do you have any idea how proud of you I am?",
            "How is it possible to be this happy? ❤️",
            "How do you manage to stay so calm with the kids?",
            "Was it worth the wait? It looks amazing!",
            "What do you do all day at the new job? Tell me everything!",
        ),
        source=_RHETORICAL,
    ),
)
"""The accusatory question rules."""
