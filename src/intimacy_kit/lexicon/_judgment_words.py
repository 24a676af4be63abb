"""Word classes for the judgment families: absolutes, blame, mind reading, faux feelings.

These families judge what the partner *does* and *means* rather than what they *are*, so
their classes are mostly verbs: what a person is blamed for doing (``GRIEVANCE_VERB``),
what they are said not to care about (``CARE_VERB``), the hostile aims read into them
(``MOTIVE_VERB``), what they are said to have ruined (``RUIN_VERB``), and the words that
make a habit kind rather than a complaint ("you always *help*", "you never *judge*").
The outcome classes say what the writer hands to the partner (``DISTRESS_EFFECT``,
``BAD_OUTCOME_VERB``, ``BAD_OUTCOME_STATE``), and the feeling classes separate the
evaluations that sound like feelings ("ignored", "like your maid") from real ones.

Verb classes list lemmas, and phrasal verbs inflect on their first word ("walk out" →
"walked out"); the other classes list the forms they match. Chat abbreviations that the
text layer spells out ("u" → "you") are written spelled out, and a hyphenated entry also
matches written open and closed. Written by the intimacy_kit team from general knowledge
of English, British, American and chat usage included.
"""

from __future__ import annotations

from intimacy_kit.lexicon._feelings_data import FAUX_FEELINGS, FEELINGS
from intimacy_kit.lexicon._format import Pos, WordClass, parse_entries

__all__ = ["CLASSES"]

# -- what the partner is said to do ----------------------------------------------------

GRIEVANCE_SPELLING = WordClass(
    name="GRIEVANCE_SPELLING",
    pos=Pos.OTHER,
    description=(
        "British forms of grievance verbs that the verb inflector spells the American way "
        "(it makes 'canceled', not 'cancelled'). Part of GRIEVANCE_VERB."
    ),
    entries="""
        cancelled, cancelling, snivelled, snivelling, grovelled, grovelling, bevvied
        travelled, travelling, labelled, labelling, signalled, signalling
    """,
)

GRIEVANCE_VERB = WordClass(
    name="GRIEVANCE_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs for hurtful things a partner does: interrupting, ignoring, nagging, "
        "storming off, lying, belittling. Their absence is praise ('you never judge "
        "me'); neutral acts that only grate when habitual are HABIT_VERB."
    ),
    entries="""
        interrupt, talk over, cut off, cut in, butt in, speak over, shout over, shout down
        ignore, blank, ghost, snub, stonewall, give the silent treatment, sulk, pout
        clam up, shut down, shut me out, shut out, freeze out, cold-shoulder
        nag, moan, whine, whinge, complain, grumble, gripe, bitch, bleat, carp, kvetch
        criticise / criticize, judge, mock, belittle, patronise / patronize, lecture
        condescend, talk down, put down, nitpick, pick on, pick apart, scold, tell off
        berate, humiliate, embarrass, show up, make fun, laugh at, sneer, scoff, tut
        roll your eyes, roll his eyes, roll her eyes, huff, smirk, snap, bark, snarl
        raise your voice, raise my voice, raise his voice, raise her voice, play victim
        shout, yell, scream, holler, rant, rage, explode, blow up, kick off, lose it
        lose your temper, lose your shit, freak out, fly off the handle, throw a tantrum
        storm off, storm out, walk off, walk out, stomp off, flounce off, bail, flake
        stand me up, blow me off, back out, cancel, cancel on, let down, disappear on
        forget, neglect, overlook, dismiss, brush off, fob off, wave off, shrug off
        lie, fib, cheat, deceive, mislead, hide, cover up, keep secrets, snoop, spy
        stalk, check my phone, go through my phone, read my messages, track
        blame, accuse, deflect, deny, gaslight, twist, twist my words, guilt, guilt-trip
        manipulate, play the victim, play dumb, play games, point-score, keep score
        argue, bicker, pick a fight, start a fight, start an argument, provoke, bait
        change the subject, drag up, dredge up, throw in my face, hold over
        undermine, contradict, overrule, second-guess, micromanage / micro-manage
        control, boss around, boss about, order around, order about, dictate
        swear at, curse at, hang up on, slam, flirt, eye up, ogle, perv, leer
        ditch, dump, abandon, desert, forsake, betray, backstab, two-time, sleep around
        exaggerate, overreact, catastrophise / catastrophize, make a scene, make excuses
        dodge, duck, avoid, evade, weasel out, wriggle out, squirm out, shirk, skive
        slack off, pester, badger, hassle, hound, harass, bully, intimidate, threaten
        push, shove, grab, hit, slap, scowl, glare, sneer at, snort, throw, throw at me
        take over, hog, monopolise / monopolize, steamroll, railroad, bulldoze
        one-up, show off, brag, boast, gloat, name-drop, interrogate, grill
        point the finger, pass the buck, shift the blame, make it about you
        make it all about you, let me down, let us down, screw up, mess up
        break promises, break your promise, break your word, go back on your word
        steal, nick, pinch, help yourself to, eat my food, use my stuff, question
        second guess, doubt me, talk back, answer back, get defensive, get angry
        get mad, get drunk, get nasty, get shitty, get arsey, get moody
    """,
    includes=("GRIEVANCE_SPELLING",),
)

