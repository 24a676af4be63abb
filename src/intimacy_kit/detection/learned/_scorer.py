"""The learned lexicon's scorer: a sum of weights along a sentence, one sigmoid.

:class:`LexiconScorer` reads a weights table (a generated module such as
:mod:`intimacy_kit.detection.learned._weights`) and implements the
:class:`~intimacy_kit.detection._learned.Scorer` protocol in pure Python:

* **judge**: the sentence's chain of word keys (see :mod:`._features`) is walked once;
  every word adds the weights of its word, lemma and class features, every pair of words
  the weight of its bigram. The sum plus a bias, through one sigmoid, is the
  probability. The same walk adds up, per category, how strongly each feature points to
  it (the category head), and per clause how much weighed in it (the span).
* **upper_bound**: the same sums over the words of a plain message, where a sentence can
  be any stretch of them. The best stretch is found in one pass (the maximum-subarray
  recurrence), so a clean message is dismissed from its words alone.

The table is parsed on first use, not at import, so that importing the package stays
cheap.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from types import ModuleType
from typing import Final

from intimacy_kit._model import Category
from intimacy_kit.detection._learned import Judgment
from intimacy_kit.detection.learned._features import (
    NUMBER_KEY,
    START_KEY,
    UNSAID,
    WORD_TOKENS,
    Chain,
    is_emoji,
    pieces,
    read_chain,
)
from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F
from intimacy_kit.text._words import LONGEST_WORD, read_word

__all__ = ["LexiconScorer"]

# Words the text layer may read otherwise by their neighbours ("your" in "your so lazy"
# is "you 're"): the bound tries both readings.
_CONTEXT_READINGS: Final[dict[str, tuple[str, ...]]] = {
    "your": ("you", "'re"),
    "its": ("it", "'s"),
    "ill": ("i", "'ll"),
    "id": ("i", "'d"),
}
# Words that only a web address brings into a plain message: the text layer reads the
# address as one token the chain skips, so the words around it meet. The bound cannot
# follow that, and gives up.
_LINK_WORDS: Final = frozenset({"http", "https", "www"})
_CLAUSE_BREAKS: Final = F.COMMA | F.CLAUSE_BREAK
# Conjunctions that open a clause of their own. Not "so", "and" or "or", which as often
# join words inside one clause ("you're so lazy", "you and your mother").
_CLAUSE_OPENERS: Final = frozenset(
    {"but", "because", "cause", "cuz", "coz", "though", "although", "whereas"}
)
_SPAN_TOKENS: Final = F.WORD | F.EMOTICON | F.SYMBOL | F.ABBREVIATION
_EVIDENCE: Final = 4

_Cues = tuple[tuple[int, float], ...]
"""Category cues: (category number, strength) pairs."""
_Unit = tuple[float, _Cues]
"""What one word of the chain adds: its weight and its category cues."""
_NOTHING: Final[_Unit] = (0.0, ())


class _Tables:
    """The parsed weights: one dict per feature kind, and caches built on them."""

    def __init__(self, table: str) -> None:
        self.words: dict[str, float] = {}
        self.lemmas: dict[str, float] = {}
        self.pairs: dict[str, float] = {}
        self.faces: dict[str, float] = {}
        self.cues: dict[str, _Cues] = {}
        by_class: dict[str, float] = {}
        class_cues: dict[str, _Cues] = {}
        kinds = {"w": self.words, "l": self.lemmas, "b": self.pairs, "e": self.faces, "c": by_class}
        for line in table.splitlines():
            name, written, *cue_fields = line.split("\t")
            kind, key = name[0], name[2:]
            kinds[kind][key] = float(written)
            if cue_fields:
                category, strength = cue_fields
                cue: _Cues = ((int(category), float(strength)),)
                if kind == "c":
                    class_cues[key] = cue
                else:
                    self.cues[name] = cue
        # Bigrams by their first word: most words start none, and one look-up says so.
        self.after: dict[str, dict[str, float]] = {}
        self.pair_cues: dict[str, dict[str, _Cues]] = {}
        for pair, weight in self.pairs.items():
            head, tail = pair.split(" ")
            self.after.setdefault(head, {})[tail] = weight
            pair_cue = self.cues.get("b:" + pair)
            if pair_cue is not None:
                self.pair_cues.setdefault(head, {})[tail] = pair_cue
        vocabulary = get_vocabulary()
        self.forms = vocabulary.form_masks
        self.lemma_of = vocabulary.lemmas()
        self.class_weights = {vocabulary.bit(name): w for name, w in by_class.items()}
        self.class_cues = {vocabulary.bit(name): cue for name, cue in class_cues.items()}
        self._masks: dict[int, _Unit] = {}
        self._units: dict[str, _Unit] = {}
        self.weights: dict[str, float] = {}
        """The weight of each word seen so far that has one (see :meth:`weight`)."""
        self.compounds = _compound_forms()
        self.compound_ends = frozenset(keys[-1] for keys in self.compounds)

    def mask_unit(self, mask: int) -> _Unit:
        """The weight and cues of the classes in ``mask`` (cached: masks are few)."""
        found = self._masks.get(mask)
        if found is None:
            weight = 0.0
            cues: list[tuple[int, float]] = []
            for bit, value in self.class_weights.items():
                if mask & bit:
                    weight += value
                    cues.extend(self.class_cues.get(bit, ()))
            found = self._masks[mask] = (weight, tuple(cues))
        return found

    def weight(self, key: str) -> float:
        """What the word ``key`` adds wherever it stands: word, lemma and classes.

        A word that is neither in the vocabulary nor in the table adds nothing, and is
        not remembered: the cache holds only the vocabulary's words and the table's, so
        it stays bounded whatever text comes in.
        """
        found = self.weights.get(key)
        if found is None:
            if key not in self.forms and key not in self.words and key not in self.lemma_of:
                return 0.0
            found = self.weights[key] = self.unit(key)[0]
        return found

    def unit(self, key: str) -> _Unit:
        """The weight of ``key`` (see :meth:`weight`) with its category cues."""
        found = self._units.get(key)
        if found is not None:
            return found
        if key not in self.forms and key not in self.words and key not in self.lemma_of:
            return _NOTHING
        weight, cues = self.mask_unit(self.forms.get(key, 0))
        word = self.words.get(key)
        if word is not None:
            weight += word
            cues += self.cues.get("w:" + key, ())
        lemma = self.lemma_of.get(key, key)
        if lemma != key and lemma in self.lemmas:
            weight += self.lemmas[lemma]
            cues += self.cues.get("l:" + lemma, ())
        found = self._units[key] = (weight, cues)
        return found


@functools.cache
def _compound_forms() -> dict[tuple[str, ...], int]:
    """The vocabulary's hyphenated words with classes, by their chain keys."""
    found = {}
    for form, mask in get_vocabulary().forms().items():
        if mask and ("-" in form or "." in form):
            keys = tuple(pieces(form))
            if len(keys) > 1:
                found[keys] = mask
    return found


