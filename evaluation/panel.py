"""Reader panels for the rewriter: build the items, collect ratings, report.

A panel is a folder under ``evaluation/panels/`` named after its date and the code
version. ``python -m evaluation.panel build`` rewrites a sample of messages the team did
not write (PersonaConflicts dev turns rated problematic, ParaDetox "you"-sentences aimed
at the reader, the judgmental messages of a validation set) and writes:

* ``items.jsonl``: every input with its source, rewrite, confidence (kept by us);
* ``to_rate.jsonl``: what raters see, shuffled: an id, the original and the rewrite (or
  "not rewritten" with the reason), nothing that tells them which version or source.

Raters (people, or helpers who have not read the code) follow ``../shared/RUBRIC.md``
and write ``ratings-<rater>.jsonl``. ``python -m evaluation.panel report FOLDER`` prints,
per source and over the rewrites at or above the confidence threshold: mean fluency,
faithfulness and caring, the share rated would-send, agreement between raters, failure
classes with counts, and the worst items (never the text of a validation message:
those are listed by id only).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import intimacy_kit as ik
from evaluation.data_sources import (
    ROOT,
    paradetox_addressed,
    persona_dialogues,
    read_jsonl,
    source,
)

PANELS = ROOT / "evaluation" / "panels"
SCALES = ("fluency", "faithfulness", "caring")
VALIDATION_SETS = ("v2_messages", "v3_messages")


def _inputs(seed: int, per_source: dict[str, int]) -> list[tuple[str, str]]:
    """(source, text) pairs: a seeded sample of each source."""
    rng = random.Random(seed)
    pools = {
        "persona": [r["text"] for r in persona_dialogues() if r["problematic"] >= 3.0],
        "paradetox": [case.text for case in paradetox_addressed()],
        **{name: [c.text for c in source(name).load() if c.judgmental] for name in VALIDATION_SETS},
    }
    chosen = []
    for name, size in per_source.items():
        pool = sorted(set(pools[name]))
        chosen += [(name, text) for text in rng.sample(pool, min(size, len(pool)))]
    return chosen


def build(folder: Path, seed: int, per_source: dict[str, int]) -> None:
    """Rewrite the sample and write the panel's files."""
    folder.mkdir(parents=True, exist_ok=True)
    items = []
    for number, (name, text) in enumerate(_inputs(seed, per_source)):
        result = ik.rewrite(text)
        items.append(
            {
                "id": f"m{number:03d}",
                "source": name,
                "original": text,
                "rewrite": result.text,
                "changed": result.changed,
                "declined": result.declined,
                "reason": result.reason,
                "confidence": result.confidence,
            }
        )
    with (folder / "items.jsonl").open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    rated = [i for i in items if i["changed"] or i["declined"]]
    random.Random(seed + 1).shuffle(rated)
    with (folder / "to_rate.jsonl").open("w", encoding="utf-8") as out:
        for item in rated:
            shown = item["rewrite"] if not item["declined"] else f"NOT REWRITTEN: {item['reason']}"
            out.write(
                json.dumps(
                    {"id": item["id"], "original": item["original"], "rewrite": shown},
                    ensure_ascii=False,
                )
                + "\n"
            )
    (folder / "README.md").write_text(
        f"# Reader panel\n\nCode version {ik.__version__}; seed {seed}; sample {per_source}.\n"
        f"{len(items)} inputs, {len(rated)} rated (rewritten or declined).\n",
        encoding="utf-8",
    )
    print(f"wrote {folder}: {len(items)} inputs, {len(rated)} to rate")


