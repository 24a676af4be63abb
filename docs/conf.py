"""Sphinx configuration. Pages generated from the library's data are written at build time."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _generate  # noqa: E402  (needs the path above)

import intimacy_kit  # noqa: E402
from intimacy_kit import __version__  # noqa: E402

_generate.write_generated_pages(HERE / "generated")
_generate.copy_notebooks(HERE.parent / "examples" / "notebooks", HERE / "generated" / "notebooks")

project = "intimacy_kit"
author = "The intimacy_kit team"
copyright = "2026, The intimacy_kit team"
release = __version__
version = __version__

extensions = [
    # MyST-NB reads the Markdown pages (it includes MyST-Parser) and the notebooks,
    # which it runs at build time so that the pages show their outputs.
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb", ".rst": "restructuredtext"}
nb_execution_mode = "force"  # the committed notebooks have no outputs: always run them
nb_execution_timeout = 300
nb_execution_raise_on_error = True  # a cell that fails breaks the build, as in the tests
nb_kernel_rgx_aliases = {".*": "python3"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
nitpicky = False
html_theme = "alabaster"
html_static_path = ["_static"]
html_css_files = ["intimacy-kit.css"]
# Wide enough for 78-character code lines beside the sidebar.
html_theme_options = {"page_width": "1120px"}


def _data_docstring(
    app: object, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Give a re-exported constant the docstring written under it in its own module.

    Autodoc looks for a constant's docstring in the module it is documented from, the
    package root, which only re-exports it; without this it would show the docstring
    of the value's type ("Built-in immutable sequence.").
    """
    from sphinx.pycode import ModuleAnalyzer  # only needed while building

    if what != "data" or not name.startswith("intimacy_kit."):
        return
    short = name.rsplit(".", 1)[1]
    # The module the package root loads it from, then any module of the package that
    # holds the same value (the one that module imported it from, say).
    first = getattr(intimacy_kit, "_LAZY", {}).get(short)
    others = sorted(m for m in sys.modules if m.startswith("intimacy_kit."))
    for module in [first, *others] if first else others:
        if getattr(sys.modules.get(module), short, None) is not obj:
            continue
        found = ModuleAnalyzer.for_module(module).find_attr_docs().get(("", short))
        if found:
            lines[:] = list(found)
            return


def setup(app: object) -> None:
    """Connect the docstring fix above."""
    app.connect("autodoc-process-docstring", _data_docstring)  # type: ignore[attr-defined]
