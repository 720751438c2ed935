"""Runs work once a window has painted, so what the reader is waiting to see reaches the screen first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
"""Run anyway after this long if no paint comes (a minimised or hidden window never paints)."""


class _AfterPaint(QObject):
    """Watches `window` until its next paint, then calls `callback` once, on the following event-loop turn."""

    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A top-level window paints its dirty children while handling UpdateRequest; grab() sends Paint instead.
        if watched is self._window and event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self._window.removeEventFilter(self)
            # Queued: the paint in progress finishes and is flushed to the screen before the callback runs.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._window.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_paint(window: QWidget, callback: Callable[[], None], fallback_ms: int = FALLBACK_MS) -> None:
    """Call `callback` right after `window` next paints (a zero timer alone runs before a pending repaint); at
    once when the window is not shown, as nothing will paint."""
    if not window.isVisible():
        callback()
        return
    _AfterPaint(window, callback, fallback_ms)
