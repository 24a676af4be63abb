"""The example notebooks run top to bottom without errors, and are committed without outputs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "examples" / "notebooks"
NAMES = ("tour", "conversation")
_TIMEOUT_SECONDS = 180


@pytest.fixture(scope="module")
def kernel_name(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The name of a kernel that runs this very interpreter, where intimacy_kit is installed.

    A kernelspec named ``python3`` in a user's own Jupyter folder may point at another
    Python; one written here and put first on ``JUPYTER_PATH`` wins over it, and works in a
    fresh virtual environment whether or not ipykernel installed its own kernelspec.
    """
    folder = tmp_path_factory.mktemp("jupyter")
    spec = folder / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (intimacy_kit tests)",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(folder))
        # Opt in to the platform folders now, rather than be warned about the change.
        patch.setenv("JUPYTER_PLATFORM_DIRS", "1")
        yield "python3"


@pytest.mark.parametrize("name", NAMES)
def test_the_notebook_runs_without_errors(name: str, kernel_name: str) -> None:
    """Every cell of the notebook runs in a fresh kernel without raising."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=kernel_name,
        timeout=_TIMEOUT_SECONDS,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError naming the cell on any error

    outputs = [output for cell in notebook.cells for output in cell.get("outputs", [])]
    assert not [output for output in outputs if output.output_type == "error"]
    html = [output.data["text/html"] for output in outputs if "text/html" in output.get("data", {})]
    # The library's values display as HTML, with the flagged words highlighted.
    assert any("<mark" in fragment for fragment in html)
    assert not any("<script>" in fragment for fragment in html), "user text must be escaped"


@pytest.mark.parametrize("name", NAMES)
def test_the_committed_notebook_has_no_outputs(name: str) -> None:
    """Notebooks are stored stripped: no outputs and no execution counts, so diffs stay small."""
    notebook = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))
    code_cells = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code_cells
    for cell in code_cells:
        assert cell["outputs"] == [], cell["source"]
        assert cell["execution_count"] is None, cell["source"]
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"


def test_the_notebooks_are_valid_and_do_not_read_project_data() -> None:
    """Both notebooks are valid nbformat 4 and build their examples themselves (no file reads)."""
    nbformat = pytest.importorskip("nbformat")
    for name in NAMES:
        notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
        nbformat.validate(notebook)
        source = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
        for forbidden in ("open(", "read_text", "shared/", "jsonl", "Path("):
            assert forbidden not in source, f"{name}.ipynb uses {forbidden!r}"
