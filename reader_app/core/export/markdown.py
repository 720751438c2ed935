"""CommonMark export: readable as plain text, and any text from the document or the reader renders as text."""

from __future__ import annotations

import re

from reader_app.core.export.content import ExportContent, ExportHighlight
from reader_app.core.palette import FACT_KIND_TITLES

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|=+(?=\s*$)|-+(?=\s*$))")


def escape(text: str) -> str:
    """Backslash-escape what CommonMark would read as markup: emphasis, links, raw HTML, entities, block starts."""
    text = _ENTITY.sub(r"\\&", _INLINE_SPECIAL.sub(r"\\\1", text))
    lines = [_BLOCK_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), line) for line in text.split("\n")]
    return "\n".join(lines)


def _escape_marker(marker: str) -> str:
    """A list, heading, quote or underline marker made literal (`1\\.`, `\\#`, `\\-`)."""
    if marker[0].isdigit():
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def _paragraphs(text: str) -> str:
    """The reader's multi-line text as Markdown paragraphs (single line breaks kept as hard breaks)."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return "\n\n".join("\\\n".join(escape(line.strip()) for line in block.split("\n")) for block in blocks)


def _quoted(text: str) -> list[str]:
    return ["> " + line if line else ">" for line in _paragraphs(text).split("\n")]


def _highlight_lines(highlight: ExportHighlight) -> list[str]:
    tags = [highlight.label]
    if highlight.translated:
        tags.append("on the machine translation")
    if highlight.orphan:
        tags.append("text no longer in the document")
    lines = [f"- “{escape(' '.join(highlight.quote.split()))}” ({escape(', '.join(tags))})"]
    if highlight.counterpart:
        lines[-1] += "\\"
        lines.append(f"  *{escape(' '.join(highlight.counterpart.split()))}*")
    if highlight.note.strip():
        lines.append("")
        lines.extend("  " + line for line in _quoted(highlight.note))
    lines.append("")
    return lines


def render(content: ExportContent) -> str:
    out: list[str] = [f"# {escape(' '.join(content.title.split()))}", ""]
    meta: list[str] = []
    if content.source:
        meta.append(f"Source: {escape(content.source)}")
    if content.published:
        meta.append(f"Published: {content.published.isoformat()}")
    meta.append(escape(content.languages_line))  # a saved file's language codes are the file's, not ours
    out += ["  \n".join(meta), ""]

    if content.prompt is not None:
        out += ["## Prompt", "", _paragraphs(content.prompt), ""]
        if content.prompt_translation:
            out += [f"*Translation:* {escape(content.prompt_translation)}", ""]

    out += ["## Summary", ""]
    if content.summary_edit is None:  # a count of extracted sentences would not describe the reader's text
        out += [f"*{len(content.summary)} of {content.total_sentences} sentences.*", ""]
    if content.summary_edit is not None:
        out += ["*Edited by the reader:*", "", _paragraphs(content.summary_edit), ""]
    else:
        for sentence in content.summary:
            out.append(f"- {escape(sentence.text)}")
            if sentence.translation:
                out[-1] += "\\"
                out.append(f"  *{escape(sentence.translation)}*")
        out.append("")

    if content.pinned_facts:
        out += ["### Pinned facts", ""]
        out += [f"- **{FACT_KIND_TITLES[kind]}:** {escape(text)}" for kind, text in content.pinned_facts]
        out.append("")

    if content.facts:
        out += ["## Key facts", ""]
        for kind, labels in content.facts:
            out += [f"### {FACT_KIND_TITLES[kind]} ({len(labels)})", ""]
            out += [f"- {escape(label)}" for label in labels]
            out.append("")

    if content.highlights:
        out += ["## Highlights and notes", ""]
        for highlight in content.highlights:
            out += _highlight_lines(highlight)
    return "\n".join(out).rstrip("\n") + "\n"
