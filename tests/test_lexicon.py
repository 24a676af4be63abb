"""Integrity of the lexicons: the feelings lexicon the rewriter relies on, and the word classes.

The first part checks the feelings, needs, faux feelings, character labels and the maps
of :mod:`intimacy_kit.lexicon._feelings`; the last part checks the word-class format and
the vocabulary built from the classes (inflections, phrases, the generated index).
"""

from __future__ import annotations

import re
import types

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from intimacy_kit._model import Category
from intimacy_kit.lexicon import Pos, WordClass, get_vocabulary, inflections
from intimacy_kit.lexicon import _feelings as lex
from intimacy_kit.lexicon._vocabulary import all_classes, build_vocabulary, data_modules
from intimacy_kit.text import read

ALL_FAUX_FORMS = [form for ff in lex.FAUX_FEELINGS for form in ff.all_forms]
ALL_LABEL_FORMS = [form for lbl in lex.CHARACTER_LABELS for form in lbl.all_forms]


def _unpleasant(word: str) -> bool:
    found = lex.feeling(word)
    return found is not None and not found.pleasant


# --------------------------------------------------------------------------- sizes


def test_lexicons_are_large_enough() -> None:
    """Each lexicon holds at least the number of entries the rewriter is designed around."""
    assert sum(not f.pleasant for f in lex.FEELINGS) >= 90
    assert sum(f.pleasant for f in lex.FEELINGS) >= 40
    assert len(lex.NEEDS) >= 50
    assert len(lex.FAUX_FEELINGS) >= 60
    assert len(lex.CHARACTER_LABELS) >= 120


def test_every_group_is_used() -> None:
    """Every feeling group has at least three words and every need group at least one need."""
    for fgroup in lex.FeelingGroup:
        assert len(lex.feelings_in(fgroup)) >= 3, fgroup
    for ngroup in lex.NeedGroup:
        assert lex.needs_in(ngroup), ngroup


def test_pleasant_agrees_with_group() -> None:
    """A feeling is pleasant exactly when its group is one of the pleasant groups."""
    for f in lex.FEELINGS:
        assert f.pleasant is f.group.pleasant, f.word


# --------------------------------------------------------------------------- cross-references


@pytest.mark.parametrize("entry", lex.FAUX_FEELINGS, ids=lambda ff: ff.word)
def test_faux_feeling_references_resolve(entry: lex.FauxFeeling) -> None:
    """A faux feeling names 2-4 unpleasant real feelings and 1-3 needs that all exist."""
    assert 2 <= len(entry.feelings) <= 4
    assert 1 <= len(entry.needs) <= 3
    assert all(_unpleasant(w) for w in entry.feelings), entry.feelings
    assert all(lex.need(n) is not None for n in entry.needs), entry.needs


@pytest.mark.parametrize("entry", lex.CHARACTER_LABELS, ids=lambda lbl: lbl.word)
def test_label_references_resolve(entry: lex.CharacterLabel) -> None:
    """A character label names 1-3 unpleasant real feelings and 1-3 needs that all exist."""
    assert 1 <= len(entry.feelings) <= 3
    assert 1 <= len(entry.needs) <= 3
    assert all(_unpleasant(w) for w in entry.feelings), entry.feelings
    assert all(lex.need(n) is not None for n in entry.needs), entry.needs


def test_category_maps_cover_every_category() -> None:
    """CATEGORY_NEEDS and CATEGORY_FEELINGS have exactly one entry per detector category."""
    values = {c.value for c in Category}
    assert set(lex.CATEGORY_NEEDS) == values
    assert set(lex.CATEGORY_FEELINGS) == values


def test_category_maps_resolve() -> None:
    """Every category maps to 1-3 existing needs and to existing unpleasant feelings."""
    for category, needs in lex.CATEGORY_NEEDS.items():
        assert 1 <= len(needs) <= 3, category
        assert all(lex.need(n) is not None for n in needs), category
    for category, feelings in lex.CATEGORY_FEELINGS.items():
        assert feelings, category
        assert all(_unpleasant(w) for w in feelings), category


def test_category_maps_accept_enum_members() -> None:
    """Category members work as keys, since Category is a str enum."""
    assert lex.CATEGORY_NEEDS[Category.LABEL] == lex.CATEGORY_NEEDS["label"]
    assert lex.CATEGORY_FEELINGS[Category.THREAT] == lex.CATEGORY_FEELINGS["threat"]


# --------------------------------------------------------------------------- separation


