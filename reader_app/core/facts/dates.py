"""Date and time expressions in English, Chinese and Japanese, resolved to intervals with a past bias for news."""

from __future__ import annotations

import re
from datetime import time, timedelta

from reader_app.core.facts.date_sets import find_sets
from reader_app.core.facts.date_values import (
    _bare_day_number,
    _Date,
    _day,
    _day_in,
    _Handler,
    _part_of_year,
    _Ref,
    _season,
    _shift_year,
    _year,
    iso_duration,
)
from reader_app.core.facts.dates_cjk import (
    _CJK_RULES,
    _CJK_UNITS,
    _CN_NUM,
    _YEAR_PARTS,
    _cjk_int,
)
from reader_app.core.facts.dates_en import (
    _EN_RULES,
    _LOWER_CASE_COPIES,
    _LOWER_NAMES,
    _NUM,
    PERIOD_LEAD,
    _accept_en,
    _count,
)
from reader_app.core.facts.found import Context, Found, Taken, quick_start, scan
from reader_app.core.facts.model import DateValue, DurationValue, FactKind

_CJK_SEPARATOR = re.compile(r"(?:\s?|の|的)")


_EN_SEPARATOR = re.compile(r"(?:,? |, ?at |,? on | at | of |-)")


_FUTURE_EN = re.compile(
    r"(?i)\b(?:will|'ll|shall|going to|expected|expects?|scheduled|plans?|planned|due|would|upcoming|until|from now"
    r"|set (?:for|to)|slated|poised to|next|deadline"
    # the present tense of a scheduled event: "pre-orders begin on Friday", "City host Brighton on Thursday",
    # "iOS 26 arrives on Monday", "the team returns to action on Wednesday"
    r"|begins?|starts?|opens?|reopens?|resumes?|hosts?|faces?|meets?|plays?|visits?|travels?|goes|go on sale"
    r"|arrives?|lands?|launches|debuts?|premieres?|airs|ships|returns? to|heads? to|takes? on|takes? place"
    r"|kicks? off|tips? off|gets? under ?way|expires?|closes|ends|runs? (?:until|through|from)"
    r"|takes? effect|comes? into force|is set|are set|is due|are due|forecasts?|predicted|predicts?)\b"
)


# Auxiliaries that make what follows them look ahead: "would be paid before Sept. 15", "will have finished by".
_MODAL_EN = re.compile(r"(?i)\b(?:will|'ll|shall|would|going to|(?:is|are) (?:set|due|expected|scheduled) to)\b")


# Past forms that are never participles: after "will"/"would" they still mean the clause is in the past.
_STRONG_PAST_EN = re.compile(
    r"(?i)\b(?:was|were|had|did|ago|said|rose|fell|grew|shrank|sank|took|came|began|became|gave|saw|went|wrote"
    r"|drove|flew|ate|spoke|broke|chose|froze|stole|woke|wore|tore)\b"
)


_PAST_EN = re.compile(
    r"(?i)\b(?:was|were|had|did|been|ago|said|rose|fell|grew|shrank|sank|won|lost|took|came|began|made|paid|sold"
    r"|bought|told|left|met|ran|held|led|kept|brought|spent|built|sent|struck|became|gave|saw|went|hit|[a-z]{3,}ed)\b"
)


_FUTURE_CJK = re.compile(
    r"将|將|预计|預計|计划|計劃|即将|拟|擬|将于|将於|将在|將在|予定|見込み|見通し|めど|までに|次の|次回|下一|来季|來季"
)


# Japanese puts the verb last; a non-past ending (始まる, 行う, 開かれる) looks ahead unless it states a condition
# or an ongoing state (している, である, とみられる).
_JA_NON_PAST = re.compile("(?:[うくぐすつぬぶむる]|ます|予定だ|予定です)$")


_JA_STATE = re.compile("(?:てい[るます]+|でいる|である|という|とされる|とみられる|と見られる|ある|いる|なる)$")


_COMPARED_AFTER = re.compile("同期|比")


def _accept_cjk(context: Context, match: re.Match[str], sort: str) -> bool:
    text = match.group()
    if sort in ("year", "date") and context.folded[match.start() - 1 : match.start()] in ("《", "〈", "『"):
        return False  # 《2017年度美国国防授权方案》: the year opens a title
    if sort == "time" and context.lang == "ja" and re.search("[点點]", text):
        return False  # Japanese 3点 is three points or items; its hours are 時
    if sort == "daypart" and context.lang == "ja":
        return False
    if sort == "time" and "h" not in match.re.groupindex:
        return True  # 正午, 午夜: a time of day named by a word, with no hour to doubt
    if sort == "time":
        hour_text = match.groupdict().get("h") or ""
        after_day = _AFTER_DAY.search(context.folded[max(0, match.start() - 2) : match.start()])
        if not match.groupdict().get("part") and not match.groupdict().get("mi") and not match.groupdict().get("half"):
            if after_day and hour_text in ("一", "两", "兩"):
                return False  # 1日一点: "a little", not one o'clock
            if after_day and hour_text:
                return True  # 1987年1月11日八点: a clock time on the day just named
            about = _CJK_ABOUT.search(context.folded, max(0, match.start() - 2), match.start())
            about = None if hour_text in ("一", "两", "兩") else about  # 大约一点点 is "a little"
            if not hour_text.isdigit() and context.lang != "ja" and about is None:
                return False  # "一点" is "a little"; "两点" "two points"; 大约十点 is a time
            before = context.folded[max(0, match.start() - 3) : match.start()]
            after = context.folded[match.end() : match.end() + 2]
            index_points = re.search("[涨跌升降上下高低]了?$|第$", before)
            if index_points or re.match("[建措意要内原举舉项項条條方问問优優]", after):
                return False
    if sort == "time" and not (match.groupdict().get("h") or "0")[0].isdigit():
        groups = match.groupdict()
        japanese_hour = context.lang == "ja" and text.endswith("時") and groups.get("h") not in ("一", "二", "十")
        about = _CJK_ABOUT.search(context.folded, max(0, match.start() - 2), match.start())
        about = None if groups.get("h") in ("一", "两", "兩") else about
        if not (groups.get("part") or groups.get("mi") or groups.get("half") or japanese_hour or about):
            return False  # 一时/一時 is "for a while", 一点 "a little"; 大约十点 is a time
    if sort == "duration":
        count = _cjk_int(match.groupdict().get("n"))
        digits = (match.groupdict().get("n") or "").isdigit()
        if count is not None and count >= 100 and digits and (match.groupdict().get("unit") or "").startswith("年"):
            return False  # 2021年 is a year, not 2021 years
        following = context.folded[match.end() : match.end() + 1]
        if match.group().startswith("半") and following in ("报", "報", "度", "刊", "期"):
            return False  # 半年报 is a half-year report
        if context.folded[match.end() : match.end() + 1] in ("一", "次", "度"):
            return False  # 一年一度, 一天一次: "annual", "daily", not a span of time
        low = _LENGTH_RANGE_LOW.search(context.folded, max(0, match.start() - 8), match.start())
        if low is not None and (count is None or (_cjk_int(low.group("low")) or 0) >= count):
            return False  # 2009-10年: the second year of a split year, not ten years (a range of lengths rises)
    if sort == "bareday" and _PER_DAY.match(context.folded, match.end()):
        return False  # 1日あたり, 1日当たり: "per day", a rate
    if sort == "year" and context.lang == "ja" and not match.groupdict().get("part"):
        name = _NAME_AFTER_YEAR.match(context.folded, match.end())
        if name is not None:
            return False  # 2009年新型インフルエンザ, 2020年東京オリンピック: the year is part of a name
    if text.startswith("上年") and context.folded[match.end() : match.end() + 1] in ("纪", "紀", "级", "級"):
        return False  # 上年纪 is "getting old"
    if text.endswith("同期") and _compared_with(context.folded, match.start(), match.end()):
        return False  # 比去年同期成长17%, 与上年同期相比: the base of a comparison, not a date
    # 前年同期比 is "year on year", not a date
    year_on_year = context.lang == "ja" or _COMPARED_AFTER.match(context.folded[match.end() : match.end() + 2])
    return not (text.startswith("前年") and year_on_year)


