"""Bylines and datelines at the start of a news text: who wrote it, for which agency, where and when.

News in the three languages opens with a line of metadata before the first sentence of the story:
"新华社北京2024年3月15日电（记者 李明）", "中央社台北15日電", "BEIJING, March 15 (Xinhua) --", "(Reuters) -",
"【北京共同】", "【ワシントン＝山田太郎】", "By Jane Doe", "记者 李明 2024年4月18日 深圳". `parse_byline` finds such
metadata
at the start of a paragraph and returns what it says with the span to strip, so the story's first sentence is
the story's and the metadata can be shown above it. The date goes through the facts' date parser, so a byline
date reads exactly as the same date in the text would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

_SCAN_CHARS = 300
"""A byline sits at the very start; nothing further in is looked at."""

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_CN_AGENCY = (
    "新华社|新華社|中新社|中新网|中新網|中央社|中通社|人民网|人民網|央视网|央視網|央视新闻|央視新聞|本报|本報|本刊|本台|"
    "新京报|新京報|澎湃新闻|澎湃新聞|财新网|財新網|美联社|美聯社|路透社|法新社|共同社|彭博社|"
    f"[{_HAN}]{{2,6}}(?:日报|日報|晚报|晚報|时报|時報|新闻社|新聞社|通讯社|通訊社)"
)
_CN_DATELINE = re.compile(
    rf"(?P<open>[（(])?(?P<agency>{_CN_AGENCY})(?:(?:记者|記者)(?P<reporter>[{_HAN}]{{3}}|[{_HAN}]{{2}}))?"
    rf"(?P<place>[{_HAN}]{{1,8}}?)(?P<date>(?:(?:\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    r"(?:电|電|讯|訊|消息)(?(open)[）)])"
)
_NAME_CJK = rf"[{_HAN}·]{{2,4}}"
_NAMES_CJK = rf"{_NAME_CJK}(?:[ 　、,，和与與]+{_NAME_CJK})*"
_CN_REPORTERS = re.compile(
    rf"[（(](?:(?:记者|記者|通讯员|通訊員|实习生|實習生)[:： 　]*(?P<names>{_NAMES_CJK})[ 　]*)+"
    r"(?:报道|報導|報道)?[）)]"
)
_CJK_AUTHOR_LINE = re.compile(
    r"(?:(?:(?:本报|本報|本台|新华社|新華社)?(?:记者|記者)[:：/／ 　]*"
    r"|(?:文|撰文|编辑|編輯|作者|责任编辑|責任編輯)[:：/／ 　]+)"
    rf"(?P<names>{_NAMES_CJK})|(?P<names_after>{_NAME_CJK})(?:記者|记者|特派員|特派员))"
    r"(?=[\s　]|$|\d|[（(])"
)
_JA_BRACKET = re.compile(r"【(?P<body>[^】\n]{1,20})】")
_JA_AGENCY = (
    "共同|時事|ロイター|AFP=時事|AFP時事|AFP|AP|新華社|聯合|聯合ニュース|ブルームバーグ|EPA時事|時事通信|共同通信"
)
_EN_AGENCY = (
    "Xinhua|Reuters|AP|AFP|Kyodo|Kyodo News|Bloomberg|Jiji|Jiji Press|Yonhap|CNA|dpa|UPI|Agence France-Presse|"
    "The Associated Press|Associated Press|VOA|CNN|BBC|NHK"
)
_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_EN_DATE = rf"(?:{_MONTHS} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTHS}(?: \d{{4}})?)"
_EN_PLACE = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, (?:[A-Z][a-zA-Z.]+)(?: [A-Z][a-zA-Z.]+)?)?"
_DASH = r"(?:--|—|–|-|:)"
_EN_DATELINE = re.compile(
    rf"(?:(?P<place>{_EN_PLACE})(?:,? (?P<date>{_EN_DATE}))? )?\((?P<agency>{_EN_AGENCY})\)[ \u00a0]*{_DASH}[ \u00a0]*"
)
_EN_DATELINE_ANY_SOURCE = re.compile(
    rf"(?P<place>{_EN_PLACE}),? (?P<date>{_EN_DATE}) "
    r"\((?P<agency>[A-Z][A-Za-z&.'’\-]+(?: [A-Z][A-Za-z&.'’\-]+){0,3})\)"
    rf"[ \u00a0]*{_DASH}[ \u00a0]*"
)
"""A dateline naming a source that is not a wire service ("HARBOR CITY, March 14 (Daily Ledger) - "): with a place in
capitals and a date before it, the bracket names the paper."""
_EN_PLACE_ONLY = re.compile(
    rf"(?P<place>[A-Z][A-Z.'\-]{{2,}}(?: [A-Z][A-Z.'\-]+){{0,3}})(?:, (?P<date>{_EN_DATE}))? (?:--|—|–) "
)
_EN_NAME = r"[A-Z][a-zA-Z'’\-]+(?: (?:[A-Z]\.|[A-Z][a-zA-Z'’\-]+|de|van|von|bin|al-[A-Z][a-z]+)){1,3}"
_EN_BY = re.compile(
    rf"By (?P<names>{_EN_NAME}(?:(?:, | and | & ){_EN_NAME})*)"
    rf"(?:,? (?:(?P<agency>{_EN_AGENCY})|[A-Z][A-Za-z ]{{2,30}}))?"
    r"(?=\s*(?:\n|$|\||·|•|—|-{1,2} |Published|Updated|\d))"
)
_TRAILING_AGENCY = re.compile(rf"(?P<name>.+?) (?P<agency>{_EN_AGENCY})")
_EN_DATE_LINE = re.compile(
    rf"(?:(?:Published|Updated|Posted|Last updated)(?: on)?:? )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    rf"(?P<date>{_EN_DATE}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?"
    r"(?=\s*(?:\n|$|\||·|•))"
)
_CJK_DATE_LINE = re.compile(
    r"(?:(?:发布时间|發佈時間|发稿时间|發稿時間|发布日期|發佈日期|时间|時間|日期|发布|發布|更新|配信|公開|更新日時|配信日時)"
    r"[:： 　]*)?"
    r"(?P<date>(?:\d{4}|令和\d{1,2}|平成\d{1,2})年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:[（(][月火水木金土日][）)])?(?:[ 　]*\d{1,2}[:：時时]\d{2}分?(?:[:：]\d{2})?)?"
    rf"(?:[ 　]+(?P<place>[{_HAN}]{{2,6}}))?(?=[ 　]*(?:\n|$|[|｜·•]))"
)
_CREDIT_WORDS = frozenset({"Reporting", "Writing", "Editing", "Written", "Compiled", "Additional"})
_NOT_NAMES = frozenset({"报道", "報導", "報道", "摄影", "攝影", "撮影"})
_SOURCE_LINE = re.compile(r"(?:来源|來源|出典|出处|出處|Source)[:：]\s*(?P<agency>[^\s|｜·•]{2,20})")
_CORRECTION_MARK = re.compile(r"【(?:纠错|糾錯)】")
_CJK_EDITOR = re.compile(
    rf"[（(](?:编辑|編輯|责任编辑|責任編輯|责编|責編|译|譯|校对|校對)[:：]\s*(?P<names>{_NAMES_CJK})[）)]\d{{0,8}}"
)
_EN_CREDITS = re.compile(
    rf"(?:(?:Additional )?(?:Reporting|Writing|Editing|Written|Compiled)(?: by)? (?P<names>{_EN_NAME}"
    rf"(?:(?:, | and | & ){_EN_NAME})*)[;,]? ?(?:and )?)+"
)
_SEPARATORS = re.compile(r"[ \t\u00a0\u3000|｜·•/]*")


@dataclass(frozen=True, slots=True)
class Byline:
    """What the metadata at the start of a text says, and where it ends: `text[start:end]` is the part to strip."""

    start: int
    end: int
    agency: str | None = None
    place: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None

    def describe(self) -> str:
        """One line for the reader: "Xinhua · Beijing · Li Ming · 2024-03-15" in the text's own words."""
        parts = [self.agency, ", ".join(self.authors) or None, self.place]
        line = " · ".join(part for part in parts if part)
        if self.published is not None:
            line = f"{line} · {self.published.isoformat()}" if line else self.published.isoformat()
        return line


