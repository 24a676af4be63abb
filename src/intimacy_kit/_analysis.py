"""One call from a message to findings, barrier signals, a rewrite and exercises.

:func:`analyze` reads one message; :func:`analyze_conversation` reads a list of
``(speaker, text)`` turns and sums them up per speaker, the view a coaching or
mediation app needs.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any, Final

import attrs

from intimacy_kit._checks import (
    check_choice,
    check_int,
    check_messages,
    check_rules,
    check_text,
    describe_type,
)
from intimacy_kit._html import analysis_html, conversation_html, findings_text
from intimacy_kit._model import Category, Finding, Severity
from intimacy_kit._surrogates import SurrogateErrors, handle_surrogates
from intimacy_kit.catalogue._lookup import BARRIERS, exercises_for, get_barrier
from intimacy_kit.catalogue._model import Barrier, BarrierKind, Exercise
from intimacy_kit.detection import RuleSet, detect_doc
from intimacy_kit.rewriting._model import STYLES, Rewrite, Style, StyleName
from intimacy_kit.rewriting._rewriter import rewrite
from intimacy_kit.text import Doc, read
from intimacy_kit.text import flags as F

__all__ = [
    "Analysis",
    "BarrierSignal",
    "ConversationAnalysis",
    "Evidence",
    "SpeakerSummary",
    "Turn",
    "analyze",
    "analyze_conversation",
]

# The barrier each detector category most directly shows in the speaker. Judgmental
# forms are mostly Gottman's "criticism"; the rest point at a more specific barrier.
_BARRIER_OF_CATEGORY: Final = {
    Category.ABSOLUTE: "criticism",
    Category.LABEL: "criticism",
    Category.BLAME: "criticism",
    Category.COMPARISON: "criticism",
    Category.ACCUSATORY_QUESTION: "criticism",
    Category.DEMAND: "criticism",
    Category.CONTEMPT: "contempt",
    Category.DEFENSIVENESS: "defensiveness",
    Category.STONEWALLING: "stonewalling",
    Category.MIND_READING: "communication-breakdown",
    Category.INVALIDATION: "lack-of-empathy",
    Category.FAUX_FEELING: "emotional-neglect",
    Category.UNSOLICITED_ADVICE: "injecting-own-story",
    Category.THREAT: "controlling-behaviour",
}

# Order in which barriers are listed when they have the same amount of evidence: the
# communication patterns first (most actionable in the moment), origins last.
_KIND_ORDER: Final = {
    BarrierKind.COMMUNICATION_PATTERN: 0,
    BarrierKind.PARTNER_DYNAMIC: 1,
    BarrierKind.RELATIONAL: 2,
    BarrierKind.SELF_PROTECTIVE: 3,
    BarrierKind.ORIGIN: 4,
}
# Findings about harming oneself: shown with their pointer to help, but never filed as
# a sign of a barrier nor answered with exercises.
_SAFETY_FIRST_RULES: Final = frozenset({"threat.self_harm"})
_BARRIER_POSITION: Final = {barrier.id: index for index, barrier in enumerate(BARRIERS)}
_CUE_WORD: Final = re.compile(r"[a-z0-9']+")


@attrs.frozen
class Evidence:
    """A span of the message that points at a barrier.

    >>> Evidence(0, 5, "I'm f", "cue", "i'm fine, it's nothing").to_dict()["source"]
    'cue'
    """

    start: int
    """Offset of the first character of the span in the original message."""
    end: int
    """Offset just past the span in the original message."""
    text: str
    """The span as it appears in the message."""
    source: str
    """``"finding"`` (a detector finding) or ``"cue"`` (a phrase typical of the barrier)."""
    detail: str
    """The rule id of the finding, or the cue phrase that matched."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "source": self.source,
            "detail": self.detail,
        }


@attrs.frozen
class BarrierSignal:
    """A barrier to intimacy that the message shows signs of, with the evidence.

    >>> signal = analyze("Whatever. I don't want to talk about it.").signals[0]
    >>> signal.barrier.id, [e.text for e in signal.evidence]
    ('stonewalling', ['Whatever', "I don't want to talk about it"])
    """

    barrier: Barrier
    """The barrier from the taxonomy (see :data:`~intimacy_kit.BARRIERS`)."""
    evidence: tuple[Evidence, ...]
    """The spans of the message that point at it, in order."""
    why: str
    """A sentence a person can read: what in the message suggests this barrier."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; the barrier is given by id, name and kind."""
        return {
            "barrier": self.barrier.id,
            "name": self.barrier.name,
            "kind": self.barrier.kind.value,
            "evidence": [evidence.to_dict() for evidence in self.evidence],
            "why": self.why,
        }


