"""The benchmark's model is what the README says it is: real size, and outputs about as long as their inputs."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_model  # noqa: E402
import translate_speed  # noqa: E402

from reader_app.translation.cache import SentenceCache  # noqa: E402
from reader_app.translation.engine import TranslationEngine  # noqa: E402
from reader_app.translation.packages import install_from_file  # noqa: E402
from reader_app.translation.settings import EngineSettings  # noqa: E402


def test_benchmark_text_has_about_2000_distinct_words_worth_of_sentences() -> None:
    text = translate_speed.article_text(2000)
    sentences = translate_speed.our_sentences(text)
    assert 2000 <= len(text.split()) < 2400
    assert len(set(sentences)) == len(sentences), "no sentence may be served twice"


@pytest.mark.slow
def test_benchmark_model_is_real_size_and_stops_near_the_source_length(
    argos_packages_dir: Path, tmp_path: Path, sample_path: Path
) -> None:
    package = bench_model.build_bench_package(tmp_path, sample_path.read_text(encoding="utf-8"))
    with zipfile.ZipFile(package) as archive:
        config = json.loads(archive.read("translate-en_ja-bench/model/config.json"))
        vocabulary = json.loads(archive.read("translate-en_ja-bench/model/shared_vocabulary.json"))
    assert len(vocabulary) == bench_model.VOCAB_SIZE >= 5000
    assert config["unk_token"] == "<unk>"
    model = install_from_file(package)
    assert model.size_bytes > 40_000_000, "int8 weights of a 6+6-layer d_model 512 Transformer"

    sentences = translate_speed.our_sentences(translate_speed.article_text(300))
    engine = TranslationEngine(EngineSettings(retry_beam_size=0), SentenceCache(persist=False))
    outputs = engine.translate(sentences, "en", "ja")
    tokenizer = engine.load(model).tokenizer
    source_tokens = sum(len(tokenizer.encode(s)) for s in sentences)
    output_tokens = sum(len(tokenizer.encode(t.text)) for t in outputs)
    assert 0.85 < output_tokens / source_tokens < 1.2
