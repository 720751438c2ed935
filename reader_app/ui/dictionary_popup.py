"""The popup dictionary window: the words found at a character, their readings and senses, and Add to vocabulary.

It never takes the keyboard focus (a frameless tool window shown without activation) and is placed below the
word, or above it when there is no room below, so it never covers the word it explains.
"""

from __future__ import annotations

import html
import math
from collections.abc import Collection

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QGuiApplication,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from reader_app.core.dictionary.entries import SOURCE_NAMES, Entry, Match
from reader_app.ui.theme import Theme

MAX_MATCHES_SHOWN = 4
MAX_ENTRIES_SHOWN = 3
MAX_SENSES_SHOWN = 4
LOADING_TEXT = "loading dictionary…"
NO_ENTRY_TEXT = "no entry"
IN_VOCABULARY_HTML = "✓&nbsp;In&nbsp;vocabulary"
MAX_TEXT_WIDTH = 460
"""The popup's text wraps at this width (pixels)."""
WARM_UP_PARTS = (
    "<span class='word'>詳しい 登録する</span> <span class='reading'>【くわしい、クワシイ】 kuwashii</span>",
    "<span class='word'>微信 [微信]</span> <span class='reading'>Wēixìn ㄨㄟ ㄒㄧㄣˋ</span>",
    "<div class='inflection'>食べました → 食べる (polite past)</div> <span class='tag'>name</span>"
    " <span class='source'>JMdict CC-CEDICT</span> <a href='add:0:0'>＋&nbsp;Add&nbsp;to&nbsp;vocabulary</a>",
    "<div class='sense'>1. <span class='pos'>noun, suru verb</span> detailed; (to) register 登録 (Tw)</div>",
)
"""Kanji, kana, hanzi, pinyin, zhuyin and English in each of the popup's styles, laid out one at a time."""


def _entry_html(entry: Entry, number: tuple[int, int], with_zhuyin: bool, saved: bool = False) -> str:
    if entry.lang == "zh":
        word = html.escape(entry.simplified)
        if entry.traditional != entry.simplified:
            word += f" <span class='variant'>[{html.escape(entry.traditional)}]</span>"
        reading = html.escape(entry.spaced_reading())
        if with_zhuyin:
            reading += f" <span class='variant'>{html.escape(entry.zhuyin())}</span>"
    else:
        word = html.escape(entry.headword or entry.reading)
        readings = "、".join(entry.readings[:3])
        reading = f"【{html.escape(readings)}】 <span class='variant'>{html.escape(entry.romaji())}</span>"
    name = ""
    if entry.is_name:
        name = f" <span class='tag'>{'name' if entry.source == 'jmnedict' else 'proper noun'}</span>"
    source = SOURCE_NAMES.get(entry.source, entry.source)
    add = f"<a href='add:{number[0]}:{number[1]}'>＋&nbsp;Add&nbsp;to&nbsp;vocabulary</a>"
    if saved:  # no link: adding it again would do nothing the reader could see
        add = f"<span class='saved'>{IN_VOCABULARY_HTML}</span>"
    senses = []
    for index, sense in enumerate(entry.senses[:MAX_SENSES_SHOWN], 1):
        pos = ""
        if sense.parts_of_speech:
            pos = f"<span class='pos'>{html.escape(', '.join(sense.parts_of_speech))}</span> "
        senses.append(f"<div class='sense'>{index}. {pos}{html.escape(sense.text())}</div>")
    more = len(entry.senses) - MAX_SENSES_SHOWN
    if more > 0:
        senses.append(f"<div class='pos'>… {more} more</div>")
    return (
        f"<div class='entry'><span class='word'>{word}</span> <span class='reading'>{reading}</span>{name}"
        f" <span class='source'>{source}</span> &nbsp; {add}{''.join(senses)}</div>"
    )


def popup_html(matches: list[Match], with_zhuyin: bool = False, saved: Collection[tuple[int, int]] = ()) -> str:
    """The popup's text; the entries numbered (match, entry) in `saved` say they are in the vocabulary."""
    parts = []
    for m, match in enumerate(matches[:MAX_MATCHES_SHOWN]):
        if match.dictionary_form != match.surface and match.inflections:  # an English word's match is a headword
            parts.append(
                f"<div class='inflection'>{html.escape(match.surface)} → {html.escape(match.dictionary_form)}"
                f" ({html.escape(', '.join(match.inflections))})</div>"
            )
        for e, entry in enumerate(match.entries[:MAX_ENTRIES_SHOWN]):
            parts.append(_entry_html(entry, (m, e), with_zhuyin, (m, e) in saved))
    return "".join(parts)


