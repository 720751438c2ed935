"""The Library window: list, FTS search typed by the reader (CJK through an input method, English notes), open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.library import Library
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.reading_state import ReadingState, text_hash
from reader_app.ui import annotations_feature
from reader_app.ui.library_view import LibraryModel, LibraryView, relative_time
from reader_app.ui.main_window import MainWindow

ZH_TEXT = "微信暂停新用户注册\n\n腾讯旗下的微信周二表示，正在暂停中国境内新用户注册。注册服务预计在八月初恢复。"


@pytest.fixture
def library(tmp_path: Path, sample_path: Path) -> Library:
    opened = Library(tmp_path / "library.sqlite3")
    sample = load_document(sample_path)
    start = sample.article.text.index("SoftBank")
    highlight = Highlight(
        role=PassageRole.ARTICLE,
        anchor=anchor_for(sample.article, Span(start, start + 8)),
        note="Investors exposure: follow up next week",
    )
    opened.record_open(sample)
    opened.save_state(ReadingState.for_document(sample).with_highlight(highlight), sample)
    opened.record_open(document_from_text(ZH_TEXT))
    yield opened
    opened.close()


def _titles(view: LibraryView) -> list[str]:
    return [str(view.model.index(row, 0).data()) for row in range(view.model.rowCount())]


def test_lists_documents_with_languages_and_highlight_counts(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    view = LibraryView(library)
    qtbot.addWidget(view)
    view.show()
    model = view.model
    assert model.rowCount() == 2
    rows = {str(model.index(r, 0).data()): r for r in range(model.rowCount())}
    zh_row = rows["微信暂停新用户注册"]
    assert model.index(zh_row, 1).data() == "Chinese (Simplified)"
    assert model.index(zh_row, 3).data() == "0"
    en_row = 1 - zh_row
    assert model.index(en_row, 1).data() == "Japanese · English"
    assert model.index(en_row, 3).data() == "1"
    assert model.index(en_row, 2).data() == "just now"
    assert view.table.isColumnHidden(4)
    file_column = LibraryModel.HEADERS.index("File")
    assert model.index(en_row, file_column).data() == "wechat-registration.txt"
    assert model.index(zh_row, file_column).data() == "pasted text"
    assert view.status.text() == "2 documents in the library."
    view.grab().save(str(tmp_path / "library.png"))


def test_cjk_query_typed_through_an_input_method(qtbot: QtBot, library: Library) -> None:
    view = LibraryView(library)
    qtbot.addWidget(view)
    view.show()
    view.search.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("微信")
    QApplication.sendEvent(view.search, event)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=30000)
    assert _titles(view) == ["微信暂停新用户注册"]
    assert not view.table.isColumnHidden(4)
    assert "article" in str(view.model.index(0, 4).data()) and "微信" in str(view.model.index(0, 4).data())


def test_english_query_finds_a_note(qtbot: QtBot, library: Library, sample_path: Path) -> None:
    view = LibraryView(library)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.search, "follow up")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and "notes" in str(view.model.index(0, 4).data()), timeout=30000)
    assert view.model.index(0, LibraryModel.HEADERS.index("Found in")).data().startswith("notes")
    assert view.model.index(0, 0).data(LibraryModel.HashRole) == text_hash(load_document(sample_path))
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=30000)


def test_unavailable_library_says_why(qtbot: QtBot) -> None:
    view = LibraryView(None, "The library is damaged and cannot be read.")
    qtbot.addWidget(view)
    assert view.status.text() == "The library is damaged and cannot be read."
    assert not view.search.isEnabled() and not view.open_button.isEnabled()


def test_relative_time() -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 5, 14, 12, 0, tzinfo=UTC)
    assert relative_time(now - timedelta(seconds=20), now) == "just now"
    assert relative_time(now - timedelta(minutes=7), now) == "7 min ago"
    assert relative_time(now - timedelta(days=40), now) == (now - timedelta(days=40)).astimezone().strftime("%Y-%m-%d")


def test_library_action_opens_a_document_from_the_library(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    wait_open: Callable[[MainWindow, Path], None],
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    chinese = tmp_path / "weixin.txt"
    chinese.write_text(ZH_TEXT, encoding="utf-8")
    window = make_window()
    annotations_feature.install(window)
    feature = window.feature(annotations_feature.AnnotationsFeature)
    assert feature is not None
    wait_open(window, chinese)
    wait_open(window, sample_path)
    feature.library_action.trigger()
    view = feature.library_view
    assert view is not None and view.isVisible()
    assert _titles(view)[0].startswith("Tencent")  # most recent first
    view.search.setText("新用户")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=30000)
    view.table.setCurrentIndex(view.model.index(0, 0))
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    document: Document | None = window.session.document()
    assert document is not None and document.title == "微信暂停新用户注册"
    assert window.current_path() == chinese
    assert not view.isVisible()  # out of the way of the document it opened


def test_columns_have_room_between_their_labels(qtbot: QtBot, library: Library) -> None:
    view = LibraryView(library)
    qtbot.addWidget(view)
    view.show()
    header = view.table.horizontalHeader()
    metrics = header.fontMetrics()
    for name in ("Languages", "Last opened", "Highlights", "File"):
        column = LibraryModel.HEADERS.index(name)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(name) + 16, name  # not "Last openedHighlights"


def test_one_text_in_two_encodings_opens_the_file_the_column_names(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    wait_open: Callable[[MainWindow, Path], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    utf8 = tmp_path / "weixin-utf8.txt"
    utf8.write_text(ZH_TEXT, encoding="utf-8")
    gb = tmp_path / "weixin-gb18030.txt"
    gb.write_bytes(ZH_TEXT.encode("gb18030"))
    window = make_window()
    annotations_feature.install(window)
    feature = window.feature(annotations_feature.AnnotationsFeature)
    assert feature is not None
    file_column = LibraryModel.HEADERS.index("File")

    def column_and_open() -> tuple[str, Path | None]:
        feature.library_action.trigger()
        view = feature.library_view
        assert view is not None and view.model.rowCount() == 1  # one text, one entry
        label = str(view.model.index(0, file_column).data())
        tooltip = str(view.model.index(0, file_column).data(Qt.ItemDataRole.ToolTipRole))
        view.table.setCurrentIndex(view.model.index(0, 0))
        with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
            qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
        assert window.session.document() is not None and window.session.document().title == "微信暂停新用户注册"
        opens = window.current_path()
        assert (f"Opens {opens}" if opens is not None else "Opens the library's copy of the text") in tooltip
        return label, window.current_path()

    wait_open(window, utf8)
    wait_open(window, gb)
    assert column_and_open() == ("weixin-gb18030.txt +1 more", gb)
    wait_open(window, utf8)
    assert column_and_open() == ("weixin-utf8.txt +1 more", utf8)
    utf8.unlink()
    assert column_and_open() == ("weixin-gb18030.txt +1 more", gb)
    gb.write_text("微信恢复新用户注册。", encoding="gb18030")  # another text now: the library's copy opens alone
    label, path = column_and_open()
    assert label == "library copy (file moved or changed) +2 more" and path is None


def test_delete_asks_then_can_be_undone_until_the_window_closes(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    open_hash = text_hash(document_from_text(ZH_TEXT))
    view = LibraryView(library, why_not_delete=lambda digest: "It is open." if digest == open_hash else None)
    qtbot.addWidget(view)
    view.show()
    rows = {str(view.model.index(r, 0).data()): r for r in range(view.model.rowCount())}
    view.table.selectRow(rows["微信暂停新用户注册"])
    view.delete_button.click()
    assert view.status.text() == "It is open." and view.model.rowCount() == 2

    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    view.table.selectRow(rows[next(t for t in rows if t.startswith("Tencent"))])
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    view.delete_button.click()
    assert view.model.rowCount() == 2 and "1 highlight" in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    view.delete_button.click()
    assert _titles(view) == ["微信暂停新用户注册"]
    assert "Deleted" in view.status.text() and view.undo_delete_button.isVisible()
    view.grab().save(str(tmp_path / "deleted.png"))
    view.undo_delete_button.click()
    assert len(_titles(view)) == 2 and not view.undo_delete_button.isVisible()
    assert library.search("Investors")  # the note came back with it

    view.table.selectRow(next(r for r in range(2) if str(view.model.index(r, 0).data()).startswith("Tencent")))
    view.delete_button.click()
    view.close()  # the deletion is final now
    assert library.purge_deleted() == 0 and len(library.entries()) == 1 and not library.search("Investors")


def test_a_read_only_library_offers_no_delete(qtbot: QtBot, library: Library) -> None:
    library.read_only = "The library failed its integrity check: you can read it, but nothing is saved to it."
    view = LibraryView(library)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 2 and not view.delete_button.isEnabled()
    assert "integrity check" in view.delete_button.toolTip()
    view.table.selectRow(0)
    view.delete_current()  # the Delete key: refused with the reason, nothing asked, nothing written
    assert view.model.rowCount() == 2 and "integrity check" in view.status.text()
