"""Key facts feature: extraction off the UI thread, the Key facts dock, inline tints and lost-number warnings."""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from operator import le
from pathlib import Path
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from reader_app.core.app_paths import cache_dir
from reader_app.core.big_document import PROCESS_THRESHOLD
from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.facts.items import FactItem, document_items
from reader_app.core.facts.model import Fact, FactKind
from reader_app.core.freed_memory import release_freed_memory
from reader_app.core.translated import PassageTranslation
from reader_app.ui.background import BackgroundJobs, JobContext, in_child_process
from reader_app.ui.document_loader import keep_out_of_gc
from reader_app.ui.facts_model import FactsModel
from reader_app.ui.facts_panel import FactsPanel
from reader_app.ui.features import Feature
from reader_app.ui.session import DocumentFacts
from reader_app.ui.side_view import SideView
from reader_app.ui.theme import Theme

if TYPE_CHECKING:
    from reader_app.core.facts.extract import PassageFacts
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.status import TaskHandle

HIGHLIGHT_SETTING = "facts/highlight"
HIDDEN_SETTING = "facts/hiddenKinds"
HIGHLIGHT_SHORTCUT = "Ctrl+Shift+F"
PANEL_SHORTCUT = "Ctrl+Shift+K"
TRANSLATION_DEBOUNCE_MS = 400
"""Streaming translations arrive sentence by sentence; extract again once they pause."""
PROGRESS_THRESHOLD = 40_000
"""Documents with more characters than this show extraction progress in the status bar."""
EXTRACT = "extract"
SEPARATE_TURNS_FACTS = 20_000
"""With more facts than this, the panel's rows and the text's tints go in on turns of the event loop of their own
(together they held a 20 MB article's window for several tenths of a second)."""


def facts_cache_folder() -> Path:
    """Where a big document's facts are kept for its next opening (safe to delete, like the rest of the cache)."""
    return cache_dir() / "facts"


def find_facts(
    job: JobContext, document: Document, translations: Mapping[PassageRole, PassageTranslation]
) -> tuple[DocumentFacts, list[FactItem]]:
    """The facts of `document` and its translations, and the panel rows for them (on a worker: for a big article
    building the rows too is work the window need not wait for). A big document is read in a child process, which
    ranks the summary sentences with the facts as it goes."""
    translations = dict(translations)
    size = sum(len(passage.text) for passage in document.passages())
    size += sum(len(t.as_passage().text) for t in translations.values())
    ranking: tuple[tuple[float, ...], tuple[int, ...]] | None = None
    if size >= PROCESS_THRESHOLD:
        result, scores, order = in_child_process(
            job, "reader_app.core.big_document", "facts_and_ranking", document, translations, facts_cache_folder()
        )
        ranking = (scores, order)
        release_freed_memory()  # what streaming the document out and the facts in left free in the heap
    else:
        from reader_app.core.facts.extract import extract_document_facts

        result = extract_document_facts(document, translations)
    facts = DocumentFacts(document, translations, result, ranking)
    return facts, document_items(document, result, translations)


