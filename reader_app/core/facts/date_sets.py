"""Sets of times ("every Friday", 每周五, 毎週金曜日, 每月15日): date facts whose value is a recurrence rule.

Each rule is a named record with the pattern and the function that writes its RFC 5545 rule; the examples of every
rule are in tests/core/facts/test_fact_date_sets.py. Frequency adjectives ("daily", "annual", 毎月 on its own) are
not sets: a set names which days or how often in numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reader_app.core.facts.found import Context, Found, scan
from reader_app.core.facts.model import FactKind, RecurrenceValue
from reader_app.core.facts.numbers import is_whole, parse_cjk, parse_english

_EN_DAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR", "saturday": "SA",
            "sunday": "SU"}  # fmt: skip
_CJK_DAYS = {"一": "MO", "二": "TU", "三": "WE", "四": "TH", "五": "FR", "六": "SA", "日": "SU", "天": "SU",
             "月": "MO", "火": "TU", "水": "WE", "木": "TH", "金": "FR", "土": "SA"}  # fmt: skip
_FREQ = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY", "hour": "HOURLY",
         "天": "DAILY", "日": "DAILY", "周": "WEEKLY", "週": "WEEKLY", "星期": "WEEKLY", "个月": "MONTHLY",
         "個月": "MONTHLY", "月": "MONTHLY", "年": "YEARLY", "カ月": "MONTHLY", "ヶ月": "MONTHLY", "か月": "MONTHLY",
         "ヵ月": "MONTHLY", "週間": "WEEKLY", "1日": "DAILY", "一日": "DAILY",
         "小时": "HOURLY", "小時": "HOURLY", "時間": "HOURLY"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SetRule:
    """One way of writing a set of times."""

    name: str
    pattern: re.Pattern[str]
    recurrence: Callable[[re.Match[str]], str | None]
    cjk: bool
    anchor: re.Pattern[str] | None = None
    """A literal every match contains, for rules whose pattern is slow to scan with (see `found.scan`)."""


def _interval(rule: str, number: float | None) -> str | None:
    if number is None or not is_whole(number) or number < 1:
        return None
    return rule if number == 1 else f"{rule};INTERVAL={int(number)}"


def _en_weekday(match: re.Match[str]) -> str:
    days = ",".join(_EN_DAYS[day.lower()] for day in re.findall(r"(?i)[a-z]+day", match.group("days")))
    return f"FREQ=WEEKLY;BYDAY={days}"


def _en_every_unit(match: re.Match[str]) -> str | None:
    unit = match.group("unit").lower().rstrip("s")
    if match.group("other"):
        return f"FREQ={_FREQ[unit]};INTERVAL=2"
    number_text = match.group("n")
    number = parse_english(number_text.lower()) if number_text else 1.0
    return _interval(f"FREQ={_FREQ[unit]}", number)


def _cjk_weekday(match: re.Match[str]) -> str:
    return f"FREQ=WEEKLY;BYDAY={_CJK_DAYS[match.group('day')]}"


# A clock time after a CJK set belongs to it: 毎週月曜日午後4時, 每周一下午八点, 毎日午後3時.
_CJK_SET_CLOCK = (
    r"(?:の?(?P<part>午前|午後|上午|下午|晚上|早上|夜|朝)?(?P<hour>[01]?\d|2[0-3]|[一二三四五六七八九十]{1,3})[時点點]"
    r"(?:(?P<minute>[0-5]?\d)分|(?P<half>半))?)"
)


def _with_clock(rule: str, match: re.Match[str]) -> str | None:
    """`rule` with the hour and minute of the clock time the match ends with, if any."""
    hour_text = match.groupdict().get("hour")
    if not hour_text:
        return rule
    hour = parse_cjk(hour_text)
    if hour is None or not is_whole(hour) or hour > 23:
        return None
    if match.group("part") in ("午後", "下午", "晚上", "夜") and hour < 12:
        hour += 12
    minute = 30 if match.group("half") else int(match.group("minute") or 0)
    return f"{rule};BYHOUR={int(hour)};BYMINUTE={minute}"


def _cjk_month_day(match: re.Match[str]) -> str | None:
    day = parse_cjk(match.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    return f"FREQ=MONTHLY;BYMONTHDAY={int(day)}"


def _times_per(match: re.Match[str]) -> str | None:
    """4ヵ月に1度, 年2回, 週に3回: how often; once per unit is a rule, more often has no exact one (""), which
    leaves the fact without a value."""
    times = match.group("times")
    if times == "数":
        return ""
    count = parse_cjk(times)
    if count is None or count < 1:
        return None
    if count != 1:
        return ""
    number = parse_cjk(match.group("n")) if match.groupdict().get("n") else 1.0
    unit = match.groupdict().get("unit") or match.groupdict().get("unit2") or ""
    return _interval(f"FREQ={_FREQ[unit]}", number)


def _cjk_every_unit(match: re.Match[str]) -> str | None:
    number = parse_cjk(match.group("n")) if match.group("n") else 1.0
    return _interval(f"FREQ={_FREQ[match.group('unit')]}", number)


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty)"

SET_RULES = (
    SetRule(
        "every-weekday",  # every Friday, each Monday and Thursday
        re.compile(rf"(?<![\w-])(?i:every|each) (?P<days>{_WEEKDAY}(?:(?: and |, ){_WEEKDAY})*)\b"),
        _en_weekday,
        cjk=False,
        anchor=re.compile("every|each|Every|Each"),
    ),
    SetRule(
        "weekday-plural",  # on Fridays ("Fridays" is the set)
        re.compile(rf"(?<=\bon )(?P<days>{_WEEKDAY})s\b"),
        _en_weekday,
        cjk=False,
        anchor=re.compile("days"),
    ),
    SetRule(
        "every-n-units",  # every two weeks, every other day, every 3 months, every year, each week
        re.compile(
            rf"(?<![\w-])(?:(?i:every) (?:(?P<other>other) |(?P<n>{_EN_NUMBER}) )?|(?i:each) )"
            r"(?P<unit>(?i:days?|weeks?|months?|years?|hours?))\b"
        ),
        _en_every_unit,
        cjk=False,
        anchor=re.compile("every|Every|each|Each"),
    ),
    SetRule(
        "mei-weekday",  # 每周五, 每星期一, 毎週金曜日, 毎週の金曜日, 毎週月曜日午後4時
        re.compile(
            r"(?:每(?:周|週|星期|礼拜|禮拜)(?P<day>[一二三四五六日天])|毎週の?(?P<jday>[月火水木金土日])曜日?)"
            rf"{_CJK_SET_CLOCK}?"
        ),
        lambda m: _with_clock(f"FREQ=WEEKLY;BYDAY={_CJK_DAYS[m.group('day') or m.group('jday')]}", m),
        cjk=True,
    ),
    SetRule(
        "mei-day-clock",  # 毎日午後3時, 每天早上八点 (毎日 alone is a frequency adjective, not a set)
        re.compile(rf"(?:毎日|每天|每日){_CJK_SET_CLOCK}"),
        lambda m: _with_clock("FREQ=DAILY", m),
        cjk=True,
    ),
    SetRule(
        "n-units-goto",  # 2日ごとに, 3週間ごと, 4年おき (the particle に stays outside)
        re.compile(
            r"(?P<n>\d+|[一二三四五六七八九十]{1,3})(?P<unit>か月|カ月|ヶ月|週間|日|年|時間)(?:ごと|毎|おき)"
        ),
        lambda m: _interval(f"FREQ={_FREQ[m.group('unit').replace('週間', '週')]}", parse_cjk(m.group("n"))),
        cjk=True,
        anchor=re.compile("ごと|毎|おき"),
    ),
    SetRule(
        "n-units-ni-times",  # 4ヵ月に1度, 2年に1回, 週に3回, 月に1度 (月 alone only without a number: 3月に is March)
        re.compile(
            r"(?:(?P<n>\d+|[一二三四五六七八九十]{1,3})(?P<unit>か月|カ月|ヶ月|ヵ月|週間|日|年|時間)"
            r"|(?<![\d一二三四五六七八九十今先来前翌同当本毎])(?P<unit2>週|月|年))"
            r"に(?P<times>\d+|[一二三四五六七八九十]|数)(?:度|回)(?!目)"
        ),
        _times_per,
        cjk=True,
        anchor=re.compile("に(?:\\d+|[一二三四五六七八九十]|数)[度回]"),
    ),
    SetRule(
        "unit-n-times",  # 年2回, 月1回, 1日3回, 毎年2回
        re.compile(
            r"(?<![\d一二三四五六七八九十今先来前翌同当本昨])毎?(?P<unit>年|月|週|1日|一日)"
            r"(?P<times>\d+|[一二三四五六七八九十]|数)(?:度|回)(?!目)"
        ),
        _times_per,
        cjk=True,
        anchor=re.compile("[年月週日](?:\\d+|[一二三四五六七八九十]|数)[度回]"),
    ),
    SetRule(
        "mei-month-day",  # 每月15日, 毎月1日, 每月15号
        re.compile(r"[每毎]月(?P<day>[12]\d|3[01]|0?[1-9]|[一二三四五六七八九十]{1,3})[日号號]"),
        _cjk_month_day,
        cjk=True,
    ),
    SetRule(
        "mei-n-units",  # 每隔两周, 每3年, 每两个月
        re.compile(
            r"每(?:隔)?(?P<n>\d+|[一二两兩三四五六七八九十]{1,3})(?P<unit>个月|個月|カ月|ヶ月|か月|天|日|周|週|星期|年|小时|小時|時間)"
        ),
        _cjk_every_unit,
        cjk=True,
    ),
)


def find_sets(context: Context) -> list[Found]:
    """Every set of times in the passage."""
    found: list[Found] = []
    text = context.folded
    for rule in SET_RULES:
        if rule.cjk != context.cjk:
            continue
        for match in scan(rule.pattern, text, rule.anchor, 10, 60):
            recurrence = rule.recurrence(match)
            if recurrence is not None:
                value = RecurrenceValue(recurrence) if recurrence else None  # "": a set with no exact rule
                found.append(Found(FactKind.DATE, match.start(), match.end(), value))
    return found
