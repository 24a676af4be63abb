r"""Linear time by construction: static checks of every regular expression and rule pattern.

Nothing here is timed (the timings live in ``benchmarks/bench_adversarial.py``). These
tests read the patterns themselves and reject the shapes whose cost can grow faster
than the text:

* an unbounded repetition (``*``, ``+``, ``{n,}``) inside a lookaround: the lookaround
  runs at many positions and each run can scan to the end of the text;
* an unbounded repetition nested in another (``(a+)+``, ``(?:x*y*)*``): the ways to split
  a run between them multiply when the match fails;
* an unanchored scan: a pattern (or a top-level alternative) that starts with an
  unbounded repetition and has more to match after it. ``search``, ``finditer`` and
  ``sub`` try it at every position of a run, and each try scans to the end of the run.
  A lookbehind or an anchor (``^``, ``\b``) before the repetition restricts where it
  starts, and so passes.

The regular expressions are found by importing every module of ``intimacy_kit`` and
collecting the compiled patterns among module globals (also inside tuples, lists, sets
and dicts); patterns compiled inside functions are not seen. A pattern whose shape is
flagged but that is linear anyway (for instance because each repetition starts with a
character the one before cannot take, or because it is only ever used with ``fullmatch``
on short strings) is listed in :data:`LINEAR_TIME_REVIEWED` with the reason, by the
name ``"module.NAME"`` (``"module.NAME[key]"`` inside a container).

The token patterns of the rules are checked too: the parser bounds every repetition by
``MAX_REPEAT``; the test asserts it of every built-in rule.
"""

from __future__ import annotations

import collections
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import intimacy_kit
from intimacy_kit import Category, Rule, RuleSet, Severity, detect
from intimacy_kit.detection import _pattern as P
from intimacy_kit.detection import parse

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

try:
    import regex
except ImportError:  # pragma: no cover - regex is a dependency
    regex = None

LINEAR_TIME_REVIEWED: dict[str, str] = {
    "intimacy_kit.text._scan._PATTERN": (
        "Nested repetition: in the word's tail '(?:[-'][^\\W_]+|[*$@]+[^\\W_]*)*' nothing "
        "follows the group inside its alternative, so a match never backtracks into it. "
        "Unanchored scan: '[@$]+(?=[^\\W_])' fails on a run of '$' or '@' not followed by a "
        "letter, and then the 'symbol' alternative consumes the whole run, so finditer "
        "starts once per run."
    ),
    "intimacy_kit.text._scan._WITH_LINKS": (
        "The word and the rest as in _PATTERN; the e-mail address starts after a "
        "lookbehind, so only at the start of a run of its characters."
    ),
    "intimacy_kit.cli._analyze._SPEAKER_LINE": (
        "Leading '\\s*': used only with fullmatch, on one line of a conversation file; "
        "the speaker is at most 60 characters."
    ),
    "intimacy_kit.detection._pattern._TOKEN": (
        "Leading '\\s*': used only with .match() at the parser's position (anchored), on "
        "rule patterns written by the team or a user's rules file."
    ),
    "intimacy_kit.detection._rule._ID": (
        "Nested repetition: each repetition starts with '.', which the inner class "
        "'[a-z0-9_-]' cannot take, so a string splits one way only; used with fullmatch."
    ),
    "intimacy_kit.catalogue._model._SLUG": (
        "Nested repetition: each repetition starts with '-', which '[a-z0-9]' cannot take; "
        "used with fullmatch on catalogue ids."
    ),
    "intimacy_kit.lexicon._format._ENTRY": (
        "Nested repetition: each repetition starts with ' / ', and the inner class has no "
        "'/', so an entry splits one way only; used with fullmatch on the package's own "
        "word lists."
    ),
    "intimacy_kit.lexicon._format._SEPARATOR": (
        "Leading '\\s*': quadratic in a run of spaces with no '/', but applied with sub() "
        "only to the package's own word lists (short lines) when the vocabulary is built, "
        "never to a user's text."
    ),
}
"""Patterns whose flagged shape was reviewed and is linear anyway: name → the reason."""


# --- collecting the patterns ------------------------------------------------------------