class FactsFeature(Feature):
    """Finds the facts of the open document, publishes them in the session and shows them in the panel and in
    both text views."""

    extracted = Signal()
    """A new set of facts is in the session, the model and on the views (tests wait on this)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.model = FactsModel(self, theme=window.theme())
        self.panel = FactsPanel(self.model, theme=window.theme())
        self._jobs = BackgroundJobs(self)
        self._task: TaskHandle | None = None
        self._rows: tuple[DocumentFacts, list[FactItem]] | None = None
        self._tints: dict[int, _Tints] = {}
        """The tints of the facts found last, made on the worker (keyed by the id of the facts tuple they are for)."""
        """Panel rows built on the worker with the facts they are for."""
        self._cursor: dict[int, int] = {}
        self._highlight = window.settings.bool_value(HIGHLIGHT_SETTING, True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

        self._restore_hidden_kinds()
        self.panel.set_highlight_checked(self._highlight)
        self.panel.factActivated.connect(self.show_item)
        self.panel.highlightToggled.connect(self.set_highlight)
        self.model.kindsChanged.connect(self._push_spans)
        self.model.kindsChanged.connect(self._save_hidden_kinds)
        session = window.session
        session.documentChanged.connect(self._on_document_changed)
        session.translationChanged.connect(self._on_translation_changed)
        session.factsChanged.connect(self._on_facts_changed)
        window.themeChanged.connect(self._on_theme)
        for view in window.views():
            view.selectionChanged.connect(lambda role, span, view=view: self._on_text_selected(view, role, span))
        if session.document() is not None:
            self.refresh()

    # --- public ------------------------------------------------------------------------------------------------

    def highlight(self) -> bool:
        return self._highlight

    def set_highlight(self, on: bool) -> None:
        """Show or hide the fact tints in both text views (remembered between runs)."""
        if on != self._highlight:
            self._highlight = on
            self.window.settings.set_value(HIGHLIGHT_SETTING, on)
        self.panel.set_highlight_checked(on)
        for view in self.window.views():
            view.set_facts_visible(on)

    def facts(self) -> list[Fact]:
        """Facts of the original passages (what the panel lists), in document order."""
        found = self.session.facts()
        return found.originals() if found is not None else []

    def passage_facts(self) -> dict[PassageRole, PassageFacts]:
        found = self.session.facts()
        return dict(found.passages) if found is not None else {}

    def busy(self) -> bool:
        """An extraction is scheduled or running."""
        return self._timer.isActive() or self._jobs.busy(EXTRACT)

    def refresh(self) -> None:
        """Extract again from the session's document and translations (off the UI thread)."""
        self._timer.stop()
        document = self.session.document()
        self._finish_task()
        if document is None:
            self._jobs.cancel(EXTRACT)
            self.model.set_items([])
            return
        self.panel.set_finding(True)
        size = sum(len(passage.text) for passage in document.passages())
        if size > PROGRESS_THRESHOLD:
            self._task = self.window.status.start_task("Finding key facts…", self.cancel)
        translations = self.session.translations()
        self._jobs.run(
            lambda job: _with_spans(find_facts(job, document, translations)),
            key=EXTRACT,
            done=self._on_found,
            error=self._on_failed,
        )

    def cancel(self) -> None:
        """Drop the running extraction's result (the facts already shown stay)."""
        self._timer.stop()
        self._jobs.cancel(EXTRACT)
        self._finish_task()

    def shutdown(self) -> None:
        self._timer.stop()
        self._jobs.shutdown()
        self._finish_task()

    def show_item(self, item: FactItem) -> None:
        """Scroll to the fact (the next mention on repeated clicks), flash it and its counterpart on the other side."""
        index = (self._cursor.get(id(item), -1) + 1) % len(item.mentions)
        self._cursor = {id(item): index}
        fact = item.mentions[index]
        if len(item.mentions) > 1:  # say where the walk through the mentions is
            self.window.status.show_message(
                f"{item.label}: mention {index + 1} of {len(item.mentions)} (click again for the next)."
            )
        for shown in self.window.views():
            shown.clear_flash()
        view = self.window.view_for_lang(item.lang)
        other = self.window.view_for_lang(item.counterpart_lang) if item.counterpart_lang is not None else view
        if other is not view:
            # The other column first: with the rows aligned, the column scrolled last leads and the other follows,
            # so the mention clicked is the one sure to be in view.
            counterpart = item.counterpart(index) or next((c for c in item.counterparts if c is not None), None)
            if counterpart is not None:
                other.scroll_to_span(counterpart.role, counterpart.span)
                other.flash_span(counterpart.role, counterpart.span, lasting=True)
            else:
                # No counterpart (a lost number, say): mark the translation of the fact's sentence instead.
                passage = view.passage(fact.role)
                sentence = passage.sentence_at(fact.span.start) if passage is not None else None
                span = other.sentence_span(fact.role, sentence) if sentence is not None else None
                if sentence is not None and span is not None:
                    other.scroll_to_sentence(fact.role, sentence)
                    other.flash_span(fact.role, span, lasting=True)
        view.scroll_to_span(fact.role, fact.span, always=True)
        # Marked until the reader clicks in the text: among many tinted facts a brief flash is easily missed.
        view.flash_span(fact.role, fact.span, lasting=True)

    # --- slots -------------------------------------------------------------------------------------------------

    def _on_document_changed(self, _document: object) -> None:
        self._cursor = {}
        # A filter typed for the last document would hide this one's facts behind "No facts match the filter".
        self.panel.filter_edit.clear()
        self.model.set_items([])
        self.refresh()

    def _on_translation_changed(self, _role: object) -> None:
        # The translated side was re-rendered without decorations; put back what still fits, then re-extract.
        self._push_spans()
        self._timer.start(TRANSLATION_DEBOUNCE_MS)

    def _on_found(self, found: tuple[DocumentFacts, list[FactItem], list[_Tints]]) -> None:
        self._finish_task()
        facts, items, tints = found
        self._tints = {id(t.facts): t for t in tints}
        starts = self.ordered_starts(facts.source(PassageRole.ARTICLE))
        if starts is not None:
            facts = replace(facts, article_starts=starts)
        count = sum(len(p.source) + len(p.translation) for p in facts.passages.values())
        keep_out_of_gc(count * 20)  # about one fact per 20 characters of news text
        self._rows = (facts, items)
        self.session.set_facts(facts)

    def _on_facts_changed(self) -> None:
        facts = self.session.facts()
        self._cursor = {}
        if facts is None:
            self.model.set_items([])
            return
        rows, self._rows = self._rows, None
        if rows is not None and rows[0] is facts:
            items = rows[1]
        else:
            items = document_items(facts.document, facts.passages, facts.translations)
        self.model.set_items(items)
        if sum(len(p.source) + len(p.translation) for p in facts.passages.values()) > SEPARATE_TURNS_FACTS:
            QTimer.singleShot(0, self, lambda: self._show_in_text(facts))  # the window answers in between
        else:
            self._show_in_text(facts)

    def _show_in_text(self, facts: DocumentFacts) -> None:
        if self.session.facts() is facts:
            self._push_spans()
            self.extracted.emit()

    def ordered_starts(self, facts: tuple[Fact, ...]) -> Sequence[int] | None:
        """The starts of `facts` (a passage's, as the session's facts hold them) when they are in order of their
        starts, made on the worker; None when they were not made or not in that order."""
        made = self._tints.get(id(facts))
        if made is None or made.facts is not facts or not isinstance(made.spans, _SpansOf):
            return None
        return made.starts

    def _on_failed(self, error: BaseException) -> None:
        self._finish_task()
        self.window.status.show_message(f"Could not find key facts: {type(error).__name__}: {error}")

    def _on_text_selected(self, view: SideView, role: object, span: object) -> None:
        """Selecting text on a fact (a double-click on it, say) selects that fact in the panel."""
        if not isinstance(role, PassageRole) or not isinstance(span, Span):
            return
        item = self._item_at(view, role, span)
        if item is not None:
            self.panel.select_item(item)

    def _item_at(self, view: SideView, role: PassageRole, span: Span) -> FactItem | None:
        for item in self.model.items():
            if self.window.view_for_lang(item.lang) is view and any(
                fact.role is role and fact.span.overlaps(span) for fact in item.mentions
            ):
                return item
            other_lang = item.counterpart_lang
            on_other_side = other_lang is not None and self.window.view_for_lang(other_lang) is view
            if on_other_side and any(
                c is not None and c.role is role and c.span.overlaps(span) for c in item.counterparts
            ):
                return item
        return None

    def _on_theme(self, theme: Theme) -> None:
        self.panel.set_theme(theme)

    # --- helpers -----------------------------------------------------------------------------------------------

    def _push_spans(self) -> None:
        """Tints for every visible kind on both sides, and lost-number warnings on the machine translation."""
        document = self.session.document()
        facts = self.session.facts()
        if document is None or facts is None:
            return
        hidden = self.model.hidden_kinds()
        for passage in document.passages():
            found = facts.passages.get(passage.role)
            if found is None:
                continue
            view = self.window.view_for_lang(passage.lang)
            if view.passage(passage.role) == passage:
                self._set_tints(view, passage.role, found.source, hidden)
            translation = facts.translations.get(passage.role)
            if translation is None or self.session.translation(passage.role) is not translation:
                continue
            other = self.window.view_for_lang(translation.target_lang)
            if other is view or other.passage(passage.role) != translation.as_passage():
                continue
            self._set_tints(other, passage.role, found.translation, hidden)
            other.set_sentence_warnings(passage.role, dict(found.unpreserved))
        for view in self.window.views():
            view.set_facts_visible(self._highlight)

    def _set_tints(
        self, view: SideView, role: PassageRole, facts: tuple[Fact, ...], hidden: frozenset[FactKind]
    ) -> None:
        made = self._tints.get(id(facts))
        if made is not None and made.facts is facts and not hidden:
            view.set_fact_spans(role, made.spans, made.starts)  # a big article's hundreds of thousands, ready-made
        else:
            view.set_fact_spans(role, _spans(facts, hidden))

    def _restore_hidden_kinds(self) -> None:
        saved = str(self.window.settings.value(HIDDEN_SETTING, "") or "")
        for name in filter(None, saved.split(",")):
            try:
                kind = FactKind(name)
            except ValueError:
                continue  # a kind from another version of the app
            self.model.set_kind_visible(kind, False)
            self.panel.kind_buttons[kind].setChecked(False)

    def _save_hidden_kinds(self) -> None:
        hidden = sorted(kind.value for kind in self.model.hidden_kinds())
        self.window.settings.set_value(HIDDEN_SETTING, ",".join(hidden))

    def _finish_task(self) -> None:
        self.panel.set_finding(False)
        task, self._task = self._task, None
        if task is not None:
            task.finish()


