"""The Summary tab through the UI: length buttons, slider, shortcuts, marks, click to jump, edit, pins, reopen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole, Span
from reader_app.core.facts.model import EntityValue, Fact, FactKind
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.summary import summarize
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui import reading_store, summary_feature
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import ReaderSession
from reader_app.ui.settings import Settings
from reader_app.ui.summary_feature import SummaryFeature

ZH_TEXT = (
    "腾讯微信周二表示暂停新用户注册。"
    "微信表示升级完成后将恢复新用户注册服务。"
    "熊猫喜欢在山里吃竹子。"
    "微信在中国拥有超过十二亿月活跃用户，暂停注册影响新用户。"
)


@pytest.fixture(autouse=True)
def own_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder, so no summary length is restored from another test."""
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data


def _window(qtbot: QtBot, settings: Settings) -> MainWindow:
    """The summary installed before a document opens (the app's own order, document first, is in test_startup)."""
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    summary_feature.install(window)
    window.resize(1200, 800)
    window.show()
    return window


@pytest.fixture
def summary_window(
    qtbot: QtBot, settings: Settings, wait_open: Callable[[MainWindow, Path], None]
) -> Iterator[Callable[[Path], tuple[MainWindow, SummaryFeature]]]:
    windows: list[MainWindow] = []

    def make(path: Path) -> tuple[MainWindow, SummaryFeature]:
        window = _window(qtbot, settings)
        windows.append(window)
        controller = window.feature(SummaryFeature)
        assert controller is not None
        wait_open(window, path)
        qtbot.waitUntil(controller.model.ready, timeout=30000)
        # Rank without facts, so the summary does not change when the extractor finishes mid-test.
        controller.model.set_facts([])
        qtbot.waitUntil(controller.model.facts_final, timeout=30000)
        return window, controller

    yield make
    for window in windows:
        window.close()


def _shown_sentences(controller: SummaryFeature) -> list[str]:
    text = controller.panel.browser.toPlainText()
    article = controller.model.article()
    assert article is not None
    return [s for s in article.sentence_texts() if s in text]


def _marked(window: MainWindow) -> set[int]:
    return window.english_view.marked_sentences(PassageRole.ARTICLE)


def test_length_buttons_change_the_summary_and_the_marks(qtbot, summary_window, sample_path):
    window, controller = summary_window(sample_path)
    model, panel = controller.model, controller.panel
    article = load_document(sample_path).article
    start = model.length()
    assert _shown_sentences(controller) == list(summarize(article, start).sentences[i].text for i in range(start))
    assert _marked(window) == set(summarize(article, start).indices)
    assert panel.count_label.text() == f"{start} of {len(article.sentences)} sentences"

    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert model.length() == start + 1
    longer = _shown_sentences(controller)
    assert len(longer) == start + 1
    assert _marked(window) == set(summarize(article, start + 1).indices)

    qtbot.mouseClick(panel.fewer_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.fewer_button, Qt.MouseButton.LeftButton)
    assert model.length() == start - 1
    assert len(_shown_sentences(controller)) == start - 1
    assert set(_shown_sentences(controller)) < set(longer)


def test_slider_goes_from_one_sentence_to_the_whole_text(qtbot, summary_window, sample_path):
    _, controller = summary_window(sample_path)
    panel = controller.panel
    total = controller.model.total()
    assert panel.slider.minimum() == 1 and panel.slider.maximum() == total
    panel.slider.setValue(1)
    assert len(_shown_sentences(controller)) == 1
    assert not panel.fewer_button.isEnabled()
    panel.slider.setValue(total)
    assert len(_shown_sentences(controller)) == total
    assert not panel.more_button.isEnabled()
    assert not controller.control.more_button.isEnabled()


def test_toolbar_control_and_shortcuts(qtbot, summary_window, sample_path):
    window, controller = summary_window(sample_path)
    model = controller.model
    start = model.length()
    qtbot.mouseClick(controller.control.more_button, Qt.MouseButton.LeftButton)
    assert model.length() == start + 1
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert model.length() == start - 1
    assert controller.control.dots.filled() >= 1


