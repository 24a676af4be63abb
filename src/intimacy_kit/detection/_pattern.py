r"""The token-pattern language of rules, parsed into a small tree.

A pattern is a sequence of items, each matching one or more tokens of a sentence. The
engine skips *fillers* between items (adverbs such as "really" or "literally", swear
words used as intensifiers, discourse particles, emoji, commas), so a rule says "you are
a label" once and "you are also, honestly, a fucking label" matches too.

===================  ==============================================================
``you``, ``'re``     a token whose normalised form is exactly this word
``<hate>``           any inflection of a lemma: hate, hates, hated, hating
``INSULT``           a token (or a phrase) in a word class, or with a flag (``PUNCT``)
``"all the time"``   a phrase: these words in a row
``(a | b c)``        alternatives; a group of one-token alternatives is one set
``!X``               one token that is not ``X`` (``X`` a word, lemma, class or group)
``-X`` / ``=X``      the next token is not ``X`` (or there is none) / is ``X``; takes none
``_``                any one token
``...``              a gap of up to eight tokens, not across a clause break
``^`` / ``$``        the start / end of a clause (openers and trailing fillers allowed)
``[ ... ]``          the span to report; without it, the whole match is reported
``X?`` ``X*`` ``X+`` optional, repeated (at most six times), ``X{1,3}`` bounded
===================  ==============================================================

>>> parse("[YOU BE (a | an)? INSULT]")
Hit(node=Seq(items=(Word(text='YOU'), Word(text='BE'),
    Repeat(node=Alt(options=(Word(text='a'), Word(text='an'))), low=0, high=1),
    Word(text='INSULT'))))
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "MAX_GAP",
    "MAX_REPEAT",
    "Ahead",
    "Alt",
    "Any",
    "ClauseEnd",
    "ClauseStart",
    "Gap",
    "Hit",
    "Lemma",
    "Node",
    "Not",
    "PatternError",
    "Phrase",
    "Repeat",
    "Seq",
    "Word",
    "parse",
    "parse_checked",
    "unparse",
]

MAX_REPEAT: Final = 6
"""How many times ``*`` and ``+`` repeat at most: every pattern's cost stays bounded."""
MAX_GAP: Final = 8
"""How many tokens ``...`` skips at most."""

_TOKEN: Final = re.compile(
    r"\s*(?:(?P<phrase>\"[^\"]*\")|(?P<lemma><[a-z][a-z' -]*>)|(?P<gap>\.\.\.)"
    r"|(?P<repeat>\{\d+,\d+\})|(?P<symbol>[()\[\]|!?*+^$_=-])"
    r"|(?P<word>[a-zA-Z0-9'][a-zA-Z0-9'_.-]*))"
)
_SCAN: Final = re.compile(
    r"(?P<phrase>\"[^\"]*\")|(?P<lemma><[a-z][a-z' -]*>)|(?P<gap>\.\.\.)"
    r"|(?P<repeat>\{\d+,\d+\})|(?P<symbol>[()\[\]|!?*+^$_=-])"
    r"|(?P<word>[a-zA-Z0-9'][a-zA-Z0-9'_.-]*)|(?P<error>\S)"
)
_CLASS_NAME: Final = re.compile(r"[A-Z][A-Z0-9_]*")
_LITERAL: Final = re.compile(r"[a-z0-9'][a-z0-9'.-]*")


class PatternError(ValueError):
    """A pattern that cannot be parsed, with the position of the problem."""


class _Node:
    """A node of a parsed pattern: a small immutable value, equal to another by its fields.

    Plain slotted classes, not attrs: a fresh process defines these thirteen classes
    before its first ``detect``, and attrs takes about half a millisecond for each.
    ``__slots__`` lists the fields in the constructor's order, which ``repr`` and
    pickling follow.
    """

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Node)
            and type(other) is type(self)
            and other._fields() == self._fields()
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self._fields()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[type[_Node], tuple[object, ...]]:
        return type(self), self._fields()


