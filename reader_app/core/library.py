"""The local SQLite library: every document read, its reading state, and full-text search across them.

Crash safety comes from SQLite itself: WAL journal, synchronous=FULL, every change in one transaction. A library
written by a newer app version, or one SQLite cannot read, is refused with `LibraryError` and never written to; one
that opens but fails its integrity check, or cannot be written (a read-only file or folder), is opened read-only.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from stat import S_ISREG

from reader_app.core import app_paths
from reader_app.core.annotations import utc_now
from reader_app.core.document import Document
from reader_app.core.reading_state import ReadingState, text_hash
from reader_app.core.search_text import normalise_for_search
from reader_app.core.state_codec import CodecError, document_from_json, document_to_json, state_from_json, state_to_json

FILE_NAME = "library.sqlite3"
SCHEMA_VERSION = 5

_MIGRATIONS: tuple[str, ...] = (
    # 0 → 1: the first schema.
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        text_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT,
        languages TEXT NOT NULL,
        first_opened TEXT NOT NULL,
        last_opened TEXT NOT NULL,
        highlight_count INTEGER NOT NULL DEFAULT 0,
        document_json TEXT NOT NULL
    );
    CREATE INDEX documents_by_source ON documents (source, last_opened);
    CREATE TABLE states (
        document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        state_json TEXT NOT NULL,
        modified TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE search USING fts5 (body, document_id UNINDEXED, kind UNINDEXED, tokenize = 'trigram');
    """,
    # 1 → 2: every file a document was opened from (one text may live in several files, e.g. two encodings), with
    # the size and modification time it had then, so the library can tell whether it still holds that text.
    """
    CREATE TABLE files (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        last_used TEXT NOT NULL,
        size INTEGER,
        mtime_ns INTEGER,
        PRIMARY KEY (document_id, path)
    );
    INSERT INTO files (document_id, path, last_used) SELECT id, source, last_opened FROM documents
        WHERE source IS NOT NULL;
    """,
    # 2 → 3: a deleted document stays (hidden) until its deletion can no longer be undone, then goes for good.
    """
    ALTER TABLE documents ADD COLUMN deleted TEXT;
    """,
    # 3 → 4: the index holds the text folded for search (`search_text.normalise_for_search`: width, case and
    # traditional → simplified, one character for one), so 台积电 finds 台積電 and ＡＢＣ finds ABC in the index itself;
    # the text as written stays beside it, unindexed, for the snippets (same length: offsets in one hold in the other).
    """
    CREATE VIRTUAL TABLE search_folded USING fts5 (
        body UNINDEXED, folded, document_id UNINDEXED, kind UNINDEXED, tokenize = 'trigram'
    );
    INSERT INTO search_folded (body, folded, document_id, kind)
        SELECT body, fold_for_search(body), document_id, kind FROM search;
    DROP TABLE search;
    ALTER TABLE search_folded RENAME TO search;
    """,
    # 4 → 5: words saved from the dictionary popup. Earlier versions kept them in vocabulary.sqlite3 beside the
    # library; `_after_migration` imports that file in the same transaction.
    """
    CREATE TABLE vocabulary (
        lang TEXT NOT NULL,
        word TEXT NOT NULL,
        reading TEXT NOT NULL,
        meaning TEXT NOT NULL,
        sentence TEXT NOT NULL,
        translation TEXT NOT NULL,
        link TEXT NOT NULL,
        added TEXT NOT NULL,
        PRIMARY KEY (lang, word, reading)
    );
    """,
)
"""`_MIGRATIONS[n]` takes the schema from version n to n+1; each runs in one transaction with the version bump."""

_TRIGRAM = 3
_SNIPPET_BEFORE = 16
_SNIPPET_AFTER = 60

SEARCH_TEXT = "text"
SEARCH_TRANSLATION = "translation"
SEARCH_NOTES = "notes"


