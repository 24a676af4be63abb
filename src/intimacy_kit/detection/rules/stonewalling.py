"""Stonewalling: shutting the conversation down ("whatever.", "I'm not discussing this").

Shutting down leaves the other person alone with the problem. The rules name the frames
of a shutdown, and the lexicon's classes hold the words:

* a curt reply that ends a clause on its own: "whatever", "fine.", a brush-off
  (BRUSH_OFF_PHRASE: "have it your way", "suit yourself", "end of discussion"), "do
  what you want" with nothing after it;
* a refusal to take part: the speaker + not/won't/don't want to + a verb of talking
  (TALK_VERB) + this/it ("I'm not discussing this", "I don't want to talk about it"),
  "not doing this again", "I'm done talking", "this conversation is over"
  (CONVERSATION_NOUN, DONE_WORD), "I have nothing to say to you";
* a refusal of contact: "leave me alone", "don't text me" (CONTACT_VERB), "not replying",
  "I'm muting this chat", headphones on, "talk to the wall".

A pause with a promise to come back ("I need twenty minutes, then let's talk"), an easy
choice ("whatever you pick is fine by me"), a finished chore ("I'm done with the
laundry") and logistics ("don't text me while you're driving") stay clean: the frames
need the refusal to end the clause or to be about this conversation. Hedging does not
make a shutdown open (``hedge`` KEEP).
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule

_WHY = (
    "Shutting the conversation down leaves the other person alone with the problem; often "
    "it means you are flooded, which is real, but the silence reads as 'you don't matter'."
)
_INSTEAD = (
    "Ask for a pause and promise a return: 'I need twenty minutes to calm down, then let's talk.'"
)
_SOURCE = "Gottman: stonewalling."

_THIS = (
    '(about | to | with | into)? (it | this | that | "any of" (it | this | that) | YOUR _? _'
    " | with YOU)"
)
"""What a refusal is about: this, it, any of it, your mother."""
_FOR_GOOD = (
    '(-(WORD | COMMA) | (with | w) YOU | again | "ever again" | anymore | "any more" | ever'
    " | today | tonight | =CLAUSE_BREAK)"
)
"""What makes a refusal final: the end of the clause (not a comma: "…, but later" is a
pause), "again", "any more", "with you"."""

RULES: tuple[Rule, ...] = (
    Rule(
        id="stonewalling.whatever",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "(^ | COMMA) [WHATEVER_WORD (then | man | dude)?] $"
            " | ^ [fine] =SENTENCE_END -QUESTION_MARK"
            ' | ^ [fine COMMA? (then | "you win" | WHATEVER_WORD | PERMISSION_SHRUG)] $'
            " | ^ [WHATEVER_WORD COMMA? PERMISSION_SHRUG] $"
            " | ^ [whatever (YOU (<want> | <like> | <say> | <think>)"
            " | <make> YOU happy)] =SENTENCE_END"
            ' | ^ [SPEAKER? DO n\'t care (anymore | "any more")?] =SENTENCE_END -QUESTION_MARK'
            " | (^ | COMMA) [BRUSH_OFF_PHRASE] $"
            " | (^ | COMMA) please? [<do> (what | whatever) YOU (<want> | <like> | <please>)] $"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Whatever.",
            "Yeah yeah. Whatever.",
            "…whatever. 🙄🚪",
            "k whatever",
            "Fine.",
            "fine. whatever. bye",
            "whatever u say",
            "Alright, have it your way.",
            "Fine, be my guest.",
            "whatever, knock yourself out",
            "Fine. Do what you want.",
            "Do whatever you want, I don't care anymore.",
            "End of story.",
            "Whatever makes you happy. I'm going out.",
            "k. dont care. bye",
            "wtv",
            "Yeah, sure, whatever you say.",
            "Not this again.",
            "Lose my number.",
        ),
        near_misses=(
            "Whatever you choose is fine with me.",
            "Whatever happens at the interview, I'm proud of you.",
            "That sounds fine to me.",
            "I'm fine, thanks for asking!",
            "Fine by me, let's go at eight.",
            "Be my guest, the spare room is all yours!",
            "Go for it, I think it's a great idea!",
            "Do what you want for dinner, I'm easy.",
            "End of the story is so sad, you have to read it.",
            "In the film she just says 'whatever' and walks off, it's so funny.",
            "Whatever makes you happy, love ❤️",
            "I don't care where we eat, you pick!",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.shutdown",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (DO (n't | not) | really DO n't) (<want> | <need>) to (TALK_VERB"
            f" | <hear>) {_THIS}]"
            f" {_FOR_GOOD}"
            " | [((SPEAKER | we) (BE (not | n't) (going to | gonna)? | FUTURE (n't | not)"
            " | (ca n't | cannot))"
            " | ^ not)"
            f" still? TALK_VERB {_THIS}] {_FOR_GOOD}"
            " | [(SPEAKER BE | we BE | ^) (not | n't) (doing | having) (this"
            " | that) CONVERSATION_NOUN?]"
            ' (=SENTENCE_END | again | now | today | tonight | anymore | "any more" | with YOU'
            " | =CLAUSE_BREAK)"
            " | [(SPEAKER (<have> | HAVE got) | there BE) nothing (more | else | left)? to"
            " (<say> | TALK_VERB)] (to YOU | about | =SENTENCE_END | =COMMA | =CLAUSE_BREAK)"
            " | [SPEAKER (ca n't | cannot) (TALK_VERB | <deal>) (to | with) YOU] (=SENTENCE_END"
            " | anymore"
            ' | "any more" | right | now)'
            " | [can we (not | n't) (<do> | <have>) (this | that)]"
            " | [SPEAKER (DO (n't | not) | really DO n't) <need> this] (-(WORD | COMMA) | right"
            " | now"
            " | today | anymore)"
            " | [SPEAKER BE (not | n't) in the mood (for | to)? (this | it | that | YOU"
            " | TALK_VERB)]"
            " | ^ [(ca n't | cannot) (TALK_VERB | <deal>) (to | with) YOU] (-(WORD | COMMA)"
            " | anymore"
            " | right | now)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I don't want to talk about it.",
            "i dont wanna talk about it",
            "I’m not talking about this. Period.",
            "I'm not discussing this with you again, Sam.",
            "I’m not discussing your mother ever again 🙄",
            "Keep going if you like, I'm not going to respond to any of it.",
            "I'm still not getting into it. Night.",
            "I'm going to bed. We're not discussing this.",
            "Not discussing this.",
            "Im not discussing this w you",
            "We're not having this conversation again.",
            "Nope. Not doing this.",
            "I have nothing to say to you.",
            "There's nothing to discuss. Drop it.",
            "Just... whatever. I just can't talk to you right now.",
            "Can we not do this right now? Or, like, ever?",
            "I'm not in the mood for this.",
            "I don't need this right now.",
            "You know what? I don't need this.",
            "Can't deal with you right now.",
            "I'm not arguing about this.",
        ),
        near_misses=(
            "I don't want to talk about work tonight, but I'd love to hear about your day.",
            "I'm not ready to talk about it yet, but I will be.",
            "I'm not talking about you, I mean my boss.",
            "I'm not doing this alone, right?",
            "There's nothing to worry about, it went well.",
            "I'm not in the mood for pizza, fancy curry?",
            "I don't want to argue, I want to understand.",
            "I don't need this many plates, take some back.",
            "She said 'I'm not talking about this' and hung up, and I don't know what to do.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.done_talking",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER BE (so)? DONE_WORD (TALK_VERB -(on | about | to | with) | with (YOU"
            ' | "this conversation" | "this discussion" | (this | it | "all of this" | "all this")'
            " -WORD) | here)]"
            " | [SPEAKER BE DONE_WORD] =SENTENCE_END -QUESTION_MARK"
            " | [(this | the | our)? CONVERSATION_NOUN (BE)? DONE_WORD] $"
            " | [SPEAKER HAVE said (all | everything | what) SPEAKER]"
            " | [talk to the (hand | wall)]"
            " | [<dignify> (that | this | it)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'm done talking.",
            "Ｉ’ｍ ｄｏｎｅ ｔａｌｋｉｎｇ．",
            "I'm done explaining myself.",
            "I hear you, but I'm done with this conversation.",
            "I'm done. Don't text me.",
            "Conversation over.",
            "As far as I'm concerned this conversation is finished.",
            "I've said all I'm going to say on the matter.",
            "You can talk to the wall, I'm going to bed.",
            "I'm not going to dignify that with an answer.",
        ),
        near_misses=(
            "I'm done with the laundry.",
            "I'm done talking on the phone, want to go for a walk?",
            "I'm done with work at five.",
            "I'm so done with this week, can't wait to see you.",
            "The meeting's over, I'm walking to the car now.",
            "Are you done with the ironing?",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.refusal",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "^ please? [leave SPEAKER (alone | be)]"
            " | (^ | COMMA) please? [(do n't | stop | quit | never) CONTACT_VERB SPEAKER?]"
            ' (=SENTENCE_END | again | ever | anymore | "any more" | "ever again")'
            " | ^ [(drop | forget) it] =SENTENCE_END"
            " | ^ [go away] =SENTENCE_END | ^ [drop the (subject | topic)] =SENTENCE_END"
            " | [forget SPEAKER (<say> | <ask> | <mention>)]"
            " | [not interested in (hearing | TALK_VERB | YOUR)] | ^ [not interested] -(WORD"
            " | COMMA)"
            " | [SPEAKER ('m | am) (not | n't) listening] (to (YOU | this | it | \"any of\")"
            " | anymore | $)"
            " | ^ [not (replying | responding | answering | listening)] (=SENTENCE_END | to (this"
            " | that | YOU))"
            " | [SPEAKER HAVE? stopped listening] (to YOU | =WORD -to | $)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Leave me alone.",
            "Don't talk to me.",
            "Just stop talking to me.",
            "I've said my piece. Stop texting me.",
            "Drop it.",
            "Go away.",
            "Drop the subject.",
            "Forget it. Forget I said anything.",
            "Not interested in hearing it.",
            "Not interested.",
            "Save it, I'm not listening.",
            "Read your message. Not replying.",
            "I stopped listening about ten minutes ago.",
        ),
        near_misses=(
            "Don't text me while you're driving, call when you're home.",
            "Can you drop it off at mum's on your way?",
            "Go away for the weekend with me?",
            "Forget the milk, I found some at the back of the fridge.",
            "Sorry, I wasn't listening, say it again?",
            "I stopped listening to that podcast, it got boring.",
            "I'm not interested in football, but I'll come along.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.withdraw",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER (('m | am) muting | (FUTURE | BE going to) mute) (YOU | this | the)"
            " (chat | group | thread | CONVERSATION_NOUN)?]"
            " | [<put> SPEAKER_POSSESSIVE? (headphones | earphones | earbuds | airpods) (on | in)]"
            " (=PUNCT | $)"
            " | [(ca n't | cannot) be bothered] (with | w) (this | YOU | it | that)"
            " | ^ [BE we DONE_WORD here?] =QUESTION_MARK"
            ' | [SPEAKER BE (hanging up | "logging off" | "going offline"'
            ' | "turning my phone off")] $'
            " | (^ | PUNCT) [(<walk> (away | off | out) | <storm> (off | out) | <leave> the room"
            " | <turn> away"
            " | <roll> over | <shrug>)] $"
            " | [SPEAKER <refuse> to TALK_VERB]"
            " | [BE (n't | not) up for (discussion | debate | negotiation)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'm hanging up.",
            "*walks away*",
            "I refuse to discuss this.",
            "This isn't up for discussion.",
            "Nope. Not today. I'm muting this chat.",
            "I'm muting this chat until you stop going on about it.",
            "*puts headphones on*",
            "You can keep talking, I'm putting my headphones on.",
            "cant be bothered w this rn, bye",
            "Yeah, yeah. Are we done here?",
            "Are we done? I've got things to do.",
        ),
        near_misses=(
            "I'm hanging up the washing, back in 5.",
            "Walks along the beach are my favourite.",
            "I muted the group because of all the memes, lol.",
            "I can't be bothered to cook tonight, takeaway?",
            "I'm putting my headphones on for the flight, text me if you need me.",
            "Are we done with the shopping list?",
        ),
        hedge="keep",
        source="Gottman: stonewalling (withdrawal, shutting down).",
    ),
)
"""The stonewalling rules."""
