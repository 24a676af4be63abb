"""Hostile input: how the cost of ``detect``, ``rewrite`` and ``analyze`` grows with the input.

Targets (DESIGN.md, "Performance"; issue 17):

* Linear in input size on every input: 10x the input costs at most 12x the time, for
  ``detect``, ``rewrite`` and ``analyze``, on every case of a standing adversarial corpus.
* ``detect`` spends at most 20 µs per character on any of these inputs.

The corpus: every default rule's examples and near misses, each repeated to the two sizes,
and the classic hostile shapes (a million quotes, emoji with skin tones and joiners,
stacked combining marks, right-to-left text and direction controls, unpaired surrogates,
CRLF floods, one huge word, text without punctuation, spaced-out and dotted letters,
leetspeak, repeated phrases that tempt a pattern to rescan, long comma runs, long
sentences without a stop). Each case is timed at a small and a 10x larger size in the
same process, and the ratio of the two times is the figure: no absolute time is judged,
so a slow machine slows both alike.

Times are CPU seconds of this process (``time.process_time``), a short call averaged over
a loop; on a shared machine the neighbours then cost (almost) nothing, and noise only ever
adds, so a ratio over the limit is measured again, up to three times, and the best run of
each size is kept. Everything loaded before timing is frozen out of the garbage collector
(``gc.freeze``), so that no run pays for walking the package's own tables.

Noise on a virtual machine comes in bursts (a neighbour on the host, the clock slowing
while the other core works) that can outlast three back-to-back retries. So every case
still over the limit at the end of the corpus is measured again in a **confirmation
pass**, minutes after its first measurement, and the best run of each size over both
passes is kept (as many runs of each size). A real super-linear path stays over however
often it is measured; the report says how many cases the first pass put over and how many
the confirmation kept. Every case still over after it is timed at three sizes (the small
one, three times it and ten times it) and its microseconds per character printed: a real
growth rises at every step, a noisy pair does not. A **control**, a deliberately
quadratic function timed the same way, shows that the method sees growth when there is
some.

A large run that is already more than ``PATIENCE`` times the small one is stopped (where
the platform has ``SIGALRM``): the ratio is then reported as a lower bound, ``>20x``,
which is enough for a verdict and keeps a quadratic case from holding the benchmark for
minutes. Stopped cases rank first.

``--search MINUTES`` then mutates the worst cases (inserting, duplicating and replacing
tokens drawn from the rules' examples and the classic shapes), keeps as parents the
mutants that raise the ratio, and prints the worst inputs that went over the limit, with
their pattern, the sizes and the ratio, measured again at 10 KB vs 100 KB.

Run ``python -m benchmarks.bench_adversarial [--full] [--sample N] [--search MINUTES]``;
``--full`` times ``rewrite`` and ``analyze`` at 10 KB and 100 KB too (by default they run
at 1 KB and 10 KB; the output says which sizes ran). The whole corpus (some 2,400 rule
cases) takes about 45 minutes on a two-core machine; ``--sample N`` times every classic
shape and a fixed draw of N rule cases, for a check in a few minutes.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import re
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from benchmarks.bench_detect import one_core

SCALING_LIMIT = 12.0
"""Time of the 10x input divided by the time of the input, at most."""
DETECT_US_PER_CHAR = 20.0
"""Microseconds of ``detect`` per character of any input, at most."""
PATIENCE = 15.0
"""A large run longer than this many times the small run is stopped (ratio ``> 15x``)."""
MIN_BUDGET_S = 1.0
"""A large run is never stopped before this many CPU seconds."""
MIN_SAMPLE_S = 0.02
"""A small run faster than this is repeated in a loop and averaged: a single short run
measures an interruption (a context switch, a cold cache) as much as the code."""
MIN_LARGE_SAMPLE_S = 0.06
"""The same for the large runs."""

FUNCTIONS = ("detect", "rewrite", "analyze")
DEFAULT_SIZES = {
    "detect": (10_000, 100_000),
    "rewrite": (1_000, 10_000),
    "analyze": (1_000, 10_000),
}
FULL_SIZES = dict.fromkeys(FUNCTIONS, (10_000, 100_000))
HUGE_SIZES = (100_000, 1_000_000)
"""Sizes of the shapes that are about size itself: a million quotes, a megabyte word."""
ROUNDS = (1, 1)
"""Timed runs (small size, large size) per case, after an untimed warm-up call. A ratio
over the limit gets up to ``RETRIES`` more rounds before it counts; the best of each size
is kept, from as many runs of each (the best of more runs would be lower by chance)."""
RETRIES = 3
CONFIRMED_S = 3.0
"""A large run (or a stopped one) this long is its own confirmation: it is not retried."""


# --- the corpus --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile input: a name, a short description, and how to build it at a size."""

    name: str
    pattern: str
    """What the input looks like, in a few characters (for the tables)."""
    build: Callable[[int], str] = field(repr=False)
    """The input at about ``size`` characters."""
    unit: str = field(repr=False)
    """A piece of the input, the starting point of the search mode."""
    huge: bool = False
    """Whether the shape is about size itself: also timed at 100 KB and 1 MB."""


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` characters, whole units only.

    Never a cut: a unit cut at the end changes the last word, and with it what the
    detector's gate lets through, which would compare two different inputs.
    """
    return unit * max(1, round(size / len(unit)))


def _repeat_case(name: str, unit: str, *, huge: bool = False) -> Case:
    return Case(name, _describe(unit), lambda size: repeated(unit, size), unit, huge)


def _describe(text: str, width: int = 34) -> str:
    shown = repr(text)[1:-1]
    return shown if len(shown) <= width else shown[: width - 1] + "…"


_BLOCK = 1_000
"""Characters of random text drawn for a sampled case; larger sizes repeat the draw."""


def _seeded(make: Callable[[random.Random, int], str]) -> Callable[[int], str]:
    """A builder whose random choices are the same at every size and in every run.

    Above ``_BLOCK`` characters one draw is repeated, so that both sizes of a ratio hold
    the same mix. (Drawing on to the larger size put shapes that are rare but dear, such
    as a run of single letters to join, in the larger text only: per character it cost
    more, which read as super-linear growth in a ratio that was really a different text.)
    """

    def build(size: int) -> str:
        if size <= _BLOCK:
            return make(random.Random(17), size)
        return repeated(make(random.Random(17), _BLOCK) + " ", size)

    return build


def _sampled(name: str, pattern: str, make: Callable[[random.Random, int], str]) -> Case:
    build = _seeded(make)
    return Case(name, pattern, build, build(240))


def _leet_soup(rng: random.Random, size: int) -> str:
    words = ["1d10t", "5tup1d", "k1ll", "4ss", "h0l3", "l053r", "b1tch", "m0r0n", "u", "r", "2"]
    pieces: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.5:
            word = rng.choice(words)
        else:
            word = "".join(rng.choice("0134578@$iloeastz") for _ in range(rng.randint(2, 9)))
        pieces.append(word)
        length += len(word) + 1
    return " ".join(pieces)


def _no_punctuation(rng: random.Random, size: int) -> str:
    words = (
        "you are so lazy and you never help me with anything because you just sit there "
        "all day on your phone while i do everything myself like always and i am tired of it"
    ).split()
    pieces: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(words)
        pieces.append(word)
        length += len(word) + 1
    return " ".join(pieces)


def _one_word(rng: random.Random, size: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))


def _who_then_and(size: int) -> str:
    half = size // 2
    return repeated("who ", half) + repeated("and ", size - half - 1) + "s"


def classic_shapes() -> list[Case]:
    """The classic hostile shapes, and those that tempt this library's patterns."""
    emoji = "👩🏽‍❤️‍💋‍👨🏿 👍🏻👍🏿 🏳️‍🌈 👨‍👩‍👧‍👦 you 🤬 idiot "
    cases = [
        _repeat_case("million quotes", "\"'", huge=True),
        _repeat_case("quotes and words", "'you' \"are\" 'so' \"lazy\" "),
        _repeat_case("emoji, skin tones, ZWJ", emoji),
        _repeat_case("emoji glued to words", "you🤬🤬idiot👍🏽‍♀️kill😡you "),
        _repeat_case("stacked combining marks", "k" + "\u0301\u0308\u0327" * 12 + "ill you "),
        _repeat_case("combining marks alone", "\u0301\u0308\u0327\u20dd"),
        _repeat_case("RTL text", "אתה תמיד מאחר و أنت كسول دائما "),
        _repeat_case("bidi controls", "you\u202e are \u2066an\u2069 idiot\u202c\u200f \u200b"),
        _repeat_case("unpaired surrogates", "you \ud800 are \udfff an \udbff idiot "),
        _repeat_case("CRLF flood", "\r\n"),
        _repeat_case("CRLF lines", "you're an idiot\r\n\r\n"),
        _repeat_case("lone CRs", "you never listen\r"),
        Case("one huge word", "qwhzkd… (one random word)", _seeded(_one_word), "qwhzkdpfue", True),
        _repeat_case("one word, one letter", "a", huge=True),
        _sampled("no punctuation", "you are so lazy and you…", _no_punctuation),
        _repeat_case(
            "spaced letters a b c", "a b c d e f g h i j k l m n o p q r s t u v w x y z "
        ),
        _repeat_case(
            "spaced letters, runs of 40",
            " ".join("abcdefghijklmnopqrstuvwxyzabcdefghijklmn") + "  ",
        ),
        _repeat_case("spaced 'k i l l'", "k i l l "),
        _repeat_case("dotted 'k.i.l.l' runs", "k.i.l.l "),
        _repeat_case("one dotted run", "k.i.l.l."),
        _repeat_case("hyphenated letters", "k-i-l-l-y-o-u-"),
        _sampled("leetspeak digit soup", "1d10t 5tup1d k1ll 4ss…", _leet_soup),
        _repeat_case("digits and letters", "a1b2c3d4e5"),
        # Repeated phrases that tempt a pattern to rescan at every start: the four of
        # issue 17 among them ("who … and … s", "must be nice", scare quotes, "on purpose").
        _repeat_case("I don't think", "I don't think "),
        _repeat_case("you you you", "you "),
        _repeat_case("if you", "if you "),
        _repeat_case("who ... and ... s", "who forgot and leaves "),
        Case("who… then and…", "who who … and and … s", _who_then_and, "who and "),
        _repeat_case("must be nice", "must be nice "),
        _repeat_case("your 'x'", "your 'x' "),
        _repeat_case('your "hobby"', 'your "hobby" '),
        _repeat_case("you do it on purpose", "you do it on purpose "),
        _repeat_case("comma run", ","),
        _repeat_case("you, you, you", "you, "),
        _repeat_case("long sentence, no stop", "you said you would call and you did not call me, "),
        # Shapes found by reading the text layer and the rewriter: words the tokenizer
        # splits in context ("ur", "its", "ill", "id"), an address that switches the
        # scanner to its link pattern, many findings in one message, cues among findings.
        _repeat_case("ur so lazy", "ur so lazy "),
        _repeat_case("its not", "its not "),
        _repeat_case("ill kill you", "ill kill you "),
        _repeat_case("id rather", "id rather die "),
        _repeat_case("dotted run with an address", "a.b.c.d.e.f.g. me@x.io "),
        Case(
            "dotted words, an address at the end",
            "a.a.a.a.a.a… me@x.io",
            lambda size: repeated("a.", size - 8) + " me@x.io",
            "a.",
        ),
        _repeat_case("selfish and always", "You're so selfish. You always do this. "),
        _repeat_case("fillers", "you are really honestly literally basically such a "),
        _repeat_case("stretched letters", "sooooooo stuuuuuuupid "),
        _repeat_case("asterisks", "f***ing *** a$$ @$$ "),
        _repeat_case("dollar run", "$"),
        _repeat_case("she said", "she said you're an idiot and he told me that "),
        _repeat_case("question marks", "why are you like this??? "),
        _repeat_case("ellipses", "you... are... "),
    ]
    return cases


def rule_cases() -> list[Case]:
    """Every default rule's examples and near misses, each as a case of its own."""
    import intimacy_kit as ik

    cases = []
    for rule in ik.DEFAULT_RULES:
        rule_id = getattr(rule, "id", type(rule).__name__)
        for kind, texts in (
            ("example", getattr(rule, "examples", ())),
            ("near miss", getattr(rule, "near_misses", ())),
        ):
            for number, text in enumerate(texts or (), start=1):
                if text.strip():
                    cases.append(_repeat_case(f"{rule_id} {kind} {number}", text + " "))
    return cases


# --- timing ------------------------------------------------------------------------------


class _TimedOut(Exception):
    """Raised by the timer's handler into a run that has used up its budget."""


_deadline: float | None = None
"""The ``process_time`` at which the current run is stopped, if it has a budget."""


def _on_timer(signum: int, frame: object) -> None:
    if _deadline is not None and time.process_time() >= _deadline:
        raise _TimedOut


# A wall-clock timer wakes the handler, which looks at the CPU time used. (A CPU-time
# timer, ITIMER_PROF or ITIMER_VIRTUAL, would be the natural choice, but while one is
# armed the kernel updates the process's CPU clock only once per tick, which would blur
# every short run.)
_CAN_STOP = hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
_TICK_S = 0.05


def _run(
    function: Callable[[str], object], text: str, loops: int, budget: float | None
) -> tuple[float, bool]:
    """CPU seconds of one call (the mean of ``loops`` calls), and whether it was stopped.

    A stopped run returns the CPU time it had used when stopped: a lower bound.
    """
    global _deadline
    gc.collect()
    timed = budget is not None and _CAN_STOP
    if timed:
        previous = signal.signal(signal.SIGALRM, _on_timer)
        signal.setitimer(signal.ITIMER_REAL, _TICK_S, _TICK_S)
    start = time.process_time()
    if timed:
        _deadline = start + budget  # type: ignore[operator]
    try:
        for _ in range(loops):
            function(text)
        return (time.process_time() - start) / loops, False
    except _TimedOut:
        return (time.process_time() - start) / loops, True
    finally:
        if timed:
            _deadline = None
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


@dataclass
class Timing:
    """One case, one function, two sizes."""

    case: Case
    function: str
    small_chars: int = 0
    large_chars: int = 0
    small_s: float = math.inf
    large_s: float = math.inf
    stopped_at: float | None = None
    """The budget at which the large run was stopped, if it was."""
    error: str | None = None
    seconds: float = 0.0
    """Wall-clock seconds the measurement took, retries included."""
    first_ratio: float | None = None
    """The ratio of the first pass, when a confirmation pass measured the case again."""

    @property
    def ratio(self) -> float:
        """Time of the large input over time of the small one (a lower bound if stopped)."""
        if self.error is not None:
            return 0.0
        large = self.stopped_at if self.stopped_at is not None else self.large_s
        return large / self.small_s if self.small_s > 0 else math.inf

    @property
    def us_per_char(self) -> float:
        """Microseconds per character at the large size (a lower bound if stopped)."""
        if self.error is not None or not self.large_chars:
            return 0.0
        large = self.stopped_at if self.stopped_at is not None else self.large_s
        return large / self.large_chars * 1e6

    def shown_ratio(self) -> str:
        """The ratio as printed: ``>`` marks a lower bound, ``*`` a confirmed one."""
        if self.error is not None:
            return "error"
        mark = "*" if self.first_ratio is not None else ""
        return f"{'>' if self.stopped_at is not None else ''}{self.ratio:.1f}x{mark}"


def measure(
    case: Case,
    name: str,
    function: Callable[[str], object],
    sizes: tuple[int, int],
    rounds: tuple[int, int] = ROUNDS,
    patience: float = PATIENCE,
) -> Timing:
    """Time ``function`` on ``case`` at both sizes, interleaved; keep the best of each.

    A ratio over the limit is measured again (up to ``RETRIES`` times) before it counts.
    """
    started = time.perf_counter()
    small_text, large_text = case.build(sizes[0]), case.build(sizes[1])
    timing = Timing(case, name, len(small_text), len(large_text))
    try:
        # The first call warms the caches (lazily built tables, the word reader's cache).
        expected, _ = _run(function, small_text, 1, None)
        expected = max(expected, 1e-7)
        loops = (
            max(1, min(50, math.ceil(MIN_SAMPLE_S / expected))),
            max(1, min(20, math.ceil(MIN_LARGE_SAMPLE_S / (10 * expected)))),
        )
        texts = (small_text, large_text)
        _extend(timing, function, texts, rounds, loops, patience)
        for _ in range(RETRIES):
            if timing.ratio <= SCALING_LIMIT or timing.large_s > CONFIRMED_S:
                break
            if timing.stopped_at is not None:
                if timing.stopped_at > CONFIRMED_S:
                    break
                timing.stopped_at = None  # a short stop may be noise: run it again
            # Over the limit: measure again before it counts (noise only ever adds).
            _extend(timing, function, texts, rounds, loops, patience)
    except Exception as error:  # a crash on hostile input is itself a finding
        timing.error = f"{type(error).__name__}: {error}"[:80]
    timing.seconds = time.perf_counter() - started
    return timing


def _extend(
    timing: Timing,
    function: Callable[[str], object],
    texts: tuple[str, str],
    rounds: tuple[int, int],
    loops: tuple[int, int],
    patience: float,
) -> None:
    small_loops, large_loops = loops
    for index in range(max(rounds)):
        if index < rounds[0]:
            seconds, _ = _run(function, texts[0], small_loops, None)
            timing.small_s = min(timing.small_s, seconds)
        if index < rounds[1] and timing.stopped_at is None:
            budget = max(MIN_BUDGET_S, patience * timing.small_s) * large_loops
            seconds, stopped = _run(function, texts[1], large_loops, budget)
            if stopped:
                timing.stopped_at = seconds
            else:
                timing.large_s = min(timing.large_s, seconds)


def _functions() -> dict[str, Callable[[str], object]]:
    import intimacy_kit as ik

    ik.DEFAULT_RULES.compile()
    for warm in ("You never listen to me!", "ur so lazy, idiot", "Fine. Whatever."):
        ik.detect(warm), ik.rewrite(warm), ik.analyze(warm)
    # What is loaded now lives as long as the process: the collector need not walk it
    # again before every run (it would cost more than many of the runs).
    gc.freeze()
    return {"detect": ik.detect, "rewrite": ik.rewrite, "analyze": ik.analyze}


def confirm(timings: list[Timing], functions: dict[str, Callable[[str], object]]) -> int:
    """Measure every timing over the limit again; keep the best of each size over both.

    Returns how many were over before. A case stopped for taking too long in both
    passes stays a lower bound.
    """
    over = [t for t in timings if t.error is None and t.ratio > SCALING_LIMIT]
    for timing in over:
        sizes = (timing.small_chars, timing.large_chars)
        again = measure(timing.case, timing.function, functions[timing.function], sizes)
        timing.first_ratio = timing.ratio
        if again.error is not None:
            timing.error = again.error
            continue
        timing.small_s = min(timing.small_s, again.small_s)
        timing.large_s = min(timing.large_s, again.large_s)
        # Stopped in both passes: still a lower bound; finished once: a measurement.
        if timing.stopped_at is None or again.stopped_at is None:
            timing.stopped_at = None
        else:
            timing.stopped_at = max(timing.stopped_at, again.stopped_at)
        timing.seconds += again.seconds
    return len(over)


def trend(case: Case, function: Callable[[str], object], small: int) -> list[tuple[int, float]]:
    """Microseconds per character at ``small``, about three times it and ten times it.

    Each the best of three runs.
    """
    points = []
    for size in (small, round(small * math.sqrt(10)), small * 10):
        text = case.build(size)
        function(text)
        best = min(_run(function, text, 1, None)[0] for _ in range(3))
        points.append((len(text), best / len(text) * 1e6))
    return points


def _quadratic_control(text: str) -> int:
    """A deliberately quadratic function: every 50th position searches the whole text."""
    return sum(text.count(text[index : index + 3]) for index in range(0, len(text), 50))


# --- the corpus run ----------------------------------------------------------------------


@dataclass
class Report:
    """Every timing of a corpus run, and the sizes each function ran at."""

    timings: list[Timing]
    sizes: dict[str, tuple[int, int]]
    huge: list[Timing]
    seconds: float
    rule_cases: int = 0
    """How many of the rules' examples and near misses were timed."""
    first_over: int = 0
    """How many timings the first pass put over the limit (before the confirmation)."""
    control: Timing | None = None
    """The quadratic control, timed like a case: it must read far over the limit."""
    trends: list[tuple[Timing, list[tuple[int, float]]]] = field(default_factory=list)
    """Per-character cost at three sizes of every case still over after confirmation."""


def run(full: bool = False, progress: bool = True, sample: int | None = None) -> Report:
    """Time every case of the corpus for the three functions.

    ``sample`` keeps every classic shape and that many of the rule cases, drawn with a
    fixed seed: the same cases in every run, in a few minutes instead of most of an hour.
    """
    started = time.perf_counter()
    functions = _functions()
    sizes = FULL_SIZES if full else DEFAULT_SIZES
    rules = rule_cases()
    if sample is not None and sample < len(rules):
        rules = random.Random(17).sample(rules, sample)
    cases = [*classic_shapes(), *rules]
    timings: list[Timing] = []
    for number, case in enumerate(cases, start=1):
        timings.extend(measure(case, name, functions[name], sizes[name]) for name in FUNCTIONS)
        if progress:
            print(f"\r  {number}/{len(cases)} cases", end="", file=sys.stderr, flush=True)
    huge: list[Timing] = []
    for case in cases:
        if case.huge:
            names = FUNCTIONS if full else ("detect",)
            huge.extend(measure(case, name, functions[name], HUGE_SIZES) for name in names)
    if progress:
        print(file=sys.stderr)
    first_over = confirm([*timings, *huge], functions)
    trends = [
        (timing, trend(timing.case, functions[timing.function], timing.small_chars))
        for timing in [*timings, *huge]
        if timing.error is None and timing.stopped_at is None and timing.ratio > SCALING_LIMIT
    ]
    control_case = _repeat_case("quadratic control", "You never listen to me! ")
    control = measure(control_case, "control", _quadratic_control, DEFAULT_SIZES["rewrite"])
    return Report(
        timings,
        dict(sizes),
        huge,
        time.perf_counter() - started,
        len(rules),
        first_over,
        control,
        trends,
    )


def _kb(chars: int) -> str:
    return f"{chars / 1000:.0f} KB"


def _worst_first(timing: Timing) -> tuple[bool, float]:
    """Stopped runs first, then by ratio."""
    return timing.stopped_at is not None, timing.ratio


def print_report(report: Report) -> None:
    """The figures, the verdicts and the worst ten cases."""
    timings = report.timings
    cases = {t.case.name for t in timings}
    every = len(rule_cases())
    which = f"all {every}" if report.rule_cases >= every else f"{report.rule_cases} of {every}"
    print(
        f"adversarial: {len(cases)} cases ({len(classic_shapes())} classic shapes and {which} "
        f"of the rules' examples and near misses), CPU time, best of a few runs, "
        f"{report.seconds:.0f} s in all"
    )
    for name in FUNCTIONS:
        small, large = report.sizes[name]
        note = "" if (small, large) == FULL_SIZES[name] else " (--full for 10 KB vs 100 KB)"
        mine = [t for t in timings if t.function == name]
        worst = max(mine, key=_worst_first)
        verdict = "ok" if worst.ratio <= SCALING_LIMIT else "OVER TARGET"
        over = sum(1 for t in mine if t.ratio > SCALING_LIMIT)
        print(
            f"adversarial {name}: {_kb(small)} vs {_kb(large)}{note}: worst ratio "
            f"{worst.shown_ratio()} on {worst.case.name!r} (target <= {SCALING_LIMIT:g}x) "
            f"{verdict}; {over} of {len(mine)} cases over"
        )
    detects = [t for t in timings if t.function == "detect"] + [
        t for t in report.huge if t.function == "detect"
    ]
    slowest = max(detects, key=lambda t: t.us_per_char)
    bound = ">" if slowest.stopped_at is not None else ""
    verdict = "ok" if slowest.us_per_char <= DETECT_US_PER_CHAR else "OVER TARGET"
    print(
        f"adversarial detect: slowest {bound}{slowest.us_per_char:.1f} µs per character on "
        f"{slowest.case.name!r} at {_kb(slowest.large_chars)} "
        f"(target <= {DETECT_US_PER_CHAR:g} µs) {verdict}"
    )
    confirmed = sum(1 for t in [*timings, *report.huge] if t.ratio > SCALING_LIMIT)
    print(
        f"adversarial: the first pass put {report.first_over} timings over {SCALING_LIMIT:g}x; "
        f"measured again in a confirmation pass, {confirmed} stayed over"
    )
    for timing, points in report.trends:
        steps = ", ".join(f"{_kb(chars)} {per_char:.2f}" for chars, per_char in points)
        print(
            f"adversarial trend: {timing.function} on {timing.case.name!r}, µs/char at "
            f"{steps} (a real growth rises at every step)"
        )
    if report.control is not None:
        control = report.control
        seen = control.ratio > SCALING_LIMIT
        verdict = "seen" if seen else "NOT SEEN: the timings cannot be trusted"
        print(
            f"adversarial control: a deliberately quadratic function reads "
            f"{control.shown_ratio()} at {_kb(control.small_chars)} vs "
            f"{_kb(control.large_chars)}: growth {verdict}"
        )
    errors = [t for t in timings if t.error is not None]
    for timing in errors[:5]:
        print(f"adversarial ERROR: {timing.function} on {timing.case.name!r}: {timing.error}")
    for timing in report.huge:
        print(
            f"adversarial {timing.function} on {timing.case.name!r}: {_kb(timing.small_chars)} in "
            f"{timing.small_s:.3f} s, {_kb(timing.large_chars)} in "
            f"{'>' if timing.stopped_at else ''}{timing.stopped_at or timing.large_s:.2f} s, "
            f"ratio {timing.shown_ratio()}, {timing.us_per_char:.2f} µs/char"
        )
    print_table(timings)


def print_table(timings: Sequence[Timing], count: int = 10) -> None:
    """The ``count`` cases with the worst ratio over the three functions."""
    by_case: dict[str, dict[str, Timing]] = {}
    for timing in timings:
        by_case.setdefault(timing.case.name, {})[timing.function] = timing
    ranked = sorted(by_case.values(), key=lambda row: max(map(_worst_first, row.values())))
    ranked.reverse()
    print(
        f"adversarial: the {count} worst cases (time of 10x the input / time of the input; "
        f"* measured again in the confirmation pass)"
    )
    print(f"  {'case':34} {'input':36} {'detect':>8} {'rewrite':>8} {'analyze':>8} {'µs/char':>8}")
    for row in ranked[:count]:
        case = next(iter(row.values())).case
        cells = [row[name].shown_ratio() if name in row else "-" for name in FUNCTIONS]
        per_char = row["detect"].us_per_char if "detect" in row else 0.0
        print(
            f"  {case.name[:34]:34} {case.pattern[:36]:36} "
            + " ".join(f"{cell:>8}" for cell in cells)
            + f" {per_char:8.2f}"
        )


# --- the search mode ---------------------------------------------------------------------

SEARCH_SIZES = {"detect": (4_000, 40_000), "rewrite": (1_000, 10_000), "analyze": (1_000, 10_000)}
SEARCH_PATIENCE = 15.0
"""Where the search stops a large run: a mutant over ``SCALING_LIMIT`` is a finding."""
_PIECES = re.compile(r"\s+|\w+|[^\w\s]")
_FRAGMENTS = (
    '"',
    "'",
    "\r\n",
    "\r",
    "\n",
    ",",
    ".",
    "...",
    "?",
    "!",
    "-",
    "*",
    "$",
    "@",
    "me@x.io",
    "www.",
    "//",
    "k.i.l.l",
    "k i l l",
    "a.",
    "1",
    "0",
    "ur",
    "its",
    "ill",
    "id",
    "who",
    "and",
    "must be nice",
    "on purpose",
    "I don't think",
    "if you",
    "you",
    "your",
    "'x'",
    '"hobby"',
    "\u200d",
    "\u202e",
    "\u0301",
    "\ud800",
    "👍🏽",
    "🤬",
    "ק",
    "so",
    "such a",
    "really",
    "said",
    "she",
    "like",
    "but",
    "because",
    "never",
    "always",
    "idiot",
    "kill",
)


@dataclass
class Candidate:
    """An input pattern of the search: its repeating unit and its measured ratio."""

    function: str
    unit: str
    ratio: float
    stopped: bool
    seed: str
    """The corpus case the search started from."""
    generation: int = 0
    """How many rounds of mutation away from the seed."""

    def shown_ratio(self) -> str:
        """The ratio as printed: ``>`` marks a lower bound."""
        return f"{'>' if self.stopped else ''}{self.ratio:.1f}x"


def _token_pool() -> list[str]:
    import intimacy_kit as ik

    pool = list(_FRAGMENTS)
    for rule in ik.DEFAULT_RULES:
        for text in (*getattr(rule, "examples", ()), *getattr(rule, "near_misses", ())):
            pool.extend(piece for piece in _PIECES.findall(text) if piece.strip())
    return pool


def _mutate(unit: str, pool: Sequence[str], rng: random.Random) -> str:
    """``unit`` with one to three tokens inserted, duplicated, replaced or deleted."""
    pieces = _PIECES.findall(unit) or [unit]
    for _ in range(rng.randint(1, 3)):
        move = rng.random()
        if move < 0.35:
            position = rng.randrange(len(pieces) + 1)
            pieces[position:position] = [rng.choice(pool), " "]
        elif move < 0.55:
            first = rng.randrange(len(pieces))
            last = min(len(pieces), first + rng.randint(1, 6))
            pieces[first:first] = pieces[first:last]
        elif move < 0.8:
            pieces[rng.randrange(len(pieces))] = rng.choice(pool)
        elif len(pieces) > 1:
            del pieces[rng.randrange(len(pieces))]
    mutated = "".join(pieces)[:400]
    return mutated if mutated.strip() else unit


def search(minutes: float, report: Report, seed: int = 0) -> list[Candidate]:
    """Mutate the worst cases for ``minutes``; what went over the limit, worst first.

    The parents are the worst inputs whose ratio is still a measurement (an input already
    stopped for being super-linear is a finding, not a parent). A mutant that raises its
    parent's ratio by a tenth joins the parents.
    """
    functions = _functions()
    rng = random.Random(seed)
    pool = _token_pool()
    parents: dict[str, list[Candidate]] = {}
    found: list[Candidate] = []
    for name in FUNCTIONS:
        mine = [t for t in report.timings if t.function == name and t.case.unit and not t.error]
        mine.sort(key=lambda t: -t.ratio)
        parents[name] = [
            Candidate(name, t.case.unit, t.ratio, False, t.case.name)
            for t in mine
            if t.stopped_at is None
        ][:8]
    deadline = time.perf_counter() + minutes * 60
    tried = 0
    while time.perf_counter() < deadline:
        for name in FUNCTIONS:
            if time.perf_counter() >= deadline or not parents[name]:
                continue
            ranked = sorted(parents[name], key=lambda c: -c.ratio)[:8]
            parent = ranked[min(int(rng.expovariate(0.7)), len(ranked) - 1)]
            unit = _mutate(parent.unit, pool, rng)
            tried += 1
            timing = measure(
                _repeat_case("mutant", unit),
                name,
                functions[name],
                SEARCH_SIZES[name],
                patience=SEARCH_PATIENCE,
            )
            if timing.error is not None:
                continue
            child = Candidate(
                name,
                unit,
                timing.ratio,
                timing.stopped_at is not None,
                parent.seed,
                parent.generation + 1,
            )
            if child.ratio > SCALING_LIMIT:
                found.append(child)
            if not child.stopped and child.ratio > parent.ratio * 1.1:
                parents[name].append(child)
    print(
        f"adversarial search: {minutes:g} min, {tried} mutants tried, {len(found)} over the limit"
    )
    found.sort(key=lambda c: (-c.stopped, -c.ratio))
    return found


def print_search(found: Sequence[Candidate], per_function: int = 3) -> None:
    """What the search found, each measured again at 10 KB vs 100 KB."""
    functions = _functions()
    for name in FUNCTIONS:
        mine = [c for c in found if c.function == name][:per_function]
        if not mine:
            print(f"adversarial search {name}: nothing over {SCALING_LIMIT:g}x")
        small, large = SEARCH_SIZES[name]
        for candidate in mine:
            again = measure(
                _repeat_case("found", candidate.unit),
                name,
                functions[name],
                FULL_SIZES[name],
                patience=SEARCH_PATIENCE,
            )
            print(
                f"adversarial search {name}: {candidate.shown_ratio()} at {_kb(small)} vs "
                f"{_kb(large)}, {again.shown_ratio()} at {_kb(again.small_chars)} vs "
                f"{_kb(again.large_chars)} ({again.us_per_char:.1f} µs/char); "
                f"{candidate.generation} mutation rounds from {candidate.seed!r}: "
                f"{candidate.unit[:160]!r} repeated"
            )


def main(argv: Sequence[str] = ()) -> None:
    """Print the figures and whether each target is met (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_adversarial")
    parser.add_argument("--full", action="store_true", help="rewrite and analyze at 10/100 KB")
    parser.add_argument("--search", type=float, metavar="MINUTES", default=0.0)
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        default=None,
        help="time N of the rule cases (a fixed draw) instead of all of them",
    )
    options = parser.parse_args(list(argv))
    if options.sample is not None and options.sample < 0:
        parser.error("--sample must be 0 or more")
    with one_core() as pinning:
        report = run(full=options.full, progress=not options.quiet, sample=options.sample)
        print_report(report)
        print(f"adversarial: {pinning}")
        if options.search > 0:
            print_search(search(options.search, report))


if __name__ == "__main__":
    main(sys.argv[1:])
