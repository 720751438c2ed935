"""View → Side by Side / Interleaved / Original Only, remembered between runs, and the aligned rows of the side-by-
side layout. A change of layout keeps the paragraph at the top of the view at the top."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QTextEdit

from reader_app.ui.aligned_rows import RowAligner
from reader_app.ui.features import Feature
from reader_app.ui.interleaved_view import InterleavedView
from reader_app.ui.reading_position import PositionKeeper, Row, Target, laid_out, side_row_y, side_top_row
from reader_app.ui.session import side_of

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.theme import Theme

SETTING = "view/layout"


class Layout(StrEnum):
    SIDE_BY_SIDE = "side-by-side"
    INTERLEAVED = "interleaved"
    ORIGINAL_ONLY = "original-only"


TITLES = {
    Layout.SIDE_BY_SIDE: "&Side by Side",
    Layout.INTERLEAVED: "&Interleaved",
    Layout.ORIGINAL_ONLY: "&Original Only",
}
SHORTCUTS = {Layout.SIDE_BY_SIDE: "Ctrl+Alt+S", Layout.INTERLEAVED: "Ctrl+Alt+I", Layout.ORIGINAL_ONLY: "Ctrl+Alt+O"}


class ReadingLayoutFeature(Feature):
    """Which columns show, and the two columns' rows kept level."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.aligner = RowAligner(window.session, window.cjk_view, window.english_view, self)
        self.interleaved = InterleavedView(window.cjk_view, window.english_view, theme=window.theme())
        self.interleaved.set_zoom(window.zoom())
        self.interleaved.hide()
        window.splitter.addWidget(self.interleaved)
        self.position = PositionKeeper(self)
        for editor in (window.cjk_view.editor, window.english_view.editor, self.interleaved.editor):
            self.position.watch(editor)
        # A jump (Find, a fact, a summary sentence) moves the reader: a place still being brought back gives way.
        for view in (window.cjk_view, window.english_view):
            view.spanBrought.connect(lambda _role, _span, _always: self.position.stop())
        self.interleaved.jumped.connect(self.position.stop)
        self.actions: dict[Layout, QAction] = {}
        group = QActionGroup(self)
        menu = window.menu("View")
        first = menu.actions()[0] if menu.actions() else None
        for layout in Layout:
            action = QAction(TITLES[layout], window)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(SHORTCUTS[layout]))
            action.setObjectName(f"layout-{layout.value}")
            action.triggered.connect(lambda _checked=False, layout=layout: self.set_layout(layout))
            group.addAction(action)
            window.addAction(action)
            self.actions[layout] = action
        layout_menu = menu.addMenu("&Layout")
        layout_menu.setObjectName("menuLayout")
        layout_menu.addActions(list(self.actions.values()))
        if first is not None:
            menu.insertMenu(first, layout_menu)
            menu.insertSeparator(first)
        window.session.documentChanged.connect(self._on_document)
        window.session.translationChanged.connect(self._on_translation)
        self._kept_row: Row | None = None
        window.themeChanged.connect(self._on_theme)
        window.zoomChanged.connect(self.interleaved.set_zoom)
        self.interleaved.zoomRequested.connect(lambda step: window.set_zoom(window.zoom() + step))
        self.interleaved.lookUpRequested.connect(
            lambda role, span: window.lookUpRequested.emit(role, span, self.interleaved)
        )
        saved = window.settings.value(SETTING, Layout.SIDE_BY_SIDE.value)
        self._layout = Layout(saved) if saved in {item.value for item in Layout} else Layout.SIDE_BY_SIDE
        self.set_layout(self._layout, remember=False)

    def layout(self) -> Layout:
        return self._layout

    def set_layout(self, layout: Layout, *, remember: bool = True) -> None:
        row = self.top_row() if layout is not self._layout else None
        self._kept_row = row
        self._layout = layout
        self.actions[layout].setChecked(True)
        if remember:
            self.window.settings.set_value(SETTING, layout.value)
        self._refresh()
        if row is not None:
            self.position.keep(self._target(row), self._follow)

    def show_row(self, row: Row) -> None:
        """Bring `row` to the top of the layout shown, once it is laid out (the other column follows)."""
        self._kept_row = row
        self.position.keep(self._target(row), self._follow)

    def top_row(self) -> Row | None:
        """The paragraph at the top of what shows now (of both columns: the one either column is still in)."""
        document = self.window.session.document()
        if document is None:
            return None
        if self._layout is Layout.INTERLEAVED:
            return self.interleaved.top_row() if self.interleaved.isVisible() else None
        order = {passage.role: number for number, passage in enumerate(document.passages())}
        rows = [row for view in self.window.views() if view.isVisible() and (row := side_top_row(view, document))]
        return min(rows, key=lambda row: (order[row[0]], row[1]), default=None)

    def _follow(self, editor: QTextEdit) -> None:
        for view in self.window.views():
            if view.editor is editor:
                self.aligner.sync(view)

    def _target(self, row: Row) -> Target:
        """Where the layout just chosen shows `row` at its top (the side-by-side columns follow the original's)."""
        role, sentence = row
        if self._layout is Layout.INTERLEAVED:
            view = self.interleaved

            def interleaved() -> tuple[QTextEdit, float, bool] | None:
                y = view.row_y(role, sentence)
                return None if y is None else (view.editor, y, not view.rendering() and laid_out(view.editor))

            return interleaved
        window = self.window
        document = window.session.document()
        first = window.view_for_side(side_of(document.article.lang)) if document is not None else window.cjk_view
        views = [first, window.english_view if first is window.cjk_view else window.cjk_view]

        def side() -> tuple[QTextEdit, float, bool] | None:
            for view in views:
                if view.isVisible() and view.passage(role) is not None:
                    y = side_row_y(view, role, sentence)
                    complete = not view.rendering() and laid_out(view.editor, view.last_shown_block())
                    return None if y is None else (view.editor, y, complete)
            return None

        return side

    def _on_document(self, _document: object) -> None:
        self.position.stop()
        self._refresh()

    def _on_translation(self, _role: object) -> None:
        """The interleaved column is laid out anew with each stretch of translation: keep its paragraph at the top
        (the side-by-side columns keep theirs through the aligned rows)."""
        if self._layout is not Layout.INTERLEAVED or not self.interleaved.isVisible():
            return
        # While an earlier stretch is still being brought back, the column's top is not the reader's.
        row = self._kept_row if self.position.active() else self.interleaved.top_row()
        if row is not None:
            self._kept_row = row
            self.position.keep(self._target(row))

    def _on_theme(self, theme: Theme) -> None:
        self.interleaved.set_theme(theme)

    def _refresh(self) -> None:
        window = self.window
        layout = self._layout
        cjk, english = window.cjk_view, window.english_view
        if layout is Layout.INTERLEAVED:
            cjk.hide()
            english.hide()
            self.interleaved.show()
        elif layout is Layout.ORIGINAL_ONLY:
            self.interleaved.hide()
            document = window.session.document()
            keep = window.view_for_side(side_of(document.article.lang)) if document is not None else None
            for view in (cjk, english):
                view.setVisible(keep is None or view is keep)
        else:
            self.interleaved.hide()
            cjk.show()
            english.show()
        self.aligner.set_enabled(layout is Layout.SIDE_BY_SIDE)


def install(window: MainWindow) -> ReadingLayoutFeature:
    existing = window.feature(ReadingLayoutFeature)
    return existing if existing is not None else ReadingLayoutFeature(window)
