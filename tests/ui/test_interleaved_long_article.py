"""A long article in the interleaved layout is laid out only around the screen, as in the side-by-side columns:
its text reads the same, few blocks are laid out, and jumps (a paragraph, Find, the reading place kept across a
change of layout) land on the right paragraph with its translation under it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lazy_sizes import small_lazy_layout
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.interleaved_view import InterleavedView
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import Layout, ReadingLayoutFeature, install

MakeWindow = Callable[..., MainWindow]
PARAGRAPHS = 3000
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


def _text() -> str:
    """Paragraphs of one to three sentences, each with its number (so every paragraph can be found)."""
    return "\n\n".join(
        f"第{number}段。" + "".join(SENTENCES[(number + i) % 3] for i in range(1 + number % 3))
        for number in range(PARAGRAPHS)
    )


def _window(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, lazy: bool, translated: bool = True
) -> tuple[MainWindow, Document, ReadingLayoutFeature]:
    small_lazy_layout(monkeypatch, min_chars=50_000 if lazy else 10**9, window=6_000, hidden=5_000)
    window = make_window()
    feature = install(window)
    document = document_from_text(_text(), title="long")
    window.open_document(document)
    if translated:
        _set_translation(window, document)
    feature.set_layout(Layout.INTERLEAVED, remember=False)
    view = feature.interleaved
    qtbot.waitUntil(lambda: not any(side.rendering() for side in window.views()), timeout=60000)
    qtbot.waitUntil(lambda: view.isVisible() and not view.rendering() and not feature.position.active(), timeout=60000)
    QApplication.processEvents()
    return window, document, feature


def _set_translation(window: MainWindow, document: Document) -> None:
    texts = [document.article.text[s.start : s.end] for s in document.article.sentences]
    window.session.set_translation(PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(_translate(text)) for text in texts),
    ))  # fmt: skip


def _translate(sentence: str) -> str:
    if sentence in SENTENCES:
        return TRANSLATIONS[SENTENCES.index(sentence)]
    return f"Paragraph {sentence[1:-2]}."  # 第12段。 → Paragraph 12.


def _laid_out_blocks(view: InterleavedView) -> int:
    count = 0
    block = view.editor.document().begin()
    while block.isValid():
        layout = block.layout()
        count += layout is not None and layout.lineCount() > 0
        block = block.next()
    return count


def _on_screen(view: InterleavedView, paragraph: int) -> bool:
    """Paragraph `paragraph` and its translation under it are both on screen, and what is drawn there is that
    paragraph's first sentence."""
    rects = view.paragraph_rects(PassageRole.ARTICLE, paragraph)
    if rects is None or rects[1] is None:
        return False
    original, translation = rects
    height = view.editor.viewport().height()
    if not (original.top() >= 0 and translation.bottom() <= height and original.bottom() <= translation.top()):
        return False
    found = view.sentence_at(QPoint(original.left() + 8, original.top() + 8))
    if found is None:
        return False
    side, role, sentence = found
    passage = side.passage(role)
    return passage is not None and passage.text[passage.sentences[sentence].start :].startswith(f"第{paragraph}段")


def test_a_long_article_lays_out_only_around_the_screen(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window_full, _document, full = _window(qtbot, make_window, monkeypatch, lazy=False)
    _window_lazy, _document, lazy = _window(qtbot, make_window, monkeypatch, lazy=True)
    assert lazy.interleaved._lazy is not None and full.interleaved._lazy is None
    # Every character where it was (paragraph breaks and the lines joined in hidden blocks read the same).
    assert lazy.interleaved.editor.toPlainText() == full.interleaved.editor.toPlainText()
    blocks = full.interleaved.editor.document().blockCount()
    assert _laid_out_blocks(lazy.interleaved) < blocks // 5
    # The hidden paragraphs keep their space: the scroll bar spans about the whole column.
    full_height = full.interleaved.editor.verticalScrollBar().maximum()
    assert abs(lazy.interleaved.editor.verticalScrollBar().maximum() - full_height) < 0.15 * full_height


def test_jumps_far_down_land_on_the_paragraph_and_its_translation(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, document, feature = _window(qtbot, make_window, monkeypatch, lazy=True)
    view = feature.interleaved
    view.scroll_to_paragraph(PassageRole.ARTICLE, 2500)
    qtbot.waitUntil(lambda: _on_screen(view, 2500), timeout=30000)

    # Find's jump: a match far up the column (the positions are the column's own text).
    needle = "第700段"
    start = view.searchable_text().index(needle)
    view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + len(needle)))
    qtbot.waitUntil(lambda: _on_screen(view, 700), timeout=30000)
    assert _laid_out_blocks(view) < view.editor.document().blockCount() // 5

    # Dragging the scroll bar anywhere shows laid-out text under the mouse.
    bar = view.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    top = view.top_row()
    assert top is not None and top[0] is PassageRole.ARTICLE
    rows = paragraph_first_sentences(document.article)
    paragraph = rows.index(top[1])
    assert abs(paragraph / PARAGRAPHS - 0.5) < 0.15


