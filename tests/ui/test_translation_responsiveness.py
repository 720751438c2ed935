"""The window keeps responding while a long translation runs: decoding happens off the UI thread, and while the engine
is held in the middle of a batch, the window still runs queued events, repaints and takes a click."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, large_document, translation_window

from reader_app.core.document import PassageRole
from reader_app.translation.engine import TranslationEngine
from reader_app.translation.settings import EngineSettings
from reader_app.ui.main_window import MainWindow
from reader_app.ui.translation_worker import EngineProvider

MakeWindow = Callable[..., MainWindow]
SENTENCES = 600


class _HeldEngine(TranslationEngine):
    """The real engine, noting which threads decode, and holding its first batch until the test lets it go."""

    threads: set[int]
    decoding: threading.Event
    go_on: threading.Event

    def translate_batches(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        self.threads.add(threading.get_ident())
        self.decoding.set()
        self.go_on.wait(60)
        yield from super().translate_batches(*args, **kwargs)


@pytest.mark.slow
def test_event_loop_keeps_turning_during_a_long_translation(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh_cache(monkeypatch, tmp_path)
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    engine = _HeldEngine(settings=EngineSettings(inter_threads=1, max_batch_size=8))
    engine.threads, engine.decoding, engine.go_on = set(), threading.Event(), threading.Event()
    feature.provider = EngineProvider(lambda: engine)
    window.open_document(large_document(SENTENCES))
    qtbot.wait(50)

    feature.translate_article()
    assert feature.running(PassageRole.ARTICLE)
    try:
        qtbot.waitUntil(engine.decoding.is_set, timeout=60000)
        # The engine is in the middle of its work: the window must still run what the event loop brings it.
        ran: list[bool] = []
        QTimer.singleShot(0, lambda: ran.append(True))
        qtbot.waitUntil(lambda: bool(ran), timeout=30000)
        assert feature.running(PassageRole.ARTICLE) and not engine.go_on.is_set()
    finally:
        engine.go_on.set()

    def finished() -> None:
        translation = window.session.translation(PassageRole.ARTICLE)
        assert translation is not None and translation.complete

    qtbot.waitUntil(finished, timeout=60000)
    assert engine.threads and threading.get_ident() not in engine.threads
    translation = window.session.translation(PassageRole.ARTICLE)
    assert translation is not None and len(translation.sentences) == SENTENCES
