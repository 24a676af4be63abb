r"""Making rules fast: split a pattern into branches and find the words each one needs.

A rule's pattern is usually an alternation of many phrasings. Scanning a message with a
large alternation tries every branch at every position, which is slow in Python's regex
engines. Most branches, though, cannot match unless some particular word is in the
message ("dare" in ``\bi\s+dare\s+you\b``). The detector indexes each message's words
once, so it only needs to run the branches whose required word is present.

Both functions here are conservative: when in doubt they split less and require nothing,
which is always correct (the branch simply runs on every message).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]  # stdlib internals
from re import _parser as sre_parse  # type: ignore[attr-defined]  # stdlib internals
from typing import Any, Final

__all__ = [
    "compile_tree",
    "gate_and_start",
    "gate_pieces",
    "is_selective",
    "parse",
    "required_word_sets",
    "required_words",
    "split_branches",
    "word_sets_of_tree",
]

_MAX_EXPANSIONS: Final = 2000
_LETTERS: Final = frozenset(range(ord("a"), ord("z") + 1))


def _structure(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Yield ``(index, char, depth)`` for the characters of ``source`` that shape it.

    Escaped characters and the members of character classes are skipped; ``depth`` is
    the group nesting before the character (a ``)`` reports the depth it closes).
    """
    depth = 0
    in_class = False
    index = start
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # A "]" right after "[" or "[^" is a literal member of the class.
            if source[index + 1 : index + 2] == "]":
                index += 1
            elif source[index + 1 : index + 3] == "^]":
                index += 2
        elif char == "(":
            yield index, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield index, char, depth
        elif char == "|":
            yield index, char, depth
        index += 1


def _top_level_bars(source: str) -> list[int]:
    """Offsets of the ``|`` characters that are not inside a group or a character class."""
    return [index for index, char, depth in _structure(source) if char == "|" and depth == 0]


def _split_top(source: str) -> list[str]:
    bars = _top_level_bars(source)
    if not bars:
        return [source]
    starts = [0, *(b + 1 for b in bars)]
    ends = [*bars, len(source)]
    return [source[a:b] for a, b in zip(starts, ends, strict=True)]


def _matching_paren(source: str, open_index: int) -> int:
    """The index of the ``)`` that closes the group opened at ``open_index`` (or -1)."""
    for index, char, depth in _structure(source, open_index):
        if char == ")" and depth == 0:
            return index
    return -1


_GROUP_OPEN: Final = re.compile(r"\((?:\?P<[A-Za-z_][A-Za-z0-9_]*>|\?:)")
_ZERO_WIDTH_RUN: Final = re.compile(r"(?:\(\?<?[=!][^()]*\))*")
_ZERO_WIDTH_SUFFIX: Final = re.compile(r"(?:\\b|\(\?<?[=!][^()]*\))*")


def _may_copy(tail: str, copy_tails: bool) -> bool:
    """Whether ``tail``, what follows a group, may be copied onto each of its alternatives."""
    if _QUANTIFIER.match(tail):
        return False  # "(?:a|b)?c": the quantifier belongs to the group
    return copy_tails or _ZERO_WIDTH_SUFFIX.fullmatch(tail) is not None


def _split_group(branch: str, depth: int, *, copy_tails: bool = False) -> list[str]:
    """Split ``PRE(?P<name>A|B)POST`` into ``PRE(?P<name>A)POST`` and ``PRE(?P<name>B)POST``.

    PRE may only be lookarounds (zero width), and POST may not contain a top-level ``|``.
    Unless ``copy_tails``, what follows a group that is split must be zero width.
    """
    prefix = _ZERO_WIDTH_RUN.match(branch)
    start = prefix.end() if prefix else 0
    opener = _GROUP_OPEN.match(branch, start)
    if opener is None:
        return [branch]
    close = _matching_paren(branch, start)
    if close < 0:
        return [branch]
    inner = branch[opener.end() : close]
    tail = branch[close + 1 :]
    if not _may_copy(tail, copy_tails):
        # Splitting "(a|b)c" would copy "c" into every piece and run it once per piece;
        # only a group that makes up the whole branch (bar lookarounds) is worth splitting.
        return [branch]
    parts = _split_top(inner)
    suffix = ""
    while len(parts) == 1 and inner.startswith("(?:"):
        close = _matching_paren(inner, 0)
        after = inner[close + 1 :]
        if close < 0 or not _may_copy(after, copy_tails):
            break
        # "(?P<hit>(?:a|b)\\b)": the alternatives are one level down; a zero-width
        # suffix such as a word boundary is copied onto each of them.
        inner, suffix = inner[3:close], after + suffix
        parts = _split_top(inner)
    parts = [part + suffix for part in parts]
    if len(parts) == 1:
        return [branch]
    head = branch[: opener.end()]
    result: list[str] = []
    for part in parts:
        pieces = _split_group(part, depth + 1, copy_tails=copy_tails) if depth < 3 else [part]
        result.extend(f"{head}{piece}){tail}" for piece in pieces)
    return result


