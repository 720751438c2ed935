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


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_DELIMITER_ROW = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_CELL_MARKUP = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images show nothing
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links show their text
    (re.compile(r"<[^>\n]*>"), ""),  # raw HTML
    (re.compile(r"(\*\*|__|~~|`|\*)"), ""),  # emphasis, strike-through and code marks
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),  # backslash escapes
)
_TABLE_MARK = "\ue000table {}\ue000"
"""A paragraph standing in for a table while markdown-it parses the rest (private-use characters: no text has them
in this order)."""


def _table_rows(lines: list[str]) -> list[str]:
    """Each row's cells as plain text joined by two spaces; the markup is cleaned from the whole table at once."""
    block = "\n".join(lines).replace("\\|", "\ue001")  # an escaped pipe is text, not a cell border
    for pattern, replacement in _CELL_MARKUP:
        block = pattern.sub(replacement, block)
    rows: list[str] = []
    for line in block.split("\n"):
        cells = line.strip().removeprefix("|").removesuffix("|").split("|")
        row = "  ".join(text for text in (_SPACES.sub(" ", cell).strip() for cell in cells) if text)
        if row:
            rows.append(row.replace("\ue001", "|"))
    return rows


def _lift_tables(body: str) -> tuple[str, list[list[str]]]:
    """Pipe tables taken out of `body` before markdown-it sees it, each replaced by a one-line stand-in paragraph.

    markdown-it makes half a dozen tokens and an inline parse per cell, so a big table of short cells took minutes
    and gigabytes. Read here line by line, a table costs time and memory in proportion to its size."""
    lines = body.split("\n")
    out: list[str] = []
    tables: list[list[str]] = []
    fence: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        opening = _FENCE.match(line)
        if fence is not None:
            if opening is not None and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
        elif opening is not None:
            fence = opening.group(1)
        elif (
            "|" in line
            and index + 1 < len(lines)
            and _DELIMITER_ROW.match(lines[index + 1])
            and "|" in lines[index + 1]
            and (not out or not out[-1].strip())  # a table starts a block (a paragraph line above would continue it)
        ):
            rows = [line]
            index += 2
            while index < len(lines) and lines[index].strip() and "|" in lines[index]:
                rows.append(lines[index])
                index += 1
            out += [_TABLE_MARK.format(len(tables)), ""]
            tables.append(_table_rows(rows))
            continue
        out.append(line)
        index += 1
    return "\n".join(out), tables


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
    body, tables = _lift_tables(body)
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
            elif text.startswith("\ue000table ") and text.endswith("\ue000") and text[7:-1].isdigit():
                blocks += tables[int(text[7:-1])]
            elif heading_level == 1 and title is None and not blocks:
                title = text
            elif text:
                blocks.append(marker + text)
                marker = ""
    text = "\n\n".join(block for block in blocks if block.strip())
    return MarkdownText(title=title, text=text, published=published)
