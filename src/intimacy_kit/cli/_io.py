"""Reading messages and writing results: the only I/O in the package lives in ``cli``.

Input is read as bytes and decoded here, line by line, so that one line in a wrong
encoding is reported with its file and line number while every other line goes on; the
undecodable line is kept byte for byte (``surrogateescape``) so a command that passes
lines through can write it out unchanged. Output is UTF-8 whatever the locale.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

import attrs

__all__ = [
    "STDIN",
    "Message",
    "Streams",
    "UsageError",
    "check_readable",
    "line_and_column",
    "one_line",
    "read_messages",
    "total_size",
    "write_json_line",
]

STDIN = "<stdin>"
"""The name that stands for standard input in locations (``<stdin>:3:1: …``)."""


class UsageError(Exception):
    """A mistake in how the command was called or in its input: exit status 2."""


@attrs.frozen
class Streams:
    """The three standard streams a command uses (real ones, or stand-ins in tests)."""

    stdin: BinaryIO
    stdout: TextIO
    stderr: TextIO

    @classmethod
    def from_sys(cls) -> Streams:
        """The process's streams: output as UTF-8, undecodable input bytes written back as is."""
        # Results are UTF-8 whatever the locale, so pipelines get the same bytes
        # everywhere; messages for a person keep the terminal's encoding.
        settings = (
            (sys.stdout, {"encoding": "utf-8", "errors": "surrogateescape"}),
            (sys.stderr, {"errors": "backslashreplace"}),
        )
        for stream, options in settings:
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:  # a real text stream; stand-ins are left alone
                reconfigure(**options)
        return cls(sys.stdin.buffer, sys.stdout, sys.stderr)

    def warn(self, message: str) -> None:
        """One line on standard error."""
        print(message, file=self.stderr)  # io-ok: the command line writes its output


@attrs.frozen
class Message:
    """One message read from the input, with where it came from."""

    source: str
    """The file name, or ``<stdin>``."""
    line: int
    """The line it starts on, from 1."""
    text: str
    """The message, without its line ending; undecodable bytes kept as surrogates."""
    size: int
    """How many bytes of input it took, line ending included (for the progress bar)."""
    problem: str | None = None
    """Why the bytes could not be decoded, or ``None`` when they could."""

    @property
    def where(self) -> str:
        """``FILE:LINE``, for messages on standard error."""
        return f"{self.source}:{self.line}"


def check_readable(paths: Sequence[str]) -> None:
    """Refuse, before any output, a file that does not exist or is a folder."""
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            raise UsageError(f"{name}: no such file")
        if path.is_dir():
            raise UsageError(f"{name}: is a folder; give the files inside it")


def total_size(paths: Sequence[str]) -> int | None:
    """The bytes the files hold, or ``None`` when standard input is among them."""
    if not paths or "-" in paths:
        return None
    return sum(Path(name).stat().st_size for name in paths)


def _decode(raw: bytes, encoding: str, first: bool) -> tuple[str, str | None]:
    """The text of ``raw``, and why it could not be decoded (``None`` when it could)."""
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        where = f"byte 0x{raw[error.start]:02x} at position {error.start + 1}"
        problem = (
            f"not valid {encoding} ({where}); re-encode the input as UTF-8 "
            "(e.g. iconv -f latin1 -t utf-8) or pass --encoding"
        )
        # surrogateescape keeps every byte, so the line can be written back unchanged.
        return raw.decode(encoding, "surrogateescape"), problem
    if first and text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark is not part of the first message
    return text, None


def _strip_ending(raw: bytes) -> bytes:
    r"""``raw`` without one line ending: ``\n`` or ``\r\n`` (a lone ``\r`` at the end too)."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw


def _lines(source: str, stream: IO[bytes], encoding: str) -> Iterator[Message]:
    for number, raw in enumerate(stream, start=1):
        text, problem = _decode(_strip_ending(raw), encoding, number == 1)
        yield Message(source, number, text, len(raw), problem)


def _whole(source: str, stream: IO[bytes], encoding: str) -> Iterator[Message]:
    raw = stream.read()
    text, problem = _decode(raw, encoding, True)
    # One message per file: Windows line endings become plain ones inside it.
    yield Message(source, 1, text.replace("\r\n", "\n"), len(raw), problem)


def read_messages(
    paths: Sequence[str], stdin: BinaryIO, *, whole: bool = False, encoding: str = "utf-8"
) -> Iterator[Message]:
    """The messages of every file in turn (standard input when there are none, or ``-``).

    One message per line, or one per file with ``whole``. Lines are read one at a
    time, so memory stays flat on long inputs.
    """
    read = _whole if whole else _lines
    for name in paths or ["-"]:
        if name == "-":
            yield from read(STDIN, stdin, encoding)
            continue
        try:
            with open(name, "rb") as stream:  # io-ok: the command line reads its files
                yield from read(name, stream, encoding)
        except OSError as error:
            raise UsageError(f"{name}: cannot read: {error.strerror or error}") from None


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    r"""The line and column (both from 1) of character ``offset`` in ``text``.

    >>> line_and_column("one\ntwo", 5)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def write_json_line(stdout: TextIO, value: Any) -> None:
    """``value`` as one line of JSON (non-ASCII characters written as themselves)."""
    stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


def one_line(text: str) -> str:
    """``text`` on one line: line breaks shown as ``⏎`` so a location line stays one line."""
    return text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