def split_branches(source: str) -> list[str]:
    """Split a pattern into branches whose union matches what the pattern matches.

    >>> split_branches(r"(?P<hit>a|b)|(?P<hit2>c)")
    ['(?P<hit>a)', '(?P<hit>b)', '(?P<hit2>c)']
    >>> split_branches(r"x(a|b)")
    ['x(a|b)']
    """
    branches: list[str] = []
    for part in _split_top(source):
        branches.extend(_split_group(part, 0))
    return branches


def gate_pieces(branch: str) -> list[str]:
    r"""Pieces of ``branch`` that between them match wherever it does, to gate it with.

    :func:`split_branches` keeps ``(?P<hit>(?:a|b)c)`` whole, as running "c" once per
    piece would cost more than splitting saves. A gate is only searched for, though, not
    matched in full: copying the tail into every piece costs little there, and each
    piece gets a start the regex engine can jump to and words of its own.

    >>> gate_pieces(r"(?P<hit>(?:\bwish|^just)\s+more)\b")
    ['(?P<hit>\\bwish\\s+more)\\b', '(?P<hit>^just\\s+more)\\b']
    >>> gate_pieces(r"(?P<hit>(?:a|b)?c)")
    ['(?P<hit>(?:a|b)?c)']
    """
    return _split_group(branch, 0, copy_tails=True)


# --- required words -----------------------------------------------------------------------


def _is_letter(item: tuple[Any, Any]) -> bool:
    op, arg = item
    return bool(op is sre_constants.LITERAL and arg in _LETTERS)


def _set_has_letters(members: list[tuple[Any, Any]]) -> bool:
    for op, arg in members:
        if op is sre_constants.NEGATE:
            return True
        if op is sre_constants.LITERAL and arg in _LETTERS:
            return True
        if op is sre_constants.RANGE and not (arg[1] < ord("a") or arg[0] > ord("z")):
            return True
        if op is sre_constants.CATEGORY and arg not in (
            sre_constants.CATEGORY_SPACE,
            sre_constants.CATEGORY_DIGIT,
            sre_constants.CATEGORY_NOT_WORD,
        ):
            return True
    return False


_REPEATS: Final = (
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    sre_constants.POSSESSIVE_REPEAT,
)
"""The parse-tree codes of a repeated item (``x*``, ``x*?``, ``x*+`` and the like)."""


def _is_separator(item: tuple[Any, Any]) -> bool:
    """True when ``item`` always consumes or asserts a non-letter."""
    op, arg = item
    if op is sre_constants.AT:
        return bool(
            arg in (sre_constants.AT_BOUNDARY, sre_constants.AT_BEGINNING, sre_constants.AT_END)
        )
    if op is sre_constants.LITERAL:
        return arg not in _LETTERS
    if op is sre_constants.IN:
        return not _set_has_letters(arg)
    if op in _REPEATS:
        low, _high, body = arg
        return bool(low >= 1 and len(body) >= 1 and _is_separator(body[0]))
    if op is sre_constants.ASSERT:
        # A lookbehind that sees a non-letter guarantees one before here; a lookahead
        # that sees one (or the end) guarantees one after.
        direction, body = arg
        if direction < 0:
            return bool(body and _sequence_ends_with_separator(list(body)))
        return _sequence_starts_with_separator(list(body))
    if op is sre_constants.BRANCH:
        # "(?:^|(?<=[.!?])\\s*)": every alternative is zero-width or separator material and
        # asserts at least one separator (or the start of the text).
        return all(
            bool(alt)
            and all(_is_zero_or_sep(i) for i in alt)
            and any(_is_separator(i) for i in alt)
            for alt in arg[1]
        )
    if op is sre_constants.SUBPATTERN:
        inner = list(arg[-1])
        return len(inner) == 1 and _is_separator(inner[0])
    return False