@attrs.frozen
class Analysis:
    """Everything the library can say about one message.

    >>> a = analyze("You never listen to me!")
    >>> [f.category.value for f in a.findings]
    ['absolute', 'mind_reading']
    >>> [s.barrier.id for s in a.signals]
    ['criticism', 'communication-breakdown']
    >>> a.rewrite.changed, len(a.exercises) > 0
    (True, True)
    """

    text: str
    """The message as given."""
    findings: tuple[Finding, ...]
    """The detector's findings, sorted by position."""
    signals: tuple[BarrierSignal, ...]
    """Barriers the message shows signs of, strongest evidence first."""
    rewrite: Rewrite
    """The message rewritten as an I-statement (unchanged when clean, declined if unsafe)."""
    exercises: tuple[Exercise, ...]
    """A short ranked list of exercises for the barriers found (empty when none)."""

    @property
    def judgmental(self) -> bool:
        """True when the detector flagged anything."""
        return bool(self.findings)

    @property
    def barriers(self) -> tuple[Barrier, ...]:
        """The barriers of :attr:`signals`, in the same order."""
        return tuple(signal.barrier for signal in self.signals)

    @property
    def worst_severity(self) -> Severity | None:
        """The highest severity among the findings, or ``None`` for a clean message."""
        return max((f.severity for f in self.findings), default=None, key=lambda s: s.value)

    def to_dict(self, *, errors: SurrogateErrors = "keep") -> dict[str, Any]:
        """A JSON-ready dict; exercises are given by id and title.

        ``errors="replace"`` puts U+FFFD in place of any unpaired surrogate.
        """
        return handle_surrogates(self._dict(), errors, "Analysis.to_dict")

    def _dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "findings": [finding.to_dict() for finding in self.findings],
            "signals": [signal.to_dict() for signal in self.signals],
            "rewrite": self.rewrite.to_dict(),
            "exercises": [
                {"id": exercise.id, "title": exercise.title, "minutes": exercise.minutes}
                for exercise in self.exercises
            ],
        }

    def _repr_html_(self) -> str:
        return analysis_html(self)

    def __str__(self) -> str:
        lines = [findings_text(self.text, self.findings)]
        if self.rewrite.declined:
            lines.append(f"not rewritten: {self.rewrite.reason}")
        elif self.rewrite.changed:
            lines.append(f"instead: {self.rewrite.text}")
        lines.extend(f"barrier: {s.barrier.name} ({s.why})" for s in self.signals)
        lines.extend(f"exercise: {e.title} ({e.minutes} min)" for e in self.exercises)
        return "\n".join(lines)


# --- language cues ----------------------------------------------------------------------------


@functools.cache
def _cue_index() -> dict[tuple[str, ...], dict[tuple[str, ...], tuple[str, ...]]]:
    """Every barrier's language cues as token sequences, indexed by their first token.

    Cues are read by the same text layer as messages, so "I'm fine" finds "im fine",
    "I’m fine" and "IM FINE" alike.
    """
    index: dict[tuple[str, ...], dict[tuple[str, ...], list[str]]] = {}
    for barrier in BARRIERS:
        for cue in barrier.language_cues:
            words = tuple(n for n in read(cue).norms if n[0].isalnum() or n[0] == "'")
            if words:
                index.setdefault(words[:1], {}).setdefault(words, []).append(barrier.id)
    return {
        first: {words: tuple(ids) for words, ids in cues.items()} for first, cues in index.items()
    }


def _cue_evidence(doc: Doc) -> list[tuple[str, Evidence]]:
    """(barrier id, evidence) for every language cue in the message outside quotes."""
    index = _cue_index()
    words = [
        (position, norm)
        for position, norm in enumerate(doc.norms)
        if norm[0].isalnum() or norm[0] == "'"
    ]
    found: list[tuple[str, Evidence]] = []
    for at, (position, norm) in enumerate(words):
        cues = index.get((norm,))
        if cues is None or doc.flags[position] & (F.QUOTED | F.REPORTED):
            continue
        for cue, barrier_ids in cues.items():
            span = words[at : at + len(cue)]
            if tuple(w for _, w in span) != cue:
                continue
            start, end = doc.span(span[0][0], span[-1][0] + 1)
            evidence = Evidence(start, end, doc.text[start:end], "cue", " ".join(cue))
            found.extend((barrier_id, evidence) for barrier_id in barrier_ids)
    return found


