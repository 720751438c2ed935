"""A document opens at its top in both columns, wherever the reader was in the document before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader_app.core.document import Document, PassageRole
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import install as install_layouts
from reader_app.ui.reading_position import side_top_row

MakeWindow = Callable[..., MainWindow]


def _document(paragraphs: int, word: str) -> Document:
    text = "\n\n".join(f"{word}第{n}段报道称，委员会批准了{n * 7 + 3}百万元的预算。" for n in range(paragraphs))
    return document_from_text(text, title=word)


def _translate(window: MainWindow, document: Document) -> None:
    count = len(document.article.sentences)
    sentences = tuple(SentenceTranslation(f"Report {i}: the committee approved a budget.") for i in range(count))
    window.session.set_translation(PassageTranslation(PassageRole.ARTICLE, "zh", "en", "made up", sentences))


def test_the_next_document_opens_at_the_top_of_both_columns(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    install_layouts(window)
    first = _document(80, "甲")
    window.open_document(first)
    _translate(window, first)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    bar = window.cjk_view.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.english_view.editor.verticalScrollBar().value() > 0, timeout=30000)

    second = _document(40, "乙")
    window.open_document(second)
    _translate(window, second)  # a translation kept from an earlier reading comes right with it
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    qtbot.wait(300)
    for view in window.views():
        assert side_top_row(view, second) == (PassageRole.ARTICLE, 0), view.side
    tops = [view.sentence_rect(PassageRole.ARTICLE, 0) for view in window.views()]
    assert tops[0] is not None and tops[1] is not None
    assert abs(tops[0].top() - tops[1].top()) <= 2


def test_at_the_top_both_columns_stand_at_their_top(qtbot: QtBot, make_window: MakeWindow) -> None:
    """At the top the first rows are levelled by space, not by scrolling one column past its label."""
    window = make_window()
    install_layouts(window)
    document = _document(30, "丙")
    window.open_document(document)
    _translate(window, document)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    qtbot.wait(300)
    assert [view.editor.verticalScrollBar().value() for view in window.views()] == [0, 0]
    tops = [view.sentence_rect(PassageRole.ARTICLE, 0) for view in window.views()]
    assert tops[0] is not None and tops[1] is not None
    assert abs(tops[0].top() - tops[1].top()) <= 2


def test_at_the_top_a_byline_on_one_side_is_levelled_by_space(qtbot: QtBot, make_window: MakeWindow) -> None:
    """The byline shows above the original only: the translation's first row gets the space, neither column
    scrolls past its top (a column scrolled to level them had its label cut at the top edge)."""
    from reader_app.core.loading import load_document

    fixtures = Path(__file__).parents[1] / "core" / "fixtures" / "html" / "news"
    window = make_window()
    install_layouts(window)
    window.resize(900, 500)
    document = load_document(fixtures / "zh-reporter-line.html")
    assert document.byline
    window.open_document(document)
    _translate(window, document)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    qtbot.wait(300)
    assert window.cjk_view.editor.verticalScrollBar().maximum() > 0
    assert [view.editor.verticalScrollBar().value() for view in window.views()] == [0, 0]
    tops = [view.sentence_rect(PassageRole.ARTICLE, 0) for view in window.views()]
    assert tops[0] is not None and tops[1] is not None
    assert abs(tops[0].top() - tops[1].top()) <= 2
