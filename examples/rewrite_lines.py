r"""Rewrite each line of standard input as an I-statement: ``intimacy-kit rewrite``.

    $ printf 'You never listen to me!\nSee you at six!\n' | python examples/rewrite_lines.py
    When you didn't listen to me, I felt hurt, because I need to be heard. Would you …
    See you at six!

This script is the installed command under another name, kept for the scripts that
call it: ``intimacy-kit rewrite`` (or ``python -m intimacy_kit rewrite``) does the
same. Every input line gives one output line. A line the library declines (a threat,
self-harm) is written unchanged with a warning and the reason on standard error;
Windows line endings are removed; a line that does not look like English is left as
it is, with a note on standard error; a line that is not UTF-8 is passed through byte
for byte with an error naming it. Options: ``--style nvc|gordon|xyz`` and
``--format jsonl`` for the parts, confidence and notes (see ``--help``).
"""

from __future__ import annotations

import sys

from intimacy_kit.cli import main

if __name__ == "__main__":
    sys.exit(main(["rewrite", *sys.argv[1:]]))
