"""The exercise catalogue: every family of exercises gathered into one tuple.

The families live in their own modules; this tuple fixes the public order.
"""

from __future__ import annotations

from intimacy_kit.catalogue._exercises_talk import TALK_EXERCISES
from intimacy_kit.catalogue._exercises_together import TOGETHER_EXERCISES
from intimacy_kit.catalogue._model import Exercise

__all__ = ["EXERCISES"]

EXERCISES: tuple[Exercise, ...] = TALK_EXERCISES + TOGETHER_EXERCISES
"""All exercises, in a stable order: talking and feeling first, then shared practice."""
