"""Anki export: one card per highlight, the original sentence on the front and its translation on the back.

The file is Anki's "Notes in Plain Text" format with header lines (`#separator:tab`, `#html:true`, `#columns:`),
so every field is HTML-escaped; tabs become spaces and line breaks `<br>`, so each card is exactly one line.
"""

from __future__ import annotations

from html import escape

from reader_app.core.export.content import ExportContent, ExportHighlight

COLUMNS = ("Front", "Back", "Note", "Colour", "Source")


def field(text: str) -> str:
    """One TSV field: HTML-escaped, no tabs, line breaks as `<br>`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "<br>".join(escape(line, quote=False) for line in text.split("\n"))


def _with_quote_bold(context: str, quote: str) -> str:
    at = context.find(quote) if quote else -1
    if at < 0:
        return field(context)
    return field(context[:at]) + "<b>" + field(quote) + "</b>" + field(context[at + len(quote) :])


def _card(item: ExportHighlight, source: str) -> tuple[str, ...]:
    """Front is always the original text, back its translation (whichever side the highlight was made on)."""
    if item.translated and item.counterpart:
        front = field(item.counterpart)
        back = _with_quote_bold(item.context, item.quote)
    else:
        front = _with_quote_bold(item.context, item.quote)
        back = field(item.counterpart or "")
    return (front, back, field(item.note.strip()), field(item.label), field(source))


def render(content: ExportContent) -> str:
    lines = ["#separator:tab", "#html:true", "#columns:" + "\t".join(COLUMNS)]
    for item in content.highlights:
        lines.append("\t".join(_card(item, content.title)))
    return "\n".join(lines) + "\n"