def _compared_with(text: str, start: int, end: int) -> bool:
    """Whether a period is the base of a comparison: 比去年同期, 较上年同期, 与去年同期相比 (not 与去年同期持平)."""
    before = text[start - 1 : start]
    paired = before in ("与", "與", "和", "跟", "同") and text.startswith(("相比", "比较", "比較"), end)
    return before in ("比", "较", "較") or paired


_LENGTH_RANGE_LOW = re.compile(r"(?<![\d.])(?P<low>\d+|[一二三四五六七八九十两兩]+)(?:至|到|~|〜|-)$")
"""The first number of a range of lengths: 270至[360天], 3-[5年]."""


_AFTER_DAY = re.compile("[0-9一二三四五六七八九十][日号號]$")


_PER_DAY = re.compile("(?:あたり|当たり|当り|につき|に付き)")


# A Japanese year written straight before a long noun and its の (no particle, no comma) names an event or a thing:
# 2009年新型インフルエンザの流行, 2020年東京オリンピックの開催; with a short noun or another particle it is a time
# (2009年世界の販売, 2009年フォードとBMWの比較). Date words after a year (度, 末, 春, 以降, 当時 …) are no such nouns.
_NAME_AFTER_YEAR = re.compile(
    "(?![月日度代前後間来頃中末初春夏秋冬上下以当時現第期内明次比同連年半季旬から当]|現在|時点|以降|以来)"
    "[\u4e00-\u9fff\u30a1-\u30faー]{4,}の"
)


