"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def best_rate(function: Callable[[], int], repeats: int = 5) -> float:
    """Items per second of ``function`` (which returns how many items it processed).

    The best of several repeats is taken: on a shared machine noise only ever slows
    a run down, so the fastest repeat is the closest to the code's real cost.
    """
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        count = function()
        rates.append(count / (time.perf_counter() - start))
    return max(rates)


def command_seconds(code: str, runs: int) -> list[float]:
    """Wall-clock seconds of ``python -c code`` in fresh interpreters, ``runs`` times.

    Bytecode caching is switched back on (some sandboxes turn it off) and one untimed run
    comes first, so the figures are those of an installed package, as users see them.
    """
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], check=True, env=environment)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=environment)
        times.append(time.perf_counter() - start)
    return times


def median(values: list[float]) -> float:
    """The median, which shrugs off the occasional run slowed by a neighbour."""
    return statistics.median(values)
