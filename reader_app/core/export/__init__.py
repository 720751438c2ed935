"""Exports of a read document: Markdown, standalone HTML, Anki TSV and the saved JSON, from one `ExportContent`."""
