"""Date and time expressions in English, Chinese and Japanese, resolved to intervals with a past bias for news."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from reader_app.core.facts.date_sets import find_sets
from reader_app.core.facts.found import Context, Found, Taken, scan
from reader_app.core.facts.model import DateValue, DurationValue, FactKind
from reader_app.core.facts.numbers import is_whole, parse_cjk, parse_english

# ------------------------------------------------------------------------------------------- calendar helpers


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


# --------------------------------------------------------------------------------------------- past bias


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
    best: tuple[float, DateValue] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        value = make(year)
        if value is None:
            continue
        if value.end < pub:
            distance, later = (pub - value.end).days, False
        elif value.start > pub:
            distance, later = (value.start - pub).days, True
        else:
            return value
        score = distance * _WEIGHTS[(later, ref.tense)]
        if best is None or score < best[0]:
            best = (score, value)
    return best[1] if best else None


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
    if ref.future:
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


# ---------------------------------------------------------------------------------------------- English

_MONTHS = {name: index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name: index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["Sept"] = 9
_MONTHS.update({name.lower(): index for name, index in list(_MONTHS.items())})
_WEEKDAYS = {name: index for index, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): index for index, name in enumerate(calendar.day_name)})
_WEEKDAYS.update({"Tues": 1, "Wed": 2, "Thur": 3, "Thurs": 3, "Mon": 0, "Tue": 1, "Thu": 3, "Fri": 4,
                  "Sat": 5, "Sun": 6})  # fmt: skip

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?= \d)))"
)
# Lower-case month names count too (not "may" or "march", which are also a verb), read by copies of the rules that
# name months or weekdays, anchored on the lower-case names, so capitalised text pays nothing for them.
_MONTH_LOWER = r"(?:january|february|april|june|july|august|september|october|november|december)"
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)"
)
_WEEKDAY_LOWER = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_DAY_ORDINALS = {
    word: index + 1
    for index, word in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        )
    )
}
_UNITS_ORDINAL = list(_DAY_ORDINALS.items())[:9]
_DAY_ORDINALS.update({f"twenty{sep}{word}": 20 + n for sep in (" ", "-") for word, n in _UNITS_ORDINAL})
_DAY_ORDINALS.update({"thirtieth": 30, "thirty first": 31, "thirty-first": 31})
_DAY = (
    r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:(?:twenty[ -])?(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth|thirty[ -]first)(?![\w-]))"
)
_NUM = (
    r"(?:\d+|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|ninety|several|a few|few|a couple of|a couple|couple of|couple)"
)
_UNIT = r"(?:hour|day|week|fortnight|month|quarter|year|decade)s?"
_MOD = (
    r"(?:(?<![\w-])(?i:early|mid|late|the (?:end|beginning|start|middle) of|(?:end|beginning|start|middle) of)[ -]"
    r"|(?<![\w-])(?:Early|Mid|Late|mid|end)-)"
)
_PARTS = r"(?:[ -](?:morning|afternoon|evening|night))"
_TZ = (
    r"(?: ?(?:GMT|UTC|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CET|CEST|JST|KST|HKT|SGT|IST|AEST"
    r"|(?:Pacific|Eastern|Central|Mountain|Atlantic|Hawaii|Alaska)(?: (?:Standard|Daylight))? [Tt]ime"
    r"|(?:local|Beijing|Tokyo|Hong Kong|Singapore|Taipei|Seoul|Japan|Korea|India|London|UK|Paris|Moscow|Sydney) time))?"
)

_NUMBER_WORDS = {"a": 1, "an": 1, "several": None, "a few": None, "few": None, "half a": 0.5, "half an": 0.5,
                 "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2}  # fmt: skip


def _count(text: str) -> float | None:
    lowered = text.lower()
    if lowered in _NUMBER_WORDS:
        return _NUMBER_WORDS[lowered]
    return parse_english(lowered)


def _mod_part(mod: str | None) -> str | None:
    if not mod:
        return None
    lowered = mod.lower()
    if "early" in lowered or "beginning" in lowered or "start" in lowered:
        return "early" if "early" in lowered else "start"
    if "mid" in lowered:
        return "mid"
    if "late" in lowered:
        return "late"
    return "end"


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


def _en_full(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    month = _MONTHS[(groups["m1"] or groups["m2"]).rstrip(".")]
    day_text = groups["d1"] or groups["d2"]
    day = _DAY_ORDINALS[day_text.lower()] if day_text.lower() in _DAY_ORDINALS else int(re.sub(r"\D", "", day_text))
    year_text = groups["y1"] or groups["y2"]
    last = int(re.sub(r"\D", "", groups["dto"])) if groups.get("dto") else day

    def make(year: int) -> DateValue | None:
        try:
            return DateValue(date(year, month, day), date(year, month, last), "day") if last > day else (
                _day(date(year, month, day))
            )
        except ValueError:
            return None

    if not year_text:
        # "August 14 to August 17, 2026": a range's second date lends its year to the first
        partner = _RANGE_PARTNER.match(match.string, match.end())
        year_text = partner.group("year") if partner else None
    return (make(int(year_text)) if year_text else _pick_year(ref, make)), "date"


_RANGE_PARTNER = re.compile(
    rf"(?: ?[-–] ?| to | through | until | and )(?:{_WEEKDAY},? )?(?:{_MONTH} )?{_DAY},? (?P<year>{_YEAR})(?!\d)"
)


def _en_month(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    month = _MONTHS[groups["month"].rstrip(".")]
    part = _mod_part(groups.get("mod"))
    relation = (groups.get("rel") or "").lower()

    def make(year: int) -> DateValue:
        if part in ("early", "mid", "late"):
            return _part_of_month(year, month, part)
        if part == "end":
            return _part_of_month(year, month, "late")
        if part == "start":
            return _part_of_month(year, month, "early")
        return _month(year, month)

    if groups.get("year"):
        return make(int(groups["year"])), "date"
    if relation and ref.published is not None:
        pub = ref.published
        if relation == "last":
            return make(pub.year if month < pub.month else pub.year - 1), "date"
        if relation == "next":
            return make(pub.year if month > pub.month else pub.year + 1), "date"
        return make(pub.year), "date"
    return _pick_year(ref, make), "date"


# Where a fiscal year starts, from cues in the text: April in India, Japan and the UK, October for the US federal
# budget, July in Australia. Companies and cities choose their own, so without a cue the value stays null.
_FISCAL_CUES = (
    (4, re.compile(
        r"₹|\bRs\.? ?\d|\bcrore|\blakh|\bIndia|\bJapan|\bTokyo|\bBritain|\bUK\b|£|\bpounds\b|\bsterling\b|\bpence\b"
        r"|\bHong Kong|HK\$"
    )),
    (10, re.compile(r"\b(?:federal|Congress|Pentagon|Senate|White House|Treasury Department)\b")),
    (7, re.compile(r"\bAustralia")),
)


def _fiscal(match: re.Match[str], end_year: int) -> DateValue | None:
    """The fiscal year that ends in `end_year` ("fiscal 2026", "FY26"), when the text says where it starts."""
    around = match.string[max(0, match.start() - 1500) : match.end() + 1500]
    for month, cue in _FISCAL_CUES:
        if cue.search(around):
            start_year, start_month = _add_months(end_year, month, -12)
            last_year, last_month = _add_months(end_year, month, -1)
            return DateValue(date(start_year, start_month, 1), _month_end(last_year, last_month), "year")
    return None


def _en_decade(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the '90s": the 1990s, or the 2000s when that decade has already begun."""
    short = int(match.group("dd"))
    now = ref.published.year if ref.published is not None else date.today().year
    start = 2000 + short if 2000 + short <= now else 1900 + short
    return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "year"), "year"


def _en_year(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    if groups.get("fys"):
        first, last = int(groups["fys"] or 0), groups["fye"] or ""
        end_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        return (_fiscal(match, end_year) if end_year == first + 1 else None), "year"
    if groups.get("fy"):
        short = groups["fy"]
        return _fiscal(match, int(short) if len(short) == 4 else 2000 + int(short)), "year"
    year = int(groups["year"])
    if groups.get("fiscal"):
        return _fiscal(match, year), "year"
    if groups.get("decade"):
        return DateValue(date(year, 1, 1), date(year + 9, 12, 31), "year"), "year"
    part = _mod_part(groups.get("mod"))
    if part:
        return _part_of_year(year, part), "year"
    return _year(year), "year"


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4, "last": 4}  # fmt: skip


def _year_of(groups: dict[str, str | None], ref: _Ref, *names: str) -> int | None:
    for name in names:
        text = groups.get(name)
        if text:
            text = text.lstrip("'")
            return int(text) if len(text) == 4 else 2000 + int(text)
    relation = (groups.get("rel") or "").lower()
    if ref.published is None:
        return None
    return ref.published.year + {"last": -1, "next": 1}.get(relation, 0)