class LexiconScorer:
    """A :class:`~intimacy_kit.detection._learned.Scorer` over a table of weights.

    ``table`` has one line per feature: its name (see :mod:`._features`), its weight,
    and, when the category head ties it to a category, that category's number in
    ``categories`` and how strongly it points there.
    """

    def __init__(
        self,
        *,
        bias: float,
        table: str,
        categories: Sequence[Category],
        category_bias: Sequence[float],
    ) -> None:
        self.bias = bias
        self.categories = tuple(categories)
        self.category_bias = tuple(category_bias)
        self._table = table
        self._parsed: _Tables | None = None

    @classmethod
    def from_module(cls, module: ModuleType) -> LexiconScorer:
        """The scorer of a generated weights module (``BIAS``, ``TABLE``, ``CATEGORIES``...)."""
        return cls(
            bias=module.BIAS,
            table=module.TABLE,
            categories=tuple(Category(name) for name in module.CATEGORIES),
            category_bias=module.CATEGORY_BIAS,
        )

    def __getstate__(self) -> dict[str, object]:
        # The parsed tables hold views of the vocabulary that cannot be pickled; they are
        # derived from the table string, so a copy in another process parses it again.
        state = self.__dict__.copy()
        state["_parsed"] = None
        return state

    @property
    def tables(self) -> _Tables:
        """The parsed table (parsed on first use)."""
        if self._parsed is None:
            self._parsed = _Tables(self._table)
        return self._parsed

    # -- judge ------------------------------------------------------------------------

    def judge(self, doc: Doc, first: int, last: int) -> Judgment:
        """Judge the sentence made of tokens ``first`` to ``last - 1`` of ``doc``."""
        tables = self.tables
        chain = read_chain(doc, first, last)
        scores = list(self.category_bias)
        # Each piece of evidence: (weight, first token, index past the last token).
        evidence: list[tuple[float, int, int]] = []
        weights = self._walk(chain, tables, scores, evidence)
        for position, mask in chain.compounds:
            weight, cues = tables.mask_unit(mask)
            weights[position] += weight
            _add_cues(scores, cues)
            token = chain.tokens[position]
            evidence.append((weight, token, token + 1))
        for face in dict.fromkeys(face for face, _ in chain.faces):
            weight = tables.faces.get(face, 0.0)
            _add_cues(scores, tables.cues.get("e:" + face, ()))
            token = next(index for name, index in chain.faces if name == face)
            evidence.append((weight, token, token + 1))
        clause_first, clause_last = _heaviest_clause(doc, first, last, chain, weights)
        category = self.categories[max(range(len(scores)), key=scores.__getitem__)]
        return Judgment(
            probability=self.probability(doc, first, last),
            category=category,
            first=clause_first,
            last=clause_last,
            evidence=_words_of(doc, evidence),
        )

    def probability(self, doc: Doc, first: int, last: int) -> float:
        """The probability :meth:`judge` gives, without the explanation, in one pass.

        The same sums as :meth:`judge` makes along the chain (see :mod:`._features`),
        written out as one loop over the tokens because it runs on every sentence read.
        """
        tables = self.tables
        weights, weight_of, after = tables.weights, tables.weight, tables.after
        norms, flags = doc.norms, doc.flags
        logit = self.bias
        previous, previous_said = START_KEY, False
        faces: set[str] | None = None
        for index in range(first, last):
            flag = flags[index]
            norm = norms[index]
            if not flag & WORD_TOKENS or flag & F.LINK:
                if is_emoji(norm, flag):
                    faces = faces or set()
                    faces.add(norm)
                continue
            said = bool(flag & UNSAID)
            if "-" in norm or "." in norm:
                keys = pieces(norm)
                if len(keys) > 1 and not said:
                    logit += tables.mask_unit(tables.forms.get(norm, 0))[0]
            else:
                keys = [NUMBER_KEY if norm.isdigit() else norm]
            for key in keys:
                weight = weights.get(key)
                if weight is None:
                    weight = weight_of(key)
                row = after.get(previous)
                pair = row.get(key, 0.0) if row is not None else 0.0
                if said:
                    weight, pair = min(weight, 0.0), min(pair, 0.0)
                elif previous_said:
                    pair = min(pair, 0.0)
                logit += weight + pair
                previous, previous_said = key, said
        if faces:
            logit += sum(tables.faces.get(face, 0.0) for face in faces)
        return _sigmoid(logit)

    @staticmethod
    def _walk(
        chain: Chain,
        tables: _Tables,
        scores: list[float],
        evidence: list[tuple[float, int, int]],
    ) -> list[float]:
        """The weight each word of the chain adds (its own and its bigram's).

        Someone else's words (quoted, reported) may only lower the score: their weights
        count when negative, and they point to no category.
        """
        after, pair_cues = tables.after, tables.pair_cues
        weights: list[float] = []
        previous, previous_said, previous_token = START_KEY, False, -1
        for key, token, said in zip(chain.keys, chain.tokens, chain.said, strict=True):
            weight, unit_cues = tables.unit(key)
            row = after.get(previous)
            pair = row.get(key, 0.0) if row is not None else 0.0
            if said:
                weight = min(weight, 0.0)
            if said or previous_said:
                pair = min(pair, 0.0)
            if not said:
                _add_cues(scores, unit_cues)
                if weight > 0:
                    evidence.append((weight, token, token + 1))
                if pair > 0:
                    _add_cues(scores, pair_cues.get(previous, {}).get(key, ()))
                    start = token if previous_token < 0 else previous_token
                    evidence.append((pair, start, token + 1))
            weights.append(weight + pair)
            previous, previous_said, previous_token = key, said, token
        return weights

    # -- upper bound ------------------------------------------------------------------

    def upper_bound(self, words: Sequence[str]) -> float:
        """The highest probability any sentence that is a stretch of ``words`` could get.

        ``words`` are the lower-case words of a plain message, in order, contractions
        split. Every way the text layer may read a word is tried, and a stretch may start
        anywhere; quoted words, which the scorer only lets lower a score, are counted in
        full. So the bound is never below what :meth:`judge` says of a sentence of the
        message.

        The maximum-subarray recurrence: the best sum of a stretch that ends at each key
        is its weight plus the larger of starting there and extending the best stretch
        that ends at the key before. A word read two ways leaves two such stretches.
        """
        tables = self.tables
        weights, weight_of, after = tables.weights, tables.weight, tables.after
        starts = after.get(START_KEY, {})
        compound_ends = tables.compound_ends
        best = slack = 0.0
        # The stretches ending at the last key: one (last_key, last_total) most of the
        # time, a list when the last word could be read two ways.
        last_key: str | None = None
        last_total = 0.0
        several: list[tuple[str, float]] | None = None
        recent: list[str] = []
        for word in words:
            plan = _PLANS.get(word)
            if plan is None:
                if word in _LINK_WORDS:
                    return 1.0
                plan = _plan(word)
            for slot in plan:
                if isinstance(slot, str):
                    key = slot
                    total = starts.get(key, 0.0)
                    if several is not None:
                        for previous, before in several:
                            row = after.get(previous)
                            extended = before + (row.get(key, 0.0) if row is not None else 0.0)
                            total = max(total, extended)
                        several = None
                    elif last_key is not None:
                        row = after.get(last_key)
                        extended = last_total + (row.get(key, 0.0) if row is not None else 0.0)
                        total = max(total, extended)
                    weight = weights.get(key)
                    total += weight_of(key) if weight is None else weight
                    best = max(best, total)
                    last_key, last_total = key, total
                    recent.append(key)
                    if key in compound_ends:
                        slack += _compound_slack(recent, tables)
                    continue
                ending = several or ([(last_key, last_total)] if last_key is not None else [])
                several = []
                for keys in slot:
                    current = ending
                    for key in keys:
                        total = starts.get(key, 0.0)
                        for previous, before in current:
                            row = after.get(previous)
                            extended = before + (row.get(key, 0.0) if row is not None else 0.0)
                            total = max(total, extended)
                        total += weights.get(key) or weight_of(key)
                        best = max(best, total)
                        current = [(key, total)]
                    several.extend(current)
                recent.extend(slot[0])
        # A hair above: the sums run in another order than in probability(), and a tight
        # bound must not lose to the last bit of a float.
        return _sigmoid(self.bias + best + slack + 1e-9)


