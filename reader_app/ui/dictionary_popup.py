"""The popup dictionary window: the words found at a character, their readings and senses, and Add to vocabulary.

It never takes the keyboard focus (a frameless tool window shown without activation) and is placed below the
word, or above it when there is no room below, so it never covers the word it explains.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from reader_app.core.dictionary.entries import SOURCE_NAMES, Entry, Match
from reader_app.ui.theme import Theme

MAX_MATCHES_SHOWN = 4
MAX_ENTRIES_SHOWN = 3
MAX_SENSES_SHOWN = 4
LOADING_TEXT = "loading dictionary…"
NO_ENTRY_TEXT = "no entry"


def _entry_html(entry: Entry, number: tuple[int, int], with_zhuyin: bool) -> str:
    if entry.lang == "zh":
        word = html.escape(entry.simplified)
        if entry.traditional != entry.simplified:
            word += f" <span class='variant'>[{html.escape(entry.traditional)}]</span>"
        reading = html.escape(entry.reading)
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
    add = f"<a href='add:{number[0]}:{number[1]}'>＋ Add to vocabulary</a>"
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


def popup_html(matches: list[Match], with_zhuyin: bool = False) -> str:
    parts = []
    for m, match in enumerate(matches[:MAX_MATCHES_SHOWN]):
        if match.dictionary_form != match.surface:
            parts.append(
                f"<div class='inflection'>{html.escape(match.surface)} → {html.escape(match.dictionary_form)}"
                f" ({html.escape(', '.join(match.inflections))})</div>"
            )
        for e, entry in enumerate(match.entries[:MAX_ENTRIES_SHOWN]):
            parts.append(_entry_html(entry, (m, e), with_zhuyin))
    return "".join(parts)


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
        self.label = QLabel(self)
        self.label.setObjectName("dictionaryPopupText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self._matches: list[Match] = []
        self.word_rects: list[QRect] = []
        """Where the explained word is, in global coordinates (the popup keeps off it)."""
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"#dictionaryPopup {{ background: {theme.base}; border: 1px solid {theme.border}; }}"
            f"#dictionaryPopupText {{ color: {theme.text}; }}"
        )
        self._css = (
            f"<style>.word {{ font-size: 16pt; }} .reading {{ font-size: 12pt; }}"
            f" .variant, .pos, .source, .inflection {{ color: {theme.muted_text}; }} .source {{ font-size: 8pt; }}"
            f" .tag {{ color: {theme.muted_text}; font-style: italic; }} .entry {{ margin-bottom: 6px; }}"
            f" a {{ color: {theme.accent}; }}</style>"
        )

    @property
    def matches(self) -> list[Match]:
        return self._matches

    def text(self) -> str:
        return self.label.text()

    def show_matches(self, matches: list[Match], word_rects: list[QRect], with_zhuyin: bool = False) -> None:
        self._matches = matches
        body = popup_html(matches, with_zhuyin) if matches else f"<i>{NO_ENTRY_TEXT}</i>"
        self._show(self._css + body, word_rects)

    def show_loading(self, word_rects: list[QRect]) -> None:
        self._matches = []
        self._show(f"<i>{LOADING_TEXT}</i>", word_rects)

    def _show(self, text: str, word_rects: list[QRect]) -> None:
        self.label.setText(text)
        self.label.setMaximumWidth(460)
        self.word_rects = word_rects
        self.adjustSize()
        self.move(self._placement(word_rects))
        self.show()
        self.raise_()

    def _placement(self, word_rects: list[QRect]) -> QPoint:
        word = QRect(word_rects[0])
        for rect in word_rects[1:]:
            word = word.united(rect)
        screen = QGuiApplication.screenAt(word.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 4000, 4000)
        size = self.size()  # `_show` sized the popup to its text just before; a second size hint lays it out again
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
        if 0 <= m < len(self._matches) and 0 <= e < len(self._matches[m].entries):
            self.addRequested.emit(self._matches[m], self._matches[m].entries[e])
