"""Summary feature: the Summary tab, the toolbar length control, marks in the article, saving via the store."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from reader_app.core.document import Document, PassageRole
from reader_app.core.facts.model import Fact
from reader_app.core.reading_state import ReadingState
from reader_app.ui import reading_store
from reader_app.ui.after_paint import after_paint
from reader_app.ui.export_menu import ExportMenu
from reader_app.ui.features import Feature
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_store import ReadingStore
from reader_app.ui.summary_model import SummaryModel
from reader_app.ui.summary_panel import SummaryLengthControl, SummaryPanel
from reader_app.ui.theme import Theme

MORE_SHORTCUT = "Ctrl+]"
FEWER_SHORTCUT = "Ctrl+["


class SummaryFeature(Feature):
    """Connects the summary model to the session (the document, its translation and facts), the reading store and
    the article views."""

    def __init__(self, window: MainWindow, store: ReadingStore) -> None:
        super().__init__(window)
        self.store = store
        self.export_menu: ExportMenu | None = None
        # The ranking (numpy) starts once a new document's text has painted: the reader sees the text first.
        self.model = SummaryModel(self, defer=lambda start: after_paint(window, start))
        self.panel = SummaryPanel(self.model, theme=window.theme())
        self.panel.sentenceActivated.connect(self.show_sentence)
        self.control = SummaryLengthControl(self.model)
        self.control.set_theme(window.theme())

        session = window.session
        session.documentAboutToChange.connect(self.panel.finish_editing)
        session.documentChanged.connect(self._on_document_changed)
        session.translationChanged.connect(self._on_translation_changed)
        session.factsChanged.connect(self._on_facts_changed)
        store.stateReset.connect(self._on_state)
        store.stateChanged.connect(self._on_state)
        self.model.changed.connect(self._mark_sentences)
        self.model.edited.connect(self._save)
        window.themeChanged.connect(self._on_theme)
        window.zoomChanged.connect(self.panel.set_zoom)
        self.panel.set_zoom(window.zoom())
        if session.document() is not None:
            self._on_document_changed(session.document())
            if session.facts() is not None:
                self._on_facts_changed()

    def reading_state(self) -> ReadingState | None:
        """The open document's state with the summary's current length, wording and pins (for exports)."""
        document = self.window.session.document()
        if document is None:
            return None
        state = self.store.state()
        if state is None or self.store.document() is not document:
            state = ReadingState.for_document(document)
        return self.model.with_summary_fields(state)

    def export_facts(self) -> list[Fact] | None:
        """The facts the summary ranked with, or None while they are pending (the export then extracts them)."""
        return self.model.facts() if self.model.facts_final() else None

    def show_sentence(self, index: int) -> None:
        """Scroll to and flash article sentence `index` on its side, and its translation on the other."""
        for view in self.window.views():
            passage = view.passage(PassageRole.ARTICLE)
            if passage is None or index >= len(passage.sentences):
                continue
            span = passage.sentences[index]
            view.scroll_to_span(PassageRole.ARTICLE, span)
            view.flash_span(PassageRole.ARTICLE, span)

    def shutdown(self) -> None:
        self.model.shutdown()
        if self.export_menu is not None:
            self.export_menu.wait()

    def _on_document_changed(self, document: object) -> None:
        self.model.set_document(document if isinstance(document, Document) else None)
        self.model.set_translation(self.window.session.translation(PassageRole.ARTICLE))
        state = self.store.state()
        if state is not None and self.store.document() is document:
            self.model.apply_state(state)

    def _on_facts_changed(self) -> None:
        """Rank again with the facts the facts feature published; a big document's ranking came with them."""
        facts = self.session.facts()
        if facts is None or facts.document is not self.model.document():
            return
        source = facts.source(PassageRole.ARTICLE)
        article_facts = list(source)
        if facts.ranking is not None:
            # A turn of the event loop of its own: the facts panel fills in this one.
            model, document, ranking, starts = self.model, facts.document, facts.ranking, facts.article_starts
            QTimer.singleShot(0, model, lambda: model.set_ranked_facts(document, article_facts, *ranking, starts))
        else:
            self.model.set_facts(article_facts)

    def _on_translation_changed(self, role: object) -> None:
        if role is PassageRole.ARTICLE:
            self.model.set_translation(self.window.session.translation(PassageRole.ARTICLE))
        # The views re-render on a translation; put the marks back.
        self._mark_sentences()

    def _on_state(self, state: ReadingState) -> None:
        if self.store.document() is not self.model.document():
            return
        if self.model.with_summary_fields(state) != state:
            self.model.apply_state(state)

    def _save(self) -> None:
        if self.store.state() is not None and self.store.document() is self.model.document():
            self.store.update(self.model.with_summary_fields)

    def _mark_sentences(self) -> None:
        indices = self.model.indices()
        for view in self.window.views():
            view.set_marked_sentences(PassageRole.ARTICLE, indices)

    def _on_theme(self, theme: Theme) -> None:
        self.panel.set_theme(theme)
        self.control.set_theme(theme)


def _action(window: MainWindow, text: str, shortcut: str, tip: str) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    window.addAction(action)
    return action


def install(window: MainWindow) -> SummaryFeature:
    existing = window.feature(SummaryFeature)
    if existing is not None:
        return existing
    feature = SummaryFeature(window, reading_store.install(window))
    model = feature.model

    dock = QDockWidget("Summary", window)
    dock.setObjectName("summaryDock")
    dock.setWidget(feature.panel)
    window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea, tab_with_bottom=True)

    more = _action(window, "&More Details", MORE_SHORTCUT, "Longer summary: one more sentence")
    more.triggered.connect(model.more)
    fewer = _action(window, "&Fewer Details", FEWER_SHORTCUT, "Shorter summary: one sentence less")
    fewer.triggered.connect(model.fewer)
    edit = _action(window, "&Edit Summary", "Ctrl+Shift+E", "Write the summary in your own words")

    def start_editing() -> None:
        dock.show()
        dock.raise_()
        feature.panel.edit_button.setChecked(True)

    edit.triggered.connect(start_editing)
    summary_menu = window.menu("View").addMenu("S&ummary")
    summary_menu.setObjectName("menuSummary")
    for action in (more, fewer, edit):
        summary_menu.addAction(action)
    summary_menu.addSeparator()
    summary_menu.addAction(dock.toggleViewAction())

    def tip(action: QAction) -> str:
        return f"{action.statusTip()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"

    feature.control.set_tooltips(tip(fewer), tip(more))
    window.add_toolbar_item("summary", feature.control)

    window.add_busy_check(model.busy)
    feature.export_menu = ExportMenu(window, feature.reading_state, feature.export_facts)
    feature.export_menu.install()
    return feature
