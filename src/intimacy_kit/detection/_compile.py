"""Compiling token patterns into matchers over a sentence's token bits.

Every test a pattern makes of one token is a bit test: flags (``PUNCT``), word classes
(``INSULT``) and the literal words and lemmas of a rule set each own a bit, and a token's
bits are looked up once per message. A compiled pattern is a tree of small matcher
functions in continuation-passing style: ``matcher(ctx, position, then)`` tries to match
at ``position`` and calls ``then(end)`` for each way it can end, until ``then`` accepts.
Every repetition and gap is bounded, so the work at one starting token is bounded by the
pattern, and a message costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from intimacy_kit.detection._pattern import (
    MAX_GAP,
    Ahead,
    Alt,
    Any,
    ClauseEnd,
    ClauseStart,
    Gap,
    Hit,
    Lemma,
    Node,
    Not,
    PatternError,
    Phrase,
    Repeat,
    Seq,
    Word,
    parse,
    parse_checked,
)
from intimacy_kit.lexicon import get_vocabulary, inflections
from intimacy_kit.text import flags as F

if TYPE_CHECKING:
    from intimacy_kit.detection._precompiled import Precompiled

__all__ = [
    "COMMON_WORDS",
    "BitSpace",
    "CompiledPattern",
    "Context",
    "Matcher",
    "compile_pattern",
    "compile_text",
]

MAX_FILLERS: Final = 4
"""How many filler tokens the engine skips between two items of a pattern, at most."""
_OPENER_LOOKBACK: Final = 6
_CLASS_SHIFT: Final = F.FLAG_BITS

# Word classes the engine skips between items, and that may open a clause before "^".
FILLER_CLASSES: Final = (
    "FILLER_ADVERB",
    "DISCOURSE_PARTICLE",
    "SWEAR_INTENSIFIER",
    "EXPLETIVE_PHRASE",
)
_FILLER_FLAGS: Final = F.SYMBOL | F.EMOTICON | F.COMMA
_OPENER_CLASSES: Final = (*FILLER_CLASSES, "CONJUNCTION", "HEDGE")
_BOUNDARY_FLAGS: Final = F.SENTENCE_END | F.CLAUSE_BREAK | F.QUOTE
# The most common words of chat and conversation: a need that one of them meets rules
# out few messages, so the gate prefers any other need of an alternative.
COMMON_WORDS: Final = tuple(
    """
    i you the a to and it is that of in my me we be have do not for this on with your so but
    was are 're 's 'm n't just what can will get like know about if no all at up out they he
    she there now one time how why want when think go don't really would 'll could
    """.split()
)


class Context:
    """What a matcher needs about the sentence it runs in; one per message and thread."""

    __slots__ = (
        "_clause_starts",
        "_positions",
        "bits",
        "fillers",
        "first",
        "hit",
        "limit",
        "phrases",
        "sentence_start",
        "space",
        "start_bits",
        "tried",
    )

    def __init__(
        self,
        bits: list[int],
        phrases: Mapping[int, list[tuple[int, int]]] | None,
        space: BitSpace,
        sentence_start: Sequence[int],
    ) -> None:
        self.bits = bits
        """The bits of every token of the message."""
        self.phrases = phrases
        """For a token that starts phrases, each phrase's end and class bits; or None."""
        self.space = space
        self.start_bits = bits
        """Each token's bits and the bits of the phrases that start at it."""
        if phrases is not None:
            self.start_bits = list(bits)
            for first, spans in phrases.items():
                for _, phrase in spans:
                    self.start_bits[first] |= phrase
        self.limit = 0
        """The index past the last token of the sentence being matched."""
        self.first = 0
        """The index of the first token of the sentence being matched."""
        self.hit: tuple[int, int] | None = None
        """The reported span of the match being tried, as token indexes."""
        self.sentence_start = sentence_start
        self._clause_starts: list[int] | None = None
        self._positions: dict[int, list[int]] = {}
        self.tried: set[tuple[object, Then, int]] = set()
        """Items that failed at a position with a continuation (see :func:`_then_skipping`);
        the engine empties it before each starting token."""
        self.fillers = _filler_ends(bits, phrases, space.filler_mask, space.set_off_mask)
        """For each token, where a filler starting there ends, or -1 (see :meth:`filler_end`)."""

    def positions(self, mask: int) -> list[int]:
        """The tokens (or phrase starts) that have a bit of ``mask``.

        Memoised per mask, since many patterns start with the same class.
        """
        found = self._positions.get(mask)
        if found is None:
            found = self._positions[mask] = [
                index for index, bits in enumerate(self.start_bits) if bits & mask
            ]
        return found

    def clause_starts(self) -> list[int]:
        """The tokens where ``^`` can match: a clause's first token, or one after openers."""
        if self._clause_starts is None:
            starts = []
            opener = self.space.opener_mask
            at_start = False
            for index, token in enumerate(self.bits):
                if self.sentence_start[index] == index:
                    at_start = True
                if at_start:
                    starts.append(index)
                    at_start = bool(token & (opener | _BOUNDARY_FLAGS))
                else:
                    at_start = bool(token & _BOUNDARY_FLAGS)
            self._clause_starts = starts
        return self._clause_starts

    def clause_positions(self, guard: int) -> list[int]:
        """The clause starts where an item with ``guard`` or a filler starts.

        ``guard`` is a ``Branch.clause_guard``; memoised per guard, like :meth:`positions`.
        """
        found = self._positions.get(-guard)
        if found is None:
            bits, fillers = self.start_bits, self.fillers
            found = self._positions[-guard] = [
                index
                for index in self.clause_starts()
                if bits[index] & guard or fillers[index] >= 0
            ]
        return found

    def filler_end(self, position: int) -> int:
        """Where a filler starting at ``position`` ends, or -1 if none starts there."""
        # Phrases never cross a sentence end, so a filler that starts before the limit
        # ends at or before it: the table made once per message holds for every sentence.
        return self.fillers[position] if position < self.limit else -1


