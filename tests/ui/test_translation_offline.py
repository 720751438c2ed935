"""Open → translate → close never opens a network connection (sockets are blocked and every attempt is recorded)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import ConnectionGuard, fresh_cache, translation_window, wait_complete, wait_idle

from reader_app.core.document import PassageRole
from reader_app.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_open_translate_close_makes_no_connection(
    qtbot: QtBot,
    make_window: MakeWindow,
    install_tiny: InstallTiny,
    sample_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    fresh_cache(monkeypatch, tmp_path)
    guard = ConnectionGuard(monkeypatch)
    install_tiny("ja", "en")
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(sample_path)
    wait_complete(qtbot, window, PassageRole.PROMPT)
    feature.article_action.trigger()
    wait_complete(qtbot, window, PassageRole.ARTICLE)

    cursor = window.english_view.editor.document().find("WeChat")
    window.english_view.editor.setTextCursor(QTextCursor(cursor))
    feature.selection_action.trigger()
    qtbot.waitUntil(lambda: feature.panel.result() is not None, timeout=30000)
    manager = feature.open_manager()
    assert manager.table_model.rowCount() == 2
    manager.close()
    wait_idle(qtbot, feature)
    window.close()
    assert feature.jobs.wait(0), "no worker is left running"
    assert guard.attempts == []
