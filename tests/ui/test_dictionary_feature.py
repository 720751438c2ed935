"""The popup dictionary in the window: Shift over a word, middle-click, Look Up, Add to vocabulary, export."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QTextEdit
from pytestqt.qtbot import QtBot

from reader_app.core.dictionary.vocabulary import VocabularyItem, VocabularyStore
from reader_app.ui import dictionary_feature
from reader_app.ui.dictionary_feature import DictionaryFeature, range_rects
from reader_app.ui.dictionary_popup import LOADING_TEXT, MAX_TEXT_WIDTH, NO_ENTRY_TEXT
from reader_app.ui.main_window import FRAME_SETTLE_MS, MainWindow
from reader_app.ui.session import Side


@pytest.fixture
def chinese_window(make_window: Callable[..., MainWindow], tmp_path: Path, wait_open: Callable[..., None],
                   monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr("reader_app.core.dictionary.vocabulary.default_path", lambda: tmp_path / "vocab.sqlite3")
    path = tmp_path / "wechat.txt"
    path.write_text("腾讯微信周二表示，暂停新用户注册。\n", encoding="utf-8")
    window = make_window()
    wait_open(window, path)
    return window


def _feature(qtbot: QtBot, window: MainWindow) -> DictionaryFeature:
    feature = dictionary_feature.install(window)
    qtbot.waitUntil(lambda: feature.ready or bool(feature.failed), timeout=60000)
    assert feature.ready, feature.failed
    return feature


def _point_of(edit: QTextEdit, word: str) -> QPoint:
    document = edit.document()
    found = document.find(word)
    assert not found.isNull(), word
    block = document.findBlock(found.selectionStart())
    start = found.selectionStart() - block.position()
    (rect, *_rest) = range_rects(edit, block.position(), block.text(), start, start + 1)
    return rect.center()


def _hover(edit: QTextEdit, point: QPoint) -> None:
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(edit.viewport().mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit.viewport(), event)


def _press_shift(window: MainWindow) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
    QApplication.sendEvent(window, event)


def test_shift_over_wechat_shows_the_popup_and_tints_the_word(qtbot: QtBot, chinese_window: MainWindow) -> None:
    feature = _feature(qtbot, chinese_window)
    edit = chinese_window.view_for_side(Side.CJK).editor
    _hover(edit, _point_of(edit, "微信"))
    _press_shift(chinese_window)
    popup = feature.popup()
    assert popup.isVisible()
    assert "WeChat" in popup.text()
    assert "Wēi xìn" in popup.text()  # one syllable per character, not run together
    assert feature.shown_word() == "微信"
    word = QPoint(edit.viewport().mapToGlobal(_point_of(edit, "微信")))
    assert not popup.geometry().contains(word)  # never covers the word
    assert QApplication.focusWidget() is not popup


def test_shift_while_typing_in_a_field_is_a_capital_letter(qtbot: QtBot, chinese_window: MainWindow) -> None:
    from PySide6.QtWidgets import QLineEdit

    feature = _feature(qtbot, chinese_window)
    field = QLineEdit(chinese_window)
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=30000)
    edit = chinese_window.view_for_side(Side.CJK).editor
    _hover(edit, _point_of(edit, "微信"))
    _press_shift(chinese_window)
    assert feature._popup is None or not feature.popup().isVisible()


def test_esc_and_moving_away_close_the_popup(qtbot: QtBot, chinese_window: MainWindow) -> None:
    feature = _feature(qtbot, chinese_window)
    edit = chinese_window.view_for_side(Side.CJK).editor
    feature.look_up_at(edit, _point_of(edit, "注册"))
    assert feature.popup().isVisible() and feature.shown_word() == "注册"
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(chinese_window, escape)
    assert not feature.popup().isVisible()
    feature.look_up_at(edit, _point_of(edit, "注册"))
    _hover(edit, _point_of(edit, "腾讯"))
    assert not feature.popup().isVisible()


def test_middle_click_and_look_up_on_a_selection(qtbot: QtBot, chinese_window: MainWindow) -> None:
    feature = _feature(qtbot, chinese_window)
    edit = chinese_window.view_for_side(Side.CJK).editor
    point = _point_of(edit, "用户")
    press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(point), QPointF(edit.viewport().mapToGlobal(point)),
                        Qt.MouseButton.MiddleButton, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit.viewport(), press)
    assert feature.shown_word() == "用户"
    cursor = edit.document().find("暂停")
    edit.setTextCursor(cursor)
    matches = feature.look_up_selection()
    assert matches[0].surface == "暂停"
    assert "suspend" in feature.popup().text()
    feature.hide_popup()
    view = chinese_window.view_for_side(Side.CJK)
    edit.setTextCursor(edit.document().find("注册"))
    view.lookUpRequested.emit(*view.selected_span())  # the context menu's and the selection bar's Look Up
    assert feature.shown_word() == "注册"
    assert view.selection_bar.look_up_button.isVisibleTo(view.selection_bar)


def test_a_look_up_before_the_dictionary_is_open_says_loading_then_shows(
    qtbot: QtBot, chinese_window: MainWindow
) -> None:
    feature = dictionary_feature.install(chinese_window)
    feature.ready = False
    feature.jobs.cancel()
    edit = chinese_window.view_for_side(Side.CJK).editor
    feature.look_up_at(edit, _point_of(edit, "微信"))
    assert LOADING_TEXT in feature.popup().text()
    qtbot.waitUntil(lambda: "WeChat" in feature.popup().text(), timeout=60000)


def test_add_to_vocabulary_then_export_an_apkg(qtbot: QtBot, chinese_window: MainWindow, tmp_path: Path) -> None:
    feature = _feature(qtbot, chinese_window)
    edit = chinese_window.view_for_side(Side.CJK).editor
    matches = feature.look_up_at(edit, _point_of(edit, "微信"))
    feature.popup().label.linkActivated.emit("add:0:0")
    panel = feature.vocabulary_panel
    assert panel is not None
    (item,) = panel.items()
    assert (item.word, item.reading) == ("微信", "Wēixìn")
    assert item.sentence == "腾讯微信周二表示，暂停新用户注册。"
    assert item.link.startswith("file://")
    assert matches[0].entries[0].reading == item.reading
    out = tmp_path / "deck.apkg"
    assert panel.export(out, "apkg") == 1
    with zipfile.ZipFile(out) as package:
        package.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    (fields,) = [row[0].split("\x1f") for row in connection.execute("SELECT flds FROM notes")]
    connection.close()
    assert fields[:4] == ["微信", "Wēixìn", item.meaning, "腾讯微信周二表示，暂停新用户注册。"]
    assert VocabularyStore(tmp_path / "vocab.sqlite3").items() == [item]


def test_japanese_popup_shows_the_dictionary_form(qtbot: QtBot, sample_window: MainWindow) -> None:
    feature = _feature(qtbot, sample_window)
    edit = sample_window.view_for_side(Side.CJK).editor
    feature.look_up_at(edit, _point_of(edit, "詳しく"))
    text = feature.popup().text()
    assert "詳しい" in text and "くわしい" in text and "detailed" in text
    label = feature.popup().label  # the whole text shows, wrapped at the popup's width
    size = label.document().size()
    assert label.width() <= MAX_TEXT_WIDTH and label.width() >= label.document().idealWidth()
    assert label.height() >= size.height() > 3 * label.fontMetrics().height()


def test_english_word_looks_up_the_other_way(qtbot: QtBot, sample_window: MainWindow) -> None:
    feature = _feature(qtbot, sample_window)
    edit = sample_window.view_for_side(Side.ENGLISH).editor
    matches = feature.look_up_at(edit, _point_of(edit, "registration"))
    assert feature.shown_word() == "registration"
    assert "登録" in [m.entries[0].headword for m in matches]
    assert "()" not in feature.popup().text() and "→" not in feature.popup().text()


def test_show_pinyin_draws_readings_in_context(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                               tmp_path: Path, wait_open: Callable[..., None]) -> None:
    path = tmp_path / "bank.txt"
    path.write_text("这个行业的银行很多，他走路很行。\n", encoding="utf-8")
    window = make_window()
    wait_open(window, path)
    feature = dictionary_feature.install(window)
    feature.pinyin_action.setChecked(True)
    qtbot.waitUntil(lambda: feature.ruby_overlay().isVisible(), timeout=60000)
    view = window.view_for_side(Side.CJK)
    (role,) = [block.role for block in view.blocks() if block.passage is not None]
    passage = view.passage(role)
    assert passage is not None
    readings = {(passage.text[s.start], s.start): s.reading for s in feature.ruby_overlay().spans(role)}
    assert readings[("行", 2)] == "háng" and readings[("行", 6)] == "háng" and readings[("行", 14)] == "xíng"
    assert passage.text == "这个行业的银行很多，他走路很行。"  # the text itself is untouched
    # Readable: about half the text's size, whatever the interface font is.
    body = window.cjk_view.editor.document().defaultFont()
    ruby = feature.ruby_overlay().ruby_font()
    assert 0.45 <= ruby.pointSizeF() / body.pointSizeF() <= 0.6
    assert QFontMetricsF(ruby).height() >= 0.45 * QFontMetricsF(body).height()
    feature.pinyin_action.setChecked(False)
    qtbot.waitUntil(lambda: not feature.ruby_overlay().isVisible(), timeout=30000)
    assert window.settings.bool_value("dictionary/showPinyin", True) is False


def test_traditional_display_keeps_the_passage_and_its_offsets(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, wait_open: Callable[..., None]
) -> None:
    path = tmp_path / "tsmc.txt"
    text = "台积电头发注册用户。\n"
    path.write_text(text, encoding="utf-8")
    window = make_window()
    wait_open(window, path)
    feature = dictionary_feature.install(window)
    view = window.view_for_side(Side.CJK)
    feature.set_script("traditional")
    shown = view.document_text()
    assert "台積電頭髮註冊用戶" in shown or "臺積電頭髮註冊用戶" in shown
    (role,) = [block.role for block in view.blocks() if block.passage is not None]
    passage = view.passage(role)
    assert passage is not None and "台积电头发注册用户" in passage.text  # the passage keeps its own script
    feature.set_script("as-written")
    assert "台积电头发注册用户" in view.document_text()
    assert window.settings.value("dictionary/chineseScript") == "as-written"


def test_a_short_passage_without_a_model_gets_a_labelled_word_gloss(qtbot: QtBot, sample_window: MainWindow) -> None:
    from reader_app.core.document import PassageRole
    from reader_app.ui import translation_feature

    translation = translation_feature.install(sample_window)
    assert PassageRole.PROMPT in {role for role, _f, _t in translation.missing_pairs()}
    dictionary_feature.install(sample_window)
    english = sample_window.view_for_side(Side.ENGLISH)
    qtbot.waitUntil(lambda: bool(english.placeholder_note(PassageRole.PROMPT)), timeout=60000)
    note = english.placeholder_note(PassageRole.PROMPT)
    assert note.startswith("Word gloss (dictionary, not a translation)")
    assert "詳しく くわしく “detailed”" in note
    assert "Word gloss" in english.document_text()
    assert english.placeholder(PassageRole.PROMPT)[0].startswith("Needs")  # the install prompt stays
    cjk = sample_window.view_for_side(Side.CJK)
    assert cjk.placeholder_note(PassageRole.ARTICLE) == ""  # the article keeps only the install prompt


def test_the_gloss_waits_for_the_model_list_instead_of_listing_on_the_window_thread(
    qtbot: QtBot, make_window: Callable[..., MainWindow], sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from reader_app.core.document import PassageRole
    from reader_app.ui import translation_feature

    real = translation_feature._installed_pairs
    listing = threading.Event()
    on_window_thread: list[str] = []

    def held_listing() -> set[tuple[str, str]]:
        if threading.current_thread() is threading.main_thread():
            on_window_thread.append("listed")
        else:
            listing.wait(30)  # the worker's listing is still going when the gloss's turn comes
        return real()

    monkeypatch.setattr(translation_feature, "_installed_pairs", held_listing)
    window = make_window()
    translation_feature.install(window)
    dictionary_feature.install(window)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: window.session.document() is not None, timeout=30000)
    qtbot.wait(300)
    listing.set()
    english = window.view_for_side(Side.ENGLISH)
    qtbot.waitUntil(lambda: bool(english.placeholder_note(PassageRole.PROMPT)), timeout=60_000)
    assert english.placeholder_note(PassageRole.PROMPT).startswith("Word gloss")
    assert on_window_thread == []


def test_zhuyin_option_and_look_up_in_the_summary(qtbot: QtBot, chinese_window: MainWindow) -> None:
    from reader_app.ui import summary_feature

    summary = summary_feature.install(chinese_window)
    feature = _feature(qtbot, chinese_window)
    feature.zhuyin_action.setChecked(True)
    edit = chinese_window.view_for_side(Side.CJK).editor
    feature.look_up_at(edit, _point_of(edit, "注册"))
    assert "ㄓㄨˋ ㄘㄜˋ" in feature.popup().text()
    feature._watch_summary()
    browser = summary.panel.browser
    qtbot.waitUntil(lambda: "微信" in browser.toPlainText(), timeout=30000)
    feature.look_up_at(browser, _point_of(browser, "微信"))
    assert "WeChat" in feature.popup().text()


def test_look_up_in_the_interleaved_layout(qtbot: QtBot, chinese_window: MainWindow) -> None:
    from reader_app.ui import reading_layout_feature

    layout = reading_layout_feature.install(chinese_window)
    feature = _feature(qtbot, chinese_window)
    feature._watch_summary()
    edit = layout.interleaved.editor
    layout.set_layout(reading_layout_feature.Layout.INTERLEAVED, remember=False)
    qtbot.waitUntil(lambda: "注册" in edit.toPlainText(), timeout=30000)
    assert edit in feature._watched
    feature.look_up_at(edit, _point_of(edit, "注册"))
    assert "to register" in feature.popup().text()


def test_the_panel_lists_words_an_earlier_version_saved_beside_the_library(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.core import library

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # a user's data folder before this version
    folder = library.default_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    old = sqlite3.connect(folder / "vocabulary.sqlite3")
    old.execute(
        "CREATE TABLE vocabulary (lang TEXT NOT NULL, word TEXT NOT NULL, reading TEXT NOT NULL, "
        "meaning TEXT NOT NULL, sentence TEXT NOT NULL, translation TEXT NOT NULL, link TEXT NOT NULL, "
        "added TEXT NOT NULL, PRIMARY KEY (lang, word, reading))"
    )
    old.execute("INSERT INTO vocabulary VALUES ('zh', '注册', 'zhùcè', 'to register', '暂停新用户注册。', '', '', "
                "'2026-01-01T00:00:00+00:00')")
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    window = make_window()
    feature = dictionary_feature.install(window)
    panel = feature.show_vocabulary()
    assert [(i.word, i.reading, i.sentence) for i in panel.items()] == [("注册", "zhùcè", "暂停新用户注册。")]
    panel.tree.topLevelItem(0).setSelected(True)
    panel.remove_selected()
    assert panel.items() == []
    assert VocabularyStore(library.default_path()).items() == []
    assert (folder / "vocabulary.sqlite3").is_file()  # the old file is left as it was


def test_one_shift_press_looks_up_once(qtbot: QtBot, chinese_window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtTest import QTest

    feature = _feature(qtbot, chinese_window)
    edit = chinese_window.view_for_side(Side.CJK).editor
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=30000)
    looked_up: list[int] = []
    lookup_at = feature.dictionary.lookup_at
    monkeypatch.setattr(feature.dictionary, "lookup_at",
                        lambda text, position, lang: looked_up.append(position) or lookup_at(text, position, lang))
    _hover(edit, _point_of(edit, "微信"))
    # Through the window system, as a key press comes: the window, then the focus widget and its parents.
    QTest.keyPress(chinese_window.windowHandle(), Qt.Key.Key_Shift)
    assert feature.popup().isVisible() and "WeChat" in feature.popup().text()
    assert len(looked_up) == 1
    QTest.keyRelease(chinese_window.windowHandle(), Qt.Key.Key_Shift)
    feature.hide_popup()
    QTest.keyPress(chinese_window.windowHandle(), Qt.Key.Key_Shift)  # a second press shows it again
    assert feature.popup().isVisible() and len(looked_up) == 2


def test_clicking_add_in_the_popup_adds_the_word(qtbot: QtBot, chinese_window: MainWindow) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    feature = _feature(qtbot, chinese_window)
    edit = chinese_window.view_for_side(Side.CJK).editor
    feature.look_up_at(edit, _point_of(edit, "微信"))
    text = feature.popup().label
    document = text.document()
    found = document.find("vocabulary")
    assert not found.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 2)
    block = cursor.block()
    line = block.layout().lineForTextPosition(cursor.positionInBlock())
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    x, _ = line.cursorToX(cursor.positionInBlock())
    point = QPoint(int(origin.x() + x), int(origin.y() + line.y() + line.height() / 2))
    QTest.mouseClick(text, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    panel = feature.vocabulary_panel
    assert panel is not None
    assert [item.word for item in panel.items()] == ["微信"]


def test_the_vocabulary_sentence_is_the_documents_sentence() -> None:
    text = "美国的失业率十月份降到5.8%,为六年来最低。就业增加21.4万个。"
    assert dictionary_feature.sentence_around(text, 3, 6) == "美国的失业率十月份降到5.8%,为六年来最低。"
    assert dictionary_feature.sentence_around(text, 26, 28) == "就业增加21.4万个。"
    english = "Mr. Smith said the rate fell to 5.8% in October. Jobs grew."
    assert dictionary_feature.sentence_around(english, 4, 9) == "Mr. Smith said the rate fell to 5.8% in October."


def test_look_ups_on_bad_selections_say_no_entry(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                                 wait_open: Callable[..., None], tmp_path: Path) -> None:
    from PySide6.QtGui import QTextCursor

    path = tmp_path / "long.txt"
    path.write_text(f"腾讯微信周二表示。\n\n{'㐀' * 10_000}\n\n{'x' * 10_000} registration\n", encoding="utf-8")
    window = make_window()
    wait_open(window, path)
    feature = _feature(qtbot, window)
    edit = window.view_for_side(Side.CJK).editor
    for text in ("㐀" * 10_000, "x" * 10_000):  # looked up as Chinese, then as English
        found = edit.document().find(text)
        assert not found.isNull()
        edit.setTextCursor(found)  # a 10,000-character selection
        assert feature.look_up_in(edit) == []
        assert feature.popup().isVisible() and NO_ENTRY_TEXT in feature.popup().text()
        feature.hide_popup()
        cursor = edit.textCursor()
        cursor.clearSelection()
        edit.setTextCursor(cursor)
        assert feature.look_up_in(edit) == []  # an empty selection: nothing to look up, no popup
        assert not feature.popup().isVisible()
        cursor.setPosition(found.selectionStart())
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        assert feature.look_up_in(edit) == []
        assert NO_ENTRY_TEXT in feature.popup().text()
        feature.hide_popup()


def test_traditional_display_leaves_traditional_text_as_written(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, wait_open: Callable[..., None]
) -> None:
    """A Taiwan text keeps its own forms (台灣, 台積電, 宣布); Simplified text comes out in the forms Traditional
    news uses (為, not OpenCC's own 爲)."""
    window = make_window()
    feature = dictionary_feature.install(window)
    feature.set_script("traditional")
    view = window.view_for_side(Side.CJK)
    taiwan = tmp_path / "cna.txt"
    taiwan.write_text("台灣積體電路製造公司宣布，台積電將在台南擴廠。\n", encoding="utf-8")
    wait_open(window, taiwan)
    assert "台灣積體電路製造公司宣布，台積電將在台南擴廠。" in view.document_text()
    simplified = tmp_path / "xinhua.txt"
    simplified.write_text("腾讯旗下的微信为了配合相关法律法规，暂停新用户注册。\n", encoding="utf-8")
    wait_open(window, simplified)
    assert "騰訊旗下的微信為了配合相關法律法規" in view.document_text()
    feature.set_script("simplified")
    wait_open(window, taiwan)
    assert "台湾积体电路制造公司宣布" in view.document_text()


def _shown_tab(window: MainWindow, docks: list[QDockWidget]) -> str:
    return ",".join(dock.objectName() for dock in docks if not dock.visibleRegion().isEmpty())


def test_adding_a_word_says_so_and_moves_no_panel(qtbot: QtBot, chinese_window: MainWindow) -> None:
    window = chinese_window
    bottom = [QDockWidget(name, window) for name in ("Summary", "Notes")]
    for dock in bottom:
        dock.setWidget(QLabel(dock.windowTitle()))
        window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea, tab_with_bottom=True)
    side = QDockWidget("Facts", window)
    side.setWidget(QLabel("facts"))
    window.add_dock(side, Qt.DockWidgetArea.RightDockWidgetArea)
    # The first-run layout of the panels and of the window's frame, on later turns of the event loop.
    qtbot.wait(FRAME_SETTLE_MS)
    _wait_settled(qtbot, window, [*bottom, side])
    bottom[1].raise_()  # the reader reads the second tab
    qtbot.waitUntil(lambda: _shown_tab(window, bottom) == "Notes", timeout=30000)
    window.resizeDocks([side], [side.width() + 60], Qt.Orientation.Horizontal)  # sizes of the reader's own
    window.resizeDocks([bottom[0]], [200], Qt.Orientation.Vertical)
    _wait_settled(qtbot, window, [*bottom, side])
    edit = window.view_for_side(Side.CJK).editor
    before = {dock.objectName(): dock.geometry() for dock in (*bottom, side)}
    text_before = edit.viewport().mapTo(window, QPoint(0, 0)), edit.viewport().size()
    feature = _feature(qtbot, window)
    feature.look_up_at(edit, _point_of(edit, "微信"))
    popup = feature.popup()
    assert "add:0:0" in popup.text()
    popup.label.linkActivated.emit("add:0:0")
    qtbot.wait(200)  # what the window does on later turns of the event loop too
    assert popup.isVisible()
    assert "In&nbsp;vocabulary" in popup.text() and "add:0:0" not in popup.text()  # said, and no second add
    assert popup.is_saved(0, 0)
    vocabulary = window.findChild(QDockWidget, "vocabularyDock")
    assert vocabulary is not None and vocabulary in window.tabifiedDockWidgets(bottom[0])  # a tab, not chosen
    assert _shown_tab(window, [*bottom, vocabulary]) == "Notes"
    assert {dock.objectName(): dock.geometry() for dock in (*bottom, side)} == before
    assert (edit.viewport().mapTo(window, QPoint(0, 0)), edit.viewport().size()) == text_before
    feature.hide_popup()
    feature.look_up_at(edit, _point_of(edit, "微信"))  # looked up again: still says so
    assert popup.is_saved(0, 0) and "add:0:0" not in popup.text()


