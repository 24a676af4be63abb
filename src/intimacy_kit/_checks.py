"""Argument checks shared by the public functions, so that every mistake reads the same.

One kind of exception per kind of mistake (the user guide's "Errors" section says the
same to users):

- :class:`TypeError`: an argument of the wrong type. The message names the function,
  the parameter, the type expected and the type given.
- :class:`ValueError`: the right type, but a value outside what is allowed: a number
  out of range, a name that is not one of a fixed set of choices (a style, a kind, a
  category). The message lists the valid choices and the closest match.
- :class:`KeyError`: an id or name that is not in the catalogue (a barrier or an
  exercise); raised by the catalogue look-ups, which name the closest ids.

Every helper takes the value, the parameter's name and the public function's name,
and returns the value (narrowed for type checkers) when it is fine.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from intimacy_kit.detection._rule import RuleSet

__all__ = [
    "check_choice",
    "check_int",
    "check_messages",
    "check_rules",
    "check_text",
    "closest",
    "describe_type",
]

# Strings, bytes and mappings are iterable, but a caller who passes one where a batch of
# messages is expected has almost always passed one message (or a dict) by mistake.
_NOT_A_BATCH = (str, bytes, bytearray, memoryview, dict)


def describe_type(value: object) -> str:
    """The type of ``value`` as a message names it: ``"a str"``, ``"None"``, ``"an int"``.

    >>> describe_type("x"), describe_type(None), describe_type(3), describe_type(2.5)
    ('a str', 'None', 'an int', 'a float')
    """
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def closest(value: str, choices: Iterable[str], *, limit: int = 3) -> list[str]:
    """Up to ``limit`` choices that look like ``value``, closest first (case is ignored).

    >>> closest("gordn", ["nvc", "gordon", "xyz"])
    ['gordon']
    >>> closest("zzz", ["nvc", "gordon"])
    []
    """
    by_folded: dict[str, str] = {}
    for choice in choices:
        by_folded.setdefault(choice.lower(), choice)
    matches = difflib.get_close_matches(value.lower(), list(by_folded), n=limit, cutoff=0.6)
    return [by_folded[match] for match in matches]


def check_text(value: object, name: str, function: str) -> str:
    """``value`` if it is a str; else a :class:`TypeError` naming the parameter.

    >>> check_text("You never listen.", "text", "detect")
    'You never listen.'
    >>> check_text(b"You never listen.", "text", "detect")
    Traceback (most recent call last):
    ...
    TypeError: detect(): text must be a str, got a bytes; decode it first, e.g. data.decode("utf-8")
    """
    if isinstance(value, str):
        return value
    hint = ""
    if isinstance(value, bytes | bytearray):
        hint = '; decode it first, e.g. data.decode("utf-8")'
    elif isinstance(value, list | tuple):
        hint = f"; for many messages, use {function}_many() or a loop"
    raise TypeError(f"{function}(): {name} must be a str, got {describe_type(value)}{hint}")


def check_messages(value: object, name: str, function: str) -> Iterable[object]:
    """``value`` if it is an iterable of messages; a single str or bytes is refused.

    Iterating over one string would silently treat each character as a message, so
    a str (or bytes, or a dict) is a :class:`TypeError` with the fix in the message.
    The items themselves are checked one by one as they are used.

    >>> check_messages(["Calm down.", "Thanks!"], "texts", "detect_many")
    ['Calm down.', 'Thanks!']
    >>> check_messages("Calm down.", "texts", "detect_many")
    Traceback (most recent call last):
    ...
    TypeError: detect_many(): texts must be an iterable of messages (a list, a tuple, a \
generator), got a str; for one message, pass [text]
    """
    if isinstance(value, _NOT_A_BATCH) or not isinstance(value, Iterable):
        hint = "; for one message, pass [text]" if isinstance(value, str) else ""
        raise TypeError(
            f"{function}(): {name} must be an iterable of messages (a list, a tuple, a "
            f"generator), got {describe_type(value)}{hint}"
        )
    return value


def check_int(
    value: object,
    name: str,
    function: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int:
    """``value`` if it is an int within ``[minimum, maximum]``.

    ``True``, ``2.0``, ``nan`` and ``None`` are not ints here: a :class:`TypeError`.
    An int out of range is a :class:`ValueError`.

    >>> check_int(7, "days", "practice_plan", minimum=1, maximum=366)
    7
    >>> check_int(True, "days", "practice_plan")
    Traceback (most recent call last):
    ...
    TypeError: practice_plan(): days must be an int, got a bool (True)
    >>> check_int(0, "days", "practice_plan", minimum=1, maximum=366)
    Traceback (most recent call last):
    ...
    ValueError: practice_plan(): days must be between 1 and 366, got 0
    """
    if isinstance(value, bool) or not isinstance(value, int):
        shown = "nan" if isinstance(value, float) and math.isnan(value) else repr(value)
        given = describe_type(value) if value is None else f"{describe_type(value)} ({shown})"
        raise TypeError(f"{function}(): {name} must be an int, got {given}")
    too_small = minimum is not None and value < minimum
    too_large = maximum is not None and value > maximum
    if too_small or too_large:
        if minimum is not None and maximum is not None:
            bounds = f"between {minimum} and {maximum}"
        elif minimum is not None:
            bounds = f"at least {minimum}"
        else:
            bounds = f"at most {maximum}"
        raise ValueError(f"{function}(): {name} must be {bounds}, got {value}")
    return value


def check_choice(value: object, choices: Sequence[str], name: str, function: str) -> str:
    """``value`` if it is one of ``choices``; else an error listing them, closest first.

    >>> check_choice("xyz", ("nvc", "gordon", "xyz"), "style", "rewrite")
    'xyz'
    >>> check_choice("gordn", ("nvc", "gordon", "xyz"), "style", "rewrite")
    Traceback (most recent call last):
    ...
    ValueError: rewrite(): unknown style 'gordn'; did you mean 'gordon'? (choose from nvc, \
gordon, xyz)
    >>> check_choice(3, ("nvc", "gordon", "xyz"), "style", "rewrite")
    Traceback (most recent call last):
    ...
    TypeError: rewrite(): style must be a str (one of nvc, gordon, xyz), got an int
    """
    listed = ", ".join(choices)
    if not isinstance(value, str):
        raise TypeError(
            f"{function}(): {name} must be a str (one of {listed}), got {describe_type(value)}"
        )
    if value in choices:
        return value
    near = closest(value, choices, limit=1)
    guess = f"; did you mean {near[0]!r}?" if near else ""
    raise ValueError(f"{function}(): unknown {name} {value!r}{guess} (choose from {listed})")


def check_rules(value: object, name: str, function: str) -> RuleSet:
    """``value`` if it is a :class:`~intimacy_kit.RuleSet`; ``None`` means the defaults.

    >>> len(check_rules(None, "rules", "analyze")) > 100
    True
    >>> check_rules("absolute", "rules", "analyze")
    Traceback (most recent call last):
    ...
    TypeError: analyze(): rules must be a RuleSet (e.g. DEFAULT_RULES.without("demand")) \
or None, got a str
    """
    from intimacy_kit.detection._rule import RuleSet  # loaded on first use, as the rules are

    if value is None:
        from intimacy_kit.detection.rules import DEFAULT_RULES

        return DEFAULT_RULES
    if isinstance(value, RuleSet):
        return value
    raise TypeError(
        f"{function}(): {name} must be a RuleSet "
        f'(e.g. DEFAULT_RULES.without("demand")) or None, got {describe_type(value)}'
    )
