"""Turn a file or pasted text into a `Document`, with a clear one-line `LoadError` for anything unreadable.

Formats (listed in `reader_app.core.document_formats`): plain text and Markdown in the sample's shape (optional
short CJK prompt, blank line, article) and saved web pages (article with its headings and list items, title,
byline and date via trafilatura).
Encodings: see `reader_app.core.decoding`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from reader_app.core.decoding import UndecodableError, declared_charset, decode_text
from reader_app.core.document import Document, Passage, PassageRole, TextBlock
from reader_app.core.document_formats import DocumentFormat, format_for, format_named
from reader_app.core.import_path import resolve
from reader_app.core.language import cjk_ratio, detect_language, is_cjk
from reader_app.core.segmentation import split_sentences

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Files larger than this are refused: it holds the biggest articles a reader opens with room to spare (see
docs/performance.md, Large documents); far more would make the window sluggish."""

_PROMPT_MAX_CHARS = 200
_TITLE_MAX_CHARS = 80
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype html|<html|<head|<\?xml[^>]*>\s*<!doctype html)", re.I)
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_HEADLINE_END = ".!?。！？,;:，；："
_TRAILING_DASHES = " \t-–—―－"


class LoadError(Exception):
    """A file could not be opened as a document; the message is one line meant for the reader."""


def _passage(role: PassageRole, text: str) -> Passage:
    lang = detect_language(text)
    return Passage(role=role, text=text, lang=lang, sentences=split_sentences(text, lang))


def _normalised(text: str) -> str:
    """One kind of line break, no control characters: the offsets everyone stores index exactly this text."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROLS.search(text) is None:
        return text
    return _CONTROLS.sub(lambda match: "\n" if match.group() == "\x0c" else "", text)  # form feed: a page break


_LEADING_SPACE = re.compile(r"\s*")


def _stripped_from(text: str, start: int = 0) -> str:
    """`text[start:].strip()` in one copy: a 20 MB article was copied twice (slice, then strip)."""
    start = _LEADING_SPACE.match(text, start).end()  # type: ignore[union-attr]
    end, tail = len(text), 4096
    while end > start:
        piece = text[max(start, end - tail) : end]
        kept = len(piece.rstrip())
        end -= len(piece) - kept
        if kept:
            break
        tail *= 2
    return text[start:end] if start > 0 or end < len(text) else text


def _blank(text: str) -> bool:
    """`not text.strip()` without copying the text."""
    return _LEADING_SPACE.match(text).end() == len(text)  # type: ignore[union-attr]


def _split_prompt(text: str) -> tuple[str | None, str]:
    """A short CJK first paragraph followed by a blank line is the prompt and the rest the article, when the rest is
    not CJK, or is Chinese under a Japanese first paragraph, or the first paragraph asks something (请总结一下,
    详细说说？). A headline over an article in its own language stays in the article."""
    match = re.match(r"\s*(.+?)\n[ \t]*\n", text[: 4 * _PROMPT_MAX_CHARS], flags=re.DOTALL)
    if match is None:
        return None, _stripped_from(text)
    first = match.group(1).strip()
    if len(first) > _PROMPT_MAX_CHARS:
        return None, _stripped_from(text)
    if cjk_ratio(first) < 0.5:
        return _english_request_over_cjk(first, text, match.end())
    rest = _stripped_from(text, match.end())
    if rest and cjk_ratio(rest) < 0.5:
        return first, rest
    if rest and detect_language(first) == "ja" and detect_language(rest) != "ja":
        return first, rest  # もっと詳しく over a Chinese article: kana above kana-free text is no headline
    if rest and len(first) <= _REQUEST_MAX_CHARS and _REQUEST.search(first):
        return first, rest  # 请总结一下 / 详细说说 over a Chinese article: a request to the reader, not a headline
    return None, _stripped_from(text)


def _english_request_over_cjk(first: str, text: str, rest_start: int) -> tuple[str | None, str]:
    """An English request or question over a Chinese or Japanese article ("Summarize the key points, please") is the
    prompt, the mirror of the sample's Japanese request over an English article; other English lines stay."""
    rest = _stripped_from(text, rest_start)
    if cjk_ratio(first) == 0 and _ENGLISH_REQUEST.search(first) and rest and cjk_ratio(rest[:2000]) >= 0.5:
        return first, rest
    return None, _stripped_from(text)


