"""The default rules compiled ahead of time, so that a fresh process starts fast.

Parsing and compiling every pattern of the default rules takes far longer than a script
that checks one message should wait. ``scripts/build_precompiled.py`` compiles them once
and writes what the gate needs of each branch (the bits of its first token, whether it
opens with ``^``, its needs) and the bits of every literal word into the generated module
:mod:`._precompiled_data`. A bit space made with these tables parses a stored pattern
only when the gate first selects one of its branches (see
:func:`~._compile.compile_text`); any other pattern is compiled as before, with new bits.

The tables are only a cache: the results are the same with or without them.
``tests/test_precompiled.py`` fails when they are out of date, and they are not used at
all with a vocabulary other than the one they were made with.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from intimacy_kit.detection._compile import _split
from intimacy_kit.detection._pattern import parse, unparse
from intimacy_kit.lexicon import get_vocabulary

if TYPE_CHECKING:
    from intimacy_kit.detection._engine import CompiledRules

__all__ = ["Precompiled", "build", "load", "source"]

_Stored = tuple[tuple[int, bool, tuple[int, ...], int, str], ...]
"""A pattern's branches: first-token mask, opens with ``^``, needs, clause guard, and the
branch alone as pattern text (parsed on first use: far less than the whole pattern)."""


class Precompiled:
    """The stored tables, with masks as ints again."""

    __slots__ = ("gate_extra", "literal_bits", "literal_forms", "need_bits", "next_bit", "patterns")

    def __init__(
        self,
        patterns: Mapping[str, _Stored],
        literal_bits: Mapping[str, int],
        literal_forms: Mapping[str, int],
        next_bit: int,
        gate_extra: Mapping[str, int],
        need_bits: Mapping[int, tuple[int, ...]],
    ) -> None:
        self.patterns = patterns
        """Pattern text → its branches (see ``_Stored``)."""
        self.literal_bits = literal_bits
        """Literal word or ``<lemma>`` → its bit (as a mask)."""
        self.literal_forms = literal_forms
        """Form → the bits of the literals it is."""
        self.next_bit = next_bit
        """The first bit no stored literal uses."""
        self.gate_extra = gate_extra
        """The gate's extra bits for raw words, valid while no other literal has a bit."""
        self.need_bits = need_bits
        """Each stored need → the positions of its bits, as written."""


def _mask(positions: Iterable[int], bits: Sequence[int] | None = None) -> int:
    """The mask with the bits at ``positions`` set.

    ``bits`` (``1 << n`` at index ``n``) saves a shift per bit: most stored masks have
    one bit, which is then an int made once, not one more 2,000-bit int per entry.
    """
    mask = 0
    for position in positions:
        mask |= bits[position] if bits is not None else 1 << position
    return mask


def _masks_of(table: Mapping[str, tuple[int, ...]], bits: Sequence[int]) -> dict[str, int]:
    found = {}
    for key, positions in table.items():
        found[key] = bits[positions[0]] if len(positions) == 1 else _mask(positions, bits)
    return found


def _positions(mask: int) -> tuple[int, ...]:
    if mask < 0:  # only a first-token mask: -1, any token
        assert mask == -1
        return (-1,)
    return tuple(position for position in range(mask.bit_length()) if mask >> position & 1)


def _first_mask(positions: tuple[int, ...]) -> int:
    return -1 if positions == (-1,) else _mask(positions)


@functools.cache
def load() -> Precompiled | None:
    """The stored tables, or None when they were made for another vocabulary."""
    from intimacy_kit.detection import _precompiled_data as data

    if tuple(data.CLASS_NAMES) != tuple(get_vocabulary().class_names):
        return None
    bits = [1 << position for position in range(data.NEXT_BIT)]
    need_bits: dict[int, tuple[int, ...]] = {}
    # Branches share needs (a tenth of them are distinct): each is made once.
    made: dict[tuple[int, ...], int] = {}

    def need(positions: tuple[int, ...]) -> int:
        mask = made.get(positions)
        if mask is None:
            mask = made[positions] = _mask(positions, bits)
            need_bits[mask] = positions
        return mask

    patterns = {
        text: tuple(
            (_first_mask(first), opens, tuple(need(each) for each in needs), _mask(guard), alone)
            for first, opens, needs, guard, alone in branches
        )
        for text, branches in data.PATTERNS.items()
    }
    return Precompiled(
        patterns,
        {key: bits[position] for key, position in data.LITERAL_BITS.items()},
        _masks_of(data.LITERAL_FORMS, bits),
        data.NEXT_BIT,
        _masks_of(data.GATE_EXTRA, bits),
        need_bits,
    )


_HEADER = '''"""The default rules, compiled. GENERATED by scripts/build_precompiled.py: do not edit.

Masks are written as the positions of their bits. See :mod:`._precompiled`.
"""

# ruff: noqa: E501

from __future__ import annotations

'''


def source(compiled: CompiledRules) -> str:
    """The text of :mod:`._precompiled_data` for rules compiled without stored tables."""
    space = compiled.space
    if space.ahead is not None:
        raise ValueError("compile the rules without the stored tables to store them")
    lines = [_HEADER]
    names = "".join(f"    {name!r},\n" for name in space.vocabulary.class_names)
    lines.append(f"CLASS_NAMES: tuple[str, ...] = (\n{names})\n\n")
    lines.append(f"NEXT_BIT = {space.next_bit}\n\n")
    lines.append("LITERAL_BITS: dict[str, int] = {\n")
    lines.extend(f"    {key!r}: {bit.bit_length() - 1},\n" for key, bit in space._literal.items())
    lines.append("}\n\nLITERAL_FORMS: dict[str, tuple[int, ...]] = {\n")
    lines.extend(f"    {form!r}: {_positions(bits)},\n" for form, bits in space.literals.items())
    lines.append("}\n\nGATE_EXTRA: dict[str, tuple[int, ...]] = {\n")
    lines.extend(f"    {raw!r}: {_positions(bits)},\n" for raw, bits in compiled.gate_extra.items())
    lines.append(
        "}\n\nPATTERNS: dict[str, tuple[tuple[tuple[int, ...], bool, "
        "tuple[tuple[int, ...], ...], tuple[int, ...], str], ...]] = {\n"
    )
    for text, pattern in space.compiled.items():
        lines.append(f"    {text!r}: (\n")
        for branch, node in zip(pattern.branches, _split(parse(text)), strict=True):
            alone = unparse(node)
            if parse(alone) != node:  # pragma: no cover - a bug in unparse
                raise ValueError(f"cannot write a branch of {text!r} alone")
            needs = tuple(_positions(need) for need in branch.needs)
            lines.append(
                f"        ({_positions(branch.first_mask)}, {branch.at_clause_start}, "
                f"{needs}, {_positions(branch.clause_guard)}, {alone!r}),\n"
            )
        lines.append("    ),\n")
    lines.append("}\n")
    return "".join(lines)


def build() -> str:
    """The text of :mod:`._precompiled_data` for the default rules, compiled afresh."""
    from intimacy_kit.detection._engine import CompiledRules
    from intimacy_kit.detection.rules import DEFAULT_RULES

    return source(CompiledRules(DEFAULT_RULES.rules, precompiled=False))