def _modules() -> list[str]:
    names = [intimacy_kit.__name__]
    for info in pkgutil.walk_packages(intimacy_kit.__path__, f"{intimacy_kit.__name__}."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # running it would start the command line
        names.append(info.name)
    return names


def _is_pattern(value: object) -> bool:
    return isinstance(value, re.Pattern) or (regex is not None and isinstance(value, regex.Pattern))


def _patterns_in(name: str, value: object, depth: int = 0) -> Iterator[tuple[str, Any]]:
    if _is_pattern(value):
        yield name, value
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(f"{name}[{key!r}]", item, depth + 1)
    elif depth < 2 and isinstance(value, tuple | list | set | frozenset):
        for index, item in enumerate(value):
            yield from _patterns_in(f"{name}[{index}]", item, depth + 1)


def compiled_patterns() -> dict[str, Any]:
    """Every compiled pattern among the module globals of the package, by name."""
    found: dict[str, Any] = {}
    seen: set[int] = set()
    for module_name in _modules():
        module = importlib.import_module(module_name)
        for attribute, value in vars(module).items():
            for name, pattern in _patterns_in(f"{module_name}.{attribute}", value):
                # A pattern imported into another module is checked where it is defined.
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[name] = pattern
    return found


PATTERNS = compiled_patterns()


# --- reading a regular expression's shape -------------------------------------------------

_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT}
_POSSESSIVE = {getattr(C, "POSSESSIVE_REPEAT", None)} - {None}
_LOOKAROUNDS = {C.ASSERT, C.ASSERT_NOT}
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_ANCHORS = {C.AT}


def _shape_problems(source: str, flags: int) -> list[str]:
    """What is wrong with the shape of a regular expression (an empty list if nothing)."""
    tree = sre_parse.parse(source, flags & ~re.UNICODE if isinstance(source, bytes) else flags)
    problems: list[str] = []
    _walk(tree, lookaround=False, repeated=False, problems=problems)
    _leading_scans(list(tree), rest=[], problems=problems)
    return sorted(set(problems))


def _walk(items: Any, *, lookaround: bool, repeated: bool, problems: list[str]) -> None:
    """Unbounded repetition inside a lookaround or inside another unbounded repetition."""
    for op, av in items:
        if op in _REPEATS or op in _POSSESSIVE:
            _, high, inner = av
            unbounded = high == C.MAXREPEAT
            text = _render([(op, av)])
            if unbounded and lookaround:
                problems.append(f"unbounded repetition {text!r} inside a lookaround")
            if unbounded and repeated and op in _REPEATS:
                problems.append(f"unbounded repetition {text!r} nested in another")
            # A possessive repetition never gives back what it took: no nesting issue.
            nested = repeated or (unbounded and op in _REPEATS)
            _walk(inner, lookaround=lookaround, repeated=nested, problems=problems)
        elif op in _LOOKAROUNDS:
            _walk(av[1], lookaround=True, repeated=repeated, problems=problems)
        elif op is C.SUBPATTERN:
            _walk(av[-1], lookaround=lookaround, repeated=repeated, problems=problems)
        elif op is C.BRANCH:
            for option in av[1]:
                _walk(option, lookaround=lookaround, repeated=repeated, problems=problems)
        elif _ATOMIC is not None and op is _ATOMIC:
            _walk(av, lookaround=lookaround, repeated=False, problems=problems)
        elif op is C.GROUPREF_EXISTS:
            for option in av[1:]:
                if option is not None:
                    _walk(option, lookaround=lookaround, repeated=repeated, problems=problems)


def _can_fail(items: list[Any]) -> bool:
    """Whether what follows can fail to match (anything but optional repetitions)."""
    for op, av in items:
        if (op in _REPEATS or op in _POSSESSIVE) and av[0] == 0:
            continue
        return True
    return False


def _leading_scans(items: list[Any], rest: list[Any], problems: list[str]) -> None:
    """An unbounded repetition that can start a match, with something after it that can fail.

    ``rest`` is what follows ``items`` in the enclosing sequence.
    """
    for index, (op, av) in enumerate(items):
        after = [*items[index + 1 :], *rest]
        if op in _ANCHORS or (op in _LOOKAROUNDS and av[0] < 0):
            return  # an anchor or a lookbehind restricts where a match starts
        if op in _LOOKAROUNDS:
            continue  # a lookahead takes nothing: the next item starts the match
        if op is C.SUBPATTERN:
            _leading_scans(list(av[-1]), after, problems)
            if not _matches_empty(av[-1]):
                return
            continue
        if op is C.BRANCH:
            for option in av[1]:
                _leading_scans(list(option), after, problems)
            return
        if op in _REPEATS or op in _POSSESSIVE:
            low, high, inner = av
            if high == C.MAXREPEAT and _can_fail(after):
                problems.append(
                    f"an unanchored scan: a match can start with {_render([(op, av)])!r}, "
                    f"then {_render(after)[:30]!r} can fail"
                )
                return
            _leading_scans(list(inner), after, problems)
            if low > 0:
                return
            continue
        return  # a character: the match starts with it


