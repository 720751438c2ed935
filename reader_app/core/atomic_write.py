"""Replace a file all at once: a kill or power cut leaves either the old or the new complete file, never half."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

_TEMP_SUFFIX = ".partial"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in `path`'s folder, fsync it, rename it over `path`, fsync the folder."""
    folder = path.parent
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o644
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; some platforms (Windows) cannot open folders, which is fine there."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def leftover_temp_files(path: Path) -> list[Path]:
    """Temporary files a killed writer of `path` left behind (safe to delete when no writer is running)."""
    return sorted(path.parent.glob(f".{path.name}.*{_TEMP_SUFFIX}"))


def remove_stale_temp_files(path: Path, min_age_s: float = 3600.0) -> int:
    """Delete what killed writers of `path` left behind, if older than `min_age_s` (so never a live writer's)."""
    removed = 0
    now = time.time()
    for leftover in leftover_temp_files(path):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime >= min_age_s:
                leftover.unlink()
                removed += 1
    return removed
