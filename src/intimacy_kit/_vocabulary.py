"""The shared vocabulary of the detector's patterns, written as ``<NAME>`` in rules.

Each macro is a regular-expression fragment over the normalised, lower-case text (chat
spellings are already spelled out and curly apostrophes are straight). Keeping the word
classes in one place means every family agrees on what "you", "always" or a label is,
and fixing a class fixes every rule that uses it.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import Any, Final

from intimacy_kit.lexicon._feelings import FAUX_FEELING_FORMS, FEELINGS, INSULT_FORMS, LABEL_FORMS

__all__ = ["FAUX_WORDS", "INSULT_WORDS", "LABEL_WORDS", "MACROS", "PERSON_NOUNS", "alternation"]


def alternation(words: Iterable[str]) -> str:
    r"""A regex matching any of ``words`` (spaces as ``\s+``), shaped as a trie.

    Python's regex engines try the branches of an alternation one by one, so a flat list
    of hundreds of labels is slow at every position. Sharing prefixes ("sel(?:fish|f-
    centred)") lets the engine rule out most words after a letter or two. Longer words
    win over their prefixes, as in a longest-first alternation.

    >>> alternation(["so", "so very"])
    '(?:so(?:\\s+very)?)'
    >>> alternation(["lazy", "liar", "lousy"])
    '(?:l(?:azy|iar|ousy))'
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for atom in _atoms(word):
            node = node.setdefault(atom, {})
        node[_END] = {}
    return "(?:" + _trie_regex(trie) + ")"


_END = ""


def _atoms(word: str) -> list[str]:
    atoms: list[str] = []
    for index, part in enumerate(word.split()):
        if index:
            atoms.append(r"\s+")
        atoms.extend(_escape(char) for char in part)
    return atoms