HABIT_VERB = WordClass(
    name="HABIT_VERB",
    pos=Pos.VERB,
    description=(
        "Ordinary acts that grate when they are a habit: checking a phone, drinking, "
        "gaming, spending, going quiet, turning up late. 'You always ___' or 'you keep "
        "___ing' with one of these is a complaint; their absence is no praise."
    ),
    entries="""
        check your phone, scroll, play on your phone, stare at your phone, text, game
        drink, get drunk, get wasted, booze, binge, gamble, smoke, vape, sleep in
        splurge, overspend, blow, waste, squander, fritter away, spend, max out, borrow
        leave a mess, leave your stuff, chuck, strew, drop, leave, run off, disappear
        vanish, skip, go quiet, go silent, go missing, go awol, turn up late, show up late
        run late, keep me waiting, be late, oversleep, sigh, mumble, mutter, frown, stomp
        bang, hang up, walk away, sneak off, duck out, pull out, drop out, sneak
        procrastinate, dither, stall, zone out, tune out, space out, switch off, shut off
        go out, stay out, stay late, work late, come home late, bring up, bring home
        change plans, change your mind, make plans without me, side with, take sides
        take her side, take his side, take their side, look at your phone
    """,
)

CARE_VERB = WordClass(
    name="CARE_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of caring about, valuing or attending to a person, as inner states: love, "
        "respect, trust, notice, listen, understand. 'You don't ___ me' with one of "
        "these reads the partner's heart; acts of effort (help, call) are EFFORT_VERB."
    ),
    entries="""
        care, care about, care for, love, like, want, need, miss, fancy, desire, adore
        respect, value, appreciate, cherish, treasure, prize, honour / honor, admire
        trust, believe, believe in, rely on, count on, depend on, feel for, think of
        notice, see, hear, listen, listen to, pay attention, pay attention to, look at
        understand, get, comprehend, grasp, relate, relate to, empathise / empathize
        sympathise / sympathize, consider, think about, remember, recognise / recognize
        acknowledge, prioritise / prioritize, put first, take seriously, take an interest
        show interest, find attractive, find interesting, enjoy, like being with
        love being with, want to be with, want to see, want to hear, want to know
        mean, mean it, wish, give a thought to, spare a thought for, value me
    """,
)

