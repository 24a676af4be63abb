"""Character words: the adjectives of judgment ("lazy", "two-faced") and of praise.

A judgmental sentence often says what the other person *is*: "you're so selfish", "you are
literally the most useless person". The classes here hold the adjectives (and adjectival
phrases: "thick as two short planks", "full of yourself", "out of line") that label a
person's character, looks or mind, in semantic groups named ``TRAIT_...``, so that rules
and the rewriter can tell a complaint about laziness from one about coldness. British,
American and Australian usage is included, with chat spellings that people really type
("stoopid", "dum") and hyphenated compounds ("bone-idle", "pig-headed"); a hyphenated
entry is also matched written open and closed, so only the hyphenated form is listed.

``TRAIT_AMBIGUOUS`` cross-lists words of the groups that also have a common harmless sense
("cold", "thick", "sick", "insane" as praise, "lying" as in lying down), so that rules can
demand a stronger frame for them. ``POS_TRAIT`` holds positive character words, for near
misses ("you're so thoughtful").

Written by the intimacy_kit team from general knowledge of English. Deliberately left
out: slurs and labels built on disability or diagnosis ("retarded", "spastic",
"schizo", "bipolar", "autistic", "senile", "feeble-minded", "anorexic", "deformed"),
words whose main insulting use is against a sexual orientation, gender identity,
ethnicity, religion or race ("limp-wristed", "effeminate", "bent", "butch", "uppity",
"ghetto", "ratchet", "white trash"), and "niggardly", which readers take for a slur.
General-purpose words for mental disturbance that everyday quarrels use ("crazy",
"insane", "psycho", "mental", "unhinged") are kept.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

TRAIT_LAZY = WordClass(
    name="TRAIT_LAZY",
    pos=Pos.ADJ,
    description=(
        "Character words for not doing one's share of work or effort; not tiredness or "
        "illness as a passing state."
    ),
    entries="""
        lazy, idle, bone-idle, bone-lazy, work-shy, slack, slothful, indolent, sluggish
        lethargic, listless, shiftless, feckless, good-for-nothing, useless, unmotivated
        unproductive, unambitious, apathetic, lackadaisical, unhelpful, unwilling
        half-arsed / half-assed, lazy-arsed / lazy-assed / lazy-ass, slack-arsed / slack-assed
        slobbish, slobby, sluggardly, torpid, inert, passive, supine, inactive, unenergetic
        unindustrious, unenterprising, work-averse, half-hearted
        freeloading, sponging, scrounging, mooching, leeching, bludging, parasitic
        skiving, shirking, work-dodging, loafing, procrastinating, dilatory, laggard
        dozy / dozey, uninvolved, couch-bound, no help, no use
        useless around the house, allergic to work, allergic to housework
        lazy as sin, lazy as a sloth
    """,
)

TRAIT_SELFISH = WordClass(
    name="TRAIT_SELFISH",
    pos=Pos.ADJ,
    description=(
        "Character words for putting oneself first and taking without giving; stinginess "
        "with money is TRAIT_STINGY."
    ),
    entries="""
        selfish, self-centred / self-centered, self-absorbed, self-obsessed, self-serving
        self-interested, self-involved, self-seeking, self-indulgent, self-regarding
        egocentric, egotistical / egotistic, narcissistic, solipsistic, ego-driven
        inconsiderate, thoughtless, unthinking, insensitive, entitled, greedy, grasping
        grabby, ungrateful, unappreciative, me-first, ungenerous, uncharitable, demanding
        high-maintenance, exploitative / exploitive, opportunistic, mercenary
        gold-digging, materialistic, money-grubbing, avaricious, covetous, acquisitive
        hoggish, piggish, gluttonous, unsupportive, uncooperative, unaccommodating
        unhelpful, ungiving, unsharing, freeloading, parasitic, spoiled / spoilt
        all about yourself, out for yourself, only out for yourself, out for number one
    """,
)

TRAIT_STINGY = WordClass(
    name="TRAIT_STINGY",
    pos=Pos.ADJ,
    description="Character words for meanness with money and things; not thrift as a virtue.",
    entries="""
        stingy, cheap, tight, tight-fisted, close-fisted, miserly, mean, penny-pinching
        parsimonious, mingy, chintzy, grudging, ungenerous, money-grubbing, money-obsessed
        avaricious, scrooge-like, tight-arsed / tight-assed, cheap-ass / cheap-arse
        mean with money, tight with money, stingy with money
    """,
)

TRAIT_UNKIND = WordClass(
    name="TRAIT_UNKIND",
    pos=Pos.ADJ,
    description=(
        "Character words for rudeness, meanness and cruelty in how one treats people; "
        "physical threat and violence are TRAIT_HOSTILE."
    ),
    entries="""
        rude, mean, nasty, cruel, heartless, unkind, spiteful, vindictive, malicious
        hateful, hurtful, callous, cold-hearted, harsh, snide, snarky, sarcastic, catty
        bitchy, mean-spirited, ill-natured, ill-mannered, bad-mannered, impolite
        discourteous, disrespectful, insolent, impertinent, impudent, mouthy, lippy, gobby
        offensive, insulting, demeaning, belittling, degrading, abrasive, caustic, acerbic
        cutting, barbed, scathing, venomous, poisonous, malevolent, malignant, evil, wicked
        sadistic, merciless, pitiless, ruthless, unforgiving, unsympathetic, bitter
        resentful, horrid, beastly, brutish, crass, tactless, soulless, inhuman, inhumane
        unfeeling, hard-hearted, stony-hearted, black-hearted, evil-minded, twisted, warped
        depraved, perverse, bullying, intimidating, curt, brusque, snappy, snappish
        prickly, spiky / spikey, unpleasant, disagreeable, rancorous, antagonistic
        contemptuous, scornful, disdainful, derisive, mocking, sneering, jeering, taunting
        dismissive, rotten, diabolical, fiendish, sharp-tongued, acid-tongued
        passive-aggressive, uncaring, unwelcoming, inconsiderate, mean as a snake
        nasty-tempered, vicious, toxic
    """,
)

TRAIT_DISHONEST = WordClass(
    name="TRAIT_DISHONEST",
    pos=Pos.ADJ,
    description=(
        "Character words for lying, deceit, manipulation and crookedness; sexual "
        "unfaithfulness is TRAIT_UNFAITHFUL."
    ),
    entries="""
        dishonest, lying, untruthful, deceitful, deceptive, sneaky, two-faced, manipulative
        duplicitous, devious, underhand, underhanded, sly, shifty, shifty-eyed, shady, dodgy
        crooked, untrustworthy, false, fake, phony / phoney, insincere, hypocritical
        cunning, scheming, conniving, calculating, machiavellian, wily, crafty, slippery
        evasive, furtive, secretive, cagey / cagy, unscrupulous, unprincipled, corrupt
        fraudulent, mendacious, double-dealing, fork-tongued / forked-tongued, disingenuous
        deceiving, gaslighting, bullshitting, fibbing, sketchy, sus / suss
        snaky / snakey, snakelike / snake-like, weaselly / weasely / weaselish
        sleazy, slimy, smarmy, oily, dishonourable / dishonorable, shameless, tricky
        tricksy, thieving, light-fingered, sticky-fingered
        full of shit / full of crap / full of bs / full of bull, full of it, full of lies
        economical with the truth
    """,
)

TRAIT_UNFAITHFUL = WordClass(
    name="TRAIT_UNFAITHFUL",
    pos=Pos.ADJ,
    description=(
        "Character words for betraying a partner or friend: cheating, disloyalty, "
        "backstabbing; general lying is TRAIT_DISHONEST."
    ),
    entries="""
        unfaithful, disloyal, cheating, two-timing, adulterous, philandering
        womanising / womanizing, faithless, treacherous, traitorous, backstabbing
        double-crossing, untrue, perfidious, promiscuous, homewrecking, fickle
    """,
)

TRAIT_STUPID = WordClass(
    name="TRAIT_STUPID",
    pos=Pos.ADJ,
    description=(
        "Character words for lack of intelligence, sense or knowledge; clumsiness and "
        "inability at tasks are TRAIT_INCOMPETENT."
    ),
    entries="""
        stupid / stoopid, dumb / dum, thick, dense, brainless, clueless, dim, dim-witted
        half-witted, witless, idiotic, moronic, imbecilic, cretinous, foolish, silly, daft
        gormless, dozy, dopey / dopy, slow, slow-witted, dull-witted, thick-witted, dull
        thick-headed, thick-skulled, brain-dead, airheaded, empty-headed, feather-brained
        bird-brained, pea-brained, lame-brained, scatter-brained, hare-brained
        muddle-headed, addle-brained, addle-headed, addlepated, addled, bone-headed
        knuckle-headed, pin-headed, meat-headed, block-headed, fat-headed, wooden-headed
        chuckle-headed, dunderheaded, dumb-ass / dumbass / dumb-arse, stupid-ass
        ignorant, pig-ignorant, uneducated, illiterate, uninformed, ill-informed
        simple-minded, simple, slow-minded, small-brained, dippy, ditzy / ditsy, dizzy
        vacant, vapid, inane, asinine, fatuous, obtuse, mindless, senseless, unintelligent
        gullible, credulous, naive, derpy, smooth-brained, doltish, oafish, cloddish
        bovine, brainwashed, sheep-like, spacey / spacy, spaced-out, unthinking
        slow on the uptake, not very bright, not too bright, not the brightest
        not very smart, not too smart, dumb as shit, thick as shit
        thick as two short planks / as thick as two short planks
        thick as a plank / as thick as a plank, thick as a brick / as thick as a brick
        thick as mince, thick as pigshit / thick as pig shit
        dumb as a rock / dumb as rocks, dumb as a box of rocks / dumb as a bag of rocks
        dumb as a post, dumb as a bag of hammers / dumb as a box of hammers
        dumb as dirt, dumb as a doorknob
        not the sharpest tool in the shed, not the sharpest knife in the drawer
        not the brightest bulb / not the brightest bulb in the box
        not the brightest spark, not the brightest crayon in the box
        a sandwich short of a picnic / a few sandwiches short of a picnic
        one sandwich short of a picnic
        a few cards short of a deck / a few cards short of a full deck
        a few bricks short of a load, a few fries short of a happy meal
        not playing with a full deck
    """,
)

TRAIT_INCOMPETENT = WordClass(
    name="TRAIT_INCOMPETENT",
    pos=Pos.ADJ,
    description=(
        "Character words for being unable to do things properly; lack of intelligence is "
        "TRAIT_STUPID and lack of effort TRAIT_LAZY."
    ),
    entries="""
        incompetent, inept, useless, hopeless, clumsy, cack-handed, ham-fisted
        butter-fingered, bumbling, bungling, blundering, amateurish, unskilled, unqualified
        ineffective, ineffectual, inefficient, incapable, unfit, hapless, klutzy
        maladroit, unprofessional, all thumbs, out of your depth, not good enough
        not up to the job, not up to scratch, rubbish at everything, crap at everything
        useless as a chocolate teapot / as useful as a chocolate teapot
        as much use as a chocolate teapot, as useful as a chocolate fireguard
        useless as tits on a bull / as useful as tits on a bull
        as useful as a screen door on a submarine, as useful as an ashtray on a motorbike
        as useful as a handbrake on a canoe
    """,
)

TRAIT_WORTHLESS = WordClass(
    name="TRAIT_WORTHLESS",
    pos=Pos.ADJ,
    description=(
        "Words that deny a person's worth or value altogether; not judgments of one "
        "skill or one act."
    ),
    entries="""
        worthless, good-for-nothing, no-good, no-account, hopeless, pointless, pitiful
        contemptible, beneath contempt, unlovable / unloveable, unwanted, unworthy
        undeserving, unemployable, unfuckable, undateable / undatable, unmarriageable
        second-rate, third-rate, inferior, subpar / sub-par, mediocre, talentless
        washed-up, past it, undesirable, damaged, broken, useless, valueless, disposable
        replaceable, expendable, irredeemable, unsalvageable, beyond help, beyond hope
        low-value, bottom-tier, trash-tier, pathetic, sad, sorry
        not worth it, not worth the effort, not worth my time, not worth shit
        not worth a damn, not worth a shit
    """,
)

TRAIT_CHILDISH = WordClass(
    name="TRAIT_CHILDISH",
    pos=Pos.ADJ,
    description=(
        "Character words for behaving like a child: immaturity, pettiness, sulking, being "
        "spoiled; not words for actual children's age."
    ),
    entries="""
        childish, immature, petty, spoiled / spoilt, babyish, infantile, puerile, juvenile
        bratty, sulky, pouty, petulant, attention-seeking, attention-hungry
        attention-craving, adolescent, sophomoric, spoiled rotten / spoilt rotten, mardy
        stroppy, huffy, petty-minded, pettish, emotionally immature, emotionally stunted
        stunted, snot-nosed, snotty, whiny / whiney, whingy / whingey, sooky, prissy
        clownish, undisciplined, coddled, mollycoddled, pampered, cosseted, overindulged
        small-minded, tantrum-prone
    """,
)

TRAIT_CONTROLLING = WordClass(
    name="TRAIT_CONTROLLING",
    pos=Pos.ADJ,
    description=(
        "Character words for control, domination, jealousy and intrusion into a person's "
        "life; open violence is TRAIT_HOSTILE."
    ),
    entries="""
        controlling, bossy, possessive, jealous / jelly / jel, domineering, overbearing
        dominating, authoritarian, dictatorial, tyrannical, despotic, autocratic
        high-handed, heavy-handed, demanding, pushy, overprotective / over-protective
        smothering, suffocating, stifling, intrusive, nosy / nosey, meddling, meddlesome
        interfering, prying, snooping, snoopy, micromanaging / micro-managing, coercive
        suspicious, distrustful, mistrustful, untrusting, obsessive, obsessed, territorial
        green-eyed, envious, imperious, officious, overcontrolling / over-controlling
        oppressive, hectoring, bullying, intimidating, stalkerish / stalker-ish, stalkery
        manipulative, rigid, strict, overzealous, overinvolved / over-involved
        emasculating, henpecking
    """,
)

TRAIT_COLD = WordClass(
    name="TRAIT_COLD",
    pos=Pos.ADJ,
    description=(
        "Character words for emotional coldness, distance and neglect of a partner; "
        "active cruelty is TRAIT_UNKIND."
    ),
    entries="""
        cold, distant, heartless, uncaring, unfeeling, unemotional, emotionless
        cold-hearted, icy, frosty, chilly, glacial, frigid, aloof, detached, remote
        withdrawn, stand-offish, unapproachable, closed-off, shut down, shut off
        switched off, checked-out, emotionally unavailable, emotionally distant
        emotionally stunted, emotionally illiterate, emotionally constipated, dismissive
        indifferent, apathetic, disinterested, uninterested, unresponsive, neglectful
        inattentive, unaffectionate, unromantic, unloving, loveless, passionless, robotic
        clinical, mechanical, wooden, stony, stone-cold, stone-hearted, hard-hearted, hard
        harsh, unsympathetic, insensitive, tone-deaf, callous, cold-blooded, cold as ice
        soulless, dead inside, absent, guarded, uncommunicative, tight-lipped, closed
        oblivious, thoughtless, unavailable, unreachable, unempathetic / unempathic
        buttoned-up, repressed, unforthcoming, impersonal, bloodless, undemonstrative
        unwelcoming
    """,
)

TRAIT_UNSTABLE = WordClass(
    name="TRAIT_UNSTABLE",
    pos=Pos.ADJ,
    description=(
        "Words that call a person mad, hysterical, irrational or over-emotional; "
        "diagnoses used as insults are deliberately not listed."
    ),
    entries="""
        crazy / cray / cray-cray, insane, psycho, psychotic, hysterical, unhinged, mental
        dramatic, melodramatic, overdramatic / over-dramatic, nuts, nutty, bonkers, barmy
        batty, loopy, loony / looney, bananas, mad, cuckoo, crackers, cracked, deranged
        demented, disturbed, certifiable, unbalanced, unstable, mentally unstable
        emotionally unstable, erratic, volatile, unpredictable, moody, emotional
        overemotional / over-emotional, oversensitive / over-sensitive, hypersensitive
        neurotic, paranoid, delusional, deluded, manic, frantic, histrionic
        high-strung / highly-strung, wound up, wound tight, batshit / bat-shit
        batshit crazy / bat-shit crazy, batcrap crazy, psychopathic, sociopathic
        wacko / whacko, wacky, kooky, screwy, nutso, loco, gaga, doolally, potty
        lunatic, maniacal, raving, stark raving mad, stark raving bonkers, barking
        barking mad, squirrelly, unglued, crazy-ass, hormonal, triggered
        overreacting / over-reacting, irrational, obsessive, twisted, warped, sick, wild
        extra, messed up, fucked up, messed up in the head, fucked up in the head
        sick in the head, not right in the head, touched in the head, not all there
        mad as a hatter, mad as a box of frogs, mad as a cut snake, mad as a march hare
        nutty as a fruitcake, nuttier than a fruitcake, crazy as a loon
        off your rocker, off your head, off your trolley, off your nut, off the rails
        off the wall, out of your mind, out of your tree, out of your gourd
        out of your skull, round the bend / around the bend, round the twist
        away with the fairies, out to lunch, over the top, out of control
        losing it, losing your mind, frenzied, rabid
    """,
)

TRAIT_WEAK = WordClass(
    name="TRAIT_WEAK",
    pos=Pos.ADJ,
    description=(
        "Character words for weakness, cowardice and servility; physical frailty from "
        "age or illness does not belong."
    ),
    entries="""
        pathetic, spineless, weak, gutless, cowardly, chicken, chickenshit, yellow
        yellow-bellied, lily-livered, craven, feeble, wimpy / wimpish, weedy, wet, drippy
        soft, limp, weak-willed, weak-kneed, weak as piss, ball-less / ballless
        pussy-whipped, whipped, henpecked, under the thumb, wussy, sissy, timid, meek
        mousy / mousey, submissive, passive, pitiful, pitiable, sad, sorry, lame
        chicken-hearted, faint-hearted, pusillanimous, unmanly, emasculated, girly / girlie
        namby-pamby, wishy-washy, mealy-mouthed, indecisive, ineffectual, impotent
        helpless, bitch-ass, punk-ass, pussy-ass, weak-ass, limp-dick / limp-dicked
        beta, cucked, snivelling / sniveling, grovelling / groveling, servile, obsequious
        sycophantic, boot-licking, subservient, toadying, brown-nosing
        arse-licking / ass-licking, ass-kissing / arse-kissing, people-pleasing
        easily led, easily manipulated, gullible
    """,
)

TRAIT_ARROGANT = WordClass(
    name="TRAIT_ARROGANT",
    pos=Pos.ADJ,
    description=(
        "Character words for arrogance, vanity, snobbery and condescension; not "
        "confidence or pride in a good sense."
    ),
    entries="""
        arrogant, smug, condescending, conceited, vain, big-headed, swollen-headed
        self-important, pompous, pretentious, snobbish, snobby, snooty, stuck-up, haughty
        hoity-toity, high and mighty, holier-than-thou, sanctimonious, self-righteous
        smarmy, supercilious, superior, patronising / patronizing, cocky, cocksure
        bumptious, overbearing, overconfident / over-confident, egotistical, narcissistic
        boastful, bragging, showy, flashy, self-satisfied, self-congratulatory, preening
        vainglorious, grandiose, entitled, lordly, imperious, high-handed, snotty
        toffee-nosed, la-di-da / lah-di-dah, elitist, disdainful, contemptuous
        smart-arsed / smart-assed / smartass / smartarse, smart-mouthed, presumptuous
        overweening, affected, puffed-up, self-aggrandising / self-aggrandizing
        self-promoting, hubristic, jumped-up, full of yourself, full of your own importance
        up yourself, up your own arse / up your own ass, above yourself
        too big for your boots / too big for your britches, too clever by half
        know-it-all, mansplaining
    """,
)

TRAIT_UNRELIABLE = WordClass(
    name="TRAIT_UNRELIABLE",
    pos=Pos.ADJ,
    description=(
        "Character words for being undependable, careless, forgetful or reckless; "
        "betrayal is TRAIT_UNFAITHFUL."
    ),
    entries="""
        unreliable, flaky / flakey, irresponsible, careless, undependable, untrustworthy
        inconsistent, erratic, fickle, forgetful, disorganised / disorganized
        unorganised / unorganized, scatty, chaotic, absent-minded, negligent, neglectful
        sloppy, slapdash, slipshod, shoddy, haphazard, feckless, reckless, rash, impulsive
        hasty, unpunctual, tardy, flighty, capricious, wishy-washy, noncommittal
        non-committal, commitment-phobic, commitment-shy, half-hearted, uncommitted
        inattentive, remiss, slack, lax, lackadaisical, cavalier, shambolic
        scatter-brained, unprofessional, all over the place, all over the shop, all talk
        devil-may-care
    """,
)

TRAIT_UNREASONABLE = WordClass(
    name="TRAIT_UNREASONABLE",
    pos=Pos.ADJ,
    description=(
        "Words that call a person unfair, unreasonable or out of line in an argument; "
        "stubbornness itself is TRAIT_STUBBORN."
    ),
    entries="""
        unreasonable, unfair, unjust, irrational, illogical, ridiculous, absurd
        impossible, difficult, hypocritical, inconsistent, biased, one-sided, unrealistic
        demanding, petty, argumentative, contrary, out of line, out of order
        bang out of order, over the top, overreacting, preposterous, ludicrous, laughable
        unbelievable, outrageous, insane, crazy, nuts
    """,
)

TRAIT_NEGATIVE_GENERAL = WordClass(
    name="TRAIT_NEGATIVE_GENERAL",
    pos=Pos.ADJ,
    description=(
        "General adjectives of condemnation that say a person is bad or unbearable without "
        "naming a particular fault; nouns ('a mess', 'a joke') are not listed."
    ),
    entries="""
        awful, horrible, terrible, disgusting, toxic, impossible, unbearable, insufferable
        annoying, embarrassing, dreadful, atrocious, appalling, abysmal, hideous, horrid
        vile, repulsive, revolting, repugnant, loathsome, odious, abhorrent, detestable
        despicable, contemptible, deplorable, reprehensible, shameful, disgraceful
        pathetic, pitiful, lame, rubbish, crap, crappy, shit, shitty, shite, bad, the worst
        unpleasant, obnoxious, irritating, infuriating, maddening, exasperating
        aggravating, frustrating, tiresome, tiring, exhausting, draining, grating, vexing
        galling, difficult, intolerable, too much, cringe, cringey / cringy
        cringeworthy / cringe-worthy, mortifying, humiliating, awkward, weird, gross, nasty
        rank, foul, putrid, rotten, wretched, lousy, crummy, godawful / god-awful
        horrendous, horrific, heinous, monstrous, immoral, amoral, unethical, bad news
        fucked up, effed up, f'd up, messed up, screwed up, scummy, scuzzy, skanky, grotty
        minging / mingin, manky, skeevy, icky, yucky, unspeakable, beyond the pale
        out of order, bang out of order, out of line, unacceptable, inexcusable
        unforgivable, ridiculous, absurd, preposterous, laughable, ludicrous, outrageous
        shocking, problematic, disappointing, unlikeable / unlikable
        dislikeable / dislikable, unlovable, irredeemable, destructive, harmful, damaging
        dysfunctional, naff, tacky, sketchy, sickening, nauseating, poisonous, evil
        impossible to live with, impossible to talk to, hard to love, hard to live with
        hard to be around, the absolute worst
    """,
)

TRAIT_VULGAR = WordClass(
    name="TRAIT_VULGAR",
    pos=Pos.ADJ,
    description=(
        "Vulgar adjectives made from swear words and insult nouns that condemn a person "
        "('dickish', 'douchey'); the swear words themselves are in the swearing module."
    ),
    entries="""
        shitty, crappy, assholish / assholeish / assholey, dickish / dick-ish
        douchey / douchy, douchebaggy, twattish, prickish, cunty, cuntish, arsey / arsy
        pissy, bitchy, shit-stirring, bitch-ass, wankerish, wanky, shithouse, fuckwitted
        jerky, jerkish, shit, shite, crap, fucked up
        half-assed / half-arsed
    """,
)

TRAIT_LOOKS = WordClass(
    name="TRAIT_LOOKS",
    pos=Pos.ADJ,
    description=(
        "Adjectives that attack a person's looks, body, smell or age; words for actual "
        "disability are deliberately not listed."
    ),
    entries="""
        ugly, fugly, butt-ugly, pig-ugly, ugly as sin, ugly-ass, fat, hideous, obese
        overweight, grotesque, repulsive, unattractive, homely, plain, frumpy, dumpy
        flabby, chubby, porky, pudgy, podgy, tubby, lardy, lard-arsed / lard-assed, lardass
        fat-arsed / fat-assed / fatass / fat-ass, blubbery, gross, disgusting, minging
        munting, skanky, scruffy, unkempt, dishevelled / disheveled, slovenly, smelly
        stinky, whiffy, pongy, greasy, grubby, gross-looking, ugly-looking, rough, haggard
        wrinkly, wrinkled, saggy, droopy, old, decrepit, withered, scrawny, skinny, bony
        weedy, puny, runty, stumpy, squat, lanky, gangly, gawky, goofy-looking
        horse-faced, pizza-faced, spotty, zitty, pimply, toothless, snaggle-toothed
        bug-eyed, beady-eyed, double-chinned, pot-bellied, beer-bellied, moon-faced
        pasty, pasty-faced, sallow, hatchet-faced, rat-faced, pig-faced, fat-faced
        chinless, horsey / horsy, flat-chested, busted, sweaty, hairy, balding, bald
        short, chunky, hefty, heavy, huge, enormous, paunchy, jowly, rotund, corpulent
        out of shape, skeletal, stick-thin, unsightly, repellent, unwashed, undateable
        unfuckable, fat as a pig, fat as a house, fat as a whale
    """,
)

TRAIT_DIRTY = WordClass(
    name="TRAIT_DIRTY",
    pos=Pos.ADJ,
    description=(
        "Character words for dirtiness, mess and bad hygiene in a person or their habits; "
        "sexual 'dirty' is TRAIT_SEXUAL."
    ),
    entries="""
        filthy, dirty, messy, slovenly, slobbish, slobby, grubby, grimy, unhygienic
        unwashed, smelly, stinky, stinking, rank, foul, manky, minging, grotty, scummy
        scuzzy, scruffy, unkempt, untidy, sloppy, piggish, swinish, squalid, skanky, gross
        disgusting, nasty, feral, mucky, crusty, greasy, sweaty, whiffy, pongy, unclean
        flea-bitten
    """,
)

TRAIT_HOSTILE = WordClass(
    name="TRAIT_HOSTILE",
    pos=Pos.ADJ,
    description=(
        "Character words for aggression, violence, rage and menace; rudeness without "
        "threat is TRAIT_UNKIND."
    ),
    entries="""
        aggressive, abusive, violent, vicious, hostile, threatening, menacing, intimidating
        belligerent, combative, confrontational, argumentative, quarrelsome, pugnacious
        bellicose, antagonistic, explosive, volatile, hot-headed, short-tempered
        quick-tempered, hot-tempered, bad-tempered, ill-tempered, temperamental, irascible
        choleric, angry, rageful, rage-filled, raging, wrathful, savage, brutal, barbaric
        bloodthirsty, murderous, homicidal, dangerous, scary, frightening, terrifying
        bullying, thuggish, loutish, yobbish, feral, rough, predatory, vengeful, revengeful
        vindictive, cruel, sadistic, ferocious, trigger-happy, unsafe, combustible
        volcanic, aggro, shouty, rabid, spoiling for a fight, looking for a fight
        psychotic
    """,
)

TRAIT_CREEPY = WordClass(
    name="TRAIT_CREEPY",
    pos=Pos.ADJ,
    description=(
        "Character words for creepiness and unwanted sexual attention; promiscuity and "
        "prudishness are TRAIT_SEXUAL."
    ),
    entries="""
        creepy, sleazy, slimy, skeevy, pervy, perverted, lecherous, lewd, lascivious
        leering, letchy / lechy, handsy, rapey, predatory, stalkerish, obsessive, weird
        sketchy, smarmy, sex-obsessed, sex-crazed, gropey, grabby, dirty-minded, voyeuristic
        creepy-ass, thirsty
    """,
)

TRAIT_SEXUAL = WordClass(
    name="TRAIT_SEXUAL",
    pos=Pos.ADJ,
    description=(
        "Sexual shaming adjectives thrown at partners, for promiscuity, prudishness or "
        "performance; creepiness is TRAIT_CREEPY."
    ),
    entries="""
        slutty, sluttish, whorish / whorey / whory, trashy, easy, loose, promiscuous
        skanky, tarty, slaggy, frigid, prudish, uptight, sexless, cheap, wanton, brazen
        oversexed, bad in bed, crap in bed / shit in bed, useless in bed, terrible in bed
        boring in bed, lousy in bed
    """,
)

TRAIT_GRUMPY = WordClass(
    name="TRAIT_GRUMPY",
    pos=Pos.ADJ,
    description=(
        "Character words for bad temper, moodiness, complaining and gloom; violent anger "
        "is TRAIT_HOSTILE."
    ),
    entries="""
        grumpy, moody, cranky, grouchy, crabby, crotchety, cantankerous, curmudgeonly
        irritable, tetchy, testy, touchy, prickly, snappy, snappish, peevish, petulant
        sulky, sullen, surly, sour, sour-faced, dour, miserable, morose, glum, gloomy
        negative, pessimistic, cynical, bitter, jaded, whiny / whiney, whingy / whingey
        whinging / whingeing, whining, complaining, moaning, moany, mardy, stroppy, ratty
        narky, shirty, ornery, crusty, salty, pissy, snippy, uptight, tense, thin-skinned
        humourless / humorless, po-faced, joyless, no fun, bad-tempered
        ill-humoured / ill-humored, crabbit, arsey, mopey / mopy, brooding, sulking
        miserable as sin
    """,
)

TRAIT_STUBBORN = WordClass(
    name="TRAIT_STUBBORN",
    pos=Pos.ADJ,
    description=(
        "Character words for stubbornness, closed-mindedness, prejudice and "
        "defensiveness; not determination in a good sense."
    ),
    entries="""
        stubborn, pig-headed, obstinate, bull-headed, mulish, mule-headed, headstrong
        wilful / willful, intransigent, inflexible, rigid, unbending, uncompromising
        unyielding, closed-minded / close-minded, narrow-minded, small-minded, bigoted
        prejudiced, opinionated, dogmatic, argumentative, contrary, contrarian, difficult
        uncooperative, unreasonable, defensive, stiff-necked, hard-headed, recalcitrant
        refractory, perverse, disagreeable, bloody-minded, awkward, cussed, obstructive
        blinkered, hidebound, unteachable, immovable, set in your ways, stuck in your ways
        stubborn as a mule
    """,
)

TRAIT_CRITICAL = WordClass(
    name="TRAIT_CRITICAL",
    pos=Pos.ADJ,
    description=(
        "Character words for judging, nagging, nitpicking and preaching at others; "
        "condescension is TRAIT_ARROGANT."
    ),
    entries="""
        judgmental / judgemental, judgy, critical, hypercritical, overcritical
        over-critical, nitpicky / nit-picky, nitpicking / nit-picking, picky, fussy
        finicky, pernickety / persnickety, fault-finding, carping, cavilling / caviling
        nagging, naggy, preachy, moralising / moralizing, moralistic, sanctimonious
        self-righteous, holier-than-thou, condescending, patronising / patronizing
        demanding, perfectionistic, hard to please, impossible to please, disapproving
        censorious, harsh, negative, scolding, lecturing, prissy, anal, anal-retentive
        pedantic, uptight, stuffy, strait-laced / straitlaced, puritanical, prudish
        finger-wagging, finger-pointing, blaming, accusatory, accusing
    """,
)

TRAIT_NEEDY = WordClass(
    name="TRAIT_NEEDY",
    pos=Pos.ADJ,
    description=(
        "Character words for neediness, clinginess, insecurity and over-sensitivity; "
        "jealous control is TRAIT_CONTROLLING."
    ),
    entries="""
        needy, clingy, insecure, desperate, attention-seeking, attention-hungry, jealous
        possessive, codependent / co-dependent, smothering, suffocating, demanding
        high-maintenance, thirsty, pathetic, self-pitying, whiny, emotionally needy
        emotionally draining, exhausting, draining, obsessive, dramatic, overemotional
        oversensitive, precious, fragile, thin-skinned, soft, touchy, triggered, sensitive
        easily offended, validation-seeking, approval-seeking, people-pleasing, woe-is-me
        sorry for yourself, full of self-pity
    """,
)

TRAIT_BORING = WordClass(
    name="TRAIT_BORING",
    pos=Pos.ADJ,
    description=(
        "Character words for being boring, uncool, dated or socially awkward; not "
        "boredom as a feeling."
    ),
    entries="""
        boring, dull, tedious, tiresome, dreary, bland, uninteresting, unexciting
        lifeless, colourless / colorless, vanilla, beige, mundane, humdrum, monotonous
        insipid, vapid, basic, lame, dry, stale, stodgy, stuffy, square, uncool, unfun
        no fun, dull as dishwater / dull as ditchwater, sad, nerdy, geeky, dorky
        dweeby / dweebish, naff, tragic, tryhard, awkward, socially awkward
        antisocial / anti-social, unsociable, out of touch, behind the times
        old-fashioned, stuck in the past, past it, fuddy-duddy, predictable, unimaginative
        uninspired, uncreative, one-dimensional, prosaic, characterless, drab
        lacklustre / lackluster, cheugy, mid
    """,
)

TRAIT_SHALLOW = WordClass(
    name="TRAIT_SHALLOW",
    pos=Pos.ADJ,
    description=(
        "Character words for shallowness, superficiality and obsession with looks, "
        "status or money; vanity as arrogance is TRAIT_ARROGANT."
    ),
    entries="""
        shallow, superficial, vain, materialistic, vapid, empty-headed, airheaded
        frivolous, fake, plastic, basic, image-obsessed, looks-obsessed, status-obsessed
        money-obsessed, label-obsessed, gold-digging, vacuous, brainless, ditzy, flashy
        pretentious, phony / phoney, two-dimensional, shallow as a puddle
    """,
)

TRAIT_CRUDE = WordClass(
    name="TRAIT_CRUDE",
    pos=Pos.ADJ,
    description=(
        "Character words for crudeness, vulgarity, bad manners and class contempt; "
        "ethnic and racial class labels are deliberately not listed."
    ),
    entries="""
        crude, vulgar, uncouth, classless, trashy, common, chavvy, bogan, redneck, hick
        low-class, low-brow / lowbrow, low-rent, tacky, tasteless, coarse, rough, boorish
        loutish, oafish, yobbish, uncivilised / uncivilized, uncultured, unrefined
        unsophisticated, uneducated, uncultivated, provincial, philistine
        foul-mouthed, potty-mouthed, obscene, smutty, dirty-minded, filthy-minded, crass
        rude, ill-bred, ill-mannered, bad-mannered, graceless, gauche, tactless
        inappropriate, embarrassing, loud, loud-mouthed, obnoxious, brash, brassy, gobby
        mouthy, neanderthal, primitive, barbaric, animalistic, beastly, brutish, piggish
        swinish, trailer-trash, common as muck, rough as guts, rough as bags
        raised by wolves
    """,
)

TRAIT_AMBIGUOUS = WordClass(
    name="TRAIT_AMBIGUOUS",
    pos=Pos.ADJ,
    description=(
        "A cross-listing of trait words from the groups above that also have a common "
        "harmless sense (temperature, illness, praise, a verb form), for rules that "
        "demand a stronger frame; every word here is also in a TRAIT_ group."
    ),
    entries="""
        cold, thick, dense, slow, cheap, easy, tight, loose, mean, sensitive, emotional
        soft, wet, hard, rough, sick, mental, mad, simple, dull, dry, sad, sorry, weird
        wild, extra, basic, plain, short, old, heavy, chunky, hairy, bald, thirsty, salty
        crusty, dramatic, precious, common, square, vanilla, beige, chicken, yellow
        spoiled / spoilt, rotten, rank, foul, sour, bitter, dirty, filthy, wicked, savage
        nasty, bad, evil, insane, crazy, nuts, hysterical, ridiculous, silly, daft
        terrible, awful, the worst, impossible, distant, remote, absent, closed, icy
        frosty, limp, dizzy, cracked, loud, awkward, slack, idle, flaky, tragic, mid
        shady, crafty, cunning, calculating, dodgy, strict, rigid, picky, fussy, anal
        broken, damaged, hopeless, helpless, messy, unavailable, checked-out, shut down
        switched off, tense, negative, critical, superior, passive, demanding, difficult
        tiring, draining, lecturing, moaning, lying, cheating, sponging, prying, losing it
        suffocating, stifling, entitled, obsessed, desperate, greasy, jelly, jel
        hard-headed, wound up, washed-up, fat, stuck-up, dim, rash, squat, beta, gross
        huge, angry, moody
    """,
)

POS_TRAIT = WordClass(
    name="POS_TRAIT",
    pos=Pos.ADJ,
    description=(
        "Positive character and looks adjectives, for near misses ('you're so "
        "thoughtful'); words mostly used sarcastically are in the hostility module."
    ),
    entries="""
        kind, funny, sweet, smart, thoughtful, caring, loving, generous, patient, gentle
        warm, clever, intelligent, brilliant, wise, bright, honest, loyal, reliable
        dependable, trustworthy, supportive, considerate, compassionate, empathetic
        empathic, understanding, helpful, hard-working / hardworking, diligent, brave
        courageous, strong, confident, calm, cheerful, optimistic, positive, fun
        hilarious, witty, charming, lovely, beautiful, gorgeous, handsome, pretty, cute
        adorable, attractive, stunning, sexy, hot, amazing, awesome, wonderful, fantastic
        great, incredible, special, unique, talented, gifted, creative, artistic
        inspiring, motivated, ambitious, driven, organised / organized, responsible
        mature, sensible, reasonable, fair, fair-minded, open-minded, humble, modest
        polite, respectful, courteous, gracious, graceful, elegant, classy, stylish
        sophisticated, cultured, educated, knowledgeable, curious, interesting
        fascinating, adventurous, spontaneous, easygoing / easy-going, laid-back
        relaxed, chill, mellow, down-to-earth, genuine, authentic, sincere
        straightforward, open, transparent, affectionate, romantic, tender, nurturing
        attentive, devoted, committed, faithful, true, steadfast, consistent, punctual
        tidy, neat, clean, healthy, fit, sporty, athletic, energetic, lively, vibrant
        bubbly, outgoing, sociable, friendly, approachable, likeable / likable
        lovable / loveable, endearing, delightful, pleasant, agreeable, nice, good
        decent, good-hearted, kind-hearted, warm-hearted, big-hearted, soft-hearted
        tender-hearted, selfless, unselfish, altruistic, charitable, benevolent
        magnanimous, forgiving, tolerant, accepting, nonjudgmental / non-judgmental
        non-judgemental, encouraging, uplifting, reassuring, comforting, soothing
        calming, steady, stable, grounded, balanced, centred / centered, level-headed
        clear-headed, rational, logical, practical, pragmatic, resourceful, capable
        competent, skilled, skilful / skillful, handy, quick, quick-witted, sharp
        astute, perceptive, insightful, intuitive, reflective, introspective, self-aware
        emotionally intelligent, articulate, eloquent, well-spoken, expressive
        communicative, principled, ethical, moral, upright, honourable / honorable
        noble, dignified, respectable, admirable, heroic, fearless, bold, daring, gutsy
        plucky, feisty, spirited, resilient, tough, determined, persistent, tenacious
        dedicated, conscientious, meticulous, careful, thorough, observant, alert
        focused / focussed, disciplined, self-disciplined, industrious, productive
        efficient, proactive, enterprising, innovative, inventive, imaginative, original
        playful, goofy, quirky, whimsical, charismatic, magnetic, captivating, enchanting
        alluring, radiant, glowing, sunny, upbeat, jolly, jovial, merry, good-natured
        good-humoured / good-humored, even-tempered, mild-mannered, soft-spoken
        sympathetic, wholesome, perfect, sweet-natured, hospitable, welcoming, inclusive
        accommodating, flexible, adaptable, cooperative, collaborative, just, grown-up
        independent, self-reliant, self-sufficient, secure, self-assured, assertive
        poised, composed, serene, peaceful, affable, amiable, amicable, congenial
        cordial, genial, gregarious, personable, kindly, doting, adoring, passionate
        sensual, fun-loving, open-hearted, giving, thrifty, frugal, economical, cautious
        discerning, detail-oriented, precise, orderly, protective, cool, legendary, epic
        ace, sound, solid, sane, appreciative
        grateful, thankful, trusting, loyal to a fault, easy to talk to, easy to love
        fun to be with, sweet as pie
    """,
)

CLASSES: tuple[WordClass, ...] = (
    TRAIT_LAZY,
    TRAIT_SELFISH,
    TRAIT_STINGY,
    TRAIT_UNKIND,
    TRAIT_DISHONEST,
    TRAIT_UNFAITHFUL,
    TRAIT_STUPID,
    TRAIT_INCOMPETENT,
    TRAIT_WORTHLESS,
    TRAIT_CHILDISH,
    TRAIT_CONTROLLING,
    TRAIT_COLD,
    TRAIT_UNSTABLE,
    TRAIT_WEAK,
    TRAIT_ARROGANT,
    TRAIT_UNRELIABLE,
    TRAIT_UNREASONABLE,
    TRAIT_NEGATIVE_GENERAL,
    TRAIT_VULGAR,
    TRAIT_LOOKS,
    TRAIT_DIRTY,
    TRAIT_HOSTILE,
    TRAIT_CREEPY,
    TRAIT_SEXUAL,
    TRAIT_GRUMPY,
    TRAIT_STUBBORN,
    TRAIT_CRITICAL,
    TRAIT_NEEDY,
    TRAIT_BORING,
    TRAIT_SHALLOW,
    TRAIT_CRUDE,
    TRAIT_AMBIGUOUS,
    POS_TRAIT,
)