def _lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern written with (?i) as a plain pattern, for text already in lower case."""
    return re.compile(pattern.pattern.removeprefix("(?i)"))


_FUTURE_LOWER, _PAST_LOWER, _MODAL_LOWER, _STRONG_PAST_LOWER = (
    _lower_case(pattern) for pattern in (_FUTURE_EN, _PAST_EN, _MODAL_EN, _STRONG_PAST_EN)
)


def _tense(context: Context, start: int, end: int) -> int:
    """+1 if the clause before the date looks ahead, -1 if its nearest verb is in the past tense, else 0."""
    before = context.clause_before(start)
    if context.cjk:
        after = context.clause_after(end, 160) if context.lang == "ja" else ""
        if _FUTURE_CJK.search(before) or _FUTURE_CJK.search(after):
            return 1
        if context.lang == "ja":
            ending = after.rstrip(" 」』）)")
            if re.search("(?:た|だった|ました|でした)$", ending):
                return -1
            if _JA_NON_PAST.search(ending) and not _JA_STATE.search(ending):
                return 1
        return 0
    # the cue patterns ignore case; matched as plain patterns over lower-cased text they run several times faster
    before = before.lower()
    future = [cue.end() for cue in _FUTURE_LOWER.finditer(before)]
    past = [cue.end() for cue in _PAST_LOWER.finditer(before) if not _FUTURE_LOWER.fullmatch(cue.group())]
    if not future and not past and len(before.split()) <= 1:
        # "On Friday, the president will travel to Ohio": a date that opens its sentence takes the verb after it
        after = context.clause_after(end, 60).lower()
        ahead = _FUTURE_LOWER.search(after)
        back = next((cue for cue in _PAST_LOWER.finditer(after) if not _FUTURE_LOWER.fullmatch(cue.group())), None)
        if ahead and (back is None or ahead.start() < back.start()):
            return 1
        return -1 if back else 0
    if not future:
        return -1 if past else 0
    last = future[-1]
    later_past = [position for position in past if position > last]
    if not later_past:
        return 1
    # "would be paid before Sept. 15", "would keep it funded through Sept. 30": a participle after a modal is
    # part of a future verb; only a finite past form ("was", "rose") after it puts the clause in the past.
    modal = [cue.end() for cue in _MODAL_LOWER.finditer(before)]
    if modal and not any(cue.end() > modal[-1] for cue in _STRONG_PAST_LOWER.finditer(before)):
        return 1
    return -1


def _combine(left: _Date, right: _Date, cjk: bool = False) -> _Date | None:
    """Join neighbours into one expression: "Tuesday, 5 p.m.", "今年7月", "Tuesday of last week"."""
    sorts = {left.sort, right.sort}
    start, end = left.start, right.end
    if "time" in sorts and sorts & {"date", "weekday", "bareday", "sameday"} and left.sort != right.sort:
        day, clock_part = (left, right) if right.sort == "time" else (right, left)
        if day.sort == "sameday":  # 同日午前11時: placed on the day named before, with its clock time
            return _Date(start, end, clock_part.value, "sameday", clock_part.clock)
        value = None
        if day.value is not None and day.value.start == day.value.end and clock_part.clock is not None:
            grain = clock_part.value.grain if clock_part.value else "minute"
            value = DateValue(day.value.start, day.value.start, grain, clock_part.clock)
        return _Date(start, end, value, "date", clock_part.clock)
    named_day = left.sort in ("date", "bareday", "weekday", "sameday") and left.clock is None
    if cjk and right.sort == "daypart" and named_day:
        return _Date(start, end, left.value, left.sort)  # 周二（17日）晚间: the part of the day just named
    if cjk and left.sort == "year" and left.value is None and right.sort == "date":
        return _Date(start, end, None, "date")  # 昨年12月 with no publication date to place it
    if left.sort == "year" and right.sort == "date" and left.value is not None:
        if right.value is None and context_free_month_day(right):
            return _Date(start, end, None, "date")  # 同年4月3日 with no publication date to place 4月3日
        if right.value is None or right.value.grain == "year":
            return None
        return _Date(start, end, _shift_year(right.value, left.value.start.year), "date")
    if sorts == {"weekday", "week"} and left.value is not None and right.value is not None:
        weekday_part, week = (left, right) if left.sort == "weekday" else (right, left)
        assert weekday_part.value is not None and week.value is not None
        named = week.value.start + timedelta(days=weekday_part.value.start.weekday())
        return _Date(start, end, _day(named), "date")
    if sorts == {"weekday", "date"} and left.sort == "weekday":
        return _Date(start, end, right.value, "date")
    if cjk and right.sort == "weekday" and left.sort in ("date", "bareday") and left.clock is None:
        return _Date(start, end, left.value, "date")  # 2018年7月6日金曜日, 21日の月曜日: the day and its weekday
    if right.sort == "bareday" and left.value is not None and left.value.grain == "month":
        # 下个月15日: a day of the month just named
        return _Date(start, end, _day_in(left.value.start, _bare_day_number(right)), "date")
    return None


def context_free_month_day(item: _Date) -> bool:
    """A month-and-day date left unresolved because no year was known."""
    return item.sort == "date" and item.value is None


def _merge(context: Context, dates: list[_Date]) -> list[_Date]:
    separator = _CJK_SEPARATOR if context.cjk else _EN_SEPARATOR
    merged: list[_Date] = []
    for item in sorted(dates, key=lambda d: d.start):
        if merged:
            last = merged[-1]
            gap = context.folded[last.end : item.start]
            year_on = last.sort == "year" and " on " in gap  # "the budget for 2026 on Tuesday": two dates
            if context.cjk and _same_year_in_brackets(context.folded, last, item):
                # 1937年(昭和12年)8月28日: the era year in brackets restates the year; one date
                merged[-1] = _Date(last.start, item.end + 1, last.value, "year")
                continue
            same_word = context.folded[item.start : item.start + 2] in ("当天", "當天", "当日", "當日")
            if context.cjk and item.sort == "sameday" and same_word and gap == "" and last.sort in _DAY_SORTS:
                continue  # 11月11日当天: "that very day" restates the day just named
            decade = _decade_of_century(context.folded, last, item) if context.cjk and gap == "" else None
            if decade is not None:
                merged[-1] = decade  # 二十世紀八十年代, 19世纪80年代: one decade of the century named
                continue
            if context.cjk and gap == "の" and item.sort == "date" and _DAY_WORD.fullmatch(context.folded, last.start,
                                                                                         last.end):
                merged[-1] = _Date(last.start, item.end, item.value, "date")  # 翌日の12月5日: one day, said twice
                continue
            restated = _day_restated_in_brackets(context.folded, last, item) if context.cjk else None
            if restated is not None:
                merged[-1] = restated  # 上周二(28日), 今天(星期一): one day, said twice
                continue
            if context.cjk and _weekday_dated_in_brackets(context.folded, last, item):
                merged[-1] = _Date(last.start, last.end, item.value, "date")  # 星期四(10月10日): that Thursday
            ago = context.cjk and last.sort == "duration" and gap == ""
            length_end = _ago_of_smaller_unit(context.folded, last, item) if ago else None
            if length_end is not None:
                merged[-1] = _Date(last.start, length_end, None, "duration")  # 2年9ヵ月ぶり: one length; ぶり stays out
                continue
            lengths = context.cjk and last.sort == item.sort == "duration" and gap in ("", "又")
            if lengths and _rising(context.folded, last, item):
                merged[-1] = _Date(last.start, item.end, None, "duration")  # 1年3か月, 8天又20个小时: one length
                continue
            # 7月31日约21时: an approximate clock time on the day just named
            about_time = context.cjk and item.sort == "time" and gap in ("约", "約", "大约", "大約")
            if item.start >= last.end and (separator.fullmatch(gap) or about_time) and not year_on:
                try:
                    combined = _combine(last, item, context.cjk)
                except (OverflowError, ValueError):  # a weekday of a week at the end of the calendar
                    combined = None
                if combined is not None:
                    merged[-1] = combined
                    continue
        merged.append(item)
    return merged


def _ago_of_smaller_unit(text: str, longer: _Date, ago: _Date) -> int | None:
    """Where a length written in two units ends when its second part carries ぶり ("2年9ヵ月ぶり": after an
    interval of), else None."""
    part = _CJK_DURATION_PART.match(text, ago.start, ago.end)
    if part is None or text[part.end() : ago.end] != "ぶり":
        return None
    return part.end() if _rising(text, longer, _Date(ago.start, part.end(), None, "duration")) else None


def _rising(text: str, longer: _Date, shorter: _Date) -> bool:
    """Whether two lengths of time written together are one (1年3か月: a larger unit, then a smaller one)."""
    first = _CJK_DURATION_PART.fullmatch(text, longer.start, longer.end)
    second = _CJK_DURATION_PART.fullmatch(text, shorter.start, shorter.end)
    if first is None or second is None:
        return False
    order = ("year", "month", "week", "day", "hour", "minute", "second")
    units = [_CJK_UNITS.get(part.group("unit"), "") for part in (first, second)]
    return all(units) and order.index(units[0]) < order.index(units[1])


_HAS_CN_NUM = re.compile(_CN_NUM)
_CJK_DURATION_PART = re.compile(
    rf"(?P<n>{_CN_NUM}|半)(?P<unit>年間|年|カ月|ヶ月|か月|ヵ月|个多月|個多月|个月|個月|週間|星期|周|週|日間|日|天|時間|个小时|個小時"
    r"|小时|小時|分間|分钟|分鐘|分|秒間|秒)"
    r"(?P<half>半)?"
)


def _same_year_in_brackets(text: str, year: _Date, other: _Date) -> bool:
    """Whether `other` is `year` restated in brackets right after it: 1937年(昭和12年), 平成20年（2008年）."""
    if year.sort != "year" or other.sort != "year" or year.value is None or other.value is None:
        return False
    opened = text[year.end : other.start] in ("(", "（", " (")
    return opened and text[other.end : other.end + 1] in (")", "）") and year.value.start == other.value.start


_DAY_SORTS = frozenset(("date", "weekday", "bareday"))
_CENTURY = re.compile(rf"(?P<n>\d{{1,2}}|{_CN_NUM})世[纪紀]")
_DECADE = re.compile("(?P<n>[1-9]0|[一二三四五六七八九]十)年代")


def _decade_of_century(text: str, century: _Date, decade: _Date) -> _Date | None:
    """二十世紀八十年代: a century, then one of its decades, written together."""
    first = _CENTURY.fullmatch(text, century.start, century.end)
    second = _DECADE.fullmatch(text, decade.start, decade.end)
    if first is None or second is None:
        return None
    number, tens = _cjk_int(first.group("n")), _cjk_int(second.group("n"))
    if number is None or tens is None or not 1 <= number <= 21:
        return None
    year = (number - 1) * 100 + tens
    return _Date(century.start, decade.end, DateValue(_year(year).start, _year(year + 9).end, "year"), "year")
_DAY_WORD = re.compile("翌日|前日|同日|当日|その日|次の日")
"""A day named by the story, then by its date after の (翌日の12月5日)."""


def _weekday_dated_in_brackets(text: str, weekday: _Date, other: _Date) -> bool:
    """Whether a weekday is followed by its calendar date in brackets (星期四(10月10日)), which then values it."""
    opened = text[weekday.end : other.start] in ("(", "（") and text[other.end : other.end + 1] in (")", "）")
    dated = other.value is not None and other.value.grain == "day"
    return opened and weekday.sort == "weekday" and other.sort == "date" and dated


def _day_restated_in_brackets(text: str, day: _Date, other: _Date) -> _Date | None:
    """上周二(28日), 今天(星期一), 昨(20日): a day and, in brackets right after it, the same day named by its number
    or weekday; one date, valued by the bracket's day when the first is only a weekday."""
    if day.sort not in _DAY_SORTS or other.sort not in _DAY_SORTS or day.clock is not None:
        return None
    if text[day.end : other.start] not in ("(", "（") or text[other.end : other.end + 1] not in (")", "）"):
        return None
    if day.sort == other.sort == "date" and not (day.value is None or day.value.grain == "day"):
        return None  # 2024年(民國113年): years are joined by _same_year_in_brackets
    if re.search("[月年]", text[other.start : other.end]):
        return None  # 今日（2月26日）, 星期四(10月10日): a full date in brackets is a date of its own
    value = other.value if day.sort == "weekday" and other.value is not None else day.value or other.value
    return _Date(day.start, other.end + 1, value, "date")


