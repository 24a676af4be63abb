"""Stage four of the rewriter: the plan written out in a style.

The sentence frames live in tables, several per style, so that rewrites do not all read
alike; which frame a message gets depends only on the message, so the same message
always gets the same rewrite. Sentences the plan keeps are copied from the original as
the writer wrote them.
"""

from __future__ import annotations

import zlib
from typing import Final

from intimacy_kit.rewriting._grammar import sentence_case
from intimacy_kit.rewriting._model import RewriteParts, Style
from intimacy_kit.rewriting._phrases import NEED_EFFECTS
from intimacy_kit.rewriting._plan import Plan
from intimacy_kit.rewriting._reading import Reading

__all__ = ["parts_of", "render"]

_WITH_OBSERVATION: Final = {
    Style.NVC: (
        "When {observation}, I feel {feeling}, because I need {need}.",
        "I feel {feeling} when {observation}, because I need {need}.",
    ),
    Style.GORDON: ("When {observation}, I feel {feeling}, because {effect}.",),
    Style.XYZ: ("When {observation}, I feel {feeling}.",),
}
_WITHOUT_OBSERVATION: Final = {
    Style.NVC: (
        "I feel {feeling}, because I need {need}.",
        "I'm feeling {feeling}, and I need {need}.",
    ),
    Style.GORDON: ("I feel {feeling}, because {effect}.",),
    Style.XYZ: ("I feel {feeling} about this.",),
}
_REQUESTS: Final = ("Would you be willing to {request}?", "Could you {request}?")
_NEXT_TIME: Final = "Next time, would you be willing to {request}?"
_NO_REQUEST: Final = "Can we talk about it?"
_DEFAULT_EFFECT: Final = "it matters to me"


def _choose(options: tuple[str, ...], reading: Reading) -> str:
    # A checksum, not hash(): the same message gets the same frame in every process.
    return options[zlib.crc32(reading.text.encode("utf-8", "replace")) % len(options)]


def _i_statement(plan: Plan, reading: Reading, style: Style) -> str:
    values = {
        "observation": plan.observation or "",
        "feeling": plan.feeling,
        "need": plan.need_clause,
        "effect": NEED_EFFECTS.get(plan.need, _DEFAULT_EFFECT),
    }
    frames = _WITH_OBSERVATION if plan.observation else _WITHOUT_OBSERVATION
    text = _choose(frames[style], reading).format(**values)
    if style is not Style.NVC:
        return sentence_case(text)
    if plan.request is None:
        asked = _NO_REQUEST
    elif plan.next_time:
        asked = _NEXT_TIME.format(request=plan.request)
    else:
        asked = _choose(_REQUESTS, reading).format(request=plan.request)
    return f"{sentence_case(text)} {asked}"


def render(plan: Plan, reading: Reading, style: Style) -> str:
    """The rewritten message: kept sentences as written, the rest as planned."""
    statements = dict(plan.statements)
    pieces = []
    for sentence in reading.sentences:
        if sentence.index not in plan.replaced:
            pieces.append(reading.text[sentence.start : sentence.end])
        elif sentence.index == plan.anchor:
            pieces.append(_i_statement(plan, reading, style))
        elif sentence.index in statements:
            pieces.append(sentence_case(statements[sentence.index]))
    return " ".join(piece.strip() for piece in pieces if piece.strip())


def parts_of(plan: Plan) -> RewriteParts:
    """The parts of the I-statement, for apps that render their own template."""
    return RewriteParts(
        observation=plan.observation,
        feeling=plan.feeling,
        need=plan.need,
        need_clause=plan.need_clause,
        request=plan.request,
        effect=NEED_EFFECTS.get(plan.need, _DEFAULT_EFFECT),
    )
