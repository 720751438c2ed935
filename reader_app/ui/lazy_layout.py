"""Lays out only the stretch of a long text around the screen; the rest keeps its place by estimated heights.

Qt keeps the shaped glyphs of every laid-out paragraph (about fifty bytes a character: a gigabyte for a 20 MB
article) and lays the whole document out, however far below the screen. A long passage is therefore laid in with
only the stretch at the top as paragraphs (text blocks); the rest goes in as a few long hidden blocks whose lines
are joined by line separators (one position each, like the paragraph breaks they stand for, so every document
position stays where it was). Qt neither lays out nor keeps glyphs for a hidden block, and a few hundred of them
cost it nothing per change, where a hundred thousand hidden paragraphs cost a tenth of a second per change.

The space the hidden lines would take is kept by estimated heights: the first shown paragraph's top margin stands
for the lines above the stretch, and the passage's last line, always shown, has its top margin stand for those
between the stretch and it. Heights are estimated from a
line's length and the font until the line has been shown once, then measured. When the screen nears an end of the
stretch (or a jump lands outside it) the stretch moves: the lines it reaches become paragraphs again, the ones it
leaves are hidden with their glyphs dropped, and the scroll position is corrected so the text on screen stays put.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat
from PySide6.QtWidgets import QTextEdit

LAZY_MIN_CHARS = 3_000_000
"""A passage longer than this is laid out only around the screen."""
WINDOW_CHARS = 60_000
"""Characters laid out above and below the top of the screen."""
EDGE_SCREENS = 1.0
"""The stretch moves once the screen comes this close to one of its ends."""
HIDDEN_BLOCK_CHARS = 65_536
"""Characters per hidden block (a new block starts at the next line after this many)."""
LINE_SEPARATOR = "\u2028"

MAX_HEIGHT = 8_000_000.0
"""Pixels the hidden lines may take in all: Qt stops a document at 2^23 px (the last tenth of a 20 MB English
article lay beyond the scroll bar), so taller hidden stretches are drawn shorter, in proportion."""

NORMAL, EMPTY, GAP = 0, 1, 2
"""How a side's line is shown once it is a paragraph: plain, an empty line (short), or after a paragraph gap."""
QUOTE, QUOTE_GAP, ITEM, ITEM_GAP = 3, 4, 5, 6
"""A web page's quotation or list item, plain or after a paragraph gap."""
QUOTE_INDENT = 24


def bullet_list() -> QTextListFormat:
    """A web page's list: each item gets a list of its own when it becomes a paragraph (bullets, not numbers, so
    it looks the same as one list)."""
    items = QTextListFormat()
    items.setStyle(QTextListFormat.Style.ListDisc)
    items.setIndent(1)
    return items


@dataclass
class LineStyle:
    """How one kind of line is shown once it is a paragraph, and how tall it is estimated to be until measured."""

    block: QTextBlockFormat
    char: QTextCharFormat
    line_height: float
    """Pixels per wrapped line."""
    chars_per_line: float
    """Characters that fit on a wrapped line; 0: the line takes one line whatever its length (an empty line)."""
    above: float = 0.0
    """Space above the line (its block's top margin)."""
    items: QTextListFormat | None = None
    """Set for a list item: the list it starts once it is a paragraph."""

    def height(self, length: int) -> float:
        lines = 1 if self.chars_per_line <= 0 else max(1, math.ceil(length / self.chars_per_line))
        return lines * self.line_height + self.above


def paragraph_styles(
    formats: Callable[[int], QTextBlockFormat],
    char_format: QTextCharFormat,
    line_height: float,
    chars_per_line: float,
    empty_height: float,
    gap: float,
) -> list[LineStyle]:
    """The styles of a side's passage by code (NORMAL, EMPTY, GAP, then a web page's quotations and list items);
    `formats(kind)` gives the block format of NORMAL, EMPTY and GAP lines."""
    per_line = max(1.0, chars_per_line)
    styles = [
        LineStyle(formats(NORMAL), char_format, line_height, per_line),
        LineStyle(formats(EMPTY), char_format, empty_height, 0.0),
        LineStyle(formats(GAP), char_format, line_height, per_line, gap),
    ]
    for plain in (styles[NORMAL], styles[GAP]):  # QUOTE, QUOTE_GAP
        quote = QTextBlockFormat(plain.block)
        quote.setLeftMargin(quote.leftMargin() + QUOTE_INDENT)
        styles.append(LineStyle(quote, char_format, line_height, per_line, plain.above))
    for plain in (styles[NORMAL], styles[GAP]):  # ITEM, ITEM_GAP
        styles.append(LineStyle(plain.block, char_format, line_height, per_line, plain.above, bullet_list()))
    return styles


