"""The I-statement rewriter, in stages: read, transform, plan, render.

:func:`rewrite` is re-exported from :mod:`intimacy_kit`; this package holds its stages
(one module each), its tables of phrases and its value types.
"""

from __future__ import annotations

from intimacy_kit.rewriting._model import (
    CONFIDENCE_THRESHOLD,
    STYLES,
    Edit,
    Rewrite,
    RewriteParts,
    Style,
    StyleName,
)
from intimacy_kit.rewriting._rewriter import rewrite

__all__ = [
    "CONFIDENCE_THRESHOLD",
    "STYLES",
    "Edit",
    "Rewrite",
    "RewriteParts",
    "Style",
    "StyleName",
    "rewrite",
]