def test_no_word_is_both_a_feeling_and_a_faux_feeling() -> None:
    """No real feeling word is also a form of a faux feeling."""
    assert lex.FEELING_WORDS.isdisjoint(lex.FAUX_FEELING_FORMS)


def test_feelings_are_not_labels() -> None:
    """No feeling word is a label form, so a rewrite never names a label as a feeling."""
    assert lex.FEELING_WORDS.isdisjoint(lex.LABEL_FORMS)


def test_faux_feelings_and_labels_are_separate() -> None:
    """No form belongs to both the faux-feeling and the label lexicons."""
    assert lex.FAUX_FEELING_FORMS.isdisjoint(lex.LABEL_FORMS)


@pytest.mark.parametrize("word", ["lonely", "sad", "hurt", "scared", "disappointed", "upset"])
def test_real_feelings_are_not_faux(word: str) -> None:
    """Words for states inside the speaker are real feelings, never faux feelings."""
    assert lex.feeling(word) is not None
    assert lex.faux_feeling(word) is None


@pytest.mark.parametrize(
    "word",
    [
        "abandoned", "ignored", "manipulated", "betrayed", "used", "rejected",
        "unappreciated", "disrespected", "attacked", "criticized", "neglected", "cheated",
        "trapped", "smothered", "invalidated", "misunderstood", "unheard", "unloved",
        "unwanted", "taken for granted", "put down", "pressured", "patronized", "let down",
        "left out", "blamed", "judged", "bullied", "provoked", "invisible", "humiliated",
    ],
)  # fmt: skip
def test_common_faux_feelings_are_listed(word: str) -> None:
    """The evaluations people most often dress as feelings are all in the lexicon."""
    assert lex.faux_feeling(word) is not None
    assert lex.feeling(word) is None


@pytest.mark.parametrize(
    "word",
    [
        "lazy", "selfish", "inconsiderate", "irresponsible", "immature", "childish", "useless",
        "pathetic", "stupid", "idiot", "jerk", "liar", "control freak", "slob", "nag",
        "drama queen", "crazy", "hysterical", "cold", "heartless", "clingy", "needy",
        "boring", "ungrateful", "spoiled", "rude", "arrogant", "stubborn", "negative",
        "dramatic", "insensitive", "unreliable", "hopeless", "mess", "disgusting", "loser",
        "coward", "mean", "manipulative", "narcissist", "toxic",
    ],
)  # fmt: skip
def test_common_labels_are_listed(word: str) -> None:
    """The character labels partners most often throw are all in the lexicon."""
    assert lex.character_label(word) is not None


@pytest.mark.parametrize("word", ["tired", "busy", "quiet", "sick", "late", "sad", "angry"])
def test_everyday_descriptions_are_not_labels(word: str) -> None:
    """Words often used about a person without judgment are not character labels."""
    assert lex.character_label(word) is None


def test_insults_are_the_contemptuous_labels() -> None:
    """Name-calling is marked as insult; everyday character labels are not."""
    assert lex.INSULT_FORMS <= lex.LABEL_FORMS
    for word in ("idiot", "moron", "pathetic", "disgusting", "loser", "moronic"):
        assert word in lex.INSULT_FORMS, word
    for word in ("lazy", "selfish", "messy", "stubborn", "inconsiderate"):
        assert word not in lex.INSULT_FORMS, word


# --------------------------------------------------------------------------- spelling


def _all_strings() -> list[str]:
    strings: list[str] = []
    strings += [f.word for f in lex.FEELINGS]
    strings += [n.name for n in lex.NEEDS]
    for ff in lex.FAUX_FEELINGS:
        strings += [*ff.all_forms, *ff.feelings, *ff.needs]
    for lbl in lex.CHARACTER_LABELS:
        strings += [*lbl.all_forms, *lbl.feelings, *lbl.needs]
    for needs in lex.CATEGORY_NEEDS.values():
        strings += needs
    for feelings in lex.CATEGORY_FEELINGS.values():
        strings += feelings
    return strings


def test_all_words_are_lower_case_and_trimmed() -> None:
    """Every word, form and cross-reference is lower case with single spaces and no edges."""
    for s in _all_strings():
        assert s == " ".join(s.lower().split()), repr(s)


def test_no_duplicates_within_a_lexicon() -> None:
    """No word, name or form appears twice within the same lexicon."""
    for words in (
        [f.word for f in lex.FEELINGS],
        [n.name for n in lex.NEEDS],
        ALL_FAUX_FORMS,
        ALL_LABEL_FORMS,
    ):
        assert len(words) == len(set(words))


