"""Comparisons: measuring the partner unfavourably against someone else or their past self.

A comparison says the other person falls short: "why can't you be more like your
brother?", "my ex would never …", "other husbands help", "even my dad cooks more than
you", "you used to be fun". The rules are frames around a *comparator*, a person held up
as the standard (an ex, someone else's partner, "other"/"normal"/"real" people,
"everyone else", the partner's family and friends), and a marker that the comparator
does better (would never, actually, always, manages to, more/better than you) or that
the partner was better before.

Mentioning other people is not comparing ("my sister is coming on Friday", "Jess's
husband recommended a plumber"), and a kind comparison stays clean ("you're as generous
as your dad", "you're better than you think"): the frames ask for the unfavourable
marker.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule

_WHY = (
    "Comparing someone with another person says they fall short as they are; it breeds "
    "shame and resentment rather than change."
)
_INSTEAD = "Ask for the specific thing you value: 'It means a lot to me when … . Could you …?'"
_SOURCE = "Nonviolent Communication: comparison as a form of judgment."

# People a partner is measured against.
_EX = (
    "(SPEAKER_POSSESSIVE | YOUR) (EX_PARTNER | (last | previous | former | old | first)"
    " PARTNER_NOUN)"
)
_CLOSE = "(SPEAKER_POSSESSIVE | YOUR) _? (FAMILY_NOUN | FRIEND_NOUN)"
_THEIR_PARTNER = (
    "('s | SPEAKER_POSSESSIVE (FRIEND_NOUN | FAMILY_NOUN) QUOTE_MARK? | other (people | women"
    " | girls | guys | men) QUOTE_MARK) (PARTNER_NOUN | FAMILY_NOUN)"
)
# A name: a capitalised word that is not a pronoun or a function word ("I", "You", "The"
# open sentences with a capital too). The engine's gate does not see capitals, so a name is
# read as "the next token is capitalised; take it", which asks no word of the message.
_NOT_A_NAME = (
    "(SPEAKER | YOU | WE | THIRD_PERSON | DETERMINER | QUESTION_WORD | CONJUNCTION"
    " | DISCOURSE_PARTICLE | FILLER_ADVERB | BE | MODAL | DO | HAVE | NEGATION)"
)
_NAME = f"(=CAPITALIZED -{_NOT_A_NAME} _)"
# A name opening a rule: the capital itself is the first thing looked for, so the rule is
# tried only at capitalised words; "=CAPITALIZED" lets the gate pass it (see above).
_NAME_FIRST = f"(-{_NOT_A_NAME} CAPITALIZED | =CAPITALIZED)"
_OTHERS = (
    "((every | any)? other (PARTNER_NOUN | PERSON_NOUN | FAMILY_NOUN | FRIEND_NOUN | couples"
    " | people | parents) | (a | an)? BENCHMARK_ADJ (PARTNER_NOUN | PERSON_NOUN | couples"
    " | people | adults | adult | parents | parent) | (everyone | everybody) else)"
)
_COMPARATOR = f"({_EX} | {_THEIR_PARTNER} | {_OTHERS} | {_CLOSE})"
_COMPARATOR_OR_NAME = f"({_EX} | {_THEIR_PARTNER} | {_OTHERS} | {_CLOSE} | {_NAME})"
# What the comparator does better.
_DOES_BETTER = (
    "((would | 'd) (never | always | have | n't) | actually | ALWAYS | NEVER | \"at least\""
    " | somehow | still | <manage> | <bother> | <remember> | <know> how | <make> (the)? time"
    " | <find> (the)? time | <take> the time | (DO | does) n't | <seem> to <manage>)"
)

RULES: tuple[Rule, ...] = (
    # -- "be more like …" ------------------------------------------------------------------------
    Rule(
        id="comparison.be_more_like",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        pattern=(
            "[(YOU MODAL | why (MODAL | DO) n't YOU | (MODAL | DO) n't YOU | <wish> YOU MODAL?"
            " | would it <kill> YOU to) (<be> | <act> | <behave>) _{0,2} (like | (as _ as))"
            " ((SPEAKER_POSSESSIVE | YOUR) _? (FAMILY_NOUN | FRIEND_NOUN | PARTNER_NOUN"
            f" | EX_PARTNER | PERSON_NOUN) | THIRD_PERSON | {_NAME} ('s PARTNER_NOUN)? | other _"
            " | normal _ | everyone | everybody | a (real | normal | grown | proper | decent) _)]"
            " -(<say> | <tell> | <suggest> | said | told | <ask> | asked)"
            ' | ^ [(be | act | behave) (a bit | "a little")? more like]'
            " | [(why (MODAL | DO) n't YOU | YOU (should | could | need to)) (<be> | <act>"
            " | <behave>)"
            ' (a bit | "a little")? more like _]'
            " | [(why (DO | MODAL) n't YOU | YOU (never | DO n't)) ... (like | \"the way\") (YOUR"
            f" | SPEAKER_POSSESSIVE | {_NAME} | THIRD_PERSON) _{{0,2}} (does | did | DO | used to"
            " | can | MODAL)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why can't you be a bit more like Tom?",
            "Be more like your cousin for a change.",
            "why cant u be more like jess",
            "You could act like your sister for once.",
            "why cant u be calm like my mum",
            "I wish you were as patient as my father.",
            "Why don't you ever plan things like Amy's boyfriend does?",
            "Would it kill you to be more like my friends' husbands?",
        ),
        near_misses=(
            "You look like your brother in this photo!",
            "I want to be more like you when I grow up.",
            "It's more like five o'clock, you'll be fine.",
            "You should be careful like your dad said.",
            "You're as funny as your grandad.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="comparison.nothing_like",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # "You're nothing like …", "not half the man …", "turning into your mother".
        pattern=(
            "[(YOU | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN) BE nothing like (SPEAKER_POSSESSIVE"
            f" | YOUR | THIRD_PERSON | {_NAME} | the (PERSON_NOUN | PARTNER_NOUN | one))]"
            " | [(not | n't) half the (PERSON_NOUN | PARTNER_NOUN | FAMILY_NOUN | _) (YOUR"
            f" | SPEAKER_POSSESSIVE | THIRD_PERSON | {_NAME})]"
            f" | [(not | n't) half as _ as (YOUR | SPEAKER_POSSESSIVE | THIRD_PERSON | {_NAME})]"
            " | [YOU BE? (<turn> into | <become> | turning into | becoming | <sound> (just)? like)"
            " YOUR (FAMILY_NOUN)]"
            " | [YOU <sound> exactly like YOUR FAMILY_NOUN]"
            " | [YOU (<get> | BE getting | <grow>) more (and more)? like YOUR FAMILY_NOUN]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You're nothing like the woman I fell for.",
            "He's not half the man his brother is.",
            "Ugh, you're turning into your mother.",
            "You sound exactly like your dad when you say that.",
            "You're getting more like your mother every day.",
            "My husband is nothing like my friends' husbands.",
        ),
        near_misses=(
            "You're nothing like I imagined, you're even nicer!",
            "You look exactly like your mum in this photo!",
            "My cousin is visiting next week.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="comparison.priorities",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # The partner loving something more than the writer.
        pattern=(
            "[YOU (AFFECTION_VERB | <care> about) (me | us) (as much as | more than) YOU"
            " (AFFECTION_VERB | <care> about)]"
            " | [YOU (AFFECTION_VERB | <care> about) (YOUR | that | the | those | this"
            " | THIRD_PERSON"
            f" | {_NAME}) _{{0,3}} more than (me | us | SPEAKER | YOU (DO | <love> | <care>)"
            " (about)? (me | us))]"
        ),
        message=_WHY,
        suggestion="Say what you miss: 'I'd love an evening with just us this week.'",
        examples=(
            "You love that stupid car more than me.",
            "I wonder if you love me as much as you love your phone.",
            "You care about your mates more than you care about me.",
        ),
        near_misses=(
            "You love me more than I deserve.",
            "I love you as much as you love me.",
        ),
        source=_SOURCE,
    ),
    # -- someone else held up as the standard ------------------------------------------------------
    Rule(
        id="comparison.others_would",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # An ex, or the partner's family and friends, who would never or always.
        pattern=(
            f"[{_EX} {_DOES_BETTER}] -(<love> | <like> | <enjoy> | <adore> | been | <live>)"
            f' | [{_EX} BE (so | way | much | "a lot" | far)? (better | more POS_TRAIT)]'
            f' | [{_CLOSE} (would | \'d) (never | always | "at least")]'
            ' | ["not to compare"]'
            f" | [{_CLOSE} (would | 'd) have (DEVOTED_ACT_VERB | known | noticed | realised"
            " | realized | understood)]"
            f" | [{_CLOSE} (never | ALWAYS) (<forget> | <miss> | DEVOTED_ACT_VERB) (his | her"
            f" | their"
            " | SPEAKER_POSSESSIVE) (PARTNER_NOUN | FAMILY_NOUN)]"
            f" | [even ({_COMPARATOR} | SIMPLETON_BENCHMARK) _{{1,4}} than YOU]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "My ex-husband would never have let me pay.",
            "My last girlfriend always remembered my mum's birthday.",
            "Your brother would never speak to his wife like that.",
            "Not to compare, but my ex was much better with money.",
            "Your brother would have fixed it by now.",
            "My dad never forgot my mum's birthday.",
            "Even my grandma texts faster than you.",
        ),
        near_misses=(
            "My ex and I still talk sometimes, is that okay?",
            "My ex used to work near here.",
            "My ex would have loved this place.",
            "Your brother would have loved this place.",
            "My dad never forgot to call me on Sundays.",
            "Even my grandma loved the film more than I did.",
        ),
        source="Unfavourable comparison with third parties.",
    ),
    Rule(
        id="comparison.their_partner",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # Someone else's partner doing what the writer's partner does not.
        pattern=(
            f"[{_THEIR_PARTNER} {_DOES_BETTER}]"
            f" | [({_THEIR_PARTNER} | {_OTHERS}) (all | both)? ALWAYS? DEVOTED_ACT_VERB] _{{0,6}}"
            ' (ALWAYS | (for | with)? (her | him | them) | "without being asked" | "for no'
            ' reason")'
            " | [other (PARTNER_NOUN | couples) (DEVOTED_ACT_VERB | <go> | <get> | <like>"
            " | <enjoy>)]"
            " | [(everyone | everybody) else ... (their | his | her) (PARTNER_NOUN)]"
            ' | [(everyone | everybody | "every other") ... except (mine | YOU | yours)]'
            " | [(would | 'd) never _{0,3} (their | his | her) PARTNER_NOUN]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Sam's wife actually enjoys spending time with his family.",
            "my friends' boyfriends at least text back",
            "Rob's girlfriend planned a whole surprise party for him.",
            "my mates gf cooks every night",
            "Everyone else at dinner paid for their girlfriend.",
            "Tom would never let his wife walk home alone.",
            "Everyone's husband helps out except mine.",
            "Everyone else's kids somehow find time to visit.",
        ),
        near_misses=(
            "Amy's husband gave us the name of a good dentist.",
            "Everyone else is already at the restaurant.",
            "Everyone came to the party except my cousin.",
            "Other mums at nursery asked if you'd like to help.",
            "My friend's husband is joining us for dinner.",
        ),
        source="Unfavourable comparison with third parties.",
    ),
    Rule(
        id="comparison.normal_people",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # "Normal couples don't …", "a real man would …", "any other woman would …".
        pattern=(
            f"[{_OTHERS} {_DOES_BETTER}]"
            " | [(every | any) other (PARTNER_NOUN | FAMILY_NOUN | PERSON_NOUN | FRIEND_NOUN)]"
            " ((at | in | from | on) _{1,2})? (MODAL | DEVOTED_ACT_VERB | ALWAYS | actually)"
            " | [(a | an)? BENCHMARK_ADJ (PARTNER_NOUN | PERSON_NOUN | adult | parent) (would"
            " | 'd | MODAL)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "A decent partner would have called.",
            "Normal couples don't argue about the bins.",
            "Any other woman would be grateful.",
            "Other husbands manage to do the school run.",
            "A real man would apologise.",
        ),
        near_misses=(
            "Ask any other friend if you need help, too.",
            "Normal people are boring, you're wonderful.",
        ),
        source="Unfavourable comparison with third parties.",
    ),
    Rule(
        id="comparison.family_standard",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # The partner's family, friends or a named person who "manages", "would have".
        pattern=(
            f"[{_CLOSE} (ALWAYS | somehow | still | actually)? (<manage> | <find> the? time"
            " | <make> the? time | <bother> | <know> how)]"
            f" | [{_NAME_FIRST} (would | 'd) (have (DEVOTED_ACT_VERB | known | noticed | realised"
            " | realized | understood) | never (<forget> | <let> me | <treat> me | <talk> to me"
            " | <speak> to me | <make> me | <leave> me | BETRAYAL_VERB | MISDEED_VERB))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Your dad always found the time to help.",
            "Your sister somehow manages to keep a tidy house.",
            "Lily would have remembered.",
            "Mark would never forget my birthday.",
        ),
        near_misses=(
            "Mum would have been so proud of you.",
            "Mum would have loved this.",
        ),
        source="Unfavourable comparison with third parties.",
    ),
    Rule(
        id="comparison.unlike_you",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # "… unlike you", "she can … and you can't", "when I was your age".
        pattern=(
            f"[({_COMPARATOR} | THIRD_PERSON) (can | could | <manage> | <remember> | <know>"
            " | <find>) ... (and | but) YOU (ca n't | cannot | never | DO n't | did n't"
            " | still ca n't)]"
            " | (COMMA | =COMMA) [unlike YOU] $"
            f" | ^ [unlike YOU COMMA? (THIRD_PERSON | {_NAME} | SPEAKER_POSSESSIVE | YOUR)]"
            " | [(when | back when) SPEAKER was YOUR age COMMA? SPEAKER (already | had (a | two"
            " | three | NUMBER) | was (already | working | married | paying) | <work> | <pay>"
            " | <have> (a | two | three))]"
            " | [SPEAKER (never | always | already) ... when SPEAKER was YOUR age]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Your sister has a career, unlike you.",
            "My boss can remember my coffee order but you can't remember my birthday.",
            "When I was your age I had two jobs.",
            "I never stayed out all night when I was your age.",
            "Unlike you, my brother calls his mum.",
        ),
        near_misses=(
            "My sister can drive us and you can take the bus.",
            "I'm a morning person, unlike my dad.",
            "When I was your age I was terrified of dogs too, you'll be fine.",
        ),
        source="Unfavourable comparison with third parties.",
    ),
    Rule(
        id="comparison.than_you",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # A comparative against the partner: someone does it better than "you", the partner
        # is worse than someone, the partner set beside someone else.
        pattern=(
            f"[(even)? ({_COMPARATOR} | THIRD_PERSON | SIMPLETON_BENCHMARK | SPEAKER_POSSESSIVE"
            " (dog | cat | boss | colleague | coworker | housemate | flatmate | roommate))"
            " _{0,4} (better | more | POS_TRAIT | less TRAIT) (at _ | _)? than YOU]"
            " -(<think> | <know> | <realise> | <realize> | <imagine> | <expect> | <deserve>"
            " | <give> | <can> | MODAL | BE)"
            " | [(YOU | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN | THIRD_PERSON) BE? _{0,2} (worse"
            f" | CHARACTER_FAULT | more CHARACTER_FAULT"
            f" | less POS_TRAIT) (at _)? than {_COMPARATOR_OR_NAME}]"
            ' | [(compared (to | with) | "next to") (ours | us)]'
            f' | [(compared (to | with) | "next to" | beside | alongside) {_COMPARATOR_OR_NAME}]'
            " COMMA?"
            " (YOU | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN)"
            f" | [(YOU | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN) ... (compared (to | with)"
            f' | "next to") {_COMPARATOR_OR_NAME}]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Even my little brother earns more than you.",
            "Honestly, my cat listens better than you do.",
            "She's way tidier than you.",
            "ur honestly worse than my last bf",
            "You're lazier than my dad ever was.",
            "My husband is so dull compared to Jess's husband.",
            "Next to your sister, you look like a slob.",
            "Their house looks so tidy compared to ours.",
        ),
        near_misses=(
            "You're stronger than you think.",
            "My sister is older than you.",
            "Your lasagne is better than my nan's, honestly.",
            "Compared to last year, the garden looks great.",
            "The old house was cold compared to this one.",
            "You're as funny as your grandad.",
            "I love you more than you know.",
            "You're older than my brother, right?",
        ),
        source="Unfavourable comparison with third parties.",
    ),
    Rule(
        id="comparison.not_everyone",
        category=Category.COMPARISON,
        severity=Severity.LOW,
        # An implied comparison: "not everyone gets to …", "some of us have jobs".
        pattern=(
            '[not (everyone | everybody | "all of us") (<have> (the luxury | the time | time'
            " | a job | weekends"
            " | money | the money | YOUR) | <get> to | <get> (weekends | holidays) | BE (lucky"
            ' | retired | rich | "as lucky" | "on holiday" | "able to" | unemployed'
            ' | "a millionaire") | can (afford | <sleep> | <take>) | <live> (like | off))]'
            ' | ^ [some of us (<have> (to | jobs | "a job" | work | lives | "a life"'
            " | responsibilities | bills | kids | priorities | standards | manners) | actually"
            " | <work> | DO n't | MODAL n't | <care> | <bother> | BE (trying | busy | working)"
            " | were (raised | brought | taught) | <need> to | <pay>)]"
            " | [(no | any) less _ than YOUR]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Not everyone gets to sleep until noon, Dan.",
            "Some of us have to work for a living.",
            "some of us actually care about the rent",
            "Some of us were raised to say thank you.",
            "Not all of us have the luxury of a lie-in.",
            "My job is no less important than your golf.",
        ),
        near_misses=(
            "Not everyone could make it, but we had fun.",
            "Some of us are going hiking on Sunday, want to come?",
            "Some of us have a question about the trip.",
        ),
        source="Implied comparison.",
    ),
    Rule(
        id="comparison.then_and_others",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # The partner's past self held up against the present one.
        pattern=(
            '[YOU used to (be)? (so | really | actually | "so much" | "a lot more" | "much'
            ' more" | way)? (POS_TRAIT | fun | a laugh | romantic'
            " | interesting | different | someone | nice | sweet | caring | happy)]"
            " | [YOU used to (<care> | <listen> | <make> time | <make> an effort | <call> | <text>"
            " | <bring> | <surprise> | <try> | <help> | <notice> | <love> me | <want> to"
            " | <plan> | <cook> | <take> me)]"
            ' | [YOU (were | used to be) (so | such | much | "so much" | a lot | way)? (POS_TRAIT'
            " | (a | an) POS_TRAIT _) BETTER_PAST_MARKER]"
            " | [the old YOU]"
            " | [YOU BE (n't | not) the (PERSON_NOUN | PARTNER_NOUN | one) YOU (were | used to be)]"
            " | [YOU never used to (be | <act> | <talk>)]"
            " | [(what | whatever) (happened | <happen>) to the (PERSON_NOUN | PARTNER_NOUN"
            " | one) (who"
            " | that) (used to)? (DEVOTED_ACT_VERB | AFFECTION_VERB)]"
            " | [BETTER_PAST_MARKER COMMA? YOU (actually | used to | would | were | <care>"
            " | <listen> | <make>)]"
            " | [YOU BE (n't | not) the (PERSON_NOUN | PARTNER_NOUN | one) SPEAKER (married"
            " | <fall> for | fell in love with | <meet> | met | <date> | dated)]"
            " | [what (happened | <happen>) to the (PERSON_NOUN | PARTNER_NOUN | one) SPEAKER"
            " (married | <fall> for | fell in love with | met | <date>)]"
            " | [YOU (HAVE | 've) (really | so)? changed] $"
        ),
        message=_WHY,
        suggestion=(
            "Name what you miss and ask for it: 'I loved our walks. Could we do one Sunday?'"
        ),
        examples=(
            "You used to be so much fun.",
            "You used to make time for me.",
            "u were so sweet when we first met",
            "You were a lot kinder before the wedding.",
            "The old you would have laughed.",
            "When we started dating you actually listened.",
            "You're not the man I married.",
            "What happened to the girl I fell in love with?",
            "You've changed.",
            "You're not the man you were.",
            "You never used to be this cold.",
            "Whatever happened to the guy who wrote me poems?",
        ),
        near_misses=(
            "You used to be so shy, look at you now!",
            "You were so little when we moved here!",
            "I used to be scared of dogs.",
            "You've changed the sheets, thank you!",
            "Whatever happened to the man who lived next door?",
        ),
        source="Unfavourable comparison with the partner's past self.",
    ),
    Rule(
        id="comparison.past_and_others",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # The partner the writer could have had instead.
        pattern=(
            "[SPEAKER (should | could | 'd | must) (have | 've) (stayed with | married | <pick>"
            " | picked | chosen | <choose> | gone out with | dated | <date> | had | been with"
            f" | <be> with) ({_NAME} | {_EX} | someone | anyone | somebody | anybody"
            " | a (real | decent | proper | normal) PERSON_NOUN)]"
            " | [SPEAKER (should | could | 'd | must) (have | 've) (married | dated | chosen"
            " | <pick> | picked | been with | <be> with) (a | an) _]"
            " | [SPEAKER used to (date | <go> out with | <be> with) (someone | somebody | a"
            " PERSON_NOUN) (who | that) (actually | ALWAYS | <know> | <care> | <remember>)]"
            f" | [(when | back when) SPEAKER was with ({_NAME} | {_EX}) COMMA? (he | she"
            " | they) (never | ALWAYS | would | used to | actually)]"
            " | [(SPEAKER | we) (deserve | <deserve>) (so much)? better than (YOU | this)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I should have married Pete.",
            "I could have had anyone, you know.",
            "I used to date a guy who actually read my texts.",
            "When I was with Chris, he never made me wait.",
            "I should've stayed with my ex-boyfriend.",
            "I could have married a doctor.",
        ),
        near_misses=(
            "I should have stayed in bed, I feel awful.",
            "I could have had the fish, but the pasta was great.",
            "When I was with Dan at the market, we bought coffee.",
            "I should have stayed with a friend in town, the hotel was awful.",
        ),
        source="Unfavourable comparison with the partners the writer could have had.",
    ),
    Rule(
        id="comparison.better_before",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # "At least my ex …": the comparator as the consolation.
        pattern=(
            f"[at least ({_EX} | {_CLOSE} | {_NAME}? {_THEIR_PARTNER} | {_NAME}) (actually)?"
            " !(BE | and | PUNCT | will | 'll | gonna | going)]"
            " | [(at least | unlike you) (he | she) (had | <have> | was | BE | did | could"
            " | would | <know> | knew | <care> | cared | <try> | tried | <bother> | bothered)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "At least my ex-wife could change a fuse.",
            "at least ur sister bothers to call",
            "I should have married Olly. At least he had a job.",
            "At least Tom's wife helps out.",
        ),
        near_misses=(
            "At least my cold is getting better.",
            "At least my mum is coming, that's something.",
            "At least it stopped raining.",
        ),
        source="Unfavourable comparison with others or with the partner's past self.",
    ),
    Rule(
        id="comparison.held_up",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # More ways of holding someone up as the standard: "even Mark remembered", "a real
        # friend would have come", "normal people text back", "everyone else in this family
        # manages", "my brother would've had it done in ten minutes", "the man I married
        # would never", "you're nicer to the barista than to me", "I wish I had a sister
        # like hers", "your friends get the fun version of you".
        pattern=(
            f"[even ({_NAME} | {_COMPARATOR}) _{{0,2}} ((remembered | <remember>) (my | our)"
            " | <manage> | <bother> | <know> how | <have> better | (HAVE | <have>) more)]"
            " | [(a | an)? (real | proper | decent | normal | true | good) (FRIEND_NOUN"
            " | FAMILY_NOUN) (would | 'd) (have | never)]"
            " | ^ [(normal | real | most | other) (people | couples | PARTNER_NOUN | parents"
            " | adults) (<text> back | <call> back | <reply> | <say> thank you | <say> sorry)]"
            " | ^ [(normal | real) (couples | PARTNER_NOUN) <go> on (holiday | holidays | dates"
            " | trips | date nights)]"
            f" | [{_OTHERS} (in | at | from | on) (this | the | YOUR | SPEAKER_POSSESSIVE | our)?"
            f" _ {_DOES_BETTER}]"
            f" | [{_CLOSE} (would | 'd) HAVE _{{1,4}} (in (NUMBER | a | two | five | ten"
            " | twenty) (minutes | minute | seconds | hours | hour) | by now)]"
            " | [the (PERSON_NOUN | PARTNER_NOUN) SPEAKER (married | fell for | fell in love with"
            " | met) (would | 'd) (never (have)? (<let> me | <leave> me | <treat> me"
            " | <speak> to me | <talk> to me | <make> me | <forget>) | have DEVOTED_ACT_VERB)]"
            ' | [YOU BE (so | much | way | far | "a lot")? (nicer | kinder | sweeter | warmer'
            " | friendlier | politer | better | more POS_TRAIT) to _{1,3} than (YOU BE)? to (me"
            " | us | SPEAKER_POSSESSIVE)]"
            " | [(NUMBER | a few | a couple of | two | three | five | ten) (years | months) ago"
            " YOU (would | 'd) (have | 've) !been]"
            " | [BETTER_PAST_MARKER COMMA? YOU (could n't (<keep> | <stop> | <wait>) | (would"
            " | 'd) (have | 've) !been)]"
            " | ^ [remember when YOU actually (cared | <care> | listened | <listen> | tried | <try>"
            " | wanted | <want> | bothered | <bother> | noticed | <notice> | helped | <help>"
            " | liked me | loved me | <make> an effort | made an effort)]"
            " | [SPEAKER? <wish> SPEAKER (had | <have>) (a | an) (PARTNER_NOUN | FAMILY_NOUN)"
            f" like ({_NAME} | hers | his | theirs)]"
            " | [<get> the (fun | good | best | nice | better | happy) (version | side) of YOU"
            " and (SPEAKER | me) <get>]"
            " | [YOU (were | used to be) (a | an) (much | far | lot | so)? (nicer | kinder"
            " | better | sweeter | more POS_TRAIT) (PERSON_NOUN | PARTNER_NOUN | _)"
            " BETTER_PAST_MARKER]"
            " | (^ | and | but) [(ours | yours) (BE | HAVE been | <look>)? (half (done"
            ' | finished | painted | built) | like a (tip | dump | pigsty | "bomb site" | bombsite)'
            " | (can | could) barely | still (ca n't | not))]"
            " | [(when | back when) SPEAKER was (NUMBER | a teenager | a kid | young) ... SPEAKER"
            " (did n't | never | would n't have) (<sit> | <lie> | <laze> | <spend> | <waste>)]"
            " | [the (last | previous | old) (PERSON_NOUN | FRIEND_NOUN | PARTNER_NOUN | tenant"
            " | lodger | one) (who | that) ... actually (DEVOTED_ACT_VERB | CHORE_VERB)]"
            f" | [{_NAME} 's (FRIEND_NOUN | FAMILY_NOUN | PARTNER_NOUN) actually (DEVOTED_ACT_VERB"
            " | CHORE_VERB)]"
            " | [SPEAKER (<hear> from | <see>) YOU ... if SPEAKER BE lucky]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Even Dave remembered our anniversary, and he's your mate.",
            "Even my little cousin has better manners.",
            "A true friend would have called.",
            "Normal couples go on dates, you know.",
            "Everyone else at work manages to be on time.",
            "Your dad would've fixed the tap by now.",
            "The woman I married would never have spoken to me like that.",
            "You're kinder to the postman than you are to me.",
            "Five years ago you'd have booked a table without me asking.",
            "When we first met you couldn't wait to see me.",
            "Remember when you actually listened to me?",
            "Wish I had a husband like Jo's, honestly.",
            "Your mates get the fun version of you and I get the leftovers.",
            "You were a far kinder person before the promotion.",
            "Their garden is lovely. Ours looks like a bomb site.",
            "Her son can read already and ours can barely count.",
            "When I was 15 I never spent the whole weekend in bed.",
            "The last lodger who lived here actually hoovered.",
            "Sam's boyfriend actually cooks for her.",
            "I see you on Sundays if I'm lucky.",
        ),
        near_misses=(
            "Even Mark loved the cake, and he hates sweets!",
            "A real friend of mine is coming to stay.",
            "Normal people are boring, you're wonderful.",
            "My dad would have loved this place.",
            "The man I married is the kindest person I know.",
            "You're nicer to yourself these days, I'm so glad.",
            "Five years ago you would have been twenty, right?",
            "Remember when we went to Rome? Best trip ever.",
            "Remember when you actually jumped in the lake? Legend.",
            "Even my mum remembered, how sweet is that!",
            "Normal people go on holiday in August, so book early.",
            "The man I married would never have guessed the ending!",
            "I wish I had a sister like you.",
            "You were a much happier person before the move, and you will be again.",
            "Ours is arriving on Tuesday, yours?",
            "Ours is barely started, how's yours?",
            "When I was 15 I spent every summer at my gran's.",
            "The last person who lived here left a lovely note.",
            "Sam's boyfriend actually knows a good plumber.",
            "I see you on Sunday, can't wait!",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
)
"""The comparison rules."""