def _filler_ends(
    bits: list[int],
    phrases: Mapping[int, list[tuple[int, int]]] | None,
    filler: int,
    set_off: int,
) -> list[int]:
    """For each token, where a filler (a word or a phrase) starting there ends, or -1.

    A particle that is also a verb (``set_off``: "love", "look") is a filler only where
    a particle stands: first in the message or after a comma or boundary, or before one.
    """
    ends = [index + 1 if token & filler else -1 for index, token in enumerate(bits)]
    if set_off:
        edge = _BOUNDARY_FLAGS | F.COMMA
        last = len(bits) - 1
        for index, token in enumerate(bits):
            if token & set_off and not (
                index == 0 or bits[index - 1] & edge or index == last or bits[index + 1] & edge
            ):
                ends[index] = -1
    if phrases is not None:
        for first, spans in phrases.items():
            if ends[first] < 0:
                ends[first] = next((end for end, mask in spans if mask & filler), -1)
    return ends


Then = Callable[[int], bool]
Matcher = Callable[[Context, int, Then], bool]


class BitSpace:
    """The bits of one rule set: flags, the vocabulary's classes, then literal words.

    A token's bits are its flags, its form's class mask shifted above the flags, and the
    bits of the literal words and lemmas of the rule set that it is (:meth:`bits_of`).
    The vocabulary's tables are shared, not copied: a rule set costs only its literals.
    """

    def __init__(self, ahead: Precompiled | None = None) -> None:
        vocabulary = get_vocabulary()
        self.vocabulary = vocabulary
        self.forms = vocabulary.form_masks
        """Form → class mask (not shifted), the vocabulary's own table."""
        self.literals: dict[str, int] = {}
        """Form → the bits of the literal words and lemmas it is."""
        self.class_shift = _CLASS_SHIFT
        """How far a class mask is shifted in token bits (above the flags)."""
        self.next_bit = _CLASS_SHIFT + len(vocabulary.class_names)
        self._literal: dict[str, int] = {}
        self.ahead = ahead
        """Patterns compiled ahead of time (see :mod:`._precompiled`), or None."""
        if ahead is not None:
            # Their literals keep the bits they had when the patterns were compiled, so
            # the stored masks hold; patterns not stored get new bits after them.
            self._literal.update(ahead.literal_bits)
            self.literals.update(ahead.literal_forms)
            self.next_bit = ahead.next_bit
        self.compiled: dict[str, CompiledPattern] = {}
        """Compiled patterns by their text."""
        self._parsed: dict[str, list[Node]] = {}
        self.groups: dict[str, Node] = {}
        """Parsed groups by their text, shared by every pattern of the rule set."""
        # Memos by node identity; ``_trees`` keeps every compiled tree alive, so that no
        # node's id is reused by another while the memos hold it.
        self._masks: dict[int, int | None] = {}
        self._matchers: dict[int, Matcher] = {}
        self._trees: list[Node] = []
        self._commonness: dict[int, int] = {}
        self._common_bits: list[int] | None = None
        self.filler_mask = self._classes_mask(FILLER_CLASSES) | _FILLER_FLAGS
        self.set_off_mask = self._classes_mask(("SET_OFF_PARTICLE",))
        """Fillers that are skipped only where they are set off (see :func:`_filler_ends`)."""
        self.opener_mask = self._classes_mask(_OPENER_CLASSES) | _FILLER_FLAGS
        phrases = 0
        for mask in vocabulary.phrase_forms().values():
            phrases |= mask
        self.phrase_mask = phrases << _CLASS_SHIFT
        """Every bit that some phrase has."""

    def commonness(self, mask: int) -> int:
        """How many of the most common English words a mask meets: lower is more selective."""
        if mask & F.WORD or mask < 0:
            return len(COMMON_WORDS) + 1
        found = self._commonness.get(mask)
        if found is None:
            if self._common_bits is None:
                self._common_bits = [self.bits_of(word) for word in COMMON_WORDS]
            found = self._commonness[mask] = sum(1 for bits in self._common_bits if bits & mask)
        return found

    def bits_of(self, form: str) -> int:
        """The bits of a token form, without its flags."""
        classes = self.vocabulary.classes_of(form)
        return (classes << _CLASS_SHIFT) | self.literals.get(form, 0)

    def phrase_bits(self, phrase: str) -> int:
        """The bits of a phrase of the vocabulary."""
        return self.vocabulary.phrase_classes(phrase) << _CLASS_SHIFT

    def _classes_mask(self, names: tuple[str, ...]) -> int:
        mask = 0
        for name in names:
            if name in self.vocabulary.class_names:
                mask |= self.vocabulary.bit(name) << _CLASS_SHIFT
        return mask

    def mask_of(self, name: str) -> int:
        """The mask of a class or flag name, or of a literal word (given its own bit)."""
        if name.isupper() or (name[0].isupper() and "_" in name):
            flag = F.FLAG_NAMES.get(name)
            if flag is not None:
                return flag
            try:
                return self.vocabulary.bit(name) << _CLASS_SHIFT
            except KeyError:
                known = ", ".join(sorted((*F.FLAG_NAMES, *self.vocabulary.class_names)))
                raise PatternError(f"unknown word class {name} (known: {known})") from None
        return self._literal_bit(name, (name,))

    def lemma_mask(self, lemma: str) -> int:
        """The mask of every inflection of ``lemma``."""
        return self._literal_bit(f"<{lemma}>", inflections(lemma))

    def _literal_bit(self, key: str, forms: tuple[str, ...]) -> int:
        bit = self._literal.get(key)
        if bit is None:
            bit = 1 << self.next_bit
            self.next_bit += 1
            self._literal[key] = bit
            for form in forms:
                self.literals[form] = self.literals.get(form, 0) | bit
        return bit


