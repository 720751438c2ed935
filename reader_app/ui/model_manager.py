"""Tools → Translation Models…: installed models, install from a file, download on request, remove."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.language import CHINESE, CHINESE_TRADITIONAL, ENGLISH, JAPANESE, language_name
from reader_app.translation import packages
from reader_app.translation.errors import DownloadCancelledError, OlderVersionError, TranslationError
from reader_app.translation.packages import InstalledModel
from reader_app.ui.background import BackgroundJobs, Job, JobContext

log = logging.getLogger(__name__)

DOWNLOAD_LANGUAGES = (JAPANESE, CHINESE, CHINESE_TRADITIONAL, ENGLISH)


def format_size(size_bytes: int) -> str:
    if size_bytes >= 1024**3:
        return f"{size_bytes / 1024**3:.1f} GB"
    if size_bytes >= 1024**2:
        return f"{size_bytes / 1024**2:.1f} MB"
    return f"{max(1, round(size_bytes / 1024))} KB"


def _pair(model: InstalledModel) -> str:
    return f"{language_name(model.from_code)} → {language_name(model.to_code)}"


class InstalledModelsModel(QAbstractTableModel):
    """The installed packages as a table: language pair, codes, version, size on disk."""

    HEADERS = ("Languages", "Pair", "Version", "Size")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._models: list[InstalledModel] = []

    def set_models(self, models: list[InstalledModel]) -> None:
        self.beginResetModel()
        self._models = list(models)
        self.endResetModel()

    def model_at(self, row: int) -> InstalledModel:
        return self._models[row]

    def models(self) -> list[InstalledModel]:
        return list(self._models)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._models)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        model = self._models[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                _pair(model),
                f"{model.from_code}→{model.to_code}",
                model.version or "—",
                format_size(model.size_bytes),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(model.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


ModelWork = Callable[[Callable[[int, int], None], Callable[[], bool]], InstalledModel]
"""An install or download: `work(progress, cancelled)` returns the installed model."""


def task_error_message(error: BaseException) -> str:
    if isinstance(error, DownloadCancelledError):
        return "Download cancelled; nothing was installed."
    if isinstance(error, TranslationError):
        return str(error)
    log.error("model task failed", exc_info=error)  # never a traceback in the user's face
    return f"Something went wrong: {error}"


class ModelManagerDialog(QDialog):
    """Non-modal, so the reader keeps reading while a model installs or downloads."""

    modelsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManagerDialog")
        self.setWindowTitle("Translation Models")
        self.resize(620, 400)
        self._jobs = BackgroundJobs(self)
        self._task: Job[InstalledModel] | None = None
        self._queue: list[Path] = []
        self._report: list[tuple[bool, str]] | None = None
        """What became of each file of a several-file install (None outside one)."""
        self._cancel_requested = threading.Event()

        intro = QLabel(
            "Translation runs on this computer with Argos Translate models. Install a <i>.argosmodel</i> file, "
            "or download one from the Argos package index (the only time the app goes online)."
        )
        intro.setWordWrap(True)
        self.table_model = InstalledModelsModel(self)
        self.table = QTableView()
        self.table.setObjectName("installedModels")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.empty_label = QLabel(
            "No translation model is installed yet. Use <b>Install from file…</b> for a downloaded "
            "<i>.argosmodel</i> file, or <b>Download…</b> to fetch one."
        )
        self.empty_label.setObjectName("noModelsLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.install_button = QPushButton("Install from file…")
        self.install_button.clicked.connect(self.choose_file)
        self.download_button = QPushButton("Download…")
        self.download_button.setToolTip("Download a model from the Argos package index (needs the internet)")
        self.download_button.clicked.connect(self.show_download_row)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Delete the selected model from this computer")
        self.remove_button.clicked.connect(self.confirm_remove)
        close_button = QPushButton("Close")
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.install_button, self.download_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        # Download row: the pair to fetch, shown only after Download… is clicked.
        self.download_row = QFrame()
        self.download_row.setObjectName("downloadRow")
        row = QHBoxLayout(self.download_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        for combo in (self.from_combo, self.to_combo):
            for code in DOWNLOAD_LANGUAGES:
                combo.addItem(language_name(code), code)
        self.set_download_pair(JAPANESE, ENGLISH)
        self.start_download_button = QPushButton("Download")
        self.start_download_button.clicked.connect(self.start_download)
        row.addWidget(QLabel("Download"))
        row.addWidget(self.from_combo)
        row.addWidget(QLabel("→"))
        row.addWidget(self.to_combo)
        row.addWidget(self.start_download_button)
        row.addStretch(1)
        self.download_row.hide()

        # Progress of the running install or download, with Cancel.
        self.progress_row = QFrame()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_task)
        progress_layout.addWidget(self.progress_label)
        progress_layout.addWidget(self.progress_bar, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.message = QLabel()
        self.message.setObjectName("managerMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.download_row)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- state ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.table_model.set_models(packages.installed_models())
        empty = self.table_model.rowCount() == 0
        self.list_stack.setCurrentWidget(self.empty_label if empty else self.table)
        self._update_buttons()

    def busy(self) -> bool:
        return self._task is not None

    def _update_buttons(self) -> None:
        busy = self.busy()
        self.install_button.setEnabled(not busy)
        self.download_button.setEnabled(not busy)
        self.start_download_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.selected_model() is not None)

    def selected_model(self) -> InstalledModel | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table_model.model_at(rows[0].row()) if rows else None

    def select_pair(self, from_code: str, to_code: str) -> bool:
        for row, model in enumerate(self.table_model.models()):
            if (model.from_code, model.to_code) == (from_code, to_code):
                self.table.selectRow(row)
                return True
        return False

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setProperty("error", error)
        self.message.show()

    def set_download_pair(self, from_code: str, to_code: str) -> None:
        """Preselect the pair the reader is missing (the no-model message passes it)."""
        for combo, code in ((self.from_combo, from_code), (self.to_combo, to_code)):
            index = combo.findData(code)
            if index >= 0:
                combo.setCurrentIndex(index)

    # --- install from file ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Install translation models", str(Path.home()), "Argos models (*.argosmodel);;All files (*)"
        )
        if paths:
            self.install_files([Path(path) for path in paths])

    def install_files(self, paths: list[Path]) -> None:
        """Install each file in turn; with several, the message line ends with what became of each."""
        if len(paths) == 1:
            self.install_file(paths[0])
            return
        self._queue = list(paths)
        self._report = []
        self._install_next()

    def _install_next(self) -> None:
        if self._queue:
            self.install_file(self._queue.pop(0))
            return
        report, self._report = self._report, None
        if report:
            failed = any(not ok for ok, _line in report)
            self.show_message(" ".join(line for _ok, line in report), error=failed)

    def _queued(self, ok: bool, line: str) -> bool:
        """In a several-file install, note the outcome and go on; False when only one file was asked for."""
        if self._report is None:
            return False
        self._report.append((ok, line))
        self._install_next()
        return True

    def install_file(self, path: Path, *, force: bool = False) -> None:
        """Validate and install off the UI thread; the outcome shows in the dialog's message line. A package older
        than the installed one is installed only after the reader says so (`confirm_older`)."""

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> InstalledModel:
            return packages.install_from_file(path, force=force)

        self._start(f"Installing {path.name}…", work, False, path)

    def confirm_older(self, path: Path, error: OlderVersionError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Install an older model",
            f"{error}\n\nReplace version {error.installed} with the older version {error.offered or '?'}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmOlderBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.install_file(path, force=True))
        box.rejected.connect(lambda: self.show_message(f"Kept version {error.installed}; nothing was installed."))
        box.finished.connect(box.deleteLater)
        box.open()

    # --- download ------------------------------------------------------------------------------------

    def show_download_row(self) -> None:
        self.download_row.show()
        self.show_message("Choose the languages and click Download. This connects to the Argos package index.")

    def start_download(self) -> None:
        from_code, to_code = self.from_combo.currentData(), self.to_combo.currentData()
        if from_code == to_code:
            self.show_message("Choose two different languages.", error=True)
            return

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> InstalledModel:
            return packages.download_model(from_code, to_code, progress, cancelled)

        self._start(f"Downloading {language_name(from_code)} → {language_name(to_code)}…", work, True)

    # --- remove --------------------------------------------------------------------------------------

    def confirm_remove(self) -> None:
        model = self.selected_model()
        if model is None:
            self.show_message("Select a model in the list first.", error=True)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Remove translation model",
            f"Remove the {_pair(model)} model ({format_size(model.size_bytes)}) from this computer?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRemoveBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.remove(model))
        box.finished.connect(box.deleteLater)
        box.open()

    def remove(self, model: InstalledModel) -> None:
        try:
            packages.remove_model(model.from_code, model.to_code)
        except TranslationError as error:
            self.show_message(str(error), error=True)
        else:
            self.show_message(f"Removed the {_pair(model)} model.")
        self.refresh()
        self.modelsChanged.emit()

    # --- background tasks ------------------------------------------------------------------------------

    def _start(self, text: str, work: ModelWork, cancellable: bool, path: Path | None = None) -> None:
        if self._task is not None:
            return
        # The work's own cancel check, not the job's: a cancelled download still reports that nothing was installed.
        cancel_requested = self._cancel_requested = threading.Event()

        def run(job: JobContext) -> InstalledModel:
            return work(job.progress, cancel_requested.is_set)

        self._task = self._jobs.run(
            run,
            done=self._on_finished,
            error=lambda error: self._on_error(error, path),
            progress=self._on_progress,
        )
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.message.hide()
        self._update_buttons()

    def cancel_task(self) -> None:
        if self._task is not None:
            self._cancel_requested.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText("Cancelling…")

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(int(done * 1000 / total))
            self.progress_bar.setToolTip(f"{format_size(done)} of {format_size(total)}")

    def _end_task(self) -> None:
        self._task = None
        self.progress_row.hide()
        self._update_buttons()

    def _on_finished(self, model: InstalledModel) -> None:
        self._end_task()
        self.refresh()
        self.select_pair(model.from_code, model.to_code)
        self.download_row.hide()
        message = f"Installed the {_pair(model)} model (version {model.version or '?'})."
        self.show_message(message)
        self.modelsChanged.emit()
        self._queued(True, message)

    def _on_error(self, error: BaseException, path: Path | None) -> None:
        if self._report is not None:  # several files: report each, ask nothing in between
            self._end_task()
            self.refresh()
            message = task_error_message(error)
            if path is None or path.name not in message:  # the message may name the file already
                message = f"{path.name if path else 'A file'}: {message}"
            self._queued(False, message)
            return
        if path is not None and isinstance(error, OlderVersionError):
            self._end_task()
            self.confirm_older(path, error)
            return
        self._on_failed(task_error_message(error))

    def _on_failed(self, message: str) -> None:
        self._end_task()
        self.refresh()
        self.show_message(message, error=True)

    def wait_for_task(self, timeout_ms: int = 5000) -> None:
        """Block until the running task ends (closing the app); its result is then dropped."""
        if self._task is not None:
            self._cancel_requested.set()
        self._jobs.shutdown()
        self._jobs.wait(timeout_ms)
