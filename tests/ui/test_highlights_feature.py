"""Highlights and notes through the UI: shortcuts, the selection bar, the note dialog, undo/redo, autosave, restore."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader_app.core import saved_file
from reader_app.core.document import PassageRole, Span
from reader_app.core.library import SCHEMA_VERSION, Library
from reader_app.core.reading_state import text_hash
from reader_app.ui import annotations_feature
from reader_app.ui.annotations_feature import AnnotationsFeature
from reader_app.ui.highlights_model import HighlightsModel, Placement
from reader_app.ui.main_window import MainWindow
from reader_app.ui.side_view import SideView

MakeWindow = Callable[..., MainWindow]

ZH_TEXT = (
    "微信暂停新用户注册\n\n"
    "腾讯旗下的微信周二表示，正在暂停中国境内新用户注册。"
    "微信表示，注册服务将在升级完成后恢复，预计在八月初。"
    "微信今年早些时候在中国拥有超过十二亿月活跃用户。"
)


@pytest.fixture(autouse=True)
def own_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder, so its library starts empty."""
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data


@pytest.fixture
def open_window(make_window: MakeWindow, wait_open: Callable[[MainWindow, Path], None]) -> Callable[..., tuple]:
    """Factory: a window with the annotations feature installed, showing `path`."""

    def make(path: Path) -> tuple[MainWindow, AnnotationsFeature]:
        window = make_window()
        annotations_feature.install(window)
        feature = window.feature(annotations_feature.AnnotationsFeature)
        assert feature is not None
        wait_open(window, path)
        return window, feature

    return make


def _select(view: SideView, quote: str) -> None:
    """Select `quote` in a side view the way a mouse drag would leave it (a text cursor selection)."""
    cursor = view.editor.document().find(quote)
    assert not cursor.isNull(), quote
    view.editor.setTextCursor(cursor)
    role, span = view.selected_span()
    assert role is not None and span is not None


