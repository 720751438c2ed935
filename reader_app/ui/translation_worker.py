"""Translation jobs on a worker thread: they stream partial PassageTranslations back to the UI thread."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader_app.core.document import Passage
from reader_app.core.language import is_cjk
from reader_app.core.segmentation import split_sentences
from reader_app.core.translated import PassageTranslation, SentenceTranslation

if TYPE_CHECKING:
    from reader_app.translation.engine import CancelToken, TranslationEngine

log = logging.getLogger(__name__)

PARTIAL_INTERVAL = 0.12
"""Seconds between partial results sent to the UI: each one re-renders a side, so a long article sends a few."""

_job_ids = itertools.count(1)


def _default_engine() -> TranslationEngine:
    from reader_app.translation.engine import TranslationEngine

    return TranslationEngine()


class EngineProvider:
    """The one TranslationEngine of the window, created on first use by a worker so start-up stays light."""

    def __init__(self, factory: Callable[[], TranslationEngine] = _default_engine) -> None:
        self._factory = factory
        self._engine: TranslationEngine | None = None
        self._lock = threading.Lock()

    def get(self) -> TranslationEngine:
        with self._lock:
            if self._engine is None:
                self._engine = self._factory()
            return self._engine

    def peek(self) -> TranslationEngine | None:
        """The engine if it exists already (never creates it)."""
        return self._engine

    def models_changed(self) -> None:
        """Installed models changed: drop loaded translators so a removed package is never used again."""
        engine = self._engine
        if engine is not None:
            engine.unload()


def _new_token() -> CancelToken:
    from reader_app.translation.engine import CancelToken

    return CancelToken()


@dataclass(frozen=True)
class Failure:
    """Why a job failed, in words for the reader; `missing` lists the language pairs a model is needed for."""

    message: str
    missing: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class TextResult:
    """Translation of a free piece of text (a selection), sentence by sentence."""

    source: str
    source_lang: str
    target_lang: str
    package: str
    sentences: tuple[SentenceTranslation, ...]

    @property
    def text(self) -> str:
        joiner = "" if is_cjk(self.target_lang) else " "
        return joiner.join(s.text for s in self.sentences if s.text)

    @property
    def warnings(self) -> list[str]:
        return [s.warning for s in self.sentences if s.warning]


class JobSignals(QObject):
    """Lives on the UI thread; the worker emits, so connected slots run on the UI thread."""

    partial = Signal(int, object)
    """(job id, PassageTranslation so far)"""
    finished = Signal(int, object)
    """(job id, complete PassageTranslation or TextResult)"""
    cancelled = Signal(int, object)
    """(job id, last PassageTranslation or None)"""
    failed = Signal(int, object)
    """(job id, Failure)"""


class _Job(QRunnable):
    def __init__(self, provider: EngineProvider) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.id = next(_job_ids)
        self.provider = provider
        self.signals = JobSignals()
        self._token: CancelToken | None = None
        self._cancel_requested = False
        self._token_lock = threading.Lock()
        self.done = threading.Event()

    @property
    def token(self) -> CancelToken:
        """The engine's cancel flag, made on first use (by the worker): building it imports the engine, which the
        UI thread should not wait for when a document opens."""
        token = self._token
        if token is not None:
            return token
        made = _new_token()  # outside the lock, so a cancel from the UI never waits for the import
        with self._token_lock:
            if self._token is None:
                self._token = made
                if self._cancel_requested:
                    made.cancel()
            return self._token

    def cancel(self) -> None:
        with self._token_lock:
            self._cancel_requested = True
            if self._token is not None:
                self._token.cancel()

    @property
    def cancelled(self) -> bool:
        with self._token_lock:
            return self._cancel_requested or (self._token is not None and self._token.cancelled)

    def run(self) -> None:
        from reader_app.translation.errors import NoModelError, TranslationError

        try:
            self._work()
        except NoModelError as error:
            self.signals.failed.emit(self.id, Failure(str(error), list(error.missing)))
        except TranslationError as error:
            if self.token.cancelled:
                self.signals.cancelled.emit(self.id, None)
            else:
                self.signals.failed.emit(self.id, Failure(str(error)))
        except Exception as error:  # a bug or a broken model must not end the app
            log.exception("translation job failed")
            self.signals.failed.emit(self.id, Failure(f"Translation failed unexpectedly ({error})."))
        finally:
            self.done.set()

    def _work(self) -> None:
        raise NotImplementedError


class PassageJob(_Job):
    """Translates one passage; partial results at most every PARTIAL_INTERVAL seconds, the first at once."""

    def __init__(self, provider: EngineProvider, passage: Passage, to_lang: str) -> None:
        super().__init__(provider)
        self.passage = passage
        self.to_lang = to_lang

    def _work(self) -> None:
        engine = self.provider.get()
        last: PassageTranslation | None = None
        last_sent = 0.0
        sent_any = False
        for current in engine.translate_passage(self.passage, self.to_lang, self.token):
            if self.token.cancelled:
                break
            last = current
            now = time.monotonic()
            if not current.complete and (not sent_any or now - last_sent >= PARTIAL_INTERVAL):
                self.signals.partial.emit(self.id, current)
                sent_any, last_sent = True, now
        if last is not None and last.complete and not self.token.cancelled:
            self.signals.finished.emit(self.id, last)
        else:
            self.signals.cancelled.emit(self.id, last)


class TextJob(_Job):
    """Translates a piece of text (a selection): split into sentences by the app's segmentation, then joined."""

    def __init__(self, provider: EngineProvider, text: str, from_lang: str, to_lang: str) -> None:
        super().__init__(provider)
        self.text = text
        self.from_lang = from_lang
        self.to_lang = to_lang

    def _work(self) -> None:
        engine = self.provider.get()
        spans = split_sentences(self.text, self.from_lang) or ()
        sentences = [self.text[s.start : s.end] for s in spans] or [self.text.strip()]
        package = engine.package_label(self.from_lang, self.to_lang)
        results = engine.translate(sentences, self.from_lang, self.to_lang, self.token)
        if self.token.cancelled:
            self.signals.cancelled.emit(self.id, None)
            return
        result = TextResult(self.text, self.from_lang, self.to_lang, package, tuple(results))
        self.signals.finished.emit(self.id, result)


def translation_pool(parent: QObject) -> QThreadPool:
    """A pool of its own, so translations never wait behind other features' workers (and vice versa)."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(2)
    return pool