_CATEGORIES = {
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
}


def _render(items: Any) -> str:
    """A readable approximation of parsed items, for the failure messages."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(_escape(chr(av), ".^$*+?{}[]\\|()"))
        elif op is C.NOT_LITERAL:
            out.append(f"[^{_escape(chr(av), _IN_SET)}]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.CATEGORY:
            out.append(_CATEGORIES.get(av, "?"))
        elif op is C.IN:
            inside = _render_set(av)
            out.append(inside if len(av) == 1 and av[0][0] is C.CATEGORY else f"[{inside}]")
        elif op in _REPEATS or op in _POSSESSIVE:
            low, high, inner = av
            body = _render(inner)
            body = body if len(list(inner)) == 1 else f"(?:{body})"
            bounds = {(0, C.MAXREPEAT): "*", (1, C.MAXREPEAT): "+", (0, 1): "?"}.get(
                (low, high), f"{{{low},{'' if high == C.MAXREPEAT else high}}}"
            )
            out.append(body + bounds)
        elif op is C.SUBPATTERN:
            out.append(f"({_render(av[-1])})")
        elif op is C.BRANCH:
            out.append("|".join(_render(option) for option in av[1]))
        else:
            out.append("…")
    return "".join(out)


_IN_SET = "\\^-]"


def _escape(char: str, special: str) -> str:
    return f"\\{char}" if char in special else char


def _render_set(items: Any) -> str:
    out = []
    for op, av in items:
        if op is C.NEGATE:
            out.append("^")
        elif op is C.LITERAL:
            out.append(_escape(chr(av), _IN_SET))
        elif op is C.RANGE:
            out.append(f"{chr(av[0])}-{chr(av[1])}")
        elif op is C.CATEGORY:
            out.append(_CATEGORIES.get(av, "?"))
        else:
            out.append("…")
    return "".join(out)


def _matches_empty(items: Any) -> bool:
    return all((op in _REPEATS or op in _POSSESSIVE) and av[0] == 0 for op, av in items)


def _source(pattern: Any) -> tuple[str, int]:
    flags = pattern.flags
    if regex is not None and isinstance(pattern, regex.Pattern):
        flags &= re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE
    return pattern.pattern, flags


# --- the tests ---------------------------------------------------------------------------


def test_the_patterns_are_found() -> None:
    """The collection sees the package's regular expressions (the checks are not vacuous)."""
    assert "intimacy_kit.text._scan._PATTERN" in PATTERNS
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_regular_expression_can_take_super_linear_time(name: str) -> None:
    """No compiled pattern has a shape whose cost can grow faster than the text.

    The shapes: unbounded repetition in a lookaround, nested unbounded repetition, an
    unanchored scan; a pattern reviewed in LINEAR_TIME_REVIEWED is let through.
    """
    source, flags = _source(PATTERNS[name])
    try:
        problems = _shape_problems(source, flags)
    except re.error as error:  # a regex-module pattern that re cannot read
        problems = [f"cannot be read by re's parser ({error}): review it by hand"]
    if name in LINEAR_TIME_REVIEWED:
        assert problems, f"{name} is reviewed in LINEAR_TIME_REVIEWED but has no problem: drop it"
        return
    assert not problems, f"{name} = {source!r}: " + "; ".join(problems)


def test_every_review_names_a_pattern() -> None:
    """Each entry of LINEAR_TIME_REVIEWED names a pattern that exists and gives a reason."""
    for name, reason in LINEAR_TIME_REVIEWED.items():
        assert name in PATTERNS, f"{name} is reviewed but no such pattern exists"
        assert len(reason) > 20, f"the review of {name} needs a reason"


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        (r"who(?=[^.!?]*\?)", "inside a lookaround"),
        (r"nice(?![^.!?]*!)", "inside a lookaround"),
        (r"(a+)+b", "nested"),
        (r"(?:x*y*)*z", "nested"),
        (r"[\w.+-]+@\w+", "unanchored scan"),
        (r"(?:foo|\s*/)", "unanchored scan"),
    ],
)
def test_the_checks_catch_the_shapes(source: str, problem: str) -> None:
    """The shape checks flag each kind of super-linear pattern they are meant to catch."""
    assert any(problem in found for found in _shape_problems(source, 0))


