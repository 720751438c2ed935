"""The dictionary index: CC-CEDICT, JMdict and JMnedict in one SQLite file, read with indexed queries.

The package ships the index xz-compressed (tools/build_dictionary_index.py makes it from the packaged sources);
the first use unpacks it once into the cache folder, atomically, and later runs open that copy directly. Nothing
is held in memory beyond SQLite's page cache, and each thread gets its own read-only connection.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from reader_app.core.app_paths import cache_dir

PACKAGED_NAME = "dictionary.sqlite3.xz"
_PARENTHESES = re.compile(r"\([^)]*\)")
_MAX_PARAMETERS = 500


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


def _unpack(packaged: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".dictionary-", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as out, lzma.open(packaged) as source:
            shutil.copyfileobj(source, out, 1 << 20)
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

    def _usable(self) -> bool:
        # An unpacked copy can vanish (the cache folder emptied by hand or by a cleaner): unpack it again.
        return self._path is not None and (self._given or self._path.is_file())

    def path(self) -> Path:
        """The unpacked index, unpacking it on first use (once per installed version, and again if deleted)."""
        if self._usable():
            assert self._path is not None
            return self._path
        with self._lock:
            if not self._usable():
                try:
                    packaged = _packaged()
                    target = _unpacked_path(packaged)
                    if not target.is_file():
                        _unpack(packaged, target)
                except (OSError, lzma.LZMAError) as error:
                    raise DictionaryUnavailable(f"the dictionary could not be prepared: {error}") from error
                self._path = target
        assert self._path is not None
        return self._path

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            try:
                uri = f"file:{self.path()}?mode=ro&immutable=1"
                connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
                connection.execute("SELECT 1 FROM entry LIMIT 1")
            except sqlite3.Error as error:
                raise DictionaryUnavailable(f"the dictionary could not be opened: {error}") from error
            self._local.connection = connection
        return connection

    def warm_up(self) -> None:
        """Unpack and open the index now (called off the UI thread after start-up)."""
        from reader_app.core.search_text import normalise_for_search

        self._connection()
        self.entries_for_forms(["的"], "zh")
        normalise_for_search("測")

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._connection().execute("SELECT key, value FROM meta")}

    def entries_for_forms(self, forms: Iterable[str], lang: str) -> list[tuple[str, int, str, int, str]]:
        """(form, entry id, source, rank, body JSON) for every headword in `forms` of language `lang`."""
        unique = [f for f in dict.fromkeys(forms) if f]
        rows: list[tuple[str, int, str, int, str]] = []
        connection = self._connection()
        for start in range(0, len(unique), _MAX_PARAMETERS):
            chunk = unique[start : start + _MAX_PARAMETERS]
            marks = ",".join("?" * len(chunk))
            rows.extend(
                connection.execute(
                    "SELECT h.form, e.id, e.source, e.rank, e.body FROM headword h JOIN entry e ON e.id = h.entry_id "
                    f"WHERE h.form IN ({marks}) AND h.lang = ? ORDER BY e.rank, e.id",
                    (*chunk, lang),
                )
            )
        return rows

    def entries_for_gloss(self, key: str, langs: Sequence[str], limit: int) -> list[tuple[str, int, str, int, str]]:
        """Entries whose English sense is `key` exactly, then those whose sense starts with `key` and a space."""
        connection = self._connection()
        marks = ",".join("?" * len(langs))
        exact = connection.execute(
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