def _overlap_free(dates: list[_Date], length: int) -> list[_Date]:
    """Longest match wins where date rules overlap ("August 3, 2021" over "August" and "2021")."""
    chosen: list[_Date] = []
    taken = Taken(length)
    for item in sorted(dates, key=lambda d: (-(d.end - d.start), d.start)):
        if taken.overlaps(item.start, item.end):
            continue
        chosen.append(item)
        taken.add(item.start, item.end)
    return sorted(chosen, key=lambda d: d.start)


class _FutureCue:
    """Whether the clause around [start, end) looks ahead; a callable so that `_Ref` asks only when needed."""

    __slots__ = ("context", "end", "start")

    def __init__(self, context: Context, start: int, end: int) -> None:
        self.context, self.start, self.end = context, start, end

    def __call__(self) -> int:
        return _tense(self.context, self.start, self.end)


def _resolved(
    handler: _Handler, match: re.Match[str], ref: _Ref
) -> tuple[DateValue | None, str] | tuple[DateValue | None, str, time]:
    """The handler's answer; near the ends of the calendar (published 0001-01-01 or 9999-12-31) a relative date
    that would fall outside years 1-9999 stays unresolved instead of failing."""
    try:
        return handler(match, ref)
    except (OverflowError, ValueError):
        if ref.published is None:
            raise
        return handler(match, _Ref(None, ref.tense))


