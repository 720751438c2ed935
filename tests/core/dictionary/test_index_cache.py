"""The unpacked copy of the packaged index in the cache folder: made atomically, made again when damaged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader_app.core.dictionary import index as index_module
from reader_app.core.dictionary.index import REBUILT_NOTICE, DictionaryIndex, DictionaryUnavailable, unpacked_size
from reader_app.core.dictionary.lookup import Dictionary


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _cached(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*") if p.is_file())


def test_the_first_use_unpacks_the_whole_index_once(cache: Path) -> None:
    index = DictionaryIndex()
    path = index.path()
    assert path.stat().st_size == unpacked_size(index_module._packaged())
    assert _cached(cache) == [path]
    assert Dictionary(index).lookup("微信", "zh")[0].entries[0].reading == "Wēixìn"
    mtime = path.stat().st_mtime_ns
    assert DictionaryIndex().path() == path and path.stat().st_mtime_ns == mtime
    assert index.notice == ""


def test_a_crash_midway_through_the_unpack_leaves_no_cached_copy(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_decompressobj = index_module.zlib.decompressobj

    class Crashing:
        def __init__(self, **kwargs: int) -> None:
            self.inner = real_decompressobj(**kwargs)
            self.calls = 0

        def decompress(self, data: bytes) -> bytes:
            self.calls += 1
            if self.calls == 5:
                raise KeyboardInterrupt  # the process dies with part of the file written
            return self.inner.decompress(data)

    monkeypatch.setattr(index_module.zlib, "decompressobj", Crashing)
    with pytest.raises(KeyboardInterrupt):
        DictionaryIndex().path()
    assert _cached(cache) == []
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    assert Dictionary(DictionaryIndex()).lookup("注册", "zh")


def test_a_cut_short_packaged_file_is_a_clear_error_and_leaves_nothing(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = index_module._packaged()
    short = tmp_path / "short.sqlite3.gz"
    with packaged.open("rb") as source:
        short.write_bytes(source.read(3_000_000))
    monkeypatch.setattr(index_module, "_packaged", lambda: short)
    with pytest.raises(DictionaryUnavailable, match="could not be prepared"):
        DictionaryIndex().path()
    assert [p for p in _cached(cache) if p.name.startswith(("dictionary-", ".dictionary-"))] == []


def test_a_cached_copy_of_the_wrong_size_is_unpacked_again(cache: Path) -> None:
    path = DictionaryIndex().path()
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    index = DictionaryIndex()
    assert Dictionary(index).lookup("微信", "zh")[0].entries[0].reading == "Wēixìn"
    assert index.notice == REBUILT_NOTICE
    assert path.stat().st_size == unpacked_size(index_module._packaged())


@pytest.mark.parametrize("damage", ["header", "pages"])
def test_a_damaged_cached_copy_of_the_right_size_is_unpacked_again(cache: Path, damage: str) -> None:
    path = DictionaryIndex().path()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        if damage == "header":
            handle.write(b"\0" * 4096)
        else:  # every page after the first: the schema reads, the tables do not
            handle.seek(4096)
            block = os.urandom(1 << 16)
            for _ in range((size - 4096) // len(block)):
                handle.write(block)
    assert path.stat().st_size == size
    index = DictionaryIndex()
    assert Dictionary(index).lookup("注册", "zh")[0].entries[0].reading == "zhùcè"
    assert index.notice == REBUILT_NOTICE
    assert path.is_file()


def test_a_given_damaged_file_is_a_clear_error_and_not_deleted(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 1000)
    with pytest.raises(DictionaryUnavailable, match="could not be opened"):
        DictionaryIndex(broken).warm_up()
    assert broken.is_file()
