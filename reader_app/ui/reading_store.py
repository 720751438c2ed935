"""The open document's ReadingState: restored from the library on open, shared by features, autosaved (debounced)."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal

from reader_app.core.annotations import utc_now
from reader_app.core.document import Document, PassageRole
from reader_app.core.library import Library, LibraryError
from reader_app.core.library_writer import LibraryWriter
from reader_app.core.reading_state import Newer, ReadingState, compare_work, text_hash
from reader_app.core.restored_work import attach_highlights, translation_fits
from reader_app.ui.features import Feature
from reader_app.ui.when_loaded import when_loaded

if TYPE_CHECKING:
    from reader_app.ui.background import BackgroundJobs
    from reader_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
AUTOSAVE_MAX_WAIT_S = 5.0
"""Keep saving at least this often while changes stream in (e.g. a translation arriving batch by batch)."""
DEFER_FIRST_WRITE_CHARS = 200_000
"""A document this long is first written to the library once it is read and laid out (see `_on_document_changed`)."""


class ReadingStore(Feature):
    """Owns the current ReadingState and the library connection; every feature reads and writes state here.

    Listen to `stateReset` (a new document's state is ready, restored from the library or a saved file) rather than
    to `ReaderSession.documentChanged`, which fires before the state is restored.
    """

    stateChanged = Signal(object)
    """(ReadingState) after any change, by any feature."""
    stateReset = Signal(object)
    """(ReadingState) after a document opened and its state was restored."""
    saved = Signal()
    """The state reached the library."""
    libraryFailed = Signal(str)
    """(message) the library cannot be used; the app goes on without it."""
    changedElsewhere = Signal(str)
    """(message) another window saved its own work on the open document since this one read it: this window's
    changes are not written over it until the reader chooses (`keep_this_version` or `show_other_work`)."""
    _written = Signal(str)
    _writeFailed = Signal(str)
    _writeRefused = Signal(str, str)
    """Bridges from the writer thread (queued to this object's thread)."""

    def __init__(
        self, window: MainWindow, library_path: Path | None = None, autosave_ms: int = AUTOSAVE_DELAY_MS
    ) -> None:
        super().__init__(window)
        session = self._session = window.session
        self._library_path = library_path
        self._library: Library | None = None
        self._writer: LibraryWriter | None = None
        self._library_error: str | None = None
        self._preparing = False
        self._jobs: BackgroundJobs | None = None
        self._document: Document | None = None
        self._state: ReadingState | None = None
        self._pending: ReadingState | None = None
        self._dirty_since: float | None = None
        self._deferring = False
        """The open document's first writes (adding it, its first state) wait until the window has laid it out."""
        self.last_saved: float | None = None
        self.save_count = 0
        self.restored_from: str | None = None
        """How the current state came: "library", "previous version", "saved file" or None (fresh)."""
        self.changed_elsewhere: str | None = None
        """Why this window's changes are not being saved (see `changedElsewhere`), or None."""
        self.set_aside_origin = "saved file"
        """Where `set_aside` came from: "saved file", or "this window" (its changes, set aside by
        `show_other_work`)."""
        self.set_aside: ReadingState | None = None
        """The opened saved file's state, when the library held newer (or different) work of the document and that
        was shown instead: the reader may still choose it (`use_state`)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.save_now)
        self._written.connect(self._on_written)
        self._writeRefused.connect(self._on_write_refused)
        self._writeFailed.connect(self._on_write_failed)
        session.documentChanged.connect(self._on_document_changed)
        session.translationChanged.connect(self._on_translation_changed)
        window.loader.busyChanged.connect(self._on_loading)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        if session.document() is not None:
            self._on_document_changed(session.document())

    # --- public API ---------------------------------------------------------------------------------------------

    def document(self) -> Document | None:
        return self._document

    def state(self) -> ReadingState | None:
        return self._state

    def set_state(self, state: ReadingState) -> None:
        """Replace the state (built with its `with_*` helpers) and schedule an autosave. Whatever is set becomes the
        newest revision (an undo, too, is a newer change)."""
        if self._document is None or state.text_hash != self._state_hash():
            raise ValueError("this reading state does not belong to the open document")
        if state == self._state:
            return
        current = self._state
        if current is not None and state.revision <= current.revision:
            state = replace(state, revision=current.revision + 1)
        self._state = state
        self._schedule_save()
        self.stateChanged.emit(state)

    def update(self, change: Callable[[ReadingState], ReadingState]) -> None:
        if self._state is not None:
            self.set_state(change(self._state))

    def library(self) -> Library | None:
        """The library for reading (writes go through a background writer), opened on first use; None (with
        `library_error()`) when it cannot be used."""
        if self._library is None and self._library_error is None:
            try:
                self._library = Library(self._library_path)
            except LibraryError as error:
                self._library_error = str(error)
                log.warning("library unavailable: %s", error)
                self.libraryFailed.emit(str(error))
                return None
            if self._library.read_only is not None:  # read what is there; no writer, so nothing is written
                self._library_error = self._library.read_only
                log.warning("library read-only: %s", self._library.read_only)
                self.libraryFailed.emit(self._library.read_only)
                return self._library
            self._writer = LibraryWriter(
                self._library.path, self._written.emit, self._writeFailed.emit, self._writeRefused.emit
            )
        return self._library

    def _on_loading(self, busy: bool) -> None:
        """Get the library ready while the document is read: done when the text arrived, opening it (on a first
        run, creating it) cost the turn that shows the text. A worker creates and migrates it; the window then
        opens a library that is ready, which is quick."""
        if not busy or self._library is not None or self._library_error is not None or self._preparing:
            return
        from reader_app.ui.background import BackgroundJobs  # with the first load, as the loader's own jobs

        if self._jobs is None:
            self._jobs = BackgroundJobs(self)
        self._preparing = True
        path = self._library_path
        self._jobs.run(lambda _job: _prepare_library(path), key="prepare", done=self._prepared, error=self._prepared)

    def _prepared(self, _result: object) -> None:
        self._preparing = False
        self.library()

    def library_error(self) -> str | None:
        return self._library_error

    def open_saved(self, state: ReadingState) -> None:
        """Offer `state` (from a saved file) for its document when the session shows that document next (call this,
        then `MainWindow.open_document`). Newer work wins (`compare_work`): the file's state replaces the library's
        only when its revision is higher; otherwise the library's stays and the file's is kept in `set_aside`."""
        self._pending = state

    def use_state(self, state: ReadingState) -> None:
        """Make a whole other state of the open document (e.g. `set_aside`) the current one, as its newest revision;
        its translations are shown where the session has none."""
        if self._document is None:
            return
        if state is self.set_aside:
            self.set_aside = None
        self.set_state(attach_highlights(replace(state, modified=utc_now()), self._document))
        self._show_translations(self._state)

    def dirty(self) -> bool:
        return self._timer.isActive()

    def save_now(self, deferred: bool = False) -> bool:
        """Queue the current state for the library's writer thread now (`saved` follows when it is written);
        False when there is no library or nothing to save. With `deferred`, it is written once the document is laid
        out (a change the reader makes before that is still written at once)."""
        self._timer.stop()
        self._dirty_since = None
        if self._state is None or self._document is None or self.library() is None or self._writer is None:
            return False
        if self.changed_elsewhere is not None:
            return False  # not over the other window's work, until the reader chooses
        self._writer.save(self._state, self._document, deferred)
        return True

    def keep_this_version(self) -> None:
        """After `changedElsewhere`: save this window's state over the other window's work."""
        if self._state is None or self._writer is None:
            return
        self.changed_elsewhere = None
        self._writer.write_over(self._state.text_hash)
        self.save_now()

    def show_other_work(self) -> None:
        """After `changedElsewhere`: show the library's newer state; this window's is kept in `set_aside` (the
        reader may still choose it with `use_state`)."""
        document, mine = self._document, self._state
        if document is None or mine is None:
            return
        stored = self._record_open(document, mine.text_hash, from_file=False)
        self.changed_elsewhere = None
        if stored is None:
            return
        self._timer.stop()
        self.set_aside = None if stored.same_work(mine) else mine
        self.set_aside_origin = "this window"
        self._state = attach_highlights(stored, document)
        self.restored_from = "library"
        self._show_translations(self._state)
        self.stateReset.emit(self._state)

    def flush(self) -> None:
        """Save now and wait until the library has it (on close, before reading the library elsewhere)."""
        self.save_now()
        if self._writer is not None:
            self._writer.flush()

    def close(self) -> None:
        """Save, wait for the writer and close the library."""
        self.save_now()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._library is not None:
            self._library.close()
            self._library = None

    def shutdown(self) -> None:
        """The window closes: save and wait until the library has it (the library closes when the app quits)."""
        if self._jobs is not None:
            self._jobs.shutdown()
        self.flush()

    # --- internals ----------------------------------------------------------------------------------------------

    def _state_hash(self) -> str:
        return self._state.text_hash if self._state is not None else ""

    def _schedule_save(self) -> None:
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= AUTOSAVE_MAX_WAIT_S:
            self.save_now()
        else:
            self._timer.start()

    def _on_document_changed(self, document: object) -> None:
        if self._timer.isActive():
            self.save_now()  # the previous document's last changes
        if self._writer is not None:
            self._writer.flush()  # what is read next must include every queued write (it may be this document)
        if not isinstance(document, Document):
            self._document, self._state = None, None
            return
        self._document = document
        self.set_aside, self.set_aside_origin, self.changed_elsewhere = None, "saved file", None
        # A big document's first write encodes its whole text on the writer thread, holding the interpreter lock the
        # window needs to show and lay out that text: it waits until the layout is done (or the app quits, or
        # another document is opened: `LibraryWriter.flush` writes what was held).
        self._deferring = sum(len(passage.text) for passage in document.passages()) > DEFER_FIRST_WRITE_CHARS
        self._state = self._restored(document)
        self._pending = None
        self._show_translations(self._state)
        self.save_now(self._deferring)
        if self._deferring:
            self._deferring = False
            when_loaded(self.window, self._release_held_writes)
        self.stateReset.emit(self._state)

    def _release_held_writes(self) -> None:
        if self._writer is not None:
            self._writer.release()

    def _show_translations(self, state: ReadingState | None) -> None:
        document = self._document
        if state is None or document is None:
            return
        for translation in state.translations:
            if translation_fits(translation, document) and self._session.translation(translation.role) is None:
                self._session.set_translation(translation)

    def _restored(self, document: Document) -> ReadingState:
        digest = text_hash(document)
        pending = self._pending
        if pending is not None and pending.text_hash == digest:
            stored = self._record_open(document, digest, from_file=False)  # the text came from the saved file
            newer = compare_work(pending, stored)
            if newer is Newer.SAVED or stored is None:
                self.restored_from = "saved file"
                return attach_highlights(pending, document)
            self.restored_from = "library"
            if newer is not Newer.SAME:
                self.set_aside = pending
            return attach_highlights(stored, document)
        stored = self._record_open(document, digest)
        if stored is not None:
            self.restored_from = "library"
            return attach_highlights(stored, document)
        previous = self._previous_version(document, digest)
        if previous is not None:
            self.restored_from = "previous version"
            return previous
        self.restored_from = None
        return ReadingState.for_document(document, digest)

    def _record_open(self, document: Document, digest: str, from_file: bool = True) -> ReadingState | None:
        """The stored state (read here, it is quick); adding the document or bumping its date (and recording the file
        it was read from) goes to the writer."""
        library = self.library()
        if library is None:
            return None
        if self._writer is not None:
            self._writer.record_open(document, from_file, self._deferring)
        try:
            stored = library.state(digest)  # the digest is computed once: hashing a big text is not free
        except LibraryError as error:
            if self._writer is not None:
                self._writer.write_over(digest)  # unreadable: nothing there to roll back
            self.libraryFailed.emit(str(error))
            return None
        if self._writer is not None:
            self._writer.expect(digest, stored.revision if stored is not None else None)
        return stored

    def _on_written(self, _digest: str) -> None:
        self.last_saved = time.monotonic()
        self.save_count += 1
        self.saved.emit()

    def _on_write_refused(self, digest: str, message: str) -> None:
        if self._state is None or self._state.text_hash != digest or self.changed_elsewhere is not None:
            return
        log.warning("not saved over newer work: %s", message)
        self.changed_elsewhere = message
        self._timer.stop()
        self.changedElsewhere.emit(message)

    def _on_write_failed(self, message: str) -> None:
        log.warning("library write failed: %s", message)
        self.libraryFailed.emit(message)

    def _previous_version(self, document: Document, digest: str) -> ReadingState | None:
        """The state of an earlier text of the same file, moved onto the new text with highlights re-attached."""
        library = self.library()
        if library is None or document.source is None:
            return None
        try:
            old_hash = library.latest_for_source(document.source, exclude_hash=digest)
            if old_hash is None:
                return None
            old_state = library.state(old_hash)
            old_document = library.document(old_hash)
        except LibraryError as error:
            self.libraryFailed.emit(str(error))
            return None
        if old_state is None:
            return None
        return attach_highlights(old_state.rebased(document, old_document), document)

    def _on_translation_changed(self, role: object) -> None:
        if self._state is None or self._document is None or not isinstance(role, PassageRole):
            return
        translation = self._session.translation(role)
        if translation is None or not translation.complete or self._state.translation(translation.role) == translation:
            return
        state = self._state.with_translation(translation)
        self.set_state(attach_highlights(state, self._document))


def _prepare_library(path: Path | None) -> None:
    """Create and migrate the library (on a worker); the window reports any problem when it opens it."""
    with contextlib.suppress(LibraryError):
        Library(path).close()


def install(window: MainWindow) -> ReadingStore:
    """The window's one ReadingStore (made on the first call)."""
    existing = window.feature(ReadingStore)
    return existing if existing is not None else ReadingStore(window)