class Branch:
    """One top-level alternative of a pattern, ready to run.

    Splitting a pattern at its top-level ``|`` lets each alternative start only where its
    own first item can match, and run only when its own needs are met.
    """

    __slots__ = ("at_clause_start", "clause_guard", "first_mask", "matcher", "needs")

    def __init__(
        self,
        matcher: Matcher,
        first_mask: int,
        at_clause_start: bool,
        needs: tuple[int, ...],
        clause_guard: int = 0,
    ) -> None:
        self.matcher = matcher
        self.first_mask = first_mask
        """Bits one of which the first token of a match has; 0 means any token."""
        self.at_clause_start = at_clause_start
        """Whether a match starts only at the start of a clause (the pattern opens with ^)."""
        self.clause_guard = clause_guard
        """For a branch that opens with ^: bits the item after it starts with (0: none).
        A clause start with none of them can still match only after a filler."""
        self.needs = needs
        """Masks that must each be met by some token of the message for a match."""

    def ready(self, union: int) -> bool:
        """Whether a message whose tokens have the bits ``union`` can match."""
        return all(union & need for need in self.needs)


class CompiledPattern:
    """A pattern ready to run: its branches (see :class:`Branch`)."""

    __slots__ = ("branches",)

    def __init__(self, branches: tuple[Branch, ...]) -> None:
        self.branches = branches

    def ready(self, union: int) -> bool:
        """Whether some branch can match a message whose tokens have the bits ``union``."""
        return any(branch.ready(union) for branch in self.branches)


