"""Sphinx configuration. Pages generated from the library's data are written at build time."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _generate  # noqa: E402  (needs the path above)

from intimacy_kit import __version__  # noqa: E402

_generate.write_generated_pages(HERE / "generated")

project = "intimacy_kit"
author = "The intimacy_kit team"
copyright = "2026, The intimacy_kit team"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
nitpicky = False
html_theme = "alabaster"
html_static_path: list[str] = []