_Plan = tuple[str | tuple[tuple[str, ...], ...], ...]
"""How the text layer may read one word: its chain keys in order, where a key that may be
read two ways ("your" or "you 're") is a tuple of the readings."""
_PLANS: dict[str, _Plan] = {}
_MOST_PLANS: Final = 8192
"""Plans remembered at most. Everyday text repeats a few thousand words; a larger cache
only holds more of a flood's one-off words (each plan is a few hundred bytes)."""


def _plan(word: str) -> _Plan:
    """The reading plan of ``word`` (see :data:`_Plan`), remembered for short words.

    The cache holds words no longer than any vocabulary word, and at most
    ``_MOST_PLANS`` of them, so it stays bounded in bytes whatever text comes in. When it
    is full it starts again empty: the lookup stays one ``dict.get`` on the hot path (no
    recency to keep), and a flood of one-off words cannot keep the words of later text
    out for good, as a cache that stopped taking words once full would.
    """
    slots: list[str | tuple[tuple[str, ...], ...]] = []
    for norm in read_word(word) if len(word) <= LONGEST_WORD else (word,):
        keys = tuple(pieces(norm))
        if norm in _CONTEXT_READINGS:
            slots.append((keys, _CONTEXT_READINGS[norm]))
        else:
            slots.extend(keys)
    plan = tuple(slots)
    if len(word) <= LONGEST_WORD:
        if len(_PLANS) >= _MOST_PLANS:
            _PLANS.clear()
        _PLANS[word] = plan
    return plan


