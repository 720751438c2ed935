"""Hostile input as a test: fuzzed bytes through the loaders, the saved-file reader and the commands.

Seeded and small, so it takes seconds; `benchmarks/fuzz_long.py` runs the same generators over 10,000 inputs. An
exception reaching the top-level error boundary counts as a crash here, although the reader would only see one line.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import fuzz_long  # noqa: E402

from reader_app.core import saved_file  # noqa: E402
from reader_app.core.loading import LoadError, load_bytes  # noqa: E402

FUZZ = settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

_SEED_BYTES = [text.encode("utf-8") for text in fuzz_long._seeds()]


@st.composite
def document_bytes(draw: st.DrawFn) -> bytes:
    """A seed text (any supported encoding) with random splices, or random bytes."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=2048))
    seed = draw(st.sampled_from(fuzz_long._seeds()))
    encoding = draw(st.sampled_from(fuzz_long.ENCODINGS))
    data = fuzz_long._encode(seed, encoding)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        piece = draw(st.one_of(st.binary(max_size=64), st.sampled_from(fuzz_long.HOSTILE_TOKENS).map(str.encode)))
        data = data[:at] + piece + data[at:]
    return data


@FUZZ
@given(data=document_bytes(), suffix=st.sampled_from(fuzz_long.SUFFIXES))
def test_loaders_raise_only_load_error(data: bytes, suffix: str) -> None:
    try:
        document = load_bytes(data, f"input{suffix}")
    except LoadError as error:
        assert "\n" not in str(error)
        return
    for passage in document.passages():
        for sentence in passage.sentences:
            assert 0 <= sentence.start <= sentence.end <= len(passage.text)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def base_saved() -> dict[str, Any]:
    return fuzz_long._base_saved_file()


@FUZZ
@given(replacement=_JSON, where=st.integers(0, 10_000))
def test_the_saved_file_reader_raises_only_saved_file_error(
    base_saved: dict[str, Any], replacement: object, where: int
) -> None:
    data = json.loads(json.dumps(base_saved))
    paths = fuzz_long._paths(data)
    path = paths[where % len(paths)]
    parent: Any = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = replacement
    try:
        saved_file.loads(json.dumps(data))
    except saved_file.SavedFileError as error:
        assert "\n" not in str(error)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_mutated_saved_files_through_the_reader(base_saved: dict[str, Any], seed: int) -> None:
    raw = fuzz_long.hostile_saved_file(random.Random(seed), base_saved)
    try:
        saved_file.loads(raw)
    except saved_file.SavedFileError as error:
        assert "\n" not in str(error)


@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1))
def test_documents_through_inspect_facts_and_summarize(tmp_path_factory: pytest.TempPathFactory, seed: int) -> None:
    suffix, data = fuzz_long.hostile_document(random.Random(seed))
    outcome = fuzz_long.run_document(tmp_path_factory.mktemp("doc"), suffix, data)
    assert outcome.crashes == [] and not outcome.loss


@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1))
def test_saved_files_through_the_commands(
    tmp_path_factory: pytest.TempPathFactory, base_saved: dict[str, Any], seed: int
) -> None:
    data = fuzz_long.hostile_saved_file(random.Random(seed), base_saved)
    outcome = fuzz_long.run_saved_file(tmp_path_factory.mktemp("saved"), data)
    assert outcome.crashes == [] and not outcome.loss


@settings(max_examples=8, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1))
def test_jsonl_batches(seed: int) -> None:
    outcome = fuzz_long.run_jsonl(fuzz_long.hostile_jsonl(random.Random(seed)))
    assert outcome.crashes == []


def test_the_harness_sees_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Control: an exception inside a command is counted, so the tests above can fail."""

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("planted")

    monkeypatch.setattr("reader_app.core.export.content.summarize", explode)  # the summary summarize prints
    outcome = fuzz_long.run_document(tmp_path, ".txt", b"Sales rose 5% on Tuesday. They fell later.")
    assert any("planted" in crash for crash in outcome.crashes)
