"""The vocabulary: every word class, with its inflections, indexed for the text layer.

Built once, on first use, from the word classes of this package. It numbers the classes
(class *n* is bit *n* of a token's class mask), adds the inflections of every lemma, keeps
phrases ("waste of space", "all the time") in an index by their first word, and answers
the questions the text layer and the rule compiler ask: what classes a word form is in,
what its lemma is, whether a string is an English word at all.

>>> vocabulary = get_vocabulary()
>>> "YOU" in vocabulary.names_of(vocabulary.classes_of("you"))
True
>>> vocabulary.lemma("hated"), vocabulary.lemma("'re")
('hate', 'be')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType, ModuleType
from typing import Final

from intimacy_kit.lexicon import _chat, _people
from intimacy_kit.lexicon._contractions import split_phrase
from intimacy_kit.lexicon._format import Pos, WordClass
from intimacy_kit.lexicon._morphology import adjective_forms, noun_forms, verb_forms

__all__ = [
    "Phrase",
    "PhrasesByPair",
    "Vocabulary",
    "build_vocabulary",
    "get_vocabulary",
    "inflections",
]

# The lemmas of the contracted forms the tokenizer produces, and of the auxiliaries
# whose paradigms are not a verb's five forms.
_FUNCTION_LEMMAS: Final = {
    "'re": "be",
    "'m": "be",
    "'s": "be",
    "is": "be",
    "are": "be",
    "am": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "ai": "be",
    "'ll": "will",
    "wo": "will",
    "'ve": "have",
    "'d": "would",
    "n't": "not",
    "ca": "can",
    "sha": "shall",
}
_PARADIGMS: Final = MappingProxyType(
    {
        "be": ("be", "is", "are", "am", "was", "were", "been", "being", "'re", "'m", "'s", "ai"),
        "have": ("have", "has", "had", "having", "'ve", "'d"),
        "do": ("do", "does", "did", "done", "doing"),
        "will": ("will", "'ll", "wo", "would", "'d"),
        "can": ("can", "ca", "could", "cannot"),
        "not": ("not", "n't"),
    }
)


def inflections(lemma: str, pos: Pos | None = None) -> tuple[str, ...]:
    """The forms of ``lemma`` as ``pos``, or of every part of speech when ``pos`` is None.

    >>> inflections("hate", Pos.VERB)
    ('hate', 'hates', 'hated', 'hating')
    >>> inflections("be")[:4]
    ('be', 'is', 'are', 'am')
    """
    if lemma in _PARADIGMS:
        return _PARADIGMS[lemma]
    if pos is Pos.VERB:
        forms: Iterable[str] = verb_forms(lemma)
    elif pos is Pos.NOUN:
        forms = noun_forms(lemma)
    elif pos is Pos.ADJ:
        forms = adjective_forms(lemma)
    elif pos is Pos.OTHER:
        forms = (lemma,)
    else:
        forms = (*verb_forms(lemma), *noun_forms(lemma), *adjective_forms(lemma))
    return tuple(dict.fromkeys(forms))


def _spellings(entry: str) -> Iterator[str]:
    """An entry's spellings, with a hyphenated word also written open and closed."""
    for spelling in entry.split(" / "):
        yield spelling
        if "-" in spelling and not spelling.startswith("-"):
            yield spelling.replace("-", " ")
            yield spelling.replace("-", "")


class Phrase:
    """A phrase of several tokens in the index by first word."""

    __slots__ = ("rest", "text")

    def __init__(self, text: str, rest: tuple[str, ...] | None = None) -> None:
        self.text = text
        """The phrase, its words separated by single spaces."""
        self.rest: tuple[str, ...] = tuple(text.split(" ")[1:]) if rest is None else rest
        """The words after the first (given when the caller has split the text already)."""


class _Builder:
    """Numbers the classes and indexes every form and phrase of them (see the docstring)."""

    def __init__(self, classes: Iterable[WordClass]) -> None:
        ordered = tuple(classes)
        names = [wc.name for wc in ordered]
        if len(set(names)) != len(names):
            raise ValueError("two word classes share a name")
        self.class_names: tuple[str, ...] = tuple(names)
        self._bit: dict[str, int] = {name: 1 << n for n, name in enumerate(names)}
        self._masks = self._closure(ordered)
        self.forms: dict[str, int] = {}
        self.lemmas: dict[str, str] = dict(_FUNCTION_LEMMAS)
        self.phrases: dict[str, int] = {}
        for word_class in ordered:
            self._add(word_class)

    def _closure(self, classes: tuple[WordClass, ...]) -> dict[str, int]:
        """For each class, its own bit and the bits of every class that includes it."""
        parents: dict[str, set[str]] = {wc.name: set() for wc in classes}
        for word_class in classes:
            for included in word_class.includes:
                if included not in parents:
                    raise ValueError(f"{word_class.name} includes unknown class {included}")
                parents[included].add(word_class.name)

        def ancestors(name: str, seen: frozenset[str]) -> set[str]:
            found = {name}
            for parent in parents[name] - seen:
                found |= ancestors(parent, seen | {name})
            return found

        masks = {}
        for name in parents:
            mask = 0
            for ancestor in ancestors(name, frozenset()):
                mask |= self._bit[ancestor]
            masks[name] = mask
        return masks

    def _add(self, word_class: WordClass) -> None:
        mask = self._masks[word_class.name]
        for entry in word_class.entries:
            lemma = entry.split(" / ")[0]
            for spelling in _spellings(entry):
                pos = word_class.pos if word_class.inflect else Pos.OTHER
                for form in inflections(spelling, pos):
                    self._add_form(form, lemma, mask)

    def _add_form(self, form: str, lemma: str, mask: int) -> None:
        form = split_phrase(form)  # "can't stand" is read as the tokens "ca n't stand"
        if " " in form:
            self.phrases[form] = self.phrases.get(form, 0) | mask
            return
        self.forms[form] = self.forms.get(form, 0) | mask
        self.lemmas.setdefault(form, lemma)


