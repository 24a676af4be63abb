"""contempt rules (being migrated to token patterns)."""

from __future__ import annotations

from intimacy_kit.detection._rule import Rule

RULES: tuple[Rule, ...] = ()
"""The contempt rules."""
