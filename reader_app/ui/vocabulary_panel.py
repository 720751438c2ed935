"""The Vocabulary panel: the saved words, newest first, with Remove and Export (Anki .apkg, TSV)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.dictionary.vocabulary import (
    VocabularyError,
    VocabularyItem,
    VocabularyStore,
    export_apkg,
    export_tsv,
)

if TYPE_CHECKING:
    from reader_app.ui.dictionary_feature import DictionaryFeature


class VocabularyFeaturePanel(QWidget):
    def __init__(self, store: VocabularyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyPanel")
        self.store = store
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Word", "Reading", "Meaning", "Sentence"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.anki_button = QPushButton("Export Anki Deck…", self)
        self.anki_button.clicked.connect(lambda: self.export_dialog("apkg"))
        self.tsv_button = QPushButton("Export TSV…", self)
        self.tsv_button.clicked.connect(lambda: self.export_dialog("tsv"))
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.anki_button, self.tsv_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def items(self) -> list[VocabularyItem]:
        rows = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [row.data(0, Qt.ItemDataRole.UserRole) for row in rows if row is not None]

    def refresh(self) -> None:
        try:
            items = self.store.items()
        except VocabularyError as error:
            self.status.setText(str(error))
            items = []
        self.tree.clear()
        for item in items:
            row = QTreeWidgetItem([item.word, item.reading, item.meaning, item.sentence])
            row.setData(0, Qt.ItemDataRole.UserRole, item)
            row.setToolTip(2, item.meaning)
            row.setToolTip(3, item.sentence + (f"\n{item.translation}" if item.translation else ""))
            self.tree.addTopLevelItem(row)
        for button in (self.anki_button, self.tsv_button):
            button.setEnabled(bool(items))

    def add(self, item: VocabularyItem) -> None:
        self.store.add(item)
        self.refresh()

    def remove_selected(self) -> None:
        try:
            for row in self.tree.selectedItems():
                item: VocabularyItem = row.data(0, Qt.ItemDataRole.UserRole)
                self.store.remove(item.key())
        except VocabularyError as error:  # a read-only library: say so, keep the list as it is
            self.status.setText(str(error))
            return
        self.refresh()

    def export(self, path: Path, kind: str) -> int:
        """Write every saved word to `path` ('apkg' or 'tsv'); returns the number written."""
        items = self.items()
        count = export_apkg(items, path) if kind == "apkg" else export_tsv(items, path)
        self.status.setText(f"Exported {count} word{'s' if count != 1 else ''} to {path.name}")
        return count

    def export_dialog(self, kind: str) -> None:
        label = "Anki deck (*.apkg)" if kind == "apkg" else "Tab-separated values (*.tsv)"
        name, _ = QFileDialog.getSaveFileName(self, "Export Vocabulary", f"vocabulary.{kind}", label)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            self.export(path, kind)
        except OSError as error:
            self.status.setText(f"Could not write {path.name}: {error.strerror or error}")


def install_panel(feature: DictionaryFeature) -> VocabularyFeaturePanel:
    """The Vocabulary panel of the window (a dock in the bottom tabs), made on first use."""
    if feature.vocabulary_panel is not None:
        return feature.vocabulary_panel
    window = feature.window
    panel = VocabularyFeaturePanel(VocabularyStore(), window)
    dock = QDockWidget("Vocabulary", window)
    dock.setObjectName("vocabularyDock")
    dock.setWidget(panel)
    window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea, tab_with_bottom=True)
    feature.vocabulary_panel = panel
    return panel
