"""The user guide's examples are real: every ``>>>`` line gives the output the page shows.

This covers every page of ``docs/guide/`` with examples, the detector and rewriter
guides included.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"

# Each page with the fewest examples it is known to have, so that a page whose examples
# were lost (a broken code fence, say) fails instead of passing with nothing checked.
PAGES = {
    "getting-started": 10,
    "detector": 30,
    "rewriter": 30,
    "analysis": 25,
    "taxonomy": 15,
    "exercises": 15,
    "customising": 30,
    "notebooks": 10,
    "errors": 12,
    "scale-out": 12,
    "json": 10,
    "limits-and-ethics": 6,
    "learned": 12,
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_guide_page_examples_run(page: str) -> None:
    """Every ``>>>`` example in ``docs/guide/<page>.md`` gives the output it shows."""
    result = doctest.testfile(
        str(GUIDE / f"{page}.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        raise_on_error=False,
        verbose=False,
    )
    assert result.attempted >= PAGES[page]
    assert result.failed == 0, "see the doctest report above"


def test_every_guide_page_is_checked_and_in_the_table_of_contents() -> None:
    """Each page of the guide is checked here, by its own module or generated, and is listed."""
    # The command line's examples are shell sessions; tests/test_cli.py runs the same
    # commands.
    checked_elsewhere = {"cli"}
    generated = {"evaluation"}  # figures written by ``python -m evaluation.detector --md``
    pages = {path.stem for path in GUIDE.glob("*.md")}
    assert pages == set(PAGES) | checked_elsewhere | generated
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^guide/([\w-]+)$", index, flags=re.M))
    assert pages == listed


def test_the_guide_links_point_to_existing_pages() -> None:
    """``{doc}`` links between guide pages name pages that exist."""
    pages = {path.stem for path in GUIDE.glob("*.md")}
    for path in GUIDE.glob("*.md"):
        for target in re.findall(r"\{doc\}`([^`<]+)`", path.read_text(encoding="utf-8")):
            assert target in pages, f"{path.name} links to missing page {target!r}"


def test_the_ethics_page_points_to_help() -> None:
    """The limits page tells a reader at risk where to turn, and says there is no I/O."""
    page = (GUIDE / "limits-and-ethics.md").read_text(encoding="utf-8")
    text = " ".join(page.replace("**", "").split())
    for phrase in (
        "local emergency",
        "domestic-abuse helpline",
        "not a substitute for therapy",
        "not a tool for diagnosing abuse",
        "English only",
        "no I/O",
    ):
        assert phrase in text
