"""The two columns as rows of paragraph pairs: each paragraph and its translation start at the same height, and
scrolling either column scrolls the other (a parallel-text edition).

Rows are aligned lazily: when a column scrolls, the pairs from the top of the screen to a screen below it get the
padding that lines them up (extra space above the shorter side's next paragraph), and the other column scrolls so
the pair at the top sits at the same height. Nothing off screen is measured, so long documents stay responsive.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, QObject, QTimer

from reader_app.core.document import Passage, PassageRole
from reader_app.ui.session import BlockKind, ReaderSession
from reader_app.ui.side_view import SideView

Row = tuple[PassageRole, int]
"""A row: the passage and the index of the sentence that starts its paragraph (the same index on both sides)."""

LOOKAHEAD_SCREENS = 1.5
"""How far below the screen rows are aligned ahead of the scroll."""

LAYOUT_WAIT_MS = 50
"""How often to look again whether Qt has finished laying a column out before rows are padded."""

LAYOUT_WAITS = 100
"""How many times to look before padding anyway."""


def paragraph_first_sentences(passage: Passage) -> list[int]:
    """Indices of the sentences that start a paragraph (or a line) of `passage`: its rows."""
    rows = [0] if passage.sentences else []
    text, sentences = passage.text, passage.sentences
    for index in range(1, len(sentences)):
        if "\n" in text[sentences[index - 1].end : sentences[index].start]:
            rows.append(index)
    return rows


class RowAligner(QObject):
    """Keeps the two side views' paragraph pairs level and their scrolling together."""

    def __init__(self, session: ReaderSession, first: SideView, second: SideView, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._views = (first, second)
        self._rows: dict[PassageRole, tuple[Passage, list[int]]] = {}
        self._syncing = False
        self._enabled = True
        self._leader = first
        self._waits = 0
        self._renders_seen = {view: view.renders() for view in self._views}
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(lambda: self.sync(self._leader))
        for view in self._views:
            bar = view.editor.verticalScrollBar()
            bar.valueChanged.connect(lambda _value, view=view: self._scrolled(view))
            # A column's range changes as Qt lays its text in, and a scroll the other column could not take yet
            # (its range was still short) was clamped: neither is the reader moving it, so the leader stays.
            bar.rangeChanged.connect(lambda _low, _high: self._later(self._leader))
            view.editor.viewport().installEventFilter(self)
            view.renderingChanged.connect(lambda _busy: self._later(self._leader))
        session.translationChanged.connect(self._on_translation)
        session.documentChanged.connect(self._on_document)

    def set_enabled(self, enabled: bool) -> None:
        """Off while only one column shows (nothing to keep level)."""
        self._enabled = enabled
        if enabled:
            self._later(self._leader)
        else:
            for view in self._views:
                view.clear_row_padding()

    def enabled(self) -> bool:
        return self._enabled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and any(watched is view.editor.viewport() for view in self._views):
            self._later(self._leader)  # a new width re-wraps the rows; the column the reader is in still leads
        return False

    def _on_document(self, _document: object) -> None:
        self._rows = {}
        self._renders_seen = {view: view.renders() for view in self._views}
        self._later(self._views[0])

    def _on_translation(self, role: object) -> None:
        # A column laid out anew lost its place and follows the other, which kept it: the one showing the original
        # when both were. A translation that changed neither (the same text again) leaves the reader's lead alone.
        anew = [view for view in self._views if view.renders() != self._renders_seen.get(view)]
        self._renders_seen = {view: view.renders() for view in self._views}
        if len(anew) == 1:
            self._leader = self._other(anew[0])
        elif anew:
            for view in self._views:
                block = view.block(role) if isinstance(role, PassageRole) else None
                if block is not None and block.kind is BlockKind.ORIGINAL:
                    self._leader = view
        self._later(self._leader)

    def _later(self, view: SideView) -> None:
        if view.replacing():
            view = self._leader  # a new rendering moved its scroll bar, not the reader
        if not self._syncing and not (self._waits and self._pending.isActive()):  # while waiting, the mover leads
            self._leader = view
            if not self._pending.isActive():
                # Never restarted: each slice of a long text being laid in restarted it, so the rows on screen
                # waited for the last slice. While one is laid in, a look every so often is enough.
                self._pending.start(LAYOUT_WAIT_MS if any(view.rendering() for view in self._views) else 0)

    def _scrolled(self, view: SideView) -> None:
        if view.replacing():
            self._later(self._leader)
        elif not self._syncing and self._enabled:
            self._leader = view
            self.sync(view)

    def _other(self, view: SideView) -> SideView:
        return self._views[1] if view is self._views[0] else self._views[0]

    def rows(self) -> list[Row]:
        """The rows both columns show, prompt first; a passage shown on one side only has none."""
        document = self._session.document()
        if document is None:
            return []
        rows: list[Row] = []
        for passage in document.passages():
            role = passage.role
            if not all(view.passage(role) is not None for view in self._views):
                continue
            cached = self._rows.get(role)
            if cached is None or cached[0] is not passage:
                cached = self._rows[role] = (passage, paragraph_first_sentences(passage))
            rows.extend((role, index) for index in cached[1])
        return rows

    def sync(self, leader: SideView) -> None:
        """Level the pairs on `leader`'s screen and scroll the other column to match."""
        if self._syncing or not self._enabled:
            return
        follower = self._other(leader)
        if not (leader.isVisible() and follower.isVisible()):
            return
        rows = self.rows()
        if not rows:
            return
        if not (_laid_out(leader) and _laid_out(follower)) and self._waits < LAYOUT_WAITS:
            # Qt is still laying a column out lazily (after a change of width: Side by Side after Original Only).
            # Changing a block's format meanwhile leaves the blocks between its lazy position and its next step
            # placed with no lines, so the end of the column would show empty; and measuring the rows now would
            # force the whole layout at once. Look again once Qt has laid it in, in its own idle-time steps.
            self._waits += 1
            self._leader = leader
            self._pending.start(LAYOUT_WAIT_MS)
            return
        self._waits = 0
        self._syncing = True
        try:
            self._level(leader, follower, rows)
        finally:
            self._syncing = False

    def _level(self, leader: SideView, follower: SideView, rows: list[Row]) -> None:
        top = leader.editor.verticalScrollBar().value()
        height = leader.editor.viewport().height()
        tops = _LazyTops(leader, rows)
        first = max(0, bisect_right(tops, top + 1) - 1)
        follower.reveal_row(*rows[first])  # a long text lays out only around its screen: lay the row out there
        anchor_leader, anchor_follower = leader.row_top(*rows[first]), follower.row_top(*rows[first])
        if anchor_leader is None or anchor_follower is None:
            return
        # Under the first row the pairs keep the offset the top pair stands at; the first row itself is levelled
        # with the document's top, by space: scrolling a column to level it cut its label at the top edge.
        offset = anchor_leader - anchor_follower if first > 0 else 0.0
        limit = top + height * (1 + LOOKAHEAD_SCREENS)
        for row in rows[first + 1 if first > 0 else 0 :]:
            at_leader, at_follower = leader.row_top(*row), follower.row_top(*row)
            if at_leader is None or at_follower is None:
                break
            natural_leader = at_leader - leader.row_padding(*row)
            natural_follower = at_follower - follower.row_padding(*row)
            gap = natural_follower + offset - natural_leader
            leader.set_row_padding(*row, max(0.0, gap))
            follower.set_row_padding(*row, max(0.0, -gap))
            if natural_leader + max(0.0, gap) > limit:
                break
        # The pair at the top decides where the other column stands.
        anchor_leader, anchor_follower = leader.row_top(*rows[first]), follower.row_top(*rows[first])
        if anchor_leader is None or anchor_follower is None:
            return
        follower.editor.verticalScrollBar().setValue(round(top - (anchor_leader - anchor_follower)))


class _LazyTops:
    """The leader's row tops as a sequence for `bisect`, measured only where the search looks (a row hidden away
    from the screen of a long text at its estimated height, a row not laid in yet below everything)."""

    def __init__(self, view: SideView, rows: list[Row]) -> None:
        self._view = view
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index: int) -> float:
        top = self._view.row_top_estimate(*self._rows[index])
        return float("inf") if top is None else top


def _laid_out(view: SideView) -> bool:
    """Whether Qt has laid the column out to its end (a lazy layout gives a block its lines when it reaches it)."""
    layout = view.last_shown_block().layout()  # a long text's shown stretch
    return layout is not None and layout.lineCount() > 0
