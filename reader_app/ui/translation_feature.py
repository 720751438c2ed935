"""Translation in the window: Translate ▾ menu, prompt translated on open, article on request, selection panel."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton

from reader_app.core.document import Document, Passage, PassageRole, Span
from reader_app.core.language import CHINESE, CHINESE_TRADITIONAL, ENGLISH, JAPANESE, is_cjk, language_name
from reader_app.core.reading_state import ReadingState
from reader_app.core.translated import PassageTranslation
from reader_app.ui.background import BackgroundJobs, Job
from reader_app.ui.features import Feature
from reader_app.ui.selection_translation import SelectionTranslationDock
from reader_app.ui.side_view import SideView
from reader_app.ui.status import TaskHandle
from reader_app.ui.translation_worker import (
    EngineProvider,
    Failure,
    TextResult,
    failure_of,
    translate_passage,
    translate_text,
)

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.model_manager import ModelManagerDialog
    from reader_app.ui.reading_store import ReadingStore

log = logging.getLogger(__name__)

ENGLISH_TARGETS = (JAPANESE, CHINESE, CHINESE_TRADITIONAL)
"""For an English-only document: the first of these with an installed model is the other side's language."""

MIN_APPLY_INTERVAL = 0.15
"""Seconds between showing partial results of a running translation."""
RENDER_BUDGET_FACTOR = 4.0
"""After a partial result took t seconds to show, wait at least this times t: the UI stays mostly free."""

TARGET_CHOICES = (
    ("", "The Other Column's Language"),
    (ENGLISH, "English"),
    (CHINESE, "Chinese (Simplified)"),
    (CHINESE_TRADITIONAL, "Chinese (Traditional)"),
    (JAPANESE, "Japanese"),
)
"""Translate ▾ → Translate Into: "" is the default (English for CJK text, the document's CJK language for English)."""

_ROLE_NAMES = {PassageRole.PROMPT: "prompt", PassageRole.ARTICLE: "article"}


def _installed_pairs() -> set[tuple[str, str]]:
    from reader_app.translation.packages import installed_models

    return {(model.from_code, model.to_code) for model in installed_models()}


def _english_target(source_lang: str, installed: set[tuple[str, str]]) -> str | None:
    """What English text (`source_lang`) goes into by default: the first language an installed model makes."""
    return next((lang for lang in ENGLISH_TARGETS if (source_lang, lang) in installed), None)


def pair_name(from_lang: str, to_lang: str) -> str:
    """The pair as its model is named: "Chinese (Simplified or Traditional) → English" where either serves."""
    from reader_app.translation.routing import model_pair_name

    return model_pair_name(from_lang, to_lang)


def missing_model_message(from_lang: str, to_lang: str, missing: list[tuple[str, str]]) -> str:
    """What to install, in one plain sentence: "No Japanese → English model is installed."."""
    from reader_app.translation.routing import missing_message

    return missing_message(from_lang, to_lang, missing)


SELECTION = "selection"


@dataclass
class _PassageRun:
    """A running passage translation and what it belongs to."""

    job: Job[PassageTranslation]
    passage: Passage
    to_lang: str
    document: Document
    task: TaskHandle
    auto: bool
    """Started by opening the document (no dialog when no model fits, just a status message)."""