class LibraryError(Exception):
    """The library cannot be used; the message is meant for the reader (the app goes on without the library)."""


NO_STATE = -1
"""`save_state`'s `base_revision` when the library held no state for the document when it was read."""


class ChangedElsewhereError(LibraryError):
    """The document's state in the library changed since this writer last read or wrote it (another window or app
    instance saved its own work): writing would roll that work back, so nothing was written."""


@dataclass(frozen=True, slots=True)
class LibraryFile:
    """A file a document was opened from, with its size and modification time then (None: not known)."""

    path: str
    last_used: datetime
    size: int | None = None
    mtime_ns: int | None = None

    def still_holds_the_text(self) -> bool:
        """The file exists and has not changed since the document was read from it (a file that was never
        fingerprinted, from before the library kept files, counts when it exists)."""
        try:
            stat = os.stat(self.path)
        except (OSError, ValueError):
            return False
        if not S_ISREG(stat.st_mode):
            return False
        if self.size is None or self.mtime_ns is None:
            return True
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One document in the library list."""

    text_hash: str
    title: str
    source: str | None
    """The file the document was last opened from, as recorded (see `files` and `file_to_open`)."""
    languages: tuple[str, ...]
    first_opened: datetime
    last_opened: datetime
    highlight_count: int
    files: tuple[LibraryFile, ...] = ()
    """Every file the document (this very text) was opened from, most recently used first."""

    def file_to_open(self) -> LibraryFile | None:
        """The most recently used file that still holds this text; None when none does (the library's copy of the
        text then opens on its own). The Library window names this file, and opening the entry opens it."""
        return next((f for f in self.files if f.still_holds_the_text()), None)


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry: LibraryEntry
    kinds: tuple[str, ...]
    """Where the query matched: "text" (title and article), "translation", "notes"."""
    snippet: str


CHUNK = 200_000
"""Characters (or sentences) per C call when a big document is normalised or encoded: one call over a whole big text
holds the GIL on the writer thread while the window waits; between chunks the window can run."""


def searchable(text: str) -> str:
    """A query in NFKC, so full-width ＷｅＣｈａｔ or half-width ｶﾀｶﾅ split into terms as usual forms do (the index
    keeps texts as written and folds its own copy of them: `folded`)."""
    return "".join(unicodedata.normalize("NFKC", piece) for piece in _line_chunks(text)).strip()


FOLD_SLICE = 65_536
"""Characters folded per call: folding runs in Python's own loop (a 20 MB text takes seconds on the writer thread),
so it gives the window the interpreter between short slices."""


def folded(text: str) -> str:
    """`text` as the index holds it for search (`normalise_for_search`, one character for one)."""
    if len(text) <= FOLD_SLICE:
        return normalise_for_search(text)
    return "".join(normalise_for_search(text[i : i + FOLD_SLICE]) for i in range(0, len(text), FOLD_SLICE))


def _fold(text: str | None) -> str | None:
    return folded(text) if isinstance(text, str) else text


def _line_chunks(text: str) -> Iterator[str]:
    """`text` in pieces of about CHUNK characters cut after a newline (no normalisation crosses one)."""
    start = 0
    while len(text) - start > CHUNK:
        cut = text.find("\n", start + CHUNK)
        if cut < 0:
            break
        yield text[start : cut + 1]
        start = cut + 1
    yield text[start:]


def _document_json(document: Document) -> str:
    """`json.dumps(document_to_json(document), ensure_ascii=False)`, with texts and sentence lists encoded in chunks.

    The sentence bounds are written as text straight from the spans: a list per sentence would be hundreds of
    thousands of new containers, each batch of them starting a garbage collection (with the interpreter lock held)
    that walks every object the window has."""
    data = document_to_json(document, sentences=False)
    parts: dict[str, str] = {}
    for index, (passage, item) in enumerate(zip(document.passages(), data["passages"], strict=True)):
        text_marker, sentences_marker = f"@text-{index}-{id(data)}@", f"@sentences-{index}-{id(data)}@"
        text, spans = item["text"], passage.sentences
        item["text"], item["sentences"] = text_marker, sentences_marker
        parts[json.dumps(text_marker)] = "".join(
            json.dumps(text[i : i + CHUNK], ensure_ascii=False)[1:-1] for i in range(0, len(text), CHUNK)
        ).join('""')
        parts[json.dumps(sentences_marker)] = ", ".join(f"[{span.start}, {span.end}]" for span in spans).join("[]")
    encoded = json.dumps(data, ensure_ascii=False)
    for marker, value in parts.items():
        encoded = encoded.replace(marker, value, 1)
    return encoded


def query_terms(query: str) -> list[str]:
    """Whitespace-separated terms; "double-quoted words" stay together as one phrase; stray quotes are dropped."""
    terms: list[str] = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', searchable(query)):
        term = " ".join(phrase.split()) if phrase else word.replace('"', "")
        if term:
            terms.append(term)
    return terms


def file_fingerprint(path: str) -> tuple[int, int] | None:
    """(size, mtime_ns) of a regular file; None when it cannot be read (then it is not recorded)."""
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    return (stat.st_size, stat.st_mtime_ns) if S_ISREG(stat.st_mode) else None


def default_path() -> Path:
    return app_paths.data_dir() / FILE_NAME


def _time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


_UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=UTC)


def _clipped(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 120 else text[:119] + "…"


def _listed_time(value: object) -> datetime:
    """A listing column's time; a damaged one shows as 1970 rather than hiding the entry or failing the list."""
    try:
        return _time(str(value))
    except (ValueError, OverflowError):
        return _UNKNOWN_TIME


