"""A narrow or short window: the status line says what models are missing without being cut, and the bottom panels
leave the text most of the height."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from reader_app.ui import app as app_module
from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings


def _window(qtbot: QtBot, settings: Settings, size: tuple[int, int], sample_path: Path) -> MainWindow:
    window = app_module.create_window(settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.open_startup(sample_path)
    assert app_module._wait_until_idle(window, 60.0)
    return window


@pytest.mark.parametrize("width", [1024, 1400, 1920])
def test_missing_models_message_fits_the_status_bar(
    qtbot: QtBot, settings: Settings, sample_path: Path, width: int
) -> None:
    window = _window(qtbot, settings, (width, 800), sample_path)
    label = window.status.message_label
    qtbot.waitUntil(lambda: "Japanese → English" in window.status.message())
    message = window.status.message()
    assert "English → Japanese" in message
    qtbot.waitUntil(lambda: label.width() > 100)
    assert label.contentsRect().width() - 12 >= label.fontMetrics().horizontalAdvance(message)  # not elided
    # The whole story (which passage needs which pair, where to install) is in the tooltip.
    assert "(prompt)" in label.toolTip() and "(article)" in label.toolTip()
    assert "Translation Models…" in label.toolTip()
    document = window.status.document_label
    assert document.width() - 12 >= document.fontMetrics().horizontalAdvance(document.text())
    window.close()


def _bottom_panel_top(window: MainWindow) -> int:
    docks = [
        dock
        for dock in window.findChildren(QDockWidget)
        if not dock.visibleRegion().isEmpty() and window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    ]
    assert docks
    return min(dock.mapTo(window, dock.rect().topLeft()).y() for dock in docks)


def test_short_window_leaves_the_text_most_of_the_height(
    qtbot: QtBot, settings: Settings, sample_path: Path
) -> None:
    window = _window(qtbot, settings, (1024, 700), sample_path)
    panels = window.statusBar().mapTo(window, window.statusBar().rect().topLeft()).y() - _bottom_panel_top(window)
    assert panels <= 135  # a fifth of the height plus title and tabs was 182
    assert window.splitter.height() >= 2 * window.height() // 3
    window.close()


def test_a_dragged_bottom_panel_keeps_its_height(
    qtbot: QtBot, settings: Settings, sample_path: Path
) -> None:
    window = _window(qtbot, settings, (1024, 700), sample_path)
    summary = window.findChild(QDockWidget, "summaryDock")
    assert summary is not None
    first = summary.height()
    window.resizeDocks([summary], [first + 100], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: summary.height() > first + 60)
    dragged = summary.height()
    window.close()
    again = _window(qtbot, Settings.at(Path(settings.qsettings.fileName())), (1024, 700), sample_path)
    restored = again.findChild(QDockWidget, "summaryDock")
    assert restored is not None
    qtbot.waitUntil(lambda: abs(restored.height() - dragged) <= 4)
    again.close()


def _dock(window: MainWindow, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None and dock.isVisible()
    return dock


def test_panels_follow_the_window_to_a_smaller_size_until_dragged(
    qtbot: QtBot, settings: Settings, sample_path: Path
) -> None:
    from reader_app.ui.main_window import bottom_panel_height

    window = _window(qtbot, settings, (1400, 900), sample_path)
    facts, summary = _dock(window, "factsDock"), _dock(window, "summaryDock")
    qtbot.waitUntil(lambda: abs(facts.width() - 280) <= 6)
    window.resize(1024, 700)  # the reader makes the window smaller: the panels get the smaller window's sizes
    qtbot.waitUntil(lambda: abs(facts.width() - 220) <= 6, timeout=30000)
    lowest = max(bottom_panel_height(700), summary.minimumSizeHint().height())
    qtbot.waitUntil(lambda: abs(summary.height() - lowest) <= 6, timeout=30000)
    window.save_settings()
    window.close()

    again = _window(qtbot, Settings.at(Path(settings.qsettings.fileName())), (1400, 900), sample_path)
    facts = _dock(again, "factsDock")
    qtbot.waitUntil(lambda: abs(facts.width() - 280) <= 6, timeout=30000)  # never dragged: sized for this window
    again.resizeDocks([facts], [400], Qt.Orientation.Horizontal)  # as a drag of its edge does
    qtbot.waitUntil(lambda: abs(facts.width() - 400) <= 6)
    qtbot.wait(50)
    again.resize(1200, 800)
    qtbot.wait(200)
    assert abs(facts.width() - 400) <= 6  # the reader's size stays
    again.close()
