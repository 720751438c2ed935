"""The window keeps responding while a long translation runs: decoding happens off the UI thread, and a 10 ms
timer keeps ticking meanwhile. The gap bound only catches a frozen window; benchmarks/big_document.py measures."""

from __future__ import annotations

import threading
import time
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
MAX_GAP_S = 3.0
"""About ten times the longest gap measured on a loaded 2-core machine; a translation on the UI thread freezes the
window for the whole translation instead."""


class _ThreadNotingEngine(TranslationEngine):
    """The real engine, noting which threads decode."""

    threads: set[int]

    def translate_batches(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        self.threads.add(threading.get_ident())
        yield from super().translate_batches(*args, **kwargs)


@pytest.mark.slow
def test_event_loop_keeps_turning_during_a_long_translation(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh_cache(monkeypatch, tmp_path)
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    # A wide beam and small batches on one thread make the real engine slow enough to measure.
    engine = _ThreadNotingEngine(settings=EngineSettings(beam_size=16, inter_threads=1, max_batch_size=8))
    engine.threads = set()
    feature.provider = EngineProvider(lambda: engine)
    window.open_document(large_document(SENTENCES))
    qtbot.wait(50)

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    feature.translate_article()
    assert feature.running(PassageRole.ARTICLE)
    running_until = [started]

    def finished() -> None:
        if feature.running(PassageRole.ARTICLE):
            running_until[0] = time.monotonic()
        translation = window.session.translation(PassageRole.ARTICLE)
        assert translation is not None and translation.complete

    qtbot.waitUntil(finished, timeout=60000)
    timer.stop()
    elapsed = running_until[0] - started
    during = [t for t in ticks if t <= running_until[0]]
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert engine.threads and threading.get_ident() not in engine.threads
    assert len(during) >= 3, "the event loop should keep turning while the translation runs"
    print(f"translated {SENTENCES} sentences in {elapsed:.2f} s; {len(during)} ticks, longest gap {max(gaps):.3f} s")
    assert max(gaps) < MAX_GAP_S, f"longest gap {max(gaps):.3f} s"
    translation = window.session.translation(PassageRole.ARTICLE)
    assert translation is not None and len(translation.sentences) == SENTENCES