def test_clicking_a_summary_sentence_flashes_it_in_the_article(qtbot, summary_window, sample_path):
    window, controller = summary_window(sample_path)
    browser = controller.panel.browser
    summary = controller.model.summary()
    assert summary is not None
    target = summary.sentences[-1]
    cursor = browser.document().find(target.text[:40])
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 3, QTextCursor.MoveMode.MoveAnchor)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center() + QPoint(2, 0)
    with qtbot.waitSignal(controller.panel.sentenceActivated) as blocker:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [target.index]
    assert window.english_view.flashed_span() == (PassageRole.ARTICLE, target.span)


def test_translations_shown_beside_the_sentences(qtbot, summary_window, sample_path):
    window, controller = summary_window(sample_path)
    document = window.session.document()
    sentences = tuple(
        SentenceTranslation(f"訳文{i}。") for i in range(len(document.article.sentences))
    )
    window.session.set_translation(PassageTranslation(PassageRole.ARTICLE, "en", "ja", "en-ja", sentences))
    text = controller.panel.browser.toPlainText()
    for index in controller.model.indices():
        assert f"訳文{index}。" in text
    for index in set(range(len(sentences))) - controller.model.indices():
        assert f"訳文{index}。" not in text
    # The machine translation side carries the marks too.
    assert window.cjk_view.marked_sentences(PassageRole.ARTICLE) == controller.model.indices()


