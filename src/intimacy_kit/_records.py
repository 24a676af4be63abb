"""Flat records of results, one dict of plain values per row, for tables and data frames.

``to_dict()`` gives nested JSON; a table wants one row per message (or per finding) with
columns of plain values. :func:`to_records` makes those rows lazily, so
``pandas.DataFrame(to_records(...))`` or ``csv.DictWriter`` take them as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from intimacy_kit._checks import check_choice, check_messages, describe_type
from intimacy_kit._model import Finding, Findings

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit._analysis import Analysis
    from intimacy_kit.rewriting._model import Rewrite

__all__ = ["rewrite_confidence", "to_records"]


def rewrite_confidence(result: Rewrite) -> float:
    """The rewrite's confidence in [0, 1] (see :data:`~intimacy_kit.CONFIDENCE_THRESHOLD`)."""
    return result.confidence


def _joined(values: Iterable[str]) -> str:
    """Distinct values in order, joined with commas: one plain cell for a list."""
    return ",".join(dict.fromkeys(values))


def _worst(findings: Iterable[Finding]) -> str | None:
    worst = max((f.severity for f in findings), default=None)
    return None if worst is None else worst.label


def _finding_columns(findings: tuple[Finding, ...]) -> dict[str, Any]:
    return {
        "flagged": bool(findings),
        "findings": len(findings),
        "categories": _joined(f.category.value for f in findings),
        "worst_severity": _worst(findings),
    }


def _rewrite_columns(result: Rewrite) -> dict[str, Any]:
    parts = result.parts
    return {
        "rewrite": result.text,
        "style": result.style.value,
        "changed": result.changed,
        "declined": result.declined,
        "reason": result.reason,
        "confidence": rewrite_confidence(result),
        "observation": parts.observation,
        "feeling": parts.feeling,
        "need": parts.need,
        "request": parts.request,
        "notes": " | ".join(result.notes),
    }


def _not_a_result(index: int, result: object) -> TypeError:
    return TypeError(
        "to_records(): each result must be the Findings of detect(), a Rewrite or an "
        f"Analysis, got {describe_type(result)} at index {index}"
    )


def _message_row(index: int, result: object) -> dict[str, Any]:
    from intimacy_kit._analysis import Analysis
    from intimacy_kit.rewriting._model import Rewrite

    if isinstance(result, Findings):
        return {"index": index, "input": result.text, **_finding_columns(tuple(result))}
    if isinstance(result, Rewrite):
        return {
            "index": index,
            "input": result.original,
            **_finding_columns(result.findings),
            **_rewrite_columns(result),
        }
    if isinstance(result, Analysis):
        return {
            "index": index,
            "input": result.text,
            **_finding_columns(result.findings),
            "barriers": _joined(signal.barrier.id for signal in result.signals),
            "exercises": _joined(exercise.id for exercise in result.exercises),
            **_rewrite_columns(result.rewrite),
        }
    raise _not_a_result(index, result)


def _finding_rows(index: int, result: object) -> Iterator[dict[str, Any]]:
    from intimacy_kit._analysis import Analysis
    from intimacy_kit.rewriting._model import Rewrite

    if isinstance(result, Findings):
        text, findings = result.text, tuple(result)
    elif isinstance(result, Rewrite):
        text, findings = result.original, result.findings
    elif isinstance(result, Analysis):
        text, findings = result.text, result.findings
    else:
        raise _not_a_result(index, result)
    for finding in findings:
        yield {"index": index, "input": text, **finding.to_dict()}


def to_records(
    results: Iterable[Findings | Rewrite | Analysis],
    *,
    per: Literal["message", "finding"] = "message",
) -> Iterator[dict[str, Any]]:
    """Flat rows of plain values (str, int, float, bool, None), lazily, for a table.

    ``results`` are the values of :func:`~intimacy_kit.detect` / ``detect_many``,
    :func:`~intimacy_kit.rewrite` / ``rewrite_many`` or :func:`~intimacy_kit.analyze` /
    ``analyze_many``. With ``per="message"`` (the default) there is one row per result:
    ``index`` (its position), ``input`` (the message as given), ``flagged``,
    ``findings`` (how many), ``categories`` and ``worst_severity``; a rewrite adds
    ``rewrite``, ``style``, ``changed``, ``declined``, ``reason``, ``confidence``, the
    parts (``observation``, ``feeling``, ``need``, ``request``) and ``notes``; an
    analysis adds ``barriers`` and ``exercises`` (ids) to those. Lists are joined with
    commas (notes with `` | ``). With ``per="finding"`` there is one row per finding:
    ``index``, ``input`` and the fields of :meth:`Finding.to_dict
    <intimacy_kit.Finding.to_dict>`; a clean message has no row.

    >>> import intimacy_kit as ik
    >>> rows = list(ik.to_records(ik.detect_many(["You never listen!", "Thanks!"])))
    >>> [(row["index"], row["flagged"], row["categories"]) for row in rows]
    [(0, True, 'absolute'), (1, False, '')]
    >>> rows = ik.to_records([ik.detect("Calm down, you idiot.")], per="finding")
    >>> [(row["text"], row["category"]) for row in rows]
    [('Calm down', 'invalidation'), ('you idiot', 'label')]
    """
    batch = check_messages(results, "results", "to_records")
    shape = check_choice(per, ("message", "finding"), "per", "to_records")
    if shape == "message":
        return (_message_row(index, result) for index, result in enumerate(batch))
    return (row for index, result in enumerate(batch) for row in _finding_rows(index, result))
