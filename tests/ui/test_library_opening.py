"""The library opens while a document is read, not in the turn that shows its text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader_app.ui import reading_store
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
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: window.session.document() is not None, timeout=20_000)
    assert opened_with and opened_with[0] is not None
    assert store.library_error() is None
