"""The background library writer: bursts coalesce to the newest state, flush waits, errors are reported."""

from __future__ import annotations

import threading
from pathlib import Path

from reader_app.core.library import Library
from reader_app.core.library_writer import LibraryWriter
from reader_app.core.loading import load_document
from reader_app.core.reading_state import ReadingState, text_hash


def test_burst_of_saves_writes_the_newest_state(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    saved: list[str] = []
    threads: set[str] = set()

    def on_saved(digest: str) -> None:
        saved.append(digest)
        threads.add(threading.current_thread().name)

    writer = LibraryWriter(path, on_saved=on_saved)
    writer.record_open(document)
    base = ReadingState.for_document(document)
    for n in range(200):
        writer.save(base.with_summary_length(n), document)
    writer.flush()
    assert 1 <= writer.writes < 200 and saved and set(saved) == {text_hash(document)}
    assert threads and all(name.startswith("library-writer") for name in threads)
    writer.close()

    library = Library(path)
    state = library.state(text_hash(document))
    assert state is not None and state.summary_length == 199
    assert [e.title for e in library.entries()] == [document.title]
    library.close()


def test_errors_are_reported_not_raised(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    errors: list[str] = []
    writer = LibraryWriter(path, on_error=errors.append)
    assert writer.save(ReadingState.for_document(document), document).result() is False
    writer.close()
    assert errors and "damaged" in errors[0]
    assert path.read_bytes() == b"not a database at all" * 50


def test_a_writer_never_writes_over_a_state_another_writer_changed(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    digest = text_hash(document)
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    refused: list[tuple[str, str]] = []
    first = LibraryWriter(path)
    second = LibraryWriter(path, on_changed_elsewhere=lambda digest, message: refused.append((digest, message)))
    start = ReadingState.for_document(document)
    for writer in (first, second):
        writer.expect(digest, None)  # both opened the document when the library had nothing for it
    first.save(start.with_summary_edit("first window"), document).result()
    assert second.save(start.with_summary_length(2), document).result() is False  # would roll "first window" back
    assert refused and refused[0][0] == digest and "another window" in refused[0][1]
    library = Library(path)
    stored = library.state(digest)
    assert stored is not None and stored.summary_edit == "first window"
    second.expect(digest, stored.revision)  # it read the newer state again
    assert second.save(stored.with_summary_length(2), document).result() is True
    assert first.save(start.with_summary_edit("first window").with_summary_length(5), document).result() is False
    stored = library.state(digest)
    assert stored is not None and (stored.summary_edit, stored.summary_length) == ("first window", 2)
    library.close()
    first.close()
    second.close()


def test_deferred_writes_wait_for_release_and_a_later_save_is_not_held(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    digest = text_hash(document)
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    writer = LibraryWriter(path)
    opened = writer.record_open(document, deferred=True)
    first = writer.save(ReadingState.for_document(document), document, deferred=True)
    writer.save(ReadingState.for_document(document).with_summary_length(3), document).result()  # the reader's change
    assert writer.held() == 2 and not opened.done() and not first.done()
    library = Library(path)
    state = library.state(digest)
    assert state is not None and state.summary_length == 3  # written at once, not held behind the deferred writes
    assert writer.writes == 1
    writer.release()
    assert opened.result() is True and first.result() is True and writer.held() == 0
    assert writer.writes == 1  # the held first save found nothing newer to write: the reader's change stays
    state = library.state(digest)
    assert state is not None and state.summary_length == 3
    library.close()
    writer.close()


def test_close_writes_what_was_held(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    writer = LibraryWriter(path)
    writer.record_open(document, deferred=True)
    writer.save(ReadingState.for_document(document).with_summary_length(5), document, deferred=True)
    writer.close()  # the app quits before the document was laid out
    library = Library(path)
    assert [e.title for e in library.entries()] == [document.title]
    state = library.state(text_hash(document))
    assert state is not None and state.summary_length == 5
    library.close()
