"""The I-statement rewriter: read, transform, plan, render, check.

Each stage takes the previous stage's value and returns a new one: the text layer's
reading and the detector's findings (:mod:`._reading`), one contribution per finding from
its category's transform (:mod:`._transforms`), one frozen plan (:mod:`._plan`), the
text in the asked style (:mod:`._render`). A last check runs the detector over the
output: a rewrite that still judges says less, or is not vouched for.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

from intimacy_kit._checks import check_choice, check_text
from intimacy_kit._model import Category, Finding
from intimacy_kit.detection import RuleSet, detect, detect_doc, resolve_rules
from intimacy_kit.rewriting._minimal import minimal_edit
from intimacy_kit.rewriting._model import STYLES, Edit, Rewrite, RewriteParts, Style, StyleName
from intimacy_kit.rewriting._plan import Plan, make_plan
from intimacy_kit.rewriting._reading import Reading, read_message
from intimacy_kit.rewriting._render import parts_of, render
from intimacy_kit.rewriting._safety import decline_reason
from intimacy_kit.rewriting._transforms import Contribution, contribute
from intimacy_kit.text import Doc, read

__all__ = ["rewrite"]

_NOTES: Final = {
    Category.ABSOLUTE: "said what happened instead of 'always' or 'never'",
    Category.LABEL: "named the need behind the label instead of the label",
    Category.BLAME: "owned the feeling instead of blaming",
    Category.MIND_READING: "asked instead of guessing the other person's motives",
    Category.DEMAND: "turned the demand into a request",
    Category.CONTEMPT: "left out the sarcasm or put-down",
    Category.DEFENSIVENESS: "looked at what happened instead of whose fault it is",
    Category.STONEWALLING: "asked for a break instead of shutting the talk down",
    Category.INVALIDATION: "acknowledged the other person's feelings",
    Category.FAUX_FEELING: "named the real feeling behind the evaluation",
    Category.COMPARISON: "left out the comparison",
    Category.ACCUSATORY_QUESTION: "said the feeling instead of an accusing question",
    Category.UNSOLICITED_ADVICE: "offered support instead of advice",
}
_MIN_KEPT: Final = 0.5
_WISH_COST: Final = 0.9
# A message with only its abuse taken out keeps the writer's words but often their edge:
# readers (panel 2026-12-07-b) would send none of six. Vouched for below the threshold.
_MINIMAL_BASE: Final = 0.3
_MINIMAL_SHARE: Final = 0.28
_LAST_RESORT: Final = "I'm upset about this, and I'd like us to talk about it calmly."


def _style(style: object) -> Style:
    return Style(check_choice(style, STYLES, "style", "rewrite"))


def _edits(findings: Iterable[Finding]) -> tuple[Edit, ...]:
    return tuple(
        Edit(f.start, f.end, f.text, None, _NOTES.get(f.category, "reworded"), f.category)
        for f in findings
    )


def _checked(
    text: str, plan: Plan, reading: Reading, style: Style, rules: RuleSet
) -> tuple[str, Plan]:
    """The rendered text if the detector finds nothing in it; otherwise say less.

    First a described behaviour that still reads as a judgment ("you don't listen to me")
    becomes a wish ("I'd really like you to listen to me more often"); then every finding's
    sentence is left out, leaving the feeling; then a plain last resort.
    """
    if not detect(text, rules=rules):
        return text, plan
    said = tuple((index, _as_wish(contribution)) for index, contribution in plan.said)
    asked = {c.request for _, c in said if c is not None and c.frame == "wish_more"}
    wished = attrs.evolve(
        plan,
        said=said,
        # The wish already asks ("I'd really like you to listen to me more often").
        request=None if plan.request in asked else plan.request,
        confidence=round(plan.confidence * _WISH_COST, 3),
    )
    candidate = render(wished, reading, style)
    if not detect(candidate, rules=rules):
        return candidate, wished
    plain = attrs.evolve(
        plan,
        said=tuple((index, None) for index, _ in plan.said),
        request=None,
        confidence=min(plan.confidence, 0.4),
    )
    simpler = render(plain, reading, style)
    if not detect(simpler, rules=rules):
        return simpler, plain
    return _LAST_RESORT, attrs.evolve(plain, confidence=0.0)


def _as_wish(said: Contribution | None) -> Contribution | None:
    """A behaviour frame as a wish, when there is something to ask for; else left out."""
    if said is None or said.frame not in ("feel_when", "hurt_that"):
        return said
    if said.request is None:
        return None
    return attrs.evolve(said, frame="wish_more")


def _minimal(doc: Doc, rules: RuleSet) -> tuple[str, float] | None:
    """The message with only its abuse taken out, when that leaves nothing judgmental."""
    found = minimal_edit(doc)
    if found is None:
        return None
    edited, share = found
    if share < _MIN_KEPT or detect(edited, rules=rules):
        return None
    # Most of the writer's own words, and nothing left to flag: as faithful as it gets.
    return edited, round(_MINIMAL_BASE + share * _MINIMAL_SHARE, 3)


def rewrite(
    text: str, *, style: Style | StyleName = "nvc", rules: RuleSet | None = None
) -> Rewrite:
    """Rewrite a message as an I-statement: the subject stays, the judgment goes.

    A clean message comes back unchanged; a threat, ultimatum or self-harm statement is
    declined and left as it was, with a reason. ``confidence`` says how far the rewriter
    vouches for the text: below :data:`~intimacy_kit.CONFIDENCE_THRESHOLD`, show the
    findings and their suggestions instead. ``rules=None`` means the default rules.

    >>> import intimacy_kit as ik
    >>> r = ik.rewrite("You never help with the dishes!")
    >>> import textwrap
    >>> print(textwrap.fill(r.text, 76))
    I feel overwhelmed when you don't help with the dishes, because I need some
    support. Could you help with the dishes?
    >>> ik.rewrite("Do that again and you'll be sorry.").declined
    True
    """
    check_text(text, "text", "rewrite")
    chosen_style = _style(style)
    chosen_rules = resolve_rules(rules, "rewrite")
    doc = read(text)
    findings = tuple(detect_doc(doc, chosen_rules))
    reason = decline_reason(doc, findings)
    if reason is not None:
        return Rewrite(text, text, chosen_style, False, True, reason, RewriteParts(), findings, ())
    if not findings:
        return Rewrite(text, text, chosen_style, False, False, None, RewriteParts(), findings, ())
    edited = _minimal(doc, chosen_rules)
    if edited is not None:
        output, confidence = edited
        return Rewrite(
            text,
            output,
            chosen_style,
            output != text,
            False,
            None,
            RewriteParts(),
            findings,
            _edits(findings),
            confidence,
        )
    reading = read_message(doc, findings)
    # An echo ("Not once.") only repeats a complaint made elsewhere in the message.
    complaints = [s for s in reading.sentences if s.findings and not s.echo]
    contributions = [
        contribute(reading, s, f) for s in complaints or reading.sentences for f in s.findings
    ]
    plan = make_plan(reading, contributions)
    output, plan = _checked(
        render(plan, reading, chosen_style), plan, reading, chosen_style, chosen_rules
    )
    return Rewrite(
        original=text,
        text=output,
        style=chosen_style,
        changed=output != text,
        declined=False,
        reason=None,
        parts=parts_of(plan),
        findings=findings,
        edits=_edits(findings),
        confidence=plan.confidence,
    )
