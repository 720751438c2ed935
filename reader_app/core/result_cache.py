"""Results of long work kept on disk under a key of their inputs and of the code that made them, so opening a big
document again does not redo minutes of extraction."""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import zlib
from functools import lru_cache
from pathlib import Path

from reader_app.core.atomic_write import atomic_write_bytes

MAGIC = b"reader-app result cache 1\n"
KEPT_ENTRIES = 3
KEPT_BYTES = 400_000_000
"""The folder is trimmed to this many entries and bytes, oldest first: a cache must not grow without end."""
SUFFIX = ".cache"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the app's core code and language data: a result made by other rules is never served."""
    import reader_app.resources

    core = Path(__file__).resolve().parent
    files = sorted(core.rglob("*.py"))
    for folder in getattr(reader_app.resources, "__path__", ()):
        files += sorted(Path(folder, "facts").glob("*"))
    digest = hashlib.sha256()
    for path in files:
        with contextlib.suppress(OSError):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(*inputs: object) -> str:
    """The key of a result computed from `inputs` (anything picklable) by today's code."""
    digest = hashlib.sha256(code_version().encode())
    digest.update(pickle.dumps(inputs, protocol=pickle.HIGHEST_PROTOCOL))
    return digest.hexdigest()


class ResultCache:
    """Pickled results in one folder, one file per key. Every failure to read or write is a miss: the work is
    simply done again, and an unreadable entry is removed."""

    def __init__(self, folder: Path, *, kept_entries: int = KEPT_ENTRIES, kept_bytes: int = KEPT_BYTES) -> None:
        self.folder = folder
        self.kept_entries = kept_entries
        self.kept_bytes = kept_bytes

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def load(self, key: str) -> object | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            if not data.startswith(MAGIC):
                raise ValueError("not a cache entry")
            value: object = pickle.loads(zlib.decompress(data[len(MAGIC) :]))
        except Exception:
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            path.touch()  # recently used: trimmed last
        return value

    def save(self, key: str, value: object) -> None:
        try:
            data = MAGIC + zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
            if len(data) > self.kept_bytes:
                return
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path(key), data)
            self._trim()
        except (OSError, pickle.PicklingError):
            return

    def keys(self) -> list[str]:
        """Keys held, newest first."""
        return [path.name.removesuffix(SUFFIX) for path in self._entries()]

    def _entries(self) -> list[Path]:
        found: list[tuple[float, Path]] = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            with contextlib.suppress(OSError):
                found.append((path.stat().st_mtime, path))
        return [path for _time, path in sorted(found, reverse=True)]

    def _trim(self) -> None:
        total = 0
        for index, path in enumerate(self._entries()):
            try:
                total += path.stat().st_size
                if index >= self.kept_entries or total > self.kept_bytes:
                    path.unlink()
            except OSError:
                continue
