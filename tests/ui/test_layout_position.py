"""Switching layout keeps the reading position: the paragraph at the top of the view before the switch is at the
top after it, both ways, and a passage's label is never cut in half at the top edge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import Document, PassageRole
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import Layout, ReadingLayoutFeature, install
from reader_app.ui.reading_position import laid_out
from reader_app.ui.side_view import SideView

MakeWindow = Callable[..., MainWindow]
SENTENCES = (
    "腾讯旗下的微信周二表示，暂停新用户注册。",
    "公司预计在八月初完成升级，届时将恢复注册服务，并且会提前通知所有用户以及合作伙伴。",
    "美国东部的几个州的投票站陆续关闭。",
)
TRANSLATIONS = (
    "Tencent's WeChat said on Tuesday it was suspending new user registration.",
    "The company expects to finish the upgrade in early August, when registration will resume, and it will tell "
    "every user and partner beforehand so that nobody is surprised by the change.",
    "Polling stations closed in several eastern states.",
)


def _text(paragraphs: int) -> str:
    """Paragraphs of one to three sentences, so the two columns' paragraphs differ in height."""
    return "\n\n".join(
        "".join(SENTENCES[(number + i) % 3] for i in range(1 + number % 3)) for number in range(paragraphs)
    )


def _translated_window(qtbot: QtBot, make_window: MakeWindow, paragraphs: int) -> tuple[MainWindow, Document]:
    window = make_window()
    install(window)
    document = document_from_text(_text(paragraphs), title="long")
    window.open_document(document)
    texts = [document.article.sentence_text(i) for i in range(len(document.article.sentences))]
    window.session.set_translation(PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(TRANSLATIONS[SENTENCES.index(text)]) for text in texts),
    ))  # fmt: skip
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    return window, document


def _feature(window: MainWindow) -> ReadingLayoutFeature:
    feature = window.feature(ReadingLayoutFeature)
    assert feature is not None
    return feature


def _side_top(view: SideView, document: Document, paragraph: int) -> int | None:
    rect = view.sentence_rect(PassageRole.ARTICLE, paragraph_first_sentences(document.article)[paragraph])
    return None if rect is None else rect.top()


def _scroll_side(qtbot: QtBot, window: MainWindow, document: Document, paragraph: int) -> None:
    """Scroll the side-by-side columns into `paragraph`, its first line cut at the top (where a wheel leaves it)."""
    view = window.cjk_view
    top = _side_top(view, document, paragraph)
    assert top is not None
    bar = view.editor.verticalScrollBar()
    bar.setValue(bar.value() + top + 10)

    def level() -> bool:
        tops = [_side_top(view, document, paragraph) for view in window.views()]
        return tops[0] is not None and tops[1] is not None and tops[0] < 0 and abs(tops[0] - tops[1]) <= 2

    qtbot.waitUntil(level, timeout=30000)


def _side_level_at(window: MainWindow, document: Document, paragraph: int) -> bool:
    """`paragraph` starts near the top of both columns, at the same height."""
    tops = [_side_top(view, document, paragraph) for view in window.views()]
    return all(top is not None and 0 <= top <= 12 for top in tops) and abs(tops[0] - tops[1]) <= 2  # type: ignore[operator]


def _interleaved_at(feature: ReadingLayoutFeature, paragraph: int) -> bool:
    rects = feature.interleaved.paragraph_rects(PassageRole.ARTICLE, paragraph)
    return rects is not None and 0 <= rects[0].top() <= 24


def _label_whole(view: SideView) -> bool:
    """The column starts at its top: the ARTICLE label shows whole."""
    return view.editor.verticalScrollBar().value() == 0


