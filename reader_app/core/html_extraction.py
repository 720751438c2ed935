"""A saved web page's article, title, byline and publication date, via trafilatura, without touching the network.

The page is parsed by lxml (which never runs scripts or loads external resources) and only the parsed tree goes
to trafilatura and htmldate, so neither can mistake the input for a URL to fetch; no URL is ever passed.

The article keeps the page's own structure: trafilatura's structured output names each block (`<head>`, `<p>`,
`<list>/<item>`, `<quote>`, `<table>`), and each becomes one paragraph of the text, with headings, list items
and quotations marked. The headline becomes the title; bylines and datelines ("By Jane Doe", "记者 李明
2024年4月18日 深圳", "BEIJING, March 15 (Xinhua) --") become metadata, never the article's first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reader_app.core.document import BlockKind, TextBlock

_MAX_PRECISE_BLOCKS = 5_000
"""Above this many paragraphs (a book, not an article) trafilatura's main-text search grows quadratic, so its
fast baseline extractor, linear in the page's size, takes over."""
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Page:
    title: str | None
    text: str
    """The main text, paragraphs separated by blank lines."""
    published: date | None = None
    byline: str | None = None
    """Byline and dateline as written on the page, pieces joined by " · "."""
    blocks: tuple[TextBlock, ...] = field(default_factory=tuple)
    """Headings, list items and quotations of `text`."""


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
    """Main article, title, byline and date of `html`; falls back to all visible text for pages without an article."""
    import trafilatura

    tree = _parse(html)
    if tree is None:
        return Page(title=None, text="")
    if tree.xpath("count(//p)") > _MAX_PRECISE_BLOCKS:
        return _extract_long(tree, html)
    _drop_page_furniture(tree)
    result = _bare_extraction(tree, favor_precision=False)
    title = getattr(result, "title", None) or _page_title(tree)
    published = _date(getattr(result, "date", None))
    found = _body_blocks(result)
    if len(found) <= 1 and tree.xpath("count(//p)") > 1:
        # Trafilatura's fallback for a short article runs the page's paragraphs into one block; its precise
        # mode usually finds the article's own <p>s.
        precise = _parse(html)
        if precise is not None:
            _drop_page_furniture(precise)
            retried = _body_blocks(_bare_extraction(precise, favor_precision=True))
            if len(retried) > len(found):
                found = retried
    # Trafilatura finds the article but may drop a subheading or a list from it; the page's own blocks
    # under the element holding the paragraphs it found are the article as the page marks it up.
    page = _fresh_page(html)
    blocks = _page_blocks(page, found) if page is not None else None
    blocks = blocks if blocks is not None else found
    if not blocks:
        # Too little for trafilatura's article heuristics (a short note, a bare page): keep every visible text.
        fresh = _parse(html)
        text = trafilatura.html2txt(fresh) if fresh is not None else ""
        return Page(title=title, text=_paragraphs(text), published=published)
    author = getattr(result, "author", None)
    blocks, metadata = _separate_metadata(blocks, title, author if isinstance(author, str) else None, published)
    if published is None:
        published = next((piece.published for piece in metadata if piece.published is not None), None)
    from reader_app.core.byline import shown_metadata

    pieces = [shown for piece in metadata if (shown := shown_metadata(piece.text))]
    if author and not any(_mentions(piece, author) for piece in pieces):
        pieces.insert(0, author)  # trafilatura took the byline out of the text itself and kept only the name
    if pieces and published is not None and str(published.year) not in " ".join(pieces):
        pieces.append(published.isoformat())  # from the page's <time> or meta tags: shown like a dateline's date
    byline = " · ".join(pieces) or None
    text, marked = _join(blocks)
    return Page(title=title, text=text, published=published, byline=byline, blocks=marked)


def _bare_extraction(tree: Any, *, favor_precision: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=True,
        favor_precision=favor_precision,
        output_format="python",
        date_extraction_params=_DATE_PARAMS,
    )


def _body_blocks(result: Any) -> list[tuple[BlockKind | None, str]]:
    body = getattr(result, "body", None)
    if body is None:
        return []
    return [(kind, text) for kind, text in _blocks(body) if text.strip()]


def _fresh_page(html: str) -> Any:
    tree = _parse(html)
    if tree is not None:
        _drop_page_furniture(tree)
    return tree


_PAGE_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _plain(text: str) -> str:
    return "".join(text.split())


