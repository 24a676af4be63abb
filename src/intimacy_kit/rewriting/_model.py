"""Value types of the I-statement rewriter: styles, parts, edits and the result.

Everything here is immutable, picklable and has a JSON-ready ``to_dict()``.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import attrs

from intimacy_kit._model import Category, Finding, TextEnum
from intimacy_kit._surrogates import SurrogateErrors, handle_surrogates

__all__ = [
    "CONFIDENCE_THRESHOLD",
    "STYLES",
    "Edit",
    "Rewrite",
    "RewriteParts",
    "Style",
    "StyleName",
]


class Style(TextEnum):
    """The shapes an I-statement can take; the values are plain strings.

    >>> Style("gordon") is Style.GORDON
    True
    >>> [s.value for s in Style]
    ['nvc', 'gordon', 'xyz']
    """

    NVC = "nvc"
    """Nonviolent Communication: observation, feeling, need, and a request phrased as an
    invitation ("Would you be willing to …?")."""
    GORDON = "gordon"
    """Thomas Gordon's I-message: the behaviour, the feeling, and its concrete effect on
    the speaker; no request."""
    XYZ = "xyz"
    """The "XYZ" statement: "When you X (in situation Y), I feel Z"."""


StyleName = Literal["nvc", "gordon", "xyz"]
"""The style names as a type, so that a type checker catches ``style="bogus"``."""

STYLES: tuple[str, ...] = tuple(style.value for style in Style)
"""The names of every style ``rewrite`` accepts: ``('nvc', 'gordon', 'xyz')``."""

CONFIDENCE_THRESHOLD: Final = 0.6
"""Below this :attr:`Rewrite.confidence`, show the findings and their suggestions rather
than the rewrite: the rewriter could not find enough in the message (what happened, a
feeling it can vouch for, something to ask for) to say something true and kind."""


def _unit_interval(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be between 0 and 1, got {value!r}")


def _optional_text(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None, got {type(value).__name__}")


@attrs.frozen
class RewriteParts:
    """The building blocks of an I-statement, so an app can render its own template.

    The parts are the same whichever style was asked for; the style only decides which
    of them the rewritten text uses (``nvc``: observation, feeling, need, request;
    ``gordon``: observation, feeling, effect; ``xyz``: observation, situation, feeling).
    Any part may be ``None`` when the message gave nothing to build it from.

    >>> parts = RewriteParts(observation="you didn't call", feeling="worried",
    ...                      need="reassurance", need_clause="some reassurance",
    ...                      request="call me when plans change")
    >>> parts.to_dict()["feeling"]
    'worried'
    >>> RewriteParts().is_empty
    True
    """

    observation: str | None = attrs.field(default=None, validator=_optional_text)
    """What happened, without judgment, as a clause that completes "When …"
    (``"you didn't help with the dishes"``); ``None`` when the message named no behaviour."""
    feeling: str | None = attrs.field(default=None, validator=_optional_text)
    """The real feeling the speaker names (a word of the feelings lexicon, never a faux
    feeling such as "ignored"); two feelings are joined with "and"."""
    need: str | None = attrs.field(default=None, validator=_optional_text)
    """The name of the need behind the feeling (``"being heard"``), from the needs lexicon."""
    need_clause: str | None = attrs.field(default=None, validator=_optional_text)
    """The need as words that complete "because I need …" (``"to be heard"``)."""
    request: str | None = attrs.field(default=None, validator=_optional_text)
    """A doable request as words that complete "Would you be willing to …?"
    (``"help with the dishes tonight"``)."""
    effect: str | None = attrs.field(default=None, validator=_optional_text)
    """The concrete effect on the speaker, completing "because …" (Gordon's I-message)."""
    situation: str | None = attrs.field(default=None, validator=_optional_text)
    """Where or when the behaviour happened, if the message said (``"at the table"``)."""

    @property
    def is_empty(self) -> bool:
        """True when no part is filled in (a declined or unchanged message)."""
        return all(value is None for value in attrs.astuple(self))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with every part (``None`` for the missing ones)."""
        return attrs.asdict(self)


@attrs.frozen
class Edit:
    """One change the rewriter made, with a note a user can be shown.

    >>> e = Edit(start=4, end=16, before="never listen", after="didn't listen",
    ...          note="removed the absolute 'never'", category=Category.ABSOLUTE)
    >>> e.to_dict()["category"], e.note
    ('absolute', "removed the absolute 'never'")
    """

    start: int
    """Offset in the original message where the changed words begin."""
    end: int
    """Offset in the original message just past the changed words."""
    before: str
    """The words of the original message that were changed or dropped."""
    after: str | None
    """What they became in the rewrite, or ``None`` when they were dropped."""
    note: str
    """A short, plain-language note on what changed and why."""
    category: Category | None = attrs.field(
        default=None, converter=attrs.converters.optional(Category)
    )
    """The detector category the change answers, if any."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; the category becomes its string value."""
        return {
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "note": self.note,
            "category": None if self.category is None else self.category.value,
        }


@attrs.frozen
class Rewrite:
    """The result of :func:`~intimacy_kit.rewrite`: the message as an I-statement.

    A clean message comes back unchanged (``changed`` is False and ``text is original``);
    a message with a threat is ``declined`` and ``reason`` says why.

    >>> from intimacy_kit import rewrite
    >>> r = rewrite("Could you pick up milk?")
    >>> r.changed, r.declined, r.text
    (False, False, 'Could you pick up milk?')
    >>> sorted(r.to_dict())[:4]
    ['changed', 'confidence', 'declined', 'edits']
    """

    original: str
    """The message as given."""
    text: str
    """The rewritten message (the original when unchanged or declined)."""
    style: Style = attrs.field(converter=Style)
    """The style the text was written in."""
    changed: bool
    """True when ``text`` differs from the original."""
    declined: bool
    """True when the rewriter refused to soften the message (a threat or self-harm)."""
    reason: str | None
    """Why the message was declined, with a pointer to outside help; else ``None``."""
    parts: RewriteParts
    """The observation, feeling, need, request, effect and situation of the rewrite."""
    findings: tuple[Finding, ...]
    """What the detector found in the original message."""
    edits: tuple[Edit, ...]
    """What changed, in the order of the original message, with notes to show a user."""
    confidence: float = attrs.field(default=1.0, validator=_unit_interval)
    """How far the rewriter vouches for :attr:`text`, in [0, 1]: 1.0 for a message left
    unchanged or declined; for a rewrite, built from what the reading found (see the
    rewriter guide). Below :data:`CONFIDENCE_THRESHOLD`, show the findings instead."""

    @property
    def notes(self) -> tuple[str, ...]:
        """The edit notes alone, ready to show as a list."""
        return tuple(edit.note for edit in self.edits)

    def _repr_html_(self) -> str:
        from intimacy_kit._html import rewrite_html

        return rewrite_html(self)

    def __str__(self) -> str:
        if self.declined:
            return f"{self.original}\n(not rewritten: {self.reason})"
        return self.text

    def to_dict(self, *, errors: SurrogateErrors = "keep") -> dict[str, Any]:
        """A JSON-ready dict with stable keys; nested values are dicts too.

        ``errors="replace"`` puts U+FFFD in place of any unpaired surrogate.
        """
        return handle_surrogates(self._dict(), errors, "Rewrite.to_dict")

    def _dict(self) -> dict[str, Any]:
        return {
            "original": self.original,
            "text": self.text,
            "style": self.style.value,
            "changed": self.changed,
            "declined": self.declined,
            "reason": self.reason,
            "parts": self.parts.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "edits": [edit.to_dict() for edit in self.edits],
            "confidence": self.confidence,
        }
