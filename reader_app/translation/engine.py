"""The translation engine: app sentences → package tokenizer → batched CTranslate2 → detokenized, streamed per batch."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from reader_app.core.document import Passage
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.translation import quality
from reader_app.translation.cache import SentenceCache
from reader_app.translation.errors import ModelLoadError, NoModelError, TranslationError
from reader_app.translation.languages import to_argos
from reader_app.translation.packages import InstalledModel, bpe_codes_problem, clean_leftovers, installed_models
from reader_app.translation.routing import Plan, missing, missing_message, plan
from reader_app.translation.settings import EngineSettings, load_settings

_POLL_SECONDS = 0.005
_LENGTH_FACTOR, _LENGTH_MARGIN = 3, 16
_RETRY_ON = frozenset({quality.REPETITION, quality.EMPTY})
"""Failures of fast decoding that beam search usually fixes (an echo is the model's choice, not the search's)."""


class CancelToken:
    """A thread-safe flag: set from the UI thread, polled by the engine between and during batches."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep up to `timeout` seconds, waking early on cancel; True when cancelled."""
        return self._event.wait(timeout)


class Tokenizer(Protocol):
    def encode(self, sentence: str) -> list[str]: ...

    def decode(self, tokens: list[str]) -> str: ...


@dataclass(slots=True)
class _Loaded:
    model: InstalledModel
    translator: Any
    tokenizer: Tokenizer


@dataclass(slots=True)
class _Job:
    """One batch of distinct source sentences travelling through the route, one package (hop) at a time."""

    sources: list[str]
    texts: list[str]
    """The batch's text at the current hop's input (the sources at hop 0)."""
    tokens: list[list[str]] | None = None
    """Hop-0 tokens, computed while planning the batches."""
    hop: int = 0
    warnings: dict[int, str] = field(default_factory=dict)
    pending: list[int] = field(default_factory=list)
    """Positions in `texts` being translated by `results` (the others came from the cache)."""
    results: list[Any] = field(default_factory=list)
    outputs: dict[int, str] = field(default_factory=dict)
    limit: int = 0
    """The output length cap of the submitted batch: a hypothesis that reaches it never ended."""


def route_label(route: Sequence[InstalledModel], way: Plan | None = None) -> str:
    """Which packages made a translation, e.g. "translate-ja_en 1.9 + translate-en_zh 1.9", with the script
    conversions around them ("OpenCC t2s + translate-zh_en 1.9")."""
    parts = [f"{m.package_id} {m.version}".strip() for m in route]
    if way is not None and way.before:
        parts.insert(0, f"OpenCC {way.before}")
    if way is not None and way.after:
        parts.append(f"OpenCC {way.after}")
    return " + ".join(parts) or "identity"


def _detokenize(loaded: _Loaded, tokens: list[str]) -> str:
    """As argostranslate does it (prefix and the tokenizer's leading space removed), per sentence."""
    prefix = loaded.model.target_prefix
    if prefix and tokens and tokens[0] == prefix:
        tokens = tokens[1:]
    text = loaded.tokenizer.decode(tokens)
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    return text.strip()