def find_dates(context: Context) -> list[Found]:
    """Every date or time expression in the passage, merged with its neighbours and resolved."""
    rules = [*_CJK_RULES, *(rule for rule in _EN_RULES if rule.also_cjk)] if context.cjk else _EN_RULES
    if not context.cjk and not _LOWER_NAMES.search(context.folded):
        rules = [rule for rule in rules if rule.name not in _LOWER_CASE_COPIES]
    dates: list[_Date] = []
    for rule in rules:
        handler = rule.handler
        pattern = rule.pattern if rule.anchor is not None else quick_start(rule.pattern)
        for match in scan(pattern, context.folded, rule.anchor, rule.back):
            if match.end() == match.start():
                continue
            start, end = match.start(), match.end()
            result = _resolved(handler, match, _Ref(context.published, _FutureCue(context, start, end)))
            value, sort = result[0], result[1]
            clock = result[2] if len(result) > 2 else None
            if context.cjk and not _accept_cjk(context, match, sort):
                continue
            if sort == "reject" or (not context.cjk and not _accept_en(context, match, value, sort)):
                continue
            dates.append(_Date(start, end, value, sort, clock))
    sets = find_sets(context)
    if sets:
        taken = Taken(len(context.folded))
        for recurring in sets:
            taken.add(recurring.start, recurring.end)
        dates = [item for item in dates if not taken.overlaps(item.start, item.end)]
    dates = _overlap_free(dates, len(context.folded))
    dates = _anchor_times(context, _merge(context, _same_year(context, dates)))
    dates = _until(context, _since(context, _ranges(context, _edges(context, dates))))
    found: list[Found] = list(sets)
    for item in dates:
        if item.sort == "duration":
            duration = _duration(context.folded, item.start, item.end)
            if duration is not None:
                found.append(duration)
            continue
        found.append(Found(FactKind.DATE, item.start, item.end, item.value))
    return found


_DURATION_EN = re.compile(
    rf"(?:(?i:in|within) )?(?P<lead>{PERIOD_LEAD})?(?P<n>\d+\.\d+|{_NUM})(?P<half> and a half| and half)?"
    r"(?: |(?<=\d))(?P<unit>[A-Za-z]+)"
)


_SHORT_UNITS = {
    "hr": "hour", "hrs": "hour", "h": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
    "yrs": "year", "nights": "day",
}  # fmt: skip


_DURATION_CJK = re.compile(
    rf"(?:{_CN_NUM}(?:至|到|~|〜|-))?(?P<n>\d+\.\d+|{_CN_NUM}|半)[多余餘]?(?P<unit>.+?)"
    r"(?:以内|以內|之内|之內|内|內|ぶり|(?P<approx>以上|以下|未満|足らず|余り|あまり|近く|ほど|程度|左右|前後))?"
)


def _duration(text: str, start: int, end: int) -> Found | None:
    """A length of time ("six years", "11 minutes", "10年") is a date whose value is an ISO 8601 duration, as in
    TimeML, Duckling and Recognizers-Text; an approximator stays in its span ("about four months", 近8个月)."""
    match = _DURATION_EN.fullmatch(text, start, end) or _DURATION_CJK.fullmatch(text, start, end)
    if match is None or (match.re is _DURATION_CJK and _HAS_CN_NUM.search(match.group("unit"))):
        return _compound_duration(text, start, end)
    number_text, unit = match.group("n"), match.group("unit")
    if match.re is _DURATION_EN:
        number = _count(number_text)
        unit_name = _SHORT_UNITS.get(unit.lower(), unit.lower().rstrip("s"))
        if match.group("half") and number is not None:
            number += 0.5  # "one and a half hours"
    else:
        number = 0.5 if number_text == "半" else _cjk_number(number_text)
        unit_name = _CJK_UNITS.get(unit.strip().removesuffix("多").removesuffix("半"), "")
        if (unit.endswith("半") or unit[1:2] == "半") and number is not None:
            number += 0.5  # 2年半, 一个半小时
    iso = None if number is None else iso_duration(number, unit_name)
    if match.re is _DURATION_EN:
        begin = match.start("lead") if match.group("lead") else match.start("n")
    else:
        begin = match.start()  # 270至360天: a range of lengths
    approximator = (_CJK_APPROXIMATOR if match.re is _DURATION_CJK else _EN_APPROXIMATOR).search(
        text, max(0, begin - 24), begin
    )
    begin = approximator.start() if approximator else begin

    finish = match.end("approx") if match.re is _DURATION_CJK and match.group("approx") else match.end("unit")
    return Found(FactKind.DATE, begin, finish, None if iso is None else DurationValue(iso))


def _cjk_number(text: str) -> float | None:
    """A whole CJK number, or a decimal written in digits (1.5時間)."""
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    return _cjk_int(text)


def _compound_duration(text: str, start: int, end: int) -> Found | None:
    """1年3か月, 2時間30分: lengths in two units written together, one date with the sum of both."""
    parts = []
    position = start
    trailing = re.search("(?:以上|以下|未満|足らず|余り|あまり|近く|ほど|程度|左右|前後)$", text[start:end])
    if trailing:
        end -= len(trailing.group())
    while position < end:
        part = _CJK_DURATION_PART.match(text, position + (text[position] == "又"), end)
        if part is None:
            return None
        number = 0.5 if part.group("n") == "半" else _cjk_int(part.group("n"))
        if number is None:
            return None
        parts.append(iso_duration(number + (0.5 if part.group("half") else 0), _CJK_UNITS[part.group("unit")]))
        position = part.end()
    finish = end + (len(trailing.group()) if trailing else 0)
    if not parts or None in parts:
        return Found(FactKind.DATE, start, finish, None)
    return Found(FactKind.DATE, start, finish, DurationValue(_sum_iso([p for p in parts if p])))


_ISO_PARTS = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?"
)


def _sum_iso(durations: list[str]) -> str:
    """One ISO 8601 duration holding the parts of several ("P1Y" + "P3M" → "P1Y3M")."""
    totals: dict[str, float] = {}
    for duration in durations:
        match = _ISO_PARTS.fullmatch(duration)
        if match is None:
            continue
        for key, amount in match.groupdict().items():
            if amount:
                totals[key] = totals.get(key, 0.0) + float(amount)

    def part(key: str, designator: str) -> str:
        amount = totals.get(key)
        return "" if not amount else f"{amount:g}{designator}"

    date_part = part("Y", "Y") + part("M", "M") + part("W", "W") + part("D", "D")
    time_part = part("h", "H") + part("m", "M") + part("s", "S")
    return "P" + date_part + ("T" + time_part if time_part else "")


_EN_APPROXIMATOR = re.compile(
    r"(?i)(?<![\w-])(?:about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|over"
    r"|under|at least|at most|up to|just over|just under|well over|upwards of) $"
)