EFFORT_VERB = WordClass(
    name="EFFORT_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of doing one's share at home and in the relationship: help, clean, cook, "
        "pay, plan, organise, lift a finger. 'You never ___' or 'you don't ___ anything' "
        "with one of these overgeneralises a lack of effort."
    ),
    entries="""
        do, help, contribute, plan, organise / organize, arrange, book, sort, sort out
        clean, tidy, tidy up, wash, wash up, hoover, vacuum, dust, mop, iron, cook, bake
        shop, do the shopping, do the dishes, load the dishwasher, empty the dishwasher
        take out the bins, take the bins out, take the trash out, take out the trash
        pay, pay for, chip in, pitch in, lift a finger, offer, volunteer, fix, mend
        finish, complete, follow through, remember, notice, ask, say, suggest, initiate
        handle, manage, deal with, take care of, look after, bring, buy, get, make
        put away, put back, pick up, take out, take me out, clear up, clean up, change
        learn, read, call
        text, text back, reply, answer, respond, ring back, call back, apologise
        apologize, thank, compliment, praise, admit, listen, try, care, bother
    """,
)

CARE_IDIOM = WordClass(
    name="CARE_IDIOM",
    pos=Pos.VERB,
    description=(
        "Idioms of caring, usually negated or sworn: 'give a damn', 'care less'. They "
        "say how little someone cares without naming an object."
    ),
    entries="""
        give a damn, give a shit, give a fuck, give a toss, give a crap, give a hoot
        give a monkey's, give two shits, give a rat's ass, give a rat's arse, give a flying fuck
        give a single damn, give a single shit, give a fig, give a stuff, give a dime
        care less, care at all, care one bit, care in the slightest, care even a little
    """,
)

MOTIVE_VERB = WordClass(
    name="MOTIVE_VERB",
    pos=Pos.VERB,
    description=(
        "Hostile aims read into what a partner does: to hurt, punish, control, win, "
        "get back at, wind up. 'You did it to ___ me' asserts the motive as fact."
    ),
    entries="""
        hurt, punish, control, manipulate, humiliate, embarrass, belittle, shame
        upset, annoy, irritate, wind up, rile, rile up, provoke, bait, needle, goad
        get back at, get even, spite, torment, torture, mess with, mess with my head
        play, play with, play games with, string along, lead on, use, exploit, test
        trap, trick, fool, con, gaslight, guilt, guilt-trip, guilt trip, blackmail
        win, be right, get your way, get your own way, have the last word, score points
        look good, look like the good guy, look like the victim, play the victim
        show off, show me up, prove a point, make a point, teach me a lesson
        get a rise, get a reaction, get attention, get sympathy, get out of, wriggle out
        weasel out, avoid, dodge, escape, get rid of, push away, push me away
        start a fight, pick a fight, start something, stir, stir the pot, stir things up
        shut me up, silence, shut down, break me, destroy, crush, ruin, undermine
        sabotage, isolate, scare, frighten, intimidate, bully, make me jealous
        make me suffer, make me feel guilty, make me feel bad, make me feel small
        make me look bad, make me look stupid, make me look like an idiot, make me wait
        make me beg, make me cry, make a fool of, get to me, get under my skin
        end the conversation, end the argument, change the subject, get off the hook
        avoid the question, dodge the question, shut this down, win the argument
        get out of it, get away with it, look innocent, save face, cover yourself
        wind me up, wind you up, piss me off, tick me off, get on my nerves, rattle
        push my buttons, press my buttons, get at me, have a go at me, set me off
    """,
)

SOUGHT_PAYOFF = WordClass(
    name="SOUGHT_PAYOFF",
    pos=Pos.NOUN,
    description=(
        "What a partner is said to 'just want' when a motive is read into them: "
        "attention, sympathy, credit, control, the last word, a fight."
    ),
    entries="""
        attention, sympathy, pity, praise, credit, validation, applause, an audience
        a reaction, a rise, drama, a fight, an argument, a row, a scene, your way
        your own way, the last word, control, power, the upper hand, an apology
        an excuse, a way out, an out, brownie points, points, gratitude, worship
        a medal, a pat on the back, a gold star, reassurance, compliments, likes
        to be the victim, to be right, to win, the moral high ground, the high ground
    """,
)

