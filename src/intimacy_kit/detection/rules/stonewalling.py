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
    " | with YOU | to YOU)"
)
"""What a refusal is about: this, it, any of it, your mother."""
_FOR_GOOD = (
    '(-(WORD | COMMA) | (with | w) YOU | again | "ever again" | anymore | "any more" | ever'
    ' | today | tonight | =CLAUSE_BREAK | COMMA GOODBYE_WORD | "now or ever" | "or ever")'
)
"""What makes a refusal final: the end of the clause (not a comma: "…, but later" is a
pause), "again", "any more", "with you"."""

RULES: tuple[Rule, ...] = (
    # -- a curt reply that ends the clause -------------------------------------------------
    Rule(
        id="stonewalling.whatever",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "(^ | COMMA) [WHATEVER_WORD (then | man | dude | COMMA? PERMISSION_SHRUG)?] $"
            " | ^ [whatever (YOU (<want> | <like> | <say> | <think>)"
            " | <make> YOU happy)] =SENTENCE_END"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Whatever.",
            "Yeah yeah. Whatever.",
            "…whatever. 🙄🚪",
            "k whatever",
            "wtv",
            "whatever, knock yourself out",
            "Whatever makes you happy. I'm going out.",
            "whatever u want.",
        ),
        near_misses=(
            "Whatever you choose is fine with me.",
            "Whatever happens at the interview, I'm proud of you.",
            "In the film she just says 'whatever' and walks off, it's so funny.",
            "Whatever makes you happy, love ❤️",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.fine",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "^ [fine] =SENTENCE_END -QUESTION_MARK"
            ' | ^ [fine COMMA? (then | "you win" | WHATEVER_WORD | PERMISSION_SHRUG)] $'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Fine.",
            "fine. whatever. bye",
            "Fine, be my guest.",
            "Fine then.",
        ),
        near_misses=(
            "That sounds fine to me.",
            "I'm fine, thanks for asking!",
            "Fine by me, let's go at eight.",
            "Fine 😊 see you at 8",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.brush_off",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "(^ | COMMA) [BRUSH_OFF_PHRASE] $"
            " | (^ | COMMA) please? [<do> (what | whatever) YOU (<want> | <like> | <please>)]"
            " (then | anyway)? $"
            ' | ^ [SPEAKER? DO n\'t care (anymore | "any more")?] =SENTENCE_END -QUESTION_MARK'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "whatever u say",
            "Alright, have it your way.",
            "Fine. Do whatever you want then.",
            "Do whatever you want, I don't care anymore.",
            "End of story.",
            "k. dont care. bye",
            "Yeah, sure, whatever you say.",
            "Not this again.",
            "Lose my number.",
        ),
        near_misses=(
            "Do what you want for dinner, I'm easy.",
            "End of the story is so sad, you have to read it.",
            "I don't care where we eat, you pick!",
            "Be my guest, the spare room is all yours!",
            "Go for it, I think it's a great idea!",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    # -- a refusal to take part ------------------------------------------------------------
    Rule(
        id="stonewalling.shutdown",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[((SPEAKER | ^) (DO (n't | not) | really DO n't) (<want> | <need>) to"
            " | (SPEAKER | we) (BE (not | n't) (going to | gonna)? | FUTURE (n't | not)"
            " | (ca n't | cannot)) still? | ^ not | SPEAKER <refuse> to) (TALK_VERB | <hear>)"
            f" {_THIS}] {_FOR_GOOD}"
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
            "I'm not arguing about this.",
            "I refuse to discuss this.",
            "I'm not talking to you right now.",
            "Nah, not discussing it, bye.",
            "We're not talking about this now or ever.",
            "Don't wanna hear it.",
        ),
        near_misses=(
            "I don't want to talk about work tonight, but I'd love to hear about your day.",
            "I'm not ready to talk about it yet, but I will be.",
            "I'm not talking about you, I mean my boss.",
            "She said 'I'm not talking about this' and hung up, and I don't know what to do.",
            "I don't want to argue, I want to understand.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.not_doing_this",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[(SPEAKER BE | we BE | ^) (not | n't) (doing | having) (this | that)"
            " CONVERSATION_NOUN?]"
            ' (=SENTENCE_END | again | now | today | tonight | anymore | "any more" | with YOU'
            " | =CLAUSE_BREAK)"
            " | [can we (not | n't) (<do> | <have>) (this | that)]"
            ' | ^ ["let \'s" just? not] $'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "We're not having this conversation again.",
            "Nope. Not doing this.",
            "lol no. not doing this again",
            "Can we not do this right now? Or, like, ever?",
            "Let's just not.",
        ),
        near_misses=(
            "I'm not doing this alone, right?",
            "We're not having that conversation until the kids are asleep, okay?",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.nothing_to_say",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[(SPEAKER (<have> | HAVE got) | there BE) nothing (more | else | left)? to"
            " (<say> | TALK_VERB)] (to YOU | about | =SENTENCE_END | =COMMA | =CLAUSE_BREAK)"
            " | [SPEAKER HAVE said (all | everything | what) SPEAKER]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I have nothing to say to you.",
            "There's nothing to discuss. Drop it.",
            "I've got nothing else to say.",
            "I've said all I'm going to say on the matter.",
        ),
        near_misses=(
            "There's nothing to worry about, it went well.",
            "I have nothing to wear tonight lol",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.cant_deal",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[(SPEAKER | ^) (ca n't | cannot) (TALK_VERB | <deal>) (to | with) YOU]"
            ' (-(WORD | COMMA) | anymore | "any more")'
            " | [SPEAKER (DO (n't | not) | really DO n't) <need> this] (-(WORD | COMMA) | today"
            " | anymore)"
            " | [SPEAKER DO (n't | not) <have> time for (this | YOU | that | YOUR _)]"
            " -(WORD | COMMA)"
            " | [SPEAKER BE (not | n't) in the mood ((for | to)? (this | it | that | YOU"
            " | TALK_VERB) | -(WORD | COMMA))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Just... whatever. I just can't talk to you right now.",
            "Can't deal with you right now.",
            "I don't need this right now.",
            "You know what? I don't need this.",
            "I'm not in the mood for this.",
            "I don't have time for this.",
        ),
        near_misses=(
            "I'm not in the mood for pizza, fancy curry?",
            "I don't have time for this today, can we do Sunday?",
            "I don't need this many plates, take some back.",
            "I can't talk to you right now, I'm in a meeting, call you at 5!",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.done_talking",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[SPEAKER BE so? DONE_WORD (TALK_VERB -(on | about | to | with) | with (YOU"
            ' | "this conversation" | "this discussion" | (this | it | "all of this" | "all this")'
            " -WORD) | here | =SENTENCE_END -QUESTION_MARK | COMMA GOODBYE_WORD)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I'm done talking.",
            "Ｉ’ｍ ｄｏｎｅ ｔａｌｋｉｎｇ．",
            "I'm done explaining myself.",
            "I hear you, but I'm done with this conversation.",
            "I'm done. Don't text me.",
            "I'm done, goodnight.",
        ),
        near_misses=(
            "I'm done with the laundry.",
            "I'm done talking on the phone, want to go for a walk?",
            "I'm done with work at five.",
            "I'm so done with this week, can't wait to see you.",
            "Are you done with the ironing?",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.conversation_over",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[(this | the | our)? CONVERSATION_NOUN BE? DONE_WORD] $"
            " | [(n't | not) up for (discussion | debate | negotiation)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Okay, this conversation is over.",
            "As far as I'm concerned this conversation is finished.",
            "This isn't up for discussion.",
            "this convo is over",
        ),
        near_misses=(
            "The meeting's over, I'm walking to the car now.",
            "The match is over, coming home now.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.talk_to_the_wall",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern="[talk to the (hand | wall)] | [<dignify> (that | this | it)]",
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You can talk to the wall, I'm going to bed.",
            "Talk to the hand.",
            "I'm not going to dignify that with an answer.",
        ),
        near_misses=(
            "The hand-painted wall in the café is gorgeous.",
            "I'd talk to the landlord about the wall.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    # -- a refusal of contact ---------------------------------------------------------------
    Rule(
        id="stonewalling.refusal",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "^ please? [leave SPEAKER (alone | be)]"
            " | (^ | COMMA) please? [(do n't | stop | quit | never) CONTACT_VERB SPEAKER?]"
            ' (-(WORD | COMMA) | again | ever | anymore | "any more" | "ever again")'
            " | ^ [(go away | (drop | forget) it | drop the (subject | topic))] =SENTENCE_END"
            " | ^ [go away] =COMMA | ^ [leave it] =SENTENCE_END"
            " | ^ [do n't even? bother (TALK_VERB | CONTACT_VERB | REFORM_VERB | <try>"
            " | <come> back)]"
            " | [can we just? (drop | leave | forget) it] -(off | at | in | on | with | for | here"
            " | there | out)"
            " | [forget SPEAKER (<say> | <ask> | <mention>)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Leave me alone.",
            "Don't talk to me.",
            "Just stop talking to me.",
            "dont text me",
            "I've said my piece. Stop texting me.",
            "Drop it.",
            "Go away.",
            "Drop the subject.",
            "Can we just drop it?",
            "Go away, I'm not in the mood.",
            "Leave it.",
            "Don't even bother replying.",
            "Forget it. Forget I said anything.",
        ),
        near_misses=(
            "Don't text me while you're driving, call when you're home.",
            "Can you drop it off at mum's on your way?",
            "Can we just leave it at the station for now?",
            "Go away for the weekend with me?",
            "Don't bother cooking, I'll grab food.",
            "Forget the milk, I found some at the back of the fridge.",
        ),
        hedge="keep",
        source=_SOURCE,
    ),
    Rule(
        id="stonewalling.not_listening",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[not interested in (hearing | TALK_VERB | YOUR)] | ^ [not interested] -(WORD"
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
            "Not interested in hearing it.",
            "Not interested.",
            "Save it, I'm not listening.",
            "Read your message. Not replying.",
            "I stopped listening about ten minutes ago.",
        ),
        near_misses=(
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
            "[SPEAKER ('m | am | FUTURE | BE going to) (muting | mute | blocking | block) (YOU"
            " | this | the) (chat | group | thread | CONVERSATION_NOUN)?]"
            " | [SPEAKER BE LOG_OFF_PHRASE] $"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Nope. Not today. I'm muting this chat.",
            "I'm muting this chat until you stop going on about it.",
            "I'm hanging up.",
            "I'm logging off.",
        ),
        near_misses=(
            "I muted the group because of all the memes, lol.",
            "I'm hanging up the washing, back in 5.",
        ),
        hedge="keep",
        source="Gottman: stonewalling (withdrawal, shutting down).",
    ),
    Rule(
        id="stonewalling.walk_off",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[<put> SPEAKER_POSSESSIVE? (headphones | earphones | earbuds | airpods) (on | in)]"
            " (=PUNCT | $)"
            " | (^ | PUNCT) [(<walk> (away | off | out) | <storm> (off | out) | <leave> the room"
            " | <turn> away | <roll> over | <shrug>)] $"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "*puts headphones on*",
            "You can keep talking, I'm putting my headphones on.",
            "*walks away*",
            "*shrugs*",
        ),
        near_misses=(
            "I'm putting my headphones on for the flight, text me if you need me.",
            "Walks along the beach are my favourite.",
        ),
        hedge="keep",
        source="Gottman: stonewalling (withdrawal, shutting down).",
    ),
    Rule(
        id="stonewalling.cant_be_bothered",
        category=Category.STONEWALLING,
        severity=Severity.MEDIUM,
        pattern=(
            "[(ca n't | cannot) be bothered] (with | w) (this | YOU | it | that)"
            " | ^ [BE we DONE_WORD here?] =QUESTION_MARK"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "cant be bothered w this rn, bye",
            "Yeah, yeah. Are we done here?",
            "Are we done? I've got things to do.",
            "I can't be bothered with you tonight.",
        ),
        near_misses=(
            "I can't be bothered to cook tonight, takeaway?",
            "Are we done with the shopping list?",
        ),
        hedge="keep",
        source="Gottman: stonewalling (withdrawal, shutting down).",
    ),
)
"""The stonewalling rules."""
