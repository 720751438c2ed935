"""Closing the window while a big document is still being read: the window goes at once, the work is cancelled
(child processes killed) without the window waiting for it, and the reading state is still saved."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from big_article import write_big_article
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from reader_app.core import child_process
from reader_app.core.library import Library
from reader_app.ui import background
from reader_app.ui.app import create_window
from reader_app.ui.facts_feature import FactsFeature
from reader_app.ui.reading_store import ReadingStore
from reader_app.ui.settings import Settings

SIZE = 1_500_000


@pytest.mark.slow
def test_closing_during_big_document_work_cancels_without_waiting(
    qtbot: QtBot, tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    write_big_article(sample_path, path, SIZE, seed=5)
    children: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def recorded_popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        process = popen(*args, **kwargs)
        children.append(process)
        return process

    monkeypatch.setattr(child_process.subprocess, "Popen", recorded_popen)
    window = create_window(Settings.at(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(path)
    facts = window.feature(FactsFeature)
    store = window.feature(ReadingStore)
    assert facts is not None and store is not None
    qtbot.waitUntil(lambda: facts.busy() and any(child.poll() is None for child in children), timeout=60000)
    store.update(lambda state: state.with_summary_length(3))  # made by the reader while the work runs

    # What the window does on the UI thread while it closes.
    waited_on_ui_thread: list[str] = []
    wait = background.BackgroundJobs.wait

    def recorded_wait(self: background.BackgroundJobs, timeout_ms: int = 5000) -> bool:
        if QThread.currentThread() is window.thread() and self.busy():
            waited_on_ui_thread.append(type(self.parent()).__name__)
        return wait(self, timeout_ms)

    monkeypatch.setattr(background.BackgroundJobs, "wait", recorded_wait)
    visible_when_saving: list[bool] = []
    flush = store.flush

    def recorded_flush() -> None:
        visible_when_saving.append(window.isVisible())
        flush()

    monkeypatch.setattr(store, "flush", recorded_flush)
    running = [job for jobs in window.findChildren(background.BackgroundJobs) for job in jobs._jobs.values()]
    assert running

    window.close()

    assert not window.isVisible()
    assert visible_when_saving == [False]  # gone from the screen before the last save
    assert waited_on_ui_thread == []  # no worker was waited for
    assert [job.key for job in running if job.running() and not job.cancelled()] == []
    # The children were killed, not left to finish: each one ends (the workers reap them).
    qtbot.waitUntil(lambda: all(child.poll() is not None for child in children), timeout=30000)
    assert any(child.returncode == -9 for child in children)
    # The reader's change reached the library.
    state = store.state()
    assert state is not None
    library = Library(store._library_path)
    try:
        saved = library.state(state.text_hash)
    finally:
        library.close()
    assert saved is not None and saved.summary_length == 3