RUIN_VERB = WordClass(
    name="RUIN_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of spoiling something for the writer: ruin, wreck, spoil, screw up. "
        "'You ruined my birthday' blames the partner for the whole outcome."
    ),
    entries="""
        ruin, wreck, spoil, screw up, mess up, fuck up, cock up, bugger up
        balls up, muck up, louse up, foul up, botch, bungle, sabotage, trash, torpedo
        derail, poison, taint, sour, kill the mood, put a dampener on, put a damper on
        rain on my parade, piss on my parade, piss on my bonfire, ruin it for, spoil it for
        take the shine off, take the fun out of, suck the joy out of, suck the fun out of
    """,
)

KIND_ACT_VERB = WordClass(
    name="KIND_ACT_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs whose habit is praise: 'you always help', 'you always know what to say', "
        "'you never stop supporting me'. Used to keep a kind 'always' clean."
    ),
    entries="""
        know, help, support, cheer, cheer up, brighten, light up, inspire, encourage
        comfort, reassure, believe, believe in, manage, amaze, surprise, impress
        delight, welcome, forgive, understand, remember, listen, care, love, adore
        smile, laugh, protect, defend, hug, kiss, cuddle, compliment, praise, thank
        look out for, look after, take care, have my back, have our back, stand by
        stick up for, back me up, come through, find the words, say the right thing
        calm, calm me down, soothe, ground, steady, lift, lift me up, motivate, push me
        cook for, clean up, tidy up, fix, sort out, figure out, make time, show up
        put me first, put us first, think of, think about, treat, spoil, pamper
        save, rescue, notice, include, remind, appreciate, respect, value, cherish
        smell, sound, look, glow, shine, give the best, light, beam, sparkle, learn, grow
        improve, thrive, create, explore, dream
    """,
)

NEVER_KIND_VERB = WordClass(
    name="NEVER_KIND_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs whose absence is praise: 'you never fail to', 'you never complain', "
        "'you never judge me', and every GRIEVANCE_VERB. Used to keep a kind 'never' "
        "clean; also generic 'you never know'."
    ),
    entries="""
        fail, cease, disappoint, hesitate, waver, falter, doubt, flinch, tire, age
        know, mind, forget, lose, quit, run out, give up on, miss a beat, let go
        hold back, hold it against, hold a grudge, bear a grudge, raise your voice
        make me feel small, make me feel bad, make me feel stupid, take me for granted
    """,
    includes=("GRIEVANCE_VERB",),
)

# -- what the writer says they feel, and what was done to them ------------------------

PLEASANT_FEELING = WordClass(
    name="PLEASANT_FEELING",
    pos=Pos.OTHER,
    description=(
        "Pleasant feelings and states a partner can give: the pleasant feelings of the "
        "feeling lexicon, and loved, safe, special, at home, beautiful, better."
    ),
    entries=tuple(
        dict.fromkeys(
            [f.word.replace("’", "'") for f in FEELINGS if f.pleasant]
            + list(
                parse_entries(
                    """
                    safe, special, better, good, great, amazing, wonderful, beautiful
                    gorgeous, pretty, sexy, attractive, desirable, young, alive, whole
                    complete, lucky, blessed, brave, strong, smart, clever, capable
                    confident, free, at home, calm, myself, welcome, important, proud
                    happy, happier, happiest, laugh, smile, giggle, grin, blush, melt
                    swoon, curious
                    """
                )
            )
        )
    ),
    includes=("REGARD_PARTICIPLE",),
)

REGARD_PARTICIPLE = WordClass(
    name="REGARD_PARTICIPLE",
    pos=Pos.OTHER,
    description=(
        "Being cared for, as a participle: appreciated, heard, seen, loved, a priority. "
        "'I don't feel heard' is a verdict on the partner dressed as a feeling."
    ),
    entries="""
        appreciated, valued, heard, seen, loved, wanted, respected, supported, cared for
        cared about, listened to, included, noticed, desired, needed, cherished
        treasured, prioritised / prioritized, a priority, important, special, trusted
        understood, considered, acknowledged, recognised / recognized, welcome, welcomed
        adored, wanted around, like a priority, like i matter, like i count, valid
        validated, believed, backed up, thought of, thought about, remembered
        encouraged, comforted, reassured, protected, looked after, taken care of
        a part of this, part of this, part of the family, on the same team
    """,
)

