"""Fillers: the words a rule skips to reach the judgment ("you are *literally so* lazy").

People pad a judgment with adverbs ("you're honestly just selfish"), discourse particles
("omg you're like, so rude lol"), hedges ("maybe you're a bit selfish") and intensifying
adjectives ("you complete idiot", "you lazy good-for-nothing slob"). A rule names the
pattern once and lets the engine skip these classes, so the breadth of padding lives
here. Chat abbreviations that the text layer spells out before matching ("kinda",
"sorta", "idk", "ok", "tho", "rn") are not listed; their spelled-out forms are. A
hyphenated entry is also matched written open and closed.

Written by the intimacy_kit team from general knowledge of English. Deliberately left
out of the skippable classes: words that change what is said about the person
("never", "not", "no", "hardly", "barely", "almost", "nearly", "only", "less"), and
"no offence but", which prefaces a judgment rather than softening it.
"""

from __future__ import annotations

from intimacy_kit.lexicon._format import Pos, WordClass

__all__ = ["CLASSES"]

FILLER_ADVERB = WordClass(
    name="FILLER_ADVERB",
    pos=Pos.OTHER,
    description=(
        "Adverbs and particles that can stand between 'you are' and a label, or between "
        "'you' and a verb, without changing who is judged or reversing the judgment; "
        "negations and 'almost' words are not listed."
    ),
    entries="""
        literally, honestly, also, really / rly / rlly, just, actually, basically
        seriously / srsly, totally / totes, truly, genuinely, clearly, obviously / obvs
        simply, definitely / defo / deffo / def, absolutely, officially
        probably / prolly / probs, frankly, low-key, high-key, legit, legitimately
        straight-up, flat-out, kind of, sort of, kind of a, sort of a, a bit, a little
        a little bit, a bit of a, a bit of, bit of a, a tad, a touch, quite, quite a
        rather, rather a, pretty, pretty much, so, so very, very, too, such, such a, such an
        extremely, incredibly, unbelievably, ridiculously, completely, utterly, entirely
        now, still, again, always, constantly, forever, fully, wholly, thoroughly
        positively, downright, outright, plain, plainly, just plain, purely, merely, even
        super, mega, hella, proper, well, dead, right, real, awfully, terribly, dreadfully
        horribly, hugely, massively, insanely, majorly, severely, deeply, profoundly
        desperately, hopelessly, painfully, embarrassingly, pathetically, shockingly
        astonishingly, amazingly, remarkably, exceptionally, extraordinarily, excessively
        overly, way, far, way too, far too, much too, particularly, especially
        increasingly, slightly, somewhat, mildly, moderately, fairly, relatively
        continually, continuously, perpetually, eternally, endlessly, habitually
        chronically, consistently, repeatedly, regularly, usually, generally, typically
        often, frequently, mostly, sometimes, occasionally, lately, recently, currently
        already, yet again, once again, as usual, as always, per usual, like always
        these days, nowadays, suddenly, finally, apparently, evidently, certainly, surely
        undoubtedly, undeniably, unquestionably, admittedly, truthfully, candidly
        technically, practically, virtually, essentially, fundamentally, inherently
        naturally, innately, deep down, at heart, deadass, nothing but, little more than
        nothing more than, ever so, oh so, just so, the most, without a doubt, hands down
        a hundred percent, more and more, even more, much more, honest to god
    """,
    inflect=False,
)

