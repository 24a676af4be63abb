"""Integrity of the barrier taxonomy and the exercise catalogue data.

These tests read as the rules the data must keep: ids are unique slugs, every
cross-reference resolves in both directions, every seed text is cited, and no text in
the catalogue copies a run of nine or more words from a seed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from intimacy_kit._model import Category
from intimacy_kit.catalogue._lookup import BARRIERS, EXERCISES, get_barrier
from intimacy_kit.catalogue._model import Barrier, BarrierKind, Difficulty, Exercise, Who
from intimacy_kit.catalogue._sources import SEEDS

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
NGRAM = 9

BARRIER_IDS = {b.id for b in BARRIERS}
EXERCISE_IDS = {e.id for e in EXERCISES}
ALL_VALUES: tuple[Barrier | Exercise, ...] = (*BARRIERS, *EXERCISES)


def _normalise_words(text: str) -> list[str]:
    """Lower-case words with curly quotes folded and apostrophes dropped ("don't" -> "dont")."""
    text = text.lower()
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", " "), ("–", " ")):
        text = text.replace(curly, straight)
    text = text.replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def _ngrams(words: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _text_fields(value: Barrier | Exercise) -> Iterator[tuple[str, str]]:
    """Every prose string of a barrier or exercise, with the field it came from.

    Sources are citations (a seed's own title is quoted on purpose), so they are skipped.
    """
    for field in attrs.fields(type(value)):
        if field.name == "sources":
            continue
        item = getattr(value, field.name)
        if isinstance(item, str):
            yield field.name, item
        elif isinstance(item, tuple):
            for member in item:
                if isinstance(member, str):
                    yield field.name, member


# ----------------------------------------------------------------------------- size


def test_taxonomy_has_at_least_twenty_barriers() -> None:
    """The taxonomy lists at least 20 barriers."""
    assert len(BARRIERS) >= 20


def test_catalogue_has_at_least_twenty_five_exercises() -> None:
    """The catalogue lists at least 25 exercises."""
    assert len(EXERCISES) >= 25


def test_constants_are_tuples_of_values() -> None:
    """BARRIERS and EXERCISES are tuples of Barrier and Exercise values."""
    assert isinstance(BARRIERS, tuple)
    assert isinstance(EXERCISES, tuple)
    assert all(isinstance(b, Barrier) for b in BARRIERS)
    assert all(isinstance(e, Exercise) for e in EXERCISES)


# ----------------------------------------------------------------------------- ids


def test_barrier_ids_are_unique_slugs() -> None:
    """Every barrier id is a lower-case slug and no id repeats."""
    ids = [b.id for b in BARRIERS]
    assert len(ids) == len(set(ids))
    assert all(SLUG.fullmatch(i) for i in ids)


def test_exercise_ids_are_unique_slugs() -> None:
    """Every exercise id is a lower-case slug and no id repeats."""
    ids = [e.id for e in EXERCISES]
    assert len(ids) == len(set(ids))
    assert all(SLUG.fullmatch(i) for i in ids)


def test_barrier_and_exercise_ids_do_not_overlap() -> None:
    """No id names both a barrier and an exercise, so docs anchors and look-ups stay clear."""
    assert not BARRIER_IDS & EXERCISE_IDS


def test_names_and_titles_are_unique() -> None:
    """No two barriers share a name and no two exercises share a title."""
    names = [b.name.lower() for b in BARRIERS]
    titles = [e.title.lower() for e in EXERCISES]
    assert len(names) == len(set(names))
    assert len(titles) == len(set(titles))


def test_names_and_aliases_point_to_one_barrier_each() -> None:
    """After folding case and punctuation, each name or alias belongs to a single barrier."""
    owner: dict[str, str] = {}
    for barrier in BARRIERS:
        for key in {"-".join(_normalise_words(k)) for k in (barrier.name, *barrier.aliases)}:
            assert owner.setdefault(key, barrier.id) == barrier.id, key
            assert key not in BARRIER_IDS or key == barrier.id, key


def test_every_name_and_alias_resolves_to_its_barrier() -> None:
    """get_barrier finds each barrier by its name and by every alias."""
    for barrier in BARRIERS:
        for key in (barrier.id, barrier.name, *barrier.aliases):
            assert get_barrier(key) is barrier, key


# ----------------------------------------------------------------------------- cross-references


def test_barrier_exercises_resolve() -> None:
    """Every exercise id a barrier lists exists in the catalogue."""
    for barrier in BARRIERS:
        assert set(barrier.exercises) <= EXERCISE_IDS, barrier.id


def test_exercise_barriers_resolve() -> None:
    """Every barrier id an exercise lists exists in the taxonomy."""
    for exercise in EXERCISES:
        assert set(exercise.barriers) <= BARRIER_IDS, exercise.id


def test_barrier_and_exercise_links_agree_both_ways() -> None:
    """A barrier lists an exercise exactly when that exercise lists the barrier."""
    for barrier in BARRIERS:
        listing = {e.id for e in EXERCISES if barrier.id in e.barriers}
        assert set(barrier.exercises) == listing, barrier.id


def test_related_barriers_resolve_and_are_symmetric() -> None:
    """Related barriers exist, are not the barrier itself, and list each other back."""
    by_id = {b.id: b for b in BARRIERS}
    for barrier in BARRIERS:
        for other in barrier.related:
            assert other in by_id, (barrier.id, other)
            assert other != barrier.id
            assert barrier.id in by_id[other].related, (barrier.id, other)


def test_every_barrier_has_an_exercise() -> None:
    """No barrier is left without at least one exercise."""
    assert all(b.exercises for b in BARRIERS)


def test_every_exercise_addresses_a_barrier() -> None:
    """No exercise is left without at least one barrier."""
    assert all(e.barriers for e in EXERCISES)


# ----------------------------------------------------------------------------- coverage


def test_every_kind_who_and_difficulty_is_used() -> None:
    """Each barrier kind, each Who and each difficulty level occurs in the data."""
    assert {b.kind for b in BARRIERS} == set(BarrierKind)
    assert {e.who for e in EXERCISES} == set(Who)
    assert {e.difficulty for e in EXERCISES} == set(Difficulty)


@pytest.mark.parametrize(
    ("barrier_id", "expected"),
    [
        ("criticism", {Category.LABEL, Category.ABSOLUTE, Category.BLAME}),
        ("contempt", {Category.CONTEMPT}),
        ("defensiveness", {Category.DEFENSIVENESS}),
        ("stonewalling", {Category.STONEWALLING}),
        ("feeling-misunderstood", {Category.INVALIDATION}),
        ("injecting-own-story", {Category.UNSOLICITED_ADVICE}),
        ("controlling-behaviour", {Category.DEMAND, Category.THREAT}),
    ],
)
def test_detector_categories_signal_the_expected_barriers(
    barrier_id: str, expected: set[Category]
) -> None:
    """The four horsemen and the partner dynamics carry the detector categories that signal them."""
    assert expected <= set(get_barrier(barrier_id).categories)


def test_the_named_barriers_are_all_present() -> None:
    """Every barrier named in the issue is in the taxonomy (by id, name or alias)."""
    named = [
        "stoicism",
        "perpetual motion",
        "excessive caregiving",
        "numbing",
        "emotional smokescreens",
        "fear of vulnerability",
        "communication breakdown",
        "past trauma",
        "emotional baggage",
        "lack of quality time",
        "unresolved conflict",
        "emotional neglect",
        "unrealistic expectations",
        "stress and external pressures",
        "past experiences",
        "cultural and gender norms",
        "upbringing",
        "personality traits",
        "feeling misunderstood and invalidated",
        "feeling alone in the effort",
        "lack of empathy",
        "smothering",
        "injecting your own story and opinions",
        "criticism",
        "contempt",
        "defensiveness",
        "stonewalling",
    ]
    for name in named:
        get_barrier(name)  # raises KeyError if missing


def test_language_cues_are_short_lower_case_and_not_shared() -> None:
    """Cues are 3-8 short lower-case phrases per barrier, and no cue belongs to two barriers."""
    counts = Counter(cue for b in BARRIERS for cue in b.language_cues)
    assert [cue for cue, n in counts.items() if n > 1] == []
    for barrier in BARRIERS:
        assert 3 <= len(barrier.language_cues) <= 8
        for cue in barrier.language_cues:
            assert cue == cue.lower()
            assert len(cue.split()) <= 10, cue


def test_exercises_have_three_steps_and_a_caution() -> None:
    """Every exercise has at least three steps, a positive duration and at least one caution."""
    for exercise in EXERCISES:
        assert len(exercise.steps) >= 3, exercise.id
        assert exercise.minutes > 0
        assert exercise.cautions, exercise.id


def test_every_exercise_mentions_when_outside_help_is_wiser() -> None:
    """Each exercise's cautions point to professional or outside help somewhere."""
    words = ("therap", "counsel", "professional", "doctor", "service", "help", "outside support")
    for exercise in EXERCISES:
        text = " ".join(exercise.cautions).lower()
        assert any(w in text for w in words), exercise.id


def test_every_seed_is_cited() -> None:
    """Each of the five seed texts is cited by at least one barrier or exercise."""
    cited = {s.file for item in ALL_VALUES for s in item.sources}
    assert {s.file for s in SEEDS} <= cited
    assert len(SEEDS) == 5


def test_seed_sources_name_files_that_exist() -> None:
    """Every seed file the catalogue cites exists, and every file in the seed folder is cited."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed texts not found at {SEEDS_DIR}")
    on_disk = {p.name for p in SEEDS_DIR.glob("*.txt")}
    cited = {s.file for item in ALL_VALUES for s in item.sources if s.file}
    assert cited == on_disk


def test_non_seed_sources_say_they_are_not_seeds() -> None:
    """A source without a seed file explains itself in its note."""
    for item in ALL_VALUES:
        for source in item.sources:
            if source.file is None:
                assert source.note, source.title


# ----------------------------------------------------------------------------- originality


def test_no_run_of_nine_words_is_copied_from_a_seed() -> None:
    """No text field of any barrier or exercise shares a run of 9+ consecutive words with a seed."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed texts not found at {SEEDS_DIR}")
    seed_grams: dict[tuple[str, ...], str] = {}
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        words = _normalise_words(path.read_text(encoding="utf-8"))
        for gram in _ngrams(words):
            seed_grams.setdefault(gram, path.name)
    assert seed_grams, "no seed text was read"
    copied = [
        f"{item.id}.{field}: {' '.join(gram)!r} ({seed_grams[gram]})"
        for item in ALL_VALUES
        for field, text in _text_fields(item)
        for gram in sorted(_ngrams(_normalise_words(text)) & seed_grams.keys())
    ]
    assert copied == []


