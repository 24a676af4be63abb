"""intimacy_kit: relationship-communication heuristics as a pure Python library.

A taxonomy of the barriers to emotional intimacy, a catalogue of exercises that address
them, a detector of judgmental language and a rewriter that turns blaming "you"-messages
into I-statements. The package does no I/O: every function takes values and returns
immutable values.
"""

from intimacy_kit._model import Category, Finding, Severity
from intimacy_kit._version import __version__

__all__ = [
    "Category",
    "Finding",
    "Severity",
    "__version__",
]
