"""The judgmental-language detector: a message in, findings with original offsets out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from intimacy_kit._checks import check_messages, check_rules, check_text
from intimacy_kit._model import Findings, _findings
from intimacy_kit.detection._rule import RuleSet
from intimacy_kit.text import Doc

__all__ = ["detect", "detect_doc", "detect_many", "resolve_rules"]


def resolve_rules(rules: RuleSet | None, function: str = "detect") -> RuleSet:
    """The rule set to use: ``None`` means the default rules; anything else must be one."""
    return check_rules(rules, "rules", function)


def detect(text: str, *, rules: RuleSet | None = None) -> Findings:
    """Find judgmental language in ``text``; findings are sorted by position.

    Every finding's ``start``/``end`` are offsets into ``text`` as given, so
    ``text[f.start:f.end] == f.text``. A clean message gives an empty tuple. The result
    is a :class:`~intimacy_kit.Findings`, a tuple that also remembers ``text`` so that
    notebooks can show the findings highlighted in place. ``rules=None`` means
    :data:`~intimacy_kit.DEFAULT_RULES`.

    >>> import intimacy_kit as ik
    >>> [(f.text, f.category.value) for f in ik.detect("You NEVER listen to me!")]
    [('You NEVER listen', 'absolute'), ('You NEVER listen to me', 'mind_reading')]
    >>> ik.detect("You always make me laugh.")
    ()
    """
    check_text(text, "text", "detect")
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
    batch = check_messages(texts, "texts", "detect_many")
    chosen = resolve_rules(rules, "detect_many")
    chosen.compile()
    return _each(batch, chosen)


def _each(texts: Iterable[object], rules: RuleSet) -> Iterator[Findings]:
    for index, text in enumerate(texts):
        yield detect(check_text(text, f"texts[{index}]", "detect_many"), rules=rules)
