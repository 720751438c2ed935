"""The "Key facts" panel: a filterable tree of facts by kind, per-kind toggles, copy one or all as Markdown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.facts.items import KIND_ORDER, FactItem, facts_markdown
from reader_app.core.facts.kinds import FACT_KINDS
from reader_app.core.facts.model import FactKind
from reader_app.core.palette import FACT_KIND_TITLES
from reader_app.ui.facts_model import FactsModel
from reader_app.ui.flow_layout import FlowLayout
from reader_app.ui.theme import LIGHT, Theme

_SHORT_TITLES = {FactKind(info.key): info.short_title for info in FACT_KINDS}


class FactsPanel(QWidget):
    """Shows a FactsModel; asks the feature to jump to a fact and to switch inline highlighting."""

    factActivated = Signal(object)
    """(FactItem) the reader clicked a fact: scroll to it and flash it."""
    highlightToggled = Signal(bool)

    def __init__(self, model: FactsModel, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.model = model
        self._theme = theme

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("factsFilter")
        self.filter_edit.setPlaceholderText("Filter facts")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(model.set_filter)

        self.kind_buttons: dict[FactKind, QToolButton] = {}
        chips = FlowLayout(spacing=3)  # wraps, so the dock can be narrow on a small screen
        for kind in KIND_ORDER:
            button = QToolButton(self)
            button.setObjectName(f"factsKind-{kind.value}")
            button.setText(_SHORT_TITLES[kind])
            button.setCheckable(True)
            button.setChecked(model.kind_visible(kind))
            button.setToolTip(f"Show {FACT_KIND_TITLES[kind].lower()} in the list and in the text")
            button.toggled.connect(lambda checked, kind=kind: self._on_kind_toggled(kind, checked))
            self.kind_buttons[kind] = button
            chips.addWidget(button)

        self.highlight_box = QCheckBox("Highlight facts in the text", self)
        self.highlight_box.setObjectName("factsHighlight")
        self.highlight_box.setChecked(True)
        self.highlight_box.toggled.connect(self.highlightToggled)

        self.tree = QTreeView(self)
        self.tree.setObjectName("factsTree")
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(12, 12))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.activated.connect(self._on_clicked)
        model.modelReset.connect(self.tree.expandAll)

        self._finding = False
        self.empty_label = QLabel("No facts found.", self)
        self.empty_label.setObjectName("factsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        model.modelReset.connect(self._update_empty)

        self.copy_action = QAction("Copy fact", self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.tree.addAction(self.copy_action)
        self.pin_action = QAction("Pin to Summary", self)
        self.pin_action.setStatusTip("Show this fact at the top of the Summary tab and in exports")
        self.pin_action.triggered.connect(self._pin_selected)
        self._pin_handler: Callable[[FactItem], None] | None = None
        self.copy_all_action = QAction("Copy all facts as Markdown", self)
        self.copy_all_action.triggered.connect(self.copy_all)
        self.copy_all_button = QToolButton(self)
        self.copy_all_button.setObjectName("factsCopyAll")
        self.copy_all_button.setDefaultAction(self.copy_all_action)
        self.copy_all_button.setText("Copy all")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.copy_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(chips)
        layout.addWidget(self.highlight_box)
        # One slot for the list or its empty message, so the list always gets the whole height of the dock.
        self._list_stack = QStackedWidget(self)
        self._list_stack.addWidget(self.tree)
        self._list_stack.addWidget(self.empty_label)
        layout.addWidget(self._list_stack, 1)
        self.set_theme(theme)
        self.tree.expandAll()
        self._update_empty()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.model.set_theme(theme)
        for kind, button in self.kind_buttons.items():
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid {theme.border}; border-radius: 8px; padding: 1px 6px;"
                f" color: {theme.muted_text}; background: transparent; }}"
                f"QToolButton:checked {{ color: {theme.text}; background: {theme.facts[kind]};"
                f" border-color: {theme.facts[kind]}; }}"
            )
        self.empty_label.setStyleSheet(f"color: {theme.muted_text};")

    def set_highlight_checked(self, checked: bool) -> None:
        self.highlight_box.setChecked(checked)

    def selected_item(self) -> FactItem | None:
        return self.model.item(self.tree.currentIndex())

    def select_item(self, item: FactItem) -> None:
        index = self.model.index_of(item)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def set_pin_handler(self, handler: Callable[[FactItem], None] | None) -> None:
        """Offer "Pin to Summary" in the context menu; `handler` pins the chosen fact (the summary feature's job)."""
        self._pin_handler = handler

    def _pin_selected(self) -> None:
        item = self.selected_item()
        if item is not None and self._pin_handler is not None:
            self._pin_handler(item)

    def copy_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            QGuiApplication.clipboard().setText(item.copy_text())

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(facts_markdown(self.model.visible_items()))

    def _on_kind_toggled(self, kind: FactKind, checked: bool) -> None:
        self.model.set_kind_visible(kind, checked)

    def _on_clicked(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is not None:
            self.factActivated.emit(item)

    def _show_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        self.copy_action.setEnabled(self.selected_item() is not None)
        menu.addAction(self.copy_action)
        menu.addAction(self.copy_all_action)
        if self._pin_handler is not None:
            self.pin_action.setEnabled(self.selected_item() is not None)
            menu.addSeparator()
            menu.addAction(self.pin_action)
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def set_finding(self, finding: bool) -> None:
        """Whether facts are being found: until they are, an empty list must not read as "this text has none"."""
        if finding != self._finding:
            self._finding = finding
            self._update_empty()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            if self.model.items():
                text = "No facts match the filter."
            elif self._finding:
                text = "Finding key facts…"
            else:
                text = "No facts found."
            self.empty_label.setText(text)
        self._list_stack.setCurrentWidget(self.empty_label if empty else self.tree)