class Word(_Node):
    """One token: a literal word (lower case) or a class or flag name (upper case)."""

    __slots__ = ("text",)
    text: str

    def __init__(self, text: str) -> None:
        object.__setattr__(self, "text", text)


class Lemma(_Node):
    """One token that is any inflection of ``lemma``."""

    __slots__ = ("lemma",)
    lemma: str

    def __init__(self, lemma: str) -> None:
        object.__setattr__(self, "lemma", lemma)


class Phrase(_Node):
    """Several tokens in a row: the words of a phrase."""

    __slots__ = ("words",)
    words: tuple[str, ...]

    def __init__(self, words: tuple[str, ...]) -> None:
        object.__setattr__(self, "words", words)


class Not(_Node):
    """One token that does not match ``node`` (a single-token item)."""

    __slots__ = ("node",)
    node: Node

    def __init__(self, node: Node) -> None:
        object.__setattr__(self, "node", node)


class Ahead(_Node):
    """A look at the next token without taking it: it is (or is not) ``node``."""

    __slots__ = ("node", "negative")  # noqa: RUF023 - the constructor's order
    node: Node
    negative: bool

    def __init__(self, node: Node, negative: bool) -> None:
        object.__setattr__(self, "node", node)
        object.__setattr__(self, "negative", negative)


class Any(_Node):
    """Any one token."""

    __slots__ = ()


class Gap(_Node):
    """Up to :data:`MAX_GAP` tokens, as few as possible."""

    __slots__ = ()


class ClauseStart(_Node):
    """The start of a clause: nothing but openers ("oh", "well", "Sam,") before."""

    __slots__ = ()


class ClauseEnd(_Node):
    """The end of a clause: nothing but fillers before punctuation or the end."""

    __slots__ = ()


class Seq(_Node):
    """Items in order, fillers skipped between them."""

    __slots__ = ("items",)
    items: tuple[Node, ...]

    def __init__(self, items: tuple[Node, ...]) -> None:
        object.__setattr__(self, "items", items)


class Alt(_Node):
    """Alternatives: the first that leads to a match wins."""

    __slots__ = ("options",)
    options: tuple[Node, ...]

    def __init__(self, options: tuple[Node, ...]) -> None:
        object.__setattr__(self, "options", options)


class Repeat(_Node):
    """``node`` between ``low`` and ``high`` times."""

    __slots__ = ("node", "low", "high")  # noqa: RUF023 - the constructor's order
    node: Node
    low: int
    high: int

    def __init__(self, node: Node, low: int, high: int) -> None:
        object.__setattr__(self, "node", node)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)


class Hit(_Node):
    """The part of the match to report."""

    __slots__ = ("node",)
    node: Node

    def __init__(self, node: Node) -> None:
        object.__setattr__(self, "node", node)


Node = (
    Word
    | Lemma
    | Phrase
    | Not
    | Ahead
    | Any
    | Gap
    | ClauseStart
    | ClauseEnd
    | Seq
    | Alt
    | Repeat
    | Hit
)
"""Any node of a parsed pattern."""