POSITION_FEELING = WordClass(
    name="POSITION_FEELING",
    pos=Pos.OTHER,
    description=(
        "Faux feelings that say where the writer stands more than what the partner did: "
        "left out, excluded, misunderstood. 'I felt left out when …' reads as an honest "
        "I-statement; 'I feel left out by you' names the partner and is an evaluation."
    ),
    entries="""
        left out, left-out, leftout, excluded, misunderstood, out of place, overlooked
    """,
)
_POSITIONS = frozenset(POSITION_FEELING.lemmas())
# "used" is also "accustomed" ("I feel used to it"): rules read it one word further.
_READ_FURTHER = frozenset({"used"})

_EVALUATION_WORDS = parse_entries(
    """
        sidelined, ghosted, blanked, snubbed, stood up, dumped, ditched, dropped
        fobbed off, brushed off, brushed aside, pushed aside, cast aside, tossed aside
        thrown away, discarded, replaced, replaceable, disposable, forgotten about
        walked over, walked all over, stepped on, trampled, trodden on, steamrolled
        railroaded, bulldozed, boxed in, caged, hemmed in, tied down
        talked down to, looked down on, spoken down to, lectured at, shouted at
        yelled at, screamed at, picked on, got at, gotten at, ganged up on, targeted
        treated like dirt, treated like shit, treated like crap, treated like a child
        treated like a kid, treated like an idiot, treated like a doormat, treated badly
        taken for a ride, taken for a fool, made a fool of, played, strung along, led on
        used and abused, misled, lied about, talked about, gossiped about, bad-mouthed
        second best, second choice, an afterthought, an option, a backup, a convenience
        unappreciated, underappreciated, unvalued, unloved, unwanted, unheard, unseen
        unnoticed, uncared for, unsupported, unprotected, unimportant, invisible
        neglected, abandoned, rejected, betrayed, used, cheated, cheated on, manipulated
        guilt tripped, gaslit, gaslighted, controlled, criticised, criticized, judged
        belittled, patronised, patronized, dismissed, disregarded, disrespected, ignored
        left out, shut out, frozen out, iced out, cut out, left behind, left hanging
        left on read, left on delivered, blown off, put on the back burner
        put last, pushed away, kept in the dark, left in the dark, out of the loop
        pressured, pressurised, pressurized, coerced, forced, cornered, trapped
        bullied, harassed, nagged, hounded, badgered, pestered, hassled, monitored
        watched, spied on, policed, interrogated, grilled, micromanaged, smothered
        suffocated, stifled, silenced, muzzled, gagged, censored, shut down, shot down
        undermined, undercut, humiliated, shamed, mocked, ridiculed, laughed at
        exploited, taken advantage of, taken for granted, short-changed, ripped off
        deceived, tricked, fooled, duped, conned, lied to, misunderstood, misjudged
        attacked, accused, blamed, scapegoated, punished, provoked, threatened
        intimidated, victimised, victimized, wronged, violated, degraded, demeaned
        insulted, slighted, overlooked, passed over, excluded, ostracised, ostracized
        isolated, alienated, deserted, forsaken, let down, failed, robbed
    """
)

EVALUATION_FEELING = WordClass(
    name="EVALUATION_FEELING",
    pos=Pos.OTHER,
    description=(
        "Evaluations of what someone did, dressed as feelings: the faux feelings of the "
        "feeling lexicon (but for positions such as 'left out'), with everyday and chat "
        "additions (sidelined, ghosted, blanked, walked all over). Not real feelings such "
        "as lonely or hurt."
    ),
    entries=tuple(
        dict.fromkeys(
            [
                form.replace("’", "'")
                for faux in FAUX_FEELINGS
                for form in faux.all_forms
                if form not in _POSITIONS | _READ_FURTHER
            ]
            + [entry for entry in _EVALUATION_WORDS if entry not in _POSITIONS | _READ_FURTHER]
        )
    ),
)

