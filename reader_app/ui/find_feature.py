"""Find (Ctrl+F, F3 / Shift+F3) over both columns: every match tinted, a count, wrapping, Esc to close.

Matching ignores width, case and script (ＡＢＣ = abc, 台积电 = 台積電) through `reader_app.core.search_text`; the
search runs on a worker (a long document's folding takes a moment) and a newer query drops an older one's result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton, QWidget

from reader_app.core.document import PassageRole, Span
from reader_app.ui.background import BackgroundJobs, JobContext
from reader_app.ui.features import Feature

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

SEARCH_DELAY_MS = 150
"""Typing pauses this long before the search runs (each keystroke does not start one)."""


class Findable(Protocol):
    """A column Find searches: a side view, or the interleaved column."""

    def isVisible(self) -> bool: ...
    def set_found(self, role: PassageRole, spans: list[Span]) -> None: ...
    def set_current_found(self, role: PassageRole | None, span: Span | None) -> None: ...
    def scroll_to_span(self, role: PassageRole, span: Span) -> None: ...


@dataclass(frozen=True)
class Match:
    view: Findable
    role: PassageRole
    span: Span


@dataclass(frozen=True)
class _Target:
    view: Findable
    role: PassageRole
    text: str


class _Folded:
    """Each text's search form, kept while the text is open (folding a long article takes a moment)."""

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[str, str]] = {}

    def of(self, text: str) -> str:
        from reader_app.core.search_text import normalise_for_search

        cached = self._by_id.get(id(text))
        if cached is not None and cached[0] is text:
            return cached[1]
        folded = normalise_for_search(text)
        self._by_id[id(text)] = (text, folded)
        return folded

    def keep_only(self, texts: list[str]) -> None:
        alive = {id(text) for text in texts}
        self._by_id = {key: value for key, value in self._by_id.items() if key in alive}