class _Parser:
    def __init__(self, source: str, groups: dict[str, Node] | None) -> None:
        self.source = source
        # Groups already parsed, by their text: the fragments shared by many rules are
        # parsed once (and, being the same node, compiled once).
        self.groups = groups if groups is not None else {}
        # One pass of the scanner over the whole pattern; a character it cannot read is
        # an "error" token, reported with its position.
        self.tokens: list[tuple[str, str, int]] = [
            (match.lastgroup or "error", match.group(match.lastgroup or 0), match.start())
            for match in _SCAN.finditer(source)
        ]
        for kind, _, position in self.tokens:
            if kind == "error":
                raise PatternError(f"cannot read the pattern at {source[position:][:20]!r}")
        self.index = 0
        self.closing: dict[int, int] = {}
        opened: list[int] = []
        for index, (kind, text, _) in enumerate(self.tokens):
            if kind != "symbol":
                continue
            if text == "(":
                opened.append(index)
            elif text == ")" and opened:
                self.closing[opened.pop()] = index

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> tuple[str, str, int]:
        token = self.peek()
        if token is None:
            raise PatternError("the pattern ends too early")
        self.index += 1
        return token

    def expect(self, symbol: str) -> None:
        token = self.take()
        if token[1] != symbol:
            raise PatternError(f"expected {symbol!r} at position {token[2]}, found {token[1]!r}")

    def alternatives(self) -> Node:
        options = [self.sequence()]
        while (token := self.peek()) is not None and token[1] == "|":
            self.take()
            options.append(self.sequence())
        return options[0] if len(options) == 1 else Alt(tuple(options))

    def sequence(self) -> Node:
        items: list[Node] = []
        while (token := self.peek()) is not None and token[1] not in ("|", ")", "]"):
            items.append(self.item())
        if not items:
            raise PatternError("an empty alternative or group")
        return items[0] if len(items) == 1 else Seq(tuple(items))

    def item(self) -> Node:
        token = self.peek()
        if token is not None and token[1] in ("!", "-", "="):
            self.take()
            inner = self.atom()
            if not _single_token(inner):
                raise PatternError(f"{token[1]!r} needs a one-token item at position {token[2]}")
            if token[1] == "!":
                return self.quantified(Not(inner))
            return Ahead(inner, negative=token[1] == "-")
        return self.quantified(self.atom())

    def quantified(self, node: Node) -> Node:
        token = self.peek()
        if token is None:
            return node
        kind, text, position = token
        bounds = {"?": (0, 1), "*": (0, MAX_REPEAT), "+": (1, MAX_REPEAT)}.get(text)
        if kind == "repeat":
            low, high = (int(n) for n in text[1:-1].split(","))
            if not 0 <= low <= high <= MAX_REPEAT or high == 0:
                raise PatternError(f"repeat {text} must be within {{0,{MAX_REPEAT}}}")
            bounds = (low, high)
        if bounds is None or kind not in ("symbol", "repeat"):
            return node
        if isinstance(node, ClauseStart | ClauseEnd | Gap | Hit):
            raise PatternError(f"{text!r} at position {position} cannot repeat that item")
        self.take()
        return Repeat(node, *bounds)

    def atom(self) -> Node:
        kind, text, position = self.take()
        if kind == "phrase":
            words = tuple(text[1:-1].split())
            if not words or not all(_LITERAL.fullmatch(word) for word in words):
                raise PatternError(f"phrase {text} must be lower-case words")
            return Phrase(words) if len(words) > 1 else Word(words[0])
        if kind == "lemma":
            return Lemma(" ".join(text[1:-1].split()))
        if kind == "gap":
            return Gap()
        if kind == "word":
            if not (_CLASS_NAME.fullmatch(text) or _LITERAL.fullmatch(text)):
                raise PatternError(
                    f"{text!r} at position {position}: words are lower case, classes upper case"
                )
            return Word(text)
        return self._symbol(text, position)

    def _symbol(self, text: str, position: int) -> Node:
        if text == "(":
            opening = self.index - 1
            closing = self.closing.get(opening)
            if closing is None:
                raise PatternError(f"'(' at position {position} is never closed")
            key = self.source[position : self.tokens[closing][2] + 1]
            known = self.groups.get(key)
            if known is not None:
                self.index = closing + 1
                return known
            node = self.alternatives()
            self.expect(")")
            self.groups[key] = node
            return node
        if text == "[":
            node = self.alternatives()
            self.expect("]")
            return Hit(node)
        if text == "_":
            return Any()
        if text == "^":
            return ClauseStart()
        if text == "$":
            return ClauseEnd()
        raise PatternError(f"unexpected {text!r} at position {position}")


def _single_token(node: Node) -> bool:
    if isinstance(node, Word | Lemma | Any):
        return True
    if isinstance(node, Alt):
        return all(_single_token(option) for option in node.options)
    return False


