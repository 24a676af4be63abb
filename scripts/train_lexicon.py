"""Train the learned judgment lexicon and write it as a Python module: ``make train``.

The model is a logistic regression over the features of
:mod:`intimacy_kit.detection.learned._features` (words, lemmas, word classes and word
pairs, counted along a sentence), pruned to a few thousand features and written with a
category head into ``src/intimacy_kit/detection/learned/_weights.py``. The library
evaluates it in pure Python; scikit-learn is needed only here (the ``train`` extra).

Data (permissively licensed or our own; never the validation sets):

* PersonaConflicts dev half (MIT): the clear cases (problematic >= 3.0 judgmental;
  <= 1.5 with no violent-communication label clean). Split by dialogue into five folds;
  fold 0 is held out to choose the threshold.
* ParaDetox dev half (CC0): toxic sentences that address the reader
  (``evaluation/data/paradetox_you.jsonl``) as judgmental, and their human neutral
  rewrites as clean.
* The team's development sets ``team_dev``, ``team_dev2`` and ``team_dev3``, half of
  ``team_threats``, ``team_contempt`` and ``team_nearmiss`` (by independent writers; the
  other half chooses the threshold), and
  ``team_nvc``: clean I-statements, requests and empathy, the forms the rewriter writes
  and the library recommends, which the other data too often counts as judgmental.
* Optionally your own labelled messages: ``--add FILE.jsonl`` (one JSON object a line with
  ``text``, ``label`` ``"judgmental"`` or ``"clean"``, and optionally ``category``).

The threshold is chosen on messages the model never trained on: PersonaConflicts fold 0,
the team sets ``team_holdout`` and ``team_fresh``, and the other half of the near-miss sets.
It is the lowest probability at which the lexicon alone flags at most ``CLEAN_BUDGET`` of
their clean messages.

Running it twice gives the same file byte for byte: the data is read in file order,
features are sorted, the solver is deterministic and weights are rounded. ``--check``
exits 1 when the shipped module differs from what this script would write.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from evaluation.data_sources import (  # noqa: E402
    TEAM_DATA,
    paradetox_path,
    persona_conflicts_path,
    read_jsonl,
)

from intimacy_kit._model import Category  # noqa: E402
from intimacy_kit.detection.learned._features import chain_features, read_chain  # noqa: E402
from intimacy_kit.detection.learned._scorer import LexiconScorer  # noqa: E402
from intimacy_kit.text import read  # noqa: E402

TARGET = ROOT / "src" / "intimacy_kit" / "detection" / "learned" / "_weights.py"

C = 1.0
"""Inverse regularisation strength of both regressions (chosen by cross-validation)."""
MIN_MESSAGES = 2
"""A feature must occur in at least this many training messages to be learned."""
KEEP = 3000
"""Features kept after pruning (the largest weights), then refitted."""
CLEAN_BUDGET = 0.015
"""Share of the threshold split's clean messages the lexicon alone may flag: half of the
3% the detector as a whole may flag, the other half left to the hand-written rules."""
DIGITS = 3
"""Decimals of the written weights."""
FOLDS = 5
"""PersonaConflicts dialogues are dealt into this many folds by a hash of their id."""
HELD_OUT_FOLD = 0
"""The PersonaConflicts fold the shipped model does not train on."""
WEIGHTS = {"persona": 2.0, "paradetox": 0.5, "team": 2.0, "rules": 0.5, "user": 2.0}
"""Sample weight per kind of source: the team's and the dialogue turns are closest to
what the library reads; ParaDetox is online comments, a tenth of whose rows would
otherwise outnumber them. The rules' own examples teach the near misses but are short,
made-up and all of one kind each: weighed more, they pull the probabilities of short
"you"-sentences up and the reliability table away from what is observed."""

# PersonaConflicts' violent-communication labels, as our categories. "Moralistic
# judgment" is NVC's name for labels and put-downs; "deserve thinking" assigns blame.
PERSONA_CATEGORIES = {
    "Moralistic Judgment": "label",
    "Denial of Responsibility": "defensiveness",
    "Comparison": "comparison",
    "Deserve Thinking": "blame",
    "Demand": "demand",
}
# The labels of ParaDetox's "you"-sentences, as our categories ("blame_command" mixes
# blame, orders and accusing questions: judgmental, but no one category).
PARADETOX_CATEGORIES = {
    "insult": "label",
    "contempt": "contempt",
    "swear_at": "contempt",
    "threat": "threat",
}
CATEGORIES = tuple(category.value for category in Category)


@dataclass
class Example:
    """One labelled message, read once."""

    text: str
    judgmental: bool
    categories: tuple[str, ...]
    source: str
    group: str
    """What splits keep together (a dialogue, or the message itself)."""
    weight: float
    sentences: list[Counter[str]] = field(default_factory=list)
    """The feature counts of each sentence with words."""

    def read(self) -> None:
        """Read the text and count the features of each sentence."""
        doc = read(self.text)
        self.sentences = [
            Counter(name for name, _ in chain_features(read_chain(doc, first, last)))
            for first, last in doc.sentences()
            if any(norm[:1].isalnum() for norm in doc.norms[first:last])
        ]

    @property
    def features(self) -> Counter[str]:
        """The message's feature counts (its sentences summed)."""
        total: Counter[str] = Counter()
        for counts in self.sentences:
            total.update(counts)
        return total


