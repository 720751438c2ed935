"""Chinese and Japanese date rules, each a named `DateRule`, and the handlers that resolve them."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from reader_app.core.facts.date_values import (
    _WEIGHTS,
    DateRule,
    _add_months,
    _ago,
    _century,
    _coming,
    _day,
    _Groups,
    _half,
    _lunar_new_year,
    _month,
    _month_end,
    _part_of_month,
    _part_of_year,
    _past,
    _pick_year,
    _quarter,
    _Ref,
    _relative_unit,
    _season,
    _time_value,
    _weekday,
    _year,
)
from reader_app.core.facts.model import DateValue
from reader_app.core.facts.numbers import is_whole, parse_cjk

_CN = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"


_CN_NUM = r"(?:\d+|(?![百千])[一二三四五六七八九十百千两兩几幾数數]+)"


_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867, "民国": 1911, "民國": 1911}
"""Japanese eras, and the Republic of China's years (民國113年 is 2024), which Taiwanese news uses."""


_CJK_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
                 "月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5}  # fmt: skip


_CJK_PARTS = {"初": "early", "上旬": "early", "初旬": "early", "初め": "early", "はじめ": "early", "頭": "early",
              "中旬": "mid", "中": "mid", "半ば": "mid", "下旬": "late", "底": "late", "末": "late",
              "後半": "late", "终": "late", "月初": "early", "月中": "mid", "月底": "late",
              "月末": "late"}  # fmt: skip


_YEAR_PARTS = {"初": "start", "初め": "start", "初頭": "start", "前半年": "h1", "后半年": "h2", "後半年": "h2",
               "头": "start", "底": "end", "末": "end", "中": "mid",
               "上半年": "h1", "下半年": "h2", "前半": "h1", "後半": "h2", "后半": "h2", "上半期": "h1",
               "下半期": "h2", "上期": "h1", "下期": "h2", "年初": "start", "年底": "end", "年末": "end",
               "年中": "mid", "年尾": "end"}  # fmt: skip


_RELATIVE_YEARS = {"今年": 0, "本年": 0, "上年": -1, "去年": -1, "昨年": -1, "前年": -2, "一昨年": -2, "明年": 1,
                   "来年": 1, "來年": 1, "后年": 2, "後年": 2, "再来年": 2, "大前年": -3, "大后年": 3,
                   "大後年": 3}  # fmt: skip


_RELATIVE_MONTHS = {"本月": 0, "这个月": 0, "這個月": 0, "今月": 0, "当月": 0, "上月": -1, "上个月": -1,
                    "上個月": -1, "先月": -1, "下月": 1, "下个月": 1, "下個月": 1, "来月": 1, "來月": 1}  # fmt: skip


_RELATIVE_WEEKS = {"本周": 0, "本週": 0, "本星期": 0, "这周": 0, "這週": 0, "这个星期": 0, "這個星期": 0, "今週": 0,
                   "这个周": 0, "這個週": 0,
                   "上周": -1, "上週": -1, "上星期": -1, "上个星期": -1, "上個星期": -1, "先週": -1,
                   "上個禮拜": -1, "上个礼拜": -1, "下個禮拜": 1, "下个礼拜": 1, "今個禮拜": 0, "呢個禮拜": 0,
                   "下周": 1, "下週": 1, "下星期": 1, "下个星期": 1, "下個星期": 1, "来週": 1, "來週": 1}  # fmt: skip


_RELATIVE_DAYS = {"今天": 0, "今日": 0, "本日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1,
                  "前天": -2, "一昨日": -2, "后天": 2, "後天": 2, "明後日": 2, "大前天": -3, "大后天": 3,
                  "大後天": 3, "今晚": 0, "今夜": 0, "昨晚": -1, "昨夜": -1, "今早": 0,
                  "今朝": 0, "今晨": 0, "昨晨": -1, "明晚": 1, "今晩": 0, "昨晩": -1, "明晩": 1,
                  "午前中": 0, "前晚": -2, "明早": 1, "明晨": 1, "昨早": -1, "即日": 0,
                  "尋日": -1, "寻日": -1, "琴日": -1, "噚日": -1, "聽日": 1, "听日": 1, "琴晚": -1, "尋晚": -1,
                  "聽朝": 1, "今朝早": 0}  # fmt: skip


def _cjk_int(text: str | None) -> int | None:
    if not text:
        return None
    if text == "元":
        return 1
    value = parse_cjk(text)
    return None if value is None or not is_whole(value) else int(value)


def _cjk_year(groups: dict[str, str | None], ref: _Ref) -> int | None:
    if groups.get("era"):
        offset = _cjk_int(groups.get("ey"))
        return None if offset is None else _ERAS[groups["era"] or ""] + offset
    text = groups.get("y")
    if not text:
        return None
    if not text.isdigit():
        return int("".join(str(int(parse_cjk(ch) or 0)) for ch in text)) if len(text) == 4 else _cjk_int(text)
    year = int(text)
    if len(text) == 2:
        year += 2000 if ref.published is None or year <= ref.published.year % 100 + 5 else 1900
    return year