def _is_zero_or_sep(item: tuple[Any, Any]) -> bool:
    op, arg = item
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):
        return True
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return all(_is_separator(i) for i in arg[2])
    return _is_separator(item)


def _letter_strings(item: tuple[Any, Any]) -> list[str] | None:
    """All strings a literal-only item can match, with separators written as spaces.

    Handles literals, alternations and groups of them; anything else gives None.
    """
    op, arg = item
    if _is_letter(item):
        return [chr(arg)]
    if _is_separator(item) and op is not sre_constants.AT:
        return [" "]
    if op is sre_constants.BRANCH:
        strings: list[str] = []
        for alternative in arg[1]:
            expanded = _sequence_strings(list(alternative))
            if expanded is None:
                return None
            strings.extend(expanded)
            if len(strings) > _MAX_EXPANSIONS:
                return None
        return strings
    if op is sre_constants.SUBPATTERN:
        return _sequence_strings(list(arg[-1]))
    if op is sre_constants.IN and all(
        member_op is sre_constants.LITERAL and member_arg in _LETTERS
        for member_op, member_arg in arg
    ):
        return [chr(member_arg) for _op, member_arg in arg]
    if op is sre_constants.AT and arg is sre_constants.AT_BOUNDARY:
        return [" "]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] == 0:
        body = list(arg[2])
        if body and all(_is_separator(i) for i in body):
            return ["", " "]
        if arg[1] == 1:  # an optional literal phrase: "(?:single\\s+)?"
            inner = _sequence_strings(body)
            return None if inner is None else ["", *inner]
    return None


def _sequence_strings(sequence: list[tuple[Any, Any]]) -> list[str] | None:
    results = [""]
    for item in sequence:
        options = _letter_strings(item)
        if not options:
            return None
        results = [a + b for a, b in itertools.product(results, options)]
        if len(results) > _MAX_EXPANSIONS:
            return None
    return results


# A rough share of everyday messages that contain a word, for the words common enough
# that requiring them saves little. Plain text: a word list reads and diffs better so.
_WORD_RATES: Final = {
    # In about every other message of a conversation between two people.
    **dict.fromkeys("you i".split(), 0.5),
    **dict.fromkeys(
        """
        a all and are be but can d do don for have in is it just know like ll m me my not
        of on re s so t that the this to ve was we what with your
        """.split(),
        0.2,
    ),
    **dict.fromkeys(
        """
        about an at get going he how if more no now one or out really she them then there
        they think up want well when why would
        """.split(),
        0.06,
    ),
}


def _word_rate(word: str) -> float:
    """A rough share of ordinary messages that contain ``word``."""
    return _WORD_RATES.get(word, 0.001)


def _score(words: frozenset[str]) -> float:
    """Higher for sets less likely to meet an ordinary message (a rough estimate).

    The estimate is the chance that a message has none of the words, taking each word
    to appear independently with a rough rate for its class.
    """
    none_appear = 1.0
    for word in words:
        none_appear *= 1.0 - _word_rate(word)
    return none_appear


def _sequence_starts_with_separator(
    sequence: list[tuple[Any, Any]], *, at_end: bool = False
) -> bool:
    r"""Whether a non-letter certainly comes first in ``sequence``.

    Optional items that begin with a separator are looked past: in "highness\s*," the
    word ends at the space or at the comma, and in "you(?:\s+big)*\s+" at a space
    either way. When ``sequence`` can match nothing at all, ``at_end`` says whether a
    separator follows it.
    """
    for item in sequence:
        op, arg = item
        if op is sre_constants.AT and arg is sre_constants.AT_END:
            return True
        if op is sre_constants.BRANCH:
            return all(_sequence_starts_with_separator(list(alt)) for alt in arg[1])
        if op is sre_constants.SUBPATTERN:
            return _sequence_starts_with_separator(list(arg[-1]))
        if _is_separator(item):
            return True
        if op in _REPEATS and arg[0] == 0 and _sequence_starts_with_separator(list(arg[2])):
            continue  # optional, and a separator if taken: the rest decides
        return False
    return at_end