def _spans(facts: tuple[Fact, ...], hidden: frozenset[FactKind]) -> list[tuple[Span, FactKind]]:
    return [(fact.span, fact.kind) for fact in facts if fact.kind not in hidden]


@dataclass(frozen=True)
class _Tints:
    """The tints of one passage's facts (every kind) in order of their starts, and those starts."""

    facts: tuple[Fact, ...]
    spans: Sequence[tuple[Span, FactKind]]
    starts: Sequence[int]


class _SpansOf(Sequence[tuple[Span, FactKind]]):
    """(span, kind) of each fact, made when asked: a big article's facts come in order of their starts, and a list
    of pairs beside them held tens of megabytes (a view reads only the stretch on screen)."""

    def __init__(self, facts: tuple[Fact, ...]) -> None:
        self._facts = facts

    def __len__(self) -> int:
        return len(self._facts)

    @overload
    def __getitem__(self, index: int) -> tuple[Span, FactKind]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Span, FactKind]]: ...
    def __getitem__(self, index: int | slice) -> tuple[Span, FactKind] | Sequence[tuple[Span, FactKind]]:
        if isinstance(index, slice):
            return [(fact.span, fact.kind) for fact in self._facts[index]]
        fact = self._facts[index]
        return fact.span, fact.kind


def _with_spans(
    found: tuple[DocumentFacts, list[FactItem]],
) -> tuple[DocumentFacts, list[FactItem], list[_Tints]]:
    """`find_facts`'s result with the tints of every passage made here, on the worker: on a big article making
    them on the UI thread held the window when the facts arrived."""
    facts, items = found
    tints = []
    for passage_facts in facts.passages.values():
        for group in (passage_facts.source, passage_facts.translation):
            starts = array("q", [fact.span.start for fact in group])
            if all(map(le, starts, islice(starts, 1, None))):  # the extractor's order (checked in C)
                tints.append(_Tints(group, _SpansOf(group), starts))
                continue
            spans = sorted(_spans(group, frozenset()), key=lambda pair: pair[0].start)
            tints.append(_Tints(group, spans, array("q", [span.start for span, _kind in spans])))
    return facts, items, tints