def _trie_regex(node: dict[str, Any]) -> str:
    ends_here = _END in node
    branches = [atom + _trie_regex(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return body + "?" if body.startswith("(?:") and len(branches) > 1 else f"(?:{body})?"
    return body


def _escape(word: str) -> str:
    return "".join("\\" + c if c in ".^$*+?{}[]\\|()-" else c for c in word)


# Character labels and insults come from the lexicon shared with the rewriter; the
# detector only needs their written forms.
# Forms that start with a one-letter word ("a-hole") would make the pattern wait for
# the word "a"; their spelled-out forms are in the lexicon too.
LABEL_WORDS: Final = frozenset(form for form in LABEL_FORMS if not form.startswith("a-"))
INSULT_WORDS: Final = frozenset(INSULT_FORMS)
FAUX_WORDS: Final = frozenset(FAUX_FEELING_FORMS)
_INSULTS = INSULT_WORDS

_ADVERBS: Final = (
    "just",
    "really",
    "so",
    "such",
    "truly",
    "totally",
    "completely",
    "seriously",
    "honestly",
    "literally",
    "actually",
    "basically",
    "kind of",
    "kinda",
    "sort of",
    "a bit",
    "a little",
    "a tad",
    "a tad bit",
    "pretty",
    "very",
    "too",
    "far too",
    "way too",
    "incredibly",
    "unbelievably",
    "ridiculously",
    "extremely",
    "utterly",
    "absolutely",
    "being",
    "acting",
    "getting",
    "becoming",
    "still",
    "always",
    "often",
    "sometimes",
    "clearly",
    "obviously",
    "simply",
    "the most",
    "the biggest",
    "the worst",
    "one",
    "one big",
    "nothing but",
    "such a",
    "such an",
    "a",
    "an",
    "a total",
    "a complete",
    "an absolute",
    "a real",
    "a huge",
    "a big",
    "a little",
    "like a",
    "like an",
    "like such a",
    "like a total",
    "an insufferable",
    "an utter",
    "complete",
    "total",
    "absolute",
    "real",
    "utter",
    "typical",
    "like",
    "such",
)

# Nouns that work as labels only when aimed at a person ("you're a nightmare"); they are
# too ordinary for the shared lexicon, which the rewriter also uses for other purposes.
_PERSON_NOUNS: Final = (
    "nightmare",
    "disaster",
    "joke",
    "embarrassment",
    "burden",
    "baby",
    "child",
    "piece of work",
    "harsh",
    "unfair",
    "unkind",
    "hurtful",
    "inattentive",
    "expert",
    "pain in the ass",
    "pain in the neck",
    "headache",
    "psycho",
    "lost cause",
    "man-child",
    "manchild",
    "scatterbrain",
    "muppet",
    "numpty",
    "plonker",
    "brat",
    "spoilt brat",
    "spoiled brat",
    "lump",
    "useless lump",
    "walking disaster",
    "bore",
)

# Evaluations dressed as feelings that the shared lexicon leaves out because they are
# recent or informal ("ghosted").
_EXTRA_FAUX: Final = ("ghosted", "sidelined", "brushed off", "blanked", "benched", "unheard")

# How the partner is named when the speaker talks about them rather than to them
# ("my husband never …"); judgments of the partner count either way.
_PARTNER_NOUNS: Final = (
    r"(?:my\s+(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|"
    r"other\s+half|hubby|missus|man|woman|ex))"
)

PERSON_NOUNS: Final = frozenset(_PERSON_NOUNS)
FAUX_WORDS_ALL: Final = FAUX_FEELING_FORMS | frozenset(_EXTRA_FAUX)
# Unpleasant real feelings: a bad outcome when they follow "because of you".
_UNPLEASANT: Final = alternation(f.word for f in FEELINGS if not f.pleasant)

MACROS: Final = MappingProxyType(
    {
        # The partner as subject, after normalisation ("u", "ya" → "you").
        "YOU": r"\byou",
        # "you" plus a form of "be" or a verb that introduces a description.
        # The partner, spoken to or about.
        "PARTNER": r"(?:\byou|\b" + _PARTNER_NOUNS + r")",
        # The partner (or a person spoken about) with a form of "be" before a description.
        "THEY_BE": (
            r"(?:\b" + _PARTNER_NOUNS + r"|\bhe|\bshe)(?:'s|\s+is|\s+was|\s+gets|\s+acts|"
            r"\s+can\s+be|\s+has\s+become|\s+is\s+being)"
        ),
        "YOU_BE": (
            r"\byou(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+can\s+be|\s+could\s+be|"
            r"'re\s+behaving|\s+behave|\s+behaved|'re\s+acting|"
            r"'ll\s+always\s+be|\s+will\s+always\s+be|\s+get|\s+got|\s+act|\s+acted|"
            r"\s+sound|\s+sounded|\s+seem|\s+look|\s+looked|\s+become|\s+became|\s+turned\s+into|"
            r"'ve\s+become|\s+have\s+become|'ve\s+gotten|\s+have\s+gotten|'ve\s+turned\s+into|"
            r"\s+don't\s+have\s+to\s+be|\s+didn't\s+(?:have\s+to\s+)?(?:act|be))"
        ),
        # Adverbs, articles and intensifiers that may sit before a label.
        "ADV": r"(?:\s+(?:" + alternation(_ADVERBS)[3:-1] + r"|[a-z]{3,}ly)){0,4}",
        # Words that overgeneralise behaviour in time or number.
        "ALWAYS": (
            r"(?:always|constantly|forever|continually|perpetually|all\s+the\s+time|"
            r"every\s+(?:single\s+)?time|every\s+(?:single\s+)?day|24/7|nonstop)"
        ),
        "NEVER": (
            r"(?:never|never\s+ever|not\s+once|not\s+even\s+once|no\s+longer\s+ever|"
            r"(?:haven't|hasn't|didn't|don't|can't|cannot|won't|couldn't|wouldn't)\s+(?:even\s+)?"
            r"(?:once|ever))"
        ),
        # Character labels and insults, as whole words.
        "LABEL": r"\b" + alternation(LABEL_WORDS | frozenset(_PERSON_NOUNS)) + r"\b",
        # Words for a bad outcome, used to tell blame ("thanks to you we're late") from
        # gratitude ("thanks to you the party was a success").
        "BAD": (
            r"\b(?:can't|couldn't|never|missed|lost|late|stuck|broke|ruined|mess|trouble|miserable|"
            r"joke|laughing\s+at|embarrass\w*|humiliat\w*|nobody|no\s+one|hate[sd]?|angry|mad|upset|"
            r"fight|fighting|failed|fired|wasted|destroyed|worse|hurt|suffer\w*|alone|lonely|sad|"
            r"cry\w*|scream\w*|sick|exhausted|falling\s+apart|over|stress\w*|debt|worry\w*|mood|"
            r"tears|isn't|aren't|won't|doesn't|wasn't|not\s+(?:speaking|invited|allowed|welcome)|"
            + _UNPLEASANT
            + r")\b"
        ),
        "INSULT": r"\b" + alternation(_INSULTS) + r"\b",
        # Evaluations dressed as feelings ("ignored", "taken for granted").
        "FAUX": r"\b" + alternation(FAUX_FEELING_FORMS | frozenset(_EXTRA_FAUX)) + r"\b",
        # The end of a clause or message, after optional closing punctuation.
        "END": r"(?=\s*(?:[.!?,;:)\"'\-]|$))",
        # The start of a sentence or clause: start of text, or after terminal punctuation.
        "START": r"(?:^|(?<=[.!?;:\n\"(\-])\s*|(?<=[.!?;:\n\"(\-]\s))",
        # Words that end a quoted judgment in a sentence about someone else.
        "THIRD": (
            r"(?:he|she|they|it|this|that|everyone|everybody|someone|somebody|nobody|no\s+one|"
            r"people|the\s+\w+|my\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)"
        ),
    }
)
