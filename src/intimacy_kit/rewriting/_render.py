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
from intimacy_kit.rewriting._phrases import FRAMES, NEED_EFFECTS
from intimacy_kit.rewriting._plan import Plan
from intimacy_kit.rewriting._reading import Reading
from intimacy_kit.rewriting._transforms import Contribution

__all__ = ["parts_of", "render"]

_REQUESTS: Final = ("Could you {request}?", "Would you be willing to {request}?")
_NEXT_TIME: Final = "Next time, could you {request}?"
_DEFAULT_EFFECT: Final = "it matters to me"


def _choose(options: tuple[str, ...], reading: Reading) -> str:
    # A checksum, not hash(): the same message gets the same frame in every process.
    return options[zlib.crc32(reading.text.encode("utf-8", "replace")) % len(options)]


def _because(plan: Plan, style: Style) -> str:
    """What follows the feeling: the need (NVC) or its effect (Gordon); nothing for XYZ."""
    if style is Style.GORDON:
        return f", because {NEED_EFFECTS.get(plan.need, _DEFAULT_EFFECT)}"
    if style is Style.NVC and plan.need_named:
        return f", because I need {plan.need_clause}"
    return ""


def _sentence(said: Contribution, plan: Plan, style: Style, first_feeling: bool) -> str:
    """One contribution written out in its frame."""
    if said.statement is not None:
        return sentence_case(said.statement)
    assert said.frame is not None
    if style is not Style.NVC and said.frame in ("could_you", "would_it_help"):
        return ""  # Gordon and XYZ ask for nothing
    text = FRAMES[said.frame].format(
        feeling=plan.feeling,
        observation=said.observation or "",
        request=said.request or "",
        need=plan.need_clause,
    )
    if first_feeling and said.frame == "feel_when":
        text = text[:-1] + _because(plan, style) + "."
    return sentence_case(text)


_ASKING: Final = frozenset({"could_you", "would_it_help", "wish_had", "wish_more"})
_FEELING_FRAMES: Final = frozenset({"feel_when", "hurt_that", "feel_need"})


def _feeling_line(plan: Plan, style: Style, *, about: bool = False) -> str:
    # "about your clutter" keeps the subject when the line stands in for a sentence.
    subject = f" about {plan.subject}" if about and plan.subject else ""
    return sentence_case(f"I'm feeling {plan.feeling}{subject}{_because(plan, style)}.")


def render(plan: Plan, reading: Reading, style: Style) -> str:
    """The rewritten message: kept sentences as written, the rest as planned."""
    said = dict(plan.said)
    pieces: list[str] = []
    felt = False
    for sentence in reading.sentences:
        if sentence.index not in said:
            if not (sentence.echo and said):  # "Not once." after the complaint goes with it
                pieces.append(reading.text[sentence.start : sentence.end])
            continue
        contribution = said[sentence.index]
        if contribution is None:
            continue  # nothing in it to keep: it is left out
        asks = contribution.frame in _ASKING
        if asks and not felt and style is Style.NVC:
            pieces.append(_feeling_line(plan, style))  # the feeling before the request
            felt = True
        pieces.append(_sentence(contribution, plan, style, not felt))
        felt = felt or contribution.frame in _FEELING_FRAMES or contribution.whole
    stated = any(c is not None and c.statement for c in said.values())
    if not stated and ((not felt and style is not Style.XYZ) or not any(p.strip() for p in pieces)):
        pieces.append(_feeling_line(plan, style, about=True))
    if style is Style.NVC and plan.request is not None:
        frame = _NEXT_TIME if plan.next_time else _choose(_REQUESTS, reading)
        pieces.append(frame.format(request=plan.request))
    # A set sentence chosen for two findings is said once; a kept piece with no words
    # (a stray "." of the original) is dropped.
    said_once: list[str] = []
    for piece in (p.strip() for p in pieces):
        if any(c.isalnum() for c in piece) and piece not in said_once:
            said_once.append(piece)
    return " ".join(said_once)


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
