"""The popup dictionary in the window: Shift (alone) or middle-click over a word, or Look Up on a selection; the
word is tinted while its popup shows; Add to vocabulary saves it for the Vocabulary panel and Anki.

The dictionary opens on a worker shortly after the window is up (never on the start-up path); a look-up before it is
ready shows "loading dictionary…" and then the entry. Once open, a look-up is a few indexed reads, done at once.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QCursor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from reader_app.core.dictionary import english_lemmas, word_frequency
from reader_app.core.dictionary.entries import Entry, Match
from reader_app.ui.background import BackgroundJobs, JobContext, in_child_process
from reader_app.ui.features import Feature
from reader_app.ui.theme import Theme
from reader_app.ui.when_loaded import when_loaded

if TYPE_CHECKING:
    from reader_app.core.dictionary.readings import RubySpan
    from reader_app.core.document import PassageRole
    from reader_app.ui.dictionary_popup import DictionaryPopup
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.ruby_overlay import RubyOverlay
    from reader_app.ui.vocabulary_panel import VocabularyFeaturePanel

LOOK_UP_SHORTCUT = "Ctrl+Alt+L"
VOCABULARY_SHORTCUT = "Ctrl+Shift+Y"
PINYIN_SETTING = "dictionary/showPinyin"
FURIGANA_SETTING = "dictionary/showFurigana"
SCRIPT_SETTING = "dictionary/chineseScript"
ZHUYIN_SETTING = "dictionary/zhuyin"
SCRIPTS = (("as-written", "Chinese as &Written", None), ("simplified", "Chinese in &Simplified", "t2s"),
           ("traditional", "Chinese in &Traditional", "s2tw"))
"""The Simplified ↔ Traditional display choices: setting value, menu text, OpenCC configuration. Traditional is
written with Taiwan's standard forms (為, 宣布 over OpenCC's own 爲, 宣佈), as Traditional news is."""
_WRITTEN_IN = {"s2tw": "zh-Hant"}
"""The language of text a configuration leaves as written: OpenCC's Simplified → Traditional rules rewrite
Traditional forms too (台 → 臺, 布 → 佈); Traditional → Simplified leaves Simplified text as it is, and converts the
Traditional words a Simplified text quotes."""
GLOSS_MAX_CHARS = 80
"""A passage this short (a prompt, a headline) gets a word gloss in its slot when no model can translate it."""
RUBY_MAX_CHARS = 300_000
"""Readings are worked out for at most this much of a passage (a very long article shows them on its start)."""
SHIFT_SETTING = "dictionary/shiftLooksUp"
WARM_UP_DELAY_MS = 400
"""After the features are installed, so opening the dictionary never competes with the first paint."""
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _utf16_to_index(text: str, units: int) -> int:
    """A QTextDocument position inside `text` (UTF-16 units) as a Python index."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return units
    index = count = 0
    while index < len(text) and count < units:
        count += 2 if ord(text[index]) >= 0x10000 else 1
        index += 1
    return index


def _x(value: object) -> float:
    """QTextLine.cursorToX returns (x, position) in PySide6, typed loosely."""
    return float(value[0]) if isinstance(value, tuple) else float(value)  # type: ignore[arg-type]


def _index_to_utf16(text: str, index: int) -> int:
    return index + sum(1 for c in text[:index] if ord(c) >= 0x10000)


def _typing() -> bool:
    """Shift is for a capital letter here: the keyboard is in an editable field."""
    focus = QApplication.focusWidget()
    if isinstance(focus, (QLineEdit, QPlainTextEdit)):
        return not focus.isReadOnly()
    return isinstance(focus, QTextEdit) and not focus.isReadOnly()


@dataclass(frozen=True)
class TextHit:
    """The character under the mouse in a text widget: its paragraph's text and the index in it."""

    edit: QTextEdit
    block_position: int
    text: str
    index: int