DISCOURSE_PARTICLE = WordClass(
    name="DISCOURSE_PARTICLE",
    pos=Pos.OTHER,
    description=(
        "Interjections, chat particles and terms of address that frame a sentence without "
        "adding to what is said about anyone ('ugh', 'lol', 'tbh', 'babe', 'mate')."
    ),
    entries="""
        well, like, um / umm, uh / uhh, erm, er, hmm / hm, oh, ah / ahh, aw / aww, ugh
        argh / arg, meh, eh, huh, lol / lolol, lmao / lmfao, rofl, omg / omigod
        oh my god / oh my gosh, tbh, tbqh, tbf, ngl, smh / smfh, fr / frfr, for real, imo
        imho, jk, just kidding, okay / okey / okie, alright / all right, look, listen
        honestly, seriously, man, dude, bro, bruh, mate, babe / babes, hun / hunny, hon
        honey, love / luv, darling / darlin, sweetie / sweety, sweetheart, baby / bby, bae
        boo, pet, petal, chuck, duck, sugar, girl / gurl, girlie, sis, bestie
        bud / buddy, pal, fam, guys, yo, hey, oi, so, anyway / anyways, you know / y'know
        yk, i mean, right, yeah / yea, yep / yup, sure, whatever, btw, fyi, though
        i swear, swear to god, istg, on god, periodt, haha / hahaha, hehe, heh
        xd, jeez / geez, gosh, wow, whoa, yikes, oof, welp, innit, like i said
        just saying / just sayin, ikr, ofc, sigh, dear, my dear, my love, kiddo, anyhow
        and like, i mean like, okay so, so yeah, yeah so, okay then, oh well
    """,
    inflect=False,
)

FOND_SIGN = WordClass(
    name="FOND_SIGN",
    pos=Pos.OTHER,
    description=(
        "Laughter and love written into a message ('lol', 'haha', 'xx', laughing and heart "
        "emoji): beside a playful name they make it teasing ('you muppet 😂'), after "
        "'shut up' delight."
    ),
    entries="""
        haha / hahaha / hahahaha / ahaha / ahahaha, hehe / hehehe, lol / lolol, lmao / lmfao
        rofl, xx / xxx, xoxo, 😂, 🤣, 😆, 😅, 😹, 😜, 😝, 😛, 😘, 😍, 🥰, 😚, 😁, ❤, 💕, 💖
        💗, 💓, 💞, 💘, 💛, 💙, 💜, 💚, 🧡, 🤍, 🖤, 🤎, ♥
    """,
    inflect=False,
)

LOVE_SIGN = WordClass(
    name="LOVE_SIGN",
    pos=Pos.OTHER,
    description=(
        "Love written into a message: kisses and heart emoji ('xx', '❤', '🥰'). After an "
        "absolute they make it praise ('you always save me the last slice 🥰')."
    ),
    entries="""
        xx / xxx, xoxo, 😘, 😍, 🥰, 😚, ❤, 💕, 💖, 💗, 💓, 💞, 💘, 💛, 💙, 💜, 💚, 🧡, 🤍
        🤎, ♥
    """,
    inflect=False,
)

SET_OFF_PARTICLE = WordClass(
    name="SET_OFF_PARTICLE",
    pos=Pos.OTHER,
    description=(
        "Discourse particles that are also plain verbs ('love', 'look', 'listen'): the "
        "engine skips them only where a particle stands, set off at the edge of a clause "
        "or by a comma ('love, you're late', 'look, you're wrong', 'you're late, love'); "
        "inside a clause they are the verb ('fucking love you', 'look you up')."
    ),
    entries="""
        love / luv, look, listen
    """,
    inflect=False,
)

