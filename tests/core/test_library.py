"""The SQLite library: states keyed by text hash, listing, FTS (CJK and English), refusals, crash safety."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.library import SCHEMA_VERSION, Library, LibraryError
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.reading_state import ReadingState, text_hash
from reader_app.core.translated import PassageTranslation, SentenceTranslation

ZH_TEXT = (
    "微信暂停新用户注册\n\n"
    "腾讯旗下的微信周二表示，正在暂停中国境内新用户注册。"
    "微信表示，注册服务将在升级完成后恢复，预计在八月初。"
)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    opened = Library(tmp_path / "library.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def sample(sample_path: Path) -> Document:
    return load_document(sample_path)


def _with_note(document: Document, quote: str, note: str) -> ReadingState:
    start = document.article.text.index(quote)
    highlight = Highlight(
        role=PassageRole.ARTICLE, anchor=anchor_for(document.article, Span(start, start + len(quote))), note=note
    )
    return ReadingState.for_document(document).with_highlight(highlight)


def test_new_library_has_the_current_schema(library: Library) -> None:
    connection = sqlite3.connect(library.path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    assert library.integrity_ok()


def test_state_round_trip_keyed_by_text_hash(tmp_path: Path, sample: Document) -> None:
    library = Library(tmp_path / "library.sqlite3")
    assert library.record_open(sample) is None
    state = _with_note(sample, "SoftBank", "Check SoftBank's exposure").with_summary_length(4)
    library.save_state(state, sample)
    library.close()

    reopened = Library(tmp_path / "library.sqlite3")
    assert reopened.record_open(sample) == state
    assert reopened.document(text_hash(sample)) == sample
    reopened.close()


def test_entries_list_title_languages_and_highlight_count(library: Library, sample: Document) -> None:
    chinese = document_from_text(ZH_TEXT)
    library.record_open(sample)
    library.save_state(_with_note(sample, "SoftBank", "n"), sample)
    time.sleep(0.002)
    library.record_open(chinese)
    entries = library.entries()
    assert [e.title for e in entries] == [chinese.title, sample.title]  # most recently opened first
    assert entries[1].languages == ("ja", "en") and entries[1].highlight_count == 1
    assert entries[0].languages == ("zh",) and entries[0].highlight_count == 0
    assert entries[1].source == str(sample.source)


def test_translation_languages_are_listed(library: Library) -> None:
    chinese = document_from_text(ZH_TEXT)
    translation = PassageTranslation(
        PassageRole.ARTICLE,
        "zh",
        "en",
        "zh→en",
        tuple(SentenceTranslation("WeChat pauses") for _ in chinese.article.sentences),
    )
    library.save_state(ReadingState.for_document(chinese).with_translation(translation), chinese)
    assert library.entries()[0].languages == ("zh", "en")


def test_cjk_query_finds_the_document(library: Library, sample: Document) -> None:
    chinese = document_from_text(ZH_TEXT)
    library.record_open(sample)
    library.record_open(chinese)
    hits = library.search("微信")
    assert [h.entry.text_hash for h in hits] == [text_hash(chinese)]
    assert hits[0].kinds == ("text",) and "微信" in hits[0].snippet
    assert [h.entry.title for h in library.search("新用户注册")] == [chinese.title]
    assert library.search("微博") == []


def test_english_query_finds_a_note(library: Library, sample: Document) -> None:
    chinese = document_from_text(ZH_TEXT)
    library.record_open(sample)
    library.save_state(_with_note(chinese, "微信", "Compare with the Reuters piece"), chinese)
    hits = library.search("reuters")
    assert [h.entry.text_hash for h in hits] == [text_hash(chinese)]
    assert hits[0].kinds == ("notes",) and "Reuters" in hits[0].snippet


def test_english_query_finds_article_text_and_translations(library: Library, sample: Document) -> None:
    chinese = document_from_text(ZH_TEXT)
    translation = PassageTranslation(
        PassageRole.ARTICLE,
        "zh",
        "en",
        "zh→en",
        tuple(SentenceTranslation("Tencent paused sign-ups") for _ in range(2)),
    )
    library.record_open(sample)
    library.save_state(ReadingState.for_document(chinese).with_translation(translation), chinese)
    assert {h.entry.title for h in library.search("tencent")} == {sample.title, chinese.title}
    assert [h.entry.title for h in library.search("sign-ups")] == [chinese.title]
    assert [h.entry.title for h in library.search("Didi ride-hailing")] == [sample.title]  # every term must match


def test_short_queries_fall_back_to_like(library: Library, sample: Document) -> None:
    chinese = document_from_text(ZH_TEXT)
    library.record_open(sample)
    library.record_open(chinese)
    assert [h.entry.title for h in library.search("微")] == [chinese.title]
    assert [h.entry.title for h in library.search("腾讯 注册")] == [chinese.title]
    assert {h.entry.title for h in library.search("U.")} == {sample.title}
    assert library.search("%") == [] and library.search("_") == []


def test_phrases_and_full_width_queries(library: Library, sample: Document) -> None:
    chinese = document_from_text(ZH_TEXT)
    library.record_open(sample)
    library.record_open(chinese)
    assert [h.entry.title for h in library.search('"monthly active users"')] == [sample.title]
    assert library.search('"active monthly users"') == []  # a phrase keeps its word order
    assert [h.entry.title for h in library.search("ＷｅＣｈａｔ")] == [sample.title]  # full-width letters
    assert [h.entry.title for h in library.search('"relevant laws')] == [sample.title]  # a stray quote is dropped
    for odd in ("C++", "NEAR(", '"', "*", "-x", "wechat*"):
        library.search(odd)  # FTS syntax in a query is taken literally, never an error


def test_notes_index_follows_edits(library: Library, sample: Document) -> None:
    state = _with_note(sample, "SoftBank", "first thought")
    library.save_state(state, sample)
    assert library.search("thought")
    highlight = state.highlights[0]
    library.save_state(state.with_highlight(highlight.with_note("second idea")), sample)
    assert library.search("thought") == [] and library.search("idea")


def test_source_lookup_finds_the_previous_version(library: Library, sample: Document, tmp_path: Path) -> None:
    library.save_state(_with_note(sample, "SoftBank", "n"), sample)
    assert sample.source is not None
    assert library.latest_for_source(sample.source, exclude_hash="other") == text_hash(sample)
    assert library.latest_for_source(sample.source, exclude_hash=text_hash(sample)) is None


def test_remove(library: Library, sample: Document) -> None:
    library.save_state(_with_note(sample, "SoftBank", "gone soon"), sample)
    library.remove(text_hash(sample))
    assert library.entries() == [] and library.search("gone") == [] and library.state(text_hash(sample)) is None


def test_older_schema_is_migrated_keeping_the_data(
    tmp_path: Path, sample: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.core import library as library_module

    path = tmp_path / "library.sqlite3"
    old = Library(path)
    state = _with_note(sample, "SoftBank", "kept across the migration")
    old.save_state(state, sample)
    old.close()
    # The next app version adds a column: its migration runs once, in a transaction, and the data stays.
    migration = "ALTER TABLE documents ADD COLUMN starred INTEGER NOT NULL DEFAULT 0"
    monkeypatch.setattr(library_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(library_module, "_MIGRATIONS", (*library_module._MIGRATIONS, migration))
    migrated = Library(path)
    assert migrated.state(text_hash(sample)) == state
    assert [h.entry.title for h in migrated.search("migration")] == [sample.title]
    migrated.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert connection.execute("SELECT starred FROM documents").fetchall() == [(0,)]
    connection.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path, sample: Document) -> None:
    path = tmp_path / "library.sqlite3"
    library = Library(path)
    library.save_state(_with_note(sample, "SoftBank", "n"), sample)
    library.close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    body = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version"):
        Library(path)
    assert path.read_bytes() == body


def test_damaged_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    body = b"this is not a database" * 100
    path.write_bytes(body)
    with pytest.raises(LibraryError, match="damaged"):
        Library(path)
    assert path.read_bytes() == body


_WRITER = """
import sys
from pathlib import Path
from reader_app.core import saved_file
from reader_app.core.library import Library
document, base = saved_file.load(Path(sys.argv[2]))
library = Library(Path(sys.argv[1]))
library.save_state(base.with_summary_edit("note 1").with_summary_length(1), document)
print("ready", flush=True)  # after one committed save, so every kill has something to check however slow the machine
n = 1
while True:
    n += 1
    library.save_state(base.with_summary_edit(f"note {n}").with_summary_length(n), document)
