"""The library is made ready while a document is read, not in the turn that shows its text."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader_app.ui import document_loader, reading_store
from reader_app.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_the_library_is_open_before_the_document_arrives(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    opened_with: list[object] = []
    # Connected before the store: this sees the library as it is when the document arrives, before the store's own
    # handler asks for it.
    window.session.documentChanged.connect(lambda document: opened_with.append(store._library))
    store = reading_store.install(window)
    read = document_loader._load

    def slow_read(path: Path | None, text: str | None) -> object:
        # A big file takes longer to read than the library to get ready: give the library its chance (or time out).
        deadline = time.monotonic() + 60
        while store._library is None and time.monotonic() < deadline:
            time.sleep(0.01)
        return read(path, text)

    monkeypatch.setattr(document_loader, "_load", slow_read)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: window.session.document() is not None, timeout=30_000)
    assert opened_with and opened_with[0] is not None
    assert store.library_error() is None
