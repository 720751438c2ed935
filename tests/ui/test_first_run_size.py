"""A first run (no saved geometry) opens the window wholly on the screen's available desktop, status bar included;
a saved or chosen size is left alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from reader_app.ui.main_window import FRAME_ALLOWANCE, MainWindow, first_run_size
from reader_app.ui.session import ReaderSession
from reader_app.ui.settings import Settings


def _on_desktop(window: MainWindow, area: QRect) -> bool:
    return area.contains(window.frameGeometry()) and area.contains(window.statusBar().geometry().translated(
        window.geometry().topLeft()
    ))  # fmt: skip


def test_first_run_window_fits_the_available_desktop(qtbot: QtBot, settings: Settings) -> None:
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    window.show()
    screen = window.screen()
    assert screen is not None
    area = screen.availableGeometry()
    qtbot.waitUntil(lambda: _on_desktop(window, area), timeout=30000)
    assert window.statusBar().isVisible()


def test_a_frame_bigger_than_allowed_for_is_brought_onto_the_desktop(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    # The desktop turns out smaller than the window once it shows (as a title bar taller than allowed for does).
    area = QRect(0, 0, window.width() - 100, window.height() - 80)
    monkeypatch.setattr(window, "_available_area", lambda: area)
    window.show()
    qtbot.waitUntil(lambda: _on_desktop(window, area), timeout=30000)


def test_first_run_size_leaves_room_for_the_frame() -> None:
    # A 1400×900 desktop under a window manager's 20 px title bar: the window's frame must fit in it.
    width, height = first_run_size(QRect(0, 0, 1400, 900))
    assert height + 20 <= 900 and width <= 1400
    assert height + FRAME_ALLOWANCE[1] <= 900
    assert first_run_size(QRect(0, 0, 2560, 1440)) == (1400, 900)  # a big screen keeps the default


def test_a_saved_size_is_kept(qtbot: QtBot, settings: Settings) -> None:
    first = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(first)
    first.resize(640, 480)
    first.show()
    first.save_settings()
    first.close()
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    assert (window.width(), window.height()) == (640, 480)
