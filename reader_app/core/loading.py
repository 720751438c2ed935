"""Turn a file or pasted text into a `Document`, with a clear `LoadError` for anything unreadable."""

from __future__ import annotations

import re
from pathlib import Path

from reader_app.core.document import Document, Passage, PassageRole
from reader_app.core.language import cjk_ratio, detect_language
from reader_app.core.segmentation import split_sentences

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused; 64 MB comfortably holds the 20 MB of text a reader may open."""

_PROMPT_MAX_CHARS = 200


class LoadError(Exception):
    """A file could not be opened as a document; the message is meant for the reader."""


def _passage(role: PassageRole, text: str) -> Passage:
    lang = detect_language(text)
    return Passage(role=role, text=text, lang=lang, sentences=split_sentences(text, lang))


def _split_prompt(text: str) -> tuple[str | None, str]:
    """A short CJK first paragraph followed by a blank line is the prompt; the rest is the article."""
    match = re.match(r"\s*(.+?)\n[ \t]*\n(.*)", text, flags=re.DOTALL)
    if match is None:
        return None, text.strip()
    first, rest = match.group(1).strip(), match.group(2).strip()
    if first and rest and len(first) <= _PROMPT_MAX_CHARS and cjk_ratio(first) >= 0.5 and cjk_ratio(rest) < 0.5:
        return first, rest
    return None, text.strip()


def _title_from(article: str, fallback: str) -> str:
    first_line = article.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return first_line[:80] if first_line else fallback


def document_from_text(text: str, *, title: str | None = None, source: Path | None = None) -> Document:
    """Build a document from plain text in the sample's shape (optional CJK prompt, blank line, article)."""
    if not text.strip():
        raise LoadError("The document is empty.")
    prompt_text, article_text = _split_prompt(text)
    prompt = _passage(PassageRole.PROMPT, prompt_text) if prompt_text else None
    article = _passage(PassageRole.ARTICLE, article_text)
    fallback = source.stem if source is not None else "Untitled"
    return Document(title=title or _title_from(article_text, fallback), article=article, prompt=prompt, source=source)


def load_document(path: Path) -> Document:
    """Read `path` as a document; raises `LoadError` with a message for the reader."""
    try:
        if path.is_dir():
            raise LoadError(f"{path.name} is a folder, not a document.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(f"{path.name} is {size / 1e6:.0f} MB; documents up to {MAX_FILE_BYTES // 2**20} MB open.")
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(f"{path.name} is not a text document.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(f"{path.name} is not UTF-8 text.") from error
    return document_from_text(text, source=path)
