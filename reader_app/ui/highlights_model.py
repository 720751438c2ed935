"""The highlights list as a Qt model: each highlight in document order with where it sits now, or that it is lost."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader_app.core.annotations import Highlight, document_order, reattach
from reader_app.core.document import Document, Passage, PassageRole, Span
from reader_app.core.language import language_name
from reader_app.core.reading_state import ReadingState
from reader_app.core.translated import PassageTranslation

ModelIndex = QModelIndex | QPersistentModelIndex


class Placement(StrEnum):
    ATTACHED = "attached"
    ORPHAN = "orphan"
    """Its text is no longer in the document; kept, shown, never dropped."""
    WAITING = "waiting"
    """Made on a machine translation that is not (fully) loaded yet."""
    HIDDEN = "hidden"
    """Made on a translation into another language than the one shown (Translate Into); back when it is shown."""


def placement_text(highlight: Highlight, placement: Placement) -> str | None:
    """What the highlights list says of a highlight that is not on screen (None when it is)."""
    if placement is Placement.ORPHAN:
        return "orphan: text no longer in the document"
    if placement is Placement.WAITING:
        return "translation not loaded"
    if placement is Placement.HIDDEN:
        language = language_name(highlight.lang) if highlight.lang else "another language"
        return f"on the {language} translation (not shown)"
    return None


@dataclass(frozen=True, slots=True)
class PlacedHighlight:
    highlight: Highlight
    span: Span | None
    placement: Placement


def place_highlights(
    state: ReadingState, document: Document, translations: dict[PassageRole, PassageTranslation]
) -> list[PlacedHighlight]:
    """Where each highlight of `state` sits in `document` (or in the shown translations), in document order."""
    translated: dict[PassageRole, Passage | None] = {}

    def translation_passage(role: PassageRole) -> Passage | None:
        if role not in translated:  # built once per role: a long translation's text is costly to join
            translation = translations.get(role)
            complete = translation is not None and translation.complete
            translated[role] = translation.as_passage() if translation is not None and complete else None
        return translated[role]

    placed: list[PlacedHighlight] = []
    for highlight in document_order(state.highlights):
        if highlight.translated:
            passage = translation_passage(highlight.role)
            shown = translations.get(highlight.role)
            # The language shown: the loaded translation's, or the one the reader chose before it is loaded.
            shown_lang = shown.target_lang if shown is not None else state.target_lang
            if highlight.lang is not None and shown_lang is not None and shown_lang != highlight.lang:
                placed.append(PlacedHighlight(highlight, None, Placement.HIDDEN))
                continue
            if passage is None:
                placed.append(PlacedHighlight(highlight, None, Placement.WAITING))
                continue
        else:
            passage = document.passage(highlight.role)
            if passage is None:
                placed.append(PlacedHighlight(highlight, None, Placement.ORPHAN))
                continue
        span = reattach(highlight.anchor, passage)
        placed.append(PlacedHighlight(highlight, span, Placement.ATTACHED if span else Placement.ORPHAN))
    return placed


class HighlightsModel(QAbstractListModel):
    """Rows of `PlacedHighlight`; the view paints them, the feature refills them when the state changes."""

    HighlightRole = Qt.ItemDataRole.UserRole + 1
    ColourRole = Qt.ItemDataRole.UserRole + 2
    NoteRole = Qt.ItemDataRole.UserRole + 3
    PlacementRole = Qt.ItemDataRole.UserRole + 4
    IdRole = Qt.ItemDataRole.UserRole + 5
    SpanRole = Qt.ItemDataRole.UserRole + 6
    PassageRoleRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._items: list[PlacedHighlight] = []

    def set_items(self, items: list[PlacedHighlight]) -> None:
        if items == self._items:
            return
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[PlacedHighlight]:
        return list(self._items)

    def item(self, row: int) -> PlacedHighlight | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, highlight_id: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.highlight.id == highlight_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        highlight = item.highlight
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(highlight.quote.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = highlight.quote if not highlight.note else f"{highlight.quote}\n\nNote: {highlight.note}"
            if item.placement is Placement.ORPHAN:
                tip += "\n\n(Its text is no longer in the document.)"
            elif item.placement is Placement.WAITING:
                tip += "\n\n(Made on a machine translation that is not loaded.)"
            elif item.placement is Placement.HIDDEN:
                tip += f"\n\n(It is {placement_text(highlight, item.placement)}: shown again with that translation.)"
            return tip
        values: dict[int, object] = {
            self.HighlightRole: highlight,
            self.ColourRole: highlight.colour,
            self.NoteRole: highlight.note,
            self.PlacementRole: item.placement,
            self.IdRole: highlight.id,
            self.SpanRole: item.span,
            self.PassageRoleRole: highlight.role,
        }
        return values.get(role)