def _listed_count(value: object) -> int:
    try:
        return max(0, int(str(value)))
    except ValueError:
        return 0


def describe_sqlite_error(error: sqlite3.Error) -> str:
    """What went wrong, in the reader's terms: a full disk or a read-only folder is not a damaged library."""
    text = str(error)
    lowered = text.lower()
    if "disk is full" in lowered or getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
        return "the disk is full"
    if "readonly" in lowered or "read-only" in lowered or "permission" in lowered:
        return "the library file or its folder is read-only"
    if "unable to open" in lowered:
        return "the library file cannot be opened (check the folder's permissions)"
    if "locked" in lowered or "busy" in lowered:
        return "another program is using the library"
    if "disk i/o" in lowered:
        return f"the disk reported an error ({text})"
    return text


def _is_damage(error: sqlite3.Error) -> bool:
    """Corruption, as opposed to the environment (permissions, space, locks) getting in the way."""
    lowered = str(error).lower()
    return "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered


def languages_of(document: Document, state: ReadingState | None = None) -> tuple[str, ...]:
    """The document's languages in passage order, then those its translations added."""
    found: list[str] = []
    for passage in document.passages():
        if passage.lang not in found:
            found.append(passage.lang)
    for translation in state.translations if state is not None else ():
        if translation.target_lang not in found:
            found.append(translation.target_lang)
    return tuple(found)


VOCABULARY_VERSION = 5
"""The schema that added the vocabulary table."""


def _after_migration(connection: sqlite3.Connection, version: int, path: Path) -> None:
    """Data a migration brings in from outside the database, inside its transaction (all of it or none)."""
    if version == VOCABULARY_VERSION:
        from reader_app.core.dictionary.vocabulary import import_old_vocabulary

        import_old_vocabulary(connection, path.parent)


