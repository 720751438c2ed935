"""Loads documents on a worker thread so the window never freezes on a big file."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

FREEZE_CHARS = 200_000


def keep_out_of_gc(size: int) -> None:
    """After a big document (or its facts) arrives: move what exists now out of the cyclic collector's reach.

    A 20 MB article is millions of small objects that live as long as the document; each full collection walked
    them all (0.3–0.5 s pauses of the window). They have no reference cycles, so reference counting still frees them
    when the document is closed."""
    if size >= FREEZE_CHARS:
        gc.freeze()


class _Signals(QObject):
    loaded = Signal(int, object, object)
    failed = Signal(int, str, object)


class _LoadJob(QRunnable):
    """Reads `path`, or builds a document from pasted `text` when path is None."""

    def __init__(self, ticket: int, path: Path | None, text: str | None, signals: _Signals) -> None:
        super().__init__()
        self._ticket = ticket
        self._path = path
        self._text = text
        self._signals = signals

    def run(self) -> None:
        # Imported here, on the worker: the window paints before the decoding and segmentation code is loaded.
        from reader_app.core.loading import LoadError, document_from_text, load_document

        name = self._path.name if self._path is not None else "The pasted text"
        try:
            path = self._path
            document = load_document(path) if path is not None else document_from_text(self._text or "")
        except LoadError as error:
            self._signals.failed.emit(self._ticket, str(error), self._path)
        except Exception as error:  # the reader gets a message, the log gets the traceback
            log.exception("unexpected error loading %s", name)
            self._signals.failed.emit(self._ticket, f"{name} could not be opened ({error}).", self._path)
        else:
            self._signals.loaded.emit(self._ticket, document, self._path)


class DocumentLoader(QObject):
    """Starts one load at a time; a newer request or `cancel()` makes the older result be ignored."""

    loaded = Signal(object, object)
    """(Document, Path or None for pasted text)"""
    failed = Signal(str, object)
    """(message for the reader, Path or None for pasted text)"""
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._ticket = 0
        self._pending: Path | None = None

    def load(self, path: Path) -> None:
        self._start(path, None)

    def load_text(self, text: str) -> None:
        """Build a document from pasted text (segmenting megabytes takes a while, so not on the UI thread)."""
        self._start(None, text)

    def _start(self, path: Path | None, text: str | None) -> None:
        self._ticket += 1
        self._pending = path if path is not None else Path("<pasted text>")
        self._pool.start(_LoadJob(self._ticket, path, text, self._signals))
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        if self._pending is not None:
            self._ticket += 1
            self._pending = None
            self.busyChanged.emit(False)

    def busy(self) -> bool:
        return self._pending is not None

    def pending_path(self) -> Path | None:
        return self._pending

    def _on_loaded(self, ticket: int, document: object, path: object) -> None:
        if ticket != self._ticket:
            return
        self._pending = None
        passages = getattr(document, "passages", None)
        keep_out_of_gc(sum(len(p.text) for p in passages()) if passages is not None else 0)
        self.busyChanged.emit(False)
        self.loaded.emit(document, path)

    def _on_failed(self, ticket: int, message: str, path: object) -> None:
        if ticket != self._ticket:
            return
        self._pending = None
        self.busyChanged.emit(False)
        self.failed.emit(message, path)
