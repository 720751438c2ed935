"""The status bar shows long tasks with progress and a working Cancel button, and passing messages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QToolButton
from pytestqt.qtbot import QtBot

from reader_app.ui.status import Status


def _status(qtbot: QtBot) -> tuple[QMainWindow, Status]:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = Status(window.statusBar())
    window.show()
    return window, status


def test_task_progress_and_finish(qtbot: QtBot) -> None:
    window, status = _status(qtbot)
    task = status.start_task("Translating…")
    bar = window.findChild(QProgressBar)
    assert bar is not None and bar.isVisible()
    assert (bar.minimum(), bar.maximum()) == (0, 0)  # busy until the total is known
    task.progress(3, 12)
    assert (bar.value(), bar.maximum()) == (3, 12)
    assert status.busy()
    task.finish()
    assert not status.busy() and not bar.isVisible()


def test_cancel_button_calls_back_once(qtbot: QtBot) -> None:
    window, status = _status(qtbot)
    cancelled: list[bool] = []
    task = status.start_task("Opening big.txt…", lambda: cancelled.append(True))
    cancel = next(b for b in window.findChildren(QToolButton) if b.text() == "Cancel")
    assert cancel.isVisible()
    cancel.click()
    assert cancelled == [True]
    assert task.is_finished and not status.busy()
    task.cancel()
    assert cancelled == [True]


def test_newest_task_is_shown_and_older_one_returns(qtbot: QtBot) -> None:
    _window, status = _status(qtbot)
    first = status.start_task("First")
    second = status.start_task("Second")
    assert "Second" in status._task_label.text() and "+1 more" in status._task_label.text()
    second.finish()
    assert status._task_label.text() == "First"
    first.finish()


def test_messages_expire(qtbot: QtBot) -> None:
    _window, status = _status(qtbot)
    status.set_document_text("sample.txt · Japanese ⇄ English · 1 + 12 sentences")
    status.show_message("Opened sample.txt.", 50)
    assert status.message() == "Opened sample.txt."
    qtbot.waitUntil(lambda: status.message() == "", timeout=30000)
    assert status.document_label.text().startswith("sample.txt")


def test_cancel_reaches_the_cancellable_task_while_an_uncancellable_one_runs(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = Status(window.statusBar())
    cancelled: list[str] = []
    long_work = status.start_task("Translating", lambda: cancelled.append("translation"))
    status.start_task("Laying out text")
    cancel = next(b for b in window.statusBar().findChildren(QToolButton) if b.text() == "Cancel")
    assert not cancel.isHidden()
    cancel.click()
    assert cancelled == ["translation"]
    assert long_work.cancellable


def test_document_line_stays_whole_beside_a_long_message_and_a_task(qtbot: QtBot) -> None:
    window, status = _status(qtbot)
    window.resize(1024, 700)
    text = "wechat-registration.txt · Japanese ⇄ English · 1 + 14 sentences"
    status.set_document_text(text)
    status.show_message("This document needs Japanese → English (prompt) and English → Japanese (article) models.")
    status.start_task("Translating the article…")
    qtbot.waitUntil(lambda: status.document_label.width() > 100)
    label = status.document_label
    assert label.width() - 12 >= label.fontMetrics().horizontalAdvance(text)  # nothing cut from "sentences"
    assert status.message_label.width() < label.fontMetrics().horizontalAdvance(status.message())  # it gives way


def test_the_labels_paint_alignment_is_left_and_vertically_centred() -> None:
    from PySide6.QtCore import Qt

    from reader_app.ui.status import LEFT_MIDDLE

    assert int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) == LEFT_MIDDLE


def test_a_line_too_long_for_the_bar_is_painted_shortened_with_an_ellipsis(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window, status = _status(qtbot)
    window.resize(400, 200)
    whole = "a-long-document-name.txt · Japanese ⇄ English · " + "1 + 12 sentences " * 10
    status.set_document_text(whole)
    label = status.document_label
    qtbot.waitUntil(lambda: label.fontMetrics().horizontalAdvance(whole) > label.contentsRect().width() - 12)
    room = label.contentsRect().width() - 12
    shortened = label.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, room)
    assert shortened.endswith("…")
    painted_whole = label.grab().toImage()
    label.setText(shortened)
    assert label.grab().toImage() == painted_whole
    status.set_document_text(whole)
    assert label.text() == whole and label.toolTip() == whole  # only the painting is shortened


def test_progress_never_paints_the_window_in_the_callers_turn(qtbot: QtBot) -> None:
    """QProgressBar.setValue alone repaints at once, and everything else dirty in the window with it (the text of a
    document just opened): the caller's work then waits for a whole paint. Here the paint comes in its own turn."""
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QTextEdit

    painted: list[int] = []

    class Counting(QTextEdit):
        def paintEvent(self, event: QPaintEvent) -> None:
            painted.append(1)
            super().paintEvent(event)

    window, status = _status(qtbot)
    text = Counting()
    window.setCentralWidget(text)
    task = status.start_task("Laying out…")
    task.progress(1, 10)
    qtbot.waitUntil(lambda: bool(painted), timeout=30000)
    text.setPlainText("A newly opened document. " * 200)
    painted.clear()
    task.progress(5, 10)
    assert painted == []
    bar = window.findChild(QProgressBar)
    assert bar is not None and bar.value() == 5
    qtbot.waitUntil(lambda: bool(painted), timeout=30000)


def test_a_message_is_not_cut_short_beside_a_task_in_a_narrow_window(qtbot: QtBot) -> None:
    window, status = _status(qtbot)
    window.resize(1024, 300)
    status.set_document_text("long_zh.txt · Chinese (Simplified) ⇄ English · 49 sentences")
    task = status.start_task("Finding key facts…", lambda: None)
    task.progress(3, 10)
    message = "Select some text first, then highlight it."
    status.show_message(message)
    label = status.message_label
    needed = label.fontMetrics().horizontalAdvance(message) + 12  # the label's paint margins
    qtbot.waitUntil(lambda: label.contentsRect().width() >= needed)
    cancel = next(b for b in window.findChildren(QToolButton) if b.text() == "Cancel")
    bar = window.findChild(QProgressBar)
    assert cancel.isVisible() and bar is not None and bar.isVisible()
    assert bar.toolTip() == "Finding key facts…"  # the task's words, while the message has its place
    status.show_message("")
    words = next(child for child in status._task_widget.findChildren(QLabel))
    assert words.isVisible() and words.text() == "Finding key facts…"
    # A wide window has room for both.
    window.resize(1800, 300)
    status.show_message(message)
    assert words.isVisible()
