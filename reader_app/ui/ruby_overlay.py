"""Readings drawn above the characters of a side (pinyin or furigana, like HTML ruby).

Qt's rich text has no ruby, so the readings are painted by a see-through layer over the text viewport, small and
centred over their characters, in the space the 1.5 line spacing leaves above each line. Only what is on screen is
drawn. The passage's text, offsets and selection are untouched.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QTextEdit, QWidget

from reader_app.core.document import PassageRole, Span

if TYPE_CHECKING:
    from reader_app.core.dictionary.readings import RubySpan

RUBY_SCALE = 0.55
"""Reading size against the text's: fits in the half line the 1.5 spacing leaves above a line."""
RUBY_FILL = 0.94
"""Share of its characters' width a reading may fill."""
RUBY_MIN_SQUEEZE = 0.5
"""Narrowest a reading is drawn, as a share of its natural width."""


class RubyHost(Protocol):
    """A column showing a side's passages: a side view, or that side's text in the interleaved column."""

    editor: QTextEdit

    def visible_offsets(self, role: PassageRole) -> tuple[int, int] | None: ...
    def span_rects(self, role: PassageRole, span: Span) -> list[QRectF]: ...


class RubyOverlay(QWidget):
    def __init__(self, view: RubyHost, colour: str) -> None:
        editor = view.editor
        super().__init__(editor)
        self.setObjectName("rubyOverlay")
        self.view = view
        self.colour = QColor(colour)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._spans: dict[PassageRole, list[RubySpan]] = {}
        self._starts: dict[PassageRole, list[int]] = {}
        editor.verticalScrollBar().valueChanged.connect(self.update)
        editor.horizontalScrollBar().valueChanged.connect(self.update)
        editor.document().documentLayout().documentSizeChanged.connect(lambda _size: self.update())
        editor.installEventFilter(self)
        editor.viewport().installEventFilter(self)  # the viewport is resized after its editor's resize event
        self._fit()
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self.view.editor.viewport().geometry())
        self.raise_()

    def set_spans(self, spans: dict[PassageRole, list[RubySpan]]) -> None:
        self._spans = spans
        self._starts = {role: [s.start for s in found] for role, found in spans.items()}
        self._fit()
        self.setVisible(bool(spans))
        self.update()

    def spans(self, role: PassageRole) -> list[RubySpan]:
        return self._spans.get(role, [])

    def ruby_font(self) -> QFont:
        """The readings' font: `RUBY_SCALE` of the text's own (the document's reading font at the zoom, not the
        widget's smaller interface font, which left readings about 6 px high)."""
        font = QFont(self.view.editor.document().defaultFont())
        font.setPointSizeF(max(5.0, font.pointSizeF() * RUBY_SCALE))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._spans:
            return
        painter = QPainter(self)
        font = self.ruby_font()
        painter.setFont(font)
        painter.setPen(self.colour)
        metrics = QFontMetricsF(font)
        clip = QRectF(event.rect())
        for role, spans in self._spans.items():
            visible = self.view.visible_offsets(role)
            if visible is None:
                continue
            starts = self._starts[role]
            for index in range(bisect_left(starts, visible[0]), bisect_left(starts, visible[1])):
                ruby = spans[index]
                rects = self.view.span_rects(role, Span(ruby.start, ruby.end))
                if not rects:
                    continue
                rect = rects[0]
                advance = metrics.horizontalAdvance(ruby.reading)
                squeeze = ruby_squeeze(advance, rect.width())
                width = max(rect.width(), advance * squeeze)
                # The line's box starts above the glyphs; the reading sits just over them.
                bottom = rect.top() + rect.height() * 0.12
                area = QRectF(rect.center().x() - width / 2, bottom - metrics.height(), width, metrics.height())
                if not area.intersects(clip):
                    continue
                if squeeze == 1.0:
                    painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, ruby.reading)
                    continue
                # A reading wider than its characters is drawn narrower, so neighbouring readings never run together.
                painter.save()
                painter.translate(area.center().x(), 0)
                painter.scale(squeeze, 1.0)
                wide = QRectF(-advance / 2, area.top(), advance, area.height())
                painter.drawText(wide, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, ruby.reading)
                painter.restore()
        painter.end()


def ruby_squeeze(reading_width: float, base_width: float) -> float:
    """How much to narrow a reading so it fits over its characters, leaving a small gap; never below
    `RUBY_MIN_SQUEEZE` (narrower would be unreadable, so a very long reading overhangs instead)."""
    room = base_width * RUBY_FILL
    if reading_width <= room or reading_width <= 0:
        return 1.0
    return max(RUBY_MIN_SQUEEZE, room / reading_width)
