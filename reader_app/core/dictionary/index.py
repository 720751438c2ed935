"""The dictionary index: CC-CEDICT, JMdict and JMnedict in one SQLite file, read in place with indexed queries.

The package ships the index uncompressed (tools/build_dictionary_index.py writes it from the packaged sources) and
the app opens it where it is installed, read-only: the first launch has nothing to unpack, so the dictionary is
ready as soon as on any later launch (docs/dictionary.md compares this with shipping it compressed). Nothing is
held in memory beyond SQLite's page cache, and each thread gets its own read-only connection.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import TypeVar

from reader_app.core.app_paths import cache_dir

PACKAGED_NAME = "dictionary.sqlite3"
_OLD_UNPACKED_COPIES = "dictionary-*.sqlite3"
"""What earlier versions unpacked into the cache folder: removed once this version has the index open."""
_PARENTHESES = re.compile(r"\([^)]*\)")
_MAX_PARAMETERS = 500
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
    """The packaged index is missing or unreadable; the message is one line for the reader."""


def packaged_path() -> Path:
    path = Path(str(resources.files("reader_app.core.dictionary") / "data" / PACKAGED_NAME))
    if not path.is_file():
        raise DictionaryUnavailable(f"the dictionary data is missing ({path}); reinstall the app")
    return path


def remove_old_unpacked_copies() -> None:
    """Delete the copies earlier versions unpacked into the cache folder (nothing reads them any more)."""
    try:
        for old in cache_dir().glob(_OLD_UNPACKED_COPIES):
            old.unlink(missing_ok=True)
    except OSError as error:
        _log.info("could not remove an old dictionary copy: %s", error)


class DictionaryIndex:
    """Read access to the index file; safe to use from any thread."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._local = threading.local()

    def path(self) -> Path:
        """The index file: the one given, else the one installed with the package."""
        if self._path is None:
            self._path = packaged_path()
        return self._path

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            path = self.path()
            connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.connection = connection
        return connection

    def _read(self, query: Callable[[sqlite3.Connection], _T]) -> _T:
        """`query` on this thread's connection; SQLite's errors become one line for the reader."""
        try:
            return query(self._connection())
        except sqlite3.Error as error:
            damaged = isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError)
            advice = "; reinstall the app" if damaged or "malformed" in str(error) else ""
            raise DictionaryUnavailable(f"the dictionary could not be read: {error}{advice}") from error

    def warm_up(self) -> None:
        """Open the index and load OpenCC and the deinflection rules now (called off the UI thread after start-up),
        reading a Chinese and a Japanese entry so the first look-up in either language finds its pages loaded."""
        from reader_app.core.dictionary.deinflect import deinflect
        from reader_app.core.search_text import normalise_for_search

        self.entries_for_forms(["的"], "zh")
        self.entries_for_forms([candidate.form for candidate in deinflect("詳しく")], "ja")
        normalise_for_search("測")
        remove_old_unpacked_copies()

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
        """Entries whose English sense is `key` exactly or first in a list ("key; …"), then those whose sense starts
        with `key` and a space."""
        marks = ",".join("?" * len(langs))
        select = "SELECT g.lang, e.id, e.source, e.rank, e.body FROM gloss g JOIN entry e ON e.id = g.entry_id "

        def query(connection: sqlite3.Connection) -> list[tuple[str, int, str, int, str]]:
            found: list[tuple[str, int, str, int, str]] = connection.execute(
                select + f"WHERE g.key = ? AND g.lang IN ({marks}) ORDER BY e.rank, e.id LIMIT ?",
                (key, *langs, limit),
            ).fetchall()
            # CC-CEDICT writes some senses as one list ("company; firm; corporation"): the word first in one, then
            # senses that start with the word.
            for after in (";", " "):
                if len(found) >= limit:
                    break
                seen = {row[1] for row in found}
                found += [
                    row
                    for row in connection.execute(
                        select + f"WHERE g.key > ? AND g.key < ? AND g.lang IN ({marks}) "
                        "ORDER BY e.rank, length(g.key), e.id LIMIT ?",
                        (key + after, key + after + "\uffff", *langs, limit - len(found)),
                    )
                    if row[1] not in seen
                ]
            return found

        return self._read(query)

