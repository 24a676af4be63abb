"""Where the labelled data lives, and how to read it, split by what it may be used for.

Every source is a list of :class:`Case` values and has a *use*:

* ``dev``: development data. Read it, debug on it, tune on it.
* ``validation``: written for the purpose by someone who never saw the code, the rules or
  the development data. Measured, never read: tools print its aggregate figures only,
  and refuse to list its messages (see ``../shared/EVALUATION.md``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs

ROOT = Path(__file__).resolve().parents[1]
TEAM_DATA = ROOT / "evaluation" / "data"
VALIDATION_DATA = TEAM_DATA / "validation"
SHARED = ROOT.parent / "shared" / "data"

_ADDRESSES_READER: Final = re.compile(r"\b(you|your|u|ur|youre|yourself|ya)\b")


@attrs.frozen
class Case:
    """One labelled message."""

    text: str
    judgmental: bool
    category: str | None = None
    """The main category of a judgmental message, where the source says."""
    also: tuple[str, ...] = ()
    """Other categories the labeller accepted."""


@attrs.frozen
class Source:
    """A named set of labelled messages and what it may be used for."""

    name: str
    use: str
    """``"dev"`` or ``"validation"``."""
    description: str
    load: Callable[[], list[Case]]


def persona_conflicts_path() -> Path:
    """The PersonaConflicts dev half: ``$INTIMACY_KIT_PERSONA`` or ``../shared/data/...``."""
    override = os.environ.get("INTIMACY_KIT_PERSONA")
    if override:
        return Path(override)
    return SHARED / "persona-conflicts" / "dev.jsonl"


def paradetox_path() -> Path:
    """The ParaDetox dev half: ``$INTIMACY_KIT_PARADETOX`` or ``../shared/data/...``."""
    override = os.environ.get("INTIMACY_KIT_PARADETOX")
    if override:
        return Path(override)
    return SHARED / "paradetox" / "dev.tsv"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield one dict per non-empty line of a JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def persona_clear_cases(path: Path | None = None) -> list[tuple[str, bool]]:
    """The clear-case binary view: (text, judgmental) pairs.

    Judgmental when the raters' mean ``problematic`` score is at least 3.0; clean when it
    is at most 1.5 and no rater gave a violent-communication label; the rest is ambiguous
    and left out (the dataset README's definition).
    """
    cases = []
    for row in read_jsonl(path or persona_conflicts_path()):
        if row["problematic"] >= 3.0:
            cases.append((row["text"], True))
        elif row["problematic"] <= 1.5 and not row["vc"]:
            cases.append((row["text"], False))
    return cases


def persona_dialogues(path: Path | None = None) -> list[dict[str, Any]]:
    """Every turn of the PersonaConflicts dev half, with its dialogue id."""
    return list(read_jsonl(path or persona_conflicts_path()))


def paradetox_you_sentences(path: Path | None = None) -> list[str]:
    """The toxic ParaDetox dev sentences that contain "you" (or a chat spelling of it)."""
    sentences = []
    with (path or paradetox_path()).open(encoding="utf-8") as handle:
        next(handle, None)  # header
        for line in handle:
            toxic = line.rstrip("\n").split("\t")[0]
            if toxic and _ADDRESSES_READER.search(toxic):
                sentences.append(toxic)
    return sentences


def paradetox_addressed() -> list[Case]:
    """ParaDetox "you"-sentences labelled as insulting, swearing at or threatening the reader.

    The labels (``evaluation/data/paradetox_you.jsonl``) were made by a helper reading
    each sentence; only the sentences labelled ``addressed`` are returned, all judgmental.
    """
    labels = TEAM_DATA / "paradetox_you.jsonl"
    return [Case(row["text"], True, row["kind"]) for row in read_jsonl(labels) if row["addressed"]]


def team_cases(split: str) -> list[dict[str, Any]]:
    """The team's own labelled messages of one file (``team_<split>.jsonl``)."""
    return list(read_jsonl(TEAM_DATA / f"team_{split}.jsonl"))


def _team(split: str) -> Callable[[], list[Case]]:
    def load() -> list[Case]:
        return [
            Case(
                row["text"],
                row["label"] == "judgmental",
                row.get("category"),
                tuple(row.get("also") or ()),
            )
            for row in team_cases(split)
        ]

    return load


def _persona() -> list[Case]:
    return [Case(text, judgmental) for text, judgmental in persona_clear_cases()]


def _validation(name: str) -> Callable[[], list[Case]]:
    def load() -> list[Case]:
        return [
            Case(
                row["text"],
                row["label"] == "judgmental",
                row.get("category"),
                tuple(row.get("also") or ()),
            )
            for row in read_jsonl(VALIDATION_DATA / f"{name}.jsonl")
        ]

    return load


SOURCES: Final = (
    Source("persona", "dev", "PersonaConflicts dev half, clear cases", _persona),
    Source(
        "paradetox",
        "dev",
        "ParaDetox dev, 'you'-sentences aimed at the reader",
        paradetox_addressed,
    ),
    Source("team_dev", "dev", "team dev", _team("dev")),
    Source("team_dev2", "dev", "team dev2", _team("dev2")),
    Source("team_dev3", "dev", "team dev3", _team("dev3")),
    Source(
        "team_holdout", "dev", "team holdout (read while tuning in round one)", _team("holdout")
    ),
    Source("team_fresh", "dev", "team fresh (read while tuning in round one)", _team("fresh")),
    Source("team_threats", "dev", "threats and near misses (independent writer)", _team("threats")),
    Source(
        "team_contempt", "dev", "contempt and near misses (independent writer)", _team("contempt")
    ),
    Source(
        "team_nearmiss", "dev", "hard clean near misses (independent writer)", _team("nearmiss")
    ),
    Source(
        "team_dev4",
        "dev",
        "everyday messages and hard near misses (independent writer, end of round two)",
        _team("dev4"),
    ),
    Source(
        "v1_detector",
        "validation",
        "validation v1 (independent writer)",
        _validation("v1_detector"),
    ),
    Source(
        "v2_messages",
        "validation",
        "validation v2 (independent writer)",
        _validation("v2_messages"),
    ),
    Source(
        "v3_messages",
        "validation",
        "validation v3 (independent writer, first measured at the end of round two)",
        _validation("v3_messages"),
    ),
    Source(
        "v4_messages",
        "validation",
        "validation v4 (independent writer, written and first measured in round three)",
        _validation("v4_messages"),
    ),
)
"""Every labelled source, development first."""


def source(name: str) -> Source:
    """The source called ``name``."""
    for candidate in SOURCES:
        if candidate.name == name:
            return candidate
    known = ", ".join(s.name for s in SOURCES)
    raise KeyError(f"unknown source {name!r} (known: {known})")


def available(candidate: Source) -> bool:
    """Whether a source's files are here (the shared data may be missing)."""
    try:
        candidate.load()
    except FileNotFoundError:
        return False
    return True