# --- analysis ----------------------------------------------------------------------------------


class _Spans:
    """Spans kept sorted by start, answering "does any overlap [start, end)?" by bisection."""

    __slots__ = ("_ends", "_reach", "_starts")

    def __init__(self, items: Iterable[Evidence]) -> None:
        ordered = sorted((e.start, e.end) for e in items)
        self._starts = [start for start, _end in ordered]
        self._ends = [end for _start, end in ordered]
        self._reach = list(itertools.accumulate(self._ends, max))

    def add(self, start: int, end: int) -> None:
        if not self._starts or start >= self._starts[-1]:  # the usual case: in order
            self._starts.append(start)
            self._ends.append(end)
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)
            return
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        self._reach = list(itertools.accumulate(self._ends, max))

    def overlaps(self, start: int, end: int) -> bool:
        # The spans that start before ``end`` overlap when the furthest of them reaches
        # past ``start``.
        before = bisect.bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


def _signals(doc: Doc, findings: tuple[Finding, ...]) -> tuple[BarrierSignal, ...]:
    evidence: dict[str, list[Evidence]] = {}
    reasons: dict[str, str] = {}
    for finding in findings:
        if finding.rule_id in _SAFETY_FIRST_RULES:
            # Someone talking about harming themselves needs support, not a label for a
            # relationship pattern; the finding and the declined rewrite point to help.
            continue
        barrier_id = _BARRIER_OF_CATEGORY[finding.category]
        evidence.setdefault(barrier_id, []).append(
            Evidence(finding.start, finding.end, finding.text, "finding", finding.rule_id)
        )
        reasons.setdefault(
            barrier_id,
            f"{finding.category.display_name} ({finding.text!r}) is a typical sign of "
            f"{get_barrier(barrier_id).name.lower()}.",
        )
    # Spans already filed under each barrier, for a logarithmic overlap test: a long
    # message can have thousands of findings and cues.
    filed = {barrier_id: _Spans(items) for barrier_id, items in evidence.items()}
    for barrier_id, item in _cue_evidence(doc):
        known = evidence.setdefault(barrier_id, [])
        spans = filed.setdefault(barrier_id, _Spans(()))
        # A cue that overlaps a finding already filed under this barrier adds nothing.
        if spans.overlaps(item.start, item.end):
            continue
        known.append(item)
        spans.add(item.start, item.end)
        reasons.setdefault(
            barrier_id,
            f"{item.text!r} is the kind of thing people say when "
            f"{get_barrier(barrier_id).name.lower()} is in the way.",
        )

    def strength(barrier_id: str) -> tuple[int, int, int]:
        barrier = get_barrier(barrier_id)
        return (
            -len(evidence[barrier_id]),
            _KIND_ORDER[barrier.kind],
            _BARRIER_POSITION[barrier_id],
        )

    return tuple(
        BarrierSignal(
            get_barrier(barrier_id),
            tuple(sorted(evidence[barrier_id], key=lambda e: (e.start, e.end, e.detail))),
            reasons[barrier_id],
        )
        for barrier_id in sorted(evidence, key=strength)
    )


def _ranked_exercises(signals: Iterable[BarrierSignal], limit: int) -> tuple[Exercise, ...]:
    """Round-robin over the barriers' ranked exercises, strongest barrier first."""
    lists = [list(exercises_for(signal.barrier)) for signal in signals]
    chosen: dict[str, Exercise] = {}
    depth = 0
    while len(chosen) < limit and any(depth < len(items) for items in lists):
        for items in lists:
            if depth < len(items) and items[depth].id not in chosen:
                chosen[items[depth].id] = items[depth]
                if len(chosen) == limit:
                    break
        depth += 1
    return tuple(chosen.values())