# Approximators and "for"/"in a row" words that belong to a CJK length of time: 连续近6个月, 为期100天, 約4カ月.
_CJK_APPROXIMATOR = re.compile(
    "(?:连续|連續|連続|为期|為期|长达|長達|整整|今明|未来|未來|过去|過去|まる|丸|)"
    "(?:超过|超過|超|逾|近|约|約|将近|將近|少なくとも|およそ|最低|最短|最長|最大|ほぼ|至少|最少|)$"
)


# What belongs to a date at its edges: an approximator before it ("around 06:56", "About one year later"), 頃/ごろ
# after a CJK date, a bracketed time zone after a clock time ("09:17(UTC)").
_EN_ABOUT = re.compile(
    r"(?<![\w-])(?<![Hh]ow )(?<![Ww]hat )"
    r"(?:[Aa]round|[Aa]bout|[Aa]pproximately|[Rr]oughly|[Cc]irca|[Nn]early|[Aa]lmost) $"
)


_EN_ZONE_AFTER = re.compile(r" (?:GMT|UTC|BST|EST|EDT|CST|CDT|PST|PDT|ET|PT|CET|CEST|JST|KST|HKT|SGT|AEST)\b")


_CJK_AFTER = re.compile(
    r"(?:頃|ごろ|左右|前後(?![の年月日])|過ぎ|すぎ)|\s?[(（](?:UTC|GMT|JST|KST|HKT|CST|EST|ET|PT)[)）]"
)


_CJK_CLOCK_ROUGHLY = re.compile("许|許|多钟|多鐘|多(?![万萬亿億名人个個家次])|钟(?![头頭])|鐘(?![头頭])")


# After a length of time, an approximator belongs to it: 1年以上, 3か月余り, 2週間ほど, 3个月左右.
_CJK_DURATION_AFTER = re.compile("以上|以下|未満|足らず|余り|あまり|近く|ほど|程度|左右|前後(?![の年月日])")


# The part of a century, decade or year named after it: 20世紀初頭, 2000年代後半, 2009年春, 2017年の前半, 今年の夏; a
# season followed by more of a word names something else (今年の春闘, 2024年春節).
_CJK_PERIOD_PART = re.compile(
    "初頭|前半|後半|后半|半ば|末期|中期|初期|中葉|中叶|[初末](?![期年])"
    "|[春夏秋冬](?:天(?![气氣])|季(?![度节節风風赛賽奥奧运運會会])|(?![\u4e00-\u9fff]))"
    "|の(?:初頭|前半|後半|半ば|初め|終わり|暮れ|末|[春夏秋冬](?![\u4e00-\u9fff]))(?:ごろ|頃)?"
)
_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
_CJK_YEAR_END = re.compile(
    "(?:[紀纪代]|\\d年|[〇零一二三四五六七八九]年|今年|昨年|去年|来年|明年|前年|翌年|同年|本年|当年|當年)$"
)


# The part of a month or a week named after it with の: 7月の下旬, 今月の終わりごろ, 今週の後半.
_CJK_MONTH_PART = re.compile("の(?:上旬|中旬|下旬|初旬|初め|終わり|半ば|末|前半|後半)(?:ごろ|頃)?")
_CJK_MONTH_END = re.compile("(?:\\d月|[一二三四五六七八九十]月|今月|先月|来月|同月|翌月|今週|先週|来週|翌週)$")


_LAST_CENTURY = re.compile("(?:上世纪|上世紀|上个世纪|上個世紀|本世纪|本世紀)$")


_CJK_DAYS_BEFORE = re.compile("(?:平日|休日|土日祝?|祝日|週末|工作日|周末|週末)の?$")


_CJK_ABOUT = re.compile("(?:約|约|およそ|大约|大約)$")
_CJK_NEAR = re.compile("(?:近|逾|超过|超過|将近|將近)$")
_CJK_NUMBER_FIRST = re.compile(
    r"[\d一二三四五六七八九十两兩]+[多余餘]?(?:年|个月|個月|天|日|周|週|星期|个星期|個星期|小时|小時|个小时|個小時)"
)


# A period that starts at a date and runs on: 2018年以来, 2010年から (with no second date), 2004年开始, 自12月起. The
# particle から, like a leading "since", stays outside the span (labelling.md); 以来, 以降 and 起 are in it.
_SINCE_AFTER = re.compile(
    r"以来|以來|以降|开始|開始|至今|迄今|起(?![飞飛床来來身诉訴步草])|から(?![\d〇一二三四五六七八九十])"
)


_SINCE_BEFORE = re.compile("(?:自|从|從)$")


# The same day in the lunar calendar, in brackets after a date: 2月10日(正月十七), 1月31日(大年初七), (农历除夕).
_LUNAR_IN_BRACKETS = re.compile(
    "[(（](?:农历|農曆|阴历|陰曆)?(?:(?:正|腊|臘|冬|[一二三四五六七八九十]{1,2})月)?(?:大年)?"
    "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|除夕)[)）]"
)


_DAY_WORD_BEFORE_BRACKET = re.compile("[昨今明前][(（]$")