def _compound_slack(recent: list[str], tables: _Tables) -> float:
    """What a hyphenated word ending at the last key may add: its classes' weight, if positive.

    The gate sees "ass-kisser" as two words; the chain adds the classes of the whole.
    """
    slack = 0.0
    for size in (2, 3, 4):
        if size > len(recent):
            break
        mask = tables.compounds.get(tuple(recent[-size:]))
        if mask:
            slack += max(0.0, tables.mask_unit(mask)[0])
    return slack


def _sigmoid(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    exp = math.exp(logit)
    return exp / (1.0 + exp)


def _add_cues(scores: list[float], cues: _Cues) -> None:
    for category, strength in cues:
        scores[category] += strength


def _heaviest_clause(
    doc: Doc, first: int, last: int, chain: Chain, weights: list[float]
) -> tuple[int, int]:
    """The tokens of the clause whose words weigh most, trimmed to its words.

    Clauses end at commas, semicolons, dashes and the like, and start again at a
    conjunction ("…, but you never listen"); the conjunction stays out of the span.
    """
    flags, norms = doc.flags, doc.norms
    bounds: list[tuple[int, int]] = []
    start = first
    for index in range(first, last):
        if flags[index] & _CLAUSE_BREAKS or (index > start and norms[index] in _CLAUSE_OPENERS):
            bounds.append((start, index))
            start = index + 1
    bounds.append((start, last))
    totals = [0.0] * len(bounds)
    clause = 0
    for token, weight in zip(chain.tokens, weights, strict=True):
        while token >= bounds[clause][1]:
            clause += 1
        totals[clause] += weight
    order = sorted(range(len(bounds)), key=lambda n: -totals[n])
    for number in order:
        span = _trimmed(doc, *bounds[number])
        if span is not None:
            return span
    return first, last


def _trimmed(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """The tokens ``first`` to ``last - 1`` without punctuation at either end."""
    flags = doc.flags
    while first < last and not flags[first] & _SPAN_TOKENS:
        first += 1
    while last > first and not flags[last - 1] & _SPAN_TOKENS:
        last -= 1
    return (first, last) if first < last else None


def _words_of(doc: Doc, evidence: list[tuple[float, int, int]]) -> tuple[str, ...]:
    """The words that weighed most for the verdict, as written, without overlaps."""
    chosen: list[tuple[int, int]] = []
    words: list[str] = []
    for weight, first, last in sorted(evidence, key=lambda item: (-item[0], item[1])):
        if weight <= 0 or len(words) == _EVIDENCE:
            break
        start, end = _whole_words(doc.text, *doc.span(first, last))
        if any(start < after and before < end for before, after in chosen):
            continue
        chosen.append((start, end))
        words.append(doc.text[start:end])
    return tuple(words)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words: "don't" rather than the "do" read in it."""
    while start > 0 and _inside_word(text, start - 1):
        start -= 1
    while end < len(text) and _inside_word(text, end):
        end += 1
    return start, end


def _inside_word(text: str, index: int) -> bool:
    """A letter or digit, or an apostrophe between two of them."""
    if text[index].isalnum():
        return True
    return (
        text[index] in "'’"
        and 0 < index < len(text) - 1
        and text[index - 1].isalnum()
        and text[index + 1].isalnum()
    )
