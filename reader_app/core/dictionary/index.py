"""The dictionary index: CC-CEDICT, JMdict and JMnedict in one SQLite file, read with indexed queries.

The package ships the index gzip-compressed (tools/build_dictionary_index.py writes it from the packaged sources);
the first use unpacks it once into the cache folder, atomically, and later runs open that copy directly. gzip rather
than xz because the first run waits for the unpack and zlib inflates several times faster (docs/dictionary.md).
An unpacked copy of the wrong size, or one SQLite finds damaged, is unpacked again. Nothing is held in memory beyond
SQLite's page cache, and each thread gets its own read-only connection.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import struct
import tempfile
import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import TypeVar

from reader_app.core.app_paths import cache_dir

PACKAGED_NAME = "dictionary.sqlite3.gz"
REBUILT_NOTICE = "The dictionary's cached copy was damaged; it was unpacked again."
_PARENTHESES = re.compile(r"\([^)]*\)")
_MAX_PARAMETERS = 500
_READ_SIZE = 1 << 20
_log = logging.getLogger(__name__)
_T = TypeVar("_T")


def gloss_key(text: str) -> str:
    """How English senses are indexed and matched: lower case, no parentheses, no leading 'to ', 'a ', 'the '.
    (tools/build_dictionary_index.py indexes with the same rule.)"""
    key = _PARENTHESES.sub("", text).strip().lower()
    for article in ("to ", "a ", "an ", "the "):
        if key.startswith(article):
            key = key[len(article) :]
    return " ".join(key.split())


class DictionaryUnavailable(Exception):
    """The packaged index is missing or unreadable."""


def _packaged() -> Path:
    path = Path(str(resources.files("reader_app.core.dictionary") / "data" / PACKAGED_NAME))
    if not path.is_file():
        raise DictionaryUnavailable(f"the dictionary data is missing ({path})")
    return path


def _unpacked_path(packaged: Path) -> Path:
    stat = packaged.stat()
    stamp = hashlib.sha1(f"{stat.st_size}:{stat.st_mtime_ns}:{packaged}".encode()).hexdigest()[:12]
    return cache_dir() / f"dictionary-{stamp}.sqlite3"


def unpacked_size(packaged: Path) -> int:
    """The size the index has unpacked: gzip's trailer holds it (modulo 4 GiB, far above the index)."""
    with packaged.open("rb") as handle:
        handle.seek(-4, os.SEEK_END)
        size: int = struct.unpack("<I", handle.read(4))[0]
    return size


def _unpack(packaged: Path, target: Path) -> None:
    """Inflate `packaged` into `target` through a temporary file renamed into place: a crash or a full disk midway
    leaves no `target` at all. (No fsync: a copy cut short by a power cut has the wrong size, and a copy of the
    wrong size is unpacked again.)"""
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".dictionary-", dir=target.parent)
    try:
        inflater = zlib.decompressobj(wbits=31)  # gzip framing: zlib checks the trailer's CRC and length
        with os.fdopen(descriptor, "wb") as out, packaged.open("rb") as source:
            while chunk := source.read(_READ_SIZE):
                out.write(inflater.decompress(chunk))
            out.write(inflater.flush())
        if not inflater.eof:
            raise zlib.error("the packaged dictionary is cut short")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in target.parent.glob("dictionary-*.sqlite3"):
        if old != target:
            old.unlink(missing_ok=True)


