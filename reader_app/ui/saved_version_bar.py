"""A bar over the text, shown when an opened saved file holds older (or other) work than the library: newer work stays,
and the reader may still choose the file's version. Non-modal: reading and editing go on while it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar, QWidget

USE_SAVED_TEXT = "Use the Saved File's Version"


class SavedVersionBar(QToolBar):
    """`useSaved` when the reader picks the file's version; the bar hides itself on either choice."""

    useSaved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Saved file's version", parent)
        self.setObjectName("savedVersionBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar the reader switches on and off
        self.setStyleSheet("QToolBar#savedVersionBar { padding: 4px 8px; spacing: 6px; }")
        self.message = QLabel(self)
        self.message.setObjectName("savedVersionMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.use_button = QPushButton(USE_SAVED_TEXT, self)
        self.use_button.setObjectName("useSavedVersion")
        self.use_button.setToolTip("Show the saved file's highlights, notes and summary instead (undoable)")
        self.keep_button = QPushButton("Keep Latest", self)
        self.keep_button.setObjectName("keepLatestVersion")
        self.addWidget(self.message)
        self.addWidget(self.use_button)
        self.addWidget(self.keep_button)
        self.use_button.clicked.connect(self._use)
        self.keep_button.clicked.connect(self.hide)
        self.hide()

    def offer(self, text: str) -> None:
        self.message.setText(text)
        self.show()

    def _use(self) -> None:
        self.hide()
        self.useSaved.emit()


def install_bar(window: QMainWindow) -> SavedVersionBar:
    """The bar on its own row under the window's toolbar."""
    bar = SavedVersionBar(window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.hide()
    return bar
