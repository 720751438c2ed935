"""The key facts as a Qt tree model: one group per kind with its count, entities listed once with all mentions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from reader_app.core.document import PassageRole
from reader_app.core.facts.model import (
    CountValue,
    DateValue,
    DurationValue,
    EntityValue,
    Fact,
    FactKind,
    FactValue,
    MoneyValue,
    PercentValue,
    RecurrenceValue,
    describe_duration,
    describe_recurrence,
)
from reader_app.core.palette import FACT_KIND_TITLES
from reader_app.ui.theme import LIGHT, Theme

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

KIND_ORDER: tuple[FactKind, ...] = tuple(FactKind(kind) for kind in FACT_KIND_TITLES)
ENTITY_KINDS = frozenset({FactKind.ORG, FactKind.PERSON, FactKind.PLACE})

ItemRole = Qt.ItemDataRole.UserRole + 1
"""data() role giving the row's FactItem (None for a group row)."""
KindRole = Qt.ItemDataRole.UserRole + 2
"""data() role giving the row's FactKind (group and item rows)."""


@dataclass(frozen=True)
class FactItem:
    """One row of the panel: a numeric fact, or an entity with every mention of it."""

    kind: FactKind
    label: str
    value_text: str
    """The normalised value in words, for the tooltip and copies ("1,200,000,000 monthly active users")."""
    lang: str
    """Language of the passage the mentions are in (decides the side that shows them)."""
    mentions: tuple[Fact, ...]
    counterparts: tuple[Fact | None, ...] = ()
    """Per mention, the linked fact in the other side's text (the translation), or None."""
    counterpart_lang: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def first(self) -> Fact:
        return self.mentions[0]

    def counterpart(self, index: int) -> Fact | None:
        return self.counterparts[index] if index < len(self.counterparts) else None

    def copy_text(self) -> str:
        """How one fact reads when copied: its text, then the normalised value when that says more."""
        if self.value_text and self.value_text != self.label:
            return f"{self.label} — {self.value_text}"
        return self.label


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


UNRESOLVED = {
    FactKind.DATE: "not resolved (no publication date known)",
    FactKind.MONEY: "no exact amount given",
    FactKind.COUNT: "no exact number given",
    FactKind.PERCENT: "no exact number given",
}
"""What a fact with no normalised value says, per kind ("billions of dollars — no exact amount given")."""


def describe_value(value: FactValue | None, kind: FactKind = FactKind.DATE) -> str:
    """A fact's normalised value for people: "1,200,000,000 monthly active users", "2021-08-01 – 2021-08-10"."""
    if value is None:
        return UNRESOLVED.get(kind, "")
    if isinstance(value, CountValue):
        return f"{_number(value.number)} {value.unit}".strip()
    if isinstance(value, MoneyValue):
        return f"{_number(value.amount)} {value.currency}" if value.currency else _number(value.amount)
    if isinstance(value, PercentValue):
        return f"{_number(value.number)} percentage points" if value.points else f"{_number(value.number)}%"
    if isinstance(value, DurationValue):
        return describe_duration(value.duration)
    if isinstance(value, RecurrenceValue):
        return describe_recurrence(value.recurrence)
    if isinstance(value, DateValue):
        text = value.start.isoformat() if value.start == value.end else f"{value.start} – {value.end}"
        if value.duration is not None:
            text = f"{describe_duration(value.duration)}: {text}"
        if value.time is not None:
            text += f" {value.time.strftime('%H:%M')}"
        return text
    if isinstance(value, EntityValue):
        return value.name
    return ""


def _entity_key(fact: Fact) -> tuple[FactKind, str]:
    name = fact.value.name if isinstance(fact.value, EntityValue) else fact.text
    return fact.kind, name.casefold()


def build_items(
    sources: Sequence[tuple[str, Sequence[Fact]]],
    counterparts: Mapping[int, Fact] | None = None,
    counterpart_lang: Mapping[PassageRole, str] | None = None,
) -> list[FactItem]:
    """Panel rows from the facts of each original passage (with its language), in text order.

    `counterparts` maps id(fact) of a source fact to its linked fact in the translation."""
    links = counterparts or {}
    other_langs = counterpart_lang or {}
    items: list[FactItem] = []
    repeated: dict[tuple[FactKind, str, str], list[Fact]] = {}
    numbers: list[tuple[FactKind, str, str]] = []
    number_langs: dict[tuple[FactKind, str, str], str] = {}
    entities: dict[tuple[FactKind, str], list[Fact]] = {}
    entity_langs: dict[tuple[FactKind, str], str] = {}
    order: list[tuple[FactKind, str]] = []
    for lang, facts in sources:
        for fact in facts:
            if fact.kind in ENTITY_KINDS:
                key = _entity_key(fact)
                if key not in entities:
                    entities[key] = []
                    entity_langs[key] = lang
                    order.append(key)
                if entity_langs[key] == lang:
                    entities[key].append(fact)
                continue
            # The same number written the same way again ("Tuesday", "2023") is one row with two mentions.
            number_key = (fact.kind, fact.text.casefold(), describe_value(fact.value, fact.kind))
            if number_key not in repeated:
                repeated[number_key] = []
                number_langs[number_key] = lang
                numbers.append(number_key)
            if number_langs[number_key] == lang:
                repeated[number_key].append(fact)
    for number_key in numbers:
        mentions = repeated[number_key]
        first = mentions[0]
        items.append(
            FactItem(
                first.kind,
                first.text,
                describe_value(first.value, first.kind),
                number_langs[number_key],
                tuple(mentions),
                tuple(links.get(id(fact)) for fact in mentions),
                other_langs.get(first.role),
            )
        )
    for key in order:
        mentions = entities[key]
        first = mentions[0]
        name = describe_value(first.value, first.kind) or first.text
        items.append(
            FactItem(
                first.kind,
                name,
                name,
                entity_langs[key],
                tuple(mentions),
                tuple(links.get(id(fact)) for fact in mentions),
                other_langs.get(first.role),
            )
        )
    return items


def facts_markdown(items: Iterable[FactItem]) -> str:
    """All listed facts as a Markdown outline, grouped by kind like the panel."""
    grouped: dict[FactKind, list[FactItem]] = {}
    for item in items:
        grouped.setdefault(item.kind, []).append(item)
    lines = ["## Key facts", ""]
    for kind in KIND_ORDER:
        rows = grouped.get(kind)
        if not rows:
            continue
        lines.append(f"### {FACT_KIND_TITLES[kind]} ({len(rows)})")
        for item in rows:
            line = f"- {_escape(item.copy_text())}"
            if len(item.mentions) > 1:
                line += f" ({len(item.mentions)} mentions)"
            lines.append(line)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


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
        text = text.strip().casefold()
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
        haystack = " ".join((item.label, item.value_text, *(fact.text for fact in item.mentions))).casefold()
        return self._filter in haystack or self._filter in FACT_KIND_TITLES[item.kind].casefold()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._groups = []
        for kind in KIND_ORDER:
            if kind in self._hidden:
                continue
            rows = [item for item in self._items if item.kind is kind and self._matches(item)]
            if rows:
                self._groups.append(_Group(kind, rows))
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
