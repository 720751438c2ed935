"""Side views: hit-testing sentences by offsets, hover/click sync, selections, decorations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.facts.model import FactKind
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui import side_view as side_view_module
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import Block, BlockKind, Side
from reader_app.ui.side_view import SideView, _Rendered
from reader_app.ui.theme import DARK, LIGHT


def _point_of_text(view: SideView, needle: str) -> QPoint:
    """Where `needle` is drawn, found through Qt's own search, independent of the view's offset maps."""
    cursor = view.editor.document().find(needle)
    assert not cursor.isNull(), needle
    cursor.setPosition(cursor.selectionStart() + 3)
    return view.editor.cursorRect(cursor).center()


def _move_mouse(view: SideView, point: QPoint) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(view.editor.viewport().mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.editor.viewport(), event)


def _click(view: SideView, point: QPoint, qtbot: QtBot) -> None:
    qtbot.mouseClick(view.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _translation(passage: Passage, target_lang: str, texts: list[str]) -> PassageTranslation:
    assert len(texts) == len(passage.sentences)
    return PassageTranslation(
        passage.role, passage.lang, target_lang, "test", tuple(SentenceTranslation(t) for t in texts)
    )


def _article_translation(window: MainWindow) -> PassageTranslation:
    document = window.session.document()
    assert document is not None
    texts = [f"訳文{i}。" for i in range(len(document.article.sentences))]
    return _translation(document.article, "ja", texts)


def test_hover_highlights_the_sentence_under_the_mouse(sample_window: MainWindow) -> None:
    english = sample_window.english_view
    document = sample_window.session.document()
    assert document is not None
    third = document.article.sentence_text(2)
    _move_mouse(english, _point_of_text(english, third[:30]))
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 2)
    # Not aligned yet: the CJK side shows a placeholder, nothing is tinted there.
    assert sample_window.cjk_view.highlighted_sentence() is None
    _move_mouse(english, QPoint(2, english.editor.viewport().height() - 2))
    assert english.highlighted_sentence() is None


def test_hover_syncs_counterpart_once_translated(sample_window: MainWindow) -> None:
    sample_window.session.set_translation(_article_translation(sample_window))
    cjk, english = sample_window.cjk_view, sample_window.english_view
    article = cjk.block(PassageRole.ARTICLE)
    assert article is not None and article.kind is BlockKind.MACHINE
    assert "訳文4。" in cjk.document_text()
    document = sample_window.session.document()
    assert document is not None
    _move_mouse(english, _point_of_text(english, document.article.sentence_text(4)[:30]))
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 4)
    assert cjk.highlighted_sentence() == (PassageRole.ARTICLE, 4)
    # And from the translated side back to the original.
    _move_mouse(cjk, _point_of_text(cjk, "訳文1。"))
    assert cjk.highlighted_sentence() == (PassageRole.ARTICLE, 1)
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 1)


def test_machine_translation_is_labelled_and_muted(sample_window: MainWindow) -> None:
    sample_window.session.set_translation(_article_translation(sample_window))
    cjk = sample_window.cjk_view
    assert "ARTICLE machine translation" in " ".join(cjk.document_text().split())
    original = sample_window.english_view.editor.document().find("Tencent’s WeChat").charFormat()
    translated = cjk.editor.document().find("訳文0").charFormat()
    assert translated.foreground().color() == QColor(LIGHT.muted_text)
    assert original.foreground().color() == QColor(LIGHT.text)


def test_partial_translation_shows_progress_and_stays_aligned(sample_window: MainWindow) -> None:
    full = _article_translation(sample_window)
    pending = (None,) * (len(full.sentences) - 1)
    partial = PassageTranslation(full.role, full.source_lang, full.target_lang, "test", (full.sentences[0], *pending))
    sample_window.session.set_translation(partial)
    assert f"machine translation · 1 of {len(full.sentences)}" in sample_window.cjk_view.document_text()
    sample_window.session.set_translation(full.with_sentence(0, SentenceTranslation("訳文0。")))
    assert "1 of" not in sample_window.cjk_view.document_text()


def test_click_scrolls_the_counterpart_into_view(sample_window: MainWindow, qtbot: QtBot) -> None:
    sample_window.resize(900, 420)
    long_texts = [f"これは第{i}文の長い訳文です。" * 6 for i in range(100)]
    text = " ".join(f"Sentence number {i} says something." for i in range(100))
    document = document_from_text(text)
    sample_window.open_document(document)
    translation = _translation(document.article, "ja", long_texts[: len(document.article.sentences)])
    sample_window.session.set_translation(translation)
    english, cjk = sample_window.english_view, sample_window.cjk_view
    qtbot.waitUntil(lambda: cjk.editor.verticalScrollBar().maximum() > 0)
    english.editor.verticalScrollBar().setValue(english.editor.verticalScrollBar().maximum())
    index = len(document.article.sentences) - 2
    assert cjk.editor.verticalScrollBar().value() == 0
    _click(english, _point_of_text(english, f"Sentence number {index} says"), qtbot)
    assert cjk.highlighted_sentence() == (PassageRole.ARTICLE, index)
    rect = cjk.sentence_rect(PassageRole.ARTICLE, index)
    assert rect is not None and cjk.editor.viewport().rect().intersects(rect)
    assert cjk.editor.verticalScrollBar().value() > 0


def test_selection_reports_passage_offsets_and_bar_requests(sample_window: MainWindow, qtbot: QtBot) -> None:
    english = sample_window.english_view
    document = sample_window.session.document()
    assert document is not None
    start = document.article.text.index("WeChat")
    cursor = english.editor.document().find("WeChat")
    with qtbot.waitSignal(english.selectionChanged) as changed:
        english.editor.setTextCursor(cursor)
    assert changed.args == [PassageRole.ARTICLE, Span(start, start + len("WeChat"))]
    english._show_selection_bar()
    assert english.selection_bar.isVisible()
    with qtbot.waitSignal(sample_window.translateSelectionRequested) as requested:
        english.selection_bar.translate_button.click()
    assert requested.args == [PassageRole.ARTICLE, Span(start, start + 6), english]
    english.editor.setTextCursor(cursor)
    with qtbot.waitSignal(sample_window.highlightRequested) as highlighted:
        english.selection_bar.highlightClicked.emit("green")
    assert highlighted.args == [PassageRole.ARTICLE, Span(start, start + 6), english, "green"]


def test_selection_across_blocks_is_clamped_to_the_first(sample_window: MainWindow, qtbot: QtBot) -> None:
    cjk = sample_window.cjk_view
    cursor = QTextCursor(cjk.editor.document())
    cursor.setPosition(cjk.editor.document().find("詳しく").selectionStart())
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cjk.editor.setTextCursor(cursor)
    assert cjk.selected_span() == (PassageRole.PROMPT, Span(3, 6))


def test_offset_map_handles_characters_outside_the_bmp() -> None:
    text = "𠮷野家で𩸽を食べた。美味しい。"
    passage = Passage(PassageRole.ARTICLE, text, "ja", (Span(0, 11), Span(11, len(text))))
    rendered = _Rendered.at(Block(PassageRole.ARTICLE, BlockKind.ORIGINAL, "ja", passage), 10)
    assert rendered.end - rendered.start == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        assert rendered.offset(rendered.position(offset)) == offset
    assert rendered.position(1) == 12  # 𠮷 takes two positions
    assert rendered.offset(11) == 0  # inside the surrogate pair: the character itself


def test_hover_in_text_with_astral_characters(qtbot: QtBot) -> None:
    view = SideView(Side.CJK)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    text = "𠮷野家で𩸽を食べた。美味しい。"
    passage = Passage(PassageRole.ARTICLE, text, "ja", (Span(0, 11), Span(11, len(text))))
    view.set_blocks([Block(PassageRole.ARTICLE, BlockKind.ORIGINAL, "ja", passage)], "ja")
    _move_mouse(view, _point_of_text(view, "美味しい"))
    assert view.highlighted_sentence() == (PassageRole.ARTICLE, 1)


def test_fact_tints_and_visibility(sample_window: MainWindow, qtbot: QtBot) -> None:
    english = sample_window.english_view
    document = sample_window.session.document()
    assert document is not None
    tuesday = document.article.text.index("Tuesday")
    facts = [(Span(0, 7), FactKind.ORG), (Span(tuesday, tuesday + 7), FactKind.DATE)]
    english.set_fact_spans(PassageRole.ARTICLE, facts)
    backgrounds = [s.format.background().color() for s in english.editor.extraSelections()]
    assert QColor(LIGHT.facts[FactKind.ORG]) in backgrounds
    assert QColor(LIGHT.facts[FactKind.DATE]) in backgrounds
    date_colour = QColor(LIGHT.facts[FactKind.DATE])
    date_selection = next(s for s in english.editor.extraSelections() if s.format.background().color() == date_colour)
    assert date_selection.cursor.selectedText() == "Tuesday"
    english.set_facts_visible(False)
    assert not english.editor.extraSelections()
    english.set_facts_visible(True)
    english.flash_span(PassageRole.ARTICLE, Span(0, 7))
    assert len(english.editor.extraSelections()) == 3
    qtbot.waitUntil(lambda: len(english.editor.extraSelections()) == 2, timeout=30000)


def test_decorations_drop_when_the_document_changes(sample_window: MainWindow) -> None:
    english = sample_window.english_view
    english.set_fact_spans(PassageRole.ARTICLE, [(Span(0, 7), FactKind.ORG)])
    english.set_sentence_warnings(PassageRole.ARTICLE, {0: "numbers not preserved"})
    assert english._tooltip_at(_point_of_text(english, "Tencent’s WeChat")) == "numbers not preserved"
    sample_window.open_document(document_from_text("Markets rose. Investors cheered."))
    assert not english.editor.extraSelections()


def test_user_highlights_and_marks_paint(sample_window: MainWindow) -> None:
    english = sample_window.english_view
    before = english.editor.viewport().grab().toImage()
    english.set_user_highlights(PassageRole.ARTICLE, [(Span(0, 40), "pink")])
    english.set_marked_sentences(PassageRole.ARTICLE, {0})
    after = english.editor.viewport().grab().toImage()
    assert before != after
    rect = english.sentence_rect(PassageRole.ARTICLE, 0)
    assert rect is not None
    pink = english.highlight_fill("pink")  # a filled tint behind the text, not a band under it
    for row in (rect.top() + 2, rect.center().y()):
        assert any(after.pixelColor(x, row) == pink for x in range(rect.left(), rect.right()))


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_highlight_fills_are_stronger_than_fact_tints_and_keep_text_readable(theme: object) -> None:
    from reader_app.core.facts.model import FactKind
    from reader_app.core.palette import HIGHLIGHT_COLOUR_NAMES

    view = SideView(Side.ENGLISH, theme=theme)  # type: ignore[arg-type]
    text = QColor(theme.text)  # type: ignore[attr-defined]
    base = QColor(theme.base)  # type: ignore[attr-defined]
    facts = [theme.fact_colour(kind) for kind in FactKind]  # type: ignore[attr-defined]

    def contrast(a: QColor, b: QColor) -> float:
        def luminance(c: QColor) -> float:
            def channel(v: float) -> float:
                return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    for colour in HIGHLIGHT_COLOUR_NAMES:
        fill = view.highlight_fill(colour)
        assert contrast(text, fill) >= 4.5, colour  # body text stays readable on it
        assert fill not in facts
        # Further from the page colour than any fact tint: the highlight is the stronger mark.
        assert contrast(base, fill) > max(contrast(base, tint) for tint in facts), colour


def test_click_pins_a_sentence_until_a_click_beside_the_text(sample_window: MainWindow, qtbot: QtBot) -> None:
    english = sample_window.english_view
    document = sample_window.session.document()
    assert document is not None
    _click(english, _point_of_text(english, document.article.sentence_text(1)[:30]), qtbot)
    _move_mouse(english, QPoint(2, 2))  # off the text: the clicked sentence stays marked
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 1)
    _click(english, QPoint(2, 2), qtbot)
    assert english.highlighted_sentence() is None


def test_f6_moves_focus_between_sides(sample_window: MainWindow, qtbot: QtBot) -> None:
    sample_window.activateWindow()
    sample_window.cjk_view.editor.setFocus()
    qtbot.waitUntil(sample_window.cjk_view.editor.hasFocus)
    sample_window.switch_side_action.trigger()
    qtbot.waitUntil(sample_window.english_view.editor.hasFocus)


def test_long_article_is_laid_in_slices_without_blocking(
    sample_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(side_view_module, "RENDER_CHUNK_CHARS", 2000)
    text = "\n\n".join(f"Paragraph {i} reports that the index rose {i} points." for i in range(800))
    document = document_from_text(text)
    english = sample_window.english_view
    sample_window.open_document(document)
    assert english.rendering() and sample_window.loading()
    assert sample_window.status.busy()
    assert "Paragraph 799" not in english.document_text()
    qtbot.waitUntil(lambda: not english.rendering(), timeout=30000)
    assert not sample_window.loading() and not sample_window.status.busy()
    assert english.document_text().endswith("Paragraph 799 reports that the index rose 799 points.")
    last = len(document.article.sentences) - 1
    english.scroll_to_sentence(PassageRole.ARTICLE, last)
    _move_mouse(english, _point_of_text(english, "Paragraph 799 reports"))
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, last)


def test_theme_switch_restyles_original_and_machine_text(sample_window: MainWindow) -> None:
    sample_window.session.set_translation(_article_translation(sample_window))
    sample_window.dark_action.trigger()
    translated = sample_window.cjk_view.editor.document().find("訳文0").charFormat()
    original = sample_window.english_view.editor.document().find("Tencent’s WeChat").charFormat()
    label = sample_window.cjk_view.editor.document().find("ARTICLE").charFormat()
    assert translated.foreground().color() == QColor(DARK.muted_text)
    assert original.foreground().color() == QColor(DARK.text)
    assert label.foreground().color() == QColor(DARK.label)
    sample_window.light_action.trigger()
    assert sample_window.cjk_view.editor.document().find("訳文0").charFormat().foreground().color() == QColor(
        LIGHT.muted_text
    )


def test_translation_rerenders_only_the_translated_side(sample_window: MainWindow) -> None:
    english_document = sample_window.english_view.editor.document()
    cjk_document = sample_window.cjk_view.editor.document()
    sample_window.session.set_translation(_article_translation(sample_window))
    assert sample_window.english_view.editor.document() is english_document
    assert sample_window.cjk_view.editor.document() is not cjk_document


def test_machine_translation_keeps_the_source_paragraphs(sample_window: MainWindow) -> None:
    document = sample_window.session.document()
    assert document is not None
    sample_window.session.set_translation(_article_translation(sample_window))
    cjk = sample_window.cjk_view
    paragraphs = [p for p in document.article.text.split("\n") if p.strip()]
    shown = [line for line in cjk.document_text().split("\n") if line.startswith("訳文")]
    assert len(shown) == len(paragraphs)
    # Offsets stay exact after the added breaks: every translated sentence is found where its span says.
    for index in range(len(document.article.sentences)):
        _move_mouse(cjk, _point_of_text(cjk, f"訳文{index}。"))
        assert cjk.highlighted_sentence() == (PassageRole.ARTICLE, index)
    block = cjk.block(PassageRole.ARTICLE)
    assert block is not None and block.passage is not None
    last = len(document.article.sentences) - 1
    cursor = cjk.editor.document().find(f"訳文{last}。")
    with_span = cjk.editor.extraSelections()
    assert cursor.selectionStart() > 0 and with_span  # the hovered sentence is tinted exactly
    assert with_span[-1].cursor.selectedText() == f"訳文{last}。"


def test_offset_map_with_added_breaks_and_astral_characters() -> None:
    text = "a𠮷b。cd。"
    passage = Passage(PassageRole.ARTICLE, text, "ja", (Span(0, 4), Span(4, 7)))
    block = Block(PassageRole.ARTICLE, BlockKind.MACHINE, "ja", passage, breaks=(2, 4))
    rendered = _Rendered.at(block, 0)
    assert rendered.end == len(text) + 1 + 2  # one surrogate half, two breaks
    for offset in range(len(text) + 1):
        assert rendered.offset(rendered.position(offset)) == offset
    assert [rendered.position(i) for i in range(5)] == [0, 1, 4, 5, 7]


def _select(view: SideView, needle: str) -> QTextCursor:
    cursor = view.editor.document().find(needle)
    assert not cursor.isNull(), needle
    view.editor.setTextCursor(cursor)
    view._show_selection_bar()
    return cursor


def test_selection_bar_covers_neither_the_selection_nor_the_label_above(sample_window: MainWindow) -> None:
    cjk, english = sample_window.cjk_view, sample_window.english_view
    cursor = _select(cjk, "もっと詳しく")  # first line under the PROMPT label
    bar = cjk.selection_bar.geometry()
    label = cjk.editor.document().find("PROMPT")
    assert bar.top() > cjk.editor.cursorRect(cursor).bottom()
    assert not bar.intersects(cjk.editor.cursorRect(label))

    document = english.editor.document()
    paragraph = document.find("Registration services will be restored").block()
    start = QTextCursor(paragraph)
    end = QTextCursor(paragraph)
    end.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    whole = QTextCursor(paragraph)
    whole.setPosition(end.position(), QTextCursor.MoveMode.KeepAnchor)
    english.editor.setTextCursor(whole)  # a paragraph of several lines, from its first line
    english._show_selection_bar()
    bar = english.selection_bar.geometry()
    assert bar.top() > english.editor.cursorRect(end).bottom()  # below the selection, not over it or the line above
    assert english.editor.cursorRect(start).top() > 0

    cursor = document.find(paragraph.text().split()[-1], paragraph.position())
    assert cursor.block() == paragraph
    english.editor.setTextCursor(cursor)  # a word on a later line: the bar fits above, inside its paragraph
    english._show_selection_bar()
    bar = english.selection_bar.geometry()
    assert bar.bottom() < english.editor.cursorRect(cursor).top()
    assert bar.top() >= english.editor.cursorRect(start).top()


def test_the_views_own_viewport_is_set_up_as_qt_sets_up_its_own(qtbot: QtBot) -> None:
    """The text view makes its viewport itself (the first paint is faster so); once complete it must behave as the
    one QTextEdit makes: background, pointer, touch, focus handling, plus the reader's mouse tracking."""
    from PySide6.QtWidgets import QTextEdit

    stock = QTextEdit()
    stock.setReadOnly(True)
    qtbot.addWidget(stock)
    view = SideView(Side.ENGLISH, complete=False)
    qtbot.addWidget(view)
    view.complete()

    def described(edit: QTextEdit) -> tuple[object, ...]:
        viewport = edit.viewport()
        return (
            viewport.objectName(),
            viewport.backgroundRole(),
            viewport.autoFillBackground(),
            viewport.cursor().shape(),
            viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents),
            viewport.focusProxy() is edit,
            viewport.parentWidget() is edit,
        )

    assert described(view.editor) == described(stock)
    assert view.editor.viewport().hasMouseTracking() and not view.editor.viewport().acceptDrops()
    selectable = Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    assert view.editor.textInteractionFlags() == selectable


