"""A damaged or unwritable library: clear one-line messages, nothing the reader made dropped, never written when
damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader_app.core import library as library_module
from reader_app.core.document import Document
from reader_app.core.library import Library, LibraryError
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.reading_state import ReadingState, text_hash


@pytest.fixture
def sample(sample_path: Path) -> Document:
    return load_document(sample_path)


def _stored(path: Path, document: Document, note: str = "my summary") -> None:
    library = Library(path)
    library.record_open(document)
    library.save_state(ReadingState.for_document(document).with_summary_edit(note), document)
    library.close()


def _set_raw(path: Path, sql: str, *params: object) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql, params)
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "raw", ["null", "[]", "7", '"text"', "{", "[" * 100_000 + "]" * 100_000, '{"text_hash": "\\ud800"}']
)
def test_a_damaged_state_row_is_one_line_and_kept_aside(raw: str, tmp_path: Path, sample: Document) -> None:
    path = tmp_path / "library.sqlite3"
    _stored(path, sample)
    _set_raw(path, "UPDATE states SET state_json = ?", raw)
    library = Library(path)
    with pytest.raises(LibraryError) as caught:
        library.state(text_hash(sample))
    message = str(caught.value)
    assert "\n" not in message and len(message) < 400
    assert "damaged" in message and "copy was kept" in message
    kept = list((tmp_path / "damaged-states").iterdir())
    assert [p.read_text(encoding="utf-8") for p in kept] == [raw]
    with pytest.raises(LibraryError):
        library.state(text_hash(sample))  # asked again: still one copy
    assert len(list((tmp_path / "damaged-states").iterdir())) == 1
    library.save_state(ReadingState.for_document(sample).with_summary_edit("new work"), sample)
    assert library.state(text_hash(sample)).summary_edit == "new work"  # type: ignore[union-attr]
    library.close()


@pytest.mark.parametrize("raw", ["null", "[]", "[" * 100_000 + "]" * 100_000])
def test_a_damaged_document_row_is_one_line(raw: str, tmp_path: Path, sample: Document) -> None:
    path = tmp_path / "library.sqlite3"
    _stored(path, sample)
    _set_raw(path, "UPDATE documents SET document_json = ?", raw)
    library = Library(path)
    with pytest.raises(LibraryError) as caught:
        library.document(text_hash(sample))
    assert "\n" not in str(caught.value) and "damaged" in str(caught.value)
    library.close()


@pytest.mark.parametrize(
    ("column", "raw"), [("first_opened", "garbage"), ("last_opened", "9999-99-99"), ("highlight_count", "x")]
)
def test_a_damaged_listing_column_keeps_the_entry_listed(
    column: str, raw: str, tmp_path: Path, sample: Document
) -> None:
    path = tmp_path / "library.sqlite3"
    _stored(path, sample)
    _set_raw(path, f"UPDATE documents SET {column} = ?", raw)
    library = Library(path)
    entries = library.entries()
    assert [entry.text_hash for entry in entries] == [text_hash(sample)]
    assert library.entry(text_hash(sample)) is not None
    assert [hit.entry.text_hash for hit in library.search("WeChat")] == [text_hash(sample)]
    library.close()


def _damage_states_page(path: Path) -> None:
    """Break the free-space bookkeeping of the `states` table's root page: the file still opens, but SQLite's
    integrity check fails."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    root = connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'states'").fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size + 1)
        handle.write(b"\xff")


def test_a_library_failing_its_integrity_check_is_read_only_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    documents = [document_from_text(f"Report {i}. " + "Sales rose 5% on Tuesday. " * 200) for i in range(30)]
    library = Library(path)
    for document in documents:
        library.record_open(document)
        library.save_state(ReadingState.for_document(document).with_summary_edit(f"note {document.title}"), document)
    library.close()
    _damage_states_page(path)
    before = path.read_bytes()

    library = Library(path)
    assert library.read_only is not None
    assert "integrity check" in library.read_only and "read-only" in library.read_only
    assert "\n" not in library.read_only
    assert len(library.entries()) == 30  # reading still works
    for action in (
        lambda: library.record_open(documents[0]),
        lambda: library.save_state(ReadingState.for_document(documents[1]), documents[1]),
        lambda: library.remove(text_hash(documents[2])),
    ):
        with pytest.raises(LibraryError, match="read-only"):
            action()
    library.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


def test_a_full_disk_is_reported_as_such(tmp_path: Path, sample: Document) -> None:
    library = Library(tmp_path / "library.sqlite3")
    pages = library._connection.execute("PRAGMA page_count").fetchone()[0]
    library._connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full" (SQLITE_FULL)
    with pytest.raises(LibraryError) as caught:
        library.save_state(ReadingState.for_document(sample), sample)
    assert "disk is full" in str(caught.value) and "damaged" not in str(caught.value)
    library.close()


def test_a_read_only_library_file_is_reported_as_such(
    tmp_path: Path, sample: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    _stored(path, sample)
    real_connect = sqlite3.connect

    def read_only_connect(database: object, **kwargs: object) -> sqlite3.Connection:
        # What a read-only folder or file does (tests may run as root, who ignores permission bits)
        return real_connect(f"file:{database}?mode=ro", uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library_module.sqlite3, "connect", read_only_connect)
    try:
        library = Library(path)
    except LibraryError as error:
        message = str(error)
    else:
        assert library.state(text_hash(sample)) is not None  # what was saved can still be read
        with pytest.raises(LibraryError) as caught:
            library.save_state(ReadingState.for_document(sample), sample)
        message = str(caught.value)
        library.close()
    assert "read-only" in message and "damaged" not in message and "\n" not in message


def test_a_file_that_is_no_database_is_still_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(LibraryError, match="damaged"):
        Library(path)
    assert path.read_bytes() == b"this is not a database at all" * 200
