"""The public surface of the package is explicit, pinned and cheap to import."""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import subprocess
import sys

import intimacy_kit

EXPECTED_PUBLIC_NAMES = {
    "CONFIDENCE_THRESHOLD",
    "StyleName",
    "Findings",
    "rewrite",
    "Style",
    "RewriteParts",
    "Rewrite",
    "Edit",
    "STYLES",
    "analyze_conversation",
    "analyze",
    "analyze_many",
    "rewrite_many",
    "to_records",
    "Turn",
    "SpeakerSummary",
    "Evidence",
    "ConversationAnalysis",
    "BarrierSignal",
    "Analysis",
    "BARRIERS",
    "DEFAULT_RULES",
    "EXERCISES",
    "Barrier",
    "BarrierKind",
    "Category",
    "Difficulty",
    "Exercise",
    "Finding",
    "Hedge",
    "PlanDay",
    "PlanItem",
    "PracticePlan",
    "Rule",
    "RuleError",
    "RuleSet",
    "Severity",
    "Source",
    "Who",
    "__version__",
    "barriers",
    "detect",
    "detect_many",
    "exercises",
    "exercises_for",
    "get_barrier",
    "get_exercise",
    "practice_plan",
}


def test_all_is_pinned() -> None:
    """``__all__`` lists exactly the documented public names; changing it is deliberate."""
    assert set(intimacy_kit.__all__) == EXPECTED_PUBLIC_NAMES
    assert len(intimacy_kit.__all__) == len(set(intimacy_kit.__all__))


def _attribute_docstring(module_name: str, name: str) -> str:
    """The string literal right after ``name = …`` at the top level of a module, or "".

    A name the module imports is looked up in the module it comes from.
    """
    source = inspect.getsource(importlib.import_module(module_name))
    body = ast.parse(source).body
    for statement in body:
        imported = isinstance(statement, ast.ImportFrom) and any(
            alias.name == name and alias.asname is None for alias in statement.names
        )
        if imported and isinstance(statement, ast.ImportFrom) and statement.module:
            return _attribute_docstring(statement.module, name)
    for statement, following in itertools.pairwise(body):
        if isinstance(statement, ast.Assign):
            targets = statement.targets
        elif isinstance(statement, ast.AnnAssign):
            targets = [statement.target]
        else:
            continue
        named = any(isinstance(t, ast.Name) and t.id == name for t in targets)
        if named and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
            return str(following.value.value)
    return ""


def test_every_public_name_is_importable_and_documented() -> None:
    """Every exported name exists and carries a docstring (except the version string).

    Classes and functions carry their own; constants and type aliases have one written
    under their assignment in the module that defines them.
    """
    for name in intimacy_kit.__all__:
        value = getattr(intimacy_kit, name)
        if name == "__version__":
            continue
        if inspect.isclass(value) or inspect.isfunction(value):
            assert (value.__doc__ or "").strip(), name
        else:
            module = intimacy_kit._LAZY.get(name, "intimacy_kit._model")
            assert _attribute_docstring(module, name).strip(), name


def test_import_does_not_load_nltk() -> None:
    """``import intimacy_kit`` stays cheap: nltk is imported only when first used."""
    code = "import sys, intimacy_kit; print('nltk' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_version_is_written_once() -> None:
    """The version comes from ``_version.py`` and is a dotted release string."""
    from intimacy_kit._version import __version__

    assert intimacy_kit.__version__ == __version__
    assert all(part.isdigit() for part in __version__.split("."))
