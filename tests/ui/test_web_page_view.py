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
