"""How much the learned lexicon adds, measured on messages it never trained on.

``python -m evaluation.learned`` prints:

1. **Cross-validation by dialogue** on the PersonaConflicts dev half: the dialogues are
   dealt into five folds; each fold is tested with a lexicon trained on the other four
   (plus the ParaDetox and team development data), whose threshold was chosen the way
   ``scripts/train_lexicon.py`` chooses it, on one of those four folds and the team sets
   it never trains on. Rules alone against rules + lexicon, per fold and pooled.
2. **Reliability** of the shipped lexicon on its held-out split: predicted probability
   buckets against the observed share of judgmental messages.
3. **Thresholds**: what the shipped lexicon would do at other thresholds on that split.
4. **Per source**: the detector with and without the lexicon on every development
   source (the shipped lexicon was not trained on team_holdout, team_fresh or
   PersonaConflicts fold 0, and was trained on the rest).

It prints Markdown: the tables of ``docs/guide/learned.md``. Validation sets are never
used here.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import intimacy_kit as ik
from evaluation import detector
from evaluation.data_sources import ROOT, source
from intimacy_kit.detection._learned import LearnedRule
from intimacy_kit.detection.learned import _weights

DEVELOPMENT_SOURCES = (
    "persona",
    "paradetox",
    "team_dev",
    "team_dev2",
    "team_dev3",
    "team_holdout",
    "team_fresh",
)


def training() -> ModuleType:
    """``scripts/train_lexicon.py`` as a module (scripts are not a package)."""
    name = "train_lexicon"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "train_lexicon.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _flags(texts: Sequence[str], rules: ik.RuleSet) -> list[bool]:
    return [bool(ik.detect(text, rules=rules)) for text in texts]


def _figures(labels: Sequence[bool], flags: Sequence[bool]) -> dict[str, float]:
    tp = sum(y and f for y, f in zip(labels, flags, strict=True))
    fp = sum(f and not y for y, f in zip(labels, flags, strict=True))
    fn = sum(y and not f for y, f in zip(labels, flags, strict=True))
    tn = len(labels) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "clean": fp / (fp + tn)}


def cross_validation(train: ModuleType, data: Any) -> list[dict[str, Any]]:
    """Rules alone and rules + lexicon on each PersonaConflicts fold, then pooled."""
    rules = ik.DEFAULT_RULES.without("learned")
    persona = data.persona
    rows = []
    pooled: dict[str, list[bool]] = {"labels": [], "rules": [], "both": []}
    for fold in range(train.FOLDS):
        chooser = (fold + 1) % train.FOLDS
        inner = [e for e in persona if train.fold_of(e.group) not in (fold, chooser)]
        choosing = [e for e in persona if train.fold_of(e.group) == chooser]
        scored = train.message_scores(train.fit([*inner, *data.extra]), [*choosing, *data.reserve])
        threshold = train.choose_threshold(scored)
        model = train.fit([e for e in persona if train.fold_of(e.group) != fold] + data.extra)
        lexicon = LearnedRule(scorer=model.scorer(), threshold=threshold)
        tested = [e for e in persona if train.fold_of(e.group) == fold]
        texts = [e.text for e in tested]
        labels = [e.judgmental for e in tested]
        alone = _flags(texts, rules)
        both = _flags(texts, rules.with_rules(lexicon))
        rows.append(
            {
                "fold": str(fold),
                "messages": len(tested),
                "threshold": threshold,
                "rules": _figures(labels, alone),
                "both": _figures(labels, both),
            }
        )
        pooled["labels"] += labels
        pooled["rules"] += alone
        pooled["both"] += both
    rows.append(
        {
            "fold": "all",
            "messages": len(pooled["labels"]),
            "threshold": float("nan"),
            "rules": _figures(pooled["labels"], pooled["rules"]),
            "both": _figures(pooled["labels"], pooled["both"]),
        }
    )
    return rows


def held_out(train: ModuleType, data: Any) -> list[tuple[float, Any]]:
    """The shipped lexicon's probabilities on its held-out split (see the training script)."""
    _, choosing = train.split(data)
    model = train.Model(
        _weights.BIAS,
        _weights.TABLE,
        _weights.CATEGORY_BIAS,
        _weights.FEATURES,
        _weights.THRESHOLD,
    )
    scored: list[tuple[float, Any]] = train.message_scores(model, choosing)
    return scored


def threshold_table(
    train: ModuleType, scored: Sequence[tuple[float, Any]]
) -> list[tuple[float, dict[str, float]]]:
    """The lexicon alone at other thresholds (and the shipped one) on the held-out split."""
    thresholds = sorted({0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, _weights.THRESHOLD})
    return [(t, train.figures(scored, t)) for t in thresholds]


def per_source() -> list[tuple[str, detector.Scores, detector.Scores]]:
    """Each development source without and with the lexicon."""
    selected = [source(name) for name in DEVELOPMENT_SOURCES]
    without = detector.source_scores(selected, ik.DEFAULT_RULES.without("learned"))
    with_it = detector.source_scores(selected, ik.DEFAULT_RULES)
    return [(a.name, a, b) for a, b in zip(without, with_it, strict=True)]


def _cell(scores: detector.Scores) -> str:
    clean = scores.false_positives + scores.true_negatives
    if not clean:
        return f"– | {scores.recall:.3f} | – | –"
    return (
        f"{scores.precision:.3f} | {scores.recall:.3f} | {scores.f1:.3f} | "
        f"{scores.clean_flag_rate:.1%}"
    )


def markdown(train: ModuleType, data: Any) -> str:
    """Every table, as Markdown."""
    lines = [
        "### Cross-validation by dialogue (PersonaConflicts dev half, clear cases)",
        "",
        "| fold | messages | threshold | rules: P | R | F1 | clean flagged "
        "| rules + lexicon: P | R | F1 | clean flagged |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in cross_validation(train, data):
        a, b = row["rules"], row["both"]
        threshold = "–" if row["fold"] == "all" else f"{row['threshold']:.2f}"
        lines.append(
            f"| {row['fold']} | {row['messages']} | {threshold} | {a['precision']:.3f} | "
            f"{a['recall']:.3f} | {a['f1']:.3f} | {a['clean']:.1%} | {b['precision']:.3f} | "
            f"{b['recall']:.3f} | {b['f1']:.3f} | {b['clean']:.1%} |"
        )
    scored = held_out(train, data)
    lines += [
        "",
        "### Reliability of the shipped lexicon on its held-out split",
        "",
        "| predicted probability | messages | mean predicted | observed judgmental |",
        "| --- | --- | --- | --- |",
    ]
    for bucket, n, mean, observed in train.reliability(scored):
        lines.append(f"| {bucket} | {n} | {mean:.2f} | {observed:.2f} |")
    lines += [
        "",
        "### The lexicon alone at other thresholds (same split)",
        "",
        "| threshold | precision | recall | F1 | clean flagged |",
        "| --- | --- | --- | --- | --- |",
    ]
    for threshold, f in threshold_table(train, scored):
        lines.append(
            f"| {threshold:.2f} | {f['precision']:.3f} | {f['recall']:.3f} | {f['f1']:.3f} | "
            f"{f['clean_flagged']:.1%} |"
        )
    lines += [
        "",
        "### Per development source, without and with the lexicon",
        "",
        "| source | messages | without: P | R | F1 | clean flagged "
        "| with: P | R | F1 | clean flagged |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, without, with_it in per_source():
        lines.append(f"| {name} | {without.messages} | {_cell(without)} | {_cell(with_it)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.parse_args(argv)
    train = training()
    print(markdown(train, train.load()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