def compile_text(pattern: str, space: BitSpace) -> CompiledPattern:
    """Compile a pattern given as text, once per bit space.

    A pattern compiled ahead of time gets its branches' masks from the stored tables and
    is parsed only when the gate first selects one of its branches: a process that checks
    one message compiles the few branches that message needs, not every rule.
    """
    found = space.compiled.get(pattern)
    if found is not None:
        return found
    stored = space.ahead.patterns.get(pattern) if space.ahead is not None else None
    if stored is None:
        found = compile_pattern(parse(pattern, space.groups), space)
    else:
        branches = []
        for first, opens, needs, clause_guard, alone in stored:
            branch = Branch(_any_token, first, opens, needs, clause_guard)
            branch.matcher = _OnFirstUse(space, alone, branch)
            branches.append(branch)
        found = CompiledPattern(tuple(branches))
    space.compiled[pattern] = found
    return found


class _OnFirstUse:
    """A branch's matcher until it first runs, when it compiles the branch in its place.

    ``alone`` is the branch as a pattern of its own, which parses far faster than the
    whole pattern it comes from. An object with slots, not a closure: a fresh process
    holds one per stored branch (a thousand), and a closure costs five objects for the
    garbage collector to walk, before and at exit, where this costs one.
    """

    __slots__ = ("alone", "branch", "space")

    def __init__(self, space: BitSpace, alone: str, branch: Branch) -> None:
        self.space = space
        self.alone = alone
        self.branch = branch

    def __call__(self, ctx: Context, position: int, then: Then) -> bool:
        branch = self.branch
        if branch.matcher is self:
            node = parse_checked(self.alone, self.space.groups)  # checked when stored
            self.space._trees.append(node)
            branch.matcher = _compile(node, self.space)
        return branch.matcher(ctx, position, then)


def compile_pattern(node: Node, space: BitSpace) -> CompiledPattern:
    """Compile a parsed pattern against a rule set's bit space."""
    space._trees.append(node)
    branches = []
    for branch in _split(node):
        space._trees.append(branch)
        first, empty = _first(branch, space)
        # The rarest needs first: a message usually fails on one of them.
        needs = sorted(set(_needs(branch, space)), key=space.commonness)
        opens = _opens_clause(branch)
        branches.append(
            Branch(
                _compile(branch, space),
                0 if empty else first,
                opens,
                tuple(needs),
                _clause_guard(branch, space) if opens else 0,
            )
        )
    return CompiledPattern(tuple(branches))