def test_forms_frozensets_hold_every_form() -> None:
    """The exported frozensets hold exactly the forms listed in the entries."""
    insults = [form for lbl in lex.CHARACTER_LABELS if lbl.insult for form in lbl.all_forms]
    assert frozenset(ALL_FAUX_FORMS) == lex.FAUX_FEELING_FORMS
    assert frozenset(ALL_LABEL_FORMS) == lex.LABEL_FORMS
    assert frozenset(f.word for f in lex.FEELINGS) == lex.FEELING_WORDS
    assert frozenset(insults) == lex.INSULT_FORMS


# --------------------------------------------------------------------------- need clauses

_JUDGMENT_WORDS = re.compile(
    r"\b(?:always|never|should|must|ought|fault|don't|doesn't|won't|can't|stop)\b"
)


@pytest.mark.parametrize("entry", lex.NEEDS, ids=lambda n: n.name)
def test_need_clause_fits_the_template(entry: lex.Need) -> None:
    """A clause rendered into "because I need {clause}" is a clean, plain phrase."""
    sentence = lex.NEED_CLAUSE_TEMPLATE.format(clause=entry.clause)
    assert sentence == entry.because
    assert sentence.startswith("because I need ")
    assert not any(mark in sentence for mark in ("{", "}", "___", "  "))
    assert sentence[-1].isalpha()
    first = entry.clause.split()[0]
    assert first not in {"need", "needs", "because", "i", "I", "to-"}
    assert not entry.clause.startswith(("to to ", "a a ", "some some "))
    assert 1 <= len(entry.clause.split()) <= 10


@pytest.mark.parametrize("entry", lex.NEEDS, ids=lambda n: n.name)
def test_need_clause_carries_no_judgment(entry: lex.Need) -> None:
    """A clause holds no absolute, demand, blame, label or faux feeling."""
    clause = entry.clause
    assert not _JUDGMENT_WORDS.search(clause), clause
    padded = f" {clause} "
    for form in lex.LABEL_FORMS | lex.FAUX_FEELING_FORMS:
        assert f" {form} " not in padded, (clause, form)


# --------------------------------------------------------------------------- lookups


def test_lookups_are_case_insensitive() -> None:
    """Upper, title and mixed case find the same entry as lower case."""
    assert lex.feeling("LONELY") is lex.feeling("lonely") is not None
    assert lex.need("Being Heard") is lex.need("being heard") is not None
    assert lex.faux_feeling("Taken For Granted") is lex.faux_feeling("taken for granted")
    assert lex.character_label("IDIOT") is lex.character_label("idiot") is not None


def test_lookups_tolerate_spacing_and_curly_apostrophes() -> None:
    """Extra spaces and typographic apostrophes do not defeat a lookup."""
    assert lex.faux_feeling("  left   out ") is lex.faux_feeling("left out") is not None
    assert lex.character_label("mama’s boy") is lex.character_label("mama's boy") is not None


def test_every_form_finds_its_entry() -> None:
    """Each listed form of a faux feeling or label looks up the entry that lists it."""
    for ff in lex.FAUX_FEELINGS:
        for form in ff.all_forms:
            assert lex.faux_feeling(form) is ff, form
    for lbl in lex.CHARACTER_LABELS:
        for form in lbl.all_forms:
            assert lex.character_label(form) is lbl, form


def test_unknown_words_give_none() -> None:
    """Words not in a lexicon look up as None rather than raising."""
    assert lex.feeling("pizza") is None
    assert lex.need("") is None
    assert lex.faux_feeling("lonely") is None
    assert lex.character_label("idiots") is None


@given(
    form=st.sampled_from(ALL_FAUX_FORMS + ALL_LABEL_FORMS),
    flips=st.lists(st.booleans(), min_size=40, max_size=40),
)
def test_any_casing_of_a_form_finds_it(form: str, flips: list[bool]) -> None:
    """Randomly re-cased forms find the same entry as the lower-case form."""
    recased = "".join(c.upper() if flip else c for c, flip in zip(form, flips, strict=False))
    if form in lex.FAUX_FEELING_FORMS:
        assert lex.faux_feeling(recased) is lex.faux_feeling(form)
    else:
        assert lex.character_label(recased) is lex.character_label(form)


# --------------------------------------------------------------------------- immutability


