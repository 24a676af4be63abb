"""Reliability: no I/O at call time, the same results everywhere, any string in, no hang.

These are the promises an app makes to its own users when it calls the library from a
request handler, a worker pool or a notebook: nothing is read or sent, two machines give
the same answer, odd input does not crash it, and a hostile message does not stall it.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import intimacy_kit as ik
from tests.strategies import any_text

ROOT = Path(__file__).resolve().parents[1]

# Messages of every kind the library handles differently: each category, clean ones,
# a threat (declined), quoted speech, hedges, disguises, an empty string.
MESSAGES = (
    "You never listen to me!",
    "Ur soooo lazy, u know that?",
    "I feel like you don't care about me.",
    "Calm down, you're overreacting.",
    "Whatever. I don't want to talk about it.",
    "Why can't you be more like your brother?",
    "Do that again and you'll be sorry.",
    "She kept saying 'you're so lazy' in the play.",
    "Thanks for dinner, it was lovely. But you always check your phone at the table.",
    "I missed you today. Dinner at eight?",
    "Maybe you're tired?",
    "Ｙｏｕ’ｒｅ always on your phone 🙄",
    "I'm fine, it's nothing. I'm too busy this month anyway.",
    "",
    "It's not my fault you forgot. Well, you're not perfect either.",
    "You should just quit. If I were you I'd tell him off.",
    "Wow, nice job, genius.",
    "I feel abandoned and manipulated.",
    "\u200byou\u200b never\u200b help",
    "Every time I ask for help, you disappear. How could you do this to me?",
)


def all_results(messages: Sequence[str]) -> dict[str, Any]:
    """Every public text function's JSON-ready output on ``messages``."""
    return {
        "detect": [ik.detect(m).to_dict() for m in messages],
        "detect_many": [found.to_dict() for found in ik.detect_many(messages)],
        "rewrite": {s: [ik.rewrite(m, style=s).to_dict() for m in messages] for s in ik.STYLES},
        "analyze": [ik.analyze(m).to_dict() for m in messages],
        "conversation": ik.analyze_conversation(
            zip(itertools.cycle(("Sam", "Alex")), messages, strict=False)
        ).to_dict(),
        "exercises_for": [[e.id for e in ik.exercises_for(b)] for b in ik.BARRIERS],
        "plan": ik.practice_plan([b.id for b in ik.BARRIERS[:5]], minutes_per_day=45).to_dict(),
    }


# --- no I/O at call time --------------------------------------------------------------------

_NO_IO_SCRIPT = textwrap.dedent(
    """
    import os
    import sys

    import intimacy_kit as ik

    # Warm up: every lazily loaded module and every lazily built table is loaded now.
    # The messages touch each of lemminflect's tables (lemmas, inflections, and the rules
    # for words outside its dictionary), which it reads from its package on first use, and
    # the text layer's list of English words, loaded on the first stretched word.
    for style in ik.STYLES:
        ik.rewrite("You never listen to me, you idiot!", style=style)
        ik.rewrite("Every time I ask for help, you disappear.", style=style)
        ik.rewrite("You never text back, you keep ghosting me.", style=style)
        ik.rewrite("ur sooo lazyyy, u k i l l me", style=style)
    ik.analyze("Whatever. I'm fine, it's nothing.")
    ik.analyze_conversation([("A", "Calm down."), ("B", "I feel lonely.")])
    ik.practice_plan(["stonewalling"])
    list(ik.detect_many(["You should have called."]))

    BLOCKED = {
        "open", "import", "os.listdir", "os.scandir", "os.remove", "os.rename",
        "os.mkdir", "os.rmdir", "os.chmod", "os.chown", "os.truncate", "os.link",
        "os.symlink", "os.utime", "os.chdir", "os.system", "os.fork", "os.forkpty",
        "os.kill", "os.killpg", "os.putenv", "os.unsetenv", "os.startfile",
        "subprocess.Popen", "urllib.Request", "sqlite3.connect", "ctypes.dlopen",
        "tempfile.mkstemp", "tempfile.mkdtemp", "glob.glob", "webbrowser.open",
        "pty.spawn",
    }
    BLOCKED_PREFIXES = (
        "socket.", "os.exec", "os.spawn", "os.posix_spawn", "shutil.", "http.client.",
        "ftplib.", "smtplib.", "poplib.", "imaplib.", "nntplib.", "telnetlib.",
    )
    seen = []

    def hook(event, args):
        if event in BLOCKED or event.startswith(BLOCKED_PREFIXES):
            seen.append((event, repr(args)[:200]))
            raise RuntimeError(f"I/O at call time: {event} {args!r}"[:300])

    sys.addaudithook(hook)

    MESSAGES = [
        "Ur soooo lazy, u know that?",
        "I feel like you don't care about me.",
        "Why can't you be more like your brother? How could you do this to me?",
        "Do that again and you'll be sorry.",
        "She kept saying 'you're so lazy' in the play.",
        "Thanks for dinner. But you always check your phone at the table.",
        "\\uff39\\uff4f\\uff55\\u2019re always on your phone \\U0001f644",
        "It's not my fault you forgot. Well, you're not perfect either.",
        "You should just quit. If I were you I'd tell him off.",
        "I'm going to hurt myself if you leave.",
        "Wow, nice job, genius. Grow up.",
        "I feel abandoned. Every time I ask for help, you disappear.",
        "\\u200byou\\u200b never\\u200b help \\ud800 <script>alert(1)</script>",
        "Je t'aime. Du hörst nie zu. \\u541b\\u306f\\u3044\\u3064\\u3082\\u9045\\u3044\\u3002",
        "",
        " ".join(["You never listen, whatever."] * 200),
    ]

    def run():
        for message in MESSAGES:
            found = ik.detect(message)
            str(found), found._repr_html_(), found.to_dict()
            for style in ik.STYLES:
                result = ik.rewrite(message, style=style)
                str(result), result._repr_html_(), result.to_dict()
            analysis = ik.analyze(message)
            str(analysis), analysis._repr_html_(), analysis.to_dict()
            for signal in analysis.signals:
                ik.exercises_for(signal.barrier)
        list(ik.detect_many(MESSAGES))
        conversation = ik.analyze_conversation(zip(["Sam", "Alex"] * 8, MESSAGES))
        conversation.describe(), conversation._repr_html_(), conversation.to_dict()
        for barrier in ik.BARRIERS:
            ik.exercises_for(barrier.id)
        ik.practice_plan([b.id for b in ik.BARRIERS[:4]], minutes_per_day=40, days=14)
        ik.barriers(kind="origin"), ik.exercises(who="solo", max_minutes=10)
        try:
            ik.get_barrier("stonewaling")
        except KeyError:
            pass

    try:
        run()
    finally:
        if seen:  # even when the hook's exception escaped the library
            print("\\n".join(f"{event}: {args}" for event, args in seen))
            sys.stdout.flush()
            os._exit(1)
    print("no I/O")
    """
)


