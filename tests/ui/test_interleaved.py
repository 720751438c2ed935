"""The interleaved layout is a full reading column: the side views' tints (facts, highlights, the hovered sentence
and its counterpart, Find), their actions on the selection (bar and menu), the popup dictionary, readings and the
script toggle, with the machine translation muted and labelled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole, Span
from reader_app.core.facts.model import FactKind
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.interleaved_view import InterleavedView
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import Layout
from reader_app.ui.reading_layout_feature import install as install_layouts

MakeWindow = Callable[..., MainWindow]

CHINESE = "腾讯微信周二表示，暂停新用户注册。台積電也在熊本设厂。\n\n注册将在升级完成后恢复。"
ENGLISH = (
    "Tencent's WeChat said on Tuesday it is suspending new user registration.",
    "TSMC is also building a plant in Kumamoto.",
    "Registration will resume after the upgrade.",
)


def _window(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, before: Callable[[MainWindow], None] | None = None
) -> tuple[MainWindow, InterleavedView]:
    """A Chinese article with its translation, shown interleaved (after `before(window)` in side by side)."""
    path = tmp_path / "wechat.txt"
    path.write_text(CHINESE, encoding="utf-8")
    window = make_window(path)
    layouts = install_layouts(window)
    document = window.session.document()
    assert document is not None and len(document.article.sentences) == len(ENGLISH)
    window.session.set_translation(
        PassageTranslation(
            PassageRole.ARTICLE, "zh", "en", "test", tuple(SentenceTranslation(text) for text in ENGLISH)
        )
    )
    if before is not None:
        before(window)
    layouts.set_layout(Layout.INTERLEAVED, remember=False)
    view = layouts.interleaved
    qtbot.waitUntil(lambda: "Registration will resume" in view.editor.toPlainText(), timeout=30000)
    qtbot.waitUntil(lambda: view.editor.viewport().width() > 300, timeout=30000)
    return window, view


def _range(view: InterleavedView, needle: str) -> tuple[int, int]:
    found = view.editor.document().find(needle)
    assert not found.isNull(), needle
    return found.selectionStart(), found.selectionEnd()


def _select(view: InterleavedView, needle: str) -> None:
    cursor = view.editor.document().find(needle)
    assert not cursor.isNull(), needle
    view.editor.setTextCursor(cursor)


def _point_of(view: InterleavedView, needle: str) -> QPoint:
    start, _end = _range(view, needle)
    cursor = view.editor.textCursor()
    cursor.setPosition(start + 1)
    return view.editor.cursorRect(cursor).center()


def _backgrounds(view: InterleavedView, needle: str) -> list[QColor]:
    """Background colours of the extra selections that cover `needle`."""
    start, end = _range(view, needle)
    colours = []
    for selection in view.editor.extraSelections():
        cursor = selection.cursor
        if cursor.selectionStart() <= start and cursor.selectionEnd() >= end:
            brush = selection.format.background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                colours.append(brush.color())
    return colours


def _move(view: InterleavedView, point: QPoint) -> None:
    viewport = view.editor.viewport()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def test_machine_translation_is_muted_and_labelled(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window, view = _window(qtbot, make_window, tmp_path)
    text = view.editor.toPlainText()
    assert "machine translation · English" in text.splitlines()[0]
    theme = window.theme()
    start, _end = _range(view, "Registration will resume")
    cursor = view.editor.textCursor()
    cursor.setPosition(start + 1)
    assert cursor.charFormat().foreground().color() == QColor(theme.muted_text)
    start, _end = _range(view, "注册将在")
    cursor.setPosition(start + 1)
    assert cursor.charFormat().foreground().color() == QColor(theme.text)
    # Each paragraph comes before its translation.
    assert text.index("腾讯微信") < text.index("Tencent's WeChat") < text.index("注册将在") < text.index("Registration")


def test_fact_tints_and_highlights_show_with_their_fills(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window, view = _window(qtbot, make_window, tmp_path)
    cjk, english = window.cjk_view, window.english_view
    source = cjk.passage(PassageRole.ARTICLE)
    target = english.passage(PassageRole.ARTICLE)
    assert source is not None and target is not None
    tencent = source.text.index("腾讯")
    cjk.set_fact_spans(PassageRole.ARTICLE, [(Span(tencent, tencent + 2), FactKind.ORG)])
    tsmc = target.text.index("TSMC")
    english.set_user_highlights(PassageRole.ARTICLE, [(Span(tsmc, tsmc + 4), "green")])
    theme = window.theme()
    qtbot.waitUntil(lambda: QColor(theme.fact_colour(FactKind.ORG)) in _backgrounds(view, "腾讯"))
    qtbot.waitUntil(lambda: english.highlight_fill("green") in _backgrounds(view, "TSMC"))
    assert english.highlight_fill("green") not in _backgrounds(view, "腾讯")
    # Hidden facts leave the text plain here too.
    cjk.set_facts_visible(False)
    qtbot.waitUntil(lambda: QColor(theme.fact_colour(FactKind.ORG)) not in _backgrounds(view, "腾讯"))


def test_hover_tints_the_sentence_and_its_translation_and_a_click_pins_it(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window, view = _window(qtbot, make_window, tmp_path)
    theme = window.theme()
    _move(view, _point_of(view, "台積電"))
    assert window.cjk_view.highlighted_sentence() == (PassageRole.ARTICLE, 1)
    assert window.english_view.highlighted_sentence() == (PassageRole.ARTICLE, 1)
    qtbot.waitUntil(lambda: QColor(theme.hover_tint) in _backgrounds(view, "熊本设厂"))
    qtbot.waitUntil(lambda: QColor(theme.counterpart_tint) in _backgrounds(view, "TSMC is also building"))
    assert QColor(theme.counterpart_tint) not in _backgrounds(view, "Registration will resume")
    # Hovering the translation tints it and, as counterpart, its original.
    _move(view, _point_of(view, "Registration will"))
    assert window.english_view.highlighted_sentence() == (PassageRole.ARTICLE, 2)
    qtbot.waitUntil(lambda: QColor(theme.counterpart_tint) in _backgrounds(view, "注册将在"))
    with qtbot.waitSignal(window.english_view.sentenceClicked) as clicked:
        qtbot.mouseClick(view.editor.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, "Registration will"))
    assert clicked.args == [PassageRole.ARTICLE, 2]


def test_selection_bar_and_menu_act_on_the_side_whose_text_it_is(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    from reader_app.ui.selection_actions_feature import install as install_selection_actions

    window, view = _window(qtbot, make_window, tmp_path)
    window.settings.set_highlight_name("yellow", "question")
    install_selection_actions(window)  # gives the views the names
    _select(view, "building a plant")
    owner, role, span = view.selected_span()
    assert owner is window.english_view and role is PassageRole.ARTICLE and span is not None
    passage = window.english_view.passage(PassageRole.ARTICLE)
    assert passage is not None and passage.text[span.start : span.end] == "building a plant"
    # The bar: the same actions, the colours with the names the reader gave them.
    view._show_selection_bar()
    bar = view.selection_bar
    assert bar.isVisible()
    with qtbot.waitSignal(window.highlightRequested) as highlighted:
        bar.highlightClicked.emit("yellow")
    assert highlighted.args[:3] == [role, span, window.english_view] and highlighted.args[3] == "yellow"
    # The menu.
    _select(view, "台積電")
    menu = view.context_menu()
    entries = {a.text().replace("&", ""): a for a in menu.actions() if a.isVisible() and a.text()}
    assert {"Translate", "Highlight", "Add Note…", "Copy", "Copy with Source", "Search Library"} <= set(entries)
    colours = next(a.menu() for a in menu.actions() if a.text() == "&Highlight")
    assert isinstance(colours, QMenu) and "question" in colours.actions()[0].text()
    with qtbot.waitSignal(window.translateSelectionRequested) as translate:
        entries["Translate"].trigger()
    assert translate.args[2] is window.cjk_view
    source = window.cjk_view.passage(PassageRole.ARTICLE)
    assert source is not None and source.text[translate.args[1].start : translate.args[1].end] == "台積電"
    _select(view, "台積電")
    with qtbot.waitSignal(window.noteRequested) as note:
        view.context_menu().actions()[2].trigger()
    assert note.args[2] is window.cjk_view
    _select(view, "台積電")
    view.context_menu()
    view._emit_copy_with_source()
    assert QGuiApplication.clipboard().text().startswith("“台積電”")
    _select(view, "台積電")
    with qtbot.waitSignal(window.searchLibraryRequested) as search:
        view._emit_search_library()
    assert search.args == ["台積電"]
    _select(view, "台積電")
    with qtbot.waitSignal(window.lookUpRequested) as look_up:
        view._emit_look_up()
    assert look_up.args[2] is view  # the dictionary reads the selection from this column's editor


def test_find_tints_every_match(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    from reader_app.ui.find_feature import install as install_find
    from reader_app.ui.palette_find import found_colours

    window, view = _window(qtbot, make_window, tmp_path)
    feature = install_find(window)
    feature.open()
    feature.bar.query.setText("注册")
    feature.search_now()
    qtbot.waitUntil(lambda: len(feature.matches()) == 2, timeout=30000)
    every, current = found_colours(window.theme())
    tinted = [s for s in view.editor.extraSelections() if s.cursor.selectedText() == "注册"]
    # Every match tinted, the current one more strongly.
    assert {s.format.background().color().name() for s in tinted} == {QColor(every).name(), QColor(current).name()}


def test_script_toggle_and_readings_in_the_interleaved_column(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.ui import dictionary_feature

    monkeypatch.setattr("reader_app.core.dictionary.vocabulary.default_path", lambda: tmp_path / "vocab.sqlite3")
    installed: list[dictionary_feature.DictionaryFeature] = []

    def pinyin_first(window: MainWindow) -> None:
        """Readings turned on in the side-by-side layout, before the interleaved column ever showed."""
        feature = dictionary_feature.install(window)
        feature.pinyin_action.setChecked(True)
        qtbot.waitUntil(lambda: feature._interleaved_ruby is not None, timeout=60000)
        installed.append(feature)

    window, view = _window(qtbot, make_window, tmp_path, pinyin_first)
    (feature,) = installed
    overlay = feature._interleaved_ruby
    assert overlay is not None and overlay.parent() is view.editor
    qtbot.waitUntil(lambda: overlay.isVisible() and overlay.geometry() == view.editor.viewport().geometry())
    source = window.cjk_view.passage(PassageRole.ARTICLE)
    assert source is not None
    spans = overlay.spans(PassageRole.ARTICLE)
    wei = next(s for s in spans if source.text[s.start : s.end] == "微")
    assert wei.reading == "wēi"
    rects = overlay.view.span_rects(PassageRole.ARTICLE, Span(wei.start, wei.end))
    start, _end = _range(view, "微信")
    cursor = view.editor.textCursor()
    cursor.setPosition(start)
    assert rects and abs(rects[0].left() - view.editor.cursorRect(cursor).left()) <= 2
    # The Simplified ↔ Traditional toggle shows here too, and offsets hold.
    feature.set_script("traditional")
    qtbot.waitUntil(lambda: "騰訊" in view.editor.toPlainText(), timeout=30000)
    assert source.text.startswith("腾讯")  # display only: the passage stays as written
    _move(view, _point_of(view, "熊本"))
    assert window.cjk_view.highlighted_sentence() == (PassageRole.ARTICLE, 1)
    feature.set_script("simplified")
    qtbot.waitUntil(lambda: "台积电" in view.editor.toPlainText(), timeout=30000)


def test_popup_dictionary_from_the_menu_in_the_interleaved_column(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.ui import dictionary_feature

    monkeypatch.setattr("reader_app.core.dictionary.vocabulary.default_path", lambda: tmp_path / "vocab.sqlite3")
    window, view = _window(qtbot, make_window, tmp_path)
    feature = dictionary_feature.install(window)
    qtbot.waitUntil(lambda: feature.ready or bool(feature.failed), timeout=60000)
    assert feature.ready, feature.failed
    _select(view, "微信")
    menu = view.context_menu()
    look_up = next(a for a in menu.actions() if a.text() == "Look &Up")
    assert look_up.isVisible() and look_up.isEnabled()
    look_up.trigger()
    qtbot.waitUntil(lambda: feature.popup().isVisible(), timeout=30000)
    assert "WeChat" in feature.popup().text()


def test_a_column_hidden_by_the_layout_shows_what_changed_meanwhile(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window, view = _window(qtbot, make_window, tmp_path)
    english = window.english_view
    passage = english.passage(PassageRole.ARTICLE)
    assert passage is not None and english.isHidden()
    tsmc = passage.text.index("TSMC")
    english.set_user_highlights(PassageRole.ARTICLE, [(Span(tsmc, tsmc + 4), "pink")])
    qtbot.waitUntil(lambda: english.highlight_fill("pink") in _backgrounds(view, "TSMC"))
    install_layouts(window).set_layout(Layout.SIDE_BY_SIDE, remember=False)

    def fills() -> list[QColor]:
        selections = english.editor.extraSelections()
        return [s.format.background().color() for s in selections if s.cursor.selectedText() == "TSMC"]

    qtbot.waitUntil(lambda: english.highlight_fill("pink") in fills())


def test_edit_copy_and_find_take_the_interleaved_selection(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    from reader_app.ui.find_feature import install as install_find

    window, view = _window(qtbot, make_window, tmp_path)
    _select(view, "building a plant")
    view.editor.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() in (view.editor, view.editor.viewport()))
    QGuiApplication.clipboard().setText("")
    window.copy_selection()
    assert QGuiApplication.clipboard().text() == "building a plant"
    feature = install_find(window)
    feature.open()
    assert feature.bar.query.text() == "building a plant"
    view.editor.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() in (view.editor, view.editor.viewport()))
    window.select_all()
    assert view.editor.textCursor().selectedText().startswith("ARTICLE")


def test_an_untranslated_passage_says_what_its_translation_needs(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "wechat.txt"
    path.write_text(CHINESE, encoding="utf-8")
    window = make_window(path)
    layouts = install_layouts(window)
    layouts.set_layout(Layout.INTERLEAVED, remember=False)
    view = layouts.interleaved
    qtbot.waitUntil(lambda: "注册将在" in view.editor.toPlainText(), timeout=30000)
    assert "Not translated yet" in view.editor.toPlainText().splitlines()[0]
    window.english_view.set_placeholder(PassageRole.ARTICLE, "Needs a Chinese → English model.", "Translation Models…")
    qtbot.waitUntil(lambda: "Needs a Chinese → English model." in view.editor.toPlainText().splitlines()[0])


def test_highlighting_part_of_a_word_highlights_just_that_part(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.ui.annotations_feature import AnnotationsFeature
    from reader_app.ui.annotations_feature import install as install_annotations

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # a library of its own
    window, view = _window(qtbot, make_window, tmp_path, before=install_annotations)
    feature = window.feature(AnnotationsFeature)
    assert feature is not None
    _select(view, "istrat")  # inside "registration"
    view._show_selection_bar()
    view.selection_bar.highlightClicked.emit("pink")
    (item,) = feature.model.items()
    assert item.highlight.quote == "istrat"
    english = window.english_view
    fill = english.highlight_fill("pink")
    qtbot.waitUntil(lambda: fill in _backgrounds(view, "istrat"))
    assert fill not in _backgrounds(view, "registration")  # not the whole word
    _select(view, "on Tues")  # a drag across words that stops inside one still takes the word
    view._show_selection_bar()
    view.selection_bar.highlightClicked.emit("yellow")
    assert {i.highlight.quote for i in feature.model.items()} == {"istrat", "on Tuesday"}
