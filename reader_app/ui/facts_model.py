"""The key facts as a Qt tree model: one group per kind with its count, entities listed once with all mentions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from reader_app.core.facts.items import ENTITY_KINDS, KIND_ORDER, FactItem
from reader_app.core.facts.model import FactKind
from reader_app.core.palette import FACT_KIND_TITLES
from reader_app.core.search_text import normalise_for_search
from reader_app.ui.theme import LIGHT, Theme

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

ItemRole = Qt.ItemDataRole.UserRole + 1
"""data() role giving the row's FactItem (None for a group row)."""
KindRole = Qt.ItemDataRole.UserRole + 2
"""data() role giving the row's FactKind (group and item rows)."""


class _Group:
    def __init__(self, kind: FactKind, items: list[FactItem]) -> None:
        self.kind = kind
        self.items = items


class FactsModel(QAbstractItemModel):
    """Groups (kind, count) with fact rows below; filtering and per-kind toggles rebuild the visible tree."""

    itemsChanged = Signal()
    kindsChanged = Signal()
    """A per-kind toggle changed (the views show only the visible kinds)."""

    def __init__(self, parent: QObject | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self._items: list[FactItem] = []
        self._groups: list[_Group] = []
        self._filter = ""
        self._hidden: set[FactKind] = set()
        self._theme = theme

    # --- plain data in ------------------------------------------------------------------------------------------

    def set_items(self, items: Sequence[FactItem]) -> None:
        self._items = list(items)
        self._rebuild()
        self.itemsChanged.emit()

    def items(self) -> list[FactItem]:
        return list(self._items)

    def visible_items(self) -> list[FactItem]:
        return [item for group in self._groups for item in group.items]

    def set_filter(self, text: str) -> None:
        # The one search form of Find and the library: width, case and script (台积电 finds 台積電) folded.
        text = normalise_for_search(text.strip())
        if text != self._filter:
            self._filter = text
            self._rebuild()

    def filter_text(self) -> str:
        return self._filter

    def set_kind_visible(self, kind: FactKind, visible: bool) -> None:
        if visible == (kind not in self._hidden):
            return
        if visible:
            self._hidden.discard(kind)
        else:
            self._hidden.add(kind)
        self._rebuild()
        self.kindsChanged.emit()

    def kind_visible(self, kind: FactKind) -> bool:
        return kind not in self._hidden

    def hidden_kinds(self) -> frozenset[FactKind]:
        return frozenset(self._hidden)

    def count(self, kind: FactKind) -> int:
        """How many facts of `kind` there are, whatever the filter shows."""
        return sum(1 for item in self._items if item.kind is kind)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    def _matches(self, item: FactItem) -> bool:
        if not self._filter:
            return True
        haystack = normalise_for_search(" ".join((item.label, item.value_text, *(fact.text for fact in item.mentions))))
        return self._filter in haystack or self._filter in normalise_for_search(FACT_KIND_TITLES[item.kind])

    def _rebuild(self) -> None:
        self.beginResetModel()
        # One pass over the items (a big article has 100,000s), sorted into the kinds' groups.
        shown: dict[FactKind, list[FactItem]] = {kind: [] for kind in KIND_ORDER if kind not in self._hidden}
        for item in self._items:
            rows = shown.get(item.kind)
            if rows is not None and self._matches(item):
                rows.append(item)
        self._groups = [_Group(kind, rows) for kind, rows in shown.items() if rows]
        self.endResetModel()

    # --- Qt model ------------------------------------------------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: ModelIndex = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, 0, None)
            return QModelIndex()
        group = self._group_of(parent)
        if group is None or parent.internalPointer() is not None or row >= len(group.items):
            return QModelIndex()
        return self.createIndex(row, 0, group)

    def parent(self, child: ModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        group = child.internalPointer()
        if group is None:
            return QModelIndex()
        return self.createIndex(self._groups.index(group), 0, None)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalPointer() is None and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 1

    def _group_of(self, index: ModelIndex) -> _Group | None:
        if not index.isValid():
            return None
        pointer = index.internalPointer()
        if isinstance(pointer, _Group):
            return pointer
        return self._groups[index.row()] if index.row() < len(self._groups) else None

    def item(self, index: ModelIndex) -> FactItem | None:
        pointer = index.internalPointer() if index.isValid() else None
        if isinstance(pointer, _Group) and index.row() < len(pointer.items):
            return pointer.items[index.row()]
        return None

    def group_index(self, kind: FactKind) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.kind is kind:
                return self.index(row, 0)
        return QModelIndex()

    def index_of(self, item: FactItem) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child, other in enumerate(group.items):
                if other is item:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if item is None:
            group = self._group_of(index)
            if group is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{FACT_KIND_TITLES[group.kind]} ({len(group.items)})"
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(self._theme.facts[group.kind])
            if role == KindRole:
                return group.kind
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{FACT_KIND_TITLES[group.kind]}, {len(group.items)} facts"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if len(item.mentions) > 1:
                return f"{item.label}  ×{len(item.mentions)}"
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(self._theme.facts[item.kind])
        if role == ItemRole:
            return item
        if role == KindRole:
            return item.kind
        return None

    def _tooltip(self, item: FactItem) -> str:
        if item.kind in ENTITY_KINDS:
            written = sorted({fact.text for fact in item.mentions})
            mentions = "mention" if len(item.mentions) == 1 else "mentions"
            return f"{item.value_text} — {len(item.mentions)} {mentions}: {', '.join(written)}"
        return item.value_text

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
