"""Kills during saves and library writes: 20 seeded SIGKILLs of a child that saves over and over; afterwards the
saved file loads, the library passes its integrity check, and neither holds less than the child reported saved.
`benchmarks/fuzz_long.py --kills 200` runs the long version."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import fuzz_long  # noqa: E402


@pytest.mark.slow
def test_twenty_kills_during_saves_lose_and_corrupt_nothing() -> None:
    report = fuzz_long.kills(20, seed=20261207)
    assert report["problems"] == [] and report["lost_or_corrupt"] == 0
    assert report["saves_reported"] > 0  # the kills landed while the child was saving


def test_the_check_notices_a_lost_save(tmp_path: Path) -> None:
    """Control: a library holding less than the child reported is counted as a loss."""
    from reader_app.core import saved_file
    from reader_app.core.library import Library

    fuzz_long.prepare_kills(tmp_path)
    document, base = saved_file.load(tmp_path / "seed.json")
    state = base.with_summary_edit("edit 5").with_summary_length(5)
    saved_file.save(tmp_path / "work.json", state, document)
    library = Library(tmp_path / "library.sqlite3")
    library.save_state(state, document)
    library.close()
    assert fuzz_long.check_after_kill(tmp_path, 5)[1] is None
    assert "lost" in (fuzz_long.check_after_kill(tmp_path, 6)[1] or "")