def install(window: MainWindow) -> FactsFeature:
    existing = window.feature(FactsFeature)
    if existing is not None:
        return existing
    feature = FactsFeature(window)

    dock = QDockWidget("Key facts", window)
    dock.setObjectName("factsDock")
    dock.setWidget(feature.panel)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    dock.toggleViewAction().setText("Key Facts Panel")
    dock.toggleViewAction().setShortcut(QKeySequence(PANEL_SHORTCUT))
    dock.toggleViewAction().setStatusTip("Show or hide the Key facts panel")

    highlight = QAction("Facts", window)
    highlight.setObjectName("factsHighlightAction")
    highlight.setCheckable(True)
    highlight.setChecked(feature.highlight())
    highlight.setShortcut(QKeySequence(HIGHLIGHT_SHORTCUT))
    highlight.setToolTip(f"Highlight key facts in the text ({HIGHLIGHT_SHORTCUT})")
    highlight.setStatusTip("Tint counts, money, percentages, dates, organisations, people and places in the text")
    highlight.toggled.connect(feature.set_highlight)
    feature.panel.highlightToggled.connect(highlight.setChecked)
    window.add_toolbar_item("facts", highlight)

    view_menu = window.menu("View")
    view_menu.addSeparator()
    menu_highlight = view_menu.addAction("Highlight Key Facts in Text")
    menu_highlight.setCheckable(True)
    menu_highlight.setChecked(feature.highlight())
    menu_highlight.toggled.connect(highlight.setChecked)
    highlight.toggled.connect(menu_highlight.setChecked)

    copy_all = QAction("Copy Key Facts as Markdown", window)
    copy_all.setObjectName("factsCopyAllAction")
    copy_all.setShortcut(QKeySequence("Ctrl+Shift+C"))
    copy_all.setStatusTip("Copy every listed fact, grouped by kind, as Markdown")
    copy_all.triggered.connect(feature.panel.copy_all)
    window.menu("Edit").addAction(copy_all)
    feature.panel.set_pin_handler(lambda item: _pin_to_summary(window, item))
    window.add_busy_check(feature.busy)  # `--screenshot` waits for the facts
    return feature


def _pin_to_summary(window: MainWindow, item: FactItem) -> None:
    """The summary feature keeps pins (saved with the reading state, shown first in the Summary tab)."""
    from reader_app.ui.summary_feature import SummaryFeature

    summary = window.feature(SummaryFeature)
    if summary is None:
        window.status.show_message("The summary is not available, so the fact cannot be pinned.", 5000)
        return
    summary.model.pin(item.first)
    window.status.show_message(f"Pinned “{item.label}” to the summary.", 4000)
