"""The export as a saved annotated summary (`.json`, the format `reader-app` and the window open again)."""

from __future__ import annotations

from reader_app.core import saved_file
from reader_app.core.export.content import ExportContent


def render(content: ExportContent) -> str:
    return saved_file.dumps(content.state, content.document)
