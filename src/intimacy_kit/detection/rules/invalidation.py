"""Invalidation: waving the partner's feeling away ("calm down", "you're overreacting").

Telling someone how they should feel does not change the feeling; it tells them it is not
safe to share it. The rules name the frames of a dismissal, and the lexicon's classes
hold the words:

* an order to stop feeling (CALM_COMMAND: "calm down", "get over it", "lighten up") at the
  start of a clause or after "you need to"; the one-word orders that are also kind
  (SOFT_CALM_WORD: "relax", "chill") only when they end the clause or come before a
  minimising clause ("relax, it's just a joke"), so "relax, I've got the kids" stays
  clean;
* a verdict that the feeling is too much: "you're overreacting / imagining things"
  (OVERREACT_VERB), "you're too sensitive", "don't be so dramatic" (OVERREACT_ADJ),
  "you're making a big deal out of nothing" (FUSS_NOUN), "blowing it out of proportion";
* minimising what it is about: "it's not that deep", "it could be worse", "other people
  have it worse", "it's just a text" (TRIFLE_NOUN), "a silly thing to be upset about";
* denying the right to feel: "there's no reason to be upset" (HURT_FEELING, which leaves
  out fear words, because "no need to be nervous" reassures), "you shouldn't feel that
  way", "you'll get over it", stock phrases (DISMISSAL_PHRASE: "cry me a river").

The writer calming themselves ("I need to calm down"), plans ("let's relax at the beach")
and a grievance let go ("it's not a big deal that you forgot the bread") stay clean.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import PARTNER_REF, YOU_ARE

_WHY = (
    "Telling someone how they should feel does not change the feeling; it tells them it "
    "is not safe to share it with you, and the feeling comes back louder."
)
_INSTEAD = "Acknowledge first: 'I can see this really upset you. Tell me what it's like for you.'"
_SOURCE = "Emotional invalidation; minimising."

_OBLIGE = "(SHOULD_MODAL | MUST_MODAL)"
_SMALL = (
    '(it | that | this | its) BE (just | only | literally | one | "only ever")'
    " (a | an | one | some)? TRIVIAL_ADJ? TRIFLE_NOUN"
)
"""Calling what someone is upset about a trifle: "it's just a text", "it's one dinner"."""
_CALM = (
    "(CALM_COMMAND | DOWN_VERB (it | YOURSELF)? down | UP_VERB up | chill out"
    " | get over (it | YOURSELF) | suck it up)"
)
"""An order to stop feeling; phrasal verbs are written out so a swear word can sit inside
("calm the hell down", "man the fuck up")."""
_NOT_SO_BAD = (
    "(it | that | this | its) BE (not | n't) (that (deep | bad | serious | important | big)"
    " | (that | such)? (a | an)? (big | huge | massive) (deal | thing) | (a | an | the)?"
    " CATASTROPHE_NOUN"
    " | worth (crying | SULK_VERB | getting upset | getting worked up | it | the drama))"
)
"""Minimising: "it's not that deep", "it's not a big deal", "not the end of the world"."""

RULES: tuple[Rule, ...] = (
    # -- orders to stop feeling ------------------------------------------------------------
    Rule(
        id="invalidation.calm_down",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            f"(^ | COMMA | so) please? [{_CALM}]"
            " -(to | and | with | for | in | into | SPEAKER | QUESTION_MARK)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Calm down.",
            "Alright, calm down!",
            "Oh, get over it.",
            "Calm the hell down.",
            "man the fuck up",
            "It was just a joke, lighten up.",
            "It's been a week, move on.",
            "Calm dowwwn 😂 it's literally a sandwich",
        ),
        near_misses=(
            "I need to calm down before we talk.",
            "Give me a minute to calm myself down, then I'm all ears.",
            "Move on to the next slide when you're ready.",
            "Calm down? I'm totally calm, just excited!",
            "We want to settle down and have kids one day.",
        ),
        source="Emotional invalidation.",
    ),
    Rule(
        id="invalidation.you_need_to_calm_down",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            f"[{PARTNER_REF} HAVE? just? {_OBLIGE} just? ({_CALM} | SOFT_CALM_WORD"
            " -(YOUR | DETERMINER | SPEAKER_POSSESSIVE))]"
            f" | [MODAL n't? YOU please? just? {_CALM}]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Honey, you need to relax.",
            "I say this with love, but you need to calm down.",
            "Will you just chill out?",
            "Can't you just let it go?",
            "You need to fucking relax.",
            "You've just got to let it go.",
        ),
        near_misses=(
            "I need to relax before we talk about this.",
            "You need to relax your shoulders when you swim.",
            "Can you relax for once and enjoy your birthday? I've got everything sorted.",
        ),
        source="Emotional invalidation.",
    ),
    Rule(
        id="invalidation.relax",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "(^ | COMMA) please? [SOFT_CALM_WORD] (=SENTENCE_END -QUESTION_MARK"
            f' | COMMA? ({_SMALL} | {_NOT_SO_BAD} | (nobody | "no one" | noone) (<care> | BE'
            " MISTREAT_VERB YOU)))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Relax, it was just a joke.",
            "chill lol it's not that deep",
            "Relax, nobody cares.",
            "Chill babe, nobody's attacking you.",
            "Just relax.",
        ),
        near_misses=(
            "Let's relax at the beach this weekend.",
            "Want to chill and watch a film?",
            "Chill evening tonight? I'll get snacks.",
            "Relax, I've already paid the parking ticket.",
            "Relax and enjoy your bath, I've got the kids.",
            "Cheer up, I'm bringing cake!",
        ),
        source="Emotional invalidation.",
    ),
    # -- a verdict that the feeling is too much --------------------------------------------
    Rule(
        id="invalidation.overreacting",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            f"[({YOU_ARE} (just | being | kind of)? | YOU) (OVERREACT_VERB | <read> much? into"
            " (it | this | that | things | everything))]"
            # Chat "ur" before a gerund is read as "your": "ur overthinking it".
            " | [YOUR OVERREACT_VERB] (it | this | that | things | everything | again | $)"
            " | ^ [talk about OVERREACT_VERB]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're overreacting.",
            "ur overthinking it lol",
            "You're imagining things.",
            "You're reading way too much into this.",
            "You always take things the wrong way.",
            "You're blowing up over nothing again.",
            "you overreacted, as usual",
            "Talk about exaggerating.",
        ),
        near_misses=(
            "Did I overreact last night?",
            "I read into it too much, sorry.",
            "I think I overreacted, sorry.",
            "You're not overreacting, that was awful.",
            "Your overthinking is why you're so good at chess, honestly.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.too_sensitive",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            f"[({YOU_ARE} (being)? bit? | why BE YOU (getting | being) | (YOUR"
            " | SPEAKER_POSSESSIVE) (PARTNER_NOUN | FAMILY_NOUN) (BE | COPULA_VERB)) OVERREACT_ADJ"
            ' ((over | about) (nothing | everything | "every little thing"))?] -(to | with)'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're too sensitive.",
            "Honestly you're being so dramatic.",
            "You get a tad bit dramatic about these things.",
            "My wife gets hysterical over nothing.",
            "You're so dramatic 🙄",
            "Why are you getting so worked up?",
        ),
        near_misses=(
            "I'm too sensitive to spicy food, can we get mild?",
            "You're so sensitive to other people's moods, I love that.",
            "I'm being dramatic, ignore me 😂",
            "My sister is so sensitive to cold, she's always in a jumper.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.dont_be_so",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[(do n't | stop | quit) ((be | being | <get> | getting) (such a)? (OVERREACT_ADJ"
            ' | HURT_FEELING (over | about) (nothing | TRIVIAL_ADJ | "every little thing"))'
            # "your whining" is read as "you're whining" (a trait word after "your").
            " | OVERREACT_VERB | (YOUR | YOU 're)? SULK_VERB)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Don't be so touchy.",
            "Stop being so sensitive, it was a joke.",
            "Stop overthinking it.",
            "You’re fine, stop crying.",
            "Quit your whining.",
            "Don't get so upset over little things.",
        ),
        near_misses=(
            "Don't be nervous, you'll smash it.",
            "Stop by the bakery on your way home?",
            "Don't be sad, we'll see each other soon.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.making_a_fuss",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU BE? <make> (a | an | this | it | that | everything)? (into)? FUSS_NOUN]"
            " | [<blow> (this | it | that | things | everything)? out of all? proportion]"
            " | [(<make> | <turn>) (it | this | that | everything) (into)? a (whole | big"
            " | huge)? FUSS_NOUN]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're making a big deal out of nothing.",
            "You’re blowing this way out of proportion.",
            "Must you always make such a fuss?",
            "Everyone has bad days. Let's not make it a whole thing.",
        ),
        near_misses=(
            "I'm making a big pot of soup.",
            "Let's not make it a late night, we have the flight tomorrow.",
        ),
        source=_SOURCE,
    ),
    # -- minimising what it is about -------------------------------------------------------
    Rule(
        id="invalidation.minimising",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            # A comma is skipped before the look: "…, I can grab some" lets a grievance go.
            f"[{_NOT_SO_BAD}] -(COMMA | DISCOURSE_PARTICLE | that | if | for | to | when | but"
            " | SPEAKER | we)"
            f" | [{_SMALL}] $"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "its literally not that deep babe",
            "It's honestly not that big a deal.",
            "Cheer up, it’s not the end of the world 😅",
            "It's not a tragedy, it's a parking ticket.",
            "chill omg its just a text",
            "It's not worth crying over.",
        ),
        near_misses=(
            "It's not a big deal, I can pick up the milk tomorrow.",
            "It's not a big deal that you forgot the bread, I'll grab some.",
            "The storm wasn't that bad here, we're all fine.",
            "It's no big deal if we're five minutes late to the cinema.",
            "It's okay to be upset about this. It's a big deal.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.could_be_worse",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[(it | ^) could (always)? be (a lot | so much | much | way | far)? worse] $"
            ' | [(SOMEONE | others | "other people") <have> it (way | much | far | a lot'
            " | so much)? worse] -(than)"
            ' | [(nobody | "no one" | noone) else would (be | <get> | <care> | <mind> | <cry>'
            " | <complain> | <react>)]"
            " | [at least YOU (still)? <have>]"
            " | [there BE (bigger | worse | more important | real) (things | problems) to"
            " (<worry> | <care> | <cry> | <get> upset) about?]"
            ' | [(nobody | "no one" | noone) really? <care> ("that much" -about | about (it | this'
            " | that"
            " | YOUR))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Could be worse, at least you still have a job.",
            "Other people have it way worse, you know.",
            "It could always be worse!",
            "Nobody else would be bothered by this.",
            "There are bigger things to worry about.",
            "Nobody cares that much, honestly.",
        ),
        near_misses=(
            "Some people have it worse than us, let's donate.",
            "It could be worse weather for a picnic!",
            "At least we tried, and it was fun.",
            "Nobody cares that much about dress codes there, wear what you like!",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.silly_reason",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[TRIVIAL_ADJ (thing | reason | something) to (be | <get> | <feel> | SULK_VERB"
            " | <worry>)]"
            " | [worth (crying | SULK_VERB | getting upset | getting worked up) (over | about)]"
            " | [(tears | SULK_VERB) (over | about) (a | an | one | some | this"
            " | that) TRIVIAL_ADJ? TRIFLE_NOUN] =QUESTION_MARK"
            " | ^ [SULK_VERB ((about | over) ...)? again] =QUESTION_MARK"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "That's a silly thing to be scared of.",
            "Is this really worth crying over?",
            "Crying over a text? Seriously?",
            "Sulking about one little comment?",
            "Crying about work again?",
            "Crying again? Wow.",
        ),
        near_misses=(
            "Were you crying about the film again? It's so sad.",
            "It's worth thinking about, honestly.",
            "That's a small thing to fix, I'll do it now.",
        ),
        source=_SOURCE,
    ),
    # -- denying the right to feel ---------------------------------------------------------
    Rule(
        id="invalidation.no_reason",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[(((there BE | YOU <have> | YOU 've got | YOU got) no | ^ no) (reason | need | right"
            f" | cause) to | {PARTNER_REF} {_OBLIGE} (n't | not)) (be | <feel>"
            " | <get>) HURT_FEELING]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "There's no reason to be upset.",
            "No need to get so defensive.",
            "You've got no reason to be upset.",
            "You have no right to be upset, you should be grateful.",
            "You shouldn't feel that way.",
        ),
        near_misses=(
            "There's no reason to be nervous, you've prepared so well.",
            "No need to be nervous, they'll love you.",
            "You shouldn't feel guilty about resting.",
            "There's no need to apologise!",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.cant_possibly",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU BE (really | seriously)? HURT_FEELING (about | over) (that | this | it)]"
            " =QUESTION_MARK"
            " | [YOU (ca n't | cannot) (possibly | seriously | really) (be | <feel>) =WORD]"
            " -(expected | asked | required | allowed | blamed | responsible)"
            " | [why BE YOU even (HURT_FEELING | SULK_VERB)]"
            ' | [HURT_FEELING (over | about) (nothing | "something so" | "every little thing")]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You can't possibly be tired, you slept all day.",
            "Why are you even upset about this?",
            "Seriously, you're upset about THAT?",
            "you cant seriously be mad about that",
            "She's upset over nothing again.",
        ),
        near_misses=(
            "You can't possibly be expected to do it all alone.",
            "Why are you upset? Talk to me.",
            "You're upset about the move, aren't you? I am too.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.dismissal",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[DISMISSAL_PHRASE] $"
            ' | ^ [so? "big deal"] =SENTENCE_END | ^ [so what] =QUESTION_MARK'
            ' | [BE (it | this | that) (that | YOUR) "time of the month"]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Big deal.",
            "So what? You were late once.",
            "It's not like anyone died.",
            "Cry me a river.",
            "Nobody said life was fair, get on with it.",
            "Is it that time of the month or something?",
            "Oh, here come the waterworks.",
        ),
        near_misses=(
            "So what time works for you?",
            "It's a big deal to me, thank you for coming.",
            "It's that time of year again, pumpkin spice everything!",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="invalidation.youll_forget",
        category=Category.INVALIDATION,
        severity=Severity.MEDIUM,
        pattern=(
            "[YOU FUTURE (have forgotten all? about (it | this | that) | <forget> all? about"
            " (it | this | that) (by | in | soon | tomorrow))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You'll have forgotten all about this by tomorrow.",
            "you'll forget all about it by next week",
            "You will have forgotten about it by Friday, trust me.",
        ),
        near_misses=(
            "Write it down or you'll forget about it.",
            "I'll have forgotten all about it by tomorrow, I'm useless.",
        ),
        source=_SOURCE,
    ),
)
"""The invalidation rules."""