def _sequence_ends_with_separator(sequence: list[tuple[Any, Any]]) -> bool:
    if not sequence:
        return False
    op, arg = sequence[-1]
    if op is sre_constants.SUBPATTERN:
        return _sequence_ends_with_separator(list(arg[-1]))
    if op is sre_constants.BRANCH:
        return all(_sequence_ends_with_separator(list(alt)) for alt in arg[1])
    return _is_separator(sequence[-1])


def _ends_with_separator(item: tuple[Any, Any]) -> bool:
    """True when ``item`` is optional and, when it matches, ends with a separator."""
    op, arg = item
    if op in _REPEATS:
        return _sequence_ends_with_separator(list(arg[2]))
    return False


class _TooMany(Exception):
    """Raised when a first-word expansion grows past the cap."""


def _first_words_from(
    sequence: list[tuple[Any, Any]], index: int, prefix: str, after: bool
) -> set[str]:
    """Every first word a match starting at ``sequence[index]`` can have (with ``prefix``).

    Walks the items one at a time, forking at alternations and optional items, and stops
    each path at the first separator. Raises ``_TooMany`` past the cap and ``ValueError``
    when a path meets something it cannot read as letters or separators.
    """
    results: set[str] = set()
    stack = [(index, prefix, sequence)]
    # Each stack entry continues a path; nested sequences are flattened by splicing.
    while stack:
        position, text, items = stack.pop()
        if position == len(items):
            if not after or not text:
                raise ValueError("the first word may run past the end of the pattern")
            results.add(text)
        else:
            item = items[position]
            op, arg = item
            rest = items[position + 1 :]
            if _is_letter(item):
                stack.append((0, text + chr(arg), rest))
            elif _is_separator(item) or (
                op is sre_constants.AT and arg is sre_constants.AT_BOUNDARY
            ):
                if not text:
                    raise ValueError("a separator before any letter")
                results.add(text)
            elif op is sre_constants.IN and all(
                m_op is sre_constants.LITERAL and m_arg in _LETTERS for m_op, m_arg in arg
            ):
                stack.extend((0, text + chr(m_arg), rest) for _m, m_arg in arg)
            elif op is sre_constants.BRANCH:
                stack.extend((0, text, list(alt) + rest) for alt in arg[1])
            elif op is sre_constants.SUBPATTERN:
                stack.append((0, text, list(arg[-1]) + rest))
            elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
                # Any other lookaround only narrows the matches and consumes nothing.
                stack.append((0, text, rest))
            elif (
                op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
                and arg[0] == 0
                and text
                and _sequence_starts_with_separator(list(arg[2]))
            ):
                # "you(?:\s+(?:big|fat))*\s+…": taken, the group ends the word at its
                # separator; skipped, the path goes on after it.
                results.add(text)
                stack.append((0, text, rest))
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] == 0:
                if arg[1] != 1 and not all(_is_separator(i) for i in arg[2]):
                    raise ValueError("a repeated group of letters")
                stack.append((0, text, rest))  # skip it
                stack.append((0, text, list(arg[2]) + rest))  # take it once
            else:
                raise ValueError("an item that is neither letters nor a separator")
        if len(results) + len(stack) > _MAX_EXPANSIONS:
            raise _TooMany
    return results


def _word_starting_at(
    sequence: list[tuple[Any, Any]], index: int, after_separator: bool
) -> frozenset[str] | None:
    """The possible whole words that start at ``sequence[index]`` (after a separator)."""
    try:
        words = _first_words_from(sequence, index, "", after_separator)
    except (ValueError, _TooMany):
        return None
    if not words or not all(word.isalpha() and word.isascii() for word in words):
        return None
    return frozenset(words)