def _shortcut(qtbot: QtBot, window: MainWindow, view: SideView, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    view.editor.setFocus()
    qtbot.keyClick(view.editor, key, modifiers)


def _quotes(feature: AnnotationsFeature) -> list[str]:
    return [item.highlight.quote for item in feature.model.items()]


def _type_note(qtbot: QtBot, feature: AnnotationsFeature, ascii_text: str = "", cjk_text: str = "") -> None:
    qtbot.waitUntil(lambda: feature.note_dialog is not None and feature.note_dialog.isVisible())
    dialog = feature.note_dialog
    assert dialog is not None
    dialog.editor.setFocus()
    if ascii_text:
        qtbot.keyClicks(dialog.editor, ascii_text)
    if cjk_text:
        event = QInputMethodEvent("", [])
        event.setCommitString(cjk_text)
        QApplication.sendEvent(dialog.editor, event)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_ctrl_h_highlights_the_selection(qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "1.2 billion monthly active users")
    _shortcut(qtbot, window, window.english_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert _quotes(feature) == ["1.2 billion monthly active users"]
    item = feature.model.items()[0]
    assert item.highlight.colour == "yellow" and item.placement is Placement.ATTACHED
    document = window.session.document()
    assert document is not None and item.span is not None
    assert document.article.text[item.span.start : item.span.end] == "1.2 billion monthly active users"
    assert window.english_view._user_highlights[PassageRole.ARTICLE] == [(item.span, "yellow")]


def test_colour_shortcut_and_selection_bar(qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "SoftBank")
    _shortcut(
        qtbot,
        window,
        window.english_view,
        Qt.Key.Key_3,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    _select(window.cjk_view, "詳しく")
    window.cjk_view.selection_bar.highlightClicked.emit("pink")
    colours = {item.highlight.quote: (item.highlight.colour, item.highlight.role) for item in feature.model.items()}
    assert colours == {"SoftBank": ("blue", PassageRole.ARTICLE), "詳しく": ("pink", PassageRole.PROMPT)}
    assert _quotes(feature) == ["詳しく", "SoftBank"]  # document order: prompt first


def test_note_through_the_dialog_ascii_and_cjk(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path
) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "Didi")
    _shortcut(
        qtbot,
        window,
        window.english_view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    _type_note(qtbot, feature, ascii_text="Check the IPO date ", cjk_text="需要核实")
    qtbot.waitUntil(lambda: len(feature.model.items()) == 1)
    assert feature.model.items()[0].highlight.note == "Check the IPO date 需要核实"
    index = feature.model.index(0)
    assert index.data(HighlightsModel.NoteRole) == "Check the IPO date 需要核实"

    # Editing the note from the panel goes through the same dialog.
    feature.panel.list.setCurrentIndex(index)
    feature.panel.edit_button.click()
    qtbot.waitUntil(lambda: feature.note_dialog is not None and feature.note_dialog.isVisible())
    assert feature.note_dialog is not None
    feature.note_dialog.editor.selectAll()
    _type_note(qtbot, feature, ascii_text="Rewritten")
    qtbot.waitUntil(lambda: feature.model.items()[0].highlight.note == "Rewritten")


def test_cancelled_note_adds_nothing(qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "Didi")
    window.english_view.selection_bar.noteClicked.emit()
    qtbot.waitUntil(lambda: feature.note_dialog is not None and feature.note_dialog.isVisible())
    assert feature.note_dialog is not None
    feature.note_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert feature.model.items() == []
    assert feature.undo_stack.count() == 0


def test_undo_and_redo_with_standard_shortcuts(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path
) -> None:
    window, feature = open_window(sample_path)
    for quote in ("WeChat said on Tuesday", "SoftBank", "Didi"):
        _select(window.english_view, quote)
        feature.highlight_selection("green")
    assert _quotes(feature) == ["WeChat said on Tuesday", "SoftBank", "Didi"]
    state = feature.store.state()
    assert state is not None
    softbank = next(h for h in state.highlights if h.quote == "SoftBank")
    feature.panel.select(softbank.id)
    feature.panel.list.setFocus()
    qtbot.keyClick(feature.panel.list, Qt.Key.Key_Delete)
    assert _quotes(feature) == ["WeChat said on Tuesday", "Didi"]
    assert "&Undo" in feature.window.menu("Edit").actions()[0].text()

    _shortcut(qtbot, window, window.english_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _quotes(feature) == ["WeChat said on Tuesday", "SoftBank", "Didi"]
    after_undo = feature.store.state()
    assert after_undo is not None and after_undo.highlights == state.highlights  # same ids, same order

    _shortcut(qtbot, window, window.english_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _quotes(feature) == ["WeChat said on Tuesday", "SoftBank"]
    feature.redo_action.trigger()
    assert _quotes(feature) == ["WeChat said on Tuesday", "SoftBank", "Didi"]
    feature.redo_action.trigger()
    assert _quotes(feature) == ["WeChat said on Tuesday", "Didi"]


def test_clicking_a_highlight_scrolls_to_it_and_flashes(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path
) -> None:
    window, feature = open_window(sample_path)
    window.resize(1000, 500)
    quote = "illegally collected personal data"
    _select(window.english_view, quote)
    feature.highlight_selection("yellow")
    bar = window.english_view.editor.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0
    index = feature.model.index(0)
    rect = feature.panel.list.visualRect(index)
    qtbot.mouseClick(feature.panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bar.value() > 0
    span = feature.model.items()[0].span
    assert window.english_view.flashed_span() == (PassageRole.ARTICLE, span)


def test_autosave_reaches_the_library(qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path) -> None:
    window, feature = open_window(sample_path)
    store = feature.store
    store.flush()
    qtbot.waitUntil(lambda: store.save_count >= 1)  # the save made when the document opened
    count = store.save_count
    _select(window.english_view, "SoftBank")
    feature.highlight_selection("pink")
    assert store.dirty()  # debounced: written about a second later, off the UI thread
    qtbot.waitUntil(lambda: store.save_count > count, timeout=30000)
    assert "saved" in feature.saved_label.text()
    document = window.session.document()
    library = Library()
    stored = library.state(text_hash(document))
    library.close()
    assert stored is not None and [h.quote for h in stored.highlights] == ["SoftBank"]


def test_state_is_restored_in_a_new_window(qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "SoftBank")
    feature.highlight_selection("pink")
    feature.store.update(lambda s: s.with_summary_edit("My summary").with_summary_length(2))
    _select(window.english_view, "Didi")
    feature.add_note(window.english_view, *window.english_view.selected_span())
    _type_note(qtbot, feature, ascii_text="ride-hailing")
    qtbot.waitUntil(lambda: len(feature.model.items()) == 2)
    before = feature.store.state()
    window.close()  # saves on close

    _again, feature_again = open_window(sample_path)
    assert feature_again.store.state() == before
    assert feature_again.store.restored_from == "library"
    assert _quotes(feature_again) == ["SoftBank", "Didi"]


@pytest.mark.parametrize("kind", ["sample", "chinese"])
def test_saved_file_round_trip_through_the_ui(
    qtbot: QtBot,
    open_window: Callable[..., tuple],
    sample_path: Path,
    tmp_path: Path,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if kind == "sample":
        path, quote, view_name = sample_path, "1.2 billion monthly active users", "english_view"
    else:
        path = tmp_path / "weixin.txt"
        path.write_text(ZH_TEXT, encoding="utf-8")
        quote, view_name = "十二亿月活跃用户", "cjk_view"
    window, feature = open_window(path)
    view = getattr(window, view_name)
    _select(view, quote)
    feature.add_note(view, *view.selected_span())
    _type_note(qtbot, feature, ascii_text="note ", cjk_text="用户很多")
    qtbot.waitUntil(lambda: len(feature.model.items()) == 1)
    feature.store.update(lambda s: s.with_summary_edit("编辑过的摘要 / edited summary").with_summary_length(1))
    saved = tmp_path / "annotated.json"
    monkeypatch.setattr(annotations_feature.QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    feature.save_as_action.trigger()
    before = feature.store.state()
    document = window.session.document()
    window.close()

    # Another machine: a fresh data folder (empty library), only the .json file.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other-machine"))
    other, other_feature = open_window(sample_path)
    monkeypatch.setattr(annotations_feature.QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    with qtbot.waitSignal(other_feature.store.stateReset, timeout=30000):
        other_feature.open_saved_action.trigger()
    assert other.session.document() == document
    assert other_feature.store.state() == before
    assert other_feature.store.restored_from == "saved file"
    assert [item.highlight.note for item in other_feature.model.items()] == ["note 用户很多"]
    assert other.current_path() == saved


def test_edited_source_moves_highlights_and_keeps_orphans(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    shutil.copy(sample_path, path)
    window, feature = open_window(path)
    _select(window.english_view, "1.2 billion monthly active users")
    feature.highlight_selection("yellow")
    removed = "Some analysts believe that the Chinese government is concerned"
    _select(window.english_view, removed)
    feature.highlight_selection("pink")
    window.close()

    text = path.read_text(encoding="utf-8")
    paragraph = next(p for p in text.split("\n\n") if p.startswith(removed))
    edited = text.replace(paragraph + "\n\n", "").replace(
        "\n\nTencent’s WeChat said", "\n\nUpdated 14:00 with comment from analysts.\n\nTencent’s WeChat said", 1
    )
    path.write_text(edited, encoding="utf-8")

    again, feature_again = open_window(path)
    assert feature_again.store.restored_from == "previous version"
    items = {item.highlight.quote: item for item in feature_again.model.items()}
    moved = items["1.2 billion monthly active users"]
    document = again.session.document()
    assert moved.placement is Placement.ATTACHED and moved.span is not None
    assert document.article.text[moved.span.start : moved.span.end] == "1.2 billion monthly active users"
    assert items[removed].placement is Placement.ORPHAN  # kept and listed, not dropped
    assert "1 orphaned" in feature_again.panel.count_label.text()


def test_corrupt_saved_file_shows_an_error_and_changes_nothing(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path, tmp_path: Path
) -> None:
    window, feature = open_window(sample_path)
    broken = tmp_path / "broken.json"
    body = b'{"format": "bilingual-summary-reader/annotated-summary", "version": 1, "document": {'
    broken.write_bytes(body)
    before = window.session.document()
    assert feature.open_saved_file(broken) is False
    assert window.last_error_box is not None and "broken.json" in window.last_error_box.text()
    assert window.session.document() is before
    assert broken.read_bytes() == body


def test_newer_library_is_left_alone_and_the_app_keeps_working(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path, own_library: Path
) -> None:
    folder = own_library / "bilingual-summary-reader"
    folder.mkdir(parents=True)
    path = folder / "library.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.commit()
    connection.close()
    body = path.read_bytes()

    window, feature = open_window(sample_path)
    assert feature.store.library() is None
    assert "newer version" in (feature.store.library_error() or "")
    assert window.last_error_box is not None and "newer version" in window.last_error_box.text()
    _select(window.english_view, "SoftBank")
    feature.highlight_selection("yellow")  # highlighting still works, it just is not saved to the library
    assert _quotes(feature) == ["SoftBank"]
    assert feature.saved_label.text() == "Library unavailable: not saving"
    feature.store.save_now()
    window.close()
    assert path.read_bytes() == body


def test_save_annotated_summary_writes_a_loadable_file(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path, tmp_path: Path
) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "SoftBank")
    feature.highlight_selection("yellow")
    target = tmp_path / "out.json"
    assert feature.save_annotated(target)
    _, state = saved_file.load(target)
    assert [h.quote for h in state.highlights] == ["SoftBank"]


def test_file_open_hands_saved_files_to_the_annotations_opener(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path, tmp_path: Path
) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "SoftBank")
    feature.highlight_selection("green")
    saved = tmp_path / "softbank.json"
    assert feature.save_annotated(saved)
    state = feature.store.state()
    feature.delete(state.highlights[0].id)
    assert feature.model.items() == []

    with qtbot.waitSignal(feature.store.stateReset, timeout=30000):
        window.open_path(saved)  # what File → Open, Open Recent and drag-and-drop call
    assert feature.model.items() == []  # the deletion is newer than the file: it stays, the file's version is offered
    assert window.settings.recent_files[0].name == "softbank.json"
    feature.use_saved_version()
    state = feature.store.state()
    assert [h.quote for h in state.highlights] == ["SoftBank"]

    future = tmp_path / "future.json"
    body = saved.read_bytes().replace(f'"version": {saved_file.VERSION},'.encode(), b'"version": 99,', 1)
    future.write_bytes(body)
    window.open_path(future)
    assert window.last_error_box is not None and "newer version" in window.last_error_box.text()
    assert future.read_bytes() == body
    assert feature.store.state() == state


def test_reopening_at_once_keeps_the_latest_change(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path
) -> None:
    window, feature = open_window(sample_path)
    document = window.session.document()
    for quote in ("SoftBank", "Didi", "TikTok"):
        _select(window.english_view, quote)
        feature.highlight_selection("yellow")
        window.open_document(document, sample_path)  # reopened before the debounced autosave ran
    assert _quotes(feature) == ["SoftBank", "TikTok", "Didi"]


def test_spaces_at_the_ends_of_a_selection_are_left_out(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path
) -> None:
    window, feature = open_window(sample_path)
    document = window.session.document()
    start = document.article.text.index(" SoftBank ")
    assert feature.highlight(window.english_view, PassageRole.ARTICLE, Span(start, start + 10), "yellow") is not None
    assert _quotes(feature) == ["SoftBank"]
    assert feature.highlight(window.english_view, PassageRole.ARTICLE, Span(start, start + 1), "yellow") is None
    assert _quotes(feature) == ["SoftBank"]


def test_a_drag_that_stops_inside_a_word_highlights_the_whole_word(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path
) -> None:
    window, feature = open_window(sample_path)
    text = window.session.document().article.text
    start = text.index("In a social media post, Tencent")
    # "n a social media post, Tencen": both ends inside words
    assert feature.highlight(window.english_view, PassageRole.ARTICLE, Span(start + 1, start + 30), "yellow")
    assert _quotes(feature) == ["In a social media post, Tencent"]
    assert text[start + 25 : start + 29] == "ence"  # part of one word, chosen on purpose: kept as it is
    assert feature.highlight(window.english_view, PassageRole.ARTICLE, Span(start + 25, start + 29), "blue")
    assert "ence" in _quotes(feature)
    prompt = window.session.document().prompt.text  # もっと詳しく: CJK ends are left where the reader put them
    assert feature.highlight(window.cjk_view, PassageRole.PROMPT, Span(1, 3), "green")
    assert prompt[1:3] in _quotes(feature)


def test_opening_an_older_saved_file_keeps_newer_highlights(
    qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "SoftBank")
    feature.highlight_selection("yellow")
    saved = tmp_path / "annotated.json"
    monkeypatch.setattr(annotations_feature.QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    feature.save_as_action.trigger()
    _select(window.english_view, "TikTok")  # reading goes on after the file was saved
    feature.highlight_selection("blue")
    feature.store.flush()
    monkeypatch.setattr(annotations_feature.QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    with qtbot.waitSignal(feature.store.stateReset, timeout=30000):
        feature.open_saved_action.trigger()
    assert sorted(_quotes(feature)) == ["SoftBank", "TikTok"]


def test_save_annotated_summary_offers_the_documents_file_name(
    qtbot: QtBot, open_window: Callable[..., tuple], tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "weixin.txt"
    path.write_text(ZH_TEXT, encoding="utf-8")
    _window, feature = open_window(path)
    offered: list[str] = []

    def dialog(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""  # the reader cancels

    monkeypatch.setattr(annotations_feature.QFileDialog, "getSaveFileName", dialog)
    feature.save_as_action.trigger()
    assert offered == [str(tmp_path / "weixin.json")]


def test_ctrl_y_redoes(qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "Didi")
    feature.highlight_selection("yellow")
    _shortcut(qtbot, window, window.english_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _quotes(feature) == []
    _shortcut(qtbot, window, window.english_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _quotes(feature) == ["Didi"]


def test_ctrl_enter_saves_the_note(qtbot: QtBot, open_window: Callable[..., tuple], sample_path: Path) -> None:
    window, feature = open_window(sample_path)
    _select(window.english_view, "Didi")
    window.english_view.selection_bar.noteClicked.emit()
    qtbot.waitUntil(lambda: feature.note_dialog is not None and feature.note_dialog.isVisible())
    dialog = feature.note_dialog
    assert dialog is not None
    dialog.editor.setFocus()
    qtbot.keyClicks(dialog.editor, "Check this")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(feature.model.items()) == 1)
    assert feature.model.items()[0].highlight.note == "Check this"