DIMINISHED_ROLE = WordClass(
    name="DIMINISHED_ROLE",
    pos=Pos.NOUN,
    description=(
        "Roles a person says they are reduced to in the relationship: maid, nanny, "
        "cash machine, doormat, afterthought, a stranger. 'I feel like your maid' is an "
        "evaluation of the partner, not a feeling."
    ),
    entries="""
        maid, servant, slave, skivvy, dogsbody, drudge, cleaner, cleaning lady, housekeeper
        housemaid, butler, valet, cook, chef, personal chef, waitress, waiter, nanny
        babysitter, childminder, au pair, chauffeur, driver, taxi, taxi service, uber
        cab, cash machine, cashpoint, atm, bank, piggy bank, wallet, meal ticket
        sugar daddy, sugar mummy, sugar mommy, credit card, doormat, punching bag
        punchbag, whipping boy, scapegoat, secretary, personal assistant, pa, assistant
        receptionist, diary, calendar, alarm clock, reminder service, employee, staff
        lodger, tenant, roommate, flatmate, housemate, stranger, ghost, furniture
        piece of furniture, part of the furniture, afterthought, option, backup
        backup plan, plan b, placeholder, convenience, booty call, sex toy, trophy
        accessory, spare part, third wheel, fifth wheel, second choice, consolation prize
        therapist, counsellor / counselor, social worker, nurse, carer / caregiver
        mother, mum, mom, mummy, mommy, mam, ma, parent, father, dad, daddy
        single parent, single mum, single mom, single dad, single mother
        single father, wall, brick wall, robot, machine, vending machine, bin, rubbish bin
    """,
)

# -- what the partner is blamed for -----------------------------------------------------

DISTRESS_EFFECT = WordClass(
    name="DISTRESS_EFFECT",
    pos=Pos.OTHER,
    description=(
        "What a person says they were driven to or made to be: crazy, sick, to tears, "
        "to drink, up the wall, cry, scream, lose it. 'You make me ___' hands the "
        "writer's state to the partner."
    ),
    entries="""
        crazy, mad, nuts, insane, bonkers, bananas, batty, barmy, potty, loopy, spare
        up the wall, round the bend, around the bend, round the twist, over the edge
        to the edge, to distraction, to despair, to tears, to drink, to drinking, to it
        to this, to breaking point, to the brink, up the pole, out of my mind
        out of my tree, psycho, ill, sick, physically sick, sick to my stomach
        nauseous, cry, weep, sob, scream, yell, shout, snap, swear, lash out
        lose it, lose my mind, lose my temper, lose my cool, lose my shit, lose the plot
        hate myself, doubt myself, second guess myself, question myself, hate you, dread
        want to scream, want to cry, want to die, want to throw up, want to puke, puke
        throw up, vomit, spew, despair, give up, drink, smoke, go crazy, go mad, explode
        feel small, feel stupid, feel worthless, feel like shit, feel like crap
        feel like an idiot, feel like a fool, feel like garbage, feel like rubbish
        look stupid, look bad, look like an idiot, look like a fool, look foolish
        look silly, look like a joke, look ridiculous, look pathetic, look weak
        miserable, unhappy, depressed, anxious, paranoid, jealous, insecure, bitter
        angry, furious, livid, hysterical, suicidal, stupid
        worthless, useless, a wreck, a nervous wreck, a mess, a monster, this way
        to my limit, to the limit, past my limit, over the limit, too far
        like this, like that, the way i am, do it, do this, do that, say it, say that
        act like this, behave like this, react like this, late, wait
    """,
)