# Adverbs made from participles and -able adjectives are degree words: "annoyingly",
# "unbearably", "terribly". Long enough that "sing", "table" and "bly" are never caught.
_DEGREE_ADVERB_ENDINGS: Final = ("ingly", "ably", "ibly")
_MIN_DEGREE_ADVERB: Final = 7
_MAX_SYMBOLS_READ: Final = 16
"""How many symbols of a run of emoji are looked up (see :meth:`Vocabulary.classes_of`)."""


class PhrasesByPair:
    """Phrases by their first two words, longest first, each pair made ready on first use.

    The text layer asks for the phrases that start at every pair of tokens. Building all
    the lists up front (splitting ten thousand phrases) would cost a fresh process's first
    ``detect`` more than anything else it does, so the index holds each pair's phrases as
    one ``|``-separated row and splits a row the first time its pair is asked for. Only
    pairs of the vocabulary are ever made, so what it keeps is bounded by the vocabulary,
    whatever the text.
    """

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: Mapping[str, str]) -> None:
        self._rows = rows
        """``"first second"`` → the pair's phrases, longest first, separated by ``|``."""
        self._made: dict[tuple[str, str], list[Phrase]] = {}

    def get(self, pair: tuple[str, str]) -> list[Phrase] | None:
        """The phrases that start with the two words of ``pair``, longest first, or None."""
        made = self._made.get(pair)
        if made is None:
            row = self._rows.get(f"{pair[0]} {pair[1]}")
            if row is None:
                return None
            made = self._made[pair] = [Phrase(text) for text in row.split("|")]
        return made

    @staticmethod
    def rows_of(phrases: Iterable[str]) -> dict[str, str]:
        """The rows of an index of ``phrases`` (words separated by single spaces).

        The longest match wins: each pair's phrases come longest first, and a stable sort
        keeps the given order among equal lengths.
        """
        by_pair: dict[str, list[str]] = {}
        for text in phrases:
            first, second, *_ = text.split(" ")
            by_pair.setdefault(f"{first} {second}", []).append(text)
        return {
            pair: "|".join(sorted(found, key=lambda text: -text.count(" ")))
            for pair, found in by_pair.items()
        }


