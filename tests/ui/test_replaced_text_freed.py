"""The text a view showed before is deleted when it shows another (Qt keeps an editor's old documents otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from reader_app.ui.main_window import MainWindow


def _texts(window: MainWindow) -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [document.toPlainText() for document in window.findChildren(QTextDocument)]


def test_the_previous_document_text_is_freed_when_another_opens(
    qtbot: QtBot, make_window: Callable[..., MainWindow], wait_open: Callable[[MainWindow, Path], None], tmp_path: Path
) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("The first text says something long enough. Its marker is FIRSTMARK.\n", encoding="utf-8")
    second.write_text("The second text follows. Its marker is SECONDMARK.\n", encoding="utf-8")
    window = make_window(first)
    assert any("FIRSTMARK" in text for text in _texts(window))
    wait_open(window, second)
    qtbot.waitUntil(lambda: any("SECONDMARK" in text for text in _texts(window)))
    assert not any("FIRSTMARK" in text for text in _texts(window))