def _run_python(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh interpreter from the repository root."""
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        encoding="utf-8",
    )


def test_calls_do_no_io_once_warmed_up() -> None:
    """After a warm-up, detect/rewrite/analyze/conversations/catalogue do no I/O at all.

    An audit hook (which cannot be removed, hence the subprocess) fails the run on any
    file open, module import, socket, subprocess, exec or file-system event.
    """
    done = _run_python(_NO_IO_SCRIPT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "no I/O"


def test_the_no_io_check_would_catch_io() -> None:
    """The audit-hook check is real: a call that opens a file after warm-up fails it."""
    opening = "try:\n    open(os.devnull).close()\n    run()"
    script = _NO_IO_SCRIPT.replace("try:\n    run()", opening)
    assert script != _NO_IO_SCRIPT
    done = _run_python(script)
    assert done.returncode == 1
    assert "open:" in done.stdout


# --- the same results everywhere ------------------------------------------------------------

_RESULTS_SCRIPT = """
import json, sys
from tests.test_reliability import all_results
json.dump(all_results(json.load(sys.stdin)), sys.stdout, sort_keys=True)
"""


def _results_with_hash_seed(seed: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _RESULTS_SCRIPT],
        input=json.dumps(MESSAGES),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        timeout=300,
        encoding="utf-8",
    )
    return done.stdout


def test_results_do_not_depend_on_the_hash_seed() -> None:
    """Two interpreters with different ``PYTHONHASHSEED`` give byte-identical JSON.

    Set and dict iteration order changes with the seed; no result may depend on it.
    """
    first = _results_with_hash_seed("1")
    second = _results_with_hash_seed("2718281")
    assert first == second
    assert json.loads(first)["detect"][0]["findings"], "some messages should be flagged"


def test_threads_give_the_results_of_a_sequential_run() -> None:
    """Many threads calling at once get exactly what one thread gets, call by call."""
    calls = [
        *(functools.partial(ik.detect, m) for m in MESSAGES),
        *(functools.partial(ik.rewrite, m, style=s) for m in MESSAGES for s in ik.STYLES),
        *(functools.partial(ik.analyze, m) for m in MESSAGES),
    ]
    expected = [call() for call in calls]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            assert list(pool.map(lambda call: call(), calls)) == expected


def test_threads_racing_to_compile_a_new_rule_set_agree() -> None:
    """Threads that first use a brand-new rule set at the same moment all get it right."""
    rules = ik.DEFAULT_RULES.without(ik.Category.DEMAND)  # a fresh, uncompiled set
    reference = rules.without()  # an equal set, compiled by this thread alone
    expected = [ik.detect(m, rules=reference) for m in MESSAGES]
    start = threading.Barrier(4)

    def run() -> list[ik.Findings]:
        start.wait()
        return [ik.detect(m, rules=rules) for m in MESSAGES]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = [future.result() for future in [pool.submit(run) for _ in range(4)]]
    assert all(result == expected for result in results)


def test_worker_processes_give_the_results_of_this_process() -> None:
    """Fresh worker processes (spawned, not forked) return values equal to in-process ones."""
    calls = [
        (ik.detect, MESSAGES),
        (ik.analyze, MESSAGES),
        (functools.partial(ik.rewrite, style="gordon"), MESSAGES),
    ]
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        for function, messages in calls:
            assert list(pool.map(function, messages, chunksize=5)) == [
                function(m) for m in messages
            ]
        conversation = list(zip(itertools.cycle("AB"), MESSAGES, strict=False))
        assert pool.submit(ik.analyze_conversation, conversation).result() == (
            ik.analyze_conversation(conversation)
        )


# --- any string in, no exception out ----------------------------------------------------------


@given(any_text)
def test_detect_takes_any_string(text: str) -> None:
    """``detect`` and ``detect_many`` return findings inside the text for any str."""
    found = ik.detect(text)
    assert all(text[f.start : f.end] == f.text for f in found)
    assert list(ik.detect_many([text, text])) == [found, found]


@given(any_text, st.sampled_from(ik.STYLES))
def test_rewrite_takes_any_string_in_every_style(text: str, style: str) -> None:
    """``rewrite`` returns a result for any str in every style, and never an exception."""
    result = ik.rewrite(text, style=style)
    assert result.original == text
    assert isinstance(result.text, str)
    if not result.changed:
        assert result.text == text


@given(any_text)
def test_analyze_takes_any_string(text: str) -> None:
    """``analyze`` returns an analysis whose evidence spans point into the text."""
    analysis = ik.analyze(text)
    assert analysis.text == text
    for signal in analysis.signals:
        assert all(text[e.start : e.end] == e.text for e in signal.evidence)


@settings(max_examples=40)
@given(st.lists(st.tuples(any_text, any_text), max_size=4))
def test_analyze_conversation_takes_any_strings(turns: list[tuple[str, str]]) -> None:
    """Any speakers and any texts make a conversation analysis with one turn per input."""
    conversation = ik.analyze_conversation(turns)
    assert len(conversation.turns) == len(turns)
    assert {s.speaker for s in conversation.speakers} == {speaker for speaker, _ in turns}
    conversation.describe()


# --- pathological input finishes -----------------------------------------------------------------

# 100 KB and more of hostile text of each kind, sent to a child process that analyses and
# rewrites it: a pattern that backtracks or rescans without end would hang, and the
# timeout only stops such a hang. How fast each case runs is measured in benchmarks/.
_PATHOLOGICAL: dict[str, Callable[[], str]] = {
    "quotes": lambda: '"' * 100_000,
    "apostrophes": lambda: "'" * 100_000,
    "curly-quotes": lambda: "\u201c\u201d\u2018\u2019" * 25_000,
    "unbalanced-quotes": lambda: 'She said "you never listen ' * 4_000,
    "emoji": lambda: "\U0001f600\U0001f44d\U0001f3fd\U0001f469\u200d\u2764\ufe0f" * 17_000,
    "eye-rolls": lambda: "\U0001f600\U0001f644" * 50_000,
    "repeated-you": lambda: "you " * 34_000,
    "repeated-never": lambda: "you never " * 14_000,
    "run-on-judgments": lambda: (
        "you never listen you always ignore me you make me so angry " * 2_000
    ),
    "one-long-word": lambda: "a" * 100_000,
    "stretched-letters": lambda: "ur sooo" + "o" * 100_000 + " lazy",
    "zero-width": lambda: "\u200b" * 100_000,
    "punctuation": lambda: ".!?,;:()" * 13_000,
    "newlines": lambda: "\n" * 100_000,
    "mixed": lambda: (
        (
            "You never listen to me, you idiot! \"she said 'you're so lazy'\" \U0001f600 calm "
            "down. I feel like you don't care\u200b\u2026 Whatever!!! "
        )
        * 1_000
    ),
}
# Only a guard against a hang on a shared, busy machine: not a measure of speed.
_HANG_SECONDS = 600

_PATHOLOGICAL_SCRIPT = """
import sys
import intimacy_kit as ik
text = sys.stdin.buffer.read().decode("utf-8")
assert len(text) >= 100_000, len(text)
analysis = ik.analyze(text)
assert analysis.text is text
assert all(text[f.start:f.end] == f.text for f in analysis.findings)
assert [f.start for f in analysis.findings] == sorted(f.start for f in analysis.findings)
result = ik.rewrite(text, style="xyz")
assert isinstance(result.text, str)
assert result.declined or not ik.detect(result.text), "the rewrite is not clean"
"""


@pytest.mark.parametrize("name", sorted(_PATHOLOGICAL))
def test_pathological_input_finishes(name: str) -> None:
    """Analysing and rewriting 100 KB of hostile text finishes, with well-formed results."""
    text = _PATHOLOGICAL[name]()
    assert len(text) >= 100_000
    done = subprocess.run(
        [sys.executable, "-c", _PATHOLOGICAL_SCRIPT],
        input=text.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        timeout=_HANG_SECONDS,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
