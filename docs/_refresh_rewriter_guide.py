"""Refresh the outputs of the ``>>>`` examples in docs/guide/rewriter.md.

Run ``python docs/_refresh_rewriter_guide.py`` (with the package importable, for example
``PYTHONPATH=src``) after changing the rewriter or the rules it depends on: every ``>>>``
example of the guide's ``python`` blocks is run in order, and the lines under it are
replaced by what it really prints, wrapped at spaces to fit a code block on the page (78
characters). The guide is checked as a doctest with ``NORMALIZE_WHITESPACE``, so the
wrapping does not matter to the check. Read the diff before committing it: the page's
prose says what the examples show, and an output that changed may no longer show it.

Other guide pages can be named on the command line
(``python docs/_refresh_rewriter_guide.py docs/guide/detector.md``). An output written
with ``...`` (doctest's ``ELLIPSIS``) and an expected exception are kept as written.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

GUIDE = Path(__file__).resolve().parent / "guide" / "rewriter.md"
WIDTH = 78
_BLOCK = re.compile(r"```python\n(.*?)\n```", re.S)


def _output(code: str, namespace: dict[str, Any]) -> list[str]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        try:
            compiled = compile(code, "<guide>", "eval")
        except SyntaxError:
            exec(compile(code + "\n", "<guide>", "exec"), namespace)
        else:
            value = eval(compiled, namespace)
            if value is not None:
                print(repr(value))
    lines = []
    for line in buffer.getvalue().rstrip("\n").splitlines():
        if len(line) > WIDTH:
            lines.extend(textwrap.wrap(line, WIDTH, break_long_words=False, break_on_hyphens=False))
        else:
            lines.append(line)
    return lines


def refresh_block(block: str, namespace: dict[str, Any]) -> str:
    """One ``python`` block with every example's output replaced by the real one."""
    lines = block.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith(">>> "):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].startswith("... "):
            j += 1
        out.extend(lines[i:j])
        code = "\n".join(line[4:] for line in lines[i:j])
        k = j
        while k < len(lines) and not lines[k].startswith(">>> ") and lines[k].strip():
            k += 1
        old = lines[j:k]
        try:
            new = _output(code, namespace)
        except Exception:  # an expected exception: keep what is written
            new = old
        # An output written with "..." (doctest's ELLIPSIS) is kept as written.
        out.extend(old if any("..." in line for line in old) else new)
        i = k
    return "\n".join(out)


def refresh(page: Path) -> None:
    """Rewrite ``page`` in place, its examples run in one namespace, top to bottom."""
    namespace: dict[str, Any] = {}
    text = page.read_text(encoding="utf-8")
    fresh = _BLOCK.sub(lambda m: f"```python\n{refresh_block(m.group(1), namespace)}\n\n```", text)
    page.write_text(fresh, encoding="utf-8")


def main(argv: list[str]) -> None:
    """Refresh the pages named in ``argv``, or the rewriter guide."""
    for name in argv or [str(GUIDE)]:
        refresh(Path(name))


if __name__ == "__main__":
    main(sys.argv[1:])
