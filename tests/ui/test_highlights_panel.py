"""The highlights model and panel: placement (attached, orphan, waiting), document order, painting, requests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from pytestqt.qtbot import QtBot

from reader_app.core.annotations import Anchor, Highlight, anchor_for
from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.loading import load_document
from reader_app.core.reading_state import ReadingState
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.highlights_model import HighlightsModel, Placement, place_highlights, placement_text
from reader_app.ui.highlights_panel import EMPTY_TEXT, HighlightsPanel
from reader_app.ui.theme import LIGHT


@pytest.fixture
def document(sample_path: Path) -> Document:
    return load_document(sample_path)


def _on(document: Document, quote: str, colour: str = "yellow", note: str = "") -> Highlight:
    start = document.article.text.index(quote)
    return Highlight(
        role=PassageRole.ARTICLE,
        anchor=anchor_for(document.article, Span(start, start + len(quote))),
        colour=colour,
        note=note,
    )


def _translation(document: Document, complete: bool = True) -> PassageTranslation:
    prompt = document.prompt
    assert prompt is not None
    sentences = tuple(SentenceTranslation("More details") if complete else None for _ in prompt.sentences)
    return PassageTranslation(PassageRole.PROMPT, "ja", "en", "ja→en test", sentences)


def test_placement_attached_orphan_and_waiting(document: Document) -> None:
    translated = Highlight(
        role=PassageRole.PROMPT,
        anchor=anchor_for(_translation(document).as_passage(), Span(0, 4)),
        translated=True,
        note="on the translation",
    )
    orphan = Highlight(role=PassageRole.ARTICLE, anchor=Anchor("no longer here at all", "", "", 500, 521))
    state = (
        ReadingState.for_document(document)
        .with_highlight(_on(document, "SoftBank"))
        .with_highlight(orphan)
        .with_highlight(translated)
        .with_highlight(_on(document, "WeChat said"))
    )
    placed = place_highlights(state, document, {})
    assert [(p.highlight.quote, p.placement) for p in placed] == [
        ("More", Placement.WAITING),  # prompt first, its translation is not loaded
        ("WeChat said", Placement.ATTACHED),
        ("no longer here at all", Placement.ORPHAN),
        ("SoftBank", Placement.ATTACHED),
    ]
    partial = place_highlights(state, document, {PassageRole.PROMPT: _translation(document, complete=False)})
    assert partial[0].placement is Placement.WAITING
    loaded = place_highlights(state, document, {PassageRole.PROMPT: _translation(document)})
    assert loaded[0].placement is Placement.ATTACHED and loaded[0].span == Span(0, 4)


def test_panel_lists_highlights_and_counts(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    model = HighlightsModel()
    panel = HighlightsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    assert panel.empty_label.isVisible() and panel.empty_label.text() == EMPTY_TEXT
    orphan = Highlight(role=PassageRole.ARTICLE, anchor=Anchor("gone", "", "", 0, 4), note="kept")
    state = (
        ReadingState.for_document(document)
        .with_highlight(_on(document, "SoftBank", "pink", "Why SoftBank? 投资者"))
        .with_highlight(orphan)
    )
    model.set_items(place_highlights(state, document, {}))
    assert not panel.empty_label.isVisible() and panel.list.isVisible()
    assert panel.count_label.text() == "2 highlights, 2 with notes, 1 orphaned"
    assert model.index(1).data(Qt.ItemDataRole.DisplayRole) == "SoftBank"
    assert "no longer in the document" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert not panel.delete_button.isEnabled()
    panel.list.setCurrentIndex(model.index(1))
    assert panel.delete_button.isEnabled() and panel.current_id() == state.highlights[0].id

    image = panel.grab().toImage()
    image.save(str(tmp_path / "panel.png"))
    pink = QColor(LIGHT.highlights["pink"])
    rect = panel.list.visualRect(model.index(1))
    bar_point = panel.list.viewport().mapTo(panel, rect.topLeft()) + rect.topLeft() * 0
    found = any(image.pixelColor(bar_point.x() + dx, bar_point.y() + rect.height() // 2) == pink for dx in range(4, 20))
    assert found, "the pink colour bar is painted"


def test_panel_emits_requests(qtbot: QtBot, document: Document) -> None:
    model = HighlightsModel()
    panel = HighlightsPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    highlight = _on(document, "SoftBank")
    model.set_items(place_highlights(ReadingState.for_document(document).with_highlight(highlight), document, {}))
    index = model.index(0)
    rect = panel.list.visualRect(index)
    with qtbot.waitSignal(panel.activated) as activated:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [highlight.id]
    with qtbot.waitSignal(panel.editNoteRequested) as edit:
        panel.edit_button.click()
    assert edit.args == [highlight.id]
    with qtbot.waitSignal(panel.deleteRequested) as delete:
        panel.delete_button.click()
    assert delete.args == [highlight.id]


def test_a_highlight_on_a_translation_into_another_language_is_not_an_orphan(qtbot: QtBot, document: Document) -> None:
    english = _translation(document)
    on_english = Highlight(
        role=PassageRole.PROMPT,
        anchor=anchor_for(english.as_passage(), Span(0, 4)),
        translated=True,
        lang="en",
    )
    state = ReadingState.for_document(document).with_highlight(on_english)
    japanese = PassageTranslation(
        PassageRole.PROMPT, "ja", "zh", "ja→zh test", tuple(SentenceTranslation("更多细节") for _ in english.sentences)
    )
    placed = place_highlights(state, document, {PassageRole.PROMPT: japanese})
    assert [p.placement for p in placed] == [Placement.HIDDEN]
    model = HighlightsModel()
    panel = HighlightsPanel(model)
    qtbot.addWidget(panel)
    model.set_items(placed)
    assert panel.count_label.text() == "1 highlight, 0 with notes"
    assert placement_text(on_english, Placement.HIDDEN) == "on the English translation (not shown)"
    assert "not shown" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    # Translated into Chinese by the reader's choice, before that translation is loaded: not shown either.
    chosen = state.with_target_lang("zh")
    assert [p.placement for p in place_highlights(chosen, document, {})] == [Placement.HIDDEN]
    # Shown in English again, it is back in place.
    back = place_highlights(state, document, {PassageRole.PROMPT: english})
    assert back[0].placement is Placement.ATTACHED and back[0].span == Span(0, 4)


def test_a_note_keeps_its_line_breaks(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    model = HighlightsModel()
    panel = HighlightsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    one = ReadingState.for_document(document).with_highlight(_on(document, "SoftBank", note="CEO since 2024"))
    model.set_items(place_highlights(one, document, {}))
    one_line = panel.list.visualRect(model.index(0)).height()
    two = ReadingState.for_document(document).with_highlight(
        _on(document, "SoftBank", note="CEO since 2024\nsecond line")
    )
    model.set_items(place_highlights(two, document, {}))
    qtbot.waitUntil(lambda: panel.list.visualRect(model.index(0)).height() > one_line)
    panel.grab().save(str(tmp_path / "two-line-note.png"))
    # One more line of note text: the row grows by a line.
    grown = panel.list.visualRect(model.index(0)).height() - one_line
    italic = panel.list.font()
    italic.setItalic(True)
    assert grown == QFontMetrics(italic).height()