def _split(node: Node) -> list[Node]:
    """The top-level alternatives of a pattern, a reported span kept on each."""
    if isinstance(node, Alt):
        return [branch for option in node.options for branch in _split(option)]
    if isinstance(node, Hit) and isinstance(node.node, Alt):
        return [Hit(branch) for branch in _split(node.node)]
    return [node]


def _opens_clause(node: Node) -> bool:
    """Whether every match of ``node`` starts with ``^``."""
    if isinstance(node, ClauseStart):
        return True
    if isinstance(node, Seq):
        return _opens_clause(node.items[0])
    if isinstance(node, Hit):
        return _opens_clause(node.node)
    return False


def _clause_guard(node: Node, space: BitSpace) -> int:
    """The guard (see :func:`_guard`) of the item right after the ``^`` a branch opens with."""
    if isinstance(node, Hit):
        return _clause_guard(node.node, space)
    if isinstance(node, Seq):
        if isinstance(node.items[0], ClauseStart):
            return _guard(node.items[1], space) if len(node.items) > 1 else 0
        return _clause_guard(node.items[0], space)
    return 0


def _single_mask(node: Node, space: BitSpace) -> int | None:
    """The mask of a one-token item (word, lemma or a group of them), else None.

    Memoised by node identity: only nodes of the trees kept in ``space._trees`` may come
    here, never a node made on the fly, whose id could be reused by the next one.
    """
    key = id(node)
    if key in space._masks:
        return space._masks[key]
    mask = _single_mask_of(node, space)
    space._masks[key] = mask
    return mask


def _single_mask_of(node: Node, space: BitSpace) -> int | None:
    if isinstance(node, Word):
        return space.mask_of(node.text)
    if isinstance(node, Lemma):
        return space.lemma_mask(node.lemma)
    if isinstance(node, Alt):
        mask = 0
        for option in node.options:
            option_mask = _single_mask(option, space)
            if option_mask is None:
                return None
            mask |= option_mask
        return mask
    return None


def _compile(node: Node, space: BitSpace) -> Matcher:
    key = id(node)
    matcher = space._matchers.get(key)
    if matcher is None:
        matcher = space._matchers[key] = _compile_new(node, space)
    return matcher


def _compile_new(node: Node, space: BitSpace) -> Matcher:
    mask = _single_mask(node, space)
    if mask is not None:
        return _token(mask, bool(mask & space.phrase_mask))
    if isinstance(node, Seq):
        return _sequence([_part(item, space) for item in node.items], skip_fillers=True)
    if isinstance(node, Phrase):
        masks = [space.mask_of(word) for word in node.words]
        return _sequence([_Part(_token(m, False), m, m) for m in masks], skip_fillers=False)
    if isinstance(node, Alt):
        return _alternatives([_guarded(option, space) for option in node.options])
    if isinstance(node, Repeat):
        return _repeat(_compile(node.node, space), node.low, node.high)
    if isinstance(node, Hit):
        return _hit(_compile(node.node, space))
    if isinstance(node, Not):
        inner = _single_mask(node.node, space)
        if inner is None:  # pragma: no cover - the parser allows only one-token items
            raise PatternError("'!' needs a one-token item")
        return _not_token(inner)
    if isinstance(node, Ahead):
        ahead = _single_mask(node.node, space)
        if ahead is None:  # pragma: no cover - the parser allows only one-token items
            raise PatternError("'-' and '=' need a one-token item")
        return _ahead(ahead, node.negative)
    if isinstance(node, Any):
        return _any_token
    if isinstance(node, Gap):
        return _gap
    if isinstance(node, ClauseStart):
        return _clause_start
    if isinstance(node, ClauseEnd):
        return _clause_end
    raise PatternError(f"cannot compile {node!r}")  # pragma: no cover