class PopupText(QWidget):
    """The popup's rich text, laid out once per look-up.

    A word-wrapped QLabel sizes rich text by laying it out at several trial widths and again to paint it; here the
    text is laid out once at the widest the popup may be, the widget takes the widest line's width (left-aligned
    lines keep their breaks in any wider box), and the same layout is painted.
    """

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dictionaryPopupText")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(0)
        self._document.setUndoRedoEnabled(False)
        self._html = ""
        self._size = QSize(0, 0)
        self._colour = QColor(Qt.GlobalColor.black)
        self._pressed = ""

    def set_colour(self, colour: str) -> None:
        self._colour = QColor(colour)
        self.update()

    def set_html(self, text: str) -> None:
        """Show `text` (HTML) and take the size it needs, at most MAX_TEXT_WIDTH wide."""
        self._html = text
        document = self._document
        document.setDefaultFont(self.font())
        document.setHtml(text)
        document.setTextWidth(MAX_TEXT_WIDTH)
        height = document.size().height()
        self._size = QSize(min(MAX_TEXT_WIDTH, math.ceil(document.idealWidth())), math.ceil(height))
        self.setAccessibleDescription(document.toPlainText())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._html

    def document(self) -> QTextDocument:
        return self._document

    def sizeHint(self) -> QSize:
        return self._size

    def minimumSizeHint(self) -> QSize:
        return self._size

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._html:
            self.set_html(self._html)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, self._colour)
        context.palette = palette
        context.clip = QRectF(event.rect())
        painter.setClipRect(event.rect())
        self._document.documentLayout().draw(painter, context)
        painter.end()

    def _anchor_at(self, event: QMouseEvent) -> str:
        return self._document.documentLayout().anchorAt(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor_at(event):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self._anchor_at(event) if event.button() is Qt.MouseButton.LeftButton else ""
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, ""
        if pressed and event.button() is Qt.MouseButton.LeftButton and self._anchor_at(event) == pressed:
            self.linkActivated.emit(pressed)
        event.accept()


class DictionaryPopup(QFrame):
    addRequested = Signal(object, object)
    """(Match, Entry) the reader chose to add to the vocabulary."""

    def __init__(self, parent: QWidget, theme: Theme) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("dictionaryPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.label = PopupText(self)
        self.label.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self._matches: list[Match] = []
        self._with_zhuyin = False
        self._saved: set[tuple[int, int]] = set()
        self.word_rects: list[QRect] = []
        """Where the explained word is, in global coordinates (the popup keeps off it)."""
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(f"#dictionaryPopup {{ background: {theme.base}; border: 1px solid {theme.border}; }}")
        self.label.set_colour(theme.text)
        self._css = (
            f"<style>.word {{ font-size: 16pt; }} .reading {{ font-size: 12pt; }}"
            f" .variant, .pos, .source, .inflection {{ color: {theme.muted_text}; }} .source {{ font-size: 8pt; }}"
            f" .tag, .saved {{ color: {theme.muted_text}; font-style: italic; }} .entry {{ margin-bottom: 6px; }}"
            f" a {{ color: {theme.accent}; }}</style>"
        )

    @property
    def matches(self) -> list[Match]:
        return self._matches

    def text(self) -> str:
        return self.label.text()

    def show_matches(self, matches: list[Match], word_rects: list[QRect], with_zhuyin: bool = False,
                     saved: Collection[tuple[int, int]] = ()) -> None:
        """Show `matches`; the entries numbered (match, entry) in `saved` are in the vocabulary already."""
        self._matches = matches
        self._with_zhuyin = with_zhuyin
        self._saved = set(saved)
        body = popup_html(matches, with_zhuyin, self._saved) if matches else f"<i>{NO_ENTRY_TEXT}</i>"
        self._show(self._css + body, word_rects)

    def mark_saved(self, match: Match, entry: Entry) -> None:
        """Say that `entry` (of the matches shown) is in the vocabulary now, in place of its Add link."""
        for m, shown in enumerate(self._matches):
            for e, candidate in enumerate(shown.entries):
                if shown is match and candidate is entry and self.isVisible():
                    self.show_matches(self._matches, self.word_rects, self._with_zhuyin, self._saved | {(m, e)})
                    return

    def is_saved(self, m: int, e: int) -> bool:
        return (m, e) in self._saved

    def show_loading(self, word_rects: list[QRect]) -> None:
        self._matches = []
        self._saved = set()
        self._show(f"<i>{LOADING_TEXT}</i>", word_rects)

    def show_message(self, message: str) -> None:
        """Replace what the popup shows with a plain one-line message (where it is)."""
        self._matches = []
        self._saved = set()
        self._show(html.escape(message), self.word_rects)

    def _show(self, text: str, word_rects: list[QRect]) -> None:
        self.label.set_html(text)
        self.word_rects = word_rects
        self.adjustSize()
        if word_rects:
            self.move(self._placement(word_rects))
        self.show()
        self.raise_()

    def warm_up(self, parts: tuple[str, ...] = WARM_UP_PARTS) -> None:
        """Lay out and paint (off screen) samples of every script in each of the popup's styles, one per turn of the
        event loop: finding the fallback fonts for kana, kanji and pinyin and loading them takes tens of
        milliseconds, which the first look-up would otherwise wait for."""
        if not parts or self.isVisible():
            return
        if parts is WARM_UP_PARTS:
            self.winId()  # the popup's own window, made now rather than on its first show
        text = PopupText(self)
        text.set_html(self._css + parts[0])
        image = QImage(text.sizeHint().expandedTo(QSize(1, 1)), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        text.render(image)
        text.deleteLater()
        QTimer.singleShot(0, self, lambda: self.warm_up(parts[1:]))

    def _placement(self, word_rects: list[QRect]) -> QPoint:
        word = QRect(word_rects[0])
        for rect in word_rects[1:]:
            word = word.united(rect)
        screen = QGuiApplication.screenAt(word.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 4000, 4000)
        size = self.size()  # `_show` sized the popup to its text just before
        x = max(area.left(), min(word.left(), area.right() - size.width()))
        below = word.bottom() + 4
        if below + size.height() <= area.bottom():
            return QPoint(x, below)
        return QPoint(x, max(area.top(), word.top() - 4 - size.height()))

    def _on_link(self, link: str) -> None:
        kind, _, rest = link.partition(":")
        if kind != "add":
            return
        m, e = (int(n) for n in rest.split(":"))
        if 0 <= m < len(self._matches) and 0 <= e < len(self._matches[m].entries) and (m, e) not in self._saved:
            self.addRequested.emit(self._matches[m], self._matches[m].entries[e])
