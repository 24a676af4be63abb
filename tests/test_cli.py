"""The ``intimacy-kit`` command line, run as a user runs it: a separate process.

Every test runs ``python -m intimacy_kit`` in a fresh temporary folder (so no
``pyproject.toml`` of this repository is picked up) with bytes on standard input, and
checks the exit status, standard output and standard error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import intimacy_kit as ik

FLAGGED = b"You never listen.\n"  # one finding: an absolute
CLEAN = b"Thanks for dinner, it was lovely.\n"
THREAT = b"Do that again and you'll be sorry.\n"


def run(
    *args: str, stdin: bytes = b"", cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the command line in ``cwd`` with ``stdin``; never raises on a non-zero exit."""
    return subprocess.run(
        [sys.executable, "-m", "intimacy_kit", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )


def lines(output: bytes) -> list[str]:
    """Standard output or error as lines of text."""
    return output.decode("utf-8").splitlines()


def no_traceback(result: subprocess.CompletedProcess[bytes]) -> None:
    """A failure is reported as a message, never as a Python traceback."""
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")


# ----------------------------------------------------------------------------- check


def test_check_prints_file_line_column_and_exits_1_when_flagged(tmp_path: Path) -> None:
    """A flagged line gives ``FILE:LINE:COL: category (severity) "text" — why`` and exit 1."""
    result = run("check", stdin=CLEAN + FLAGGED, cwd=tmp_path)
    assert result.returncode == 1
    [line] = lines(result.stdout)
    assert line.startswith('<stdin>:2:1: absolute (medium) "You never listen" — Words like')
    assert result.stderr == b""


def test_check_exits_0_and_prints_nothing_when_clean(tmp_path: Path) -> None:
    """A clean input exits 0 with no output, so it works as a pre-send or CI check."""
    result = run("check", stdin=CLEAN * 3, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


@pytest.mark.parametrize("stdin", [b"", b"\n\n", b"   \r\n"])
def test_check_on_empty_input_is_clean(stdin: bytes, tmp_path: Path) -> None:
    """Empty input, or only blank lines, is clean: exit 0, nothing printed, ``[]`` as JSON."""
    assert run("check", stdin=stdin, cwd=tmp_path).returncode == 0
    result = run("check", "--format", "json", stdin=stdin, cwd=tmp_path)
    assert (result.returncode, json.loads(result.stdout)) == (0, [])


def test_check_jsonl_gives_one_object_per_message_with_findings(tmp_path: Path) -> None:
    """``--format jsonl`` prints one JSON object per message: location, text and findings."""
    result = run("check", "--format", "jsonl", stdin=FLAGGED + CLEAN, cwd=tmp_path)
    assert result.returncode == 1
    first, second = (json.loads(line) for line in lines(result.stdout))
    assert set(first) == {"file", "line", "text", "flagged", "findings"}
    assert (first["file"], first["line"], first["flagged"]) == ("<stdin>", 1, True)
    [finding] = first["findings"]
    assert finding["category"] == "absolute"
    assert (finding["line"], finding["column"], finding["text"]) == (1, 1, "You never listen")
    assert set(ik.detect("You never listen.")[0].to_dict()) < set(finding)
    assert (second["line"], second["flagged"], second["findings"]) == (2, False, [])


def test_check_json_is_one_array_of_the_same_objects(tmp_path: Path) -> None:
    """``--format json`` prints one array holding the objects ``jsonl`` prints line by line."""
    as_json = run("check", "--format", "json", stdin=FLAGGED + CLEAN, cwd=tmp_path)
    as_jsonl = run("check", "--format", "jsonl", stdin=FLAGGED + CLEAN, cwd=tmp_path)
    assert json.loads(as_json.stdout) == [json.loads(line) for line in lines(as_jsonl.stdout)]


def test_check_names_files_and_lines(tmp_path: Path) -> None:
    """With files, each finding names its file and line; stdin is ``-``."""
    (tmp_path / "a.txt").write_bytes(CLEAN + FLAGGED)
    (tmp_path / "b.txt").write_bytes(b"Calm down.\n")
    result = run("check", "a.txt", "-", "b.txt", stdin=FLAGGED, cwd=tmp_path)
    locations = [line.split(" ")[0] for line in lines(result.stdout)]
    assert locations == ["a.txt:2:1:", "<stdin>:1:1:", "b.txt:1:1:"]


def test_check_whole_reads_one_message_per_file(tmp_path: Path) -> None:
    """``--whole`` checks each file as one message; lines and columns count within it."""
    (tmp_path / "letter.txt").write_bytes(b"Dear Sam,\r\nI think you never listen.\r\n")
    result = run("check", "--whole", "--format", "jsonl", "letter.txt", cwd=tmp_path)
    [record] = [json.loads(line) for line in lines(result.stdout)]
    assert record["text"] == "Dear Sam,\nI think you never listen.\n"
    assert [(f["line"], f["column"]) for f in record["findings"]] == [(2, 9)]


def test_check_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    """A file that does not exist exits 2 with a message naming it, before any output."""
    result = run("check", "nope.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert lines(result.stderr) == ["intimacy-kit check: error: nope.txt: no such file"]
    assert result.stdout == b""


def test_crlf_line_endings_are_stripped(tmp_path: Path) -> None:
    """Windows line endings never reach the library or the output."""
    checked = run("check", "--format", "jsonl", stdin=FLAGGED.replace(b"\n", b"\r\n"), cwd=tmp_path)
    assert json.loads(checked.stdout)["text"] == "You never listen."
    rewritten = run("rewrite", stdin=(CLEAN + FLAGGED).replace(b"\n", b"\r\n"), cwd=tmp_path)
    assert b"\r" not in rewritten.stdout
    assert lines(rewritten.stdout)[0] == CLEAN.decode().strip()


def test_a_megabyte_line_is_checked_and_a_long_line_rewritten(tmp_path: Path) -> None:
    """A single line of over 1 MB is read whole and checked; a long line is rewritten whole.

    The rewrite is of a 120 KB line (still far beyond any read buffer): rewriting a whole
    megabyte in one message takes minutes today, and speed is measured in benchmarks/.
    """
    huge = b"You never listen, dear. " * 44_000 + b"\n"
    assert len(huge) > 1_000_000
    checked = run("check", "--format", "jsonl", stdin=huge, cwd=tmp_path)
    assert checked.returncode == 1
    [record] = [json.loads(line) for line in lines(checked.stdout)]
    assert len(record["findings"]) == 44_000
    long = b"You never listen, dear. " * 5_000 + b"\n"
    rewritten = run("rewrite", stdin=long, cwd=tmp_path)
    assert rewritten.returncode == 0
    assert len(lines(rewritten.stdout)) == 1


def test_non_utf8_input_is_a_clear_error_and_other_lines_are_still_checked(
    tmp_path: Path,
) -> None:
    """A line that is not UTF-8 is named on stderr with the byte; the rest is checked; exit 2."""
    result = run("check", stdin=CLEAN + b"caf\xe9 au lait\n" + FLAGGED, cwd=tmp_path)
    assert result.returncode == 2
    no_traceback(result)
    [error] = lines(result.stderr)
    assert error.startswith("<stdin>:2: error: not valid utf-8 (byte 0xe9 at position 4)")
    assert "--encoding" in error
    assert [line.split(" ")[0] for line in lines(result.stdout)] == ["<stdin>:3:1:"]


def test_non_utf8_input_is_passed_through_rewrite_byte_for_byte(tmp_path: Path) -> None:
    """``rewrite`` writes an undecodable line back unchanged, so nothing is lost; exit 2."""
    bad = b"caf\xe9 au lait\xff\n"
    result = run("rewrite", stdin=CLEAN + bad + CLEAN, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == CLEAN + bad + CLEAN
    assert b"<stdin>:2: error: not valid utf-8" in result.stderr


def test_encoding_option_reads_other_encodings(tmp_path: Path) -> None:
    """``--encoding latin-1`` decodes Latin-1 input; the output is UTF-8."""
    result = run("rewrite", "--encoding", "latin-1", stdin=b"caf\xe9 au lait\n", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "café au lait\n".encode())
    unknown = run("check", "--encoding", "klingon", stdin=CLEAN, cwd=tmp_path)
    assert unknown.returncode == 2
    assert b"unknown encoding 'klingon'" in unknown.stderr


def test_only_and_without_narrow_the_rules(tmp_path: Path) -> None:
    """``--only`` keeps and ``--without`` drops categories, families or rule ids."""
    both = b"You never listen. I'll make your life hell.\n"
    only = run("check", "--only", "threat", "--format", "jsonl", stdin=both, cwd=tmp_path)
    assert {f["category"] for f in json.loads(only.stdout)["findings"]} == {"threat"}
    without = run("check", "--without", "absolute", stdin=FLAGGED, cwd=tmp_path)
    assert (without.returncode, without.stdout) == (0, b"")
    by_id = run("check", "--without", "label,absolute.never", stdin=FLAGGED, cwd=tmp_path)
    assert by_id.returncode == 0


def test_an_unknown_rule_name_suggests_the_closest(tmp_path: Path) -> None:
    """A misspelt ``--without`` name exits 2 and names the closest category."""
    result = run("check", "--without", "absolut", stdin=FLAGGED, cwd=tmp_path)
    assert result.returncode == 2
    no_traceback(result)
    assert "did you mean 'absolute'?" in result.stderr.decode()


def test_pyproject_options_apply_and_the_command_line_overrides_them(tmp_path: Path) -> None:
    """``[tool.intimacy_kit]`` in a pyproject.toml (here or above) sets the rule options."""
    (tmp_path / "pyproject.toml").write_text('[tool.intimacy_kit]\nwithout = ["absolute"]\n')
    inner = tmp_path / "notes"
    inner.mkdir()
    assert run("check", stdin=FLAGGED, cwd=inner).returncode == 0
    assert run("check", "--without", "label", stdin=FLAGGED, cwd=inner).returncode == 1


def test_an_unknown_pyproject_option_is_a_usage_error(tmp_path: Path) -> None:
    """A misspelt key in ``[tool.intimacy_kit]`` exits 2 naming the file and the options."""
    (tmp_path / "pyproject.toml").write_text('[tool.intimacy_kit]\nwithuot = ["absolute"]\n')
    result = run("check", stdin=FLAGGED, cwd=tmp_path)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "pyproject.toml [tool.intimacy_kit]: unknown option 'withuot'" in message
    assert "did you mean 'without'?" in message


RULE = {
    "id": "mine.nitpicker",
    "category": "label",
    "severity": "medium",
    "pattern": "[YOU BE (a | an)? nitpicker]",
    "message": "A label sums up a whole person from one behaviour.",
    "suggestion": "Say what you would like to do together instead.",
    "examples": ["You're such a nitpicker."],
    "near_misses": ["The nitpicker in the film made me laugh."],
}


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_rules_file_adds_the_users_rules(suffix: str, tmp_path: Path) -> None:
    """``--rules FILE`` (TOML ``[[rules]]`` or JSON) adds rules that ``--only`` can select."""
    path = tmp_path / f"mine{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps({"rules": [RULE]}))
    else:
        # A JSON string is a valid TOML basic string, escapes and all.
        fields = "\n".join(f"{key} = {json.dumps(value)}" for key, value in RULE.items())
        path.write_text(f"[[rules]]\n{fields}\n")
    result = run(
        "check",
        *("--rules", path.name, "--only", "mine", "--format", "jsonl"),
        stdin=b"You're such a nitpicker! You never listen.\n",
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    [record] = [json.loads(line) for line in lines(result.stdout)]
    assert [f["rule_id"] for f in record["findings"]] == ["mine.nitpicker"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rules = 3\n", "expected a list of rules under 'rules'"),
        ("rules = [1]\n", "rules[0] must be a table"),
        ("rules = [\n", "not a valid TOML rule file"),
    ],
)
def test_a_bad_rules_file_is_a_usage_error(content: str, message: str, tmp_path: Path) -> None:
    """A rules file of the wrong shape exits 2 with the file and what is wrong."""
    (tmp_path / "mine.toml").write_text(content)
    result = run("check", "--rules", "mine.toml", stdin=FLAGGED, cwd=tmp_path)
    assert result.returncode == 2
    no_traceback(result)
    assert message in result.stderr.decode()


# ----------------------------------------------------------------------------- rewrite


def test_rewrite_prints_one_line_per_input_line(tmp_path: Path) -> None:
    """Each input line gives one output line; clean and blank lines come back as they were."""
    result = run("rewrite", stdin=FLAGGED + b"\n" + CLEAN, cwd=tmp_path)
    assert result.returncode == 0
    out = lines(result.stdout)
    assert len(out) == 3
    assert out[0] == ik.rewrite(FLAGGED.decode().strip()).text
    assert out[0] != FLAGGED.decode().strip()
    assert ik.detect(out[0]) == ()
    assert out[1:] == ["", CLEAN.decode().strip()]
    assert result.stderr == b""


def test_a_declined_threat_passes_through_with_a_warning(tmp_path: Path) -> None:
    """A threat is written unchanged to stdout and the reason goes to stderr; exit 0."""
    result = run("rewrite", stdin=CLEAN + THREAT, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == CLEAN + THREAT
    [warning] = lines(result.stderr)
    assert warning.startswith("<stdin>:2: warning: declined, passed through unchanged: ")
    assert "ultimatum" in warning or "threat" in warning  # the reason says what it saw


def test_rewrite_notes_a_line_that_is_not_english(tmp_path: Path) -> None:
    """A line in another language is left as it is, and stderr says why."""
    result = run("rewrite", stdin="Tu ne m'écoutes jamais.\n".encode(), cwd=tmp_path)
    assert result.stdout == "Tu ne m'écoutes jamais.\n".encode()
    assert "does not look like English" in result.stderr.decode()


def test_rewrite_jsonl_has_parts_confidence_and_notes(tmp_path: Path) -> None:
    """``--format jsonl`` gives the rewrite's fields, its confidence and notes, per line."""
    result = run(
        "rewrite", "--format", "jsonl", "--style", "gordon", stdin=FLAGGED + THREAT, cwd=tmp_path
    )
    first, second = (json.loads(line) for line in lines(result.stdout))
    assert {"file", "line", "original", "text", "parts", "confidence", "notes"} <= set(first)
    assert first["style"] == "gordon"
    assert first["changed"] is True
    assert first["parts"]["feeling"]
    assert first["notes"] == list(ik.rewrite(FLAGGED.decode().strip(), style="gordon").notes)
    assert any("never" in note for note in first["notes"])
    assert first["confidence"] is None or 0.0 <= first["confidence"] <= 1.0
    assert (second["line"], second["declined"], second["text"]) == (
        2,
        True,
        THREAT.decode().strip(),
    )


def test_an_unknown_style_is_a_usage_error(tmp_path: Path) -> None:
    """``--style bogus`` exits 2 with a message listing the styles, without a traceback."""
    result = run("rewrite", "--style", "bogus", stdin=FLAGGED, cwd=tmp_path)
    assert result.returncode == 2
    no_traceback(result)
    message = result.stderr.decode()
    assert "invalid choice: 'bogus'" in message
    assert all(style in message for style in ik.STYLES)


# ----------------------------------------------------------------------------- analyze


CONVERSATION = (
    b"Sam: You're always on your phone.\r\n"
    b'{"speaker": "Alex", "text": "Whatever."}\n'
    b"\n"
    b"Sam: I feel lonely when we eat in silence.\n"
)


def test_analyze_sums_up_each_speaker(tmp_path: Path) -> None:
    """``Speaker: text`` and JSON lines mix; the output has one sentence per speaker."""
    result = run("analyze", stdin=CONVERSATION, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = lines(result.stdout)
    assert out[:3] == [
        "Sam: 1 of 2 turns judgmental; mostly absolute (1); signs of criticism.",
        "Alex: 1 of 1 turns judgmental; mostly stonewalling (1); signs of stonewalling.",
        "The first judgmental turn is turn 1 (Sam).",
    ]
    assert out[3].startswith("Try, for Sam: ")


def test_analyze_json_has_speakers_and_turns(tmp_path: Path) -> None:
    """``--format json`` gives the speaker summaries, the turning point and every turn."""
    result = run("analyze", "--format", "json", stdin=CONVERSATION, cwd=tmp_path)
    data = json.loads(result.stdout)
    assert set(data) == {"speakers", "first_judgmental_turn", "turns"}
    assert [s["speaker"] for s in data["speakers"]] == ["Sam", "Alex"]
    assert data["first_judgmental_turn"] == 0
    assert [t["judgmental"] for t in data["turns"]] == [True, True, False]
    assert data["turns"][1]["categories"] == ["stonewalling"]


def test_analyze_reports_a_line_it_cannot_read_and_goes_on(tmp_path: Path) -> None:
    """A line that is neither form is named on stderr; the other turns are analysed; exit 2."""
    result = run("analyze", stdin=b"Sam: Thanks!\nno speaker here\n", cwd=tmp_path)
    assert result.returncode == 2
    assert "<stdin>:2: error: expected 'Speaker: text'" in result.stderr.decode()
    assert lines(result.stdout) == ["Sam: 0 of 1 turns judgmental."]


def test_analyze_on_empty_input_says_so(tmp_path: Path) -> None:
    """No turns at all is not an error: the output says there was nothing to analyse."""
    result = run("analyze", stdin=b"", cwd=tmp_path)
    assert (result.returncode, lines(result.stdout)) == (0, ["No turns to analyse."])


# ----------------------------------------------------------------------------- catalogue


def test_barriers_lists_every_barrier_by_kind(tmp_path: Path) -> None:
    """``barriers`` prints each barrier's id under its kind; JSON gives every field."""
    result = run("barriers", cwd=tmp_path)
    text = result.stdout.decode()
    assert all(barrier.id in text for barrier in ik.BARRIERS)
    data = json.loads(run("barriers", "--format", "json", cwd=tmp_path).stdout)
    assert [b["id"] for b in data] == [b.id for b in ik.BARRIERS]


def test_exercises_for_a_barrier_are_ranked(tmp_path: Path) -> None:
    """``exercises BARRIER`` lists the barrier's exercises best first; a typo exits 2."""
    out = lines(run("exercises", "the silent treatment", cwd=tmp_path).stdout)
    assert [line.split()[0] for line in out] == [e.id for e in ik.exercises_for("stonewalling")]
    assert len(lines(run("exercises", cwd=tmp_path).stdout)) == len(ik.EXERCISES)
    typo = run("exercises", "stonewaling", cwd=tmp_path)
    assert typo.returncode == 2
    assert "did you mean: stonewalling?" in typo.stderr.decode()


def test_plan_prints_one_line_per_day(tmp_path: Path) -> None:
    """``plan`` prints the days of the plan; a budget too small exits 2 in the CLI's words."""
    out = lines(run("plan", "stonewalling", "criticism", "--days", "3", cwd=tmp_path).stdout)
    assert [line.split(" [")[0] for line in out] == ["Day 1", "Day 2", "Day 3"]
    data = json.loads(run("plan", "criticism", "--format", "json", cwd=tmp_path).stdout)
    assert len(data["days"]) == 7
    small = run("plan", "stonewalling", "--minutes", "5", cwd=tmp_path)
    assert small.returncode == 2
    assert "--minutes must be at least 15" in small.stderr.decode()


# ----------------------------------------------------------------------------- the program


def test_no_command_is_a_usage_error_and_help_lists_the_commands(tmp_path: Path) -> None:
    """Without a command the program exits 2; ``--help`` names every command."""
    assert run(cwd=tmp_path).returncode == 2
    helped = run("--help", cwd=tmp_path).stdout.decode()
    for command in ("check", "rewrite", "analyze", "barriers", "exercises", "plan"):
        assert command in helped


def test_version(tmp_path: Path) -> None:
    """``--version`` prints the package version."""
    result = run("--version", cwd=tmp_path)
    assert result.stdout.decode().strip() == f"intimacy-kit {ik.__version__}"


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    """``intimacy-kit check | head -1``: no traceback when the pipe closes early."""
    source = tmp_path / "many.txt"
    source.write_bytes(FLAGGED * 50_000)
    with (
        source.open("rb") as stdin,
        subprocess.Popen(
            [sys.executable, "-m", "intimacy_kit", "check"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        ) as process,
    ):
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.readline().startswith(b"<stdin>:1:1: absolute")
        process.stdout.close()  # the reader goes away, as ``head -1`` does
        errors = process.stderr.read()
        assert process.wait(timeout=300) == 1
    assert b"Traceback" not in errors, errors.decode()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_progress_line_shows_on_a_terminal_and_is_cleared(tmp_path: Path) -> None:
    """With stderr on a terminal and stdout piped, a long batch draws a progress line."""
    leader, follower = os.openpty()
    stdin = b"".join(f"You never listen about thing {n}.\n".encode() for n in range(4000))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "intimacy_kit", "rewrite"],
            input=stdin,
            stdout=subprocess.PIPE,
            stderr=follower,
            cwd=tmp_path,
            timeout=300,
            check=False,
        )
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed and drained
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert len(lines(result.stdout)) == 4000
    assert b"intimacy-kit: " in drawn
    assert b" messages" in drawn
    assert drawn.endswith(b"\r\x1b[K")
