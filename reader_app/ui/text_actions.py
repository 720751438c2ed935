"""What a reading column offers for its selection: the floating selection bar and the right-click menu, one set of
actions shared by the side-by-side columns and the interleaved column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from reader_app.core.document import PassageRole, Span

if TYPE_CHECKING:
    from reader_app.ui.selection_bar import SelectionBar
    from reader_app.ui.theme import Theme


class TextActions:
    """Mixed into a column widget that has an `editor`, a `_theme` and a `_selection_bar` slot; it says what is
    selected (`_last_selection`) and what each action does (the `_emit_*` methods)."""

    editor: QTextEdit
    _theme: Theme
    _selection_bar: SelectionBar | None
    _last_selection: tuple[PassageRole | None, Span | None]

    def look_up_available(self) -> bool:
        raise NotImplementedError

    def highlight_names(self) -> dict[str, str]:
        raise NotImplementedError

    def _emit_translate(self) -> None:
        raise NotImplementedError

    def _emit_highlight(self, colour: str) -> None:
        raise NotImplementedError

    def _emit_note(self) -> None:
        raise NotImplementedError

    def _emit_look_up(self) -> None:
        raise NotImplementedError

    def _emit_copy_with_source(self) -> None:
        raise NotImplementedError

    def _emit_search_library(self) -> None:
        raise NotImplementedError

    @property
    def selection_bar(self) -> SelectionBar:
        """Built on the first selection: the window paints sooner without it."""
        if self._selection_bar is None:
            from reader_app.ui.selection_bar import SelectionBar

            bar = SelectionBar(self.editor.viewport(), self._theme)
            bar.translateClicked.connect(self._emit_translate)
            bar.highlightClicked.connect(self._emit_highlight)
            bar.noteClicked.connect(self._emit_note)
            bar.copyClicked.connect(self.editor.copy)
            bar.lookUpClicked.connect(self._emit_look_up)
            bar.set_look_up_available(self.look_up_available())
            bar.set_highlight_names(self.highlight_names())
            self._selection_bar = bar
        return self._selection_bar

    def _hide_selection_bar(self) -> None:
        if self._selection_bar is not None:
            self._selection_bar.hide()

    def _show_selection_bar(self) -> None:
        role, span = self._last_selection
        if role is None or span is None:
            return
        selection = self.editor.textCursor()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(selection.selectionStart())
        start = self.editor.cursorRect(cursor)
        cursor.setPosition(selection.selectionEnd())
        end = self.editor.cursorRect(cursor)
        cursor.setPosition(selection.selectionStart())
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        paragraph_top = self.editor.cursorRect(cursor).top()
        # Centred on the selection when it fits on one line, else near its start.
        right = end.right() if end.top() == start.top() else start.left() + 2 * start.height()
        first_line = QRect(start.left(), start.top(), max(1, right - start.left()), start.height())
        last_line = QRect(end.left() if end.top() != start.top() else start.left(), end.top(), 1, end.height())
        self.selection_bar.show_near(first_line, last_line, self.editor.viewport().rect(), paragraph_top)

    def context_menu(self) -> QMenu:
        """The right-click menu: the selection bar's actions and more, for the current selection."""
        from reader_app.core.palette import HIGHLIGHT_COLOUR_NAMES
        from reader_app.ui.highlight_names import colour_icon, colour_label

        menu = QMenu(self.editor)
        menu.setObjectName("textContextMenu")
        role, span = self._last_selection
        selected = role is not None and span is not None
        translate = menu.addAction("&Translate", self._emit_translate)
        highlight = menu.addMenu("&Highlight")
        names = self.highlight_names()
        for colour in HIGHLIGHT_COLOUR_NAMES:
            highlight.addAction(
                colour_icon(self._theme.highlight_colour(colour)),
                colour_label(colour, names),
                lambda colour=colour: self._emit_highlight(colour),
            )
        note = menu.addAction("Add &Note…", self._emit_note)
        look_up = menu.addAction("&Look Up", self._emit_look_up)
        look_up.setVisible(self.look_up_available())
        menu.addSeparator()
        copy = menu.addAction("&Copy", self.editor.copy)
        copy_source = menu.addAction("Copy with &Source", self._emit_copy_with_source)
        search = menu.addAction("Search &Library", self._emit_search_library)
        menu.addSeparator()
        menu.addAction("Select &All", self.editor.selectAll)
        for action in (translate, note, look_up, copy, copy_source, search):
            action.setEnabled(selected)
        highlight.setEnabled(selected)
        return menu
