"""Swearing: the swear words, the swear intensifiers, expletive phrases and swearing at someone.

Swearing is not judgment by itself ("fucking hell, the train's late again"), but it tells
the detector how heated a message is, and it gets in the way of rules: "you are so
fucking lazy" is "you are so lazy" with an intensifier the engine skips, and "what the
hell is wrong with you" is "what is wrong with you" with an expletive phrase. The
classes here list every form in full (the swear words' inflections are irregular and
spelled many ways: "fucking", "fuckin", "effing", "f'ing"), so none of them is inflected.

Chat abbreviations that the text layer spells out before matching ("wtf", "stfu",
"gtfo", "ffs", "fu", "tf", "idgaf", and "u" for "you") are not listed; their spelled-out
forms are. A hyphenated entry is also matched written open and closed.

Written by the intimacy_kit team from general knowledge of English. Slurs are not
swearing and are not listed here; nor are oaths that mock a religion beyond the ordinary
"god", "christ" and "jesus" exclamations of everyday English.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

SWEAR = WordClass(
    name="SWEAR",
    pos=Pos.OTHER,
    description=(
        "Swear words and their minced forms, every inflection and chat spelling listed, "
        "one entry per word; insult nouns built on them are in the insults module."
    ),
    entries="""
        fuck / fucks / fucked / fucking / fuckin / fucken, fucker / fuckers
        fuk / fuking / fukin / fuq / fucc, fck / fcking / fckin / fcuk, fk / fking / fkin / fkn
        fookin / fooking
        eff / effs / effed / effing / effin / f'ing / f-ing / f'd / f'in
        fuckery, fuckwittery, clusterfuck, fuckup / fuck-up / fuckups
        motherfucker / motherfuckers / motherfucking / motherfuckin / mofo
        muthafucka / muthafuckin / mothafucka / motherfucka / mothereffing / mother-effing
        shit / shits / shitting / shitted / shat / shitty / shittier / shittiest / shyt / shiz
        shite / shitey
        bullshit / bullshitting / bullshitted / bullshitter / bs / bull shit
        horseshit, chickenshit, dipshit, shitshow / shit-show, shitload, shitstorm
        holy shit, holy fuck, holy crap, holy hell
        damn / damns / damned / damning / dammit / damnit
        goddamn / goddamned / goddam / god damn / god damned / goddammit / goddamnit
        hell / hells / hellish
        crap / craps / crapped / crapping / crappy / crappier / crappiest
        bloody / bloody hell
        bugger / buggers / buggered / buggering / buggery
        piss / pisses / pissed / pissing / pissy / pissed off
        bollocks / bollox / bollix / bollocking / bollocked
        arse / arses / arsed / arsehole / arseholes
        ass / asses / asshole / assholes
        frick / fricks / fricked / fricking / frickin / fricken
        feck / fecks / fecked / fecking / feckin
        frig / frigs / frigged / frigging / friggin
        freaking / freakin
        sod / sods / sodding / sodded
        cock-up / cockup / balls-up / ballsup
        bastard / bastards
        bitch / bitches / bitching / bitched / bitchy
        cunt / cunts / cunting
        twat / twats / twatted
        wank / wanks / wanking / wanked / wanky / wanker / wankers
        prick / pricks
        dick / dicks / dickhead / dickheads
        jesus christ, jesus fucking christ / jesus h christ, christ almighty
        for christ's sake / for christs sake / for chrissake / for chrissakes
        for god's sake / for gods sake, for pete's sake, for crying out loud
        for fuck's sake / for fucks sake / fucks sake / fuck's sake
        as fuck / af / asf
        fml, omfg, wtaf, dgaf
        dang / danged / dangit, darn / darned / darnit, heck / hecking / heckin
        flipping / flippin, blooming / bloomin, blasted, ruddy
    """,
    inflect=False,
)

SWEAR_INTENSIFIER = WordClass(
    name="SWEAR_INTENSIFIER",
    pos=Pos.OTHER,
    description=(
        "Swear words and minced oaths used only to intensify, which can be dropped "
        "without changing the meaning ('so fucking lazy', 'lazy as fuck'); swear words "
        "with a meaning of their own are SWEAR."
    ),
    entries="""
        fucking, fuckin, fucken, fking, fkin, fkn, fcking, fckin, fuking, fukin, fookin
        fooking, effing, effin, f'ing, f-ing, f'in, freaking, freakin, frigging, friggin
        fricking, frickin, fricken, fecking, feckin, bloody, bloody well, fucking well
        damn, damn well, damned, dang, danged, darn, darned, goddamn, goddamned, goddam
        god damn, god damned, sodding, bleeding, bleedin, flipping, flippin, flaming
        blooming, bloomin, blinking, blasted, ruddy, motherfucking, motherfuckin
        muthafuckin, mother-effing, hecking, heckin, gosh-darn, gosh-darned, doggone
        doggoned, dadgum, as fuck, af, asf, as hell, as shit, as heck, as fk
    """,
    inflect=False,
)

EXPLETIVE_PHRASE = WordClass(
    name="EXPLETIVE_PHRASE",
    pos=Pos.OTHER,
    description=(
        "Expletive phrases inserted after a wh-word or a verb that add heat but no "
        "meaning ('what the hell', 'why on earth', 'who in god's name')."
    ),
    entries="""
        the fuck, the hell, the heck, the frick, the freak, the frig, the eff, the shit
        the crap, the devil, the dickens, the deuce, the blazes, the fucking hell
        the bloody hell, the flipping heck, the actual fuck, the absolute fuck
        the ever-loving fuck, the fuck ever, in the fuck, in the hell
        in hell, in the world, in the fucking world, on earth, on god's earth
        on god's green earth, in god's name, in the name of god, in heaven's name
        in christ's name, in jesus name, in the name of all that is holy
        in blue blazes, in tarnation, in the actual fuck
    """,
    inflect=False,
)

SWEAR_AT = WordClass(
    name="SWEAR_AT",
    pos=Pos.OTHER,
    description=(
        "Phrases that swear at a person or tell them to go away with contempt; wishes for "
        "their death or self-harm are HARM_WISH in the hostility module."
    ),
    entries="""
        fuck you, f you, fk you, fuck you too, fuck you very much
        fuck off, fuck right off, fuck off and die, fuck yourself, go fuck yourself
        get fucked, go get fucked, fuck you and the horse you rode in on
        screw you, screw off, go screw yourself, screw yourself
        eff off, eff you, frick off, frig off, feck off, sod off, sod you, bugger off
        bugger you, piss off, naff off, bog off, rack off, nick off, get rooted
        get stuffed, stuff you, get bent, get lost, get a life, get over yourself
        go to hell, go to the devil, go to blazes, to hell with you, the hell with you
        damn you, god damn you, damn you to hell, curse you
        eat shit, eat shit and die, eat a dick, eat a bag of dicks, eat my shorts
        suck my dick, suck my balls, suck my cock, suck it, blow me, bite me
        bite my ass, kiss my ass / kiss my arse, kiss my butt, kiss off, up yours
        up your arse / up your ass, shove it, stick it, shove it up your ass
        shove it up your arse, stick it up your arse / stick it up your ass
        stick it where the sun don't shine / shove it where the sun don't shine
        shut the fuck up, shut the hell up, shut your fucking mouth, shut your mouth
        shut your face, shut your gob, shut your trap, shut your pie hole / shut your piehole
        shut your cakehole, get the fuck out, get the hell out, get out of my sight
        get out of my face, get the fuck out of my face, leave me the fuck alone
        leave me the hell alone, jog on, do one, sling your hook, take a hike
        take a long walk off a short pier, go jump in a lake, go pound sand, pound sand
        go fly a kite, go suck eggs, talk to the hand, piss off and die
    """,
    inflect=False,
)

CLASSES: tuple[WordClass, ...] = (SWEAR, SWEAR_INTENSIFIER, EXPLETIVE_PHRASE, SWEAR_AT)
