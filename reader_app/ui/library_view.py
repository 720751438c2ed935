"""The Library window: documents read (title, languages, last opened, highlights) with full-text search; open one."""

from __future__ import annotations

from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.language import language_name
from reader_app.core.library import Library, LibraryEntry, LibraryError, LibraryFile, SearchHit

ModelIndex = QModelIndex | QPersistentModelIndex

SEARCH_DELAY_MS = 200
_KIND_NAMES = {"text": "article", "translation": "translation", "notes": "notes"}


def relative_time(when: datetime, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "yesterday", or the date, in local time."""
    now = now or datetime.now(when.tzinfo)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    local = when.astimezone()
    if seconds < 86400 and local.date() == now.astimezone().date():
        return f"today {local:%H:%M}"
    if seconds < 2 * 86400:
        return f"yesterday {local:%H:%M}"
    return f"{local:%Y-%m-%d}"


def file_label(entry: LibraryEntry, opens: LibraryFile | None) -> str:
    """The File column: the name of the file the entry opens (the most recently used one that still holds the text),
    "+N more" when the text was opened from other files too."""
    others = len(entry.files) - (1 if opens is not None else 0)
    if opens is not None:
        name = PurePath(opens.path).name
    elif entry.files:
        name = "library copy (file moved or changed)"
    else:
        name = "pasted text" if entry.source is None else "library copy"
    return f"{name} +{others} more" if others > 0 else name


def files_tooltip(entry: LibraryEntry, opens: LibraryFile | None) -> list[str]:
    """Every file the text was opened from, most recently used first, the one that opens marked."""
    if not entry.files:
        return [entry.source or "(pasted text)"]
    lines = [f"Opens {opens.path}" if opens is not None else "Opens the library's copy of the text"]
    for file in entry.files:
        state = "" if file is opens else (" (changed or missing)" if not file.still_holds_the_text() else "")
        lines.append(f"  {file.path} — used {file.last_used.astimezone():%Y-%m-%d %H:%M}{state}")
    return lines


def languages_label(codes: tuple[str, ...]) -> str:
    return " · ".join(language_name(code) for code in codes)


class LibraryModel(QAbstractTableModel):
    """Library entries, or search hits with where they matched and a snippet."""

    HEADERS = ("Title", "Languages", "Last opened", "Highlights", "Found in", "File")
    HashRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        self._hits: dict[str, SearchHit] = {}
        self._to_open: dict[str, LibraryFile | None] = {}

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.beginResetModel()
        self._entries, self._hits, self._to_open = list(entries), {}, {}
        self.endResetModel()

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._entries = [hit.entry for hit in hits]
        self._hits = {hit.entry.text_hash: hit for hit in hits}
        self._to_open = {}
        self.endResetModel()

    def entry(self, row: int) -> LibraryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _opens(self, entry: LibraryEntry) -> LibraryFile | None:
        """The file opening `entry` opens, looked up once per listing (what the File column names)."""
        if entry.text_hash not in self._to_open:
            self._to_open[entry.text_hash] = entry.file_to_open()
        return self._to_open[entry.text_hash]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == self.HashRole:
            return entry.text_hash
        hit = self._hits.get(entry.text_hash)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.title
            if column == 1:
                return languages_label(entry.languages)
            if column == 2:
                return relative_time(entry.last_opened)
            if column == 3:
                return str(entry.highlight_count)
            if column == 4:
                return "" if hit is None else f"{', '.join(_KIND_NAMES[k] for k in hit.kinds)}: …{hit.snippet}…"
            if column == 5:  # tells apart documents with the same title (a file and its longer copy)
                return file_label(entry, self._opens(entry))
        if role == Qt.ItemDataRole.ToolTipRole:
            files = files_tooltip(entry, self._opens(entry))
            parts = [entry.title, *files, f"Last opened {entry.last_opened.astimezone():%c}"]
            if hit is not None:
                parts.append(f"…{hit.snippet}…")
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LibraryView(QDialog):
    """A non-modal window over the library; emits `openRequested(text_hash)` for the feature to open."""

    openRequested = Signal(str)

    def __init__(self, library: Library | None, error: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.setWindowTitle("Library")
        self.resize(1000, 540)
        self.library = library
        self.model = LibraryModel(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search articles, translations and notes (e.g. 微信 or a word from a note)")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 340)
        # Room between columns: "Last opened" and "Highlights" ran together, a right-aligned count touched the file.
        self.table.setStyleSheet(
            "QHeaderView::section { padding: 3px 10px; } QTableView#libraryTable::item { padding: 0 10px; }"
        )
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.status = QLabel(self)
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton("Open", self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        close_button = QPushButton("Close", self)
        close_button.clicked.connect(self.close)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._error = error
        if library is None:
            self.search.setEnabled(False)
            self.open_button.setEnabled(False)
            self.status.setText(error or "The library is not available.")
        else:
            self.refresh()

    def query(self) -> str:
        return self.search.text().strip()

    def refresh(self) -> None:
        """Reload the list (or the search results) from the library."""
        if self.library is None:
            return
        query = self.query()
        try:
            if query:
                hits = self.library.search(query)
                self.model.set_hits(hits)
                self.table.setColumnHidden(4, False)
                self.status.setText(f"{len(hits)} document{'s' if len(hits) != 1 else ''} match “{query}”.")
            else:
                entries = self.library.entries()
                self.model.set_entries(entries)
                self.table.setColumnHidden(4, True)
                self.status.setText(f"{len(entries)} document{'s' if len(entries) != 1 else ''} in the library.")
        except LibraryError as error:
            self.status.setText(str(error))
            return
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(str(index.data(LibraryModel.HashRole)))
