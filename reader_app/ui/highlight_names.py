"""The names a reader gives the highlight colours ("question", "key number"): one dialog to set them all, and one
place that hands them to every menu that lists the colours (the toolbar's Highlight ▾ and Edit → Highlight Colour,
the right-click menu, the selection bar, the highlights panel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.palette import HIGHLIGHT_COLOUR_NAMES

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.theme import Theme

NAME_MAX_CHARS = 40


def colour_label(colour: str, names: dict[str, str]) -> str:
    """"Yellow", or "Yellow — question" when the reader named the colour."""
    name = names.get(colour, "").strip()
    return f"{colour.capitalize()} — {name}" if name else colour.capitalize()


def colour_icon(colour: QColor, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def apply_highlight_names(window: MainWindow) -> dict[str, str]:
    """Give the saved names to everything that lists the colours; returns them."""
    from reader_app.ui.annotations_feature import AnnotationsFeature

    names = window.settings.highlight_names()
    for view in window.views():
        view.set_highlight_names(names)  # its selection bar and right-click menu, and the interleaved column's
    annotations = window.feature(AnnotationsFeature)
    if annotations is not None:
        annotations.set_colour_names(names)
    return names


class HighlightNamesDialog(QDialog):
    """Every colour's name in one form: OK saves them all, Cancel or Esc changes none."""

    def __init__(self, names: dict[str, str], theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightNamesDialog")
        self.setWindowTitle("Name Highlight Colours")
        layout = QVBoxLayout(self)
        intro = QLabel("What does each colour mean to you? The names show in the Highlight menus, on each highlight "
                       "in the panel and in every export. Leave a name empty to remove it.")  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for colour in HIGHLIGHT_COLOUR_NAMES:
            edit = QLineEdit(names.get(colour, ""))
            edit.setObjectName(f"highlightName-{colour}")
            edit.setMaxLength(NAME_MAX_CHARS)
            edit.setPlaceholderText("question, key number, to check…")
            edit.setClearButtonEnabled(True)
            label = QLabel(f"&{colour.capitalize()}")
            label.setBuddy(edit)
            swatch = QLabel()
            swatch.setPixmap(colour_icon(theme.highlight_colour(colour)).pixmap(14, 14))
            form.addRow(self._name_label(swatch, label), edit)
            self.edits[colour] = edit
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    @staticmethod
    def _name_label(swatch: QLabel, label: QLabel) -> QWidget:
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(swatch)
        row.addWidget(label)
        return widget

    def names(self) -> dict[str, str]:
        """Each colour's name as typed (empty: no name)."""
        return {colour: " ".join(edit.text().split()) for colour, edit in self.edits.items()}
