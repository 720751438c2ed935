"""Sentence cache: memory plus SQLite under the app's cache folder, keyed by package, decoding and exact sentence."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader_app.core import app_paths

MEMORY_ENTRIES = 20_000
DISK_ENTRIES = 200_000
"""About 60 MB of sentences (some thousands of articles); the oldest entries go first beyond that."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sentences (
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    stamp INTEGER NOT NULL,
    PRIMARY KEY (model, source)
) WITHOUT ROWID
"""
_COLUMNS = {"model", "source", "target", "stamp"}


def default_cache_path() -> Path:
    return app_paths.cache_dir() / "translations.sqlite3"


class SentenceCache:
    """Translated sentences per model key; safe to use from several threads; losing the file loses nothing."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        memory_entries: int = MEMORY_ENTRIES,
        disk_entries: int = DISK_ENTRIES,
        persist: bool = True,
    ) -> None:
        self._path = (path or default_cache_path()) if persist else None
        self._memory: OrderedDict[tuple[str, str], str] = OrderedDict()
        self._memory_entries = memory_entries
        self._disk_entries = disk_entries
        self._stamp = 0
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._db_failed = False
        self.hits = 0
        self.misses = 0

    @classmethod
    def in_memory(cls) -> SentenceCache:
        return cls(persist=False)

    @property
    def path(self) -> Path | None:
        return self._path

    def _connection(self) -> sqlite3.Connection | None:
        """The database, opened on first use; a broken or unwritable cache degrades to memory only."""
        if self._db is not None or self._db_failed or self._path is None:
            return self._db
        db: sqlite3.Connection | None = None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self._path, check_same_thread=False, timeout=5.0)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            columns = {row[1] for row in db.execute("PRAGMA table_info(sentences)")}
            if columns and columns != _COLUMNS:
                db.execute("DROP TABLE sentences")  # an older layout: it is only a cache
            db.execute(_SCHEMA)
            db.commit()
            self._stamp = db.execute("SELECT COALESCE(MAX(stamp), 0) FROM sentences").fetchone()[0]
        except (sqlite3.Error, OSError):
            if db is not None:
                db.close()
            self._db_failed = True
            return None
        self._db = db
        return db

    def _remember(self, key: tuple[str, str], target: str) -> None:
        self._memory[key] = target
        self._memory.move_to_end(key)
        while len(self._memory) > self._memory_entries:
            self._memory.popitem(last=False)

    def get_many(self, model: str, sources: Iterable[str]) -> dict[str, str]:
        """Cached targets for those of `sources` that have one."""
        found: dict[str, str] = {}
        missing: list[str] = []
        unique = list(dict.fromkeys(sources))
        with self._lock:
            for source in unique:
                target = self._memory.get((model, source))
                if target is None:
                    missing.append(source)
                else:
                    self._memory.move_to_end((model, source))
                    found[source] = target
            db = self._connection()
            if db is not None and missing:
                try:
                    for start in range(0, len(missing), 500):
                        chunk = missing[start : start + 500]
                        marks = ",".join("?" * len(chunk))
                        rows = db.execute(
                            f"SELECT source, target FROM sentences WHERE model = ? AND source IN ({marks})",
                            (model, *chunk),
                        ).fetchall()
                        for source, target in rows:
                            found[source] = target
                            self._remember((model, source), target)
                except sqlite3.Error:
                    pass
            self.hits += len(found)
            self.misses += len(unique) - len(found)
        return found

    def get(self, model: str, source: str) -> str | None:
        return self.get_many(model, [source]).get(source)

    def put_many(self, model: str, pairs: Mapping[str, str]) -> None:
        with self._lock:
            for source, target in pairs.items():
                self._remember((model, source), target)
            db = self._connection()
            if db is None or not pairs:
                return
            self._stamp += 1
            try:
                with db:
                    db.executemany(
                        "INSERT OR REPLACE INTO sentences (model, source, target, stamp) VALUES (?, ?, ?, ?)",
                        [(model, source, target, self._stamp) for source, target in pairs.items()],
                    )
                    self._prune(db)
            except sqlite3.Error:
                pass

    def _prune(self, db: sqlite3.Connection) -> None:
        """Drop the oldest entries beyond the disk limit (entries written together share a stamp)."""
        excess = db.execute("SELECT COUNT(*) FROM sentences").fetchone()[0] - self._disk_entries
        if excess > 0:
            db.execute(
                "DELETE FROM sentences WHERE (model, source) IN "
                "(SELECT model, source FROM sentences ORDER BY stamp LIMIT ?)",
                (excess,),
            )

    def clear(self) -> None:
        with self._lock:
            self._memory.clear()
            db = self._connection()
            if db is not None:
                try:
                    with db:
                        db.execute("DELETE FROM sentences")
                except sqlite3.Error:
                    pass

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
