"""The export formats by name, so the CLI and the File → Export menu offer the same list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader_app.core.export import anki, html, markdown
from reader_app.core.export.content import ExportContent


def _saved_json(content: ExportContent) -> str:
    from reader_app.core import saved_file

    return saved_file.dumps(content.state, content.document)


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    """As typed after `--format`."""
    title: str
    """As shown in the File → Export menu."""
    suffix: str
    render: Callable[[ExportContent], str] | None
    """Text renderer; None for PDF, which Qt prints (`reader_app.ui.pdf_export`)."""


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("md", "Markdown", ".md", markdown.render),
        ExportFormat("html", "HTML", ".html", html.render),
        ExportFormat("pdf", "PDF", ".pdf", None),
        ExportFormat("json", "JSON (annotated summary)", ".json", _saved_json),
        ExportFormat("anki", "Anki cards (TSV)", ".tsv", anki.render),
    )
}
