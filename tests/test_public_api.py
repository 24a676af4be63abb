"""The public surface of the package is explicit, pinned and cheap to import."""

from __future__ import annotations

import subprocess
import sys

import intimacy_kit

EXPECTED_PUBLIC_NAMES = {
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


def test_every_public_name_is_importable_and_documented() -> None:
    """Every exported name exists and carries a docstring (except the version string)."""
    for name in intimacy_kit.__all__:
        value = getattr(intimacy_kit, name)
        if name != "__version__":
            assert (value.__doc__ or "").strip(), name


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
