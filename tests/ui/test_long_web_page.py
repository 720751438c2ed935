"""A long saved web page (headings, list items, quotations) is laid out only around the screen, like a long text
file, in both layouts: its text reads the same, and what is shown far down is drawn as the page marks it up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lazy_sizes import small_lazy_layout
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import BlockKind, PassageRole, Span
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import Layout
from reader_app.ui.reading_layout_feature import install as install_layouts

MakeWindow = Callable[..., MainWindow]
SECTIONS = 150


def _page(path: Path) -> None:
    """A long explainer: sections each with a heading, paragraphs, a list and a quotation."""
    sections = []
    for number in range(SECTIONS):
        sections.append(
            f"<h2>Section {number} of the guide</h2>"
            f"<p>Registration in region {number} resumed on Tuesday after an upgrade of the payment systems, the "
            f"company said in a statement to investors and partners in the afternoon.</p>"
            f"<p>Analysts in the region expect about {number * 7 + 3} million new users by the end of the year, "
            f"up from last year, when growth slowed sharply across every market the company serves.</p>"
            f"<ul><li>Item one of section {number}: messaging and payments.</li>"
            f"<li>Item two of section {number}: mini programs and games.</li></ul>"
            f"<blockquote><p>Quoted remark number {number}: we expect steady growth in every region.</p>"
            f"</blockquote>"
        )
    path.write_text(
        "<!doctype html><html><head><title>A long guide</title></head><body><article><h1>A long guide</h1>"
        + "".join(sections)
        + "</article></body></html>",
        encoding="utf-8",
    )


def _laid_out_blocks(document: QTextDocument) -> int:
    count = 0
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        count += layout is not None and layout.lineCount() > 0
        block = block.next()
    return count


def _window(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lazy: bool
) -> MainWindow:
    small_lazy_layout(monkeypatch, min_chars=20_000 if lazy else 10**9, window=4_000, hidden=3_000)
    path = tmp_path / "guide.html"
    _page(path)
    window = make_window(path)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    document = window.session.document()
    assert document is not None and len(document.article.text) > 20_000
    assert {block.kind for block in document.blocks} == {BlockKind.HEADING, BlockKind.ITEM, BlockKind.QUOTE}
    return window


def _check_structure_near(window: MainWindow, editor_document: QTextDocument, number: int) -> None:
    """The heading, list items and quotation of section `number` are drawn as such (bold, bulleted, indented)."""
    heading = editor_document.find(f"Section {number} of the guide")
    assert not heading.isNull() and heading.block().isVisible()
    assert heading.charFormat().fontWeight() == QFont.Weight.Bold.value
    item = editor_document.find(f"Item two of section {number}:")
    assert not item.isNull() and item.block().isVisible() and item.block().textList() is not None
    quote = editor_document.find(f"Quoted remark number {number}:")
    plain = editor_document.find(f"Registration in region {number} resumed")
    assert quote.block().blockFormat().leftMargin() > plain.block().blockFormat().leftMargin()
    assert plain.block().textList() is None and plain.charFormat().fontWeight() != QFont.Weight.Bold.value


def test_a_long_web_page_is_laid_out_only_around_the_screen(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    full = _window(qtbot, make_window, monkeypatch, tmp_path, lazy=False).english_view
    window = _window(qtbot, make_window, monkeypatch, tmp_path, lazy=True)
    view = window.english_view
    assert view._lazy is not None and full._lazy is None
    assert view.document_text() == full.document_text()
    blocks = full.editor.document().blockCount()
    assert _laid_out_blocks(view.editor.document()) < blocks // 4
    _check_structure_near(window, view.editor.document(), 2)

    # A jump far down (Find, a fact): the section there is drawn as the page marks it up.
    document = window.session.document()
    assert document is not None
    start = document.article.text.index(f"Section {SECTIONS - 10} of the guide")
    view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + 10))
    QApplication.processEvents()
    _check_structure_near(window, view.editor.document(), SECTIONS - 10)
    assert _laid_out_blocks(view.editor.document()) < blocks // 4


def test_a_long_web_page_in_the_interleaved_layout(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = _window(qtbot, make_window, monkeypatch, tmp_path, lazy=True)
    layouts = install_layouts(window)
    layouts.set_layout(Layout.INTERLEAVED, remember=False)
    view = layouts.interleaved
    qtbot.waitUntil(
        lambda: view.isVisible() and not view.rendering() and view.editor.document().characterCount() > 20_000,
        timeout=60000,
    )
    assert view._lazy is not None
    editor_document = view.editor.document()
    _check_structure_near(window, editor_document, 1)
    assert _laid_out_blocks(editor_document) < len(view._lazy.starts) // 4  # of its paragraphs and translations
    needle = f"Section {SECTIONS - 5} of the guide"
    start = view.searchable_text().index(needle)
    view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + len(needle)))
    QApplication.processEvents()
    _check_structure_near(window, editor_document, SECTIONS - 5)
