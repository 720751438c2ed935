"""One column with each paragraph followed by its translation (as Immersive Translate shows pages).

The column shows the two side views' own passages, paragraph by paragraph, and mirrors them: their tints (facts,
highlights, warnings, the hovered sentence and its counterpart) are drawn here through offset maps of each stretch
of text, and what happens here (hovering, clicking, the selection's actions) goes to the side view whose text it is,
so every feature that serves the side-by-side columns serves this one without knowing it exists.

A long article is laid out only around the screen, as in the side-by-side columns (see `lazy_layout`): each
paragraph and each translation is one line of the lazy layout. Paragraphs are found by document position (which a
line keeps whether it is shown or hidden), never by block number (hiding and showing lines renumbers the blocks).
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from reader_app.core.document import BlockKind as TextKind
from reader_app.core.document import PassageRole, Span
from reader_app.core.language import language_name
from reader_app.ui import lazy_layout
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.lazy_layout import LINE_SEPARATOR, QUOTE_INDENT, LazyLayout, LineStyle, bullet_list
from reader_app.ui.session import Block, BlockKind
from reader_app.ui.side_view import (
    MIN_SIDE_MARGIN,
    TINT_MARGIN_CHARS,
    SideView,
    _astral_indices,
    _measure,
    _ReaderEdit,
    _Rendered,
    estimated_lines,
    extra_selection,
    position_at,
    replace_document,
    span_rects_in,
    visible_positions,
)
from reader_app.ui.text_actions import TextActions
from reader_app.ui.theme import LIGHT, Theme, reading_font

SLICE_S = 0.012
"""Time one slice of a long document may take, so the window keeps answering while the column fills."""
FIRST_SLICE_ROWS = 60
TRANSLATION_INDENT = 16
ORIGINAL_SPACE = 14
TRANSLATION_SPACE = 4
ORIGINAL, TRANSLATION = 0, 1
"""A long article's lines in the lazy layout: a paragraph, or the translation under it; the code of a web page's
heading, list item or quotation adds 2 × its place in `STRUCTURE_KINDS`."""
STRUCTURE_KINDS = (None, TextKind.HEADING, TextKind.ITEM, TextKind.QUOTE)


@dataclass(frozen=True)
class _Pair:
    """Paragraph `paragraph` of passage `role`, which starts at sentence `sentence`: its original's offsets and its
    translation's (None: none yet)."""

    role: PassageRole
    paragraph: int
    sentence: int
    original: tuple[SideView, Block, int, int]
    translation: tuple[SideView, Block, int, int] | None


@dataclass(slots=True)
class _Placed:
    """A paragraph laid in: where its text and its translation's start (document positions)."""

    role: PassageRole
    paragraph: int
    sentence: int
    original_at: int
    translation_at: int | None


@dataclass(frozen=True)
class _Segment:
    """A stretch of one side's passage as laid into this column."""

    view: SideView
    rendered: _Rendered

    @property
    def role(self) -> PassageRole:
        return self.rendered.block.role

    def covers(self, span: Span) -> bool:
        """Some of `span` (offsets in the side's passage) is in this stretch."""
        return span.end > self.rendered.first and span.start < self.rendered.offset(self.rendered.end)


def _pairs(first: SideView, second: SideView) -> Iterator[tuple[str, str, str | None] | _Pair]:
    """A label per passage (its name, and what the translation under each paragraph is), then its paragraphs, each
    with the translation of the same sentences (sentence i on one side is sentence i on the other)."""
    for block in first.blocks():
        role = block.role
        other = second.block(role)
        if block.kind is BlockKind.ORIGINAL:
            source, source_view, target, target_view = block, first, other, second
        elif other is not None and other.kind is BlockKind.ORIGINAL:
            source, source_view, target, target_view = other, second, block, first
        else:
            continue
        passage = source.passage
        if passage is None:
            continue
        translated = target is not None and target.kind is BlockKind.MACHINE and target.passage is not None
        if translated and target is not None and target.lang:
            badge = f"machine translation · {language_name(target.lang)}"
        else:  # what the other column says in the translation's place (the model it needs, or how to translate)
            badge = target_view.placeholder(role)[0] if target is not None else ""
        yield role.value.upper(), badge, source.byline  # the byline and dateline as the other layouts show them
        rows = paragraph_first_sentences(passage)
        for number, row in enumerate(rows):
            last = rows[number + 1] if number + 1 < len(rows) else len(passage.sentences)
            sentences = passage.sentences
            original = (source_view, source, sentences[row].start, sentences[last - 1].end)
            translation = None
            if translated and target is not None and target.passage is not None:
                spans = target.passage.sentences
                if last <= len(spans):
                    translation = (target_view, target, spans[row].start, spans[last - 1].end)
            yield _Pair(role, number, row, original, translation)


