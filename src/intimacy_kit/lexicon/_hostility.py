"""Hostility: hatred, disgust, mockery, threats, and talk of self-harm.

Beyond labels, a message can attack by declaring hatred ("I can't stand you"), disgust
("you're a joke"), mock praise ("well done, genius"), threats of violence, of damage to
things, of exposure or of leaving ("I'll post the photos", "I'll take the kids"), and by
wishing the other dead. Talk of harming oneself is listed too, apart from the rest: it
is not a judgment of the partner and the library must treat it as a crisis, not as
language to rewrite.

Verb classes list lemmas and phrasal verbs ("beat up", "walk out on"), which are inflected
on their first word; the other classes list the forms they match. Chat abbreviations the
text layer spells out ("wanna" → "want to", "u" → "you") are written spelled out. A
hyphenated entry is also matched written open and closed.

Written by the intimacy_kit team from general knowledge of English. Verbs of lynching,
and threats built on a person's race, religion or sexuality, are deliberately not
listed. Some lemmas are very common words ("get", "go", "end", "show", "tell", "out"):
they are listed because threats use them ("I'll get you", "I'll out you"), and rules
must give them a threatening frame.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

HATE_VERB = WordClass(
    name="HATE_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of hatred and contempt for a person, as lemmas; multi-word expressions "
        "('can't stand', 'sick of') are HATE_PHRASE."
    ),
    entries="""
        hate, despise, loathe, detest, resent, abhor, dislike, deplore, scorn, disdain
        revile, begrudge, curse, execrate, abominate, hate on, look down on, spit on
    """,
)

HATE_PHRASE = WordClass(
    name="HATE_PHRASE",
    pos=Pos.OTHER,
    description=(
        "Phrases that declare hatred, disgust, contempt or being finished with a person "
        "('can't stand', 'sick and tired of', 'done with'); single verbs are HATE_VERB."
    ),
    entries="""
        can't stand / cannot stand / can not stand / couldn't stand / could not stand
        can't bear / cannot bear / couldn't bear, can't abide / cannot abide
        can't stomach / cannot stomach, can't take any more of, sick of, sick and tired of
        fed up with, fed up of, fed up to the back teeth with, done with, so done with
        had it with, had it up to here with, up to here with, had enough of, over you
        so over you, tired of, sick to death of, sick to the back teeth of
        at the end of my rope with, at the end of my tether with, through with
        finished with, want nothing to do with, don't want anything to do with
        can't be around, can't stand being around, can't even look at, can't look at
        can't stand the sight of, hate the sight of, sick of the sight of, sick of seeing
        wish i'd never met / wish i never met / wish i had never met, regret meeting
        regret marrying, regret the day i met, rue the day, hate your guts
        don't love you anymore / don't love you any more / do not love you anymore
        have no respect for, lost all respect for, lost respect for, no longer respect
        disgusted by, disgusted with, repulsed by, revolted by, sickened by, ashamed of
        embarrassed by, embarrassed of, hate everything about, despise everything about
        better off without, good riddance, glad to be rid of, can't wait to be rid of
        want you gone, want you out of my life, have nothing but contempt for
    """,
    inflect=False,
)

DISGUST_WORD = WordClass(
    name="DISGUST_WORD",
    pos=Pos.OTHER,
    description=(
        "Words and phrases of disgust and contempt, said of a person or what they do "
        "('disgusting', 'a joke', 'makes me sick'), as written."
    ),
    entries="""
        disgusting, gross, repulsive, revolting, sickening, vile, pathetic, embarrassing
        a joke, a disgrace, an embarrassment, a laughing stock, an abomination, a travesty
        a sorry sight, a shame, an insult, nauseating, repugnant, repellent, loathsome
        abhorrent, odious, foul, nasty, rank, putrid, rancid, grim, sick, sick-making
        stomach-turning, stomach-churning, cringe, cringey / cringy
        cringeworthy / cringe-worthy, yuck / yuk, yucky, ew / eww, ick, icky, the ick
        gag, barf, puke, vom, blech / bleh, shameful, disgraceful, contemptible
        despicable, beneath contempt, laughable, grotesque, obscene, appalling
        horrifying, vomit-inducing, gag-worthy, barf-worthy, minging, skanky, filthy
        rotten, unspeakable, disgusted, repulsed, revolted, sickened, appalled, horrified
        nauseated, grossed out, makes me sick, makes me want to puke
        makes me want to vomit, makes me want to throw up, turns my stomach
        makes my skin crawl, gives me the creeps, gives me the ick
    """,
    inflect=False,
)

MOCK_PRAISE = WordClass(
    name="MOCK_PRAISE",
    pos=Pos.OTHER,
    description=(
        "Words of praise and address that are mostly used sarcastically in a quarrel "
        "('genius', 'your majesty', 'well done', 'real mature'); sincere praise is "
        "POS_TRAIT in the traits module."
    ),
    entries="""
        genius, einstein, sherlock, sherlock holmes, smart guy, smart girl
        rocket scientist, brain surgeon, brainiac, mastermind, professor, boy genius
        princess, your majesty, your highness, your royal highness, your lordship
        your ladyship, hero, my hero, champ, superstar, superman, superwoman
        wonder woman, hotshot, big shot, big man, tough guy, hard man, wise guy
        mr know-it-all / mr. know-it-all, miss know-it-all, mr perfect / mr. perfect
        miss perfect, little miss perfect, mr nice guy / mr. nice guy, mother teresa
        captain obvious, sunshine, sport, chief, pal, buddy, sweetheart, sweetie
        bravo, congratulations / congrats / congratz / grats, well done, nice going
        nice one, good job, great job, nice work, good work, great work, way to go
        slow clap, gold star, have a gold star, give yourself a gold star
        pat yourself on the back, give yourself a pat on the back, round of applause
        want a medal, want a cookie, oh great, oh brilliant, oh perfect, oh wonderful
        oh lovely, oh fantastic, just great, just perfect, just wonderful, just brilliant
        real mature, very mature, so mature, how mature, real nice, real smooth
        smooth move, nice move, great move, genius move, nice try, good luck with that
        good for you, look at you, aren't you clever, aren't you special, how original
        how nice, how thoughtful, how kind, what a surprise, surprise surprise
        big surprise, shocker, colour me surprised / color me surprised, who knew
        no shit sherlock, galaxy brain, big brain, thanks a lot, thanks a bunch
        thanks for nothing, gee thanks, bless your heart, what a gentleman, what a hero
        what a catch, such a catch, quite the catch, such a gentleman, what a genius
        real prize, oscar-worthy, oscar-worthy performance
    """,
    inflect=False,
)

HARM_VERB = WordClass(
    name="HARM_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs and phrasal verbs that name physical violence against a person by "
        "themselves, as lemmas; the general verbs threats also use ('get', 'end', "
        "'sort out') are HARM_VERB_VAGUE, damage to things is DESTROY_VERB."
    ),
    entries="""
        kill, hurt, hit, punch, slap, smack, beat, beat up, strangle, choke, stab, shoot
        murder, kick, bash, batter, thump, wallop, knock out, throttle, drown
        smash, punch out, clobber, whack, clout, pummel, maul, slash, knife
        shank, poison, suffocate, smother, dismember, mutilate, maim, torture
        bump off, rub out, headbutt / head-butt, kick in, smash in, smack around
        slap around, rough up, bludgeon, cosh, stomp, stamp on, trample, run over, run down
        scald, set on fire, set fire to, torch, gut, string up, crucify, eviscerate
        annihilate, obliterate, massacre, slaughter, butcher, exterminate
        harm, injure, wound, assault, attack, abuse, rape, thrash, flog, whip, lash, whoop
        whup, tear apart, rip apart
        beat the shit out of, beat the crap out of, beat the hell out of
        kick the shit out of, kick the crap out of, knock the shit out of
        knock the crap out of, beat to death, kick to death, stab to death
        strangle to death, choke to death
    """,
)

HARM_VERB_VAGUE = WordClass(
    name="HARM_VERB_VAGUE",
    pos=Pos.VERB,
    description=(
        "General verbs that threats use for violence ('I'll get you', 'I'll end you', "
        "'I'll sort you out') but that mean something else with most objects ('get "
        "them later', 'end the call'): rules use them only against the listener."
    ),
    entries="""
        get, end, finish, finish off, deal with, sort out, jump, push, shove, waste
        take out, take down, lay out, flatten, floor, knock down, deck, belt, sock, pound
        bottle, glass, club, snap, do in, mess up, screw up, fuck up, come for, go after
        come after, get back at, get even with, ruin, destroy, wreck, cut, burn, break
        hunt down, track down, hang, bury, skin, scratch, bite, claw, gouge, eliminate
    """,
)

DESTROY_VERB = WordClass(
    name="DESTROY_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs and phrasal verbs for destroying, damaging or getting rid of a person's "
        "belongings, as lemmas; violence against the person is HARM_VERB."
    ),
    entries="""
        smash, break, burn, trash, wreck, throw out, throw away, bin, sell, destroy
        cut up, delete, key, slash, rip up, tear up, shred, smash up, vandalise / vandalize
        deface, scratch, dent, torch, set fire to, set on fire, burn down, pour out
        pour away, flush, flush down the toilet, give away, pawn, hock, chuck out
        chuck away, toss, toss out, get rid of, wipe, erase, sabotage, ruin, snap, crush
        stomp on, stamp on, bleach, hack, hack into, lock out, puncture, let down, egg
        total, scrap, dispose of, incinerate, spray-paint, kick in, smash in, mess up
        dump, rip to shreds, tear apart, break into, steal
    """,
)

EXPOSE_VERB = WordClass(
    name="EXPOSE_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs and phrasal verbs for exposing a person's secrets, messages or images to "
        "others, as lemmas; the threat lies in the frame ('I'll send your boss...')."
    ),
    entries="""
        post, share, leak, send, show, expose, tell, forward, publish, upload, screenshot
        out, reveal, spread, circulate, broadcast, put online, post online, put up
        dox / doxx, spill, blab, rat out, snitch on, grass on, grass up, report, dob in
        tag, repost, retweet, tweet, text, email, message, dm, call, ring, inform, notify
        alert, air, publicise / publicize, announce, go public with, make public, blast
        put on blast, call out, name and shame, record, film, hand over, send round
        send around, pass around, pass round, tell on, go to the police about, print
        print out, stick up, pin up, plaster
    """,
)

LEAVE_VERB = WordClass(
    name="LEAVE_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs and phrasal verbs for leaving, dumping or cutting off a person, as lemmas; "
        "'end' and 'go' need a frame ('I'll end this', 'I'm going')."
    ),
    entries="""
        leave, dump, divorce, walk out, move out, kick out, throw out, break up, split
        end, finish, cut off, cut out, ditch, go, split up, walk away, run away, take off
        bail, ghost, block, unfriend, unfollow, separate, file for divorce, call off
        call it quits, end things, get out, storm out, walk, quit, abandon, desert, drop
        chuck, jilt, replace, move on, give up on, walk out on, leave behind, disown
        cut ties, cut contact, go no contact, stop talking to, kick to the curb
        kick to the kerb, send packing, boot out, turf out, chuck out, evict, pack up
        take the kids, get divorced, break it off, break off, walk away from
        finish with, leave for good, pack my bags, find someone else
    """,
)

SELF_HARM_PHRASE = WordClass(
    name="SELF_HARM_PHRASE",
    pos=Pos.OTHER,
    description=(
        "Phrases in which the writer speaks of killing or harming themselves or wanting "
        "to die, as written; wishes for the other person's death are HARM_WISH."
    ),
    entries="""
        kill myself / killing myself / killed myself / kill my self, end it all
        end my life / ending my life, hurt myself / hurting myself, cut myself / cutting myself
        take my own life / taking my own life, not be here anymore / not be here any more
        disappear forever, swallow the pills, swallow all the pills, jump off
        off myself, unalive myself, kms, end myself, harm myself, self-harm
        self harming / self-harming, slit my wrists, overdose, take all my pills
        take all the pills, hang myself, shoot myself, drown myself, starve myself
        burn myself, jump off a bridge, jump off a cliff, jump off the roof
        jump in front of a train, walk into traffic, step in front of a bus
        better off dead, better off without me, want to die / wanting to die
        want to be dead, wish i was dead / wish i were dead, wish i wasn't alive
        wish i'd never been born / wish i had never been born, no reason to live
        nothing to live for, don't want to live / do not want to live
        don't want to be alive, don't want to be here anymore, hope i don't wake up
        hope i never wake up, go to sleep and never wake up
        sleep forever, won't be around much longer, won't be a problem much longer
        won't be here tomorrow, say goodbye forever, final goodbye, end the pain
        sewerslide, commit suicide, suicide, suicidal, done with life, tired of living
        tired of life, no one would miss me / nobody would miss me
        everyone would be better off without me, the world would be better without me
    """,
    inflect=False,
)

HARM_WISH = WordClass(
    name="HARM_WISH",
    pos=Pos.OTHER,
    description=(
        "Phrases that tell the other person to kill themselves or wish them dead or "
        "suffering ('kys', 'drop dead', 'rot in hell'), as written."
    ),
    entries="""
        kill yourself, kys, go kill yourself, go die, just die, please die, die already
        drop dead, go drop dead, hope you die, i hope you die, die in a fire
        go die in a fire, rot in hell, burn in hell, go to hell, go hang yourself
        hang yourself, go jump off a bridge, go jump off a cliff, jump off a bridge
        go play in traffic, go play on the motorway, go play on the freeway
        wish you were dead, wish you'd die, hope you get hit by a bus, hope you get cancer
        get cancer, hope you rot, rot in a ditch, die alone, hope you die alone
        should die, should kill yourself, nobody would miss you / no one would miss you
        the world would be better without you, everyone would be better off without you
        do everyone a favour and die / do everyone a favor and die
        do us all a favour and die / do us all a favor and die
        do the world a favour and die / do the world a favor and die
        off yourself, unalive yourself, neck yourself, choke and die, go die in a hole
        die in a hole, crawl in a hole and die, crawl under a rock and die
        fuck off and die, eat shit and die, hope you suffer, hope you burn
        hope you choke, may you rot, drink bleach, go drink bleach, slit your wrists
        hope you never wake up, wish you'd never been born, should have been aborted
        dance on your grave, piss on your grave, put you out of your misery
        why are you still alive, why are you even alive, walk into the sea
        walk into traffic, go walk into traffic, go play in the traffic
    """,
    inflect=False,
)

CLASSES: tuple[WordClass, ...] = (
    HATE_VERB,
    HATE_PHRASE,
    DISGUST_WORD,
    MOCK_PRAISE,
    HARM_VERB,
    HARM_VERB_VAGUE,
    DESTROY_VERB,
    EXPOSE_VERB,
    LEAVE_VERB,
    SELF_HARM_PHRASE,
    HARM_WISH,
)
