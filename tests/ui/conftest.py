"""Fixtures for window tests: throwaway settings and a main window that has loaded a document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import ReaderSession
from reader_app.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a per-test INI file, so tests never see each other's (or the user's) preferences."""
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot: QtBot, settings: Settings) -> Iterator[object]:
    """Factory: a shown MainWindow (no feature installers) over `settings`, closed at the end of the test."""
    windows: list[MainWindow] = []

    def make(path: Path | None = None, window_settings: Settings | None = None) -> MainWindow:
        window_settings = window_settings or settings
        window = MainWindow(ReaderSession(), window_settings)
        qtbot.addWidget(window)
        if window_settings.geometry is None:
            window.resize(1200, 800)
        window.show()
        windows.append(window)
        if path is not None:
            open_and_wait(qtbot, window, path)
        return window

    yield make
    for window in windows:
        window.close()


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(path)


@pytest.fixture
def wait_open(qtbot: QtBot) -> object:
    """open_and_wait(window, path), as a fixture because tests/ has no packages to import from."""
    return lambda window, path: open_and_wait(qtbot, window, path)


@pytest.fixture
def sample_window(make_window: object, sample_path: Path) -> MainWindow:
    window = make_window(sample_path)  # type: ignore[operator]
    assert isinstance(window, MainWindow)
    return window
