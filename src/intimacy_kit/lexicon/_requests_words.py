"""Word classes for the requests rule families (filled in as the families are migrated)."""

from __future__ import annotations

from intimacy_kit.lexicon._format import WordClass

CLASSES: tuple[WordClass, ...] = ()
"""The classes of this module."""