def parse(source: str, groups: dict[str, Node] | None = None) -> Node:
    """Parse a pattern into its tree; :class:`PatternError` says what is wrong and where.

    ``groups`` caches parsed groups by their text across calls, so that fragments shared
    by many patterns are parsed once.
    """
    node = parse_checked(source, groups)
    if _hits(node) > 1:
        raise PatternError("a pattern reports one span: use '[ ]' once")
    for option in node.options if isinstance(node, Alt) else (node,):
        reported = _hit_least(option)
        if (_least(option) if reported is None else reported) == 0:
            raise PatternError("the pattern can match without a word: it would report nothing")
    return node


def parse_checked(source: str, groups: dict[str, Node] | None = None) -> Node:
    """:func:`parse` without counting the spans to report, for a pattern known to be good.

    The count walks every shared group again on each call, which costs more than the
    parse itself when the compiler parses stored branches one by one.
    """
    parser = _Parser(source, groups)
    if not parser.tokens:
        raise PatternError("the pattern is empty")
    node = parser.alternatives()
    leftover = parser.peek()
    if leftover is not None:
        raise PatternError(f"unexpected {leftover[1]!r} at position {leftover[2]}")
    return node


def _least(node: Node) -> int:
    """The fewest tokens ``node`` can match."""
    if isinstance(node, Word | Lemma | Not | Any):
        return 1
    if isinstance(node, Phrase):
        return len(node.words)
    if isinstance(node, Seq):
        return sum(_least(item) for item in node.items)
    if isinstance(node, Alt):
        return min(_least(option) for option in node.options)
    if isinstance(node, Repeat):
        return node.low * _least(node.node)
    if isinstance(node, Hit):
        return _least(node.node)
    return 0  # gaps, clause edges and lookaheads take no token


def _hit_least(node: Node) -> int | None:
    """The fewest tokens the reported part ``[ ]`` can match, or None without one."""
    if isinstance(node, Hit):
        return _least(node.node)
    if isinstance(node, Seq):
        found = [least for item in node.items if (least := _hit_least(item)) is not None]
        return found[0] if found else None
    if isinstance(node, Alt):
        found = [least for option in node.options if (least := _hit_least(option)) is not None]
        return min(found) if found else None
    if isinstance(node, Repeat):
        return _hit_least(node.node)
    return None


def _hits(node: Node) -> int:
    if isinstance(node, Hit):
        return 1 + _hits(node.node)
    if isinstance(node, Seq):
        return sum(_hits(item) for item in node.items)
    if isinstance(node, Alt):
        return max(_hits(option) for option in node.options)
    if isinstance(node, Repeat | Not | Ahead):
        return _hits(node.node)
    return 0


def unparse(node: Node) -> str:
    """Pattern text that :func:`parse` reads back into ``node``.

    >>> unparse(parse("[YOU BE (a | an)? INSULT]"))
    '[YOU BE (a | an){0,1} INSULT]'
    """
    if isinstance(node, Alt):
        # An alternative that is itself a group keeps its parentheses: "((a | b) | c)".
        return " | ".join(
            _unparse_item(option) if isinstance(option, Alt) else unparse(option)
            for option in node.options
        )
    if isinstance(node, Seq):
        return " ".join(_unparse_item(item) for item in node.items)
    return _unparse_item(node)


def _unparse_item(node: Node) -> str:
    if isinstance(node, Word):
        return node.text
    if isinstance(node, Lemma):
        return f"<{node.lemma}>"
    if isinstance(node, Phrase):
        return '"' + " ".join(node.words) + '"'
    if isinstance(node, Not):
        return "!" + _unparse_item(node.node)
    if isinstance(node, Ahead):
        return ("-" if node.negative else "=") + _unparse_item(node.node)
    if isinstance(node, Repeat):
        inner = node.node
        text = f"({unparse(inner)})" if isinstance(inner, Repeat) else _unparse_item(inner)
        return f"{text}{{{node.low},{node.high}}}"
    if isinstance(node, Hit):
        return f"[{unparse(node.node)}]"
    if isinstance(node, Seq | Alt):
        return f"({unparse(node)})"
    return {Any: "_", Gap: "...", ClauseStart: "^", ClauseEnd: "$"}[type(node)]