def _edges(context: Context, dates: list[_Date]) -> list[_Date]:
    text = context.folded
    edged: list[_Date] = []
    for item in dates:
        start, end = item.start, item.end
        if context.cjk:
            after = (_CJK_DURATION_AFTER if item.sort == "duration" else _CJK_AFTER).match(text, end)
            if after is not None:
                end = after.end()
            rough = _CJK_CLOCK_ROUGHLY.match(text, end) if item.clock is not None and after is None else None
            if rough is not None:
                end = rough.end()  # 10时许, 凌晨1点多: an approximate clock time
            part = _CJK_PERIOD_PART.match(text, end) if _CJK_YEAR_END.search(text, start, end) else None
            if part is None and _CJK_MONTH_END.search(text, start, end):
                part = _CJK_MONTH_PART.match(text, end)
            if part is not None and item.sort != "duration":
                end = part.end()  # 20世紀初頭, 2000年代後半, 2009年春, 7月の下旬
                season = _SEASONS.get(part.group().lstrip("の")[:1])
                whole_year = item.value is not None and item.value.grain == "year"
                if season is not None and whole_year and item.value is not None:
                    # 2008年夏季, 明年春天: that season of the year (winter runs into the next year)
                    placed = _season(_Ref(None, 0), season, "", item.value.start.year)
                    item = _Date(item.start, item.end, placed, item.sort, item.clock)
            century = _LAST_CENTURY.search(text, max(0, start - 4), start)
            if century is not None and re.match(r"(?:\d0|[一二三四五六七八九]十)年代", text[start:end]):
                start = century.start()  # 上世纪90年代
                if century.group()[0] == "本" and item.value is not None:  # 本世纪20年代: the 2020s
                    shifted = _shift_year(item.value, item.value.start.year + 100)
                    item = _Date(item.start, item.end, shifted, item.sort, item.clock)
            days = _CJK_DAYS_BEFORE.search(text, max(0, start - 4), start) if item.clock is not None else None
            if days is not None:
                start = days.start()  # 平日午前9時, 土日の午後2時: the days a clock time holds on
            if item.sort == "duration":
                low = _LENGTH_RANGE_LOW.search(text, max(0, start - 8), start)
                if low is not None:
                    start = low.start()  # 270至360天, 3-5年: one range of lengths
            about = _CJK_ABOUT.search(text, max(0, start - 3), start) if item.sort != "duration" else None
            if about is None and item.sort == "date" and _CJK_NUMBER_FIRST.match(text, start):
                about = _CJK_NEAR.search(text, max(0, start - 2), start)  # 近两年来, 逾10天前
            if about is not None:
                start = about.start()  # 約1年後: an approximator inside a date stays in its span
            lunar = _LUNAR_IN_BRACKETS.match(text, end) if item.sort in ("date", "bareday") else None
            if lunar is not None:
                end = lunar.end()  # 2月10日(正月十七): the lunar calendar's name for the same day
            yesterday = _DAY_WORD_BEFORE_BRACKET.search(text, max(0, start - 2), start)
            if item.sort == "bareday" and yesterday is not None and text[end : end + 1] in (")", "）"):
                start, end = yesterday.start(), end + 1  # 昨(20日): the day word and its date in brackets
            if item.sort == "bareday" and text[max(0, start - 2) : start] == "同月":
                # 同月25日: a day of the month named before (left unresolved)
                start, item = start - 2, _Date(start - 2, end, None, "date")
        elif item.sort != "duration":
            about = _EN_ABOUT.search(text, max(0, start - 14), start)
            if about is not None:
                start = about.start()
            zone = _EN_ZONE_AFTER.match(text, end) if item.clock is not None else None
            if zone is not None:
                end = zone.end()  # "06:56, 7 September 2007 UTC": the zone of the clock time before the day
        edged.append(item if (start, end) == (item.start, item.end) else _Date(start, end, item.value, item.sort,
                                                                                item.clock))
    return edged


def _since(context: Context, dates: list[_Date]) -> list[_Date]:
    if not context.cjk:
        return dates
    text = context.folded
    result: list[_Date] = []
    for item in dates:
        placed = item.sort in ("date", "year", "range", "bareday") and item.clock is None
        after = _SINCE_AFTER.match(text, item.end) if placed else None
        if item.clock is not None and text[item.end : item.end + 1] == "起":
            after = _SINCE_AFTER.match(text, item.end)  # 4日零时起, 12時起: from that hour on
        if item.sort == "bareday" and after is not None and after.group() not in ("以降", "以来", "以來"):
            after = None  # 7日以降 runs on from the day; 26日から, 5日起 name the day something starts
        if after is not None:
            before = _SINCE_BEFORE.search(text, max(0, item.start - 1), item.start)
            one_day = item.value is not None and item.value.grain == "day"
            if after.group() in ("开始", "開始") and before is None and one_day:
                after = None  # 4月25日开始运营: a day something started on
        if after is not None:
            # 自12月起 is one frame; before 以来 or 至今, 从 is a leading "since" and stays outside (labelling.md)
            framed = after.group() in ("起", "开始", "開始")
            before = _SINCE_BEFORE.search(text, max(0, item.start - 1), item.start) if framed else None
            value = item.value
            if value is not None and context.published is not None and context.published >= value.start:
                value = DateValue(value.start, context.published, "day")
            end = item.end if after.group().startswith("から") else after.end()
            item = _Date(before.start() if before else item.start, end, value, "date")
        result.append(item)
    return result


_RANGE_LINK = re.compile(
    r"\s?(?:-|–|—|~|〜|to|through|thru|until|till|至|到|から)\s?|-(?:to|through|thru|until)-|\s(?P<and>and)\s"
    r"|(?:以后|以後|之后|之後|起)(?:至|到)"  # 23时55分以后至8月1日凌晨, 星期天起至1月31日: a bound, then the end
)


# A bound written after the date (2000年以前, 1995年以後, 2018年之后) belongs to it, as 以降 and 以来 do; the
# particles まで and から, like "until" and "since" before an English date, stay outside (labelling.md).
_UNTIL_AFTER = re.compile("以前(?!の[\\d一二三四五六七八九十])|以後")
_UNTIL_AFTER_CLOCK = re.compile("以前|以後|以降|前(?![年半日期後])")
"""After a clock time 以降 and 前 bound it too (午後6時以降, 午後3時前)."""
_UNTIL_AFTER_ZH = re.compile("之前|之后|之後|以前|以后|以後")
_ZH_DAY_END = re.compile("(?:[日号號节節]|假期|长假|長假|连假|連假)$")
_ZH_SHORT_BOUND = re.compile(
    "[前后後](?![来來者续續面果方期半台勤悔卫衛备備世代裔院宫宮天夕年日月一两兩三四五六七八九十几幾数數])"
)
"""A bare 前 or 后 after a day or a holiday bounds it as 之前/之后 do; 后来, 前夕, 前一天 are other words."""


