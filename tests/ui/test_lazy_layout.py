"""A long passage is laid out only around the screen: hidden lines keep their place, the text reads the same."""

from __future__ import annotations

import pytest
from lazy_sizes import small_lazy_layout
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.loading import document_from_text
from reader_app.ui import lazy_layout
from reader_app.ui import side_view as side_view_module
from reader_app.ui.session import Block, BlockKind, Side
from reader_app.ui.side_view import SideView

PARAGRAPHS = 3000


def _article(astral: bool = False) -> Passage:
    text = "\n\n".join(
        f"Paragraph {i} reports that the index rose {i} points"
        + (", and traders said the rise surprised them." * (i % 4))
        + (" \U0001f4c8\U00020000 up." if astral and i % 3 == 0 else "")  # two UTF-16 positions each
        for i in range(PARAGRAPHS)
    )
    return document_from_text(text).article


def _laid_out_blocks(view: SideView) -> int:
    count = 0
    block = view.editor.document().begin()
    while block.isValid():
        layout = block.layout()
        count += layout is not None and layout.lineCount() > 0
        block = block.next()
    return count


def _view(qtbot: QtBot, article: Passage, lazy: bool, monkeypatch: pytest.MonkeyPatch) -> SideView:
    monkeypatch.setattr(side_view_module, "RENDER_CHUNK_CHARS", 2000)
    small_lazy_layout(monkeypatch, min_chars=50_000 if lazy else 10**9, window=8_000, hidden=5_000)
    view = SideView(Side.ENGLISH)
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    view.set_blocks(
        [Block(PassageRole.PROMPT, BlockKind.PLACEHOLDER, "en", None),
         Block(PassageRole.ARTICLE, BlockKind.ORIGINAL, "en", article)], "en")
    qtbot.waitUntil(lambda: not view.rendering(), timeout=30000)
    QApplication.processEvents()
    return view


def _top_sentence(view: SideView) -> tuple[PassageRole, int] | None:
    for y in range(2, 120, 6):
        for x in range(40, 400, 40):
            found = view.sentence_at(QPoint(x, y))
            if found is not None:
                return found
    return None


def test_a_long_passage_lays_out_only_the_stretch_around_the_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article()
    full = _view(qtbot, article, False, monkeypatch)
    view = _view(qtbot, article, True, monkeypatch)

    assert view.document_text() == full.document_text()  # every character where it was
    lines = full.editor.document().blockCount()
    assert _laid_out_blocks(view) < lines // 5, f"{_laid_out_blocks(view)} of {lines} blocks laid out"
    # The hidden lines keep their space: the scroll bar spans about the whole text.
    full_height = full.editor.verticalScrollBar().maximum()
    assert abs(view.editor.verticalScrollBar().maximum() - full_height) < 0.1 * full_height

    # Anywhere the scroll bar is dragged, the screen shows text, laid out, under the mouse as anywhere else.
    bar = view.editor.verticalScrollBar()
    for fraction in (0.5, 0.9, 1.0, 0.2):
        bar.setValue(round(bar.maximum() * fraction))
        QApplication.processEvents()
        found = _top_sentence(view)
        assert found is not None, f"nothing under the mouse at {fraction:.0%}"
        role, index = found
        sentence = article.sentences[index]
        assert abs(sentence.start / len(article.text) - fraction) < 0.15
        rects = view.span_rects(role, sentence)
        assert rects and rects[0].top() < view.editor.viewport().height()
        assert _laid_out_blocks(view) < lines // 5  # what was shown before is dropped again


def test_scrolling_through_a_long_passage_never_jumps(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, _article(), True, monkeypatch)
    bar = view.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    QApplication.processEvents()
    document = view.editor.document()
    moves = 0
    for _step in range(400):
        top, _bottom = view.visible_offsets(PassageRole.ARTICLE) or (0, 0)
        lazy = view._lazy
        assert lazy is not None
        shown = (lazy.first, lazy.last)
        # Where the text at the top of the screen is drawn now, in the viewport.
        before = view.span_rects(PassageRole.ARTICLE, Span(top, top + 1))
        bar.setValue(bar.value() + 40)
        QApplication.processEvents()
        after = view.span_rects(PassageRole.ARTICLE, Span(top, top + 1))
        if (lazy.first, lazy.last) != shown:
            moves += 1
        if before and after:
            assert abs(after[0].top() - (before[0].top() - 40)) <= 2, "the text jumped when the stretch moved"
    assert moves >= 2
    assert _laid_out_blocks(view) < document.blockCount() // 2  # the lines scrolled past are dropped again


@pytest.mark.parametrize("astral", [False, True])
def test_jumps_far_into_a_long_passage_land_on_the_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, astral: bool
) -> None:
    article = _article(astral)
    view = _view(qtbot, article, True, monkeypatch)
    needle = "Paragraph 2500 reports"
    start = article.text.index(needle)
    view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + len(needle)))
    rects = view.span_rects(PassageRole.ARTICLE, Span(start, start + len(needle)))
    assert rects and 0 <= rects[0].top() < view.editor.viewport().height()
    index = article.sentence_at(start)
    assert index is not None
    # What is drawn there is that sentence: the offsets of the hidden lines held through the jump.
    centre = rects[0].center().toPoint()
    assert view.sentence_at(QPoint(centre.x(), centre.y())) == (PassageRole.ARTICLE, index)
    selected = view.editor.document().toPlainText()
    assert needle in selected
    view.scroll_to_sentence(PassageRole.ARTICLE, 3)  # and back to the top
    rect = view.sentence_rect(PassageRole.ARTICLE, 3)
    assert rect is not None and 0 <= rect.top() < view.editor.viewport().height()


def test_a_note_above_a_long_passage_keeps_its_lines_in_place(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    article = _article()
    view = _view(qtbot, article, True, monkeypatch)
    view.set_placeholder_note(PassageRole.PROMPT, "Word gloss: 注册 register")
    assert "Word gloss: 注册 register" in view.document_text()
    needle = "Paragraph 2999 reports"
    start = article.text.index(needle)
    view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + len(needle)))
    rects = view.span_rects(PassageRole.ARTICLE, Span(start, start + len(needle)))
    assert rects and 0 <= rects[0].top() < view.editor.viewport().height()
    shown = view.visible_offsets(PassageRole.ARTICLE)
    assert shown is not None and shown[0] <= start < shown[1]


def test_the_end_of_a_passage_taller_than_qt_allows_is_in_reach(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt stops a document at 2^23 px; hidden lines past what fits are drawn shorter (here with a small limit)."""
    monkeypatch.setattr(lazy_layout, "MAX_HEIGHT", 30_000.0)
    article = _article()
    view = _view(qtbot, article, True, monkeypatch)
    bar = view.editor.verticalScrollBar()
    assert bar.maximum() < 60_000
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    shown = view.visible_offsets(PassageRole.ARTICLE)
    assert shown is not None and shown[1] >= len(article.text) - 1  # the last line is on screen
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    found = _top_sentence(view)
    assert found is not None
    assert abs(article.sentences[found[1]].start / len(article.text) - 0.5) < 0.15