def test_public_data_is_immutable() -> None:
    """The lexicons are tuples of frozen values and the public mappings are read-only."""
    for data in (lex.FEELINGS, lex.NEEDS, lex.FAUX_FEELINGS, lex.CHARACTER_LABELS):
        assert isinstance(data, tuple)
    for mapping in (lex.CATEGORY_NEEDS, lex.CATEGORY_FEELINGS):
        assert isinstance(mapping, types.MappingProxyType)
        with pytest.raises(TypeError):
            mapping["label"] = ()  # type: ignore[index]
    for forms in (lex.FEELING_WORDS, lex.FAUX_FEELING_FORMS, lex.LABEL_FORMS, lex.INSULT_FORMS):
        assert isinstance(forms, frozenset)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lex.FEELINGS[0].word = "x"  # type: ignore[misc]


def test_bad_entries_are_refused_when_built() -> None:
    """Validators refuse upper case, bad intensities and wrong counts of references."""
    with pytest.raises(ValueError, match="lower-case"):
        lex.Feeling("Sad", lex.FeelingGroup.SAD, 2)
    with pytest.raises(ValueError, match="1, 2 or 3"):
        lex.Feeling("sad", lex.FeelingGroup.SAD, 4)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="2-4 items"):
        lex.FauxFeeling("snubbed", (), ("hurt",), ("respect",), "snubbing me")
    with pytest.raises(ValueError, match="placeholder"):
        lex.Need("x", lex.NeedGroup.PEACE, "some {clause}")


# --------------------------------------------------------------------------- word classes

WORD_CLASSES = all_classes()


def test_every_word_class_has_a_description() -> None:
    """A class says what belongs in it and what does not: its description is not empty."""
    undescribed = [wc.name for wc in WORD_CLASSES if not wc.description.strip()]
    assert undescribed == []


def test_no_two_word_classes_share_a_name() -> None:
    """A rule names a class by its name, so every name is used once."""
    names = [wc.name for wc in WORD_CLASSES]
    assert sorted(name for name in set(names) if names.count(name) > 1) == []


def test_every_included_class_exists() -> None:
    """A class that includes another names one that is defined."""
    names = {wc.name for wc in WORD_CLASSES}
    for wc in WORD_CLASSES:
        assert set(wc.includes) <= names, wc.name


def test_every_data_module_lists_all_its_classes() -> None:
    """A class written in a data module but left out of its ``CLASSES`` would be silently lost."""
    for module in data_modules():
        defined = {id(value) for value in vars(module).values() if isinstance(value, WordClass)}
        assert defined <= {id(wc) for wc in module.CLASSES}, module.__name__