def _structure_kind(block: Block, first: int, last: int) -> TextKind | None:
    """Whether the paragraph [first, last) of `block` is a heading, list item or quotation of the page."""
    for part in block.structure:
        if part.start < last and first < part.end:
            return part.kind
    return None


def _mark_structure(cursor: QTextCursor, kind: TextKind | None, heading: QTextCharFormat) -> None:
    """Draw the block just inserted as the page's heading or list item (by formats alone: offsets stay)."""
    if kind is TextKind.HEADING:
        whole = QTextCursor(cursor.block())
        whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        whole.mergeCharFormat(heading)
    elif kind is TextKind.ITEM:
        items = QTextListFormat()
        items.setStyle(QTextListFormat.Style.ListDisc)
        items.setIndent(1)
        cursor.createList(items)


def _label_above(labels: list[int], position: int) -> int:
    """Where the label of the passage whose first paragraph starts at `position` starts."""
    index = bisect_right(labels, position) - 1
    return labels[index] if index >= 0 else position


class InterleavedView(QWidget, TextActions):
    """Each paragraph of the document followed by its machine translation, muted and indented, with the side
    views' tints and actions."""

    zoomRequested = Signal(int)
    jumped = Signal()
    """A span was brought into view (Find, or a jump mirrored from a side view): the reader's own move."""
    lookUpRequested = Signal(object, object)
    """(PassageRole, Span): the selection's Look Up (the dictionary reads the selection from `editor`)."""

    def __init__(self, first: SideView, second: SideView, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("interleavedView")
        self._sides = (first, second)
        self._theme = theme
        self._zoom = 0
        self._selection_bar = None
        self._last_selection: tuple[PassageRole | None, Span | None] = (None, None)
        self._selected_view: SideView | None = None
        self._hovered: tuple[SideView, tuple[PassageRole, int] | None] | None = None
        self._placed: list[_Placed] = []
        self._first_placed: dict[PassageRole, int] = {}
        """Where each passage's paragraphs start in `_placed` (they follow each other in order)."""
        self._segments: list[_Segment] = []
        self._by_side: dict[tuple[int, PassageRole], tuple[list[_Segment], list[int]]] = {}
        """Each side's passage's stretches in order, with the passage offset each starts at (for a bisect)."""
        self._segment_starts: list[int] = []
        self._pending: Iterator[tuple[str, str, str | None] | _Pair] | None = None
        self._label_positions: list[int] = []
        """Where the passages' labels start, in order."""
        self._lazy: LazyLayout | None = None
        """Set while a long article is shown: only the stretch around the screen is laid out."""
        self._lazy_origin = 0
        """Where the lazily laid out article starts in the document."""
        self._stale = True
        self._found: list[Span] = []
        self._found_current: Span | None = None
        self._layout_count = 0
        self._lasting: tuple[tuple[object, ...], tuple[int, int], list[QTextEdit.ExtraSelection]] | None = None
        """The lasting tints drawn last (facts, highlights, warnings, Find): what they were made from, the stretch
        of the column they cover, the selections. A hover redraws only the sentence tints over them."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._continue)
        self._retint_timer = QTimer(self)
        self._retint_timer.setSingleShot(True)
        self._retint_timer.timeout.connect(self._tint)
        self._rerender_timer = QTimer(self)
        self._rerender_timer.setSingleShot(True)
        self._rerender_timer.timeout.connect(self._render_if_shown)
        self.editor = _ReaderEdit(self)
        self.editor.setObjectName("interleavedText")
        self.editor.setAccessibleName("Each paragraph followed by its translation")
        # A document of its own before the editor ever shows: the editor's first one is tied to the viewport Qt
        # made and the editor replaced (showing it crashed).
        self.editor.setDocument(QTextDocument(self.editor))
        self.editor.selectionChanged.connect(self._on_selection_changed)
        self.editor.cursorPositionChanged.connect(self._reveal_cursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        for view in self._sides:
            view.tintsChanged.connect(self._schedule_tint)
            view.contentChanged.connect(self._content_changed)
            view.spanBrought.connect(lambda role, span, always, view=view: self._bring(view, role, span, always))
        self._apply_style()

    # --- content ------------------------------------------------------------------------------------------------

    def _content_changed(self) -> None:
        self._stale = True
        self._rerender_timer.start(0)

    def _render_if_shown(self) -> None:
        if self.isVisible() and self._stale:
            self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._rerender_timer.start(0)

    def refresh(self) -> None:
        """Lay the column out again from the side views (now when shown, else when it shows)."""
        self._stale = True
        self._render_if_shown()

    def set_theme(self, theme: Theme) -> None:
        if theme is not self._theme:
            self._theme = theme
            if self._selection_bar is not None:
                self._selection_bar.set_theme(theme)
            self._apply_style()
            self.refresh()

    def set_zoom(self, zoom: int) -> None:
        if zoom != self._zoom:
            self._zoom = zoom
            self.refresh()

    def rendering(self) -> bool:
        return self._pending is not None

    def _lang(self) -> str:
        for view in self._sides:
            for block in view.blocks():
                if block.kind is BlockKind.ORIGINAL and block.role is PassageRole.ARTICLE and block.lang:
                    return block.lang
        return "en"

    def _margin(self) -> float:
        """Side margins that keep the column to a readable measure (as the side-by-side columns are)."""
        return max(MIN_SIDE_MARGIN, (self.editor.viewport().width() - _measure(self._lang(), self._zoom)) / 2)

    def _update_measure(self) -> None:
        frame = self.editor.document().rootFrame()
        fmt = frame.frameFormat()
        margin = self._margin()
        if abs(fmt.leftMargin() - margin) > 0.5:
            old_width = self.editor.viewport().width() - 2 * fmt.leftMargin()
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            frame.setFrameFormat(fmt)
            lazy = self._lazy
            new_width = self.editor.viewport().width() - 2 * margin
            if lazy is not None and lazy.last >= 0 and old_width > 0 and new_width > 0:
                lazy.rescale(old_width / new_width)
                lazy.show_around(*lazy.line_at_y(float(self.editor.verticalScrollBar().value())))

    def _apply_style(self) -> None:
        theme = self._theme
        self.setStyleSheet(f"#interleavedText {{ background: {theme.base}; color: {theme.text}; border: none; }}")

    def _render(self) -> None:
        self._timer.stop()
        self._stale = False
        self._hide_selection_bar()
        text_document = QTextDocument(self.editor)
        text_document.setUndoRedoEnabled(False)
        text_document.setDefaultFont(reading_font(self._lang(), self._zoom))
        frame = text_document.rootFrame().frameFormat()
        frame.setTopMargin(20)
        frame.setBottomMargin(64)
        margin = self._margin()
        frame.setLeftMargin(margin)
        frame.setRightMargin(margin)
        text_document.rootFrame().setFrameFormat(frame)
        replace_document(self.editor, text_document)
        self.editor.setCursorWidth(0)
        self._placed = []
        self._first_placed = {}
        self._segments = []
        self._by_side = {}
        self._segment_starts = []
        self._last_selection, self._selected_view = (None, None), None
        self._layout_count += 1
        self._label_positions = []
        self._lazy = None
        self._first_block = True
        self._pending = _pairs(*self._sides)
        self._insert(FIRST_SLICE_ROWS, None)
        # The caret stood at the empty document's end, and text laid in there carried it along: back to the top,
        # or it would follow every slice down (and a long article's stretch with it).
        self.editor.setTextCursor(QTextCursor(text_document))
        if self._pending is not None:
            self._timer.start(0)
        self._tint()

    def _continue(self) -> None:
        if self._pending is not None:
            self._insert(None, time.perf_counter() + SLICE_S)
            if self._pending is not None:
                self._timer.start(0)
            self._schedule_tint()

    def _insert(self, rows: int | None, deadline: float | None) -> None:
        assert self._pending is not None
        cursor = QTextCursor(self.editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        formats = self._sides[0]._formats()
        count = 0
        try:
            for item in self._pending:
                if isinstance(item, tuple):
                    self._insert_label(cursor, item, formats)
                else:
                    self._insert_pair(cursor, item)
                count += 1
                if (rows is not None and count >= rows) or (deadline is not None and time.perf_counter() > deadline):
                    return
            self._pending = None
        finally:
            if self._lazy is not None:
                self._lazy.flush(cursor)
            cursor.endEditBlock()
            if self._lazy is not None:
                self._lazy.text_inserted()

    def _new_block(self, cursor: QTextCursor, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self._first_block:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
            self._first_block = False
        else:
            cursor.insertBlock(fmt, char)

    def _insert_label(
        self, cursor: QTextCursor, label: tuple[str, str, str | None], formats: dict[str, QTextCharFormat]
    ) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(0 if self._first_block else 26)
        fmt.setBottomMargin(6)
        self._new_block(cursor, fmt, formats["label"])
        self._label_positions.append(cursor.block().position())
        name, badge, byline = label
        cursor.insertText(name, formats["label"])
        if badge:  # the translations under the paragraphs are machine-made, and say so
            cursor.insertText("   ", formats["label"])
            cursor.insertText(f"\u2009{badge}\u2009", formats["badge"])
        if byline:
            byline_format = QTextBlockFormat()
            byline_format.setBottomMargin(8)
            cursor.insertBlock(byline_format, formats["byline"])
            cursor.insertText(byline, formats["byline"])

    def _insert_stretch(
        self, cursor: QTextCursor, stretch: tuple[SideView, Block, int, int], fmt: QTextBlockFormat, code: int
    ) -> int:
        """Lay in one paragraph (or its translation) as a block of its own, or as the next line of the lazy
        layout; where its text starts."""
        view, block, first, last = stretch
        passage = block.passage
        assert passage is not None
        char = view._text_format(block)
        text = view.shown_text(passage.text[first:last], block.lang)
        lazy = self._lazy
        if lazy is None:
            self._new_block(cursor, fmt, char)
            start = cursor.position()
            cursor.insertText(text, char)
        else:
            text = text.replace("\n", LINE_SEPARATOR)  # one line of the layout, one block once shown
            if not lazy.starts:
                self._new_block(cursor, fmt, char)
                self._lazy_origin = cursor.position()
            lazy.insert_line(cursor, code, text, into_block=not lazy.starts)
            start = lazy.position(len(lazy.starts) - 1)
        rendered = _Rendered.slice(block, start, first, last)
        segment = _Segment(view, rendered)
        self._segments.append(segment)
        self._segment_starts.append(rendered.start)
        stretches, firsts = self._by_side.setdefault((id(view), block.role), ([], []))
        stretches.append(segment)
        firsts.append(first)
        return start

    def _insert_pair(self, cursor: QTextCursor, pair: _Pair) -> None:
        view, block = pair.original[0], pair.original[1]
        if pair.paragraph == 0 and self._lazy is None and self._long(pair):
            self._lazy = self._lazy_layout(pair)
        lazy = self._lazy is not None
        original = QTextBlockFormat(view._paragraph_format(lang=block.lang))
        original.setTopMargin(ORIGINAL_SPACE)
        kind = _structure_kind(block, pair.original[2], pair.original[3])
        if kind is TextKind.QUOTE:
            original.setLeftMargin(original.leftMargin() + 24)
        variant = 2 * STRUCTURE_KINDS.index(kind)  # a lazily laid-out line is drawn as the page marks it by its style
        at = self._insert_stretch(cursor, pair.original, original, ORIGINAL + variant)
        if not lazy:
            _mark_structure(cursor, kind, view._formats()["heading"])
        placed = _Placed(pair.role, pair.paragraph, pair.sentence, at, None)
        self._first_placed.setdefault(pair.role, len(self._placed))
        if pair.translation is not None:
            other_view, other = pair.translation[0], pair.translation[1]
            translated = _translation_format(other_view, other, quote=kind is TextKind.QUOTE)
            placed.translation_at = self._insert_stretch(cursor, pair.translation, translated, TRANSLATION + variant)
            if not lazy:
                _mark_structure(cursor, kind, other_view._formats()["heading"])
        self._placed.append(placed)

    def _long(self, pair: _Pair) -> bool:
        """Whether `pair` starts a passage to lay out lazily: a long one, with nothing after it (the lazy layout
        runs to the document's end)."""
        passage = pair.original[1].passage
        blocks = self._sides[0].blocks()
        last = bool(blocks) and blocks[-1].role is pair.role
        return passage is not None and last and len(passage.text) > lazy_layout.LAZY_MIN_CHARS

    def _lazy_layout(self, pair: _Pair) -> LazyLayout:
        """A lazy layout for the passage `pair` starts: each paragraph is one line, its translation the next."""
        width = max(100.0, self.editor.viewport().width() - 2 * self._margin())
        styles: list[LineStyle] = []
        astral = False
        for code, stretch in ((ORIGINAL, pair.original), (TRANSLATION, pair.translation or pair.original)):
            view, block = stretch[0], stretch[1]
            lang = block.lang or "en"
            text = block.passage.text if block.passage is not None else ""
            astral = astral or bool(_astral_indices(text))
            if code == ORIGINAL:
                fmt = QTextBlockFormat(view._paragraph_format(lang=block.lang))
                fmt.setTopMargin(ORIGINAL_SPACE)
                indent = 0.0
            else:
                fmt = _translation_format(view, block, quote=False)
                indent = TRANSLATION_INDENT
            line_height, per_line = estimated_lines(
                lang, self._zoom, text[:4000], width - indent, view._paragraph_format(lang=lang)
            )
            styles.append(LineStyle(fmt, view._text_format(block), line_height, per_line, fmt.topMargin()))
        for kind in STRUCTURE_KINDS[1:]:  # a web page's headings, list items and quotations
            for plain, stretch in zip(styles[:2], (pair.original, pair.translation or pair.original), strict=True):
                char, block_format, items = QTextCharFormat(plain.char), QTextBlockFormat(plain.block), None
                if kind is TextKind.HEADING:
                    char.merge(stretch[0]._formats()["heading"])
                elif kind is TextKind.ITEM:
                    items = bullet_list()
                else:
                    block_format.setLeftMargin(block_format.leftMargin() + QUOTE_INDENT)
                styles.append(
                    LineStyle(block_format, char, plain.line_height, plain.chars_per_line, plain.above, items)
                )
        return LazyLayout(self.editor, lambda: self._lazy_origin, styles, astral)

    # --- where things are -----------------------------------------------------------------------------------------

    def _segment_at(self, position: int) -> _Segment | None:
        index = bisect_right(self._segment_starts, position) - 1
        if index >= 0 and self._segments[index].rendered.contains(position):
            return self._segments[index]
        return None

    def _segments_of(self, view: SideView, role: PassageRole, span: Span | None = None) -> list[_Segment]:
        """The stretches of `view`'s passage `role` (those `span` touches, when given), in order."""
        stretches, firsts = self._by_side.get((id(view), role), ([], []))
        if span is None:
            return stretches
        low = max(0, bisect_right(firsts, span.start) - 1)
        return stretches[low : bisect_right(firsts, span.end)]

    def sentence_at(self, point: QPoint) -> tuple[SideView, PassageRole, int] | None:
        """The side view, passage and sentence under `point` (viewport coordinates)."""
        position = position_at(self.editor, point)
        segment = self._segment_at(position) if position is not None else None
        if segment is None:
            return None
        index = segment.rendered.sentence_at(segment.rendered.offset(position or 0))
        return None if index is None else (segment.view, segment.role, index)

    def span_rects(self, view: SideView, role: PassageRole, span: Span) -> list[QRectF]:
        """Where `span` of `view`'s passage `role` is drawn here, one rectangle per line (viewport coordinates)."""
        rects: list[QRectF] = []
        for segment in self._segments_of(view, role, span):
            rendered = segment.rendered
            low, high = max(span.start, rendered.first), min(span.end, rendered.offset(rendered.end))
            if low < high:
                rects.extend(span_rects_in(self.editor, rendered, Span(low, high)))
        return rects

    def visible_offsets(self, view: SideView, role: PassageRole) -> tuple[int, int] | None:
        """The offsets of `view`'s passage `role` on screen here ([start, end)), or None."""
        top, bottom = self._visible_positions()
        found: list[int] = []
        first = max(0, bisect_right(self._segment_starts, top) - 1)
        for segment in self._segments[first:]:
            rendered = segment.rendered
            if rendered.start > bottom:
                break
            if segment.view is not view or segment.role is not role:
                continue
            low, high = max(top, rendered.start), min(bottom, rendered.end)
            if low < high:
                found.extend((rendered.offset(low), rendered.offset(high)))
        return (min(found), max(found)) if found else None

    # --- tints ----------------------------------------------------------------------------------------------------

    def _schedule_tint(self) -> None:
        if self.isVisible():
            self._retint_timer.start(0)

    def _selection(self, segment: _Segment, span: Span, char: QTextCharFormat) -> QTextEdit.ExtraSelection:
        return extra_selection(self.editor, segment.rendered, span, char)

    def _shown(self, top: int, bottom: int) -> list[_Segment]:
        first = max(0, bisect_right(self._segment_starts, top) - 1)
        shown = []
        for segment in self._segments[first:]:
            if segment.rendered.start > bottom:
                break
            if segment.rendered.end >= top:
                shown.append(segment)
        return shown

    def _tint(self) -> None:
        """The side views' tints of the stretches on screen (and a margin), Find's matches, then the hovered
        sentence and its counterpart over them."""
        top, bottom = self._visible_positions()
        made_from = (self._layout_count, *(view.tints_version for view in self._sides), id(self._found),
                     self._found_current, self._pending is None)  # fmt: skip
        lasting = self._lasting
        if lasting is None or lasting[0] != made_from or top < lasting[1][0] or bottom > lasting[1][1]:
            margin = bottom - top + TINT_MARGIN_CHARS
            window = (max(0, top - margin), bottom + margin)
            selections: list[QTextEdit.ExtraSelection] = []
            for segment in self._shown(*window):
                rendered = segment.rendered
                tints = segment.view.tints(segment.role, rendered.first, rendered.offset(rendered.end))
                selections.extend(self._selection(segment, span, c) for span, c in tints if segment.covers(span))
            selections.extend(self._found_selections(*window))
            lasting = self._lasting = (made_from, window, selections)
        passing: list[QTextEdit.ExtraSelection] = []
        for view in self._sides:
            for role, span, char in view.sentence_tints():
                for segment in self._segments_of(view, role, span):
                    if segment.covers(span):
                        passing.append(self._selection(segment, span, char))
        self.editor.setExtraSelections([*lasting[2], *passing])

    def _found_selections(self, top: int, bottom: int) -> Iterator[QTextEdit.ExtraSelection]:
        from reader_app.ui.palette_find import found_colours

        every, current = found_colours(self._theme)
        last = self.editor.document().characterCount() - 1
        marks = [(s, every) for s in self._found if top <= s.start <= bottom]
        if self._found_current is not None:
            marks.append((self._found_current, current))
        for span, colour in marks:
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(min(span.start, last))
            cursor.setPosition(min(span.end, last), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(QColor(colour))
            yield selection

    def _lazily_laid_out(self) -> bool:
        return self._lazy is not None

    def _visible_positions(self) -> tuple[int, int]:
        lazy = self._lazy
        if lazy is not None and lazy.last >= 0:
            return visible_positions(self.editor, lazy.shown_blocks())
        return visible_positions(self.editor)

    def _reveal(self, position: int) -> None:
        """Lay out the stretch around document `position` when it is hidden (a jump far into a long article)."""
        if self._lazy is not None:
            self._lazy.reveal(position)

    def _reveal_cursor(self) -> None:
        lazy = self._lazy
        if lazy is not None and not lazy.moving and not self.editor.textCursor().block().isVisible():
            lazy.reveal(self.editor.textCursor().position())

    def _has_overlays(self) -> bool:
        return False  # nothing beyond the tints: the summary's margin bars belong to the side-by-side columns

    def _paint_overlays(self, painter: QPainter) -> None:
        """Never called (`_has_overlays`)."""

    # --- input (what the side-by-side columns would get, given to the side whose text it is) ----------------------

    def _hover_at(self, point: QPoint | None) -> None:
        found = self.sentence_at(point) if point is not None else None
        view = found[0] if found is not None else None
        sentence = (found[1], found[2]) if found is not None else None
        previous = self._hovered
        if previous is not None and previous[0] is view and previous[1] == sentence:
            return
        if previous is not None and previous[0] is not view:
            previous[0].hover_sentence(None)
        self._hovered = (view, sentence) if view is not None else None
        if view is not None:
            view.hover_sentence(sentence)

    def _click_at(self, point: QPoint) -> None:
        found = self.sentence_at(point)
        if found is None:
            self._sides[0].sentenceClicked.emit(None, -1)
        else:
            found[0].sentenceClicked.emit(found[1], found[2])

    def _tooltip_at(self, point: QPoint) -> str | None:
        found = self.sentence_at(point)
        return found[0].sentence_warning(found[1], found[2]) if found is not None else None

    def _on_scrolled(self) -> None:
        if self._lazy is not None:
            self._lazy.follow_screen()
        self._hide_selection_bar()
        self._schedule_tint()

    def _on_selection_changed(self) -> None:
        """The selection, clamped to the stretch where it starts, in that side's passage offsets."""
        cursor = self.editor.textCursor()
        selected: tuple[SideView | None, PassageRole | None, Span | None] = (None, None, None)
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            first = max(0, bisect_right(self._segment_starts, start) - 1)
            for segment in self._segments[first:]:
                rendered = segment.rendered
                if rendered.start >= end:
                    break
                if end <= rendered.start or start >= rendered.end:
                    continue
                a, b = rendered.offset(max(start, rendered.start)), rendered.offset(min(end, rendered.end))
                if b > a:
                    selected = (segment.view, segment.role, Span(a, b))
                    break
        self._selected_view = selected[0]
        self._last_selection = (selected[1], selected[2])
        if selected[2] is None:
            self._hide_selection_bar()

    def selected_span(self) -> tuple[SideView | None, PassageRole | None, Span | None]:
        return (self._selected_view, *self._last_selection)

    def selected_text(self) -> str:
        view, (role, span) = self._selected_view, self._last_selection
        passage = view.passage(role) if view is not None and role is not None else None
        return passage.text[span.start : span.end] if passage is not None and span is not None else ""

    def look_up_available(self) -> bool:
        return self._sides[0].look_up_available()

    def highlight_names(self) -> dict[str, str]:
        return self._sides[0].highlight_names()

    def _show_selection_bar(self) -> None:
        if self._last_selection[1] is None:
            return
        bar = self.selection_bar
        bar.set_highlight_names(self.highlight_names())  # named, or offered, since the bar was made
        bar.set_look_up_available(self.look_up_available())
        super()._show_selection_bar()

    def _selection_target(self) -> tuple[SideView, PassageRole, Span] | None:
        view, (role, span) = self._selected_view, self._last_selection
        if view is None or role is None or span is None:
            return None
        self._hide_selection_bar()
        return view, role, span

    def _text_pressed(self) -> None:
        for view in self._sides:
            view.clear_flash()  # the mark of a fact found from the panel, mirrored here

    def _emit_translate(self) -> None:
        if (target := self._selection_target()) is not None:
            target[0].translateRequested.emit(target[1], target[2])

    def _emit_highlight(self, colour: str) -> None:
        if (target := self._selection_target()) is not None:
            target[0].highlightRequested.emit(target[1], target[2], colour)
            cursor = self.editor.textCursor()
            cursor.clearSelection()
            self.editor.setTextCursor(cursor)

    def _emit_note(self) -> None:
        if (target := self._selection_target()) is not None:
            target[0].noteRequested.emit(target[1], target[2])

    def _emit_look_up(self) -> None:
        if (target := self._selection_target()) is not None:
            self.lookUpRequested.emit(target[1], target[2])

    def _emit_copy_with_source(self) -> None:
        if (target := self._selection_target()) is not None:
            target[0].copyWithSourceRequested.emit(target[1], target[2])

    def _emit_search_library(self) -> None:
        text = " ".join(self.selected_text().split())
        if text and self._selected_view is not None:
            self._selected_view.searchLibraryRequested.emit(text[:200])

    # --- Find -----------------------------------------------------------------------------------------------------

    def searchable_text(self) -> str:
        """The column's text as Find searches it (positions are the text view's, one per character)."""
        while self._pending is not None:
            self._insert(None, None)
        return self.editor.toPlainText()

    def blocks(self) -> list[object]:
        return []

    def set_found(self, _role: PassageRole, spans: list[Span]) -> None:
        self._found = spans
        self._tint()

    def set_current_found(self, _role: PassageRole | None, span: Span | None) -> None:
        self._found_current = span
        self._tint()

    def scroll_to_span(self, _role: PassageRole, span: Span) -> None:
        position = min(span.start, self.editor.document().characterCount() - 1)
        self.jumped.emit()
        self._reveal(position)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(position)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _bring(self, view: SideView, role: PassageRole, span: Span, always: bool) -> None:
        """A jump on `view` (a fact or a summary sentence brought into view there) brings the same span into view
        here: centred, unless it is fully visible already (with `always`, centred then too)."""
        if not self.isVisible() or self._stale:
            return
        while not self._segments_of(view, role, span) and self._pending is not None:
            self._insert(None, None)  # far below what is laid in yet
        segments = self._segments_of(view, role, span)
        if not segments:
            return
        rendered = segments[0].rendered
        self._reveal(rendered.position(max(span.start, rendered.first)))
        rects = self.span_rects(view, role, span)
        if not rects:
            return
        top, bottom = min(r.top() for r in rects), max(r.bottom() for r in rects)
        height = self.editor.viewport().height()
        if top >= 0 and bottom <= height and not always:
            return
        bar = self.editor.verticalScrollBar()
        bar.setValue(int(bar.value() + (top + bottom) / 2 - height / 2))

    # --- paragraphs (for scrolling and tests) ---------------------------------------------------------------------

    def _placed_at(self, role: PassageRole, paragraph: int) -> _Placed | None:
        first = self._first_placed.get(role)
        if first is None or first + paragraph >= len(self._placed):
            return None
        placed = self._placed[first + paragraph]
        return placed if placed.role is role and placed.paragraph == paragraph else None

    # --- the reading position (kept across a change of layout) ---------------------------------------------------

    def top_row(self) -> tuple[PassageRole, int] | None:
        """The paragraph at the top of the column, as (passage, index of its first sentence): the one whose original
        or translation the top edge crosses, or the first below a label there."""
        if not self._placed:
            return None
        top = self._visible_positions()[0]
        index = bisect_right(self._placed, top, key=_original_at) - 1
        if index < 0 or top > _last_at(self._placed[index]):  # a label: the paragraph under it
            index += 1
        placed = self._placed[min(index, len(self._placed) - 1)]
        return placed.role, placed.sentence

    def row_y(self, role: PassageRole, sentence: int) -> float | None:
        """Where the column stands (document y) with the paragraph holding sentence `sentence` of `role` at its top:
        the passage's label too for its first paragraph. None until that paragraph is laid in and out (asking
        earlier would lay out everything above it at once)."""
        first = self._first_placed.get(role)
        if first is None:
            return None
        end = min([start for start in self._first_placed.values() if start > first], default=len(self._placed))
        index = bisect_right(self._placed, sentence, lo=first, hi=end, key=_sentence) - 1
        if index < first or (index == end - 1 == len(self._placed) - 1 and self._pending is not None):
            return None  # its paragraph may not be laid in yet
        placed = self._placed[index]
        document = self.editor.document()
        self._reveal(placed.original_at)
        # A passage's first paragraph comes with its label (and the byline under it).
        position = placed.original_at
        if placed.paragraph == 0:
            position = _label_above(self._label_positions, position)
        block = document.findBlock(position)
        layout = block.layout()
        if not block.isValid() or not block.isVisible() or layout is None or layout.lineCount() == 0:
            return None
        return 0.0 if block.blockNumber() == 0 else document.documentLayout().blockBoundingRect(block).top()

    def _block_rect(self, position: int) -> QRect:
        document = self.editor.document()
        rect = document.documentLayout().blockBoundingRect(document.findBlock(position))
        offset = QPointF(0, self.editor.verticalScrollBar().value())
        return rect.translated(-offset).toAlignedRect()

    def paragraph_rects(self, role: PassageRole, paragraph: int) -> tuple[QRect, QRect | None] | None:
        """Where paragraph `paragraph` of `role` and its translation are drawn, in viewport coordinates."""
        placed = self._placed_at(role, paragraph)
        if placed is None:
            return None
        translation = placed.translation_at
        return self._block_rect(placed.original_at), (
            self._block_rect(translation) if translation is not None else None
        )

    def scroll_to_paragraph(self, role: PassageRole, paragraph: int) -> None:
        if self._stale:
            self._render()
        while self._placed_at(role, paragraph) is None and self._pending is not None:
            self._insert(None, None)
        placed = self._placed_at(role, paragraph)
        if placed is not None:
            self._reveal(placed.original_at)
        rects = self.paragraph_rects(role, paragraph)
        if rects is not None:
            bar = self.editor.verticalScrollBar()
            bar.setValue(bar.value() + rects[0].top() - 40)


def _original_at(placed: _Placed) -> int:
    return placed.original_at


def _last_at(placed: _Placed) -> int:
    return placed.original_at if placed.translation_at is None else placed.translation_at


def _translation_format(view: SideView, block: Block, *, quote: bool) -> QTextBlockFormat:
    """A translation's paragraph: close under its original, indented."""
    translated = QTextBlockFormat(view._paragraph_format(lang=block.lang))
    translated.setTopMargin(TRANSLATION_SPACE)
    translated.setLeftMargin(TRANSLATION_INDENT + (24 if quote else 0))
    return translated


def _sentence(placed: _Placed) -> int:
    return placed.sentence


class InterleavedSide:
    """One side's text as the interleaved column shows it, in the shape the readings overlay draws over (the
    overlay draws the CJK side's readings, here as over that column)."""

    def __init__(self, view: InterleavedView, side: SideView) -> None:
        self.view = view
        self.side = side
        self.editor = view.editor

    def visible_offsets(self, role: PassageRole) -> tuple[int, int] | None:
        return self.view.visible_offsets(self.side, role)

    def span_rects(self, role: PassageRole, span: Span) -> list[QRectF]:
        return self.view.span_rects(self.side, role, span)

