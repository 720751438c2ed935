"""Vocabulary storage and its Anki/TSV export, read back with the standard library."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from reader_app.core import library as library_module
from reader_app.core.dictionary import vocabulary as vocabulary_module
from reader_app.core.dictionary.vocabulary import (
    VocabularyError,
    VocabularyItem,
    VocabularyStore,
    export_apkg,
    export_tsv,
)
from reader_app.core.library import Library

WECHAT = VocabularyItem("zh", "微信", "Wēixìn", "WeChat", "腾讯微信周二表示。", "Tencent's WeChat said.", "/tmp/a.txt")


def apkg_notes(path: Path, tmp_path: Path) -> list[tuple[str, list[str]]]:
    with zipfile.ZipFile(path) as package:
        package.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        return [(guid, fields.split("\x1f")) for guid, fields in connection.execute("SELECT guid, flds FROM notes")]
    finally:
        connection.close()


def test_saving_the_same_word_again_updates_it(tmp_path: Path) -> None:
    store = VocabularyStore(tmp_path / "library.sqlite3")
    store.add(WECHAT)
    store.add(VocabularyItem("zh", "微信", "Wēixìn", "WeChat (app)", "微信注册。"))
    (item,) = store.items()
    assert (item.meaning, item.sentence) == ("WeChat (app)", "微信注册。")
    store.remove(item.key())
    assert store.items() == []


def test_apkg_holds_word_reading_and_sentence_with_stable_guids(tmp_path: Path) -> None:
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    assert export_apkg([WECHAT], first) == 1
    changed = VocabularyItem("zh", "微信", "Wēixìn", "WeChat, the app", "微信注册。")
    export_apkg([changed, VocabularyItem("ja", "詳しい", "くわしい", "detailed")], second)
    (note,) = apkg_notes(first, tmp_path / "a")
    guid, fields = note
    assert fields[:4] == ["微信", "Wēixìn", "WeChat", "腾讯微信周二表示。"]
    later = dict(apkg_notes(second, tmp_path / "b"))
    assert later[guid][2] == "WeChat, the app"  # the same note, updated, when Anki imports it
    assert len(later) == 2


def test_tsv_export(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    assert export_tsv([WECHAT], path) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[:3] == ["word", "reading", "meaning"]
    assert lines[1].split("\t")[:4] == ["微信", "Wēixìn", "WeChat", "腾讯微信周二表示。"]


def test_a_newer_library_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(VocabularyError, match="newer version"):
        VocabularyStore(path).add(WECHAT)
    assert path.read_bytes() == before


# --- the words live in the library; the library's migration imports the file earlier versions kept -------------


def _old_vocabulary_file(folder: Path, items: list[VocabularyItem]) -> Path:
    """vocabulary.sqlite3 as earlier versions wrote it (schema 1, its own file beside the library)."""
    path = folder / "vocabulary.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE vocabulary (lang TEXT NOT NULL, word TEXT NOT NULL, reading TEXT NOT NULL, "
        "meaning TEXT NOT NULL, sentence TEXT NOT NULL, translation TEXT NOT NULL, link TEXT NOT NULL, "
        "added TEXT NOT NULL, PRIMARY KEY (lang, word, reading))"
    )
    connection.executemany(
        "INSERT INTO vocabulary VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(i.lang, i.word, i.reading, i.meaning, i.sentence, i.translation, i.link, i.added) for i in items],
    )
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
    return path


def _library_before_vocabulary(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library at the schema just before the vocabulary table (as the previous version left it)."""
    with monkeypatch.context() as patch:
        patch.setattr(library_module, "SCHEMA_VERSION", library_module.VOCABULARY_VERSION - 1)
        Library(path).close()
    assert _tables(path) >= {"documents"} and "vocabulary" not in _tables(path)


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


OLD_WORDS = [
    VocabularyItem("zh", "微信", "Wēixìn", "WeChat", "腾讯微信周二表示。", "Tencent's WeChat said.", "/a.txt",
                   "2026-01-02T03:04:05+00:00"),
    VocabularyItem("ja", "詳しい", "くわしい", "detailed", "もっと詳しく", "", "/b.txt", "2026-01-03T00:00:00+00:00"),
]