@pytest.mark.parametrize(
    "source",
    [
        r"[a-z0-9']+",
        r"(?<![\w'])[a-z][ .*_-][a-z](?![\w'])",
        r"\b[a-z]+ing\b",
        r"([a-z])\1\1+",
        r"(?=[^\W_])\w{1,8}x",
        r"[^\W_]+(?:'[^\W_]+)?",
    ],
)
def test_the_checks_pass_linear_shapes(source: str) -> None:
    """Bounded lookarounds, anchored or final repetitions and bounded scans pass."""
    assert _shape_problems(source, 0) == []


# --- the token patterns of the rules -----------------------------------------------------


def _repeats(node: P.Node) -> Iterator[P.Repeat]:
    if isinstance(node, P.Repeat):
        yield node
        yield from _repeats(node.node)
    elif isinstance(node, P.Seq):
        for item in node.items:
            yield from _repeats(item)
    elif isinstance(node, P.Alt):
        for option in node.options:
            yield from _repeats(option)
    elif isinstance(node, P.Hit | P.Not | P.Ahead):
        yield from _repeats(node.node)


def _rules_with_patterns() -> list[Any]:
    return [rule for rule in intimacy_kit.DEFAULT_RULES if hasattr(rule, "pattern")]


@pytest.mark.parametrize("rule", _rules_with_patterns(), ids=lambda rule: rule.id)
def test_every_rule_pattern_bounds_its_repeats(rule: Any) -> None:
    """Every repetition in a built-in rule's token pattern repeats at most MAX_REPEAT times.

    The parser guarantees it; this keeps the guarantee checked.
    """
    for repeat in _repeats(parse(rule.pattern)):
        assert 0 <= repeat.low <= repeat.high <= P.MAX_REPEAT, (rule.id, repeat)


def test_the_parser_refuses_an_unbounded_repeat() -> None:
    """A repeat above MAX_REPEAT is a pattern error, not a slow rule."""
    with pytest.raises(P.PatternError):
        parse(f"YOU BE{{1,{P.MAX_REPEAT + 1}}}")
    star = next(_repeats(parse("YOU BE*")))
    assert star.high == P.MAX_REPEAT


# --- the engine's work at one starting token -----------------------------------------------


def _tries_by_position(pattern: str, text: str, function: str) -> collections.Counter[int]:
    """How often the engine's ``function`` ran at each token position, for one rule."""
    rule = Rule(
        id="test.work",
        category=Category.THREAT,
        severity=Severity.HIGH,
        pattern=pattern,
        message="m",
    )
    rules = RuleSet([rule])
    detect(text, rules=rules)  # compile first: only the matching is counted
    tries: collections.Counter[int] = collections.Counter()

    def count(frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code.co_name == function:
            tries[frame.f_locals["position"]] += 1

    sys.setprofile(count)
    try:
        detect(text, rules=rules)
    finally:
        sys.setprofile(None)
    return tries


def test_an_item_is_tried_once_per_position_however_many_paths_lead_there() -> None:
    """Optional items and skipped fillers make many paths to the same position; one try each.

    After ``if … …`` a run of optional items ("COMMA? then?") can be entered at one position
    directly, after each run of fillers, and through each empty match; without remembering
    the failures, the consequence (here a small alternation) is tried again on every path,
    and a sentence full of fillers costs many times the others.
    """
    pattern = "if ... ... COMMA? (then)? (so)? (SPEAKER FUTURE <leave> | we BE done)"
    # The second sentence has the words the rule needs, so the gate lets it run; the first
    # has "I" after fillers, where the alternation must be tried and fails.
    text = "If you, like, honestly want it, so, like, I really, I mean, I guess. We leave, done."
    tries = _tries_by_position(pattern, text, "alternatives")
    assert tries, "the alternation was never tried: the test no longer measures it"
    assert max(tries.values()) == 1, tries
