"""A progress line on standard error for long batches, shown only to a person watching.

It appears only when standard error is a terminal and standard output is not (results
on a terminal are progress enough, and the two would overwrite each other), and only
once a batch has run for a while, so short runs and pipelines see nothing extra.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, TypeVar

__all__ = ["Progress", "wanted"]

_T = TypeVar("_T")

AFTER_SECONDS = 1.0
"""How long a batch runs before the line appears."""
EVERY_SECONDS = 0.2
"""How often the line is redrawn at most."""
_WIDTH = 24


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except ValueError:  # a closed stream
        return False


def wanted(stdout: TextIO, stderr: TextIO) -> bool:
    """Whether a progress line helps: someone watches standard error, results go elsewhere."""
    return _is_terminal(stderr) and not _is_terminal(stdout)


class Progress:
    """Counts items (and bytes, when the total is known) and redraws one line.

    >>> import io
    >>> clock = iter([0.0, 0.0, 2.0, 2.0, 2.0]).__next__
    >>> out = io.StringIO()
    >>> progress = Progress(out, total_bytes=100, clock=clock)
    >>> list(progress.track(["a", "b"], size=lambda item: 50))
    ['a', 'b']
    >>> "2 messages" in out.getvalue() and "100%" in out.getvalue()
    True
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        total_bytes: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._total = total_bytes
        self._clock = clock
        self._count = 0
        self._bytes = 0
        self._started = clock()
        self._drawn_at: float | None = None

    def track(self, items: Iterable[_T], size: Callable[[_T], int]) -> Iterator[_T]:
        """Yield ``items`` unchanged, counting them; clear the line when they run out."""
        try:
            for item in items:
                yield item
                self._count += 1
                self._bytes += size(item)
                self._maybe_draw()
        finally:
            self.clear()

    def _maybe_draw(self) -> None:
        now = self._clock()
        if now - self._started < AFTER_SECONDS:
            return
        if self._drawn_at is not None and now - self._drawn_at < EVERY_SECONDS:
            return
        self._drawn_at = now
        self._stream.write("\r" + self._line() + "\x1b[K")
        self._stream.flush()

    def _line(self) -> str:
        counted = f"{self._count} message{'s' if self._count != 1 else ''}"
        if not self._total:
            return f"intimacy-kit: {counted}"
        share = min(self._bytes / self._total, 1.0)
        filled = round(share * _WIDTH)
        bar = "#" * filled + "-" * (_WIDTH - filled)
        return f"intimacy-kit: [{bar}] {share:4.0%} {counted}"

    def clear(self) -> None:
        """Remove the line, if it was drawn, so the terminal is left clean."""
        if self._drawn_at is not None:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._drawn_at = None


def tracked(
    items: Iterable[_T],
    size: Callable[[_T], int],
    stdout: TextIO,
    stderr: TextIO,
    total_bytes: int | None,
) -> Iterable[_T]:
    """``items`` with a progress line when one is :func:`wanted`, else unchanged."""
    if not wanted(stdout, stderr):
        return items
    return Progress(stderr, total_bytes=total_bytes).track(items, size)
