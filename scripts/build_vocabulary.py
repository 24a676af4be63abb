"""Generate ``src/intimacy_kit/lexicon/_index.py``: the vocabulary, indexed, as literals.

The word classes are written by hand in the data modules of ``intimacy_kit.lexicon``;
building the index from them (numbering the classes, adding every inflection, splitting
phrases into tokens) takes longer than a script that calls ``detect`` once should wait.
This script builds it once and writes the result as Python literals, which load in a
few milliseconds. ``tests/test_lexicon_index.py`` fails when the index is out of date:
run ``make data`` (or this script) after editing a data module. Running it twice gives
the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from intimacy_kit.lexicon._vocabulary import PhrasesByPair, build_vocabulary

TARGET = Path(__file__).resolve().parents[1] / "src" / "intimacy_kit" / "lexicon" / "_index.py"

HEADER = '''"""The vocabulary index, GENERATED: do not edit.

Made by scripts/build_vocabulary.py from the word classes of :mod:`intimacy_kit.lexicon`;
run ``make data`` after changing a class.

Four tables, each one string of lines, because a string loads far faster than a dict
literal of the same size. A line of ``FORMS`` is a class mask in hexadecimal (bit *n* is
``CLASS_NAMES[n]``), a tab, and every single-token form with that mask, separated by
spaces; ``PHRASES`` is the same for phrases, separated by ``|``; a line of ``LEMMAS`` is
a lemma, a tab, and the forms (different from it) whose lemma it is, separated by ``|``;
a line of ``PAIRS`` is two words, a tab, and the phrases that start with them, longest
first, separated by ``|`` (the text layer's index of phrases, ready to load).
"""

from __future__ import annotations

'''


def _grouped(name: str, items: dict[str, str], separator: str) -> str:
    """A table of ``value<TAB>key key …`` lines: keys grouped by their value."""
    groups: dict[str, list[str]] = {}
    for key, value in items.items():
        groups.setdefault(value, []).append(key)
    lines = [f"{name}: str = (\n"]
    for value, keys in sorted(groups.items()):
        line = value + "\t" + separator.join(sorted(keys)) + "\n"
        lines.append(f"    {line!r}\n")
    lines.append(")\n\n")
    return "".join(lines)


def _table(name: str, rows: dict[str, str]) -> str:
    """A table of ``key<TAB>value`` lines, in the order of the keys."""
    lines = [f"{name}: str = (\n"]
    for key, value in sorted(rows.items()):
        line = key + "\t" + value + "\n"
        lines.append(f"    {line!r}\n")
    lines.append(")\n\n")
    return "".join(lines)


def build() -> str:
    """The text of the generated module."""
    vocabulary = build_vocabulary()
    names = "".join(f"    {name!r},\n" for name in vocabulary.class_names)
    lemmas = {form: lemma for form, lemma in vocabulary.lemmas().items() if form != lemma}
    return (
        HEADER
        + f"CLASS_NAMES: tuple[str, ...] = (\n{names})\n\n"
        + _grouped("FORMS", {f: f"{m:x}" for f, m in vocabulary.forms().items()}, " ")
        + _grouped("PHRASES", {p: f"{m:x}" for p, m in vocabulary.phrase_forms().items()}, "|")
        + _grouped("LEMMAS", lemmas, "|")
        + _table("PAIRS", PhrasesByPair.rows_of(vocabulary.phrase_forms())).rstrip("\n")
        + "\n"
    )


def main() -> int:
    """Write the module; with ``--check``, fail when the file on disk differs."""
    text = build()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text("utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run make data", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET} ({len(text) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