class TranslationFeature(Feature):
    """Owns the translation actions, jobs and panels of one main window."""

    modelsListed = Signal()
    """The installed models were listed (on a worker): what `missing_pairs` says may have changed."""

    def __init__(self, window: MainWindow, provider: EngineProvider | None = None) -> None:
        super().__init__(window)
        self.provider = provider or EngineProvider()
        # Two workers: the selection never waits behind the article; a pool of its own, so translations never
        # wait behind other features' work (and vice versa).
        self.jobs = BackgroundJobs(self, max_threads=2)
        self._runs: dict[int, _PassageRun] = {}
        self._selection: tuple[Job[TextResult], str, str] | None = None
        """The running selection translation, its source and target language."""
        self._manager: ModelManagerDialog | None = None
        self._installed_pairs: set[tuple[str, str]] | None = None
        """(from, to) of the installed models, as last listed (None before the first listing)."""
        self._notice_after_listing: str | None = None
        """A missing-model status line waiting for the installed models to be listed."""
        self._chosen: dict[int, str] = {}
        """The open document's chosen target language, by the document's identity."""
        self._kept: dict[tuple[PassageRole, str], PassageTranslation] = {}
        """Finished translations of `_kept_document` into languages chosen before, by passage and language."""
        self._kept_document: Document | None = None
        self.last_notice: QMessageBox | None = None
        self._selection_missing: list[tuple[str, str]] = []
        self._pending: dict[int, PassageTranslation] = {}
        """Latest partial result per job, not shown yet."""
        self._next_apply = 0.0
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self._apply_partials)

        self._create_actions()
        self.dock = SelectionTranslationDock(window)
        self.panel = self.dock.panel
        self.panel.openManagerRequested.connect(self._open_manager_for_selection)
        window.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea, tab_with_bottom=True)

        self.session.documentChanged.connect(self._on_document_changed)
        self.session.translationChanged.connect(self._on_translation_changed)
        window.translateSelectionRequested.connect(self._on_selection_requested)
        for view in window.views():
            view.placeholderActionRequested.connect(self._on_placeholder_action)
        store = self._store()
        if store is not None:  # the chosen language is kept with the document's reading state
            store.stateReset.connect(self._on_state_reset)
            store.stateChanged.connect(self._on_state_changed)
            if store.state() is not None:
                self._on_state_reset(store.state())
        if self.session.document() is not None:  # opened before this feature installed (the app's start-up)
            self._on_document_changed(self.session.document())

    # --- actions ------------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        window = self.window
        self.prompt_action = self._action("Translate &Prompt", self.translate_prompt, "Ctrl+Alt+P")
        self.article_action = self._action("Translate &Article", self.translate_article, "Ctrl+T")
        self.selection_action = self._action("Translate &Selection", self.translate_selection, "Ctrl+Shift+T")
        self.manager_action = self._action("Translation &Models…", self.open_manager, "Ctrl+Alt+M")
        self.prompt_action.setStatusTip("Translate the prompt into the other side's language")
        self.article_action.setStatusTip("Translate the whole article; progress shows in the status bar")
        self.selection_action.setStatusTip("Translate the selected text; the result shows in a panel")
        self.manager_action.setStatusTip("Install, download or remove offline translation models")

        tools = window.menu("Tools")
        if tools.actions():
            tools.addSeparator()
        for action in (self.prompt_action, self.article_action, self.selection_action):
            tools.addAction(action)
        tools.addSeparator()
        tools.addAction(self.manager_action)

        self.menu = QMenu("Translate", window)
        self.menu.setObjectName("translateMenu")
        for action in (self.prompt_action, self.article_action, self.selection_action):
            self.menu.addAction(action)
        into = self.menu.addMenu("Translate &Into")
        into.setObjectName("translateIntoMenu")
        self.target_actions = QActionGroup(self)
        for code, label in TARGET_CHOICES:
            action = into.addAction(label)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.set_chosen_target(code or None))
            self.target_actions.addAction(action)
        self.target_actions.actions()[0].setChecked(True)
        self.menu.addSeparator()
        self.menu.addAction(self.manager_action)
        self.toolbar_button = QToolButton()
        self.toolbar_button.setObjectName("translateToolButton")
        self.toolbar_button.setText("Translate")
        self.toolbar_button.setToolTip("Translate the prompt, the article or the selection")
        self.toolbar_button.setMenu(self.menu)
        self.toolbar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.add_toolbar_item("translate", self.toolbar_button)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # --- languages ----------------------------------------------------------------------------------

    def chosen_target(self) -> str | None:
        """The language the reader chose for this document's translations (Translate ▾ → Translate Into), or
        None for the other side's language."""
        document = self.session.document()
        return self._chosen.get(id(document)) if document is not None else None

    def set_chosen_target(self, lang: str | None) -> None:
        """Translate this document into `lang` from now on (None: the other side's language); what was translated
        into another language is dropped and the prompt is translated again."""
        document = self.session.document()
        if document is None:
            return
        if lang is None:
            self._chosen.pop(id(document), None)
        else:
            self._chosen = {id(document): lang}  # one open document: older choices belong to closed ones
        store = self._store()
        if store is not None and store.document() is document:
            store.update(lambda state: state.with_target_lang(lang))
        self.cancel_all()
        if self._kept_document is not document:
            self._kept_document, self._kept = document, {}
        for role, translation in self.session.translations().items():
            if translation.complete:  # kept for a way back to this language
                self._kept[(role, translation.target_lang)] = translation
            self.session.clear_translation(role)
        self._update_target_menu()
        # A finished translation into the language chosen now shows at once, not behind "Not translated yet".
        for passage in document.passages():
            kept = self._kept.get((passage.role, self.target_lang(passage) or ""))
            if kept is not None:
                self.session.set_translation(kept)
        self.update_placeholders()
        self._translate_role(PassageRole.PROMPT, auto=True)

    def _store(self) -> ReadingStore | None:
        from reader_app.ui.reading_store import ReadingStore

        return self.window.feature(ReadingStore)

    def _on_state_reset(self, state: object) -> None:
        """A document opened with its reading state: translate into the language chosen for it last time (this runs
        before `_on_document_changed`, which translates the prompt)."""
        document = self.session.document()
        if not isinstance(state, ReadingState) or document is None:
            return
        if state.target_lang is None:
            self._chosen.pop(id(document), None)
        else:
            self._chosen = {id(document): state.target_lang}
        self._update_target_menu()

    def _on_state_changed(self, state: object) -> None:
        """Another version of the state was put in place (the saved file's, an undo): follow its language."""
        document = self.session.document()
        if isinstance(state, ReadingState) and document is not None and state.target_lang != self.chosen_target():
            self.set_chosen_target(state.target_lang)

    def _update_target_menu(self) -> None:
        chosen = self.chosen_target()
        self.session.set_target_lang(chosen)  # the columns' headers and the title name it
        for action in self.target_actions.actions():
            action.setChecked(action.data() == (chosen or ""))

    def target_lang(self, passage: Passage, installed: set[tuple[str, str]] | None = None) -> str | None:
        """The chosen language (Translate Into), else the other side's: English for CJK text, and for English the
        document's CJK language."""
        chosen = self.chosen_target()
        if chosen is not None and chosen != passage.lang:
            return chosen
        if is_cjk(passage.lang):
            return ENGLISH
        document = self.session.document()
        if document is not None:
            for other in document.passages():
                if is_cjk(other.lang):
                    return other.lang
        if installed is None:
            installed = _installed_pairs()
        return _english_target(passage.lang, installed)

    # --- passage translation --------------------------------------------------------------------------

    def translate_prompt(self) -> None:
        self._translate_role(PassageRole.PROMPT, auto=False)

    def translate_article(self) -> None:
        self._translate_role(PassageRole.ARTICLE, auto=False)

    def running(self, role: PassageRole | None = None) -> bool:
        return any(role is None or run.passage.role is role for run in self._runs.values())

    def _translate_role(self, role: PassageRole, *, auto: bool) -> None:
        document = self.session.document()
        name = _ROLE_NAMES[role]
        if document is None:
            self.window.status.show_message("Open a document first (File → Open).")
            return
        passage = document.passage(role)
        if passage is None or not passage.sentences:
            if not auto:
                self.window.status.show_message(f"This document has no {name} to translate.")
            return
        if self.running(role):
            self.window.status.show_message(f"The {name} is being translated already.")
            return
        existing = self.session.translation(role)
        if existing is not None and existing.complete:
            if not auto:
                self.window.status.show_message(f"The {name} is translated already.")
            return
        to_lang = self.target_lang(passage)
        if to_lang is None:
            missing = [(passage.lang, lang) for lang in (JAPANESE, CHINESE)]
            message = "No English → Japanese or English → Chinese model is installed."
            self._no_model(message, missing, auto=auto)
            return
        provider = self.provider
        # The callbacks run on the UI thread after this method returned, so `job` is bound by then.
        job = self.jobs.run(
            lambda context: translate_passage(context, provider, passage, to_lang),
            done=lambda translation: self._on_finished(job.number, translation),
            error=lambda error: self._on_failed(job.number, failure_of(error)),
            partial=lambda translation: self._on_partial(job.number, translation),
        )
        task = self.window.status.start_task(f"Translating the {name}…", lambda: self.cancel_run(job.number))
        task.progress(0, len(passage.sentences))
        self._runs[job.number] = _PassageRun(job, passage, to_lang, document, task, auto)

    def _current_run(self, job_id: int) -> _PassageRun | None:
        """The run, if it still belongs to the document on screen."""
        run = self._runs.get(job_id)
        if run is None or run.document is not self.session.document():
            return None
        return run

    def _end_run(self, job_id: int) -> _PassageRun | None:
        self._pending.pop(job_id, None)
        run = self._runs.pop(job_id, None)
        if run is not None:
            run.task.finish()
        return run

    def _on_partial(self, job_id: int, translation: PassageTranslation) -> None:
        """Progress at once; the text at most every few render times, so a long article never floods the UI."""
        run = self._current_run(job_id)
        if run is None or run.job.cancelled():
            return
        done = sum(1 for s in translation.sentences if s is not None)
        run.task.progress(done, len(translation.sentences))
        self._pending[job_id] = translation
        if not self._apply_timer.isActive():
            wait = max(0.0, self._next_apply - time.monotonic())
            self._apply_timer.start(int(wait * 1000))

    def _apply_partials(self) -> None:
        pending, self._pending = self._pending, {}
        started = time.monotonic()
        for job_id, translation in pending.items():
            run = self._current_run(job_id)
            if run is not None and not run.job.cancelled():
                self.session.set_translation(translation)
        cost = time.monotonic() - started
        self._next_apply = time.monotonic() + max(MIN_APPLY_INTERVAL, RENDER_BUDGET_FACTOR * cost)

    def _on_finished(self, job_id: int, translation: PassageTranslation) -> None:
        current = self._current_run(job_id) is not None
        run = self._end_run(job_id)
        if run is None or not current:
            return
        self.session.set_translation(translation)
        warned = sum(1 for s in translation.sentences if s is not None and s.warning)
        name = _ROLE_NAMES[translation.role]
        count = len(translation.sentences)
        message = f"Translated the {name}: {count} sentence{'s' if count != 1 else ''} ({translation.package})."
        if warned:
            message += f" {warned} marked as unreliable."
        self.window.status.show_message(message)

    def cancel_run(self, job_id: int) -> None:
        """The status bar's Cancel: stop the worker and keep what is translated so far."""
        run = self._end_run(job_id)
        if run is None:
            return
        run.job.cancel()
        self._wrap_up_cancel(run, self.session.translation(run.passage.role))

    def _wrap_up_cancel(self, run: _PassageRun, last: PassageTranslation | None) -> None:
        if run.document is not self.session.document():
            return
        role = run.passage.role
        done = sum(1 for s in last.sentences if s is not None) if last is not None else 0
        if done == 0:
            self.session.clear_translation(role)
        elif last is not None:
            self.session.set_translation(last)
        total = len(run.passage.sentences)
        self.window.status.show_message(
            f"Translation of the {_ROLE_NAMES[role]} cancelled ({done} of {total} sentences translated)."
        )

    def _on_failed(self, job_id: int, failure: Failure) -> None:
        current = self._current_run(job_id) is not None
        run = self._end_run(job_id)
        if run is None or not current:
            return
        passage = run.passage
        partial = self.session.translation(passage.role)
        if partial is not None and not partial.complete:
            self.session.clear_translation(passage.role)
        if failure.missing:
            message = missing_model_message(passage.lang, run.to_lang, failure.missing)
            self._no_model(message, failure.missing, auto=run.auto)
        else:
            self.window.show_error("Translation failed", failure.message)

    # --- selection ----------------------------------------------------------------------------------

    def translate_selection(self) -> None:
        """Ctrl+Shift+T: translate what is selected on the focused side (or on whichever side has a selection)."""
        views = sorted(self.window.views(), key=lambda v: not v.editor.hasFocus())
        for view in views:
            role, span = view.selected_span()
            if role is not None and span is not None and len(span) > 0:
                self._on_selection_requested(role, span, view)
                return
        self.dock.show()
        self.dock.raise_()
        self.panel.show_failure(
            "Select some text on either side first, then choose Translate Selection.", offer_manager=False
        )
        self.window.status.show_message("Select some text to translate first.")

    def _on_selection_requested(self, role: PassageRole, span: Span, view: SideView) -> None:
        passage = view.passage(role)
        if passage is None:
            return
        text = passage.text[span.start : span.end].strip()
        if not text:
            return
        to_lang = ENGLISH if is_cjk(passage.lang) else self.target_lang(passage)
        self.dock.show()
        self.dock.raise_()
        if to_lang is None:
            message = "No English → Japanese or English → Chinese model is installed."
            self.panel.show_failure(message, offer_manager=True)
            self._selection_missing = [(passage.lang, JAPANESE)]
            return
        provider, from_lang = self.provider, passage.lang
        job = self.jobs.run(  # replaces (cancels) the selection translation still running
            lambda context: translate_text(context, provider, text, from_lang, to_lang),
            key=SELECTION,
            done=self._on_selection_finished,
            error=lambda error: self._on_selection_failed(failure_of(error)),
        )
        self._selection = (job, from_lang, to_lang)
        self.panel.show_pending(text, passage.lang, to_lang)

    def _on_selection_finished(self, result: TextResult) -> None:
        self._selection = None
        self.panel.show_result(result)

    def _on_selection_failed(self, failure: Failure) -> None:
        selection, self._selection = self._selection, None
        if failure.missing and selection is not None:
            _job, from_lang, to_lang = selection
            self._selection_missing = list(failure.missing)
            message = missing_model_message(from_lang, to_lang, failure.missing)
            self.panel.show_failure(message, offer_manager=True)
        else:
            self.panel.show_failure(failure.message, offer_manager=False)

    def _open_manager_for_selection(self) -> None:
        self.open_manager(self._selection_missing[0] if self._selection_missing else None)

    # --- no model -------------------------------------------------------------------------------------

    def _no_model(self, message: str, missing: list[tuple[str, str]], *, auto: bool) -> None:
        """Explain what to install: a status line after opening a document, a box with a way to fix it on request."""
        if auto:
            if not self.models_listed():
                # Naming every pair lists the installed models, which imports the package code: a worker does
                # that as a document opens, and the window waited on its import. The line follows the listing.
                self._notice_after_listing = message
                return
            # Every pair the document needs, not only the prompt's; short enough for the status line of a narrow
            # window (the columns' buttons open the manager, the tooltip says it all).
            whole = self.needs_message() or message
            short = self.needs_summary() or message
            where = "the Translation Models… button in the column, or Tools → Translation Models…"
            details = f"{whole} Install them with {where}"
            self.window.status.show_message(short, 15000, details=details)
            return
        if self.last_notice is not None:
            self.last_notice.close()
        box = QMessageBox(self.window)
        box.setObjectName("noModelNotice")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Translation model needed")
        box.setText(message)
        box.setInformativeText(
            "Translation runs offline with Argos Translate models. In Translation Models… you can install "
            "a downloaded .argosmodel file, or download the model from the Argos package index."
        )
        manage = box.addButton("Translation Models…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(manage)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        pair = missing[0] if missing else None
        manage.clicked.connect(lambda: self.open_manager(pair))
        box.finished.connect(box.deleteLater)
        box.destroyed.connect(self._forget_notice)
        self.last_notice = box
        box.open()

    def _forget_notice(self) -> None:
        self.last_notice = None

    # --- model manager --------------------------------------------------------------------------------

    def manager(self) -> ModelManagerDialog:
        if self._manager is None:
            from reader_app.ui.model_manager import ModelManagerDialog  # the package code: only when opened

            self._manager = ModelManagerDialog(self.window)
            self._manager.modelsChanged.connect(self._on_models_changed)
        return self._manager

    def open_manager(self, pair: tuple[str, str] | None = None) -> ModelManagerDialog:
        dialog = self.manager()
        if not dialog.isVisible() and not dialog.busy():
            dialog.message.hide()  # last visit's "not an Argos model package" is news of nothing now
        dialog.refresh()
        if pair is not None:
            dialog.set_download_pair(*pair)
            dialog.show_download_row()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_models_changed(self) -> None:
        self.provider.models_changed()
        self.update_placeholders()
        translation = self.session.translation(PassageRole.PROMPT)
        if translation is None:
            self._translate_role(PassageRole.PROMPT, auto=True)

    # --- session and window events --------------------------------------------------------------------

    def _on_document_changed(self, _document: object) -> None:
        self._notice_after_listing = None
        self._kept_document, self._kept = None, {}
        self.cancel_all()
        self.panel.clear()
        self._update_target_menu()
        self.update_placeholders()
        self._translate_role(PassageRole.PROMPT, auto=True)

    # --- which models the document needs ----------------------------------------------------------------

    def needed_pairs(self, installed: set[tuple[str, str]] | None = None) -> list[tuple[PassageRole, str, str | None]]:
        """(passage, from, to) for each passage of the open document; `to` None when no target is known."""
        document = self.session.document()
        if document is None:
            return []
        return [(passage.role, passage.lang, self.target_lang(passage, installed)) for passage in document.passages()]

    def models_listed(self) -> bool:
        """The installed models have been listed (`missing_pairs` answers without listing them here)."""
        return self._installed_pairs is not None

    def missing_pairs(self, installed: set[tuple[str, str]] | None = None) -> list[tuple[PassageRole, str, str | None]]:
        """The passages no installed model (direct, or through English) can translate."""
        if installed is None:
            installed = self._installed_pairs if self._installed_pairs is not None else _installed_pairs()

        from reader_app.translation.routing import plan

        needed = self.needed_pairs(installed)
        return [(role, f, t) for role, f, t in needed if t is None or plan(f, t, installed) is None]

    def needs_message(self) -> str | None:
        """"This document needs Japanese → English (prompt) and English → Japanese (article) models.", or None."""
        missing = self.missing_pairs()
        if not missing:
            return None
        parts = [
            f"{pair_name(f, t) if t else f'{language_name(f)} → Chinese or Japanese'} ({_ROLE_NAMES[role]})"
            for role, f, t in missing
        ]
        noun = "model" if len(parts) == 1 else "models"
        return f"This document needs {' and '.join(parts)} {noun}."

    def needs_summary(self) -> str | None:
        """The status line's form of `needs_message`: "Needs Japanese → English and English → Japanese models"."""
        missing = self.missing_pairs()
        names = (pair_name(f, t) if t else f"{language_name(f)} → Chinese or Japanese" for _role, f, t in missing)
        pairs = list(dict.fromkeys(names))
        if not pairs:
            return None
        return f"Needs {' and '.join(pairs)} model{'s' if len(pairs) > 1 else ''}"

    def update_placeholders(self) -> None:
        """Say in each untranslated slot what it needs: a model to install (with a button to the manager), or
        just the command that translates it. The installed models are listed on a worker (listing them first
        imports the package code, which held the window for a noticeable moment)."""
        document = self.session.document()

        def listed(installed: set[tuple[str, str]]) -> None:
            self._installed_pairs = installed
            self.session.set_english_target(_english_target(ENGLISH, installed))
            if document is self.session.document():
                self._show_placeholders(installed)
                notice, self._notice_after_listing = self._notice_after_listing, None
                if notice is not None:
                    self._no_model(notice, [], auto=True)
            self.modelsListed.emit()

        self.jobs.run(lambda _job: _installed_pairs(), key="installed-models", done=listed)

    def _show_placeholders(self, installed: set[tuple[str, str]]) -> None:
        missing = {role: (f, t) for role, f, t in self.missing_pairs(installed)}
        for view in self.window.views():
            for block in view.blocks():
                if block.passage is not None:
                    continue
                if block.role in missing:
                    f, t = missing[block.role]
                    pair = pair_name(f, t) if t else f"{language_name(f)} → Chinese or Japanese"
                    article = "an" if pair[0] in "AEIOU" else "a"
                    view.set_placeholder(
                        block.role, f"Needs {article} {pair} model (none is installed).", "Translation Models…"
                    )
                else:
                    command = "Translate Article (Ctrl+T)" if block.role is PassageRole.ARTICLE else "Translate Prompt"
                    view.set_placeholder(block.role, f"Not translated yet — {command}.", "Translate")

    def _on_placeholder_action(self, role: PassageRole) -> None:
        missing = {r: (f, t) for r, f, t in self.missing_pairs()}
        if role in missing:
            f, t = missing[role]
            self.open_manager((f, t) if t is not None else None)
        else:
            self._translate_role(role, auto=False)

    def _on_translation_changed(self, role: object) -> None:
        """Mark sentences whose translation cannot be trusted, on the side showing the translation."""
        if not isinstance(role, PassageRole):
            return
        translation = self.session.translation(role)
        if translation is None:
            return
        warnings = {i: s.warning for i, s in enumerate(translation.sentences) if s is not None and s.warning}
        self.window.view_for_lang(translation.target_lang).set_sentence_warnings(role, warnings)

    def cancel_all(self) -> None:
        self._pending.clear()
        for job_id in list(self._runs):
            run = self._runs.pop(job_id)
            run.job.cancel()
            run.task.finish()
        if self._selection is not None:
            self._selection[0].cancel()
            self._selection = None

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop all work before the window goes: cancel translations (each stops within a batch) without waiting;
        a model install the reader started is let finish."""
        self.cancel_all()
        self.jobs.shutdown()
        if self._manager is not None:
            self._manager.wait_for_task(timeout_ms)



def install(window: MainWindow) -> TranslationFeature:
    """Add the translation actions, the selection panel and the model manager to `window`."""
    existing = window.feature(TranslationFeature)
    return existing if existing is not None else TranslationFeature(window)
