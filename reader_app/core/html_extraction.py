"""A saved web page's article text, title and publication date, via trafilatura, without touching the network.

The page is parsed by lxml (which never runs scripts or loads external resources) and only the parsed tree goes
to trafilatura and htmldate, so neither can mistake the input for a URL to fetch; no URL is ever passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

_MAX_PRECISE_BLOCKS = 5_000
"""Above this many paragraphs (a book, not an article) trafilatura's main-text search grows quadratic
(20 MB: over 20 s), so its fast baseline extractor takes over (20 MB: about 4 s)."""
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Page:
    title: str | None
    text: str
    """The main text, paragraphs separated by blank lines."""
    published: date | None = None


def _parse(html: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    # lxml refuses str input that still carries an encoding declaration; the text is already decoded.
    html = _XML_DECLARATION.sub("", html)
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        return lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):  # nothing but a doctype, or nothing at all
        return None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _paragraphs(text: str) -> str:
    """Trafilatura puts one block per line; the reader's paragraphs are separated by blank lines."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _page_title(tree: Any) -> str | None:
    titles = tree.xpath("//title/text()")
    return " ".join(titles[0].split()) if titles and titles[0].strip() else None


def extract_page(html: str) -> Page:
    """Main article text, title and date of `html`; falls back to all visible text for pages without an article."""
    import trafilatura

    tree = _parse(html)
    if tree is None:
        return Page(title=None, text="")
    if tree.xpath("count(//p)") > _MAX_PRECISE_BLOCKS:
        return _extract_long(tree, html)
    result = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(result, "text", None) or ""
    title = getattr(result, "title", None) or _page_title(tree)
    published = _date(getattr(result, "date", None))
    if not text.strip():
        # Too little for trafilatura's article heuristics (a short note, a bare page): keep every visible text.
        fresh = _parse(html)
        text = trafilatura.html2txt(fresh) if fresh is not None else ""
    return Page(title=title, text=_paragraphs(text), published=published)


def _extract_long(tree: Any, html: str) -> Page:
    """Very long pages: trafilatura's baseline text (article body, else paragraphs) and its metadata."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    _, text, _ = trafilatura.baseline(tree)
    metadata = extract_metadata(_parse(html), date_config=_DATE_PARAMS, extensive=False)
    return Page(title=metadata.title, text=_paragraphs(text), published=_date(metadata.date))
