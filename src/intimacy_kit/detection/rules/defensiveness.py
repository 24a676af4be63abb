"""Defensiveness: denying responsibility, excuses, counter-attacks and the innocent victim.

Defensiveness answers a complaint with a defence instead of listening: "it's not my
fault", "I was only joking", "you're no saint yourself", "what about when you …", "I'm
not the one with the problem", "sorry for existing". The rules are frames over the
speaker's own voice ("I", "my", "me") set against the other person; the words they need
(what one denies is one's own, what a sarcastic apology apologises for, the flawless
person the other is not, the set phrases of "you too", the acts a counter-attack pins on
the other) come from the lexicon's classes.

An admission with the same words stays clean ("it was my fault, I'm sorry", "that one's
on me"): the frames ask for the denial ("not my fault", "wasn't me"), the counter
("you … too", "either", "yourself") or the sarcasm ("sorry for breathing").
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule

_WHY = (
    "Defending yourself or firing back tells the other person their concern does not "
    "count; the conversation becomes a contest of who is to blame."
)
_INSTEAD = "Take responsibility for even a small part: 'You're right that I …; I'm sorry.'"
_COUNTER_INSTEAD = "Answer their concern first ('You're right, I …'); raise your own another time."
_DENIAL = "Gottman: defensiveness (denying responsibility)."
_COUNTER = "Gottman: defensiveness (counter-attack, 'whataboutism')."
_EXCUSE = "Gottman: defensiveness (excuses)."
_VICTIM = "Gottman: defensiveness (innocent victim, martyrdom)."

# Nothing but fillers (or emoji) follows in the sentence.
_ALONE = "-(WORD | COMMA | CLAUSE_BREAK)"

RULES: tuple[Rule, ...] = (
    # -- denying responsibility -------------------------------------------------------------------
    Rule(
        id="defensiveness.not_my_fault",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        pattern=(
            "[(not | n't | no | never) my OWN_BLAME_NOUN]"
            ' | [(so | now | "of course" | how | why | suddenly | apparently | again | somehow)'
            " (it | this | that | everything) BE (always | all | suddenly | now)? my"
            " (fault | problem | responsibility)]"
            " | [BE (it | this | that) my (fault | problem | job)] (that | SPEAKER | YOU"
            " | THIRD_PERSON | SOMEONE | =QUESTION_MARK)"
            " | [everything BE (always)? my fault]"
            " | [(how | why) BE (it | this | that | everything) (always)? my (fault | problem)]"
            ' | ^ (sure | oh | yeah | right | "of course" | okay | fine) COMMA? [(it | this'
            " | everything) BE (all | always)? my fault]"
            ' | [(it | everything) BE (all | always)? my fault] COMMA? (ALWAYS | "as usual" | again'
            ' | "as always")'
            " | [(it | this | that) BE (not | n't) on me]"
            ' | [(nothing | "none of it") (to do)? with me] $'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Not my problem you missed the bus.",
            "It isn't my job to remind you of everything.",
            "So now it's suddenly my fault the boiler broke?",
            "How is this my fault?!",
            "Is it my fault you can't read a calendar?",
            "That's not on me, I sent the link twice.",
            "Why is everything always my fault?",
            "Sure, it's all my fault, as usual.",
        ),
        near_misses=(
            "It was totally my fault, sorry love.",
            "It wasn't your fault, really.",
            "It's not my turn to cook tonight, is it?",
            "That's on me, I should have checked the date.",
            "It's all my fault, I'm so sorry.",
        ),
        source=_DENIAL,
    ),
    Rule(
        id="defensiveness.dont_blame_me",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        # Refusing the blame outright: "don't blame me", "don't look at me", "don't lecture me".
        pattern=(
            '^ [(DO n\'t | "do not" | stop) (<blame> | <put> (this | it | that | everything) on'
            " | <pin> (this | it | that) on | <point> (the finger | fingers) at) me]"
            ' | ^ [(DO n\'t | "do not") <look> at me] $'
            " | ^ (so | and)? [(DO n't | stop) (<lecture> | <preach> (at | to)) me]"
            ' | ^ [(DO n\'t | "do not") <make> (this | it) about me]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Don't pin this on me, mate.",
            "Don't blame me!",
            "Don't look at me, I only got home an hour ago.",
            "So don't lecture me.",
            "Don't make this about me.",
        ),
        near_misses=(
            "Don't look at me like that, you'll make me laugh 😂",
            "Don't blame yourself, it was an accident.",
            "Don't make it a big fuss for me, please.",
        ),
        source=_DENIAL,
    ),
    Rule(
        id="defensiveness.did_nothing_wrong",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        pattern=(
            '[SPEAKER (DO n\'t | did not | never) even? <do> (anything | "a thing" | nothing)'
            ' (wrong | "to you" | "to deserve")]'
            " | [SPEAKER (DO n't | did not) even <do> anything]"
            " | [SPEAKER (HAVE | 've)? (did | done) nothing wrong]"
            ' | [what (HAVE | DO) SPEAKER (<do> | done) (now | wrong | "this time")] '
            + _ALONE
            + " | [SPEAKER (did n't | DO n't | \"did not\") <think> (it | this | that) (would be"
            " | was | BE | 'd be) (such | so)? a? (big | huge) deal]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "i didnt do anything wrong this time!!",
            "I've done nothing wrong.",
            "What have I done now?",
            "I didn't think it was such a huge deal, honestly.",
            "I didn't even do anything, I was asleep!",
        ),
        near_misses=(
            "I didn't do anything today, just rested. Bliss.",
            "What did I do wrong in the recipe, do you think?",
            "I didn't know it was such a big deal for you, I'm sorry.",
        ),
        source=_DENIAL,
    ),
    Rule(
        id="defensiveness.denial",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # Flat denials: "that wasn't me", "that's not what happened", "I never said that".
        pattern=(
            "[(it | that) (was n't | \"was not\" | BE n't | BE not) me] $"
            ' | ^ [(was n\'t | "was not") me] $'
            ' | ^ [(that | this | it) (never | did n\'t | "did not") <happen>] ' + _ALONE + ""
            ' | ^ [(that | this | it) BE (not | n\'t) ("what happened" | "how it happened"'
            ' | "what i said" | "how it went")] $'
            " | ^ [(that | this | it) BE (not | n't) true] (COMMA | $)? SPEAKER"
            ' | ^ [(that | this) BE (a lie | "a load of rubbish" | "a load of crap" | bullshit'
            ' | bs | "a lie and you know it")] '
            + _ALONE
            + " | [SPEAKER (DO n't | never | did not) (<say> | said) (that | this | it | \"any such"
            ' thing")] ' + _ALONE
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "That wasn't me.",
            "That's not what happened.",
            "That's not true, I paid the gas bill last time.",
            "That's a lie.",
            "wasn't me lol",
            "I never said that!",
            "That never happened.",
        ),
        near_misses=(
            "It wasn't me who called, it was my sister.",
            "It's not true that cats hate water, ours loves it.",
            "I didn't say that to hurt you, I'm sorry.",
            "That's not true, you're a wonderful dad.",
            "That never happened to me before, how exciting!",
        ),
        source=_DENIAL,
        negatable=False,
    ),
    Rule(
        id="defensiveness.enough_sorry",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # An apology held up as enough, or owed nothing.
        pattern=(
            "[what (more | else) DO YOU (<want> | <expect>) (from me)?] -(for | to)"
            " | [SPEAKER (already)? (said | <tell> YOU) (SPEAKER BE)? sorry (already | twice"
            ' | "a hundred times" | "a million times" | "like a hundred times")?] (COMMA | '
            + _ALONE
            + ")"
            " | [SPEAKER (DO n't | do not) <owe> YOU (anything | an explanation | a thing | shit)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I said I'm sorry, what more do you want from me?",
            "I already said sorry a hundred times.",
            "I don't owe you an explanation.",
        ),
        near_misses=(
            "What else do you want for dinner?",
            "I said sorry to her and she forgave me.",
        ),
        source=_DENIAL,
        negatable=False,
    ),
    Rule(
        id="defensiveness.accused",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # Turning a complaint into an accusation to deny: "are you calling me a liar?",
        # "you're twisting my words", "I'm not the bad guy here".
        pattern=(
            "[(BE YOU | so YOU BE) (saying | implying | suggesting) (that)? SPEAKER (BE | 'm)"
            ' being? (a | an | the)? (TRAIT | INSULT | lying | wrong | crazy | "to blame"'
            " | problem | useless | incompetent)]"
            " | [BE YOU (calling | accusing) me (a | an)? (INSULT | liar | cheat | TRAIT"
            " | lying | cheating)]"
            " | [YOU BE (<twist> | twisting) (my words | everything | it | this | that"
            " | what SPEAKER)]"
            " | [(<twist> | twisting) (my words | everything SPEAKER | what SPEAKER)]"
            " | [YOU <twist> (my words | everything | what SPEAKER)]"
            " | [(<put> | putting) words in my mouth]"
            " | [YOU (BE acting | <act> | BE talking | <talk>) like SPEAKER (did it on purpose"
            " | <mean> | <want> | <do> it on purpose | <try> to | BE (a | the | some))]"
            " | [SPEAKER ('m | am) (not | n't) the (problem | issue | \"bad guy\" | villain"
            ' | "one at fault")]'
            ' | [SPEAKER DO n\'t <think> SPEAKER BE the (problem | issue | "bad guy")]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Are you saying I'm a bad father?",
            "Are you calling me a liar?",
            "You're twisting my words.",
            "I'm not the bad guy here.",
            "You keep putting words in my mouth.",
            "You're acting like I did it on purpose.",
            "Stop twisting everything I say.",
        ),
        near_misses=(
            "Are you saying I should go first?",
            "That's not what I meant, let me try again.",
            "I'm not the problem-solver type, you are!",
            "You act like a pro, I'm so impressed.",
            "Stop twisting the lid so hard, it'll break.",
        ),
        source=_DENIAL,
        negatable=False,
    ),
    # -- counter-attack ---------------------------------------------------------------------------
    Rule(
        id="defensiveness.counter_attack",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        # The other is no better: "you're no saint", "you're not perfect either", "neither
        # are you", "you're just as bad".
        pattern=(
            "[YOU BE (no | hardly) FLAWLESS_WORD]"
            " | [YOU BE (n't | not) exactly? FLAWLESS_WORD (either | yourself | too)]"
            " | [YOU (DO | BE | HAVE | MODAL) (n't | not) exactly _ (either | yourself | too)?]"
            " | ^ [(neither | nor) (BE | DO | HAVE | MODAL) YOU] "
            + _ALONE
            + " | ^ [so (DO | BE | HAVE | MODAL | did) YOU] "
            + _ALONE
            + " | [YOU BE (just)? as bad] | [YOU BE (no | n't any | not any) better]"
        ),
        message=_WHY,
        suggestion=_COUNTER_INSTEAD,
        examples=(
            "Well, you're hardly perfect yourself.",
            "You're no angel either, mate.",
            "You didn't exactly help either 🤷",
            "Neither do you!",
            "You're just as bad.",
        ),
        near_misses=(
            "You're not perfect, and that's okay, neither am I.",
            "Neither of us is perfect, and that's fine by me.",
            "So do you want pizza or pasta?",
        ),
        hedge="keep",
        source=_COUNTER,
    ),
    Rule(
        id="defensiveness.tu_quoque",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        # The set phrases of "you too": "look who's talking", "pot, kettle", "that's rich
        # coming from you", "you should talk".
        pattern=(
            "[TU_QUOQUE_IDIOM] | [pot meet the? kettle]"
            # "Says you!" answers a complaint where it opens the clause; "Nan says you …"
            # reports what someone said.
            " | ^ [says (YOU | the (one | PERSON_NOUN | guy | girl | man | woman | person)"
            " (who | with))]"
            " | ^ [YOU (should | can) talk] "
            + _ALONE
            + " | [(rich | funny | hilarious | ironic | hypocritical | priceless | cute"
            " | interesting"
            ' | deep | big | brave | "strong words" | "big words" | "big talk") COMMA? coming from'
            " (YOU | someone who | somebody who | the (one | PERSON_NOUN) who | a PERSON_NOUN who)]"
            ' | ^ (that BE | "that \'s") (so | a bit)? [rich] ' + _ALONE
        ),
        message=_WHY,
        suggestion=_COUNTER_INSTEAD,
        examples=(
            "Pot, meet kettle.",
            "Look who's talking.",
            "Funny, coming from someone who never washes a cup.",
            "That's deep, coming from someone who reads horoscopes.",
            "That's a bit rich.",
            "You should talk.",
            "Says you!",
            "says the guy who ate all the biscuits",
        ),
        near_misses=(
            "You should talk to her about it.",
            "My mum says you can stay for tea.",
            "The plumber says the one with the leak is the upstairs tap.",
            "That's a rich chocolate cake, yum.",
            "Coming from you, that means a lot.",
        ),
        hedge="keep",
        source=_COUNTER,
    ),
    Rule(
        id="defensiveness.what_about",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        # Whataboutism: "what about the time you …", "like you've never …".
        pattern=(
            "^ (well | yeah | yes | okay | and)? [what about (when YOU | YOU (last _ | yesterday"
            ' | "that time" | "the other day" | "this morning") | "the time" YOU'
            ' | "that time" YOU | "all the times" YOU | last (week | month | year | time'
            " | night | weekend | christmas) when YOU | YOUR (mistakes | behaviour | behavior"
            " | temper | drinking | spending | phone | mess | attitude | lies | lying))]"
            ' | ["let \'s not forget" (when | "the time" | that) YOU]'
            ' | ^ [(like | "as if") YOU HAVE? never] -<know>'
            " | [(right | yeah | sure | oh) COMMA? because YOU HAVE? never]"
            ' | [it BE (n\'t | not) (like | "as if") YOU (HAVE | DO | BE | MODAL)? never]'
        ),
        message=_WHY,
        suggestion=_COUNTER_INSTEAD,
        examples=(
            "What about the time you forgot me at the airport?",
            "what about u last weekend",
            "Let's not forget when you crashed my car.",
            "Like you've never overspent in your life.",
            "Yeah, because you've never been late.",
            "It's not like you never forget things.",
        ),
        near_misses=(
            "What about you, fancy a curry?",
            "Like, you never know what the weather will do.",
            "What about the time we went to Rome? Best trip ever.",
        ),
        hedge="keep",
        source=_COUNTER,
    ),
    Rule(
        id="defensiveness.you_too",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        # "You do it too", "you started it", "yes, but you …", "at least I don't …".
        pattern=(
            '[YOU (DO | did | BE doing) (it | that | this | "the same" | "the same thing"'
            ' | "the exact same" | "the exact same thing") (too | "as well" | also | though'
            ' | "all the time" | first | "just as much" | constantly)] -QUESTION_MARK'
            " | [YOU (<start> | started) (it | this | that)] (first | $)"
            " | ^ [(yes | yeah | yea | okay | sure | true | fine | right) COMMA? but YOU"
            " (ALWAYS | never | also | too | (DO | did | BE | HAVE | MODAL) (n't | not)"
            " | COUNTERED_ACT_VERB | MISDEED_VERB | BETRAYAL_VERB | EVASION_VERB)]"
            " | ^ [(yeah | yes | ya) COMMA? well COMMA? YOU]"
            " | ^ [at least SPEAKER (DO n't | BE n't | BE not | 'm not | never | HAVE never"
            " | actually | <bother> | <pull> my weight | <do> my share | <make> an effort)]"
            " -(have | need | <get> | <mind> | <know>)"
        ),
        message=_WHY,
        suggestion=_COUNTER_INSTEAD,
        examples=(
            "u do the exact same thing constantly",
            "You started it!",
            "Yeah but you shouted first.",
            "Yeah, well, you forgot my birthday.",
            "At least I don't spend every night at the pub.",
        ),
        near_misses=(
            "You do it too? I thought I was the only one!",
            "Yeah but you look lovely in both.",
            "At least I don't have to cook tonight!",
        ),
        hedge="keep",
        source=_COUNTER,
    ),
    Rule(
        id="defensiveness.not_the_one",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        # "I'm not the one with the problem", "you're the one who …", "the problem is you".
        pattern=(
            "[SPEAKER ('m | am) (n't | not) the (one | PERSON_NOUN) (who | that | with"
            ' | "to blame" | COUNTERED_ACT_VERB | MISDEED_VERB | "at fault" | "in the wrong")]'
            " | [YOU BE the (one | PERSON_NOUN) (who | that) (COUNTERED_ACT_VERB | MISDEED_VERB"
            " | BETRAYAL_VERB | EVASION_VERB | (BE | HAVE | DO) (always | never)? (n't | not)?"
            " (TRAIT | late | wrong | rude | drunk | shouting | yelling))]"
            " | [YOU BE the (one | PERSON_NOUN) with the (problem | issue | temper | attitude)]"
            " | [YOU BE the (real)? (problem | issue | one with the problem)]"
            " | [the (real)? problem BE YOU] $"
            " | [it BE YOU (who | that) (<need> | BE (the | a) | HAVE | MISDEED_VERB"
            " | COUNTERED_ACT_VERB)]"
        ),
        message=_WHY,
        suggestion=_COUNTER_INSTEAD,
        examples=(
            "I'm not the one with the problem here.",
            "I'm not the one picking fights.",
            "You're the one who wanted the dog!",
            "The problem is you, not me.",
            "Maybe it's you who needs to change.",
        ),
        near_misses=(
            "You're the one I want to grow old with.",
            "You're the one who makes me laugh every day.",
            "I wasn't the one who chose the restaurant, but it was great!",
        ),
        hedge="keep",
        source=_COUNTER,
    ),
    # -- excuses ----------------------------------------------------------------------------------
    Rule(
        id="defensiveness.excuse",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # Good intentions as a shield: "I was only trying to help", "I was just joking".
        pattern=(
            "[SPEAKER (BE | was) (just | only | simply | merely) trying to (help | <be> (nice"
            " | helpful | honest | supportive | kind | close | affectionate | funny | romantic"
            " | useful) | <protect> | <look> out | <do> the right | <cheer> YOU | <make> YOU laugh"
            " | <make> things | <get> YOU | <point> out | <give> YOU)]"
            " | [SPEAKER (BE | was) (just | only) (joking | kidding | teasing | messing"
            ' | "having a laugh" | "having fun" | "being honest" | playing)] -(with | about | to'
            " | on)"
            " | [(ca n't | cannot | could n't) YOU (even)? (<take> | <handle>) a joke]"
            " | [(it | that) (was | BE) (just | only) a joke]"
            " | ^ [all SPEAKER (did | said | asked | meant | (was doing)) (was | BE) (to)?"
            " MILD_SPEECH_ACT]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I was only trying to be helpful.",
            "I was just trying to be romantic!",
            "I was just kidding, jeez.",
            "Can't you take a joke?",
            "All I did was ask a question.",
        ),
        near_misses=(
            "I was just thinking about you!",
            "I'm trying to help my sister move this weekend.",
            "All I did today was sleep, it was glorious.",
        ),
        hedge="keep",
        source=_EXCUSE,
    ),
    Rule(
        id="defensiveness.non_apology",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # An apology for the other person's feelings rather than one's act.
        pattern=(
            '[(SPEAKER BE | ^) sorry (that)? YOU (<feel> | felt) (that way | "like that" | so)]'
            " | [sorry (that | if) YOU (were | BE | felt | <feel> | got | <get>) (offended"
            " | upset | hurt | bothered | triggered | butthurt)]"
            ' | [sorry (that | if)? YOU <take> it (that way | "the wrong way" | badly)]'
        ),
        message=_WHY,
        suggestion="Apologise for what you did: 'I'm sorry I …'.",
        examples=(
            "I'm sorry you feel that way about my mother.",
            "Sorry if you got offended.",
            "sorry u feel that way",
            "sorry you took it the wrong way",
        ),
        near_misses=(
            "I'm sorry I raised my voice earlier.",
            "I'm so sorry you feel poorly, can I bring you soup?",
        ),
        hedge="keep",
        source=_EXCUSE,
    ),
    Rule(
        id="defensiveness.no_choice",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # Helplessness as a defence: "what was I supposed to do?", "I'm not a mind reader".
        pattern=(
            '[SPEAKER (had | <have>) no (choice | option | "other choice" | "other option")]'
            " | [what (else)? was SPEAKER supposed to <do>] "
            + _ALONE
            + " | [how (was | am) SPEAKER supposed to <know>]"
            " | [how (should | would | could | MODAL) SPEAKER (have)? <know>] "
            + _ALONE
            + " | [SPEAKER (ca n't | cannot) <help> it if (YOU | SPEAKER)]"
            ' | [SPEAKER BE (not | n\'t) (a | an)? ("mind reader" | mind-reader | psychic'
            ' | telepathic | clairvoyant | "fortune teller")]'
            " | [SPEAKER never <ask> (YOU to | for (YOUR | this | that | it))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I had no choice, ok?",
            "What was I supposed to do?",
            "How was I supposed to know the shop shut early?",
            "I'm not a mind reader.",
            "I never asked you to wait up for me.",
        ),
        near_misses=(
            "What am I supposed to bring tomorrow?",
            "How would I know if the melon is ripe?",
            "I had no idea you were coming, what a treat!",
        ),
        hedge="keep",
        source=_EXCUSE,
    ),
    Rule(
        id="defensiveness.was_going_to",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # "I was going to do it", "I said I'd do it", "I was busy, okay?".
        pattern=(
            "[SPEAKER (was | BE) (going to | gonna | about to) (<do> | <fix> | <clean> | <sort>"
            " | <tidy> | <wash> | <finish> | <get> to) (it | that | them | this)]"
            " | [SPEAKER (said | <tell> YOU) SPEAKER ('d | would | FUTURE) <do> it]"
            " | [SPEAKER was (just)? (in a rush | busy | tired | exhausted | stressed) COMMA?"
            " (okay | ok | alright)] =QUESTION_MARK"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I was gonna clean it, you didn't give me a chance.",
            "I said I'd do it!",
            "I was busy, okay?",
        ),
        near_misses=(
            "I was going to call you tonight anyway!",
            "I was going to surprise you, but you guessed!",
        ),
        hedge="keep",
        source=_EXCUSE,
    ),
    Rule(
        id="defensiveness.innocence",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # The innocent bystander, and a small amount made smaller.
        pattern=(
            "[SPEAKER (was | BE) (literally)? (just | only) (sitting | standing | asking | saying"
            ' | "minding my own business" | "being honest" | "being myself" | "doing my job"'
            ' | "lying here" | watching)] (here | there)? $'
            " | [SPEAKER only (had | <drink> | <spend> | spent | <take> | took | <say> | said"
            " | <ask> | asked | <buy> | bought | <eat> | ate | <stay> | stayed | <use> | used"
            " | <borrow> | borrowed | <text> | <call> | <look> | looked) (NUMBER | MINIMAL_AMOUNT)]"
            ' | [SPEAKER ... (tired | exhausted | knackered | shattered | stressed | "worn out"'
            " | busy | hard | long | rough | tough | bad | shit"
            ' | crap | rubbish | <work> | job | feelings | needs | "a life") ... too] COMMA?'
            ' "you know"'
            ' | [YOU BE (n\'t | not) the only one] ... "you know"'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I was literally just standing there!",
            "I was only asking.",
            "I only had a couple of beers.",
            "i only spent like 20 quid",
            "I've got feelings too, you know.",
        ),
        near_misses=(
            "I only had time for a quick lunch.",
            "I was just sitting here thinking how lucky I am.",
            "I love you too, you know.",
            "I'm scared too, you know, we'll face it together.",
        ),
        hedge="keep",
        source=_VICTIM,
    ),
    Rule(
        id="defensiveness.always_me",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # "Why is it always me?", "why do I have to do everything?".
        pattern=(
            "[why BE it (always)? (me | SPEAKER) (who | that)?]"
            " | [why (DO | MODAL) SPEAKER always (<have> to | <need> to | <get> | <be> the one)]"
            ' | [why (DO | MODAL) SPEAKER (<have> to | <need> to) <do> (everything | "it all"'
            ' | "all of it")]'
        ),
        message=_WHY,
        suggestion="Ask for the help you need: 'Could you take over X this week?'",
        examples=(
            "Why is it always me who gets the blame?",
            "Why do I always have to be the one who apologises?",
            "Why do I have to do everything in this flat?",
        ),
        near_misses=(
            "Why is it always so cold in this office?",
            "Why do I have to fill in this form twice? It's so confusing.",
        ),
        hedge="keep",
        source=_VICTIM,
    ),
    Rule(
        id="defensiveness.deflect",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # Blame handed back: "if you had told me, I wouldn't have …", "you never told me",
        # "what did you expect?", "I don't remember you complaining".
        pattern=(
            "[YOU (knew | <know>) what SPEAKER was like (when | before)]"
            " | [SPEAKER DO n't <remember> YOU (complaining | <complain> | minding | <mind>"
            ' | objecting | "saying no" | <say> no)]'
            " | [CONDITION YOU ('d | had | HAVE | had n't | HAVE n't | 'd not) ... SPEAKER ('d"
            " | would | MODAL) (n't | not | never) have]"
            " | [CONDITION YOU ... SPEAKER ('d | would) (n't | not | never) (<have> to | <need> to"
            " | have | <be>)]"
            " | [SPEAKER ('d | would | MODAL) (n't | not | never) have ... CONDITION YOU ('d"
            " | had | had n't | HAVE n't | did n't | were n't)]"
            " | [CONDITION YOU ('d | had) ... SPEAKER ('d | would | could) have (known | remembered"
            " | realised | realized | noticed | understood | been ready | been there | done it"
            " | done that | helped)]"
            ' | ^ (well | but) COMMA? [YOU (never | did n\'t | "did not") (<tell> | <mention>'
            " | <say> | <ask> | <remind> | told | mentioned)]"
            " | [what did YOU (<expect> | <think> would <happen>)] "
            + _ALONE
            + " | [YOU (should | ought to) (be)? (thanking | <thank>) me]"
            " | [SPEAKER (only | just)? did it (because | cause | cos | since) YOU (were | kept"
            " | BE | never | always | wo n't | would n't | did n't)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I don't remember you complaining when I paid for dinner.",
            "If you'd texted me I wouldn't have been late.",
            "I wouldn't have shouted if you hadn't provoked me.",
            "If you had reminded me I would have remembered.",
            "If you'd asked me properly I'd have done it.",
            "But you never mentioned the party was on Friday.",
            "I'd barely slept, so what did you expect?",
            "You should be thanking me.",
            "You knew what I was like when you married me.",
        ),
        near_misses=(
            "If you'd like, I can come too!",
            "If you need a lift, I wouldn't mind driving.",
            "If you'd asked, I would have come too!",
            "You never told me you could sing, wow!",
            "I did it because you asked me to, happy to help.",
            "You know what I like when it comes to cake!",
        ),
        hedge="keep",
        source="Gottman: defensiveness (deflecting, counter-blame).",
    ),
    Rule(
        id="defensiveness.justify",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # "It's not like I meant to", and refusing to apologise.
        pattern=(
            '[it BE (n\'t | not) (like | "as if") SPEAKER (did it)? (on purpose | deliberately'
            " | intentionally | <mean> | <want> | <plan> | <try> to | <do> it on purpose"
            " | ALWAYS? <have> to | DO n't <know> | did n't <try> | never)]"
            " | [SPEAKER (BE (not | n't) (going to | gonna) | (FUTURE | 'll) n't | wo n't"
            " | refuse to"
            " | BE (not | n't)) APOLOGY_VERB]"
            " | [SPEAKER DO n't <see> why SPEAKER (should | <have> to | <need> to | MODAL)"
            " APOLOGY_VERB]"
            " | [why (should | MODAL | DO) SPEAKER (<have> to | <need> to)? APOLOGY_VERB]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It's not like I meant to break it.",
            "It's not as if I did it on purpose.",
            "It's not like I always have to tell you everything.",
            "I'm not going to apologise.",
            "I don't see why I should apologize.",
            "Why should I be the one to say sorry?",
        ),
        near_misses=(
            "It's not like I didn't enjoy it, I did!",
            "I'm going to apologise to her tomorrow.",
            "I meant to call you earlier, sorry.",
        ),
        hedge="keep",
        source="Gottman: defensiveness (justification, refusing repair).",
        negatable=False,
    ),
    # -- the innocent victim ----------------------------------------------------------------------
    Rule(
        id="defensiveness.victim",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # "I can't do anything right", "sure, blame me", "I'm always the villain".
        pattern=(
            '[SPEAKER (ca n\'t | cannot | never) <do> (anything | nothing | "a single thing")'
            " right]"
            ' | ^ (sure | yeah | oh | "of course" | "go on" | "go ahead" | fine | great'
            " | okay) COMMA? [<blame> me]"
            " | [<blame> (me | it on me | this on me | that on me | everything on me) (for"
            ' everything | again | ALWAYS | "like always" | "as usual" | "as always")]'
            " | [<blame> (it | this | that | everything) on (me | my)]"
            " | [YOU BE (always | just)? <blame> me]"
            " | [SPEAKER (ca n't | cannot | never) <win> (with YOU)?] -(the | a | an | this | that"
            " | it)"
            ' | [(nothing | "nothing at all") SPEAKER (<do> | <say>) BE (ever)? (good enough'
            " | right | enough)]"
            " | [(whatever | everything) SPEAKER (<do> | <say>) COMMA? (it BE | BE) (wrong | never"
            " right | a problem)]"
            ' | [<blame> the (PARTNER_NOUN | FAMILY_NOUN) (again | ALWAYS | "as usual")]'
            ' | [(now | so | "of course" | suddenly | apparently | somehow | again | always'
            ' | "as usual" | "once again") SPEAKER BE (always)? the ("bad guy" | villain'
            ' | "bad one" | monster | enemy | problem | "one to blame" | scapegoat'
            ' | "punching bag" | worst)]'
            ' | [SPEAKER BE (always | now | again | "of course" | suddenly | apparently'
            ' | somehow | "as usual" | "once again") the ("bad guy" | villain | "bad one"'
            ' | monster | enemy | "one to blame" | scapegoat | "punching bag" | "worst")]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I can't do anything right, can I?",
            "Oh sure, blame me.",
            "Go on, blame me for everything again.",
            "You're always blaming me.",
            "I'm always the villain in your stories.",
            "I can't win with you.",
            "Nothing I do is ever good enough.",
            "Whatever I do, it's wrong.",
            "Brilliant, blame the girlfriend as usual.",
        ),
        near_misses=(
            "I can't do anything about it tonight, sorry.",
            "I know I'm the problem here, and I'm sorry.",
            "I can't win the lottery, sadly.",
            "Nothing I do today is urgent, let's relax.",
        ),
        hedge="keep",
        source=_VICTIM,
    ),
    Rule(
        id="defensiveness.so_now",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # Indignant recaps of the complaint: "so now I'm selfish?", "you think I don't care?".
        pattern=(
            "^ (so | oh | great | wow) COMMA? now? [SPEAKER BE (the | a | an)? (TRAIT | INSULT"
            ' | "bad guy" | villain | monster | problem)] =SENTENCE_END'
            " | ^ so COMMA? [SPEAKER (DO n't | MODAL n't | never | BE n't) _{1,6} now]"
            " =QUESTION_MARK"
            " | ^ (so)? COMMA? [YOU (<think> | <reckon>) SPEAKER (DO n't | do not | BE n't"
            " | ca n't | never | BE (a | an)? (TRAIT | INSULT))]"
            " | [so YOU BE (saying | implying | suggesting) (that)? SPEAKER (DO n't | do not"
            " | never) (<deserve> | <care> | <love> | <try> | <help> | <do> anything)]"
            " | [even (SPEAKER_POSSESSIVE _ | SPEAKER) (<bother> | <annoy> | <irritate> | <upset>"
            " | DISGUST_VERB) YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "So now I'm selfish?",
            "So now I'm lazy!",
            "Oh great, so now I'm the problem.",
            "So I can't even have a drink now?",
            "You think I'm lazy?",
            "So you're saying I don't care about the kids?",
            "Even my hugs bother you now!",
        ),
        near_misses=(
            "You think I'm pretty?",
            "Even my mum loves you now!",
            "So now I'm ready, shall we go?",
        ),
        hedge="keep",
        source=_VICTIM,
    ),
    Rule(
        id="defensiveness.martyr",
        category=Category.DEFENSIVENESS,
        severity=Severity.LOW,
        # Sarcastic apologies that cast the writer as the wronged one.
        pattern=(
            '[(sorry | "excuse me" | "forgive me" | "pardon me" | apologies) for'
            " MARTYR_APOLOGY_OBJECT]"
            ' | [sorry (that)? SPEAKER BE (n\'t | not) (FLAWLESS_WORD | "good enough"'
            ' | "a mind reader" | psychic | "a robot" | "your maid" | "your slave")]'
            " | [sorry (that)? (it | this | that | SPEAKER) (was | BE) (n't | not) good enough]"
            " | [sorry SPEAKER (did n't | DO n't) <have> time for YOUR]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Pardon me for having friends.",
            "sorry for breathing",
            "Sorry I'm not perfect.",
            "I tried, sorry it wasn't good enough for you.",
        ),
        near_misses=(
            "I'm sorry for not being there when you needed me.",
            "Sorry for interrupting your call, carry on.",
            "Sorry for asking, but where's the bathroom?",
        ),
        hedge="keep",
        source=_VICTIM,
    ),
    Rule(
        id="defensiveness.push_back",
        category=Category.DEFENSIVENESS,
        severity=Severity.MEDIUM,
        # Pushing the complaint back: "I have a job, remember?", "is that what you want to
        # hear?", "you're attacking me", "stop making things up", "if you didn't nag so
        # much …", "not just me", "and you know it", "not that you'd know", "don't turn this
        # round on me", "and you're so perfect?", "I can't be expected to …", "mistakes were
        # made", "at least I turned up", "what do you want me to do, …?", "that's on you",
        # "let's drag up … again".
        pattern=(
            "[SPEAKER (<have> | HAVE got) (a job | work | kids | a life | a family) COMMA?"
            " remember] =QUESTION_MARK"
            " | [BE (that | this) what YOU (<want> | wanted) to <hear>]"
            " | [(YOU BE | BE YOU) ALWAYS? (attacking | <pick> on | having a go at"
            " | ganging up on) me]"
            " | [SPEAKER HAVE (n't | not) even (done | said) anything]"
            " | [(stop | quit) making (stuff | things | it | shit | everything) up]"
            " | [if YOU (did n't | would n't | were n't | <stop> | would stop) (always)? (nagging"
            " | <nag> | <moan> | moaning | <criticise> | <criticize> | criticising | criticizing"
            " | <complain> | complaining | going on | <go> on)]"
            ' | [(BE | \'re) (way | much | far | so | "a lot")? worse than (me | mine)]'
            " | (COMMA) [not just me] $"
            " | [(not | n't | never) ... and YOU <know> it] $"
            " | [not that YOU ('d | would | MODAL) <know>]"
            " | [(DO n't | do not | stop) (<turn> | <twist> | <flip> | turning | twisting"
            " | flipping) (this | it | things | everything) (around | round | back) on me]"
            " | ^ (and)? [YOU BE (so | such)? (perfect | FLAWLESS_WORD | a saint | an angel)]"
            " =QUESTION_MARK"
            " | [SPEAKER (ca n't | cannot | can not) be expected to]"
            ' | ["mistakes were made"]'
            " | ^ [at least SPEAKER (<turn> up | <show> up | <bother> | <make> an effort"
            " | <make> the effort)] $"
            " | ^ [what (DO | MODAL) YOU <want> me to (<do> | <say>) COMMA _{1,6}]"
            " =QUESTION_MARK"
            " | [SPEAKER ('d | would) (have | 've) _{1,3} if YOU (had n't | had not | were n't"
            " | did n't) (been)? (watching | nagging | moaning | hovering | breathing | going on"
            " | <nag> | <moan>)]"
            " | so [(DO n't | stop) (<lecture> | <preach> (at | to)) me]"
            " | [that BE on YOU] $"
            " | [let 's (<drag> | <dredge> | <rake>) up]"
            " | (^ | COMMA) [what (DO | did) YOU (even)? <expect>] =QUESTION_MARK"
            " | [after (everything | all) SPEAKER HAVE (done | given up | sacrificed) for YOU]"
            " COMMA? (this BE how YOU | YOU)"
        ),
        message=_WHY,
        suggestion=_COUNTER_INSTEAD,
        examples=(
            "I was late because I have a job, remember?",
            "Fine, I'm useless, is that what you want to hear?",
            "Why are you always picking on me?",
            "Stop making things up, I never said that.",
            "If you didn't moan all the time I'd help more.",
            "Your family are way worse than mine.",
            "Everybody forgot, not just me.",
            "I never touched your phone and you know it.",
            "I was being friendly, not that you would know.",
            "Don't turn this round on me.",
            "And you're so perfect?",
            "I can't be expected to do everything.",
            "Mistakes were made, let's leave it there.",
            "At least I turned up.",
            "What do you want me to say, sorry for breathing?",
            "I'd have finished if you hadn't been hovering.",
            "You spent loads too, so don't lecture me.",
            "If you want to stay angry, that's on you.",
            "Let's dredge up the wedding again, shall we?",
            "I was exhausted, what did you expect?",
            "After all I've done for you, this is how you repay me?",
        ),
        near_misses=(
            "I'm away this weekend, remember? Mum's birthday.",
            "Is that what you want for dinner? Sounds good.",
            "You're attacking the problem from the wrong end, try the hinge.",
            "Stop making pancakes, we've got loads!",
            "My cold is worse than yours today.",
            "Not just me, the whole team loved your talk!",
            "You know it's your birthday soon, right?",
            "I'd have been lost if you hadn't helped me.",
            "Dinner's on you tonight? Lovely!",
            "At least I tried the sushi, not for me though.",
            "At least I tried!",
            "What do you want me to do with the boxes?",
            "What do you expect to happen at the meeting?",
            "After everything I've done for you, I'm glad to see you happy.",
        ),
        hedge="keep",
        source=_COUNTER,
    ),
)
"""The defensiveness rules."""
