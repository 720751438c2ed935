"""A model install killed at any moment leaves a complete, usable model of the pair (short seeded run; the long run
is benchmarks/package_kills.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import package_kills  # noqa: E402

KILLS = 20


@pytest.mark.slow
def test_killed_installs_always_leave_a_usable_model(argos_packages_dir: Path, tmp_path: Path) -> None:
    versions = package_kills.build_versions(tmp_path)
    report = package_kills.kill_installs(argos_packages_dir, versions, kills=KILLS, seed=7, max_delay=0.3)
    assert report.failures == []
    assert report.kills == KILLS
    assert sum(report.versions_seen.values()) == KILLS
