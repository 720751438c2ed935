"""What the date rules share: values for days, months, quarters and years, the publication date and
the tense of the clause a date sits in, lengths of time in ISO 8601, and the shape of a rule (`DateRule`)."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from reader_app.core.facts.model import DateValue
from reader_app.core.facts.numbers import is_whole


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> DateValue:
    return DateValue(date(year, month, 1), _month_end(year, month), "month")


def _year(year: int) -> DateValue:
    return DateValue(date(year, 1, 1), date(year, 12, 31), "year")


def _day(day: date) -> DateValue:
    return DateValue(day, day, "day")


def _quarter(year: int, quarter: int) -> DateValue:
    first = 3 * (quarter - 1) + 1
    return DateValue(date(year, first, 1), _month_end(year, first + 2), "quarter")


def _half(year: int, half: int) -> DateValue:
    first = 1 if half == 1 else 7
    return DateValue(date(year, first, 1), _month_end(year, first + 5), "month")


def _week(day: date) -> DateValue:
    monday = day - timedelta(days=day.weekday())
    return DateValue(monday, monday + timedelta(days=6), "week")


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _part_of_month(year: int, month: int, part: str) -> DateValue:
    """early/mid/late (上旬/中旬/下旬, 初/底) of a month as day ranges 1–10, 11–20, 21–end."""
    last = calendar.monthrange(year, month)[1]
    if part == "early":
        return DateValue(date(year, month, 1), date(year, month, 10), "day")
    if part == "mid":
        return DateValue(date(year, month, 11), date(year, month, 20), "day")
    return DateValue(date(year, month, 21), date(year, month, last), "day")


def _part_of_year(year: int, part: str) -> DateValue:
    """early/mid/late in a year as four-month ranges; the end/beginning of a year as its last/first month."""
    spans = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "start": (1, 1), "end": (12, 12),
             "h1": (1, 6), "h2": (7, 12)}  # fmt: skip
    first, last = spans[part]
    return DateValue(date(year, first, 1), _month_end(year, last), "month")


def _shift_year(value: DateValue, year: int) -> DateValue | None:
    try:
        start = value.start.replace(year=year)
        end = value.end.replace(year=year + (value.end.year - value.start.year))
    except ValueError:
        return None
    return DateValue(start, end, value.grain, value.time)


class _Ref:
    """What a relative expression is resolved against: publication date and whether the clause looks ahead
    (worked out only when a rule asks, since most expressions do not need it)."""

    __slots__ = ("_look", "_tense", "published")

    def __init__(self, published: date | None, tense: int | Callable[[], int]) -> None:
        self.published = published
        self._tense = tense if isinstance(tense, int) else None
        self._look = None if isinstance(tense, int) else tense

    @property
    def tense(self) -> int:
        """+1 when the clause looks ahead ("will", "expected"), -1 when it is in the past tense, else 0."""
        if self._tense is None:
            self._tense = self._look() if self._look is not None else 0
        return self._tense

    @property
    def future(self) -> bool:
        return self.tense > 0


# How much farther an occurrence counts, by (after publication?, tense of the clause): the past is preferred
# unless the clause looks ahead, and a past-tense clause almost never means a later month.
_WEIGHTS = {(True, 1): 1.0, (True, 0): 2.0, (True, -1): 30.0, (False, 1): 2.0, (False, 0): 1.0, (False, -1): 1.0}


def _pick_year(ref: _Ref, make: Callable[[int], DateValue | None]) -> DateValue | None:
    """For a month or day without a year, take the nearest occurrence around publication, preferring the past
    (or the future when the clause says "will", "expected", ...)."""
    if ref.published is None:
        return None
    pub = ref.published
    candidates: list[tuple[int, bool, DateValue]] = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        value = make(year)
        if value is None:
            continue
        if value.end < pub:
            candidates.append(((pub - value.end).days, False, value))
        elif value.start > pub:
            candidates.append(((value.start - pub).days, True, value))
        else:
            return value
    if not candidates:
        return None
    # The clause's tense is costly to work out: ask for it only when it would change the choice.
    choices = {id(_nearest(candidates, tense)) for tense in (-1, 0, 1)}
    tense = ref.tense if len(choices) > 1 else 0
    return _nearest(candidates, tense)


def _nearest(candidates: list[tuple[int, bool, DateValue]], tense: int) -> DateValue:
    return min(candidates, key=lambda item: item[0] * _WEIGHTS[(item[1], tense)])[2]


def _weekday(ref: _Ref, weekday: int, relation: str) -> DateValue | None:
    """A weekday: the last one on or before publication unless the clause looks ahead; "last"/"next"/"this"."""
    if ref.published is None:
        return None
    pub = ref.published
    if relation in ("下", "来", "來"):
        return _day(_next_week_day(pub, weekday))
    if relation in ("next", "coming"):
        ahead = (weekday - pub.weekday()) % 7 or 7
        if relation == "next" and ahead < 3:
            ahead += 7
        return _day(pub + timedelta(days=ahead))
    if relation in ("last", "past", "上", "先"):
        if relation in ("上", "先"):
            return _day(pub - timedelta(days=pub.weekday() + 7 - weekday))
        back = (pub.weekday() - weekday) % 7 or 7
        return _day(pub - timedelta(days=back))
    if relation in ("this", "本", "这", "這", "今"):
        return _day(pub - timedelta(days=pub.weekday() - weekday))
    if weekday != pub.weekday() and ref.future:  # the publication day's own weekday needs no tense
        return _day(pub + timedelta(days=(weekday - pub.weekday()) % 7))
    return _day(pub - timedelta(days=(pub.weekday() - weekday) % 7))


def _next_week_day(pub: date, weekday: int) -> date:
    return pub - timedelta(days=pub.weekday()) + timedelta(days=7 + weekday)


def _relative_unit(ref: _Ref, unit: str, offset: int) -> DateValue | None:
    """The whole week/month/quarter/year `offset` units from the publication's."""
    if ref.published is None:
        return None
    pub = ref.published
    if unit == "day":
        return _day(pub + timedelta(days=offset))
    if unit == "week":
        return _week(pub + timedelta(weeks=offset))
    if unit == "fortnight":
        if offset == 0:
            return None
        first = pub + timedelta(days=1) if offset > 0 else pub - timedelta(days=14)
        return DateValue(first, first + timedelta(days=13), "day")
    if unit == "weekend":
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if offset > 0 or (offset == 0 and ref.future):
            saturday = pub + timedelta(days=(5 - pub.weekday()) % 7)
        return DateValue(saturday, saturday + timedelta(days=1), "day")
    if unit == "month":
        year, month = _add_months(pub.year, pub.month, offset)
        return _month(year, month)
    if unit == "quarter":
        year, month = _add_months(pub.year, pub.month, 3 * offset)
        return _quarter(year, (month - 1) // 3 + 1)
    if unit == "year":
        return _year(pub.year + offset)
    if unit == "decade":
        start = (pub.year // 10 + offset) * 10
        return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "year")
    return None


def _ago(ref: _Ref, count: float, unit: str, sign: int) -> DateValue | None:
    """ "three days ago", "in two weeks", "3年前", "两周后": a point `count` units back or ahead."""
    if ref.published is None or not is_whole(count) or count > 5000:
        return None
    pub, n = ref.published, int(count) * sign
    if unit == "hour":
        return _day(pub + timedelta(days=int(n / 24)))
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit == "day":
        return _day(pub + timedelta(days=n))
    if unit == "week":
        return _day(pub + timedelta(weeks=n)) if sign > 0 else _week(pub + timedelta(weeks=n))
    if unit == "month":
        year, month = _add_months(pub.year, pub.month, n)
        return _month(year, month)
    if unit == "year":
        return _year(pub.year + n) if 1 <= pub.year + n <= 9999 else None
    if unit == "decade":
        return _year(pub.year + 10 * n)
    return None


def _shifted(day: date, count: int, unit: str) -> date | None:
    """`day` moved by `count` calendar units (a month from Jan 31 is Feb 28/29)."""
    try:
        if unit == "hour":
            return day + timedelta(days=-(-count // 24))  # the next 24 hours end tomorrow
        if unit == "day":
            return day + timedelta(days=count)
        if unit == "week":
            return day + timedelta(weeks=count)
        if unit == "fortnight":
            return day + timedelta(weeks=2 * count)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * count
        year, month = _add_months(day.year, day.month, months)
        return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    except (KeyError, ValueError, OverflowError):
        return None


def _past(ref: _Ref, count: float, unit: str) -> DateValue | None:
    """ "the past two weeks", "5年来": from `count` units before publication up to it."""
    if ref.published is None or not is_whole(count) or count > 5000:
        return None
    start = _shifted(ref.published, -int(count), unit)
    return None if start is None else DateValue(start, ref.published, "day", duration=iso_duration(count, unit))


def _coming(ref: _Ref, count: float, unit: str) -> DateValue | None:
    """ "the next 18 months": from publication up to `count` units after it."""
    if ref.published is None or not is_whole(count) or count > 5000:
        return None
    end = _shifted(ref.published, int(count), unit)
    return None if end is None else DateValue(ref.published, end, "day", duration=iso_duration(count, unit))


@dataclass(frozen=True, slots=True)
class _Date:
    start: int
    end: int
    value: DateValue | None
    sort: str
    """What the expression names, for merging neighbours: "time", "weekday", "year", "week", "date"."""
    clock: time | None = None


_Handler = Callable[[re.Match[str], _Ref], tuple[DateValue | None, str] | tuple[DateValue | None, str, time]]


@dataclass(frozen=True, slots=True)
class DateRule:
    """One way of writing a date, time or period, named like its tests; the handler resolves a match against the
    publication date and says what sort of expression it is ("date", "time", "year", "duration" …)."""

    name: str
    pattern: re.Pattern[str]
    handler: _Handler
    anchor: re.Pattern[str] | None = None
    """A literal every match contains: the full pattern runs only around its hits (see `found.scan`)."""
    back: int = 0
    """How far before its anchor a match may start."""
    also_cjk: bool = False
    """Whether the rule also reads Chinese and Japanese text (numeric dates, clock times)."""


def _season(ref: _Ref, season: str, relation: str, year: int | None = None) -> DateValue | None:
    first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season]
    if year is None:
        if ref.published is None:
            return None
        pub = ref.published
        year = pub.year + {"last": -1, "next": 1}.get(relation, 0)
        if relation == "last" and (pub.month - first) % 12 >= 3 and pub.month >= first:
            year += 1
    end_year, end_month = _add_months(year, first, 2)
    return DateValue(date(year, first, 1), _month_end(end_year, end_month), "month")


def _clock(hour: int, minute: int, ampm: str | None) -> time | None:
    marker = (ampm or "").lower().replace(".", "").replace(" ", "")
    if marker == "pm" and hour < 12:
        hour += 12
    elif marker == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def _time_value(ref: _Ref, clock: time | None, whole_hour: bool) -> DateValue | None:
    if clock is None or ref.published is None:
        return None
    return DateValue(ref.published, ref.published, "hour" if whole_hour else "minute", clock)


# The first day of the Chinese (lunar) new year; other lunar festivals are left unresolved.
_LUNAR_NEW_YEAR = {2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
                   2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
                   2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3)}  # fmt: skip


def _lunar_new_year(year: int) -> DateValue | None:
    month_day = _LUNAR_NEW_YEAR.get(year)
    return _day(date(year, *month_day)) if month_day else None


class _Groups:
    """A match whose alternative groups (n2, unit2, ...) are read under their first names."""

    def __init__(self, match: re.Match[str], names: dict[str, tuple[str, ...]]) -> None:
        self._match = match
        self._names = names

    def groupdict(self) -> dict[str, str | None]:
        groups = dict(self._match.groupdict())
        for name, alternatives in self._names.items():
            for alternative in (name, *alternatives):
                if groups.get(alternative):
                    groups[name] = groups[alternative]
                    break
        return groups

    def group(self, name: str) -> str | None:
        return self.groupdict().get(name)

    def __getattr__(self, name: str) -> object:
        return getattr(self._match, name)  # string, start, end: as the wrapped match


def _century(number: int | None) -> DateValue | None:
    """The 15th century: 1400–1499, as the phrase is used."""
    if number is None or not 1 <= number <= 30:
        return None
    return DateValue(date(max(1, (number - 1) * 100), 1, 1), date(number * 100 - 1, 12, 31), "year")


def _bare_day_number(item: _Date) -> int:
    return item.value.start.day if item.value is not None else 0


def _day_in(month: date, day: int) -> DateValue | None:
    try:
        return _day(month.replace(day=day))
    except ValueError:
        return None


_ISO_UNITS = {"year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100), "month": ("M", 1), "quarter": ("M", 3),
              "week": ("W", 1),
              "fortnight": ("W", 2), "day": ("D", 1), "hour": ("TH", 1), "minute": ("TM", 1),
              "second": ("TS", 1)}  # fmt: skip


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def _iso_number(number: float) -> str:
    return str(int(number)) if is_whole(number) else f"{number:g}"


def iso_duration(number: float, unit: str) -> str | None:
    """ISO 8601 for `number` `unit`s: (3, "year") -> "P3Y", (24, "hour") -> "PT24H", (2.5, "year") -> "P2Y6M"."""
    if unit not in _ISO_UNITS or number < 0 or not math.isfinite(number):
        return None
    designator, factor = _ISO_UNITS[unit]
    number *= factor
    whole = int(number)
    parts: list[tuple[float, str]] = [(whole, designator)] if whole else []
    rest = number - whole
    if rest and designator in _SMALLER:
        smaller, per = _SMALLER[designator]
        parts.append((round(rest * per, 6), smaller))
    elif rest:
        parts = [(number, designator)]
    date_part = "".join(f"{_iso_number(n)}{d}" for n, d in parts if not d.startswith("T"))
    time_part = "".join(f"{_iso_number(n)}{d[1]}" for n, d in parts if d.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "") if parts else None
