"""Highlights, notes, undo, autosave, saved `.json` files and the Library window, wired into the main window."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core import saved_file
from reader_app.core.annotations import COLOURS, Highlight, anchor_for
from reader_app.core.document import PassageRole, Span
from reader_app.core.reading_state import ReadingState
from reader_app.core.saved_file import SavedFileError
from reader_app.ui import reading_store
from reader_app.ui.features import Feature
from reader_app.ui.highlight_names import colour_icon, colour_label
from reader_app.ui.highlights_model import HighlightsModel, Placement, place_highlights, placement_text
from reader_app.ui.highlights_panel import HighlightsPanel
from reader_app.ui.library_view import LibraryView
from reader_app.ui.reading_store import ReadingStore
from reader_app.ui.saved_version_bar import USE_SAVED_TEXT, install_bar
from reader_app.ui.session import BlockKind
from reader_app.ui.side_view import SideView
from reader_app.ui.theme import Theme

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

COLOUR_SHORTCUTS = {"yellow": "Ctrl+Alt+1", "green": "Ctrl+Alt+2", "blue": "Ctrl+Alt+3", "pink": "Ctrl+Alt+4"}
HIGHLIGHT_SHORTCUT = "Ctrl+H"
"""Highlight in the last used colour (yellow at first)."""
NOTE_SHORTCUT = "Ctrl+Alt+N"
SAVE_AS_SHORTCUT = "Ctrl+Shift+S"
LIBRARY_SHORTCUT = "Ctrl+Shift+B"
SAVED_FILTER = "Annotated summaries (*.json)"


class NoteDialog(QDialog):
    """Write or edit the note of one highlight; shows the quote it belongs to."""

    def __init__(self, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle("Note")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        shown = " ".join(quote.split())
        self.quote_label = QLabel(f"“{shown[:300]}{'…' if len(shown) > 300 else ''}”", self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setObjectName("noteQuote")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText("Your note")
        self.editor.setPlainText(note)
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(460, 260)
        self.editor.setFocus()
        # Ctrl+Enter saves without leaving the keyboard (Enter is a new line in the note); the editor would take
        # the keys as text, so they are caught before it.
        self.editor.installEventFilter(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip("Save the note (Ctrl+Enter)")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.accept()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        return self.editor.toPlainText().strip()


class HighlightChange(QUndoCommand):
    """Add, delete or edit one highlight; undo puts back exactly what was there (and where, in the list)."""

    def __init__(
        self, store: ReadingStore, text: str, before: Highlight | None, after: Highlight | None, index: int
    ) -> None:
        super().__init__(text)
        self._store = store
        state = store.state()
        self._hash = state.text_hash if state is not None else ""
        self._before, self._after, self._index = before, after, index

    def redo(self) -> None:
        self._apply(self._before, self._after)

    def undo(self) -> None:
        self._apply(self._after, self._before)

    def _apply(self, old: Highlight | None, new: Highlight | None) -> None:
        state = self._store.state()
        if state is None or state.text_hash != self._hash:
            return
        if new is None and old is not None:
            state = state.without_highlight(old.id)
        elif old is None and new is not None:
            state = state.with_highlight_at(self._index, new)
        elif new is not None:
            state = state.with_highlight(new)
        self._store.set_state(state)


class UseSavedVersion(QUndoCommand):
    """Make a saved file's state the document's newest revision; undo brings back the work it replaced (as a newer
    revision again: nothing is rolled back behind the library's back)."""

    def __init__(self, store: ReadingStore, saved: ReadingState) -> None:
        super().__init__("Use the saved file's version")
        self._store = store
        self._saved = saved
        self._replaced = store.state()

    def redo(self) -> None:
        self._apply(self._saved)

    def undo(self) -> None:
        self._apply(self._replaced)

    def _apply(self, state: ReadingState | None) -> None:
        current = self._store.state()
        if state is not None and current is not None and current.text_hash == state.text_hash:
            self._store.use_state(state)


def _file_stem(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip()[:60].strip()
    return stem or "annotated-summary"


class AnnotationsFeature(Feature):
    """Everything of this feature for one main window: actions, the panel, undo, autosave status, files, library."""

    def __init__(self, window: MainWindow, store: ReadingStore) -> None:
        super().__init__(window)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.model = HighlightsModel(self)
        self.panel = HighlightsPanel(self.model)
        self.note_dialog: NoteDialog | None = None
        self.library_view: LibraryView | None = None
        self._last_colour = COLOURS[0]
        self._library_error_shown = False
        self._opened_file: Path | None = None
        self._reopening_last = False
        self.saved_version_bar = install_bar(window)

        self.dock = QDockWidget("Highlights && notes", window)
        self.dock.setObjectName("highlightsDock")
        self.dock.setWidget(self.panel)
        window.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea, tab_with_bottom=True)

        self._create_actions()
        self._create_menus()

        self.saved_label = QLabel(window.statusBar())
        self.saved_label.setObjectName("savedStatus")
        window.statusBar().addPermanentWidget(self.saved_label)
        self._saved_timer = QTimer(self)
        self._saved_timer.setInterval(5000)
        self._saved_timer.timeout.connect(self._update_saved_label)
        self._saved_timer.start()

        self.panel.activated.connect(self.jump_to)
        self.panel.editNoteRequested.connect(self.edit_note)
        self.panel.deleteRequested.connect(self.delete)
        self.panel.colourRequested.connect(self.set_colour)
        window.highlightRequested.connect(self._on_highlight_requested)
        window.noteRequested.connect(self._on_note_requested)
        window.themeChanged.connect(self._on_theme_changed)
        self.session.translationChanged.connect(lambda _role: self.refresh())
        self.store.stateChanged.connect(lambda _state: self.refresh())
        self.store.stateReset.connect(self._on_state_reset)
        self.store.changedElsewhere.connect(self._on_changed_elsewhere)
        self.store.saved.connect(self._update_saved_label)
        self.store.libraryFailed.connect(self._on_library_failed)
        window.register_opener(saved_file.SUFFIX, self.open_saved_file, SAVED_FILTER)
        self._on_theme_changed(window.theme())
        self.set_colour_names(window.settings.highlight_names())
        self.refresh()
        self._update_saved_label()

    # --- actions and menus ----------------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcuts: list[str | QKeySequence.StandardKey], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setStatusTip(tip)
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})" if native else tip)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.colour_actions: dict[str, QAction] = {}
        for colour in COLOURS:
            shortcuts: list[str | QKeySequence.StandardKey] = [COLOUR_SHORTCUTS[colour]]
            self.colour_actions[colour] = self._action(
                f"&{colour.capitalize()}",
                lambda c=colour: self.highlight_selection(c),
                shortcuts,
                f"Highlight the selected text in {colour}",
            )
        self.highlight_action = self._action(
            "&Highlight Selection",
            lambda: self.highlight_selection(self._last_colour),
            [HIGHLIGHT_SHORTCUT],
            "Highlight the selected text in the last used colour",
        )
        self.highlight_action.setIconText("Highlight")
        self.note_action = self._action(
            "Add &Note…", self.note_selection, [NOTE_SHORTCUT], "Highlight the selected text and write a note"
        )
        self.undo_action = self.undo_stack.createUndoAction(self.window, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self.window, "&Redo")
        # Ctrl+Y as well as the platform's own (Ctrl+Shift+Z on Linux): readers coming from Windows press it.
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        unique = list(dict.fromkeys(key.toString() for key in redo_keys if not key.isEmpty()))
        self.redo_action.setShortcuts([QKeySequence(key) for key in unique])
        self.window.addAction(self.undo_action)
        self.window.addAction(self.redo_action)
        self.save_as_action = self._action(
            "Save Annotated Summary &As…",
            self.choose_save_path,
            [SAVE_AS_SHORTCUT],
            "Save the document with its highlights, notes, summary and translations as a .json file",
        )
        self.open_saved_action = self._action(
            "Open Annotated Summary…",
            self.choose_saved_file,
            ["Ctrl+Shift+O"],
            "Open a saved annotated summary (.json)",
        )
        self.library_action = self._action(
            "&Library", self.show_library, [LIBRARY_SHORTCUT], "Documents you have read, with search"
        )

    def _create_menus(self) -> None:
        self.highlight_menu = QMenu("Highlight &Colour", self.window)
        self.highlight_menu.setObjectName("menuHighlight")
        for action in self.colour_actions.values():
            self.highlight_menu.addAction(action)
        self.highlight_menu.addSeparator()
        self.highlight_menu.addAction(self.note_action)

        edit = self.window.menu("Edit")
        if edit.actions():
            first = edit.actions()[0]
            edit.insertActions(first, [self.undo_action, self.redo_action])
            edit.insertSeparator(first)
        else:
            edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(self.highlight_action)
        edit.addMenu(self.highlight_menu)
        edit.addAction(self.note_action)

        file_menu = self.window.menu("File")  # Quit stays at the bottom (the window's File menu sinks it)
        file_menu.addSeparator()
        file_menu.addAction(self.open_saved_action)
        file_menu.addAction(self.save_as_action)
        tools = self.window.menu("Tools")
        tools.addAction(self.library_action)

        self.highlight_button = QToolButton(self.window)
        self.highlight_button.setObjectName("highlightButton")
        self.highlight_button.setDefaultAction(self.highlight_action)
        self.highlight_button.setMenu(self.highlight_menu)
        self.highlight_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.highlight_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.window.add_toolbar_item("highlight", self.highlight_button)
        self.library_action.setIconText("Library")
        self.window.add_toolbar_item("library", self.library_action)

    # --- reacting to the state ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute where highlights sit; fill the panel and push the underline bands to both sides."""
        state, document = self.store.state(), self.store.document()
        if state is None or document is None or self.session.document() is not document:
            self.model.set_items([])
            for view in self.window.views():
                for block in view.blocks():
                    view.set_user_highlights(block.role, [])
            return
        placed = place_highlights(state, document, self.session.translations())
        self.model.set_items(placed)
        for view in self.window.views():
            for block in view.blocks():
                machine = block.kind is BlockKind.MACHINE
                bands = [
                    (p.span, p.highlight.colour)
                    for p in placed
                    if p.span is not None and p.highlight.role is block.role and p.highlight.translated == machine
                ]
                view.set_user_highlights(block.role, bands if block.passage is not None else [])

    def _on_state_reset(self, state: ReadingState) -> None:
        self.undo_stack.clear()
        if self.note_dialog is not None:
            self.note_dialog.reject()
        self.refresh()
        orphans = sum(1 for item in self.model.items() if item.span is None)
        source = self.store.restored_from
        message = ""
        if source is not None and state.highlights:
            message = f"Restored {len(state.highlights)} highlight(s) from the {source}."
            if orphans:
                message += f" {orphans} could not be placed in the text and are listed as orphans."
        offer = self._set_aside_offer(state)
        if offer and self._reopening_last and self.store.set_aside_origin == "saved file":
            # Start-up reopens the document with its newest work; the older file is not brought up again.
            self.store.set_aside = None
            name = self._opened_file.name if self._opened_file is not None else "the saved file"
            message = f"Reopened with your latest changes ({name} holds an older version). {message}".strip()
        elif offer:
            saved = self.store.set_aside
            assert saved is not None
            from_file = self.store.set_aside_origin == "saved file"
            self.saved_version_bar.offer(
                offer,
                (USE_SAVED_TEXT if from_file else "Use This Window's Version", self.use_saved_version),
                ("Keep Latest" if from_file else "Keep the Other Work", lambda: None),
                tip=f"Set aside: revision {saved.revision}; shown: revision {state.revision} (each change of a "
                "document's highlights, notes or summary adds one)",
            )
        else:
            self.saved_version_bar.hide()
        self._reopening_last = False
        self._update_saved_label()
        if message:
            self.window.status.show_message(message, 8000)

    def _set_aside_offer(self, state: ReadingState) -> str:
        """The bar's message when a version of the work was set aside for newer (or other) work."""
        saved = self.store.set_aside
        if saved is None:
            return ""
        if self.store.set_aside_origin == "this window":
            return (
                "Showing the work saved from another window. This window's changes were set aside; you can still "
                "use them instead."
            )
        name = self._opened_file.name if self._opened_file is not None else "The saved file"
        if saved.revision < state.revision:
            return (
                f"{name} holds an older version of your work on this document; you have changed it since. "
                "Showing your latest work."
            )
        return (
            f"{name} holds different work on this document from what the library has (both at revision "
            f"{saved.revision}). Showing the library's."
        )

    def _on_changed_elsewhere(self, message: str) -> None:
        self.saved_version_bar.offer(
            "Another window of the app saved its own changes to this document. This window's changes are not saved "
            "over them until you choose: keep this window's version (the other window's changes are then lost), or "
            "show the other work (this window's changes stay at hand).",
            ("Keep This Window's Version", self.store.keep_this_version),
            ("Show the Other Work", self.store.show_other_work),
            tip=message,
        )
        self._update_saved_label()

    def saved_version_offered(self) -> bool:
        """The bar offering a set-aside version (of a saved file, or of this window) is up."""
        return self.store.set_aside is not None and not self.saved_version_bar.isHidden()

    def use_saved_version(self) -> None:
        """The reader chose the set-aside version over newer work: it becomes the newest revision (undoable)."""
        saved = self.store.set_aside
        origin = self.store.set_aside_origin
        self.saved_version_bar.hide()
        if saved is None or self.store.state() is None:
            return
        self.undo_stack.push(UseSavedVersion(self.store, saved))
        what = "the saved file's version" if origin == "saved file" else "this window's version"
        self.window.status.show_message(f"Using {what}. Undo (Ctrl+Z) brings back what it replaced.", 8000)

    def _on_theme_changed(self, theme: object) -> None:
        if isinstance(theme, Theme):
            self.panel.set_theme(theme)
            for colour, action in self.colour_actions.items():
                action.setIcon(colour_icon(theme.highlight_colour(colour)))

    def set_colour_names(self, names: dict[str, str]) -> None:
        """The reader's names for the colours, on the colour actions (Edit → Highlight Colour and the toolbar's
        Highlight ▾ share them) and in the panel."""
        for colour, action in self.colour_actions.items():
            action.setText(f"&{colour_label(colour, names)}")
        self.panel.set_colour_names(names)

    def _on_library_failed(self, message: str) -> None:
        self._update_saved_label()
        if not self._library_error_shown:
            self._library_error_shown = True
            self.window.show_error("Library unavailable", message)

    def _update_saved_label(self) -> None:
        if self.store.changed_elsewhere is not None:
            self.saved_label.setText("Not saved: changed in another window")
            self.saved_label.setToolTip(self.store.changed_elsewhere)
            return
        if self.store.library_error() is not None:
            read_only = self.store.library() is not None  # damaged or unwritable: read, never written
            self.saved_label.setText(f"Library {'read-only' if read_only else 'unavailable'}: not saving")
            self.saved_label.setToolTip(self.store.library_error() or "")
            return
        last = self.store.last_saved
        if last is None:
            self.saved_label.setText("")
            return
        seconds = int(time.monotonic() - last)
        self.saved_label.setText(
            "saved just now"
            if seconds < 5
            else f"saved {seconds} s ago"
            if seconds < 60
            else f"saved {seconds // 60} min ago"
        )
        library = self.store.library()
        self.saved_label.setToolTip(f"Saved to the library {library.path}" if library is not None else "")

    # --- highlighting ---------------------------------------------------------------------------------------------

    def _selection(self) -> tuple[SideView, PassageRole, Span] | None:
        views = sorted(self.window.views(), key=lambda v: not v.editor.hasFocus())
        for view in views:
            role, span = view.selected_span()
            if role is not None and span is not None and len(span) > 0:
                return view, role, span
        return None

    @staticmethod
    def _trimmed(view: SideView, role: PassageRole, span: Span) -> Span | None:
        """The selection without the spaces and line breaks a drag picks up at its ends, and widened to whole
        words where a drag across words stopped inside one ("on Tues" → "on Tuesday"); part of one word, chosen
        on purpose, is kept as it is ("rororo" of "reorororo"). None if nothing is left."""
        passage = view.passage(role)
        if passage is None or span.end > len(passage.text):
            return None
        text = passage.text
        start, end = span.start, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return None
        if all(_in_word(char) for char in text[start:end]):
            return Span(start, end)
        while start > 0 and _in_word(text[start - 1]) and _in_word(text[start]):
            start -= 1
        while end < len(text) and _in_word(text[end - 1]) and _in_word(text[end]):
            end += 1
        return Span(start, end)

    def _new_highlight(self, view: SideView, role: PassageRole, span: Span, colour: str, note: str = "") -> Highlight:
        block = view.block(role)
        if block is None or block.passage is None:
            raise ValueError("nothing is shown there")
        return Highlight(
            role=role,
            anchor=anchor_for(block.passage, span),
            colour=colour,
            note=note,
            translated=block.kind is BlockKind.MACHINE,
            lang=block.lang if block.kind is BlockKind.MACHINE else None,
        )

    def _existing_at(self, view: SideView, role: PassageRole, span: Span) -> Highlight | None:
        block = view.block(role)
        machine = block is not None and block.kind is BlockKind.MACHINE
        for item in self.model.items():
            h = item.highlight
            if item.span == span and h.role is role and h.translated == machine:
                return h
        return None

    def highlight(self, view: SideView, role: PassageRole, span: Span, colour: str) -> Highlight | None:
        """Highlight `span` of the `role` block shown in `view` (recolours an identical highlight instead)."""
        trimmed = self._trimmed(view, role, span)
        if self.store.state() is None or colour not in COLOURS or trimmed is None:
            return None
        span = trimmed
        self._last_colour = colour
        existing = self._existing_at(view, role, span)
        if existing is not None:
            if existing.colour != colour:
                self.set_colour(existing.id, colour)
            return existing
        try:
            highlight = self._new_highlight(view, role, span, colour)
        except ValueError:
            return None
        count = len(self.store.state().highlights)  # type: ignore[union-attr]
        self.undo_stack.push(
            HighlightChange(self.store, f"Highlight “{_short(highlight.quote)}”", None, highlight, count)
        )
        self._clear_selection(view)
        return highlight

    def highlight_selection(self, colour: str) -> None:
        found = self._selection()
        if found is None:
            self.window.status.show_message("Select some text first, then highlight it.")
            return
        self.highlight(*found, colour)

    def note_selection(self) -> None:
        found = self._selection()
        if found is None:
            self.window.status.show_message("Select some text first, then add a note to it.")
            return
        self.add_note(*found)

    def add_note(self, view: SideView, role: PassageRole, span: Span) -> None:
        """Open the note dialog for the selection; OK highlights it (if it is not yet) with the note."""
        trimmed = self._trimmed(view, role, span)
        if trimmed is None:
            return
        span = trimmed
        existing = self._existing_at(view, role, span)
        if existing is not None:
            self.edit_note(existing.id)
            return
        try:
            draft = self._new_highlight(view, role, span, self._last_colour)
        except ValueError:
            return

        def done(note: str) -> None:
            state = self.store.state()
            if state is None:
                return
            highlight = Highlight(
                role=draft.role,
                anchor=draft.anchor,
                colour=draft.colour,
                note=note,
                translated=draft.translated,
                lang=draft.lang,
            )
            self.undo_stack.push(
                HighlightChange(
                    self.store, f"Note on “{_short(highlight.quote)}”", None, highlight, len(state.highlights)
                )
            )
            self._clear_selection(view)

        self._open_note_dialog(draft.quote, "", done)

    def edit_note(self, highlight_id: str) -> None:
        state = self.store.state()
        highlight = state.highlight(highlight_id) if state is not None else None
        if highlight is None:
            return

        def done(note: str) -> None:
            current = self.store.state()
            before = current.highlight(highlight_id) if current is not None else None
            if before is None or before.note == note:
                return
            self.undo_stack.push(
                HighlightChange(self.store, f"Edit note on “{_short(before.quote)}”", before, before.with_note(note), 0)
            )

        self._open_note_dialog(highlight.quote, highlight.note, done)

    def _open_note_dialog(self, quote: str, note: str, done: object) -> None:
        if self.note_dialog is not None:
            self.note_dialog.reject()
        dialog = NoteDialog(quote, note, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: done(dialog.note()))  # type: ignore[operator]
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.note_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: NoteDialog) -> None:
        if self.note_dialog is dialog:
            self.note_dialog = None

    def delete(self, highlight_id: str) -> None:
        state = self.store.state()
        highlight = state.highlight(highlight_id) if state is not None else None
        if state is None or highlight is None:
            return
        index = [h.id for h in state.highlights].index(highlight_id)
        self.undo_stack.push(
            HighlightChange(self.store, f"Delete highlight “{_short(highlight.quote)}”", highlight, None, index)
        )

    def set_colour(self, highlight_id: str, colour: str) -> None:
        state = self.store.state()
        highlight = state.highlight(highlight_id) if state is not None else None
        if highlight is None or highlight.colour == colour or colour not in COLOURS:
            return
        self.undo_stack.push(
            HighlightChange(self.store, f"Colour {colour}", highlight, highlight.with_colour(colour), 0)
        )

    def jump_to(self, highlight_id: str) -> None:
        """Scroll the side showing the highlight to it and flash it."""
        row = self.model.row_of(highlight_id)
        item = self.model.item(row)
        if item is None:
            return
        if item.span is None:
            if item.placement is Placement.ORPHAN:
                self.window.status.show_message("This highlight's text is no longer in the document (orphan).")
            elif item.placement is Placement.WAITING:
                self.window.status.show_message("This highlight is on a translation that is not loaded yet.")
            else:
                self.window.status.show_message(f"This highlight is {placement_text(item.highlight, item.placement)}.")
            return
        for view in self.window.views():
            block = view.block(item.highlight.role)
            if block is None or block.passage is None:
                continue
            if (block.kind is BlockKind.MACHINE) == item.highlight.translated:
                view.scroll_to_span(item.highlight.role, item.span)
                view.flash_span(item.highlight.role, item.span)

    @staticmethod
    def _clear_selection(view: SideView) -> None:
        cursor = view.editor.textCursor()
        cursor.clearSelection()
        view.editor.setTextCursor(cursor)

    def _on_highlight_requested(self, role: object, span: object, view: object, colour: str) -> None:
        if isinstance(view, SideView) and isinstance(role, PassageRole) and isinstance(span, Span):
            self.highlight(view, role, span, colour)

    def _on_note_requested(self, role: object, span: object, view: object) -> None:
        if isinstance(view, SideView) and isinstance(role, PassageRole) and isinstance(span, Span):
            self.add_note(view, role, span)

    # --- files and library ----------------------------------------------------------------------------------------

    def choose_save_path(self) -> None:
        state, document = self.store.state(), self.store.document()
        if state is None or document is None:
            self.window.status.show_message("Open a document first.")
            return
        folder = saved_file.suggested_folder(self.window.current_path())
        stem = document.source.stem if document.source is not None else _file_stem(document.title)
        suggested = str(folder / f"{stem}{saved_file.SUFFIX}")  # article.txt → article.json, as File → Export names it
        name, _filter = QFileDialog.getSaveFileName(self.window, "Save Annotated Summary", suggested, SAVED_FILTER)
        if name:
            path = Path(name)
            if path.suffix.lower() != saved_file.SUFFIX:
                path = path.with_name(path.name + saved_file.SUFFIX)
            self.save_annotated(path)

    def save_annotated(self, path: Path) -> bool:
        state, document = self.store.state(), self.store.document()
        if state is None or document is None:
            return False
        try:
            saved_file.save(path, state, document)
        except saved_file.NewerWorkError as error:
            if not self.confirm_replacing_newer_work(str(error)):
                self.window.status.show_message(f"Not saved: {error} It was left untouched.", 8000)
                return False
            return self._save_over_newer_work(path)
        except SavedFileError as error:
            self.window.show_error("Could not save", str(error))
            return False
        self.store.save_now()
        self.window.status.show_message(f"Saved {path.name}.", 5000)
        return True

    def confirm_replacing_newer_work(self, reason: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            "Replace newer work?",
            f"{reason}\n\nReplace it with what is shown here? Its work would be lost.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save_over_newer_work(self, path: Path) -> bool:
        state, document = self.store.state(), self.store.document()
        if state is None or document is None:
            return False
        try:
            saved_file.save(path, state, document, replace_newer_work=True)
        except SavedFileError as error:
            self.window.show_error("Could not save", str(error))
            return False
        self.store.save_now()
        self.window.status.show_message(f"Saved {path.name}.", 5000)
        return True

    def choose_saved_file(self) -> None:
        current = self.window.current_path()
        start = str(current.parent) if current is not None else ""
        name, _filter = QFileDialog.getOpenFileName(self.window, "Open Annotated Summary", start, SAVED_FILTER)
        if name:
            self.open_saved_file(Path(name))

    def open_saved_file(self, path: Path) -> bool:
        """Open a saved annotated summary with everything restored; a clear message (and no change) on failure."""
        try:
            document, state = saved_file.load(path)
        except SavedFileError as error:
            self.window.show_error("Could not open annotated summary", str(error))
            return False
        self.store.open_saved(state)
        self._opened_file = path
        self._reopening_last = self.window.reopening_last
        self.window.settings.add_recent_file(path)
        self.window.open_document(document, path)
        return True

    def show_library(self) -> None:
        self.store.flush()
        if self.library_view is None:
            view = LibraryView(
                self.store.library(), self.store.library_error(), self.window, self._why_not_delete
            )
            view.openRequested.connect(self.open_from_library)
            self.library_view = view
        else:
            self.library_view.refresh()
        self.library_view.show()
        self.library_view.raise_()
        self.library_view.activateWindow()

    def _why_not_delete(self, digest: str) -> str | None:
        state = self.store.state()
        if state is not None and state.text_hash == digest:
            # Its autosave would bring it straight back.
            return "This document is open in the window; open another one first to delete it."
        return None

    def open_from_library(self, digest: str) -> bool:
        """Open the library's copy of a document (exactly the text its highlights were made on)."""
        library = self.store.library()
        if library is None:
            return False
        try:
            document = library.document(digest)
            entry = library.entry(digest)
        except Exception as error:  # LibraryError: a damaged row must not take the app down
            self.window.show_error("Could not open from the library", str(error))
            return False
        if document is None or entry is None:
            return False
        # The file the Library's File column names: the most recently used one that still holds this text. The
        # library's copy is that very text, so it shows at once; without such a file it shows on its own.
        opens = entry.file_to_open()
        path = Path(opens.path) if opens is not None else None
        self.window.open_document(replace(document, source=path), path)
        if self.library_view is not None:
            self.library_view.close()  # it sat over the text it had just opened, listing stale "last opened" times
        return True


def _in_word(char: str) -> bool:
    """A letter or digit of a script that separates words with spaces (not Chinese or Japanese, where any
    character may end a selection)."""
    return char.isalnum() and ord(char) < 0x2E80


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def install(window: MainWindow) -> AnnotationsFeature:
    existing = window.feature(AnnotationsFeature)
    return existing if existing is not None else AnnotationsFeature(window, reading_store.install(window))
