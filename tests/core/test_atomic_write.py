"""Atomic replacement: SIGKILL at random moments during large writes never leaves a torn file."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader_app.core.atomic_write import (
    atomic_write_bytes,
    atomic_write_text,
    leftover_temp_files,
    remove_stale_temp_files,
)

_SIZE = 4 * 1024 * 1024

# The child rewrites the file forever, alternating two large versions; each version is a repeated marker line so
# a torn file (mixed or truncated) is easy to recognise.
_WRITER = """
import sys
from pathlib import Path
target, mode, size = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
versions = [(f"version {n:02d} " * 8 + "\\n").encode() for n in range(2)]
versions = [(v * (size // len(v) + 1))[:size] for v in versions]
if mode == "atomic":
    from reader_app.core.atomic_write import atomic_write_bytes as write
else:
    def write(path, data):
        with open(path, "wb") as handle:
            handle.write(data)
print("ready", flush=True)
n = 0
while True:
    write(target, versions[n % 2])
    n += 1
"""


def _contents(size: int) -> list[bytes]:
    lines = [f"version {n:02d} " * 8 + "\n" for n in range(2)]
    return [(line * (size // len(line) + 1))[:size].encode() for line in lines]


def _versions(size: int) -> set[str]:
    return {hashlib.sha256(content).hexdigest() for content in _contents(size)}


def _kill_during_writes(target: Path, mode: str, rng: random.Random) -> str:
    """Start a writer, kill it at a random moment, return the sha256 of what is left on disk."""
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target), mode, str(_SIZE)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    time.sleep(rng.uniform(0.0, 0.08))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    return hashlib.sha256(target.read_bytes()).hexdigest()


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    atomic_write_text(target, "first 微信")
    atomic_write_text(target, "second 微信")
    assert target.read_text(encoding="utf-8") == "second 微信"
    assert leftover_temp_files(target) == []


def test_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("old")
    target.chmod(0o600)
    atomic_write_bytes(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o600


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.txt"
    target.write_text("old")

    def disk_error(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_error)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert leftover_temp_files(target) == []


def test_stale_temp_files_are_cleaned_but_fresh_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    old = tmp_path / ".file.json.abc123.partial"
    fresh = tmp_path / ".file.json.def456.partial"
    old.write_text("left by a killed writer")
    fresh.write_text("a writer may still be busy with this")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert leftover_temp_files(target) == [old, fresh]
    assert remove_stale_temp_files(target) == 1
    assert leftover_temp_files(target) == [fresh]


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_old_or_new_complete_file(tmp_path: Path) -> None:
    rng = random.Random(20260514)
    target = tmp_path / "big.txt"
    target.write_bytes(_contents(_SIZE)[1])  # the "old" version, there before the first kill
    allowed = _versions(_SIZE)
    interrupted = 0
    for _ in range(50):
        digest = _kill_during_writes(target, "atomic", rng)
        assert digest in allowed, "a kill left a torn file"
        leftovers = leftover_temp_files(target)
        interrupted += bool(leftovers)
        for leftover in leftovers:
            leftover.unlink()
    # The kills really landed in the middle of writes (a killed writer leaves its temporary file behind).
    assert interrupted >= 10


@pytest.mark.slow
def test_the_same_kills_do_tear_a_plain_write(tmp_path: Path) -> None:
    """Control: the harness can detect a torn file, so the test above can fail."""
    rng = random.Random(7)
    target = tmp_path / "big.txt"
    target.write_bytes(_contents(_SIZE)[1])
    allowed = _versions(_SIZE)
    torn = any(_kill_during_writes(target, "plain", rng) not in allowed for _ in range(30))
    assert torn