BAD_OUTCOME_VERB = WordClass(
    name="BAD_OUTCOME_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of things going wrong for the writer or the couple: miss, lose, fail, "
        "fight, cry, fall apart, get kicked out. A 'because of you' with one of these "
        "blames the partner for the outcome."
    ),
    entries="""
        miss, lose, fail, fight, argue, row, cry, weep, suffer, struggle
        fall apart, fall out, break up, split up, go wrong, go under, go bust, go broke
        get kicked out, get thrown out, get chucked out, get banned, get fired, get sacked
        get evicted, get arrested, get fined, get dumped, get hurt, get sick, get ill
        get into trouble, get in trouble, end up, drown, sink, crash, collapse
        cancel, postpone, call off, lose out, miss out, pay, pay for, owe, overdraw
        drink, smoke, relapse, break down, crack up, lose sleep, humiliate, shame
    """,
)

BAD_OUTCOME_STATE = WordClass(
    name="BAD_OUTCOME_STATE",
    pos=Pos.OTHER,
    description=(
        "States of things gone wrong: late, broke, in debt, a mess, in tears, not "
        "invited, a laughing stock, in a mood. With 'because of you' or 'you made me' "
        "they blame the partner."
    ),
    entries="""
        can't afford / cannot afford / couldn't afford, told off, shouted at, yelled at
        a warning, written up, pulled over, kicked off, can't sleep / cannot sleep
        can't eat / cannot eat, can't focus, can't concentrate
        can't relax, can't breathe, can't cope, can't think straight, can't trust anyone
        can't stop crying, don't sleep, don't trust anyone, no friends, no money
        late, broke, skint, poor, bankrupt, in debt, in the red, overdrawn, homeless
        jobless, unemployed, stuck, trapped, alone, single, lonely, isolated, friendless
        a mess, in a mess, in this mess, a disaster, a shambles, a joke, a laughing stock
        a wreck, a nervous wreck, in tears, crying, in pieces, in bits, in trouble
        in a mood, in a foul mood, in a bad mood, in a state, in this state, on edge
        not invited, n't invited, not speaking, n't speaking, not talking, n't talking
        cancelled, canceled, ruined, wrecked, over, screwed, fucked, stuffed
        humiliated, burnt out, burned out, sick, ill, unwell
        worried sick, sleepless, a headache, headaches, migraines, a migraine, in debt again
        like this, like that, this way, the way i am, fighting, arguing, rowing
        gone, wasted, down the drain, blown, empty, in ruins, in tatters
        won't visit, won't speak to, won't talk to, won't come, stopped visiting
        stopped calling, stopped inviting, stopped speaking, no longer visits, hates me
        hate me, avoid me, avoids me, cut me off
        falling apart, going under, sinking, drowning, at each other's throats
        kicked out, thrown out, banned, fired, sacked, evicted, dumped, grounded
    """,
)

HARDSHIP_WORD = WordClass(
    name="HARDSHIP_WORD",
    pos=Pos.OTHER,
    description=(
        "Words for a life or a place made hard: hell, miserable, impossible, a nightmare, "
        "unbearable. 'You make my life hell' blames the partner for it."
    ),
    entries="""
        hard, harder, difficult, more difficult, hell, a hell, a living hell, hell on earth
        miserable, a misery, impossible, a nightmare, a living nightmare, unbearable
        intolerable, insufferable, worse, awful, terrible, horrible, dreadful, torture
        a torture, a chore, a struggle, a battle, a battlefield, a war zone, a warzone
        a prison, a cage, exhausting, draining, stressful, so hard, so difficult, toxic
        unlivable, unliveable, a disaster, a mess, chaos, a circus, a joke, tense, awkward
    """,
)

BAD_ADJ = WordClass(
    name="BAD_ADJ",
    pos=Pos.ADJ,
    description=(
        "Plain words for bad: bad, awful, foul, shitty, rotten. Used for 'you put me in "
        "a foul mood'; character words are in the TRAIT classes."
    ),
    entries="""
        bad, awful, terrible, horrible, horrid, foul, shitty, crappy, crap, rotten
        lousy, vile, stinking, stinky, black, filthy, dreadful, nasty, grim, sour, dark
        bloody awful, godawful / god-awful, abysmal, atrocious, miserable, difficult
        impossible, awkward, tricky, tough, rubbish, pants, naff, sucky, blah, crummy
    """,
)

