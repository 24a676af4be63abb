"""The command line's helpers, in process: the progress line, the options and the parser."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from intimacy_kit.cli import build_parser
from intimacy_kit.cli._config import RuleOptions, read_pyproject
from intimacy_kit.cli._io import UsageError
from intimacy_kit.cli._progress import Progress, wanted


class _Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_stays_silent_for_a_short_batch() -> None:
    """A batch that ends before the delay draws nothing at all."""
    out = io.StringIO()
    ticks = iter([0.0] * 10)
    progress = Progress(out, total_bytes=10, clock=lambda: next(ticks))
    assert list(progress.track(range(5), size=lambda item: 2)) == [0, 1, 2, 3, 4]
    assert out.getvalue() == ""


def test_progress_draws_a_bar_then_clears_it() -> None:
    """After the delay the line shows the share of bytes and the count, then is erased."""
    out = io.StringIO()
    ticks = iter([0.0, 5.0, 5.0, 10.0])
    progress = Progress(out, total_bytes=40, clock=lambda: next(ticks))
    list(progress.track(["a", "b"], size=lambda item: 10))
    drawn = out.getvalue()
    assert "[######------------------]  25% 1 message\x1b[K" in drawn
    assert drawn.endswith("\r\x1b[K")


def test_progress_without_a_total_counts_messages() -> None:
    """Reading standard input, the total is unknown: the line counts messages."""
    out = io.StringIO()
    ticks = iter([0.0, 5.0, 5.1])
    list(Progress(out, clock=lambda: next(ticks)).track(["a"], size=len))
    assert "intimacy-kit: 1 message" in out.getvalue()


def test_progress_is_wanted_only_when_someone_watches_stderr_and_stdout_is_redirected() -> None:
    """A progress line needs stderr on a terminal and stdout elsewhere."""
    assert wanted(io.StringIO(), _Terminal())
    assert not wanted(_Terminal(), _Terminal())
    assert not wanted(io.StringIO(), io.StringIO())


def test_pyproject_without_the_table_changes_nothing(tmp_path: Path) -> None:
    """A pyproject.toml without ``[tool.intimacy_kit]`` gives the default options."""
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n')
    assert read_pyproject(path) == RuleOptions()
    assert read_pyproject(path).is_default


def test_pyproject_rule_files_are_relative_to_the_file(tmp_path: Path) -> None:
    """Rule files named in pyproject.toml are found next to it, wherever the command runs."""
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.intimacy_kit]\nonly = "label, demand"\nrules = ["rules/mine.toml"]\n')
    options = read_pyproject(path)
    assert options.only == ("label", "demand")
    assert options.rule_files == (tmp_path / "rules" / "mine.toml",)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("only = 3", "only must be a string or a list of strings"),
        ("colour = 'red'", "unknown option 'colour'"),
    ],
)
def test_pyproject_mistakes_name_the_file(tmp_path: Path, table: str, message: str) -> None:
    """A wrong type or an unknown key in the table is a usage error naming the file."""
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.intimacy_kit]\n{table}\n")
    with pytest.raises(UsageError, match=message):
        read_pyproject(path)


def test_every_command_has_help_and_a_description() -> None:
    """Each subcommand is documented: the CLI reference page is generated from these."""
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == {"check", "rewrite", "analyze", "barriers", "exercises", "plan"}
    for name, sub in commands.items():
        assert sub.description, name
        assert all(action.help for action in sub._actions), name
