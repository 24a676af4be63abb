"""``python -m intimacy_kit``: the same command line as ``intimacy-kit``."""

from __future__ import annotations

import sys

from intimacy_kit.cli import main

if __name__ == "__main__":
    sys.exit(main())
