"""Run every benchmark: ``python -m benchmarks``."""

from __future__ import annotations

import importlib

BENCHMARKS = ("bench_import",)

for name in BENCHMARKS:
    importlib.import_module(f"benchmarks.{name}").main()