class TranslationEngine:
    """Translates sentences with installed Argos packages; keeps one loaded translator per package.

    Never opens a network connection. One engine can be shared by worker threads, also concurrently.
    """

    def __init__(
        self,
        settings: EngineSettings | None = None,
        cache: SentenceCache | None = None,
        *,
        models: Callable[[], list[InstalledModel]] = installed_models,
    ) -> None:
        self._settings = settings or load_settings()
        self._cache = cache if cache is not None else SentenceCache()
        self._models = models
        if models is installed_models:
            clean_leftovers()  # of a killed install; engines are made on workers or on the command line
        self._loaded: dict[tuple[str, str], _Loaded] = {}
        self._lock = threading.RLock()

    # --- configuration ------------------------------------------------------------------------------

    @property
    def settings(self) -> EngineSettings:
        return self._settings

    @property
    def cache(self) -> SentenceCache:
        return self._cache

    def set_settings(self, settings: EngineSettings) -> None:
        """New settings; translators are reloaded lazily when threads, device or compute type change."""
        with self._lock:
            old = self._settings
            self._settings = settings
            if (old.inter_threads, old.intra_threads, old.device, old.compute_type) != (
                settings.inter_threads,
                settings.intra_threads,
                settings.device,
                settings.compute_type,
            ):
                self._loaded.clear()

    def unload(self) -> None:
        """Drop loaded translators (after models were installed or removed)."""
        with self._lock:
            self._loaded.clear()

    # --- routing ------------------------------------------------------------------------------------

    def installed(self) -> list[InstalledModel]:
        return self._models()

    def route(self, from_lang: str, to_lang: str) -> list[InstalledModel]:
        """Packages to apply in order: a direct one, or two through English; empty for the same language."""
        return self.plan(from_lang, to_lang)[1]

    def plan(self, from_lang: str, to_lang: str) -> tuple[Plan, list[InstalledModel]]:
        """How the pair is translated (see `routing.plan`: script conversions included) and its packages."""
        models = {(m.from_code, m.to_code): m for m in self._models()}
        way = plan(from_lang, to_lang, models.keys())
        if way is not None:
            return way, [models[pair] for pair in way.pairs]
        lacking = missing(from_lang, to_lang, models.keys())
        message = missing_message(from_lang, to_lang, lacking)
        if lacking == [(from_lang, to_lang)]:
            message = message.removesuffix(".")
            message += ": install one with Tools → Translation Models… or `reader-app models install PATH`."
        raise NoModelError(message, lacking)

    def can_translate(self, from_lang: str, to_lang: str) -> bool:
        try:
            self.route(from_lang, to_lang)
        except NoModelError:
            return False
        return True

    def package_label(self, from_lang: str, to_lang: str) -> str:
        way, route = self.plan(from_lang, to_lang)
        return route_label(route, way)

    # --- loading ------------------------------------------------------------------------------------

    def _compute_type(self) -> str:
        import ctranslate2

        wanted = self._settings.compute_type
        supported = ctranslate2.get_supported_compute_types(self._settings.device)
        return wanted if wanted in supported or wanted in ("auto", "default") else "auto"

    def load(self, model: InstalledModel) -> _Loaded:
        """The package's translator and tokenizer, loaded on first use and kept."""
        key = (str(model.path), model.version)
        with self._lock:
            loaded = self._loaded.get(key)
            if loaded is not None:
                return loaded
            import ctranslate2
            from argostranslate.tokenizer import BPETokenizer, SentencePieceTokenizer

            settings = self._settings
            try:
                translator = ctranslate2.Translator(
                    str(model.path / "model"),
                    device=settings.device,
                    compute_type=self._compute_type(),
                    inter_threads=settings.resolved_inter_threads(),
                    intra_threads=settings.intra_threads,
                )
            except (RuntimeError, ValueError, OSError) as error:
                raise ModelLoadError(f"The {model.name} model cannot be loaded ({error}).") from error
            tokenizer: Tokenizer
            if (model.path / "sentencepiece.model").is_file():
                tokenizer = SentencePieceTokenizer(model.path / "sentencepiece.model")
            else:
                problem = bpe_codes_problem(model.path / "bpe.model")  # its reader exits the process on bad lines
                if problem is not None:
                    raise ModelLoadError(f"The {model.name} tokenizer cannot be loaded (bpe.model: {problem}).")
                tokenizer = BPETokenizer(model.path / "bpe.model", to_argos(model.from_code), to_argos(model.to_code))
            try:
                tokenizer.encode("a")
            except Exception as error:  # a third-party loader on a package installed by other means
                raise ModelLoadError(f"The {model.name} tokenizer cannot be loaded ({error}).") from error
            loaded = _Loaded(model, translator, tokenizer)
            for stale in [k for k, v in self._loaded.items() if not v.model.path.is_dir()]:
                del self._loaded[stale]  # removed or replaced by a newer version since it was loaded
            self._loaded[key] = loaded
            return loaded

    def warm_up(self, from_lang: str, to_lang: str) -> None:
        """Load the route's translators now (e.g. in a worker when a document opens)."""
        for model in self.route(from_lang, to_lang):
            self.load(model)

    # --- translating --------------------------------------------------------------------------------

    def _plan(self, loaded: _Loaded, sources: list[str]) -> Iterator[_Job]:
        """Batches in document-order windows, sorted by token length inside each window; the first batch small.

        Lazy: a window is tokenized only when its batches are needed, so a long document starts at once.
        """
        settings = self._settings
        first = True
        for window_start in range(0, len(sources), settings.sort_window):
            window = sources[window_start : window_start + settings.sort_window]
            tokens = [loaded.tokenizer.encode(source) for source in window]
            ordered = sorted(range(len(window)), key=lambda i: len(tokens[i]))
            position = 0
            while position < len(ordered):
                size = settings.first_batch_size if first else settings.max_batch_size
                first = False
                chosen = ordered[position : position + size]
                position += size
                yield _Job(
                    sources=[window[i] for i in chosen],
                    texts=[window[i] for i in chosen],
                    tokens=[tokens[i] for i in chosen],
                )

    def _start(self, job: _Job, route: Sequence[_Loaded]) -> None:
        """Serve the hop from the cache where possible and submit the rest to CTranslate2 asynchronously."""
        loaded = route[job.hop]
        cached = self._cache.get_many(self._cache_key(loaded.model), job.texts)
        job.outputs = {i: cached[text] for i, text in enumerate(job.texts) if text in cached}
        job.pending = [i for i in range(len(job.texts)) if i not in job.outputs]
        job.results = []
        if not job.pending:
            return
        if job.hop == 0 and job.tokens is not None:
            batch = [job.tokens[i] for i in job.pending]
        else:
            batch = [loaded.tokenizer.encode(job.texts[i]) for i in job.pending]
        options = self._options(loaded, batch, self._settings.beam_size)
        job.limit = options["max_decoding_length"]
        try:
            job.results = loaded.translator.translate_batch(batch, asynchronous=True, **options)
        except (RuntimeError, ValueError) as error:
            raise TranslationError(f"Translation failed ({error}).") from error

    def _options(self, loaded: _Loaded, batch: list[list[str]], beam_size: int) -> dict[str, Any]:
        """CTranslate2 decoding options: Argos's own (length penalty, unknown replacement, target prefix).

        Output is capped at three times the batch's longest input (plus a margin): a looping sentence stops there
        instead of running to `max_decoding_length`, and no real translation comes near it.
        """
        settings = self._settings
        prefix = loaded.model.target_prefix
        longest = max((len(tokens) for tokens in batch), default=0)
        return {
            "target_prefix": [[prefix]] * len(batch) if prefix else None,
            "max_batch_size": len(batch),
            "beam_size": beam_size,
            "num_hypotheses": 1,
            "length_penalty": settings.length_penalty,
            "max_decoding_length": min(settings.max_decoding_length, _LENGTH_FACTOR * longest + _LENGTH_MARGIN),
            "replace_unknowns": True,
        }

    def _retry(self, loaded: _Loaded, sources: list[str]) -> list[tuple[str, bool]]:
        """Translate again with beam search: for the few sentences whose fast translation looks broken.

        Returns each text and whether it ran into the length cap again.
        """
        batch = [loaded.tokenizer.encode(source) for source in sources]
        options = self._options(loaded, batch, self._settings.retry_beam_size)
        try:
            results = loaded.translator.translate_batch(batch, **options)
        except (RuntimeError, ValueError) as error:
            raise TranslationError(f"Translation failed ({error}).") from error
        out: list[tuple[str, bool]] = []
        for result in results:
            tokens = list(result.hypotheses[0])
            out.append((_detokenize(loaded, tokens), len(tokens) >= options["max_decoding_length"]))
        return out

    def _cache_key(self, model: InstalledModel) -> str:
        return f"{model.cache_key}|{self._settings.decoding_key()}"

    def _finish(self, job: _Job, loaded: _Loaded, from_lang: str, to_lang: str) -> None:
        """Collect the hop's outputs, retry broken-looking ones with beam search, cache them, note warnings."""
        fresh: list[int] = []
        runaway: set[int] = set()
        for position, result in zip(job.pending, job.results, strict=True):
            try:
                tokens = list(result.result().hypotheses[0])
            except (RuntimeError, ValueError, IndexError) as error:
                raise TranslationError(f"Translation failed ({error}).") from error
            job.outputs[position] = _detokenize(loaded, tokens)
            if len(tokens) >= job.limit:
                runaway.add(position)
            fresh.append(position)
        assessed = {
            position: quality.assess(job.texts[position], job.outputs[position], from_lang, to_lang)
            for position in fresh
        }
        if self._settings.retry_beam_size > self._settings.beam_size:
            broken = [position for position in fresh if position in runaway or assessed[position] in _RETRY_ON]
            if broken:
                retried = self._retry(loaded, [job.texts[position] for position in broken])
                for position, (text, still_runaway) in zip(broken, retried, strict=True):
                    job.outputs[position] = text
                    assessed[position] = quality.assess(job.texts[position], text, from_lang, to_lang)
                    if not still_runaway:
                        runaway.discard(position)
        if fresh:
            self._cache.put_many(
                self._cache_key(loaded.model), {job.texts[position]: job.outputs[position] for position in fresh}
            )
        for position in runaway:
            job.warnings.setdefault(position, quality.RUNAWAY)
        for position, text in job.outputs.items():
            if position not in job.warnings:
                warning = (
                    assessed[position]
                    if position in assessed
                    else quality.assess(job.texts[position], text, from_lang, to_lang)
                )
                if warning is not None:
                    job.warnings[position] = warning
        job.texts = [job.outputs[i] for i in range(len(job.texts))]

    @staticmethod
    def _wait(job: _Job, cancel: CancelToken | None) -> bool:
        """Wait for the job's batch; False when cancelled first."""
        if cancel is None:
            return True
        while not all(result.done() for result in job.results):
            if cancel.wait(_POLL_SECONDS):
                return False
        return not cancel.cancelled

    def translate_batches(
        self,
        sentences: Sequence[str],
        from_lang: str,
        to_lang: str,
        cancel: CancelToken | None = None,
    ) -> Iterator[list[tuple[int, SentenceTranslation]]]:
        """Translations grouped as they finish: cached ones first, then one group per batch.

        Raises `NoModelError` before yielding when no route exists. Stops within one batch on cancel. A pair
        translated through another script's models (Traditional Chinese through Simplified ones) has its sentences
        converted on the way in and its translations on the way out.
        """
        way, route_models = self.plan(from_lang, to_lang)
        if not way.converts:
            yield from self._translate_batches(sentences, from_lang, to_lang, route_models, cancel)
            return
        first, last = (way.pairs[0][0], way.pairs[-1][1]) if way.pairs else (from_lang, to_lang)
        converted = [way.into_model(sentence) for sentence in sentences]
        for group in self._translate_batches(converted, first, last, route_models, cancel):
            yield [(index, replace(found, text=way.out_of_model(found.text))) for index, found in group]

    def _translate_batches(
        self,
        sentences: Sequence[str],
        from_lang: str,
        to_lang: str,
        route_models: list[InstalledModel],
        cancel: CancelToken | None,
    ) -> Iterator[list[tuple[int, SentenceTranslation]]]:
        indices: dict[str, list[int]] = {}
        blank: list[tuple[int, SentenceTranslation]] = []
        for index, sentence in enumerate(sentences):
            if not sentence.strip() or not route_models:
                blank.append((index, SentenceTranslation(sentence.strip())))
            else:
                indices.setdefault(sentence, []).append(index)
        if blank:
            yield blank
        if not indices or (cancel is not None and cancel.cancelled):
            return
        route = [self.load(model) for model in route_models]
        hop_langs = [(m.from_code, m.to_code) for m in route_models]

        def results(job: _Job) -> list[tuple[int, SentenceTranslation]]:
            out: list[tuple[int, SentenceTranslation]] = []
            for position, source in enumerate(job.sources):
                translation = SentenceTranslation(job.texts[position], job.warnings.get(position))
                out.extend((index, translation) for index in indices[source])
            return out

        # Sentences cached along the whole route come out at once, before any model work.
        sources = list(indices)
        current = {source: source for source in sources}
        warnings: dict[str, str] = {}
        alive = sources
        for loaded, (hop_from, hop_to) in zip(route, hop_langs, strict=True):
            cached = self._cache.get_many(self._cache_key(loaded.model), [current[s] for s in alive])
            alive = [source for source in alive if current[source] in cached]
            for source in alive:
                output = cached[current[source]]
                warning = quality.assess(current[source], output, hop_from, hop_to)
                if warning is not None:
                    warnings.setdefault(source, warning)
                current[source] = output
        if alive:
            yield [
                (index, SentenceTranslation(current[source], warnings.get(source)))
                for source in alive
                for index in indices[source]
            ]
        done = set(alive)
        remaining = [source for source in sources if source not in done]
        if not remaining:
            return

        plan = self._plan(route[0], remaining)
        in_flight: deque[_Job] = deque()
        depth = max(1, self._settings.resolved_inter_threads())
        while True:
            if cancel is not None and cancel.cancelled:
                return
            while len(in_flight) < depth and (job := next(plan, None)) is not None:
                self._start(job, route)
                in_flight.append(job)
            if not in_flight:
                return
            job = in_flight.popleft()
            if not self._wait(job, cancel):
                return
            self._finish(job, route[job.hop], *hop_langs[job.hop])
            job.hop += 1
            if job.hop < len(route):
                self._start(job, route)
                in_flight.appendleft(job)
                continue
            yield results(job)

    def translate_stream(
        self,
        sentences: Sequence[str],
        from_lang: str,
        to_lang: str,
        cancel: CancelToken | None = None,
    ) -> Iterator[tuple[int, SentenceTranslation]]:
        """`(sentence_index, translation)` pairs as batches finish; every index exactly once unless cancelled."""
        for group in self.translate_batches(sentences, from_lang, to_lang, cancel):
            yield from group

    def translate(
        self,
        sentences: Sequence[str],
        from_lang: str,
        to_lang: str,
        cancel: CancelToken | None = None,
    ) -> list[SentenceTranslation]:
        """All translations in source order; raises `TranslationError` when cancelled."""
        out: list[SentenceTranslation | None] = [None] * len(sentences)
        for index, translation in self.translate_stream(sentences, from_lang, to_lang, cancel):
            out[index] = translation
        finished = [t for t in out if t is not None]
        if len(finished) != len(sentences):
            raise TranslationError("Translation cancelled.")
        return finished

    def translate_passage(
        self, passage: Passage, to_lang: str, cancel: CancelToken | None = None
    ) -> Iterator[PassageTranslation]:
        """The passage's translation growing batch by batch: first all pending, last complete (unless cancelled)."""
        way, route = self.plan(passage.lang, to_lang)
        current = PassageTranslation(
            role=passage.role,
            source_lang=passage.lang,
            target_lang=to_lang,
            package=route_label(route, way),
            sentences=tuple(None for _ in passage.sentences),
        )
        yield current
        for group in self.translate_batches(passage.sentence_texts(), passage.lang, to_lang, cancel):
            sentences = list(current.sentences)
            for index, translation in group:
                sentences[index] = translation
            current = PassageTranslation(
                current.role, current.source_lang, current.target_lang, current.package, tuple(sentences)
            )
            yield current

