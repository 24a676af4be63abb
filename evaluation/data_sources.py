"""Where the labelled data lives, and how to read it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEAM_DATA = ROOT / "evaluation" / "data"


def persona_conflicts_path() -> Path:
    """The PersonaConflicts dev half: ``$INTIMACY_KIT_PERSONA`` or ``../shared/data/...``."""
    override = os.environ.get("INTIMACY_KIT_PERSONA")
    if override:
        return Path(override)
    return ROOT.parent / "shared" / "data" / "persona-conflicts" / "dev.jsonl"


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


def team_cases(split: str) -> list[dict[str, Any]]:
    """The team's own labelled messages, ``split`` being ``"dev"`` or ``"holdout"``."""
    return list(read_jsonl(TEAM_DATA / f"team_{split}.jsonl"))
