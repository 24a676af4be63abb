r"""Rewrite each line of standard input as an I-statement, one output line per input line.

    $ printf 'You never listen to me!\\nSee you at six!\\n' | python examples/rewrite_lines.py
    When you didn't listen to me, I felt hurt, because I need to be heard. Would you be …
    See you at six!

Options: ``--style nvc|gordon|xyz`` (default nvc) and ``--notes`` to print what changed
under each rewritten line. Lines the library declines (threats, self-harm) are printed
unchanged, and the reason goes to standard error. The library does no I/O; this script
does all of it.
"""

from __future__ import annotations

import argparse
import sys

from intimacy_kit import STYLES, rewrite


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rewrite each input line as an I-statement.")
    parser.add_argument("--style", choices=STYLES, default="nvc", help="shape of the I-statement")
    parser.add_argument("--notes", action="store_true", help="print what changed, indented")
    args = parser.parse_args(argv)
    for number, line in enumerate(sys.stdin, start=1):
        text = line.rstrip("\n")
        result = rewrite(text, style=args.style)
        print(result.text)
        if result.declined:
            print(f"line {number}: declined: {result.reason}", file=sys.stderr)
        elif args.notes:
            for note in result.notes:
                print(f"    - {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