HEDGE = WordClass(
    name="HEDGE",
    pos=Pos.OTHER,
    description=(
        "Words and phrases that soften a claim into a guess, an impression or a partial "
        "truth ('maybe', 'i feel like', 'can be'); they mark a message as less "
        "absolute, not as free of judgment."
    ),
    entries="""
        maybe, perhaps, possibly, i guess, i think, i feel like, it seems, kind of, sort of
        i wonder if, could it be, might, may, might be, could be, maybe it's just me
        it might just be me, it seems like, it feels like, i suppose, i reckon
        i believe, i imagine, in my opinion, imo, imho, from my perspective
        from where i'm standing, it could be that, is it possible that
        i'm not sure, not sure, not entirely sure, not totally sure, i might be wrong
        i could be wrong, i may be wrong, correct me if i'm wrong, i don't know
        somewhat, a little, a bit, slightly, sometimes, at times, occasionally, probably
        likely, apparently, seemingly, arguably, presumably, supposedly, potentially
        conceivably, it appears, it looks like, seems like, it sounds like
        i get the sense, i get the feeling, i get the impression
        i have a feeling, i sense, i wonder, wondering if
        just wondering, i was wondering, i'm wondering, in a way, in some ways
        to some extent, to an extent, more or less, kind of like, sort of like, ish
        i'd say, i would say, i'd guess, i'm guessing, my guess is, my sense is
        my impression is, it strikes me, it occurs to me, as far as i can tell
        as far as i know, afaik, iirc, if i remember right, unless i'm mistaken
        tend to, tends to, can be, can sometimes be, can get, at least to me
        from what i can see, from what i can tell, i assume, i'd imagine
        it's possible that, there's a chance, chances are, i'm starting to think
        i'm beginning to think, i kind of feel, part of me thinks
    """,
    inflect=False,
)

INTENSIFIER_ADJ = WordClass(
    name="INTENSIFIER_ADJ",
    pos=Pos.ADJ,
    description=(
        "Adjectives that can stand between 'you' (or 'a') and an insult noun to "
        "intensify or pile on it ('you complete idiot', 'you lazy good-for-nothing "
        "slob'); sympathetic ones ('poor', 'silly old' said fondly) are not listed."
    ),
    entries="""
        complete, total, absolute, utter, real, right, proper, massive, huge, big, little
        fat, stupid, bloody, pathetic, useless, worthless, lying, selfish, lazy, ugly
        good-for-nothing, fucking, fuckin, effing, freaking, frigging, damn, damned
        goddamn, sodding, bleeding, flaming, dumb, thick, daft, ignorant, arrogant
        spoiled / spoilt, dirty, filthy, rotten, lousy, miserable, sorry, sad, pitiful
        wretched, disgusting, vile, nasty, cheating, conniving, manipulative, two-faced
        backstabbing, lazy-ass, fat-ass, dumb-ass, stupid-ass, sorry-ass, lame-ass
        bitch-ass, punk-ass, broke-ass, weak-ass, cheap-ass, crazy-ass, ugly-ass
        jumped-up, snivelling / sniveling, whining, whingeing / whinging, moaning, nagging
        drunken, drunk, pompous, smug, stuck-up, brainless, spineless, gutless, heartless
        cold-hearted, evil, wicked, crazy, psycho, mental, insane, creepy, sleazy, slimy
        sneaky, jealous, controlling, possessive, bitter, twisted, sick, perverted
        dishonest, old, ungrateful, entitled, hopeless, great, giant, colossal, monumental
        enormous, raging, blithering, babbling, drooling, gibbering, bumbling, incompetent
        clueless, mindless, insufferable, obnoxious, pig-ignorant, prize, first-class
        world-class, grade-a, certified, card-carrying, bona fide, genuine, veritable
        regular, perfect, consummate, unmitigated, out-and-out, thorough, full-blown
        full-on, ultimate, supreme, major, wee, lil, tiny, stinking, grubby, scummy
        no-good, shameless, soulless, gormless, two-bit, two-timing, thieving, scheming
        treacherous, psychotic, deranged, demented, unhinged, hysterical
        self-centred / self-centered, egotistical, narcissistic, snotty, bratty, whiny
        bossy, pushy, needy, clingy, pervy, slutty, trashy, great big, big fat, right old
        complete and utter, total and utter, shitty, crappy, dozy, idiotic, moronic
    """,
)

CLASSES: tuple[WordClass, ...] = (
    FILLER_ADVERB,
    DISCOURSE_PARTICLE,
    FOND_SIGN,
    LOVE_SIGN,
    SET_OFF_PARTICLE,
    HEDGE,
    INTENSIFIER_ADJ,
)
