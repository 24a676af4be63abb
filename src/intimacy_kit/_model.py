"""Value types shared by the detector, the rewriter and the analysis.

Everything here is immutable and picklable, and has a stable ``to_dict()`` for JSON.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from intimacy_kit._surrogates import SurrogateErrors, handle_surrogates

__all__ = ["Category", "Finding", "Findings", "Severity", "TextEnum"]


class _TextEnumType(enum.EnumType):
    """An enum class whose ``dir()`` lists its members, not every method of ``str``.

    So ``help()`` and pydoc show what the enum is, not four hundred lines of ``str``.
    """

    def __dir__(cls) -> list[str]:
        return sorted(set(super().__dir__()) - set(dir(str)) | {"__doc__", "__members__"})


class TextEnum(enum.StrEnum, metaclass=_TextEnumType):
    """A str-valued enum (``Category.LABEL == "label"``) with a short ``help()``."""


@functools.total_ordering
class Severity(enum.Enum):
    """How much a finding is likely to hurt the conversation, ordered ``LOW < MEDIUM < HIGH``.

    >>> Severity.LOW < Severity.MEDIUM < Severity.HIGH
    True
    >>> max([Severity.MEDIUM, Severity.HIGH, Severity.LOW]).name
    'HIGH'
    """

    LOW = 1
    """Mild: worth softening, unlikely to start a fight on its own."""
    MEDIUM = 2
    """The usual judgmental forms that put the listener on the defensive."""
    HIGH = 3
    """Attacks, contempt and threats: harmful to the relationship or unsafe."""

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.value < other.value

    @property
    def label(self) -> str:
        """The lower-case name used in JSON and the docs: ``"low"``, ``"medium"``, ``"high"``."""
        return self.name.lower()


class Category(TextEnum):
    """The families of judgmental language the detector knows.

    The values are plain strings, so they serialise to JSON as they are:

    >>> Category.MIND_READING.value
    'mind_reading'
    >>> Category("label") is Category.LABEL
    True
    """

    ABSOLUTE = "absolute"
    """Overgeneralising the partner's behaviour ("you never listen")."""
    LABEL = "label"
    """Name-calling and character labels ("you're so lazy")."""
    BLAME = "blame"
    """Making the other responsible for one's feelings or for everything ("you make me angry")."""
    MIND_READING = "mind_reading"
    """Asserting the other's motives or feelings ("you don't care about me")."""
    DEMAND = "demand"
    """Moralistic should/must and commands ("you should have called")."""
    CONTEMPT = "contempt"
    """Sarcasm, mockery, disgust and superiority ("nice job, genius")."""
    DEFENSIVENESS = "defensiveness"
    """Denying responsibility or counter-attacking ("well, you're not perfect either")."""
    STONEWALLING = "stonewalling"
    """Shutting the conversation down ("whatever.")."""
    INVALIDATION = "invalidation"
    """Dismissing the other's feelings ("calm down", "you're overreacting")."""
    FAUX_FEELING = "faux_feeling"
    """An evaluation dressed as a feeling ("I feel ignored", "I feel like you don't care")."""
    COMPARISON = "comparison"
    """Unfavourable comparison with someone else ("why can't you be more like your brother?")."""
    ACCUSATORY_QUESTION = "accusatory_question"
    """A question that accuses ("how could you do this to me?")."""
    UNSOLICITED_ADVICE = "unsolicited_advice"
    """Fixing instead of listening ("you should just quit")."""
    THREAT = "threat"
    """Threats, coercion and self-harm ultimatums: a safety concern."""

    @property
    def display_name(self) -> str:
        """A human-readable name for headings (``"Mind reading"``)."""
        return self.value.replace("_", " ").capitalize()