def test_ngram_check_catches_a_copy() -> None:
    """The 9-gram comparison itself flags a copied run despite case, quotes and punctuation."""
    seed = "It’s normal to think that once you’ve been with someone a while you know them."
    copy = "ITS NORMAL to think, that once you've been with someone... a while"
    assert _ngrams(_normalise_words(seed)) & _ngrams(_normalise_words(copy))


# ----------------------------------------------------------------------------- serialisation


def test_to_dict_is_json_ready_and_complete() -> None:
    """to_dict of every barrier and exercise survives JSON and keeps every field."""
    for item in ALL_VALUES:
        data = item.to_dict()
        assert json.loads(json.dumps(data)) == data
        assert set(data) == {f.name for f in attrs.fields(type(item))}


def test_to_dict_uses_strings_and_lists() -> None:
    """Enums become their string values and tuples become lists in to_dict."""
    barrier = get_barrier("criticism").to_dict()
    assert barrier["kind"] == "communication_pattern"
    assert isinstance(barrier["categories"], list)
    assert all(isinstance(c, str) for c in barrier["categories"])
    exercise = EXERCISES[0].to_dict()
    assert exercise["who"] in {w.value for w in Who}
    assert exercise["difficulty"] in {d.label for d in Difficulty}
    assert isinstance(exercise["steps"], list)