def _token(mask: int, phrases: bool) -> Matcher:
    if not phrases:

        def one(ctx: Context, position: int, then: Then) -> bool:
            return position < ctx.limit and bool(ctx.bits[position] & mask) and then(position + 1)

        return one

    def one_or_phrase(ctx: Context, position: int, then: Then) -> bool:
        if position >= ctx.limit:
            return False
        if ctx.bits[position] & mask and then(position + 1):
            return True
        if ctx.phrases is not None:
            for end, bits in ctx.phrases.get(position, ()):
                if bits & mask and end <= ctx.limit and then(end):
                    return True
        return False

    return one_or_phrase


def _not_token(mask: int) -> Matcher:
    def not_one(ctx: Context, position: int, then: Then) -> bool:
        return position < ctx.limit and not ctx.bits[position] & mask and then(position + 1)

    return not_one


def _ahead(mask: int, negative: bool) -> Matcher:
    """Look at the very next token without taking it (a sequence tries again after fillers)."""
    if negative:

        def not_next(ctx: Context, position: int, then: Then) -> bool:
            return (position >= ctx.limit or not ctx.bits[position] & mask) and then(position)

        return not_next

    def next_is(ctx: Context, position: int, then: Then) -> bool:
        return position < ctx.limit and bool(ctx.bits[position] & mask) and then(position)

    return next_is


def _any_token(ctx: Context, position: int, then: Then) -> bool:
    return position < ctx.limit and then(position + 1)


def _gap(ctx: Context, position: int, then: Then) -> bool:
    end = min(position + MAX_GAP, ctx.limit)
    bits = ctx.bits
    while position <= end:
        if then(position):
            return True
        if position < ctx.limit and bits[position] & F.CLAUSE_BREAK:
            return False
        position += 1
    return False


def _clause_start(ctx: Context, position: int, then: Then) -> bool:
    bits, opener = ctx.bits, ctx.space.opener_mask
    back = position - 1
    lowest = max(ctx.first, position - _OPENER_LOOKBACK)
    while back >= lowest:
        token = bits[back]
        if token & _BOUNDARY_FLAGS:
            break
        vocative = token & F.CAPITALIZED and back + 1 < position and bits[back + 1] & F.COMMA
        if not (token & opener or vocative):
            return False
        back -= 1
    else:
        if back >= ctx.first:
            return False  # too many openers to be sure
    return then(position)


def _clause_end(ctx: Context, position: int, then: Then) -> bool:
    bits, filler = ctx.bits, ctx.space.filler_mask & ~F.COMMA
    ahead = position
    while ahead < ctx.limit and ahead - position <= MAX_FILLERS:
        token = bits[ahead]
        if token & (_BOUNDARY_FLAGS | F.COMMA):
            return then(position)
        if not token & filler:
            return False
        ahead += 1
    return ahead >= ctx.limit and then(position)


class _Part:
    """An item of a sequence, compiled, with what lets a sequence skip calling it."""

    __slots__ = ("guard", "matcher", "token")

    def __init__(self, matcher: Matcher, guard: int, token: int) -> None:
        self.matcher = matcher
        self.guard = guard
        """Bits the token at a match's start has (in ``start_bits``); 0: no such test."""
        self.token = token
        """For a plain one-token item (no phrases), its mask: a sequence tests it inline."""


def _part(node: Node, space: BitSpace) -> _Part:
    mask = _single_mask(node, space)
    plain = mask if mask is not None and not mask & space.phrase_mask else 0
    return _Part(_compile(node, space), _guard(node, space), plain)


