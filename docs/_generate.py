"""Write the documentation pages that are generated from the library's own data.

Called from ``conf.py`` at every build, so the rule tables, the taxonomy and the
catalogue in the docs can never drift from the code.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

PAGES: dict[str, Callable[[], str] | str] = {}
"""Generated pages by path under ``docs/generated/``: a renderer or the page's text."""


def _register_optional() -> None:
    """Add the generators of the parts of the library that are present."""
    try:
        import _gen_catalogue
    except ImportError:  # the catalogue is not part of this build
        pass
    else:
        PAGES["taxonomy.md"] = _gen_catalogue.taxonomy_markdown
        PAGES["catalogue.md"] = _gen_catalogue.catalogue_markdown
    try:
        import _gen_cli
    except ImportError:  # the command line is not part of this build
        pass
    else:
        PAGES["cli.md"] = _gen_cli.cli_markdown
    try:
        import _gen_rules
    except ImportError:  # the detector rules are not part of this build
        pass
    else:
        PAGES.update(_gen_rules.pages())


def write_generated_pages(folder: Path) -> None:
    """Write every generated page into ``folder``, rewriting only pages that changed."""
    _register_optional()
    folder.mkdir(parents=True, exist_ok=True)
    for name, render in PAGES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)  # e.g. generated/rules/
        content = render if isinstance(render, str) else render()
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")


def copy_notebooks(source: Path, folder: Path) -> None:
    """Copy the example notebooks into the docs, where the build runs and renders them.

    Sphinx only reads files under ``docs/``; the notebooks stay in ``examples/`` (and
    are committed there without outputs), so a copy is made at every build.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for notebook in sorted(source.glob("*.ipynb")):
        target = folder / notebook.name
        if not target.exists() or target.read_bytes() != notebook.read_bytes():
            shutil.copyfile(notebook, target)
