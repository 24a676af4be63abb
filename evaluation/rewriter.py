"""What ``rewrite`` does with the judgmental messages the detector flags, per source.

Run ``python -m evaluation.rewriter`` to print the figures and a sample of input/output
pairs for a person to read. Options: ``--style nvc|gordon|xyz``, ``--sample N`` (pairs to
print, default 20), ``--all`` (print every pair), ``--only SOURCE …`` (score only these
development sources).

Only **development** sources are used (see :mod:`evaluation.data_sources`): their pairs
may be read. Validation sources are measured by the detector harness and never here.

On each source, of the judgmental messages the detector flags (a message without
findings comes back unchanged by design; how many are flagged is printed):

* **rewritten**: share whose text was changed;
* **declined**: share declined (a threat or self-harm: left as it was, with a reason);
* **clean**: of the rewritten, share on which ``detect`` finds nothing any more;
* **real feeling**: of the rewritten, share whose parts name a feeling and every word
  of it is a real feeling of the feelings lexicon (the smallest rewrite, which only
  takes abuse out, names none and does not count);
* **confident**: of the rewritten, share at or above
  :data:`~intimacy_kit.CONFIDENCE_THRESHOLD`, the share an app would show as it is;
* **stock pair**: of the rewritten with a feeling and a need, share that use the
  source's most common feeling–need pair (printed beside it): a high figure means the
  rewriter falls back on one stock answer rather than on what each message says.

These are proxies. Whether a reader would send a rewrite is measured by reader panels
(:mod:`evaluation.panel`, ``../shared/EVALUATION.md``).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

import intimacy_kit as ik
from evaluation.data_sources import SOURCES, Source, available
from intimacy_kit.lexicon._feelings import feeling


def development_sources(only: Sequence[str] = ()) -> list[Source]:
    """The development sources whose files are here, optionally only those named."""
    unknown = set(only) - {s.name for s in SOURCES if s.use == "dev"}
    if unknown:
        raise SystemExit(
            f"not development sources: {', '.join(sorted(unknown))} "
            "(the rewriter is evaluated on development data only)"
        )
    return [s for s in SOURCES if s.use == "dev" and (not only or s.name in only) and available(s)]


def names_real_feeling(result: ik.Rewrite) -> bool:
    """Whether the rewrite's parts name a feeling whose every word is a real feeling."""
    named = result.parts.feeling
    return bool(named) and all(feeling(word) is not None for word in named.split(" and "))


