"""Import time of ``intimacy_kit`` as a ratio of ``import attrs, regex``.

Target (DESIGN.md): ``python -c "import intimacy_kit"`` costs at most 1.5x
``python -c "import attrs, regex"``. The two commands are run interleaved in fresh
interpreters so that both see the same machine load.
"""

from __future__ import annotations

from benchmarks._timing import command_seconds, median

TARGET = 1.5


def run(runs: int = 15) -> dict[str, float]:
    """Measure both commands ``runs`` times each, interleaved; return medians and ratio."""
    ours: list[float] = []
    baseline: list[float] = []
    for _ in range(runs):
        baseline += command_seconds("import attrs, regex", 1)
        ours += command_seconds("import intimacy_kit", 1)
    result = {"baseline_s": median(baseline), "intimacy_kit_s": median(ours)}
    result["ratio"] = result["intimacy_kit_s"] / result["baseline_s"]
    return result


def main() -> None:
    """Print the figures and whether the target is met."""
    result = run()
    verdict = "ok" if result["ratio"] <= TARGET else "OVER TARGET"
    print(
        f"import: intimacy_kit {result['intimacy_kit_s'] * 1000:.1f} ms, "
        f"attrs+regex {result['baseline_s'] * 1000:.1f} ms, "
        f"ratio {result['ratio']:.2f}x (target <= {TARGET}x) {verdict}"
    )


if __name__ == "__main__":
    main()
