"""Status bar helper: the document summary on the left, messages, and long tasks with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QStatusBar, QToolButton, QWidget

LEFT_MIDDLE = 0x0081
"""`int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)`: naming the flags builds PySide6's whole `Qt`
namespace, which the window's first paint otherwise does without (a test checks the value)."""


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of clipping it or widening the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.keep_whole = False
        """Ask for the whole text's width (up to two thirds of the bar), so neighbours are shortened first."""

    def setText(self, text: str, details: str | None = None) -> None:
        """`details`: the tooltip (the whole story when `text` is its short form); by default the text itself."""
        super().setText(text)
        self.setToolTip(details or text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        parent = self.parentWidget()
        if not self.keep_whole or parent is None:
            return QSize(40, hint.height())
        whole = self.fontMetrics().horizontalAdvance(self.text()) + 28  # the paint margins and the frame
        return QSize(max(40, min(whole, parent.width() * 2 // 3)), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)  # its pen is the label's text colour already
        rect = self.contentsRect().adjusted(6, 0, -6, 0)
        text = self.text()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) > rect.width():
            from PySide6.QtCore import Qt

            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, LEFT_MIDDLE, text)
        painter.end()


class TaskHandle(QObject):
    """One running task shown in the status bar; call `progress()` as work advances and `finish()` at the end."""

    finished = Signal()

    def __init__(self, status: Status, text: str, cancel_callback: Callable[[], None] | None) -> None:
        super().__init__(status)
        self.text = text
        self.done = 0
        self.total = 0
        self._status = status
        self._cancel_callback = cancel_callback
        self.is_finished = False

    @property
    def cancellable(self) -> bool:
        return self._cancel_callback is not None

    def progress(self, done: int, total: int) -> None:
        """`total` 0 means unknown: the bar shows a busy indicator."""
        if self.is_finished:
            return
        self.done, self.total = done, total
        self._status._refresh()

    def set_text(self, text: str) -> None:
        self.text = text
        self._status._refresh()

    def cancel(self) -> None:
        if self._cancel_callback is not None and not self.is_finished:
            self._cancel_callback()
        self.finish()

    def finish(self) -> None:
        if self.is_finished:
            return
        self.is_finished = True
        self._status._remove(self)
        self.finished.emit()


class Status(QObject):
    """Wraps the window's QStatusBar so features share one place for messages and progress."""

    tasksChanged = Signal()

    def __init__(self, bar: QStatusBar, *, complete: bool = True) -> None:
        """With `complete=False`, `complete()` is left to the caller (see `MainWindow.complete_setup`)."""
        super().__init__(bar)
        self.bar = bar
        self._tasks: list[TaskHandle] = []

        self.document_label = ElidedLabel()
        self.document_label.setObjectName("statusDocument")
        self.document_label.keep_whole = True
        self.document_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        bar.addPermanentWidget(self.document_label, 1)
        self.message_label = ElidedLabel()
        self.message_label.setObjectName("statusMessage")
        bar.addPermanentWidget(self.message_label, 1)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.show_message("", 0))

        self._task_widget = QWidget()
        layout = QHBoxLayout(self._task_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._task_label = QLabel()
        self._progress = QProgressBar()
        self._progress.setFixedWidth(160)
        self._progress.setFixedHeight(14)
        self._progress.setTextVisible(False)
        self._cancel = QToolButton()
        self._cancel.setText("Cancel")
        self._cancel.setToolTip("Cancel this task")
        self._cancel.clicked.connect(self._cancel_current)
        layout.addWidget(self._task_label)
        layout.addWidget(self._progress)
        layout.addWidget(self._cancel)
        bar.addPermanentWidget(self._task_widget)
        self._task_widget.hide()
        if complete:
            self.complete()

    def complete(self) -> None:
        """Let the reader select the document line (the window calls this right after its first paint)."""
        from PySide6.QtCore import Qt

        self.document_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_message(self, text: str, timeout_ms: int = 6000, details: str | None = None) -> None:
        """A passing message next to the document summary (which stays visible); `details` is its tooltip when the
        line carries a short form (a narrow window still elides the line, and the tooltip keeps it whole)."""
        self.message_label.setText(text, details)
        if timeout_ms > 0 and text:
            self._message_timer.start(timeout_ms)
        else:
            self._message_timer.stop()
        self._fit_task_label()

    def message(self) -> str:
        return self.message_label.text()

    def set_document_text(self, text: str) -> None:
        """The document line keeps its whole text while there is room for it (the message beside it is shortened
        first): "1 + 14 sentences" must not become "1 + 14 sentenc…" when a task or a message shows."""
        self.document_label.setText(text)

    def start_task(self, text: str, cancel_callback: Callable[[], None] | None = None) -> TaskHandle:
        task = TaskHandle(self, text, cancel_callback)
        self._tasks.append(task)
        self._refresh()
        self.tasksChanged.emit()
        return task

    def tasks(self) -> list[TaskHandle]:
        return list(self._tasks)

    def busy(self) -> bool:
        return bool(self._tasks)

    def _current(self) -> TaskHandle | None:
        """The task the bar shows: the newest one that can be cancelled, so long work is always cancellable even
        while a short, uncancellable task (laying out text) runs beside it."""
        for task in reversed(self._tasks):
            if task.cancellable:
                return task
        return self._tasks[-1] if self._tasks else None

    def _cancel_current(self) -> None:
        task = self._current()
        if task is not None:
            task.cancel()

    def _remove(self, task: TaskHandle) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self._refresh()
        self.tasksChanged.emit()

    def _refresh(self) -> None:
        task = self._current()
        if task is None:
            self._task_widget.hide()
            return
        more = f" (+{len(self._tasks) - 1} more)" if len(self._tasks) > 1 else ""
        self._task_label.setText(task.text + more)
        # QProgressBar.setValue repaints at once, and with it everything else waiting to paint in the window (a
        # newly opened document, say) in the middle of whatever called; with updates off it is painted in turn.
        self._progress.setUpdatesEnabled(False)
        if task.total > 0:
            self._progress.setRange(0, task.total)
            self._progress.setValue(min(task.done, task.total))
        else:
            self._progress.setRange(0, 0)
        self._progress.setUpdatesEnabled(True)
        self._cancel.setVisible(task.cancellable)
        self._progress.setToolTip(task.text + more)
        self._task_widget.show()
        self._fit_task_label()

    def _fit_task_label(self) -> None:
        """A passing message is what the reader just asked about: in a narrow bar the running task gives up its words
        for it (its progress bar and Cancel stay, the words are the progress bar's tooltip) until the message goes."""
        message = self.message_label.text()
        label_width = self._task_label.fontMetrics().horizontalAdvance(self._task_label.text())
        needed = (
            self.document_label.minimumSizeHint().width()
            + self.message_label.fontMetrics().horizontalAdvance(message)
            + 28
            + self._task_widget.sizeHint().width()
            + (label_width + 6 if self._task_label.isHidden() else 0)
            + 40  # the bar's spacing between widgets and its size grip
        )
        self._task_label.setVisible(not message or needed <= self.bar.width())