def _parse_date(text: str | None, lang: str, reference: date | None) -> date | None:
    if not text:
        return None
    from reader_app.core.facts.dates import find_dates
    from reader_app.core.facts.found import Context

    for found in find_dates(Context(text, lang, published=reference)):
        value = found.value
        if value is not None and getattr(value, "grain", None) in ("day", "hour", "minute"):
            start = getattr(value, "start", None)
            if isinstance(start, date):
                return start
    return None


def _names(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    pieces = re.split(r"\s*(?:,|，|、|\band\b|&|和|与|與|\s)\s*", text)
    return tuple(name for name in pieces if name and name not in _NOT_NAMES)


def _english_names(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(name.strip() for name in re.split(r", | and | & ", text) if name.strip())


def _place_case(place: str | None) -> str | None:
    """BEIJING → Beijing, NEW YORK → New York; mixed-case places stay as written."""
    if place is None:
        return None
    place = place.strip(" ,")
    return place.title() if place.isupper() else place


def _match_one(text: str, pos: int, reference: date | None) -> tuple[int, Byline] | None:
    """The longest piece of metadata starting exactly at `pos`, with where it ends."""
    match = _CN_DATELINE.match(text, pos)
    if match is not None:
        end = match.end()
        authors: tuple[str, ...] = (match.group("reporter"),) if match.group("reporter") else ()
        reporters = _CN_REPORTERS.match(text, end)
        if reporters is not None:
            authors += tuple(
                name
                for chunk in re.findall(
                    rf"(?:记者|記者|通讯员|通訊員|实习生|實習生)[:： 　]*({_NAMES_CJK})", reporters.group()
                )
                for name in _names(chunk)
            )
            end = reporters.end()
        return end, Byline(
            pos,
            end,
            match.group("agency"),
            match.group("place"),
            authors,
            _parse_date(match.group("date"), "zh", reference),
        )
    match = _JA_BRACKET.match(text, pos)
    if match is not None:
        body = match.group("body")
        agency_match = re.fullmatch(rf"(?P<place>[^＝=]*?)(?P<agency>{_JA_AGENCY})", body)
        if agency_match is not None:
            return match.end(), Byline(
                pos, match.end(), agency_match.group("agency"), agency_match.group("place") or None
            )
        place_reporter = re.fullmatch(r"(?P<place>[^＝=]{1,10})[＝=](?P<names>[^＝=]{1,20})", body)
        if place_reporter is not None:
            return match.end(), Byline(
                pos, match.end(), None, place_reporter.group("place"), _names(place_reporter.group("names"))
            )
    match = _EN_DATELINE.match(text, pos) or _EN_DATELINE_ANY_SOURCE.match(text, pos)
    if match is not None:
        return match.end(), Byline(
            pos,
            match.end(),
            match.group("agency"),
            _place_case(match.group("place")),
            (),
            _parse_date(match.group("date"), "en", reference),
        )
    match = _EN_PLACE_ONLY.match(text, pos)
    if match is not None:
        return match.end(), Byline(
            pos,
            match.end(),
            None,
            _place_case(match.group("place")),
            (),
            _parse_date(match.group("date"), "en", reference),
        )
    match = _EN_BY.match(text, pos)
    if match is not None:
        agency = match.group("agency")
        written = list(_english_names(match.group("names")))
        tail = _TRAILING_AGENCY.fullmatch(written[-1]) if written else None
        if tail is not None:  # "By KEN TANAKA Associated Press"
            written[-1], agency = tail.group("name"), agency or tail.group("agency")
        return match.end(), Byline(pos, match.end(), agency, None, tuple(written))
    match = _CJK_AUTHOR_LINE.match(text, pos)
    if match is not None:
        names = _names(match.group("names") or match.group("names_after"))
        return match.end(), Byline(pos, match.end(), None, None, names)
    match = _SOURCE_LINE.match(text, pos)
    if match is not None:
        return match.end(), Byline(pos, match.end(), agency=match.group("agency"))
    match = _CORRECTION_MARK.match(text, pos)
    if match is not None:
        return match.end(), Byline(pos, match.end())
    match = _CJK_EDITOR.match(text, pos)
    if match is not None:
        return match.end(), Byline(pos, match.end(), authors=_names(match.group("names")))
    match = _EN_CREDITS.match(text, pos)
    if match is not None:
        credited = [str(name) for name in re.findall(rf"(?:by )?({_EN_NAME})", match.group())]
        people = tuple(name for name in credited if name.split()[0] not in _CREDIT_WORDS)
        return match.end(), Byline(pos, match.end(), authors=people)
    match = _CJK_DATE_LINE.match(text, pos)
    if match is not None:
        lang = "ja" if re.match("令和|平成", match.group("date")) else "zh"
        return match.end(), Byline(
            pos, match.end(), None, match.group("place"), (), _parse_date(match.group("date"), lang, reference)
        )
    match = _EN_DATE_LINE.match(text, pos)
    if match is not None:
        return match.end(), Byline(pos, match.end(), published=_parse_date(match.group("date"), "en", reference))
    return None


def _merge(first: Byline, second: Byline) -> Byline:
    return replace(
        first,
        end=second.end,
        agency=first.agency or second.agency,
        place=first.place or second.place,
        authors=first.authors + tuple(name for name in second.authors if name not in first.authors),
        published=first.published or second.published,
    )


def shown_metadata(text: str) -> str:
    """A piece of metadata as the line above the article shows it: without the page's link labels ("【纠错】":
    report an error), which say nothing of the story, and without the dash that led a dateline into it."""
    return _CORRECTION_MARK.sub("", text).strip(" \u3000|·•").rstrip(" -—–:")


def parse_byline(text: str, *, reference: date | None = None) -> Byline | None:
    """The byline or dateline at the start of `text` (a paragraph, or the start of an article), or None.

    Pieces that follow each other ("记者 李明 2024年4月18日 深圳", "By Jane Doe | March 15, 2024") are read as one.
    `reference` (a known publication date) gives a year to a date written without one ("March 15").
    `text[byline.start:byline.end]` is what to strip; trailing separators and spaces are included.
    """
    head = text[:_SCAN_CHARS]
    start = len(head) - len(head.lstrip())
    pos = start
    found: Byline | None = None
    while pos < len(head):
        result = _match_one(head, pos, reference)
        if result is None:
            break
        end, piece = result
        if end <= pos:
            break
        found = piece if found is None else _merge(found, piece)
        pos = _SEPARATORS.match(head, end).end()  # type: ignore[union-attr]  # the pattern matches the empty string
        found = replace(found, end=pos)
        if head.startswith("\n", pos):
            break
    if found is None:
        return None
    return replace(found, start=start)


def is_byline_only(text: str, *, reference: date | None = None) -> bool:
    """Whether `text` (one paragraph) is nothing but byline or dateline metadata."""
    byline = parse_byline(text, reference=reference)
    return byline is not None and not text[byline.end :].strip()
