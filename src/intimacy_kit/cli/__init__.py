"""The ``intimacy-kit`` command line (also ``python -m intimacy_kit``).

Commands: ``check`` (flag judgmental language; exit 1 when anything is flagged),
``rewrite`` (one I-statement per line), ``analyze`` (a conversation per speaker),
``barriers``, ``exercises`` and ``plan`` (browse the catalogue). Unlike the library,
this package reads files and writes to the terminal: all of that I/O lives here.
"""

from __future__ import annotations

from intimacy_kit.cli._main import build_parser, main

__all__ = ["build_parser", "main"]