def _to_category(value: Category | str) -> Category:
    # The detector passes Category members; calling the enum on them is surprisingly
    # slow, and findings are made on the detector's hot path.
    return value if isinstance(value, Category) else Category(value)


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _unit_interval(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be between 0 and 1, got {value!r}")


@attrs.frozen(order=False)
class Finding:
    """One piece of judgmental language found in a message.

    ``text[start:end]`` of the message the finding came from is exactly ``text``.

    >>> f = Finding(start=4, end=15, text="never listen", category=Category.ABSOLUTE,
    ...             severity=Severity.MEDIUM, rule_id="absolute.never",
    ...             message="Absolutes turn one event into a verdict.", suggestion=None)
    Traceback (most recent call last):
    ...
    ValueError: Finding.text has 12 characters but end - start is 11
    >>> f = Finding(start=4, end=16, text="never listen", category=Category.ABSOLUTE,
    ...             severity=Severity.MEDIUM, rule_id="absolute.never",
    ...             message="Absolutes turn one event into a verdict.", suggestion=None)
    >>> f.to_dict()["category"], f.to_dict()["severity"]
    ('absolute', 'medium')
    """

    start: int = attrs.field(validator=_non_negative)
    """Offset of the first character of the span in the original message."""
    end: int = attrs.field(validator=_non_negative)
    """Offset just past the last character of the span in the original message."""
    text: str
    """The flagged span as it appears in the original message."""
    category: Category = attrs.field(converter=_to_category)
    """The family of judgmental language this span belongs to."""
    severity: Severity
    """How much this is likely to hurt: ``HIGH`` for attacks and threats."""
    rule_id: str
    """The id of the rule that fired, such as ``"absolute.never"``."""
    message: str
    """Why this wording tends to hurt, written for the person who wants to say it better."""
    suggestion: str | None = None
    """A concrete thing to say instead, or ``None`` when the rule has none."""
    score: float = attrs.field(default=1.0, validator=_unit_interval)
    """How sure the detector is: 1.0 for a hand-written rule, the model's probability for
    a finding of the learned lexicon (``rule_id`` ``learned.…``)."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Finding.end ({self.end}) is before Finding.start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Finding.text has {len(self.text)} characters but end - start is "
                f"{self.end - self.start}"
            )

    def to_dict(self, *, errors: SurrogateErrors = "keep") -> dict[str, Any]:
        """A JSON-ready dict with stable keys; enums become their string values.

        ``errors="replace"`` puts U+FFFD in place of any unpaired surrogate, which a
        UTF-8 encoder would refuse (offsets stay valid: one character for one).
        """
        return handle_surrogates(self._dict(), errors, "Finding.to_dict")

    def _dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category.value,
            "severity": self.severity.label,
            "rule_id": self.rule_id,
            "message": self.message,
            "suggestion": self.suggestion,
            "score": self.score,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Rebuild a finding from :meth:`to_dict` output.

        >>> f = Finding(0, 5, "whatever", Category.STONEWALLING, Severity.LOW, "x.y", "m")
        Traceback (most recent call last):
        ...
        ValueError: Finding.text has 8 characters but end - start is 5
        >>> f = Finding(0, 8, "whatever", Category.STONEWALLING, Severity.LOW, "x.y", "m")
        >>> Finding.from_dict(f.to_dict()) == f
        True
        """
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            category=Category(data["category"]),
            severity=Severity[str(data["severity"]).upper()],
            rule_id=str(data["rule_id"]),
            message=str(data["message"]),
            suggestion=None if data.get("suggestion") is None else str(data["suggestion"]),
            score=float(data.get("score", 1.0)),
        )


class Findings(tuple[Finding, ...]):
    """The findings of one message: a plain tuple that also remembers the message.

    It compares, hashes and pickles like the tuple it is; the message is kept only so
    that notebooks can show the findings highlighted in place (``_repr_html_``) and
    terminals a readable summary (``str``).

    >>> from intimacy_kit import detect
    >>> found = detect("You never listen!")
    >>> isinstance(found, tuple), len(found), found.text
    (True, 1, 'You never listen!')
    >>> detect("Thanks for dinner!") == ()
    True
    """

    _text: str

    def __new__(cls, findings: Iterable[Finding] = (), text: str = "") -> Findings:
        self = super().__new__(cls, findings)
        self._text = text
        return self

    @property
    def text(self) -> str:
        """The message the findings were made on."""
        return self._text

    def __repr__(self) -> str:
        return tuple.__repr__(self)

    def __str__(self) -> str:
        from intimacy_kit._html import findings_text

        return findings_text(self.text, self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_make_findings, (tuple(self), self.text))

    def _repr_html_(self) -> str:
        from intimacy_kit._html import findings_html

        return findings_html(self.text, self)

    def to_dict(self, *, errors: SurrogateErrors = "keep") -> dict[str, Any]:
        """A JSON-ready dict: the message and its findings.

        ``errors="replace"`` puts U+FFFD in place of any unpaired surrogate.
        """
        data = {"text": self.text, "findings": [finding.to_dict() for finding in self]}
        return handle_surrogates(data, errors, "Findings.to_dict")


def _make_findings(findings: tuple[Finding, ...], text: str) -> Findings:
    return Findings(findings, text)


_new_tuple = tuple.__new__
_new_object = object.__new__


def _slot_setter(name: str) -> Callable[[Finding, Any], None]:
    setter: Callable[[Finding, Any], None] = Finding.__dict__[name].__set__
    return setter


# The slot setters of Finding: the detector builds findings whose invariants hold by
# construction, and the validating ``__init__`` costs a noticeable share of the time
# spent on a flagged message.
_set_start = _slot_setter("start")
_set_end = _slot_setter("end")
_set_text = _slot_setter("text")
_set_category = _slot_setter("category")
_set_severity = _slot_setter("severity")
_set_rule_id = _slot_setter("rule_id")
_set_message = _slot_setter("message")
_set_suggestion = _slot_setter("suggestion")
_set_score = _slot_setter("score")


def _trusted_finding(
    start: int,
    end: int,
    text: str,
    category: Category,
    severity: Severity,
    rule_id: str,
    message: str,
    suggestion: str | None,
    score: float = 1.0,
) -> Finding:
    """A ``Finding`` built without validation, for callers that guarantee its invariants.

    >>> f = _trusted_finding(0, 5, "never", Category.ABSOLUTE, Severity.MEDIUM, "a.b", "m", None)
    >>> f == Finding(0, 5, "never", Category.ABSOLUTE, Severity.MEDIUM, "a.b", "m", None)
    True
    """
    finding: Finding = _new_object(Finding)
    _set_start(finding, start)
    _set_end(finding, end)
    _set_text(finding, text)
    _set_category(finding, category)
    _set_severity(finding, severity)
    _set_rule_id(finding, rule_id)
    _set_message(finding, message)
    _set_suggestion(finding, suggestion)
    _set_score(finding, score)
    return finding


def _findings(found: tuple[Finding, ...], text: str) -> Findings:
    """``Findings(found, text)`` without the Python-level ``__new__`` (the detector's hot path)."""
    result: Findings = _new_tuple(Findings, found)
    result._text = text
    return result
