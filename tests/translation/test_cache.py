"""The sentence cache: memory and disk, keyed by model, surviving a new session, degrading when unwritable."""

from __future__ import annotations

from pathlib import Path

from reader_app.translation.cache import SentenceCache


def test_values_persist_across_instances_and_keys_are_separate(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = SentenceCache(path)
    cache.put_many("translate-ja_en@1.0|beam2", {"もっと詳しく": "More details", "東京": "Tokyo"})
    cache.close()
    reopened = SentenceCache(path)
    assert reopened.get_many("translate-ja_en@1.0|beam2", ["もっと詳しく", "東京", "大阪"]) == {
        "もっと詳しく": "More details",
        "東京": "Tokyo",
    }
    assert reopened.get("translate-ja_en@1.1|beam2", "東京") is None
    assert (reopened.hits, reopened.misses) == (2, 2)


def test_exact_sentence_is_the_key(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path / "c.sqlite3")
    cache.put_many("m", {"Hello.": "こんにちは。"})
    assert cache.get("m", "Hello.") == "こんにちは。"
    assert cache.get("m", "Hello. ") is None
    assert cache.get("m", "hello.") is None


def test_memory_is_bounded(tmp_path: Path) -> None:
    cache = SentenceCache(persist=False, memory_entries=3)
    cache.put_many("m", {str(i): f"t{i}" for i in range(10)})
    assert cache.get_many("m", [str(i) for i in range(10)]) == {"7": "t7", "8": "t8", "9": "t9"}


def test_unwritable_location_degrades_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = SentenceCache(blocker / "cache.sqlite3")
    cache.put_many("m", {"a": "b"})
    assert cache.get("m", "a") == "b"


def test_corrupt_database_file_degrades_to_memory(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    cache = SentenceCache(path)
    cache.put_many("m", {"a": "b"})
    assert cache.get("m", "a") == "b"
    cache.clear()
    assert cache.get("m", "a") is None


def test_disk_keeps_the_newest_entries_within_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = SentenceCache(path, disk_entries=10)
    for batch in range(6):
        cache.put_many("m", {f"s{batch}-{i}": f"t{batch}-{i}" for i in range(4)})
    cache.close()
    reopened = SentenceCache(path, memory_entries=100)
    found = reopened.get_many("m", [f"s{b}-{i}" for b in range(6) for i in range(4)])
    assert len(found) == 10
    assert all(f"s5-{i}" in found and f"s4-{i}" in found for i in range(4)), "the newest batches stay"
    assert not any(f"s0-{i}" in found for i in range(4))
    # Stamps continue after re-opening, so new entries still count as newest.
    reopened.put_many("m", {"new": "entry"})
    reopened.close()
    assert SentenceCache(path).get("m", "new") == "entry"


def test_a_cache_file_of_an_older_layout_is_replaced(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "cache.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE sentences (model TEXT, source TEXT, target TEXT, PRIMARY KEY (model, source))")
        db.execute("INSERT INTO sentences VALUES ('m', 'a', 'old')")
    cache = SentenceCache(path)
    assert cache.get("m", "a") is None
    cache.put_many("m", {"a": "b"})
    cache.close()
    assert SentenceCache(path).get("m", "a") == "b"
