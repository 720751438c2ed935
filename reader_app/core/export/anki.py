"""Anki export: one card per highlight, the original sentence on the front and its translation on the back.

The file is Anki's "Notes in Plain Text" format with header lines (`#separator:tab`, `#html:true`, `#columns:`),
so every field is HTML-escaped; tabs become spaces and line breaks `<br>`, so each card is exactly one line.
"""

from __future__ import annotations

from html import escape

from reader_app.core.export.content import ExportContent, ExportHighlight

COLUMNS = ("Front", "Back", "Note", "Colour", "Source")


_FORMULA_STARTS = {"=": "&#61;", "+": "&#43;", "-": "&#45;", "@": "&#64;", "#": "&#35;"}
"""A spreadsheet opening the TSV would run a field starting with `= + - @` as a formula, and Anki skips a line
starting with `#` as a comment; as an HTML entity the character still shows in Anki (the file is `#html:true`)."""


def field(text: str) -> str:
    """One TSV field: HTML-escaped (quotes too, so no field starts with the `"` that makes Anki read a quoted
    field across tabs and lines), no tabs, line breaks as `<br>`, no leading formula character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    escaped = "<br>".join(escape(line, quote=False).replace('"', "&quot;") for line in text.split("\n"))
    return _FORMULA_STARTS.get(escaped[:1], escaped[:1]) + escaped[1:]


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


def render_package(content: ExportContent) -> bytes:
    """The same cards as an Anki package (.apkg), through the vocabulary's exporter: exporting the document again
    updates its cards instead of adding new ones."""
    from reader_app.core.dictionary.vocabulary import HIGHLIGHT_DECK_ID, HIGHLIGHT_DECK_NAME, HighlightCard, apkg_bytes

    cards = [
        HighlightCard(_card(item, content.title), (content.title, item.quote)) for item in content.highlights
    ]
    return apkg_bytes((), cards, deck_name=HIGHLIGHT_DECK_NAME, deck_id=HIGHLIGHT_DECK_ID)
