"""Translation work for `BackgroundJobs`: a passage (streaming partial PassageTranslations) or a piece of text."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader_app.core.document import Passage
from reader_app.core.language import is_cjk
from reader_app.core.segmentation import split_sentences
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.background import Cancelled, JobContext

if TYPE_CHECKING:
    from reader_app.translation.engine import CancelToken, TranslationEngine

log = logging.getLogger(__name__)

PARTIAL_INTERVAL = 0.12
"""Seconds between partial results sent to the UI: each one re-renders a side, so a long article sends a few."""


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


def failure_of(error: BaseException) -> Failure:
    """What to tell the reader about a failed translation job."""
    from reader_app.translation.errors import NoModelError, TranslationError

    if isinstance(error, NoModelError):
        return Failure(str(error), list(error.missing))
    if isinstance(error, TranslationError):
        return Failure(str(error))
    log.error("translation job failed", exc_info=error)  # a bug or a broken model must not end the app
    return Failure(f"Translation failed unexpectedly ({error}).")


def _token(job: JobContext) -> CancelToken:
    """The engine's cancel flag, made by the worker (building it imports the engine, which the UI thread should
    not wait for when a document opens) and raised when the job is cancelled."""
    token = _new_token()
    job.on_cancel(token.cancel)
    return token


def translate_passage(
    job: JobContext, provider: EngineProvider, passage: Passage, to_lang: str
) -> PassageTranslation:
    """Translate one passage on a worker; partial results go to `job.partial` at most every PARTIAL_INTERVAL
    seconds, the first at once."""
    token = _token(job)
    engine = provider.get()
    last: PassageTranslation | None = None
    last_sent = 0.0
    sent_any = False
    for current in engine.translate_passage(passage, to_lang, token):
        if token.cancelled:
            break
        last = current
        now = time.monotonic()
        if not current.complete and (not sent_any or now - last_sent >= PARTIAL_INTERVAL):
            job.partial(current)
            sent_any, last_sent = True, now
    if last is None or not last.complete or token.cancelled:
        raise Cancelled
    return last


def translate_text(job: JobContext, provider: EngineProvider, text: str, from_lang: str, to_lang: str) -> TextResult:
    """Translate a piece of text (a selection): split into sentences by the app's segmentation, then joined."""
    token = _token(job)
    engine = provider.get()
    spans = split_sentences(text, from_lang) or ()
    sentences = [text[s.start : s.end] for s in spans] or [text.strip()]
    package = engine.package_label(from_lang, to_lang)
    results = engine.translate(sentences, from_lang, to_lang, token)
    if token.cancelled:
        raise Cancelled
    return TextResult(text, from_lang, to_lang, package, tuple(results))
