"""Check every rule's examples and near misses, each rule alone.

Usage: ``python scripts/check_rules.py [FAMILY]``.

A quick loop while writing rules (the test suite checks the same, with the whole rule set
too): it prints each example a rule misses and each near miss it flags, and exits 1 when
there is any.
"""

from __future__ import annotations

import argparse
import sys

from intimacy_kit.detection import RuleSet, detect
from intimacy_kit.detection.rules import DEFAULT_RULES


def main(argv: list[str] | None = None) -> int:
    """Print every rule whose own examples or near misses fail; the count is the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("family", nargs="?", help="only this rule family (e.g. threat)")
    args = parser.parse_args(argv)
    problems = 0
    for rule in DEFAULT_RULES:
        if args.family and rule.family != args.family:
            continue
        alone = RuleSet([rule])
        for example in rule.examples:
            if not detect(example, rules=alone):
                print("MISS", rule.id, repr(example))
                problems += 1
        for near_miss in rule.near_misses:
            found = detect(near_miss, rules=alone)
            if found:
                print("FP  ", rule.id, repr(near_miss), [f.text for f in found])
                problems += 1
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
