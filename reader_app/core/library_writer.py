"""Library writes on one background thread, so saving a big document's state never freezes the window."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from reader_app.core.document import Document
from reader_app.core.freed_memory import release_freed_memory
from reader_app.core.library import NO_STATE, ChangedElsewhereError, Library, LibraryError, file_fingerprint
from reader_app.core.reading_state import ReadingState


class LibraryWriter:
    """Queues `record_open` and `save` for its own connection; for each document only the newest queued state is
    written (a burst of changes becomes one write). Callbacks run on the writer thread.

    A write queued with `deferred=True` waits until `release` (or `flush`, `close`): the first write of a big document
    encodes its whole text in Python, holding the interpreter lock that the window needs while it lays the text out."""

    def __init__(
        self,
        path: Path,
        on_saved: Callable[[str], None] = lambda _hash: None,
        on_error: Callable[[str], None] = lambda _message: None,
        on_changed_elsewhere: Callable[[str, str], None] | None = None,
    ) -> None:
        """`on_changed_elsewhere(text_hash, message)`: a state was not written because the library's changed since
        this writer read or wrote it (see `expect`); without it, that is reported through `on_error`."""
        self._path = path
        self._on_saved = on_saved
        self._on_error = on_error
        self._on_changed_elsewhere = on_changed_elsewhere or (lambda _hash, message: on_error(message))
        self._bases: dict[str, int | None] = {}
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library-writer")
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[ReadingState, Document]] = {}
        self._futures: dict[str, Future[bool]] = {}
        self._held: list[tuple[Callable[[], bool], Future[bool]]] = []
        self._library: Library | None = None
        self._closed = False
        self.writes = 0
        """States actually written (fewer than `save` calls when they were coalesced)."""

    def _open(self) -> Library:
        """The writer thread's own connection (SQLite connections stay on the thread that made them)."""
        if self._library is None:
            self._library = Library(self._path)
        return self._library

    def _guarded(self, job: Callable[[], object]) -> bool:
        try:
            job()
        except ChangedElsewhereError:
            raise
        except (LibraryError, sqlite3.Error, OSError, ValueError) as error:
            self._on_error(str(error))
            return False
        return True

    def _hold(self, job: Callable[[], bool]) -> Future[bool]:
        future: Future[bool] = Future()
        with self._lock:
            self._held.append((job, future))
        return future

    def release(self) -> None:
        """Queue the deferred writes, in the order they were asked for."""
        with self._lock:
            held, self._held = self._held, []
        for job, future in held:
            self._executor.submit(self._run_held, job, future)

    @staticmethod
    def _run_held(job: Callable[[], bool], future: Future[bool]) -> None:
        try:
            future.set_result(job())
        except BaseException as error:  # handed to whoever waits on the future
            future.set_exception(error)
        finally:
            # A held write is a big document's first: encoding and indexing its text left hundreds of megabytes
            # free in the heap, which glibc kept for the window.
            release_freed_memory()

    def held(self) -> int:
        """Deferred writes not yet released."""
        with self._lock:
            return len(self._held)

    def record_open(self, document: Document, from_file: bool = True, deferred: bool = False) -> Future[bool]:
        """The file's size and time are taken here, on the caller's thread, right after the text was read: the file
        may change before the writer gets to it."""
        source = document.source if from_file else None
        fingerprint = file_fingerprint(str(source)) if source is not None else None

        def job() -> bool:
            return self._guarded(lambda: self._open().record_open(document, fingerprint is not None, fingerprint))

        return self._hold(job) if deferred else self._executor.submit(job)

    def expect(self, digest: str, revision: int | None) -> None:
        """The revision of the stored state of `digest` as just read (None: there was none): a later save is written
        only while the library still holds that revision, or what this writer wrote since."""
        with self._lock:
            self._bases[digest] = NO_STATE if revision is None else revision

    def write_over(self, digest: str) -> None:
        """Write later saves of `digest` whatever the library holds by then (the reader chose to)."""
        with self._lock:
            self._bases[digest] = None

    def save(self, state: ReadingState, document: Document, deferred: bool = False) -> Future[bool]:
        """With `deferred`, the write waits for `release`; a later save that is not deferred writes at once (the
        newest state: the deferred one then finds nothing left to write)."""
        digest = state.text_hash
        if deferred:
            with self._lock:
                self._pending[digest] = (state, document)
            return self._hold(lambda: self._write(digest))
        with self._lock:
            self._pending[digest] = (state, document)
            queued = self._futures.get(digest)
            if queued is not None and not queued.running() and not queued.done():
                return queued  # not started yet: it will pick up this newer state
            future = self._executor.submit(self._write, digest)
            self._futures[digest] = future
            return future

    def _write(self, digest: str) -> bool:
        with self._lock:
            item = self._pending.pop(digest, None)
        if item is None:
            return True
        state, document = item
        with self._lock:
            base = self._bases.get(digest)
        try:
            ok = self._guarded(lambda: self._open().save_state(state, document, base))
        except ChangedElsewhereError as error:
            self._on_changed_elsewhere(digest, str(error))
            return False
        if ok:
            with self._lock:
                self._bases[digest] = state.revision
            self.writes += 1
            self._on_saved(digest)
        return ok

    def flush(self, timeout: float | None = 30.0) -> None:
        """Wait until everything queued so far, deferred writes too, is written."""
        if not self._closed:
            self.release()
            self._executor.submit(lambda: None).result(timeout)

    def close(self) -> None:
        """Write what is queued, close the connection and stop the thread."""
        if self._closed:
            return
        self.flush(None)

        def shut() -> None:
            if self._library is not None:
                self._library.close()
                self._library = None

        self._executor.submit(shut).result()
        self._executor.shutdown(wait=True)
        self._closed = True
