"""A multi-megabyte document opens while the window keeps answering: its work waits for the layout, and an action
taken meanwhile takes effect. How long the window's event loop stalls is measured by benchmarks/big_document.py."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from big_article import write_big_article
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from reader_app.core import library
from reader_app.core.document import Document
from reader_app.ui.app import create_window
from reader_app.ui.dictionary_feature import DictionaryFeature
from reader_app.ui.settings import Settings

SIZE = 4_000_000
WATCH_S = 12.0
PASTED = "Pasted while the big document was still being read. It has two sentences."


@pytest.mark.slow
def test_window_answers_while_a_big_document_opens(
    qtbot: QtBot, tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    write_big_article(sample_path, path, SIZE, seed=3)
    window = create_window(Settings.at(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)

    dictionary = window.feature(DictionaryFeature)
    assert dictionary is not None
    started_while_loading: list[bool] = []

    def recorded(run: Callable[..., Any]) -> Callable[..., Any]:
        def recorded_run(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("key") != "gloss":  # the word gloss is made in a child process: it may start at once
                started_while_loading.append(window.loading())
            return run(*args, **kwargs)

        return recorded_run

    # The dictionary's own opening (its loader) and its later jobs (readings) both count.
    dictionary.loader.run = recorded(dictionary.loader.run)  # type: ignore[method-assign]
    dictionary.jobs.run = recorded(dictionary.jobs.run)  # type: ignore[method-assign]
    encoded_while_loading: list[bool] = []
    document_json = library._document_json

    def recorded_document_json(document: Document) -> str:  # on the library's writer thread
        encoded_while_loading.append(window.loading())
        return document_json(document)

    monkeypatch.setattr(library, "_document_json", recorded_document_json)
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(path)
    laid_out = window.english_view.editor.document()
    document = window.session.document()
    assert document is not None and len(document.article.text) > SIZE * 0.9
    qtbot.wait(1)
    assert window.busy()  # laying out the rest, facts, summary
    watch_until = time.monotonic() + WATCH_S
    qtbot.waitUntil(lambda: not window.busy() or time.monotonic() > watch_until, timeout=int(WATCH_S * 1000) + 5000)
    still_busy = window.busy()
    # The article was laid out once: the word gloss of the prompt, arriving later, laid it out again from the start.
    assert window.english_view.editor.document() is laid_out
    # The dictionary's warm-up waited for the layout instead of competing with it.
    assert True not in started_while_loading
    if not still_busy:
        qtbot.waitUntil(lambda: bool(started_while_loading), timeout=30000)  # after the layout, not before it
        assert True not in started_while_loading
    # The library's first write of the document (its whole text encoded) waited for the layout too.
    if not window.loading():
        qtbot.waitUntil(lambda: bool(encoded_while_loading), timeout=30000)
    assert True not in encoded_while_loading

    # An action during the work takes effect at once (Paste as New Document was lost before).
    if not still_busy:
        window.open_path(path)
        qtbot.waitUntil(window.busy, timeout=30000)
    QGuiApplication.clipboard().setText(PASTED)
    fired: list[bool] = []
    window.paste_action.triggered.connect(lambda: fired.append(True))
    QTimer.singleShot(0, window.paste_action.trigger)  # queued like a menu click (Ctrl+Shift+V, File menu)

    def pasted() -> None:
        current = window.session.document()
        assert current is not None and current.article.text.startswith("Pasted while")

    qtbot.waitUntil(pasted, timeout=30000)  # before the fix the paste was lost, not late
    assert fired
    qtbot.waitUntil(lambda: not window.busy(), timeout=30000)
    window.close()
