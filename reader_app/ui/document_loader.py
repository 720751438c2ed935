"""Loads documents on a worker thread so the window never freezes on a big file."""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from reader_app.core.document import Document
    from reader_app.ui.background import BackgroundJobs, JobContext

log = logging.getLogger(__name__)

FREEZE_CHARS = 200_000
LOAD = "load"


def keep_out_of_gc(size: int) -> None:
    """After a big document (or its facts) arrives: move what exists now out of the cyclic collector's reach.

    A big article is millions of small objects that live as long as the document; each full collection walked
    them all (visible pauses of the window). They have no reference cycles, so reference counting still frees them
    when the document is closed."""
    if size >= FREEZE_CHARS:
        gc.freeze()


class LoadFailed(Exception):
    """A document could not be read; the message is for the reader."""


def _load(path: Path | None, text: str | None) -> Document:
    """Reads `path`, or builds a document from pasted `text` when path is None (runs on a worker)."""
    # Imported here, on the worker: the window paints before the decoding and segmentation code is loaded.
    from reader_app.core.collection_pause import collection_paused
    from reader_app.core.loading import LoadError, document_from_text, load_document
    from reader_app.core.reading_state import text_hash

    name = path.name if path is not None else "The pasted text"
    try:
        with collection_paused():
            document = load_document(path) if path is not None else document_from_text(text or "")
            text_hash(document)  # here, not on the UI thread: the reading store and the library writer reuse it
            # Before the collector is back on: its first runs would walk every sentence span just made, holding the
            # interpreter lock the window needs to show the text.
            keep_out_of_gc(sum(len(passage.text) for passage in document.passages()))
        return document
    except LoadError as error:
        raise LoadFailed(str(error)) from error
    except Exception as error:  # the reader gets a message, the log gets the traceback
        log.exception("unexpected error loading %s", name)
        raise LoadFailed(f"{name} could not be opened ({error}).") from error


class DocumentLoader(QObject):
    """Starts one load at a time; a newer request or `cancel()` makes the older result be ignored."""

    loaded = Signal(object, object)
    """(Document, Path or None for pasted text)"""
    failed = Signal(str, object)
    """(message for the reader, Path or None for pasted text)"""
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs_made: BackgroundJobs | None = None
        self._pending: Path | None = None

    def load(self, path: Path) -> None:
        self._start(path, None)

    def load_text(self, text: str) -> None:
        """Build a document from pasted text (segmenting megabytes takes a while, so not on the UI thread)."""
        self._start(None, text)

    def _start(self, path: Path | None, text: str | None) -> None:
        self._pending = path if path is not None else Path("<pasted text>")

        def work(_job: JobContext) -> Document:
            return _load(path, text)

        self._jobs().run(
            work,
            key=LOAD,
            done=lambda document: self._on_loaded(document, path),
            error=lambda error: self._on_failed(error, path),
        )
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        if self._pending is not None:
            self._jobs().cancel(LOAD)
            self._pending = None
            self.busyChanged.emit(False)

    def busy(self) -> bool:
        return self._pending is not None

    def _jobs(self) -> BackgroundJobs:
        """Made with the first load: the window paints before the job machinery (and threading) is imported."""
        if self._jobs_made is None:
            from reader_app.ui.background import BackgroundJobs

            self._jobs_made = BackgroundJobs(self)
        return self._jobs_made

    def pending_path(self) -> Path | None:
        return self._pending

    def _on_loaded(self, document: Document, path: Path | None) -> None:
        self._pending = None
        keep_out_of_gc(sum(len(p.text) for p in document.passages()))
        self.busyChanged.emit(False)
        self.loaded.emit(document, path)

    def _on_failed(self, error: BaseException, path: Path | None) -> None:
        self._pending = None
        self.busyChanged.emit(False)
        message = str(error) if isinstance(error, LoadFailed) else f"The document could not be opened ({error})."
        self.failed.emit(message, path)
