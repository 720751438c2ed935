"""The engine on real tiny Argos packages: aligned, deterministic, streamed, cached, cancellable, pivoting."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from tiny_model import ESCAPE_TEXT, TRAINING_SENTENCES, TinyPackages

from reader_app.core.loading import load_document
from reader_app.core.translated import SentenceTranslation
from reader_app.translation.cache import SentenceCache
from reader_app.translation.engine import CancelToken, TranslationEngine
from reader_app.translation.errors import NoModelError, TranslationError
from reader_app.translation.packages import install_from_file
from reader_app.translation.settings import EngineSettings

JAPANESE = [s for s in TRAINING_SENTENCES if any("\u3040" <= ch <= "\u30ff" for ch in s)]
ENGLISH = [s for s in TRAINING_SENTENCES if s.isascii()]
# 120 distinct Japanese sentences of varied length, so requests span several batches.
MANY = [f"{JAPANESE[i % len(JAPANESE)]}{'。' * (i % 3)}{i}件" for i in range(120)]


@pytest.fixture
def engine(argos_packages_dir: Path, tiny_packages: TinyPackages, tmp_path: Path) -> TranslationEngine:
    for pair in (("ja", "en"), ("en", "zh"), ("en", "ja")):
        install_from_file(tiny_packages.path(*pair))
    return TranslationEngine(EngineSettings(), SentenceCache(tmp_path / "cache.sqlite3"))


def _fresh(engine: TranslationEngine, tmp_path: Path, name: str = "other") -> TranslationEngine:
    return TranslationEngine(engine.settings, SentenceCache(tmp_path / f"{name}.sqlite3"))


def test_one_target_per_source_sentence_in_order(engine: TranslationEngine) -> None:
    result = engine.translate(MANY, "ja", "en")
    assert len(result) == len(MANY)
    assert all(isinstance(t, SentenceTranslation) and t.text for t in result)
    assert len({t.text for t in result}) > 10, "different sources give different outputs"


def test_output_is_deterministic_across_engines_and_batching(engine: TranslationEngine, tmp_path: Path) -> None:
    first = [t.text for t in engine.translate(MANY, "ja", "en")]
    other = TranslationEngine(
        EngineSettings(max_batch_size=5, first_batch_size=1, sort_window=7, inter_threads=1),
        SentenceCache(tmp_path / "other.sqlite3"),
    )
    assert [t.text for t in other.translate(MANY, "ja", "en")] == first
    alone = [other.translate([sentence], "ja", "en")[0].text for sentence in MANY[:5]]
    assert alone == first[:5]


def test_streaming_yields_every_index_once_across_several_batches(engine: TranslationEngine) -> None:
    groups = list(engine.translate_batches(MANY, "ja", "en"))
    sizes = [len(group) for group in groups]
    assert len(groups) >= 4
    assert sizes[0] == engine.settings.first_batch_size < max(sizes)
    indices = [index for group in groups for index, _ in group]
    assert sorted(indices) == list(range(len(MANY)))
    streamed = dict(pair for group in groups for pair in group)
    assert [streamed[i].text for i in range(len(MANY))] == [t.text for t in engine.translate(MANY, "ja", "en")]


class _CountingCache(SentenceCache):
    """The real cache, counting the sentences the engine stores: each one it has translated."""

    stored = 0

    def put_many(self, model: str, pairs: Mapping[str, str]) -> None:
        self.stored += len(pairs)
        super().put_many(model, pairs)


def test_first_results_arrive_before_the_request_finishes(engine: TranslationEngine) -> None:
    request = [f"{JAPANESE[i % len(JAPANESE)]}{i}件" for i in range(1200)]
    cache = _CountingCache(persist=False)
    streaming = TranslationEngine(engine.settings, cache)
    cancel = CancelToken()
    stream = streaming.translate_stream(request, "ja", "en", cancel)
    next(stream)
    assert 0 < cache.stored <= len(request) // 4, "most of the request is still untranslated when results show"
    cancel.cancel()
    list(stream)


def test_duplicates_and_blank_sentences(engine: TranslationEngine) -> None:
    result = engine.translate([JAPANESE[0], "  ", JAPANESE[0]], "ja", "en")
    assert result[0] == result[2]
    assert result[1] == SentenceTranslation("")


def test_second_run_is_served_from_the_cache(engine: TranslationEngine, tmp_path: Path) -> None:
    cache = _CountingCache(tmp_path / "counted.sqlite3")
    counted = TranslationEngine(engine.settings, cache)
    first = counted.translate(MANY, "ja", "en")
    assert cache.stored == len(MANY)
    second = counted.translate(MANY, "ja", "en")
    assert second == first
    assert cache.hits >= len(MANY)
    assert cache.stored == len(MANY), "nothing is translated twice"

    # Re-opening in a new session: the on-disk cache serves every sentence without loading a model.
    reopened = TranslationEngine(engine.settings, SentenceCache(tmp_path / "counted.sqlite3"))
    groups = list(reopened.translate_batches(MANY, "ja", "en"))
    assert len(groups) == 1
    assert [t for _, t in sorted(groups[0], key=lambda pair: pair[0])] == first
    assert reopened.cache.misses == 0


def test_cache_is_keyed_by_decoding_settings(engine: TranslationEngine) -> None:
    engine.translate(MANY[:10], "ja", "en")
    hits = engine.cache.hits
    engine.set_settings(engine.settings.with_changes(beam_size=engine.settings.beam_size + 2))
    engine.translate(MANY[:10], "ja", "en")
    assert engine.cache.hits == hits


def test_cancel_stops_within_a_batch(engine: TranslationEngine) -> None:
    cancel = CancelToken()
    seen: list[int] = []
    for group in engine.translate_batches(MANY, "ja", "en", cancel):
        seen.extend(index for index, _ in group)
        cancel.cancel()
    assert 0 < len(seen) < len(MANY)
    with pytest.raises(TranslationError, match="cancelled"):
        engine.translate(MANY[60:], "ja", "en", cancel)


def test_cancel_before_start_translates_nothing(engine: TranslationEngine) -> None:
    cancel = CancelToken()
    cancel.cancel()
    assert list(engine.translate_stream(MANY, "ja", "en", cancel)) == []


def test_pivot_through_english_equals_the_two_hops(engine: TranslationEngine, tmp_path: Path) -> None:
    route = engine.route("ja", "zh")
    assert [(m.from_code, m.to_code) for m in route] == [("ja", "en"), ("en", "zh")]
    pivoted = [t.text for t in engine.translate(JAPANESE, "ja", "zh")]
    manual = _fresh(engine, tmp_path)
    english = [t.text for t in manual.translate(JAPANESE, "ja", "en")]
    assert pivoted == [t.text for t in manual.translate(english, "en", "zh")]
    assert engine.package_label("ja", "zh") == "translate-ja_en 1.0 + translate-en_zh 1.0"


def test_direct_package_is_preferred_over_pivot(engine: TranslationEngine) -> None:
    assert [(m.from_code, m.to_code) for m in engine.route("en", "ja")] == [("en", "ja")]


def test_missing_models_are_named(engine: TranslationEngine) -> None:
    with pytest.raises(NoModelError, match="Install Chinese \\(Simplified\\) → English") as info:
        engine.route("zh", "ja")
    assert info.value.missing == [("zh", "en")]
    with pytest.raises(NoModelError, match="No Chinese \\(Simplified\\) → English model"):
        engine.route("zh", "en")
    assert not engine.can_translate("zh", "en")
    assert engine.can_translate("ja", "zh")


def test_translate_passage_grows_to_a_complete_aligned_translation(
    engine: TranslationEngine, sample_path: Path
) -> None:
    document = load_document(sample_path)
    article = document.article
    states = list(engine.translate_passage(article, "ja"))
    assert states[0].sentences == (None,) * len(article.sentences)
    filled = [sum(s is not None for s in state.sentences) for state in states]
    assert filled == sorted(filled) and filled[-1] == len(article.sentences)
    assert states[-1].complete and states[-1].package == "translate-en_ja 1.0"
    shown = states[-1].as_passage()
    assert len(shown.sentences) == len(article.sentences)


def test_translators_are_loaded_once_and_reused(engine: TranslationEngine) -> None:
    engine.translate(JAPANESE[:2], "ja", "en")
    loaded = engine.load(engine.route("ja", "en")[0])
    engine.translate(JAPANESE[2:4], "ja", "en")
    assert engine.load(engine.route("ja", "en")[0]) is loaded


def test_broken_looking_greedy_output_is_retried_with_beam_search(
    argos_packages_dir: Path, tiny_packages: TinyPackages
) -> None:
    """A model built so that greedy decoding loops and beam 4 provably does not (tiny_model._looping_logits)."""
    from reader_app.translation import quality

    install_from_file(tiny_packages.path("ja", "en", looping=True))
    greedy = EngineSettings(beam_size=1, retry_beam_size=0)
    plain = TranslationEngine(greedy, SentenceCache(persist=False)).translate(MANY[:20], "ja", "en")
    assert all(quality.has_repetition_loop(t.text.split()) for t in plain)
    assert {t.warning for t in plain} == {quality.RUNAWAY}
    beam4 = TranslationEngine(greedy.with_changes(beam_size=4), SentenceCache(persist=False))
    assert {t.text for t in beam4.translate(MANY[:20], "ja", "en")} == {ESCAPE_TEXT}

    retrying = TranslationEngine(greedy.with_changes(retry_beam_size=4), SentenceCache(persist=False))
    result = retrying.translate(MANY[:20], "ja", "en")
    assert [t.text for t in result] == [ESCAPE_TEXT] * 20
    assert [t.warning for t in result] == [None] * 20


def test_one_engine_serves_two_threads_at_once(engine: TranslationEngine, tmp_path: Path) -> None:
    import threading

    expected_ja = [t.text for t in _fresh(engine, tmp_path, "a").translate(MANY, "ja", "en")]
    expected_en = [t.text for t in _fresh(engine, tmp_path, "b").translate(ENGLISH * 5, "en", "zh")]
    results: dict[str, list[str]] = {}
    errors: list[BaseException] = []

    def work(name: str, sentences: list[str], source: str, target: str) -> None:
        try:
            results[name] = [t.text for t in engine.translate(sentences, source, target)]
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [
        threading.Thread(target=work, args=("ja", MANY, "ja", "en")),
        threading.Thread(target=work, args=("en", ENGLISH * 5, "en", "zh")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert results == {"ja": expected_ja, "en": expected_en}


def test_target_prefix_is_honoured_and_stripped(argos_packages_dir: Path, tmp_path: Path) -> None:
    """Multilingual Argos packages name the target language with a prefix token the decoder must start from."""
    import json
    import zipfile

    from tiny_model import build_package_files, package_name, sentencepiece_pieces

    files = build_package_files("ja", "en")
    prefix = next(p for p in sentencepiece_pieces(files["sentencepiece.model"]) if p.startswith("▁") and len(p) > 3)
    metadata = json.loads(files["metadata.json"])
    metadata["target_prefix"] = prefix
    root = package_name("ja", "en")
    path = tmp_path / "prefixed.argosmodel"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in {**files, "metadata.json": json.dumps(metadata).encode()}.items():
            archive.writestr(f"{root}/{name}", data)

    prefixed_engine = TranslationEngine(EngineSettings(), SentenceCache(persist=False))
    install_from_file(path)
    prefixed = [t.text for t in prefixed_engine.translate(MANY[:20], "ja", "en")]
    metadata["target_prefix"] = ""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in {**files, "metadata.json": json.dumps(metadata).encode()}.items():
            archive.writestr(f"{root}/{name}", data)
    install_from_file(path)
    plain = [t.text for t in TranslationEngine(EngineSettings(), SentenceCache(persist=False)).translate(
        MANY[:20], "ja", "en")]
    assert prefixed != plain, "decoding starts from the prefix"
    shown = prefix.replace("▁", " ").strip()
    assert not any(text.startswith(shown) for text in prefixed)


def test_output_cut_off_at_the_length_limit_is_flagged(engine: TranslationEngine) -> None:
    from reader_app.translation import quality

    normal = engine.translate(JAPANESE, "ja", "en")
    assert quality.RUNAWAY not in {t.warning for t in normal}
    capped = TranslationEngine(EngineSettings(max_decoding_length=2), SentenceCache(persist=False))
    result = capped.translate(JAPANESE, "ja", "en")
    assert {t.warning for t in result} == {quality.RUNAWAY}
    assert all(t.text for t in result)


def test_long_requests_start_before_everything_is_tokenized(engine: TranslationEngine) -> None:
    windowed = TranslationEngine(EngineSettings(sort_window=24), SentenceCache(persist=False))
    loaded = windowed.load(windowed.route("ja", "en")[0])
    real = loaded.tokenizer
    calls: list[str] = []

    class Counting:
        def encode(self, sentence: str) -> list[str]:
            calls.append(sentence)
            return real.encode(sentence)

        def decode(self, tokens: list[str]) -> str:
            return real.decode(tokens)

    loaded.tokenizer = Counting()
    stream = windowed.translate_batches(MANY, "ja", "en")
    next(stream)
    assert len(calls) <= 2 * 24, "only the first windows are tokenized before the first results"
    rest = list(stream)
    assert len(calls) == len(MANY)
    assert sum(len(group) for group in rest) == len(MANY) - engine.settings.first_batch_size
