"""What the text's right-click menu adds to the selection bar: Copy with Source, Search Library, and the names the
reader gives the highlight colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from reader_app.core.document import PassageRole, Span
from reader_app.core.palette import HIGHLIGHT_COLOUR_NAMES
from reader_app.ui.features import Feature

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.side_view import SideView

def quote_with_source(quote: str, title: str, source: str, published: str | None) -> str:
    """“quote” — title, source, date: what Copy with Source puts on the clipboard."""
    where = ", ".join(part for part in (title, source, published) if part)
    return f"“{' '.join(quote.split())}”\n— {where}"


class SelectionActionsFeature(Feature):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        window.copyWithSourceRequested.connect(self.copy_with_source)
        window.searchLibraryRequested.connect(self.search_library)
        self.name_action = window.menu("Edit").addAction("Name Highlight &Colours…", self.name_colours)
        self._apply_names()

    def _apply_names(self) -> None:
        from reader_app.ui.annotations_feature import AnnotationsFeature

        names = self.window.settings.highlight_names()
        for view in self.window.views():
            view.set_highlight_names(names)
        annotations = self.window.feature(AnnotationsFeature)
        if annotations is not None:
            annotations.panel.set_colour_names(names)

    def name_colours(self) -> None:
        """Ask for a name per colour ("question", "key number"); an empty name removes it."""
        for colour in HIGHLIGHT_COLOUR_NAMES:
            current = self.window.settings.highlight_names().get(colour, "")
            name, accepted = QInputDialog.getText(
                self.window, "Name highlight colours", f"What do {colour} highlights mean to you?", text=current
            )
            if not accepted:
                break
            self.window.settings.set_highlight_name(colour, name)
        self._apply_names()

    def copy_with_source(self, role: PassageRole, span: Span, view: SideView) -> None:
        passage = view.passage(role)
        document = self.window.session.document()
        if passage is None or document is None:
            return
        path = self.window.current_path()
        source = path.name if path is not None else "pasted text"
        published = document.published.isoformat() if document.published is not None else None
        text = quote_with_source(passage.text[span.start : span.end], document.title, source, published)
        QGuiApplication.clipboard().setText(text)
        self.window.status.show_message("Copied the selection with its source")

    def search_library(self, text: str) -> None:
        from reader_app.ui.annotations_feature import AnnotationsFeature

        annotations = self.window.feature(AnnotationsFeature)
        if annotations is None:
            self.window.status.show_message("The library is not available")
            return
        annotations.show_library()
        if annotations.library_view is not None:
            annotations.library_view.search.setText(text)
            annotations.library_view.refresh()


def install(window: MainWindow) -> SelectionActionsFeature:
    existing = window.feature(SelectionActionsFeature)
    return existing if existing is not None else SelectionActionsFeature(window)