def _until(context: Context, dates: list[_Date]) -> list[_Date]:
    if not context.cjk:
        return dates
    text = context.folded
    result = []
    for item in dates:
        bound = _UNTIL_AFTER if context.lang == "ja" else _UNTIL_AFTER_ZH
        if item.clock is not None and context.lang == "ja":
            bound = _UNTIL_AFTER_CLOCK
        after = bound.match(text, item.end) if item.sort != "duration" else None
        if after is None and context.lang != "ja" and item.clock is None and _ZH_DAY_END.search(text, item.start,
                                                                                               item.end):
            after = _ZH_SHORT_BOUND.match(text, item.end)  # 2月2日后, 春节假期后, 3月1日前
        if after is not None:
            item = _Date(item.start, after.end(), item.value, item.sort, item.clock)
        result.append(item)
    return result


_BETWEEN = re.compile(r"(?i)\bbetween $")


_RANGE_SORTS = frozenset(("date", "year", "weekday", "bareday", "week"))


def _ranges(context: Context, dates: list[_Date]) -> list[_Date]:
    """ "January 12, 2016 - 01/22/2016", "from Sep to Nov", "between August and October", 2019年至2021年: one
    period from the start of the first to the end of the second."""
    joined: list[_Date] = []
    for item in dates:
        last = joined[-1] if joined else None
        # 午後5時から6時まで, "between 10 p.m. and 4 a.m.": two clock times are one range too
        clocks = last is not None and last.clock is not None and item.sort == "time"
        if last is not None and (clocks or (last.sort in _RANGE_SORTS and item.sort in _RANGE_SORTS)):
            link = _RANGE_LINK.fullmatch(context.folded, last.end, item.start)
            between = link is not None and (
                not link.group("and") or _BETWEEN.search(context.folded, max(0, last.start - 8), last.start)
            )
            if link is not None and between:
                value = None
                first, second = last.value, item.value
                if first is not None and second is not None and first.start > second.end:
                    if item.sort == "weekday":
                        second = _day(second.start + timedelta(days=7))  # "Monday to Friday"
                    elif not re.search(r"\d{4}|年", context.folded[last.start : last.end]):
                        first = _shift_year(first, second.start.year)  # "March to May 2023"
                    elif not _has_year(context.folded[item.start : item.end]):
                        second = _after_year_of(first, second)  # 2022年11月から2月: the next February
                elif (
                    first is not None
                    and second is not None
                    and first.end.year < second.start.year
                    and _has_year(context.folded[last.start : last.end])
                    and not _has_year(context.folded[item.start : item.end])
                ):
                    second = _after_year_of(first, second)  # 2020年4月〜6月: June 2020, not the June near publication
                if clocks:
                    value = first  # 午後5時から6時まで: placed at its first clock time
                elif first is not None and second is not None and first.start <= second.end:
                    grain = first.grain if first.grain == second.grain else "day"
                    value = DateValue(first.start, second.end, grain)
                joined[-1] = _Date(last.start, item.end, value, "range", last.clock if clocks else None)
                continue
        joined.append(item)
    return joined


def _has_year(text: str) -> bool:
    return bool(re.search(r"\d{4}|年", text))


def _after_year_of(first: DateValue, second: DateValue) -> DateValue:
    """A range's second date written without a year: in the first's year, or the next one if it would come
    before the first."""
    for year in (first.end.year, first.end.year + 1):
        shifted = _shift_year(second, year)
        if shifted is not None and shifted.end >= first.start:
            return shifted
    return second


_SAME_YEAR_WORD = re.compile("^(?:同年|当年|當年|该年|該年|那年|这一年|這一年)")


def _same_year(context: Context, dates: list[_Date]) -> list[_Date]:
    """同年, 同年年底: the year of the last date named before, in the same passage."""
    resolved: list[_Date] = []
    year: int | None = None
    for item in dates:
        if item.sort == "sameyear":
            part = _SAME_YEAR_WORD.sub("", context.folded[item.start : item.end], count=1)
            value = None
            if year is not None:
                value = _part_of_year(year, _YEAR_PARTS[part]) if part in _YEAR_PARTS else _year(year)
            item = _Date(item.start, item.end, value, "date" if part else "year")
        elif item.value is not None and item.value.start.year == item.value.end.year:
            year = item.value.start.year
        resolved.append(item)
    return resolved


def _anchor_times(context: Context, dates: list[_Date]) -> list[_Date]:
    """A clock time with no day of its own ("from 8 a.m.") falls on the last day named shortly before it in the
    same paragraph ("on Saturday. The offer runs from 8 a.m."), else on the publication date."""
    anchored: list[_Date] = []
    last_day: _Date | None = None
    for item in dates:
        if item.sort == "time" and item.clock is not None and last_day is not None and last_day.value is not None:
            gap = context.folded[last_day.end : item.start]
            if len(gap) <= 250 and "\n\n" not in gap:
                grain = item.value.grain if item.value is not None else ("minute" if item.clock.minute else "hour")
                value = DateValue(last_day.value.start, last_day.value.start, grain, item.clock)
                item = _Date(item.start, item.end, value, item.sort, item.clock)
        elif item.sort == "daypart":
            # 上午, 晚上 on their own: a part of the day named last in the same passage
            placed = _day(last_day.value.start) if last_day is not None and last_day.value is not None else None
            item = _Date(item.start, item.end, placed, "daypart")
        elif item.sort == "sameday":
            # 同日, 当日: the day named last in the same passage
            same = last_day.value if last_day is not None else None
            placed = _day(same.start) if same is not None else None
            if placed is not None and item.clock is not None:
                grain = item.value.grain if item.value is not None else "minute"
                placed = DateValue(placed.start, placed.start, grain, item.clock)
            item = _Date(item.start, item.end, placed, "date", item.clock)
        elif item.sort == "bareday" and last_day is not None and last_day.value is not None and item.value:
            # 8月10日から17日まで: a bare day after a full date in a range shares its month
            gap = context.folded[last_day.end : item.start]
            if _RANGE.fullmatch(gap):
                item = _Date(item.start, item.end, _day_in(last_day.value.start, item.value.start.day), "date")
        single_day = item.value is not None and item.value.start == item.value.end
        if single_day and item.sort in ("date", "weekday", "bareday"):
            last_day = item
        anchored.append(item)
    return anchored


_RANGE = re.compile(r"\s?(?:から|至|到|~|-|–|—|、|和|及|与|與)\s?")