def fold_of(group: str) -> int:
    """The fold of a dialogue: a stable hash, the same on every machine."""
    return int(hashlib.sha256(group.encode()).hexdigest()[:8], 16) % FOLDS


def _detokenize(text: str) -> str:
    """ParaDetox's tokenised text ("don 't", "you .") as typed."""
    text = re.sub(r"(\w) ?'(t|s|re|ll|ve|m|d)\b", r"\1'\2", text)
    text = re.sub(r" (n't)\b", r"\1", text)
    return re.sub(r" ([.,!?;:])", r"\1", text)


def persona_examples() -> list[Example]:
    """The clear cases of the PersonaConflicts dev half, grouped by dialogue."""
    found = []
    for row in read_jsonl(persona_conflicts_path()):
        if row["problematic"] >= 3.0:
            judgmental = True
        elif row["problematic"] <= 1.5 and not row["vc"]:
            judgmental = False
        else:
            continue
        categories = sorted({PERSONA_CATEGORIES[v] for v in row["vc"] if v in PERSONA_CATEGORIES})
        found.append(
            Example(
                row["text"],
                judgmental,
                tuple(categories) if judgmental else (),
                "persona",
                row["dialogue"],
                WEIGHTS["persona"],
            )
        )
    return found


def paradetox_examples() -> list[Example]:
    """ParaDetox rows that address the reader: the toxic sentence and its rewrites."""
    labels = {row["text"]: row for row in read_jsonl(TEAM_DATA / "paradetox_you.jsonl")}
    found = []
    with paradetox_path().open(encoding="utf-8") as handle:
        next(handle)  # the header
        for line in handle:
            toxic, *neutral = line.rstrip("\n").split("\t")
            label = labels.get(toxic)
            if label is None or not label["addressed"]:
                continue
            category = PARADETOX_CATEGORIES.get(label["kind"])
            weight = WEIGHTS["paradetox"]
            found.append(
                Example(
                    _detokenize(toxic),
                    True,
                    (category,) if category else (),
                    "paradetox",
                    toxic,
                    weight,
                )
            )
            found.extend(
                Example(_detokenize(text), False, (), "paradetox", toxic, weight)
                for text in dict.fromkeys(neutral)
                if text.strip()
            )
    return found


def labelled_examples(path: Path, source: str, weight: float) -> list[Example]:
    """Messages of a JSON Lines file labelled like the team sets."""
    found = []
    for row in read_jsonl(path):
        label = row["label"]
        if label not in ("judgmental", "clean"):
            raise SystemExit(f"{path}: label must be 'judgmental' or 'clean', got {label!r}")
        judgmental = label == "judgmental"
        categories = [row.get("category"), *(row.get("also") or ())] if judgmental else []
        for category in categories:
            if category is not None and category not in CATEGORIES:
                raise SystemExit(f"{path}: unknown category {category!r}")
        found.append(
            Example(
                row["text"],
                judgmental,
                tuple(c for c in categories if c),
                source,
                row["text"],
                weight,
            )
        )
    return found


def team_examples(split: str) -> list[Example]:
    """One of the team's sets (``team_<split>.jsonl``)."""
    return labelled_examples(TEAM_DATA / f"team_{split}.jsonl", f"team_{split}", WEIGHTS["team"])


