"""Memory stays bounded: no growth after warm-up, however many distinct messages pass.

Targets (DESIGN.md, "Performance"; issue 17):

* A million ``detect`` calls and 100,000 ``rewrite`` calls over varied messages (the
  rules' examples and near misses, and variants of them with random words and numbers,
  so that every cache sees many distinct strings) grow the process by no more than a few
  MB (``GROWTH_LIMIT_MB``) after a warm-up (a tenth of the calls, and at least 50,000
  ``detect`` calls: enough for the bounded caches to fill; what they took is reported).
* 2,000 ``rewrite`` calls, each on a message with its own 50 KB word, keep at most
  ``HUGE_LIMIT_MB`` alive: a cache keyed on words must not keep huge words.

Two measures, read after ``gc.collect()``. The verdict is on the resident set size (RSS,
read from ``/proc/self/statm``: what the operating system sees, including memory the
allocator keeps for reuse). ``tracemalloc`` then traces a tenth of the calls (at most
20,000; it slows every allocation down) and names the line that allocated most of what
stayed alive. It overstates growth while a full bounded cache turns over: an entry it
evicts was allocated before tracing began, so its release is not counted, while the new
entry is. Where ``/proc`` is missing the verdict falls back on it.

``--quick`` makes 10x fewer calls; ``--detect N``, ``--rewrite N`` and ``--huge N`` set
the counts. ``make bench`` runs the quick mode (the full one takes several minutes on
these machines) and says so.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence

GROWTH_LIMIT_MB = 4.0
"""Growth after warm-up of the many-calls runs, at most."""
HUGE_LIMIT_MB = 10.0
"""Growth of the huge-word run, at most."""
FULL_COUNTS = {"detect": 1_000_000, "rewrite": 100_000, "huge": 2_000}
WARM_UP = {"detect": 50_000, "rewrite": 5_000, "huge": 20}
"""Warm-up calls at least (a tenth of the calls if that is more): enough for the bounded
caches (the 32,768 words of the word reader's) to fill before growth is measured."""
HUGE_WORD_CHARS = 50_000
_MB = 1024 * 1024


def rss_bytes() -> int | None:
    """The resident set size of this process, or None where ``/proc`` is missing."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _settled_rss() -> int | None:
    gc.collect()
    return rss_bytes()


_WORDS = (
    "dishes laundry phone dinner mother weekend car keys money rent kids dog holiday "
    "party work boss gym bills trash garden message birthday"
).split()
_TEMPLATES = (
    "You never help with the {word}, {name}!",
    "you're such a {word} {name}, {number} times now",
    "I asked you {number} times about the {word}.",
    "Why do you always forget the {word}? It's the {number}th time.",
    "ur so lazy {name}, the {word} has been there since {number}",
    "Thanks for the {word}, {name}, see you at {number}!",
    "If you touch my {word} again I'll {verb} you.",
    "She said you were a {word} and I laughed {number} times",
    "{name} {word} {number} {word}",
)
_VERBS = ("kill", "hug", "call", "text", "hurt", "thank")


def _random_word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 12)))


def messages(seed: int = 0) -> Iterator[str]:
    """An endless stream of varied messages: rule examples and random variants."""
    import intimacy_kit as ik

    examples = [
        text
        for rule in ik.DEFAULT_RULES
        for text in (*getattr(rule, "examples", ()), *getattr(rule, "near_misses", ()))
    ]
    rng = random.Random(seed)
    while True:
        roll = rng.random()
        if roll < 0.3 and examples:
            text = rng.choice(examples)
            # Mostly as written, sometimes with a random word and number: new strings.
            yield (
                text
                if rng.random() < 0.3
                else f"{text} {_random_word(rng)} {rng.randint(0, 99999)}"
            )
        else:
            yield rng.choice(_TEMPLATES).format(
                word=rng.choice(_WORDS) if rng.random() < 0.5 else _random_word(rng),
                name=_random_word(rng).capitalize(),
                number=rng.randint(0, 10**6),
                verb=rng.choice(_VERBS),
            )


def huge_messages(seed: int = 0) -> Iterator[str]:
    """Messages that each hold a distinct word of ``HUGE_WORD_CHARS`` letters."""
    rng = random.Random(seed)
    base = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(HUGE_WORD_CHARS))
    number = 0
    while True:
        number += 1
        # Distinct words, cheap to make: a different head on the same long tail.
        head = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(12)) + str(number)
        word = (head + base)[:HUGE_WORD_CHARS]
        yield f"You never listen, {word}! you are such an idiot {word}"


def _calls(function: Callable[[str], object], stream: Iterator[str], count: int) -> None:
    for _ in range(count):
        function(next(stream))


def measure(
    name: str, function: Callable[[str], object], stream: Iterator[str], count: int, warm: int
) -> dict[str, float]:
    """Growth in MB after ``warm`` calls, over ``count`` more: RSS and traced objects."""
    cold = _settled_rss()
    _calls(function, stream, warm)
    started = time.perf_counter()
    before = _settled_rss()
    checkpoints = []
    step = max(1, count // 4)
    done = 0
    while done < count:
        batch = min(step, count - done)
        _calls(function, stream, batch)
        done += batch
        rss = _settled_rss()
        if rss is not None and before is not None:
            checkpoints.append((rss - before) / _MB)
    seconds = time.perf_counter() - started
    # tracemalloc over a tenth of the calls: the Python objects they left alive.
    traced_calls = max(1, min(20_000, count // 10))
    gc.collect()
    tracemalloc.start(1)
    try:
        _calls(function, stream, min(100, traced_calls))  # tracemalloc's own tables first
        gc.collect()
        first = tracemalloc.take_snapshot()
        _calls(function, stream, traced_calls)
        gc.collect()
        second = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    stats = second.compare_to(first, "lineno")
    traced = sum(stat.size_diff for stat in stats) / _MB
    top = max(stats, key=lambda stat: stat.size_diff, default=None)
    where = ""
    if top is not None and top.size_diff > 0:
        frame = top.traceback[0]
        where = f"{os.path.relpath(frame.filename)}:{frame.lineno} (+{top.size_diff / _MB:.2f} MB)"
    return {
        "name": name,  # type: ignore[dict-item]
        "count": float(count),
        "warm": float(warm),
        "warm_mb": (before - cold) / _MB if before is not None and cold is not None else math.nan,
        "seconds": seconds,
        "rss_mb": checkpoints[-1] if checkpoints else math.nan,
        "checkpoints": checkpoints,  # type: ignore[dict-item]
        "traced_calls": float(traced_calls),
        "traced_mb": traced,
        "top": where,  # type: ignore[dict-item]
    }


def run(counts: dict[str, int]) -> list[dict[str, float]]:
    """The three runs: many ``detect`` calls, many ``rewrite`` calls, huge words."""
    import intimacy_kit as ik

    ik.DEFAULT_RULES.compile()
    results = []
    stream = messages()
    for name, function in (("detect", ik.detect), ("rewrite", ik.rewrite)):
        count = counts[name]
        warm = max(WARM_UP[name], count // 10)
        results.append(measure(name, function, stream, count, warm))
    huge = counts["huge"]
    warm = max(WARM_UP["huge"], huge // 100)
    results.append(measure("huge", ik.rewrite, huge_messages(), huge, warm))
    return results


def main(argv: Sequence[str] = ()) -> None:
    """Print the growth figures and whether each target is met."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_memory")
    parser.add_argument("--quick", action="store_true", help="10x fewer calls")
    for name, count in FULL_COUNTS.items():
        parser.add_argument(f"--{name}", type=int, default=None, help=f"calls (full: {count:,})")
    options = parser.parse_args(list(argv))
    divisor = 10 if options.quick else 1
    counts = {
        name: getattr(options, name) or max(1, count // divisor)
        for name, count in FULL_COUNTS.items()
    }
    mode = "quick mode, 10x fewer calls than the full run" if options.quick else "full run"
    if rss_bytes() is None:
        print("memory: no /proc/self/statm on this platform: RSS figures are not available")
    for result in run(counts):
        name = str(result["name"])
        limit = HUGE_LIMIT_MB if name == "huge" else GROWTH_LIMIT_MB
        rss = float(result["rss_mb"])
        worst = float(result["traced_mb"]) if math.isnan(rss) else rss
        verdict = "ok" if worst <= limit else "OVER TARGET"
        what = (
            f"{result['count']:,.0f} rewrite calls, each with a distinct "
            f"{HUGE_WORD_CHARS // 1000} KB word"
            if name == "huge"
            else f"{result['count']:,.0f} {name} calls over varied messages"
        )
        trend = ", ".join(f"{value:+.1f}" for value in result["checkpoints"])  # type: ignore[attr-defined]
        print(
            f"memory: {what} ({mode}), after {result['warm']:,.0f} warm-up calls "
            f"(RSS {float(result['warm_mb']):+.1f} MB while warming up): "
            f"RSS {float(result['rss_mb']):+.1f} MB (by quarter: {trend}), "
            f"traced objects {float(result['traced_mb']):+.2f} MB (an upper bound) over "
            f"{result['traced_calls']:,.0f} more calls, in {float(result['seconds']):.0f} s "
            f"(target <= {limit:g} MB) {verdict}"
        )
        if result["top"]:
            print(f"memory:   most traced growth at {result['top']}")


if __name__ == "__main__":
    main(sys.argv[1:])