def _word_sets_in_sequence(
    sequence: list[tuple[Any, Any]], before: bool = False, after: bool = False
) -> list[frozenset[str]]:
    """Sets of words such that, for EACH set, one of its words appears in any match.

    ``before``/``after`` say whether a separator certainly precedes/follows the sequence.
    """
    found: list[frozenset[str]] = []
    separated = before  # whether a separator certainly comes right before this item
    separated_before: list[bool] = []
    for index, item in enumerate(sequence):
        separated_before.append(separated)
        if separated:
            candidate = _word_starting_at(sequence, index, after)
            if candidate:
                found.append(candidate)
        if _is_separator(item) or (_ends_with_separator(item) and separated):
            separated = True
        else:
            separated = False
    # A mandatory group or alternation of groups can supply words too.
    for index, (op, arg) in enumerate(sequence):
        follows = _sequence_starts_with_separator(sequence[index + 1 :], at_end=after)
        if op is sre_constants.SUBPATTERN:
            found.extend(_word_sets_in_sequence(list(arg[-1]), separated_before[index], follows))
        elif op is sre_constants.BRANCH:
            union: set[str] = set()
            for alternative in arg[1]:
                options = _word_sets_in_sequence(
                    list(alternative), separated_before[index], follows
                )
                if not options:
                    union = set()
                    break
                union |= max(options, key=lambda words: _score(frozenset(words)))
            if union:
                found.append(frozenset(union))
    return found


def required_word_sets(source: str, *, starts_clean: bool = False) -> tuple[frozenset[str], ...]:
    r"""Sets of words that every match of the pattern needs, best (rarest) first.

    Each set is a requirement on its own: one of its words appears in every text the
    pattern matches. An empty tuple means nothing is known. ``starts_clean`` says that a
    match can only start at a word boundary (the rule checks that itself).

    >>> [sorted(s) for s in required_word_sets(r"\byou\s+(?:always|never)\s+lie\b")]
    [['lie'], ['always', 'never'], ['you']]
    """
    try:
        parsed = sre_parse.parse(source)
    except Exception:  # a pattern only the third-party ``regex`` module understands
        return ()
    return word_sets_of_tree(parsed, starts_clean=starts_clean)


def parse(source: str) -> Any:
    """The stdlib parse tree of ``source`` (raises ``re.error`` like ``re.compile``)."""
    return sre_parse.parse(source)


def compile_tree(tree: Any) -> re.Pattern[str]:
    """Compile a parse tree from :func:`parse`, so that a pattern is parsed only once."""
    from re import _compiler  # type: ignore[attr-defined]  # stdlib internals

    compiled: re.Pattern[str] = _compiler.compile(tree)
    return compiled


_MAX_SETS: Final = 5
"""How many word requirements to keep per pattern: each costs only a bit in a mask."""


def word_sets_of_tree(parsed: Any, *, starts_clean: bool = False) -> tuple[frozenset[str], ...]:
    """:func:`required_word_sets` for an already parsed pattern."""
    unique = dict.fromkeys(_word_sets_in_sequence(list(parsed), before=starts_clean))
    ranked = sorted(unique, key=lambda words: (-_score(words), sorted(words)))
    # A set-membership test is far cheaper than a regex search, so keep several sets.
    return tuple(ranked[:_MAX_SETS])


def required_words(source: str) -> frozenset[str] | None:
    r"""Words of which at least one appears in every text the pattern can match, or None.

    >>> sorted(required_words(r"\bi\s+dare\s+you\b"))
    ['dare']
    >>> sorted(required_words(r"\byou\s+(?:make|made)\s+me\b"))
    ['made', 'make']
    >>> required_words(r"[a-z]+ing\b") is None
    True
    """
    sets = required_word_sets(source)
    return sets[0] if sets else None


# --- gates ----------------------------------------------------------------------------------

_LOOKAROUND_OPEN: Final = ("(?<=", "(?<!", "(?=", "(?!")


def _is_zero_width_item(item: tuple[Any, Any]) -> bool:
    op, arg = item
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return True
    if op is sre_constants.BRANCH:
        return all(all(_is_zero_width_item(i) for i in alt) for alt in arg[1])
    if op is sre_constants.SUBPATTERN:
        return all(_is_zero_width_item(i) for i in arg[-1])
    return False


_ESCAPE: Final = re.compile(
    r"\\(?:U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|N\{[^}]*\}|[0-7]{1,3}|.)", re.DOTALL
)
_QUANTIFIER: Final = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")


