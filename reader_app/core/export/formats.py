"""The export formats: one list feeds `reader-app export --format`, the File → Export menu and its dialogs.

Each format names its renderer by import path, so listing the formats imports no renderer, and the PDF renderer,
which Qt draws (`reader_app.ui.pdf_export`), loads only when a PDF is written, without the core importing Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader_app.core.import_path import resolve

if TYPE_CHECKING:
    from reader_app.core.export.content import ExportContent


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    """As typed after `--format`."""
    title: str
    """As shown in the File → Export menu."""
    suffix: str
    renderer: str
    """Import path of `render(content: ExportContent) -> str | bytes` (text is written as UTF-8)."""
    made_of_highlights: bool = False
    """Anki cards are the highlights: with none, the file would be an empty deck."""

    def nothing_to_export(self, content: ExportContent) -> str | None:
        """Why the file would hold nothing the reader made (said instead of writing it), or None."""
        if self.made_of_highlights and not content.highlights:
            return f"no {self.title} written: its cards are the highlights, and this document has none yet"
        return None

    def render(self, content: ExportContent) -> bytes:
        """The file's bytes (imports the renderer on first use)."""
        rendered = resolve(self.renderer)(content)
        if isinstance(rendered, str):
            return rendered.encode("utf-8")
        if isinstance(rendered, bytes):
            return rendered
        raise TypeError(f"{self.renderer} returned {type(rendered).__name__}, not str or bytes")


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("md", "Markdown", ".md", "reader_app.core.export.markdown:render"),
    ExportFormat("html", "HTML", ".html", "reader_app.core.export.html:render"),
    ExportFormat("pdf", "PDF", ".pdf", "reader_app.ui.pdf_export:pdf_bytes"),
    ExportFormat("json", "JSON (annotated summary)", ".json", "reader_app.core.export.saved_json:render"),
    ExportFormat("anki", "Anki cards (TSV)", ".tsv", "reader_app.core.export.anki:render", made_of_highlights=True),
    ExportFormat(
        "apkg", "Anki deck (.apkg)", ".apkg", "reader_app.core.export.anki:render_package", made_of_highlights=True
    ),
)
"""In the order the File → Export menu lists them."""

FORMATS: dict[str, ExportFormat] = {f.name: f for f in EXPORT_FORMATS}
