"""The small floating bar over a text selection: the same actions as the right-click menu (`SELECTION_ACTIONS`),
with the same names."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QToolButton, QWidget

from reader_app.core.palette import HIGHLIGHT_COLOUR_NAMES
from reader_app.ui.highlight_names import colour_icon, colour_label
from reader_app.ui.text_actions import SELECTION_ACTIONS, bar_text
from reader_app.ui.theme import LIGHT, Theme

__all__ = ["SelectionBar", "colour_icon", "colour_label"]


class SelectionBar(QFrame):
    """Offers the actions that apply to selected text; the owner places it and knows what is selected."""

    translateClicked = Signal()
    highlightClicked = Signal(str)
    """colour name: "yellow", "green", "blue" or "pink"."""
    noteClicked = Signal()
    lookUpClicked = Signal()
    copyClicked = Signal()
    copySourceClicked = Signal()
    searchLibraryClicked = Signal()

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)

        signals: dict[str, SignalInstance] = {
            "translate": self.translateClicked,
            "note": self.noteClicked,
            "look_up": self.lookUpClicked,
            "copy": self.copyClicked,
            "copy_source": self.copySourceClicked,
            "search_library": self.searchLibraryClicked,
        }
        self.buttons: dict[str, QToolButton] = {}
        self.more_button = self._button("More", "More things to do with the selection")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self._more_actions: dict[str, QAction] = {}
        for item in SELECTION_ACTIONS:
            if item.key != "highlight":  # Translate and Highlight always have their buttons
                action = self.more_menu.addAction(item.text)
                action.setToolTip(item.tip)
                action.triggered.connect(signals[item.key])
                self._more_actions[item.key] = action
            if not item.on_bar:
                continue
            button = self._button(bar_text(item), item.tip)
            if item.key == "highlight":
                button.clicked.connect(lambda: self.highlightClicked.emit(HIGHLIGHT_COLOUR_NAMES[0]))
            else:
                button.clicked.connect(signals[item.key])
            self.buttons[item.key] = button
            layout.addWidget(button)
        layout.addWidget(self.more_button)
        self.translate_button = self.buttons["translate"]
        self.highlight_button = self.buttons["highlight"]
        self.highlight_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self._colour_menu = QMenu(self.highlight_button)
        self.highlight_button.setMenu(self._colour_menu)
        self.note_button = self.buttons["note"]
        self.look_up_button = self.buttons["look_up"]
        self.copy_button = self.buttons["copy"]
        self._look_up_available = False
        self._width: int | None = None
        self._place()
        self._names: dict[str, str] = {}
        self._theme = theme
        self.set_theme(theme)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def set_look_up_available(self, available: bool) -> None:
        self._look_up_available = available
        self._place()

    def more_entries(self) -> list[QAction]:
        """The actions the More menu offers now (those the bar has no room for, and those always there)."""
        return [action for action in self.more_menu.actions() if action.isVisible()]

    def _place(self) -> None:
        """Buttons for what fits in the width the bar was last given, in order; the rest in the More menu."""
        shown = [key for key in self.buttons if key != "look_up" or self._look_up_available]
        layout = self.layout()
        while True:
            for key, button in self.buttons.items():
                button.setVisible(key in shown)
            extra = [
                key
                for key, action in self._more_actions.items()
                if key not in shown and (key != "look_up" or self._look_up_available)
            ]
            for key, action in self._more_actions.items():
                action.setVisible(key in extra)
            self.more_button.setVisible(bool(extra))
            if layout is not None:
                layout.invalidate()
            if self._width is None or len(shown) <= 2 or self.sizeHint().width() <= self._width:
                return
            shown.pop()  # the last button goes to the More menu

    def set_highlight_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)
        self.set_theme(self._theme)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._colour_menu.clear()
        for name in HIGHLIGHT_COLOUR_NAMES:
            label = colour_label(name, self._names)
            action = self._colour_menu.addAction(colour_icon(theme.highlight_colour(name)), label)
            action.triggered.connect(lambda _checked=False, name=name: self.highlightClicked.emit(name))
        self.setStyleSheet(
            f"#selectionBar {{ background: {theme.base}; border: 1px solid {theme.border}; border-radius: 6px; }}"
            f"#selectionBar QToolButton {{ color: {theme.text}; padding: 2px 6px; }}"
        )

    def show_near(self, first_line: QRect, last_line: QRect, bounds: QRect, top_limit: int | None = None) -> None:
        """Show just above the selection's `first_line`, or below its `last_line` when there is no room above.

        Rectangles are in parent coordinates; the bar stays inside `bounds` and never goes above `top_limit` (the
        top of the selected paragraph), so it covers neither the selected text nor a label or headline above it.
        """
        self._width = bounds.width() - 8
        self._place()
        self.adjustSize()
        size = self.sizeHint()
        gap = 6
        x = first_line.center().x() - size.width() // 2
        above = first_line.top() - size.height() - gap
        below = last_line.bottom() + gap
        limit = bounds.top() if top_limit is None else max(bounds.top(), top_limit)
        if above >= limit:
            y = above
        elif below + size.height() <= bounds.bottom() or above < bounds.top():
            y = below
        else:
            y = above  # no room below inside the view either: over the paragraph's text above, still off the selection
        x = max(bounds.left() + 4, min(x, bounds.right() - size.width() - 4))
        self.move(QPoint(x, y))
        self.resize(size)
        self.show()
        self.raise_()