@attrs.frozen
class Scores:
    """Rewriter figures on the flagged judgmental messages of one source."""

    name: str
    messages: int
    """Judgmental messages in the source."""
    flagged: int
    """Of those, the ones the detector flags: the ones rewritten or declined."""
    rewritten: int
    """Flagged messages whose text was changed."""
    declined: int
    """Flagged messages declined as threats or self-harm."""
    clean: int
    """Rewritten messages in which the detector finds nothing."""
    real_feeling: int
    """Rewritten messages whose parts name real feelings."""
    confident: int
    """Rewritten messages at or above the confidence threshold."""
    stock_pair: tuple[str, str] | None
    """The most common (feeling, need) pair of the rewrites, if any."""
    stock_pair_count: int
    """How many rewrites use it."""
    paired: int
    """Rewrites with both a feeling and a need."""
    pairs: tuple[tuple[str, str], ...]
    """(message, rewrite or reason) for every flagged message, to read."""

    @staticmethod
    def _share(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @property
    def rewritten_share(self) -> float:
        """Share of flagged messages rewritten."""
        return self._share(self.rewritten, self.flagged)

    @property
    def declined_share(self) -> float:
        """Share of flagged messages declined."""
        return self._share(self.declined, self.flagged)

    @property
    def clean_share(self) -> float:
        """Share of rewrites the detector finds clean."""
        return self._share(self.clean, self.rewritten)

    @property
    def real_feeling_share(self) -> float:
        """Share of rewrites naming real feelings."""
        return self._share(self.real_feeling, self.rewritten)

    @property
    def confident_share(self) -> float:
        """Share of rewrites at or above the confidence threshold."""
        return self._share(self.confident, self.rewritten)

    @property
    def stock_pair_share(self) -> float:
        """Share of rewrites with a feeling and a need that use the most common pair."""
        return self._share(self.stock_pair_count, self.paired)

    def summary(self) -> str:
        """The figures, a few lines."""
        stock = " / ".join(self.stock_pair) if self.stock_pair else "none"
        return (
            f"{self.name}: {self.flagged} of {self.messages} judgmental messages flagged\n"
            f"  rewritten    {self.rewritten_share:6.1%}   declined {self.declined_share:6.1%}\n"
            f"  of the rewritten: clean {self.clean_share:6.1%}   real feeling "
            f"{self.real_feeling_share:6.1%}   confident (>= {ik.CONFIDENCE_THRESHOLD}) "
            f"{self.confident_share:6.1%}\n"
            f"  stock pair   {self.stock_pair_share:6.1%}  ({stock})"
        )


def score(name: str, texts: Iterable[str], style: str = "nvc") -> Scores:
    """Rewrite every flagged message of ``texts`` and count what happened."""
    texts = list(dict.fromkeys(texts))
    rewritten = declined = clean = real = confident = flagged = 0
    feeling_needs: Counter[tuple[str, str]] = Counter()
    pairs = []
    for text in texts:
        if not ik.detect(text):
            continue
        flagged += 1
        result = ik.rewrite(text, style=style)
        if result.declined:
            declined += 1
            pairs.append((text, f"[declined] {result.reason}"))
            continue
        pairs.append((text, result.text))
        if not result.changed:
            continue
        rewritten += 1
        clean += not ik.detect(result.text)
        real += names_real_feeling(result)
        confident += result.confidence >= ik.CONFIDENCE_THRESHOLD
        if result.parts.feeling and result.parts.need:
            feeling_needs[(result.parts.feeling, result.parts.need)] += 1
    top = feeling_needs.most_common(1)
    return Scores(
        name=name,
        messages=len(texts),
        flagged=flagged,
        rewritten=rewritten,
        declined=declined,
        clean=clean,
        real_feeling=real,
        confident=confident,
        stock_pair=top[0][0] if top else None,
        stock_pair_count=top[0][1] if top else 0,
        paired=sum(feeling_needs.values()),
        pairs=tuple(pairs),
    )


def source_scores(sources: Sequence[Source], style: str = "nvc") -> list[Scores]:
    """Scores on the judgmental messages of each source."""
    return [
        score(s.name, (case.text for case in s.load() if case.judgmental), style) for s in sources
    ]


def report(
    sample: int = 20, style: str = "nvc", only: Sequence[str] = (), show_all: bool = False
) -> str:
    """All rewriter figures and a sample of pairs, as text."""
    lines = ["Rewriter evaluation", "===================", f"style: {style}", ""]
    readable: list[tuple[str, str]] = []
    for scores in source_scores(development_sources(only), style):
        lines.append(scores.summary())
        readable.extend(scores.pairs)
    lines.append("")
    count = min(sample, len(readable))
    pairs = readable if show_all else random.Random(7).sample(readable, count)
    lines.append(f"Sample of {len(pairs)} input/output pairs (development sources only)")
    lines.append("-" * 40)
    for before, after in pairs:
        lines.append(f"IN : {before}")
        lines.append(f"OUT: {after}")
        lines.append("")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point (see the module docstring)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sample", type=int, default=20, help="pairs to print")
    parser.add_argument("--style", default="nvc", choices=ik.STYLES)
    parser.add_argument("--all", action="store_true", help="print every pair")
    parser.add_argument("--only", nargs="+", default=(), metavar="SOURCE", help="sources")
    args = parser.parse_args(argv)
    print(report(args.sample, args.style, args.only, args.all))


if __name__ == "__main__":
    main()
