"""A bar over the text, shown when two versions of the work on the open document met and the newer one is shown (an
older saved file was opened, or another window saved its own changes): the reader may still choose the other.
Non-modal: reading and editing go on while it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar, QWidget

USE_SAVED_TEXT = "Use the Saved File's Version"


class SavedVersionBar(QToolBar):
    """A message and two choices; the bar hides itself on either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Other version", parent)
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
        self.keep_button = QPushButton("Keep Latest", self)
        self.keep_button.setObjectName("keepLatestVersion")
        self.addWidget(self.message)
        self.addWidget(self.use_button)
        self.addWidget(self.keep_button)
        self._choices: tuple[Callable[[], None], Callable[[], None]] = (lambda: None, lambda: None)
        self.use_button.clicked.connect(lambda: self._choose(0))
        self.keep_button.clicked.connect(lambda: self._choose(1))
        self.hide()

    def offer(
        self,
        text: str,
        use: tuple[str, Callable[[], None]],
        keep: tuple[str, Callable[[], None]] = ("Keep Latest", lambda: None),
        tip: str = "",
    ) -> None:
        """Show `text` with the buttons `use` and `keep`, each (label, what it does)."""
        self.message.setText(text)
        self.setToolTip(tip)
        self.use_button.setText(use[0])
        self.keep_button.setText(keep[0])
        self._choices = (use[1], keep[1])
        self.show()

    def _choose(self, which: int) -> None:
        self.hide()
        self._choices[which]()


def install_bar(window: QMainWindow) -> SavedVersionBar:
    """The bar on its own row under the window's toolbar."""
    bar = SavedVersionBar(window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.hide()
    return bar