def _guard(node: Node, space: BitSpace) -> int:
    """Bits the first token of every match of ``node`` has, or 0 when there are none.

    Unlike :func:`_first`, this is exact: a match may start with a filler only after an
    item that matched nothing, so a sequence or repetition that may start empty has none.
    """
    mask = _single_mask(node, space)
    if mask is not None:
        return mask
    if isinstance(node, Phrase):
        return space.mask_of(node.words[0])
    if isinstance(node, Seq):
        return _guard(node.items[0], space)
    if isinstance(node, Alt):
        total = 0
        for option in node.options:
            option_mask = _guard(option, space)
            if not option_mask:
                return 0
            total |= option_mask
        return total
    if isinstance(node, Repeat):
        return _guard(node.node, space) if node.low else 0
    if isinstance(node, Hit):
        return _guard(node.node, space)
    return 0


def _then_skipping(ctx: Context, position: int, part: _Part, then: Then) -> bool:
    """Try ``part`` at ``position``, then after each of up to MAX_FILLERS fillers.

    Gaps, optional items and skipped fillers lead to the same position by many paths
    ("if … … COMMA? then? <consequence>" reaches each token after the condition once
    per way of splitting what comes before it between the gaps and the fillers). A try
    that failed fails again with the same continuation, so it is remembered in
    ``ctx.tried`` until the engine moves to another starting token: each item is tried
    at most once per position and continuation.
    """
    matcher, guard = part.matcher, part.guard
    limit, fillers, bits, tried = ctx.limit, ctx.fillers, ctx.start_bits, ctx.tried
    skipped = 0
    while True:
        if position >= limit and guard:
            return False
        # Most tries fail on the first token: test it before anything else.
        if not guard or bits[position] & guard:
            key = (part, then, position)
            if key not in tried:
                if matcher(ctx, position, then):
                    return True
                tried.add(key)
        if skipped == MAX_FILLERS or position >= limit:
            return False
        position = fillers[position]
        if position < 0:
            return False
        skipped += 1


def _sequence(parts: list[_Part], *, skip_fillers: bool) -> Matcher:
    result = parts[-1]
    for index in range(len(parts) - 2, -1, -1):
        part = parts[index]
        result = _Part(_pair(part, result, skip_fillers), part.guard, 0)
    return result.matcher


def _pair(first: _Part, second: _Part, skip_fillers: bool) -> Matcher:
    mask, matcher, then_second = first.token, first.matcher, second.matcher
    if skip_fillers and mask:
        # A plain token first: no continuation to build when it does not match.
        def token_pair(ctx: Context, position: int, then: Then) -> bool:
            return (
                position < ctx.limit
                and bool(ctx.bits[position] & mask)
                and _then_skipping(ctx, position + 1, second, then)
            )

        return token_pair

    if skip_fillers and matcher is _gap:
        return _gap_pair(second)

    if skip_fillers:

        def pair(ctx: Context, position: int, then: Then) -> bool:
            return matcher(ctx, position, lambda end: _then_skipping(ctx, end, second, then))

        return pair

    def adjacent(ctx: Context, position: int, then: Then) -> bool:
        return matcher(ctx, position, lambda end: then_second(ctx, end, then))

    return adjacent


def _gap_pair(second: _Part) -> Matcher:
    """A gap and the item after it, as one loop (see :func:`_gap`).

    After another gap (``... ...``) the loop is entered from many positions of the first
    gap and reaches the same positions again and again; :func:`_then_skipping` remembers
    the tries that failed, so each costs one lookup after the first.
    """

    def gap_then(ctx: Context, position: int, then: Then) -> bool:
        limit = ctx.limit
        end = min(position + MAX_GAP, limit)
        bits = ctx.bits
        while position <= end:
            if _then_skipping(ctx, position, second, then):
                return True
            if position < limit and bits[position] & F.CLAUSE_BREAK:
                return False
            position += 1
        return False

    return gap_then


