"""Replace a file all at once: a kill or power cut leaves either the old or the new complete file, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import tempfile
import time
from pathlib import Path

_TEMP_SUFFIX = ".partial"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in `path`'s folder, fsync it, rename it over `path`, fsync the folder.

    Where the system allows it (Linux), the temporary file has no name until its data are complete, so a writer
    killed while writing leaves nothing behind; what a killed writer did leave is removed by the next write."""
    folder = path.parent
    try:
        status = path.lstat()
    except FileNotFoundError:
        mode = 0o644
    else:
        _refuse_special(path, status.st_mode)
        mode = stat.S_IMODE(status.st_mode)
    remove_dead_writers_temp_files(path)
    temp_name = _write_unnamed(folder, path.name, data, mode)
    if temp_name is None:
        temp_name = _write_named(folder, path.name, data, mode)
    try:
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


class NotARegularFileError(OSError):
    """The target exists and is not a plain file; replacing it would silently swap a pipe, device or link for a
    file (and a symbolic link's target would be left as it was while the link vanished)."""


_SPECIAL_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _refuse_special(path: Path, mode: int) -> None:
    for test, kind in _SPECIAL_KINDS:
        if test(mode):
            reason = f"it is {kind}, not a regular file; choose another name"
            raise NotARegularFileError(errno.EEXIST, reason, str(path))


def _temp_path(folder: Path, name: str) -> str:
    return str(folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}{_TEMP_SUFFIX}")


def _write_unnamed(folder: Path, name: str, data: bytes, mode: int) -> str | None:
    """Write an O_TMPFILE file and give it a temporary name only once it is complete; None when unsupported."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not Path("/proc/self/fd").is_dir():
        return None
    try:
        descriptor = os.open(folder, flag | os.O_WRONLY, mode)
    except OSError:
        return None  # the file system has no unnamed files; write a named one
    temp_name = _temp_path(folder, name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), mode)
            _link(handle.fileno(), folder, temp_name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return temp_name


def _link(descriptor: int, folder: Path, temp_name: str) -> None:
    """linkat(…, AT_SYMLINK_FOLLOW) through /proc; Python uses plain link() unless a dir_fd is given."""
    folder_descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{descriptor}", temp_name, src_dir_fd=folder_descriptor, follow_symlinks=True)
    finally:
        os.close(folder_descriptor)


def _write_named(folder: Path, name: str, data: bytes, mode: int) -> str:
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=_TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return temp_name


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


def _writer_pid(leftover: Path, name: str) -> int | None:
    """The process id a temporary file's name carries (`.NAME.PID.XXXX.partial`), if it has one."""
    middle = leftover.name[len(name) + 2 : -len(_TEMP_SUFFIX)]
    pid_text = middle.split(".", 1)[0]
    return int(pid_text) if pid_text.isdigit() else None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def remove_dead_writers_temp_files(path: Path) -> int:
    """Delete temporary files of `path` whose writer process is gone (so never a live writer's); older files
    without a process id in their name go by age (`remove_stale_temp_files`)."""
    removed = 0
    for leftover in leftover_temp_files(path):
        pid = _writer_pid(leftover, path.name)
        if pid is not None and not _alive(pid):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed + remove_stale_temp_files(path)


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