def near_miss_sets() -> list[Example]:
    """The independent writers' sets of threats, contempt and near misses.

    They are rich in clean messages (trash talk, films, warm teasing): half trains, half
    chooses the threshold, so the threshold is set on near misses the model has not seen.
    """
    return [*team_examples("threats"), *team_examples("contempt"), *team_examples("nearmiss")]


def rule_examples() -> list[Example]:
    """The hand-written rules' own examples (judgmental) and near misses (clean).

    The near misses are the phrasings each rule was written to leave alone ("you never
    fail to make me smile", "stop being so hard on yourself"); without them the lexicon
    learns that a short "you"-sentence with "never" or "stop" is a verdict.
    """
    import intimacy_kit as ik

    found = []
    for rule in ik.DEFAULT_RULES:
        if rule.category is None:  # the learned rule itself
            continue
        category = (rule.category.value,)
        found.extend(
            Example(text, True, category, "rules", text, WEIGHTS["rules"]) for text in rule.examples
        )
        found.extend(
            Example(text, False, (), "rules", text, WEIGHTS["rules"]) for text in rule.near_misses
        )
    return found


@dataclass
class Data:
    """Every example the script uses, by role."""

    persona: list[Example]
    extra: list[Example]
    """Always trained on: ParaDetox, the team's development sets, the user's own."""
    reserve: list[Example]
    """Never trained on: the team sets that choose the threshold with PersonaConflicts."""


def load(add: Sequence[Path] = ()) -> Data:
    """Read every example (a few seconds: each message is read by the text layer)."""
    data = Data(
        persona=persona_examples(),
        extra=[
            *paradetox_examples(),
            *team_examples("dev"),
            *team_examples("dev2"),
            *team_examples("dev3"),
            *team_examples("nvc"),
            *rule_examples(),
            *(e for e in near_miss_sets() if fold_of(e.group) % 2 == 0),
            *(e for path in add for e in labelled_examples(path, "user", WEIGHTS["user"])),
        ],
        reserve=[
            *team_examples("holdout"),
            *team_examples("fresh"),
            *(e for e in near_miss_sets() if fold_of(e.group) % 2 == 1),
        ],
    )
    for example in (*data.persona, *data.extra, *data.reserve):
        example.read()
    return data


# -- fitting ----------------------------------------------------------------------------


@dataclass
class Model:
    """What the weights module holds."""

    bias: float
    table: str
    category_bias: tuple[float, ...]
    features: int
    threshold: float = 0.5

    def scorer(self) -> LexiconScorer:
        """The library's scorer over these weights."""
        return LexiconScorer(
            bias=self.bias,
            table=self.table,
            categories=tuple(Category(name) for name in CATEGORIES),
            category_bias=self.category_bias,
        )


