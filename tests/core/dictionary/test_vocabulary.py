"""Vocabulary storage and its Anki/TSV export, read back with the standard library."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from reader_app.core.dictionary.vocabulary import (
    VocabularyError,
    VocabularyItem,
    VocabularyStore,
    export_apkg,
    export_tsv,
)

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
    store = VocabularyStore(tmp_path / "vocabulary.sqlite3")
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


def test_a_newer_vocabulary_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(VocabularyError, match="newer version"):
        VocabularyStore(path).add(WECHAT)
    assert path.read_bytes() == before
