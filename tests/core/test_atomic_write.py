"""Atomic replacement: SIGKILL at random moments during large writes never leaves a torn file."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader_app.core.atomic_write import (
    atomic_write_bytes,
    atomic_write_text,
    leftover_temp_files,
    remove_dead_writers_temp_files,
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
    seen = set()
    for _ in range(50):
        digest = _kill_during_writes(target, "atomic", rng)
        assert digest in allowed, "a kill left a torn file"
        seen.add(digest)
        # A killed writer leaves no temporary file, or (killed between naming it and the rename) one that the
        # next write removes because its process is gone.
        remove_dead_writers_temp_files(target)
        assert leftover_temp_files(target) == []
    assert seen == allowed  # the kills landed at different moments, between writes of both versions


@pytest.mark.slow
def test_the_same_kills_do_tear_a_plain_write(tmp_path: Path) -> None:
    """Control: the harness can detect a torn file, so the test above can fail."""
    rng = random.Random(7)
    target = tmp_path / "big.txt"
    target.write_bytes(_contents(_SIZE)[1])
    allowed = _versions(_SIZE)
    torn = any(_kill_during_writes(target, "plain", rng) not in allowed for _ in range(30))
    assert torn


def test_a_killed_writers_named_leftover_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "file.md"
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(child.stdout)  # a process that has ended
    leftover = tmp_path / f".file.md.{dead}.abcd1234.partial"
    leftover.write_text("half an export")
    live = tmp_path / f".file.md.{os.getpid()}.ffff0000.partial"
    live.write_text("a writer in this very process")
    atomic_write_text(target, "complete")
    assert leftover_temp_files(target) == [live]
    assert target.read_text() == "complete"


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
def test_a_pipe_device_or_link_is_not_replaced(kind: str, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    real = tmp_path / "real.md"
    real.write_text("the link's target")
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        target.symlink_to(real)
    else:
        target = Path("/dev/null")
    with pytest.raises(OSError, match="not a regular file"):
        atomic_write_text(target, "export")
    if kind == "fifo":
        assert stat.S_ISFIFO(target.lstat().st_mode)
    elif kind == "symlink":
        assert target.is_symlink() and real.read_text() == "the link's target"
    else:
        assert stat.S_ISCHR(target.stat().st_mode)
    assert leftover_temp_files(target) == []
