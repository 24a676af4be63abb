"""The rewriter's tables, written in our own words from general knowledge of NVC.

* :data:`GROUP_EVIDENCE`: for the semantic groups of trait and insult words, the needs a
  label usually stands for and the feelings behind it ("lazy" → sharing the load,
  overwhelmed);
* :data:`TOPIC_EVIDENCE`: everyday subjects of complaints and the need and feeling most
  often behind them ("dishes" → sharing the load, overwhelmed);
* :data:`CATEGORY_EVIDENCE`: a category's usual feeling and need, the fallback;
* the sentence frames of each style, several per style so that rewrites do not all read
  the same.

Every phrase here is itself clean: a test runs the detector over them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "CATEGORY_EVIDENCE",
    "FRAMES",
    "GROUP_EVIDENCE",
    "NEED_EFFECTS",
    "PAUSE_REQUESTS",
    "REQUESTS_BY_TOPIC",
    "STATEMENTS",
    "TOPIC_EVIDENCE",
]

# (needs, feelings), strongest first.
GROUP_EVIDENCE: Final = MappingProxyType(
    {
        "LAZY": (("shared effort", "support"), ("overwhelmed", "frustrated")),
        "SELFISH": (("consideration", "mutuality"), ("hurt", "frustrated")),
        "STINGY": (("fairness", "consideration"), ("hurt", "frustrated")),
        "UNKIND": (("kindness", "respect"), ("hurt", "sad")),
        "HOSTILE": (("emotional safety", "kindness"), ("hurt", "scared")),
        "CRUDE": (("respect", "kindness"), ("hurt", "uncomfortable")),
        "VULGAR": (("respect", "kindness"), ("hurt", "uncomfortable")),
        "DISHONEST": (("honesty", "trust"), ("hurt", "worried")),
        "LIAR": (("honesty", "trust"), ("hurt", "worried")),
        "UNFAITHFUL": (("trust", "honesty"), ("hurt", "scared")),
        "STUPID": (("understanding", "cooperation"), ("frustrated", "confused")),
        "INCOMPETENT": (("cooperation", "support"), ("frustrated", "stressed")),
        "CHILDISH": (("partnership", "cooperation"), ("frustrated", "tired")),
        "CONTROLLING": (("autonomy", "choice"), ("frustrated", "tense")),
        "CRITICAL": (("acceptance", "appreciation"), ("hurt", "discouraged")),
        "COLD": (("warmth", "connection"), ("lonely", "hurt")),
        "UNSTABLE": (("understanding", "peace"), ("worried", "confused")),
        "WEAK": (("support", "partnership"), ("frustrated", "disappointed")),
        "WORTHLESS": (("support", "partnership"), ("frustrated", "disappointed")),
        "ARROGANT": (("respect", "equality"), ("hurt", "frustrated")),
        "UNRELIABLE": (("reliability", "consideration"), ("frustrated", "disappointed")),
        "UNREASONABLE": (("understanding", "cooperation"), ("frustrated", "tense")),
        "STUBBORN": (("understanding", "cooperation"), ("frustrated", "stuck")),
        "NEEDY": (("space", "balance"), ("overwhelmed", "tired")),
        "BORING": (("fun", "connection"), ("restless", "disappointed")),
        "SHALLOW": (("connection", "understanding"), ("lonely", "disappointed")),
        "GRUMPY": (("ease", "kindness"), ("tense", "tired")),
        "LOOKS": (("kindness", "respect"), ("hurt", "sad")),
        "DIRTY": (("order", "consideration"), ("frustrated", "uncomfortable")),
        "CREEPY": (("safety", "respect"), ("uncomfortable", "uneasy")),
        "SEXUAL": (("respect", "kindness"), ("hurt", "uncomfortable")),
        "NEGATIVE_GENERAL": (("consideration", "kindness"), ("frustrated", "hurt")),
        "SUBSTANCE": (("health", "trust"), ("worried", "scared")),
        "OTHER": (("respect", "consideration"), ("frustrated", "hurt")),
    }
)
"""Semantic group (the part of a ``TRAIT_`` or ``INSULT_`` class name after the prefix)
→ (needs, feelings)."""

# word (a lemma or form in a message) → (need, feeling).
TOPIC_EVIDENCE: Final = MappingProxyType(
    {
        "listen": ("being heard", "hurt"),
        "interrupt": ("being heard", "frustrated"),
        "ignore": ("being seen", "lonely"),
        "lie": ("honesty", "hurt"),
        "lying": ("honesty", "hurt"),
        "cheat": ("trust", "hurt"),
        "secret": ("honesty", "hurt"),
        "hide": ("honesty", "hurt"),
        "trust": ("trust", "worried"),
        "dishes": ("shared effort", "overwhelmed"),
        "dish": ("shared effort", "overwhelmed"),
        "chores": ("shared effort", "overwhelmed"),
        "laundry": ("shared effort", "overwhelmed"),
        "housework": ("shared effort", "overwhelmed"),
        "kitchen": ("shared effort", "overwhelmed"),
        "trash": ("shared effort", "frustrated"),
        "bins": ("shared effort", "frustrated"),
        "rubbish": ("shared effort", "frustrated"),
        "tidy": ("order", "frustrated"),
        "clean": ("shared effort", "frustrated"),
        "mess": ("order", "frustrated"),
        "cook": ("shared effort", "tired"),
        "cooking": ("shared effort", "tired"),
        "dinner": ("shared effort", "tired"),
        "help": ("support", "overwhelmed"),
        "late": ("reliability", "frustrated"),
        "wait": ("reliability", "frustrated"),
        "waiting": ("reliability", "frustrated"),
        "phone": ("attention", "lonely"),
        "screen": ("attention", "lonely"),
        "game": ("attention", "lonely"),
        "games": ("attention", "lonely"),
        "call": ("reassurance", "worried"),
        "text": ("reassurance", "worried"),
        "texts": ("reassurance", "worried"),
        "answer": ("reassurance", "worried"),
        "reply": ("reassurance", "worried"),
        "message": ("reassurance", "worried"),
        "hug": ("affection", "lonely"),
        "kiss": ("affection", "lonely"),
        "plan": ("reliability", "disappointed"),
        "plans": ("reliability", "disappointed"),
        "promise": ("reliability", "disappointed"),
        "cancel": ("reliability", "disappointed"),
        "birthday": ("mattering", "hurt"),
        "anniversary": ("mattering", "hurt"),
        "forget": ("mattering", "hurt"),
        "kids": ("partnership", "overwhelmed"),
        "children": ("partnership", "overwhelmed"),
        "money": ("security", "anxious"),
        "spend": ("security", "anxious"),
        "rent": ("security", "anxious"),
        "bills": ("security", "anxious"),
        "bill": ("security", "anxious"),
        "tone": ("gentleness", "tense"),
        "yell": ("gentleness", "tense"),
        "shout": ("gentleness", "tense"),
        "scream": ("gentleness", "scared"),
        "decide": ("choice", "frustrated"),
        "decision": ("choice", "frustrated"),
        "notice": ("appreciation", "discouraged"),
        "effort": ("acknowledgement", "discouraged"),
        "thank": ("appreciation", "hurt"),
        "appreciate": ("appreciation", "hurt"),
        "judge": ("acceptance", "hurt"),
        "criticise": ("acceptance", "hurt"),
        "criticize": ("acceptance", "hurt"),
        "control": ("autonomy", "frustrated"),
        "clothes": ("order", "frustrated"),
        "floor": ("order", "frustrated"),
        "socks": ("order", "frustrated"),
        "mum": ("support", "hurt"),
        "mom": ("support", "hurt"),
        "mother": ("support", "hurt"),
        "family": ("support", "hurt"),
        "friends": ("quality time", "lonely"),
        "work": ("quality time", "lonely"),
        "drink": ("trust", "worried"),
        "drinking": ("trust", "worried"),
        "drunk": ("trust", "worried"),
        "sleep": ("rest", "exhausted"),
        "car": ("consideration", "frustrated"),
        "drive": ("safety", "scared"),
        "driving": ("safety", "scared"),
        "room": ("order", "frustrated"),
        "home": ("connection", "lonely"),
        "party": ("connection", "hurt"),
    }
)
"""Word → (need, feeling) for common subjects of complaints."""

CATEGORY_EVIDENCE: Final = MappingProxyType(
    {
        "absolute": ("consideration", "frustrated"),
        "label": ("respect", "frustrated"),
        "blame": ("understanding", "upset"),
        "mind_reading": ("reassurance", "worried"),
        "demand": ("cooperation", "frustrated"),
        "contempt": ("respect", "hurt"),
        "defensiveness": ("understanding", "hurt"),
        "stonewalling": ("space", "overwhelmed"),
        "invalidation": ("understanding", "tense"),
        "faux_feeling": ("connection", "hurt"),
        "comparison": ("acceptance", "disappointed"),
        "accusatory_question": ("understanding", "confused"),
        "unsolicited_advice": ("understanding", "worried"),
        "threat": ("safety", "scared"),
    }
)
"""Category value → (need, feeling) used when the message gives no better evidence."""

PAUSE_REQUESTS: Final = (
    "I need a short break before I can talk about this well. Can we come back to it in an hour?",
    "I'm too worked up to talk about this right now. Could we pick it up again this evening?",
    "I need a little time to calm down first. Can we talk about it later today?",
)
"""What someone shutting down can say instead: a break, and a time to come back."""

STATEMENTS: Final = MappingProxyType(
    {
        "advice": (
            "I can see this is hard for you. Would it help to talk it through together?",
            "I'm here if you want to think this through together. What would help most?",
        ),
        "invalidation": (
            "I can see you're upset. Can you tell me more about what's going on for you?",
            "I can tell this matters to you. Help me understand what it's like for you.",
        ),
        "defensiveness": (
            "I don't think it was all down to me, but I'd like to understand what happened.",
            "I see it differently, and I'd like us to work out what went wrong.",
        ),
        "hurt": (
            "I'm really hurt by what happened, and I'd like to understand it. Can we talk?",
            "What happened hurt me, and I'd like us to talk about it.",
        ),
    }
)
"""Kind sentences to say instead of a finding whose words carry nothing to keep."""

REQUESTS_BY_TOPIC: Final = MappingProxyType(
    {
        "dishes": "do the dishes with me tonight",
        "kitchen": "help me tidy the kitchen",
        "laundry": "take care of the laundry this week",
        "chores": "sit down with me and split the chores",
        "housework": "sit down with me and split the housework",
        "bins": "take the bins out",
        "trash": "take the trash out",
        "rubbish": "take the rubbish out",
        "mess": "help me clear up",
        "late": "text me when you're running late",
        "phone": "put your phone away while we talk",
        "text": "text me back when you see my messages",
        "texts": "text me back when you see my messages",
        "messages": "reply when you see my messages",
        "call": "call me when your plans change",
        "birthday": "help me plan something for the next birthday",
        "money": "go through our spending with me this week",
        "spending": "go through our spending with me this week",
        "kids": "share the kids' routine with me this week",
        "listen": "hear me out for a few minutes",
        "plans": "let me know early when plans change",
        "socks": "put your socks in the laundry basket",
        "clothes": "put your clothes away",
        "dinner": "plan dinners with me this week",
        "cook": "cook with me one night this week",
        "car": "talk with me about how we share the car",
        "friends": "plan an evening for the two of us this week",
        "games": "set a time for games that leaves us an evening together",
        "work": "plan an evening for the two of us this week",
        "drinking": "talk with me about the drinking",
        "lie": "tell me what really happened",
        "lying": "tell me what really happened",
        "tone": "talk with me more gently",
        "yell": "talk with me more quietly",
        "shout": "talk with me more quietly",
    }
)
"""Subject of a complaint → a doable request about it, completing "Would you be willing
to …?"."""

