"""File → Export ▸ Markdown / HTML / PDF / JSON / Anki: a save dialog, then the file is written off the UI thread."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog

from reader_app.core.document import Document
from reader_app.core.export.content import build_content
from reader_app.core.export.formats import FORMATS, ExportFormat
from reader_app.core.facts.model import Fact
from reader_app.core.reading_state import ReadingState
from reader_app.core.saved_file import suggested_folder
from reader_app.core.translated import PassageTranslation
from reader_app.ui.main_window import MainWindow
from reader_app.ui.status import TaskHandle

log = logging.getLogger(__name__)

SHORTCUTS = {
    "pdf": "Ctrl+Shift+P",
    "md": "Ctrl+Shift+M",
    "html": "Ctrl+Shift+H",
    "json": "Ctrl+Shift+J",
    "anki": "Ctrl+Shift+A",
}


class _Signals(QObject):
    done = Signal(int, object)
    """(ticket, Path)"""
    failed = Signal(int, str)
    """(ticket, message for the reader)"""
    cancelled = Signal(int, object)
    """(ticket, Path) nothing was written"""


class _ExportJob(QRunnable):
    def __init__(
        self,
        ticket: int,
        export_format: ExportFormat,
        path: Path,
        inputs: tuple[Document, ReadingState, list[Fact] | None, list[PassageTranslation]],
        signals: _Signals,
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self._cancel = cancel
        self._ticket = ticket
        self._format = export_format
        self._path = path
        self._inputs = inputs
        self._signals = signals

    def run(self) -> None:
        document, state, facts, translations = self._inputs
        try:
            from reader_app.core.atomic_write import atomic_write_bytes

            content = build_content(document, state, facts, translations)
            if self._format.render is None:
                from reader_app.ui.pdf_export import pdf_bytes

                data = pdf_bytes(content)
            else:
                data = self._format.render(content).encode("utf-8")
            if self._cancel.is_set():
                self._signals.cancelled.emit(self._ticket, self._path)
                return
            atomic_write_bytes(self._path, data)
        except OSError as error:
            self._signals.failed.emit(self._ticket, f"Cannot write {self._path.name}: {error.strerror or error}.")
        except Exception as error:  # the reader gets a message, the log the traceback
            log.exception("export to %s failed", self._path)
            self._signals.failed.emit(self._ticket, f"The export failed ({error}).")
        else:
            self._signals.done.emit(self._ticket, self._path)


def default_file_name(document: Document, suffix: str) -> str:
    """The document's file name with the format's suffix, or its title made safe for a file name."""
    if document.source is not None:
        return document.source.stem + suffix
    stem = re.sub(r"[\\/:*?\"<>|\s]+", " ", document.title).strip()[:60] or "summary"
    return stem + suffix


class ExportMenu(QObject):
    """Adds the File → Export submenu; each entry asks where to save and exports in the background."""

    finished = Signal(object)
    """(Path) a file was written."""

    def __init__(
        self,
        window: MainWindow,
        state: Callable[[], ReadingState | None],
        facts: Callable[[], list[Fact] | None],
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("exportMenu")
        self.window = window
        self._state = state
        self._facts = facts
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._ticket = 0
        self._tasks: dict[int, TaskHandle] = {}
        self.last_path: Path | None = None

    def install(self) -> None:
        menu = self.window.menu("File").addMenu("&Export")
        menu.setObjectName("menuExport")
        for export_format in FORMATS.values():
            action = menu.addAction(f"{export_format.title}…")
            action.setObjectName(f"export_{export_format.name}")
            action.setStatusTip(f"Export the summary, key facts, highlights and notes as {export_format.title}")
            if export_format.name in SHORTCUTS:
                action.setShortcut(SHORTCUTS[export_format.name])
            action.triggered.connect(lambda _checked=False, f=export_format: self.export_with_dialog(f))
        self._menu = menu
        self.window.session.documentChanged.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self, _document: object = None) -> None:
        self._menu.setEnabled(self.window.session.document() is not None)

    def export_with_dialog(self, export_format: ExportFormat) -> None:
        document = self.window.session.document()
        if document is None:
            self.window.status.show_message("Open a document first.")
            return
        folder = suggested_folder(document.source)
        suggested = str(folder / default_file_name(document, export_format.suffix))
        pattern = f"{export_format.title} (*{export_format.suffix});;All files (*)"
        title = f"Export as {export_format.title}"
        chosen, _filter = QFileDialog.getSaveFileName(self.window, title, suggested, pattern)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(export_format.suffix)
        self.export(export_format, path)

    def export(self, export_format: ExportFormat, path: Path) -> None:
        """Write `path` in the background; the status bar shows it and can cancel (nothing is then written)."""
        document = self.window.session.document()
        state = self._state()
        if document is None or state is None:
            return
        self._ticket += 1
        ticket = self._ticket
        translations = list(self.window.session.translations().values())
        inputs = (document, state, self._facts(), translations)
        cancel = threading.Event()
        self._tasks[ticket] = self.window.status.start_task(f"Exporting {path.name}…", cancel.set)
        # Rendering runs to its end, but a cancelled export writes nothing.
        self._pool.start(_ExportJob(ticket, export_format, path, inputs, self._signals, cancel))

    def _finish(self, ticket: int) -> None:
        task = self._tasks.pop(ticket, None)
        if task is not None:
            task.finish()

    def _on_done(self, ticket: int, path: Path) -> None:
        self._finish(ticket)
        self.window.status.show_message(f"Exported to {path}.")
        self.last_path = path
        self.finished.emit(path)

    def _on_cancelled(self, ticket: int, path: Path) -> None:
        self._finish(ticket)
        self.window.status.show_message(f"Export to {path.name} cancelled; nothing was written.")

    def _on_failed(self, ticket: int, message: str) -> None:
        self._finish(ticket)
        self.window.show_error("Export failed", message)
