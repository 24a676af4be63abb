"""``make demo`` (examples/quickstart.py) shows the whole library on one screen."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import intimacy_kit as ik

SCRIPT = Path(__file__).resolve().parents[1] / "examples" / "quickstart.py"


def _run(**env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    done = subprocess.run(
        [sys.executable, str(SCRIPT)],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
        env={**environment, **env},
        timeout=120,
    )
    assert done.stderr == ""
    return done.stdout


@pytest.fixture(scope="module")
def quickstart() -> ModuleType:
    """The example script imported as a module, to call its helpers."""
    spec = importlib.util.spec_from_file_location("quickstart_example", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_demo_fits_on_one_screen_and_shows_every_part() -> None:
    """The demo prints findings marked inline, why, a rewrite, barriers and exercises."""
    out = _run()
    lines = out.splitlines()
    assert len(lines) <= 50
    assert max(len(line) for line in lines) <= 100
    assert lines[0].startswith(f"intimacy_kit {ik.__version__}")
    # Not a terminal: the flagged spans are bracketed, with no escape codes.
    assert "flagged  [[You never listen" in out
    assert ", [[you idiot]]!" in out
    assert "\033[" not in out
    assert "- absolute (medium): Words like 'always' and 'never'" in out
    assert "- label (high): " in out
    rewrite = ik.rewrite("You never listen to me, you idiot!").text
    assert f"   instead  {rewrite[:40]}" in out
    assert "   barriers criticism" in out
    # A clean message is shown as clean and left alone.
    assert "clean    I feel lonely when we eat in silence. Could we talk tonight?" in out
    assert "nothing to change" in out
    exercises = [line for line in lines if line.startswith("  * ")]
    assert 2 <= len(exercises) <= 3
    assert all("min, " in line for line in exercises)
    assert lines[lines.index("Exercises to try:") + 2].startswith("    first: ")


def test_the_demo_underlines_on_a_terminal(
    quickstart: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """With ANSI output the spans are bold and underlined instead of bracketed."""
    quickstart.main(use_ansi=True)
    out = capsys.readouterr().out
    assert "\033[1;4mYou never listen" in out
    assert ", \033[1;4myou idiot\033[0m!" in out
    assert "[[" not in out


def test_overlapping_findings_are_marked_once(quickstart: ModuleType) -> None:
    """Findings of two categories over the same words make one marked span."""
    text = "I feel like you never listen."
    findings = ik.detect(text)
    # A faux feeling over the whole clause, an absolute over its end.
    assert {f.category for f in findings} == {ik.Category.FAUX_FEELING, ik.Category.ABSOLUTE}
    assert quickstart.mark_spans(text, findings) == "[[I feel like you never listen]]."
    assert quickstart.mark_spans("Thanks!", ()) == "Thanks!"
