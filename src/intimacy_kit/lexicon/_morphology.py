"""Regular English inflection, with the exceptions kept as generated data.

Word classes list lemmas; the vocabulary adds their inflections from here, so a rule that
names ``<hate>`` or the class of insult nouns matches "hated", "hating" and "idiots"
without anyone typing them. Regular forms follow the spelling rules below; the verbs,
nouns and adjectives whose forms break them (and the verbs whose final consonant doubles)
come from :mod:`intimacy_kit.lexicon._english_data`, generated from LemmInflect's tables.

>>> verb_forms("hate")
('hate', 'hates', 'hated', 'hated', 'hating')
>>> verb_forms("forget")
('forget', 'forgets', 'forgot', 'forgotten', 'forgetting')
>>> noun_forms("idiot"), noun_forms("bully"), adjective_forms("lazy")
(('idiot', 'idiots'), ('bully', 'bullies'), ('lazy', 'lazier', 'laziest'))
"""

from __future__ import annotations

import functools
from typing import Final

__all__ = ["adjective_forms", "noun_forms", "verb_forms"]

_VOWELS: Final = frozenset("aeiou")
_SIBILANT_ENDINGS: Final = ("s", "x", "z", "ch", "sh")


def _third_singular(lemma: str) -> str:
    if lemma.endswith(_SIBILANT_ENDINGS):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    if lemma.endswith("o") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma + "es"
    return lemma + "s"


def _past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _gerund(lemma: str) -> str:
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "oe", "ye")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    return lemma + "ing"


def regular_verb_forms(lemma: str) -> tuple[str, str, str, str, str]:
    """Base, third person singular, past, past participle and gerund by the regular rules.

    >>> regular_verb_forms("try")
    ('try', 'tries', 'tried', 'tried', 'trying')
    """
    past = _past(lemma)
    return lemma, _third_singular(lemma), past, past, _gerund(lemma)


@functools.cache
def _tables() -> tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]
]:
    from intimacy_kit.lexicon._english_data import (
        IRREGULAR_ADJECTIVES,
        IRREGULAR_NOUNS,
        IRREGULAR_VERBS,
    )

    def split(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
        return {lemma: tuple(forms.split(" ")) for lemma, forms in table.items()}

    return split(IRREGULAR_VERBS), split(IRREGULAR_NOUNS), split(IRREGULAR_ADJECTIVES)


def _british_forms(lemma: str) -> tuple[str, ...]:
    """The doubled "l" of British spelling: "cancel" → "cancelled", "cancelling"."""
    if len(lemma) > 3 and lemma.endswith("l") and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS:
        return lemma + "led", lemma + "ling"
    return ()


def verb_forms(lemma: str) -> tuple[str, ...]:
    """Base, third singular, past, past participle and gerund, and British spellings.

    Multi-word verbs inflect their first word ("kick out" → "kicked out").

    >>> verb_forms("cancel")[-2:]
    ('cancelled', 'cancelling')
    """
    head, _, rest = lemma.partition(" ")
    forms = _tables()[0].get(head) or regular_verb_forms(head)
    forms = (*forms, *(form for form in _british_forms(head) if form not in forms))
    if rest:
        return tuple(f"{form} {rest}" for form in forms)
    return forms


def noun_forms(lemma: str) -> tuple[str, ...]:
    """The singular and its plural(s) (multi-word: the last word, or the word before "of")."""
    before, of, after = lemma.partition(" of ")
    if of:
        return tuple(form + of + after for form in noun_forms(before))
    head, _, last = lemma.rpartition(" ")
    plurals = _tables()[1].get(last)
    if plurals is None:
        plurals = (_third_singular(last),)
    prefix = f"{head} " if head else ""
    return (lemma, *(prefix + plural for plural in plurals if plural != last))


def adjective_forms(lemma: str) -> tuple[str, ...]:
    """The adjective, and its comparative and superlative when it takes them."""
    if " " in lemma or "-" in lemma:
        return (lemma,)
    irregular = _tables()[2].get(lemma)
    if irregular is not None:
        return (lemma, *irregular)
    if len(lemma) > 7 or lemma.endswith(("ful", "ous", "ive", "ic", "ish", "ed", "ing", "al")):
        return (lemma,)  # "more selfish", never "selfisher"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        stem = lemma[:-1] + "i"
    elif lemma.endswith("e"):
        stem = lemma[:-1]
    else:
        stem = lemma
    return lemma, stem + "er", stem + "est"
