"""The "Highlights & notes" panel: every highlight in document order with colour, quote and note; jump, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.annotations import COLOURS, Highlight
from reader_app.core.document import PassageRole
from reader_app.ui.highlight_names import colour_label
from reader_app.ui.highlights_model import HighlightsModel, Placement, placement_text
from reader_app.ui.theme import LIGHT, Theme

ModelIndex = QModelIndex | QPersistentModelIndex

EMPTY_TEXT = "No highlights yet. Select text on either side, then press Ctrl+H or use the Highlight menu."
_PAD = 8
_BAR = 5


_NOTE_LINES = 3
"""A longer note shows its first lines; the rest is in the tooltip and the note editor."""


def _note_lines(note: str) -> list[str]:
    """The note's lines as the reader typed them (blank ones dropped), at most `_NOTE_LINES`, the last marked as cut."""
    lines = [" ".join(line.split()) for line in note.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > _NOTE_LINES:
        lines = [*lines[: _NOTE_LINES - 1], lines[_NOTE_LINES - 1] + " …"]
    return lines


def _where(highlight: Highlight) -> str:
    place = "Prompt" if highlight.role is PassageRole.PROMPT else "Article"
    return f"{place} · machine translation" if highlight.translated else place


class HighlightDelegate(QStyledItemDelegate):
    """Paints one highlight: a colour bar, the quote, the note below it, and an orphan tag when it is lost."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT
        self.names: dict[str, str] = {}
        """The reader's names for the colours, shown beside each highlight."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        quote = QFont(option.font)
        note = QFont(option.font)
        note.setItalic(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        return quote, note, small

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        quote, note, _small = self._fonts(option)
        height = _PAD * 2 + QFontMetrics(quote).height()
        note_text = index.data(HighlightsModel.NoteRole)
        if note_text:
            height += 2 + QFontMetrics(note).height() * max(1, len(_note_lines(note_text)))
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        theme = self.theme
        highlight: Highlight = index.data(HighlightsModel.HighlightRole)
        placement = Placement(index.data(HighlightsModel.PlacementRole))  # Qt hands a StrEnum back as plain str
        quote_font, note_font, small_font = self._fonts(option)
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(QColor(theme.border)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        bar = QRect(rect.left() + _PAD, rect.top() + _PAD, _BAR, rect.height() - 2 * _PAD)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.highlight_colour(highlight.colour))
        painter.drawRoundedRect(bar, 2, 2)

        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor(theme.text)
        muted = text_colour if selected else QColor(theme.muted_text)
        left = bar.right() + _PAD + 2
        right = rect.right() - _PAD

        small = QFontMetrics(small_font)
        label = placement_text(highlight, placement) or _where(highlight)
        if self.names.get(highlight.colour):
            label = f"{self.names[highlight.colour]} · {label}"
        label_width = small.horizontalAdvance(label) + 4
        quote_metrics = QFontMetrics(quote_font)
        line = QRect(left, rect.top() + _PAD, max(10, right - left - label_width - _PAD), quote_metrics.height())
        painter.setFont(quote_font)
        painter.setPen(muted if placement is not Placement.ATTACHED else text_colour)
        quote = "“" + " ".join(highlight.quote.split()) + "”"
        elided = quote_metrics.elidedText(quote, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

        painter.setFont(small_font)
        painter.setPen(QColor(theme.warning) if placement is Placement.ORPHAN and not selected else muted)
        label_rect = QRect(right - label_width, line.top(), label_width, line.height())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

        if highlight.note:
            note_metrics = QFontMetrics(note_font)
            painter.setFont(note_font)
            painter.setPen(muted)
            top = line.bottom() + 3
            for note in _note_lines(highlight.note):  # the reader's line breaks are kept
                note_line = QRect(left, top, right - left, note_metrics.height())
                painter.drawText(
                    note_line,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    note_metrics.elidedText(note, Qt.TextElideMode.ElideRight, note_line.width()),
                )
                top += note_metrics.height()
        painter.restore()


class HighlightsPanel(QWidget):
    """List of highlights with Edit note / Delete; emits requests, the feature changes the state (with undo)."""

    activated = Signal(str)
    """(highlight id) jump to it."""
    editNoteRequested = Signal(str)
    deleteRequested = Signal(str)
    colourRequested = Signal(str, str)
    """(highlight id, colour name)"""

    def __init__(self, model: HighlightsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightsPanel")
        self.model = model
        self.list = QListView(self)
        self.list.setObjectName("highlightsList")
        self.list.setModel(model)
        self.delegate = HighlightDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setMouseTracking(True)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        self.list.doubleClicked.connect(lambda index: self._emit(self.editNoteRequested, index))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)

        self.empty_label = QLabel(EMPTY_TEXT, self)
        self.empty_label.setObjectName("highlightsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("highlightsCount")
        self.edit_button = QPushButton("Edit note…", self)
        self.edit_button.clicked.connect(lambda: self._emit(self.editNoteRequested, self.list.currentIndex()))
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested, self.list.currentIndex()))

        self.delete_action = QAction("Delete Highlight", self.list)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self._emit(self.deleteRequested, self.list.currentIndex()))
        self.list.addAction(self.delete_action)
        self.edit_action = QAction("Edit Note…", self.list)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(lambda: self._emit(self.editNoteRequested, self.list.currentIndex()))
        self.list.addAction(self.edit_action)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 4, 6, 4)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.list.installEventFilter(self)
        model.modelReset.connect(self._update_state)
        self.list.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete/Backspace and Enter work on the list even when the window-level shortcut map is not consulted."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._emit(self.deleteRequested, self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def set_theme(self, theme: Theme) -> None:
        self.delegate.theme = theme
        self.empty_label.setStyleSheet(f"color: {theme.muted_text}; padding: 16px;")
        self.count_label.setStyleSheet(f"color: {theme.muted_text};")
        self.list.viewport().update()

    def select(self, highlight_id: str) -> None:
        row = self.model.row_of(highlight_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(HighlightsModel.IdRole)) if index.isValid() else None

    def _emit(self, signal: SignalInstance, index: ModelIndex) -> None:
        if index.isValid():
            signal.emit(str(index.data(HighlightsModel.IdRole)))

    def _on_clicked(self, index: QModelIndex) -> None:
        self._emit(self.activated, index)

    def set_colour_names(self, names: dict[str, str]) -> None:
        """The reader's names for the colours ("question"), shown on each highlight and in the Colour menu."""
        delegate = self.list.itemDelegate()
        if isinstance(delegate, HighlightDelegate):
            delegate.names = dict(names)
        self.list.viewport().update()

    def delegate_names(self) -> dict[str, str]:
        delegate = self.list.itemDelegate()
        return dict(delegate.names) if isinstance(delegate, HighlightDelegate) else {}

    def _context_menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        highlight_id = str(index.data(HighlightsModel.IdRole))
        menu = QMenu(self)
        go_to = menu.addAction("Go to Highlight")
        go_to.triggered.connect(lambda _checked=False: self.activated.emit(highlight_id))
        menu.addAction(self.edit_action)
        colours = menu.addMenu("Colour")
        current = index.data(HighlightsModel.ColourRole)
        for colour in COLOURS:
            action = colours.addAction(colour_label(colour, self.delegate_names()))
            action.triggered.connect(lambda _checked=False, c=colour: self.colourRequested.emit(highlight_id, c))
            action.setCheckable(True)
            action.setChecked(colour == current)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.list.viewport().mapToGlobal(point))

    def _update_state(self) -> None:
        items = self.model.items()
        empty = not items
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)
        orphans = sum(1 for item in items if item.placement == Placement.ORPHAN)
        notes = sum(1 for item in items if item.highlight.note)
        text = f"{len(items)} highlight{'s' if len(items) != 1 else ''}, {notes} with notes"
        if orphans:
            text += f", {orphans} orphaned"
        self.count_label.setText(text if items else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.list.currentIndex().isValid()
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