class DictionaryIndex:
    """Read access to the index file; safe to use from any thread."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._given = path is not None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._generation = 0
        """Bumped when a damaged copy is thrown away, so that every thread reopens its connection."""
        self.notice = ""
        """One line for the reader when a damaged cached copy was unpacked again; empty otherwise."""

    def _usable(self) -> bool:
        # An unpacked copy can vanish (the cache folder emptied by hand or by a cleaner): unpack it again.
        return self._path is not None and (self._given or self._path.is_file())

    def path(self) -> Path:
        """The unpacked index, unpacking it on first use (once per installed version, and again if deleted or
        damaged)."""
        path = self._path
        if path is not None and (self._given or path.is_file()):
            return path
        with self._lock:
            if not self._usable():
                try:
                    packaged = _packaged()
                    target = _unpacked_path(packaged)
                    if target.is_file() and target.stat().st_size != unpacked_size(packaged):
                        self._note_damage(f"{target.name} has the wrong size")
                        target.unlink()
                    if not target.is_file():
                        _unpack(packaged, target)
                except (OSError, zlib.error) as error:
                    raise DictionaryUnavailable(f"the dictionary could not be prepared: {error}") from error
                self._path = target
            path = self._path
        assert path is not None
        return path

    def _note_damage(self, detail: str) -> None:
        self.notice = REBUILT_NOTICE
        _log.warning("dictionary cache damaged (%s); unpacking it again", detail)

    def _discard(self, broken: Path, error: sqlite3.Error) -> None:
        """Throw away a cached copy SQLite found damaged; the next use unpacks a fresh one."""
        with self._lock:
            if self._path == broken:  # else another thread discarded it already
                self._note_damage(" ".join(str(error).split()))
                broken.unlink(missing_ok=True)
                self._path = None
                self._generation += 1

    def _connection_to(self, path: Path) -> sqlite3.Connection:
        key = (path, self._generation)
        held: tuple[tuple[Path, int], sqlite3.Connection] | None = getattr(self._local, "connection", None)
        if held is not None and held[0] == key:
            return held[1]
        if held is not None:
            held[1].close()
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._local.connection = (key, connection)
        connection.execute("SELECT 1 FROM entry LIMIT 1")
        return connection

    def _read(self, query: Callable[[sqlite3.Connection], _T]) -> _T:
        """`query` on this thread's connection; a cached copy SQLite finds damaged is unpacked again, once."""
        for attempt in (1, 2):
            path = self.path()
            try:
                return query(self._connection_to(path))
            except sqlite3.Error as error:
                if self._given or attempt == 2 or not _is_damage(error):
                    raise DictionaryUnavailable(f"the dictionary could not be opened: {error}") from error
                self._discard(path, error)
        raise AssertionError("unreachable")

    def warm_up(self) -> None:
        """Unpack and open the index now (called off the UI thread after start-up)."""
        from reader_app.core.search_text import normalise_for_search

        # OpenCC loads on its own thread while the index unpacks: inflating and writing release the GIL.
        opencc = threading.Thread(target=normalise_for_search, args=("測",), name="opencc-warm-up", daemon=True)
        opencc.start()
        try:
            self.entries_for_forms(["的"], "zh")
        finally:
            opencc.join()
        normalise_for_search("測")

    def meta(self) -> dict[str, str]:
        rows = self._read(lambda c: c.execute("SELECT key, value FROM meta").fetchall())
        return {str(k): str(v) for k, v in rows}

    def entries_for_forms(self, forms: Iterable[str], lang: str) -> list[tuple[str, int, str, int, str]]:
        """(form, entry id, source, rank, body JSON) for every headword in `forms` of language `lang`."""
        unique = [f for f in dict.fromkeys(forms) if f]

        def query(connection: sqlite3.Connection) -> list[tuple[str, int, str, int, str]]:
            rows: list[tuple[str, int, str, int, str]] = []
            for start in range(0, len(unique), _MAX_PARAMETERS):
                chunk = unique[start : start + _MAX_PARAMETERS]
                marks = ",".join("?" * len(chunk))
                rows.extend(
                    connection.execute(
                        "SELECT h.form, e.id, e.source, e.rank, e.body FROM headword h JOIN entry e "
                        f"ON e.id = h.entry_id WHERE h.form IN ({marks}) AND h.lang = ? ORDER BY e.rank, e.id",
                        (*chunk, lang),
                    )
                )
            return rows

        return self._read(query)

    def entries_for_gloss(self, key: str, langs: Sequence[str], limit: int) -> list[tuple[str, int, str, int, str]]:
        """Entries whose English sense is `key` exactly, then those whose sense starts with `key` and a space."""
        marks = ",".join("?" * len(langs))

        def query(connection: sqlite3.Connection) -> list[tuple[str, int, str, int, str]]:
            exact: list[tuple[str, int, str, int, str]] = connection.execute(
                "SELECT g.lang, e.id, e.source, e.rank, e.body FROM gloss g JOIN entry e ON e.id = g.entry_id "
                f"WHERE g.key = ? AND g.lang IN ({marks}) ORDER BY e.rank, e.id LIMIT ?",
                (key, *langs, limit),
            ).fetchall()
            if len(exact) >= limit:
                return exact
            prefix = connection.execute(
                "SELECT g.lang, e.id, e.source, e.rank, e.body FROM gloss g JOIN entry e ON e.id = g.entry_id "
                f"WHERE g.key > ? AND g.key < ? AND g.lang IN ({marks}) ORDER BY e.rank, length(g.key), e.id LIMIT ?",
                (key + " ", key + " \uffff", *langs, limit - len(exact)),
            ).fetchall()
            seen = {row[1] for row in exact}
            return exact + [row for row in prefix if row[1] not in seen]

        return self._read(query)


def _is_damage(error: sqlite3.Error) -> bool:
    """A damaged file, as opposed to the environment (permissions, a missing folder) getting in the way."""
    if not isinstance(error, sqlite3.OperationalError):
        return isinstance(error, sqlite3.DatabaseError)
    lowered = str(error).lower()
    return "malformed" in lowered or "no such table" in lowered or "corrupt" in lowered
