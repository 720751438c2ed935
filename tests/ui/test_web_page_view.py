"""A saved web page in the window: the byline above the article (not in its text), headings and list items shown as
such, and offsets that still map to the article's sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from reader_app.core.document import BlockKind, PassageRole
from reader_app.ui.main_window import MainWindow

NEWS = Path(__file__).parents[1] / "core" / "fixtures" / "html" / "news"


def test_byline_headings_and_items(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(NEWS / "en-list-explainer.html")
    view = window.english_view
    document = window.session.document()
    assert document is not None and document.byline is not None
    shown = view.document_text()
    assert shown.index(document.byline) < shown.index("Messaging, payments")  # above the article
    assert document.byline not in document.article.text
    items = [b for b in document.blocks if b.kind is BlockKind.ITEM]
    editor_document = view.editor.document()
    for item in items:
        cursor = editor_document.find(document.article.text[item.start : item.end])
        assert cursor.block().textList() is not None  # drawn with a bullet, the text unchanged
    # The hit-testing still lands on the article's own sentences.
    first_item = document.article.text[items[0].start : items[0].end]
    index = next(i for i, text in enumerate(document.article.sentence_texts()) if text == first_item)
    rect = view.sentence_rect(PassageRole.ARTICLE, index)
    assert rect is not None
    assert view.sentence_at(rect.center()) == (PassageRole.ARTICLE, index)


def test_headings_are_bold(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(NEWS / "zh-reporter-line.html")
    view = window.cjk_view
    cursor = view.editor.document().find("业务遍及全球")
    assert not cursor.isNull()
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold.value
    plain = view.editor.document().find("华为的产品")
    assert plain.charFormat().fontWeight() != QFont.Weight.Bold.value


def _interleaved(qtbot: QtBot, make_window: Callable[..., MainWindow], name: str) -> tuple[MainWindow, object]:
    from reader_app.ui.reading_layout_feature import Layout
    from reader_app.ui.reading_layout_feature import install as install_layouts

    window = make_window(NEWS / name)
    layouts = install_layouts(window)
    layouts.set_layout(Layout.INTERLEAVED, remember=False)
    view = layouts.interleaved
    qtbot.waitUntil(lambda: not view.rendering() and view.editor.document().characterCount() > 100, timeout=30000)
    return window, view


def test_the_interleaved_layout_keeps_the_pages_structure(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window, view = _interleaved(qtbot, make_window, "en-list-explainer.html")
    document = window.session.document()
    assert document is not None and document.byline is not None
    editor_document = view.editor.document()  # type: ignore[attr-defined]
    shown = editor_document.toPlainText()
    assert shown.index(document.byline) < shown.index("Messaging, payments")  # the meta line above the article
    for item in (b for b in document.blocks if b.kind is BlockKind.ITEM):
        cursor = editor_document.find(document.article.text[item.start : item.end])
        assert not cursor.isNull() and cursor.block().textList() is not None  # with its bullet
    _window, zh = _interleaved(qtbot, make_window, "zh-reporter-line.html")
    zh_document = zh.editor.document()  # type: ignore[attr-defined]
    assert zh_document.find("业务遍及全球").charFormat().fontWeight() == QFont.Weight.Bold.value
    assert zh_document.find("华为的产品").charFormat().fontWeight() != QFont.Weight.Bold.value
    # The first paragraph is still brought to the top with its label.
    assert zh.row_y(PassageRole.ARTICLE, 0) == 0.0  # type: ignore[attr-defined]