def test_a_note_on_a_long_side_goes_in_place_without_laying_it_out_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(side_view_module, "RENDER_CHUNK_CHARS", 2000)
    view = SideView(Side.ENGLISH)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    text = "\n\n".join(f"Paragraph {i} reports that the index rose {i} points." for i in range(400))
    article = document_from_text(text).article
    view.set_blocks(
        [Block(PassageRole.PROMPT, BlockKind.PLACEHOLDER, "en", None),
         Block(PassageRole.ARTICLE, BlockKind.ORIGINAL, "en", article)], "en")
    laid_out = view.editor.document()
    assert view.rendering()
    view.set_placeholder_note(PassageRole.PROMPT, "Word gloss: 注册 register")
    assert view.editor.document() is laid_out  # still the same layout: the work done so far is kept
    qtbot.waitUntil(lambda: not view.rendering(), timeout=30000)
    shown = view.document_text()
    assert "Word gloss: 注册 register" in shown
    assert shown.endswith("Paragraph 399 reports that the index rose 399 points.")
    last = len(article.sentences) - 1
    view.scroll_to_sentence(PassageRole.ARTICLE, last)
    _move_mouse(view, _point_of_text(view, "Paragraph 399 reports"))
    assert view.highlighted_sentence() == (PassageRole.ARTICLE, last)
    view.set_placeholder_note(PassageRole.PROMPT, "")
    assert "Word gloss" not in view.document_text() and view.editor.document() is laid_out
    _move_mouse(view, _point_of_text(view, "Paragraph 399 reports"))
    assert view.highlighted_sentence() == (PassageRole.ARTICLE, last)