def test_the_library_migration_imports_the_old_file_once_losing_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library_path = tmp_path / "library.sqlite3"
    _library_before_vocabulary(library_path, monkeypatch)
    old = _old_vocabulary_file(tmp_path, OLD_WORDS)
    before = old.read_bytes()
    Library(library_path).close()  # the app starts: the library migrates and imports the words
    store = VocabularyStore(library_path)
    assert sorted(store.items(), key=lambda i: i.word) == sorted(OLD_WORDS, key=lambda i: i.word)
    assert old.read_bytes() == before  # the old file is only read
    store.remove(OLD_WORDS[0].key())
    Library(library_path).close()  # opened again: not imported a second time
    assert [i.word for i in VocabularyStore(library_path).items()] == ["詳しい"]


def test_a_fresh_library_beside_an_old_file_imports_it(tmp_path: Path) -> None:
    _old_vocabulary_file(tmp_path, OLD_WORDS)
    assert len(VocabularyStore(tmp_path / "library.sqlite3").items()) == 2


def test_an_import_that_fails_midway_leaves_the_library_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library_path = tmp_path / "library.sqlite3"
    _library_before_vocabulary(library_path, monkeypatch)
    _old_vocabulary_file(tmp_path, OLD_WORDS)
    real_import = vocabulary_module.import_old_vocabulary

    def crash_after_inserting(connection: sqlite3.Connection, folder: Path) -> int:
        real_import(connection, folder)
        raise KeyboardInterrupt  # the app is killed inside the migration's transaction

    monkeypatch.setattr(vocabulary_module, "import_old_vocabulary", crash_after_inserting)
    with pytest.raises(KeyboardInterrupt):
        Library(library_path)
    assert "vocabulary" not in _tables(library_path)
    monkeypatch.setattr(vocabulary_module, "import_old_vocabulary", real_import)
    assert len(VocabularyStore(library_path).items()) == 2  # the next start migrates and imports everything


@pytest.mark.parametrize("content", [b"garbage" * 500, None])
def test_an_unreadable_or_newer_old_file_is_left_alone_and_the_library_still_opens(
    tmp_path: Path, content: bytes | None
) -> None:
    old = tmp_path / "vocabulary.sqlite3"
    if content is None:
        _old_vocabulary_file(tmp_path, OLD_WORDS)
        connection = sqlite3.connect(old)
        connection.execute("PRAGMA user_version = 7")
        connection.close()
    else:
        old.write_bytes(content)
    before = old.read_bytes()
    store = VocabularyStore(tmp_path / "library.sqlite3")
    assert store.items() == []
    store.add(WECHAT)
    assert [i.word for i in store.items()] == ["微信"]
    assert old.read_bytes() == before


def test_saved_words_export_from_the_library_with_stable_note_ids(tmp_path: Path) -> None:
    store = VocabularyStore(tmp_path / "library.sqlite3")
    store.add(WECHAT)
    store.add(WECHAT)
    first = tmp_path / "first.apkg"
    assert export_apkg(store.items(), first) == 1
    store.add(VocabularyItem("zh", "微信", "Wēixìn", "WeChat, the app", "微信注册。"))
    second = tmp_path / "second.apkg"
    export_apkg(store.items(), second)
    (before,) = apkg_notes(first, tmp_path / "a")
    (after,) = apkg_notes(second, tmp_path / "b")
    assert before[0] == after[0] and after[1][2] == "WeChat, the app"
    assert export_tsv(store.items(), tmp_path / "words.tsv") == 1
    assert "vocabulary" in _tables(tmp_path / "library.sqlite3")


@pytest.mark.parametrize("kind", ["apkg", "tsv"])
def test_a_vocabulary_export_is_readable_by_others_like_every_export(tmp_path: Path, kind: str) -> None:
    import os
    import stat

    path = tmp_path / f"vocabulary.{kind}"
    old_mask = os.umask(0o022)
    try:
        (export_apkg if kind == "apkg" else export_tsv)([WECHAT], path)
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