def _cjk_date(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    year = _cjk_year(groups, ref)
    month = _cjk_int(groups.get("m"))
    day = _cjk_int(groups.get("d"))
    last = _cjk_int(groups.get("dto"))  # 9月19～20日: a range of days in one month
    first_month = _cjk_int(groups.get("mfrom"))  # 4〜6月: a range of months sharing one 月
    part = groups.get("part")
    if month is None or not 1 <= month <= 12:
        return None, "date"
    if groups.get("mfrom") is not None:
        if first_month is None or not 1 <= first_month < month or day is not None or part:
            return None, "reject"

        def months(y: int) -> DateValue:
            assert first_month is not None and month is not None
            return DateValue(date(y, first_month, 1), _month_end(y, month), "month")

        return (months(year) if year is not None else _pick_year(ref, months)), "date"

    def make(y: int) -> DateValue | None:
        assert month is not None
        try:
            if day is not None and last is not None and last > day:
                return DateValue(date(y, month, day), date(y, month, last), "day")
            if day is not None:
                return _day(date(y, month, day))
        except ValueError:
            return None
        if part in ("上中旬", "中下旬"):  # 3月中下旬: the middle and the end of the month
            first, second = ("early", "mid") if part == "上中旬" else ("mid", "late")
            return DateValue(_part_of_month(y, month, first).start, _part_of_month(y, month, second).end, "day")
        if part:
            return _part_of_month(y, month, _CJK_PARTS[part])
        return _month(y, month)

    if year is not None:
        return make(year), "date"
    return _pick_year(ref, make), "date"


def _cjk_bare_day(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    day = _cjk_int(match.group("d"))
    if day is None or ref.published is None or not 1 <= day <= 31:
        return None, "bareday"
    pub = ref.published
    candidates = []
    for delta in (-2, -1, 0, 1):  # two months back: "30日" in a story of 14 March may be 30 January
        year, month = _add_months(pub.year, pub.month, delta)
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if pub in candidates:
        return _day(pub), "bareday"
    # the nearest occurrence, the past counting nearer ("3日" in a story of the 2nd is tomorrow, "30日" the 30th
    # of last month), unless the clause looks ahead
    best = min(candidates, key=lambda d: abs((d - pub).days) * _WEIGHTS[(d > pub, ref.tense)], default=None)
    return (_day(best) if best else None), "bareday"


def _cjk_year_only(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    year = _cjk_year(groups, ref)
    if year is None or not 1 <= year <= 9999:
        return None, "year"
    part = groups.get("part")
    bounded = not part and match.string[match.end() : match.end() + 1] in ("前", "后", "後")
    if bounded and not groups.get("era") and not (1900 <= year <= 2100 and year != 2000):
        return None, "reject"  # 1000年前, 2000年前: that many years ago, not before a year
    if part == "度末":
        # 2010年度末: the end of the fiscal year, March of the next year in Japanese
        if ref_lang_japanese(match):
            return DateValue(date(year + 1, 3, 1), date(year + 1, 3, 31), "month"), "date"
        return _part_of_year(year, "end"), "date"
    if part == "度":
        if ref_lang_japanese(match):
            return DateValue(date(year, 4, 1), date(year + 1, 3, 31), "year"), "year"
        return _year(year), "year"
    if part in _YEAR_PARTS and not _within_the_year(part, match):
        return _part_of_year(year, _YEAR_PARTS[part]), "year"
    return _year(year), "year"


def _within_the_year(part: str | None, match: re.Match[str]) -> bool:
    """Japanese 2009年中 and 今年中 mean "during the year" (the whole of it); Chinese 2009年中 is mid-2009."""
    return part in ("中", "年中") and ref_lang_japanese(match)


def ref_lang_japanese(match: re.Match[str]) -> bool:
    """年度 is the April–March fiscal year in Japanese; kana near the match says the text is Japanese."""
    around = match.string[max(0, match.start() - 40) : match.end() + 40]
    return bool(re.search("[\u3040-\u30ff]", around))


def _cjk_quarter(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    year = _cjk_year(groups, ref)
    if groups.get("m1"):
        first, last = int(groups["m1"] or 0), int(groups["m2"] or 0)
        if not (1 <= first <= 12 and 1 <= last <= 12 and first <= last):
            return None, "date"

        def make_range(y: int) -> DateValue:
            return DateValue(date(y, first, 1), _month_end(y, last), "quarter" if last - first == 2 else "month")

        return (make_range(year) if year else _pick_year(ref, make_range)), "date"
    quarter = 1 if groups.get("q") == "首" else _cjk_int(groups.get("q"))  # 今年首季: the first quarter
    if quarter is None or not 1 <= quarter <= 4:
        return None, "date"
    if year is not None:
        return _quarter(year, quarter), "date"
    return _pick_year(ref, lambda y: _quarter(y, quarter)), "date"


def _fiscal_year(ref: _Ref, offset: int, match: re.Match[str]) -> DateValue | None:
    """今年度/来年度: in Japanese the April–March fiscal year around publication; elsewhere the calendar year."""
    if ref.published is None:
        return None
    pub = ref.published
    if not ref_lang_japanese(match):
        return _year(pub.year + offset)
    first = (pub.year if pub.month >= 4 else pub.year - 1) + offset
    return DateValue(date(first, 4, 1), date(first + 1, 3, 31), "year")


_EARLIER = frozenset(("稍早", "稍早时候", "稍早時候", "早些时候", "早些時候", "较早时候", "較早時候"))
_LATER = frozenset(("稍晚", "稍晚时候", "稍晚時候", "稍后", "稍後", "晚些时候", "晚些時候"))


def _cjk_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    word = groups["word"]
    part = groups.get("part")
    if (part in _EARLIER or part in _LATER) and word in _RELATIVE_DAYS:
        return _relative_unit(ref, "day", _RELATIVE_DAYS[word]), "date"  # 今天稍晚: later today
    if part in _EARLIER or part in _LATER:
        # 今年稍早, 本周晚些时候: the part of the unit before or after publication ("earlier this year")
        unit = "year" if word in _RELATIVE_YEARS else "month" if word in _RELATIVE_MONTHS else "week"
        offsets = {**_RELATIVE_YEARS, **_RELATIVE_MONTHS, **_RELATIVE_WEEKS}
        whole = _relative_unit(ref, unit, offsets[word]) if word in offsets else None
        if whole is None or ref.published is None or not whole.start <= ref.published <= whole.end:
            return whole, "date"
        if part in _EARLIER:
            return DateValue(whole.start, ref.published, "day"), "date"
        return DateValue(ref.published, whole.end, "day"), "date"
    if part in ("以来", "以來"):
        # 今年以来: from the start of the unit up to publication
        unit = "year" if word in _RELATIVE_YEARS else "month" if word in _RELATIVE_MONTHS else "week"
        offsets = {**_RELATIVE_YEARS, **_RELATIVE_MONTHS, **_RELATIVE_WEEKS}
        whole = _relative_unit(ref, unit, offsets.get(word, 0)) if word in offsets else None
        if whole is None or ref.published is None or whole.start > ref.published:
            return None, "date"
        return DateValue(whole.start, ref.published, "day"), "date"
    if word in _RELATIVE_YEARS:
        if part == "度":
            return _fiscal_year(ref, _RELATIVE_YEARS[word], match), "year"
        value = _relative_unit(ref, "year", _RELATIVE_YEARS[word])
        if value is not None and part in _YEAR_PARTS and not _within_the_year(part, match):
            value = _part_of_year(value.start.year, _YEAR_PARTS[part])
        return value, ("year" if part in (None, "", "全年") else "date")
    if word in _RELATIVE_MONTHS:
        value = _relative_unit(ref, "month", _RELATIVE_MONTHS[word])
        if value is not None and part in _CJK_PARTS:
            value = _part_of_month(value.start.year, value.start.month, _CJK_PARTS[part])
        return value, "date"
    if word in _RELATIVE_WEEKS:
        week = _relative_unit(ref, "week", _RELATIVE_WEEKS[word])
        if week is not None and part in ("末", "底"):
            # 本周末, 今週末, 上周末: the Saturday and Sunday of that week
            return DateValue(week.start + timedelta(days=5), week.end, "day"), "date"
        return week, "week"
    return _relative_unit(ref, "day", _RELATIVE_DAYS[word]), "date"


def _cjk_this(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """年底, 月初: a part of the current year or month."""
    word = match.group("word")
    if ref.published is None:
        return None, "date"
    pub = ref.published
    if word[0] == "年":
        return _part_of_year(pub.year, _YEAR_PARTS[word[1:]]), "date"
    return _part_of_month(pub.year, pub.month, _CJK_PARTS[word[1:]]), "date"


def _cjk_weekday(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    weekday = _CJK_WEEKDAYS[groups["wd"]]
    word = groups.get("rel") or ""
    relation = {"次の": "coming", "今度の": "coming", "この": "this", "前の": "last"}.get(word, word[:1])
    return _weekday(ref, weekday, relation), "weekday"


_CJK_UNITS = {"天": "day", "日": "day", "周": "week", "週": "week", "星期": "week", "礼拜": "week", "禮拜": "week",
              "週間": "week", "月": "month", "カ月": "month", "ヶ月": "month", "か月": "month", "ヵ月": "month",
              "个月": "month", "個月": "month", "个多月": "month", "個多月": "month",
              "カ月間": "month", "ヶ月間": "month", "か月間": "month", "ヵ月間": "month",
              "个星期": "week", "個星期": "week", "个礼拜": "week", "個禮拜": "week", "年": "year", "年間": "year",
              "日間": "day", "小时": "hour",
              "小時": "hour", "个小时": "hour", "個小時": "hour", "時間": "hour", "分钟": "minute",
              "分鐘": "minute", "営業日": "day", "个钟头": "hour", "個鐘頭": "hour", "钟头": "hour", "鐘頭": "hour",
              "分間": "minute", "分": "minute", "秒間": "second", "秒": "second",
              "个半月": "month", "個半月": "month", "个半小时": "hour", "個半小時": "hour", "个半钟头": "hour",
              "個半鐘頭": "hour", "世纪": "century", "世紀": "century", "个世纪": "century", "個世紀": "century",
              "个多世纪": "century", "個多世紀": "century"}  # fmt: skip


_DECIMAL = re.compile(r"\d+\.\d+")


def _cjk_ago(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    decimal = _DECIMAL.fullmatch(groups["n"] or "")
    count: float | None = 0.5 if groups["n"] == "半" else float(groups["n"]) if decimal else _cjk_int(groups["n"])
    if count is not None and (groups.get("half") or (groups["unit"] or "")[1:2] == "半"):
        count += 0.5  # 2年半, 一个半小时
    unit = _CJK_UNITS.get(groups["unit"] or "")
    direction = groups.get("dir") or ""
    if count is None or unit is None:
        return None, ("date" if groups.get("past") or groups.get("next") else "duration")  # 过去数月: vague
    if not is_whole(count) and unit == "year":
        count, unit = count * 12, "month"  # 半年后: six months on
    if (count >= 100 and unit == "year" and (groups["n"] or "").isdigit()) or count > 5000:
        if (groups.get("more") or groups.get("more2")) and direction:
            return None, "date"  # 2000多年前: some two thousand years ago
        return None, "reject"  # 2001年以來 is the year 2001, not two thousand years
    if groups.get("past"):
        return _past(ref, count, unit), "date"
    if groups.get("next"):
        return _coming(ref, count, unit), "date"
    if direction in ("前", "以前", "之前"):
        return _ago(ref, count, unit, -1), "date"
    if direction in ("后", "後", "以后", "以後", "之后", "之後"):
        return _ago(ref, count, unit, 1), "date"
    if direction in ("来", "來", "以来", "以來"):
        return _past(ref, count, unit), "date"
    return None, "duration"


_EVENING_PARTS = frozenset(("下午", "晚上", "晚间", "晚間", "傍晚", "午後", "夜", "夜間", "晚", "夕方", "下晝", "夜晚"))


def _cjk_clock(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str, time] | tuple[None, str]:
    groups = match.groupdict()
    hour = _cjk_int(groups.get("h"))
    minute = _cjk_int(groups.get("mi")) if groups.get("mi") else (30 if groups.get("half") else 0)
    part = groups.get("part") or ""
    if hour is None or minute is None:
        return None, "time"
    evening = part in _EVENING_PARTS and hour < 12
    if evening or (part == "中午" and hour < 11):
        hour += 12
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None, "time"
    clock = time(hour % 24, minute)
    whole = not groups.get("mi") and not groups.get("half")
    if groups.get("rday") and ref.published is not None:
        # 昨晚8點, 明早7时: the evening before or the morning after publication
        on = ref.published + timedelta(days={"昨": -1, "今": 0, "明": 1}[groups["rday"] or "今"])
        return DateValue(on, on, "hour" if whole else "minute", clock), "date", clock
    return _time_value(ref, clock, whole), "time", clock


_WD = (
    r"(?:\s?[(（](?:[月火水木金土日]|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])[)）]"
    r"|\s?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])?"
)


_Y = (
    r"(?:(?P<era>令和|平成|昭和|大正|明治|民国|民國)(?P<ey>元|\d{1,3}|[一二三四五六七八九十百]{1,4})年"
    r"|(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})(?:(?<=\d) )?年|(?P<y2d>\d{2})年(?=\d{1,2}月))"
)


_DAYPART = (
    r"(?:の?(?:上午|下午|晚间|晚間|晚上|早间|早間|早上|凌晨|淩晨|下晝|朝早|中午|傍晚|夜间|夜間|午前中|午前|午後|早朝|早盘|早盤|午盘|午盤|尾盘|尾盤"
    r"|未明|明け方|夕方|深夜|朝(?![日刊食礼鮮])|夜(?![間景行明])|昼(?![食間休夜])|晚(?![上间間会會餐饭飯宴报報年期点點些辈輩场場霞安了]))"
    r"(?!の?(?:[\d零一二三四五六七八九十两兩]{1,3}[点點时時]|\d{1,2}:\d\d)))?"
)
"""A part of the day kept with its date ("周一晚间", "9日午前", "明日の朝"), unless a clock time follows ("下午3点");
朝日 and 朝刊 are a newspaper, not the morning."""


_KANJI_DAY = (
    "(?<![一二三四五六七八九十百千万萬两兩〇零第数數幾几])(?:二?十[一二三四五六七八九]?|三十一?)"
    "|(?<=月)[一二三四五六七八九]"
)
"""A day of the month in numerals on its own: 二十七日, 十日, 三十一日 (ten and up; 三日 alone is also three days),
and any day straight after a month word (同月五日)."""


_QUARTER_OFFSETS = {"本": 0, "这": 0, "這": 0, "上": -1, "下": 1}


_CJK_RULES: tuple[DateRule, ...] = (
    DateRule(
        "month-day",
        re.compile(
            # a single space may follow 年 and 月, as text spaced between scripts writes them (2015年 8月 12日)
            rf"(?:{_Y} ?)?(?P<m>{_CN})(?:(?<=\d) )?月份?(?: ?(?P<d>[12]\d|3[01]|0?[1-9]|[一二三四五六七八九十]{{1,3}})"
            rf"(?:[~〜～至到・、-](?P<dto>[12]\d|3[01]|0?[1-9]))?(?:(?<=\d) )?[日号號]{_WD}{_DAYPART}"
            r"|(?P<part>上中旬|中下旬|上旬|中旬|下旬|初旬|初め|はじめ|初|中|底|末|半ば)|(?![份期号號間]))"
        ),
        lambda m, ref: _cjk_date(_regroup_year(m), ref),
    ),
    DateRule(
        "fiscal-month",
        re.compile(rf"{_Y}(?P<m>{_CN})月期"),
        lambda m, ref: _cjk_fiscal(_regroup_year(m), ref),
    ),
    DateRule(
        "bare-day",
        re.compile(
            rf"(?<![\d年])(?<![\d一二三四五六七八九十]月)(?P<d>[12]\d|3[01]|0?[1-9]|{_KANJI_DAY})日{_WD}{_DAYPART}"
            r"(?![間间前後后連连続續ぶ目平余程]|以[内內上下]|ほど)"
        ),
        _cjk_bare_day,
    ),
    DateRule(
        "bare-day-hao",  # 于17号, 在17號晚上: a day written with 号 (spoken and Cantonese news), after a word that
        # introduces a date; 3号线, 第5号 and 1号楼 are numbers
        re.compile(
            rf"(?:(?<=[于於在到至从從由是])|(?<=^)|(?<=[\s,，、(（]))(?P<d>[12]\d|3[01]|[1-9])[号號]{_WD}{_DAYPART}"
            r"(?![线線楼樓院房码碼店台机機文令车車位球选選种種字口仓倉馆館桥橋病床舱艙坑井])"
        ),
        _cjk_bare_day,
    ),
    DateRule(
        "lunar-date",  # 正月初一, 农历十月初一, 大年三十, 二零零四年八月十五 (a day in numerals without 日)
        re.compile(
            rf"(?P<lunar>农历|農曆|阴历|陰曆)?{_Y}?"
            r"(?:(?P<m>正|腊|臘|冬|十[一二]?|[一二三四五六七八九])月(?P<d>初[一二三四五六七八九十]|廿[一二三四五六七八九]?"
            r"|二十[一二三四五六七八九]?|三十一?|十[一二三四五六七八九]?)|大年(?P<nd>初[一二三四五六七八九十]|三十))"
            r"(?![日号號\d一二三四五六七八九十])"
        ),
        lambda m, ref: _cjk_lunar_or_day(_regroup_year(m), ref),
    ),
    DateRule(
        "day-in-brackets",  # 今(17)日, 昨（16）日: Taiwanese news writes the day number inside the day word
        re.compile(rf"(?P<rel>[今昨明前])[(（](?P<d>[12]\d|3[01]|0?[1-9])[)）]日{_DAYPART}"),
        _cjk_bare_day,
    ),
    DateRule(
        "year",
        re.compile(
            r"(?:(?P<era>令和|平成|昭和|大正|明治|民国|民國)(?P<ey>元|\d{1,3}|[一二三四五六七八九十百]{1,4})年"
            r"|(?<!\d)(?P<y>\d{4}|[〇零○一二三四五六七八九]{4}) ?年)"
            r"(?:(?P<part>度末|度|年底|年初|年末|年中|上半年|下半年|前半年|后半年|後半年|上半期|下半期|前半|後半|后半|上期|下期|初め|初頭|初|底|末|中|全年"
            r"|同期)"
            r"|(?(era)(?![間间代])|(?![間间来來代]|[前后後][来來])))"  # 平成19年前, 2030年前: [the year] before it
        ),
        _cjk_year_only,
    ),
    DateRule(
        "quarter",
        re.compile(
            r"(?:(?P<y>\d{4})年(?:の)?)?(?:第(?P<q>[一二三四1-4])(?:季度|季|四半期)|(?P<q2>[一二三四1-4])季度|Q(?P<q3>[1-4])"
            r"|(?<=[年今去明])(?P<q4>首)季度?"
            r"|(?P<m1>\d{1,2})[~-](?P<m2>\d{1,2})月期)"
        ),
        lambda m, ref: _cjk_quarter(_Groups(m, {"q": ("q2", "q3", "q4")}), ref),  # type: ignore[arg-type]
    ),
    DateRule(
        "relative-word",
        re.compile(
            "(?P<word>" + "|".join(sorted({*_RELATIVE_YEARS, *_RELATIVE_MONTHS, *_RELATIVE_WEEKS, *_RELATIVE_DAYS},
                                          key=len, reverse=True))
            + r")(?P<part>稍早时候|稍早時候|稍晚时候|稍晚時候|稍早|稍晚|稍后|稍後|早些时候|早些時候|晚些时候|晚些時候"
            r"|较早时候|較早時候|上半年|下半年|前半年|后半年|後半年|上半期|下半期|前半|後半|后半"
            r"|上旬|中旬|下旬|初め|年底|年初|年末|年中|同期|全年"
            r"|月底|月初|月末|月中|以来|以來|度|初|底|末)?"
            + _DAYPART
        ),
        _cjk_relative,
    ),
    DateRule(
        "year-or-month-part",
        re.compile(r"(?<![\d今去明本上下前后後来昨A-Za-z\u4e00-\u9fff])(?P<word>年初|年底|年末|月初|月底|月末)(?![来來以])"),
        _cjk_this,
    ),
    DateRule(
        "weekday",
        re.compile(
            r"(?:(?P<rel>上个|上個|下个|下個|上|下|本|这个|這個|这|這)?(?:星期|礼拜|禮拜|周|週)(?P<wd>[一二三四五六日天])"
            rf"|(?:(?P<rel2>先週|今週|来週|來週|次の|今度の|この|前の)の?)?(?P<wd2>[月火水木金土日])曜日?){_DAYPART}"
        ),
        lambda m, ref: _cjk_weekday(_Groups(m, {"rel": ("rel2",), "wd": ("wd2",)}), ref),  # type: ignore[arg-type]
    ),
    DateRule(
        "ago-past-next",
        re.compile(
            r"(?:(?P<past>过去的?|過去的|過去の?|最近|ここ|この|前の|这(?!一)|這(?!一))"
            r"|(?P<next>未来的?|未來的?|今后|今後|接下来的?|接下來的?|向こう|次の))?"
            rf"(?<![第\d])(?P<n>(?<![\d.])\d+\.\d+|{_CN_NUM}|(?<![上下前后後今去明本大多])半)(?P<more>多|余|餘)? ?"
            r"(?P<unit>个多月|個多月|个半月|個半月|个半小时|個半小時|个半钟头|個半鐘頭|个月|個月|カ月間|ヶ月間|か月間|ヵ月間"
            r"|カ月|ヶ月|か月|ヵ月|週間|个多世纪|個多世紀|个世纪|個世紀"
            r"|个星期|個星期|个礼拜|個禮拜|星期|礼拜|禮拜|天|周(?![年岁歲])|週(?![年岁歲])"
            r"|(?<=[数數几幾])月"
            r"|年間|日間|営業日|日(?=前|後|后|以内|以內|内|內|以上|以下|未満|余り|足らず|程度|ほど)|年(?![级級制期度生])|个小时|個小時|小时|小時|時間|分钟|分鐘"
            r"|个钟头|個鐘頭|钟头|鐘頭|分間|秒間|秒|分(?=前|後|で|間|以内|ほど|ぐらい|くらい|後に|$)|(?<=時間\d)分|(?<=時間\d\d)分)"
            r"(?P<half>半(?![ばば]))?(?P<more2>多)?(?P<dir>以前|以后|以後|之前|之后|之後|前|后|後|以来|以來|来|來|ぶり|以内|以內|之内|之內|内|內)?"
        ),
        _cjk_ago,
    ),
    DateRule(
        "clock",
        re.compile(
            r"(?:(?P<rday>[昨今明])(?=[晚早夜朝晨]))?(?:(?P<part>上午|下午|晚上|晚间|晚間|凌晨|淩晨|早上|中午|傍晚|下晝|晏晝|朝早|夜晚|午前|午後|夕方|深夜|夜|晚|早|朝|晨)"
            r"の?)?"
            r"(?<![\d.第:])(?P<h>[01]?\d|2[0-4]|[零一二三四五六七八九十两兩]{1,3})(?:[点點时時]|(?P<colon>:)(?=[0-5]\d))"
            r"(?:(?P<mi>[0-5]?\d|[零一二三四五六七八九十]{1,3})(?(colon)(?::[0-5]\d|分(?:[0-5]?\d(?:\.\d+)?秒)?)?"
            r"|分(?:[0-5]?\d(?:\.\d+)?秒)?)|(?P<half>半))?"  # 1时47分15.9秒, 01:47分12秒
            r"(?![間间期\d:])"
        ),
        _cjk_clock,
    ),
    DateRule(
        "year-before-the-era",  # 公元前221年, 紀元前3世紀: a year before the common era (no calendar value here)
        re.compile(r"(?:公元前|西元前|紀元前|纪元前)(?:\d{1,4}|[一二三四五六七八九十百千〇零]{1,6})(?:年|世[纪紀])"),
        lambda m, ref: (None, "year"),
        anchor=re.compile("元前"),
        back=1,
    ),
    DateRule(
        "decade",
        re.compile(r"(?<![\d])(?P<y>\d{2}|\d{4}|[一二三四五六七八九]十)年代"),
        lambda m, ref: _cjk_decade(m, ref),
    ),
    DateRule(
        "era-decade",  # 昭和40年代: the era's years 40 to 49
        re.compile(r"(?P<era>昭和|平成|大正|明治)(?P<y>\d{1,2}|[一二三四五六七八九]十)年代"),
        lambda m, ref: _cjk_decade(m, ref),
        anchor=re.compile("年代"),
        back=6,
    ),
    DateRule(
        "month-range",  # 4〜6月, 2020年4-6月, 1至3月份: months sharing one 月
        re.compile(
            rf"{_Y}?(?P<mfrom>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[~〜～至到-](?P<m>{_CN})月份?"
            r"(?![份期号號間间日\d一二三四五六七八九十])"
        ),
        lambda m, ref: _cjk_date(_regroup_year(m), ref),
        anchor=re.compile("[~〜～至到-]"),
        back=10,
    ),
    DateRule(
        "first-months",
        re.compile(
            r"(?:(?P<word>今年|本年|去年|上年|明年|(?P<y>\d{4})年)|(?<![\d年一二三四五六七八九十两兩]))前"
            r"(?:(?P<n>1[0-2]|[1-9]|[一二两兩三四五六七八九十]{1,2})(?:个|個|か|カ|ヶ)?月|(?P<q>[一二三1-3])(?:个|個)?季度)"
        ),
        lambda m, ref: _cjk_first_months(m, ref),
    ),
    DateRule(
        "half-year",
        re.compile(r"(?<![\d今去明本上下前后後来昨年])(?P<word>上半年|下半年)"),
        lambda m, ref: _cjk_half(m, ref),
    ),
    DateRule(
        "holiday",
        re.compile(
            r"(?<![\d一二三四五六七八九十百千万萬亿億两兩])"
            r"(?P<name>(?:春|國慶|国庆|劳动|勞動|圣诞|聖誕|情人|中秋|端午|清明|元宵)[节節]|国庆|國慶|春節|元旦|五一"
            r"|农历新年|農曆新年|除夕|大年初一"
            r"|中秋|端午|クリスマス|大晦日|元日|お盆|ゴールデンウィーク|年末年始)"
            r"(?P<period>假期|长假|長假|连假|連假|黄金周|黃金週|休み|休暇)?(?P<when>期间|期間|前夕|当天|當天|当日|前后|前後|中)?"
        ),
        lambda m, ref: _cjk_holiday(m, ref),
    ),
    DateRule(
        "same-day",
        # 发布会当天, 选举日当天: the day of an event the story names, not a date
        re.compile(
            rf"(?<![会會节節典赛賽礼禮])(?P<word>同日|当日|當日|当天|當天|当晚|當晚|那天|同一天|这一天|這一天"
            # 同3時51分, 同午後7時: a clock time on the day just named
            r"|同(?=(?:午前|午後)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})時))(?![比本])"
            rf"{_DAYPART}"
        ),
        lambda m, ref: (None, "sameday"),
    ),
    DateRule(
        "next-numbered-day",  # 翌28日: the next day, named by its number
        re.compile(r"翌(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?![間间本])"),
        lambda m, ref: (None, "date"),
    ),
    DateRule(
        "same-year",
        re.compile(r"(?:同年|当年|當年|该年|該年|那年|这一年|這一年)(?P<part>年底|年初|年末|年尾|年中|上半年|下半年|底|末|初)?(?![比度同纪紀级級])"),
        lambda m, ref: (None, "sameyear"),
    ),
    DateRule(
        "anaphoric-or-next",  # 翌日, 前日, その週, 同じ年 (placed by the story, not by publication); 次の週
        re.compile(
            r"(?:(?P<next>次の)(?P<unit>週|月|年)|(?:その|同じ|前の)(?:日|週末|週|月|年)(?![間号號度])"
            r"|前日|翌日|翌週|翌月|翌年|次年|次月|次日|隔天|隔日|第二天|第二日|第二年|前一天|前一日|前一周|前一週|前一个月|前一個月|前一年|前一晚|最后一天|最後一天|后一天"
            rf"|後一天)(?![比]){_DAYPART}"
        ),
        lambda m, ref: (
            (_relative_unit(ref, {"週": "week", "月": "month", "年": "year"}[m.group("unit")], 1), "date")
            if m.group("next")
            else (None, "date")
        ),
    ),
    DateRule(
        "relative-quarter",  # 本季度, 上季度, 下个季度
        re.compile(r"(?P<word>本|上|下|这个|這個|上个|上個|下个|下個)季度"),
        lambda m, ref: (_relative_unit(ref, "quarter", _QUARTER_OFFSETS.get(m.group("word")[0], 1)), "date"),
    ),
    DateRule(
        "this-century",  # 本世纪, 上世纪 on its own (上世纪90年代 is a decade's edge)
        re.compile(r"(?P<word>本|上|这个|這個|上个|上個)世[纪紀](?![\d一二三四五六七八九])"),
        lambda m, ref: (
            (_century(ref.published.year // 100 + (1 if m.group("word")[0] in "本这這" else 0)), "year")
            if ref.published is not None
            else (None, "year")
        ),
    ),
    DateRule(
        "part-of-day",  # 上午, 晚上 on their own, in Chinese: on the day named before
        re.compile(r"(?<![每天])(?:上午|下午|晚上|晚间|晚間|凌晨|淩晨|傍晚|清晨|早上|中午|下晝)(?![茶饭飯好场場班报報市盘盤])"),
        lambda m, ref: (None, "daypart"),
    ),
    DateRule(
        "many-years",  # 多年来, 多年前: a vague length of time or time ago
        re.compile(r"(?<![\d一二三四五六七八九十百千万萬])多(?:年|个月|個月)(?:以来|以來|来|來|前|以前|后|後|以后|以後)"),
        lambda m, ref: (None, "date"),
    ),
    DateRule(
        "season-word",  # 今夏, 昨冬, 来春
        re.compile(r"(?P<rel>今|昨|去|来|來|明)(?P<season>[春夏秋冬])(?![季天日])"),
        lambda m, ref: (
            _season(
                ref,
                {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}[m.group("season")],
                {"昨": "last", "去": "last", "来": "next", "來": "next", "明": "next"}.get(m.group("rel"), ""),
            ),
            "date",
        ),
    ),
    DateRule(
        "year-to-date",  # 年初来, 年初以来, 年初至今
        re.compile(r"年初(?:来|來|以来|以來|至今)"),
        lambda m, ref: (
            (DateValue(date(ref.published.year, 1, 1), ref.published, "day"), "date")
            if ref.published is not None
            else (None, "date")
        ),
    ),
    DateRule(
        "clock-word",  # 正午, 真夜中, 午夜 (ごろ/頃 stays in the span)
        re.compile(r"(?P<word>正午|真夜中|午夜)(?:ごろ|頃)?"),
        lambda m, ref: (
            _time_value(ref, time(12, 0) if m.group("word") == "正午" else time(0, 0), True),
            "time",
            time(12, 0) if m.group("word") == "正午" else time(0, 0),
        ),
    ),
    DateRule(
        "century",  # 15世紀, 二十一世纪
        re.compile(r"(?<![\d一二三四五六七八九十])(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})世[紀纪]"),
        lambda m, ref: (_century(_cjk_int(m.group("n"))), "date"),
    ),
    DateRule(
        "year-range",  # 1995-1997年, 1995至1997年: two years sharing one 年
        re.compile(r"(?<![\d./-])(?P<y1>\d{4}) ?[-–—~〜至到] ?(?P<y>\d{4}) ?年(?![度代])"),
        lambda m, ref: _cjk_year_range(m),
        anchor=re.compile(r"\d ?[-–—~〜至到] ?\d"),
        back=8,
    ),
    DateRule(
        "year-range-short",  # 2007年から08年, 2008-09年: a range whose second year keeps two digits
        re.compile(r"(?<![\d./-])(?P<y1>\d{4})(?:年から|年?[-–~〜至到])(?P<y2>\d{2})年(?![度代\d])"),
        lambda m, ref: _cjk_short_year_range(m),
        anchor=re.compile(r"(?:から|[-–~〜至到])\d\d年"),
        back=8,
    ),
    DateRule(
        "split-year",
        re.compile(r"(?<!\d)(?P<y>\d{4})(?:至|到|/|-|~)(?P<y2>\d{2}|\d{4})年度"),
        lambda m, ref: _cjk_split_year(m, ref),
    ),
)


# Fixed-date holidays, by name without 节/節: (month, day, length of the holiday period in days).
# (双十一 is a shopping festival named after its date, not a date expression.)
_CJK_HOLIDAYS = {"国庆": (10, 1, 7), "國慶": (10, 1, 7), "元旦": (1, 1, 1), "元日": (1, 1, 1), "五一": (5, 1, 5),
                 "劳动": (5, 1, 5), "勞動": (5, 1, 5), "圣诞": (12, 25, 1), "聖誕": (12, 25, 1),
                 "クリスマス": (12, 25, 1), "情人": (2, 14, 1), "大晦日": (12, 31, 1), "お盆": (8, 13, 4),
                 "ゴールデンウィーク": (4, 29, 7), "年末年始": (12, 29, 6)}  # fmt: skip


# Names that are also given names or words (王国庆, 五一广场): a date only with 节, a holiday period or 期间.
_CJK_HOLIDAY_NEEDS_SUFFIX = frozenset(("国庆", "國慶", "五一", "中秋", "端午"))


_CJK_LONG_BREAKS = frozenset(("ゴールデンウィーク", "年末年始", "お盆"))


def _cjk_lunar_or_day(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """A day of a month written in numerals without 日: a lunar date (正月初一, 大年三十, 农历…) has no value here
    (only the new year is tabled); otherwise the calendar day (二零零四年八月十五)."""
    groups = match.groupdict()
    day_text, month_text = groups.get("d") or "", groups.get("m") or ""
    lunar = groups.get("lunar") or groups.get("nd") or month_text in ("正", "腊", "臘", "冬") or day_text[:1] in "初廿"
    if lunar:
        return None, "date"
    month, day_ = _cjk_int(month_text), _cjk_int(day_text)
    year = _cjk_year(groups, ref)
    if month is None or day_ is None or not 1 <= month <= 12:
        return None, "reject"

    def make(y: int) -> DateValue | None:
        assert month is not None and day_ is not None
        try:
            return _day(date(y, month, day_))
        except ValueError:
            return None

    return (make(year) if year is not None else _pick_year(ref, make)), "date"


def _new_years_eve(year: int) -> DateValue | None:
    """除夕: the eve of the lunar new year that falls in `year`."""
    first = _lunar_new_year(year)
    return None if first is None else _day(first.start - timedelta(days=1))


def _cjk_holiday(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """国庆假期, 春节期间, 圣诞节前夕, お盆休み: a public holiday (its whole break after 假期/连假/休み)."""
    written = match.group("name")
    name = written[:-1] if (written[-1] in "节節" and len(written) > 2) or written in ("春节", "春節") else written
    period, when = match.group("period"), match.group("when") or ""
    if name in _CJK_HOLIDAY_NEEDS_SUFFIX and name == written and not (period or when):
        return None, "reject"
    if name in ("农历新年", "農曆新年", "大年初一"):
        name = "春"
    if name == "除夕":
        return _pick_year(ref, _new_years_eve), "date"
    if name in ("春", "春節"):
        length = 8 if period else 1

        def make(year: int) -> DateValue | None:
            first = _lunar_new_year(year)
            if first is None:
                return None
            start = first.start - timedelta(days=1) if period else first.start
            return DateValue(start, start + timedelta(days=length - 1), "day")

    elif name in _CJK_HOLIDAYS:
        month, day_, days = _CJK_HOLIDAYS[name]
        length = days if period or name in _CJK_LONG_BREAKS else 1

        def make(year: int) -> DateValue | None:
            start = date(year, month, day_)
            return DateValue(start, start + timedelta(days=length - 1), "day")

    else:
        return None, "date"  # lunar festivals (中秋, 端午, 清明 …) without a calendar here
    if when in ("前后", "前後"):
        return None, "date"  # "around the holiday": no firm interval
    value = _pick_year(ref, make)
    if value is not None and when == "前夕":
        value = _day(value.start - timedelta(days=1))
    return value, "date"


def _cjk_first_months(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """今年前9月, 去年前三季度: from January to the end of that month or quarter."""
    word = match.group("word")
    before = match.string[match.start() - 1 : match.start()]
    if word is None and (match.group("n") or before in ("提", "之", "此", "以")):
        return None, "reject"  # 提前3个月, 之前3个月: before, not the first months; 前三季度 alone is
    year = int(match.group("y")) if match.group("y") else None
    last = _cjk_int(match.group("n")) if match.group("n") else 3 * (_cjk_int(match.group("q")) or 0)
    if year is None and ref.published is not None:
        year = ref.published.year + _RELATIVE_YEARS.get(word or "", 0)
        if word is None and last is not None and 1 <= last <= 12 and _month_end(year, last) > ref.published:
            year -= 1  # 前三季度 on its own: the latest such stretch that is over
    if year is None or last is None or not 1 <= last <= 12:
        return None, "date"
    return DateValue(date(year, 1, 1), _month_end(year, last), "month"), "date"


def _cjk_half(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """上半年 on its own: the first half of the nearest year around publication, the past preferred."""
    half = 1 if match.group("word") == "上半年" else 2
    return _pick_year(ref, lambda y: _half(y, half)), "date"


def _cjk_year_range(match: re.Match[str]) -> tuple[DateValue | None, str]:
    first, last = int(match.group("y1")), int(match.group("y"))
    if not 1 <= first < last <= 9999:
        return None, "reject"
    return DateValue(date(first, 1, 1), date(last, 12, 31), "year"), "range"


def _cjk_short_year_range(match: re.Match[str]) -> tuple[DateValue | None, str]:
    first = int(match.group("y1"))
    last = first // 100 * 100 + int(match.group("y2"))
    if last <= first:
        return None, "reject"
    return DateValue(date(first, 1, 1), date(last, 12, 31), "year"), "range"


def _cjk_split_year(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """2024至25年度, 2024/25年度: a fiscal year across two calendar years, April to March (Hong Kong, Japan)."""
    first = int(match.group("y"))
    second = match.group("y2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last != first + 1:
        return None, "date"
    return DateValue(date(first, 4, 1), date(last, 3, 31), "year"), "date"


def _cjk_fiscal(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """2024年3月期: the Japanese fiscal year that ends in that month (April 2023 – March 2024)."""
    groups = match.groupdict()
    year = _cjk_year(groups, ref)
    month = _cjk_int(groups.get("m"))
    if year is None or month is None or not 1 <= month <= 12 or not 2 <= year <= 9999:
        return None, "date"
    first_year, first_month = _add_months(year, month, -11)
    return DateValue(date(first_year, first_month, 1), _month_end(year, month), "year"), "date"


def _regroup_year(match: re.Match[str]) -> re.Match[str]:
    return _Groups(match, {"y": ("y2d",)})  # type: ignore[return-value]


def _cjk_decade(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    text = match.group("y")
    value = int(text) if text.isdigit() else _cjk_int(text)
    if value is None:
        return None, "year"
    year = value if value >= 1000 else 1900 + value
    era = match.groupdict().get("era")
    if era is not None:
        year = _ERAS[era] + value  # 昭和40年代: the era's years 40 to 49 (1965–1974)
    return DateValue(date(year, 1, 1), date(year + 9, 12, 31), "year"), "year"