_ENGLISH_REQUEST = re.compile(
    r"\?\s*$|^(?:please|summari[sz]e|explain|translate|tell me|give me|list|show me|describe|outline|compare|what|how"
    r"|why|who|when|where|which|can you|could you|would you|help me)\b|\bplease\b|\bkey points\b|\bmore details?\b",
    re.IGNORECASE,
)
"""What makes a short English line a request to the reader rather than a headline or a byline."""

_REQUEST_MAX_CHARS = 30
_REQUEST = re.compile(
    r"[？?]\s*$|^(?:请|請|麻烦|麻煩|帮我|幫我)|总结|總結|概括|摘要|翻译|翻譯|解释|解釋|说明一下|說明一下|详细|詳細|"
    r"具体|具體|说说|說說|讲讲|講講|介绍一下|介紹一下|告诉我|告訴我|一下$|吗$|嗎$|呢$|"
    r"もっと|詳しく|教えて|まとめて|要約"
)
"""What makes a short Chinese (or Japanese) line over an article in its own language a prompt (a request or a
question) rather than the article's headline (a statement: 微信暂停新用户注册)."""


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def _date_line(text: str) -> tuple[date, int] | None:
    """The publication date a text's first line gives when that line is nothing but a date ("2012-5-17",
    "March 15, 2024", "2024年3月15日"), with where the line ends; None otherwise."""
    from reader_app.core.byline import is_byline_only, parse_byline

    start = _LEADING_SPACE.match(text).end()  # type: ignore[union-attr]
    end = text.find("\n", start, start + 200)
    if end < 0:
        return None
    line = text[start:end]
    if not is_byline_only(line):
        return None
    byline = parse_byline(line)
    if byline is None or byline.published is None or byline.agency or byline.place or byline.authors:
        return None
    return byline.published, end


def _title_from(article: Passage, fallback: str, skip: int = 0) -> str:
    """A headline (short first line without end punctuation), else the first sentence, shortened. `skip`: where the
    text after a leading date line starts."""
    text = article.text
    start = _LEADING_SPACE.match(text, skip).end()  # type: ignore[union-attr]
    end = text.find("\n", start)
    # A dateline ("華盛頓 —", "WASHINGTON --") stands on its own line before the story: its place, not its dash.
    first_line = text[start : end if end >= 0 else len(text)].strip().rstrip(_TRAILING_DASHES)
    if first_line and len(first_line) <= 2 * _TITLE_MAX_CHARS and first_line[-1] not in _HEADLINE_END:
        return _shortened(first_line, _TITLE_MAX_CHARS)
    if article.sentences:
        limit = _TITLE_MAX_CHARS // 2 if is_cjk(article.lang) else _TITLE_MAX_CHARS
        first = next((index for index, sentence in enumerate(article.sentences) if sentence.start >= start), 0)
        return _shortened(article.sentence_text(first), limit)
    return fallback


