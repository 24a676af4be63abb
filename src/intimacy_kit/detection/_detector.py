"""The judgmental-language detector: a message in, findings with original offsets out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from intimacy_kit._model import Findings, _findings
from intimacy_kit.detection._rule import RuleSet
from intimacy_kit.text import Doc

__all__ = ["detect", "detect_doc", "detect_many", "resolve_rules"]


def resolve_rules(rules: RuleSet | None, function: str = "detect") -> RuleSet:
    """The rule set to use: ``None`` means the default rules; anything else must be one."""
    if rules is None:
        from intimacy_kit.detection.rules import DEFAULT_RULES  # noqa: PLC0415

        return DEFAULT_RULES
    if not isinstance(rules, RuleSet):
        raise TypeError(
            f"{function}() argument 'rules' must be a RuleSet or None, got {type(rules).__name__}"
        )
    return rules


def detect(text: str, *, rules: RuleSet | None = None) -> Findings:
    """Find judgmental language in ``text``; findings are sorted by position.

    Every finding's ``start``/``end`` are offsets into ``text`` as given, so
    ``text[f.start:f.end] == f.text``. A clean message gives an empty tuple. The result
    is a :class:`~intimacy_kit.Findings`, a tuple that also remembers ``text`` so that
    notebooks can show the findings highlighted in place. ``rules=None`` means
    :data:`~intimacy_kit.DEFAULT_RULES`.

    >>> import intimacy_kit as ik
    >>> [(f.text, f.category.value) for f in ik.detect("You NEVER listen to me!")]
    [('You NEVER listen', 'absolute')]
    >>> ik.detect("You always make me laugh.")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"detect() argument 'text' must be a str, got {type(text).__name__}")
    compiled = resolve_rules(rules)._get_compiled()
    return _findings(compiled.findings(text) if text else (), text)


def detect_doc(doc: Doc, rules: RuleSet | None = None) -> Findings:
    """Detect in an already read message: the rewriter and the analysis read once."""
    compiled = resolve_rules(rules)._get_compiled()
    return _findings(compiled.findings_in(doc), doc.text)


def detect_many(texts: Iterable[str], *, rules: RuleSet | None = None) -> Iterator[Findings]:
    """Detect in each text of an iterable, lazily: one result per text, in order.

    Memory stays constant however many texts there are, so this works on generators
    over files or database cursors. A single string is refused (it would otherwise be
    read one character at a time).

    >>> import intimacy_kit as ik
    >>> results = ik.detect_many(["Calm down.", "Thanks for dinner!"])
    >>> [[f.category.value for f in found] for found in results]
    [['invalidation'], []]
    """
    if isinstance(texts, str | bytes):
        raise TypeError(
            "detect_many() argument 'texts' must be an iterable of str, not a single "
            f"{type(texts).__name__}; use detect() for one message"
        )
    chosen = resolve_rules(rules, "detect_many")
    chosen.compile()
    return _each(texts, chosen)


def _each(texts: Iterable[str], rules: RuleSet) -> Iterator[Findings]:
    for text in texts:
        yield detect(text, rules=rules)
