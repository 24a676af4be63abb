"""Small grammar for the rewriter: verb forms, and putting tokens back into words.

The rewriter works on the tokens of the text layer. To write a clause back out it joins
the tokens' normalised forms (so "u dont" comes back as "you don't", "sooo" as "so"),
re-attaches contractions and punctuation, and keeps the writer's capitals on names. To
turn "you never called" into "you didn't call" it needs verb lemmas and forms: those
come from the lexicon's morphology and LemmInflect's verb list, loaded on first use.

>>> base_form("called"), base_form("forgot"), base_form("leaves")
('call', 'forget', 'leave')
>>> past("forget"), third_person("watch")
('forgot', 'watches')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Final

from intimacy_kit.lexicon._morphology import verb_forms
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F

__all__ = [
    "base_form",
    "is_noun",
    "is_past",
    "is_verb",
    "join_words",
    "past",
    "sentence_case",
    "third_person",
    "token_words",
]

# Contracted endings and the stems they attach to, as the text layer splits them.
_ATTACHED: Final = frozenset({"'re", "'m", "'s", "'ll", "'ve", "'d", "n't"})
_NO_SPACE_BEFORE: Final = frozenset(".,!?;:)]%")
_NO_SPACE_AFTER: Final = frozenset("([$#")


@functools.cache
def _verbs() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """Verb lemmas, every verb form with its lemma, and the past forms."""
    from intimacy_kit.lexicon._english_pos import VERBS

    lemmas = frozenset(VERBS.split())
    forms: dict[str, str] = {}
    pasts: set[str] = set()
    for lemma in sorted(lemmas):
        base, third, simple_past, participle, gerund, *british = verb_forms(lemma)
        for form in (base, third, simple_past, participle, gerund, *british):
            forms.setdefault(form, lemma)
        pasts.update((simple_past, participle, *british[:1]))
    # A lemma is its own base, whatever else it is a form of.
    forms.update({lemma: lemma for lemma in lemmas})
    return lemmas, forms, frozenset(pasts)


@functools.cache
def _nouns() -> frozenset[str]:
    """Noun lemmas and their plurals (a plain -s or -es)."""
    from intimacy_kit.lexicon._english_pos import NOUNS

    lemmas = NOUNS.split()
    return frozenset([*lemmas, *(w + "s" for w in lemmas), *(w + "es" for w in lemmas)])


def is_noun(word: str) -> bool:
    """Whether the word can be a noun ("coat", "plants", "clutter")."""
    return word in _nouns()


def is_verb(word: str) -> bool:
    """Whether ``word`` is a form of an English verb."""
    return word in _verbs()[1]


def base_form(word: str) -> str:
    """The lemma of a verb form, or the word itself when it is not one."""
    return _verbs()[1].get(word, word)


def is_past(word: str) -> bool:
    """Whether ``word`` is a simple past or past participle form ("called", "forgot")."""
    lemmas, _, pasts = _verbs()
    return word in pasts and word not in lemmas


def past(lemma: str) -> str:
    """The simple past of a verb lemma ("forget" → "forgot")."""
    return verb_forms(lemma)[2]


def third_person(lemma: str) -> str:
    """The third person singular present of a verb lemma ("watch" → "watches")."""
    return verb_forms(lemma)[1]


def join_words(words: Iterable[str]) -> str:
    """Words and tokens joined as written: contractions and punctuation attached.

    >>> join_words(["you", "do", "n't", "help", "with", "the", "dishes", "!"])
    "you don't help with the dishes!"
    """
    out: list[str] = []
    for word in words:
        if not word:
            continue
        if out and (
            word in _ATTACHED or word[0] in _NO_SPACE_BEFORE or out[-1][-1:] in _NO_SPACE_AFTER
        ):
            out[-1] += word  # "ca" + "n't" is "can't", "wo" + "n't" is "won't"
            continue
        out.append(word)
    return " ".join(out)


def token_words(doc: Doc, indexes: Sequence[int]) -> list[str]:
    """The words of some tokens as the rewriter writes them back out.

    Normalised forms, so chat spellings and stretched letters are spelled out; names
    keep their capital; a word split into several tokens comes back once per token.
    """
    words = []
    for index in indexes:
        norm = doc.norms[index]
        flags = doc.flags[index]
        if flags & F.CAPITALIZED and not flags & F.SHOUTED and norm != "i":
            original = doc.text[doc.starts[index] : doc.ends[index]]
            if original.lower() == norm and doc.sentence_start[index] != index:
                norm = original  # a name, as the writer spelled it
        words.append("I" if norm == "i" else norm)
    return words


def sentence_case(text: str) -> str:
    """``text`` with its first letter in capitals.

    >>> sentence_case("when you leave, I feel sad.")
    'When you leave, I feel sad.'
    """
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text