def _matrix(rows: Sequence[Counter[str]], index: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix  # training only: not a dependency of the library

    columns: list[int] = []
    values: list[float] = []
    starts = [0]
    for counts in rows:
        for name in sorted(counts):
            if name in index:
                columns.append(index[name])
                values.append(float(counts[name]))
        starts.append(len(columns))
    return csr_matrix((values, columns, starts), shape=(len(rows), len(index)))


def _regression(
    rows: Sequence[Counter[str]],
    labels: Sequence[int],
    weights: Sequence[float],
    index: dict[str, int],
) -> tuple[list[float], float]:
    from sklearn.linear_model import (
        LogisticRegression,
    )  # training only: not a dependency of the library

    model = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(_matrix(rows, index), labels, sample_weight=weights)
    return [float(w) for w in model.coef_[0]], float(model.intercept_[0])


def fit(examples: Sequence[Example]) -> Model:
    """Train the lexicon and its category head on ``examples``."""
    rows = [e.features for e in examples]
    labels = [int(e.judgmental) for e in examples]
    weights = [e.weight for e in examples]
    seen = Counter(name for counts in rows for name in counts)
    names = sorted(name for name, count in seen.items() if count >= MIN_MESSAGES)
    coefficients, _ = _regression(rows, labels, weights, {n: i for i, n in enumerate(names)})
    ranked = sorted(range(len(names)), key=lambda i: (-abs(coefficients[i]), names[i]))
    kept = sorted(names[i] for i in ranked[:KEEP])
    index = {name: i for i, name in enumerate(kept)}
    coefficients, bias = _regression(rows, labels, weights, index)
    cues, category_bias = _category_head(examples, index)
    lines = []
    for name, weight in zip(kept, coefficients, strict=True):
        rounded = round(weight, DIGITS)
        if rounded == 0 and name not in cues:
            continue
        category, strength = cues.get(name, ("", ""))
        cue = f"\t{category}\t{strength}" if category else ""
        lines.append(f"{name}\t{_number(rounded)}{cue}")
    return Model(round(bias, DIGITS), "\n".join(lines), category_bias, len(lines))


def _category_head(
    examples: Sequence[Example], index: dict[str, int]
) -> tuple[dict[str, tuple[str, str]], tuple[float, ...]]:
    """For each feature, the category it points to most and how strongly; and a bias per category.

    One regression per category (this one against the rest), on the judgmental messages
    whose category is known.
    """
    labelled = [e for e in examples if e.judgmental and e.categories]
    rows = [e.features for e in labelled]
    weights = [e.weight for e in labelled]
    names = sorted(index, key=index.__getitem__)
    best: dict[str, tuple[float, int]] = {}
    biases = []
    for number, category in enumerate(CATEGORIES):
        labels = [int(category in e.categories) for e in labelled]
        if not any(labels):
            biases.append(-10.0)
            continue
        coefficients, bias = _regression(rows, labels, weights, index)
        biases.append(round(bias, DIGITS))
        for name, weight in zip(names, coefficients, strict=True):
            if round(weight, DIGITS) > 0 and weight > best.get(name, (0.0, -1))[0]:
                best[name] = (weight, number)
    cues = {name: (str(number), _number(round(w, DIGITS))) for name, (w, number) in best.items()}
    return cues, tuple(biases)


def _number(value: float) -> str:
    """A rounded weight as written: no "-0.0", no trailing zeros."""
    return repr(value + 0.0).removesuffix(".0") if value else "0"


# -- the threshold and the figures ------------------------------------------------------


def message_scores(model: Model, examples: Iterable[Example]) -> list[tuple[float, Example]]:
    """The lexicon's probability for each message: its most judgmental sentence."""
    scorer = model.scorer()
    scored = []
    for example in examples:
        doc = read(example.text)
        best = 0.0
        for first, last in doc.sentences():
            if any(norm[:1].isalnum() for norm in doc.norms[first:last]):
                best = max(best, scorer.probability(doc, first, last))
        scored.append((best, example))
    return scored


def choose_threshold(scored: Sequence[tuple[float, Example]]) -> float:
    """The lowest threshold (in hundredths) flagging at most ``CLEAN_BUDGET`` of clean messages."""
    clean = [score for score, example in scored if not example.judgmental]
    allowed = math.floor(CLEAN_BUDGET * len(clean))
    for hundredths in range(50, 100):
        threshold = hundredths / 100
        if sum(score >= threshold for score in clean) <= allowed:
            return threshold
    return 0.99


def figures(scored: Sequence[tuple[float, Example]], threshold: float) -> dict[str, float]:
    """Precision, recall, F1 and the clean-flag rate of the lexicon alone."""
    counts = Counter((e.judgmental, score >= threshold) for score, e in scored)
    tp, fp = counts[True, True], counts[False, True]
    fn, tn = counts[True, False], counts[False, False]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "clean_flagged": fp / (fp + tn) if fp + tn else 0.0,
        "messages": float(len(scored)),
    }


BUCKETS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def reliability(scored: Sequence[tuple[float, Example]]) -> list[tuple[str, int, float, float]]:
    """Per probability bucket: messages, mean predicted probability, observed share judgmental."""
    rows = []
    for low, high in itertools.pairwise(BUCKETS):
        inside = [(s, e) for s, e in scored if low <= s < high or (high == 1.0 and s == 1.0)]
        if inside:
            mean = sum(s for s, _ in inside) / len(inside)
            observed = sum(e.judgmental for _, e in inside) / len(inside)
            rows.append((f"{low:.1f}–{high:.1f}", len(inside), mean, observed))
    return rows


# -- the module -------------------------------------------------------------------------


def split(data: Data) -> tuple[list[Example], list[Example]]:
    """The shipped model's training examples and its threshold split."""
    held_out = [e for e in data.persona if fold_of(e.group) == HELD_OUT_FOLD]
    trained = [e for e in data.persona if fold_of(e.group) != HELD_OUT_FOLD]
    return [*trained, *data.extra], [*held_out, *data.reserve]


