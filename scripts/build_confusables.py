"""Generate ``src/intimacy_kit/text/_confusables_data.py`` from Unicode's confusables.

The table maps characters that look like a Latin letter (Cyrillic "і", Greek "ο",
mathematical letters, ...) to that letter, so that a word spelled with look-alikes is
read as the word it imitates. The data comes from the ``confusable_homoglyphs`` package
(MIT licence), which packages the Unicode Consortium's ``confusables.txt`` (Unicode
Technical Standard #39); we keep only single characters whose confusable is one ASCII
letter. Run ``make data`` (it installs the ``build`` extra) to regenerate; running it twice
gives the same file.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import metadata, resources
from pathlib import Path

TARGET = (
    Path(__file__).resolve().parents[1] / "src" / "intimacy_kit" / "text" / "_confusables_data.py"
)

HEADER = '''"""Characters that look like a Latin letter, mapped to that letter.

GENERATED: do not edit.

Made by ``scripts/build_confusables.py`` from the ``confusable_homoglyphs`` package,
version {version} (MIT licence), which packages the Unicode Consortium's
``confusables.txt`` (Unicode Technical Standard #39, Unicode licence). Only single
characters whose confusable is one ASCII letter are kept, in lower case. Characters that
NFKC normalisation already maps to the same letter are left out.
"""

from __future__ import annotations

CONFUSABLE_LETTERS: dict[str, str] = {{
'''


def build() -> str:
    """The text of the generated module."""
    version = metadata.version("confusable_homoglyphs")
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    table: dict[str, list[dict[str, str]]] = json.loads(raw)
    letters: dict[str, str] = {}
    for char, entries in table.items():
        if len(char) != 1 or char.isascii():
            continue
        for entry in entries:
            target = entry["c"]
            if len(target) == 1 and target.isascii() and target.isalpha():
                letters[char] = target.lower()
                break
    # A lower-case look-alike decides for its capital: Cyrillic "І" looks like "l" in the
    # table, but it is the capital of "і", which imitates "i"; we fold case first.
    kept = {}
    for char, letter in sorted(letters.items()):
        lower = char.lower()
        if len(lower) == 1 and lower != char:
            letter = letters.get(lower, letter)
        if unicodedata.normalize("NFKC", char).lower() == letter:
            continue
        kept[char] = letter
    lines = [f"    {char!r}: {letter!r},  # U+{ord(char):04X}\n" for char, letter in kept.items()]
    return HEADER.format(version=version) + "".join(lines) + "}\n"


def main() -> int:
    """Write the module; with ``--check``, fail when the file on disk differs."""
    text = build()
    if "--check" in sys.argv[1:]:
        return 0 if TARGET.read_text("utf-8") == text else 1
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
