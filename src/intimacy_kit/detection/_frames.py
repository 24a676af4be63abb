"""Frames that change what a match means: negation and hedging before it.

A judgment the writer denies ("I don't think you're selfish", "it's not that you're
lazy") is not a judgment; a tentative one ("maybe you're tired?") is softer. Frames are
token patterns like rules; the engine finds them once per sentence and applies them to
the matches that follow them in the same sentence.
"""

from __future__ import annotations

from typing import Final

__all__ = ["HEDGING_FRAMES", "NEGATING_FRAMES"]

NEGATING_FRAMES: Final = (
    # "I don't think you're selfish", "we never said you were lazy"
    "(SPEAKER | WE) (DO | MODAL)? (n't | not | never) "
    "(<think> | <believe> | <mean> | <say> | <feel> | <claim> | <call> | <want> to <say> |"
    " <suggest> "
    "| <imply> | <accuse>)",
    # "I'm not saying you're lazy", "I wasn't calling you selfish"
    "(SPEAKER | WE) BE (n't | not) (saying | calling | accusing | suggesting | implying | trying)",
    # "not that you're lazy", "it's not that you don't care"
    "^ (it BE)? (n't | not) that",
    # "that doesn't mean you're lazy"
    "(DO) (n't | not) <mean>",
    # "nobody said you were lazy", "no one thinks you're stupid"
    '(nobody | "no one" | noone) (<say> | <think> | <believe> | BE saying | <call> | MODAL <say>)',
    # "who said you're lazy?", "who says you're selfish?"
    "who (<say> | <call> | <think>)",
    # "if anyone ever calls you lazy"
    "(if | when) (anyone | anybody | someone | somebody | they | people) (<say> | <call> | <tell>)",
    # "stop saying you're stupid", "don't call yourself a failure"
    "(stop | quit) (<say> | <call> | <tell>) (YOURSELF | you)?",
    "(do) (n't | not) (<say> | <call> | <tell>) (YOURSELF | you)?",
)
"""What the writer says they do not mean."""

HEDGING_FRAMES: Final = (
    "(maybe | perhaps | possibly)",
    "SPEAKER <wonder> (if | whether)",
    'it (<seem> | <sound> | <look>) (like | "as if" | "as though")',
    "SPEAKER <guess>",
    "(could | might) it be",
    "BE it possible",
    "SPEAKER (might | could | may) BE wrong",
    "SPEAKER <sense>",
    "SPEAKER 'm not sure (if | whether)?",
)
"""What makes a guess of what follows."""