def test_the_reading_place_survives_a_change_of_layout(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, document, feature = _window(qtbot, make_window, monkeypatch, lazy=True)
    view = feature.interleaved
    rows = paragraph_first_sentences(document.article)
    feature.show_row((PassageRole.ARTICLE, rows[2200]))
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    assert view.top_row() == (PassageRole.ARTICLE, rows[2200])
    rects = view.paragraph_rects(PassageRole.ARTICLE, 2200)
    assert rects is not None and 0 <= rects[0].top() <= 24

    feature.set_layout(Layout.SIDE_BY_SIDE, remember=False)
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    tops = []
    for side in window.views():
        rect = side.sentence_rect(PassageRole.ARTICLE, rows[2200])
        assert rect is not None and -2 <= rect.top() <= 24
        tops.append(rect.top())
    assert abs(tops[0] - tops[1]) <= 2  # the same row at the same height in both columns
    feature.set_layout(Layout.INTERLEAVED, remember=False)
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    assert view.top_row() == (PassageRole.ARTICLE, rows[2200])



def test_a_fact_or_summary_jump_far_down_brings_the_interleaved_column_there(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, document, feature = _window(qtbot, make_window, monkeypatch, lazy=True)
    view = feature.interleaved
    english = window.english_view.passage(PassageRole.ARTICLE)
    assert english is not None
    # As the facts panel does: the counterpart in the other column first, then the fact in its own, centred.
    counterpart = english.text.index("Paragraph 2400.")
    window.english_view.scroll_to_span(PassageRole.ARTICLE, Span(counterpart, counterpart + 15))
    start = document.article.text.index("第2400段")
    window.cjk_view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + 6), always=True)
    qtbot.waitUntil(lambda: _on_screen(view, 2400), timeout=30000)
    # As the summary does: a sentence far back up, on each side.
    sentence = document.article.sentence_at(document.article.text.index("第300段"))
    assert sentence is not None
    for side in window.views():
        span = side.sentence_span(PassageRole.ARTICLE, sentence)
        assert span is not None
        side.scroll_to_span(PassageRole.ARTICLE, span)
    qtbot.waitUntil(lambda: _on_screen(view, 300), timeout=30000)


def test_a_translation_arriving_keeps_the_paragraph_at_the_top(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, document, feature = _window(qtbot, make_window, monkeypatch, lazy=True, translated=False)
    view = feature.interleaved
    rows = paragraph_first_sentences(document.article)
    feature.show_row((PassageRole.ARTICLE, rows[2000]))
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    assert view.top_row() == (PassageRole.ARTICLE, rows[2000])

    _set_translation(window, document)  # the column is laid in again, each paragraph with its translation
    qtbot.waitUntil(lambda: (rects := view.paragraph_rects(PassageRole.ARTICLE, 2000)) is not None
                    and rects[1] is not None, timeout=60000)  # fmt: skip
    qtbot.waitUntil(lambda: not view.rendering() and not feature.position.active(), timeout=60000)
    assert view.top_row() == (PassageRole.ARTICLE, rows[2000])
    assert _on_screen(view, 2000)


def test_a_jump_right_after_a_change_of_layout_is_not_undone(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, document, feature = _window(qtbot, make_window, monkeypatch, lazy=True)
    view = feature.interleaved
    rows = paragraph_first_sentences(document.article)
    feature.set_layout(Layout.SIDE_BY_SIDE, remember=False)
    window.cjk_view.scroll_to_sentence(PassageRole.ARTICLE, rows[1000])
    qtbot.waitUntil(lambda: not feature.position.active(), timeout=60000)
    feature.set_layout(Layout.INTERLEAVED, remember=False)  # brings paragraph 1000 back to the top, in a while
    assert feature.position.active()
    # A fact clicked meanwhile, far down: the reader moved, and the column stays at the fact.
    start = document.article.text.index("第2700段")
    window.cjk_view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + 6), always=True)
    assert not feature.position.active()  # nothing brings paragraph 1000 back over it later
    qtbot.waitUntil(lambda: _on_screen(view, 2700), timeout=30000)