def test_entries_are_written_as_a_glossary() -> None:
    """Entries split on commas and lines, comments drop, ``/`` joins spellings of one entry."""
    word_class = WordClass(
        name="MINE_GRUMPY",
        pos=Pos.ADJ,
        description="Words for a bad mood.",
        entries="""
            grumpy, cranky   # a comment
            grouchy / grouchie
        """,
    )
    assert word_class.entries == ("grumpy", "cranky", "grouchy / grouchie")
    assert word_class.lemmas() == ("grumpy", "cranky", "grouchy", "grouchie")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "grumpy"}, "UPPER_SNAKE_CASE"),
        ({"entries": "Grumpy"}, "lower-case"),
        ({"entries": "grumpy, grumpy"}, "listed twice"),
        ({"entries": "grumpy / cranky, cranky"}, "listed twice"),
    ],
    ids=["lower-case-name", "upper-case-entry", "duplicate", "duplicate-spelling"],
)
def test_a_badly_written_class_is_refused(fields: dict[str, str], message: str) -> None:
    """A name not in upper case, an entry in capitals or a word listed twice is refused."""
    values = {"name": "MINE", "pos": Pos.ADJ, "description": "d", "entries": "grumpy", **fields}
    with pytest.raises(ValueError, match=message):
        WordClass(**values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- vocabulary


def test_the_generated_index_is_current() -> None:
    """The shipped index holds exactly what the word classes build.

    When this fails a data module was edited without regenerating the index: run
    ``make data`` (or ``python scripts/build_vocabulary.py``) and commit the result.
    """
    built, shipped = build_vocabulary(), get_vocabulary()
    hint = "the vocabulary index is out of date: run `make data`"
    assert shipped.class_names == built.class_names, hint
    assert dict(shipped.forms()) == dict(built.forms()), hint
    assert dict(shipped.phrase_forms()) == dict(built.phrase_forms()), hint
    # The index leaves out forms that are their own lemma; ``lemma`` gives those back.
    assert {form: shipped.lemma(form) for form in built.lemmas()} == dict(built.lemmas()), hint
    # The phrases by their first two words, longest first, as the text layer reads them.
    pairs = {tuple(text.split(" ")[:2]) for text in built.phrase_forms()}
    for pair in pairs:
        listed = shipped.phrases_by_pair.get(pair)
        assert listed is not None, hint
        made = built.phrases_by_pair.get(pair)
        assert made is not None
        assert [phrase.text for phrase in listed] == [phrase.text for phrase in made], hint


def test_phrases_come_longest_first_and_unknown_pairs_stay_unknown() -> None:
    """The longest phrase a pair starts is tried first; a pair no phrase starts is None.

    Asking for pairs that start no phrase (any text can ask) keeps nothing.
    """
    vocabulary = get_vocabulary()
    for pair, _ in zip(vocabulary.phrases_by_pair._rows, range(500), strict=False):
        first, second = pair.split(" ")
        listed = vocabulary.phrases_by_pair.get((first, second))
        assert listed is not None
        lengths = [len(phrase.rest) for phrase in listed]
        assert lengths == sorted(lengths, reverse=True)
        assert all(phrase.text.startswith(pair) for phrase in listed)
    made = len(vocabulary.phrases_by_pair._made)
    for number in range(1000):
        assert vocabulary.phrases_by_pair.get((f"zq{number}", "you")) is None
    assert len(vocabulary.phrases_by_pair._made) == made


@pytest.mark.parametrize(
    ("form", "lemma", "word_class"),
    [
        ("idiots", "idiot", "INSULT"),
        ("morons", "moron", "INSULT"),
        ("hated", "hate", "HATE_VERB"),
        ("hating", "hate", "HATE_VERB"),
        ("lazier", "lazy", "TRAIT_LAZY"),
        ("laziest", "lazy", "TRAIT_LAZY"),
    ],
)
def test_inflections_are_added_from_the_lemmas(form: str, lemma: str, word_class: str) -> None:
    """Plurals, verb forms and comparatives are in the class of their lemma, unwritten."""
    vocabulary = get_vocabulary()
    assert word_class in vocabulary.names_of(vocabulary.classes_of(form))
    assert vocabulary.lemma(form) == lemma


def test_inflections_of_a_lemma() -> None:
    """Each part of speech inflects its own way; *be* has its own paradigm."""
    assert inflections("idiot", Pos.NOUN) == ("idiot", "idiots")
    assert inflections("lazy", Pos.ADJ) == ("lazy", "lazier", "laziest")
    assert inflections("hate", Pos.VERB) == ("hate", "hates", "hated", "hating")
    assert {"is", "are", "was", "'re"} <= set(inflections("be"))


def test_phrases_of_several_words_are_found_in_a_message() -> None:
    """An entry of several words is a phrase: listed as one and found as a run of tokens."""
    vocabulary = get_vocabulary()
    assert "INSULT" in vocabulary.names_of(vocabulary.phrase_classes("waste of space"))
    doc = read("honestly you're such a waste of space")
    assert (5, 8, "waste of space") in doc.phrases


def test_a_word_outside_every_class_has_no_class_and_is_its_own_lemma() -> None:
    """An unknown word is in no class; its lemma is the word itself."""
    vocabulary = get_vocabulary()
    assert vocabulary.classes_of("zzyzx") == 0
    assert vocabulary.lemma("zzyzx") == "zzyzx"


def test_a_word_class_may_list_an_emoji_and_a_run_of_emoji_has_their_classes() -> None:
    """An emoji is laughter wherever it stands, also inside a run typed without spaces."""
    vocabulary = get_vocabulary()
    laughter, love = vocabulary.bit("FOND_SIGN"), vocabulary.bit("LOVE_SIGN")
    assert vocabulary.classes_of("😂") & laughter
    (run,) = (norm for norm in read("you muppet 😂❤️").norms if not norm.isalpha())
    assert vocabulary.classes_of(run) & laughter
    assert vocabulary.classes_of(run) & love
    assert vocabulary.classes_of("🙄") == 0
    assert vocabulary.classes_of("🙄" * 100 + "😂") == 0  # only the start of a flood is read
    WordClass(name="MINE", pos=Pos.OTHER, description="d", entries="🎉, 🎂", inflect=False)
    with pytest.raises(ValueError, match="emoji or symbol"):
        WordClass(name="MINE", pos=Pos.OTHER, description="d", entries="🎉 party", inflect=False)
