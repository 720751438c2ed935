"""What the text's right-click menu adds to the selection bar: Copy with Source, Search Library, and the names the
reader gives the highlight colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from reader_app.core.document import PassageRole, Span
from reader_app.ui.features import Feature
from reader_app.ui.highlight_names import HighlightNamesDialog, apply_highlight_names

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
        self.names_dialog: HighlightNamesDialog | None = None
        self._apply_names()

    def _apply_names(self) -> None:
        apply_highlight_names(self.window)

    def name_colours(self) -> None:
        """Name every colour in one dialog ("question", "key number"); an empty name removes it. Nothing changes
        unless the dialog is accepted."""
        if self.names_dialog is not None:
            self.names_dialog.raise_()
            self.names_dialog.activateWindow()
            return
        dialog = HighlightNamesDialog(self.window.settings.highlight_names(), self.window.theme(), self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(result: int) -> None:
            self.names_dialog = None
            if result == QDialog.DialogCode.Accepted:
                for colour, name in dialog.names().items():
                    self.window.settings.set_highlight_name(colour, name)
                self._apply_names()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.names_dialog = dialog
        dialog.open()

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
