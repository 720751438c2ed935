"""The Library window: documents read (title, languages, last opened, highlights) with full-text search; open one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
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

    def __init__(
        self,
        library: Library | None,
        error: str | None = None,
        parent: QWidget | None = None,
        why_not_delete: Callable[[str], str | None] = lambda _hash: None,
    ) -> None:
        """`why_not_delete(text_hash)` says why a document cannot be deleted now (None: it can)."""
        super().__init__(parent)
        self._why_not_delete = why_not_delete
        self._deleted: LibraryEntry | None = None
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
        self.delete_button = QPushButton("Delete…", self)
        self.delete_button.setObjectName("libraryDelete")
        self.delete_button.setToolTip("Delete the document and its highlights, notes and summary from the library")
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_current)
        self.undo_delete_button = QPushButton("Undo Delete", self)
        self.undo_delete_button.setObjectName("libraryUndoDelete")
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.undo_delete_button.hide()

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_delete_button)
        bottom.addWidget(self.delete_button)
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
            self.delete_button.setEnabled(False)
            self.status.setText(error or "The library is not available.")
        else:
            self._purge()  # deletions left from an earlier run can no longer be undone
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
        self.delete_button.setEnabled(self.model.rowCount() > 0 and self.library.read_only is None)
        if self.library.read_only is not None:
            self.delete_button.setToolTip(self.library.read_only)

    def delete_current(self) -> None:
        """Delete the selected document after asking; Undo Delete brings it back until this window closes."""
        entry = self.model.entry(self.table.currentIndex().row())
        if self.library is None or entry is None:
            return
        reason = self.library.read_only or self._why_not_delete(entry.text_hash)
        if reason is not None:
            self.status.setText(reason)
            return
        if not self.confirm_delete(entry):
            return
        try:
            self._purge()  # only the last deletion can be undone
            self.library.delete(entry.text_hash)
        except LibraryError as error:
            self.status.setText(str(error))
            return
        self._deleted = entry
        self.refresh()
        self.status.setText(
            f"Deleted “{entry.title}” with its highlights, notes and summary. The file was not touched."
        )
        self.undo_delete_button.show()

    def confirm_delete(self, entry: LibraryEntry) -> bool:
        count = entry.highlight_count
        made = f"its {count} highlight{'s' if count != 1 else ''} and notes, " if count else ""
        answer = QMessageBox.question(
            self,
            "Delete from the library",
            f"Delete “{entry.title}” from the library, with {made}its summary and translations?\n\n"
            "The file itself is not touched. You can undo this until you close the Library window.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def undo_delete(self) -> None:
        entry, self._deleted = self._deleted, None
        self.undo_delete_button.hide()
        if self.library is None or entry is None:
            return
        try:
            back = self.library.undelete(entry.text_hash)
        except LibraryError as error:
            self.status.setText(str(error))
            return
        self.refresh()
        if not back:
            self.status.setText(f"“{entry.title}” was opened again since, so it could not be brought back.")
            return
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(LibraryModel.HashRole) == entry.text_hash:
                self.table.selectRow(row)
        self.status.setText(f"“{entry.title}” is back in the library.")

    def _purge(self) -> None:
        self._deleted = None
        self.undo_delete_button.hide()
        if self.library is not None and self.library.read_only is None:
            try:
                self.library.purge_deleted()
            except LibraryError as error:
                self.status.setText(str(error))

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # closed, not minimised: the deletion becomes final
            self._purge()
        super().hideEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(str(index.data(LibraryModel.HashRole)))
