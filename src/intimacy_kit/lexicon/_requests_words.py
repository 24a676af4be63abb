"""Word classes of requests gone wrong: demands, unasked-for advice, dismissal, shutdown.

Four rule families read these classes: ``demand`` (moralistic should/must and commands),
``unsolicited_advice`` (fixing instead of listening), ``invalidation`` (waving a feeling
away) and ``stonewalling`` (shutting the conversation down). The rules are frames ("you
+ an obligation + an act of amends", "an order to calm down at the start of a clause",
"I + not + a verb of talking + about this"); the words that fill the frames live here, so
a new wording needs a word, not a rule.

Verb classes list lemmas and phrasal verbs ("own up", "pull your weight"), inflected on
their first word; the other classes list the forms they match, as written. Chat forms the
text layer spells out ("gotta" → "got to", "u" → "you", "rn" → "right now") are written
spelled out; chat forms it does not know ("shud", "shoulda") are listed. A hyphenated entry
is also matched written open and closed.

Written by the intimacy_kit team from general knowledge of English (British, American and
chat usage). No entry comes from a test set.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

# -- obligation ---------------------------------------------------------------------------

SHOULD_MODAL = WordClass(
    name="SHOULD_MODAL",
    pos=Pos.OTHER,
    description=(
        "Modals of moral obligation, 'should' and 'ought to', with chat spellings; "
        "'should have' fused into one word is SHOULD_HAVE_FUSED."
    ),
    entries="""
        should, shud, shld, shuld, shoud, shood, sould
        ought to, oughta, oughtta, ought ta, ought 2, ought
    """,
    inflect=False,
)

SHOULD_HAVE_FUSED = WordClass(
    name="SHOULD_HAVE_FUSED",
    pos=Pos.OTHER,
    description=(
        "'Should have' and 'could have' written as one chat word ('shoulda'), which the "
        "text layer does not split."
    ),
    entries="""
        shoulda, shouldda, shudda, shudve, shldve, shoulda've
        coulda, couldda, cudda, cudve, oughta've, oughtve, should of, shud of
        shouldn't of, could of, ought to of
    """,
    inflect=False,
)

MUST_MODAL = WordClass(
    name="MUST_MODAL",
    pos=Pos.OTHER,
    description=(
        "Phrases of strong obligation put on someone: must, need to, have to, got to "
        "(chat 'gotta' and 'hafta' arrive spelled out)."
    ),
    entries="""
        must, need to, needs to, have to, has to, got to, have got to, has got to
        got  # chat 'gotta' is read as 'got to': its first word carries the class
        've got to, 's got to, need ta, needa, hav to, haf to, need 2, have 2, has 2, got 2
    """,
    inflect=False,
)

REFORM_VERB = WordClass(
    name="REFORM_VERB",
    pos=Pos.VERB,
    description=(
        "What one partner tells the other to do to set their conduct right, for the "
        "speaker's sake: make amends, grow up, pull their weight, show respect, change "
        "their attitude. Lemmas and phrasal verbs; logistics ('sign here', 'change "
        "trains') and shared pleasures ('try this cake') are not here."
    ),
    entries="""
        apologise / apologize, say sorry, say you're sorry, make amends
        make it up to me, make this right, make it right, put it right, put this right
        own up, own your mistakes, take responsibility, take ownership
        accept responsibility, take the blame, admit it, admit you were wrong
        admit you're wrong, admit that, come clean, tell the truth, tell me the truth
        grow up, wise up, shape up, smarten up, sharpen up, buck up, man up, woman up
        get your act together, get your shit together, get your crap together
        get it together, get a grip, pull yourself together, sort yourself out
        sort your life out, get your life together, get your life in order
        sort this out, sort this mess out, fix this, fix your attitude
        step up, pull your weight, do your part, do your share, do your bit
        do your fair share, pitch in, help out, help more, help me more
        help around the house, clean up after yourself, pick up after yourself
        tidy up after yourself, clear up after yourself, wash your own, do your own laundry
        do your own washing, do your own dishes
        learn some manners, learn some respect, learn to listen, learn to share
        learn to compromise, learn your lesson, learn from this, learn from your mistakes
        learn to control yourself, learn to control your temper, learn to behave
        learn to pick up after, learn to clean up after, learn to respect, pick up after
        clean up after, tidy up after
        learn how to listen, learn how to behave, learn to think, learn to keep your word
        listen to me, listen for once, listen properly, listen more, start listening
        respect me, respect my, respect that, respect us, show some respect
        show me some respect, show respect, treat me better, treat me with respect
        treat me right, treat me properly, treat her better, treat him better
        appreciate me, appreciate what, appreciate everything, appreciate this
        think before you speak, think before you act, think about others
        think of others, think about my feelings
        consider my feelings, consider others, consider me, care about me
        change your attitude, change your ways, change your behaviour / change your behavior
        change your tone, check yourself, check your attitude, check your tone
        watch your tone, watch your language, watch your attitude
        mind your tone, mind your manners, mind your language, mind your attitude
        mind your own business, keep your hands to yourself, keep your nose out
        keep your opinions to yourself, wipe that smirk off your face
        wipe that look off your face, lose the attitude, drop the attitude
        behave, behave yourself, act your age, act like an adult, act like a grown-up
        try harder, do better, make an effort, make more of an effort, put in the effort
        put some effort in, put in some effort, make time for me, make time for us
        keep your promises, keep your promise, keep your word, follow through
        keep your mouth shut, hold your tongue, bite your tongue, watch your mouth
        turn up on time, get home on time, come home on time
        answer me, answer your phone
        pick up your phone
        explain yourself, account for yourself, justify yourself, take it back
        face the consequences, face facts, face up to it, face up to this
        show some gratitude, show some appreciation
        ask me first, ask first, check with me, check with me first, run it by me
        consult me, support me, back me up, stand up for me, defend me
        have my back, put me first, prioritise me / prioritize me, stick up for me
        leave her alone, leave him alone, leave them alone, leave my things alone
        get off your backside, get off your arse, get off your ass, get off your butt
        get off your phone, get off the phone, get off the sofa, get off the couch
        get a job, get a proper job, earn your keep, pay your way, pay your share
        pay me back, give it back, give me back, hand it over
        cut it out, knock it off, pack it in, give it a rest
    """,
)

VIRTUE_NOUN = WordClass(
    name="VIRTUE_NOUN",
    pos=Pos.NOUN,
    description=(
        "Virtues someone is told to learn or show ('learn some manners', 'have some "
        "respect', 'show some decency')."
    ),
    entries="""
        manners, respect, decency, patience, self-control, restraint, boundaries, empathy
        common sense, courtesy, consideration, responsibility, humility, gratitude
        discipline, tact, compassion, integrity, self-respect, backbone, spine, maturity
        accountability, loyalty, honesty, class, shame, dignity, basic decency
    """,
)

OUGHT_FEELING = WordClass(
    name="OUGHT_FEELING",
    pos=Pos.ADJ,
    description=(
        "Feelings someone is told they owe ('you should be ashamed', 'you ought to be "
        "grateful'): shame, guilt and gratitude as a verdict."
    ),
    entries="""
        ashamed, ashamed of yourself, embarrassed, mortified, guilty, grateful, thankful
        appreciative, sorry, apologetic, remorseful, contrite, humbled, humble
        glad i even, lucky i, lucky to have me, happy i even
    """,
    inflect=False,
)

AMENDS_NOUN = WordClass(
    name="AMENDS_NOUN",
    pos=Pos.NOUN,
    description=(
        "What a partner is told they owe: an apology, an explanation, thanks. Used after "
        "'I expect', 'I'm waiting for', 'you owe me'."
    ),
    entries="""
        apology, explanation, sorry, thank you / thank-you, thanks, answer, acknowledgement
        acknowledgment, admission, confession, proper apology, real apology
        grovelling apology, public apology, written apology, straight answer
        honest answer, reason, excuse, word of thanks
    """,
)

REMIND_VERB = WordClass(
    name="REMIND_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of asking again and again: the speaker's complaint that they 'shouldn't "
        "have to' or 'won't' ask, tell or remind any more."
    ),
    entries="""
        ask, tell, remind, beg, nag, say, repeat, explain, chase, plead, spell it out
        keep asking, keep telling, keep reminding, keep saying, keep begging, keep chasing
        ask twice, tell twice, say it twice, ask again, tell again, say it again
        repeat myself, ask nicely, ask politely, warn
    """,
)

MISTREAT_VERB = WordClass(
    name="MISTREAT_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of treating the speaker badly in a quarrel ('ignore', 'talk down to', "
        "'roll your eyes at'), as lemmas and phrasal verbs, so 'don't ignore me' and "
        "'stop yelling at me' are commands about conduct, not logistics."
    ),
    entries="""
        ignore, interrupt, talk over, talk down to, speak down to, patronise / patronize
        condescend to, lecture, mansplain, preach at, moralise at / moralize at, judge
        blame, accuse, guilt, guilt-trip, gaslight, manipulate, pressure, pressurise
        pressurize, rush, hurry, nag, badger, pester, hassle, harass, bully, push
        boss around, boss about, order around, order about, push around, push about
        yell at, shout at, scream at, snap at, bark at, swear at, curse at, growl at
        raise your voice at, raise your voice to, take it out on, lash out at
        lie to, lie about, cheat on, hide things from, keep secrets from, sneak around
        mock, make fun of, ridicule, belittle, humiliate, embarrass
        insult, criticise / criticize, nitpick, correct, contradict, dismiss, brush off
        attack, have a go at, pick on, go after
        roll your eyes at, roll your eyes, sigh at, scoff at, sneer at, smirk at
        look at, talk to, speak to, treat, use that tone, use that tone with
        give me that look, give me the silent treatment, give me attitude
        walk away from, walk off on, walk out on, storm off on, hang up on, cut me off
        shush, silence, shut me out, shut me down, stonewall, ghost, leave me hanging
        leave me on read, blank, freeze out, push me away, put words in my mouth
        twist my words, throw it in my face, bring that up, bring up, drag up, rake up
        throw that at me, point the finger at, play the victim, play games with
        mess me around, mess with, toy with, string along, lead on, use, take advantage of
        take for granted, disrespect, undermine, second-guess, question, interrogate
        check up on, spy on, snoop on, track, stalk, go through my phone, read my messages
        touch, grab, shove, poke, threaten, blackmail, control
    """,
)

KIND_STOP_COMPLEMENT = WordClass(
    name="KIND_STOP_COMPLEMENT",
    pos=Pos.OTHER,
    description=(
        "What follows 'stop' or 'quit' when it is no order about the listener's conduct: "
        "a place or a pause ('stop by', 'stop for lunch', 'stop here'), a kindness ('stop "
        "worrying', 'stop apologising', 'stop thanking me'), a person ('stop, you're "
        "making me blush'). As written; 'being' is left to the label and invalidation "
        "rules, which read what comes after it."
    ),
    entries="""
        by, at, in, into, off, over, for, here, there, to, and, or, when, if, on, round
        around, outside, near, along, past, somewhere, anywhere, soon, after, before
        the, a, an, one, two, some, my, our, his, her, their, its, whenever, once
        you, me, us, we, i, them, him, being, worrying, fretting, stressing, panicking
        apologising / apologizing, thanking, beating, overdoing, spoiling, flattering
        sweettalking, cooking, working, sweating, feeling
        lol, haha, hahaha, omg, lmao
    """,
    inflect=False,
)

IDLING_THING = WordClass(
    name="IDLING_THING",
    pos=Pos.NOUN,
    description=(
        "Screens and seats someone is told to put down or get off ('put your phone down', "
        "'get off the sofa')."
    ),
    entries="""
        phone, mobile, cell, cellphone, iphone, laptop, computer, pc, tablet, ipad
        game, games, video game, controller, console, xbox, playstation, ps5, switch
        screen, tv, telly, television, remote, headphones, book, magazine, newspaper
        sofa, couch, settee, bed, armchair, recliner, backside, arse, ass, butt, bum
    """,
)

HOUSEHOLD_TASK_VERB = WordClass(
    name="HOUSEHOLD_TASK_VERB",
    pos=Pos.VERB,
    description=(
        "Household chores, for the complaint that things will not do themselves ('the "
        "dishes won't wash themselves')."
    ),
    entries="""
        wash, clean, tidy, tidy up, clear up, do, take, take out, put, put away, fold, iron
        cook, feed, walk, empty, fill, load, unload, pay, buy, book
        hoover, vacuum, mop, sweep, dust, scrub, mow, water, weed, make, pick up, hang up
        organise / organize, plan, remember, write, change, unpack, pack, fetch, carry
    """,
)

MESS_NOUN = WordClass(
    name="MESS_NOUN",
    pos=Pos.NOUN,
    description=(
        "The listener's things left about, the object of a household order ('pick your "
        "clothes up', 'put the seat down', 'clean up this mess')."
    ),
    entries="""
        mess, clothes, socks, shoes, trainers, boots, pants, underwear, towel
        dishes, plate, cup, mug, glass, pan, pot, cutlery, laundry, washing, ironing
        rubbish, trash, garbage, bin, recycling, stuff, crap, junk, shit, toy, coat
        jacket, bag, seat, toilet seat, lid, crumbs, wrapper, can, bottle, room
        bedroom, desk, sink, bath, shower, hair, tools, papers, post, bed
    """,
)

TIDY_VERB = WordClass(
    name="TIDY_VERB",
    pos=Pos.OTHER,
    description=(
        "Imperatives of tidying that take the listener's things directly ('clean up this "
        "mess', 'wash your dishes', 'do your laundry'), as written."
    ),
    entries="""
        clean, clean up, tidy, tidy up, wash, wash up, wipe, wipe up, clear, clear up
        fold, empty, hoover, vacuum, scrub, mop, sweep, dust, iron, do, sort out, sort, make
    """,
    inflect=False,
)

PUT_AWAY_VERB = WordClass(
    name="PUT_AWAY_VERB",
    pos=Pos.OTHER,
    description=(
        "Imperatives of tidying that take a thing and then a particle ('pick your clothes "
        "up', 'put the seat down', 'hang your coat up'), as written."
    ),
    entries="put, pick, hang, take, throw, chuck, bring, clear, tidy, wipe",
    inflect=False,
)

DEMAND_CLOSER = WordClass(
    name="DEMAND_CLOSER",
    pos=Pos.OTHER,
    description=(
        "Tags that close an order and forbid an answer ('no excuses', 'no arguments', "
        "'and that's final', 'do you hear me?')."
    ),
    entries="""
        no excuses, no arguments, no argument, no buts, no ifs or buts, no ifs and buts
        no ifs ands or buts, and that's final, that's final, and that's that
        do you hear me, do you understand me, capiche, enough is enough
        no discussion, not up for discussion, not negotiable, non-negotiable, not optional
        that's not a request, this isn't a request, it's not a request, not a request
        i'm not asking i'm telling, i'm telling you, i mean it
    """,
    inflect=False,
)

FOR_ONCE = WordClass(
    name="FOR_ONCE",
    pos=Pos.OTHER,
    description=(
        "Tags that make a request a reproach for always failing ('help for once', 'be "
        "nice for a change')."
    ),
    entries="""
        for once, for once in your life, for a change, just once, for one time
        for once in your miserable life, for a bloody change
    """,
    inflect=False,
)

NONSENSE_NOUN = WordClass(
    name="NONSENSE_NOUN",
    pos=Pos.NOUN,
    description=(
        "What the listener is told to stop or cut out ('quit your nonsense', 'cut the "
        "attitude', 'stop your games')."
    ),
    entries="""
        nonsense, crap, bullshit, bs, shit, games, mind games, antics, attitude, drama
        tantrum, lie, lying, excuse, behaviour / behavior, tone, sulking, moaning, whining
        whingeing / whinging, bitching, complaining, sarcasm, cheek, lip, backchat
        back-chat, rubbish, act, crying, hysterics, theatrics, dramatics
    """,
)

RULE_OPENER = WordClass(
    name="RULE_OPENER",
    pos=Pos.OTHER,
    description=(
        "Openers that lay down a house rule for the listener ('from now on you …', "
        "'starting today, you …')."
    ),
    entries="""
        from now on, from today, from today on, starting now, starting today
        starting tomorrow, going forward, as of now, as of today, as of tomorrow
        from this day on, from here on, from here on out
    """,
    inflect=False,
)

NEW_LIFE_NOUN = WordClass(
    name="NEW_LIFE_NOUN",
    pos=Pos.NOUN,
    description=(
        "Parts of a life someone is told to replace ('you need a new job', 'you need "
        "better friends')."
    ),
    entries="""
        job, boyfriend, girlfriend, partner, man, woman, husband, wife, friend, flat
        place, house, career, boss, hobby, routine, therapist, life, start, attitude
    """,
)

GOODBYE_WORD = WordClass(
    name="GOODBYE_WORD",
    pos=Pos.OTHER,
    description=(
        "Sign-offs that close a conversation after a refusal ('I'm done, goodnight', "
        "'whatever, bye')."
    ),
    entries="""
        goodnight / good night, night, nite, gn, bye, bye bye, byeee, later, laters
        see ya, cya, peace, ciao, i'm off, i'm going to bed, i'm going out, i'm out
        i'm leaving, night night
    """,
    inflect=False,
)

CONDUCT_NOUN = WordClass(
    name="CONDUCT_NOUN",
    pos=Pos.NOUN,
    description=(
        "Parts of someone's conduct they are told to sort out or watch ('sort your "
        "attitude out', 'watch your fucking mouth', 'fix your priorities')."
    ),
    entries="""
        attitude, behaviour / behavior, tone, act, life, priorities, manners, temper, mouth
        ways, language, head, habits, spending, drinking, attitude problem, mess, shit
        crap, stuff, game, ideas, tongue, face
    """,
)

PROPERLY_WORD = WordClass(
    name="PROPERLY_WORD",
    pos=Pos.OTHER,
    description=(
        "Manners someone is ordered to speak or act with ('speak to me properly', 'treat "
        "me with respect')."
    ),
    entries="""
        properly, nicely, respectfully, politely, with respect, with some respect
        like an adult, like a grown-up, like a normal person, civilly, decently, kindly
    """,
    inflect=False,
)

CATASTROPHE_NOUN = WordClass(
    name="CATASTROPHE_NOUN",
    pos=Pos.NOUN,
    description=(
        "Grave words a dismissal says a worry is not ('it's not a tragedy', 'it's not "
        "the end of the world')."
    ),
    entries="""
        tragedy, crisis, disaster, catastrophe, emergency, life or death, end of the world
        national emergency, federal case, big deal, huge deal, matter of life and death
        funeral, war
    """,
)

# -- unasked-for advice -------------------------------------------------------------------

ADVICE_VERB = WordClass(
    name="ADVICE_VERB",
    pos=Pos.VERB,
    description=(
        "The quick fixes people prescribe for someone else's life: quit, dump him, block "
        "her, get over it, see a therapist, cut out sugar. Lemmas and phrasal verbs; "
        "logistics ('sign here', 'bring a coat') and invitations ('come with us', 'try "
        "this cake') are not here."
    ),
    entries="""
        quit, resign, hand in your notice, walk out, walk away, leave him, leave her
        leave them, leave the job, leave that job, leave your job, dump him, dump her
        dump them, ditch him, ditch her, ditch them, ditch the boyfriend, ditch the girlfriend
        divorce, divorce him, divorce her, break up, break up with, split up, split up with
        end it, end things, block him, block her, block them, block his number
        block her number, unfollow, unfriend, mute, delete his number, delete her number
        delete the app, delete instagram, delete social media, delete your account
        report it, report him, report her, cut off, cut them off, cut him off, cut her off
        cut ties, cut contact, go no contact, go no-contact, ghost him, ghost her, ghost them
        ignore him, ignore her, ignore them, ignore it, ignore the haters, confront him
        confront her, confront them, tell off, tell them off, tell him off, tell her off
        tell them where to go, tell him where to go, tell her where to go, stand up to
        stand up for yourself, say no, put your foot down, set boundaries
        set some boundaries, draw a line, have it out with, move out, move away, move house
        move back home, get a new job, get a better job, find a new job, find another job
        find a better job, look for a new job, get a new place, find a new place
        get a cleaner, get a nanny, get a lawyer, get help, get some help, get therapy
        see a therapist, see a counsellor / see a counselor, see someone
        talk to someone, talk to a professional, see a professional, talk to a therapist
        talk to hr, go to hr, email hr, complain to hr
        go to your manager
        go to therapy, move on with your life, get on with your life
        get out of the house, get out more, go out more, keep busy
        keep yourself busy, grow a thicker skin, grow a backbone, grow a spine
        be more assertive, be more confident, be more positive, think positive
        look on the bright side, count your blessings, focus on the positives
        put yourself first, sell it, sell the car, sell the house, sell your car
        save more, spend less, get a budget, make a budget, ask for a raise
        ask for more money, apply somewhere else, apply for another job, retrain
        study harder, plan ahead, write things down, get organised / get organized
        switch teams, change teams, switch jobs, change jobs, switch careers
        change careers, ask for a transfer, get a transfer, find new friends
        stop worrying, stop caring, stop overthinking, stop thinking about it
        stop dwelling, stop stressing, stop drinking, stop smoking, stop lending
        stop answering, stop replying, stop picking up, stop seeing
    """,
)

SELF_CARE_VERB = WordClass(
    name="SELF_CARE_VERB",
    pos=Pos.VERB,
    description=(
        "Everyday self-care that turns into a prescription after 'just' or 'you just "
        "need to' ('just go for a run', 'you just need to sleep more'); said alone it is "
        "care ('get some sleep, love'), so rules never read it without that frame."
    ),
    entries="""
        go to bed earlier, go to sleep earlier, go for a run, go for a walk, go running
        get up earlier, get up early, wake up earlier, go to bed early
        get some fresh air, get some sleep, sleep more, sleep it off, get more sleep
        exercise, exercise more, work out more, meditate, journal, do yoga, relax more
        chill out more, eat better, eat healthier, eat less, drink less, drink more water
        cut out sugar, cut out coffee, cut down, take a break, take a holiday
        take a day off, take some time off, take a step back, focus on yourself
        focus on your work, get a hobby, find a hobby, take a bath, have a bath
        take a nap, have a nap, take a pill, take a melatonin, take something
        have a drink, get drunk, get laid, get a massage, go to the gym, hit the gym
        breathe, just breathe, think happy thoughts, smile more, stay positive
    """,
)

SELF_HELP_NOUN = WordClass(
    name="SELF_HELP_NOUN",
    pos=Pos.NOUN,
    description=(
        "Remedies people recommend to a friend who is venting: therapy, meditation, a "
        "run, melatonin, an app ('u shud try meditation', 'take a melatonin')."
    ),
    entries="""
        therapy, therapist, counselling / counseling, counsellor / counselor, meditation
        mindfulness, yoga, pilates, journaling / journalling, a journal, exercise, gym
        run, jog, walk, cold shower, ice bath, bath, nap, melatonin, sleeping pill
        chill pill, pill, vitamin, vitamins, supplement, supplements, magnesium
        breathing exercise, breathing exercises, detox, digital detox, cleanse, diet
        keto, fasting, intermittent fasting, self-care, gratitude journal, affirmations
        positive thinking, budgeting app, app, planner, to-do list, spreadsheet
        life coach, coach, retreat, holiday, vacation, break, day off, hobby
        sleep hygiene, early night, early nights, routine, morning routine
    """,
)

EASY_WORD = WordClass(
    name="EASY_WORD",
    pos=Pos.ADJ,
    description=(
        "Words that call someone else's problem trivially solved ('easy fix', 'the "
        "answer is simple', 'a no-brainer')."
    ),
    entries="""
        easy, simple, obvious, quick, straightforward, clear, a no-brainer, no-brainer
        dead easy, dead simple, super easy, super simple, easy peasy, not rocket science
        not hard, not difficult, not that hard, not complicated
    """,
    inflect=False,
)

ADVICE_NOUN = WordClass(
    name="ADVICE_NOUN",
    pos=Pos.NOUN,
    description="What advice is called when it is offered unasked ('my advice?', 'my two cents').",
    entries="""
        advice, two cents, 2 cents, honest opinion, professional opinion, honest advice
    """,
)

THERAPY_NOUN = WordClass(
    name="THERAPY_NOUN",
    pos=Pos.NOUN,
    description=(
        "Professional help someone is told they need ('you need therapy', 'you need "
        "help'), a jab more than a referral when nobody asked."
    ),
    entries="""
        therapy, therapist, counselling / counseling, counsellor / counselor, help
        professional help, serious help, meds, medication, shrink, rehab, psychiatrist
        psychologist, anger management, a life, life coach, couples therapy
    """,
)

FIX_NOUN = WordClass(
    name="FIX_NOUN",
    pos=Pos.NOUN,
    description="What a quick fix is called: fix, solution, answer, cure, remedy.",
    entries="fix, solution, answer, cure, remedy, way out, trick, hack",
)

FIX_RESULT_VERB = WordClass(
    name="FIX_RESULT_VERB",
    pos=Pos.VERB,
    description=(
        "What a recommended remedy is said to do ('it fixes everything', 'it sorted me "
        "right out', 'it changed my life')."
    ),
    entries="""
        fix, sort, sort out, cure, solve, work, help, change my life, change your life
        change everything, turn my life around, turn everything around, do you good
        do you a world of good, sort you out, sort you right out
        save, transform, do wonders, work wonders, do the trick, make all the difference
    """,
)

JOIN_VERB = WordClass(
    name="JOIN_VERB",
    pos=Pos.VERB,
    description=(
        "Invitations and shared plans that follow 'you should just' without fixing "
        "anyone ('you should just come over', 'you should just stay the night')."
    ),
    entries="""
        come, join, stay, visit, pop over, pop round, pop in, drop by, swing by, stop by
        bring, tag along, hang out, chill with, move in, sleep over, treat yourself
        enjoy, celebrate, rest, relax, sleep in, take it easy, have fun, have a bath
    """,
)

MISSED_OUT_VERB = WordClass(
    name="MISSED_OUT_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of sharing an experience, which make 'you should have …' and 'you must …' "
        "an invitation or a regret, not a reproach ('you should have seen his face', "
        "'you must try this')."
    ),
    entries="""
        see, hear, watch, taste, smell, witness, join, try, read, check out, visit, meet
        listen to this, feel, experience, catch, look at this, look at the, come along
    """,
)

MENTAL_STATE_VERB = WordClass(
    name="MENTAL_STATE_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of a state of mind or being, which make 'you must …' a guess ('you must "
        "be tired', 'you must know her', 'you must miss them'), not an order."
    ),
    entries="""
        be, have, know, think, feel, love, miss, like, hate, mean, want, need, wonder
        get, realise / realize, remember, recall, find, dread, adore, enjoy, dream, sense
    """,
)

REACTION_VERB = WordClass(
    name="REACTION_VERB",
    pos=Pos.VERB,
    description=(
        "Reactions one shares in sympathy ('if I were you I'd be furious too', 'I'd cry'), "
        "which make 'if I were you' empathy rather than advice."
    ),
    entries="""
        be, feel, love, cry, panic, freak out, worry, stress, struggle, hate, want, need
        die, scream, lose it, go mad, go crazy, melt down, explode, celebrate, feel the same
        do the same, react the same, be proud, be thrilled, be fuming, be gutted
    """,
)

# -- invalidation -------------------------------------------------------------------------

DOWN_VERB = WordClass(
    name="DOWN_VERB",
    pos=Pos.OTHER,
    description=(
        "Verbs that order a feeling down with 'down' ('calm down', 'calm the hell down', "
        "'tone it down', 'pipe down'); the rules write the particle, so a swear word can "
        "sit between."
    ),
    entries="calm, settle, simmer, pipe, tone, dial, quiet, quieten",
    inflect=False,
)

UP_VERB = WordClass(
    name="UP_VERB",
    pos=Pos.OTHER,
    description=(
        "Verbs that order someone to toughen or cheer with 'up' ('lighten up', 'man the "
        "fuck up', 'toughen up'); the rules write the particle."
    ),
    entries="lighten, loosen, toughen, man, harden, woman",
    inflect=False,
)

SILENCING_COMMAND = WordClass(
    name="SILENCING_COMMAND",
    pos=Pos.OTHER,
    description=(
        "Orders to be quiet ('shut up', 'pipe down', 'zip it'): the rewriter never asks "
        "for them ('Could you shut up?' is the order said politely)."
    ),
    entries="""
        shut up, shut it, shut your face, shut your trap, shut your gob, shut your mouth
        pipe down, zip it, button it, put a sock in it, give it a rest, keep quiet
        stop talking, stop your yapping, hold your tongue, be quiet
    """,
    inflect=False,
)

CALM_COMMAND = WordClass(
    name="CALM_COMMAND",
    pos=Pos.OTHER,
    description=(
        "Orders to stop feeling what one feels, as imperatives ('calm down', 'get over it', "
        "'lighten up', 'suck it up'). Single words with a harmless everyday sense "
        "('relax', 'chill') are SOFT_CALM_WORD."
    ),
    entries="""
        calm down, calm yourself, calm yourself down, calm the fuck down, calm your tits
        chill out, chill the fuck out, chill tf out, settle down, simmer down, cool it
        cool your jets, take a chill pill, get a grip, get a grip on yourself
        lighten up, loosen up, toughen up, harden up
        man up, grow a pair, grow some balls, suck it up, deal with it, get over it
        get over yourself, get past it, move on, move on already, let it go
        let it slide, drop it already, snap out of it, pull yourself together
        stop crying, stop whining, stop moaning, stop sulking, stop complaining
        stop whingeing / stop whinging, stop pouting, stop moping, stop being so sensitive
        stop being sensitive, stop being so emotional, stop being emotional
        stop being so dramatic, stop being dramatic, stop taking it so personally
        stop taking everything so personally, stop overreacting, stop exaggerating
        stop freaking out, stop making a fuss, stop making a scene
        quit crying, quit whining, quit moaning, quit your whining, quit your moaning
        quit your bitching, quit complaining, quit sulking, dry your eyes
        keep your hair on, keep your shirt on, keep your knickers on, keep your pants on
        don't get your knickers in a twist, don't get your panties in a bunch
        don't have a cow, don't have a fit, don't have a meltdown
        don't take it so personally, don't take everything so personally
        don't make a big deal, don't make a big deal out of it, don't make a fuss
        don't make a scene, don't cry about it, don't cry over it
        stop being a baby, stop being such a baby, don't be a baby, get on with it
        crack on, just get on with it
        don't be such a baby, calm it
    """,
    inflect=False,
)

SOFT_CALM_WORD = WordClass(
    name="SOFT_CALM_WORD",
    pos=Pos.OTHER,
    description=(
        "One-word calming orders that are also kind ('relax, I've got the kids', 'chill "
        "evening?'); rules use them only at the end of a clause or before a minimising "
        "clause."
    ),
    entries="""
        relax, chill, chillax, easy tiger, whoa there, calm it, settle down now, cheer up
        buck up
    """,
    inflect=False,
)

OVERREACT_ADJ = WordClass(
    name="OVERREACT_ADJ",
    pos=Pos.ADJ,
    description=(
        "Adjectives that call a feeling an overreaction ('too sensitive', 'so dramatic', "
        "'hysterical'), as written."
    ),
    entries="""
        sensitive, oversensitive / over-sensitive, hypersensitive, touchy, thin-skinned
        dramatic, overdramatic / over-dramatic, melodramatic, theatrical, extra
        emotional, overemotional / over-emotional, hysterical, histrionic, paranoid
        uptight, highly strung / high-strung, wound up, worked up, het up, a bit much
        bit much, a little much, way too much
        riled up, neurotic, irrational, unreasonable, over the top, ott
        overwrought, easily offended, butthurt, salty, triggered, bent out of shape
        needy, clingy, insecure, petty, moody, hormonal
        worked up over nothing, upset over nothing, mad over nothing
    """,
    inflect=False,
)

OVERREACT_VERB = WordClass(
    name="OVERREACT_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs that call a feeling an overreaction or a fantasy ('you're overreacting', "
        "'you're imagining things', 'you're overthinking it')."
    ),
    entries="""
        overreact / over-react, exaggerate, overthink / over-think, overanalyse
        overanalyze, over-analyse, catastrophise / catastrophize, imagine things
        imagine it, make things up, make stuff up, read too much into it
        read into it, read too much into things, take it too personally
        take it so personally, take everything personally, take things too seriously
        take it too seriously, take everything so seriously, take it the wrong way
        take things the wrong way, take everything the wrong way, remember it wrong
        remember it wrongly, get it wrong, twist things, twist everything
        freak out, flip out, lose it, lose the plot, lose your mind, go mental
        get worked up, get so worked up, get hysterical, get emotional, get upset over nothing
        blow it out of proportion, blow this out of proportion, blow things out of proportion
        blow everything out of proportion, make a mountain out of a molehill, blow up over
        blow up at
        cry wolf, play the victim, throw a tantrum, throw a fit, have a meltdown
        have a tantrum, kick off, make a fuss, make a scene, make a drama
        make a big deal, make a big thing, make such a big deal, make such a fuss
        make such a drama, make a song and dance, make it about you, make everything about you
        hear things, see things, misremember
    """,
)

FUSS_NOUN = WordClass(
    name="FUSS_NOUN",
    pos=Pos.NOUN,
    description=(
        "What someone is accused of making out of nothing ('a big deal', 'a drama', "
        "'a scene', 'a mountain out of a molehill')."
    ),
    entries="""
        big deal, huge deal, massive deal, drama, fuss, scene, song and dance
        mountain out of a molehill, production, big production, federal case, big thing
        whole thing, meal of it, circus, saga, soap opera, big issue, whole issue
        tantrum, meltdown, hissy fit, strop, palaver, performance, hoo-ha, kerfuffle
    """,
)

HURT_FEELING = WordClass(
    name="HURT_FEELING",
    pos=Pos.ADJ,
    description=(
        "Feelings of hurt and anger that a dismissal denies ('no reason to be upset', "
        "'you shouldn't be angry'); fear words ('nervous', 'scared') are left out, "
        "because 'no need to be nervous' reassures."
    ),
    entries="""
        upset, angry, mad, hurt, jealous, offended, annoyed, cross, irritated, bothered
        pissed, pissed off, peeved, miffed, put out, sulky, grumpy, snippy, snappy
        defensive, emotional, worked up, wound up, so upset, so angry, so mad, so hurt
        bent out of shape, butthurt, salty, triggered, sad about this, sad about it
        like that, that way, this way, that upset, this upset, sensitive, dramatic
        hysterical, touchy, rude, jealous of, insecure, hurt by it, offended by it
    """,
    inflect=False,
)

TRIVIAL_ADJ = WordClass(
    name="TRIVIAL_ADJ",
    pos=Pos.ADJ,
    description=(
        "Words that call a reason for a feeling too small ('a silly thing to be upset "
        "about', 'such a petty reason to cry')."
    ),
    entries="""
        silly, stupid, ridiculous, dumb, petty, trivial, tiny, small, little, minor, weird
        pathetic, daft, pointless, absurd, childish, random, insignificant, tiny little
    """,
)

SULK_VERB = WordClass(
    name="SULK_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs that belittle a feeling as noise ('stop crying', 'quit your whining', "
        "'moaning about work again?')."
    ),
    entries="""
        cry, whine, moan, sulk, complain, whinge / winge, pout, mope, bitch, gripe
        grumble, sob, snivel, bawl, blubber, wallow, kvetch, grizzle, bleat, carp
        wail, weep, blub, feel sorry for yourself, throw a pity party, boo-hoo, fuss
        go on about it, carry on, make noise, pity yourself
    """,
)

DISMISSAL_PHRASE = WordClass(
    name="DISMISSAL_PHRASE",
    pos=Pos.OTHER,
    description=(
        "Stock phrases that wave someone's feelings away wherever they stand ('cry me a "
        "river', 'boo hoo', 'first world problems', 'not everything is about you'). "
        "Phrases that are harmless in other frames ('deal with it', 'not that bad') are "
        "left to the rules' frames."
    ),
    entries="""
        cry me a river, boo hoo / boohoo / boo-hoo, here come the waterworks
        here comes the waterworks, turn off the waterworks, the waterworks
        turn on the waterworks, crocodile tears, first world problems
        first world problem, pity party, sob story, spare me the drama, spare me the tears
        spare me the sob story, get the violins out, world's smallest violin
        worlds smallest violin, smallest violin, cry baby, crybaby, waaah, wah wah
        not everything is about you, not everything's about you, it's not all about you
        it isn't all about you, don't come crying to me, don't come running to me
        the world doesn't revolve around you, the world does not revolve around you
        worse things happen at sea, it's all in your head, it's in your head
        that's all in your head, it's just in your head, all in your head
        you'll live, you'll get over it, you will get over it
        you'll be over it by tomorrow, big whoop, big whoop-de-doo, whoop-de-doo
        your point being, and your point is, who even cares
        people with real problems, people have real problems, others have real problems
        life's not fair, life isn't fair, life is not fair, nobody said life was fair
        no one said life was fair, welcome to adulthood, welcome to the real world
        it's not like anyone died, it's not like someone died, nobody died, no one died
        nobody's dying, no one's dying, it's not life or death
        on the rag, pms-ing, is it your hormones, it's your hormones, must be your hormones
        stop being a snowflake, man the fuck up, get over it already
    """,
    inflect=False,
)

TRIFLE_NOUN = WordClass(
    name="TRIFLE_NOUN",
    pos=Pos.NOUN,
    description=(
        "Things an upset is said to be 'just' about ('it was just a joke', 'it's only a "
        "phone', 'it's literally a sandwich'): light words for what someone cares about."
    ),
    entries="""
        joke, bit of fun, laugh, prank, banter, game, match, phone, text, message
        comment, email, meme, post, tweet, photo, picture, haircut, hair, sandwich
        plate, cup, mug, glass, vase, coat, jumper, shirt, dress, toy, show, movie
        film, episode, grade, mark, parking ticket, ticket, plant, couple of quid
        few quid, few dollars, bit of money, money, thing, stupid thing, little thing
        small thing, silly thing, tiny thing
    """,
)

# -- stonewalling -------------------------------------------------------------------------

WHATEVER_WORD = WordClass(
    name="WHATEVER_WORD",
    pos=Pos.OTHER,
    description=(
        "'Whatever' and its chat spellings, the one-word shrug that ends a conversation "
        "('wtv', 'whatevs', 'whateva')."
    ),
    entries="""
        whatever, wtv, whatev, whatevz, whateva, whatevah, whateve, wateva, watevs
        wutever, wotever, whatevers, whtvr, whatevr
    """,
    inflect=False,
)

PERMISSION_SHRUG = WordClass(
    name="PERMISSION_SHRUG",
    pos=Pos.OTHER,
    description=(
        "Curt permissions that end an argument after 'fine,' ('fine, be my guest', "
        "'fine, knock yourself out'); alone they are often friendly, so rules read them "
        "only after a shrug."
    ),
    entries="""
        be my guest, knock yourself out, go ahead, go ahead then, go for it, do it then
        have fun with that, see if i care, go on then, off you go, do what you like
        do what you want, do whatever you want, do whatever you like, you do you
    """,
    inflect=False,
)

TALK_VERB = WordClass(
    name="TALK_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of taking part in a conversation that a shutdown refuses ('I'm not "
        "discussing this', 'I won't respond', 'I'm not getting into it')."
    ),
    entries="""
        talk, discuss, debate, argue, argue about, talk about, speak about, go into
        get into, go over, go through this, rehash, hash out, engage, respond, reply
        answer, listen, explain, explain myself, justify myself, defend myself, entertain
        deal with, have this conversation, have this discussion, have this argument
        have this fight, have this out, go down this road, do this
        continue this, carry on with this, keep doing this, repeat myself
        say another word, say anything, say any more, comment, dignify
    """,
)

CONTACT_VERB = WordClass(
    name="CONTACT_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of reaching someone, for 'don't text me', 'stop calling me', 'don't talk "
        "to me' as a refusal of contact."
    ),
    entries="""
        talk to, speak to, text, call, ring, phone, message, msg, dm, email, contact
        write to, reach out to, bother, disturb, come near, come anywhere near, come near me
        touch, look at, facetime, whatsapp, voice note, follow
    """,
)

LOG_OFF_PHRASE = WordClass(
    name="LOG_OFF_PHRASE",
    pos=Pos.OTHER,
    description=(
        "Ways of leaving a chat mid-argument, after 'I'm' ('I'm hanging up', 'I'm logging "
        "off'); rules read them at the end of a clause."
    ),
    entries="""
        hanging up, logging off, going offline, turning my phone off, switching my phone off
        turning off my phone, switching off my phone, putting my phone away, blocking you
        muting you, leaving the chat, leaving this chat, leaving the group
    """,
    inflect=False,
)

CONVERSATION_NOUN = WordClass(
    name="CONVERSATION_NOUN",
    pos=Pos.NOUN,
    description=(
        "Names of the exchange being shut down ('this conversation is over', 'end of discussion')."
    ),
    entries="""
        conversation, convo, discussion, argument, debate, topic, subject, matter, chat
        talk, dialogue / dialog, back-and-forth, exchange, thread, story
    """,
)

DONE_WORD = WordClass(
    name="DONE_WORD",
    pos=Pos.OTHER,
    description=(
        "Words that declare an exchange finished or the speaker finished with it "
        "('conversation over', 'I'm done talking', 'I'm through with this')."
    ),
    entries="done, finished, through, over, closed, ended, out of here, outta here, over with",
    inflect=False,
)

BRUSH_OFF_PHRASE = WordClass(
    name="BRUSH_OFF_PHRASE",
    pos=Pos.OTHER,
    description=(
        "Stock replies that end an exchange without taking part in it ('have it your way', "
        "'suit yourself', 'if you say so', 'talk to the hand'); rules read them at the "
        "end of a clause."
    ),
    entries="""
        have it your way, have it your own way, suit yourself, whatever you say
        whatever floats your boat, whatever helps you sleep at night, if you say so
        if that's what you want to believe, your funeral, your loss, your problem
        not my problem, sounds like a you problem, talk to the hand, talk to the wall
        tell it to the wall, tell someone who cares, tell it to someone who cares
        talk to you never, no comment, no comment from me, cool story, cool story bro
        kthxbye, i've heard it all before, heard it all before, save it, save your breath
        don't waste your breath, forget i said anything, forget i asked, spare me
        spare me the lecture, spare me the speech, spare me the excuses
        forget i mentioned it, never mind then, end of, end of story, end of discussion
        end of conversation, end of debate, end of subject, conversation over
        discussion over, subject closed, case closed, we're done here, are we done here
        i'm done here, i don't care anymore, i don't care any more, i couldn't care less
        i could care less, couldn't care less, could care less, whatever then
        not this again, not again, ugh not this again, lose my number, delete my number
        don't contact me, don't contact me again, block me then
    """,
    inflect=False,
)

CLASSES: tuple[WordClass, ...] = (
    SILENCING_COMMAND,
    SHOULD_MODAL,
    SHOULD_HAVE_FUSED,
    MUST_MODAL,
    REFORM_VERB,
    VIRTUE_NOUN,
    OUGHT_FEELING,
    AMENDS_NOUN,
    REMIND_VERB,
    MISTREAT_VERB,
    KIND_STOP_COMPLEMENT,
    IDLING_THING,
    HOUSEHOLD_TASK_VERB,
    MESS_NOUN,
    TIDY_VERB,
    PUT_AWAY_VERB,
    DEMAND_CLOSER,
    FOR_ONCE,
    CONDUCT_NOUN,
    PROPERLY_WORD,
    CATASTROPHE_NOUN,
    NONSENSE_NOUN,
    RULE_OPENER,
    NEW_LIFE_NOUN,
    GOODBYE_WORD,
    ADVICE_VERB,
    SELF_CARE_VERB,
    SELF_HELP_NOUN,
    EASY_WORD,
    ADVICE_NOUN,
    THERAPY_NOUN,
    FIX_NOUN,
    FIX_RESULT_VERB,
    JOIN_VERB,
    MISSED_OUT_VERB,
    MENTAL_STATE_VERB,
    REACTION_VERB,
    DOWN_VERB,
    UP_VERB,
    CALM_COMMAND,
    SOFT_CALM_WORD,
    OVERREACT_ADJ,
    OVERREACT_VERB,
    FUSS_NOUN,
    HURT_FEELING,
    TRIVIAL_ADJ,
    SULK_VERB,
    DISMISSAL_PHRASE,
    TRIFLE_NOUN,
    WHATEVER_WORD,
    PERMISSION_SHRUG,
    TALK_VERB,
    CONTACT_VERB,
    LOG_OFF_PHRASE,
    CONVERSATION_NOUN,
    DONE_WORD,
    BRUSH_OFF_PHRASE,
)
"""The classes of this module."""