class LazyLayout:
    """The lines of one long passage: where each starts, how tall it is, which of them are shown."""

    def __init__(
        self,
        editor: QTextEdit,
        origin: Callable[[], int],
        styles: Sequence[LineStyle],
        astral: bool,
        before_move: Callable[[], None] = lambda: None,
    ) -> None:
        """`origin()`: the document position where the passage starts now (text above it can change length);
        `styles[code]`: how a line laid in with that code is shown (see `insert_line`); `before_move()`: called
        before the stretch moves (lines becoming blocks renumber the blocks after them)."""
        self.editor = editor
        self._origin = origin
        self.styles = list(styles)
        self._astral = astral
        self._pending: list[tuple[QTextCharFormat, list[str]]] = []
        """Hidden lines waiting to go in, as runs of one character format each."""
        self._pending_at = 0
        self._pending_units = 0
        self._before_move = before_move
        self.starts = array("q")
        """Each line's first position, from the passage's start."""
        self.lengths = array("i")
        self.kinds = bytearray()
        self.heights = array("d")
        """How far each line's top is from the next one's: measured once shown, estimated before."""
        self.measured = bytearray()
        self.split = bytearray()
        """1 where a line starts a block of its own, 0 where a line separator joins it to the line before."""
        self.first = 0
        self.last = -1
        self.moving = False
        self.calibrated = False
        self._hidden_run = HIDDEN_BLOCK_CHARS
        self._top_chars = 0
        self._spacers: tuple[int, float, int, float] | None = None
        """(first shown line, its own top margin, the passage's last line, its own top margin) while set."""
        self._end: int | None = None
        """The passage's last line while it is shown apart from the stretch (it carries the space below it)."""

    # --- laying the text in -------------------------------------------------------------------------------------

    def insert(self, cursor: QTextCursor, kind: str | None, line: str, empty: bool) -> None:
        """Lay in a side's next line (`kind` as `side_view._lines` gives it; None for the passage's first line,
        which goes into the block the cursor is in)."""
        code = EMPTY if empty else GAP if kind == "paragraph" else NORMAL
        self.insert_line(cursor, code, line, into_block=kind is None)

    def insert_line(self, cursor: QTextCursor, code: int, line: str, *, into_block: bool = False) -> None:
        """Lay in the next line, shown as `styles[code]` (with `into_block`: into the block the cursor is in, which
        the caller made with that style; only for the passage's first line)."""
        number = len(self.starts)
        style = self.styles[code]
        shown = self.first == 0 and self.last == number - 1 and self._top_chars < 2 * WINDOW_CHARS
        if into_block:
            if style.items is not None or style.block.leftMargin() > 0:
                cursor.setBlockFormat(style.block)  # the caller made a plain paragraph: a quotation or list item
            self._start_structure(cursor, style)
            self._start_line(cursor.position(), code, line, split=True)
            self._top_chars += len(line) + 1
            self.last = number
            if line:
                cursor.insertText(line, style.char)
            return
        if not shown and self._hidden_run < HIDDEN_BLOCK_CHARS:
            # Joined to the hidden block before it; put in with the next ones at once (see `flush`).
            if not self._pending:
                self._pending_at = cursor.position()
            self._pending_units += 1
            self._start_line(self._pending_at + self._pending_units, code, line, split=False)
            if self._pending and self._pending[-1][0] is style.char:
                self._pending[-1][1].append(LINE_SEPARATOR + line)
            else:
                self._pending.append((style.char, [LINE_SEPARATOR + line]))
            self._pending_units += self._units(line)
            self._hidden_run += len(line) + 1
            return
        self.flush(cursor)
        cursor.insertBlock(style.block, style.char)
        self._start_structure(cursor, style)
        if shown:
            self._top_chars += len(line) + 1
            self.last = number
        else:
            cursor.block().setVisible(False)
            self._hidden_run = len(line) + 1
        self._start_line(cursor.position(), code, line, split=True)
        if line:
            cursor.insertText(line, style.char)

    def flush(self, cursor: QTextCursor) -> None:
        """Put in the hidden lines gathered by `insert_line` (one call for many lines of one format)."""
        for char, parts in self._pending:
            cursor.insertText("".join(parts), char)
        self._pending = []
        self._pending_units = 0

    @staticmethod
    def _start_structure(cursor: QTextCursor, style: LineStyle) -> None:
        if style.items is not None:
            cursor.createList(style.items)

    def _units(self, line: str) -> int:
        """Positions `line` takes in the document (UTF-16 units: a character outside the BMP takes two)."""
        return len(line.encode("utf-16-le")) // 2 if self._astral else len(line)

    def _start_line(self, position: int, code: int, line: str, split: bool) -> None:
        self.starts.append(position - self._origin())
        self.lengths.append(len(line))
        self.kinds.append(code)
        self.heights.append(self.styles[code].height(len(line)))
        self.measured.append(0)
        self.split.append(1 if split else 0)

    def text_inserted(self) -> None:
        """After a slice was laid in: estimates corrected once; the passage's last line shown (it carries the space
        of the hidden lines above it), the one shown before hidden."""
        end = len(self.starts) - 1
        if self.last >= end or end == self._end:
            return
        self._calibrate()
        self._clear_spacers()
        cursor = QTextCursor(self._document())
        cursor.beginEditBlock()
        self._split(cursor, end)
        old, self._end = self._end, end
        if old is not None and not self.first <= old <= self.last:
            self._hide(self._block(old))
        self._block(end).setVisible(True)
        cursor.endEditBlock()
        self._hidden_run = HIDDEN_BLOCK_CHARS  # what is laid in next starts a hidden block of its own
        start = self.position(min(end, old if old is not None else end))
        self._document().markContentsDirty(start, self._document().characterCount() - start)
        self._set_spacers()

    def _split(self, cursor: QTextCursor, line: int) -> None:
        """Make `line` start a block of its own (its line separator becomes a paragraph break: same position)."""
        if self.split[line]:
            return
        start = self.position(line)
        cursor.setPosition(start - 1)
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        style = self.styles[self.kinds[line]]
        cursor.insertBlock(style.block, style.char)
        self._start_structure(cursor, style)
        self.split[line] = 1

    @staticmethod
    def _hide(block: QTextBlock) -> None:
        block.setVisible(False)
        layout = block.layout()
        if layout is not None:
            layout.setText("")  # its lines and glyphs: Qt lays the block out again once it is shown

    # --- geometry -----------------------------------------------------------------------------------------------

    def _document(self) -> QTextDocument:
        return self.editor.document()

    def position(self, line: int) -> int:
        return self._origin() + self.starts[line]

    def line_at(self, position: int) -> int:
        """The line holding document `position` (-1 before the passage)."""
        return bisect_right(self.starts, position - self._origin()) - 1

    def _block(self, line: int) -> QTextBlock:
        return self._document().findBlock(self.position(line))

    def _top(self, line: int) -> float:
        return float(self._document().documentLayout().blockBoundingRect(self._block(line)).top())

    def shown_blocks(self) -> tuple[int, int]:
        """Block numbers of the stretch (from the document's first when the stretch starts with the passage)."""
        first = 0 if self.first == 0 else self._block(self.first).blockNumber()
        return first, self._block(self.last).blockNumber()

    def last_shown_block(self) -> QTextBlock:
        return self._block(self.last)

    def shown(self, position: int) -> bool:
        line = self.line_at(position)
        return line < 0 or self.first <= line <= self.last

    def _bounds(self) -> tuple[float, float]:
        layout = self._document().documentLayout()
        top = layout.blockBoundingRect(self._block(self.first)).top()
        bottom = layout.blockBoundingRect(self._block(self.last)).bottom()
        return float(top), float(bottom)

    def _scale(self) -> float:
        """How much shorter the hidden lines are drawn than estimated (1: not at all; see `MAX_HEIGHT`)."""
        total = sum(self.heights)
        return 1.0 if total <= MAX_HEIGHT else MAX_HEIGHT / total

    def line_at_y(self, y: float) -> tuple[int, float]:
        """The line at document y (shown or not) and how far y is below its top."""
        top, bottom = self._bounds()
        scale = self._scale()
        if y < top and self.first > 0:
            heights = [height * scale for height in self.heights[: self.first]]
            tops = list(accumulate(heights, initial=top - sum(heights)))
            line = max(0, min(self.first - 1, bisect_right(tops, y) - 1))
            return line, (y - tops[line]) / scale
        if y > bottom and self.last < len(self.starts) - 1:
            heights = [height * scale for height in self.heights[self.last + 1 :]]
            tops = list(accumulate(heights, initial=bottom))
            index = max(0, min(len(tops) - 2, bisect_right(tops, y) - 1))
            return self.last + 1 + index, (y - tops[index]) / scale
        low, high = self.first, self.last
        while low < high:  # the last shown line whose top is at or above y
            middle = (low + high + 1) // 2
            if self._top(middle) <= y:
                low = middle
            else:
                high = middle - 1
        return low, y - self._top(low)

    def line_top(self, line: int) -> float:
        """Document y of `line`'s top: where it is drawn when shown, else where the estimates put it."""
        if self.first <= line <= self.last:
            return self._top(line)
        top, bottom = self._bounds()
        scale = self._scale()
        if line < self.first:
            return top - sum(self.heights[line : self.first]) * scale
        return bottom + sum(self.heights[self.last + 1 : line]) * scale

    def _measure_shown(self) -> None:
        """Put the shown lines' real heights in place of their estimates (read before they are hidden)."""
        layout = self._document().documentLayout()
        block = self._block(self.first)
        top = layout.blockBoundingRect(block).top()
        for line in range(self.first, self.last + 1):
            following = block.next()
            if line < self.last and following.isValid():
                next_top = layout.blockBoundingRect(following).top()
                height = next_top - top
                top = next_top
            else:
                height = layout.blockBoundingRect(block).height()
            if height > 0:
                self.heights[line] = height
                self.measured[line] = 1
            block = following

    def _calibrate(self) -> None:
        """Scale the estimates of the lines not shown yet by how the shown ones measured against theirs."""
        if self.calibrated:
            return
        self.calibrated = True
        estimated = sum(self.heights[self.first : self.last + 1])
        self._measure_shown()
        measured = sum(self.heights[self.first : self.last + 1])
        if estimated <= 0 or measured <= 0:
            return
        scale = measured / estimated
        for style in self.styles:
            style.line_height *= scale
            style.above *= scale
        heights, flags = self.heights, self.measured
        for line in range(self.last + 1, len(heights)):
            if not flags[line]:
                heights[line] *= scale

    def rescale(self, factor: float) -> None:
        """The column's width changed: a line wraps into `factor` times as many lines (measured heights become
        estimates again)."""
        wrapping = [style.chars_per_line > 0 for style in self.styles]
        for style in self.styles:
            if style.chars_per_line > 0:
                style.chars_per_line = max(1.0, style.chars_per_line / factor)
        heights, flags, kinds = self.heights, self.measured, self.kinds
        for line in range(len(heights)):
            if wrapping[kinds[line]]:
                heights[line] *= factor
            flags[line] = 0

    # --- moving the stretch -------------------------------------------------------------------------------------

    def follow_screen(self) -> None:
        """Move the stretch when the screen nears one of its ends (or left it: a drag of the scroll bar)."""
        if self.moving or self.last < 0:
            return
        bar = self.editor.verticalScrollBar()
        height = self.editor.viewport().height()
        top = float(bar.value())
        shown_top, shown_bottom = self._bounds()
        edge = height * EDGE_SCREENS
        near_top = self.first > 0 and top < shown_top + edge
        near_bottom = self.last < len(self.starts) - 1 and top + height > shown_bottom - edge
        if near_bottom and top >= bar.maximum() > 0:  # dragged to the end: the passage's end, whatever the estimates
            self.show_around(len(self.starts) - 1, 0.0)
            bar.setValue(bar.maximum())
        elif near_top or near_bottom:
            self.show_around(*self.line_at_y(top))

    def reveal(self, position: int) -> None:
        """Make sure the line at document `position` is shown (a jump: Find, a fact, a summary sentence)."""
        line = self.line_at(position)
        if self.last >= 0 and line >= 0 and not self.first <= line <= self.last:
            self.show_around(line, -self.editor.viewport().height() / 3)

    def show_around(self, line: int, offset: float) -> None:
        """Show the stretch around `line` and scroll so that document y `offset` below its top is at the top of
        the screen."""
        count = len(self.starts)
        first, budget = line, WINDOW_CHARS
        while first > 0 and budget > 0:
            first -= 1
            budget -= self.lengths[first] + 1
        last, budget = line, WINDOW_CHARS
        while last < count - 1 and budget > 0:
            last += 1
            budget -= self.lengths[last] + 1
        self.moving = True
        try:
            self._before_move()
            self._measure_shown()
            self._clear_spacers()
            self._move(first, last)
            self._set_spacers()
            self.editor.verticalScrollBar().setValue(round(self._top(line) + offset))
        finally:
            self.moving = False

    def _move(self, first: int, last: int) -> None:
        document = self._document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for line in range(first, min(last + 2, len(self.starts))):  # the line after the stretch starts a block too
            self._split(cursor, line)
        end = len(self.starts) - 1
        if last < end and self._end != end:
            # The stretch held the passage's end when the last text went in: its last line now carries the space
            # below the stretch, shown apart.
            self._split(cursor, end)
            old, self._end = self._end, end
            if old is not None and not first <= old <= last:
                self._hide(self._block(old))
            self._block(end).setVisible(True)
            document.markContentsDirty(self.position(end), document.characterCount() - self.position(end))
        low, high = min(first, self.first), max(last, self.last) + 1
        block = self._block(low)
        end_position = self.position(high) if high < len(self.starts) else document.characterCount()
        start = block.position()
        while block.isValid() and block.position() <= end_position:
            line = self.line_at(block.position())
            shown = first <= line <= last or line == self._end
            if block.isVisible() != shown:
                if shown:
                    block.setVisible(True)
                else:
                    self._hide(block)
            block = block.next()
        cursor.endEditBlock()  # the layout runs once, for the blocks shown now
        self.first, self.last = first, last
        self._hidden_run = HIDDEN_BLOCK_CHARS  # text laid in later starts a hidden block of its own
        document.markContentsDirty(start, max(1, end_position - start))

    def _clear_spacers(self) -> None:
        if self._spacers is None:
            return
        first, own_top, end, own_end_top = self._spacers
        self._spacers = None
        self._set_margins(first, top=own_top)
        if end != first:
            self._set_margins(end, top=own_end_top)

    def _set_spacers(self) -> None:
        # Qt adds a block's top margin only where it lays the block out (a shown block): the space above the
        # stretch goes on its first line, the space below it on the passage's last line, shown apart.
        end = self._end if self._end is not None and self._end > self.last else self.last
        scale = self._scale()
        above = sum(self.heights[: self.first]) * scale
        below = sum(self.heights[self.last + 1 : end]) * scale
        if self._spacers is not None and (self._spacers[0], self._spacers[2]) != (self.first, end):
            self._clear_spacers()
        if self._spacers is None:
            own_top = self._block(self.first).blockFormat().topMargin()
            own_end_top = self._block(end).blockFormat().topMargin()
            self._spacers = (self.first, own_top, end, own_end_top)
        _first, own_top, _end, own_end_top = self._spacers
        if self.first > 0:
            self._set_margins(self.first, top=own_top + above)
        if end != self.first and below > 0:
            self._set_margins(end, top=own_end_top + below)

    def _set_margins(self, line: int, top: float | None = None, bottom: float | None = None) -> None:
        block = self._block(line)
        fmt = block.blockFormat()
        changed = False
        if top is not None and abs(fmt.topMargin() - top) > 0.5:
            fmt.setTopMargin(top)
            changed = True
        if bottom is not None and abs(fmt.bottomMargin() - bottom) > 0.5:
            fmt.setBottomMargin(bottom)
            changed = True
        if changed:
            QTextCursor(block).setBlockFormat(fmt)
