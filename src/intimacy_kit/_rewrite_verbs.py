"""Verb lemmas and inflections for the rewriter, from ``lemminflect`` (loaded lazily).

``lemminflect`` ships its data inside the package, so nothing is downloaded; it is
imported the first time a verb is looked up, never at ``import intimacy_kit``.

>>> verb_lemma("listened"), past("listen"), gerund("run"), past("be")
('listen', 'listened', 'running', 'were')
>>> verb_lemma("late") is None  # not a verb
True
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Final

__all__ = [
    "base_form",
    "gerund",
    "is_known_noun_plural",
    "is_known_word",
    "is_noun",
    "is_verb_form",
    "parts_of_speech",
    "past",
    "past_participle",
    "verb_lemma",
]

# Forms lemminflect either does not know or would guess unhelpfully for "you …".
_IRREGULAR_LEMMAS: Final = {
    "'re": "be",
    "are": "be",
    "were": "be",
    "was": "be",
    "is": "be",
    "am": "be",
    "been": "be",
    "being": "be",
    "'ve": "have",
    "has": "have",
    "had": "have",
    "having": "have",
    "does": "do",
    "did": "do",
    "done": "do",
    "doing": "do",
}
# "lie" in these messages is about honesty ("you lied to me"), not lying down.
_PAST: Final = {"be": "were", "have": "had", "do": "did", "lie": "lied"}
# Words lemminflect lists as possible verbs that in these messages almost never are.
_NOT_VERBS: Final = frozenset(
    {
        "a",
        "an",
        "the",
        "so",
        "such",
        "too",
        "very",
        "not",
        "no",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "this",
        "that",
        "it",
        "me",
        "us",
        "him",
        "them",
        "and",
        "or",
        "but",
        "like",
        "than",
        "then",
        "just",
        "only",
        "all",
        "late",
        "early",
        "here",
        "there",
        "up",
        "down",
        "out",
        "off",
        "on",
        "in",
        "at",
        "to",
        "for",
        "with",
        "about",
        "again",
        "ever",
        "never",
        "always",
        "even",
        "anything",
        "everything",
        "nothing",
        "something",
    }
)


# Everyday verbs of messaging that lemminflect's dictionary lacks, with their lemma.
_EXTRA_VERBS: Final = {
    "text": "text",
    "texts": "text",
    "texting": "text",
    "texted": "text",
    "ghost": "ghost",
    "ghosts": "ghost",
    "facetime": "facetime",
    "email": "email",
    "emails": "email",
    "emailed": "email",
    "emailing": "email",
}


@functools.cache
def _lemminflect() -> ModuleType:
    import lemminflect

    module: ModuleType = lemminflect
    return module


@functools.lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str | None:
    """The verb lemma of ``word`` (lower case), or ``None`` when it is not a known verb form.

    >>> verb_lemma("left"), verb_lemma("interrupting"), verb_lemma("has")
    ('leave', 'interrupt', 'have')
    """
    word = word.lower()
    irregular = _IRREGULAR_LEMMAS.get(word)
    if irregular is not None:
        return irregular
    extra = _EXTRA_VERBS.get(word)
    if extra is not None:
        return extra
    if word in _NOT_VERBS or not word.isalpha():
        return None
    lemmas = _lemminflect().getAllLemmas(word)
    verbs = lemmas.get("VERB") or lemmas.get("AUX")
    if not verbs and len(word) > 4 and word.endswith(("ed", "ing")):
        # Words outside the dictionary ("texted", "ghosting") by lemminflect's rules.
        verbs = _lemminflect().getAllLemmasOOV(word, upos="VERB").get("VERB")
    if not verbs:
        return None
    return str(verbs[0])


@functools.lru_cache(maxsize=8192)
def is_known_word(word: str) -> bool:
    """Whether ``word`` is in lemminflect's English dictionary (names mostly are not).

    >>> is_known_word("simple"), is_known_word("gwen")
    (True, False)
    """
    return bool(_lemminflect().getAllLemmas(word.lower()))


@functools.lru_cache(maxsize=8192)
def is_known_noun_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a noun lemminflect knows ("husbands", "games").

    >>> is_known_noun_plural("husbands"), is_known_noun_plural("shows")
    (True, True)
    """
    nouns = _lemminflect().getAllLemmas(word.lower()).get("NOUN")
    return bool(nouns) and nouns[0] != word.lower()


@functools.lru_cache(maxsize=8192)
def is_noun(word: str) -> bool:
    """Whether lemminflect lists ``word`` as a noun form ("magic", "work").

    >>> is_noun("magic"), is_noun("sloppy")
    (True, False)
    """
    return "NOUN" in _lemminflect().getAllLemmas(word.lower())


@functools.lru_cache(maxsize=8192)
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech lemminflect lists for ``word`` (empty when it doesn't know it).

    >>> sorted(parts_of_speech("work")), sorted(parts_of_speech("gwen"))
    (['NOUN', 'VERB'], [])
    """
    return frozenset(_lemminflect().getAllLemmas(word.lower()))


def is_verb_form(word: str) -> bool:
    """Whether ``word`` is a form of a verb lemminflect knows.

    >>> is_verb_form("texted"), is_verb_form("phone"), is_verb_form("lazy")
    (True, True, False)
    """
    return verb_lemma(word) is not None


@functools.lru_cache(maxsize=8192)
def _inflect(lemma: str, tag: str) -> str:
    forms = _lemminflect().getInflection(lemma, tag=tag)
    if forms:
        return str(forms[0])
    return lemma


def past(lemma: str) -> str:
    """The simple past that goes with "you": ``past("be") == "were"``.

    >>> past("leave"), past("put"), past("text")
    ('left', 'put', 'texted')
    """
    return _PAST.get(lemma) or _inflect(lemma, "VBD")


def past_participle(lemma: str) -> str:
    """The past participle: ``past_participle("forget") == "forgotten"``.

    >>> past_participle("forget"), past_participle("be")
    ('forgotten', 'been')
    """
    if lemma == "be":
        return "been"
    return _inflect(lemma, "VBN")


def gerund(lemma: str) -> str:
    """The -ing form: ``gerund("quit") == "quitting"``.

    >>> gerund("quit"), gerund("be"), gerund("lie")
    ('quitting', 'being', 'lying')
    """
    return _inflect(lemma, "VBG")


def base_form(word: str) -> str:
    """The base form of a verb form, or the word itself when it is not a verb.

    >>> base_form("helps"), base_form("manages"), base_form("dishes")
    ('help', 'manage', 'dish')
    """
    return verb_lemma(word) or word