def _page_blocks(tree: Any, found: list[tuple[BlockKind | None, str]]) -> list[tuple[BlockKind | None, str]] | None:
    """The page's own <p>/<h*>/<li>/<blockquote> blocks under the element that holds the paragraphs trafilatura
    found, in page order; None when they do not cover what trafilatura found (then its blocks are used)."""
    wanted = {_plain(text) for kind, text in found if kind is None and len(_plain(text)) >= 8}
    if not wanted:
        return None
    matched = [element for element in tree.iter("p") if _plain(element.text_content()) in wanted]
    if not matched:  # paragraphs written as <div>s or table cells: only those holding no other blocks
        leaves = (e for e in tree.iter("div", "span", "td") if e.find(".//div") is None and e.find(".//p") is None)
        matched = [element for element in leaves if _plain(element.text_content()) in wanted]
    if not matched:
        return None
    container = matched[0]
    for element in matched[1:]:
        while container is not None and not _is_ancestor(container, element):
            container = container.getparent()
    if container is None:
        return None
    if container.tag in ("p", "div", "span", "td") and len(matched) == 1:
        container = container.getparent() if container.getparent() is not None else container
    blocks: list[tuple[BlockKind | None, str]] = []
    _collect(container, blocks)
    have = {_plain(text) for _, text in blocks}
    if not wanted <= have and not all(any(piece in block for block in have) for piece in wanted):
        return None
    return blocks


