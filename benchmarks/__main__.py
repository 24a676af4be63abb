"""Run every benchmark: ``python -m benchmarks``."""

from __future__ import annotations

import importlib

# Each benchmark's module and the arguments of its ``main``.
BENCHMARKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bench_import", ()),
    ("bench_detect", ()),
    ("bench_rewrite", ()),
    ("bench_coldstart", ()),
    ("bench_adversarial", ("--quiet",)),
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