def _guarded(node: Node, space: BitSpace) -> tuple[int, Matcher]:
    """An alternative with the bits its first token must have (0: no such test)."""
    first, empty = _first(node, space)
    return (0 if empty or first < 0 else first), _compile(node, space)


def _alternatives(options: list[tuple[int, Matcher]]) -> Matcher:
    guarded = tuple(options)

    def alternatives(ctx: Context, position: int, then: Then) -> bool:
        token = 0 if position >= ctx.limit else ctx.start_bits[position]
        for first, matcher in guarded:
            # Most alternatives fail on their first token: test it before calling.
            if first and not token & first:
                continue
            if matcher(ctx, position, then):
                return True
        return False

    return alternatives


def _repeat(matcher: Matcher, low: int, high: int) -> Matcher:
    def repeat(ctx: Context, position: int, then: Then, count: int = 0) -> bool:
        if count < high:

            def again(end: int) -> bool:
                if end == position:
                    return False  # an empty repetition would loop
                return repeat(ctx, end, then, count + 1) or (
                    count + 1 < high and _then_after_filler(ctx, end, repeat, then, count + 1)
                )

            if matcher(ctx, position, again):
                return True
        return count >= low and then(position)

    return repeat


def _then_after_filler(
    ctx: Context,
    position: int,
    repeat: Callable[[Context, int, Then, int], bool],
    then: Then,
    count: int,
) -> bool:
    """Another repetition after fillers: "lazy, selfish" between two labels."""
    end = ctx.filler_end(position)
    skipped = 0
    while end >= 0 and skipped < MAX_FILLERS:
        if repeat(ctx, end, then, count):
            return True
        end = ctx.filler_end(end)
        skipped += 1
    return False


def _hit(matcher: Matcher) -> Matcher:
    def hit(ctx: Context, position: int, then: Then) -> bool:
        def record(end: int) -> bool:
            saved = ctx.hit
            ctx.hit = (position, end)
            if then(end):
                return True
            ctx.hit = saved
            return False

        return matcher(ctx, position, record)

    return hit


def _first(node: Node, space: BitSpace) -> tuple[int, bool]:
    """The bits a match's first token may have, and whether the node can match nothing."""
    mask = _single_mask(node, space)
    if mask is not None:
        return mask, False
    if isinstance(node, Phrase):
        return space.mask_of(node.words[0]), False
    if isinstance(node, Seq):
        items = node.items
        total = 0
        for item in items:
            item_mask, empty = _first(item, space)
            total |= item_mask
            if not empty:
                return total, False
        return total, True
    if isinstance(node, Alt):
        total, any_empty = 0, False
        for option in node.options:
            option_mask, empty = _first(option, space)
            total |= option_mask
            any_empty |= empty
        return total, any_empty
    if isinstance(node, Repeat):
        mask, empty = _first(node.node, space)
        return mask, empty or node.low == 0
    if isinstance(node, Hit):
        return _first(node.node, space)
    if isinstance(node, Gap):
        return -1, True  # a gap takes any tokens
    if isinstance(node, ClauseStart | ClauseEnd | Ahead):
        return 0, True  # looks without taking
    return -1, False  # Not and Any: any token may start the match


def _needs(node: Node, space: BitSpace) -> list[int]:
    """Masks each of which some token of a matching message must meet."""
    mask = _single_mask(node, space)
    if mask is not None:
        return [mask]
    if isinstance(node, Seq):
        return [need for item in node.items for need in _needs(item, space)]
    if isinstance(node, Phrase):
        return [space.mask_of(word) for word in node.words]
    if isinstance(node, Alt):
        options = [_needs(option, space) for option in node.options]
        if all(options):
            total = 0
            for needs in options:
                total |= min(needs, key=space.commonness)
            return [total]
        return []
    if isinstance(node, Repeat):
        return _needs(node.node, space) if node.low else []
    if isinstance(node, Hit):
        return _needs(node.node, space)
    return []
