"""Translation jobs run on a worker thread, stream partial results, stop on cancel and explain failures."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, large_document

from reader_app.core.translated import PassageTranslation
from reader_app.translation.cache import SentenceCache
from reader_app.translation.engine import TranslationEngine
from reader_app.ui.translation_worker import EngineProvider, Failure, PassageJob, TextJob, TextResult


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone(10000)


def test_passage_job_streams_then_finishes(qtbot: QtBot, install_tiny: InstallTiny, pool: QThreadPool) -> None:
    install_tiny("en", "ja")
    passage = large_document(300).article
    provider = EngineProvider()
    assert provider.peek() is None, "the engine is created by the first job, not before"
    job = PassageJob(provider, passage, "ja")
    partials: list[PassageTranslation] = []
    job.signals.partial.connect(lambda _id, translation: partials.append(translation))
    with qtbot.waitSignal(job.signals.finished, timeout=20000) as finished:
        pool.start(job)
    job_id, final = finished.args
    assert job_id == job.id and isinstance(final, PassageTranslation) and final.complete
    assert provider.peek() is not None
    assert partials, "at least the first (pending) state is sent at once"
    assert all(not p.complete for p in partials)
    done_counts = [sum(s is not None for s in p.sentences) for p in partials]
    assert done_counts == sorted(done_counts), "partial results only grow"
    expected = TranslationEngine(cache=SentenceCache.in_memory()).translate(passage.sentence_texts(), "en", "ja")
    assert list(final.sentences) == expected


def test_cancelled_job_stops_and_reports(qtbot: QtBot, install_tiny: InstallTiny, pool: QThreadPool) -> None:
    install_tiny("en", "ja")
    job = PassageJob(EngineProvider(), large_document(2000).article, "ja")
    finished: list[object] = []
    job.signals.finished.connect(lambda *args: finished.append(args))
    with qtbot.waitSignal(job.signals.partial, timeout=20000):
        pool.start(job)
    with qtbot.waitSignal(job.signals.cancelled, timeout=10000) as cancelled:
        job.cancel()
    last = cancelled.args[1]
    assert last is None or not last.complete
    assert job.done.wait(5)
    assert finished == []


def test_missing_model_fails_with_the_pairs_to_install(
    qtbot: QtBot, install_tiny: InstallTiny, pool: QThreadPool
) -> None:
    install_tiny("ja", "en")
    job = TextJob(EngineProvider(), "微信月活跃用户超过十二亿。", "zh", "ja")
    with qtbot.waitSignal(job.signals.failed, timeout=10000) as failed:
        pool.start(job)
    failure = failed.args[1]
    assert isinstance(failure, Failure)
    assert failure.missing == [("zh", "en"), ("en", "ja")]
    assert "No Chinese (Simplified) → Japanese model is installed" in failure.message


def test_text_job_pivots_through_english(qtbot: QtBot, install_tiny: InstallTiny, pool: QThreadPool) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "zh")
    text = "テンセントは新規登録を停止した。登録サービスは再開される。"
    job = TextJob(EngineProvider(), text, "ja", "zh")
    with qtbot.waitSignal(job.signals.finished, timeout=20000) as finished:
        pool.start(job)
    result = finished.args[1]
    assert isinstance(result, TextResult)
    assert len(result.sentences) == 2
    assert result.package == "translate-ja_en 1.0 + translate-en_zh 1.0"
    assert result.text == "".join(s.text for s in result.sentences)


def test_installing_the_feature_imports_no_translation_runtime(tmp_path: Path) -> None:
    """Start-up stays light: ctranslate2, sentencepiece and argostranslate load only when a job runs."""
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from reader_app.ui.main_window import MainWindow\n"
        "from reader_app.ui.session import ReaderSession\n"
        "from reader_app.ui.settings import Settings\n"
        "from reader_app.ui import translation_feature\n"
        f"window = MainWindow(ReaderSession(), Settings.at({str(tmp_path / 's.ini')!r}))\n"
        "translation_feature.install(window)\n"
        "heavy = sorted(m for m in ('ctranslate2', 'sentencepiece', 'argostranslate') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""
