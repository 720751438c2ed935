"""Each document reopens where the reader left it: the paragraph at the top of the view is remembered per text (in
the session and across restarts) and brought back to the top when the document opens again."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from reader_app.core.document import Document, PassageRole
from reader_app.core.reading_state import text_hash
from reader_app.ui.features import Feature
from reader_app.ui.reading_layout_feature import ReadingLayoutFeature
from reader_app.ui.reading_layout_feature import install as install_layout
from reader_app.ui.reading_position import Row

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

SETTING = "reading/places"
KEPT_DOCUMENTS = 200
"""The places of this many documents read last are kept; older ones are forgotten (they reopen at the top)."""
SETTLE_MS = 300
"""The place is read once scrolling pauses this long (not on every step of a wheel turn)."""


def _decode(raw: object) -> dict[str, Row]:
    """The saved places, skipping anything malformed (a hand-edited or older settings file)."""
    try:
        data = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return {}
    places: dict[str, Row] = {}
    if not isinstance(data, dict):
        return places
    roles = {role.value: role for role in PassageRole}
    for key, value in data.items():
        if (
            isinstance(value, list)
            and len(value) == 2
            and value[0] in roles
            and isinstance(value[1], int)
            and not isinstance(value[1], bool)
            and value[1] >= 0
        ):
            places[str(key)] = (roles[value[0]], value[1])
    return places


class ReadingPlaceFeature(Feature):
    """Remembers the top row of each document as the reader scrolls and restores it when the document opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.layout: ReadingLayoutFeature | None = install_layout(window)
        self._places = _decode(window.settings.value(SETTING))
        self._digest: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._record)
        editors = [window.cjk_view.editor, window.english_view.editor]
        if self.layout is not None:
            editors.append(self.layout.interleaved.editor)
        for editor in editors:
            editor.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        window.session.documentChanged.connect(self._on_document)
        document = window.session.document()
        if document is not None:
            self._on_document(document)

    def place(self, document: Document) -> Row | None:
        """Where `document` was left, or None (never read, or left at its top)."""
        return self._places.get(text_hash(document)[:32])

    def shutdown(self) -> None:
        self._timer.stop()
        self._save()

    def _on_document(self, document: object) -> None:
        self._timer.stop()  # a pending read would take the new document's top for the old one's place
        if not isinstance(document, Document):
            return
        digest = text_hash(document)[:32]
        if digest == self._digest:
            return
        self._digest = digest
        self._save()
        row = self._places.get(digest)
        if row is not None and self.layout is not None:
            self.layout.show_row(row)

    def _record(self) -> None:
        layout = self.layout
        if layout is None or self._digest is None:
            return
        if layout.position.active():  # the place is still being brought back (or a layout change keeps one)
            self._timer.start()
            return
        row = layout.top_row()
        if row is None:
            return
        self._places.pop(self._digest, None)  # the newest last, so the oldest are the ones forgotten
        self._places[self._digest] = row
        while len(self._places) > KEPT_DOCUMENTS:
            del self._places[next(iter(self._places))]
        self._save()  # kept even if the app is killed

    def _save(self) -> None:
        data = {digest: [role.value, sentence] for digest, (role, sentence) in self._places.items()}
        self.window.settings.set_value(SETTING, json.dumps(data))


def install(window: MainWindow) -> ReadingPlaceFeature:
    existing = window.feature(ReadingPlaceFeature)
    return existing if existing is not None else ReadingPlaceFeature(window)
