"""Help offers more than About: a reading guide and every keyboard shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from reader_app.ui.find_feature import install as install_find
from reader_app.ui.help_feature import install as install_help
from reader_app.ui.main_window import MainWindow


def test_help_lists_the_guide_and_the_shortcuts(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    install_find(window)
    feature = install_help(window)
    entries = [a.text().replace("&", "") for a in window.menu("Help").actions() if a.text()]
    assert entries[:2] == ["Reading Guide", "Keyboard Shortcuts"] and "About" in " ".join(entries)
    feature.shortcuts_action.trigger()
    assert feature.dialog is not None and feature.dialog.isVisible()
    table = feature.dialog.findChild(QTableWidget, "shortcutTable")
    assert table is not None
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Find"] == "Ctrl+F"
    assert "Open" in rows
    feature.guide_action.trigger()
    assert feature.dialog is not None and "Ctrl+F" in feature.dialog.findChild(object, "readingGuide").toPlainText()