def test_side_by_side_to_interleaved_and_back_keeps_the_paragraph_at_the_top(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window, document = _translated_window(qtbot, make_window, 120)
    feature = _feature(window)
    _scroll_side(qtbot, window, document, 40)

    feature.actions[Layout.INTERLEAVED].trigger()
    qtbot.waitUntil(lambda: _interleaved_at(feature, 40), timeout=30000)
    # The rest of the column laid in and the position settled (else the kept paragraph wins over the scroll below).
    qtbot.waitUntil(lambda: not feature.position.active() and not feature.interleaved.rendering(), timeout=30000)

    bar = feature.interleaved.editor.verticalScrollBar()
    rects = feature.interleaved.paragraph_rects(PassageRole.ARTICLE, 70)
    assert rects is not None
    bar.setValue(bar.value() + rects[0].top() - 3)
    feature.actions[Layout.SIDE_BY_SIDE].trigger()
    qtbot.waitUntil(lambda: _side_level_at(window, document, 70), timeout=30000)
    # It stays there once the columns have settled.
    qtbot.wait(200)
    assert _side_level_at(window, document, 70)


def test_original_only_and_back_keeps_the_paragraph_at_the_top(qtbot: QtBot, make_window: MakeWindow) -> None:
    window, document = _translated_window(qtbot, make_window, 120)
    feature = _feature(window)
    _scroll_side(qtbot, window, document, 55)

    feature.set_layout(Layout.ORIGINAL_ONLY)
    assert not window.english_view.isVisible()
    qtbot.waitUntil(lambda: (top := _side_top(window.cjk_view, document, 55)) is not None and 0 <= top <= 12,
                    timeout=10000)  # fmt: skip

    feature.set_layout(Layout.SIDE_BY_SIDE)
    qtbot.waitUntil(lambda: _side_level_at(window, document, 55), timeout=30000)
    qtbot.wait(200)
    assert _side_level_at(window, document, 55)


def test_back_at_the_start_the_label_shows_whole(qtbot: QtBot, make_window: MakeWindow) -> None:
    window, document = _translated_window(qtbot, make_window, 120)
    feature = _feature(window)
    _scroll_side(qtbot, window, document, 30)
    feature.set_layout(Layout.INTERLEAVED)
    qtbot.waitUntil(lambda: _interleaved_at(feature, 30), timeout=30000)
    feature.interleaved.editor.verticalScrollBar().setValue(0)
    feature.set_layout(Layout.SIDE_BY_SIDE)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: all(_label_whole(view) for view in window.views()), timeout=30000)
    qtbot.wait(200)
    assert all(_label_whole(view) for view in window.views())


def test_near_the_end_the_columns_stay_level(qtbot: QtBot, make_window: MakeWindow) -> None:
    """The column kept at the top cannot scroll as far as the row (the end of the text): the other column follows
    it, not the other way round."""
    window, document = _translated_window(qtbot, make_window, 30)
    feature = _feature(window)
    feature.set_layout(Layout.INTERLEAVED)
    bar = feature.interleaved.editor.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and not feature.interleaved.rendering(), timeout=30000)
    bar.setValue(bar.maximum())
    row = feature.top_row()
    assert row is not None and row[1] > 0
    feature.set_layout(Layout.SIDE_BY_SIDE)
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=30000)
    rows = paragraph_first_sentences(document.article)
    for paragraph in range(len(rows)):
        left = window.cjk_view.sentence_rect(PassageRole.ARTICLE, rows[paragraph])
        right = window.english_view.sentence_rect(PassageRole.ARTICLE, rows[paragraph])
        assert left is not None and right is not None
        if 0 <= left.top() < window.cjk_view.editor.viewport().height():
            assert abs(left.top() - right.top()) <= 2, paragraph


def test_a_long_document_laid_out_lazily_keeps_the_paragraph(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Side by Side after Original Only narrows the column, which Qt lays out again in its idle time: the paragraph
    comes back to the top once it is laid out (nothing lays the column out at once), and the interleaved column,
    laid in slice by slice, brings it there too."""
    window, document = _translated_window(qtbot, make_window, 3000)
    feature = _feature(window)
    feature.set_layout(Layout.ORIGINAL_ONLY)
    qtbot.waitUntil(lambda: laid_out(window.cjk_view.editor) and not feature.position.active(), timeout=60000)
    top = _side_top(window.cjk_view, document, 2000)
    assert top is not None
    bar = window.cjk_view.editor.verticalScrollBar()
    bar.setValue(bar.value() + top + 5)

    feature.set_layout(Layout.SIDE_BY_SIDE)
    QApplication.processEvents()  # the resize, the first paint
    assert not laid_out(window.cjk_view.editor), "the column was laid out at once"
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    qtbot.waitUntil(lambda: _side_level_at(window, document, 2000), timeout=30000)  # the other column follows

    feature.set_layout(Layout.INTERLEAVED)
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    assert _interleaved_at(feature, 2000)
    qtbot.waitUntil(lambda: not feature.interleaved.rendering(), timeout=60000)
    bar = feature.interleaved.editor.verticalScrollBar()
    rects = feature.interleaved.paragraph_rects(PassageRole.ARTICLE, 2500)
    assert rects is not None
    bar.setValue(bar.value() + rects[0].top() + 5)
    feature.set_layout(Layout.SIDE_BY_SIDE)
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    qtbot.waitUntil(lambda: _side_level_at(window, document, 2500), timeout=30000)


def test_scrolling_during_the_wait_keeps_the_readers_place(qtbot: QtBot, make_window: MakeWindow) -> None:
    window, document = _translated_window(qtbot, make_window, 3000)
    feature = _feature(window)
    _scroll_side(qtbot, window, document, 2000)
    feature.set_layout(Layout.INTERLEAVED)
    assert feature.position.active()
    QApplication.sendEvent(window.cjk_view.editor, _key_down())
    assert not feature.position.active()


def _key_down() -> object:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