def _wait_settled(qtbot: QtBot, window: MainWindow, docks: list[QDockWidget]) -> None:
    """Until the panels keep their places over a few turns of the event loop (however slow the machine)."""
    seen: list[object] = []

    def settled() -> bool:
        seen.append([dock.geometry() for dock in docks])
        return len(seen) >= 4 and seen[-1] == seen[-2] == seen[-3] == seen[-4]

    qtbot.waitUntil(settled, timeout=30000)


def test_a_word_saved_earlier_shows_in_vocabulary(qtbot: QtBot, chinese_window: MainWindow, tmp_path: Path) -> None:
    feature = _feature(qtbot, chinese_window)
    edit = chinese_window.view_for_side(Side.CJK).editor
    (match, *_rest) = feature.look_up_at(edit, _point_of(edit, "微信"))
    lang, word, reading = dictionary_feature.vocabulary_key(match.entries[0])
    VocabularyStore(tmp_path / "vocab.sqlite3").add(VocabularyItem(lang, word, reading, "WeChat"))
    feature.hide_popup()
    feature.ready = False  # opened again, as in a new session
    feature.warm_up()
    qtbot.waitUntil(lambda: feature.ready, timeout=60000)
    feature.look_up_at(edit, _point_of(edit, "微信"))
    assert feature.popup().is_saved(0, 0) and "add:0:0" not in feature.popup().text()
    assert feature.vocabulary_panel is None  # known without making the panel
