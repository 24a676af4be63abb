"""Chat spellings and contractions typed without an apostrophe, spelled out.

The text layer reads these while it tokenizes: "dont" becomes the two tokens "do" and
"n't", "idk" becomes "i", "do", "n't", "know". Only forms that are not also ordinary
words are listed: "ill", "wont", "were" and "id" are words, so the text layer reads them
in context instead. Person words ("u", "ur") live with the other person words in
:mod:`intimacy_kit.lexicon._people`. Written by the intimacy_kit team.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["EXPANSIONS"]

_NOT = "n't"

EXPANSIONS: Final = MappingProxyType(
    {
        # Contractions typed without the apostrophe.
        "im": ("i", "'m"),
        "il": ("i", "'ll"),  # "il kill u": no English word, and "ill" is read in context
        "ive": ("i", "'ve"),
        "dont": ("do", _NOT),
        "doesnt": ("does", _NOT),
        "didnt": ("did", _NOT),
        "cant": ("ca", _NOT),
        "isnt": ("is", _NOT),
        "arent": ("are", _NOT),
        "wasnt": ("was", _NOT),
        "werent": ("were", _NOT),
        "havent": ("have", _NOT),
        "hasnt": ("has", _NOT),
        "hadnt": ("had", _NOT),
        "shouldnt": ("should", _NOT),
        "wouldnt": ("would", _NOT),
        "couldnt": ("could", _NOT),
        "mustnt": ("must", _NOT),
        "aint": ("ai", _NOT),
        "shouldve": ("should", "'ve"),
        "couldve": ("could", "'ve"),
        "wouldve": ("would", "'ve"),
        "mustve": ("must", "'ve"),
        "thats": ("that", "'s"),
        "whats": ("what", "'s"),
        "wheres": ("where", "'s"),
        "whos": ("who", "'s"),
        "hows": ("how", "'s"),
        "theres": ("there", "'s"),
        "heres": ("here", "'s"),
        "hes": ("he", "'s"),
        "shes": ("she", "'s"),
        "theyre": ("they", "'re"),
        "theyve": ("they", "'ve"),
        "theyll": ("they", "'ll"),
        "weve": ("we", "'ve"),
        "itll": ("it", "'ll"),
        "youre": ("you", "'re"),
        "ure": ("you", "'re"),
        "yore": ("you", "'re"),
        "youve": ("you", "'ve"),
        "youll": ("you", "'ll"),
        "youd": ("you", "'d"),
        "lets": ("let", "'s"),
        # Chat abbreviations.
        "pls": ("please",),
        "plz": ("please",),
        "cuz": ("because",),
        "coz": ("because",),
        "cos": ("because",),
        "bc": ("because",),
        "b/c": ("because",),
        "ppl": ("people",),
        "gonna": ("going", "to"),
        "ima": ("i", "'m", "gonna"),
        "imma": ("i", "'m", "gonna"),
        "finna": ("going", "to"),
        "wanna": ("want", "to"),
        "gotta": ("got", "to"),
        "hafta": ("have", "to"),
        "outta": ("out", "of"),
        "kinda": ("kind", "of"),
        "sorta": ("sort", "of"),
        "lemme": ("let", "me"),
        "gimme": ("give", "me"),
        "dunno": ("do", _NOT, "know"),
        "idk": ("i", "do", _NOT, "know"),
        "idc": ("i", "do", _NOT, "care"),
        "idgaf": ("i", "do", _NOT, "give", "a", "fuck"),
        "stfu": ("shut", "the", "fuck", "up"),
        "gtfo": ("get", "the", "fuck", "out"),
        "wtf": ("what", "the", "fuck"),
        "wth": ("what", "the", "hell"),
        "ffs": ("for", "fuck's", "sake"),
        "fu": ("fuck", "you"),
        "stg": ("i", "swear", "to", "god"),
        "rn": ("right", "now"),
        "smth": ("something",),
        "sth": ("something",),
        "tho": ("though",),
        "thru": ("through",),
        "kno": ("know",),
        "ur": ("your",),
        "r": ("are",),
        "y": ("why",),
        "n": ("and",),
        "b4": ("before",),
        "2day": ("today",),
        "2nite": ("tonight",),
        "2morrow": ("tomorrow",),
        "whatevs": ("whatever",),
        "whatev": ("whatever",),
        "ok": ("okay",),
        "k": ("okay",),
        "kk": ("okay",),
        "nvm": ("never", "mind"),
        "omw": ("on", "my", "way"),
        "ty": ("thank", "you"),
        "thx": ("thanks",),
        "bday": ("birthday",),
        "msg": ("message",),
        "txt": ("text",),
    }
)
"""Each chat spelling and the tokens it stands for."""
