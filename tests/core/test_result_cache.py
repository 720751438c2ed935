"""Results kept on disk: served again for the same inputs and code, never for others, and never an error."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reader_app.core import big_document
from reader_app.core.facts import extract
from reader_app.core.loading import load_document
from reader_app.core.result_cache import MAGIC, ResultCache, cache_key


def test_a_saved_result_is_served_to_a_later_cache_over_the_same_folder(tmp_path: Path) -> None:
    ResultCache(tmp_path).save("k", {"facts": (1, 2, 3)})
    assert ResultCache(tmp_path).load("k") == {"facts": (1, 2, 3)}
    assert ResultCache(tmp_path).load("other") is None


@pytest.mark.parametrize("damage", [b"", b"garbage", MAGIC + b"not zlib", MAGIC[:-2]])
def test_a_damaged_entry_is_a_miss_and_is_removed(tmp_path: Path, damage: bytes) -> None:
    cache = ResultCache(tmp_path)
    cache.save("k", [1, 2])
    cache.path("k").write_bytes(damage)
    assert cache.load("k") is None
    assert not cache.path("k").exists()


def test_the_folder_keeps_only_the_newest_entries(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, kept_entries=2)
    for age, key in enumerate(("old", "middle")):
        cache.save(key, key)
        os.utime(cache.path(key), (1000 + age, 1000 + age))
    cache.save("new", "new")
    assert cache.keys() == ["new", "middle"]
    assert cache.load("old") is None


def test_a_result_larger_than_the_cache_is_not_kept(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, kept_bytes=1000)
    cache.save("big", os.urandom(5000))
    assert cache.keys() == []


def test_a_folder_that_cannot_be_made_is_a_cache_that_keeps_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ResultCache(blocker / "facts")
    cache.save("k", 1)
    assert cache.load("k") is None


def test_keys_follow_the_inputs(sample_path: Path) -> None:
    document = load_document(sample_path)
    assert cache_key(document, {}) == cache_key(load_document(sample_path), {})
    assert cache_key(document, {}) != cache_key(replace(document, published=date(2001, 2, 3)), {})


def test_facts_are_served_from_the_cache_for_the_same_document(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = load_document(sample_path)
    first = big_document.facts_and_ranking(document, {}, tmp_path)
    assert first == big_document.facts_and_ranking(document, {})

    def no_extraction(*_args: object) -> object:
        raise AssertionError("extracted again")

    monkeypatch.setattr(extract, "extract_document_facts", no_extraction)
    assert big_document.facts_and_ranking(document, {}, tmp_path) == first
    with pytest.raises(AssertionError, match="extracted again"):
        big_document.facts_and_ranking(replace(document, published=date(2001, 2, 3)), {}, tmp_path)
