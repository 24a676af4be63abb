"""Test configuration shared by the whole suite."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# The machines that run the suite are shared and noisy: a wall-clock deadline per example
# would make property tests flaky without telling us anything about correctness. Speed is
# measured in benchmarks/ as ratios instead.
settings.register_profile(
    "default",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# CI runs the same examples every time so that a red run can be reproduced locally.
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")