class Vocabulary:
    """The word classes, numbered, with their forms indexed (see the module docstring)."""

    def __init__(
        self,
        class_names: tuple[str, ...],
        forms: dict[str, int],
        phrases: dict[str, int],
        lemmas: dict[str, str],
        pair_rows: Mapping[str, str] | None = None,
    ) -> None:
        self.class_names = class_names
        """The class names; class ``n`` is bit ``n`` of a class mask."""
        self._bit: dict[str, int] = {name: 1 << n for n, name in enumerate(class_names)}
        self._forms = forms
        self._degree_adverb = self._bit.get("FILLER_ADVERB", 0)
        self.form_masks: Mapping[str, int] = forms
        """Every single-token form and its class mask (read only; the index itself)."""
        self._phrase_masks = phrases
        self._lemmas = lemmas
        rows = PhrasesByPair.rows_of(phrases) if pair_rows is None else pair_rows
        self.phrases_by_pair = PhrasesByPair(rows)
        """Phrases by their first two words, longest first (``pair_rows`` when given: the
        rows :meth:`PhrasesByPair.rows_of` makes of ``phrases``, stored ahead of time)."""

    def bit(self, name: str) -> int:
        """The mask of one class (its own bit only); ``KeyError`` for an unknown name."""
        return self._bit[name]

    def classes_of(self, form: str) -> int:
        """The class mask of a single-token form (0 when it is in no class).

        A word no class lists but shaped like a degree adverb ("infuriatingly",
        "insufferably") is read as a filler adverb: it can stand between "you can be so"
        and a label as "really" can.

        >>> v = get_vocabulary()
        >>> v.classes_of("gobsmackingly") == v.bit("FILLER_ADVERB")
        True
        """
        mask = self._forms.get(form)
        if mask is not None:
            return mask
        if len(form) > _MIN_DEGREE_ADVERB and form.endswith(_DEGREE_ADVERB_ENDINGS):
            return self._degree_adverb
        if form and not form[0].isalnum():
            # A run of emoji is one token ("😂❤"): it has the classes of each of them
            # (of the first few: a flood of emoji says no more than its start).
            for symbol in form[:_MAX_SYMBOLS_READ]:
                mask = (mask or 0) | self._forms.get(symbol, 0)
            return mask or 0
        return 0

    def phrase_classes(self, phrase: str) -> int:
        """The class mask of a phrase as listed (words separated by single spaces)."""
        return self._phrase_masks.get(phrase, 0)

    def forms(self) -> MappingProxyType[str, int]:
        """Every single-token form and its class mask."""
        return MappingProxyType(self._forms)

    def phrase_forms(self) -> MappingProxyType[str, int]:
        """Every phrase and its class mask."""
        return MappingProxyType(self._phrase_masks)

    def lemmas(self) -> MappingProxyType[str, str]:
        """The lemma of every form whose lemma the vocabulary knows."""
        return MappingProxyType(self._lemmas)

    def lemma(self, form: str) -> str:
        """The lemma of a form, or the form itself when it is not in the vocabulary."""
        return self._lemmas.get(form, form)

    def names_of(self, mask: int) -> tuple[str, ...]:
        """The names of the classes whose bits are set in ``mask``."""
        return tuple(name for name, bit in self._bit.items() if mask & bit)

    def members(self, name: str) -> frozenset[str]:
        """Every form and phrase in the class ``name`` (included classes too)."""
        bit = self._bit[name]
        words = [form for form, mask in self._forms.items() if mask & bit]
        words += [phrase for phrase, mask in self._phrase_masks.items() if mask & bit]
        return frozenset(words)

    def is_known(self, word: str) -> bool:
        """Whether ``word`` is a word: in a class, a chat spelling, or an English word form."""
        return (
            word in self._forms
            or word in _chat.EXPANSIONS
            or word in _people.SPELLINGS
            or word in _english_words()
        )


@functools.cache
def _english_words() -> frozenset[str]:
    # Large, and needed only for stretched or spaced-out words: loaded on first use.
    from intimacy_kit.lexicon._english_words import WORDS

    return frozenset(WORDS.split())


def data_modules() -> tuple[ModuleType, ...]:
    """The data modules whose ``CLASSES`` make up the vocabulary, in numbering order.

    Imported here, on demand: a process that loads the generated index never needs them.
    """
    from intimacy_kit.lexicon import (
        _contempt_words,
        _feeling_classes,
        _fillers,
        _function,
        _groups,
        _hostility,
        _insults,
        _judgment_words,
        _label_words,
        _requests_words,
        _swearing,
        _threat_words,
        _traits,
    )

    return (
        _people,
        _function,
        _fillers,
        _traits,
        _insults,
        _label_words,
        _groups,
        _swearing,
        _hostility,
        _threat_words,
        _feeling_classes,
        _judgment_words,
        _requests_words,
        _contempt_words,
    )


def all_classes() -> tuple[WordClass, ...]:
    """Every word class of the data modules, in numbering order."""
    classes: list[WordClass] = []
    for module in data_modules():
        classes.extend(module.CLASSES)
    return tuple(classes)


def build_vocabulary() -> Vocabulary:
    """The vocabulary built afresh from the word classes of the data modules."""
    builder = _Builder(all_classes())
    return Vocabulary(builder.class_names, builder.forms, builder.phrases, builder.lemmas)


@functools.cache
def get_vocabulary() -> Vocabulary:
    """The vocabulary of every word class of the package, loaded once.

    It comes from the generated index (:mod:`intimacy_kit.lexicon._index`), which loads in
    milliseconds; without an index (in a checkout where ``make data`` has not run yet) it
    is built from the data modules.
    """
    try:
        from intimacy_kit.lexicon import _index
    except ImportError:
        return build_vocabulary()
    return Vocabulary(
        _index.CLASS_NAMES,
        _by_mask(_index.FORMS, " "),
        _by_mask(_index.PHRASES, "|"),
        {form: lemma for lemma, forms in _rows(_index.LEMMAS) for form in forms.split("|")},
        dict(_rows(_index.PAIRS)),
    )


def _by_mask(table: str, separator: str) -> dict[str, int]:
    """A ``mask<TAB>key key …`` table as a dict from key to mask."""
    found: dict[str, int] = {}
    for mask, keys in _rows(table):
        found.update(dict.fromkeys(keys.split(separator), int(mask, 16)))
    return found


def _rows(table: str) -> Iterator[tuple[str, str]]:
    """The ``value<TAB>keys`` lines of a generated table."""
    for line in table.splitlines():
        value, _, keys = line.partition("\t")
        yield value, keys
