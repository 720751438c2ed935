"""What a reading column offers for its selection: the floating selection bar and the right-click menu, one set of
actions shared by the side-by-side columns and the interleaved column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from reader_app.core.document import PassageRole, Span

if TYPE_CHECKING:
    from reader_app.ui.selection_bar import SelectionBar
    from reader_app.ui.theme import Theme


@dataclass(frozen=True, slots=True)
class SelectionAction:
    """One thing to do with the selection, as both the selection bar and the right-click menu offer it."""

    key: str
    text: str
    """The menu's text, with its mnemonic (`&`); the bar shows it without."""
    tip: str
    on_bar: bool = True
    """A button of its own on the bar; else in the bar's More menu (the bar must fit over a narrow column)."""


SELECTION_ACTIONS = (
    SelectionAction("translate", "&Translate", "Translate the selection"),
    SelectionAction("highlight", "&Highlight", "Highlight the selection (the arrow picks the colour)"),
    SelectionAction("note", "Add &Note…", "Highlight the selection and write a note"),
    SelectionAction("look_up", "Look &Up", "Look the selection up in the dictionary"),
    SelectionAction("copy", "&Copy", "Copy the selection"),
    SelectionAction(
        "copy_source", "Copy with &Source", "Copy the selection with the title and place it is from", on_bar=False
    ),
    SelectionAction("search_library", "Search &Library", "Search the library for the selection", on_bar=False),
)
"""The one list both offer, in their order; each mnemonic is used once (with Select &All of the menu)."""


def bar_text(action: SelectionAction) -> str:
    """The action's text on a button (no mnemonic)."""
    return action.text.replace("&", "")


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
            bar.copySourceClicked.connect(self._emit_copy_with_source)
            bar.searchLibraryClicked.connect(self._emit_search_library)
            bar.set_look_up_available(self.look_up_available())
            bar.set_highlight_names(self.highlight_names())
            self._selection_bar = bar
        return self._selection_bar

    def _hide_selection_bar(self) -> None:
        if self._selection_bar is not None:
            self._selection_bar.hide()

    def _bar_top_limit(self, position: int, paragraph_top: int) -> int:
        """How high (viewport y) the bar may go over the selection at document `position`: not above its paragraph,
        whose top is `paragraph_top`, so it never covers a label or a headline above."""
        return paragraph_top

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
        paragraph_top = self._bar_top_limit(selection.selectionStart(), self.editor.cursorRect(cursor).top())
        # Centred on the selection when it fits on one line, else near its start.
        right = end.right() if end.top() == start.top() else start.left() + 2 * start.height()
        first_line = QRect(start.left(), start.top(), max(1, right - start.left()), start.height())
        last_line = QRect(end.left() if end.top() != start.top() else start.left(), end.top(), 1, end.height())
        self.selection_bar.show_near(first_line, last_line, self.editor.viewport().rect(), paragraph_top)

    def context_menu(self) -> QMenu:
        """The right-click menu: the selection bar's actions (`SELECTION_ACTIONS`), then Select All."""
        from reader_app.core.palette import HIGHLIGHT_COLOUR_NAMES
        from reader_app.ui.highlight_names import colour_icon, colour_label

        menu = QMenu(self.editor)
        menu.setObjectName("textContextMenu")
        role, span = self._last_selection
        selected = role is not None and span is not None
        handlers = {
            "translate": self._emit_translate,
            "note": self._emit_note,
            "look_up": self._emit_look_up,
            "copy": self.editor.copy,
            "copy_source": self._emit_copy_with_source,
            "search_library": self._emit_search_library,
        }
        for item in SELECTION_ACTIONS:
            if item.key == "copy":
                menu.addSeparator()
            if item.key == "highlight":
                highlight = menu.addMenu(item.text)
                names = self.highlight_names()
                for colour in HIGHLIGHT_COLOUR_NAMES:
                    highlight.addAction(
                        colour_icon(self._theme.highlight_colour(colour)),
                        colour_label(colour, names),
                        lambda colour=colour: self._emit_highlight(colour),
                    )
                highlight.setEnabled(selected)
                continue
            action = menu.addAction(item.text, handlers[item.key])
            action.setToolTip(item.tip)
            action.setEnabled(selected)
            if item.key == "look_up":
                action.setVisible(self.look_up_available())
        menu.addSeparator()
        menu.addAction("Select &All", self.editor.selectAll)
        return menu
