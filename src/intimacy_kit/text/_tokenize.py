"""From a folded text to tokens: words read as meant, spaced-out letters joined.

The scanner cuts the folded text into raw pieces; here each piece becomes one or more
tokens ("dont" is "do" and "n't"), runs of single letters that spell a word become that
word ("k i l l", "k.i.l.l"), a "!" written for an "i" is read as one ("k!ll"), and a few
words whose reading depends on their neighbours are settled ("ur so lazy" is "you 're",
"ur mum" is "your"; "ill" before a verb is "i 'll").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.text import _flags as F
from intimacy_kit.text._scan import Piece, scan
from intimacy_kit.text._words import join_letters, read_word, unmask_bang

__all__ = ["RawTokens", "tokenize"]

# What can follow "you're" but not "your": "ur so lazy", "your an idiot", "ur always late".
_AFTER_YOU_ARE: Final = frozenset(
    """
    so such a an the always never not really just too very being acting only still literally
    seriously honestly actually clearly obviously probably definitely getting going gonna
    like totally completely kidding joking wrong right impossible unbelievable ridiculous
    pathetic out in late here there up off over mad upset angry sick tired busy welcome
    being becoming turning one all constantly forever nothing no
    """.split()
)
_YOUR_NOT_YOU_ARE: Final = frozenset({"so-called", "own"})
# What comes before "ill" when it is the adjective ("I'm ill", "feeling ill").
_BEFORE_ILL_ADJECTIVE: Final = frozenset(
    """
    'm am is are was were be been being feel feeling felt feels look looks looked seem seems
    seemed so very really quite too mentally critically terminally seriously gravely
    chronically fall fell falling get got getting become became an the
    """.split()
)
_AFTER_ILL_ADJECTIVE: Final = frozenset(
    "health people effects will feeling feelings at with and or person patients".split()
)
_AFTER_ITS_IS: Final = frozenset(
    """
    not a an the all just so your my his her our their always never only really literally
    you me like because been over done fine ok okay true no too getting going nothing
    about time obvious clear pathetic ridiculous funny sad hard easy impossible getting
    """.split()
)
_AFTER_ID_WOULD: Final = frozenset(
    """
    rather never love like hate have be kill leave do go say better prefer think just
    literally really sooner want appreciate
    """.split()
)
_SEPARATORS: Final = frozenset(" .-_*")
_LONGEST_RUN: Final = 40


class RawTokens:
    """Parallel lists of token norms, folded-text spans and flags, built in one pass."""

    __slots__ = ("ends", "flags", "norms", "starts")

    def __init__(self) -> None:
        self.norms: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.flags: list[int] = []

    def add(self, norm: str, start: int, end: int, flags: int) -> None:
        """Append one token."""
        self.norms.append(norm)
        self.starts.append(start)
        self.ends.append(end)
        self.flags.append(flags)

    def replace_all(self, readings: Sequence[tuple[int, tuple[str, ...]]]) -> None:
        """Replace the token at each index by its norms, splitting its span between them.

        ``readings`` come in the order of their indexes. The lists are rebuilt in one
        pass: replacing in place would shift the rest of the lists each time, which
        costs the square of the length on a message of thousands of "ur"s.
        """
        norms: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        flags: list[int] = []
        kept = 0
        for index, pieces in readings:
            norms += self.norms[kept:index]
            starts += self.starts[kept:index]
            ends += self.ends[kept:index]
            flags += self.flags[kept:index]
            spans = _split_span(self.starts[index], self.ends[index], pieces, self.norms[index])
            norms += pieces
            starts += [start for start, _ in spans]
            ends += [end for _, end in spans]
            flags += [self.flags[index]] * len(pieces)
            kept = index + 1
        self.norms = norms + self.norms[kept:]
        self.starts = starts + self.starts[kept:]
        self.ends = ends + self.ends[kept:]
        self.flags = flags + self.flags[kept:]


def _split_span(start: int, end: int, norms: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """Spans for the tokens one piece ``text`` became, cut where their letters line up.

    "you're" → "you" (0, 3) and "'re" (3, 6); "dont" → "do" (0, 2) and "n't" (2, 4);
    "idk" → "i", "do", "n't", "know", each with the whole span.
    """
    if "".join(norms) == text:
        lengths = [len(norm) for norm in norms]
    elif "".join(norm.replace("'", "") for norm in norms) == text.replace("'", ""):
        lengths = []
        position = 0
        for norm in norms:
            letters = len(norm.replace("'", ""))
            taken = 0
            length = 0
            while position + length < len(text) and taken < letters:
                if text[position + length] != "'":
                    taken += 1
                length += 1
            lengths.append(length)
            position += length
        lengths[-1] += len(text) - position
    else:
        return [(start, end)] * len(norms)
    spans = []
    position = start
    for length in lengths:
        spans.append((position, position + length))
        position += length
    return spans


def _punct_flags(text: str) -> int:
    if text in ("...", ".."):
        return F.PUNCT | F.CLAUSE_BREAK
    if text[0] in ".!?":
        flags = F.PUNCT | F.SENTENCE_END
        return flags | F.QUESTION if "?" in text else flags
    if text == ",":
        return F.PUNCT | F.COMMA
    if text in (";", ":", "-", "(", ")", "[", "]"):
        return F.PUNCT | F.CLAUSE_BREAK
    return F.PUNCT


def _letter_run_end(pieces: list[Piece], folded: str, first: int) -> int:
    """The index past a run of single letters that starts at ``first``, one separator apart."""
    index = first
    separator = None
    while index + 1 < len(pieces):
        here, after = pieces[index], pieces[index + 1]
        gap = folded[here[1] : after[0]]
        if after[3] == F.WORD and len(after[2]) == 1 and len(gap) == 1 and gap in _SEPARATORS:
            step = 1
        elif (
            after[2] in ("-", "*", ".")
            and not gap
            and index + 2 < len(pieces)
            and pieces[index + 2][0] == after[1]
            and pieces[index + 2][3] == F.WORD
            and len(pieces[index + 2][2]) == 1
        ):
            gap, step = after[2], 2
        else:
            break
        if separator is None:
            separator = gap
        elif gap != separator:
            break
        index += step
    return index + 1


def _joined_pieces(pieces: list[Piece], folded: str) -> list[Piece]:
    """The pieces, with runs of single letters that spell a word joined into it."""
    result: list[Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece[3] == F.WORD and len(piece[2]) == 1 and piece[2].isalpha():
            end = _letter_run_end(pieces, folded, index)
            letters = "".join(p[2] for p in pieces[index:end] if p[3] == F.WORD)
            joined = _join_run(pieces[index:end], letters) if len(letters) >= 3 else None
            # A run is looked at once, joined or not: walking it again from each of its
            # letters would cost the square of its length.
            result.extend(joined if joined is not None else pieces[index:end])
            index = end
            continue
        result.append(piece)
        index += 1
    return result


def _join_run(run: list[Piece], letters: str) -> list[Piece] | None:
    """The run with its longest stretch of letters that spells a word joined, if any."""
    words = [p for p in run if p[3] == F.WORD]
    size = len(words)
    if size > _LONGEST_RUN:
        return None  # no word is that long: a hostile run costs nothing more
    for length in range(size, 2, -1):
        for first in range(size - length + 1):
            word = join_letters(letters[first : first + length])
            if word is None:
                continue
            before = run[: run.index(words[first])]
            after = run[run.index(words[first + length - 1]) + 1 :]
            joined = (words[first][0], words[first + length - 1][1], word, F.WORD)
            return [*before, joined, *after]
    return None


def _unmasked_bangs(pieces: list[Piece]) -> list[Piece]:
    """The pieces, with a word cut at a "!" that stands for an "i" joined ("k!ll", "!diot").

    >>> [text for _, _, text, _ in _unmasked_bangs(scan("i'll k!ll you, !diot. hi!see you"))]
    ["i'll", 'kill', 'you', ',', 'idiot', '.', 'hi', '!', 'see', 'you']
    """
    result: list[Piece] = []
    index = 0
    size = len(pieces)
    while index < size:
        piece = pieces[index]
        if piece[2] == "!" and index + 1 < size:
            # A "!" that starts a word: the word before it, if any, ends elsewhere.
            right = pieces[index + 1]
            if (
                right[0] == piece[1]
                and right[3] == F.WORD
                and (not result or result[-1][1] != piece[0])
            ):
                word = unmask_bang("", right[2])
                if word is not None:
                    result.append((piece[0], right[1], word, F.WORD))
                    index += 2
                    continue
        elif piece[3] == F.WORD and index + 2 < size:
            bang, right = pieces[index + 1], pieces[index + 2]
            if (
                bang[2] == "!"
                and bang[0] == piece[1]
                and right[0] == bang[1]
                and right[3] == F.WORD
            ):
                word = unmask_bang(piece[2], right[2])
                if word is not None:
                    result.append((piece[0], right[1], word, F.WORD))
                    index += 3
                    continue
        result.append(piece)
        index += 1
    return result


# A "!" before a letter, as in "k!ll" or "!diot": only then are pieces around one joined.
_INNER_BANG: Final = re.compile(r"![a-z]")
# Single letters spaced out ("k i l l", "k.i.l.l"): only then are pieces joined.
_SPACED_LETTERS: Final = re.compile(r"(?<![\w'])[a-z][ .*_-][a-z][ .*_-][a-z](?![\w'])")
# Words that the context pass may read otherwise.
_CONTEXT_WORDS: Final = frozenset({"your", "ill", "its", "id"})


def tokenize(folded: str) -> RawTokens:
    """The tokens of a folded text, with their spans in the folded text and their flags."""
    tokens = RawTokens()
    norms, starts, ends, flags = tokens.norms, tokens.starts, tokens.ends, tokens.flags
    pieces = scan(folded)
    if _SPACED_LETTERS.search(folded):
        pieces = _joined_pieces(pieces, folded)
    if "!" in folded and _INNER_BANG.search(folded):
        pieces = _unmasked_bangs(pieces)
    settle = False
    word, punct = F.WORD, F.PUNCT
    for start, end, text, kind in pieces:
        if kind == word:
            readings = read_word(text)
            kind = F.WORD | F.NUMBER if text.isdigit() else kind
            if len(readings) == 1:
                norm = readings[0]
                norms.append(norm)
                starts.append(start)
                ends.append(end)
                flags.append(kind)
                settle = settle or norm in _CONTEXT_WORDS
                continue
            for (token_start, token_end), norm in zip(
                _split_span(start, end, readings, text), readings, strict=True
            ):
                norms.append(norm)
                starts.append(token_start)
                ends.append(token_end)
                flags.append(kind)
            settle = settle or "your" in readings
            continue
        norms.append(text)
        starts.append(start)
        ends.append(end)
        flags.append(_punct_flags(text) if kind == punct else kind)
    if settle:
        _settle_in_context(tokens)
    return tokens


def _settle_in_context(tokens: RawTokens) -> None:
    """Read "ur", "your", "ill", "its" and "id" by their neighbours (see the docstring)."""
    norms = tokens.norms
    readings: list[tuple[int, tuple[str, ...]]] = []
    before = ""  # the token before, as read: the last piece of a word read as two
    for index, norm in enumerate(norms):
        after = norms[index + 1] if index + 1 < len(norms) else ""
        reading: tuple[str, ...] | None = None
        if norm == "your" and _is_you_are(after, norms, index):
            reading = ("you", "'re")
        elif norm == "ill" and _is_i_will(before, after):
            reading = ("i", "'ll")
        elif norm == "its" and after in _AFTER_ITS_IS:
            reading = ("it", "'s")
        elif norm == "id" and after in _AFTER_ID_WOULD:
            reading = ("i", "'d")
        if reading is not None:
            readings.append((index, reading))
            before = reading[-1]
        else:
            before = norm
    if readings:
        tokens.replace_all(readings)


def _is_you_are(after: str, norms: list[str], index: int) -> bool:
    if not after or after in _YOUR_NOT_YOU_ARE:
        return False
    if after in _AFTER_YOU_ARE:
        return True
    if after.endswith("ing"):
        return False  # "your nagging!" is a possessive
    vocabulary = get_vocabulary()
    classes = vocabulary.names_of(vocabulary.classes_of(after))
    if "ADJECTIVE" in classes and any(name.startswith(("TRAIT_", "INSULT")) for name in classes):
        # "your lazy" ends the clause; "your lazy brother" is a possessive; a noun
        # ("your misery", "your idiot") is a possessive wherever it stands.
        following = norms[index + 2] if index + 2 < len(norms) else ""
        return not following or not following[0].isalnum()
    return False


def _is_i_will(before: str, after: str) -> bool:
    if not after or not after[0].isalpha() or after in _AFTER_ILL_ADJECTIVE:
        return False
    return before not in _BEFORE_ILL_ADJECTIVE
