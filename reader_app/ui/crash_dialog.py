"""An uncaught exception saves the reader's work, then shows what happened instead of the app vanishing."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app import APP_DISPLAY_NAME, __version__
from reader_app.core.app_logging import log_path
from reader_app.core.error_boundary import log_unexpected

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashDialog(QDialog):
    """Non-modal, so a second error or a test never waits on it."""

    def __init__(self, details: str, saved: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(f"{APP_DISPLAY_NAME} hit a problem")
        self.resize(640, 420)
        self.details = details
        layout = QVBoxLayout(self)
        work = "Your highlights, notes and summary were saved first." if saved else (
            "Saving your work failed too; the last autosave is kept in the library."
        )
        message = QLabel(
            f"Something went wrong inside the app. {work} You can keep reading; if things look wrong, restart "
            f"the app. Please send the details below with a report (the log is at {log_path()}).",
            self,
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.text = QPlainTextEdit(details, self)
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("Copy details", self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class CrashHandler:
    """Replaces `sys.excepthook` while the window lives: save first, log, then show the dialog."""

    def __init__(self, parent: QWidget, save_work: Callable[[], None]) -> None:
        self._parent = parent
        self._save_work = save_work
        self._previous: ExceptHook = sys.excepthook
        self._handling = False
        self.dialog: CrashDialog | None = None

    def install(self) -> None:
        sys.excepthook = self.handle
        self._parent.destroyed.connect(self.uninstall)

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or self._handling:
            self._previous(kind, error, tb)
            return
        self._handling = True
        try:
            details = log_unexpected("the window", kind, error, tb, header=f"{APP_DISPLAY_NAME} {__version__}\n")
            saved = self._try_save()
            self.dialog = CrashDialog(details, saved, self._parent)
            self.dialog.show()
        except Exception:  # the handler itself must never take the app down
            self._previous(kind, error, tb)
        finally:
            self._handling = False

    def _try_save(self) -> bool:
        try:
            self._save_work()
        except Exception:
            log.exception("saving after an uncaught exception failed")
            return False
        return True


def install_crash_handler(window: QWidget, save_work: Callable[[], None]) -> CrashHandler:
    handler = CrashHandler(window, save_work)
    handler.install()
    return handler
