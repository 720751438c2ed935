"""A big document's facts are kept on disk and served when it is opened again, instead of minutes of extraction."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from big_article import write_big_article
from pytestqt.qtbot import QtBot

from reader_app.core.big_document import PROCESS_THRESHOLD
from reader_app.core.document import PassageRole
from reader_app.core.result_cache import ResultCache
from reader_app.ui import facts_feature
from reader_app.ui.facts_feature import FactsFeature
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import ReaderSession
from reader_app.ui.settings import Settings


@pytest.mark.slow
def test_reopening_a_big_document_serves_its_kept_facts(
    qtbot: QtBot,
    settings: Settings,
    wait_open: Callable[[MainWindow, Path], None],
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "facts-cache"
    monkeypatch.setattr(facts_feature, "facts_cache_folder", lambda: folder)
    big = tmp_path / "big.txt"
    write_big_article(sample_path, big, PROCESS_THRESHOLD + 20_000, seed=5)
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    facts_feature.install(window)
    window.show()
    controller = window.feature(FactsFeature)
    assert controller is not None

    with qtbot.waitSignal(controller.extracted, timeout=120000):
        wait_open(window, big)
    first = controller.facts()
    assert len(first) > 100
    # The summary of a big article gets where its facts start through the session, made on the facts worker.
    published = window.session.facts()
    assert published is not None and published.article_starts is not None
    assert list(published.article_starts) == [fact.span.start for fact in published.source(PassageRole.ARTICLE)]
    cache = ResultCache(folder)
    assert len(cache.keys()) == 1
    entry = cache.path(cache.keys()[0])
    os.utime(entry, (1000, 1000))
    made = entry.stat().st_ino

    with qtbot.waitSignal(controller.extracted, timeout=60000):
        wait_open(window, sample_path)
    with qtbot.waitSignal(controller.extracted, timeout=120000):
        wait_open(window, big)
    assert controller.facts() == first
    # Read, not made again: the same file (a new result is written as a new one), marked as recently used.
    assert entry.stat().st_ino == made and entry.stat().st_mtime > 1000
    assert len(cache.keys()) == 1
    window.close()