def _en_quarter(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    if groups.get("fiscal"):
        return None, "date"  # a company's fiscal quarter: where its year starts is its own choice
    if groups.get("q"):
        label = groups["q"].upper()
        number, unit = int(label[1]), "half" if label[0] == "H" else "quarter"
    else:
        number, unit = _ORDINALS[(groups["ord"] or "").lower()], (groups["unit"] or "").lower()
        if unit == "half":
            number = min(number, 2)
    explicit = groups.get("y1") or groups.get("y2") or groups.get("y3") or groups.get("rel")
    if explicit:
        year = _year_of(groups, ref, "y1", "y2", "y3")
        if year is None:
            return None, "date"
        value = _half(year, number) if unit == "half" else _quarter(year, number)
        return value, "date"

    def make(year: int) -> DateValue:
        return _half(year, number) if unit == "half" else _quarter(year, number)

    return _pick_year(ref, make), "date"


_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)


def _en_fiscal_quarter(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "Q3 FY25", "H1 FY2025": a quarter or half of a fiscal year whose start the text gives away."""
    label, short = match.group("q").upper(), match.group("fy")
    whole = _fiscal(match, int(short) if len(short) == 4 else 2000 + int(short))
    if whole is None:
        return None, "date"
    size = 6 if label[0] == "H" else 3
    start_year, start_month = _add_months(whole.start.year, whole.start.month, size * (int(label[1]) - 1))
    end_year, end_month = _add_months(start_year, start_month, size - 1)
    grain = "quarter" if size == 3 else "month"
    return DateValue(date(start_year, start_month, 1), _month_end(end_year, end_month), grain), "date"


def _en_month_quarter(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the June quarter" (April–June), "the October-December quarter", "the three months to September"."""
    groups = match.groupdict()
    last = _MONTHS[(groups.get("m2") or groups.get("m1") or "").rstrip(".")]
    if groups.get("yr"):
        length = 12
    elif groups.get("n"):
        length = int(_count(groups["n"] or "") or 0)
    elif groups.get("m1") and groups.get("m2"):
        length = (last - _MONTHS[(groups["m1"] or "").rstrip(".")]) % 12 + 1
    else:
        length = 3
    if not 1 <= length <= 12:
        return None, "date"

    end_day = int(groups["d3"]) if groups.get("d3") else None

    def make(year: int) -> DateValue:
        if end_day is not None:
            # "the year to March 29": the day after the same date one period earlier, up to that day
            end = _day_in(date(year, last, 1), end_day)
            begin = _shifted(end.start, -length, "month") if end is not None else None
            if end is not None and begin is not None:
                return DateValue(begin + timedelta(days=1), end.start, "day")
        start_year, start_month = _add_months(year, last, 1 - length)
        grain = "quarter" if length == 3 else "month"
        return DateValue(date(start_year, start_month, 1), _month_end(year, last), grain)

    if groups.get("year"):
        return make(int(groups["year"])), "date"
    # the period is named by its last month: that month's nearest occurrence decides the year
    end_month = _pick_year(ref, lambda y: _month(y, last))
    return (make(end_month.start.year) if end_month else None), "date"


def _en_weekday(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    weekday = _WEEKDAYS[groups["wd"].rstrip(".")]
    relation = (groups.get("rel") or "").lower().replace("this past", "past")
    return _weekday(ref, weekday, relation), "weekday"


_DAY_WORDS = {"today": 0, "tonight": 0, "tonite": 0, "end of day": 0, "end of the day": 0, "the end of the day": 0,
              "the end of day": 0, "eod": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "last night": -1, "overnight": 0}  # fmt: skip


def _en_day_word(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    word = match.group("word").lower()
    offset = _DAY_WORDS.get(word, 0)
    return _relative_unit(ref, "day", offset), "date"


_RELATIONS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
              "following": 1}  # fmt: skip


def _en_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    relation = groups["rel"].lower()
    unit = groups["unit"].lower()
    if relation == "this" and unit == "weekend" and ref.published is not None:
        # "this weekend": the Saturday and Sunday of the publication's week (Monday to Sunday)
        saturday = ref.published + timedelta(days=5 - ref.published.weekday())
        return DateValue(saturday, saturday + timedelta(days=1), "day"), "date"
    if relation == "the" and match.string.startswith(" of ", match.end()):
        return None, "reject"  # "the weekend of March 8": the date after "of" says which
    if relation == "the":
        if unit != "weekend":
            return None, "reject"  # "the year", "the quarter": which one depends on the story
        relation = "this"
    if unit in ("spring", "summer", "autumn", "fall", "winter"):
        return _season(ref, unit, relation), "date"
    value = _relative_unit(ref, unit, _RELATIONS[relation])
    return value, ("week" if unit == "week" else "date")


def _en_fiscal_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "this financial year", "next fiscal year": the fiscal year around publication, where the text's cues say
    it starts (see `_fiscal`); null without a cue or a publication date."""
    if ref.published is None:
        return None, "date"
    offset = {"last": -1, "previous": -1, "next": 1}.get(match.group("rel").lower().split()[-1], 0)
    pub = ref.published
    for year in (pub.year, pub.year + 1):
        whole = _fiscal(match, year)
        if whole is None:
            return None, "date"
        if whole.start <= pub <= whole.end:
            return _fiscal(match, year + offset), "date"
    return None, "date"


def _en_part_of_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the end of the year", "the start of next month": the first or last part of a unit around publication."""
    groups = match.groupdict()
    relation = groups["rel"].lower()
    unit = groups["unit"].lower()
    whole = _relative_unit(ref, unit, {"last": -1, "next": 1}.get(relation, 0))
    if whole is None:
        return None, "date"
    part = _mod_part(groups["mod"].replace("turn", "start")) or "start"
    if unit == "year":
        return _part_of_year(whole.start.year, part), "date"
    if unit == "month":
        month_part = {"start": "early", "end": "late"}.get(part, part)
        return _part_of_month(whole.start.year, whole.start.month, month_part), "date"
    if unit == "decade":
        # "the end of the decade": its last two years; "the start of": its first two
        first = whole.start.year + (8 if part in ("end", "late") else 0)
        return DateValue(date(first, 1, 1), date(first + 1, 12, 31), "year"), "date"
    return whole, "date"


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


def _en_season_year(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    return _season(ref, match.group("season").lower(), "", int(match.group("year"))), "date"


def _en_within(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "earlier this month", "later this year": the part of the unit before or after publication."""
    groups = match.groupdict()
    whole = _relative_unit(ref, groups["unit"].lower(), 0)
    if whole is None or ref.published is None:
        return None, "date"
    pub = ref.published
    if groups["side"].lower() in ("earlier", "so far"):
        return DateValue(whole.start, pub, "day"), "date"
    return DateValue(pub, whole.end, "day"), "date"


def _en_ago(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    unit = (groups["unit"] or "").lower().rstrip("s")
    if groups.get("past1"):
        return _past(ref, 1, unit), "date"
    count = _count(groups["n"] or "")
    if count is None:
        return None, "date"
    if groups.get("ago"):
        if groups["ago"] != "ago":
            return None, "date"  # "a year earlier" counts from some other date in the story
        return _ago(ref, count, unit, -1), "date"
    if groups.get("past"):
        return _past(ref, count, unit), "date"
    if groups.get("next"):
        return _coming(ref, count, unit), "date"
    looks_back = _SUPERLATIVE.search(match.string, max(0, match.start() - 60), match.start()) or ref.tense < 0
    # "the index is up 10% in two weeks": a change measured over a length of time
    change = not ref.future and _CHANGE.search(match.string, max(0, match.start() - 40), match.start())
    if looks_back or change:
        return None, "duration"  # "the highest in two years", "it was built in two years": a length of time
    return _ago(ref, count, unit, 1), "date"  # "in two weeks" counts from publication


_SUPERLATIVE = re.compile(
    r"(?i)\b(?:(?:bigg|hott|wett|fatt|sadd)est|(?:high|low|larg|small|strong|weak|fast|slow|great|long|short|sharp|steep"
    r"|deep|cold|warm|dri|busi|cheap|few|lat|earli|tight|loos|wid|fin|low|rich|poor|heavi|light|quick)est"
    r"|(?:the|its|their) (?:most|least)|first|record|worst|best)\b(?:(?![.!?]).)*$"
)


def _en_first_of(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the first six weeks of 2024", "the last three months of the year": that stretch of the period."""
    groups = match.groupdict()
    count = _count(groups["n"])
    unit = groups["unit"].lower().rstrip("s")
    if groups.get("year"):
        whole: DateValue | None = _year(int(groups["year"]))
    elif groups.get("month"):
        month = _MONTHS[groups["month"].rstrip(".")]
        whole = _pick_year(ref, lambda y: _month(y, month))
    else:
        whole = _relative_unit(ref, "year", {"last": -1, "next": 1}.get((groups.get("rel") or "").lower(), 0))
    if whole is None or count is None or not is_whole(count) or count > 400:
        return None, "date"
    if groups["side"].lower() == "first":
        shifted = _shifted(whole.start, int(count), unit)
        if shifted is None:
            return None, "date"
        return DateValue(whole.start, min(whole.end, shifted - timedelta(days=1)), "day"), "date"
    back = _shifted(whole.end + timedelta(days=1), -int(count), unit)
    return (None if back is None else DateValue(max(whole.start, back), whole.end, "day")), "date"


_CHANGE = re.compile(r"(?i)(?:\d ?%|\bper ?cent\b|\bpercentage points?\b|\b(?:up|down)\b)(?:(?![.!?]).)*$")


def _en_none(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "six years", "11 minutes": a length of time, reported as a count; "recent days" stays a vague date."""
    return None, ("duration" if match.group("n") else "date")


def _en_unit_word(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "this weekend", "the week after next", "year to date", "end of month"; "the same week" and "the day
    before" are placed by the story (no value)."""
    groups = match.groupdict()
    pub = ref.published
    if groups.get("weekend"):
        relation = match.group().lower().split()[0]
        return _relative_unit(ref, "weekend", {"next": 1, "last": -1}.get(relation, 0)), "date"
    if groups.get("after_next"):
        unit = match.group().lower().split()[1]
        return _relative_unit(ref, unit, 2), "date"
    if groups.get("todate"):
        return None, "date"  # "to date": everything up to now, with no start
    if groups.get("decade"):
        words = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
        start = 1920 + 10 * words.index(match.group().lower().split()[-1])
        return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "year"), "date"
    if groups.get("ytd"):
        return (None if pub is None else DateValue(date(pub.year, 1, 1), pub, "day")), "date"
    if groups.get("end"):
        unit = (groups.get("unit") or {"eoy": "year", "eom": "month"}.get(match.group().lower(), "year")).lower()
        whole = _relative_unit(ref, unit, 0)
        if whole is None:
            return None, "date"
        if unit == "week":
            return DateValue(whole.end - timedelta(days=1), whole.end, "day"), "date"
        return (_part_of_month(whole.end.year, whole.end.month, "late") if unit == "month"
                else _part_of_year(whole.end.year, "late")), "date"  # fmt: skip
    return None, "date"


def _en_numeric(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    try:
        if groups.get("iy"):
            return _day(date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))), "date"
        return _day(date(int(groups["uy"]), int(groups["um"]), int(groups["ud"]))), "date"
    except ValueError:
        return None, "date"


_MIXED_GROUPS = {"mon": ("mon3", "mon4", "mon5"), "d": ("d2", "d3", "d4", "d5"), "y": ("y2", "y3", "y4", "y5", "y6")}
_MONTH_ABBR = r"(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)"


def _en_mixed(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "Oct/2", "Dec-2018", "05-Aug-2016", "2019/aug/01", "Dec31, 1994": a month written as a word among numbers."""
    groups = match.groupdict()
    month = _MONTHS[(groups["mon"] or "").capitalize()]
    year_text, day_text = groups.get("y"), groups.get("d")
    if day_text is None:
        return (_month(int(year_text), month) if year_text else None), "date"
    day = int(day_text)
    if year_text:
        try:
            return _day(date(int(year_text), month, day)), "date"
        except ValueError:
            return None, "date"

    def make(year: int) -> DateValue | None:
        try:
            return _day(date(year, month, day))
        except ValueError:
            return None

    return _pick_year(ref, make), "date"


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


_HOUR_WORDS = {word: index + 1 for index, word in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])}  # fmt: skip


def _en_clock(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str, time] | tuple[None, str]:
    groups = match.groupdict()
    if groups.get("word"):
        clock: time | None = time(12, 0) if groups["word"].lower() in ("noon", "midday") else time(0, 0)
        whole = True
    elif groups.get("h6"):
        # "half past seven", "quarter to nine", "20 min past eight"
        hour_text = groups["h6"].lower()
        hour = int(hour_text) if hour_text.isdigit() else _HOUR_WORDS[hour_text]
        words = groups["past"].lower()
        minutes = {"half": 30, "quarter": 15, "twenty": 20, "ten": 10, "five": 5, "twenty-five": 25}.get(words)
        if minutes is None:
            minutes = int(re.sub(r"\D", "", words) or 0)
        if groups["rel"].lower() == "to":
            hour, minutes = hour - 1 if hour > 1 else 12, 60 - minutes
        part = groups.get("dp") or ""
        if hour < 12 and ("afternoon" in part or "evening" in part or ("night" in part and hour >= 6)):
            hour += 12
        clock = _clock(hour, minutes, None) if 0 < minutes < 60 else None
        whole = False
    else:
        minute = groups.get("mi")
        hour = int(groups["h"] or 0)
        part = groups.get("dp") or ""
        # "4:30 in the afternoon", "10 o'clock at night": the part of the day says which half
        if hour < 12 and ("afternoon" in part or "evening" in part or ("night" in part and hour >= 6)):
            hour += 12
        clock = _clock(hour, int(minute or 0), groups.get("ampm"))
        whole = minute is None
    if clock is None:
        return None, "time"
    return _time_value(ref, clock, whole), "time", clock


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
             "veterans day": (11, 11), "juneteenth": (6, 19), "may day": (5, 1), "labour day": (5, 1),
             "remembrance day": (11, 11), "guy fawkes night": (11, 5), "bastille day": (7, 14),
             "canada day": (7, 1), "australia day": (1, 26)}  # fmt: skip
# Holidays on the n-th (or, with -1, the last) weekday of a month: (month, weekday, n).
_NTH_HOLIDAYS = {"thanksgiving": (11, 3, 4), "memorial day": (5, 0, -1), "labor day": (9, 0, 1),
                 "martin luther king jr. day": (1, 0, 3), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
                 "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
                 "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}  # fmt: skip
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = _month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


# The first day of the Chinese (lunar) new year; other lunar festivals are left unresolved.
_LUNAR_NEW_YEAR = {2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
                   2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
                   2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3)}  # fmt: skip


def _lunar_new_year(year: int) -> DateValue | None:
    month_day = _LUNAR_NEW_YEAR.get(year)
    return _day(date(year, *month_day)) if month_day else None


def _en_holiday(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    name = re.sub(r"\s+", " ", match.group("holiday").lower()).replace("’", "'")
    weekend = bool(match.group("weekend"))
    if name in _NTH_HOLIDAYS:
        month_, weekday_, nth = _NTH_HOLIDAYS[name]

        def make(year: int) -> DateValue:
            day_ = _nth_weekday(year, month_, weekday_, nth)
            if weekend and weekday_ == 0:  # "Memorial Day weekend": the Saturday to the Monday
                return DateValue(day_ - timedelta(days=2), day_, "day")
            return _day(day_)

    elif name in ("lunar new year", "chinese new year"):

        def make(year: int) -> DateValue:
            return _lunar_new_year(year) or DateValue(date(year, 1, 1), date(year, 12, 31), "unknown")

        if match.group("year"):
            found = make(int(match.group("year")))
            return (None if found.grain == "unknown" else found), "date"
        value = _pick_year(ref, make)
        return (None if value is None or value.grain == "unknown" else value), "date"

    elif name in _EASTER_OFFSETS:
        offset = _EASTER_OFFSETS[name]

        def make(year: int) -> DateValue:
            return _day(_easter(year) + timedelta(days=offset))

    elif name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]

        def make(year: int) -> DateValue:
            return _day(date(year, month, day))

    else:
        return None, "date"
    if match.group("year"):
        return make(int(match.group("year"))), "date"
    return _pick_year(ref, make), "date"


_MONTH_ANCHOR = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_EN_RULES: tuple[DateRule, ...] = (
    DateRule(
        "month-day",
        re.compile(
            rf"(?:{_WEEKDAY},? )?(?:(?P<m1>{_MONTH}) (?P<d1>{_DAY})(?:-(?P<dto>{_DAY}))?(?!\d|:| ?%)"
            rf"(?:,? (?P<y1>{_YEAR}))?"
            rf"|(?:the )?(?P<d2>{_DAY}) (?:of )?(?P<m2>{_MONTH})(?:,? (?P<y2>{_YEAR}))?)(?![\w])"
        ),
        _en_full,
        anchor=re.compile(_MONTH_ANCHOR),
        back=20,
    ),
    DateRule(
        "month",
        re.compile(
            rf"(?:(?P<mod>{_MOD})|(?P<rel>(?i:last|next|this)) )?(?P<month>{_MONTH})(?:,? (?P<year>{_YEAR}))?(?![\w])"
        ),
        _en_month,
        anchor=re.compile(_MONTH_ANCHOR),
        back=20,
    ),
    DateRule(
        "iso-numeric",
        re.compile(r"(?<![A-Za-z0-9_/.-])(?P<iy>\d{4})[-/](?P<im>[01]?\d)[-/](?P<id>[0-3]?\d)(?![A-Za-z0-9_/]|\.\d)"),
        _en_numeric,
        anchor=re.compile(r"-|/"),
        back=12,
        also_cjk=True,
    ),
    DateRule(
        "us-numeric",
        re.compile(r"(?<![A-Za-z0-9_/.-])(?P<um>[01]?\d)/(?P<ud>[0-3]?\d)/(?P<uy>\d{4})(?![A-Za-z0-9_/]|\.\d)"),
        _en_numeric,
        anchor=re.compile(r"/"),
        back=6,
        also_cjk=True,
    ),
    DateRule(
        "month-among-numbers",  # Oct/2, Dec-2018, Dec/2018, 05-Aug-2016, 2019/aug/01, Dec31, 1994, mar4
        re.compile(
            rf"(?<![\w/-])(?:(?P<mon>{_MONTH_ABBR})[a-z]*(?:[/-](?P<d>[12]\d|3[01]|0?[1-9])(?:-(?P<y6>(?:19|20)\d\d))?(?![\d/-])"
            rf"|[/-](?P<y>(?:19|20)\d\d)(?![\d/-])|(?P<d2>[12]\d|3[01]|0?[1-9])(?:, (?P<y2>(?:19|20)\d\d))?(?!\d))"
            rf"|(?P<d3>[0-3]?\d)-(?P<mon3>{_MONTH_ABBR})-(?P<y3>(?:19|20)\d\d)"
            rf"|(?P<y4>(?:19|20)\d\d)/(?P<mon4>{_MONTH_ABBR})/(?P<d4>[0-3]?\d)"
            rf"|(?P<d5>[0-3]?\d)/(?P<mon5>{_MONTH_ABBR})/(?P<y5>(?:19|20)\d\d))(?![\w/-])"
        ),
        lambda m, ref: _en_mixed(
            _Groups(m, _MIXED_GROUPS),  # type: ignore[arg-type]
            ref,
        ),
        anchor=re.compile(r"[nbrylgptvc][/-]?\d|\d[/-][A-Za-z]"),  # the last letter of a month, then a number
        back=12,
    ),
    DateRule(
        "year-range",  # 2014-2018, 2014 – 2018
        re.compile(rf"(?<![\w$€£¥#.,/-])(?P<y1>{_YEAR}) ?[-–] ?(?P<y2>{_YEAR})(?![\w%-])"),
        lambda m, ref: (DateValue(date(int(m.group("y1")), 1, 1), date(int(m.group("y2")), 12, 31), "year"), "date")
        if int(m.group("y1")) < int(m.group("y2"))
        else (None, "reject"),
        anchor=re.compile(r"\d ?[-–] ?[12]\d\d\d"),
        back=6,
    ),
    DateRule(
        "year",
        re.compile(
            r"(?<![\w-])(?:FY ?|(?i:fiscal(?: year)?) )(?P<fys>(?:19|20)\d\d)[-/](?P<fye>\d\d(?:\d\d)?)(?![\w-])|"
            rf"(?:(?P<mod>{_MOD})|(?P<fiscal>(?i:fiscal(?: year)? |FY ?))|(?<![\w$€£¥#.,/-]))(?P<year>{_YEAR})"
            r"(?:(?P<decade>(?<=0)s)|(?!\w|,\d|\.\d| ?%| ?(?i:per ?cent)))"
            r"|(?<![\w-])FY ?'?(?P<fy>\d\d)(?!\w)"
        ),
        _en_year,
        anchor=re.compile(r"18|19|20|21|FY|fiscal|Fiscal"),
        back=20,
    ),
    DateRule(
        "quarter-or-half",
        re.compile(
            r"(?:(?i:the) (?=(?:(?i:fiscal) )?\w+ (?i:quarter|half)))?(?P<fiscal>(?i:fiscal) |FY ?(?=Q))?"
            r"(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[ -](?P<unit>(?i:quarter|half))"
            rf"(?: of (?:(?P<y1>{_YEAR})|(?P<rel>this|last|next) year|the year)|,? (?P<y3>{_YEAR}))?\b"
            rf"|\b(?P<q>Q[1-4]|H[12])(?:[ /-]?(?P<y2>{_YEAR}|'\d\d|\d\d(?!\d)))?\b"
        ),
        _en_quarter,
        anchor=re.compile(r"quarter|Quarter|half|Half|Q1|Q2|Q3|Q4|H1|H2"),
        back=28,
    ),
    DateRule(
        "weekday",
        re.compile(
            r"(?:(?P<rel>(?i:last|next|this past|this|coming|past|early|late)) )?"
            rf"(?<![\w-])(?P<wd>{_WEEKDAY})(?:{_PARTS})?(?![\w-])"
        ),
        _en_weekday,
        anchor=re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun"),
        back=12,
    ),
    DateRule(
        "day-word",
        re.compile(
            r"(?<![\w-])(?P<word>(?i:the day (?:after tomorrow|before yesterday)|yesterday|today|tonight|tonite"
            r"|tomorrow|this (?:morning|afternoon|evening)|last night|(?:the )?end of (?:the )?day|eod))"
            r"(?:[ -](?:morning|afternoon|evening|night))?\b"
        ),
        _en_day_word,
        anchor=re.compile(
            r"yesterday|Yesterday|today|Today|tomorrow|Tomorrow|tonight|Tonight|tonite|morning|afternoon|evening|night"
            r"|end of|End of|eod|EOD"
        ),
        back=16,
    ),
    DateRule(
        "part-so-far",
        re.compile(r"(?<![\w-])(?P<side>(?i:earlier|later|so far)) this (?P<unit>week|month|year|quarter)\b"),
        _en_within,
        anchor=re.compile(r"earlier this|Earlier this|later this|Later this|so far this|So far this"),
        back=0,
    ),
    DateRule(
        "relative-unit",
        re.compile(
            r"(?<![\w-])(?P<rel>(?i:last|next|this|previous|current|coming|following|the)) "
            r"(?P<unit>week|weekend|fortnight|month|year|quarter|decade|spring|summer|autumn|fall|winter)\b"
        ),
        _en_relative,
        anchor=re.compile(
            r" week| month| year| quarter| decade| spring| summer| autumn| fall| winter| weekend| fortnight"
        ),
        back=12,
    ),
    DateRule(
        "part-of-relative",
        re.compile(
            r"(?<![\w-])(?P<mod>(?i:the )?(?i:start|beginning|end|middle|turn) of) (?P<rel>the|this|last|next) "
            r"(?P<unit>year|month|week|quarter|decade)\b"
        ),
        _en_part_of_relative,
        anchor=re.compile(r"of the |of this |of last |of next "),
        back=16,
    ),
    DateRule(
        "season-year",
        re.compile(
            rf"(?<![\w-])(?P<season>(?i:spring|summer|autumn|fall|winter))(?: of)? (?P<year>{_YEAR})\b"
        ),
        _en_season_year,
        anchor=re.compile(r"spring|Spring|summer|Summer|autumn|Autumn|fall|Fall|winter|Winter"),
        back=0,
    ),
    DateRule(
        "ago-past-next",
        re.compile(
            rf"(?<![\w-])(?:(?P<n>{_NUM}) (?P<unit>{_UNIT}) (?P<ago>ago|earlier|later)\b"
            rf"|(?P<past>(?i:the )?(?i:past|last|previous)) (?P<n2>{_NUM}) (?P<unit2>{_UNIT})\b"
            rf"|(?P<next>(?i:the )?(?i:next|coming|following)) (?P<n4>{_NUM}) (?P<unit4>{_UNIT})\b"
            r"|(?P<past1>(?:(?i:the) )?(?i:past|last)) (?P<unit5>week|fortnight|month|quarter|year|decade)\b"
            rf"|(?P<in>(?i:in)) (?P<n3>{_NUM}) (?P<unit3>{_UNIT})(?= time\b| from now\b|[.,;)]|$))"
        ),
        lambda m, ref: _en_ago(_regroup(m), ref),
        anchor=re.compile(r" day| week| month| year| decade| hour| fortnight| quarter"),
        back=28,
    ),
    DateRule(
        "length-of-time",
        re.compile(
            rf"(?<![\w-])(?P<n>\d+\.\d+|{_NUM}) (?:days?|weeks?|months?|years?|decades?|hours?|minutes?|seconds?|hrs?"
            r"|mins?|secs?)(?! old| of age)\b"
            r"|(?<![\w-])(?i:recent|coming) (?:days|weeks|months|years)\b"
        ),
        _en_none,
        anchor=re.compile(r" day| week| month| year| decade| hour| minute| second| hr| min| sec"),
        back=20,
    ),
    DateRule(
        "period-to-month",
        re.compile(
            rf"(?<![\w-])(?:(?P<m1>{_MONTH_NAMES})(?:-| to | through |/)?(?P<m2>{_MONTH_NAMES})? quarter"
            rf"(?:,? (?:of )?(?P<year>{_YEAR}))?"
            rf"|(?:(?i:the) )?(?:(?P<n>{_NUM}) months|(?P<yr>year|twelve months)) (?:to|ended|ending|through)"
            rf" (?P<m3>{_MONTH_NAMES})(?: (?P<d3>[12]\d|3[01]|0?[1-9])(?!\d))?"
            rf"(?:,? (?P<year2>{_YEAR}))?)(?![\w])"
        ),
        lambda m, ref: _en_month_quarter(_Groups(m, {"m2": ("m3",), "year": ("year2",)}), ref),  # type: ignore[arg-type]
        anchor=re.compile(r" quarter| months to| months end| months through| year to| year end"),
        back=30,
    ),
    DateRule(
        "decade-apostrophe",
        re.compile(r"(?<![\w'])(?:(?i:the) )?'(?P<dd>\d0)s\b"),
        _en_decade,
        anchor=re.compile(r"'\d0s"),
        back=8,
    ),
    DateRule(
        "fiscal-relative",
        re.compile(
            r"(?<![\w-])(?P<rel>(?i:this|last|next|the current|the previous|the next)) (?:fiscal|financial) year\b"
        ),
        _en_fiscal_relative,
        anchor=re.compile(r"fiscal year|financial year"),
        back=14,
    ),
    DateRule(
        "fiscal-quarter",
        re.compile(r"(?<![\w-])(?P<q>Q[1-4]|H[12]) ?FY ?'?(?P<fy>\d\d(?:\d\d)?)(?![\w-])"),
        _en_fiscal_quarter,
        anchor=re.compile(r"FY"),
        back=4,
    ),
    DateRule(
        "first-of-period",
        re.compile(
            rf"(?<![\w-])(?:(?i:the) )?(?P<side>(?i:first|last|final)) (?P<n>{_NUM}) (?P<unit>days|weeks|months)"
            rf" of (?:(?P<year>{_YEAR})|(?P<month>{_MONTH})|(?P<rel>this|last|next|the) year)\b"
        ),
        _en_first_of,
        anchor=re.compile(r"first|First|last|Last|final|Final"),
        back=4,
    ),
    DateRule(
        "clock",
        re.compile(
            r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?::?(?P<mi>[0-5]\d)(?::[0-5]\d)?|\.(?P<mi5>[0-5]\d))?(?:\.| ?)"
            r"(?P<ampm>[ap] ?\. ?m\.|[ap] ?\. ?m\b|[AaPp][Mm]\b|[ap] m\b)"
            + _TZ
            + r"|(?<![\w.:-])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
            + _TZ
            + r"(?P<dp> in the (?:morning|afternoon|evening)| at night)?"
            + r"|(?:(?<=at )|(?<=by )|(?<=to )|(?<=until )|(?<=from )|(?<=before )|(?<=after )|(?<=around ))"
            + r"(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d) (?=GMT|UTC|BST|ET\b|EST|EDT|CET|JST|HKT|SGT)" + _TZ
            + r"|(?<![\w-])(?P<word>(?i:noon|midday|midnight))(?:ish)?\b"
            + r"|(?<![\w.:-])(?P<h3>1[0-2]|[1-9]) (?:o'clock|oclock)\b"
            + r"(?P<dp3> in the (?:morning|afternoon|evening)| at night)?"
            + r"|(?<![\w-])(?<![Tt]he )(?<!this )(?<!last )(?<!next )"
            + r"(?P<past>(?i:half|quarter|\d{1,2}(?: min(?:ute)?s?)?|twenty|ten|five|twenty-five)) (?P<rel>past|to)"
            + r" (?P<h6>1[0-2]|[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
            + r"(?![\d,.]\d)(?: (?:o'clock|oclock))?\b(?P<dp6> in the (?:morning|afternoon|evening)| at night)?"
        ),
        lambda m, ref: _en_clock(_regroup_clock(m), ref),
        anchor=re.compile(
            r"a.m|p.m|a . m|p . m|am|pm|AM|PM| a m| p m|:|noon|Noon|midday|Midday|midnight|Midnight|o'clock|oclock|GMT"
            r"|UTC|BST|ET|EST|EDT|CET|JST|HKT|SGT| past |quarter to|min to|mins to|minutes to|ten to|five to|twenty to"
        ),
        back=8,
        also_cjk=True,
    ),
    DateRule(
        "part-of-day",  # (in) the morning, early morning, late afternoon, later in the evening
        re.compile(
            r"(?:(?<=\bin )the |(?<=\bIn )the |(?<![\w-])(?i:early|late|later|earlier|mid)[ -](?:in the )?)"
            r"(?i:morning|afternoon|evening)\b"
        ),
        lambda m, ref: (None, "date"),
        anchor=re.compile("morning|afternoon|evening"),
        back=16,
    ),
    DateRule(
        "unit-word",  # the weekend, the week after next, week 31, year to date, end of month, the day before
        re.compile(
            r"(?<![\w-])(?:(?P<weekend>(?i:(?:this|that|the|next|last) )?weekend)\b(?! of)"
            r"|(?P<after_next>(?i:the (?:week|month|year) after next))"
            r"|(?P<ytd>(?i:year to date|year-to-date|ytd))\b|(?<![\w-])(?P<todate>(?:to|till) date)\b"
            r"|(?P<decade>(?i:(?:the )?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b"
            r"|(?P<same>(?i:(?:the )?same (?:day|week|month|year)))\b"
            r"|(?P<anaphor>(?i:the (?:day|week|month|year) (?:before|after)))(?! \w)"
            r"|(?P<end>(?i:(?:the )?end of (?:the )?(?P<unit>month|year|week)|eoy|eom))\b)"
        ),
        lambda m, ref: _en_unit_word(m, ref),
        anchor=re.compile("weekend|Weekend|after next|to date|till date|to-date|YTD|ytd|same day|same week"
                          "|same month|same year|day before"
                          "|day after|week before|week after"
                          "|ties\\b"
                          "|month before|month after|year before|year after|end of|End of|EOY|eoy|EOM|eom"),
        back=14,
    ),
    DateRule(
        "century",  # the 15th century, 21st century
        re.compile(r"(?<![\w-])(?P<n>\d{1,2})(?:st|nd|rd|th) +(?i:century)\b"),
        lambda m, ref: (_century(int(m.group("n"))), "date"),
        anchor=re.compile("century|Century"),
        back=8,
    ),
    DateRule(
        "holiday",
        re.compile(
            r"(?<![\w-])(?P<holiday>(?i:Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Halloween|Valentine's Day"
            r"|Thanksgiving|Lunar New Year|Chinese New Year|Easter(?: Sunday| Monday)?|Good Friday|Memorial Day"
            r"|Labou?r Day|Martin Luther King(?: Jr\.)? Day|MLK Day|Presidents'? Day|Columbus Day|Veterans Day"
            r"|Mother's Day|Father's Day|Boxing Day|Juneteenth|Remembrance Day|Independence Day|Bastille Day"
            rf"|Canada Day|Australia Day))(?P<weekend> weekend)?(?: (?P<year>{_YEAR}))?\b"
        ),
        _en_holiday,
        anchor=re.compile(
            r"Christmas|New Year|Halloween|Valentine|Thanksgiving|Lunar|Chinese New"
            r"|Easter|Good Friday|Day\b|Juneteenth|christmas|easter|independence day|thanksgiving|halloween"
        ),
        back=30,
    ),
)


_NAMED_MONTHS_OR_DAYS = ("month-day", "month", "weekday")


def _lower_case_copy(rule: DateRule) -> DateRule:
    """The same rule for month and weekday names written in lower case ("between august and october")."""
    source = rule.pattern.pattern.replace(_MONTH, f"(?:{_MONTH}|{_MONTH_LOWER})")
    source = source.replace(_WEEKDAY, f"(?:{_WEEKDAY}|{_WEEKDAY_LOWER})")
    anchor = re.compile(f"{_MONTH_LOWER}|{_WEEKDAY_LOWER}")
    return DateRule(f"{rule.name}, lower case", re.compile(source), rule.handler, anchor, rule.back)



_EN_RULES = (*_EN_RULES, *(_lower_case_copy(rule) for rule in _EN_RULES if rule.name in _NAMED_MONTHS_OR_DAYS))
_LOWER_CASE_COPIES = frozenset(f"{name}, lower case" for name in _NAMED_MONTHS_OR_DAYS)
_LOWER_NAMES = re.compile(f"{_MONTH_LOWER}|{_WEEKDAY_LOWER}")






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


def _regroup(match: re.Match[str]) -> re.Match[str]:
    names = {"n": ("n2", "n3", "n4"), "unit": ("unit2", "unit3", "unit4", "unit5")}
    return _Groups(match, names)  # type: ignore[return-value]


def _regroup_clock(match: re.Match[str]) -> re.Match[str]:
    names = {"h": ("h2", "h3", "h4"), "mi": ("mi2", "mi4", "mi5"), "dp": ("dp3", "dp6")}
    return _Groups(match, names)  # type: ignore[return-value]


# Bare "May" is a date only after a word that introduces one; "May" as a verb or a name is not.
_MAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|on|since|until|till|by|from|through|during|of|early|mid|late|last|next|this|between|and"
    r"|before|after|for|to|end|beginning|start|through|until|around|late|since)[ -]|mid-)$"
)


def _accept_en(context: Context, match: re.Match[str], value: DateValue | None, sort: str) -> bool:
    text = match.group()
    if "month" in match.re.groupindex and text == match.group("month"):
        introduced = bool(_MAY_BEFORE.search(context.folded[max(0, match.start() - 12) : match.start()]))
        if text == "May":
            return introduced
        # "August Wilson", "April Ryan": a bare month name followed by a capitalised word is a name
        if not introduced and re.match(r" [A-Z][a-z]", context.folded[match.end() : match.end() + 3]):
            return False
    if sort == "duration" and re.match(r"(?i)an? ", text):
        before = context.folded[max(0, match.start() - 8) : match.start()]
        if not re.search(r"(?i)\b(?:for|than|within|after|over|in|past|nearly|almost|about|around) $", before):
            return False  # "twice a day", "$5 million a year"
    if sort == "year":
        before = context.folded[max(0, match.start() - 12) : match.start()]
        after = context.folded[match.end() : match.end() + 3]
        # "No. 2021", "Flight 1900", "at 1900 hours"; page/score numbers are not years.
        if re.search(r"(?i)(?:no\.|number|flight|route|page|#|model|version|top|room|article|section) $", before):
            return False
        if re.match(r"-\d", after):
            return False
    return True


# ---------------------------------------------------------------------------------------- Chinese/Japanese

_CN = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_CN_NUM = r"(?:\d+|[一二三四五六七八九十两兩几幾数數]+)"
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_CJK_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
                 "月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5}  # fmt: skip
_CJK_PARTS = {"初": "early", "上旬": "early", "初旬": "early", "初め": "early", "はじめ": "early", "頭": "early",
              "中旬": "mid", "中": "mid", "半ば": "mid", "下旬": "late", "底": "late", "末": "late",
              "後半": "late", "终": "late", "月初": "early", "月中": "mid", "月底": "late",
              "月末": "late"}  # fmt: skip
_YEAR_PARTS = {"初": "start", "初め": "start", "头": "start", "底": "end", "末": "end", "中": "mid",
               "上半年": "h1", "下半年": "h2", "前半": "h1", "後半": "h2", "后半": "h2", "上半期": "h1",
               "下半期": "h2", "上期": "h1", "下期": "h2", "年初": "start", "年底": "end", "年末": "end",
               "年中": "mid", "年尾": "end"}  # fmt: skip
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "上年": -1, "去年": -1, "昨年": -1, "前年": -2, "一昨年": -2, "明年": 1,
                   "来年": 1, "來年": 1, "后年": 2, "後年": 2, "再来年": 2}  # fmt: skip
_RELATIVE_MONTHS = {"本月": 0, "这个月": 0, "這個月": 0, "今月": 0, "当月": 0, "上月": -1, "上个月": -1,
                    "上個月": -1, "先月": -1, "下月": 1, "下个月": 1, "下個月": 1, "来月": 1, "來月": 1}  # fmt: skip
_RELATIVE_WEEKS = {"本周": 0, "本週": 0, "这周": 0, "這週": 0, "这个星期": 0, "這個星期": 0, "今週": 0,
                   "上周": -1, "上週": -1, "上星期": -1, "上个星期": -1, "上個星期": -1, "先週": -1,
                   "下周": 1, "下週": 1, "下星期": 1, "下个星期": 1, "下個星期": 1, "来週": 1, "來週": 1}  # fmt: skip
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "本日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1,
                  "前天": -2, "一昨日": -2, "后天": 2, "後天": 2, "明後日": 2, "大前天": -3, "大后天": 3,
                  "大後天": 3, "今晚": 0, "今夜": 0, "昨晚": -1, "昨夜": -1, "今早": 0,
                  "今朝": 0, "明晚": 1, "今晩": 0, "昨晩": -1, "明晩": 1, "午前中": 0}  # fmt: skip


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
    part = groups.get("part")
    if month is None or not 1 <= month <= 12:
        return None, "date"

    def make(y: int) -> DateValue | None:
        assert month is not None
        try:
            if day is not None and last is not None and last > day:
                return DateValue(date(y, month, day), date(y, month, last), "day")
            if day is not None:
                return _day(date(y, month, day))
        except ValueError:
            return None
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
    if part == "度":
        if ref_lang_japanese(match):
            return DateValue(date(year, 4, 1), date(year + 1, 3, 31), "year"), "year"
        return _year(year), "year"
    if part in _YEAR_PARTS:
        return _part_of_year(year, _YEAR_PARTS[part]), "year"
    return _year(year), "year"


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
    quarter = _cjk_int(groups.get("q"))
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


def _cjk_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    word = groups["word"]
    part = groups.get("part")
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
        if value is not None and part in _YEAR_PARTS:
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
              "个月": "month", "個月": "month", "年": "year", "年間": "year", "日間": "day", "小时": "hour",
              "小時": "hour", "个小时": "hour", "個小時": "hour", "時間": "hour", "分钟": "minute",
              "分鐘": "minute", "営業日": "day", "个钟头": "hour", "個鐘頭": "hour", "钟头": "hour", "鐘頭": "hour",
              "分間": "minute", "分": "minute", "秒間": "second", "秒": "second"}  # fmt: skip


def _cjk_ago(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    count: float | None = 0.5 if groups["n"] == "半" else _cjk_int(groups["n"])
    if count is not None and groups.get("half"):
        count += 0.5  # 2年半
    unit = _CJK_UNITS.get(groups["unit"] or "")
    direction = groups.get("dir") or ""
    if count is None or unit is None:
        return None, "duration"
    if not is_whole(count) and unit == "year":
        count, unit = count * 12, "month"  # 半年后: six months on
    if (count >= 100 and unit == "year") or count > 5000:
        return None, "reject"  # 2001年以來 is the year 2001, not two thousand years
    if groups.get("past"):
        return _past(ref, count, unit), "date"
    if groups.get("next"):
        return _coming(ref, count, unit), "date"
    if direction in ("前", "以前"):
        return _ago(ref, count, unit, -1), "date"
    if direction in ("后", "後", "以后", "以後"):
        return _ago(ref, count, unit, 1), "date"
    if direction in ("来", "來", "以来", "以來"):
        return _past(ref, count, unit), "date"
    return None, "duration"


def _century(number: int | None) -> DateValue | None:
    """The 15th century: 1400–1499, as the phrase is used."""
    if number is None or not 1 <= number <= 30:
        return None
    return DateValue(date(max(1, (number - 1) * 100), 1, 1), date(number * 100 - 1, 12, 31), "year")


def _cjk_clock(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str, time] | tuple[None, str]:
    groups = match.groupdict()
    hour = _cjk_int(groups.get("h"))
    minute = _cjk_int(groups.get("mi")) if groups.get("mi") else (30 if groups.get("half") else 0)
    part = groups.get("part") or ""
    if hour is None or minute is None:
        return None, "time"
    evening = part in ("下午", "晚上", "晚间", "晚間", "傍晚", "午後", "夜", "夜間", "晚", "夕方") and hour < 12
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


_WD = r"(?:\s?[(（][月火水木金土日][)）]|\s?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])?"
_Y = (
    r"(?:(?P<era>令和|平成|昭和|大正|明治)(?P<ey>元|\d{1,2}|[一二三四五六七八九十]{1,3})年"
    r"|(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})年|(?P<y2d>\d{2})年(?=\d{1,2}月))"
)
# A part of the day kept with its date ("周一晚间", "9日午前"), unless a clock time follows ("下午3点").
_DAYPART = (
    r"(?:(?:上午|下午|晚间|晚間|晚上|早间|早間|早上|凌晨|中午|傍晚|夜间|夜間|午前|午後|早朝|早盘|早盤|午盘|午盤|尾盘|尾盤|朝|夜)"
    r"(?![\d零一二三四五六七八九十两兩]{1,3}[点點时時]))?"
)
_CJK_RULES: tuple[DateRule, ...] = (
    DateRule(
        "month-day",
        re.compile(
            rf"{_Y}?(?P<m>{_CN})月份?(?:(?P<d>[12]\d|3[01]|0?[1-9]|[一二三四五六七八九十]{{1,3}})"
            rf"(?:[~-](?P<dto>[12]\d|3[01]|0?[1-9]))?[日号號]{_WD}{_DAYPART}"
            r"|(?P<part>上旬|中旬|下旬|初旬|初め|はじめ|初|中|底|末|半ば)|(?![份期号號間间]))"
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
            rf"(?<![\d年])(?<![\d一二三四五六七八九十]月)(?P<d>[12]\d|3[01]|0?[1-9])日{_WD}{_DAYPART}"
            r"(?![間间前後后以連连続續ぶ目])"
        ),
        _cjk_bare_day,
    ),
    DateRule(
        "year",
        re.compile(
            r"(?:(?P<era>令和|平成|昭和|大正|明治)(?P<ey>元|\d{1,2}|[一二三四五六七八九十]{1,3})年"
            r"|(?<!\d)(?P<y>\d{4}|[〇零○一二三四五六七八九]{4}) ?年)"
            r"(?:(?P<part>度|上半年|下半年|上半期|下半期|前半|後半|后半|上期|下期|初め|初|底|末|中|全年|同期)"
            r"|(?![前后後間间来來代]))"
        ),
        _cjk_year_only,
    ),
    DateRule(
        "quarter",
        re.compile(
            r"(?:(?P<y>\d{4})年(?:の)?)?(?:第(?P<q>[一二三四1-4])(?:季度|季|四半期)|(?P<q2>[一二三四1-4])季度|Q(?P<q3>[1-4])"
            r"|(?P<m1>\d{1,2})[~-](?P<m2>\d{1,2})月期)"
        ),
        lambda m, ref: _cjk_quarter(_Groups(m, {"q": ("q2", "q3")}), ref),  # type: ignore[arg-type]
    ),
    DateRule(
        "relative-word",
        re.compile(
            "(?P<word>" + "|".join(sorted({*_RELATIVE_YEARS, *_RELATIVE_MONTHS, *_RELATIVE_WEEKS, *_RELATIVE_DAYS},
                                          key=len, reverse=True))
            + r")(?P<part>上半年|下半年|上半期|下半期|前半|後半|后半|上旬|中旬|下旬|初め|年底|年初|年末|年中|同期|全年"
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
            r"(?:(?P<past>过去|過去|最近)|(?P<next>未来|未來|今后|今後|接下来|接下來|向こう))?"
            rf"(?P<n>{_CN_NUM}|(?<![上下前后後今去明本大多])半) ?"
            r"(?P<unit>个月|個月|カ月|ヶ月|か月|ヵ月|週間|星期|礼拜|禮拜|天|周|週"
            r"|年間|日間|営業日|日(?=前|後|后|以内|以內|内|內)|年(?![级級制期度])|个小时|個小時|小时|小時|時間|分钟|分鐘"
            r"|个钟头|個鐘頭|钟头|鐘頭|分間|秒間|秒|分(?=前|後|で|間|以内|ほど|ぐらい|くらい|後に|$))"
            r"(?P<half>半(?![ばば]))?(?P<dir>以前|以后|以後|前|后|後|以来|以來|来|來|ぶり|以内|以內|内|內)?"
        ),
        _cjk_ago,
    ),
    DateRule(
        "clock",
        re.compile(
            r"(?:(?P<rday>[昨今明])(?=[晚早夜]))?(?P<part>上午|下午|晚上|晚间|晚間|凌晨|早上|中午|傍晚|午前|午後|夕方|深夜|夜|晚|早|朝)?"
            r"(?<![\d.第:])(?P<h>[01]?\d|2[0-4]|[零一二三四五六七八九十两兩]{1,3})(?:[点點时時]|(?P<colon>:)(?=[0-5]\d))"
            r"(?:(?P<mi>[0-5]?\d|[零一二三四五六七八九十]{1,3})(?(colon)(?::[0-5]\d)?|分(?:[0-5]?\d秒)?)|(?P<half>半))?"
            r"(?![間间期\d:])"
        ),
        _cjk_clock,
    ),
    DateRule(
        "decade",
        re.compile(r"(?<![\d])(?P<y>\d{2}|\d{4}|[一二三四五六七八九]十)年代"),
        lambda m, ref: _cjk_decade(m, ref),
    ),
    DateRule(
        "first-months",
        re.compile(
            r"(?P<word>今年|本年|去年|上年|明年|(?P<y>\d{4})年)前(?:(?P<n>1[0-2]|[1-9]|[一二两兩三四五六七八九十]{1,2})(?:个|個|か|カ|ヶ)?月"
            r"|(?P<q>[一二三1-3])(?:个|個)?季度)"
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
            r"|中秋|端午|クリスマス|大晦日|元日|お盆|ゴールデンウィーク|年末年始)"
            r"(?P<period>假期|长假|長假|连假|連假|黄金周|黃金週|休み|休暇)?(?P<when>期间|期間|前夕|当天|當天|当日|前后|前後|中)?"
        ),
        lambda m, ref: _cjk_holiday(m, ref),
    ),
    DateRule(
        "same-day",
        re.compile(r"(?P<word>同日|当日|當日)(?![比本])"),
        lambda m, ref: (None, "sameday"),
    ),
    DateRule(
        "same-year",
        re.compile(r"同年(?P<part>年底|年初|年末|年尾|年中|上半年|下半年|底|末|初)?(?![比度同])"),
        lambda m, ref: (None, "sameyear"),
    ),
    DateRule(
        "anaphoric-or-next",  # 翌日, 前日, その週, 同じ年 (placed by the story, not by publication); 次の週
        re.compile(
            r"(?:(?P<next>次の)(?P<unit>週|月|年)|(?:その|同じ|前の)(?:日|週末|週|月|年)(?![間号號度])"
            r"|前日|翌日|翌週|翌月|翌年)(?![比])"
        ),
        lambda m, ref: (
            (_relative_unit(ref, {"週": "week", "月": "month", "年": "year"}[m.group("unit")], 1), "date")
            if m.group("next")
            else (None, "date")
        ),
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


def _cjk_holiday(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """国庆假期, 春节期间, 圣诞节前夕, お盆休み: a public holiday (its whole break after 假期/连假/休み)."""
    written = match.group("name")
    name = written[:-1] if (written[-1] in "节節" and len(written) > 2) or written in ("春节", "春節") else written
    period, when = match.group("period"), match.group("when") or ""
    if name in _CJK_HOLIDAY_NEEDS_SUFFIX and name == written and not (period or when):
        return None, "reject"
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
    year = int(match.group("y")) if match.group("y") else None
    if year is None and ref.published is not None:
        year = ref.published.year + _RELATIVE_YEARS.get(word, 0)
    last = _cjk_int(match.group("n")) if match.group("n") else 3 * (_cjk_int(match.group("q")) or 0)
    if year is None or last is None or not 1 <= last <= 12:
        return None, "date"
    return DateValue(date(year, 1, 1), _month_end(year, last), "month"), "date"


def _cjk_half(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """上半年 on its own: the first half of the nearest year around publication, the past preferred."""
    half = 1 if match.group("word") == "上半年" else 2
    return _pick_year(ref, lambda y: _half(y, half)), "date"


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
    return DateValue(date(year, 1, 1), date(year + 9, 12, 31), "year"), "year"


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


def _accept_cjk(context: Context, match: re.Match[str], sort: str) -> bool:
    text = match.group()
    if sort == "time":
        hour_text = match.groupdict().get("h") or ""
        if not match.groupdict().get("part") and not match.groupdict().get("mi") and not match.groupdict().get("half"):
            if not hour_text.isdigit() and context.lang != "ja":
                return False  # "一点" is "a little"; "两点" "two points"
            before = context.folded[max(0, match.start() - 3) : match.start()]
            after = context.folded[match.end() : match.end() + 2]
            index_points = re.search("[涨跌升降上下高低]了?$|第$", before)
            if index_points or re.match("[建措意要内原举舉项項条條方问問优優]", after):
                return False
    if sort == "time" and not (match.groupdict().get("h") or "0")[0].isdigit():
        groups = match.groupdict()
        japanese_hour = context.lang == "ja" and text.endswith("時") and groups.get("h") not in ("一", "二", "十")
        if not (groups.get("part") or groups.get("mi") or groups.get("half") or japanese_hour):
            return False  # 一时/一時 is "for a while", 一点 "a little"
    if sort == "duration":
        count = _cjk_int(match.groupdict().get("n"))
        if count is not None and count >= 100 and (match.groupdict().get("unit") or "").startswith("年"):
            return False  # 2021年 is a year, not 2021 years
        following = context.folded[match.end() : match.end() + 1]
        if match.group().startswith("半") and following in ("报", "報", "度", "刊", "期"):
            return False  # 半年报 is a half-year report
        if context.folded[match.end() : match.end() + 1] in ("一", "次", "度"):
            return False  # 一年一度, 一天一次: "annual", "daily", not a span of time
    if text.startswith("上年") and context.folded[match.end() : match.end() + 1] in ("纪", "紀", "级", "級"):
        return False  # 上年纪 is "getting old"
    # 前年同期比 is "year on year", not a date
    year_on_year = context.lang == "ja" or re.match("同期|比", context.folded[match.end() : match.end() + 2])
    return not (text.startswith("前年") and year_on_year)


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
    future = [cue.end() for cue in _FUTURE_EN.finditer(before)]
    past = [cue.end() for cue in _PAST_EN.finditer(before) if not _FUTURE_EN.fullmatch(cue.group())]
    if not future and not past and len(before.split()) <= 1:
        # "On Friday, the president will travel to Ohio": a date that opens its sentence takes the verb after it
        after = context.clause_after(end, 60)
        ahead = _FUTURE_EN.search(after)
        back = next((cue for cue in _PAST_EN.finditer(after) if not _FUTURE_EN.fullmatch(cue.group())), None)
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
    modal = [cue.end() for cue in _MODAL_EN.finditer(before)]
    if modal and not any(cue.end() > modal[-1] for cue in _STRONG_PAST_EN.finditer(before)):
        return 1
    return -1


def _combine(left: _Date, right: _Date) -> _Date | None:
    """Join neighbours into one expression: "Tuesday, 5 p.m.", "今年7月", "Tuesday of last week"."""
    sorts = {left.sort, right.sort}
    start, end = left.start, right.end
    if "time" in sorts and sorts & {"date", "weekday", "bareday"} and left.sort != right.sort:
        day, clock_part = (left, right) if right.sort == "time" else (right, left)
        value = None
        if day.value is not None and day.value.start == day.value.end and clock_part.clock is not None:
            grain = clock_part.value.grain if clock_part.value else "minute"
            value = DateValue(day.value.start, day.value.start, grain, clock_part.clock)
        return _Date(start, end, value, "date", clock_part.clock)
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
    if right.sort == "bareday" and left.value is not None and left.value.grain == "month":
        # 下个月15日: a day of the month just named
        return _Date(start, end, _day_in(left.value.start, _bare_day_number(right)), "date")
    return None


def context_free_month_day(item: _Date) -> bool:
    """A month-and-day date left unresolved because no year was known."""
    return item.sort == "date" and item.value is None


def _bare_day_number(item: _Date) -> int:
    return item.value.start.day if item.value is not None else 0


def _day_in(month: date, day: int) -> DateValue | None:
    try:
        return _day(month.replace(day=day))
    except ValueError:
        return None


def _merge(context: Context, dates: list[_Date]) -> list[_Date]:
    separator = _CJK_SEPARATOR if context.cjk else _EN_SEPARATOR
    merged: list[_Date] = []
    for item in sorted(dates, key=lambda d: d.start):
        if merged:
            last = merged[-1]
            gap = context.folded[last.end : item.start]
            year_on = last.sort == "year" and " on " in gap  # "the budget for 2026 on Tuesday": two dates
            if item.start >= last.end and separator.fullmatch(gap) and not year_on:
                try:
                    combined = _combine(last, item)
                except (OverflowError, ValueError):  # a weekday of a week at the end of the calendar
                    combined = None
                if combined is not None:
                    merged[-1] = combined
                    continue
        merged.append(item)
    return merged


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
        for match in scan(rule.pattern, context.folded, rule.anchor, rule.back):
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
    dates = _since(context, _ranges(context, _edges(context, dates)))
    found: list[Found] = list(sets)
    for item in dates:
        if item.sort == "duration":
            duration = _duration(context.folded, item.start, item.end)
            if duration is not None:
                found.append(duration)
            continue
        found.append(Found(FactKind.DATE, item.start, item.end, item.value))
    return found


_DURATION_EN = re.compile(rf"(?:(?i:in|within) )?(?P<n>\d+\.\d+|{_NUM}) (?P<unit>[A-Za-z]+)")
_SHORT_UNITS = {"hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second"}
_DURATION_CJK = re.compile(rf"(?P<n>{_CN_NUM}|半)(?P<unit>.+?)(?:以内|以內|内|內|ぶり)?")


def _duration(text: str, start: int, end: int) -> Found | None:
    """A length of time ("six years", "11 minutes", "10年") is a date whose value is an ISO 8601 duration, as in
    TimeML, Duckling and Recognizers-Text; an approximator stays in its span ("about four months", 近8个月)."""
    match = _DURATION_EN.fullmatch(text, start, end) or _DURATION_CJK.fullmatch(text, start, end)
    if match is None:
        return None
    number_text, unit = match.group("n"), match.group("unit")
    if match.re is _DURATION_EN:
        number = _count(number_text)
        unit_name = _SHORT_UNITS.get(unit.lower(), unit.lower().rstrip("s"))
    else:
        number = 0.5 if number_text == "半" else _cjk_int(number_text)
        unit_name = _CJK_UNITS.get(unit.strip().removesuffix("半"), "")
        if unit.endswith("半") and number is not None:
            number += 0.5  # 2年半
    iso = None if number is None else iso_duration(number, unit_name)
    begin = match.start("n")
    approximator = (_CJK_APPROXIMATOR if match.re is _DURATION_CJK else _EN_APPROXIMATOR).search(
        text, max(0, begin - 24), begin
    )
    begin = approximator.start() if approximator else begin

    return Found(FactKind.DATE, begin, match.end("unit"), None if iso is None else DurationValue(iso))


_EN_APPROXIMATOR = re.compile(
    r"(?i)(?<![\w-])(?:about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|over"
    r"|under|at least|at most|up to|just over|just under|well over|upwards of) $"
)
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


# Approximators and "for"/"in a row" words that belong to a CJK length of time: 连续近6个月, 为期100天, 約4カ月.
_CJK_APPROXIMATOR = re.compile("(?:连续|連續|連続|为期|為期|长达|長達|)(?:超过|超過|超|逾|近|约|約|将近|將近|)$")


# What belongs to a date at its edges: an approximator before it ("around 06:56", "About one year later"), 頃/ごろ
# after a CJK date, a bracketed time zone after a clock time ("09:17(UTC)").
_EN_ABOUT = re.compile(r"(?<![\w-])(?:[Aa]round|[Aa]bout|[Aa]pproximately|[Rr]oughly|[Cc]irca|[Nn]early|[Aa]lmost) $")
_CJK_AFTER = re.compile(r"(?:頃|ごろ|左右|前後(?![の年月日]))|\s?[(（](?:UTC|GMT|JST|KST|HKT|CST|EST|ET|PT)[)）]")
# A period that starts at a date and runs on: 2018年以来, 2013年5月から (with no second date), 2004年开始, 自12月起.
_SINCE_AFTER = re.compile(r"以来|以來|以降|开始|開始|起(?![飞飛床来來身诉訴步草])|から(?![\d〇一二三四五六七八九十])")
_SINCE_BEFORE = re.compile("(?:自|从|從)$")


def _edges(context: Context, dates: list[_Date]) -> list[_Date]:
    text = context.folded
    edged: list[_Date] = []
    for item in dates:
        start, end = item.start, item.end
        if context.cjk:
            after = _CJK_AFTER.match(text, end)
            if after is not None and item.sort != "duration":
                end = after.end()
        elif item.sort != "duration":
            about = _EN_ABOUT.search(text, max(0, start - 14), start)
            if about is not None:
                start = about.start()
        edged.append(item if (start, end) == (item.start, item.end) else _Date(start, end, item.value, item.sort,
                                                                                item.clock))
    return edged


def _since(context: Context, dates: list[_Date]) -> list[_Date]:
    if not context.cjk:
        return dates
    text = context.folded
    result: list[_Date] = []
    for item in dates:
        placed = item.sort in ("date", "year", "range") and item.clock is None
        after = _SINCE_AFTER.match(text, item.end) if placed else None
        if after is not None:
            before = _SINCE_BEFORE.search(text, max(0, item.start - 1), item.start)
            one_day = item.value is not None and item.value.grain == "day"
            if after.group() in ("开始", "開始") and before is None and one_day:
                after = None  # 4月25日开始运营: a day something started on
        if after is not None:
            before = _SINCE_BEFORE.search(text, max(0, item.start - 1), item.start)
            value = item.value
            if value is not None and context.published is not None and context.published >= value.start:
                value = DateValue(value.start, context.published, "day")
            item = _Date(before.start() if before else item.start, after.end(), value, "date")
        result.append(item)
    return result


_RANGE_LINK = re.compile(r"\s?(?:-|–|—|~|to|through|thru|until|till|至|到|から)\s?|\s(?P<and>and)\s")
_BETWEEN = re.compile(r"(?i)\bbetween $")
_RANGE_SORTS = frozenset(("date", "year", "weekday", "bareday", "week"))


def _ranges(context: Context, dates: list[_Date]) -> list[_Date]:
    """ "January 12, 2016 - 01/22/2016", "from Sep to Nov", "between August and October", 2019年至2021年: one
    period from the start of the first to the end of the second."""
    joined: list[_Date] = []
    for item in dates:
        last = joined[-1] if joined else None
        if last is not None and last.sort in _RANGE_SORTS and item.sort in _RANGE_SORTS:
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
                if first is not None and second is not None and first.start <= second.end:
                    grain = first.grain if first.grain == second.grain else "day"
                    value = DateValue(first.start, second.end, grain)
                joined[-1] = _Date(last.start, item.end, value, "range")
                continue
        joined.append(item)
    return joined


def _same_year(context: Context, dates: list[_Date]) -> list[_Date]:
    """同年, 同年年底: the year of the last date named before, in the same passage."""
    resolved: list[_Date] = []
    year: int | None = None
    for item in dates:
        if item.sort == "sameyear":
            part = context.folded[item.start + 2 : item.end]
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
        elif item.sort == "sameday":
            # 同日, 当日: the day named last in the same passage
            same = last_day.value if last_day is not None else None
            item = _Date(item.start, item.end, _day(same.start) if same is not None else None, "date")
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
