"""Word classes of threats, ultimatums and coercion, beyond the verbs of harm.

An ultimatum is a condition ("if you leave", "ignore me again", "one more word") and a
consequence the writer controls ("I'll cancel your card", "we're done", "you'll never
see the kids"). These classes hold the words of both halves, so the threat rules can say
"a defiant act, then a coercive act" once. Written by the intimacy_kit team from general
knowledge of coercive control (isolation, money, children, exposure, surveillance).
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

DEFIANCE_VERB = WordClass(
    name="DEFIANCE_VERB",
    pos=Pos.VERB,
    description=(
        "What the listener might do that the writer forbids in an ultimatum: leave, ignore, "
        "lie, block, walk out, see someone. Used only in the condition of a threat."
    ),
    entries="""
        leave, ignore, lie, block, cross, defy, disobey, disrespect, cheat, walk out, walk away,
        storm out, move out, hang up, unfriend, unfollow, talk back, answer back, mouth off,
        say another word, say that again, say it again, say no, test, push, embarrass,
        humiliate, contact,
        report, touch, refuse, question, argue, laugh at, run away, ghost, break up, file,
        divorce, pull
    """,
)
COERCIVE_VERB = WordClass(
    name="COERCIVE_VERB",
    pos=Pos.VERB,
    description=(
        "What a writer threatens to do to the listener's life: money, home, children, "
        "reputation, presence. Used only as the consequence of an ultimatum or with a "
        "possessive object ('cancel your card')."
    ),
    entries="""
        cancel, freeze, empty, drain, stop paying, stop giving, cut off, cut out, withhold,
        take away, keep, sell, pawn, evict, kick out, throw out, lock out, put out,
        change the locks, show up, turn up, come over, come round, drive over, come find,
        hunt down, track down, find, follow, report, ruin, destroy, expose, out, humiliate,
        shame, call the police, call the cops, get a lawyer, take to court,
        fight for custody, go for custody, take custody, tell, post, send, forward, leak,
        share, show, publish, screenshot, leave, divorce, dump, end, finish, disappear,
        take off, move out, walk out, move away, run away
    """,
)
PROTECTED_THING = WordClass(
    name="PROTECTED_THING",
    pos=Pos.NOUN,
    description=(
        "What a coercive threat takes or controls: children, money, home, car, phone, papers, pets."
    ),
    entries="""
        kid, child, baby, son, daughter, money, cash, card, credit card, bank card, account,
        joint account, savings, allowance, house, home, flat, apartment, room, car, keys,
        phone, laptop, passport, papers, visa, dog, cat, pet, stuff, things, clothes,
        everything, custody, mortgage, rent, bills, share, inheritance, job, friends,
        family, reputation, messages, texts, pictures, photos, pics, nudes, videos
    """,
)
THREAT_IDIOM = WordClass(
    name="THREAT_IDIOM",
    pos=Pos.OTHER,
    description="Set phrases that threaten by themselves, whatever comes before them.",
    entries="""
        or else, i dare you, i double dare you, try me, just try me, watch your back,
        you've been warned, you have been warned, consider yourself
        warned, last warning, final warning, sleep with one eye open,
        you'll get what's coming, you'll get what's coming to you, what's coming to you,
        you're dead meat, dead meat, you're a dead man, you're a dead woman, you're so dead,
        mark my words, don't say i didn't warn you,
        you'll be sorry, you will be sorry, you'll regret it, you will regret it,
        you'll regret this, you will regret this, you'll pay for this, you will pay for this,
        you'll pay for that, you'll see what happens, see what happens, over my dead body,
        nobody will believe you, no one will believe you, i know where you live,
        i know where you work, i know where you sleep, i'm warning you, i am warning you,
        this isn't over, this is not over, this isn't finished,
        you haven't heard the last of me, you have not heard the last of me,
        i'll stop being nice, i stop being nice,
        see where it gets you, see where that gets you, watch what i do,
        wait and see what i do, i have my ways, i've got my ways,
        you know what i'm capable of, remember what happened last time,
        remember what happened the last time, accidents happen to people who,
        if i can't have you, no one else can have you, nobody else can have you,
        no one else will have you, things have a way of catching up, karma's coming for you,
        karma is coming for you, not as safe as you think, you'll learn the hard way,
        hate for you to learn the hard way, hate for you to find out the hard way
    """,
    inflect=False,
)

ALLY = WordClass(
    name="ALLY",
    pos=Pos.NOUN,
    description="People a writer may send against the listener: 'my brothers', 'my mates'.",
    entries="""
        brother, cousin, mate, friend, boy, lad, people, family, crew, gang, dad, uncle,
        bouncer, guy, contact
    """,
)
HURT_OUTCOME = WordClass(
    name="HURT_OUTCOME",
    pos=Pos.OTHER,
    description=(
        "What a threat says will become of the listener: hurt, in hospital, on the street, "
        "eating through a straw. Words for an outcome, not an act."
    ),
    entries="""
        hurt, injured, killed, dead, in hospital, in the hospital, in a ditch, in a wheelchair,
        in the ground, six feet under, on the street, on the streets, homeless, eating through
        a straw, picking up your teeth, walking funny, sorry, regretting it, regretting this,
        crying, begging, out on your ear, on your own, with nothing, penniless, broke,
        in prison, in jail, behind bars, in court, without the kids, without a job, finished,
        sleeping on the street, sleeping on the streets, sleeping rough, sleeping in your car,
        living on the street, living on the streets, living in your car, out of a job
    """,
    inflect=False,
)
DISPOSAL_PLACE = WordClass(
    name="DISPOSAL_PLACE",
    pos=Pos.NOUN,
    description=(
        "Where someone's things end up in a threat: the canal, the bonfire, the skip, the "
        "lawn, out the window."
    ),
    entries="""
        canal, river, bonfire, fire, skip, bin, dumpster, tip, lawn, street, road, driveway,
        drive, window, gutter, toilet, sea, lake, pond, rubbish, trash, garbage, ebay,
        gumtree, craigslist, facebook marketplace, shredder, incinerator, furnace,
        wood burner, fireplace, compost
    """,
)
AUTHORITY = WordClass(
    name="AUTHORITY",
    pos=Pos.NOUN,
    description=(
        "People and bodies a writer threatens to bring in against the listener: police, "
        "social services, the landlord, HR, immigration."
    ),
    entries="""
        police, cops, social services, social worker, landlord, hr, human resources, manager,
        parole officer, probation officer, teaching council, child protective services,
        cps, child protection, family court, dvla, ato, registrar,
        employer, school, court, judge, lawyer, solicitor, immigration, home office,
        centrelink, benefits office, the council, council, tax office, irs, hmrc, church,
        elders, board, nursing board, university, uni, headteacher, principal, newspaper,
        press, insurance
    """,
)
GAME_NOUN = WordClass(
    name="GAME_NOUN",
    pos=Pos.NOUN,
    description=(
        "Games and contests, the context in which 'I'll destroy you' is trash talk: chess, "
        "darts, the quiz, the match."
    ),
    entries="""
        game, match, chess, darts, pool, snooker, monopoly, scrabble, cards, poker, quiz,
        pub quiz, mario kart, fifa, catan, uno, cluedo, bingo, tennis, squash, golf, football,
        footie, soccer, cricket, rugby, basketball, netball, ping pong, table tennis,
        badminton, race, contest, competition, tournament, leaderboard, league, round,
        level, video game, xbox, playstation, ps5, fortnite, minecraft, karaoke, bake off,
        show, final, finale, rematch, showdown, spoiler, spoilers, trivia, board game, wordle,
        crossword, sudoku, paintball, laser tag, bowling, mini golf, crazy golf, karting
        go-karting, go karts, smash bros, mario party, call of duty, among us, beer pong
        arm wrestling, pictionary, charades, jenga, dominoes, backgammon, rummy, padel
        pickleball, five-a-side, penalties, penalty shootout, pub golf
    """,
)
BEATING_NOUN = WordClass(
    name="BEATING_NOUN",
    pos=Pos.NOUN,
    description=(
        "A beating as a thing given or got: 'a good hiding', 'a kicking', 'a slap'. The "
        "threat is in the frame ('give you', 'you need', 'you'll get')."
    ),
    entries="""
        hiding, kicking, beating, slap, smack, thrashing, battering, hammering, punch,
        kick, whack, clip round the ear, clip round the head, black eye, fat lip, bloody
        nose, doing over, going over, seeing to, belting, pasting, shoeing, leathering,
        good hiding, proper hiding, good kicking, proper kicking, good slap
    """,
)
DEATH_WORD = WordClass(
    name="DEATH_WORD",
    pos=Pos.OTHER,
    description=(
        "Words of dying or disaster that a wish of harm names: die, dead, crash, goes down, "
        "never recover, grave."
    ),
    entries="""
        die, dies, died, dying, dead, death, plane crashes, flight crashes, plane goes down,
        flight goes down, burns, burn, rot, rots, suffer, suffers, never recover,
        never recovers, never wakes up, never wake up, grave, cancer comes back,
        cancer returns, get cancer, gets cancer, run over, hit by a bus, hit by a car,
        wraps, drowns, drown, chokes, choke, something nasty, something incurable,
        stops breathing, stop breathing, goes up in flames
    """,
    inflect=False,
)
SELF_HARM_SIGNAL = WordClass(
    name="SELF_HARM_SIGNAL",
    pos=Pos.OTHER,
    description=(
        "Indirect ways of saying one means to end one's life: pills ready, written the "
        "letters, tonight's the night, nothing left of me."
    ),
    entries="""
        pills ready, the pills ready, written the letters, wrote the letters,
        written my letters, nothing left of me, won't have to deal with me,
        will not have to deal with me, what happens to me tonight, what i do to myself,
        take the whole packet, say goodbye to the kids for me, goodbye forever,
        end it tonight, last message you'll get from me, last time you'll hear from me,
        you'll never hear from me again, make it stop for good, not be a burden anymore,
        no longer be a burden, put myself out of my misery, stop being a burden,
        won't be a burden, won't be around for much longer, not be around much longer,
        not be around for much longer, not sticking around, won't be around to,
        stopped taking my meds, stopped taking my medication, do this to myself,
        make me do this to myself, make me hurt myself
    """,
    inflect=False,
)

CLASSES: tuple[WordClass, ...] = (
    DEFIANCE_VERB,
    COERCIVE_VERB,
    PROTECTED_THING,
    THREAT_IDIOM,
    ALLY,
    HURT_OUTCOME,
    DISPOSAL_PLACE,
    AUTHORITY,
    GAME_NOUN,
    BEATING_NOUN,
    DEATH_WORD,
    SELF_HARM_SIGNAL,
)
"""The threat classes."""