class Library:
    """One open library database; use from one thread (the UI thread)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        self.read_only: str | None = None
        """Why the library is open read-only (it failed its integrity check, or cannot be written); None normally.
        A read-only library is read as usual and never written to."""
        self._connection = self._open()

    # Opening and migrations

    def _open(self) -> sqlite3.Connection:
        name = self.path.name
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, isolation_level=None, timeout=10.0)
        except (OSError, sqlite3.Error) as error:
            raise LibraryError(f"Cannot open the library {name}: {error}.") from error
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LibraryError(
                    f"The library {self.path} was written by a newer version of the app (schema {version}; this "
                    f"version understands up to {SCHEMA_VERSION}). It was left untouched; the app works without it."
                )
            problems = self._integrity_problems(connection) if version > 0 else None
            if problems is not None:
                self._open_read_only(
                    connection, version, f"The library {self.path} is damaged ({problems}). It is open read-only"
                )
                return connection
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = FULL")
                connection.execute("PRAGMA foreign_keys = ON")
                connection.create_function("fold_for_search", 1, _fold, deterministic=True)  # for the 3 → 4 migration
                self._migrate(connection, version, self.path)
            except sqlite3.OperationalError as error:
                if _is_damage(error):
                    raise
                self._open_read_only(
                    connection, version, f"The library {self.path} cannot be written: {describe_sqlite_error(error)}. "
                    "It is open read-only"
                )
        except sqlite3.DatabaseError as error:
            connection.close()
            if not _is_damage(error):
                raise LibraryError(
                    f"Cannot open the library {self.path}: {describe_sqlite_error(error)}. It was left untouched; "
                    "the app works without it."
                ) from error
            raise LibraryError(
                f"The library {self.path} is damaged and cannot be read ({error}). It was left untouched; "
                "the app works without it."
            ) from error
        except LibraryError:
            connection.close()
            raise
        return connection

    @staticmethod
    def _integrity_problems(connection: sqlite3.Connection) -> str | None:
        """None when SQLite's integrity check passes, else its first complaint (on a library holding a 6 MB text
        the check costs about as much as opening it)."""
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        if [tuple(row) for row in rows] == [("ok",)]:
            return None
        lines = [line for row in rows for line in str(row[0]).splitlines() if not line.startswith("***")]
        first = lines[0] if lines else "no answer"
        return f"integrity check: {first[:120]}"

    def _open_read_only(self, connection: sqlite3.Connection, version: int, reason: str) -> None:
        if version < SCHEMA_VERSION:
            raise LibraryError(f"{reason.removesuffix('. It is open read-only')}; the app works without it.")
        connection.execute("PRAGMA query_only = ON")  # SQLite itself refuses every write from here on
        self.read_only = f"{reason}: you can read it, but nothing is saved to it and the file is left as it is."

    @staticmethod
    def _migrate(connection: sqlite3.Connection, version: int, path: Path | None = None) -> None:
        fresh = version == 0
        while version < SCHEMA_VERSION:
            statements = [s for s in _MIGRATIONS[version].split(";") if s.strip()]
            connection.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have migrated while we waited for the write lock.
                current = connection.execute("PRAGMA user_version").fetchone()[0]
                if current == version:
                    for statement in statements:
                        connection.execute(statement)
                    if path is not None:
                        _after_migration(connection, version + 1, path)
                    connection.execute(f"PRAGMA user_version = {version + 1}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        if fresh:
            connection.execute("VACUUM")  # a new library starts without the pages of tables later migrations replaced

    def close(self) -> None:
        self._connection.close()

    def integrity_ok(self) -> bool:
        return bool(self._query_one("PRAGMA integrity_check") == ("ok",))

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only is not None:
            raise LibraryError(self.read_only)
        try:
            self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise LibraryError(f"Cannot write to the library: {describe_sqlite_error(error)}.") from error
        try:
            yield self._connection
        except sqlite3.Error as error:
            self._rollback()
            raise LibraryError(f"Could not write to the library: {describe_sqlite_error(error)}.") from error
        except BaseException:
            self._rollback()
            raise
        try:
            self._connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise LibraryError(f"Could not write to the library: {describe_sqlite_error(error)}.") from error

    def _rollback(self) -> None:
        with suppress(sqlite3.Error):  # SQLite may have rolled back already (a full disk does)
            self._connection.execute("ROLLBACK")

    def _query_one(self, sql: str, params: tuple[object, ...] = ()) -> tuple[object, ...] | None:
        try:
            row: tuple[object, ...] | None = self._connection.execute(sql, params).fetchone()
        except sqlite3.Error as error:
            raise LibraryError(f"Could not read the library: {error}.") from error
        return row

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        try:
            return list(self._connection.execute(sql, params).fetchall())
        except sqlite3.Error as error:
            raise LibraryError(f"Could not read the library: {error}.") from error

    # Writing

    def _ensure_document(self, connection: sqlite3.Connection, document: Document, digest: str, now: str) -> int:
        row = connection.execute("SELECT id, deleted FROM documents WHERE text_hash = ?", (digest,)).fetchone()
        if row is not None and row[1] is None:
            return int(row[0])
        if row is not None:  # deleted by the reader: the text starts afresh, without what was deleted
            self._remove_rows(connection, int(row[0]))
        cursor = connection.execute(
            "INSERT INTO documents (text_hash, title, source, languages, first_opened, last_opened, document_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                digest,
                document.title,
                os.path.abspath(document.source) if document.source is not None else None,
                ",".join(languages_of(document)),
                now,
                now,
                _document_json(document),
            ),
        )
        document_id = int(cursor.lastrowid or 0)
        body = "\n\n".join([document.title, *(p.text for p in document.passages())]).strip()
        Library._insert_search_row(connection, document_id, SEARCH_TEXT, body)
        return document_id

    def record_open(
        self, document: Document, from_file: bool = True, fingerprint: tuple[int, int] | None = None
    ) -> ReadingState | None:
        """Adds `document` to the library (or bumps its last-opened time) and, with `from_file`, records
        `document.source` as a file it was read from, with its `file_fingerprint` (taken now unless given: take it
        when the text is read); returns its stored state, if any. Pass `from_file=False` when the text did not come
        from that file (a saved `.json` names the file it was first read from)."""
        digest = text_hash(document)
        now = utc_now().isoformat()
        path = os.path.abspath(document.source) if from_file and document.source is not None else None
        if path is not None and fingerprint is None:
            fingerprint = file_fingerprint(path)
        with self._transaction() as connection:
            document_id = self._ensure_document(connection, document, digest, now)
            connection.execute(
                "UPDATE documents SET last_opened = ?, source = coalesce(?, source) WHERE id = ?",
                (now, path, document_id),
            )
            if path is not None and fingerprint is not None:
                connection.execute(
                    "INSERT INTO files (document_id, path, last_used, size, mtime_ns) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (document_id, path) DO UPDATE SET last_used = excluded.last_used,"
                    " size = excluded.size, mtime_ns = excluded.mtime_ns",
                    (document_id, path, now, *fingerprint),
                )
        return self.state(digest)

    def save_state(self, state: ReadingState, document: Document, base_revision: int | None = None) -> None:
        """Stores `state` for `document` in one transaction (the document row is created if needed). With
        `base_revision` (the revision this writer last read or wrote, or `NO_STATE`), raises `ChangedElsewhereError`
        instead when the stored state has another revision by now."""
        digest = text_hash(document)
        if state.text_hash != digest:
            raise ValueError("the reading state belongs to another text")
        now = utc_now().isoformat()
        # Kept as written, for the snippets; the index folds its own copy (`folded`).
        translations = "\n\n".join(
            s.text for t in state.translations for s in t.sentences if s is not None and s.text
        ).strip()
        notes = "\n\n".join([*(h.note for h in state.highlights if h.note), state.summary_edit or ""]).strip()
        with self._transaction() as connection:
            document_id = self._ensure_document(connection, document, digest, now)
            stored = self._stored_revision(connection, document_id) if base_revision is not None else None
            if stored is not None and stored != base_revision:
                raise ChangedElsewhereError(
                    f"“{state.title}” was changed in another window of the app since this window read it, so this "
                    "window's changes were not saved over that work."
                )
            connection.execute(
                "UPDATE documents SET title = ?, languages = ?, highlight_count = ? WHERE id = ?",
                (state.title, ",".join(languages_of(document, state)), len(state.highlights), document_id),
            )
            connection.execute(
                "INSERT INTO states (document_id, state_json, modified) VALUES (?, ?, ?)"
                " ON CONFLICT (document_id) DO UPDATE"
                " SET state_json = excluded.state_json, modified = excluded.modified",
                (document_id, json.dumps(state_to_json(state), ensure_ascii=False), state.modified.isoformat()),
            )
            self._replace_search_rows(connection, document_id, SEARCH_TRANSLATION, translations)
            self._replace_search_rows(connection, document_id, SEARCH_NOTES, notes)

    @staticmethod
    def _stored_revision(connection: sqlite3.Connection, document_id: int) -> int | None:
        """The stored state's revision (0 before revisions existed); None without a readable stored state."""
        try:
            row = connection.execute(
                "SELECT json_extract(state_json, '$.revision') FROM states WHERE document_id = ?", (document_id,)
            ).fetchone()
        except sqlite3.Error:  # damaged JSON: nothing there to roll back
            return None
        if row is None:
            return None
        return row[0] if isinstance(row[0], int) else 0

    @staticmethod
    def _replace_search_rows(connection: sqlite3.Connection, document_id: int, kind: str, body: str) -> None:
        row = connection.execute(
            "SELECT rowid, body FROM search WHERE document_id = ? AND kind = ?", (document_id, kind)
        ).fetchone()
        if row is not None and row[1] == body:
            return
        if row is not None:
            connection.execute("DELETE FROM search WHERE rowid = ?", (row[0],))
        if body:
            Library._insert_search_row(connection, document_id, kind, body)

    @staticmethod
    def _insert_search_row(connection: sqlite3.Connection, document_id: int, kind: str, body: str) -> None:
        """The text as written (for snippets) and folded for search (indexed), the same length."""
        connection.execute(
            "INSERT INTO search (body, folded, document_id, kind) VALUES (?, ?, ?, ?)",
            (body, folded(body), document_id, kind),
        )

    def remove(self, digest: str) -> None:
        """Delete the document and everything made for it, at once and for good."""
        with self._transaction() as connection:
            row = connection.execute("SELECT id FROM documents WHERE text_hash = ?", (digest,)).fetchone()
            if row is not None:
                self._remove_rows(connection, int(row[0]))

    @staticmethod
    def _remove_rows(connection: sqlite3.Connection, document_id: int) -> None:
        connection.execute("DELETE FROM search WHERE document_id = ?", (document_id,))
        connection.execute("DELETE FROM files WHERE document_id = ?", (document_id,))
        connection.execute("DELETE FROM states WHERE document_id = ?", (document_id,))
        connection.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def delete(self, digest: str) -> None:
        """Delete the document from the library as the reader sees it (list, search, restore), undoably: its rows
        stay until `purge_deleted` (or the same text is opened again, which starts afresh)."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE documents SET deleted = ? WHERE text_hash = ? AND deleted IS NULL",
                (utc_now().isoformat(), digest),
            )

    def undelete(self, digest: str) -> bool:
        """Undo `delete`; False when the document is gone for good (purged, or opened again since)."""
        with self._transaction() as connection:
            cursor = connection.execute(
                "UPDATE documents SET deleted = NULL WHERE text_hash = ? AND deleted IS NOT NULL", (digest,)
            )
        return cursor.rowcount > 0

    def purge_deleted(self) -> int:
        """Remove for good every deleted document (their deletion can no longer be undone); returns how many."""
        with self._transaction() as connection:
            ids = [int(row[0]) for row in connection.execute("SELECT id FROM documents WHERE deleted IS NOT NULL")]
            for document_id in ids:
                self._remove_rows(connection, document_id)
        return len(ids)

    # Reading

    def state(self, digest: str) -> ReadingState | None:
        row = self._query_one(
            "SELECT states.state_json FROM states JOIN documents ON documents.id = states.document_id"
            " WHERE documents.text_hash = ? AND documents.deleted IS NULL",
            (digest,),
        )
        if row is None:
            return None
        try:
            return state_from_json(json.loads(str(row[0])))
        except (ValueError, CodecError, RecursionError) as error:
            kept = self._keep_damaged(digest, row[0])
            where = f" A copy was kept in {kept}." if kept is not None else ""
            raise LibraryError(
                f"The saved reading state of this document is damaged ({_clipped(error)}); it opens without it.{where}"
            ) from error

    def _keep_damaged(self, digest: str, raw: object) -> Path | None:
        """Copy a damaged state out of the database before the next save replaces it (nothing the reader made is
        dropped unseen); the name depends on the content, so opening the document again makes no second copy."""
        import hashlib

        data = raw if isinstance(raw, bytes) else str(raw).encode("utf-8", "surrogatepass")
        folder = self.path.parent / "damaged-states"
        path = folder / f"{digest[:16]}-{hashlib.sha256(data).hexdigest()[:12]}.json"
        try:
            folder.mkdir(exist_ok=True)
            if not path.exists():
                path.write_bytes(data)
        except OSError:
            return None
        return path

    def document(self, digest: str) -> Document | None:
        row = self._query_one(
            "SELECT document_json FROM documents WHERE text_hash = ? AND deleted IS NULL", (digest,)
        )
        if row is None:
            return None
        try:
            return document_from_json(json.loads(str(row[0])))
        except (ValueError, CodecError, RecursionError) as error:
            raise LibraryError(f"The stored text of this document is damaged ({_clipped(error)}).") from error

    def latest_for_source(self, source: Path, exclude_hash: str | None = None) -> str | None:
        """Text hash of the most recently opened earlier version of the file at `source` (to carry its state over)."""
        path = os.path.abspath(source)
        row = self._query_one(
            "SELECT documents.text_hash FROM documents JOIN states ON states.document_id = documents.id"
            " LEFT JOIN files ON files.document_id = documents.id AND files.path = ?"
            " WHERE (files.path IS NOT NULL OR documents.source = ?) AND documents.text_hash != ?"
            " AND documents.deleted IS NULL"
            " ORDER BY coalesce(files.last_used, documents.last_opened) DESC LIMIT 1",
            (path, path, exclude_hash or ""),
        )
        return str(row[0]) if row is not None else None

    _ENTRY_COLUMNS = "text_hash, title, source, languages, first_opened, last_opened, highlight_count, id"

    def _entry(self, row: tuple[object, ...], files: tuple[LibraryFile, ...] | None = None) -> LibraryEntry:
        languages = str(row[3])
        return LibraryEntry(
            text_hash=str(row[0]),
            title=str(row[1]),
            source=None if row[2] is None else str(row[2]),
            languages=tuple(languages.split(",")) if languages else (),
            first_opened=_listed_time(row[4]),
            last_opened=_listed_time(row[5]),
            highlight_count=_listed_count(row[6]),
            files=files if files is not None else self._files(int(str(row[7]))).get(int(str(row[7])), ()),
        )

    def _files(self, document_id: int | None = None) -> dict[int, tuple[LibraryFile, ...]]:
        """Files per document id (of one document, or of all), most recently used first."""
        where, params = ("WHERE document_id = ?", (document_id,)) if document_id is not None else ("", ())
        rows = self._query(
            f"SELECT document_id, path, last_used, size, mtime_ns FROM files {where} ORDER BY last_used DESC", params
        )
        found: dict[int, list[LibraryFile]] = {}
        for document, path, last_used, size, mtime_ns in rows:
            found.setdefault(int(str(document)), []).append(
                LibraryFile(
                    str(path),
                    _listed_time(last_used),
                    None if size is None else _listed_count(size),
                    None if mtime_ns is None else _listed_count(mtime_ns),
                )
            )
        return {document: tuple(files) for document, files in found.items()}

    def entries(self) -> list[LibraryEntry]:
        """All documents, most recently opened first."""
        rows = self._query(
            f"SELECT {self._ENTRY_COLUMNS} FROM documents WHERE deleted IS NULL ORDER BY last_opened DESC"
        )
        files = self._files()
        return [self._entry(row, files.get(int(str(row[7])), ())) for row in rows]

    def entry(self, digest: str) -> LibraryEntry | None:
        row = self._query_one(
            f"SELECT {self._ENTRY_COLUMNS} FROM documents WHERE text_hash = ? AND deleted IS NULL", (digest,)
        )
        return self._entry(row) if row is not None else None

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Documents whose text, translations or notes contain every term of `query` (see `query_terms`).

        Terms match as substrings, so words inside unsegmented Chinese or Japanese are found like English ones:
        terms of three or more characters (新用户, "monthly active") go through the FTS5 trigram index; shorter
        ones (微信, "U.") cannot be trigram-indexed and fall back to LIKE. Both compare the query and the index
        folded the same way (`normalise_for_search`): case-, width- and script-insensitive (ＡＢＣ = abc,
        台积电 = 台積電).
        """
        terms = query_terms(query)
        if not terms:
            return []
        matched: dict[int, set[str]] | None = None
        for term in terms:
            found: dict[int, set[str]] = {}
            for document_id, kind in self._term_rows(normalise_for_search(term)):
                found.setdefault(int(str(document_id)), set()).add(str(kind))
            if matched is not None:
                found = {d: matched[d] | found[d] for d in matched.keys() & found.keys()}
            matched = found
            if not matched:
                return []
        assert matched is not None
        hits: list[SearchHit] = []
        for document_id, kinds in matched.items():
            row = self._query_one(
                f"SELECT {self._ENTRY_COLUMNS} FROM documents WHERE id = ? AND deleted IS NULL", (document_id,)
            )
            if row is None:
                continue
            order = (SEARCH_NOTES, SEARCH_TEXT, SEARCH_TRANSLATION)
            ordered = tuple(k for k in order if k in kinds)
            snippet = self._snippet(document_id, ordered[0], terms[0])
            hits.append(SearchHit(self._entry(row), ordered, snippet))
        hits.sort(key=lambda hit: hit.entry.last_opened, reverse=True)
        return hits[:limit]

    def _term_rows(self, folded: str) -> list[tuple[object, ...]]:
        """Rows whose folded text contains `folded` (a term folded by `normalise_for_search`)."""
        if len(folded) >= _TRIGRAM:
            phrase = 'folded : "' + folded.replace('"', '""') + '"'
            return self._query("SELECT document_id, kind FROM search WHERE search MATCH ?", (phrase,))
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self._query("SELECT document_id, kind FROM search WHERE folded LIKE ? ESCAPE '\\'", (pattern,))

    def _snippet(self, document_id: int, kind: str, term: str) -> str:
        """The text as written around the first match: found in the folded text, cut from the body at the same
        offsets (folding keeps every character's place)."""
        folded = normalise_for_search(term)
        row = self._query_one(
            "SELECT substr(body, max(1, instr(folded, ?) - ?), ?) FROM search WHERE document_id = ? AND kind = ?",
            (folded, _SNIPPET_BEFORE, len(term) + _SNIPPET_BEFORE + _SNIPPET_AFTER, document_id, kind),
        )
        text = " ".join(str(row[0]).split()) if row is not None and row[0] is not None else ""
        return text