ARRIVAL_VERB = WordClass(
    name="ARRIVAL_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of the partner arriving or stepping in: walk in, come home, show up, "
        "open your mouth. 'I was fine until you ___' blames the writer's state on them."
    ),
    entries="""
        walk in, come in, come home, come back, come over, come round, come around
        come along, get home, get back, get here, get in, show up, turn up, roll in
        arrive, move in, barge in, storm in, stroll in, wake up, call, ring, text
        open your mouth, start talking, start, start in, start on me, get involved
        butt in, stick your nose in, interfere, decide to help, decide, show your face
        come into my life, come into the picture, join, appear, return
    """,
)

INSINUATION_WORD = WordClass(
    name="INSINUATION_WORD",
    pos=Pos.OTHER,
    description=(
        "Words that open an insinuation about the partner's motive: 'funny how you…', "
        "'convenient that you…', 'interesting how your headache…'."
    ),
    entries="""
        funny, convenient, conveniently, interesting, interestingly, strange, strangely
        odd, oddly, curious, curiously, weird, typical, suspicious, handy, telling
        very convenient, how convenient, so convenient, real convenient, awfully convenient
        ironic, funny that
    """,
)

CLAUSE_VERB = WordClass(
    name="CLAUSE_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs after which 'you' starts a new clause: 'I know you never…', 'I swear you "
        "always…', 'I can tell you don't care'. Used to find a 'you' that is a subject."
    ),
    entries="""
        know, think, feel, swear, bet, guess, notice, realise / realize, see, reckon
        suspect, believe, mean, tell, admit, imagine, suppose, figure, assume, sense
        get the feeling, get the impression, have the feeling, seem, appear, look like
        sound like, promise, say, hear, learn, find, discover, understand, remember
    """,
)

FRONTED_ADVERB = WordClass(
    name="FRONTED_ADVERB",
    pos=Pos.OTHER,
    description=(
        "Words that end a time or place phrase or a sentence adverb put before the "
        "subject: 'every weekend you…', 'at dinner you…', 'somehow you…'. Used to find a "
        "'you' that starts a clause."
    ),
    entries="""
        weekend, weekends, night, nights, morning, mornings, evening, evenings, afternoon
        day, days, week, weeks, month, months, year, years, time, times, today, tonight
        yesterday, tomorrow, lately, recently, somehow, instead, meanwhile, still, yet
        now, anyway, anyways, later, afterwards, since, christmas, xmas, easter, birthday
        holiday, holidays, vacation, dinner, lunch, breakfast, party, wedding, home
        work, there, here, again, once, twice, then, first, finally, suddenly, apparently
        ultimately, basically, obviously, clearly, seriously, literally
        honestly, frankly, naturally, predictably, typically, usually, sometimes, often
    """,
)

CLASSES: tuple[WordClass, ...] = (
    GRIEVANCE_SPELLING,
    GRIEVANCE_VERB,
    HABIT_VERB,
    CARE_VERB,
    EFFORT_VERB,
    CARE_IDIOM,
    MOTIVE_VERB,
    SOUGHT_PAYOFF,
    RUIN_VERB,
    KIND_ACT_VERB,
    NEVER_KIND_VERB,
    REGARD_PARTICIPLE,
    PLEASANT_FEELING,
    POSITION_FEELING,
    EVALUATION_FEELING,
    DIMINISHED_ROLE,
    DISTRESS_EFFECT,
    BAD_OUTCOME_VERB,
    BAD_OUTCOME_STATE,
    HARDSHIP_WORD,
    BAD_ADJ,
    ARRIVAL_VERB,
    INSINUATION_WORD,
    CLAUSE_VERB,
    FRONTED_ADVERB,
)
"""The classes of this module."""
