"""One side of the reader: labelled passages as read-only rich text, hit-tested through per-block offset maps."""

from __future__ import annotations

import itertools
import math
import re
import sys
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QTextEdit, QVBoxLayout, QWidget

from reader_app.core.document import BlockKind as TextKind
from reader_app.core.document import Passage, PassageRole, Span, TextBlock
from reader_app.core.freed_memory import release_freed_memory
from reader_app.core.language import is_cjk, language_name
from reader_app.ui import lazy_layout
from reader_app.ui.lazy_layout import (
    EMPTY,
    GAP,
    ITEM,
    ITEM_GAP,
    NORMAL,
    QUOTE,
    QUOTE_GAP,
    LazyLayout,
    paragraph_styles,
)
from reader_app.ui.session import Block, BlockKind, Side, side_language_label
from reader_app.ui.text_actions import TextActions
from reader_app.ui.theme import LIGHT, Theme, reading_families, reading_font, solid_brush, zoomed

if TYPE_CHECKING:
    from PySide6.QtGui import QTextList
    from PySide6.QtWidgets import QPushButton

    from reader_app.core.facts.model import FactKind
    from reader_app.ui.selection_bar import SelectionBar

MEASURE_LATIN_CHARS = 80
MEASURE_CJK_CHARS = 40
MIN_SIDE_MARGIN = 28
FLASH_MS = 600
LINE_SPACING = 1.5
"""Distance between lines in em; CJK text, whose glyphs fill the em box, gets a little more air."""
LINE_SPACING_CJK = 1.75
PLACEHOLDER_TEXT = "Not translated yet"
PLACEHOLDER_BUTTON_ROOM = 44
RENDER_CHUNK_CHARS = 20_000
"""A long article's first slice (put in before the view shows the document, so it paints at once)."""
RENDER_SLICE_S = 0.012
"""Time one later slice may take, insertion and layout together: the window keeps answering the mouse."""
RENDER_SLICE_MIN_CHARS = 500
RENDER_SLICE_MAX_CHARS = 100_000
LAZY_SLICE_MAX_CHARS = 250_000
"""A long passage's hidden lines go in fast (no layout): bigger slices, fewer turns."""
WRAP_FILL = 0.93
"""How full a wrapped line is on average (words do not fill the measure): for estimated heights."""
EMPTY_LINE_PX = 8
TINT_MARGIN_CHARS = 4_000
"""Fact tints and warnings are made for what is on screen plus this much (and two screens) either side: a 20 MB
article has 100,000s of facts, and a selection each made every hover take a second."""


def replace_document(editor: QTextEdit, document: QTextDocument) -> None:
    """Show `document` in `editor` and delete the one it replaces: Qt never deletes an editor's old document (not even
    its child), so each big text laid out stayed in memory until the window closed."""
    old = editor.document()
    editor.setDocument(document)
    if old is not document and old.parent() is editor:
        if old.characterCount() >= BIG_TEXT_CHARS:
            # Once its text is gone too (that is freed after `destroyed`).
            old.destroyed.connect(lambda: QTimer.singleShot(0, release_freed_memory))
        old.deleteLater()


def split_by_marks(span: Span, marks: Sequence[Span]) -> Iterator[tuple[Span, bool]]:
    """`span` cut where `marks` begin and end, in order, each piece with whether a mark covers it."""
    cuts = sorted({span.start, span.end} | {b for m in marks for b in (m.start, m.end) if span.start < b < span.end})
    for start, end in itertools.pairwise(cuts):
        yield Span(start, end), any(m.start <= start and end <= m.end for m in marks)


def _padded_margin(fmt: QTextBlockFormat, number: int) -> float:
    """The margin that pads a row: a block's top margin, but the first block's bottom one (Qt ignores the top
    margin of a document's first block, so the label there stays at the top and its text moves down)."""
    return fmt.bottomMargin() if number == 0 else fmt.topMargin()


def _set_padded_margin(fmt: QTextBlockFormat, number: int, margin: float) -> None:
    if number == 0:
        fmt.setBottomMargin(margin)
    else:
        fmt.setTopMargin(margin)


BIG_TEXT_CHARS = 200_000
"""A replaced document this long gives its memory back to the system once deleted (see `release_freed_memory`)."""


@lru_cache(maxsize=32)
def _measure(lang: str, zoom: int) -> float:
    metrics = QFontMetricsF(reading_font(lang, zoom))
    if is_cjk(lang):
        return metrics.horizontalAdvance("国") * MEASURE_CJK_CHARS
    return metrics.horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26 * MEASURE_LATIN_CHARS * 1.08


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _astral_indices(text: str) -> list[int]:
    """Offsets of characters outside the BMP: they take two QTextDocument positions (UTF-16)."""
    if sys.getsizeof(text) < 4 * len(text):
        # CPython stores a string with any such character at four bytes a character: a smaller one has none, and
        # the scan of a long article is skipped.
        return []
    first = _ASTRAL.search(text)  # one C scan, far cheaper than max(text) on a long article
    if first is None:
        return []
    return [match.start() for match in _ASTRAL.finditer(text, first.start())]


