"""File → Export ▸ Markdown / HTML / PDF / JSON / Anki: a save dialog, then the file is written off the UI thread."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from reader_app.core.document import Document
from reader_app.core.export.content import build_content
from reader_app.core.export.formats import EXPORT_FORMATS, ExportFormat
from reader_app.core.facts.model import Fact
from reader_app.core.reading_state import ReadingState
from reader_app.core.saved_file import suggested_folder
from reader_app.core.translated import PassageTranslation
from reader_app.ui.background import BackgroundJobs, JobContext
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


def write_export(
    job: JobContext,
    export_format: ExportFormat,
    path: Path,
    inputs: tuple[Document, ReadingState, list[Fact] | None, list[PassageTranslation]],
    colour_names: dict[str, str] | None = None,
) -> Path:
    """Render and write `path` atomically (on a worker); rendering runs to its end, but a cancelled export writes
    nothing."""
    from reader_app.core import saved_file
    from reader_app.core.atomic_write import atomic_write_bytes

    document, state, facts, translations = inputs
    content = build_content(document, state, facts, translations, colour_names)
    if (empty := export_format.nothing_to_export(content)) is not None:
        raise NothingToExport(empty[:1].upper() + empty[1:] + ".")
    if export_format.suffix == saved_file.SUFFIX and (reason := saved_file.newer_work_at(path, content.state)):
        raise saved_file.SavedFileError(f"{reason} It was left untouched; export under another name.")
    data = export_format.render(content)
    job.check()
    atomic_write_bytes(path, data)
    return path


class NothingToExport(Exception):
    """The file would hold nothing the reader made; the message says why, for the status bar."""


def export_error_message(path: Path, error: BaseException) -> str:
    from reader_app.core.saved_file import SavedFileError

    if isinstance(error, NothingToExport):
        return str(error)
    if isinstance(error, OSError):
        return f"Cannot write {path.name}: {error.strerror or error}."
    if isinstance(error, SavedFileError):
        return str(error)
    log.error("export to %s failed", path, exc_info=error)
    return f"The export failed ({error})."


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
    ) -> None:
        super().__init__(window)
        self.setObjectName("exportMenu")
        self.window = window
        self._state = state
        self._facts = facts
        self._jobs = BackgroundJobs(self, max_threads=2)
        self.last_path: Path | None = None

    def install(self) -> None:
        menu = self.window.menu("File").addMenu("&Export")
        menu.setObjectName("menuExport")
        for export_format in EXPORT_FORMATS:
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
        translations = list(self.window.session.translations().values())
        inputs = (document, state, self._facts(), translations)
        names = self.window.settings.highlight_names()
        task = self.window.status.start_task(f"Exporting {path.name}…", lambda: job.cancel())
        job = self._jobs.run(
            lambda context: write_export(context, export_format, path, inputs, names),
            done=lambda written: self._on_done(task, written),
            error=lambda error: self._on_failed(task, export_error_message(path, error)),
            cancelled=lambda: self._on_cancelled(task, path),
        )

    def wait(self, timeout_ms: int = 30000) -> None:
        """Let exports the reader started finish writing (the window is closing)."""
        self._jobs.wait(timeout_ms)

    def _on_done(self, task: TaskHandle, path: Path) -> None:
        task.finish()
        self.window.status.show_message(f"Exported to {path}.")
        self.last_path = path
        self.finished.emit(path)

    def _on_cancelled(self, task: TaskHandle, path: Path) -> None:
        task.finish()
        self.window.status.show_message(f"Export to {path.name} cancelled; nothing was written.")

    def _on_failed(self, task: TaskHandle, message: str) -> None:
        task.finish()
        self.window.show_error("Export failed", message)
