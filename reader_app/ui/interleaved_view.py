"""One column with each paragraph followed by its translation (as Immersive Translate shows pages)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QVBoxLayout, QWidget

from reader_app.core.document import Document, Passage, PassageRole, Span
from reader_app.core.translated import PassageTranslation
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.theme import LIGHT, Theme, reading_families, reading_font, zoomed

SLICE_S = 0.012
"""Time one slice of a long document may take, so the window keeps answering while the column fills."""
FIRST_SLICE_ROWS = 60


@dataclass(frozen=True)
class _Pair:
    role: PassageRole
    paragraph: int
    original: str
    original_lang: str
    translation: str | None
    translation_lang: str | None


@dataclass
class _Placed:
    role: PassageRole
    paragraph: int
    original_block: int
    translation_block: int | None


def _pairs(document: Document, translations: dict[PassageRole, PassageTranslation]) -> Iterator[_Pair | str]:
    """A label per passage, then its paragraphs, each with the translation of the same sentences."""
    for passage in document.passages():
        yield passage.role.value.upper()
        translation = translations.get(passage.role)
        rows = paragraph_first_sentences(passage)
        for number, first in enumerate(rows):
            last = rows[number + 1] if number + 1 < len(rows) else len(passage.sentences)
            yield _Pair(
                passage.role,
                number,
                _paragraph_text(passage, first, last),
                passage.lang,
                _translated_text(translation, first, last) if translation is not None else None,
                translation.target_lang if translation is not None else None,
            )


def _paragraph_text(passage: Passage, first: int, last: int) -> str:
    start = passage.sentences[first].start
    end = passage.sentences[last - 1].end if last > first else start
    return passage.text[start:end].strip()


def _translated_text(translation: PassageTranslation, first: int, last: int) -> str:
    joiner = "" if translation.target_lang in ("zh", "ja", "zh-Hant") else " "
    pieces = []
    for sentence in translation.sentences[first:last]:
        pieces.append(sentence.text if sentence is not None and sentence.text else "…")
    return joiner.join(pieces)


class InterleavedView(QWidget):
    """Each paragraph of the document followed by its machine translation, muted and indented."""

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("interleavedView")
        self._theme = theme
        self._zoom = 0
        self._placed: list[_Placed] = []
        self._pending: Iterator[_Pair | str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._continue)
        self.editor = QTextEdit(self)
        self.editor.setObjectName("interleavedText")
        self.editor.setReadOnly(True)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setAccessibleName("Each paragraph followed by its translation")
        self._found: list[Span] = []
        self._found_current: Span | None = None
        self.editor.verticalScrollBar().valueChanged.connect(lambda _value: self._tint_found())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self._content: tuple[Document | None, dict[PassageRole, PassageTranslation]] = (None, {})
        self._apply_style()

    def set_content(self, document: Document | None, translations: dict[PassageRole, PassageTranslation]) -> None:
        if document is self._content[0] and translations == self._content[1]:
            return
        self._content = (document, dict(translations))
        self._render()

    def set_theme(self, theme: Theme) -> None:
        if theme is not self._theme:
            self._theme = theme
            self._apply_style()
            self._render()

    def set_zoom(self, zoom: int) -> None:
        if zoom != self._zoom:
            self._zoom = zoom
            self._render()

    def _margin(self, lang: str) -> float:
        """Side margins that keep the column to a readable measure (as the side-by-side columns are)."""
        from reader_app.ui.side_view import MIN_SIDE_MARGIN, _measure

        return max(MIN_SIDE_MARGIN, (self.editor.viewport().width() - _measure(lang, self._zoom)) / 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        document = self._content[0]
        frame = self.editor.document().rootFrame()
        fmt = frame.frameFormat()
        margin = self._margin(document.article.lang if document else "en")
        if abs(fmt.leftMargin() - margin) > 0.5:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            frame.setFrameFormat(fmt)

    def rendering(self) -> bool:
        return self._pending is not None

    def _apply_style(self) -> None:
        theme = self._theme
        self.setStyleSheet(f"#interleavedText {{ background: {theme.base}; color: {theme.text}; border: none; }}")

    def _render(self) -> None:
        self._timer.stop()
        document, translations = self._content
        text_document = QTextDocument(self.editor)
        text_document.setUndoRedoEnabled(False)
        text_document.setDefaultFont(reading_font(document.article.lang if document else "en", self._zoom))
        frame = text_document.rootFrame().frameFormat()
        frame.setTopMargin(20)
        frame.setBottomMargin(64)
        margin = self._margin(document.article.lang if document else "en")
        frame.setLeftMargin(margin)
        frame.setRightMargin(margin)
        text_document.rootFrame().setFrameFormat(frame)
        self.editor.setDocument(text_document)
        self._placed = []
        self._first_block = True
        self._pending = _pairs(document, translations) if document is not None else None
        if self._pending is not None:
            self._insert(FIRST_SLICE_ROWS, None)
            if self._pending is not None:
                self._timer.start(0)

    def _continue(self) -> None:
        if self._pending is not None:
            self._insert(None, time.perf_counter() + SLICE_S)
            if self._pending is not None:
                self._timer.start(0)

    def _insert(self, rows: int | None, deadline: float | None) -> None:
        assert self._pending is not None
        cursor = QTextCursor(self.editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        count = 0
        try:
            for item in self._pending:
                if isinstance(item, str):
                    self._insert_label(cursor, item)
                else:
                    self._insert_pair(cursor, item)
                count += 1
                if (rows is not None and count >= rows) or (deadline is not None and time.perf_counter() > deadline):
                    return
            self._pending = None
        finally:
            cursor.endEditBlock()

    def _new_block(self, cursor: QTextCursor, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self._first_block:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
            self._first_block = False
        else:
            cursor.insertBlock(fmt, char)

    def _insert_label(self, cursor: QTextCursor, label: str) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(0 if self._first_block else 26)
        fmt.setBottomMargin(6)
        char = QTextCharFormat()
        char.setForeground(QColor(self._theme.label))
        char.setFontPointSize(zoomed(8.5, self._zoom))
        char.setFontWeight(QFont.Weight.Bold)
        self._new_block(cursor, fmt, char)
        cursor.insertText(label, char)

    def _insert_pair(self, cursor: QTextCursor, pair: _Pair) -> None:
        original = QTextBlockFormat()
        original.setTopMargin(14)
        original.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        char = QTextCharFormat()
        char.setFontFamilies(reading_families(pair.original_lang))
        char.setForeground(QColor(self._theme.text))
        self._new_block(cursor, original, char)
        cursor.insertText(pair.original, char)
        placed = _Placed(pair.role, pair.paragraph, cursor.block().blockNumber(), None)
        if pair.translation is not None:
            translated = QTextBlockFormat()
            translated.setTopMargin(4)
            translated.setLeftMargin(16)
            translated.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            muted = QTextCharFormat()
            muted.setFontFamilies(reading_families(pair.translation_lang or "en"))
            muted.setForeground(QColor(self._theme.muted_text))
            cursor.insertBlock(translated, muted)
            cursor.insertText(pair.translation, muted)
            placed.translation_block = cursor.block().blockNumber()
        self._placed.append(placed)

    # --- Find ---------------------------------------------------------------------------------------------------

    def searchable_text(self) -> str:
        """The column's text as Find searches it (positions are the text view's, one per character)."""
        while self._pending is not None:
            self._insert(None, None)
        return self.editor.toPlainText()

    def blocks(self) -> list[object]:
        return []

    def set_found(self, _role: PassageRole, spans: list[Span]) -> None:
        self._found = spans
        self._tint_found()

    def set_current_found(self, _role: PassageRole | None, span: Span | None) -> None:
        self._found_current = span
        self._tint_found()

    def scroll_to_span(self, _role: PassageRole, span: Span) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(min(span.start, self.editor.document().characterCount() - 1))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _tint_found(self) -> None:
        """Tint the matches on screen (and a margin): a common word can have 100,000s of matches."""
        from reader_app.ui.palette_find import found_colours

        every, current = found_colours(self._theme)
        top = self.editor.cursorForPosition(self.editor.viewport().rect().topLeft()).position() - 4000
        bottom = self.editor.cursorForPosition(self.editor.viewport().rect().bottomRight()).position() + 4000
        selections = []
        last = self.editor.document().characterCount() - 1
        for span, colour in [*((s, every) for s in self._found if top <= s.start <= bottom),
                             *(((self._found_current, current),) if self._found_current else ())]:
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(min(span.start, last))
            cursor.setPosition(min(span.end, last), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(QColor(colour))
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    # --- where things are (for scrolling and tests) ---------------------------------------------------------------

    def _placed_at(self, role: PassageRole, paragraph: int) -> _Placed | None:
        for placed in self._placed:
            if placed.role is role and placed.paragraph == paragraph:
                return placed
        return None

    def _block_rect(self, number: int) -> QRect:
        document = self.editor.document()
        rect = document.documentLayout().blockBoundingRect(document.findBlockByNumber(number))
        offset = QPointF(0, self.editor.verticalScrollBar().value())
        return rect.translated(-offset).toAlignedRect()

    def paragraph_rects(self, role: PassageRole, paragraph: int) -> tuple[QRect, QRect | None] | None:
        """Where paragraph `paragraph` of `role` and its translation are drawn, in viewport coordinates."""
        placed = self._placed_at(role, paragraph)
        if placed is None:
            return None
        translation = placed.translation_block
        return self._block_rect(placed.original_block), (
            self._block_rect(translation) if translation is not None else None
        )

    def scroll_to_paragraph(self, role: PassageRole, paragraph: int) -> None:
        while self._placed_at(role, paragraph) is None and self._pending is not None:
            self._insert(None, None)
        rects = self.paragraph_rects(role, paragraph)
        if rects is not None:
            bar = self.editor.verticalScrollBar()
            bar.setValue(bar.value() + rects[0].top() - 40)
