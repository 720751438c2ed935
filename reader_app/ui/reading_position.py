"""The reading position across a change of layout: which paragraph is at the top of the view, and bringing that
paragraph back to the top of the view shown next.

A position is a row: the passage and the index of the sentence that starts the paragraph (the same on both sides,
and in the interleaved column). The view shown next may not be laid out yet where the row is (a column shown again
at another width is laid out anew, lazily, by Qt; the interleaved column is laid in slice by slice), so the row is
brought to the top once it is laid out, and again until the column stops moving, unless the reader scrolls first.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextBlock
from PySide6.QtWidgets import QTextEdit

from reader_app.core.document import Document, Passage, PassageRole, Span
from reader_app.ui.side_view import SideView

Row = tuple[PassageRole, int]

Target = Callable[[], tuple[QTextEdit, float, bool] | None]
"""Where to scroll: the text widget, the document y to put at its top, and whether the widget is laid out to its
end (until then the scroll range may still be short of the y). None while the row is not laid out yet."""

TICK_MS = 50
SETTLED_TICKS = 4
"""The column must stay put this many looks in a row before the position is left alone."""
GIVE_UP_TICKS = 1200
"""A minute: Qt lays a 20 MB column out again at a new width in its idle time, which takes a while."""

SCROLL_KEYS = {
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_Space,
}  # fmt: skip


def _start(span: Span) -> int:
    return span.start


def row_containing(passage: Passage, sentence: int) -> int:
    """The first sentence of the paragraph (or line) that holds sentence `sentence` of `passage`."""
    sentences = passage.sentences
    if not sentences:
        return 0
    sentence = max(0, min(sentence, len(sentences) - 1))
    newline = passage.text.rfind("\n", 0, sentences[sentence].start)
    if newline < 0:
        return 0
    return min(sentence, bisect_left(sentences, newline + 1, key=_start))


def _sentence_from(passage: Passage, offset: int) -> int:
    """The sentence holding `offset`, or the next one when `offset` falls between sentences."""
    sentences = passage.sentences
    index = max(0, bisect_right(sentences, offset, key=_start) - 1)
    if sentences[index].end <= offset and index + 1 < len(sentences):
        index += 1
    return index


def side_top_row(view: SideView, document: Document) -> Row | None:
    """The paragraph whose text the top edge of `view` crosses, or the first below it."""
    for original in document.passages():
        role = original.role
        shown = view.passage(role)
        offsets = view.visible_offsets(role)
        if shown is None or offsets is None or not shown.sentences:
            continue
        # Sentence i of a translation is sentence i of the original: the original says where paragraphs start.
        return role, row_containing(original, _sentence_from(shown, offsets[0]))
    return None


def side_row_y(view: SideView, role: PassageRole, sentence: int) -> float | None:
    """The document y of `view` that puts row `sentence` of `role` at the top: the row's first line, or for a
    passage's first row its label (so the label is never cut). None while the row is not laid out."""
    view.reveal_row(role, sentence)
    block = view._row_block(role, sentence)
    layout = block.layout() if block is not None else None
    if block is None or layout is None or layout.lineCount() == 0:
        return None
    if sentence > 0:
        return view.row_top(role, sentence)
    shown = view.block(role)
    label = block.previous()
    if shown is not None and shown.byline and shown.passage is not None:
        label = label.previous()  # the byline sits between the label and the text
    if not label.isValid() or label.blockNumber() == 0:
        return 0.0
    return float(view.editor.document().documentLayout().blockBoundingRect(label).top())


def laid_out(editor: QTextEdit, last: QTextBlock | None = None) -> bool:
    """Whether Qt has laid the widget's text out to its end (or to `last`, the end of a long text's shown
    stretch)."""
    layout = (editor.document().lastBlock() if last is None else last).layout()
    return layout is not None and layout.lineCount() > 0


class PositionKeeper(QObject):
    """Brings a row to the top of a view once it can, keeps it there while the view settles, and lets go as soon as
    the reader scrolls."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target: Target | None = None
        self._follow: Callable[[QTextEdit], None] | None = None
        self._ticks = 0
        self._settled = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    def watch(self, editor: QTextEdit) -> None:
        """Let go when the reader scrolls `editor` (wheel, keys, scroll bar)."""
        for widget in (editor, editor.viewport(), editor.verticalScrollBar()):
            widget.installEventFilter(self)

    def keep(self, target: Target, follow: Callable[[QTextEdit], None] | None = None) -> None:
        """Bring `target` to the top; `follow(editor)` brings views that go with it (the other column) along each
        time it stands right, so the last word is the kept view's, not a follower's that cannot scroll as far."""
        self._target = target
        self._follow = follow
        self._ticks = 0
        self._settled = 0
        self._timer.start(0)  # after the layout's own show and resize events

    def active(self) -> bool:
        return self._target is not None

    def stop(self) -> None:
        self._target = None
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._target is not None and _scrolls(event):
            self.stop()
        return False

    def _tick(self) -> None:
        if self._target is None:
            return
        self._ticks += 1
        found = self._target()
        if found is not None:
            editor, y, complete = found
            bar = editor.verticalScrollBar()
            wanted = math.floor(y)  # never a pixel into the row
            reachable = max(bar.minimum(), min(bar.maximum(), wanted))
            if abs(bar.value() - reachable) > 1:
                bar.setValue(reachable)
                self._settled = 0
            elif reachable == wanted or complete:
                if self._follow is not None:
                    self._follow(editor)
                self._settled += 1
                if self._settled >= SETTLED_TICKS:
                    self.stop()
                    return
        if self._ticks >= GIVE_UP_TICKS:
            self.stop()
            return
        self._timer.start(TICK_MS)


def _scrolls(event: QEvent) -> bool:
    kind = event.type()
    if kind in (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress):
        return True
    return kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and Qt.Key(event.key()) in SCROLL_KEYS
