"""Generate ``src/intimacy_kit/detection/_precompiled_data.py``: the default rules, compiled.

A fresh process that checks one message should not wait for every pattern of the
default rules to be parsed and compiled. This script compiles them once, without the
stored tables, and writes what the gate needs as Python literals (see
``intimacy_kit.detection._precompiled``). ``tests/test_precompiled.py`` fails when the
file is out of date: run this script after changing a rule's pattern, a frame or the
vocabulary. Running it twice gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from intimacy_kit.detection._precompiled import build

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "intimacy_kit" / "detection" / "_precompiled_data.py"


def main() -> None:
    """Write the module and say where."""
    TARGET.write_text(build(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
