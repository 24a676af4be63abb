"""Run every benchmark: ``python -m benchmarks``."""

from __future__ import annotations

import importlib

# Each benchmark's module and the arguments of its ``main``.
BENCHMARKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bench_import", ()),
    ("bench_detect", ()),
    ("bench_rewrite", ()),
    ("bench_coldstart", ()),
    # The whole adversarial corpus takes most of an hour: here every classic shape and a
    # fixed draw of 200 rule cases; ``python -m benchmarks.bench_adversarial`` runs it all.
    ("bench_adversarial", ("--quiet", "--sample", "200")),
    # The full memory run makes 1.1 million calls and takes several minutes: here the
    # quick mode; ``python -m benchmarks.bench_memory`` runs the full one.
    ("bench_memory", ("--quick",)),
)

for name, arguments in BENCHMARKS:
    module = importlib.import_module(f"benchmarks.{name}")
    if arguments:
        module.main(arguments)
    else:
        module.main()