class FindBar(QToolBar):
    """The bar under the columns: query, count, previous/next, close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__("Find", parent)
        self.setObjectName("findBar")
        self.setMovable(False)
        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText("Find in both columns (width and 简/繁 ignored)")
        self.query.setClearButtonEnabled(True)
        self.query.setMinimumWidth(260)
        self.query.setMaximumWidth(480)
        self.count = QLabel("", self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(120)
        self.addWidget(self.query)
        self.addWidget(self.count)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.previous_button.setToolTip("Previous match (Shift+F3)")
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip("Next match (F3)")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Close (Esc)")
        for button in (self.previous_button, self.next_button, self.close_button):
            self.addWidget(button)


class FindFeature(Feature):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.jobs = BackgroundJobs(self)
        self._folded = _Folded()
        self._matches: list[Match] = []
        self._current = -1
        self._query = ""
        self.bar = FindBar(window)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        self.bar.hide()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.search_now)
        self.bar.query.textChanged.connect(lambda _text: self._delay.start())
        self.bar.query.returnPressed.connect(self.next)
        self.bar.next_button.clicked.connect(self.next)
        self.bar.previous_button.clicked.connect(self.previous)
        self.bar.close_button.clicked.connect(self.close)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.bar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close)
        previous = QShortcut(QKeySequence("Shift+Return"), self.bar.query)
        previous.setContext(Qt.ShortcutContext.WidgetShortcut)
        previous.activated.connect(self.previous)

        self.find_action = self._action("&Find…", QKeySequence.StandardKey.Find, self.open)
        self.next_action = self._action("Find &Next", QKeySequence.StandardKey.FindNext, self.next)
        self.previous_action = self._action("Find Pre&vious", QKeySequence.StandardKey.FindPrevious, self.previous)
        edit = window.menu("Edit")
        edit.addSeparator()
        for action in (self.find_action, self.next_action, self.previous_action):
            edit.addAction(action)
        window.session.documentChanged.connect(self._on_content_changed)
        window.session.translationChanged.connect(self._on_content_changed)

    def _action(self, text: str, key: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # --- public -----------------------------------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the focus in it (a selection on either side, or in the interleaved column, becomes the
        query)."""
        from reader_app.ui.interleaved_view import InterleavedView

        interleaved = self._interleaved()
        selected = [interleaved.selected_text()] if isinstance(interleaved, InterleavedView) else []
        for view in self.window.views():
            role, span = view.selected_span()
            passage = view.passage(role) if role is not None else None
            if passage is not None and span is not None:
                selected.append(passage.text[span.start : span.end])
        chosen = next((text for text in selected if 0 < len(text) <= 200), None)
        if chosen is not None:
            self.bar.query.setText(chosen)
        self.bar.show()
        self.bar.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.query.selectAll()
        if self.bar.query.text() and self.bar.query.text() != self._query:
            self.search_now()

    def close(self) -> None:
        self.jobs.cancel()
        self._delay.stop()
        self._query = ""
        self._show([], "")
        self.bar.hide()
        view = self.window.cjk_view if self.window.cjk_view.isVisible() else self.window.english_view
        view.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def matches(self) -> list[Match]:
        return list(self._matches)

    def current(self) -> Match | None:
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else None

    def count_text(self) -> str:
        return self.bar.count.text()

    def searching(self) -> bool:
        return self._delay.isActive() or self.jobs.busy("find")

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    # --- searching --------------------------------------------------------------------------------------------

    def _interleaved(self) -> Findable | None:
        from reader_app.ui.reading_layout_feature import ReadingLayoutFeature

        layouts = self.window.feature(ReadingLayoutFeature)
        return layouts.interleaved if layouts is not None and layouts.interleaved.isVisible() else None

    def _targets(self) -> list[_Target]:
        targets: list[_Target] = []
        interleaved = self._interleaved()
        if interleaved is not None:
            from reader_app.ui.interleaved_view import InterleavedView

            assert isinstance(interleaved, InterleavedView)
            return [_Target(interleaved, PassageRole.ARTICLE, interleaved.searchable_text())]
        splitter = self.window.splitter
        views = sorted(self.window.views(), key=splitter.indexOf)  # left column first
        for view in views:
            if not view.isVisible():
                continue
            for block in view.blocks():
                if block.passage is not None:
                    targets.append(_Target(view, block.role, block.passage.text))
        return targets

    def search_now(self) -> None:
        self._delay.stop()
        query = self.bar.query.text()
        self._query = query
        if not query.strip():
            self.jobs.cancel("find")
            self._show([], query)
            return
        targets = self._targets()
        folded = self._folded
        folded.keep_only([target.text for target in targets])
        self.bar.count.setText("Searching…")

        def work(job: JobContext) -> list[Match]:
            from reader_app.core.search_text import find_all

            found: list[Match] = []
            for target in targets:
                job.check()
                spans = find_all(target.text, query, normalised_text=folded.of(target.text))
                found.extend(Match(target.view, target.role, Span(start, end)) for start, end in spans)
            return found

        self.jobs.run(work, key="find", done=lambda found: self._show(found, query), error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.bar.count.setText("Search failed")
        self.window.status.show_message(f"Find failed: {error}")

    def _show(self, found: list[Match], query: str) -> None:
        self._matches = found
        self._current = 0 if found else -1
        for view in self.window.views():
            for block in view.blocks():
                spans = [m.span for m in found if m.view is view and m.role is block.role]
                view.set_found(block.role, spans)
            view.set_current_found(None, None)
        interleaved = self._interleaved()
        if interleaved is not None:
            interleaved.set_found(PassageRole.ARTICLE, [m.span for m in found if m.view is interleaved])
            interleaved.set_current_found(None, None)
        if not query.strip():
            self.bar.count.setText("")
        elif not found:
            self.bar.count.setText("No matches")
        self._go(0 if found else -1, wrapped=False)

    def _step(self, step: int) -> None:
        if not self.bar.isVisible():
            self.open()
            return
        if self._delay.isActive():
            self.search_now()
            return
        if not self._matches:
            return
        target = self._current + step
        wrapped = not 0 <= target < len(self._matches)
        self._go(target % len(self._matches), wrapped=wrapped)

    def _go(self, index: int, *, wrapped: bool) -> None:
        previous = self.current()
        if previous is not None:
            previous.view.set_current_found(None, None)
        self._current = index
        match = self.current()
        if match is None:
            return
        match.view.set_current_found(match.role, match.span)
        match.view.scroll_to_span(match.role, match.span)
        note = " · wrapped" if wrapped else ""
        self.bar.count.setText(f"{index + 1} of {len(self._matches)}{note}")

    def _on_content_changed(self, _what: object) -> None:
        if self.bar.isVisible() and self._query:
            self._delay.start()

    def shutdown(self) -> None:
        self.jobs.shutdown()


def install(window: MainWindow) -> FindFeature:
    existing = window.feature(FindFeature)
    return existing if existing is not None else FindFeature(window)
