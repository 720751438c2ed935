"""Translation jobs run on a worker thread, stream partial results, stop on cancel and explain failures."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, large_document

from reader_app.core.translated import PassageTranslation
from reader_app.translation.cache import SentenceCache
from reader_app.translation.engine import TranslationEngine
from reader_app.ui.background import BackgroundJobs
from reader_app.ui.translation_worker import (
    EngineProvider,
    Failure,
    TextResult,
    failure_of,
    translate_passage,
    translate_text,
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


@pytest.fixture
def jobs() -> Iterator[BackgroundJobs]:
    jobs = BackgroundJobs(max_threads=2)
    yield jobs
    jobs.shutdown()
    jobs.wait(10000)


class Outcome:
    """What a job delivered on the UI thread."""

    def __init__(self) -> None:
        self.partials: list[PassageTranslation] = []
        self.done: list[object] = []
        self.errors: list[BaseException] = []
        self.cancelled = False

    def ended(self) -> bool:
        return bool(self.done or self.errors) or self.cancelled

    def callbacks(self) -> dict[str, Any]:
        return {
            "done": self.done.append,
            "error": self.errors.append,
            "partial": self.partials.append,
            "cancelled": lambda: setattr(self, "cancelled", True),
        }


def test_passage_job_streams_then_finishes(qtbot: QtBot, install_tiny: InstallTiny, jobs: BackgroundJobs) -> None:
    install_tiny("en", "ja")
    passage = large_document(300).article
    provider = EngineProvider()
    assert provider.peek() is None, "the engine is created by the first job, not before"
    outcome = Outcome()
    jobs.run(lambda job: translate_passage(job, provider, passage, "ja"), **outcome.callbacks())
    qtbot.waitUntil(outcome.ended, timeout=30000)
    (final,) = outcome.done
    assert isinstance(final, PassageTranslation) and final.complete
    assert provider.peek() is not None
    assert outcome.partials, "at least the first (pending) state is sent at once"
    assert all(not p.complete for p in outcome.partials)
    done_counts = [sum(s is not None for s in p.sentences) for p in outcome.partials]
    assert done_counts == sorted(done_counts), "partial results only grow"
    expected = TranslationEngine(cache=SentenceCache.in_memory()).translate(passage.sentence_texts(), "en", "ja")
    assert list(final.sentences) == expected


def test_cancelled_job_stops_and_reports(qtbot: QtBot, install_tiny: InstallTiny, jobs: BackgroundJobs) -> None:
    install_tiny("en", "ja")
    passage = large_document(2000).article
    provider = EngineProvider()
    outcome = Outcome()
    job = jobs.run(lambda context: translate_passage(context, provider, passage, "ja"), **outcome.callbacks())
    qtbot.waitUntil(lambda: bool(outcome.partials), timeout=30000)
    job.cancel()
    qtbot.waitUntil(lambda: outcome.cancelled, timeout=30000)
    assert job.wait(5)
    assert outcome.done == [] and outcome.errors == []


def test_missing_model_fails_with_the_pairs_to_install(
    qtbot: QtBot, install_tiny: InstallTiny, jobs: BackgroundJobs
) -> None:
    install_tiny("ja", "en")
    provider = EngineProvider()
    outcome = Outcome()
    jobs.run(lambda job: translate_text(job, provider, "微信月活跃用户超过十二亿。", "zh", "ja"), **outcome.callbacks())
    qtbot.waitUntil(outcome.ended, timeout=30000)
    (error,) = outcome.errors
    failure = failure_of(error)
    assert isinstance(failure, Failure)
    assert failure.missing == [("zh", "en"), ("en", "ja")]
    assert "No Chinese (Simplified) → Japanese model is installed" in failure.message


def test_text_job_pivots_through_english(qtbot: QtBot, install_tiny: InstallTiny, jobs: BackgroundJobs) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "zh")
    text = "テンセントは新規登録を停止した。登録サービスは再開される。"
    provider = EngineProvider()
    outcome = Outcome()
    jobs.run(lambda job: translate_text(job, provider, text, "ja", "zh"), **outcome.callbacks())
    qtbot.waitUntil(outcome.ended, timeout=30000)
    (result,) = outcome.done
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
