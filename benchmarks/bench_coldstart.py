"""Cold start: a fresh process that imports the package and makes one call, against VADER.

Targets (DESIGN.md, "Performance"; issue 15):

* ``python -c "import intimacy_kit as ik; ik.detect(…)"`` costs at most 4x
  ``python -c "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer;
  SentimentIntensityAnalyzer().polarity_scores(…)"``, the widely used rule-based baseline;
* the same with one ``rewrite`` costs at most 8x the baseline.

The commands run interleaved in fresh interpreters, with bytecode caching on (see
``_timing.command_seconds``), and the medians are compared. The peak memory of each
(the child's maximum resident set size, read with ``os.wait4``) is reported too; it has
no target, but a script that checks one message should not need hundreds of MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence

from benchmarks._timing import command_seconds, median

DETECT_TARGET = 4.0
REWRITE_TARGET = 8.0
MESSAGE = "You never listen to me, you're so selfish!"

COMMANDS = {
    "vaderSentiment": (
        "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer; "
        f"SentimentIntensityAnalyzer().polarity_scores({MESSAGE!r})"
    ),
    "detect": f"import intimacy_kit as ik; ik.detect({MESSAGE!r})",
    "rewrite": f"import intimacy_kit as ik; ik.rewrite({MESSAGE!r})",
}


def peak_kb(code: str) -> int | None:
    """The peak resident set size of ``python -c code`` in KB, where ``os.wait4`` exists."""
    if not hasattr(os, "wait4"):
        return None
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    process = subprocess.Popen([sys.executable, "-c", code], env=environment)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, code)
    # ru_maxrss is in KB on Linux and in bytes on macOS.
    return usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss


def run(runs: int = 11) -> dict[str, dict[str, float]]:
    """Median seconds and median peak KB of each command, measured interleaved."""
    seconds: dict[str, list[float]] = {name: [] for name in COMMANDS}
    peaks: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, code in COMMANDS.items():
            seconds[name] += command_seconds(code, 1)
            peak = peak_kb(code)
            if peak is not None:
                peaks[name].append(float(peak))
    return {
        name: {
            "seconds": median(seconds[name]),
            "peak_kb": median(peaks[name]) if peaks[name] else float("nan"),
        }
        for name in COMMANDS
    }


def main(argv: Sequence[str] = ()) -> None:
    """Print the figures and whether each target is met."""
    result = run()
    baseline = result["vaderSentiment"]
    print(
        "cold start: vaderSentiment import + one polarity_scores "
        f"{baseline['seconds'] * 1000:.0f} ms, "
        f"peak {baseline['peak_kb'] / 1024:.0f} MB"
    )
    for name, target in (("detect", DETECT_TARGET), ("rewrite", REWRITE_TARGET)):
        ours = result[name]
        ratio = ours["seconds"] / baseline["seconds"]
        verdict = "ok" if ratio <= target else "OVER TARGET"
        print(
            f"cold start: import intimacy_kit + one {name} {ours['seconds'] * 1000:.0f} ms, "
            f"ratio {ratio:.2f}x (target <= {target:g}x) {verdict}; "
            f"peak {ours['peak_kb'] / 1024:.0f} MB "
            f"({ours['peak_kb'] / baseline['peak_kb']:.1f}x vaderSentiment's)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
