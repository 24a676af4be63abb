"""Lazy batches beside :func:`~intimacy_kit.detect_many`: many rewrites, many analyses.

Each helper checks its arguments when it is called (not at the first ``next()``), then
returns a generator that reads one message, yields its result and moves on, so memory
stays constant on a generator over a file or a database cursor.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Literal

from intimacy_kit._checks import check_choice, check_int, check_messages, check_rules, check_text

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit._analysis import Analysis
    from intimacy_kit._rewrite_model import Rewrite, Style
    from intimacy_kit._rule import RuleSet

__all__ = ["analyze_many", "rewrite_many", "rewrite_with", "rewriter_takes_rules"]

StyleName = Literal["nvc", "gordon", "xyz"]
"""The style names as a type, so that type checkers catch ``style="bogus"``."""

_STYLES: tuple[str, ...] = ("nvc", "gordon", "xyz")


def _style(style: object, function: str) -> str:
    # A Style member is a str too, so one check covers both spellings.
    return check_choice(style, _STYLES, "style", function)


@functools.cache
def rewriter_takes_rules() -> bool:
    """Whether :func:`~intimacy_kit.rewrite` accepts ``rules=`` in this version.

    The staged rewriter takes the rule set to detect with; until it does, a rewrite
    always uses the default rules. The one place that needs to know asks here.
    """
    from intimacy_kit._rewriter import rewrite

    return "rules" in inspect.signature(rewrite).parameters


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
    if rules is not None:
        check_rules(rules, "rules", "rewrite_many")
        if not rewriter_takes_rules():
            raise TypeError(
                "rewrite_many(): rules= needs a rewriter that takes a rule set; this "
                "version of rewrite() always uses the default rules, so pass rules=None"
            )
    return _rewrites(batch, chosen, rules)


def rewrite_with(text: str, style: str, rules: RuleSet | None) -> Rewrite:
    """``rewrite(text, style=style, rules=rules)``, leaving ``rules`` out when it is None."""
    from intimacy_kit._rewriter import rewrite

    if rules is None:
        return rewrite(text, style=style)
    # Only reached when rewriter_takes_rules() said yes.
    return rewrite(text, style=style, rules=rules)  # type: ignore[call-arg]


def _rewrites(texts: Iterable[object], style: str, rules: RuleSet | None) -> Iterator[Rewrite]:
    for index, text in enumerate(texts):
        yield rewrite_with(check_text(text, f"texts[{index}]", "rewrite_many"), style, rules)


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
    texts: Iterable[object], style: str, rules: RuleSet, max_exercises: int
) -> Iterator[Analysis]:
    from intimacy_kit._analysis import analyze

    rules.compile()
    for index, text in enumerate(texts):
        message = check_text(text, f"texts[{index}]", "analyze_many")
        yield analyze(message, style=style, rules=rules, max_exercises=max_exercises)