def char_at(edit: QTextEdit, point: QPoint) -> TextHit | None:
    """The character drawn under `point` (viewport coordinates), or None over margins and blank space."""
    document = edit.document()
    layout = document.documentLayout()
    target = QPointF(point) + QPointF(edit.horizontalScrollBar().value(), edit.verticalScrollBar().value())
    position = layout.hitTest(target, Qt.HitTestAccuracy.FuzzyHit)
    if position < 0:
        return None
    block = document.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return None
    origin = layout.blockBoundingRect(block).topLeft()
    top, left = origin.y() + line.y(), origin.x() + line.x()
    if not (top <= target.y() < top + line.height() and left <= target.x() <= left + line.naturalTextWidth()):
        return None
    relative = position - block.position()
    if relative > 0 and _x(line.cursorToX(relative)) > target.x() - origin.x():
        relative -= 1
    text = block.text()
    index = _utf16_to_index(text, relative)
    if index >= len(text):
        return None
    return TextHit(edit, block.position(), text, index)


def range_rects(edit: QTextEdit, block_position: int, text: str, start: int, end: int) -> list[QRect]:
    """Viewport rectangles (one per line) of `text[start:end]` of the paragraph at `block_position`."""
    document = edit.document()
    block = document.findBlock(block_position)
    if not block.isValid():
        return []
    a, b = _index_to_utf16(text, start), _index_to_utf16(text, end)
    layout = block.layout()
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    origin -= QPointF(edit.horizontalScrollBar().value(), edit.verticalScrollBar().value())
    rects = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        lo, hi = max(a, line.textStart()), min(b, line.textStart() + line.textLength())
        if lo >= hi:
            continue
        x1, x2 = _x(line.cursorToX(lo)), _x(line.cursorToX(hi))
        rects.append(QRect(int(origin.x() + x1), int(origin.y() + line.y()), max(1, int(x2 - x1)), int(line.height())))
    return rects


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of the paragraph `text` that contains `text[start:end]`, as the document's own sentence splitter
    cuts it (so 5.8% or "Mr." do not end a sentence)."""
    from reader_app.core.segmentation import split_sentences

    lang = "ja" if _KANA.search(text) else "zh" if _HAN.search(text) else "en"
    for span in split_sentences(text, lang):
        if span.start <= start < span.end:
            return text[span.start : max(span.end, end)].strip()
    return text[start:end].strip()


class WordTint(QWidget):
    """A see-through layer over the looked-up word in a text viewport, tinting it (mouse events pass through).

    It covers the word's lines only: the text under a see-through widget repaints whenever the widget does, so a
    layer over the whole viewport would repaint the whole text view for every look-up.
    """

    def __init__(self, viewport: QWidget, colour: str) -> None:
        super().__init__(viewport)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.rects: list[QRect] = []
        """The word's rectangles in viewport coordinates."""
        self.colour = QColor(colour)
        self.hide()

    def show_rects(self, rects: list[QRect]) -> None:
        self.rects = rects
        bounds = QRect()
        for rect in rects:
            bounds = bounds.united(rect)
        self.setGeometry(bounds)
        self.show()
        self.raise_()
        self.update()

    def warm_up(self) -> None:
        """Paint a tint once off screen: the first paint in a process takes far longer than any later one."""
        if self.isVisible():
            return
        self.rects = [QRect(self.pos(), QSize(2, 2))]
        self.resize(2, 2)
        image = QImage(2, 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        self.render(image)
        self.rects = []

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        offset = self.pos()
        for rect in self.rects:
            painter.fillRect(rect.translated(-offset), self.colour)
        painter.end()


@dataclass
class _Shown:
    hit: TextHit
    lang: str
    start: int
    end: int


_converters: dict[str, Callable[[str, str | None], str]] = {}


def _script_converter(config: str) -> Callable[[str, str | None], str]:
    """One function per OpenCC configuration, so the view sees the same converter and need not re-render."""
    converter = _converters.get(config)
    if converter is None:
        from reader_app.core.search_text import convert_script

        def convert(text: str, lang: str | None) -> str:
            if lang is None or not lang.startswith("zh") or lang == _WRITTEN_IN.get(config):
                return text  # Traditional text stays as written in Traditional (台灣 never becomes 臺灣)
            return convert_script(text, config)

        converter = _converters[config] = convert
    return converter


_frozen = False


def _freeze_long_lived() -> None:
    """Once a process: what exists when the first window has its dictionary open (Qt's wrappers, the modules, the
    dictionary's and the readers' tables) lives as long as the process. Out of the cyclic collector's reach, a full
    collection no longer walks it all, which stalled the window (and a look-up under way) each time."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


class DictionaryFeature(Feature):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from reader_app.core.dictionary.lookup import shared_dictionary

        self.dictionary = shared_dictionary()
        self.jobs = BackgroundJobs(self)
        self.loader = BackgroundJobs(self)
        """Opens the index on a worker of its own, so that look-ups never wait behind the word gloss or readings."""
        self.ready = False
        self.failed = ""
        self._pending: tuple[TextHit, str] | None = None
        self._shown: _Shown | None = None
        self._popup: DictionaryPopup | None = None
        self._tints: dict[int, WordTint] = {}
        self._hover: tuple[QTextEdit, QPoint] | None = None
        self._shift_shown: tuple[QTextEdit, QPoint] | None = None
        """Where the mouse was when Shift showed the popup now shown (None when it shows for another reason)."""
        self._watched: list[QTextEdit] = []
        self.vocabulary_panel: VocabularyFeaturePanel | None = None
        self._saved_before: set[tuple[str, str, str]] = set()
        """The words saved in earlier sessions (read with the dictionary, on its worker) until the panel is made."""

        self.look_up_action = QAction("&Look Up", self)
        self.look_up_action.setObjectName("lookUpAction")
        self.look_up_action.setShortcut(QKeySequence(LOOK_UP_SHORTCUT))
        self.look_up_action.setStatusTip("Look the selected word up in the dictionary (or Shift over a word)")
        self.look_up_action.triggered.connect(self.look_up_selection)
        self.shift_action = QAction("Look Up with &Shift Key", self)
        self.shift_action.setCheckable(True)
        self.shift_action.setChecked(window.settings.bool_value(SHIFT_SETTING, True))
        self.shift_action.toggled.connect(lambda on: window.settings.set_value(SHIFT_SETTING, on))
        edit_menu = window.menu("Edit")
        edit_menu.addSeparator()
        edit_menu.addAction(self.look_up_action)
        edit_menu.addAction(self.shift_action)
        self.zhuyin_action = QAction("Look-ups Show &Zhuyin", self)
        self.zhuyin_action.setCheckable(True)
        self.zhuyin_action.setStatusTip("Show zhuyin (bopomofo) beside pinyin in the dictionary popup")
        self.zhuyin_action.setChecked(window.settings.bool_value(ZHUYIN_SETTING, False))
        self.zhuyin_action.toggled.connect(lambda on: window.settings.set_value(ZHUYIN_SETTING, on))
        edit_menu.addAction(self.zhuyin_action)
        window.addAction(self.look_up_action)
        self.vocabulary_action = QAction("&Vocabulary", self)
        self.vocabulary_action.setObjectName("vocabularyAction")
        self.vocabulary_action.setShortcut(QKeySequence(VOCABULARY_SHORTCUT))
        self.vocabulary_action.setStatusTip("Show the saved words and export them to Anki or TSV")
        self.vocabulary_action.triggered.connect(self.show_vocabulary)
        window.menu("View").addAction(self.vocabulary_action)
        self.pinyin_action = self._toggle("Show &Pinyin", PINYIN_SETTING, "Pinyin above Chinese characters")
        self.furigana_action = self._toggle("Show &Furigana", FURIGANA_SETTING, "Kana above Japanese kanji")
        self._ruby: RubyOverlay | None = None
        self._interleaved_ruby: RubyOverlay | None = None
        """The same readings over the CJK side's text in the interleaved layout."""
        self.script_actions = self._script_menu()
        # The word gloss is made in a child process as soon as the text is in; the readings, worked out in this
        # process, wait until the document is read and laid out (so does the dictionary's warm-up, below).
        self._ruby_pending = False
        self._gloss_after_listing = False
        self._glosses: dict[tuple[str, str], str] = {}
        """Word glosses made so far, by (text, language): a translation streaming in asks again and again."""
        window.session.documentChanged.connect(lambda _document: self._on_document_changed())
        window.session.translationChanged.connect(lambda _translation: self._on_translation_changed())
        QTimer.singleShot(WARM_UP_DELAY_MS, self, self.refresh_gloss)
        window.add_busy_check(self.jobs.busy)  # `--screenshot` waits for the word gloss and readings
        window.add_busy_check(lambda: self._ruby_pending)
        if self.pinyin_action.isChecked() or self.furigana_action.isChecked():
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._refresh_ruby_when_loaded)

        for view in window.views():
            self.watch(view.editor)
        window.lookUpRequested.connect(lambda _role, _span, view: self.look_up_in(view.editor))
        window.set_look_up_available(True)
        QTimer.singleShot(0, self, self._watch_summary)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.themeChanged.connect(self._set_theme)
        window.session.documentChanged.connect(lambda _document: self.hide_popup())
        QTimer.singleShot(WARM_UP_DELAY_MS, self, lambda: when_loaded(window, self.warm_up))

    def _toggle(self, text: str, setting: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setStatusTip(tip)
        action.setChecked(self.window.settings.bool_value(setting, False))

        def toggled(on: bool) -> None:
            self.window.settings.set_value(setting, on)
            self.refresh_ruby()

        action.toggled.connect(toggled)
        self.window.menu("View").addAction(action)
        return action

    def _script_menu(self) -> dict[str, QAction]:
        menu = self.window.menu("View").addMenu("Chinese &Script")
        group = QActionGroup(self)
        group.setExclusive(True)
        chosen = str(self.window.settings.value(SCRIPT_SETTING, "as-written"))
        actions = {}
        for value, text, _config in SCRIPTS:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value == chosen)
            action.setStatusTip("Shows Chinese text in this script; search, facts and notes see the same text")
            action.toggled.connect(lambda on, value=value: self._script_toggled(on, value))
            group.addAction(action)
            actions[value] = action
        if chosen != "as-written" and chosen in actions:
            QTimer.singleShot(0, self, lambda: self.set_script(chosen))
        return actions

    def _script_toggled(self, on: bool, value: str) -> None:
        if on:
            self.set_script(value)

    def set_script(self, value: str) -> None:
        """Show the CJK column's Chinese as written, in Simplified or in Traditional (display only)."""
        from reader_app.ui.session import Side

        config = next((c for v, _text, c in SCRIPTS if v == value), None)
        self.window.settings.set_value(SCRIPT_SETTING, value)
        if not self.script_actions[value].isChecked():
            self.script_actions[value].setChecked(True)
        view = self.window.view_for_side(Side.CJK)
        view.set_display_conversion(None if config is None else _script_converter(config))

    def _on_document_changed(self) -> None:
        # The last document's readings never show on this one, not even while its own are waiting.
        self.jobs.cancel("ruby")
        if self._ruby is not None:
            self._ruby.set_spans({})
        QTimer.singleShot(0, self, self.refresh_gloss)
        self._refresh_ruby_when_loaded()

    def _on_translation_changed(self) -> None:
        QTimer.singleShot(0, self, self.refresh_gloss)
        self._refresh_ruby_when_loaded()

    def _refresh_ruby_when_loaded(self) -> None:
        """The readings, once the window has no document to read or lay out."""
        if self._ruby_pending:
            return
        self._ruby_pending = True

        def refresh() -> None:
            self._ruby_pending = False
            self.refresh_ruby()

        when_loaded(self.window, refresh)

    # --- word gloss where no model can translate -------------------------------------------------------------

    def gloss_targets(self) -> dict[PassageRole, tuple[str, str]]:
        """Short Chinese or Japanese passages no installed model can translate: role -> (text, language)."""
        from reader_app.ui.translation_feature import TranslationFeature

        translation = self.window.feature(TranslationFeature)
        document = self.window.session.document()
        if translation is None or document is None:
            return {}
        if not translation.models_listed():
            # Listing them imports the package code, which the translation feature does on a worker as a document
            # opens: asked here, the window waited on that import. The gloss follows the listing.
            if not self._gloss_after_listing:
                self._gloss_after_listing = True
                translation.modelsListed.connect(self.refresh_gloss)
            return {}
        missing = {role for role, _source, _target in translation.missing_pairs()}
        targets = {}
        for passage in document.passages():
            text = passage.text.strip()
            if passage.role in missing and passage.lang in ("zh", "zh-Hant", "ja") and 0 < len(text) <= GLOSS_MAX_CHARS:
                targets[passage.role] = (text, "ja" if passage.lang == "ja" else "zh")
        return targets

    def refresh_gloss(self) -> None:
        """Put a word gloss, labelled as such, in the empty slot of each short passage that has no model."""
        targets = self.gloss_targets()
        known = {role: self._glosses[target] for role, target in targets.items() if target in self._glosses}
        wanted = {role: target for role, target in targets.items() if target not in self._glosses}
        for view in self.window.views():
            for block in view.blocks():
                # A slot keeps only its own text's gloss: one for another text (the last document's) goes at once.
                if block.passage is None and block.role not in known:
                    view.set_placeholder_note(block.role, "")
        if known:
            self._show_gloss(known)
        if not wanted:
            return

        def work(job: JobContext) -> dict[PassageRole, str]:
            # In a child process: the readers a gloss loads (SudachiPy's dictionary, pypinyin's) stay out of the
            # window's memory and interpreter until the reader looks a word up.
            notes: dict[PassageRole, str] = in_child_process(
                job, "reader_app.core.dictionary.gloss", "labelled_glosses", wanted
            )
            return notes

        def done(notes: dict[PassageRole, str]) -> None:
            for role, note in notes.items():
                self._glosses[wanted[role]] = note
            self._show_gloss(notes)

        self.jobs.run(work, key="gloss", done=done)

    def _show_gloss(self, notes: dict[PassageRole, str]) -> None:
        for view in self.window.views():
            for block in view.blocks():
                if block.passage is None and block.role in notes:
                    view.set_placeholder_note(block.role, notes[block.role])

    # --- readings above the text ------------------------------------------------------------------------------

    def ruby_languages(self) -> set[str]:
        toggles = (("zh", self.pinyin_action), ("ja", self.furigana_action))
        return {lang for lang, action in toggles if action.isChecked()}

    def ruby_overlay(self) -> RubyOverlay:
        if self._ruby is None:
            from reader_app.ui.ruby_overlay import RubyOverlay
            from reader_app.ui.session import Side

            self._ruby = RubyOverlay(self.window.view_for_side(Side.CJK), self.window.theme().muted_text)
        return self._ruby

    def _show_ruby(self, spans: dict[PassageRole, list[RubySpan]]) -> None:
        self.ruby_overlay().set_spans(spans)
        from reader_app.ui.reading_layout_feature import ReadingLayoutFeature

        layout = self.window.feature(ReadingLayoutFeature)
        if layout is not None:
            if self._interleaved_ruby is None:
                from reader_app.ui.interleaved_view import InterleavedSide
                from reader_app.ui.ruby_overlay import RubyOverlay
                from reader_app.ui.session import Side

                host = InterleavedSide(layout.interleaved, self.window.view_for_side(Side.CJK))
                self._interleaved_ruby = RubyOverlay(host, self.window.theme().muted_text)
            self._interleaved_ruby.set_spans(spans)

    def refresh_ruby(self) -> None:
        """Work out the readings of the CJK column's passages on a worker, then draw them."""
        from reader_app.ui.session import Side

        languages = self.ruby_languages()
        view = self.window.view_for_side(Side.CJK)
        wanted = {
            block.role: (block.passage.text[:RUBY_MAX_CHARS], block.lang)
            for block in view.blocks()
            if block.passage is not None and block.lang in languages
        }
        if not wanted:
            self.jobs.cancel("ruby")
            for overlay in (self._ruby, self._interleaved_ruby):
                if overlay is not None:
                    overlay.set_spans({})
            return

        def work(_job: object) -> dict[PassageRole, list[RubySpan]]:
            from reader_app.core.dictionary.readings import ruby

            return {role: ruby(text, lang or "") for role, (text, lang) in wanted.items()}

        self.jobs.run(work, key="ruby", done=self._show_ruby,
                      error=lambda error: self.window.statusBar().showMessage(f"Readings unavailable: {error}", 8000))

    # --- loading ----------------------------------------------------------------------------------------------

    def warm_up(self) -> None:
        if self.ready or self.loader.busy("warm-up"):
            return
        document = self.window.session.document()
        japanese = document is not None and any(p.lang.startswith("ja") for p in document.passages())

        def work(_job: JobContext) -> set[tuple[str, str, str]]:
            self.dictionary.index.warm_up()
            english_lemmas.warm_up()  # an English word's look-up needs its lemmas and Chinese word frequencies
            word_frequency.warm_up()
            if japanese:
                # Sudachi holds the interpreter lock for as long as it takes to open (a fifth of a second, the window
                # frozen meanwhile). A Japanese text's facts and readings open it anyway: opened before the
                # dictionary is ready, no look-up waits for it.
                from reader_app.core import japanese_morphology

                japanese_morphology.available()
            return _saved_keys()

        self.loader.run(work, key="warm-up", done=self._loaded, error=self._load_failed)

    def _loaded(self, saved: set[tuple[str, str, str]]) -> None:
        self.ready = True
        self._saved_before = saved
        self.popup().warm_up()
        for edit in self._watched:
            self._tint_for(edit).warm_up()
        _freeze_long_lived()
        pending, self._pending = self._pending, None
        if pending is not None and self._popup is not None and self._popup.isVisible():
            self._look_up_hit(*pending)

    def _load_failed(self, error: BaseException) -> None:
        reason = str(error) or type(error).__name__
        self.failed = reason[:1].upper() + reason[1:]
        self.window.statusBar().showMessage(self.failed, 8000)
        if self._popup is not None and self._popup.isVisible():
            self._popup.show_message(self.failed)

    # --- where look-ups come from -----------------------------------------------------------------------------

    def watch(self, edit: QTextEdit) -> None:
        """Offer look-ups in `edit` (Shift over a word, middle-click)."""
        if edit in self._watched:
            return
        self._watched.append(edit)
        edit.viewport().setMouseTracking(True)
        edit.viewport().installEventFilter(self)

    def _watch_summary(self) -> None:
        """The summary and the interleaved layout (features installed before this one) offer look-ups too."""
        from reader_app.ui.reading_layout_feature import ReadingLayoutFeature
        from reader_app.ui.summary_feature import SummaryFeature

        summary = self.window.feature(SummaryFeature)
        if summary is not None:
            self.watch(summary.panel.browser)
        layout = self.window.feature(ReadingLayoutFeature)
        if layout is not None:
            self.watch(layout.interleaved.editor)

    def _edit_of_viewport(self, watched: QObject) -> QTextEdit | None:
        for edit in self._watched:
            if edit.viewport() is watched:
                return edit
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_pressed(event)
        if kind not in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.Leave):
            return False
        edit = self._edit_of_viewport(watched)
        if edit is None:
            return False
        if kind == QEvent.Type.Leave:
            self._hover = None
            return False
        assert isinstance(event, QMouseEvent)
        point = event.position().toPoint()
        if kind == QEvent.Type.MouseMove:
            self._hover = (edit, point)
            if self._shown is not None and not self._near_word(edit, point):
                self.hide_popup()
            return False
        if event.button() is Qt.MouseButton.MiddleButton:
            self.look_up_at(edit, point)
            return True
        if self._popup is not None and self._popup.isVisible():
            self.hide_popup()
        return False

    def _key_pressed(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and self._popup is not None and self._popup.isVisible():
            self.hide_popup()
            return True
        if (
            event.key() == Qt.Key.Key_Shift
            and not event.isAutoRepeat()
            and event.modifiers() in (Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier)
            and QApplication.mouseButtons() == Qt.MouseButton.NoButton
            and self.shift_action.isChecked()
            and self._hover is not None
            and not _typing()
        ):
            edit, point = self._hover
            if self._shift_shown == self._hover and self._popup is not None and self._popup.isVisible():
                # The same press again: Qt hands one key press to the window, the focus widget and each parent
                # that ignores it, and every delivery passes this application-wide filter.
                return False
            if edit.isVisible() and edit.viewport().rect().contains(point):
                self.look_up_at(edit, point)
                if self._shown is not None:
                    self._shift_shown = self._hover
        return False

    def _near_word(self, edit: QTextEdit, point: QPoint) -> bool:
        shown = self._shown
        if shown is None or shown.hit.edit is not edit:
            return False
        rects = range_rects(edit, shown.hit.block_position, shown.hit.text, shown.start, shown.end)
        return any(rect.adjusted(-6, -6, 6, 6).contains(point) for rect in rects)

    # --- look-ups ---------------------------------------------------------------------------------------------

    def look_up_at(self, edit: QTextEdit, point: QPoint) -> list[Match]:
        """Look up the word under `point` (viewport coordinates of `edit`); returns what the popup shows."""
        hit = char_at(edit, point)
        if hit is None:
            self.hide_popup()
            return []
        return self._look_up_hit(hit, self._language_at(hit))

    def look_up_in(self, edit: QTextEdit) -> list[Match]:
        """Look up the selection of `edit` (its start, as a word from there)."""
        cursor = edit.textCursor()
        if not cursor.hasSelection():
            return []
        document = edit.document()
        block = document.findBlock(cursor.selectionStart())
        text = block.text()
        index = _utf16_to_index(text, cursor.selectionStart() - block.position())
        if index >= len(text):
            return []
        hit = TextHit(edit, block.position(), text, index)
        return self._look_up_hit(hit, self._language_at(hit), selection_end=cursor.selectionEnd() - block.position())

    def look_up_selection(self) -> list[Match]:
        focus = QApplication.focusWidget()
        edits = [e for e in self._watched if e is focus] + [e for e in self._watched if e.textCursor().hasSelection()]
        return self.look_up_in(edits[0]) if edits else []

    def _language_at(self, hit: TextHit) -> str:
        from reader_app.core.dictionary.lookup import guess_language, is_cjk

        char = hit.text[hit.index]
        if not is_cjk(char):
            return "en"
        around = hit.text[max(0, hit.index - 40) : hit.index + 40]
        if guess_language(around) == "ja":
            return "ja"
        return self.window.session.cjk_lang() or "zh"

    def _look_up_hit(self, hit: TextHit, lang: str, selection_end: int | None = None) -> list[Match]:
        start, end = hit.index, hit.index + 1
        if lang == "en":
            word = next((m for m in _ENGLISH_WORD.finditer(hit.text) if m.start() <= hit.index < m.end()), None)
            if word is None:
                self.hide_popup()
                return []
            start, end = word.start(), word.end()
        if not self.ready:
            self._pending = (hit, lang)
            self._show(hit, lang, start, end, None)
            self.warm_up()
            return []
        if lang == "en":
            matches = self.dictionary.lookup(hit.text[start:end], "en", prefer=self.window.session.cjk_lang() or "zh")
        else:
            matches = self.dictionary.lookup_word_at(hit.text, hit.index, lang)
            if matches:
                start, end = matches[0].start, matches[0].end
        self._show(hit, lang, start, end, matches)
        return matches

    def _show(self, hit: TextHit, lang: str, start: int, end: int, matches: list[Match] | None) -> None:
        edit = hit.edit
        rects = range_rects(edit, hit.block_position, hit.text, start, end)
        if not rects:
            self.hide_popup()
            return
        self._shown = _Shown(hit, lang, start, end)
        self._shift_shown = None
        tint = self._tint_for(edit)
        tint.show_rects(rects)
        popup = self.popup()
        viewport = edit.viewport()
        global_rects = [QRect(viewport.mapToGlobal(r.topLeft()), r.size()) for r in rects]
        if matches is None:
            popup.show_loading(global_rects)
        else:
            saved = self.saved_keys()
            numbers = [(m, e) for m, match in enumerate(matches) for e, entry in enumerate(match.entries)
                       if vocabulary_key(entry) in saved]
            popup.show_matches(matches, global_rects, with_zhuyin=self.zhuyin_action.isChecked(), saved=numbers)

    def popup(self) -> DictionaryPopup:
        if self._popup is None:
            from reader_app.ui.dictionary_popup import DictionaryPopup

            self._popup = DictionaryPopup(self.window, self.window.theme())
            self._popup.addRequested.connect(self.add_to_vocabulary)
        return self._popup

    def _tint_for(self, edit: QTextEdit) -> WordTint:
        tint = self._tints.get(id(edit))
        if tint is None:
            tint = WordTint(edit.viewport(), self.window.theme().flash_tint)
            self._tints[id(edit)] = tint
        return tint

    def hide_popup(self) -> None:
        self._shown = None
        self._shift_shown = None
        self._pending = None
        if self._popup is not None:
            self._popup.hide()
        for tint in self._tints.values():
            tint.hide()

    def shown_word(self) -> str:
        """The text tinted now ('' when no popup shows)."""
        shown = self._shown
        return "" if shown is None else shown.hit.text[shown.start : shown.end]

    def _set_theme(self, theme: Theme) -> None:
        for overlay in (self._ruby, self._interleaved_ruby):
            if overlay is not None:
                overlay.colour = QColor(theme.muted_text)
                overlay.update()
        if self._popup is not None:
            self._popup.set_theme(theme)
        for tint in self._tints.values():
            tint.colour = QColor(theme.flash_tint)

    # --- vocabulary -------------------------------------------------------------------------------------------

    def add_to_vocabulary(self, match: Match, entry: Entry) -> None:
        from reader_app.core.dictionary.vocabulary import VocabularyError, VocabularyItem

        shown = self._shown
        sentence = sentence_around(shown.hit.text, shown.start, shown.end) if shown is not None else ""
        lang, word, reading = vocabulary_key(entry)
        item = VocabularyItem(
            lang=lang,
            word=word,
            reading=reading,
            meaning=entry.meaning(),
            sentence=sentence,
            translation=self._translation_of(sentence),
            link=self._link(),
        )
        # The panel joins the bottom tabs without being chosen: the text must not move under the mouse.
        from reader_app.ui.vocabulary_panel import install_panel

        panel = install_panel(self)
        try:
            panel.add(item)
        except VocabularyError as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return
        if self._popup is not None:
            self._popup.mark_saved(match, entry)
        self.window.statusBar().showMessage(f"Added {item.word} to the vocabulary", 4000)

    def saved_keys(self) -> set[tuple[str, str, str]]:
        """(lang, word, reading) of every saved word."""
        if self.vocabulary_panel is not None:
            return {item.key() for item in self.vocabulary_panel.items()}
        return self._saved_before

    def show_vocabulary(self) -> VocabularyFeaturePanel:
        """The Vocabulary panel, made on first use (reading the saved words is not start-up work)."""
        from reader_app.ui.vocabulary_panel import install_panel

        panel = install_panel(self)
        dock = panel.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        return panel

    def _translation_of(self, sentence: str) -> str:
        """The other side's sentence for `sentence`, when the document has it aligned (original or translated)."""
        from reader_app.ui.session import Side

        session = self.window.session
        for side in (Side.CJK, Side.ENGLISH):
            for block in session.blocks(side):
                passage = block.passage
                if passage is None or not block.aligned:
                    continue
                for index, text in enumerate(passage.sentence_texts()):
                    if sentence and sentence in text:
                        other = session.block(Side.ENGLISH if side is Side.CJK else Side.CJK, block.role)
                        if other is not None and other.passage is not None and other.aligned:
                            texts = other.passage.sentence_texts()
                            return texts[index].strip() if index < len(texts) else ""
                        return ""
        return ""

    def _link(self) -> str:
        path = self.window.current_path()
        if path is not None:
            return path.resolve().as_uri()
        document = self.window.session.document()
        return document.title if document is not None else ""

    def shutdown(self) -> None:
        self.jobs.shutdown()
        self.loader.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide_popup()


def vocabulary_key(entry: Entry) -> tuple[str, str, str]:
    """(lang, word, reading) under which `entry` is saved in the vocabulary."""
    word = entry.headword if entry.lang == "ja" else entry.simplified or entry.headword
    return entry.lang, word, entry.reading


def _saved_keys() -> set[tuple[str, str, str]]:
    from reader_app.core.dictionary.vocabulary import VocabularyError, VocabularyStore

    try:
        return {item.key() for item in VocabularyStore().items()}
    except VocabularyError:
        return set()  # the panel says why when it opens


def install(window: MainWindow) -> DictionaryFeature:
    existing = window.feature(DictionaryFeature)
    if existing is not None:
        return existing
    return DictionaryFeature(window)


def cursor_point(edit: QTextEdit) -> QPoint:
    """Where the mouse is over `edit`'s viewport now."""
    return edit.viewport().mapFromGlobal(QCursor.pos())
