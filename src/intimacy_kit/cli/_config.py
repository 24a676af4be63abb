"""Which rules a command detects with: ``--only``, ``--without``, ``--rules`` and pyproject.

The same three options can be set once for a project in the ``[tool.intimacy_kit]``
table of a ``pyproject.toml`` in the current folder or one of its parents; an option
given on the command line replaces the value from the file. Rule files are TOML or
JSON with a list of rules under ``rules``, each rule the dict that
``Rule.from_dict`` reads (the fields of :class:`~intimacy_kit.Rule`).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from intimacy_kit._checks import closest
from intimacy_kit.cli._io import UsageError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit.detection._rule import Rule, RuleSet

__all__ = ["RuleOptions", "find_pyproject", "read_pyproject", "rule_set", "split_names"]

TABLE = "intimacy_kit"
"""The table under ``[tool]`` that holds the options."""
KEYS = ("only", "without", "rules")


@attrs.frozen
class RuleOptions:
    """How to narrow and extend the default rules; empty means the defaults as they are."""

    only: tuple[str, ...] = ()
    """Categories, rule ids or families to keep (all when empty)."""
    without: tuple[str, ...] = ()
    """Categories, rule ids or families to drop."""
    rule_files: tuple[Path, ...] = ()
    """Files of the user's own rules, added before narrowing."""

    @property
    def is_default(self) -> bool:
        """True when nothing changes the default rules."""
        return not (self.only or self.without or self.rule_files)

    def overridden_by(self, other: RuleOptions) -> RuleOptions:
        """These options with every option that ``other`` sets taking its value."""
        return RuleOptions(
            only=other.only or self.only,
            without=other.without or self.without,
            rule_files=other.rule_files or self.rule_files,
        )


def split_names(values: Iterable[str] | None) -> tuple[str, ...]:
    """Names given as repeated options and/or separated by commas, in order, once each.

    >>> split_names(["demand,absolute.never", " label ", "demand"])
    ('demand', 'absolute.never', 'label')
    """
    names: dict[str, None] = {}
    for value in values or ():
        for name in value.split(","):
            if name.strip():
                names.setdefault(name.strip(), None)
    return tuple(names)


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` or a parent folder, if any."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _names(value: object, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return split_names([value])
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return split_names(value)
    raise UsageError(f"{where}: {key} must be a string or a list of strings")


def read_pyproject(path: Path) -> RuleOptions:
    """The options in the ``[tool.intimacy_kit]`` table of ``path`` (none if it has none)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"{path}: cannot read: {error}") from None
    table = data.get("tool", {}).get(TABLE)
    if table is None:
        return RuleOptions()
    where = f"{path} [tool.{TABLE}]"
    if not isinstance(table, dict):
        raise UsageError(f"{where}: must be a table")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        near = closest(unknown[0], KEYS, limit=1)
        guess = f" (did you mean {near[0]!r}?)" if near else ""
        raise UsageError(
            f"{where}: unknown option {unknown[0]!r}{guess}; the options are {', '.join(KEYS)}"
        )
    files = _names(table.get("rules", []), "rules", where)
    return RuleOptions(
        only=_names(table.get("only", []), "only", where),
        without=_names(table.get("without", []), "without", where),
        # Relative paths are read from the folder of the pyproject.toml, wherever the
        # command runs: the file is the project's, not the current folder's.
        rule_files=tuple(path.parent / name for name in files),
    )


def _entries(path: Path) -> list[Any]:
    """The list of rule entries in a TOML or JSON rule file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
        data: Any = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as error:
        kind = "JSON" if path.suffix == ".json" else "TOML"
        raise UsageError(f"{path}: not a valid {kind} rule file: {error}") from None
    entries = data.get("rules") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise UsageError(f"{path}: expected a list of rules under 'rules' ([[rules]] in TOML)")
    return entries


def rule_from_dict(entry: dict[str, Any]) -> Rule:
    """One rule from its dict form (the one place that calls ``Rule.from_dict``)."""
    from intimacy_kit.detection._rule import Rule

    return Rule.from_dict(entry)


def read_rule_file(path: Path) -> tuple[Rule, ...]:
    """The rules of one file, or a :class:`UsageError` naming the file and the rule."""
    from intimacy_kit.detection._rule import RuleError

    rules = []
    for index, entry in enumerate(_entries(path)):
        if not isinstance(entry, dict):
            raise UsageError(f"{path}: rules[{index}] must be a table (a JSON object)")
        name = entry.get("id", "?")
        try:
            rules.append(rule_from_dict(entry))
        except (RuleError, ValueError, TypeError, KeyError) as error:
            detail = error.args[0] if error.args else error
            raise UsageError(f"{path}: rules[{index}] ({name}): {detail}") from None
    return tuple(rules)


def _known_names(rules: RuleSet) -> list[str]:
    from intimacy_kit._model import Category

    families = {rule_id.split(".")[0] for rule_id in rules.ids}
    return [c.value for c in Category] + sorted(families) + list(rules.ids)


def _check_names(names: Sequence[str], option: str, known: list[str]) -> None:
    for name in names:
        if name in known:
            continue
        near = closest(name, known, limit=1)
        guess = f"; did you mean {near[0]!r}?" if near else ""
        raise UsageError(
            f"{option}: {name!r} is not a category, a rule family or a rule id{guess} "
            "(see `intimacy-kit check --help` for the categories)"
        )


def rule_set(options: RuleOptions) -> RuleSet | None:
    """The rule set the options describe, or ``None`` for the library's defaults."""
    if options.is_default:
        return None
    from intimacy_kit.detection._rule import RuleError
    from intimacy_kit.detection.rules import DEFAULT_RULES

    rules = DEFAULT_RULES
    try:
        for path in options.rule_files:
            rules = rules.with_rules(*read_rule_file(path))
        known = _known_names(rules)
        _check_names(options.only, "--only", known)
        _check_names(options.without, "--without", known)
        if options.only:
            rules = rules.only(*options.only)
        if options.without:
            rules = rules.without(*options.without)
        rules.compile()  # a bad pattern is a usage error now, not a crash mid-way
    except RuleError as error:
        raise UsageError(str(error)) from None
    if not len(rules):
        raise UsageError("--only and --without leave no rule to detect with")
    return rules
