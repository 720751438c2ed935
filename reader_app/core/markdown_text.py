"""Markdown to the readable text a reader sees: no heading marks, emphasis, link syntax, images or raw HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from markdown_it import MarkdownIt
from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(title|date|published)\s*:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE | re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"[ \t]{2,}")
_CJK = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


@dataclass(frozen=True, slots=True)
class MarkdownText:
    title: str | None
    text: str
    """Blocks (headings, paragraphs, list items, code) separated by blank lines."""
    published: date | None = None


def _join_soft_break(left: str, right: str) -> str:
    """A soft line break reads as a space in English and as nothing between CJK characters."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right or (_CJK.match(left[-1]) and _CJK.match(right[0])):
        return left + right
    return f"{left} {right}"


def _inline_text(token: Token) -> str:
    text = ""
    soft_break = False
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            text = _join_soft_break(text, child.content) if soft_break else text + child.content
            soft_break = False
        elif child.type == "softbreak":
            soft_break = True
        elif child.type == "hardbreak":
            text += "\n"
        # images, raw inline HTML and the markers of links and emphasis show nothing
    return _SPACES.sub(" ", text).strip()


def _front_matter(source: str) -> tuple[str | None, date | None, str]:
    match = _FRONT_MATTER.match(source)
    if match is None:
        return None, None, source
    title: str | None = None
    published: date | None = None
    for key, value in _FRONT_FIELD.findall(match.group(1)):
        if key.lower() == "title" and value:
            title = value
        elif (found := _ISO_DATE.search(value)) is not None:
            try:
                published = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            except ValueError:
                published = None
    return title, published, source[match.end() :]


def markdown_to_text(source: str) -> MarkdownText:
    """Readable text of a Markdown document; the first `# heading` is the title and leaves the body."""
    title, published, body = _front_matter(source)
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(body)
    blocks: list[str] = []
    counters: list[int | None] = []  # per open list: next number, or None for bullets
    marker = ""  # list marker waiting for its item's first text
    row: list[str] = []
    heading_level = 0
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "bullet_list_open":
            counters.append(None)
        elif token.type == "ordered_list_open":
            counters.append(int(token.attrGet("start") or 1))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            counters.pop()
        elif token.type == "list_item_open" and counters:
            number = counters[-1]
            marker = "• " if number is None else f"{number}. "
            if number is not None:
                counters[-1] = number + 1
        elif token.type == "tr_close":
            blocks.append("  ".join(cell for cell in row if cell))
            row = []
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "inline":
            text = _inline_text(token)
            parent = tokens[index - 1].type if index else ""
            if parent in ("th_open", "td_open"):
                row.append(text)
            elif heading_level == 1 and title is None and not blocks:
                title = text
            elif text:
                blocks.append(marker + text)
                marker = ""
    text = "\n\n".join(block for block in blocks if block.strip())
    return MarkdownText(title=title, text=text, published=published)
