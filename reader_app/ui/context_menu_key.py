"""Shift+F10 opens the context menu of the widget with the focus, as the Menu key does (Qt maps only the Menu key)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class ContextMenuKey(QObject):
    """Application-wide filter owned by one window: acts only on key presses inside that window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F10
            and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        ):
            target = QApplication.focusWidget()
            if target is not None and target.window() is self._window and watched is target:
                _open_context_menu(target)
                return True
        return False


def _open_context_menu(widget: QWidget) -> None:
    """A keyboard context-menu event at the text cursor (or the widget's middle), where the Menu key puts it."""
    cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)  # in the widget's coordinates
    local = widget.rect().center()
    if isinstance(cursor, QRectF):
        cursor = cursor.toRect()
    if isinstance(cursor, QRect) and cursor.isValid() and widget.rect().contains(cursor.center()):
        local = cursor.center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, local, widget.mapToGlobal(local))
    QApplication.sendEvent(widget, event)


__all__ = ["ContextMenuKey"]
