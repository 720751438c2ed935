"""Organisations named in ranked tables: under a header with a company column (企業名, 公司名称, Company), each row
that starts with its rank ("4 アルファベット アメリカ …", "2 Exxon Mobil United States …") names a company in the
cell after the rank, whatever the words of that name are (アルファベット is also a common noun)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from reader_app.core.facts.entities_en import Mention, is_world_place
from reader_app.core.facts.found import quick_start
from reader_app.core.facts.model import FactKind

_HEADER = re.compile(
    r"企業名|会社名|社名|銘柄名|企业名称|公司名称|公司名|企業名稱|公司名稱|\b[Cc]ompany\b|\b[Cc]ompanies\b"
)
_ROW = re.compile(r"[ \t]*(\d{1,3})[.)]?[ \t]+(\S[^\n]*)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_MAX_HEADER_LINES = 3
"""Lines between the header and the first row (a unit line such as "(百万米ドル)")."""


def table_organisations(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each ranked row's company cell as an organisation (replacing what overlaps it); the column
    titles of the header line name nothing ("Rank Company Country Sector")."""
    if quick_start(_HEADER).search(text) is None:
        return mentions
    cells, headers = _company_cells(text)
    if not cells:
        return mentions
    covered = cells + headers
    kept = [m for m in mentions if not any(m.start < end and start < m.end for start, end in covered)]
    return sorted(kept + [Mention(start, end, FactKind.ORG) for start, end in cells], key=lambda m: m.start)


def _company_cells(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The company cells of every ranked table, and the spans of the tables' header lines."""
    cells: list[tuple[int, int]] = []
    headers: list[tuple[int, int]] = []
    lines = text.split("\n")
    offsets = [0, *accumulate(len(line) + 1 for line in lines)]
    # The lines holding a header word, found in one pass over the text: no header word spans a line break.
    header_lines = sorted({bisect_right(offsets, match.start()) - 1 for match in quick_start(_HEADER).finditer(text)})
    index = 0
    while index < len(lines):
        following = bisect_left(header_lines, index)
        if following == len(header_lines):
            break
        index = header_lines[following]
        rank = 0
        gap = 0
        row_index = index + 1
        while row_index < len(lines):
            row = _ROW.fullmatch(lines[row_index])
            if row is None or not rank < int(row.group(1)) <= rank + 3:
                if rank == 0 and gap < _MAX_HEADER_LINES:
                    gap += 1
                    row_index += 1
                    continue
                break
            rank = int(row.group(1))
            cell = _first_cell(row.group(2))
            if cell:
                start = offsets[row_index] + row.start(2)
                cells.append((start, start + len(cell)))
            row_index += 1
        if rank:
            headers.append((offsets[index], offsets[index] + len(lines[index])))
        index = row_index if rank else index + 1
    return cells, headers


def _first_cell(rest: str) -> str:
    """The company's name at the start of a row's text: one token in Chinese or Japanese, capitalised words up to
    a place or a lower-case word or number in English."""
    tokens = rest.split()
    if not tokens:
        return ""
    if _CJK.search(tokens[0]):
        return tokens[0]
    words: list[str] = []
    for token in tokens:
        if not token[:1].isupper() or (words and is_world_place(token)) or token[:1].isdigit():
            break
        if words and is_world_place(" ".join(tokens[len(words) : len(words) + 2])):
            break
        words.append(token)
    return " ".join(words)