def document_from_text(
    text: str,
    *,
    title: str | None = None,
    source: Path | None = None,
    published: date | None = None,
    detect_prompt: bool = True,
    byline: str | None = None,
    blocks: tuple[TextBlock, ...] = (),
    normalised: bool = False,
) -> Document:
    """Build a document from plain text in the sample's shape (optional CJK prompt, blank line, article).

    `blocks` (headings, list items, quotations) point into `text`; they are kept when `text` is already the
    article's text as loaded (no prompt split, no change by normalisation), as a web page's text is. `normalised`:
    the caller has already normalised `text` (a second scan of a 20 MB file held the window's GIL for long).
    """
    original = text
    if not normalised:
        text = _normalised(text)
    if _blank(text):
        raise LoadError("The document is empty.")
    prompt_text, article_text = _split_prompt(text) if detect_prompt else (None, _stripped_from(text))
    prompt = _passage(PassageRole.PROMPT, prompt_text) if prompt_text else None
    article = _passage(PassageRole.ARTICLE, article_text)
    fallback = source.stem if source is not None else "Untitled"
    if prompt is not None or article.text != original:
        blocks = ()
    # A bare date over the story is its publication date (relative dates resolve from it), never its title.
    dated = _date_line(article.text) if title is None or published is None else None
    return Document(
        title=title or _title_from(article, fallback, dated[1] if dated is not None else 0),
        article=article,
        prompt=prompt,
        source=source,
        published=published or (dated[0] if dated is not None else None),
        byline=byline,
        blocks=blocks,
    )


def _format_of(data: bytes, name: str) -> DocumentFormat:
    """The format `name`'s suffix names; plain text (or no known suffix) that starts like a web page is one (a page
    saved as .txt)."""
    named = format_for(name)
    text = format_named("text")
    if named is not None and named is not text:
        return named
    return format_named("html") if _HTML_START.match(data[:512]) is not None else text


def load_bytes(data: bytes, name: str, *, source: Path | None = None) -> Document:
    """Read file contents (as dropped, pasted or read from disk); `name` picks the format by its suffix."""
    label = Path(name).name or "The document"
    if not data or data.isspace():  # not `data.strip()`: a copy of the whole file
        raise LoadError(f"{label} is empty.")
    document_format = _format_of(data, name)
    try:
        decoded = decode_text(data, declared_charset(data) if document_format.declares_charset else None)
    except UndecodableError as error:
        raise LoadError(f"{label} cannot be opened: it is {error}.") from error
    document: Document = resolve(document_format.reader)(_normalised(decoded.text), label, source)
    return document


def read_web_page(text: str, label: str, source: Path | None) -> Document:
    """The article of a saved web page with its headings and list items, the page's title, byline and date."""
    from reader_app.core.html_extraction import extract_page

    page = extract_page(text)
    if not page.text.strip():
        raise LoadError(f"{label} is a web page without readable text.")
    return document_from_text(
        page.text,
        title=page.title,
        source=source,
        published=page.published,
        detect_prompt=False,
        byline=page.byline,
        blocks=page.blocks,
    )


def read_markdown(text: str, label: str, source: Path | None) -> Document:
    """Markdown as the text it shows, with the title and date of its front matter or first heading."""
    from reader_app.core.markdown_text import markdown_to_text

    markdown = markdown_to_text(text)
    if not markdown.text.strip():
        raise LoadError(f"{label} has no readable text.")
    return document_from_text(markdown.text, title=markdown.title, source=source, published=markdown.published)


def read_plain_text(text: str, label: str, source: Path | None) -> Document:
    if _blank(text):
        raise LoadError(f"{label} is empty.")
    return document_from_text(text, source=source, normalised=True)


def _read(path: Path) -> bytes:
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise LoadError(f"{name} is a folder, not a document.")
        if not path.exists():
            raise LoadError(f"{name} does not exist.")
        if not path.is_file():
            raise LoadError(f"{name} is not a regular file.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                f"{name} is too large ({size / 2**20:.0f} MiB); documents up to {MAX_FILE_BYTES // 2**20} MiB open."
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise LoadError(f"{name} cannot be read: {error.strerror or error}.") from error
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(f"{name} is too large; documents up to {MAX_FILE_BYTES // 2**20} MiB open.")
    return data


def load_document(path: Path) -> Document:
    """Read `path` as a document; raises `LoadError` with a one-line message for the reader."""
    path = Path(path)
    return load_bytes(_read(path), path.name, source=path)