def _starts_with_letter(source: str) -> bool:
    """True when ``source`` starts with something the regex engine can jump to quickly.

    That is a letter (in every alternative of the first group), or a set of punctuation
    such as ``['"]``: both let the engine skip ahead to the few places they occur.
    """
    if source.startswith("\\b"):
        source = source[2:]  # a word boundary before a letter is still a letter start
    if source[:1].isalpha():
        return True
    if source.startswith("[") and not source.startswith("[^"):
        end = _token_end(source)
        members = source[1 : end - 1] if end > 0 else ""
        # Escaped punctuation ("\\'") is plain punctuation; escapes such as \w or \s
        # stand for whole classes and are not selective.
        plain = re.sub(r"\\([^0-9A-Za-z])", r"\1", members)
        if members and "\\" not in plain and not any(char.isalpha() for char in plain):
            return True
    if source[:1] in {"'", '"', "?", "!", ","}:
        return True
    if source.startswith("(?:"):
        close = _matching_paren(source, 0)
        if close < 0 or _QUANTIFIER.match(source, close + 1):
            return False
        return all(_starts_with_letter(part) for part in _split_top(source[3:close]))
    return False


def _token_end(source: str) -> int:
    """The end of the first atom of ``source`` (a group, a class or an escape), or -1."""
    if source.startswith("("):
        close = _matching_paren(source, 0)
        return close + 1 if close >= 0 else -1
    if source.startswith("["):
        index = 1
        if source[index : index + 1] == "^":
            index += 1
        if source[index : index + 1] == "]":
            index += 1
        while index < len(source):
            if source[index] == "\\":
                index += 2
                continue
            if source[index] == "]":
                return index + 1
            index += 1
        return -1
    if source.startswith("\\"):
        escape = _ESCAPE.match(source)
        return escape.end() if escape else -1
    return 1 if source and source[0] not in "|)" else -1


_NAMED_OPEN: Final = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")
_NAMED_OPENS: Final = re.compile(f"(?:{_NAMED_OPEN.pattern})*")


def is_selective(gate: str) -> bool:
    r"""Whether ``gate`` starts with something the regex engine can jump to quickly.

    >>> is_selective(r"(?P<hit>you\s+never)"), is_selective(r"(?P<hit>(?:^|\s)you)")
    (True, False)
    """
    opened = _NAMED_OPENS.match(gate)
    return _starts_with_letter(gate[opened.end() :] if opened else gate)


def gate_and_start(source: str) -> tuple[str, bool]:
    r"""A cheaper gate pattern that matches wherever ``source`` does, and where to start.

    The flag says whether no match of ``source`` starts before the gate's first match.
    Leading zero-width tests (``\b``, ``^``, lookarounds) stop Python's regex engine from
    jumping straight to a literal prefix, so every position is tried. Dropping them gives
    a superset pattern that finds the literal fast; the full pattern runs only when the
    gate matches. When only zero-width tests were dropped, every match of the pattern is
    also a match of the gate at the same place, so the search for matches can start
    where the gate first matched.

    >>> gate_and_start(r"(?<!\bif\s)(?P<hit>\byou\s+never)")
    ('(?P<hit>you\\s+never)', True)
    >>> gate_and_start(r"(?:oh\s+)?you\s+never")
    ('you\\s+never', False)
    """
    prefix = ""
    rest = source
    same_start = True
    while rest:
        if rest.startswith("\\b") or rest.startswith("\\A"):
            rest = rest[2:]
            continue
        if rest.startswith("^"):
            rest = rest[1:]
            continue
        if rest.startswith(_LOOKAROUND_OPEN):
            close = _matching_paren(rest, 0)
            if close < 0:
                break
            rest = rest[close + 1 :]
            continue
        opener = _NAMED_OPEN.match(rest)
        if opener is not None:
            prefix += opener.group()
            rest = rest[opener.end() :]
            continue
        # Any element at the front can be dropped: wherever "AB" matches, "B" matches
        # too (a little further on), so the gate still finds every match. Drop until
        # the gate starts with a letter, which the regex engine can jump to quickly.
        if _starts_with_letter(rest):
            break
        token_end = _token_end(rest)
        if token_end <= 0:
            break
        quantifier = _QUANTIFIER.match(rest, token_end)
        rest = rest[quantifier.end() if quantifier else token_end :]
        same_start = False
        if not rest or rest[0] in "|)":
            return source, True  # nothing selective left: gate with the pattern itself
    gate = prefix + rest
    # A gate with no letter left would match nearly anywhere: use the pattern itself.
    if any(char.isalpha() for char in rest.replace("?P<", "")):
        return gate, same_start
    return source, True
