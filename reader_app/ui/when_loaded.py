"""Runs work that can wait (warm-ups, reading aids) once the window has no document to read or lay out.

Reading a document and laying it into the views keep the UI thread and the interpreter busy; a warm-up started
beside them (unpacking an index, importing a big library) takes processor time and the interpreter lock from
both, so the text shows later and the window stalls while it opens. Work queued here starts after them instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow


class _WhenLoaded(QObject):
    """Watches the loader and the views of `window` until neither is busy, then calls `callback` once."""

    def __init__(self, window: MainWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.loader.busyChanged.connect(self._later)
        for view in window.views():
            view.renderingChanged.connect(self._later)
        self._later()

    def _later(self, *_args: object) -> None:
        # Looked at on the next turn: a finished load hands its document to the views right after its signal, and
        # they start laying it out only then.
        QTimer.singleShot(0, self, self._check)

    def _check(self) -> None:
        if self._callback is None or self._window.loading():
            return
        callback, self._callback = self._callback, None
        self._window.loader.busyChanged.disconnect(self._later)
        for view in self._window.views():
            view.renderingChanged.disconnect(self._later)
        self.deleteLater()
        callback()


def when_loaded(window: MainWindow, callback: Callable[[], None]) -> None:
    """Call `callback` once, on a later event-loop turn, when no document is being read or laid into the views."""
    _WhenLoaded(window, callback)