def test_chinese_document(qtbot, summary_window, tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text(ZH_TEXT, "utf-8")
    window, controller = summary_window(path)
    controller.model.set_length(3)
    shown = _shown_sentences(controller)
    assert len(shown) == 3
    assert "熊猫喜欢在山里吃竹子。" not in shown
    assert window.cjk_view.marked_sentences(PassageRole.ARTICLE) == controller.model.indices()


def _type(qtbot: QtBot, editor: QPlainTextEdit, text: str) -> None:
    """ASCII through key clicks; CJK through an input-method commit (keyClicks cannot send it)."""
    if text.isascii():
        qtbot.keyClicks(editor, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


@pytest.mark.parametrize(
    ("language", "entity", "edit"),
    [("en", "WeChat", "WeChat pauses sign-ups"), ("zh", "微信", "微信暂停新用户注册")],
)
def test_edit_pins_and_length_survive_reopening(qtbot, summary_window, sample_path, tmp_path, language, entity, edit):
    path = sample_path
    if language == "zh":
        path = tmp_path / "zh.txt"
        path.write_text(ZH_TEXT, "utf-8")
    window, controller = summary_window(path)
    model, panel = controller.model, controller.panel
    article = load_document(path).article
    at = article.text.index(entity)
    fact = Fact(FactKind.ORG, PassageRole.ARTICLE, Span(at, at + len(entity)), entity, EntityValue(entity))
    model.set_facts([fact])
    qtbot.waitUntil(lambda: model.facts() == [fact])
    qtbot.mouseClick(panel.fewer_button, Qt.MouseButton.LeftButton)
    length = model.length()

    panel.pin_menu.aboutToShow.emit()
    pin_action = next(a for a in panel.pin_menu.actions() if entity in a.text())
    pin_action.trigger()
    assert [p.text for p in model.pins()] == [entity]
    assert entity in panel.browser.toPlainText().split("Pinned:")[1]

    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentIndex() == 1
    panel.editor.selectAll()
    _type(qtbot, panel.editor, edit)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert model.edit() == edit
    assert edit in panel.browser.toPlainText()
    # The count and More details are about the extracted sentences under the edit, and say so.
    assert panel.count_label.text().startswith("Extracted: ")
    assert "edited" in panel.more_button.toolTip()

    store = reading_store.install(window)
    state = store.state()
    assert state.summary_length == length and state.summary_edit == edit
    assert [p.text for p in state.pinned_facts] == [entity]
    assert store.save_now()
    window.close()

    again, controller2 = summary_window(path)
    assert again is not window
    assert controller2.model.length() == length
    assert controller2.model.edit() == edit
    assert [p.text for p in controller2.model.pins()] == [entity]
    assert edit in controller2.panel.browser.toPlainText()

    controller2.panel.revert_button.click()
    assert controller2.model.edit() is None
    assert reading_store.install(again).state().summary_edit is None


def test_empty_window_shows_a_hint(qtbot, settings):
    window = _window(qtbot, settings)
    controller = window.feature(SummaryFeature)
    assert "Open a document" in controller.panel.browser.toPlainText()
    assert not controller.panel.more_button.isEnabled()


def test_document_from_pasted_text(qtbot, summary_window, sample_path):
    window, controller = summary_window(sample_path)
    window.open_document(document_from_text(ZH_TEXT))
    qtbot.waitUntil(lambda: controller.model.ready() and controller.model.article().lang == "zh")
    assert controller.model.total() == 4


def test_long_summaries_list_a_bounded_number_of_sentences(qtbot, summary_window, tmp_path):
    from reader_app.ui.summary_panel import DISPLAY_LIMIT

    path = tmp_path / "long.txt"
    sentences = [f"Sentence number {i} talks about topic {i % 7}." for i in range(DISPLAY_LIMIT + 50)]
    path.write_text(" ".join(sentences), "utf-8")
    _, controller = summary_window(path)
    total = controller.model.total()
    assert total == DISPLAY_LIMIT + 50
    controller.panel.slider.setValue(total)
    text = controller.panel.browser.toPlainText()
    assert "… and 50 more sentences" in text
    assert controller.panel.count_label.text() == f"{total} of {total} sentences"


def test_a_new_pin_is_in_view_above_a_long_summary(qtbot, summary_window, sample_path):
    _window, controller = summary_window(sample_path)
    model, panel = controller.model, controller.panel
    article = load_document(sample_path).article
    at = article.text.rindex("Didi")  # in the last sentences, far down a whole-article summary
    fact = Fact(FactKind.ORG, PassageRole.ARTICLE, Span(at, at + 4), "Didi", EntityValue("Didi"))
    model.set_facts([fact])
    qtbot.waitUntil(lambda: model.facts() == [fact])
    model.set_length(model.total())
    panel.resize(700, 200)
    panel.pin_menu.aboutToShow.emit()
    next(a for a in panel.pin_menu.actions() if "Didi" in a.text()).trigger()
    assert [p.text for p in model.pins()] == ["Didi"]
    browser = panel.browser
    block = browser.document().find("Pinned:").block()
    top = browser.document().documentLayout().blockBoundingRect(block).top() - browser.verticalScrollBar().value()
    assert 0 <= top < browser.viewport().height()


def test_summary_lines_keep_a_readable_measure_and_follow_zoom(qtbot, summary_window, sample_path):
    window, controller = summary_window(sample_path)
    panel = controller.panel
    controller.model.set_length(4)
    panel.resize(1600, 300)
    panel.show()
    qtbot.waitUntil(lambda: "Tencent" in panel.browser.toPlainText())
    document = panel.browser.document()
    widest = 0.0
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            widest = max(widest, layout.lineAt(number).naturalTextWidth())
        block = block.next()
    assert 0 < widest < 0.75 * panel.browser.viewport().width()  # not 200-character lines across the window
    size = panel.browser.document().defaultFont().pointSizeF()
    window.zoom_in()
    window.zoom_in()
    assert panel.browser.document().defaultFont().pointSizeF() > size


def test_edit_buttons_keep_off_the_panel_edges(qtbot, summary_window, sample_path):
    _window, controller = summary_window(sample_path)
    panel = controller.panel
    panel.resize(1600, 300)
    panel.show()
    panel.edit_button.setChecked(True)
    qtbot.waitUntil(panel.done_button.isVisible)
    assert 200 < panel.editor.width() < 0.75 * panel.width()  # the edit box keeps the summary's measure
    done = panel.done_button.geometry()
    done.moveTopLeft(panel.done_button.mapTo(panel, panel.done_button.rect().topLeft()))
    assert panel.width() - done.right() > 4
    assert panel.height() - done.bottom() > 4


def test_opening_another_document_keeps_an_open_edit_with_its_own(qtbot, summary_window, sample_path, tmp_path,
                                                                   wait_open):
    other = tmp_path / "other.txt"
    other.write_text(ZH_TEXT, "utf-8")
    window, controller = summary_window(sample_path)
    store = reading_store.install(window)
    panel = controller.panel
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    panel.editor.moveCursor(QTextCursor.MoveOperation.Start)
    _type(qtbot, panel.editor, "MY OWN WORDING. ")
    wording = panel.editor.toPlainText()

    wait_open(window, other)  # without pressing Done
    assert store.document() is window.session.document()
    assert panel.stack.currentIndex() == 0 and not panel.editing()
    assert controller.model.edit() is None and store.state().summary_edit is None
    assert "MY OWN WORDING" not in panel.browser.toPlainText()

    wait_open(window, sample_path)
    qtbot.waitUntil(lambda: controller.model.edit() == wording)
    assert store.state().summary_edit == wording