def _ratings(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Ratings by rater, then by item id."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted(folder.glob("ratings-*.jsonl")):
        rater = path.stem.removeprefix("ratings-")
        found[rater] = {row["id"]: row for row in read_jsonl(path)}
    return found


def _summary(items: list[dict[str, Any]], ratings: dict[str, dict[str, dict[str, Any]]]) -> str:
    rows = [ratings[r][i["id"]] for i in items for r in ratings if i["id"] in ratings[r]]
    if not rows:
        return "no ratings"
    means = "  ".join(
        f"{s} {statistics.mean(float(r[s]) for r in rows if s in r):.2f}" for s in SCALES
    )
    send = sum(bool(r.get("would_send")) for r in rows) / len(rows)
    fluent = sum(float(r.get("fluency", 0)) >= 4 for r in rows) / len(rows)
    faithful = sum(float(r.get("faithfulness", 0)) >= 4 for r in rows) / len(rows)
    return (
        f"items {len(items)}  {means}  would send {send:.0%}  fluent(4+) {fluent:.0%}  "
        f"faithful(4+) {faithful:.0%}"
    )


def _agreement(ratings: dict[str, dict[str, dict[str, Any]]]) -> str:
    raters = sorted(ratings)
    if len(raters) < 2:
        return "one rater"
    first, second = ratings[raters[0]], ratings[raters[1]]
    shared = sorted(set(first) & set(second))
    agree = sum(
        bool(first[i].get("would_send")) == bool(second[i].get("would_send")) for i in shared
    )
    p_first = sum(bool(first[i].get("would_send")) for i in shared) / max(1, len(shared))
    p_second = sum(bool(second[i].get("would_send")) for i in shared) / max(1, len(shared))
    observed = agree / max(1, len(shared))
    chance = p_first * p_second + (1 - p_first) * (1 - p_second)
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    return f"would-send agreement {observed:.0%} (Cohen's kappa {kappa:.2f}) on {len(shared)} items"


def report(folder: Path) -> str:
    """The panel's figures as text (see the module docstring)."""
    items = list(read_jsonl(folder / "items.jsonl"))
    ratings = _ratings(folder)
    threshold = ik.CONFIDENCE_THRESHOLD
    lines = [f"Panel {folder.name}: raters {', '.join(sorted(ratings))}", _agreement(ratings)]
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_source[item["source"]].append(item)
    for name, group in sorted(by_source.items()):
        rewritten = [i for i in group if i["changed"]]
        confident = [i for i in rewritten if i["confidence"] >= threshold]
        declined = [i for i in group if i["declined"]]
        lines.append(
            f"{name}: inputs {len(group)}, rewritten {len(rewritten)}, declined {len(declined)}, "
            f"at/above threshold {len(confident)} ({len(confident) / len(group):.0%} of inputs)"
        )
        lines.append(f"  all rewrites: {_summary(rewritten, ratings)}")
        lines.append(f"  at/above {threshold}: {_summary(confident, ratings)}")
    every = [i for i in items if i["changed"]]
    confident = [i for i in every if i["confidence"] >= threshold]
    lines.append(f"ALL: all rewrites: {_summary(every, ratings)}")
    lines.append(f"ALL: at/above {threshold}: {_summary(confident, ratings)}")
    lines.append(
        f"ALL: inputs at/above threshold {len(confident)}/{len(items)} "
        f"({len(confident) / max(1, len(items)):.0%})"
    )
    classes: Counter[str] = Counter()
    for rater in ratings.values():
        for row in rater.values():
            for failure in row.get("failures") or ([row["failure"]] if row.get("failure") else []):
                classes[str(failure).lower().strip()] += 1
    lines.append("failure classes: " + "; ".join(f"{c} ({n})" for c, n in classes.most_common(20)))
    lines.append("worst items (validation items by id only):")
    scored = []
    for item in every:
        rows = [ratings[r][item["id"]] for r in ratings if item["id"] in ratings[r]]
        if rows:
            total = sum(sum(float(r.get(s, 0)) for s in SCALES) for r in rows) / len(rows)
            scored.append((total, item))
    for total, item in sorted(scored, key=lambda pair: pair[0])[:30]:
        if item["source"].startswith("v"):
            lines.append(f"  {total:.1f} {item['id']} [{item['source']}] (validation: not shown)")
        else:
            lines.append(f"  {total:.1f} {item['id']} [{item['source']}] {item['original']!r}")
            lines.append(f"      -> {item['rewrite']!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """The command line: ``build`` or ``report``."""
    parser = argparse.ArgumentParser(description="reader panels for the rewriter")
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("build")
    make.add_argument("name", help="folder name under evaluation/panels/")
    make.add_argument("--seed", type=int, default=2026)
    make.add_argument("--persona", type=int, default=60)
    make.add_argument("--paradetox", type=int, default=45)
    make.add_argument("--validation", type=int, default=60)
    make.add_argument(
        "--validation-set",
        choices=VALIDATION_SETS,
        default="v3_messages",
        help="the validation set to sample (its texts are never printed)",
    )
    show = sub.add_parser("report")
    show.add_argument("name")
    args = parser.parse_args(argv)
    if args.command == "build":
        sizes = {
            "persona": args.persona,
            "paradetox": args.paradetox,
            args.validation_set: args.validation,
        }
        build(PANELS / args.name, args.seed, sizes)
    else:
        print(report(PANELS / args.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
