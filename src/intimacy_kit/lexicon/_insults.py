"""Insult nouns: what a person is called in a fight ("idiot", "waste of space", "drongo").

The classes here hold nouns and noun phrases aimed at a person, in groups named
``INSULT_...`` so that rules and the rewriter can tell a charge of stupidity from one of
dishonesty or cowardice. British ("git", "prat", "berk"), American ("douche", "schmuck",
"putz"), Australian ("drongo", "bogan", "dag"), Irish and Scots ("eejit", "gobshite",
"bampot") and internet usage ("simp", "npc", "edgelord") are included, with vulgar
compounds ("dickhead", "fuckwit") and multi-word insults ("piece of shit", "poor excuse
for a man"). A hyphenated entry is also matched written open and closed, so compounds
whose open form is an ordinary phrase ("show off", "has been", "try hard", "pick me",
"suck up", "screw up", "let down", "know all") are listed closed only, or left out.

Words with a common harmless sense ("tool", "pig", "baby", "nobody", "dick", "karen",
"troll") are not in the groups but in ``INSULT_AMBIGUOUS``, so that rules can demand a
stronger frame for them ("you pig" is an insult, "my pig" is not).

Written by the intimacy_kit team from general knowledge of English. Deliberately left
out: ethnic, racial and religious slurs and insults built on them ("white trash",
"pikey", "gyppo", "greaseball", "shylock", "welfare queen", "hoodrat", "cracker",
"mongrel", and animal names used as racist slurs such as "monkey" and "ape"); slurs
and insults built on disability or diagnosis ("retard", "spastic", "spaz", "mong",
"gimp", "cripple", "midget", "schizo", "window licker", "-tard" compounds, "quasimodo");
and slurs against sexual orientation or gender identity ("fag", "dyke", "poof",
"tranny", "nancy boy", "arse bandit", "knob jockey"). Gendered and sexual insults that
people do throw at partners ("bitch", "slut", "whore", "slag", "hoe") are kept, as are
accusations of prejudice ("bigot", "misogynist") and of addiction ("pisshead",
"junkie").
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

INSULT_STUPID = WordClass(
    name="INSULT_STUPID",
    pos=Pos.NOUN,
    description=(
        "Insult nouns that call a person stupid or a fool; vulgar compounds of the same "
        "meaning are INSULT_VULGAR."
    ),
    entries="""
        idiot / idjit / eejit, moron, imbecile, dimwit, muppet, numpty, plonker, pillock
        dork, dumbass / dumb-ass / dumbarse / dumb-arse, dumbo, dunce, dolt, dullard
        nitwit, halfwit / half-wit, numbskull / numskull, knucklehead, bonehead, blockhead
        meathead, pinhead, airhead, birdbrain / bird-brain, peabrain / pea-brain
        scatterbrain, lamebrain, fathead, dunderhead, chucklehead, dingbat, dingus
        doofus / dufus, goofball, nincompoop, ninny, simpleton, cretin, twit, twerp, twonk
        wally, prat, berk / burk, div, divvy, dimbulb / dim bulb, lummox, oaf, galoot
        buffoon, clod, clodhopper, lunkhead, lughead, fool, drongo, nong, boofhead
        wazzock / wassock, pranny, thicko / thickie, thickhead, dumdum / dum-dum
        dumb-dumb, bozo, chump, schmuck / shmuck, putz, schlemiel / shlemiel
        schmendrick / shmendrik
        schmo / shmo, mook, goober, yutz, bampot, dafty, gowk, amadan, brainlet
        smoothbrain / smooth brain, mouth-breather, knuckle-dragger, dumb blonde, bimbo
        ditz, bubblehead, space cadet, dumb bunny, dumb cluck, dummkopf, nimrod
        jughead, muttonhead, goon, ding-a-ling / dingaling, ignoramus
        dumb jock, dingleberry, village idiot, idiot sandwich
        jabroni, derp, gobdaw, stupidhead / stupid-head, lunk, palooka, schnook
    """,
)

INSULT_INCOMPETENT = WordClass(
    name="INSULT_INCOMPETENT",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for a person who cannot do things properly; lack of sense is "
        "INSULT_STUPID and lack of effort INSULT_LAZY."
    ),
    entries="""
        klutz, butterfingers, bungler, blunderer, screwup, fuckup, deadweight / dead weight
        dead loss, hopeless case, bodger, botcher, bumbler, fumbler
        walking disaster, accident waiting to happen, disaster area
    """,
)

INSULT_VULGAR = WordClass(
    name="INSULT_VULGAR",
    pos=Pos.NOUN,
    description=(
        "Vulgar insult nouns and compounds built on swear words and body parts; "
        "body-part words with a harmless anatomical sense ('dick', 'ass') are in "
        "INSULT_AMBIGUOUS."
    ),
    entries="""
        asshole / arsehole / ahole, asshat / arsehat, assface / arseface, asswipe / arsewipe
        assclown, assmunch, butthead / butt-head, buttface, butthole, buttmunch, buttwipe
        prick, dickhead, dickface, dickwad, dickweed, dickbag, dickbrain, dicksplash
        dick-for-brains, cockhead, cockwomble, cockwaffle, cocksucker, twat / twot
        twatwaffle, twatface, wanker, wankstain, wankpuffin, tosser, tosspot
        bellend / bell-end, knobhead / nobhead, knob-end / knobend, douche, douchebag
        douche-nozzle / douchenozzle, douche-canoe / douchecanoe, douchewaffle, jackass
        jerkoff, jerkwad, jerkface, shithead / shitehead, shitbag / shitebag, shitbird
        shitstain / shit-stain, shitheel, shitweasel, shit-for-brains, shitehawk
        shitgibbon, shithouse, shitface, shitlord, dipshit, dumbshit, dumbfuck, fuckwit
        fuckface, fuckhead, fucker, fucknut, fuckstick, fucknugget, fuckwad
        motherfucker / muthafucka / motherfucka / mothafucka / mofo, mf / mfer, cunt
        bastard / bastid, bitch / biatch / biotch / beyotch / bish
        son of a bitch / sonofabitch / son-of-a-bitch / sumbitch / sonuvabitch
        pissant / piss-ant, pisspot, scumbag, scumbucket, slimeball / slime ball
        sleazebag, sleazeball, dirtbag, dirtball, turd, turdface, numbnuts / numbnut
        dipwad, little shit, scrote, ballbag
        bawbag, walloper, langer, gowl, bollocks / bollix, skidmark, gobshite
        piece of shit, piece of crap, piece of garbage, piece of trash
        piece of filth, piece of dirt, sack of shit, bag of shit, sack of crap
        basic bitch
        dickless wonder, peckerhead, cumstain / cum stain, rat bastard, nob-end
    """,
)

INSULT_SEXUAL = WordClass(
    name="INSULT_SEXUAL",
    pos=Pos.NOUN,
    description=(
        "Sexual and gendered insult nouns thrown at partners: promiscuity, sleaziness, "
        "prudishness; slurs about sexual orientation are deliberately not listed."
    ),
    entries="""
        slut, whore, slag, hoe, skank, thot / thottie, floozy / floozie, hussy
        trollop, strumpet, harlot, jezebel, slapper, scrubber, slattern, hoebag, slutbag
        town bike / village bike, manwhore / man-whore, man-slut, fuckboy / fuckboi
        f-boy / fboy, softboy / softboi, womaniser / womanizer, philanderer, lothario, cad
        bounder, lech / letch, lecher, perv, pervert, dirty old man, sex pest, nympho
        nymphomaniac, easy lay, prude, prick-tease / cock-tease / cocktease
        cum dumpster, home-wrecker / homewrecker, sleazebag, skeeze
    """,
)

INSULT_WORTHLESS = WordClass(
    name="INSULT_WORTHLESS",
    pos=Pos.NOUN,
    description=(
        "Insult nouns that deny a person's worth: losers, failures, parasites, the "
        "'excuse for a man' phrases; idleness itself is INSULT_LAZY."
    ),
    entries="""
        loser, failure, waste of space, deadbeat, scrounger, freeloader, leech, parasite
        bloodsucker, waste of oxygen, waste of air, waste of skin, waste of sperm
        waste of a human being / waste of a human, oxygen thief, sponger, moocher
        bludger, dole bludger, benefit scrounger, good-for-nothing
        ne'er-do-well / neer-do-well, no-hoper, wannabe / wannabee, nonentity
        non-entity, misfit, dropout, washout, lost cause, disappointment
        embarrassment, disgrace, letdown, laughing stock / laughingstock, lowlife
        low-life, bottom-feeder, degenerate, reprobate, wastrel, waster, scum
        scum of the earth, dregs of society, lowest of the low, human garbage, human trash
        underachiever, hanger-on, charity case, sad sack / sadsack, saddo, sad case
        second-rater, runt of the litter, bottom of the barrel, schlub / shlub
        wastoid, no-lifer, human waste, subhuman, waste of life / waste of a life
        drain on society, gutter trash, garbage person
        sperm donor, deadbeat dad / deadbeat father, bad seed, nobody special
        excuse for a man / poor excuse for a man / sorry excuse for a man
        excuse of a man / poor excuse of a man
        excuse for a woman / poor excuse for a woman / sorry excuse for a woman
        excuse for a human being / poor excuse for a human being
        sorry excuse for a human being / excuse of a human being
        poor excuse of a human being
        excuse for a human / poor excuse for a human / sorry excuse for a human
        excuse for a person / poor excuse for a person / sorry excuse for a person
        excuse for a husband / poor excuse for a husband / sorry excuse for a husband
        excuse for a wife / poor excuse for a wife / sorry excuse for a wife
        excuse for a boyfriend / poor excuse for a boyfriend
        sorry excuse for a boyfriend
        excuse for a girlfriend / poor excuse for a girlfriend
        sorry excuse for a girlfriend
        excuse for a partner / poor excuse for a partner / sorry excuse for a partner
        excuse for a father / poor excuse for a father / sorry excuse for a father
        excuse for a dad / poor excuse for a dad / sorry excuse for a dad
        excuse for a mother / poor excuse for a mother / sorry excuse for a mother
        excuse for a mum / poor excuse for a mum / sorry excuse for a mum
        excuse for a mom / poor excuse for a mom / sorry excuse for a mom
        excuse for a parent / poor excuse for a parent / sorry excuse for a parent
        excuse for a friend / poor excuse for a friend / sorry excuse for a friend
        excuse for a son / poor excuse for a son / sorry excuse for a son
        excuse for a daughter / poor excuse for a daughter
        sorry excuse for a daughter
        excuse for a brother / poor excuse for a brother / sorry excuse for a brother
        excuse for a sister / poor excuse for a sister / sorry excuse for a sister
        excuse for an adult / poor excuse for an adult / sorry excuse for an adult
    """,
)

INSULT_UNKIND = WordClass(
    name="INSULT_UNKIND",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for a nasty, cruel or contemptible person, nags and shrews among "
        "them; animal words with a harmless sense are in INSULT_AMBIGUOUS."
    ),
    entries="""
        jerk, creep, monster, psycho, brat, hag, harpy, bully, sadist, brute
        thug, hooligan, lout, yob, yobbo, oik, meanie, grinch, git, old git, swine, cur
        vermin, fiend, ogre, gorgon, she-devil, harridan, virago, termagant, fishwife
        crone, old bag, old bat, old cow, old hag, old goat, old fart, old witch, hellcat
        hellion, battle-axe / battleaxe, nasty piece of work, piece of work, bad egg
        bad apple, rotten apple, bad influence, narcissist, sociopath, psychopath, abuser
        woman-beater, batterer, predator, backstabber, snitch, rat fink, fink, narc / nark
        squealer, stool pigeon, misanthrope, misogynist, misandrist, man-hater
        woman-hater, chauvinist, male chauvinist pig / chauvinist pig, sexist pig, bigot
        racist, sexist, homophobe, troublemaker, shit-stirrer, mischief-maker
        barbarian, vandal, tormentor, mean girl, wicked witch, evil stepmother
        monster-in-law, ingrate, cold fish, ice queen, ice maiden, wretch, miscreant
        scoundrel, rotter, sleaze, spawn of satan, hellspawn, busybody, nosy parker
        blabbermouth
        dragon lady, gossipmonger, scandalmonger, rumour-monger / rumor-monger
        xenophobe, dirty rat
    """,
)

INSULT_WEAK = WordClass(
    name="INSULT_WEAK",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for cowards, weaklings and toadies; words with a harmless sense "
        "('chicken', 'mouse', 'doormat') are in INSULT_AMBIGUOUS."
    ),
    entries="""
        coward, wimp, pushover, crybaby / cry-baby, mama's boy / mamma's boy
        momma's boy / mommy's boy / mummy's boy, sissy / cissy, wuss / wussy, weakling
        milksop, milquetoast, namby-pamby, scaredy-cat, fraidy-cat, yellowbelly
        yellow-belly, chickenshit, quitter, bootlicker / boot-licker, brown-noser
        brownnoser, suckup, kiss-ass / kiss-arse, arse-licker / ass-licker, sycophant
        toady, lackey, flunky / flunkey, teacher's pet, simp, cuck, cuckold, beta male
        big girl's blouse, sook, nebbish, stooge, patsy, nervous nellie, nervous nelly
        pipsqueak, bitch boy, pussyhole
        lickspittle, toadie, ass-kisser / arse-kisser, apple-polisher, poltroon
        weak sister
    """,
)

INSULT_LIAR = WordClass(
    name="INSULT_LIAR",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for liars, cheats, frauds, traitors and manipulators; words with a "
        "harmless sense ('player', 'fake', 'rat') are in INSULT_AMBIGUOUS."
    ),
    entries="""
        liar, pathological liar, compulsive liar, cheat, cheater, fraud
        phony / phoney, faker, hypocrite, con artist, conman / con-man, con merchant
        swindler, scammer, grifter, charlatan, impostor / imposter, fibber
        bullshitter, bullshit artist, bullshit merchant, bluffer, two-timer, adulterer
        adulteress, philanderer, womaniser / womanizer, homewrecker / home-wrecker
        backstabber / back-stabber, traitor, betrayer, judas, turncoat, snake in the grass
        double-crosser, double-dealer, deceiver, manipulator, gaslighter, schemer
        trickster, thief, fraudster, pretender, fake friend, frenemy
        pinocchio, love rat, wolf in sheep's clothing, spiv, wide boy, chancer, gombeen
        shyster, fantasist, walter mitty
        flimflam man / flim-flam man, snake oil salesman, huckster, sellout, quisling
        benedict arnold, snitch
    """,
)

INSULT_LAZY = WordClass(
    name="INSULT_LAZY",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for idle, lazy or slovenly people; words with a harmless sense "
        "('bum', 'sloth', 'slug') are in INSULT_AMBIGUOUS."
    ),
    entries="""
        slob, couch potato, layabout, slacker, lazybones, idler, shirker, skiver, dosser
        sluggard, time-waster, procrastinator, good-for-nothing, deadbeat, freeloader
        bludger, waster, wastrel, lazy-arse / lazy-ass
        slugabed, malingerer, work-dodger
    """,
)

INSULT_UNSTABLE = WordClass(
    name="INSULT_UNSTABLE",
    pos=Pos.NOUN,
    description=(
        "Insult nouns that call a person mad or unhinged; diagnoses used as insults are "
        "deliberately not listed, and 'nut', 'loon' and 'fruitcake' are in "
        "INSULT_AMBIGUOUS."
    ),
    entries="""
        psycho, lunatic, maniac, nutter, nutcase / nut case, nutjob / nut job
        headcase / head case, basket case, loony / looney, crackpot, weirdo, whack job
        wack job / whackjob / wackjob, nutbar, nutball, wacko / whacko, kook, screwball
        madman, madwoman, drama queen, drama llama, bunny boiler, stalker, psychopath
        sociopath, mentalist, loose cannon, space case, hot mess, raving lunatic, sicko
        freak show / freakshow, chicken little, nutso, mad cow
        headbanger, loony tunes / looney tunes, crazy cat lady, fruit bat
        wackadoodle / whackadoodle, mental case, conspiracy nut
    """,
)

INSULT_CHILDISH = WordClass(
    name="INSULT_CHILDISH",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for a grown person behaving like a child; words for real children "
        "('kid', 'toddler', 'baby') are in INSULT_AMBIGUOUS."
    ),
    entries="""
        brat, spoiled brat / spoilt brat, man-child / manchild, manbaby / man-baby
        crybaby, sore loser, tattletale / tattle-tale, whiner, whinger, sulker
        prima donna, drama queen, attention seeker / attention-seeker, attention whore
        daddy's girl, problem child, peter pan, snotnose / snot-nose, overgrown child
        fartface / fart-face, kidult
    """,
)

INSULT_ARROGANT = WordClass(
    name="INSULT_ARROGANT",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for show-offs, snobs, know-it-alls and loudmouths; sarcastic "
        "praise ('genius', 'einstein') is MOCK_PRAISE in the hostility module."
    ),
    entries="""
        know-it-all, smart alec / smart aleck / smartalec, smartass / smartarse
        smart-ass / smart-arse, wiseass / wise-ass, wise guy / wiseguy, clever clogs
        clever dick, smarty-pants / smartypants, snob, prig, showoff, bighead, blowhard
        windbag, gasbag, loudmouth / loud-mouth, bigmouth / big-mouth, motormouth
        braggart, boaster, poser / poseur, tryhard, egomaniac, egotist, megalomaniac
        narcissist, pompous ass / pompous arse, stuffed shirt, elitist, toff
        social climber, name-dropper, mansplainer, god's gift, upstart, pseud
        pseudo-intellectual, armchair expert, grandstander, goody-two-shoes
        goody-goody
        smarty, swellhead, egghead, toffee-nose, show pony, big-noter, bloviator
        smart mouth / smartmouth, wisenheimer
    """,
)

INSULT_GRUMPY = WordClass(
    name="INSULT_GRUMPY",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for killjoys, complainers, pests and people called a pain; "
        "'nag', 'crab' and 'pest' are in INSULT_AMBIGUOUS."
    ),
    entries="""
        grouch, grump, curmudgeon, sourpuss, misery guts / misery-guts, moaning minnie
        moaner, whinger, whiner, complainer, killjoy, buzzkill, party pooper
        wet blanket, spoilsport, stick-in-the-mud, debbie downer, negative nancy
        negative nelly, kvetch / kvetcher, nudnik, nuisance, menace, menace to society
        pain in the ass / pain in the arse, pain in the butt / pain in the bum
        pain in the neck, royal pain, whingebag, moaning myrtle
        crosspatch, doom-monger, grumpy-guts, mardy bum
    """,
)

INSULT_SELFISH = WordClass(
    name="INSULT_SELFISH",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for greedy, grasping or stingy people; the idle kind of "
        "freeloader is INSULT_WORTHLESS."
    ),
    entries="""
        gold digger / gold-digger / golddigger, cheapskate, miser, scrooge, skinflint
        tightwad, tight-arse / tightarse / tight-ass / tightass, penny-pincher
        greedy guts / greedy-guts, glutton, money grabber / money-grabber, money-grubber
        moneygrubber, cheapo, egoist
    """,
)

INSULT_CONTROLLING = WordClass(
    name="INSULT_CONTROLLING",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for controlling, domineering or meddling people, including the "
        "old jokes about a wife as a burden ('ball and chain')."
    ),
    entries="""
        control freak, bully, tyrant, dictator, despot, petty tyrant, bossyboots
        bossy-boots, jobsworth, micromanager, helicopter parent, drill sergeant
        slave driver, taskmaster, jailer, ball and chain, ball-breaker / ballbreaker
        ball-buster / ballbuster, meddler, curtain-twitcher, buttinsky / buttinski
        little hitler, stalker
        hall monitor, fun police
    """,
)

INSULT_LOOKS = WordClass(
    name="INSULT_LOOKS",
    pos=Pos.NOUN,
    description=(
        "Insult nouns that attack a person's body or looks; animal words with a harmless "
        "sense ('whale', 'cow') are in INSULT_AMBIGUOUS and disability words are not listed."
    ),
    entries="""
        fatso, fatty / fattie, lardass / lard-ass / lardarse / lard-arse, lardo
        fatass / fat-ass / fatarse / fat-arse, tub of lard, lard bucket / lardbucket
        porker, butterball, beached whale, land whale / landwhale, hambeast, uggo, munter
        minger, gargoyle, horseface / horse-face, ratface / rat-face, pigface / pig-face
        dogface / dog-face, pizza face / pizzaface, zitface, crater face, butterface
        four-eyes, slaphead, chrome dome, baldy / baldie, stick insect, bag of bones
        walking skeleton, runt, short-arse / shortarse / short-ass, titch
        streak of piss, lanky streak of piss, plain jane, swamp donkey, bushpig
        fat pig, fat cow, ugly cow
        thunder thighs, scruffbag
    """,
)

INSULT_CRUDE = WordClass(
    name="INSULT_CRUDE",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for uncouth, low-class or backward people; ethnic and racial "
        "class slurs are deliberately not listed."
    ),
    entries="""
        chav, bogan, pleb, peasant, redneck, hick, hillbilly, yokel, bumpkin
        country bumpkin, rube, hayseed, trailer trash, neanderthal, troglodyte
        philistine, boor, scrote, toerag / toe-rag, guttersnipe, scally, skanger
        gutter rat, dero / derro, hoon, lager lout, knuckle-dragger, oik, yob
        riffraff / riff-raff, vulgarian, ruffian, plebeian, chavette
    """,
)

INSULT_SUBSTANCE = WordClass(
    name="INSULT_SUBSTANCE",
    pos=Pos.NOUN,
    description=(
        "Contemptuous nouns for a drunk or drug user, thrown in fights; neutral or "
        "harmless-sense words ('drunk', 'addict', 'stoner') are in INSULT_AMBIGUOUS."
    ),
    entries="""
        pisshead / piss-head, drunkard, lush, sot, wino, alky / alkie / alchy
        boozehound / booze hound, barfly, piss artist, junkie / junky, crackhead
        druggie / druggy, pothead, cokehead, methhead / meth head, tweaker, smackhead
        dopehead, pillhead
        dipsomaniac / dipso, speed freak, acidhead, glue sniffer, druggo
    """,
)

INSULT_UNCOOL = WordClass(
    name="INSULT_UNCOOL",
    pos=Pos.NOUN,
    description=(
        "Insult nouns for dull, uncool or friendless people; 'nerd', 'geek' and 'square', "
        "which are often friendly, are in INSULT_AMBIGUOUS."
    ),
    entries="""
        dork, dweeb, fuddy-duddy, old fogey / old fogy, dag, saddo, sad sack, weirdo
        oddball, weeb, normie, billy no-mates, lame-o / lameo, spod, loser, killjoy
        pencil-pusher / pen-pusher, bean counter
    """,
)

INSULT_OTHER = WordClass(
    name="INSULT_OTHER",
    pos=Pos.NOUN,
    description=(
        "Insult nouns from internet and relationship talk that fit no other group "
        "('simp', 'npc', 'red flag' is ambiguous and lives in INSULT_AMBIGUOUS)."
    ),
    entries="""
        simp, incel, npc, noob / n00b / newb, sheeple, shill, edgelord, keyboard warrior
        neckbeard, pickme, pick-me girl, chud, soyboy / soy boy, beta male, lolcow, degen
        hater, coomer, walking red flag, emotional vampire, energy vampire, love rat
        bridezilla, special snowflake, internet troll, gaslighter, narc
        attention whore, clout chaser, reply guy, cringelord, bad influence
        shitposter, tech bro, frat boy / frat bro, love bomber, flying monkey, enabler
    """,
)

PLAYFUL_NAME = WordClass(
    name="PLAYFUL_NAME",
    pos=Pos.NOUN,
    description=(
        "Mild names friends call each other in fun as often as in anger ('dork', "
        "'muppet', 'numpty', 'menace', 'nutter'): beside laughter or love they tease. "
        "Harsh, crude and cruel insults ('idiot', 'loser', 'bitch') are not listed: "
        "laughter does not soften them. The words keep their INSULT_ classes too."
    ),
    entries="""
        dork, doofus, dingbat, dummy, dum-dum, muppet, numpty, wally, plonker, pillock, prat
        twit, nitwit, nincompoop, knucklehead, goofball, goof, numbskull, nutter, nutcase
        weirdo, oddball, menace, rascal, scamp, rogue, scoundrel, cheeky monkey, cheeky sod
        grump, grumpy-guts, crank, drama queen, diva, nerd, geek, dweeb, noob, newbie
        silly billy, sausage, wazzock, divvy, melt, donut / doughnut, lemon, goose, softie
        sap, big baby, cry baby / crybaby, brat, troublemaker, pest, terror, nuisance, lump
        big lump, dope, dipstick, clown, goober, bozo, airhead, space cadet, ditz
    """,
)

INSULT_AMBIGUOUS = WordClass(
    name="INSULT_AMBIGUOUS",
    pos=Pos.NOUN,
    description=(
        "Insult nouns that also have a common harmless sense (animals, objects, body "
        "parts, names, pet names, literal uses), kept out of the INSULT_ groups so rules "
        "can demand a stronger frame ('you pig' yes, 'my pig' no)."
    ),
    entries="""
        tool, pig, rat, snake, cow, baby, clown, nobody, dog, plank, dope, bum, nut, bear
        dear, ass, arse, dick, cock, knob, nob, tit, pussy, fanny, shit, shite, sod, bugger
        spanner, weapon, melt, nugget, doughnut / donut, helmet, lemon, banana, goose, galah
        dill, dropkick, turkey, donkey, mule, ox, cabbage, turnip, sheep, chicken, weasel
        worm, toad, slug, sloth, shrew, nag, witch, heifer, sow, whale, hippo, moose, blimp
        beast, animal, savage, devil, demon, dragon, troll, goblin, gremlin, vampire
        dinosaur, fossil, joke, zero, nothing, trash, garbage, rubbish, waste of time
        mess, wreck, train wreck / trainwreck, disaster, nightmare, liability, mistake
        accident, fake, hustler, player, playboy, catfish, tramp, tart, hooker, child, kid
        toddler, infant, girl, little girl, princess, diva, karen, boomer, bot, virgin
        snowflake, red flag, white knight, nice guy, beta, mouse, jellyfish, doormat
        puppet, lapdog, minion, drip, softie / softy, weed, shrimp, beanpole, skeleton
        scarecrow, crank, crab, loon, cuckoo, fruitcake, fruit loop, ding-dong, doorknob
        dodo, dumbbell, dummy, dipstick, clot, nit, mug, sucker, sap, roaster, grass
        caveman, geezer, hound, hog, vulture, viper, serpent, cockroach, maggot, louse
        skunk, goat, pest, villain, gossip, telltale, user, lightweight, amateur, cowboy
        scrub, dud, flop, drag, square, nerd, geek, anorak, stoner, drunk, boozer
        alcoholic, addict, burnout, victim, martyr, lump, loafer, slouch, ned, mare
        wife-beater, big shot, hotshot, freak, banshee, rogue, heel, ho, reject, burden
        mooch, snoop, stirrer, creeper, pansy, sneak, dupe, flake
        meatball, melon, plum, pudding, nana, spacer, yahoo, pecker, sponge, filth
        shark, misery, nanny, stinker, feral, soak, wallflower, trainspotter, stiff
        peacock, taker, bore, crook, big baby
    """,
)

CLASSES: tuple[WordClass, ...] = (
    INSULT_STUPID,
    INSULT_INCOMPETENT,
    INSULT_VULGAR,
    INSULT_SEXUAL,
    INSULT_WORTHLESS,
    INSULT_UNKIND,
    INSULT_WEAK,
    INSULT_LIAR,
    INSULT_LAZY,
    INSULT_UNSTABLE,
    INSULT_CHILDISH,
    INSULT_ARROGANT,
    INSULT_GRUMPY,
    INSULT_SELFISH,
    INSULT_CONTROLLING,
    INSULT_LOOKS,
    INSULT_CRUDE,
    INSULT_SUBSTANCE,
    INSULT_UNCOOL,
    INSULT_OTHER,
    INSULT_AMBIGUOUS,
    PLAYFUL_NAME,
)
