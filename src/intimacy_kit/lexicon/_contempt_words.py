"""Word classes for contempt, defensiveness, comparison and accusatory questions.

These four families judge the other person sideways: by mock praise ("nice going,
Einstein"), by scorn for their words ("you're talking rubbish"), by rejection ("nobody
could love someone like you"), by turning the blame round ("you're no saint yourself"),
by holding someone else up as the standard ("my ex would never"), and by questions that
hold their verdict ("are you deaf?"). The rules are frames; the words the frames need
are here, so a new sarcastic nickname or a new way to say "nonsense" needs an entry, not
a rule.

Verb classes list lemmas and phrasal verbs, inflected on their first word ("run away" →
"running away"). Noun classes get their plurals. The other classes list phrases as they
are written, after the text layer has spelled chat forms out ("u" → "you", "wtf" → "what
the fuck") and split contractions ("you're" → "you 're"). A hyphenated entry also
matches written open and closed.

Written by the intimacy_kit team from general knowledge of English (British, American
and chat usage). Words with a common kind sense ("champ", "hero", "sunshine",
"princess", "sweetie") are left out of the mocking classes: a rule that needs them gives
them a frame of their own.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

# -- contempt: mock praise and mocking names -----------------------------------------------

SARCASTIC_TITLE = WordClass(
    name="SARCASTIC_TITLE",
    pos=Pos.OTHER,
    description=(
        "Nicknames for a clever, grand or virtuous person that are used almost only to "
        "mock the one addressed ('nice going, Einstein'); kind pet names ('champ', "
        "'sunshine', 'princess') are not listed."
    ),
    entries="""
        genius, einstein, albert einstein, sherlock, sherlock holmes, captain obvious
        smart guy, smart girl, smartass / smart-ass / smart arse / smart-arse / smartarse
        smarty pants / smartypants / smarty-pants, wise guy, wiseass / wise-ass
        brainiac, mastermind, criminal mastermind, boy genius, girl genius, evil genius
        rocket scientist, brain surgeon, nobel prize winner, professor, prof
        picasso, shakespeare, mozart, socrates, plato, aristotle, da vinci, gordon ramsay
        mother teresa, saint teresa, gandhi, florence nightingale, dr phil, doctor phil
        sigmund freud, freud, columbo, inspector clouseau, nancy drew, bill gates, elon
        mr bean, hotshot / hot shot, big shot / bigshot, big man, tough guy, hard man
        mr perfect / mr. perfect, miss perfect, little miss perfect, mr know-it-all
        mr. know-it-all, miss know-it-all, know-it-all / know it all / knowitall
        mr nice guy / mr. nice guy, mr fix-it / mr. fix-it, mr important / mr. important
        miss important, mr big shot / mr. big shot, mr smooth, mr cool, miss popular
        lord muck, lady muck, your highness, your majesty, your royal highness
        your lordship, your ladyship, your holiness, your excellency, his majesty
        her majesty, her highness, his highness, lord and master, sir galahad
        prince charming, romeo, casanova, don juan, lover boy, mr romance, mr romantic
        superman, superwoman, wonder woman, captain america, mcgyver / macgyver
        martha stewart, marie kondo, the expert, mr expert, miss expert, the professor
        the oracle, the great philosopher, great philosopher, philosopher king
        keyboard warrior, internet tough guy, armchair expert, armchair quarterback
        captain hindsight, captain sensible, captain sarcasm, sherlock junior
    """,
)

MOCK_HONORIFIC = WordClass(
    name="MOCK_HONORIFIC",
    pos=Pos.OTHER,
    description=(
        "Titles put before a quality to make a mocking nickname of it ('Mr Perfect', "
        "'Little Miss Sunshine', 'Saint Sarah'); the quality words are MOCK_TITLE_QUALITY."
    ),
    entries="""
        mr / mr. / mister, miss, mrs / mrs., ms / ms., little miss, little mister
        lord, lady, saint, st / st., sir, madam, captain, doctor, dr / dr., professor
        king, queen, prince, princess, his royal, her royal, the great, the almighty
        the mighty, the all-knowing, the amazing, the magnificent, the wonderful
    """,
    inflect=False,
)

MOCK_TITLE_QUALITY = WordClass(
    name="MOCK_TITLE_QUALITY",
    pos=Pos.OTHER,
    description=(
        "Qualities that a mocking title turns into a nickname ('Mr Perfect', 'Miss "
        "Organised', 'Captain Responsible'); 'right' is not listed ('Mr Right' is kind)."
    ),
    entries="""
        perfect, know-it-all / know it all, important, fancy, fancy pants / fancypants, busy
        big shot / bigshot, holier-than-thou / holier than thou, sunshine, positive
        positivity, organised / organized, responsible, tidy, neat, expert, clever
        smarty pants / smartypants, sensitive, popular, independent, logical, rational
        calm, cool, chill, never wrong, always right, high and mighty, goody two shoes
        goody-two-shoes, moneybags / money bags, nice guy, sensible, fix-it / fixit
        punctual, reliable, righteous, self-righteous, muck, bossy, drama, negativity
        grumpy, grumpy pants, hotshot, innocent, victim, martyr, helpful, considerate
        thoughtful, generous, wonderful, amazing, flawless, spotless, efficient
        productive, healthy, fitness, wellness, mindful, zen, laid-back / laid back
        busybody / busy-body, ceo, boss, obvious, hindsight, sarcasm, superior
        better than everyone, holier, saintly, virtuous, goody, goody goody
        party animal, social butterfly, life coach, therapist, psychologist, detective
        moral high ground, high horse, entitled, precious, delicate, fragile, touchy
        easily offended, can't take a joke, look at me, me me me, attention
    """,
    inflect=False,
)

SARCASTIC_PRAISE_LEAD = WordClass(
    name="SARCASTIC_PRAISE_LEAD",
    pos=Pos.OTHER,
    description=(
        "Short praise and assent that, said before a mocking nickname, is sarcasm "
        "('great idea, genius', 'ok einstein'); on their own they are kind."
    ),
    entries="""
        nice job, good job, great job, nice work, good work, great work, well done
        nice going, good going, great going, way to go, nice one, good one, great one
        nice try, good try, great idea, brilliant idea, good idea, nice idea, genius idea
        bright idea, smart move, nice move, great move, smooth move, brilliant move
        good thinking, great thinking, nice thinking, bravo, congrats, congratulations
        thanks, thanks a lot, thanks a bunch, thank you, cheers, brilliant, great, nice
        lovely, perfect, fantastic, wonderful, amazing, awesome, excellent, classic
        sure thing, of course, yes, no, okay, sure, right, yeah, whatever, alright
        fine, gee, wow, ooh, oh, riiight, gotcha, got it, noted, thanks for that
        real smooth, very clever, so clever, how clever, very smart, so smart
    """,
    inflect=False,
)

IRONIC_REMARK = WordClass(
    name="IRONIC_REMARK",
    pos=Pos.OTHER,
    description=(
        "Set sarcastic remarks that mock what the other person said or did when they "
        "stand as a clause of their own ('real mature', 'cry me a river', 'big surprise', "
        "'yeah right'); ambiguous ones ('nice try', 'who knew', 'no kidding') are not "
        "listed."
    ),
    entries="""
        real mature, very mature, so mature, how mature, real classy, very classy
        how classy, so classy, real smooth, real nice, real cute, how very original
        how original, how predictable, how typical, how convenient, how very convenient
        thanks for nothing, thanks for the help not, big surprise, huge surprise
        surprise surprise, shocker, what a shocker, total shocker
        colour me surprised / color me surprised, colour me shocked / color me shocked
        cool story, cool story bro, slow clap, yeah right, yea right, ya right
        yeah sure, yeah yeah, riiight, as if, sure jan, in your dreams, dream on
        keep dreaming, oh please, puh-lease / puhlease / pul-lease / puh-leeze
        give me a break, spare me, don't make me laugh, my heart bleeds
        my heart bleeds for you, boo hoo / boohoo / boo-hoo, boo fucking hoo
        cry me a river, cry me a fucking river, diddums, waah / waaah / wah wah
        call the waambulance / call the waaambulance / call the wambulance
        world's smallest violin, the world's smallest violin, what else is new
        womp womp, womp womp womp, sad trombone, cry harder
        tell me something i don't know, well duh, duh, ya think, you don't say
        thanks captain obvious, newsflash / news flash, big whoop, big fucking deal
        whoop-de-doo / whoop dee doo / whoopty doo / whoop-dee-do / whoopdedoo
        la-di-da / la di da / lah-di-dah, stop the presses, hold the front page
        come off it, we all have our priorities, i guess we all have our priorities
        bold choice, interesting choice, brave choice
        alert the media, call the papers, call the press, someone call the newspapers
        get the violins out, pass the tissues, bless your cotton socks
        aren't you special, aren't you clever, aren't you a genius, well aren't you special
        good for you buddy, how nice for you, lucky you, must be nice, must be lovely
        must be great, must be fun, must be nice for some, nice for some, all right for some
        alright for some, it's alright for some, some of us wish
        groundbreaking, truly groundbreaking, never been done before, riveting, how riveting
        fascinating story, heard that one before, i've heard that one before
    """,
    inflect=False,
)

MOCK_REWARD = WordClass(
    name="MOCK_REWARD",
    pos=Pos.OTHER,
    description=(
        "Rewards offered in mockery for a small or overdue effort ('want a medal?', "
        "'shall I throw you a parade?'); food rewards ('a cookie') are not listed, as "
        "they are offered sincerely too."
    ),
    entries="""
        medal, a medal, trophy, a trophy, prize, a prize, parade, a parade
        ticker-tape parade, a ticker-tape parade, round of applause, a round of applause
        pat on the back, a pat on the back, award, an award, standing ovation
        a standing ovation, gold star, a gold star, gold sticker, a gold sticker
        certificate, a certificate, statue, a statue, nobel prize, the nobel prize
        a nobel prize, oscar, an oscar, knighthood, a knighthood, badge, a badge
        participation trophy, a participation trophy, participation award
        a participation award, medal of honour / medal of honor, the medal of honour
        plaque, a plaque, shrine, a shrine, monument, a monument, holiday named after you
        a national holiday, fanfare, a fanfare, red carpet, the red carpet
        brass band, a brass band, victory lap, a victory lap, thank-you card
        a thank-you card, biscuit for that, cookie for that, gold medal, a gold medal
    """,
    inflect=False,
)

MOCK_EFFORT = WordClass(
    name="MOCK_EFFORT",
    pos=Pos.OTHER,
    description=(
        "Mock warnings against over-exertion, said of a small effort ('don't strain "
        "yourself', 'careful, you'll pull a muscle'); sincere ones about real strain "
        "('don't overdo it') are not listed."
    ),
    entries="""
        strain yourself, exert yourself, overexert yourself, break a sweat
        pull a muscle, bust a gut, put yourself out, trouble yourself
        go out of your way, burst a blood vessel, hurt your brain, strain your brain
        strain a brain cell, sprain something, pull something, hurt yourself thinking
        think too hard, wear out your brain, fry your brain, tax your brain
        overload your brain, blow a fuse, rupture something, break a nail
        lift a finger, get up off the couch, get off your phone for a second
    """,
    inflect=False,
)

MOCK_TEARS = WordClass(
    name="MOCK_TEARS",
    pos=Pos.OTHER,
    description=(
        "Scornful names for the other person's distress, complaints or talk ('the "
        "waterworks', 'your sob story', 'the lecture', 'your excuses'), as the object "
        "of a dismissal ('spare me the ...', 'enough with the ...')."
    ),
    entries="""
        waterworks, crocodile tears, fake tears, sob story, sob stories, pity party
        pity parties, tears, drama, theatrics, histrionics, hysterics, tantrum, tantrums
        sulk, sulking, whining, whinging, moaning, bitching, complaining, excuses
        excuse, lecture, lectures, speech, speeches, sermon, sermons, preaching
        moralising / moralizing, bullshit, bs, crap, shit, nonsense, lies, act
        innocent act, victim act, martyr act, poor me act, poor me routine, routine
        song and dance, psychobabble, guilt trip, guilt trips, guilt-tripping, attitude
        sarcasm, self-pity, hysteria, fake apology, fake apologies, hypocrisy
        smart remarks, smart comments, smart-ass comments, wisecracks, crap excuses
        lame excuses, pathetic excuses, feeble excuses, sob-story, violin, violins
        drama queen act, dramatics, melodrama, nagging, whinging and whining
        self-righteous crap, holier-than-thou act, preachiness, rant, rants
        rambling, bleating, waffle, waffling, drivel, twaddle, bollocks, tripe
    """,
    inflect=False,
)

EVASION_VERB = WordClass(
    name="EVASION_VERB",
    pos=Pos.VERB,
    description=(
        "Ways of dodging a conversation, as lemmas, that a sarcastic 'go ahead' or "
        "'what you're best at' throws back at the other person ('sure, walk away')."
    ),
    entries="""
        run away, walk away, storm off, storm out, ignore me, sulk, pout, change the subject
        make excuses, play the victim, play dumb, pretend, hide, give up, shut down
        disappear, walk out, run off, go sulk, go cry, cry, cry about it, leave, bail
        turn your back, turn your back on me, slam the door, hang up, hang up on me
        go quiet, go silent, give me the silent treatment, shut me out, stonewall
        roll your eyes, laugh it off, brush it off, dodge the question, dodge it
        avoid the question, avoid me, deflect, spin it, twist it, lie about it
        blame everyone else, blame someone else, blame the dog, blame the kids
        evade, evade responsibility, evade the question, avoid responsibility, dodge
        duck responsibility, sidestep, wriggle out of it, deflect blame, shift the blame
        run to your mother, run to your mum, run to your mom, run home to mummy
    """,
)

MISDEED_VERB = WordClass(
    name="MISDEED_VERB",
    pos=Pos.VERB,
    description=(
        "Blameworthy habits, as lemmas, that mock praise turns round ('you're so good "
        "at making excuses', 'always great at letting people down')."
    ),
    entries="""
        lie, tell lies, nag, complain, whine, whinge, moan, criticise / criticize, judge
        twist my words, twist things, twist everything, waste money, waste time
        overreact, exaggerate, let me down, let people down, break promises
        break your promises, ruin everything, ruin things, mess things up
        screw things up, fuck things up, interrupt, talk over me, show up late
        turn up late, pick fights, start arguments, start fights, cause drama
        stir up drama, stir the pot, make a scene, make a mess, leave a mess
        keep secrets, flirt, cheat, gaslight, manipulate, point fingers, point the finger
        pass the buck, dodge responsibility
        miss the point, suck up, kiss ass, kiss arse, forget, procrastinate
        disappoint people, embarrass me, humiliate me, make everything about you
        make it about you, make it all about you, take credit, steal the credit
        play games, play mind games, guilt-trip / guilt trip, sulk, ignore people
        ignore me, make promises, make empty promises, spend my money, spend money
        sleep, do nothing, sit on your arse, sit on your ass, avoid work, skive, slack off
        get out of things, wriggle out of things, weasel out of things, talk rubbish
        talk nonsense, talk shit, talk crap, run your mouth, open your mouth
    """,
)

VICTIM_ROLE = WordClass(
    name="VICTIM_ROLE",
    pos=Pos.OTHER,
    description=(
        "Roles a person is mocked for casting themselves in ('playing the victim', "
        "'always the martyr'), and the cards they are said to play."
    ),
    entries="""
        victim, the victim, a victim, poor little victim, the poor little victim
        martyr, the martyr, a martyr, injured party, the injured party
        innocent one, the innocent one, innocent party, the innocent party, saint
        the saint, a saint, damsel in distress, the damsel in distress, poor me
        victim card, the victim card, martyr card, the martyr card, sympathy card
        the sympathy card, pity card, the pity card, race card, the race card
        hard-done-by one, the hard-done-by one, poor thing, the poor thing
        wounded soldier, the wounded soldier, hero of the story, the hero of the story
        good guy, the good guy, only one who suffers, the only one who suffers
        the innocent, innocent, the wronged one, the wronged party
    """,
    inflect=False,
)

CHORE_VERB = WordClass(
    name="CHORE_VERB",
    pos=Pos.VERB,
    description=(
        "Household and everyday tasks, as lemmas, for sarcasm about tasks that will "
        "'do themselves' ('the bins won't take themselves out')."
    ),
    entries="""
        wash, clean, clean up, do, take, take out, put, put away, tidy, tidy up, empty, walk, feed
        fold, cook, load, unload, hoover, vacuum, pay, mop, sweep, dry, iron, make, water
        fix, sort, sort out, hang up, hang out, change, unpack, pick up, scrub, dust, wipe
        clear, clear up, book, put back, replace, refill, organise / organize, plan, buy
        order, mow, weed, take care of, get done, finish, write, answer, reply to, call
        text, remember, bathe, put to bed, drive, file, post, collect, return, wrap
        schedule, arrange, repair, paint, assemble, recycle, defrost, restock, top up
    """,
)

CHARACTER_FAULT = WordClass(
    name="CHARACTER_FAULT",
    pos=Pos.ADJ,
    description=(
        "Character words that are faults of conduct (lazy, selfish, mean, stupid, childish, "
        "arrogant, unreliable, stubborn ...), the trait groups whose words are rarely "
        "literal; groups of looks, age, health and temperature ('old', 'sick', 'cold') are "
        "left out, so 'how old are you?' stays a question."
    ),
    includes=(
        "TRAIT_LAZY",
        "TRAIT_SELFISH",
        "TRAIT_STINGY",
        "TRAIT_UNKIND",
        "TRAIT_DISHONEST",
        "TRAIT_UNFAITHFUL",
        "TRAIT_STUPID",
        "TRAIT_INCOMPETENT",
        "TRAIT_CHILDISH",
        "TRAIT_CONTROLLING",
        "TRAIT_ARROGANT",
        "TRAIT_UNRELIABLE",
        "TRAIT_UNREASONABLE",
        "TRAIT_STUBBORN",
        "TRAIT_CRITICAL",
        "TRAIT_GRUMPY",
        "TRAIT_BORING",
        "TRAIT_NEEDY",
        "TRAIT_HOSTILE",
    ),
)

# -- contempt: disgust, scorn and rejection ------------------------------------------------

DISGUST_VERB = WordClass(
    name="DISGUST_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of disgust, shame and boredom caused by a person, as lemmas ('you "
        "disgust me', 'you embarrass me', 'you bore me')."
    ),
    entries="""
        disgust, repulse, sicken, nauseate, revolt, appal / appall, gross out, creep out
        embarrass, humiliate, shame, bore, repel, horrify, mortify, turn off, bore to death
        bore to tears, make sick, make me sick, turn my stomach
    """,
)

DISGUST_REACTION = WordClass(
    name="DISGUST_REACTION",
    pos=Pos.OTHER,
    description=(
        "What a person is said to make the writer feel or want when the writer is "
        "disgusted ('you make me sick', 'you make me want to puke'), after 'make me'."
    ),
    entries="""
        sick, physically sick, sick to my stomach, nauseous, want to puke
        want to vomit, want to throw up, want to be sick, want to gag, want to scream
        want to hurl, want to spew, want to heave, want to retch, gag, puke, vomit
        throw up, cringe, shudder, retch, heave, ashamed, embarrassed, ill
    """,
    inflect=False,
)

AFFECTION_VERB = WordClass(
    name="AFFECTION_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of loving, wanting and putting up with a person, as lemmas, for "
        "rejection frames ('nobody could love someone like you', 'who would want you')."
    ),
    entries="""
        love, want, like, stand, date, marry, tolerate, put up with, fancy, respect
        trust, care about, care for, choose, pick, touch, kiss, be with, live with
        sleep with, miss, need, wait for, forgive, cope with, deal with, stomach
        handle, look at, listen to, hire, befriend, be friends with, go out with
    """,
)

REJECT_VERB = WordClass(
    name="REJECT_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs for how other people turn away from someone, as lemmas ('no wonder "
        "your ex left', 'no wonder everyone avoids you')."
    ),
    entries="""
        leave, dump, ditch, hate, fire, avoid, cheat on, walk out on, dislike, despise
        get sick of, get tired of, give up on, cut off, ghost, block, laugh at, mock
        unfriend, drop, abandon, run away from, reject, divorce, kick out, sack
        can't stand, don't like, don't want, won't talk to, talk behind your back
    """,
)

NONSENSE_VERDICT = WordClass(
    name="NONSENSE_VERDICT",
    pos=Pos.OTHER,
    description=(
        "Verdicts that call what someone says or thinks worthless ('nonsense', 'a load "
        "of rubbish', 'absurd', 'laughable'), as written."
    ),
    entries="""
        nonsense, rubbish, garbage, trash, bullshit, bs, crap, shit, drivel, tripe, twaddle
        hogwash, baloney / boloney, codswallop, claptrap, poppycock, bollocks, horseshit
        cobblers, balderdash, gibberish, bunk, bunkum, malarkey, piffle, tosh, pish
        hooey, horse manure, bull, a load of rubbish, a load of crap, a load of bull
        a load of bollocks, a load of nonsense, a load of shit, a load of old rubbish
        complete nonsense, utter nonsense, total nonsense, complete rubbish, utter rubbish
        total rubbish, complete garbage, total garbage, absolute nonsense, absolute rubbish
        ridiculous, absurd, laughable, idiotic, stupid, moronic, insane, ludicrous
        preposterous, asinine, pathetic, a joke, a bad joke, meaningless, pointless
        nonsensical, delusional, deluded, daft, dumb, ignorant, childish, juvenile, petty
        lame, pitiful, embarrassing, cringe, cringey / cringy, brain-dead / braindead
        half-baked, hare-brained / harebrained, crackpot, batshit, batshit crazy, bonkers
        nuts, mental, unhinged, illogical, irrational, incoherent, garbled, worthless
        useless, hypocritical, dishonest, misinformed, uninformed, clueless, hilarious
        rich, pure fantasy, fantasy, fiction, wishful thinking, fake news, made up
        propaganda, conspiracy theory, dumbest, stupidest, despicable, disgraceful, shameful
        contemptible, vile, hateful, disgusting, repulsive, sickening
    """,
    inflect=False,
)

SPEECH_OBJECT = WordClass(
    name="SPEECH_OBJECT",
    pos=Pos.NOUN,
    description=(
        "What a person says, thinks or proposes, as nouns, when it is the target of a "
        "scornful verdict ('your argument is absurd', 'what a stupid idea')."
    ),
    entries="""
        argument, logic, reasoning, point, opinion, idea, theory, comment, post, remark
        question, excuse, claim, statement, answer, reply, response, take, thinking, plan
        suggestion, advice, attitude, view, stance, position, explanation, apology, story
        lie, rant, contribution, input, two cents, analysis, understanding, knowledge
        research, writing, grammar, spelling, effort, attempt, performance, behaviour
        behavior, words, tweet, message, text, email, edit, article, review, proposal
        philosophy, worldview, priorities, judgment / judgement, taste, choice, decision
        protest, complaint, accusation, assumption, conclusion, joke, comeback
        excuse for an apology, so-called argument, interpretation, version of events
        opinion piece, viewpoint, point of view, perspective, outlook, mindset, belief
        thought, thought process, assertion, namecalling, name-calling, sarcasm, rhetoric
        beliefs, principles, standards, expectations, demands, rules, notion, concept
    """,
)

SCORNED_PURSUIT_MODIFIER = WordClass(
    name="SCORNED_PURSUIT_MODIFIER",
    pos=Pos.OTHER,
    description=(
        "Words put before the other person's things or pursuits to belittle them "
        "('your precious car', 'your so-called job', 'your stupid little hobby'); "
        "'little' alone is not listed, as it is often fond."
    ),
    entries="""
        precious, beloved, stupid, pathetic
        pointless, ridiculous, useless, worthless, idiotic, lame, crappy, shitty
        pitiful, measly, petty, sad little, stupid little, pathetic little
        sorry little, stupid old, ridiculous little, pointless little, useless little
        vaunted, much-vaunted, oh-so-important, oh so important, all-important
        trashy, tacky, naff, glorified, two-bit, half-arsed / half-assed
    """,
    inflect=False,
)

DOUBT_MODIFIER = WordClass(
    name="DOUBT_MODIFIER",
    pos=Pos.OTHER,
    description=(
        "Words that cast doubt on what the other person calls someone or something of "
        "theirs ('your so-called friends', 'your supposed job', 'your self-proclaimed "
        "expertise'): the written form of scare quotes."
    ),
    entries="""
        so-called / so called, supposed, alleged, self-proclaimed, self-styled
        wannabe, pretend, make-believe, imaginary, self-appointed, self-described
        purported, ostensible, quote unquote, air quotes, fake, phoney / phony, sham
    """,
    inflect=False,
)

SCARE_QUOTED_WORD = WordClass(
    name="SCARE_QUOTED_WORD",
    pos=Pos.NOUN,
    description=(
        "What a person claims for themselves and the other puts in scare quotes to doubt "
        'it: their work, help, friends, pretexts, excuses and boasts (your "research", '
        'you were "busy", your "quick drink", your "famous" lasagne, the '
        '"influencer"); a quoted name or technical term is not listed.'
    ),
    entries="""
        help, advice, research, job, work, hobby, career, friend, bestie, boss, plan
        business, art, music, passion, project, investigation, support, concern, apology
        effort, feeling, need, priority, expertise, opinion, issue, problem, emergency
        meeting, overtime, working late, busy, tired, sick, headache, migraine, forgot
        forgotten, accident, mistake, joke, joking, kidding, honest, honesty, sorry, love
        care, caring, trying, fine, just friends, colleague, gym, errand, study, studying
        diet, cleaning, tidying, fixing, cooking, date, business trip, night out, quick drink
        one drink, five minutes, later, soon, promise, commitment, principle, standard
        values, morals, ethics, boundaries, me time, space, self-care, genius, talent
        expert, experience, knowledge, fact, facts, truth, evidence, proof, reason, logic
        sacrifice, contribution, input, feedback, compliment, gift, surprise, favour, favor
        responsibility, duty, dedication, hard work, creativity, vision, spirituality
        energy, vibe, vibes, intuition, gut feeling, anxiety, depression, allergy, allergies
        hangover, bad back, traffic, signal, battery, phone died, lost track of time
        working from home, in a meeting, on my way, nearly there, running late
        podcast, banter, influencer, creative, entrepreneur, side hustle, startup, brand
        content, band, novel, screenplay, tidied, cleaned, helped, cooked, finding yourself
        finding myself, finding ourselves, famous, world-famous, legendary, signature
    """,
)

SIMPLETON_BENCHMARK = WordClass(
    name="SIMPLETON_BENCHMARK",
    pos=Pos.OTHER,
    description=(
        "The least capable beings a person is measured against to belittle them ('even a "
        "toddler could do that', 'my dog listens better')."
    ),
    entries="""
        child, a child, kid, a kid, toddler, a toddler, baby, a baby, five-year-old
        a five-year-old, five year old, a five year old, 5 year old, a 5 year old
        two-year-old, a two-year-old, three-year-old, a three-year-old, monkey, a monkey
        trained monkey, a trained monkey, chimp, a chimp, chimpanzee, a chimpanzee, dog
        a dog, my dog, the dog, goldfish, a goldfish, idiot, an idiot, moron, a moron
        my grandma, my nan, my granny, my grandad, my grandpa, caveman, a caveman
        potato, a potato, rock, a rock, brick, a brick, toaster, a toaster, houseplant
        a houseplant, teenager, a teenager, preschooler, a preschooler, first grader
        a first grader, schoolkid, a schoolkid, trained chimp, a trained chimp, cat
        a cat, the cat, my cat, hamster, a hamster, parrot, a parrot, robot, a robot
        primary school kid, a primary school kid, year one, a drunk, drunk person
        blind man, a blind man, a blind person, a dead man, a corpse, a trained seal
    """,
    inflect=False,
)

LACKED_VIRTUE = WordClass(
    name="LACKED_VIRTUE",
    pos=Pos.OTHER,
    description=(
        "Qualities a person is told they utterly lack ('you have no shame', 'do you even "
        "have a brain?'); 'idea' and 'clue' are not listed ('you have no idea how much I "
        "love you')."
    ),
    entries="""
        shame, class, manners, spine, backbone, balls, guts, brain, brains, brain cells
        brain cell, a brain, a brain cell, half a brain, any brains, common sense, sense
        any sense, self-respect, dignity, decency, morals, integrity, conscience, heart
        a heart, soul, a soul, taste, style, tact, empathy, social skills, sense of humour
        sense of humor, ambition, drive, personality, a personality, life, a life
        respect, self-awareness, self-control, willpower, discipline, maturity, charm
        talent, skills, standards, pride, honour / honor, loyalty, filter, a filter
        boundaries, friends, any friends, a single friend, a job, a backbone, a spine
        eyes, ears, a conscience, compassion, humanity, scruples, principles, a clue
        whatsoever, a shred of decency, an ounce of decency, a care in the world
    """,
    inflect=False,
)

MOCKED_FACULTY = WordClass(
    name="MOCKED_FACULTY",
    pos=Pos.OTHER,
    description=(
        "Faculties mocked by comparison with something dull or small ('you have the "
        "personality of a wet sock', 'the attention span of a goldfish')."
    ),
    entries="""
        personality, charm, brains, brain, intelligence, emotional intelligence
        emotional range, common sense, iq, attention span, memory, manners
        sense of humour / sense of humor, maturity, spine, backbone, social skills
        empathy, tact, warmth, conversational skills, conversation skills, taste
        fashion sense, dress sense, work ethic, motivation, ambition, patience
        table manners, hygiene, driving skills, cooking skills, sex appeal, charisma
        mental age, emotional maturity, logic, reasoning, focus, grace, coordination
        style, energy, vocabulary, people skills, listening skills, sense of direction
        situational awareness, self-awareness, romance, spontaneity
    """,
    inflect=False,
)

SKILL_NOUN = WordClass(
    name="SKILL_NOUN",
    pos=Pos.NOUN,
    description=(
        "What a person does or makes, judged as a skill or a habit ('your cooking is "
        "awful', 'your driving is a disaster', 'your excuses are pathetic'): doings and "
        "ways, not things that happen to them ('your day', 'your flight', 'your boss')."
    ),
    entries="""
        cooking, baking, driving, parking, parenting, singing, dancing, cleaning, tidying
        handwriting, spelling, grammar, timing, planning, packing, budgeting, decorating
        gardening, texting, kissing, cooking skills, driving skills, time management
        organisation / organization, organising / organizing, housework, effort, efforts
        attitude, behaviour / behavior, manners, hygiene, memory, judgement / judgment
        choices, decisions, decision-making, communication, listening, excuses, jokes
        ideas, taste, taste in men, taste in women, taste in music, taste in films
        taste in clothes, dress sense, fashion sense, sense of direction, sense of humour
        sense of humor, personality, work ethic, priorities, logic, reasoning, apology
        apologies, promises, lies
    """,
    inflect=False,
)

DIM_IDIOM = WordClass(
    name="DIM_IDIOM",
    pos=Pos.OTHER,
    description=(
        "Folk idioms that call a person stupid or mad without the word ('not the "
        "sharpest tool in the shed', 'a few sandwiches short of a picnic'), as written."
    ),
    entries="""
        not the sharpest tool in the shed, not the sharpest tool in the box
        not the sharpest knife in the drawer, not the sharpest pencil in the box
        not the sharpest crayon in the box, not the sharpest tack, not the brightest bulb
        not the brightest bulb in the box, not the brightest crayon in the box
        not the brightest spark, not the brightest candle, not the brightest button
        a few sandwiches short of a picnic
        a sandwich short of a picnic, one sandwich short of a picnic
        a few fries short of a happy meal, a few bricks short of a load
        a few cards short of a deck, a few cards short of a full deck
        one card short of a full deck, not playing with a full deck
        a few screws loose, a screw loose, a few marbles short, lost your marbles
        lost his marbles, lost her marbles, the lights are on but nobody's home
        lights are on but nobody's home, the lights are on but no one's home
        nobody home upstairs, one taco short of a combination plate
        elevator doesn't go all the way to the top, a few beers short of a six-pack
        a few clowns short of a circus, two sandwiches short of a picnic
        thick as two short planks, thick as a brick, thick as mince, thick as pig shit
        dumb as a box of rocks, dumb as a bag of rocks, dumb as rocks, dumb as a rock
        dumb as a bag of hammers, dumb as a post, dumb as dirt, dumb as a doorknob
        dumber than a box of rocks, dumber than a bag of hammers, dumber than dirt
        thicker than two short planks, dense as a brick, dim as a twenty-watt bulb
        as sharp as a marble, as bright as a black hole, as useful as a chocolate teapot
        as much use as a chocolate teapot, useless as a chocolate teapot
        as useful as a handbrake on a canoe, couldn't organise a piss-up in a brewery
        couldn't organize a piss-up in a brewery, couldn't find your way out of a paper bag
        couldn't fight your way out of a paper bag, couldn't pour water out of a boot
        couldn't boil an egg, couldn't run a bath, two brain cells to rub together
        only two brain cells, one brain cell, a brain the size of a pea, pea-brained
        not the full shilling, a penny short of a pound, slow on the uptake, dead behind the eyes
        all fur coat and no knickers, all mouth and no trousers, all talk and no action
        all hat and no cattle, a waste of oxygen, a waste of space, a waste of skin
        a waste of air, a waste of a human being, a drain on society, not worth the air you breathe
        not worth the oxygen you breathe, dumb as a brick, thick as a plank, thick as shit
        forget your head if it wasn't screwed on, lose your head if it wasn't screwed on
    """,
    inflect=False,
)

CURSE_VERB = WordClass(
    name="CURSE_VERB",
    pos=Pos.OTHER,
    description=(
        "Swear verbs that curse a person when put before 'you', 'yourself', 'off' or "
        "'your ...' ('fuck you', 'screw your rules', 'sod off'), with their chat and "
        "censored spellings; the set phrases of swearing at someone are SWEAR_AT."
    ),
    entries="""
        fuck, fck, fk, fuk, fuq, fucc, f, eff, effing, f'in, f'ing, fuckin, fucking, fking
        screw, sod, bugger, feck, frick, frig
    """,
    inflect=False,
)

FOLLY_NOUN = WordClass(
    name="FOLLY_NOUN",
    pos=Pos.OTHER,
    description=(
        "Nouns that name a person's folly or vice as a thing they carry around ('your "
        "stupidity', 'the hypocrisy of what you said', 'your bullshit')."
    ),
    entries="""
        stupidity, stupidness, idiocy, ignorance, hypocrisy, absurdity, pettiness
        arrogance, incompetence, laziness, selfishness, cowardice, immaturity, dumbness
        foolishness, lunacy, insanity, delusion, delusions, nonsense, bullshit, bs, crap
        garbage, drivel, rubbish, bollocks, bitching, whining, whinging, moaning, stupidty
        cluelessness, narcissism, entitlement, smugness, sanctimony, self-righteousness
        pomposity, condescension, small-mindedness, narrow-mindedness, bigotry, idiotness
        sheer stupidity, utter stupidity, pure stupidity, utter nonsense, dishonesty
    """,
    inflect=False,
)

SCORN_EXCLAMATION = WordClass(
    name="SCORN_EXCLAMATION",
    pos=Pos.OTHER,
    description=(
        "One-word verdicts of scorn that stand as a sentence of their own ('Pathetic.', "
        "'Cringe.', 'How childish.'); verdicts that are often about things ('Disgusting!' "
        "about food, 'Ridiculous!' about prices) are not listed."
    ),
    entries="""
        pathetic, so pathetic, truly pathetic, just pathetic, cringe, so cringe
        cringey / cringy, childish, so childish, immature, so immature, juvenile, petty
        so petty, classless, laughable, disgraceful, despicable, shameful, pitiful
        contemptible, beneath you, low, so low, real low, low blow, sad really, sad tbh
        embarrassing really, unbelievable really, spineless, gutless, feeble, weak
        so weak, lame, so lame, grow up
    """,
    inflect=False,
)

DISMISSAL_IDIOM = WordClass(
    name="DISMISSAL_IDIOM",
    pos=Pos.OTHER,
    description=(
        "Idioms that send the other person away or wave them off with contempt wherever "
        "they stand ('don't let the door hit you on the way out', 'don't come crying to "
        "me'); short sign-offs that need a clause of their own are DISMISSIVE_SIGNOFF."
    ),
    entries="""
        don't let the door hit you, don't let the door hit you on the way out
        don't let the door hit you in the ass, don't let the door hit you in the arse
        don't let the door hit you in the butt, bye felicia, see ya wouldn't wanna be ya
        see you wouldn't want to be you, run along little boy, run along little girl
        go cry to your mother, go cry to your mommy, go cry to your mummy
        go cry to your mum, go cry to your mom, go cry about it, go cry in a corner
        go back to your hole, go back under your rock, crawl back under your rock
        crawl back into your hole, go back to your cave, go play with your toys
        good riddance to bad rubbish, don't come crying to me, don't come running to me
        don't come crawling back, don't come back crying, not my circus not my monkeys
        on your head be it, don't let me keep you from your
        noted and ignored, duly noted and ignored, noted and filed in the bin
    """,
    inflect=False,
)

DISMISSIVE_SIGNOFF = WordClass(
    name="DISMISSIVE_SIGNOFF",
    pos=Pos.OTHER,
    description=(
        "Short sign-offs that wave the other person off when they stand as a clause of "
        "their own ('good riddance.', 'your funeral.', 'good luck with that.'); inside a "
        "longer clause they are often kind ('good luck with that exam')."
    ),
    entries="""
        good riddance, buh-bye / buh bye, run along now, your funeral, it's your funeral
        have fun with that, good luck with that, whatever floats your boat
        don't let me stop you, see if i care, see you never, bye forever, later loser
    """,
    inflect=False,
)

CONDESCENDING_COMMAND = WordClass(
    name="CONDESCENDING_COMMAND",
    pos=Pos.VERB,
    description=(
        "Commands that talk down to the other person as a child or a fool, as lemmas "
        "('grow up', 'act your age', 'learn to read', 'get off your high horse'); "
        "commands to calm down or get over a feeling are invalidation."
    ),
    entries="""
        grow up, get real, get a clue, grow a spine, grow a pair, grow some balls
        grow a backbone, grow a brain, get a brain, buy a clue, man up, woman up
        wake up and smell the coffee, join the real world, get with the program
        get with the programme, get with the times, act your age, use your brain
        use your head, use your brain for once, use your head for once, think for once
        learn to read, learn to spell, learn to type, learn to count, learn to drive
        learn some manners, get some manners, get an education, educate yourself
        take a hint, get the hint, put your big boy pants on, put your big girl pants on
        pull your head out of your ass, pull your head out of your arse
        get your head out of your ass, get your head out of your arse
        get your head out of the clouds, get off your high horse
        climb down off your high horse, come down off your high horse
        check your privilege, stay in your lane, know your place, keep your opinions to yourself
        mind your own business, mind your business, mind your own damn business
        keep your nose out, get a job, get a real job, go see a shrink, get your head checked
        get your head examined, have your head examined, get a personality, touch grass
        cope harder, cry harder, stay mad, cry more, cry about it, grow the hell up
        grow the fuck up, wise up, smarten up, get a grip on reality, get some sense
        get a backbone, get a spine, stop being a baby, stop acting like a child
        stop acting like a baby, stop being such a baby, quit being a baby
    """,
)

GLOAT_PHRASE = WordClass(
    name="GLOAT_PHRASE",
    pos=Pos.OTHER,
    description=(
        "Gloating remarks that rub in the other person's misfortune or mistake when they "
        "stand as a clause ('told you so', 'serves you right', 'welcome to the real "
        "world'); condolences ('sorry for your loss') are not gloating."
    ),
    entries="""
        truth hurts, the truth hurts, welcome to the real world, welcome to reality
        welcome to adulthood, welcome to being a grown-up, told you so, i told you so
        what did i tell you, didn't i tell you, serves you right, it serves you right
        you asked for it, you had it coming, you made your bed, you made your bed now lie in it
        karma's a bitch, that's karma, karma, deal with it, sucks to be you, sucks to suck
        your loss, too bad so sad, tough titties, tough shit, cope, seethe, cope and seethe
        stay mad, ratio, get rekt, get wrecked, lol okay, reality check, reality bites
        a dose of reality, now you know, now you know better, lesson learned
        should've listened to me, should have listened to me, maybe next time listen
    """,
    inflect=False,
)

CARE_AMOUNT = WordClass(
    name="CARE_AMOUNT",
    pos=Pos.OTHER,
    description=(
        "The worthless amounts a person 'doesn't give' when they scorn someone ('I "
        "don't give a damn about your rules', 'who gives a shit what you think')."
    ),
    entries="""
        shit, fuck, flying fuck, single fuck, rat's ass, rat's arse, damn, crap, toss
        monkey's, monkey's ass, monkey's arse, hoot, two hoots, fig, flying fig, rip
        sod, jot, tinker's damn, dime, shite, frig, frick, f, fk, care, single care
        second thought, thought, shiny shit, hoot in hell, damn about you
    """,
    inflect=False,
)

# -- contempt and accusatory questions: questions that carry their verdict --------------------

DISBELIEF_STATE = WordClass(
    name="DISBELIEF_STATE",
    pos=Pos.OTHER,
    description=(
        "States a rhetorical 'are you ...?' accuses the other person of ('are you "
        "deaf?', 'are you out of your mind?', 'are you kidding me?'), as written."
    ),
    entries="""
        serious, kidding, kidding me, joking, joking me, for real, crazy, insane, nuts
        mental, deaf, blind, stupid, dumb, thick, out of your mind, out of your tiny mind
        off your head, off your rocker, off your trolley, on drugs, on crack, high
        in your right mind, right in the head, even listening, hearing yourself
        even human, having a laugh, taking the piss, taking the mick, taking the mickey
        winding me up, trying to be funny, trying to start a fight, trying to wind me up
        trying to make me angry, trying to annoy me, stupid or something
        deaf or something, blind or something, thick or something, brain-dead, braindead
        illiterate, a child, an idiot, a moron, retarded, slow, delusional, deranged
        dense, simple, unwell, sick in the head, that stupid, that dumb, that thick
        that blind, that dense, that slow, that selfish, that clueless, that naive
        that lazy, that useless, this stupid, this dense, this dumb, incapable, unable
    """,
    inflect=False,
)

BETRAYAL_VERB = WordClass(
    name="BETRAYAL_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs for deceiving or letting someone down, as lemmas, for 'why would you' "
        "and 'why did you' questions that hold a verdict ('why'd you lie to me?')."
    ),
    entries="""
        lie, cheat, hide, sneak, betray, deceive, go behind my back, humiliate
        embarrass, abandon, ditch, ghost, ignore, snoop, go through my phone
        read my messages, steal, mislead, trick, lie to me, keep it from me
        keep this from me, keep secrets, hang up on me, stand me up, walk out on me
        leave me, lie about, cover up, blab, tell everyone, tell her, tell him
        tell them, tell my mum, tell my mom, tell your mum, tell your mom, invite her
        invite him, text her, text him, go through my stuff, spy on me, talk behind my back
        throw away, throw out, sell, give away, break, lose, waste, spend, take my
    """,
)

EXPERT_ROLE = WordClass(
    name="EXPERT_ROLE",
    pos=Pos.NOUN,
    description=(
        "Roles of expertise a person is mocked for assuming ('so now you're a doctor?', "
        "'who made you the expert?')."
    ),
    entries="""
        expert, doctor, lawyer, therapist, psychologist, psychiatrist, chef, professor
        scientist, nutritionist, financial advisor / financial adviser, pro, authority
        genius, guru, specialist, counsellor / counselor, judge, detective, mechanic
        electrician, accountant, critic, teacher, life coach, philosopher, saint
        prophet, oracle, mind reader, marriage counsellor / marriage counselor
        parenting expert, relationship expert, fashion police, grammar police
        boss, king, queen, god, police, referee, moral authority, know-it-all, economist
        historian, politician, influencer, personal trainer, dietitian, nurse, surgeon
        engineer, plumber, architect, sommelier, food critic, connoisseur
    """,
)

# -- defensiveness ----------------------------------------------------------------------------

FLAWLESS_WORD = WordClass(
    name="FLAWLESS_WORD",
    pos=Pos.OTHER,
    description=(
        "Words for a flawless person, used in counter-attacks that deny the other is one "
        "('you're no saint yourself', 'you're not perfect either')."
    ),
    entries="""
        perfect, innocent, blameless, faultless, flawless, saint / a saint, angel / an angel
        picnic / a picnic, prize / a prize, peach / a peach, a ray of sunshine
        ray of sunshine, mother teresa, squeaky clean, whiter than white, spotless
        without fault, without sin, a model citizen, a role model, role model
        a shining example, a paragon of virtue, a joy to live with, a joy to be around
        a treat, easy to live with, easy to be around, any better, much better, god's gift
        mr perfect, miss perfect, the perfect partner, the perfect husband, the perfect wife
        the perfect boyfriend, the perfect girlfriend, a perfect angel, a barrel of laughs
        a walk in the park, a bundle of joy, little miss perfect, exactly perfect
        exactly innocent, exactly a saint, exactly an angel, exactly a picnic
        exactly a role model, exactly helpful, exactly easy, exactly perfect yourself
        the best, the greatest, great either, any help, much help, a great listener
        the easiest person, an easy person, easy either, a catch, some catch
    """,
    inflect=False,
)

TU_QUOQUE_IDIOM = WordClass(
    name="TU_QUOQUE_IDIOM",
    pos=Pos.OTHER,
    description=(
        "Set phrases that answer a complaint by accusing the complainer of the same "
        "('look who's talking', 'pot calling the kettle black', 'takes one to know one')."
    ),
    entries="""
        look who's talking / look who is talking, pot calling the kettle black
        the pot calling the kettle black, pot meet kettle, pot kettle black
        takes one to know one, it takes one to know one, people in glass houses
        people who live in glass houses, practise what you preach
        practice what you preach, physician heal thyself, same goes for you
        the same goes for you, i could say the same about you, i could say the same to you
        the same could be said about you, the same could be said for you
        you're one to talk / you are one to talk, you're a fine one to talk
        you're hardly one to talk, you're the last person to talk
        you're the last one to talk, you of all people, double standards, double standard
        bit rich coming from you, rich coming from you
        a bit rich coming from you, rich coming from someone who, hypocritical much
        projecting much, projection much, projecting again
    """,
    inflect=False,
)

OWN_BLAME_NOUN = WordClass(
    name="OWN_BLAME_NOUN",
    pos=Pos.OTHER,
    description=(
        "What a person denies is theirs when they refuse responsibility ('not my fault', "
        "'not my problem', 'not my job')."
    ),
    entries="""
        fault, problem, job, responsibility, issue, lookout, headache, mess, doing
        department, circus, call, deal, worry, duty, concern to fix, place to fix, bad
    """,
    inflect=False,
)

MARTYR_APOLOGY_OBJECT = WordClass(
    name="MARTYR_APOLOGY_OBJECT",
    pos=Pos.OTHER,
    description=(
        "What a sarcastic apology apologises for, to cast the writer as the wronged one "
        "('sorry for existing', 'excuse me for having a life', 'sorry for caring')."
    ),
    entries="""
        existing, breathing, living, being alive, being born, having feelings
        having a life, having needs, having an opinion, having opinions
        having a personality, having friends, having a job, having hobbies, caring
        trying, trying to help, not being perfect, not being a mind reader
        not being psychic, not reading your mind, not being good enough
        being such a burden, being a burden, being me, being myself, ruining your life
        ruining everything, ruining your day, ruining your evening, taking up space
        daring to ask, daring to speak, wanting something, needing you, needing anything
        asking for help, bothering to care, inconveniencing you
        not being at your beck and call, not being at your service
        not answering straight away, not answering within five minutes
        not replying fast enough, wanting to spend time with you, loving you
        giving a damn, giving a shit, giving a fuck, having a bad day, being human
        being tired, not being a robot, not being your slave, not being your maid
        not being your mother, not being your mum, not being your mom, speaking up
        expressing myself, having standards, having boundaries, wanting respect
        wanting a little help, expecting help, expecting something, thinking of you
        thinking of myself for once, taking a break, sitting down for five minutes
    """,
    inflect=False,
)

APOLOGY_VERB = WordClass(
    name="APOLOGY_VERB",
    pos=Pos.VERB,
    description=(
        "Verbs of apologising and making amends, as lemmas, for refusals ('I'm not "
        "going to apologise', 'why should I say sorry?')."
    ),
    entries="""
        apologise / apologize, say sorry, make amends, grovel, beg, beg forgiveness
        take it back, eat my words, make it up to you, say i'm sorry, be the one to apologise
        be the one to apologize, be the one to say sorry, explain myself, justify myself
    """,
)

MILD_SPEECH_ACT = WordClass(
    name="MILD_SPEECH_ACT",
    pos=Pos.VERB,
    description=(
        "Mild acts a person claims were all they did, as lemmas, in justifications "
        "('all I did was ask', 'all I said was that ...')."
    ),
    entries="""
        ask, offer, say, mention, suggest, try, help, point out, make a comment, remind
        check, text, call, joke, comment, ask a question, make a suggestion, tell, give
        help out, be honest, express, speak, look, sit, stand, breathe, exist, smile
        laugh, wonder, answer, reply, correct, explain, disagree, question, raise
    """,
)

MINIMAL_AMOUNT = WordClass(
    name="MINIMAL_AMOUNT",
    pos=Pos.OTHER,
    description=(
        "Small amounts a person uses to shrink what they did ('I only had two drinks', "
        "'I only spent a bit'), as written."
    ),
    entries="""
        one, two, three, four, five, a couple, a couple of, a few, a little, a bit
        a tiny bit, a little bit, a small, a quick, a tiny, barely any, hardly any
        one or two, two or three, a handful, a drop, a sip, a bite, a minute, a second
        five minutes, ten minutes, a moment, half, half a, like one, like two
        like three, like five, a single, one little, one tiny, one small, once, twice
    """,
    inflect=False,
)

COUNTERED_ACT_VERB = WordClass(
    name="COUNTERED_ACT_VERB",
    pos=Pos.VERB,
    description=(
        "Everyday acts, as lemmas, that a counter-attack pins on the other person ('you're "
        "the one who started it', 'yes, but you forgot the rent'); acts of affection "
        "('love', 'make me happy', 'understand me') are not listed."
    ),
    entries="""
        start, want, say, decide, forget, yell, shout, scream, leave, book, pick, choose
        insist, lose, break, spend, do, cheat, lie, invite, suggest, agree, promise, buy
        sell, move, cancel, skip, miss, drink, push, storm off, walk out, bring up, plan
        organise / organize, refuse, ignore, snap, swear, slam, mess up, screw up
        walk away, hang up, walk off, throw, lock, drop, tell, text, call, go, come
        arrive, turn up, show up, get angry, lose your temper, kick off, blow up, raise
        waste, run off, stay out, go out, sleep in, oversleep, take, borrow, use, eat
        finish, open, close, leave out, put, move out, break up, end, ruin, make a scene
        get drunk, flirt, pick a fight, pick a fight with, provoke, accuse, criticise
        criticize, insult, embarrass, humiliate, nag, complain, sulk, freak out
    """,
)

# -- comparison ---------------------------------------------------------------------------------

EX_PARTNER = WordClass(
    name="EX_PARTNER",
    pos=Pos.NOUN,
    description=(
        "Words for a former partner, who is held up as a standard in comparisons ('my "
        "ex would never ...'); 'last'/'previous' + a partner noun is a frame in the rules."
    ),
    entries="""
        ex, ex-wife, ex-husband, ex-boyfriend, ex-girlfriend, ex-partner
        ex-fiance, ex-fiancee, old flame, first love
        high school sweetheart, former partner, former husband, former wife, exbf, exgf
        ex bf, ex gf, ex-bf, ex-gf, ex-hubby, ex-lover
    """,
)

BENCHMARK_ADJ = WordClass(
    name="BENCHMARK_ADJ",
    pos=Pos.OTHER,
    description=(
        "Words that make a group of people into the standard the partner fails "
        "('normal couples', 'a real man', 'a decent husband', 'other wives')."
    ),
    entries="""
        normal, real, decent, proper, regular, healthy, mature, functional, sane, some
        reasonable, average, ordinary, grown, grown-up, responsible, caring, loving
        good, actual, other, most, sensible, considerate, thoughtful, half-decent
        self-respecting, well-adjusted, civilised / civilized, respectable, competent
    """,
    inflect=False,
)

DEVOTED_ACT_VERB = WordClass(
    name="DEVOTED_ACT_VERB",
    pos=Pos.VERB,
    description=(
        "Things a considerate partner does, as lemmas, when someone else's partner is held "
        "up as doing them ('Jess's husband plans a trip for her birthday', 'other wives "
        "actually help out')."
    ),
    entries="""
        cook, plan, text back, text, call, ring, show up, turn up, help, help out
        do the school run, do the dishes, do the laundry, do the night feeds, do the shopping
        take, surprise, remember, earn, pay, bring, buy, clean, listen, care, make time
        find time, take care of, look after, spoil, treat, compliment, notice, support
        defend, stand up for, hold down, provide, work, save, fix, organise / organize
        book, arrange, wash, tidy, hoover, vacuum, cuddle, kiss, hug, propose, reply
        answer, drive, pick up, visit, get up, thank, appreciate, praise, open doors for
        hold the door for, wait for, share, offer, pitch in, step up, pull their weight
        sort out, message, check in, check on, ask about, make an effort, try, bother
        romance, woo, court, celebrate, remember birthdays, send flowers, write, sing
        dance with, walk, bathe, feed, put to bed, read to, play with, teach, encourage
    """,
)

BETTER_PAST_MARKER = WordClass(
    name="BETTER_PAST_MARKER",
    pos=Pos.OTHER,
    description=(
        "When things were better with the partner, in comparisons with their past self "
        "('you were so sweet when we met', 'you used to be fun before the wedding')."
    ),
    entries="""
        when we met, when we first met, when we started dating, when we started going out
        when we got together, when we first got together, when we were dating
        when we got married, before we got married, before the wedding, before the baby
        before the kids, before we moved in, before we had kids, at the start
        at the beginning, in the beginning, back then, back in the day, back when
        before, once, years ago, when i married you, the first year, in the early days
        back when we met, back when we first met, back when we were dating
    """,
    inflect=False,
)

CLASSES: tuple[WordClass, ...] = (
    SARCASTIC_TITLE,
    MOCK_HONORIFIC,
    MOCK_TITLE_QUALITY,
    SARCASTIC_PRAISE_LEAD,
    IRONIC_REMARK,
    MOCK_REWARD,
    MOCK_EFFORT,
    MOCK_TEARS,
    EVASION_VERB,
    MISDEED_VERB,
    VICTIM_ROLE,
    CHORE_VERB,
    CHARACTER_FAULT,
    DISGUST_VERB,
    DISGUST_REACTION,
    AFFECTION_VERB,
    REJECT_VERB,
    NONSENSE_VERDICT,
    SPEECH_OBJECT,
    SCORNED_PURSUIT_MODIFIER,
    DOUBT_MODIFIER,
    SCARE_QUOTED_WORD,
    SIMPLETON_BENCHMARK,
    LACKED_VIRTUE,
    MOCKED_FACULTY,
    SKILL_NOUN,
    DIM_IDIOM,
    CURSE_VERB,
    FOLLY_NOUN,
    SCORN_EXCLAMATION,
    DISMISSAL_IDIOM,
    DISMISSIVE_SIGNOFF,
    CONDESCENDING_COMMAND,
    GLOAT_PHRASE,
    CARE_AMOUNT,
    DISBELIEF_STATE,
    BETRAYAL_VERB,
    EXPERT_ROLE,
    FLAWLESS_WORD,
    TU_QUOQUE_IDIOM,
    COUNTERED_ACT_VERB,
    OWN_BLAME_NOUN,
    MARTYR_APOLOGY_OBJECT,
    APOLOGY_VERB,
    MILD_SPEECH_ACT,
    MINIMAL_AMOUNT,
    EX_PARTNER,
    BENCHMARK_ADJ,
    DEVOTED_ACT_VERB,
    BETTER_PAST_MARKER,
)
"""The classes of this module."""