"""


@pytest.mark.slow
def test_library_survives_kills_during_writes(tmp_path: Path, sample_path: Path) -> None:
    from reader_app.core import saved_file

    text = sample_path.read_text(encoding="utf-8")
    document = document_from_text(text + ("\n\n" + text.split("\n\n", 1)[1]) * 100)
    base = ReadingState.for_document(document)
    translation = PassageTranslation(
        PassageRole.ARTICLE,
        "en",
        "ja",
        "en→ja",
        tuple(SentenceTranslation("翻訳" * 40) for _ in document.article.sentences),
    )
    base = base.with_translation(translation)
    seed = tmp_path / "seed.json"
    saved_file.save(seed, base, document)
    path = tmp_path / "library.sqlite3"
    rng = random.Random(11)
    for _ in range(12):
        child = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(seed)], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        library = Library(path)
        assert library.integrity_ok()
        state = library.state(text_hash(document))
        assert state is not None
        assert state.summary_edit == f"note {state.summary_length}"
        assert state.translations == base.translations
        assert [h.entry.title for h in library.search(f"note {state.summary_length}")] == [document.title]
        library.close()


def test_a_big_document_is_encoded_and_indexed_in_chunks_as_in_one_piece(tmp_path: Path) -> None:
    import json
    import unicodedata

    from reader_app.core import library as library_module
    from reader_app.core.state_codec import document_to_json

    line = "ＷｅＣｈａｔ said 12 ｶﾀｶﾅ \"quoted\" \\ e\u0301 \u00e9.\n\u0301Next line here.\n"
    document = document_from_text("Title\n\n" + line * (3 * library_module.CHUNK // len(line)))
    assert len(document.article.text) > 2 * library_module.CHUNK
    encoded = library_module._document_json(document)
    assert encoded == json.dumps(document_to_json(document), ensure_ascii=False)
    text = document.article.text
    assert library_module.searchable(text) == unicodedata.normalize("NFKC", text).strip()
    library = Library(tmp_path / "library.sqlite3")
    library.record_open(document)
    assert library.search("Next line")
    assert library.document(text_hash(document)) == document
    library.close()


def _two_encodings(tmp_path: Path) -> tuple[Path, Path]:
    utf8 = tmp_path / "weixin-utf8.txt"
    utf8.write_text(ZH_TEXT, encoding="utf-8")
    gb = tmp_path / "weixin-gb18030.txt"
    gb.write_bytes(ZH_TEXT.encode("gb18030"))
    return utf8, gb


def test_one_text_in_two_encodings_is_one_entry_with_both_files(library: Library, tmp_path: Path) -> None:
    utf8, gb = _two_encodings(tmp_path)
    from_utf8, from_gb = load_document(utf8), load_document(gb)
    assert text_hash(from_utf8) == text_hash(from_gb)  # the same text: its highlights are shared
    library.record_open(from_utf8)
    library.record_open(from_gb)
    (entry,) = library.entries()
    assert [f.path for f in entry.files] == [str(gb), str(utf8)]  # most recently used first
    assert entry.file_to_open() is not None and entry.file_to_open().path == str(gb)
    library.record_open(from_utf8)
    assert library.entry(entry.text_hash).file_to_open().path == str(utf8)
    utf8.unlink()  # moved away: the most recently used file that still exists opens
    assert library.entry(entry.text_hash).file_to_open().path == str(gb)
    gb.write_text("微信恢复新用户注册。", encoding="gb18030")  # now holds another text
    assert library.entry(entry.text_hash).file_to_open() is None
    assert [f.path for f in library.entry(entry.text_hash).files] == [str(utf8), str(gb)]


def test_a_moved_file_keeps_its_entry_and_gains_the_new_path(library: Library, tmp_path: Path) -> None:
    first, _ = _two_encodings(tmp_path)
    library.save_state(_with_note(load_document(first), "新用户", "moved with the file"), load_document(first))
    library.record_open(load_document(first))
    moved = tmp_path / "archive" / "renamed.txt"
    moved.parent.mkdir()
    first.rename(moved)
    moved_document = load_document(moved)
    assert library.record_open(moved_document) is not None  # the highlights and notes come along
    (entry,) = library.entries()
    assert entry.file_to_open() is not None and entry.file_to_open().path == str(moved)
    assert library.latest_for_source(moved, exclude_hash="other") == entry.text_hash


def test_text_from_a_saved_file_does_not_claim_the_file_it_names(library: Library, tmp_path: Path) -> None:
    utf8, _ = _two_encodings(tmp_path)
    document = load_document(utf8)
    library.record_open(document, from_file=False)  # e.g. opened from a saved .json that names utf8
    (entry,) = library.entries()
    assert entry.files == ()


def test_schema_1_library_gets_its_files_from_the_recorded_source(tmp_path: Path, sample: Document) -> None:
    from reader_app.core import library as library_module

    path = tmp_path / "library.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(library_module._MIGRATIONS[0])
    connection.execute(
        "INSERT INTO documents (text_hash, title, source, languages, first_opened, last_opened, document_json)"
        " VALUES ('abc', 'old', ?, 'en', '2026-01-01T00:00:00+00:00', '2026-01-02T00:00:00+00:00', '{}')",
        (str(sample.source),),
    )
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    migrated = Library(path)
    (entry,) = migrated.entries()
    migrated.close()
    assert [f.path for f in entry.files] == [str(sample.source)]
    assert entry.file_to_open() is not None  # not fingerprinted then: an existing file counts


def test_delete_hides_the_document_until_undone_or_purged(library: Library, sample: Document) -> None:
    digest = text_hash(sample)
    library.record_open(sample)
    library.save_state(_with_note(sample, "SoftBank", "deleted note"), sample)
    library.delete(digest)
    assert library.entries() == [] and library.entry(digest) is None
    assert library.state(digest) is None and library.document(digest) is None
    assert library.search("deleted") == [] and library.search("SoftBank") == []
    assert library.undelete(digest)
    assert library.state(digest) is not None and [h.note for h in library.state(digest).highlights] == ["deleted note"]
    library.delete(digest)
    assert library.purge_deleted() == 1
    assert not library.undelete(digest)
    connection = sqlite3.connect(library.path)
    try:
        tables = ("documents", "states", "files", "search")
        counts = [connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables]
    finally:
        connection.close()
    assert counts == [0, 0, 0, 0]  # gone for good, the note's text included


def test_opening_a_deleted_text_again_starts_afresh(library: Library, sample: Document) -> None:
    digest = text_hash(sample)
    library.save_state(_with_note(sample, "SoftBank", "deleted note"), sample)
    library.delete(digest)
    assert library.record_open(sample) is None  # no state: what was deleted stays deleted
    assert [e.text_hash for e in library.entries()] == [digest]
    assert not library.undelete(digest)
    assert library.search("deleted") == []


def test_simplified_query_finds_traditional_text_and_back(library: Library) -> None:
    traditional = document_from_text("台積電週二表示，將在日本熊本設廠。\n\n台積電成立於1987年。")
    simplified = document_from_text("台积电周二表示，将在日本熊本设厂。")
    library.record_open(traditional)
    hits = library.search("台积电")
    assert [h.entry.text_hash for h in hits] == [text_hash(traditional)]
    assert "台積電" in hits[0].snippet
    library.record_open(simplified)
    assert {h.entry.text_hash for h in library.search("台積電")} == {text_hash(traditional), text_hash(simplified)}
    assert {h.entry.text_hash for h in library.search("熊本設廠")} == {text_hash(traditional), text_hash(simplified)}


def test_the_index_holds_the_folded_text_beside_the_text_as_written(library: Library) -> None:
    """The fold happens in the index, not by trying query variants: a form no OpenCC variant of the query spells
    (a mix of both scripts, full-width letters) is found, at index level as in the search."""
    mixed = document_from_text("台積电与ＡＢＣ公司周二表示，将在日本熊本设厂。")
    library.record_open(mixed)
    rows = library._connection.execute("SELECT body, folded FROM search").fetchall()
    assert [(len(body), len(folded)) for body, folded in rows] == [(len(body), len(body)) for body, _ in rows]
    folded = library._connection.execute(
        "SELECT document_id FROM search WHERE search MATCH ?", ('folded : "台积电与abc"',)
    ).fetchall()
    assert len(folded) == 1
    for query in ("台積電與ABC", "台积电与abc", "ａｂｃ公司", "積電", "abc"):
        hits = library.search(query)
        assert [h.entry.text_hash for h in hits] == [text_hash(mixed)], query
    # A long text is folded in slices, to the same result.
    from reader_app.core.library import FOLD_SLICE, folded
    from reader_app.core.search_text import normalise_for_search

    long = "台積電與ＡＢＣ\n" * (FOLD_SLICE // 3)
    assert len(long) > 2 * FOLD_SLICE
    assert folded(long) == normalise_for_search(long) == "台积电与abc\n" * (FOLD_SLICE // 3)
    # The snippet is the text as written, cut at the match found in the folded text.
    # Width and script as written.
    assert library.search("台積電與abc")[0].snippet.startswith("台積电与ＡＢＣ公司周二表示，")


def test_notes_are_quoted_as_written(library: Library, sample: Document) -> None:
    library.save_state(_with_note(sample, "SoftBank", "ＮＯＴＥ：check the bank’s figures"), sample)
    hits = library.search("note")
    assert hits[0].kinds == ("notes",) and "ＮＯＴＥ：check the bank’s figures" in hits[0].snippet


def test_a_schema_3_library_gets_a_folded_index(tmp_path: Path, sample: Document) -> None:
    path = tmp_path / "library.sqlite3"
    library = Library(path)
    traditional = document_from_text("台積電週二表示，將在日本熊本設廠。")
    library.record_open(traditional)
    library.save_state(_with_note(sample, "SoftBank", "ＮＯＴＥ on the bank"), sample)
    library.close()
    # Back to schema 3: the index held the text as written only.
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE VIRTUAL TABLE old USING fts5 (body, document_id UNINDEXED, kind UNINDEXED, tokenize = 'trigram');"
        "INSERT INTO old (body, document_id, kind) SELECT body, document_id, kind FROM search;"
        "DROP TABLE search; ALTER TABLE old RENAME TO search; DROP TABLE vocabulary; PRAGMA user_version = 3;"
    )
    connection.close()
    migrated = Library(path)
    assert [h.entry.text_hash for h in migrated.search("台积电")] == [text_hash(traditional)]
    assert [h.entry.text_hash for h in migrated.search("note")] == [text_hash(sample)]
    assert migrated._connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    folded = migrated._connection.execute("SELECT folded FROM search WHERE kind = 'text'").fetchall()
    assert any("台积电周二表示" in row[0] for row in folded)
    migrated.close()