@dataclass
class _Rendered:
    """Where one block's passage text sits in the QTextDocument, to map positions to passage offsets."""

    block: Block
    start: int
    end: int
    astral: list[int]
    astral_utf16: list[int]
    _starts: list[int] | None = None
    first: int = 0
    """The passage offset at `start`: a slice of the passage starts past 0 (the interleaved layout's paragraphs)."""

    @classmethod
    def slice(cls, block: Block, start: int, first: int, last: int) -> _Rendered:
        """Passage offsets [first, last) of `block` laid in from document position `start` (no breaks inside)."""
        text = block.passage.text[first:last] if block.passage is not None else ""
        extras = [first + a for a in _astral_indices(text)]
        utf16 = [a - first + i for i, a in enumerate(extras)]
        return cls(block, start, start + len(text) + len(extras), extras, utf16, first=first)

    @classmethod
    def at(cls, block: Block, start: int) -> _Rendered:
        """`astral` lists the offsets after which the widget has one extra position: the second UTF-16 unit of a
        character outside the BMP, or a paragraph break the view adds (before offset b: after b - 1)."""
        text = block.passage.text if block.passage is not None else ""
        extras = sorted([*_astral_indices(text), *(b - 1 for b in block.breaks if 0 < b <= len(text))])
        return cls(block, start, start + len(text) + len(extras), extras, [a + i for i, a in enumerate(extras)])

    def position(self, offset: int) -> int:
        return self.start + offset - self.first + bisect_left(self.astral, offset)

    def offset(self, position: int) -> int:
        relative = position - self.start
        return self.first + relative - bisect_right(self.astral_utf16, relative - 1)

    def contains(self, position: int) -> bool:
        return self.block.passage is not None and self.start <= position < self.end

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing passage `offset` (binary search: articles can be 20 MB)."""
        passage = self.block.passage
        if passage is None:
            return None
        if self._starts is None:
            self._starts = [span.start for span in passage.sentences]
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and passage.sentences[index].contains(offset):
            return index
        return None


def estimated_lines(
    lang: str, zoom: int, sample: str, width: float, paragraph: QTextBlockFormat
) -> tuple[float, float]:
    """Pixels per wrapped line and characters per line of text like `sample` in a column `width` wide (for a
    long passage's estimated heights)."""
    metrics = QFontMetricsF(QFont(reading_font(lang, zoom)))
    advance = metrics.horizontalAdvance(sample) / len(sample) if sample else metrics.averageCharWidth()
    raw = math.ceil(metrics.ascent() + metrics.descent() + max(0.0, metrics.leading()))
    return raw * paragraph.lineHeight() / 100, width / max(advance, 1.0) * WRAP_FILL


def _text_viewport() -> QWidget:
    """The viewport a QTextEdit makes for itself, made here (the rest of its set-up is in `_ReaderEdit.complete`).

    Python meets the viewport Qt makes only as a bare pointer, and PySide6 then builds every QWidget subclass it knows
    to find the pointer's type: a large share of the time to the first paint. One made in Python has a known type.
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setMouseTracking(True)
    viewport.setAcceptDrops(False)
    return viewport


class TextOwner(Protocol):
    """What a reader's text widget forwards its input to (a side's column, or the interleaved column)."""

    zoomRequested: SignalInstance

    def _hover_at(self, point: QPoint | None) -> None: ...
    def _click_at(self, point: QPoint) -> None: ...
    def _hide_selection_bar(self) -> None: ...
    def _show_selection_bar(self) -> None: ...
    def _text_pressed(self) -> None: ...
    def _tooltip_at(self, point: QPoint) -> str | None: ...
    def _update_measure(self) -> None: ...
    def _on_scrolled(self) -> None: ...
    def _has_overlays(self) -> bool: ...
    def _paint_overlays(self, painter: QPainter) -> None: ...
    def context_menu(self) -> QMenu: ...
    def _lazily_laid_out(self) -> bool: ...


class _ReaderEdit(QTextEdit):
    """The text widget; its owner does the thinking, this class forwards input and paints overlays."""

    def __init__(self, owner: TextOwner, *, complete: bool = True) -> None:
        """With `complete=False` the owner calls `complete()` once the window has painted."""
        assert isinstance(owner, QWidget)
        super().__init__(owner)
        self._owner = owner
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(False)
        # QTextEdit lays its first document out for the viewport it made, which setViewport deletes: start afresh.
        self.setDocument(QTextDocument(self))
        self.setViewport(_text_viewport())
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._press: QPoint | None = None
        if complete:
            self.complete()

    def complete(self) -> None:
        """What only input needs: keyboard selection, the text pointer, touch scrolling (see `SideView.complete`)."""
        from PySide6.QtCore import Qt

        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        viewport = self.viewport()
        viewport.setCursor(Qt.CursorShape.IBeamCursor)
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        viewport.grabGesture(Qt.GestureType.PanGesture)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._owner._hover_at(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        self._owner._hide_selection_bar()
        self._owner._text_pressed()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._press is not None and (point - self._press).manhattanLength() > 3
        self._press = None
        if event.button() is Qt.MouseButton.LeftButton:
            if self.textCursor().hasSelection():
                self._owner._show_selection_bar()
            elif not moved:
                self._owner._click_at(point)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractSlider

        pages = {Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
                 Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub}
        action = pages.get(Qt.Key(event.key()))
        if action is not None and self._owner._lazily_laid_out():
            # Qt moves the caret a page by hit-testing below the screen, which lands in the hidden text's space.
            self.verticalScrollBar().triggerAction(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        from PySide6.QtCore import Qt

        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self._owner.zoomRequested.emit(1 if step > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._owner._hover_at(None)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._owner._hide_selection_bar()
        menu = self._owner.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            from PySide6.QtWidgets import QToolTip

            tip = self._owner._tooltip_at(self.viewport().mapFrom(self, event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            from PySide6.QtWidgets import QToolTip

            tip = self._owner._tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._owner._update_measure()
        self._owner._on_scrolled()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._owner._hide_selection_bar()
        self._owner._on_scrolled()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._owner._has_overlays():
            return
        painter = QPainter(self.viewport())
        try:
            self._owner._paint_overlays(painter)
        finally:
            painter.end()


class SideView(QWidget, TextActions):
    """The CJK or the English side: a language header over the side's blocks (prompt, then article)."""

    sentenceHovered = Signal(object, int)
    """(PassageRole or None, sentence index or -1)"""
    sentenceClicked = Signal(object, int)
    """(PassageRole, sentence index), or (None, -1) for a click beside the text."""
    selectionChanged = Signal(object, object)
    """(PassageRole or None, Span in that block's passage offsets or None)"""
    translateRequested = Signal(object, object)
    highlightRequested = Signal(object, object, str)
    noteRequested = Signal(object, object)
    lookUpRequested = Signal(object, object)
    """(PassageRole, Span): look the selection up in the dictionary (offered once a dictionary is available)."""
    copyWithSourceRequested = Signal(object, object)
    """(PassageRole, Span): copy the selection with the document's title and source."""
    searchLibraryRequested = Signal(str)
    placeholderActionRequested = Signal(object)
    """(PassageRole): the button under an untranslated passage's note was clicked (e.g. open the model manager)."""
    renderingChanged = Signal(bool)
    tintsChanged = Signal()
    """The tints changed (a highlight, a fact, the hovered sentence…): a view mirroring this side redraws them."""
    contentChanged = Signal()
    """The blocks shown, or how their text is displayed, changed (a view mirroring this side lays it out again)."""
    zoomRequested = Signal(int)
    """Ctrl+wheel asks for one step (+1 / -1); the window zooms both sides."""
    spanBrought = Signal(object, object, bool)
    """(PassageRole, Span, always): `scroll_to_span` brought this span into view (a jump: a fact, a summary
    sentence); a view mirroring this side brings it into view there too."""
    """True while a long passage is still being laid into the view."""

    def __init__(
        self, side: Side, parent: QWidget | None = None, theme: Theme = LIGHT, *, complete: bool = True
    ) -> None:
        """With `complete=False` the view only paints; `complete()` adds what input needs (the window does that right
        after its first paint)."""
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"sideView-{side.value}")
        self._theme = theme
        self._zoom = 0
        self._lang: str | None = None
        self._blocks: list[Block] = []
        self._rendered: list[_Rendered] = []
        self._highlight: tuple[PassageRole, int] | None = None
        self._hovered: tuple[PassageRole, int] | None = None
        self._flash: tuple[PassageRole, Span] | None = None
        self._facts: dict[PassageRole, Sequence[tuple[Span, FactKind]]] = {}
        self._facts_visible = True
        self._fact_starts: dict[PassageRole, Sequence[int]] = {}
        self._tint_window: tuple[int, int] = (0, -1)
        """Document positions the current extra selections cover (see `TINT_MARGIN_CHARS`)."""
        self._user_highlights: dict[PassageRole, list[tuple[Span, str]]] = {}
        self._marked: dict[PassageRole, set[int]] = {}
        self._warnings: dict[PassageRole, dict[int, str]] = {}
        self._found: dict[PassageRole, tuple[list[Span], list[int]]] = {}
        """Find's matches per passage (spans and their starts, for the on-screen stretch)."""
        self._found_current: tuple[PassageRole, Span] | None = None
        self._look_up_available = False
        self.tints_version = 0
        self._tints_stale = False
        """Counts the changes of the lasting tints (`tints`): a mirror keeps what it drew while it holds."""
        self._placeholders: dict[PassageRole, tuple[str, str | None]] = {}
        """What an untranslated passage's slot says, and the label of the button under it (None: no button)."""
        self._placeholder_buttons: dict[PassageRole, QPushButton] = {}
        self._with_button: set[PassageRole] = set()
        """Placeholders laid out with room for their button (a long side keeps its plain note)."""
        self._highlight_names: dict[str, str] = {}
        self._last_selection: tuple[PassageRole | None, Span | None] = (None, None)
        self._paragraph_formats: dict[tuple[bool, str, int], QTextBlockFormat] = {}
        self._styled: list[tuple[int, int, str]] = []
        self._row_pads: dict[int, tuple[float, float]] = {}
        """Extra space above a row's first block (block number → (its own top margin, padding)), set by the
        row aligner so a paragraph and its translation start at the same height."""
        self._empty_hint = ""
        self._display_conversion: Callable[[str, str | None], str] | None = None
        self._placeholder_notes: dict[PassageRole, str] = {}
        self._pending: tuple[Block, Iterator[tuple[str | None, str, int]]] | None = None
        self._lazy: LazyLayout | None = None
        """Set while a long text is shown: only the stretch around the screen is laid out (see `lazy_layout`)."""
        self._slice_chars = RENDER_SLICE_MIN_CHARS * 4
        self._replacing = False
        self._renders = 0
        self._chunk_timer = QTimer(self)
        self._chunk_timer.setSingleShot(True)
        self._chunk_timer.timeout.connect(self._continue_render)

        self.header = QLabel(self)
        self.header.setObjectName("sideHeader")
        self.header.setIndent(0)
        self.editor = _ReaderEdit(self, complete=False)
        self.editor.setObjectName("sideText")
        self.editor.selectionChanged.connect(self._on_selection_changed)
        self.editor.cursorPositionChanged.connect(self._reveal_cursor)
        self._selection_bar: SelectionBar | None = None
        """Built on the first selection: the window paints sooner without it."""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.editor, 1)
        self._apply_style()
        self._name_side()  # nothing to lay out yet: the editor's own empty document shows the same blank column
        if complete:
            self.complete()

    # --- public API -------------------------------------------------------------------------------------------

    def complete(self) -> None:
        """Keyboard selection, the text pointer and touch scrolling: the first frame looks the same without them, and
        setting them up builds PySide6's whole `Qt` namespace (see docs/performance.md, start-up)."""
        assert isinstance(self.editor, _ReaderEdit)
        self.editor.complete()

    def set_blocks(self, blocks: list[Block], lang: str | None, *, keep_scroll: bool = True) -> None:
        """Show `blocks` (from `ReaderSession.blocks(side)`); decorations of blocks whose text changed are dropped.
        Without `keep_scroll` (another document) the text shows from its top."""
        if lang == self._lang and _same_blocks(self._blocks, blocks):
            return  # e.g. the other side's translation changed: nothing to redo here
        old = {b.role: b.passage for b in self._blocks}
        new = {b.role: b.passage for b in blocks}
        for role in set(old) | set(new):
            if old.get(role) is not new.get(role):
                self._drop_decorations(role)
        self._blocks = list(blocks)
        self._lang = lang
        self._render(keep_scroll=keep_scroll and bool(old))
        self.contentChanged.emit()

    def set_display_conversion(self, convert: Callable[[str, str | None], str] | None) -> None:
        """Show the text through `convert(line, lang)`, which must keep each line's length (a Simplified ↔
        Traditional toggle): passages, offsets and decorations stay as they are. None shows the text as written."""
        if convert is self._display_conversion:
            return
        self._display_conversion = convert
        if self._blocks:
            self._render(keep_scroll=True)
        self.contentChanged.emit()

    def display_conversion(self) -> Callable[[str, str | None], str] | None:
        return self._display_conversion

    def shown_text(self, line: str, lang: str | None) -> str:
        """`line` as this side displays it (through the display conversion, when it keeps the length)."""
        if self._display_conversion is None or not line:
            return line
        shown = self._display_conversion(line, lang)
        return shown if len(shown) == len(line) else line

    def set_empty_hint(self, text: str) -> None:
        """What to say while no document is open (e.g. how to open one)."""
        if text != self._empty_hint:
            self._empty_hint = text
            if not self._blocks:
                self._render()

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def block(self, role: PassageRole) -> Block | None:
        for block in self._blocks:
            if block.role is role:
                return block
        return None

    def passage(self, role: PassageRole) -> Passage | None:
        """The passage shown for `role` on this side (original or machine translation), None for a placeholder."""
        block = self.block(role)
        return block.passage if block is not None else None

    def header_text(self) -> str:
        return self.header.text()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._tints_stale:  # what changed while the layout hid this column, once it is laid out at its size
            QTimer.singleShot(0, self, self._update_extra_selections)

    def set_theme(self, theme: Theme) -> None:
        if theme is self._theme:
            return  # e.g. the window applying its theme right after building this view
        self._theme = theme
        self.tints_version += 1
        if self._selection_bar is not None:
            self._selection_bar.set_theme(theme)
        self._apply_style()
        self._restyle()

    def set_zoom(self, zoom: int) -> None:
        if zoom != self._zoom:
            anchor = self._top_anchor()
            self._zoom = zoom
            self._apply_style()
            if self._lazy is not None:  # every estimated height changes with the font: lay it in again
                self._render(keep_scroll=True)
                return
            self._restyle()
            self._restore_anchor(anchor)

    def replacing(self) -> bool:
        """The text is being replaced by a new rendering (its scroll bar moves on its own meanwhile)."""
        return self._replacing

    def renders(self) -> int:
        """How many times the text was laid out anew (a count that changes when the text was replaced)."""
        return self._renders

    def rendering(self) -> bool:
        """A long passage is still being laid in (see `renderingChanged`)."""
        return self._pending is not None

    def zoom(self) -> int:
        return self._zoom

    def set_sentence_highlight(self, role: PassageRole | None, index: int) -> None:
        """Tint sentence `index` of block `role` (the hovered sentence or its counterpart); -1 clears."""
        value = (role, index) if role is not None and index >= 0 else None
        if value != self._highlight:
            self._highlight = value
            self._update_extra_selections()

    def highlighted_sentence(self) -> tuple[PassageRole, int] | None:
        return self._highlight

    def scroll_to_span(self, role: PassageRole, span: Span, *, always: bool = False) -> None:
        """Bring `span` into view, centred, unless it is already fully visible (with `always`, centred then too)."""
        rendered = self._rendered_for(role)
        if rendered is None:
            return
        self.spanBrought.emit(role, span, always)
        if self._lazy is not None:
            self._lazy.reveal(rendered.position(span.start))
        rects = list(self._span_rects(rendered, span))
        if not rects:
            return
        top = min(r.top() for r in rects)
        bottom = max(r.bottom() for r in rects)
        viewport = self.editor.viewport().rect()
        if top >= 0 and bottom <= viewport.height() and not always:
            return
        bar = self.editor.verticalScrollBar()
        centre = (top + bottom) / 2
        bar.setValue(int(bar.value() + centre - viewport.height() / 2))

    def scroll_to_sentence(self, role: PassageRole, index: int) -> None:
        span = self._sentence_span(role, index)
        if span is not None:
            self.scroll_to_span(role, span)

    def flashed_span(self) -> tuple[PassageRole, Span] | None:
        """The span tinted by `flash_span` while its flash lasts, else None."""
        return self._flash

    def flash_span(self, role: PassageRole, span: Span, *, lasting: bool = False) -> None:
        """Tint `span` so the eye finds it after a jump: briefly, or with `lasting` until the reader clicks in the
        text or another span is marked."""
        self._flash = (role, span)
        self._update_extra_selections()
        if lasting:
            self._flash_timer.stop()
        else:
            self._flash_timer.start(FLASH_MS)

    def _text_pressed(self) -> None:
        self.clear_flash()  # the reader has found it, and moves on

    def clear_flash(self) -> None:
        if self._flash is not None:
            self._flash_timer.stop()
            self._end_flash()

    def set_fact_spans(
        self, role: PassageRole, facts: Sequence[tuple[Span, FactKind]], starts: Sequence[int] | None = None
    ) -> None:
        """Tint these facts of `role`. With `starts` (each fact's start), `facts` are in that order already and are
        kept as they are: nothing is sorted or copied on the UI thread (either may be a view over the facts, read
        only by index around the screen)."""
        if starts is None:
            facts = sorted(facts, key=lambda fact: fact[0].start)
            starts = [span.start for span, _kind in facts]
        self._facts[role] = facts
        self._fact_starts[role] = starts
        self.tints_version += 1
        self._update_extra_selections()

    def set_facts_visible(self, visible: bool) -> None:
        if visible == self._facts_visible:
            return  # unchanged: the tints on screen are made again only when something changed
        self._facts_visible = visible
        self.tints_version += 1
        self._update_extra_selections()

    def set_user_highlights(self, role: PassageRole, highlights: list[tuple[Span, str]]) -> None:
        """Filled tints; colour is a name from palette.HIGHLIGHT_COLOUR_NAMES or any Qt colour string."""
        self._user_highlights[role] = sorted(highlights, key=lambda item: item[0].start)
        self.tints_version += 1
        self._update_extra_selections()

    def set_marked_sentences(self, role: PassageRole, indices: set[int]) -> None:
        """Sentences to mark with a bar in the margin (e.g. the ones the summary uses)."""
        self._marked[role] = set(indices)
        self.editor.viewport().update()

    def marked_sentences(self, role: PassageRole) -> set[int]:
        """What `set_marked_sentences(role, ...)` last set (empty when nothing is marked)."""
        return set(self._marked.get(role, set()))

    def set_sentence_warnings(self, role: PassageRole, warnings: dict[int, str]) -> None:
        """Sentences to underline with a warning; hovering shows the reason."""
        self._warnings[role] = dict(warnings)
        self.tints_version += 1
        self._update_extra_selections()

    def set_found(self, role: PassageRole, spans: list[Span]) -> None:
        """Tint every match of Find in passage `role` (only the stretch on screen is drawn at a time)."""
        if spans:
            self._found[role] = (spans, [span.start for span in spans])
        else:
            self._found.pop(role, None)
        self._update_extra_selections()

    def set_current_found(self, role: PassageRole | None, span: Span | None) -> None:
        """The match Find stands on, tinted more strongly (None: none on this side)."""
        self._found_current = (role, span) if role is not None and span is not None else None
        self._update_extra_selections()

    def set_look_up_available(self, available: bool) -> None:
        """Offer Look Up (menu and selection bar) once something can answer it."""
        self._look_up_available = available
        if self._selection_bar is not None:
            self._selection_bar.set_look_up_available(available)

    def look_up_available(self) -> bool:
        return self._look_up_available

    def highlight_names(self) -> dict[str, str]:
        return dict(self._highlight_names)

    def set_highlight_names(self, names: dict[str, str]) -> None:
        """The reader's names for the highlight colours ("yellow" → "question"), shown beside each colour."""
        self._highlight_names = dict(names)
        if self._selection_bar is not None:
            self._selection_bar.set_highlight_names(self._highlight_names)


    def selected_text(self) -> str:
        role, span = self._last_selection
        passage = self.passage(role) if role is not None else None
        if passage is None or span is None:
            return ""
        return passage.text[span.start : span.end]

    def found(self, role: PassageRole) -> list[Span]:
        return list(self._found.get(role, ([], []))[0])

    def selected_span(self) -> tuple[PassageRole | None, Span | None]:
        return self._last_selection

    def sentence_at(self, point: QPoint) -> tuple[PassageRole, int] | None:
        """The sentence under `point` (viewport coordinates), found through the block's offset map."""
        position = self._position_at(point)
        if position is None:
            return None
        rendered = self._rendered_at(position)
        if rendered is None or rendered.block.passage is None:
            return None
        index = rendered.sentence_at(rendered.offset(position))
        return None if index is None else (rendered.block.role, index)

    def sentence_rect(self, role: PassageRole, index: int) -> QRect | None:
        """Where sentence `index` of `role` is drawn now, in viewport coordinates (its first line)."""
        rendered = self._rendered_for(role)
        span = self._sentence_span(role, index)
        if rendered is None or span is None:
            return None
        rects = list(self._span_rects(rendered, span))
        return rects[0].toAlignedRect() if rects else None

    def span_rects(self, role: PassageRole, span: Span) -> list[QRectF]:
        """Where `span` of the passage `role` is drawn now: one rectangle per line, in viewport coordinates."""
        rendered = self._rendered_for(role)
        return [] if rendered is None else list(self._span_rects(rendered, span))

    def visible_offsets(self, role: PassageRole) -> tuple[int, int] | None:
        """The passage offsets of `role` on screen now ([start, end)), or None when none of it is."""
        rendered = self._rendered_for(role)
        if rendered is None:
            return None
        top, bottom = self._visible_positions()
        low, high = max(top, rendered.start), min(bottom, rendered.end)
        return None if low >= high else (rendered.offset(low), rendered.offset(high))

    def document_text(self) -> str:
        return self.editor.toPlainText()

    # --- rows (a paragraph and its translation side by side) ---------------------------------------------------

    def _row_block(self, role: PassageRole, index: int) -> QTextBlock | None:
        """The text block where sentence `index` of `role` starts (None while it is not laid in yet)."""
        rendered = self._rendered_for(role)
        span = self._sentence_span(role, index)
        if rendered is None or span is None:
            return None
        position = rendered.position(span.start)
        document = self.editor.document()
        if position >= document.characterCount() - 1 and position > rendered.start:
            return None
        block = document.findBlock(position)
        return block if block.isValid() else None

    def reveal_row(self, role: PassageRole, index: int) -> None:
        """Lay out the stretch around sentence `index` of `role` if it is hidden (a long text shows only the stretch
        around the screen)."""
        rendered = self._rendered_for(role)
        span = self._sentence_span(role, index)
        if self._lazy is not None and rendered is not None and span is not None:
            self._lazy.reveal(rendered.position(span.start))

    def row_top(self, role: PassageRole, index: int) -> float | None:
        """Document y of the first line of the block where sentence `index` of `role` starts."""
        block = self._row_block(role, index)
        if block is None:
            return None
        rect = self.editor.document().documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return None
        return float(rect.top() + layout.lineAt(0).y())

    def row_top_estimate(self, role: PassageRole, index: int) -> float | None:
        """`row_top`, or for a row hidden with the rest of a long text away from the screen, where its estimated
        height puts it (None while it is not laid in yet)."""
        top = self.row_top(role, index)
        lazy, rendered, span = self._lazy, self._rendered_for(role), self._sentence_span(role, index)
        if top is not None or lazy is None or rendered is None or span is None or self._row_block(role, index) is None:
            return top
        line = lazy.line_at(rendered.position(span.start))
        return None if line < 0 else lazy.line_top(line)

    def _pad_target(self, role: PassageRole, index: int) -> QTextBlock | None:
        """The block whose top margin moves the row: the passage's label for its first row (label and text move
        together), else the row's own first block."""
        block = self._row_block(role, index)
        if block is not None and index == 0 and block.previous().isValid():
            return block.previous()
        return block

    def row_padding(self, role: PassageRole, index: int) -> float:
        block = self._pad_target(role, index)
        if block is None:
            return 0.0
        return self._row_pads.get(block.blockNumber(), (0.0, 0.0))[1]

    def set_row_padding(self, role: PassageRole, index: int, pixels: float) -> None:
        """Put `pixels` of extra space above the row where sentence `index` of `role` starts."""
        block = self._pad_target(role, index)
        if block is None:
            return
        number = block.blockNumber()
        own, current = self._row_pads.get(number, (_padded_margin(block.blockFormat(), number), 0.0))
        if abs(current - pixels) < 0.5:
            return
        self._row_pads[number] = (own, pixels)
        fmt = block.blockFormat()
        _set_padded_margin(fmt, number, own + pixels)
        cursor = QTextCursor(block)
        cursor.setBlockFormat(fmt)

    def clear_row_padding(self) -> None:
        """Take out every row's extra space (the rows are aligned again from what is on screen)."""
        document = self.editor.document()
        for number, (own, _pad) in list(self._row_pads.items()):
            block = document.findBlockByNumber(number)
            if block.isValid():
                fmt = block.blockFormat()
                _set_padded_margin(fmt, number, own)
                QTextCursor(block).setBlockFormat(fmt)
        self._row_pads = {}

    # --- rendering --------------------------------------------------------------------------------------------

    def _apply_style(self) -> None:
        theme = self._theme
        header_font = QFont(reading_font(self._lang or "en", self._zoom))
        header_font.setPointSizeF(zoomed(10.5, self._zoom))
        header_font.setWeight(QFont.Weight.DemiBold)
        self.header.setFont(header_font)
        sheet = (
            f"#sideHeader {{ background: {theme.base}; color: {theme.text}; padding: 14px 0 10px 0;"
            f" border-bottom: 1px solid {theme.border}; }}"
            f"#sideText {{ background: {theme.base}; color: {theme.text}; border: none; }}"
        )
        if sheet != self.styleSheet():  # setting it again re-polishes every child
            self.setStyleSheet(sheet)
        self.editor.viewport().update()

    def _formats(self) -> dict[str, QTextCharFormat]:
        theme = self._theme

        def fmt(colour: str, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QTextCharFormat:
            char = QTextCharFormat()
            char.setForeground(solid_brush(colour))
            char.setFontPointSize(zoomed(size, self._zoom))
            char.setFontWeight(int(weight.value) if hasattr(weight, "value") else int(weight))
            return char

        label = fmt(theme.label, 8.5, QFont.Weight.Bold)
        label.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
        label.setFontLetterSpacing(1.2)
        badge = fmt(theme.muted_text, 8.5)
        badge.setBackground(solid_brush(theme.mt_badge_bg))
        badge.setFontItalic(True)
        placeholder = fmt(theme.label, 11.5)
        placeholder.setFontItalic(True)
        byline = fmt(theme.muted_text, 9.5)
        heading = QTextCharFormat()  # merged over the text's own format: family and colour stay
        heading.setFontWeight(int(QFont.Weight.Bold.value))
        heading.setFontPointSize(zoomed(13.5, self._zoom))
        return {"label": label, "badge": badge, "placeholder": placeholder, "byline": byline, "heading": heading}

    def _text_format(self, block: Block) -> QTextCharFormat:
        """Families for the block's language; the size comes from the document's default font (zoom)."""
        char = QTextCharFormat()
        char.setFontFamilies(reading_families(block.lang or self._lang or "en"))
        machine = block.kind is BlockKind.MACHINE
        char.setForeground(solid_brush(self._theme.muted_text if machine else self._theme.text))
        return char

    def _name_side(self) -> None:
        """The header (the side's language) and the name screen readers give the text."""
        languages = self._languages()
        label = side_language_label(languages[0], *languages[1:]) if languages else side_language_label(None)
        self.header.setText(label if self._blocks else "")
        side_name = "Chinese or Japanese" if self.side is Side.CJK else "English"
        header = self.header.text()
        self.editor.setAccessibleName(f"{side_name} side: {header}" if header else f"{side_name} side")

    def _render(self, keep_scroll: bool = False) -> None:
        self._renders += 1
        anchor = self._top_anchor() if keep_scroll else None
        self._hide_selection_bar()
        was_rendering = self._pending is not None
        self._chunk_timer.stop()
        self._pending = None
        lang = self._lang
        self._name_side()
        document = QTextDocument(self.editor)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(reading_font(lang or "en", self._zoom))
        document.setDocumentMargin(0)
        root = document.rootFrame().frameFormat()
        root.setTopMargin(20)
        root.setBottomMargin(64)
        margin = self._side_margin()  # set while the document is empty: changing it later relayouts everything
        root.setLeftMargin(margin)
        root.setRightMargin(margin)
        document.rootFrame().setFrameFormat(root)
        formats = self._formats()
        cursor = QTextCursor(document)
        rendered: list[_Rendered] = []
        self._lazy = None
        self._styled = []
        self._with_button = set()
        self._structure_next: dict[PassageRole, int] = {}
        self._lazy_structure_next = 0
        """The first part of the page's structure a lazily laid-out line yet to come may fall in."""
        if not self._blocks and self._empty_hint:
            self._insert_styled(cursor, self._empty_hint, "placeholder", formats)
        for number, block in enumerate(self._blocks):
            label_format = QTextBlockFormat()
            label_format.setTopMargin(0 if number == 0 else 26)
            label_format.setBottomMargin(6)
            if number == 0:
                cursor.setBlockFormat(label_format)
            else:
                cursor.insertBlock(label_format)
            self._insert_styled(cursor, block.role.value.upper(), "label", formats)
            if block.kind is BlockKind.MACHINE:
                self._insert_styled(cursor, "   ", "label", formats)
                self._insert_styled(cursor, f"\u2009{self._machine_label(block)}\u2009", "badge", formats)
            if block.byline and block.passage is not None:
                # Above the article and outside its text: never its first sentence, never in a summary.
                byline_format = QTextBlockFormat()
                byline_format.setBottomMargin(8)
                cursor.insertBlock(byline_format)
                self._insert_styled(cursor, block.byline, "byline", formats)
            cursor.insertBlock(self._paragraph_format(lang=block.lang), self._text_format(block))
            if block.passage is None:
                text, action = self._placeholders.get(block.role, (PLACEHOLDER_TEXT, None))
                self._insert_styled(cursor, text, "placeholder", formats)
                note = self._placeholder_notes.get(block.role)
                if note:
                    self._insert_styled(cursor, "\u2028" + note, "placeholder", formats)
                if action is not None:  # room for the button under the note
                    self._with_button.add(block.role)
                    room = cursor.blockFormat()
                    room.setBottomMargin(PLACEHOLDER_BUTTON_ROOM)
                    cursor.setBlockFormat(room)
                rendered.append(_Rendered.at(block, cursor.position()))
                continue
            item = _Rendered.at(block, cursor.position())
            rendered.append(item)
            self._styled.append((item.start, item.end, "machine" if block.kind is BlockKind.MACHINE else "original"))
            lines = _lines(block)
            last = number == len(self._blocks) - 1
            if last and len(block.passage.text) > lazy_layout.LAZY_MIN_CHARS:
                self._lazy = self._lazy_layout(block, item)
            if not self._insert_lines(cursor, block, lines, RENDER_CHUNK_CHARS if last else None):
                self._pending = (block, lines)
            self._apply_structure(document, item, formats)
        # What maps positions of the new text, before it goes in: setting the document moves the scroll bar, and
        # what reacts at once (the row aligner) must pad the new text's rows, recorded as such, not old positions.
        self._row_pads = {}
        self._rendered = rendered
        self._replacing = True  # the scroll bar moves with the new text: no reader's scroll to follow
        try:
            replace_document(self.editor, document)
            self.editor.setCursorWidth(0)  # stored on the document layout; a reader needs no caret
            self._update_measure()
            self._update_extra_selections()
            if anchor is not None:
                self._restore_anchor(anchor)
        finally:
            self._replacing = False
        if self._pending is not None:
            self._chunk_timer.start(0)
        if was_rendering != (self._pending is not None):
            self.renderingChanged.emit(self._pending is not None)
        self._place_placeholder_buttons()

    def _insert_styled(self, cursor: QTextCursor, text: str, style: str, formats: dict[str, QTextCharFormat]) -> None:
        start = cursor.position()
        cursor.insertText(text, formats[style])
        self._styled.append((start, cursor.position(), style))

    def _insert_lines(
        self, cursor: QTextCursor, block: Block, lines: Iterator[tuple[str | None, str, int]], budget: int | None
    ) -> bool:
        """Insert lines (see `_lines`) until `budget` characters; True when all are in."""
        text_format = self._text_format(block)
        inserted = 0
        lazy = self._lazy if self._lazy is not None and block is self._blocks[-1] else None
        structure = block.structure
        for kind, line, start in lines:
            if lazy is not None:
                code = EMPTY if not line.strip() else GAP if kind == "paragraph" else NORMAL
                if structure and code != EMPTY:
                    code = self._structure_code(structure, start, code)
                lazy.insert_line(cursor, code, self.shown_text(line, block.lang), into_block=kind is None)
                inserted += len(line) + 1
                if budget is not None and inserted >= budget:
                    lazy.flush(cursor)
                    return False
                continue
            if kind == "line":
                cursor.insertBlock(self._paragraph_format(empty=not line.strip(), lang=block.lang), text_format)
            elif kind == "paragraph":
                cursor.insertBlock(self._paragraph_gap_format(block.lang), text_format)
            if line:
                cursor.insertText(self.shown_text(line, block.lang), text_format)
            inserted += len(line) + 1
            if budget is not None and inserted >= budget:
                return False
        if lazy is not None:
            lazy.flush(cursor)
        return True

    def _structure_code(self, structure: Sequence[TextBlock], start: int, code: int) -> int:
        """A lazily laid-out line's code as a web page's quotation or list item (the page's structure is in order,
        and so are the lines asked about)."""
        number = self._lazy_structure_next
        while number < len(structure) and structure[number].end <= start:
            number += 1
        self._lazy_structure_next = number
        if number < len(structure) and structure[number].start <= start:
            kind = structure[number].kind
            if kind is TextKind.QUOTE:
                return QUOTE_GAP if code == GAP else QUOTE
            if kind is TextKind.ITEM:
                return ITEM_GAP if code == GAP else ITEM
        return code

    def _continue_render(self) -> None:
        """Lay in the next slice of a long passage, then come back through the event loop."""
        if self._pending is None:
            return
        block, lines = self._pending
        cursor = QTextCursor(self.editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # One edit block per slice: the layout then handles the slice once, not once per inserted line (that made
        # a 20 MB article take many minutes). The slice grows or shrinks so insertion plus layout fit the budget.
        started = time.perf_counter()
        # A slice laid in (and a long text's spacers redrawn round it) moves the scroll bar, not the reader.
        self._replacing = True
        try:
            cursor.beginEditBlock()
            done = self._insert_lines(cursor, block, lines, self._slice_chars)
            cursor.endEditBlock()
            spent = max(time.perf_counter() - started, 1e-4)
            if self._lazy is not None:
                self._lazy.text_inserted()
        finally:
            self._replacing = False
        scaled = int(self._slice_chars * min(2.0, RENDER_SLICE_S / spent))
        most = RENDER_SLICE_MAX_CHARS if self._lazy is None else LAZY_SLICE_MAX_CHARS
        self._slice_chars = max(RENDER_SLICE_MIN_CHARS, min(most, scaled))
        if done:
            self._pending = None
            for item in self._rendered:
                self._apply_structure(self.editor.document(), item, self._formats())
            self._update_extra_selections()
            self.renderingChanged.emit(False)
        else:
            self._chunk_timer.start(0)

    def _apply_structure(self, document: QTextDocument, item: _Rendered, formats: dict[str, QTextCharFormat]) -> None:
        """Headings bold and larger, list items with bullets, quotations indented: the page's own structure, drawn
        by formats alone so the text and its offsets stay as they are."""
        structure = item.block.structure
        role = item.block.role
        if not structure or item.block.passage is None:
            return
        # A lazily laid-out passage's quotations and list items are its lines' own styles (`_structure_code`): a
        # hidden line shares its block with others, so only the headings' character formats are put in here.
        lazy = self._lazy is not None and item.block is self._blocks[-1]
        end = document.characterCount() - 1
        items: QTextList | None = None
        previous_end = -1
        for number in range(self._structure_next.get(role, 0), len(structure)):
            part = structure[number]
            start, stop = item.position(part.start), item.position(part.end)
            if stop > end:
                return  # not laid in yet: done once the rest is in
            self._structure_next[role] = number + 1
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            if part.kind is TextKind.HEADING:
                cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(formats["heading"])
                self._styled.append((start, stop, "heading"))
            elif lazy:
                continue
            elif part.kind is TextKind.ITEM:
                if items is not None and part.start - previous_end <= 2:  # the next item of the same list
                    items.add(cursor.block())
                else:
                    from PySide6.QtGui import QTextListFormat

                    list_format = QTextListFormat()
                    list_format.setStyle(QTextListFormat.Style.ListDisc)
                    list_format.setIndent(1)
                    items = cursor.createList(list_format)
                previous_end = part.end
            elif part.kind is TextKind.QUOTE:
                quote = cursor.blockFormat()
                quote.setLeftMargin(24)
                cursor.setBlockFormat(quote)

    def _restyle(self) -> None:
        """Apply zoom and theme to the rendered document without rebuilding it (fast on long articles)."""
        document = self.editor.document()
        document.setDefaultFont(reading_font(self._lang or "en", self._zoom))
        formats = self._formats()
        for style, colour in (("machine", self._theme.muted_text), ("original", self._theme.text)):
            formats[style] = QTextCharFormat()
            formats[style].setForeground(solid_brush(colour))
        cursor = QTextCursor(document)
        last = document.characterCount() - 1
        for start, end, style in self._styled:
            cursor.setPosition(min(start, last))
            cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
            if style in ("machine", "original", "heading"):
                cursor.mergeCharFormat(formats[style])
            else:
                cursor.setCharFormat(formats[style])
        self._update_measure()
        self._update_extra_selections()

    def _languages(self) -> list[str]:
        """The languages the side shows, its own first (a translation into a chosen language can join it)."""
        return [lang for lang in dict.fromkeys([self._lang, *(block.lang for block in self._blocks)]) if lang]

    def _machine_label(self, block: Block) -> str:
        label = "machine translation"
        if block.lang and len(self._languages()) > 1:  # into which, where the header names more than one
            label += f" · {language_name(block.lang)}"
        translation = block.translation
        if translation is None:
            return label
        done = sum(1 for s in translation.sentences if s is not None)
        if done < len(translation.sentences):
            return f"{label} · {done} of {len(translation.sentences)}"
        return label

    def _paragraph_format(self, empty: bool = False, lang: str | None = None) -> QTextBlockFormat:
        """Lines 1.5 em apart (fonts like Noto CJK already have tall natural lines, so scale from those)."""
        key = (empty, lang or self._lang or "en", self._zoom if empty else 0)
        cached = self._paragraph_formats.get(key)
        if cached is None:
            cached = self._paragraph_formats[key] = self._make_paragraph_format(empty, key[1])
        return cached

    def _paragraph_gap_format(self, lang: str | None) -> QTextBlockFormat:
        """A paragraph the view starts itself (machine translations keep the source's paragraphs)."""
        paragraph = QTextBlockFormat(self._paragraph_format(lang=lang))
        paragraph.setTopMargin(zoomed(EMPTY_LINE_PX, self._zoom))
        return paragraph

    def _make_paragraph_format(self, empty: bool, lang: str) -> QTextBlockFormat:
        paragraph = QTextBlockFormat()
        if empty:
            # Fixed, not proportional: Qt's hit-testing misplaces lines after a block under 100 % height.
            fixed = QTextBlockFormat.LineHeightTypes.FixedHeight.value
            paragraph.setLineHeight(zoomed(EMPTY_LINE_PX, self._zoom), fixed)
            return paragraph
        font = reading_font(lang)
        metrics = QFontMetricsF(font)
        em = font.pointSizeF() * metrics.fontDpi() / 72
        spacing = LINE_SPACING_CJK if is_cjk(lang) else LINE_SPACING
        percent = max(100.0, 100 * spacing * em / metrics.height())
        paragraph.setLineHeight(round(percent), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return paragraph

    def _measure(self) -> float:
        """The widest comfortable text column: about 80 Latin or 40 CJK characters."""
        return _measure(self._lang or "en", self._zoom)

    def _side_margin(self) -> float:
        return max(MIN_SIDE_MARGIN, (self.editor.viewport().width() - self._measure()) / 2)

    def _update_measure(self) -> None:
        margin = self._side_margin()
        document = self.editor.document()
        frame = document.rootFrame()
        fmt = frame.frameFormat()
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
        scrollbar = self.editor.verticalScrollBar().width() if self.editor.verticalScrollBar().isVisible() else 0
        self.header.setContentsMargins(int(margin), 0, int(margin) + scrollbar, 0)

    def _top_anchor(self) -> tuple[int, float]:
        """The document position at the top of the viewport and the scroll ratio, to come back after a re-render."""
        bar = self.editor.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        if self._lazy is not None:  # a hit test there can land in the hidden text's space
            return self._visible_positions()[0], ratio
        return self.editor.cursorForPosition(QPoint(MIN_SIDE_MARGIN, 4)).position(), ratio

    def _restore_anchor(self, anchor: tuple[int, float]) -> None:
        position, ratio = anchor
        bar = self.editor.verticalScrollBar()
        if position <= 0:
            bar.setValue(int(ratio * bar.maximum()))
            return
        if self._lazy is not None:
            self._lazy.reveal(position)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(min(position, self.editor.document().characterCount() - 1))
        rect = self.editor.cursorRect(cursor)
        bar.setValue(bar.value() + rect.top() - 4)

    # --- offsets and geometry ---------------------------------------------------------------------------------

    def _rendered_for(self, role: PassageRole | None) -> _Rendered | None:
        for rendered in self._rendered:
            if rendered.block.role is role and rendered.block.passage is not None:
                return rendered
        return None

    def _rendered_at(self, position: int) -> _Rendered | None:
        for rendered in self._rendered:
            if rendered.contains(position):
                return rendered
        return None

    def sentence_span(self, role: PassageRole, index: int) -> Span | None:
        """Sentence `index` of the passage shown for `role` (None when not shown)."""
        return self._sentence_span(role, index)

    def _sentence_span(self, role: PassageRole, index: int) -> Span | None:
        rendered = self._rendered_for(role)
        if rendered is None or rendered.block.passage is None:
            return None
        sentences = rendered.block.passage.sentences
        return sentences[index] if 0 <= index < len(sentences) else None

    def _content_offset(self) -> QPointF:
        return _content_offset(self.editor)

    def _position_at(self, point: QPoint) -> int | None:
        return position_at(self.editor, point)

    def _span_rects(self, rendered: _Rendered, span: Span) -> Iterator[QRectF]:
        yield from span_rects_in(self.editor, rendered, span)

    # --- decorations ------------------------------------------------------------------------------------------

    def _drop_decorations(self, role: PassageRole) -> None:
        self.tints_version += 1
        for store in (self._facts, self._fact_starts, self._user_highlights, self._marked, self._warnings, self._found):
            store.pop(role, None)
        if self._found_current is not None and self._found_current[0] is role:
            self._found_current = None
        if self._highlight is not None and self._highlight[0] is role:
            self._highlight = None
        if self._flash is not None and self._flash[0] is role:
            self._flash = None

    def _selection(self, rendered: _Rendered, span: Span, char: QTextCharFormat) -> QTextEdit.ExtraSelection:
        return extra_selection(self.editor, rendered, span, char)

    def _visible_positions(self) -> tuple[int, int]:
        lazy = self._lazy
        if lazy is not None and lazy.last >= 0:
            return visible_positions(self.editor, lazy.shown_blocks())
        return visible_positions(self.editor)

    def _lazily_laid_out(self) -> bool:
        return self._lazy is not None

    def last_shown_block(self) -> QTextBlock:
        """The last block Qt lays out: the document's last, or the end of the shown stretch of a long text."""
        lazy = self._lazy
        if lazy is not None and 0 <= lazy.last < len(lazy.starts) - 1:
            return lazy.last_shown_block()
        return self.editor.document().lastBlock()

    def _reveal_cursor(self) -> None:
        lazy = self._lazy
        if lazy is not None and not lazy.moving and not self.editor.textCursor().block().isVisible():
            lazy.reveal(self.editor.textCursor().position())

    def _lazy_layout(self, block: Block, item: _Rendered) -> LazyLayout:
        """Estimates of a long passage's line heights from its font (corrected once the first screens are laid
        out)."""
        lang = block.lang or self._lang or "en"
        sample = block.passage.text[:4000] if block.passage is not None else ""
        width = max(100.0, self.editor.viewport().width() - 2 * self._side_margin())
        line_height, per_line = estimated_lines(lang, self._zoom, sample, width, self._paragraph_format(lang=lang))

        def formats(kind: int) -> QTextBlockFormat:
            if kind == EMPTY:
                return self._paragraph_format(empty=True, lang=block.lang)
            if kind == GAP:
                return self._paragraph_gap_format(block.lang)
            return self._paragraph_format(lang=block.lang)

        empty = zoomed(EMPTY_LINE_PX, self._zoom)
        styles = paragraph_styles(formats, self._text_format(block), line_height, per_line, empty, empty)
        return LazyLayout(
            self.editor,
            lambda: item.start,
            styles,
            bool(item.astral),
            self.clear_row_padding,  # kept by block number; the row aligner pads the rows on screen again
        )

    def _place_placeholder_buttons(self) -> None:
        """Put each placeholder's button just under its note (or hide it when its passage is shown)."""
        for role, button in self._placeholder_buttons.items():
            block = self.block(role)
            label = self._placeholders.get(role, ("", None))[1]
            rendered = next((r for r in self._rendered if r.block.role is role), None)
            shown = block is not None and block.passage is None and role in self._with_button
            if shown and rendered is not None and not self.editor.document().findBlock(rendered.start).isVisible():
                shown = False  # hidden with the text far above the screen
            if not shown or label is None or rendered is None:
                button.hide()
                continue
            cursor = QTextCursor(self.editor.document())
            # The end of the note: its last line (a second feature's line, such as a word gloss, may follow).
            cursor.setPosition(min(rendered.start, self.editor.document().characterCount() - 1))
            line = self.editor.cursorRect(cursor)
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            left = self.editor.cursorRect(cursor).left()
            button.setText(label)
            button.adjustSize()
            button.move(left, line.bottom() + 10)
            button.show()

    def set_placeholder(self, role: PassageRole, text: str, action: str | None = None) -> None:
        """What the slot of untranslated passage `role` says ("Needs an English → Japanese model"), with a button
        labelled `action` under it that emits `placeholderActionRequested(role)`."""
        if self._placeholders.get(role) == (text, action):
            return
        self._placeholders[role] = (text, action)
        if action is not None and role not in self._placeholder_buttons:
            from PySide6.QtWidgets import QPushButton

            button = QPushButton(self.editor.viewport())
            button.setObjectName(f"placeholderAction-{role.value}")
            button.clicked.connect(lambda _checked=False, role=role: self.placeholderActionRequested.emit(role))
            self._placeholder_buttons[role] = button
        block = self.block(role)
        shown = sum(len(b.passage.text) for b in self._blocks if b.passage is not None)
        if block is not None and block.passage is None and shown < RENDER_CHUNK_CHARS:
            self._render(keep_scroll=True)  # a short side: the note is part of its text
        self._place_placeholder_buttons()
        self.contentChanged.emit()

    def set_placeholder_note(self, role: PassageRole, note: str) -> None:
        """A second line under the slot's placeholder, from another feature (the dictionary's word gloss where no
        model can translate); '' removes it."""
        if self._placeholder_notes.get(role, "") == note:
            return
        self._placeholder_notes[role] = note
        block = self.block(role)
        if block is not None and block.passage is None:
            shown = sum(len(b.passage.text) for b in self._blocks if b.passage is not None)
            if shown < RENDER_CHUNK_CHARS or not self._rewrite_placeholder(role):
                self._render(keep_scroll=True)
            self._place_placeholder_buttons()

    def _rewrite_placeholder(self, role: PassageRole) -> bool:
        """Put the slot's text and note in place in the laid-out document (False when the slot is not found): a
        long side is not laid out again from the start for one line near its top."""
        slots = (i for i, r in enumerate(self._rendered) if r.block.role is role and r.block.passage is None)
        index = next(slots, None)
        if index is None:
            return False
        item = self._rendered[index]
        document = self.editor.document()
        text_block = document.findBlock(item.start)
        if not text_block.isValid() or text_block.position() + text_block.length() - 1 != item.start:
            return False
        text = self._placeholders.get(role, (PLACEHOLDER_TEXT, None))[0]
        note = self._placeholder_notes.get(role)
        new = text + ("\u2028" + note if note else "")
        first, old_end = text_block.position(), item.start
        shift = len(new) - (old_end - first)
        anchor = self._top_anchor()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.setPosition(first)
        cursor.setPosition(old_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new, self._formats()["placeholder"])
        cursor.endEditBlock()
        for later in self._rendered[index:]:
            later.start += shift
            later.end += shift
        self._styled = [
            (start, end, style) if end <= first else (start + shift, end + shift, style)
            for start, end, style in self._styled
            if not (first <= start and end <= old_end)
        ]
        self._styled.append((first, first + len(new), "placeholder"))
        position, ratio = anchor
        self._restore_anchor((position + shift if position >= old_end else position, ratio))
        self._update_extra_selections()
        return True

    def placeholder_note(self, role: PassageRole) -> str:
        return self._placeholder_notes.get(role, "")

    def placeholder(self, role: PassageRole) -> tuple[str, str | None]:
        return self._placeholders.get(role, (PLACEHOLDER_TEXT, None))

    def placeholder_button(self, role: PassageRole) -> QPushButton | None:
        return self._placeholder_buttons.get(role)

    def _on_scrolled(self) -> None:
        """Make the tints of what scrolled into view once the screen leaves the tinted stretch."""
        if self._lazy is not None:
            self._lazy.follow_screen()
        self._place_placeholder_buttons()
        if not self._rendered:
            return  # nothing laid out to tint (`_render` sets the tints of what it lays out)
        top, bottom = self._visible_positions()
        if top < self._tint_window[0] or bottom > self._tint_window[1]:
            self._update_extra_selections()

    def _update_extra_selections(self) -> None:
        if self.isHidden() and self.parentWidget() is not None:
            # A column the layout hides (the interleaved layout mirrors it): its own tints wait for `showEvent`.
            self._tints_stale = True
            self.tintsChanged.emit()
            return
        self._tints_stale = False
        selections: list[QTextEdit.ExtraSelection] = []
        top, bottom = self._visible_positions()
        margin = 2 * (bottom - top) + TINT_MARGIN_CHARS
        self._tint_window = (max(0, top - margin), bottom + margin)
        for rendered in self._rendered:
            if rendered.block.passage is not None:
                low, high = self._window_offsets(rendered)
                tints = self.tints(rendered.block.role, low, high)
                selections.extend(self._selection(rendered, span, char) for span, char in tints)
        selections.extend(self._found_selections())
        for role, span, char in self.sentence_tints():
            holder = self._rendered_for(role)
            if holder is not None:
                selections.append(self._selection(holder, span, char))
        self.editor.setExtraSelections(selections)
        self.tintsChanged.emit()

    def tints(self, role: PassageRole, low: int, high: int) -> Iterator[tuple[Span, QTextCharFormat]]:
        """The lasting tints of passage `role` that touch offsets [low, high]: highlights, facts, warnings (drawn
        here, and by the interleaved layout where it shows this side's text)."""
        yield from self._highlight_tints(role, low, high)
        yield from self._fact_tints(role, low, high)
        yield from self._warning_tints(role, low, high)

    def sentence_tints(self) -> list[tuple[PassageRole, Span, QTextCharFormat]]:
        """The passing tints, over every other: the hovered (or counterpart) sentence and a flashed span."""
        theme = self._theme
        found: list[tuple[PassageRole, Span, QTextCharFormat]] = []
        if self._highlight is not None:
            role, index = self._highlight
            colour = theme.hover_tint if self._hovered == self._highlight else theme.counterpart_tint
            sentence = self._sentence_span(role, index)
            if sentence is not None:
                found.append((role, sentence, _background(colour)))
        if self._flash is not None:
            found.append((*self._flash, _background(theme.flash_tint)))
        return found

    def _window_offsets(self, rendered: _Rendered) -> tuple[int, int]:
        """The passage offsets of `rendered` inside the tinted stretch (empty when it is off screen)."""
        low, high = max(self._tint_window[0], rendered.start), min(self._tint_window[1], rendered.end)
        if low > high:
            return 0, -1
        return rendered.offset(low), rendered.offset(high)

    def _fact_tints(self, role: PassageRole, low: int, high: int) -> Iterator[tuple[Span, QTextCharFormat]]:
        if not self._facts_visible:
            return
        facts = self._facts.get(role, [])
        starts = self._fact_starts.get(role, [])
        first = bisect_left(starts, low - TINT_MARGIN_CHARS)
        highlighted = [span for span, _colour in self._user_highlights.get(role, [])]
        for index in range(first, bisect_right(starts, high)):  # by index: `facts` may be a view, not a list
            span, kind = facts[index]
            if span.end < low:
                continue
            colour = self._theme.fact_colour(kind)
            fill = QTextCharFormat()
            fill.setBackground(colour)
            covering = [mark for mark in highlighted if span.overlaps(mark)] if highlighted else []
            if not covering:
                yield span, fill
                continue
            # Under a highlight's fill a fact keeps a thin underline in its kind's colour; the rest keeps its tint.
            underline = QTextCharFormat()
            underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            underline.setUnderlineColor(colour.lighter(170) if self._theme.dark else colour.darker(170))
            for piece, covered in split_by_marks(span, covering):
                yield piece, underline if covered else fill

    def highlight_fill(self, colour: str) -> QColor:
        """The filled tint of a highlight colour in this theme."""
        from reader_app.core.palette import HIGHLIGHT_FILLS_DARK, HIGHLIGHT_TINTS

        fills = HIGHLIGHT_FILLS_DARK if self._theme.dark else HIGHLIGHT_TINTS
        return QColor(fills[colour]) if colour in fills else self._theme.highlight_colour(colour)

    def _highlight_tints(self, role: PassageRole, low: int, high: int) -> Iterator[tuple[Span, QTextCharFormat]]:
        for span, colour in self._user_highlights.get(role, []):
            if span.end < low or span.start > high:
                continue
            char = QTextCharFormat()
            char.setBackground(self.highlight_fill(colour))
            yield span, char

    def _found_selections(self) -> Iterator[QTextEdit.ExtraSelection]:
        from reader_app.ui.palette_find import found_colours

        every, current = found_colours(self._theme)
        for rendered in self._rendered:
            role = rendered.block.role
            spans, starts = self._found.get(role, ([], []))
            low, high = self._window_offsets(rendered)
            char = QTextCharFormat()
            char.setBackground(QColor(every))
            for span in spans[bisect_left(starts, low - 200) : bisect_right(starts, high)]:
                yield self._selection(rendered, span, char)
        if self._found_current is not None:
            role, span = self._found_current
            holder = self._rendered_for(role)
            if holder is not None:
                strong = QTextCharFormat()
                strong.setBackground(QColor(current))
                yield self._selection(holder, span, strong)

    def _warning_tints(self, role: PassageRole, low: int, high: int) -> Iterator[tuple[Span, QTextCharFormat]]:
        for index, reason in self._warnings.get(role, {}).items():
            span = self._sentence_span(role, index)
            if span is None or span.end < low or span.start > high:
                continue
            char = QTextCharFormat()
            char.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            char.setUnderlineColor(QColor(self._theme.warning))
            char.setToolTip(reason)
            yield span, char

    def _end_flash(self) -> None:
        self._flash = None
        self._update_extra_selections()

    def _has_overlays(self) -> bool:
        return any(self._marked.values())

    def _paint_overlays(self, painter: QPainter) -> None:
        """Margin bars for marked sentences (highlights are filled tints among the extra selections)."""
        from PySide6.QtCore import Qt

        theme = self._theme
        painter.setPen(Qt.PenStyle.NoPen)
        # Only what is on screen: measuring a span far down makes Qt lay out everything above it first (slow when a
        # summary sentence sits megabytes into a long article).
        first, last = self._visible_positions()

        def on_screen(rendered: _Rendered, span: Span) -> bool:
            return rendered.position(span.start) <= last and rendered.position(span.end) >= first

        for rendered in self._rendered:
            role = rendered.block.role
            marked = self._marked.get(role)
            if not marked:
                continue
            margin = self.editor.document().rootFrame().frameFormat().leftMargin()
            painter.setBrush(QColor(theme.mark_bar))
            for index in marked:
                sentence = self._sentence_span(role, index)
                if sentence is None or not on_screen(rendered, sentence):
                    continue
                rects = list(self._span_rects(rendered, sentence))
                if rects:
                    top = min(r.top() for r in rects) + 3
                    bottom = max(r.bottom() for r in rects) - 3
                    x = margin - self.editor.horizontalScrollBar().value() - 12
                    painter.drawRoundedRect(QRectF(x, top, 3, bottom - top), 1.5, 1.5)

    # --- input ------------------------------------------------------------------------------------------------

    def _hover_at(self, point: QPoint | None) -> None:
        self.hover_sentence(self.sentence_at(point) if point is not None else None)

    def hover_sentence(self, found: tuple[PassageRole, int] | None) -> None:
        """The mouse is over sentence `found` of this side (None: over none), here or where another view shows this
        side's text (the interleaved layout): tint it and tell the window, which tints its counterpart."""
        if found == self._hovered:
            return
        left = self._hovered
        self._hovered = found
        if found is None:
            self.set_sentence_highlight(None, -1)
            self.sentenceHovered.emit(left[0] if left else None, -1)
            return
        self._highlight = None  # force a repaint: the same sentence may have been tinted as a counterpart
        self.set_sentence_highlight(*found)
        self.sentenceHovered.emit(*found)

    def _click_at(self, point: QPoint) -> None:
        found = self.sentence_at(point)
        self.sentenceClicked.emit(*(found or (None, -1)))

    def _tooltip_at(self, point: QPoint) -> str | None:
        found = self.sentence_at(point)
        return self.sentence_warning(*found) if found is not None else None

    def sentence_warning(self, role: PassageRole, index: int) -> str | None:
        """Why sentence `index` of `role` cannot be trusted (its warning's tooltip), or None."""
        return self._warnings.get(role, {}).get(index)

    def _selection_span(self) -> tuple[PassageRole | None, Span | None]:
        """The selection clamped to the block where it starts, in that passage's offsets."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None, None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for rendered in self._rendered:
            if rendered.block.passage is None or end <= rendered.start or start >= rendered.end:
                continue
            a = rendered.offset(max(start, rendered.start))
            b = rendered.offset(min(end, rendered.end))
            if b > a:
                return rendered.block.role, Span(a, b)
        return None, None

    def _on_selection_changed(self) -> None:
        current = self._selection_span()
        if current != self._last_selection:
            self._last_selection = current
            if current[1] is None:
                self._hide_selection_bar()
            self.selectionChanged.emit(*current)


    def _emit_translate(self) -> None:
        role, span = self._last_selection
        if role is not None and span is not None:
            self._hide_selection_bar()
            self.translateRequested.emit(role, span)

    def _emit_highlight(self, colour: str) -> None:
        role, span = self._last_selection
        if role is not None and span is not None:
            self._hide_selection_bar()
            self.highlightRequested.emit(role, span, colour)

    def _emit_look_up(self) -> None:
        role, span = self._last_selection
        if role is not None and span is not None:
            self._hide_selection_bar()
            self.lookUpRequested.emit(role, span)

    def _emit_copy_with_source(self) -> None:
        role, span = self._last_selection
        if role is not None and span is not None:
            self.copyWithSourceRequested.emit(role, span)

    def _bar_top_limit(self, position: int, paragraph_top: int) -> int:
        # When the paragraph goes on under the selection, over the passage's paragraphs above rather than over the
        # line the reader reads next; never over the passage's label.
        rendered = self._rendered_at(position)
        end = self.editor.textCursor().selectionEnd()
        block = self.editor.document().findBlock(end)
        layout = block.layout()
        if rendered is None or layout is None or layout.lineCount() == 0:
            return paragraph_top
        if layout.lineForTextPosition(end - block.position()).lineNumber() >= layout.lineCount() - 1:
            return paragraph_top  # under the selection is the gap before the next paragraph
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(rendered.start)
        return min(paragraph_top, self.editor.cursorRect(cursor).top())

    def _emit_search_library(self) -> None:
        text = " ".join(self.selected_text().split())
        if text:
            self.searchLibraryRequested.emit(text[:200])

    def _emit_note(self) -> None:
        role, span = self._last_selection
        if role is not None and span is not None:
            self._hide_selection_bar()
            self.noteRequested.emit(role, span)


def _lines(block: Block) -> Iterator[tuple[str | None, str, int]]:
    """The passage's lines with what starts each: None (the first), "line" (a "\\n" in the text, one position) or
    "paragraph" (a break the view adds at `block.breaks`, one extra position); and the passage offset each starts
    at."""
    text = block.passage.text if block.passage is not None else ""
    cuts = [0, *(b for b in block.breaks if 0 < b < len(text)), len(text)]
    first = True
    for a, b in itertools.pairwise(cuts):
        # Found one at a time: splitting a long article at once held the window for the whole text.
        start, number = a, 0
        while True:
            end = text.find("\n", start, b)
            yield (None if first else ("line" if number else "paragraph")), text[start : b if end < 0 else end], start
            first = False
            if end < 0:
                break
            start, number = end + 1, number + 1


def _content_offset(editor: QTextEdit) -> QPointF:
    return QPointF(editor.horizontalScrollBar().value(), editor.verticalScrollBar().value())


def position_at(editor: QTextEdit, point: QPoint) -> int | None:
    """Document position of the character under `point`, or None over margins and blank space."""
    from PySide6.QtCore import Qt

    document = editor.document()
    layout = document.documentLayout()
    target = QPointF(point) + _content_offset(editor)
    position = layout.hitTest(target, Qt.HitTestAccuracy.FuzzyHit)
    if position < 0:
        return None
    # The fuzzy hit is the nearest caret position; keep it only when the point is over that line's text.
    block = document.findBlock(position)
    text_layout = block.layout()
    line = text_layout.lineForTextPosition(position - block.position())
    if not line.isValid():
        return None
    origin = layout.blockBoundingRect(block).topLeft()
    top = origin.y() + line.y()
    left = origin.x() + line.x()
    if not (top <= target.y() < top + line.height() and left <= target.x() <= left + line.naturalTextWidth()):
        return None
    if position > block.position() and _x(line.cursorToX(position - block.position())) > target.x() - origin.x():
        position -= 1  # the caret lands after the character under the point's right half
    return position


def span_rects_in(editor: QTextEdit, rendered: _Rendered, span: Span) -> Iterator[QRectF]:
    """One rectangle per line the span covers, in viewport coordinates."""
    document = editor.document()
    layout = document.documentLayout()
    start = rendered.position(min(span.start, rendered.offset(rendered.end)))
    end = rendered.position(span.end)
    offset = _content_offset(editor)
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        text_layout = block.layout()
        origin = layout.blockBoundingRect(block).topLeft() - offset
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            line_start = block.position() + line.textStart()
            line_end = line_start + line.textLength()
            a, b = max(start, line_start), min(end, line_end)
            if a >= b:
                continue
            x1 = _x(line.cursorToX(a - block.position()))
            x2 = _x(line.cursorToX(b - block.position()))
            yield QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height())
        block = block.next()


def visible_positions(editor: QTextEdit, shown: tuple[int, int] | None = None) -> tuple[int, int]:
    """First and last document positions on screen.

    Found by a search over the blocks' laid-out rectangles: `cursorForPosition` answered positions megabytes
    down for the top of a 20 MB article. Asking a block's rectangle lays the document out down to that block, so
    the search gallops down from the first block (or from the top of the screen) before it halves: a bisection
    from the middle block would lay out half the document at once after every change of width. `shown`: the block
    numbers of a long text's laid-out stretch (the search stays inside it)."""
    document = editor.document()
    layout = document.documentLayout()
    top = editor.verticalScrollBar().value()
    bottom = top + editor.viewport().height()

    def below(number: int, y: float) -> bool:
        rect = layout.blockBoundingRect(document.findBlockByNumber(number))
        return rect.isNull() or rect.bottom() >= y  # null: not laid out yet, so below what is laid out

    def block_at(y: float, start: int = 0) -> int:
        last = document.blockCount() - 1 if shown is None else shown[1]
        low, step = start, 1
        high = min(last, low + step)
        while high < last and not below(high, y):
            low, step = high + 1, step * 2
            high = min(last, low + step)
        while low < high:
            middle = (low + high) // 2
            if below(middle, y):
                high = middle
            else:
                low = middle + 1
        return low

    first_number = block_at(top, 0 if shown is None else shown[0])
    first = document.findBlockByNumber(first_number)
    last = document.findBlockByNumber(block_at(bottom, first_number))
    return first.position(), max(first.position(), last.position() + last.length())


def extra_selection(
    editor: QTextEdit, rendered: _Rendered, span: Span, char: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    """`char` over passage offsets `span`, clamped to the stretch `rendered` maps."""
    cursor = QTextCursor(editor.document())
    end = min(rendered.position(span.end), rendered.end, editor.document().characterCount() - 1)
    cursor.setPosition(max(rendered.start, min(rendered.position(span.start), end)))
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = char
    return selection


def _background(colour: str) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setBackground(QColor(colour))
    return char


def _same_blocks(old: list[Block], new: list[Block]) -> bool:
    """Same passages (by identity: texts can be 20 MB) in the same roles and kinds."""
    return len(old) == len(new) and all(
        a.role is b.role
        and a.kind is b.kind
        and a.lang == b.lang
        and a.passage is b.passage
        and a.translation is b.translation
        for a, b in zip(old, new, strict=True)
    )


def _x(value: object) -> float:
    """QTextLine.cursorToX returns a float or (x, position) depending on the binding."""
    if isinstance(value, tuple):
        return float(value[0])
    return float(value)  # type: ignore[arg-type]
