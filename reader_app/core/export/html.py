"""Standalone HTML export: one file with inline CSS in the design palette; every piece of text is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from reader_app.core.export.content import ExportContent, ExportHighlight
from reader_app.core.facts.model import FactKind
from reader_app.core.palette import FACT_KIND_TITLES, FACT_TINTS_LIGHT, HIGHLIGHT_TINTS

_CSS = """
body { font-family: FONTS; font-size: 11pt; line-height: 1.5;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1d1d1f; background: #ffffff; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #d0d0d7; padding-bottom: 0.2em; }
h3 { font-size: 12pt; margin-bottom: 0.3em; }
.meta { color: #5f6368; font-size: 9pt; }
.label { color: #5f6368; font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; }
.translation { color: #5f6368; font-style: italic; }
.summary li { margin-bottom: 0.5em; }
.edited { white-space: pre-wrap; }
.fact { display: inline-block; border-radius: 0.8em; padding: 0.05em 0.6em; margin: 0.15em 0.2em 0.15em 0; }
.highlight { margin-top: 1em; }
.highlight .translation { margin-top: 0.2em; }
.quote { padding: 0 0.15em; }
.colour-name { font-size: 9pt; font-weight: 600; color: #3c4043; border-radius: 0.6em; padding: 0.05em 0.5em; }
.note { white-space: pre-wrap; margin: 0.3em 0 0 1.2em; padding-left: 0.6em; border-left: 3px solid #d0d0d7; }
.orphan { color: #a03a2a; font-size: 9pt; }
"""


def _text(text: str) -> str:
    return escape(text, quote=True)


def _lang_attr(lang: str | None) -> str:
    return f' lang="{_text(lang)}"' if lang else ""


def _fact_chip(kind: FactKind, label: str) -> str:
    colour = FACT_TINTS_LIGHT[kind]  # exports print on white
    return f'<span class="fact" style="background:{colour}">{_text(label)}</span>'


def _highlight(item: ExportHighlight) -> str:
    colour = HIGHLIGHT_TINTS.get(item.colour, HIGHLIGHT_TINTS["yellow"])
    parts = [
        '<div class="highlight">',
        f'<mark class="quote" style="background:{colour}" title="{_text(item.label)}">{_text(item.quote)}</mark>',
    ]
    if item.colour_name:  # on the page, not only in a hover title: a printout must say what the colour means
        parts.append(f'&ensp;<span class="colour-name" style="background:{colour}">{_text(item.colour_name)}</span>')
    if item.translated:
        parts.append(' <span class="label">machine translation</span>')
    if item.counterpart:
        parts.append(f'<div class="translation">{_text(item.counterpart)}</div>')
    if item.orphan:
        parts.append('<div class="orphan">This text is no longer in the document.</div>')
    if item.note.strip():
        parts.append(f'<div class="note">{_text(item.note.strip())}</div>')
    parts.append("</div>")
    return "".join(parts)


DEFAULT_FONTS = ("Noto Sans", "Noto Sans CJK JP", "Noto Sans CJK SC", "Hiragino Sans", "Microsoft YaHei", "sans-serif")


def _font_stack(families: Sequence[str]) -> str:
    return ", ".join(name if name == "sans-serif" else '"' + name.replace('"', "") + '"' for name in families)


def render(content: ExportContent, fonts: Sequence[str] = DEFAULT_FONTS) -> str:
    """The whole page; `fonts` is the CSS font stack (the PDF export names the fonts it embeds)."""
    lang = content.article_lang
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html{_lang_attr(lang)}><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(content.title)}</title>",
        f"<style>{_CSS.replace('FONTS', _font_stack(fonts))}</style></head><body>",
        f"<h1>{_text(content.title)}</h1>",
    ]
    meta = []
    if content.source:
        meta.append(f"Source: {_text(content.source)}")
    if content.published:
        meta.append(f"Published: {content.published.isoformat()}")
    meta.append(_text(content.languages_line))
    out.append(f'<p class="meta">{" · ".join(meta)}</p>')

    if content.prompt is not None:
        out.append('<h2>Prompt</h2><div class="prompt">')
        out.append(f"<p{_lang_attr(content.prompt_lang)}>{_text(content.prompt)}</p>")
        if content.prompt_translation:
            out.append(
                f'<p class="translation"{_lang_attr(content.prompt_translation_lang)}>'
                f'<span class="label">Translation</span> {_text(content.prompt_translation)}</p>'
            )
        out.append("</div>")

    out.append("<h2>Summary</h2>")
    if content.summary_edit is None:  # a count of extracted sentences would not describe the reader's text
        out.append(f'<p class="meta">{len(content.summary)} of {content.total_sentences} sentences</p>')
    if content.summary_edit is not None:
        out.append('<p class="label">Edited by the reader</p>')
        out.append(f'<div class="edited">{_text(content.summary_edit.strip())}</div>')
    else:
        out.append('<ol class="summary">')
        for sentence in content.summary:
            item = f"<li>{_text(sentence.text)}"
            if sentence.translation:
                translation_lang = _lang_attr(content.summary_translation_lang)
                item += f'<div class="translation"{translation_lang}>{_text(sentence.translation)}</div>'
            out.append(item + "</li>")
        out.append("</ol>")

    if content.pinned_facts:
        chips = " &ensp;".join(_fact_chip(kind, text) for kind, text in content.pinned_facts)
        out.append(f"<h3>Pinned facts</h3><p>{chips}</p>")

    if content.facts:
        out.append("<h2>Key facts</h2>")
        for kind, labels in content.facts:
            chips = " &ensp;".join(_fact_chip(kind, label) for label in labels)
            out.append(f"<h3>{FACT_KIND_TITLES[kind]} ({len(labels)})</h3><p>{chips}</p>")

    if content.highlights:
        out.append("<h2>Highlights and notes</h2>")
        out.extend(_highlight(item) for item in content.highlights)

    out.append("</body></html>")
    return "\n".join(out) + "\n"