def analyze(
    text: str,
    *,
    style: Style | StyleName = "nvc",
    rules: RuleSet | None = None,
    max_exercises: int = 3,
) -> Analysis:
    """Analyse one message: findings, barrier signals, a rewrite and exercises.

    A message about harming oneself gets its findings and the declined rewrite with a
    pointer to help, but no barrier label and no exercises. ``rules`` is the rule set
    to detect with (``None``, the default, means :data:`~intimacy_kit.DEFAULT_RULES`);
    ``max_exercises`` is how many exercises to suggest at most.

    >>> a = analyze("I'm fine, it's nothing. I'm too busy this month anyway.")
    >>> a.findings
    ()
    >>> [s.barrier.id for s in a.signals]
    ['fear-of-vulnerability', 'perpetual-motion']
    >>> a.rewrite.changed
    False
    """
    check_text(text, "text", "analyze")
    check_choice(style, STYLES, "style", "analyze")
    chosen_rules = check_rules(rules, "rules", "analyze")
    check_int(max_exercises, "max_exercises", "analyze", minimum=0)
    doc = read(text)
    findings = tuple(detect_doc(doc, chosen_rules))
    signals = _signals(doc, findings)
    safety_first = any(f.rule_id in _SAFETY_FIRST_RULES for f in findings)
    return Analysis(
        text=text,
        findings=findings,
        signals=signals,
        rewrite=rewrite(text, style=style, rules=chosen_rules),
        # Homework is the wrong answer to a message about self-harm.
        exercises=() if safety_first else _ranked_exercises(signals, max_exercises),
    )


# --- conversations ---------------------------------------------------------------------------


def _speaker_and_text(turn: object, index: int) -> tuple[str, str]:
    """The speaker and text of one turn, or a TypeError that says which turn is wrong."""
    if isinstance(turn, str | bytes) or not isinstance(turn, tuple | list) or len(turn) != 2:
        shown = repr(turn) if len(repr(turn)) <= 60 else describe_type(turn)
        raise TypeError(
            f"analyze_conversation(): turns[{index}] must be a (speaker, text) pair, got {shown}"
        )
    speaker, text = turn
    return (
        check_text(speaker, f"the speaker of turns[{index}]", "analyze_conversation"),
        check_text(text, f"the text of turns[{index}]", "analyze_conversation"),
    )


@attrs.frozen
class Turn:
    """One turn of a conversation and its analysis."""

    index: int
    """Position of the turn in the conversation, from 0."""
    speaker: str
    """Who said it."""
    analysis: Analysis
    """The analysis of the turn's text."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys."""
        return {"index": self.index, "speaker": self.speaker, "analysis": self.analysis.to_dict()}


