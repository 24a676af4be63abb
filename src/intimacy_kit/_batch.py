"""Lazy batches beside :func:`~intimacy_kit.detect_many`: many rewrites, many analyses.

Each helper checks its arguments when it is called (not at the first ``next()``), then
returns a generator that reads one message, yields its result and moves on, so memory
stays constant on a generator over a file or a database cursor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from intimacy_kit._checks import check_choice, check_int, check_messages, check_rules, check_text
from intimacy_kit.rewriting._model import STYLES, Style, StyleName

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit._analysis import Analysis
    from intimacy_kit.detection._rule import RuleSet
    from intimacy_kit.rewriting._model import Rewrite

__all__ = ["analyze_many", "rewrite_many"]


def _style(style: object, function: str) -> Style:
    # A Style member is a str too, so one check covers both spellings.
    return Style(check_choice(style, STYLES, "style", function))


def rewrite_many(
    texts: Iterable[str],
    *,
    style: Style | StyleName = "nvc",
    rules: RuleSet | None = None,
) -> Iterator[Rewrite]:
    """Rewrite each text of an iterable, lazily: one :class:`~intimacy_kit.Rewrite` per text.

    ``style`` and ``rules`` are as for :func:`~intimacy_kit.rewrite` (``rules=None``
    means the default rules). Arguments are checked at once; the texts one by one,
    as they are read. Memory stays constant however many texts there are.

    >>> import intimacy_kit as ik
    >>> results = ik.rewrite_many(["You never listen!", "See you at six."])
    >>> [(r.changed, r.declined) for r in results]
    [(True, False), (False, False)]
    >>> ik.rewrite_many("You never listen!")
    Traceback (most recent call last):
    ...
    TypeError: rewrite_many(): texts must be an iterable of messages (a list, ...
    """
    batch = check_messages(texts, "texts", "rewrite_many")
    chosen = _style(style, "rewrite_many")
    rule_set = check_rules(rules, "rules", "rewrite_many")
    rule_set.compile()
    return _rewrites(batch, chosen, rule_set)


def _rewrites(texts: Iterable[object], style: Style, rules: RuleSet) -> Iterator[Rewrite]:
    from intimacy_kit.rewriting._rewriter import rewrite

    for index, text in enumerate(texts):
        message = check_text(text, f"texts[{index}]", "rewrite_many")
        yield rewrite(message, style=style, rules=rules)


def analyze_many(
    texts: Iterable[str],
    *,
    style: Style | StyleName = "nvc",
    rules: RuleSet | None = None,
    max_exercises: int = 3,
) -> Iterator[Analysis]:
    """Analyse each text of an iterable, lazily: one :class:`~intimacy_kit.Analysis` per text.

    The arguments are those of :func:`~intimacy_kit.analyze`; the rule set is compiled
    once, before the first text. Memory stays constant however many texts there are.

    >>> import intimacy_kit as ik
    >>> results = ik.analyze_many(["Whatever.", "Thanks for dinner!"])
    >>> [[s.barrier.id for s in a.signals] for a in results]
    [['stonewalling'], []]
    """
    batch = check_messages(texts, "texts", "analyze_many")
    chosen = _style(style, "analyze_many")
    rule_set = check_rules(rules, "rules", "analyze_many")
    check_int(max_exercises, "max_exercises", "analyze_many", minimum=0)
    return _analyses(batch, chosen, rule_set, max_exercises)


def _analyses(
    texts: Iterable[object], style: Style, rules: RuleSet, max_exercises: int
) -> Iterator[Analysis]:
    from intimacy_kit._analysis import analyze

    rules.compile()
    for index, text in enumerate(texts):
        message = check_text(text, f"texts[{index}]", "analyze_many")
        yield analyze(message, style=style, rules=rules, max_exercises=max_exercises)