NEED_EFFECTS: Final = MappingProxyType(
    {
        "connection": "it leaves me on my own with what's going on",
        "closeness": "it puts distance between us",
        "affection": "I go without the warmth I count on",
        "intimacy": "it puts distance between us",
        "warmth": "the evening turns cold between us",
        "companionship": "I end up spending the time alone",
        "quality time": "we lose the time we have together",
        "attention": "I can't tell whether you've heard me",
        "communication": "things stay unsaid between us",
        "being heard": "I end up repeating myself",
        "being seen": "what I'm going through goes unnoticed",
        "understanding": "I can't tell whether my side came across",
        "empathy": "I'm left alone with how hard this is",
        "acceptance": "I start to doubt myself",
        "appreciation": "the work I put in goes unnoticed",
        "acknowledgement": "my effort goes unnoticed",
        "belonging": "I end up on the outside",
        "inclusion": "I find out about plans last",
        "mattering": "I'm left out of things that affect me",
        "kindness": "it's hard for me to keep listening",
        "autonomy": "I can't make my own choices",
        "choice": "decisions about my life get made without me",
        "space": "I can't think clearly right now",
        "independence": "I can't do things my own way",
        "freedom": "I can't decide for myself",
        "privacy": "I don't have a space of my own",
        "solitude": "I don't get any time to recharge",
        "self-expression": "I lose track of what I wanted to say",
        "honesty": "I don't know what to believe",
        "transparency": "I'm the last to find out",
        "authenticity": "I hold back what I think",
        "clarity": "I'm left guessing",
        "integrity": "I end up acting against what I believe",
        "meaning": "I lose sight of why it matters",
        "purpose": "I lose sight of where we're going",
        "contribution": "I can't tell whether I'm helping",
        "growth": "I don't get the chance to learn",
        "competence": "I start to doubt I can do it",
        "hope": "it's hard to believe things can change",
        "celebration": "the good moments slip by",
        "peace": "the tension stays with me for the rest of the day",
        "harmony": "we end up pulling in opposite directions",
        "ease": "everything takes more effort than it has to",
        "order": "I end up tidying up after both of us",
        "gentleness": "it's hard for me to hear what you're saying",
        "rest": "I don't get the rest I count on",
        "sleep": "I don't get enough sleep",
        "health": "my health takes a back seat",
        "relaxation": "I can't switch off",
        "touch": "I go without being held",
        "physical safety": "I stay on edge",
        "play": "life gets to be all work and no play",
        "fun": "we stop enjoying each other",
        "humour": "everything gets heavy",
        "adventure": "every week looks the same",
        "spontaneity": "there's no room for surprises",
        "fairness": "I carry more than my share",
        "mutuality": "it only goes one way",
        "consideration": "I end up putting what I need to one side",
        "respect": "it's hard for me to hear your point",
        "shared effort": "I end up doing most of the work at home",
        "equality": "I don't get an equal say",
        "reciprocity": "I give more than I get back",
        "balance": "I end up carrying too much",
        "cooperation": "we end up working against each other",
        "support": "I end up handling it alone",
        "help": "I end up doing it by myself",
        "encouragement": "I start to lose heart",
        "care": "I'm left looking after myself",
        "comfort": "I'm left to carry it on my own",
        "teamwork": "I end up doing it on my own",
        "shared responsibility": "it all lands on me",
        "partnership": "I end up deciding alone",
        "safety": "I stay on edge",
        "emotional safety": "it's hard for me to open up",
        "security": "I can't settle",
        "stability": "I can't plan ahead",
        "predictability": "I can't plan ahead",
        "reliability": "I'm left waiting and unsure what's happening",
        "consistency": "I don't know what to expect",
        "trust": "I start to doubt what I'm told",
        "reassurance": "I'm left wondering where I stand",
        "commitment": "I'm unsure where we're going",
    }
)
"""Need name -> the concrete effect on the speaker, completing "because …"."""


FRAMES: Final = MappingProxyType(
    {
        "feel_when": "I feel {feeling} when {observation}.",
        "hurt_that": "I was {feeling} that {observation}.",
        "wish_had": "I wish you had {observation}.",
        "could_you": "Could you {request}?",
        "would_it_help": "Would it help to {request}?",
        "feel_need": "I'm feeling {feeling}, and I need {need}.",
        "wish_more": "I'd really like you to {request} more often.",
    }
)
"""The sentences a finding's sentence can become, filled with what its transform read and
the plan's feeling and need. Short, in the writer's own words where they are kept."""
