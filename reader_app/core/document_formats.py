"""The document formats the reader opens: one list feeds the loader, the Open dialog, the start-up path and the
command-line help. Adding a format is one entry here and its reader function (see docs/architecture.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True, slots=True)
class DocumentFormat:
    name: str
    """Short name ("markdown")."""
    title: str
    """As the Open dialog lists it ("Markdown")."""
    suffixes: tuple[str, ...]
    """Lower-case file suffixes with their dot, the usual one first."""
    reader: str
    """Import path of `reader(text: str, label: str, source: Path | None) -> Document`, called with the decoded
    text (see `reader_app.core.loading`)."""
    declares_charset: bool = False
    """The file may name its own encoding (`<meta charset>`), which decoding then tries first."""


DOCUMENT_FORMATS: tuple[DocumentFormat, ...] = (
    DocumentFormat("text", "Plain text", (".txt", ".text"), "reader_app.core.loading:read_plain_text"),
    DocumentFormat(
        "markdown", "Markdown", (".md", ".markdown", ".mdown", ".mkd"), "reader_app.core.loading:read_markdown"
    ),
    DocumentFormat(
        "html",
        "Saved web pages",
        (".html", ".htm", ".xhtml", ".shtml", ".mhtml"),
        "reader_app.core.loading:read_web_page",
        declares_charset=True,
    ),
)
"""In the order the Open dialog lists them. Files with another suffix are read as plain text (or as a web page when
they start like one)."""


def format_named(name: str) -> DocumentFormat:
    for document_format in DOCUMENT_FORMATS:
        if document_format.name == name:
            return document_format
    raise KeyError(name)


def format_for(path: str | PurePath) -> DocumentFormat | None:
    """The format the suffix of `path` names, or None."""
    suffix = PurePath(path).suffix.lower()
    for document_format in DOCUMENT_FORMATS:
        if suffix in document_format.suffixes:
            return document_format
    return None


def document_suffixes() -> frozenset[str]:
    """Every suffix the loader reads."""
    return frozenset(suffix for f in DOCUMENT_FORMATS for suffix in f.suffixes)


def open_dialog_filters() -> list[str]:
    """Filters for a file dialog: every document first, then each format."""
    every = " ".join(f"*{suffix}" for f in DOCUMENT_FORMATS for suffix in f.suffixes)
    each = [f"{f.title} ({' '.join(f'*{suffix}' for suffix in f.suffixes)})" for f in DOCUMENT_FORMATS]
    return [f"Documents ({every})", *each]


def suffixes_help() -> str:
    """The usual suffix of each format, for command-line help: ".txt, .md, .html"."""
    return ", ".join(f.suffixes[0] for f in DOCUMENT_FORMATS)