def _is_ancestor(ancestor: Any, element: Any) -> bool:
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _page_text(element: Any) -> str:
    """An element's text with <br> as a line break and runs of spaces collapsed."""
    text = "".join(_text_with_breaks(element))
    lines = (_WHITESPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _text_with_breaks(element: Any) -> Iterator[str]:
    if element.tag in ("script", "style", "noscript", "template"):
        return
    if element.tag == "br":
        yield "\n"
    elif element.text:
        yield element.text.replace("\n", " ")
    for child in element:
        yield from _text_with_breaks(child)
        if child.tail:
            yield child.tail.replace("\n", " ")


def _is_link_list_item(element: Any) -> bool:
    """A list item that is nothing but a link: navigation or related stories, not article text."""
    links = "".join(link.text_content() for link in element.iter("a"))
    return bool(links.strip()) and _plain(links) == _plain(element.text_content())


def _collect(element: Any, blocks: list[tuple[BlockKind | None, str]]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("script", "style", "noscript", "template", "img", "figure", "table"):
            if tag == "table":
                for row in child.iter("tr"):
                    cells = [_page_text(cell) for cell in row if cell.tag in ("td", "th")]
                    line = " | ".join(cell for cell in cells if cell)
                    if line:
                        blocks.append((None, line))
            continue
        if tag in _HEADINGS:
            blocks.append((BlockKind.HEADING, _page_text(child)))
        elif tag == "li":
            if _is_link_list_item(child):
                continue
            if any(grand.tag in ("ul", "ol") for grand in child.iter() if grand is not child):
                text = (child.text or "").strip()  # an item's own words before its sub-list
                if text:
                    blocks.append((BlockKind.ITEM, _WHITESPACE.sub(" ", text)))
                for nested in child:
                    if nested.tag in ("ul", "ol"):
                        _collect(nested, blocks)
                continue
            blocks.append((BlockKind.ITEM, _page_text(child)))
        elif tag == "blockquote":
            inner: list[tuple[BlockKind | None, str]] = []
            _collect(child, inner)
            if inner:
                blocks.extend((BlockKind.QUOTE, text) for _, text in inner)
            else:
                blocks.append((BlockKind.QUOTE, _page_text(child)))
        elif tag in ("p", "pre", "dd", "dt"):
            blocks.append((None, _page_text(child)))
        elif tag == "div" and child.text and child.text.strip() and not any(
            grand.tag in _PAGE_BLOCK_TAGS or grand.tag == "div" for grand in child.iter() if grand is not child
        ):
            blocks.append((None, _page_text(child)))  # a <div> used as a paragraph
        else:
            _collect(child, blocks)
    blocks[:] = [(kind, text) for kind, text in blocks if text.strip()]


def _mentions(piece: str, author: str) -> bool:
    return author.casefold() in piece.casefold() or all(
        name.casefold() in piece.casefold() for name in re.split(r"[;,]\s*", author) if name
    )


_FURNITURE_TAGS = ("figure", "figcaption", "aside", "nav", "footer", "form", "button")
_FURNITURE_WORDS = frozenset({
    "share", "sharing", "sns", "social", "newsletter", "related", "recommend", "recommended", "ad", "ads", "advert",
    "advertisement", "promo", "breadcrumb", "breadcrumbs", "caption", "credit", "popular", "comments", "sidebar",
    "readmore", "subscribe",
})  # fmt: skip
_CLASS_WORDS = re.compile(r"[a-z]+")


def _drop_page_furniture(tree: Any) -> None:
    """Remove what is never the article: captions, share buttons, ads and related-link lists, named by their
    tags or by the words of their class or id ("sns-buttons", "ad-slot", "related-links")."""
    doomed = [element for element in tree.iter(*_FURNITURE_TAGS)]
    for element in tree.xpath("//body//*[@class or @id]"):
        words = _CLASS_WORDS.findall(f"{element.get('class', '')} {element.get('id', '')}".lower())
        if any(word in _FURNITURE_WORDS for word in words) or "read-more" in element.get("class", ""):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is not None and element.tag != "body":
            element.drop_tree()


_WHITESPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLOCK_KINDS = {"head": BlockKind.HEADING, "item": BlockKind.ITEM, "quote": BlockKind.QUOTE}


def _inline_text(element: Any) -> str:
    """An element's text with line breaks (`<lb/>`) kept and runs of spaces collapsed."""
    pieces: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            pieces.append(node.text)
        for child in node:
            if child.tag == "lb":
                pieces.append("\n")
            elif child.tag not in ("graphic", "note"):
                walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(element)
    lines = (_WHITESPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks(body: Any) -> Iterator[tuple[BlockKind | None, str]]:
    """(kind, text) of each block of trafilatura's structured body; kind None is a plain paragraph."""
    for element in body:
        tag = element.tag
        if tag == "list":
            for item in element.iter("item"):
                if item.find("list") is None:  # a nested list's items come on their own
                    yield BlockKind.ITEM, _inline_text(item)
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_inline_text(cell) for cell in row.iter("cell")]
                yield None, " | ".join(cell for cell in cells if cell)
        elif tag == "quote" and len(element) and all(child.tag == "p" for child in element):
            for child in element:
                yield BlockKind.QUOTE, _inline_text(child)
        elif tag in ("p", "head", "quote", "code"):
            yield _BLOCK_KINDS.get(tag), _inline_text(element)
        elif tag not in ("graphic", "note", "lb", "ref") and isinstance(tag, str):
            # a container left from the page (trafilatura's fallback keeps the page's <div>s)
            if element.text and element.text.strip():
                yield None, _inline_text(element)
            else:
                yield from _blocks(element)


@dataclass(frozen=True, slots=True)
class _Metadata:
    text: str
    published: date | None


_METADATA_LOOKAHEAD = 5
"""Bylines and datelines sit among the first few blocks (or the last one or two); no further in is looked at."""


_STANDFIRST_CHARS = 120
"""A paragraph shorter than this above the byline may be a standfirst; a longer one is the story itself."""


def _same_words(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def _separate_metadata(
    blocks: list[tuple[BlockKind | None, str]], title: str | None, author: str | None, published: date | None
) -> tuple[list[tuple[BlockKind | None, str]], list[_Metadata]]:
    """The article's blocks without the headline and bylines, and the bylines and datelines taken out."""
    from reader_app.core.byline import parse_byline

    blocks = [(kind, text) for kind, text in blocks if text.strip()]
    metadata: list[_Metadata] = []
    if blocks and title and blocks[0][0] is BlockKind.HEADING and _same_words(blocks[0][1], title):
        blocks.pop(0)
    index, checked, story_started = 0, 0, False
    while index < len(blocks) and checked < _METADATA_LOOKAHEAD:
        kind, text = blocks[index]
        checked += 1
        if author and (_same_words(text, author) or _same_words(text, f"By {author}")):
            metadata.append(_Metadata(text, None))
            blocks.pop(index)
            continue
        byline = parse_byline(text, reference=published)
        rest = text[byline.end :].strip() if byline is not None else text
        if byline is not None and (not rest or (kind is None and not story_started)):
            # a line of its own, or the dateline opening the story's first paragraph
            metadata.append(_Metadata(text[byline.start : byline.end].strip(" |·•"), byline.published))
            if rest:
                blocks[index] = (kind, rest)
            else:
                blocks.pop(index)
                continue
        if kind is None and (byline is not None or len(text) > _STANDFIRST_CHARS):
            story_started = True
        index += 1
    for _ in range(2):  # an editor's or reporter's line closing the article
        if len(blocks) > 1 and blocks[-1][0] is None:
            byline = parse_byline(blocks[-1][1], reference=published)
            if byline is not None and not blocks[-1][1][byline.end :].strip():
                metadata.append(_Metadata(blocks[-1][1].strip(), byline.published))
                blocks.pop()
    return blocks, metadata


def _join(blocks: list[tuple[BlockKind | None, str]]) -> tuple[str, tuple[TextBlock, ...]]:
    """The blocks as paragraphs separated by blank lines, and where the marked ones are."""
    parts: list[str] = []
    marked: list[TextBlock] = []
    offset = 0
    for kind, text in blocks:
        if parts:
            offset += 2
        if kind is not None:
            marked.append(TextBlock(offset, offset + len(text), kind))
        parts.append(text)
        offset += len(text)
    return "\n\n".join(parts), tuple(marked)


def _extract_long(tree: Any, html: str) -> Page:
    """Very long pages: trafilatura's baseline text (article body, else paragraphs) and its metadata."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    _, text, _ = trafilatura.baseline(tree)
    metadata = extract_metadata(_parse(html), date_config=_DATE_PARAMS, extensive=False)
    return Page(title=metadata.title, text=_paragraphs(text), published=_date(metadata.date))
