"""The packaged index is read in place: nothing to unpack on the first launch, old unpacked copies cleaned up."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app.core.app_paths import cache_dir
from reader_app.core.dictionary import index as index_module
from reader_app.core.dictionary.index import DictionaryIndex, DictionaryUnavailable
from reader_app.core.dictionary.lookup import Dictionary


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_first_launch_reads_the_installed_index_and_writes_no_cache(cache: Path) -> None:
    index = DictionaryIndex()
    index.warm_up()
    assert index.path() == index_module.packaged_path()
    assert Dictionary(index).lookup("微信", "zh")[0].entries[0].reading == "Wēixìn"
    assert not any(p.name.startswith("dictionary") for p in cache.rglob("*"))


def test_copies_earlier_versions_unpacked_are_removed(cache: Path) -> None:
    folder = cache_dir()
    assert folder.is_relative_to(cache)
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "dictionary-0123456789ab.sqlite3"
    old.write_bytes(b"an old unpacked copy")
    kept = folder / "translations.sqlite3"
    kept.write_bytes(b"something else")
    DictionaryIndex().warm_up()
    assert not old.exists()
    assert kept.exists()


def test_a_missing_index_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "PACKAGED_NAME", "absent.sqlite3")
    with pytest.raises(DictionaryUnavailable, match="missing") as raised:
        DictionaryIndex().warm_up()
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("content", [b"not a database" * 1000, b"\0" * 8192])
def test_a_damaged_index_is_a_one_line_error_and_left_alone(tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(content)
    with pytest.raises(DictionaryUnavailable, match="could not be read") as raised:
        Dictionary(DictionaryIndex(broken)).lookup("微信", "zh")
    assert "\n" not in str(raised.value)
    assert broken.read_bytes() == content