def build(data: Data, added: Sequence[Path] = ()) -> str:
    """The text of the weights module."""
    training, choosing = split(data)
    model = fit(training)
    scored = message_scores(model, choosing)
    model.threshold = choose_threshold(scored)
    return render(model, training, scored, added)


def _counts(examples: Sequence[Example]) -> str:
    by_source: Counter[tuple[str, bool]] = Counter((e.source, e.judgmental) for e in examples)
    sources = sorted({source for source, _ in by_source})
    return ", ".join(
        f"{source} {by_source[source, True]} judgmental / {by_source[source, False]} clean"
        for source in sources
    )


def render(
    model: Model,
    training: Sequence[Example],
    scored: Sequence[tuple[float, Example]],
    added: Sequence[Path] = (),
) -> str:
    """The weights module: a header that says how it was made, then the literals.

    Written the way ``ruff format`` writes Python, so that the linters leave it alone.
    """
    at = figures(scored, model.threshold)
    table = "\n".join(
        f"    {bucket}  {n:5d}  {mean:.2f}  {observed:.2f}"
        for bucket, n, mean, observed in reliability(scored)
    )
    own = f"\n* Your own messages: {', '.join(p.name for p in added)}." if added else ""
    header = f'''"""The learned lexicon's weights: GENERATED by ``make train``; do not edit.

Written by scripts/train_lexicon.py. How it was made: a logistic regression
(scikit-learn, liblinear, C={C}) over the features of
:mod:`intimacy_kit.detection.learned._features`, counted per message; features seen in
fewer than {MIN_MESSAGES} training messages dropped; the {KEEP} largest weights kept and
refitted; a category head of one regression per category; weights rounded to {DIGITS}
decimals.

Trained on (messages):
{_wrap(_counts(training))}.

Data and licences:

* PersonaConflicts dev half (MIT): clear cases, folds 1-4 of 5 by dialogue.
* ParaDetox dev half (CC0): "you"-sentences aimed at the reader, and their human neutral
  rewrites as clean.
* The intimacy_kit team's development sets (team_dev, team_dev2, team_dev3), its
  clean I-statements and requests (team_nvc), and half (by a hash of the text) of the
  threats, contempt and near-miss sets written for the team by independent writers
  (team_threats, team_contempt, team_nearmiss); MIT.
* The hand-written rules' own examples and near misses ("rules"); MIT.{own}
* Never the validation sets.

Threshold {model.threshold:.2f}: the lowest that flags at most {CLEAN_BUDGET:.1%} of the clean
messages of a split never trained on (PersonaConflicts fold 0, team_holdout,
team_fresh and the other half of team_threats, team_contempt and team_nearmiss):
{_wrap(_counts([e for _, e in scored]))}.
The lexicon alone on that split, at the threshold: precision {at["precision"]:.3f}, recall
{at["recall"]:.3f}, F1 {at["f1"]:.3f}, clean messages flagged {at["clean_flagged"]:.1%}.

Reliability on that split (probability bucket, messages, mean predicted, observed share
judgmental):

{table}

``TABLE`` has one line per feature, tab-separated: the feature, its weight, and, when
the category head ties it to one, the number of that category in ``CATEGORIES`` and how
strongly. It is one string because a string loads far faster than a dict literal.
"""

from __future__ import annotations

THRESHOLD = {model.threshold!r}
BIAS = {model.bias!r}
FEATURES = {model.features}
CATEGORIES: tuple[str, ...] = {_tuple(f'"{name}"' for name in CATEGORIES)}
CATEGORY_BIAS: tuple[float, ...] = {_tuple(repr(bias) for bias in model.category_bias)}
'''
    return header + 'TABLE = """\\\n' + _escape(model.table) + '\n"""\n'


def _tuple(items: Iterable[str]) -> str:
    """A tuple literal, one item a line, as ``ruff format`` writes a long one."""
    return "(\n" + "".join(f"    {item},\n" for item in items) + ")"


def _wrap(text: str, width: int = 88) -> str:
    words = text.split(" ")
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def _escape(table: str) -> str:
    return table.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    parser.add_argument(
        "--add",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="also train on your own labelled messages (JSON Lines; repeatable)",
    )
    parser.add_argument("--output", type=Path, default=TARGET, help="where to write the module")
    args = parser.parse_args(argv)
    text = build(load(args.add), args.add)
    if args.check:
        if args.output.read_text(encoding="utf-8") != text:
            print(f"{args.output} is out of date: run make train", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
