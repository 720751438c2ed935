"""Help beyond About: the keyboard shortcuts of every action, and a short guide to reading in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui.features import Feature

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

GUIDE = """
<h3>Reading</h3>
<p>The original and its translation sit side by side as rows of paragraphs; scrolling either column scrolls both.
Hover a sentence to see its counterpart; click to bring both into view. <b>View → Layout</b> switches to one
interleaved column (each paragraph followed by its translation) or to the original alone.</p>
<h3>Translating</h3>
<p><b>Translate ▾</b> translates the prompt, the article (Ctrl+T) or a selection (Ctrl+Shift+T), offline.
<b>Translate Into</b> picks the second column's language. An empty column says which model to install;
<b>Tools → Translation Models…</b> installs <code>.argosmodel</code> files (several at once).</p>
<h3>Finding</h3>
<p><b>Ctrl+F</b> finds in both columns, ignoring full/half width and simplified/traditional script;
F3 and Shift+F3 step through the matches, Esc closes the bar.</p>
<h3>Marking</h3>
<p>Select text: the bar above it and the right-click menu offer Translate, Highlight, Add Note, Look Up, Copy and
Copy with Source. <b>Edit → Name Highlight Colours…</b> gives each colour a meaning, used in the panel and in
exports. Undo with Ctrl+Z, redo with Ctrl+Y or Ctrl+Shift+Z.</p>
"""


def _shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts() if not key.isEmpty()]
        name = action.text().replace("&", "").rstrip(".…").strip()
        if keys and name:
            rows[(name, ", ".join(keys))] = None
    return sorted(rows, key=lambda row: row[0].casefold())


class _Dialog(QDialog):
    def __init__(self, title: str, body: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)


class HelpFeature(Feature):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        help_menu = window.menu("Help")
        first = help_menu.actions()[0] if help_menu.actions() else None
        self.guide_action = QAction("Reading &Guide", window)
        self.guide_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")]
        )
        self.guide_action.triggered.connect(self.show_guide)
        window.addAction(self.guide_action)
        self.shortcuts_action = QAction("&Keyboard Shortcuts", window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.addAction(self.shortcuts_action)
        if first is not None:
            help_menu.insertActions(first, [self.guide_action, self.shortcuts_action])
            help_menu.insertSeparator(first)
        else:
            help_menu.addActions([self.guide_action, self.shortcuts_action])
        self.dialog: QDialog | None = None

    def show_guide(self) -> None:
        browser = QTextBrowser()
        browser.setObjectName("readingGuide")
        browser.setHtml(GUIDE)
        self._show(_Dialog("Reading guide", browser, self.window))

    def show_shortcuts(self) -> None:
        rows = _shortcut_rows(self.window)
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels(["Action", "Keys"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._show(_Dialog("Keyboard shortcuts", table, self.window))

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(lambda _object=None, shown=dialog: self._forget(shown))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


def install(window: MainWindow) -> HelpFeature:
    existing = window.feature(HelpFeature)
    return existing if existing is not None else HelpFeature(window)
