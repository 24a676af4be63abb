"""Refresh the outputs of the ``>>>`` examples in docs/guide/rewriter.md.

Run ``python docs/_refresh_rewriter_guide.py`` after changing the rewriter (or the
detector rules it depends on): every ``>>>`` line of the guide's ``python`` blocks is run
in order and the lines under it are replaced by what it really prints, with long
sentences wrapped (the guide is checked as a doctest with ``NORMALIZE_WHITESPACE``, so
wrapping does not matter to the check). ``tests/test_rewriter.py`` then checks that the
page and the library agree.
"""

from __future__ import annotations

import contextlib
import io
import re
import textwrap
from pathlib import Path
from typing import Any

GUIDE = Path(__file__).resolve().parent / "guide" / "rewriter.md"
WIDTH = 88
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
        if len(line) > WIDTH and not line.startswith(("(", "[", "{", "'", '"')):
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
        out.extend(_output(code, namespace))
        i = j
        while i < len(lines) and not lines[i].startswith(">>> ") and lines[i].strip():
            i += 1  # the old output
    return "\n".join(out)


def main() -> None:
    """Rewrite the guide in place."""
    namespace: dict[str, Any] = {}
    text = GUIDE.read_text(encoding="utf-8")
    fresh = _BLOCK.sub(lambda m: f"```python\n{refresh_block(m.group(1), namespace)}\n\n```", text)
    GUIDE.write_text(fresh, encoding="utf-8")


if __name__ == "__main__":
    main()
