"""Faux feelings: an evaluation of the partner dressed as a feeling.

"I feel ignored" names what the writer thinks the partner did, not what the writer feels
(lonely, hurt). The rules are frames around a verb of feeling: "I feel" + an evaluation
word (``EVALUATION_FEELING``: ignored, used, ghosted, walked all over); "I don't feel" +
being cared for (``REGARD_PARTICIPLE``: heard, appreciated); "I feel like you …" + a
judgment of the partner (not caring, not trying, always judging, hiding things); and
"I feel like your maid" or "I'm the only one trying" (``DIMINISHED_ROLE``). Real
feelings ("I feel lonely") and "I feel like" + a wish ("I feel like pizza") stay clean.
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule

_WHY = (
    "'I feel ignored' or 'I feel like you don't care' sounds like a feeling but is a "
    "verdict on what the other person did, so it lands as an accusation."
)
_INSTEAD = "Name the feeling inside you and the need: 'I feel lonely, because I need connection.'"
_SOURCE = "Nonviolent Communication: words that evaluate others rather than name feelings."

# Who feels, and how the verb of feeling is dressed: "I've been feeling", "I'm starting
# to feel", "it feels", or a message that opens on "feel".
_FEELER = (
    "(SPEAKER (BE | HAVE | HAVE been | MODAL | DO | <keep> | <start> to | <begin> to"
    " | BE <start> to | BE <begin> to | HAVE <start> to)? | it)"
)
_LIKE = '(like | that | "as if" | "as though")'
# "used" is also "accustomed": "I feel used to the cold" is no evaluation.
_EVALUATION = "(EVALUATION_FEELING | used -to)"
# An evaluation is of a person: "let down by you", not "let down by the weather".
_BY_SOMEONE = (
    "(by (YOU | YOUR | he | she | him | her | THIRD_PERSON | SPEAKER_POSSESSIVE | PARTNER_NOUN"
    " | FAMILY_NOUN | FRIEND_NOUN | PERSON_NOUN | SOMEONE | everyone | everybody | what | how"
    ' | "the way") | -by)'
)
_PARTNER = "(YOU | YOUR | (YOUR | SPEAKER_POSSESSIVE) PARTNER_NOUN | he | she)"
# What the partner is judged to do, after "I feel like you …".
_JUDGED = (
    '((DO | MODAL | HAVE | BE)? (n\'t | not | never | "no longer") (even | really | actually'
    " | ever)? (CARE_VERB | EFFORT_VERB | <try> | <bother> | interested | there | present"
    " | listening | trying | into)"
    " | (BE | HAVE been)? ALWAYS? (GRIEVANCE_VERB | MOTIVE_VERB)"
    # Deceit; "lie" by its forms, since "lay" (on the beach) is a form of it too.
    " | (BE | HAVE | HAVE been)? ALWAYS? (lie | lies | lied | lying | <cheat> | <manipulate>"
    " | <gaslight> | <betray> | <deceive> | <mislead>)"
    " | HAVE? <stop> (CARE_VERB | EFFORT_VERB | <try>)"
    " | ('d | would) rather | (<care> | <think>) more about"
    " | (BE | ALWAYS)? (<choose> | <pick> | <put> | <prioritise> | <prioritize>) _{1,4}"
    ' (over | before | "ahead of") (SPEAKER | WE | SPEAKER_POSSESSIVE))'
)
# What the writer is reduced to, after "I feel like I'm …".
_REDUCED = (
    "(the only (one | person) (who | that)? (EFFORT_VERB | <put> | <give> | <make> | <fight>"
    ' | <want> | BE trying | <try> | <do>) | the only (adult | grown-up | "grown up")'
    ' | invisible | nothing | "alone in this" | "on my own" | (talking | <talk>) to a _? wall'
    " | (a | an | YOUR | the) _? DIMINISHED_ROLE)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="faux_feeling.evaluative_word",
        category=Category.FAUX_FEELING,
        severity=Severity.LOW,
        pattern=(
            f"[{_FEELER} <feel> ({_LIKE} SPEAKER BE being?)? {_EVALUATION} {_BY_SOMEONE}]"
            f" | ^ [<feel> {_EVALUATION} {_BY_SOMEONE}]"
            f" | [{_FEELER} <feel> POSITION_FEELING by {_PARTNER}]"
            f" | [{_PARTNER} (HAVE | BE)? (<make> | <leave>) SPEAKER <feel> (EVALUATION_FEELING"
            " | like (a | an | YOUR) _? DIMINISHED_ROLE)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I feel brushed aside.",
            "I felt used by how you handled the money.",
            "I felt so abandoned last night.",
            "I'm feeling really unvalued at home.",
            "Honestly, I feel shut out of the plans.",
            "i feel sooo blanked by u this week",
            "I've been feeling kind of steamrolled lately.",
            "feel totally used tbh",
            "Your silence leaves me feeling unwanted.",
            "I feel like I'm being played.",
            "I felt left out by you and your sisters.",
        ),
        near_misses=(
            "I feel lonely and a bit flat.",
            "I feel sad and tired today.",
            "I was ignored by the waiter, lol.",
            "I felt so valued when you thanked me at dinner.",
            "She felt betrayed by the company.",
            "I feel let down by the forecast, it poured all day.",
            "I feel used to the night shifts now.",
            "I don't feel judged by you at all.",
            "I felt left out when the trip got planned, can we talk?",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="faux_feeling.not_regarded",
        category=Category.FAUX_FEELING,
        severity=Severity.LOW,
        pattern=(
            '[SPEAKER ((DO | MODAL | HAVE | BE) (n\'t | not) | never | "no longer")'
            " (BE | HAVE been)? (<feel> | <get> <feel>?) (REGARD_PARTICIPLE"
            " | like SPEAKER (<matter> | <count> | BE (REGARD_PARTICIPLE | wanted | a priority)))]"
        ),
        message=_WHY,
        suggestion="Say what you miss and ask for it: 'I'd love to hear you say …'.",
        examples=(
            "I don't feel heard.",
            "i never feel listened to at family dinners",
            "I don't feel like I matter to you.",
            "I'm not feeling very loved lately.",
        ),
        near_misses=(
            "I don't feel well today.",
            "I don't feel ready to decide.",
            "I don't feel like cooking tonight.",
            "I feel so loved, thank you.",
        ),
        source=_SOURCE,
    ),
    Rule(
        id="faux_feeling.feel_like_you",
        category=Category.FAUX_FEELING,
        severity=Severity.LOW,
        pattern=(
            f"[{_FEELER} <feel> {_LIKE} {_PARTNER} {_JUDGED}]"
            f" | ^ [<feel> {_LIKE} {_PARTNER} {_JUDGED}]"
            f" | [{_FEELER} <feel> {_LIKE} (it | this | everything) BE (ALWAYS | all | turning"
            " | becoming | getting | more)* about (YOU | YOUR | YOURSELF)]"
            f" | [{_FEELER} <feel> {_LIKE} (SPEAKER BE)? {_REDUCED}]"
            # "… your friends matter more to you than I do"
            f" | [{_FEELER} <feel> {_LIKE} _{{1,4}} (<matter> | <mean> | <count>) more to YOU"
            " than (SPEAKER | WE)]"
            f" | ^ [<feel> {_LIKE} (SPEAKER BE)? {_REDUCED}]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It feels like you don't respect my time at all.",
            "It feels like you don't even notice the laundry.",
            "I feel that you never listen.",
            "I feel like I'm the only one trying.",
            "i feel like ur always criticising my cooking",
            "feel like u never listen to me lol",
            "I feel as if you've stopped caring about us.",
            "It feels like I'm talking to a wall with you.",
            "some days i feel like the only grown-up in this flat",
            "I feel like you're picking your friends over me.",
            "It feels like it's always about you and your job.",
            "Lately it feels like everything is becoming about your career.",
            "I feel like you've been lying to me for months.",
            "It feels like you manipulated me into agreeing.",
            "i feel like the dog means more to you than i do",
        ),
        near_misses=(
            "I feel like a long bath after today.",
            "I feel like you'd love this book!",
            "I feel like you understand me better than anyone.",
            "I feel like you need a break, want me to take the kids?",
            "I feel like I'm the only one who likes this show.",
            "I feel like you'd look great in green.",
            "I feel like this trip will mean more to you than to me, you love mountains.",
        ),
        source="Nonviolent Communication: 'I feel like …' expresses a thought, not a feeling.",
    ),
    Rule(
        id="faux_feeling.feel_like_object",
        category=Category.FAUX_FEELING,
        severity=Severity.LOW,
        pattern=(
            f"[{_FEELER} <feel> like (a | an | YOUR | the | SPEAKER_POSSESSIVE) _{{0,2}}"
            " DIMINISHED_ROLE] -(MODAL | BE | DO | HAVE | who | that | when | would)"
            " | [^ <feel> like (a | an | YOUR | the) _{0,2} DIMINISHED_ROLE]"
            " -(MODAL | BE | DO | HAVE | who | that | when)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I feel like the family chauffeur.",
            "Some days I feel like your mum, not your wife.",
            "Most days I feel like your secretary.",
            "I'm starting to feel like a walking wallet.",
            "i feel like ur personal assistant lol",
        ),
        near_misses=(
            "I feel like a new person after that holiday!",
            "I feel like a kid again at the fair.",
            "I feel like a taxi would be quicker.",
            "I feel like a cup of tea.",
        ),
        source="Nonviolent Communication: evaluations dressed as feelings.",
    ),
)
"""The faux-feeling rules."""
