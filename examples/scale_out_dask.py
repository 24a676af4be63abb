"""Detect and analyse a batch of messages in parallel with dask, on this machine.

Usage::

    python examples/scale_out_dask.py                                  # 2,000 messages
    python examples/scale_out_dask.py --messages 20000 --partitions 8 --scheduler threads

It needs the ``scale`` extra (``pip install "intimacy-kit[scale]"``). The messages are
generated here, so nothing is read from disk; with real data, build the bag from your
files or database instead (``dask.bag.read_text``, ``dask.bag.from_sequence``).

Two things make this fast and safe:

- every value the library returns is immutable and picklable, so results travel back
  from worker processes as they are;
- each partition is handled by one :func:`intimacy_kit.detect_many` call, so the rules
  are compiled once per worker process, not once per message.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Iterable, Sequence

import dask
import dask.bag as db

import intimacy_kit as ik

# Pieces of messages: some judgmental, most not, as in a real inbox.
_JUDGMENTAL = (
    "You never listen to me.",
    "You're always on your phone at dinner.",
    "Calm down, you're overreacting.",
    "Whatever. I don't want to talk about it.",
    "You make me so angry when you're late.",
    "Why can't you be more like your brother?",
    "I feel like you don't care.",
    "You should have called.",
    "Wow, nice job, genius.",
    "It's not my fault you forgot.",
)
_CLEAN = (
    "Thanks for dinner, it was lovely.",
    "I missed you today.",
    "Could you pick up milk on the way home?",
    "I feel lonely when we eat in silence.",
    "See you at six!",
    "The plumber comes at nine tomorrow.",
    "I'm sorry I snapped at you this morning.",
    "Would it help to talk it through tonight?",
)
_NAMES = ("Sam", "Alex", "Jo", "Riley", "Kim")


def generate_messages(count: int, *, seed: int = 0) -> list[str]:
    """``count`` message-like strings, the same ones for the same seed."""
    rng = random.Random(seed)
    messages = []
    for _ in range(count):
        pieces = [
            rng.choice(_JUDGMENTAL if rng.random() < 0.35 else _CLEAN)
            for _ in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.2:
            pieces.insert(0, f"{rng.choice(_NAMES)},")
        messages.append(" ".join(pieces))
    return messages


def _detect_partition(messages: Iterable[str]) -> list[ik.Findings]:
    # One detect_many call per partition: the rules are compiled once per worker.
    return list(ik.detect_many(messages))


def detect_bag(
    messages: Sequence[str], *, partitions: int = 4, scheduler: str = "processes"
) -> list[ik.Findings]:
    """The findings of every message, computed by dask on a local scheduler, in order."""
    bag = db.from_sequence(messages, npartitions=partitions)
    with dask.config.set(scheduler=scheduler):
        return list(bag.map_partitions(_detect_partition).compute())


def analyze_bag(
    messages: Sequence[str], *, partitions: int = 4, scheduler: str = "processes"
) -> list[ik.Analysis]:
    """The full :func:`intimacy_kit.analyze` of every message, computed by dask, in order."""
    bag = db.from_sequence(messages, npartitions=partitions)
    with dask.config.set(scheduler=scheduler):
        return list(bag.map(ik.analyze).compute())


def category_counts(results: Iterable[Sequence[ik.Finding]]) -> Counter[str]:
    """How many findings of each category there are across all the results."""
    return Counter(finding.category.value for findings in results for finding in findings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Detect judgmental language with dask.")
    parser.add_argument("--messages", type=int, default=2000, help="how many to generate")
    parser.add_argument("--partitions", type=int, default=4, help="dask partitions")
    parser.add_argument(
        "--scheduler", choices=("processes", "threads", "synchronous"), default="processes"
    )
    args = parser.parse_args(argv)

    messages = generate_messages(args.messages)
    started = time.perf_counter()
    results = detect_bag(messages, partitions=args.partitions, scheduler=args.scheduler)
    seconds = time.perf_counter() - started
    flagged = sum(1 for findings in results if findings)
    print(
        f"{len(messages)} messages, {flagged} flagged, "
        f"in {seconds:.1f} s on the {args.scheduler!r} scheduler"
    )
    for category, count in category_counts(results).most_common():
        print(f"  {category:20} {count:6}")

    # The whole analysis of a few flagged messages: barriers and exercises too.
    sample = [m for m, findings in zip(messages, results, strict=True) if findings][:3]
    for analysis in analyze_bag(sample, partitions=1, scheduler=args.scheduler):
        barriers = ", ".join(signal.barrier.name for signal in analysis.signals)
        print(f"\n{analysis.text}\n  barriers: {barriers}\n  instead:  {analysis.rewrite.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
