"""Loads documents on a worker thread so the window never freezes on a big file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader_app.core.loading import LoadError, load_document

log = logging.getLogger(__name__)


class _Signals(QObject):
    loaded = Signal(int, object, object)
    failed = Signal(int, str, object)


class _LoadJob(QRunnable):
    def __init__(self, ticket: int, path: Path, signals: _Signals) -> None:
        super().__init__()
        self._ticket = ticket
        self._path = path
        self._signals = signals

    def run(self) -> None:
        try:
            document = load_document(self._path)
        except LoadError as error:
            self._signals.failed.emit(self._ticket, str(error), self._path)
        except Exception as error:  # the reader gets a message, the log gets the traceback
            log.exception("unexpected error loading %s", self._path)
            self._signals.failed.emit(self._ticket, f"{self._path.name} could not be opened ({error}).", self._path)
        else:
            self._signals.loaded.emit(self._ticket, document, self._path)


class DocumentLoader(QObject):
    """Starts one load at a time; a newer request or `cancel()` makes the older result be ignored."""

    loaded = Signal(object, object)
    """(Document, Path)"""
    failed = Signal(str, object)
    """(message for the reader, Path)"""
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
        self._ticket += 1
        self._pending = path
        self._pool.start(_LoadJob(self._ticket, path, self._signals))
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
        self.busyChanged.emit(False)
        self.loaded.emit(document, path)

    def _on_failed(self, ticket: int, message: str, path: object) -> None:
        if ticket != self._ticket:
            return
        self._pending = None
        self.busyChanged.emit(False)
        self.failed.emit(message, path)
