"""Run every benchmark: ``python -m benchmarks``."""

from __future__ import annotations

import importlib

BENCHMARKS = ("bench_import", "bench_detect", "bench_rewrite")

for name in BENCHMARKS:
    importlib.import_module(f"benchmarks.{name}").main()