@attrs.frozen
class SpeakerSummary:
    """How one speaker communicates across a conversation.

    >>> c = analyze_conversation([("A", "You never listen."), ("B", "I hear you. Tell me more?")])
    >>> c.speaker("A").judgmental_share, c.speaker("B").judgmental_share
    (1.0, 0.0)
    """

    speaker: str
    """The speaker's name as given in the turns."""
    turns: int
    """How many turns the speaker took."""
    judgmental_turns: int
    """How many of them the detector flagged."""
    categories: tuple[tuple[Category, int], ...]
    """Detector categories the speaker used, most frequent first, with counts."""
    barriers: tuple[tuple[str, int], ...]
    """Barrier ids the speaker's turns show signs of, most frequent first, with counts."""
    worst_severity: Severity | None
    """The highest severity among the speaker's findings."""
    exercises: tuple[Exercise, ...]
    """Exercises suggested for this speaker's barriers."""

    @property
    def clean_turns(self) -> int:
        """Turns with no finding."""
        return self.turns - self.judgmental_turns

    @property
    def judgmental_share(self) -> float:
        """Share of the speaker's turns that were flagged (0 when they said nothing)."""
        return self.judgmental_turns / self.turns if self.turns else 0.0

    def describe(self) -> str:
        """One sentence a person can read."""
        share = f"{self.judgmental_turns} of {self.turns} turns judgmental"
        if not self.categories:
            return f"{self.speaker}: {share}."
        top = ", ".join(f"{c.display_name.lower()} ({n})" for c, n in self.categories[:3])
        barriers = ", ".join(get_barrier(b).name.lower() for b, _ in self.barriers[:3])
        return f"{self.speaker}: {share}; mostly {top}" + (
            f"; signs of {barriers}." if barriers else "."
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys."""
        return {
            "speaker": self.speaker,
            "turns": self.turns,
            "judgmental_turns": self.judgmental_turns,
            "clean_turns": self.clean_turns,
            "judgmental_share": self.judgmental_share,
            "categories": [[c.value, n] for c, n in self.categories],
            "barriers": [[b, n] for b, n in self.barriers],
            "worst_severity": None if self.worst_severity is None else self.worst_severity.label,
            "exercises": [e.id for e in self.exercises],
        }


@attrs.frozen
class ConversationAnalysis:
    """A whole conversation: every turn analysed, and a summary per speaker."""

    turns: tuple[Turn, ...]
    """Every turn, in order."""
    speakers: tuple[SpeakerSummary, ...]
    """One summary per speaker, in order of first appearance."""

    def speaker(self, name: str) -> SpeakerSummary:
        """The summary of one speaker (``KeyError`` if they never spoke)."""
        for summary in self.speakers:
            if summary.speaker == name:
                return summary
        raise KeyError(f"no speaker {name!r} in this conversation")

    @property
    def timeline(self) -> tuple[tuple[str, bool], ...]:
        """(speaker, judgmental) per turn: how the balance runs through the conversation."""
        return tuple((turn.speaker, turn.analysis.judgmental) for turn in self.turns)

    @property
    def first_judgmental_turn(self) -> int | None:
        """Index of the first flagged turn (where the conversation turned), or ``None``."""
        for turn in self.turns:
            if turn.analysis.judgmental:
                return turn.index
        return None

    def describe(self) -> str:
        """A few sentences a person can read."""
        lines = [summary.describe() for summary in self.speakers]
        first = self.first_judgmental_turn
        if first is not None:
            lines.append(
                f"The first judgmental turn is turn {first + 1} ({self.turns[first].speaker})."
            )
        return "\n".join(lines)

    def to_dict(self, *, errors: SurrogateErrors = "keep") -> dict[str, Any]:
        """A JSON-ready dict with stable keys.

        ``errors="replace"`` puts U+FFFD in place of any unpaired surrogate.
        """
        return handle_surrogates(self._dict(), errors, "ConversationAnalysis.to_dict")

    def _dict(self) -> dict[str, Any]:
        return {
            "turns": [turn.to_dict() for turn in self.turns],
            "speakers": [summary.to_dict() for summary in self.speakers],
            "first_judgmental_turn": self.first_judgmental_turn,
        }

    def _repr_html_(self) -> str:
        return conversation_html(self)

    def __str__(self) -> str:
        return self.describe()


def analyze_conversation(
    turns: Iterable[tuple[str, str]],
    *,
    style: Style | StyleName = "nvc",
    rules: RuleSet | None = None,
    max_exercises: int = 3,
) -> ConversationAnalysis:
    """Analyse a conversation given as ``(speaker, text)`` turns, and sum up each speaker.

    ``turns`` is any iterable of pairs (a list, or a generator over a chat log); a
    string is refused rather than read one character at a time. ``style``, ``rules``
    and ``max_exercises`` are passed to :func:`analyze` for every turn.

    >>> c = analyze_conversation([
    ...     ("Sam", "You're always on your phone."),
    ...     ("Alex", "Whatever."),
    ...     ("Sam", "I feel lonely when we eat in silence."),
    ... ])
    >>> print(c.describe())
    Sam: 1 of 2 turns judgmental; mostly absolute (1); signs of criticism.
    Alex: 1 of 1 turns judgmental; mostly stonewalling (1); signs of stonewalling.
    The first judgmental turn is turn 1 (Sam).
    """
    pairs = check_messages(turns, "turns", "analyze_conversation")
    check_choice(style, STYLES, "style", "analyze_conversation")
    chosen_rules = check_rules(rules, "rules", "analyze_conversation")
    check_int(max_exercises, "max_exercises", "analyze_conversation", minimum=0)
    analysed: list[Turn] = []
    for index, turn in enumerate(pairs):
        speaker, text = _speaker_and_text(turn, index)
        analysed.append(
            Turn(
                index,
                speaker,
                analyze(text, style=style, rules=chosen_rules, max_exercises=max_exercises),
            )
        )
    order = list(dict.fromkeys(turn.speaker for turn in analysed))
    summaries = []
    for name in order:
        mine = [turn.analysis for turn in analysed if turn.speaker == name]
        categories = Counter(f.category for a in mine for f in a.findings)
        barriers = Counter(s.barrier.id for a in mine for s in a.signals)
        severities = [f.severity for a in mine for f in a.findings]
        ranked_barriers = sorted(
            barriers.items(), key=lambda item: (-item[1], _BARRIER_POSITION[item[0]])
        )
        summaries.append(
            SpeakerSummary(
                speaker=name,
                turns=len(mine),
                judgmental_turns=sum(1 for a in mine if a.judgmental),
                categories=tuple(
                    sorted(categories.items(), key=lambda item: (-item[1], item[0].value))
                ),
                barriers=tuple(ranked_barriers),
                worst_severity=max(severities, default=None, key=lambda s: s.value),
                exercises=_ranked_exercises(
                    (BarrierSignal(get_barrier(b), (), "") for b, _count in ranked_barriers),
                    max_exercises,
                ),
            )
        )
    return ConversationAnalysis(tuple(analysed), tuple(summaries))
