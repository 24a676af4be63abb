"""Print every quality figure: ``python -m evaluation`` (what ``make eval`` runs)."""

from __future__ import annotations

from evaluation import detector, rewriter

print(detector.report())
print()
rewriter.main(["--sample", "20"])
