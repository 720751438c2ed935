"""The shape of a found fact and its normalised value, shared by extraction, the panel, exports and the CLI."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any

from reader_app.core.document import PassageRole, Span


class FactKind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    ORG = "org"
    PERSON = "person"
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class CountValue:
    number: float
    unit: str


@dataclass(frozen=True, slots=True)
class MoneyValue:
    amount: float
    currency: str | None
    """ISO 4217 code when knowable."""


@dataclass(frozen=True, slots=True)
class PercentValue:
    number: float
    points: bool = False
    """True for percentage points ("7个百分点", "2 percentage points"): a difference of percentages, not a share."""


@dataclass(frozen=True, slots=True)
class DateValue:
    start: date
    end: date
    grain: str
    """"day", "week", "month", "quarter", "year", or "minute"/"hour" for clock times."""
    time: time | None = None
    """The clock time on `start` for grain "hour"/"minute" ("5 p.m. Tuesday"), else None."""
    duration: str | None = None
    """ISO 8601 length ("P2W") when the expression is a length of time that the text anchors ("the past two
    weeks", 过去12个月): `start`/`end` are where it lies."""


@dataclass(frozen=True, slots=True)
class DurationValue:
    """A length of time that the text does not place ("three years", "24 hours", 为期100天): a `date`-kind fact."""

    duration: str
    """ISO 8601 duration: "P3Y", "PT24H", "P2Y6M", "P2W"."""


@dataclass(frozen=True, slots=True)
class RecurrenceValue:
    """A set of times ("every Friday", 毎週金曜日, 每月15日): a `date`-kind fact."""

    recurrence: str
    """RFC 5545 recurrence rule: "FREQ=WEEKLY;BYDAY=FR", "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=DAILY;INTERVAL=2"."""


@dataclass(frozen=True, slots=True)
class EntityValue:
    name: str
    """The name in the text's own form (腾讯, 岸田文雄; a later short mention carries the full name it stands for):
    each entity is listed once with all its mentions, and pins and searches use this name."""
    gloss: str | None = None
    """An English name shown beside a Chinese or Japanese one (Tencent), when the gazetteer knows it; links
    across languages compare it too."""


FactValue = CountValue | MoneyValue | PercentValue | DateValue | DurationValue | RecurrenceValue | EntityValue


@dataclass(frozen=True, slots=True)
class Fact:
    kind: FactKind
    role: PassageRole
    span: Span
    text: str
    value: FactValue | None
    """None when the fact could not be normalised (e.g. a relative date with no publication date)."""

    def value_text(self) -> str:
        """The normalised value for people: "1,200,000,000 monthly active users", "2021-08-01 – 2021-08-10"."""
        return describe_value(self.value)


def _number_text(number: float) -> str:
    if not math.isfinite(number):
        return "—"
    if number == int(number) and abs(number) < 1e18:
        return f"{int(number):,}"
    return f"{number:,.6f}".rstrip("0").rstrip(".")


def describe_value(value: FactValue | None, kind: str | None = None) -> str:
    """The one readable form of a normalised value, shared by the panel, tooltips, the CLI table and exports.

    With no value: the kind's "unresolved" wording from the registry when `kind` is given, else "—". Each value
    type has its describer in `VALUE_DESCRIBERS`; a new value type registers its own with `describes`."""
    if value is None:
        from reader_app.core.facts.kinds import unresolved_text

        return (unresolved_text(kind) if kind is not None else "") or "—"
    describer = VALUE_DESCRIBERS.get(type(value))
    return describer(value) if describer is not None else ""


VALUE_DESCRIBERS: dict[type, Callable[[Any], str]] = {}


def describes(value_type: type) -> Callable[[Callable[[Any], str]], Callable[[Any], str]]:
    """Register how values of `value_type` read for people."""

    def register(function: Callable[[Any], str]) -> Callable[[Any], str]:
        VALUE_DESCRIBERS[value_type] = function
        return function

    return register


@describes(CountValue)
def _count_text(value: CountValue) -> str:
    return f"{_number_text(value.number)} {value.unit}".strip()


@describes(MoneyValue)
def _money_text(value: MoneyValue) -> str:
    return f"{_number_text(value.amount)} {value.currency}" if value.currency else _number_text(value.amount)


@describes(PercentValue)
def _percent_text(value: PercentValue) -> str:
    return f"{_number_text(value.number)} percentage points" if value.points else f"{_number_text(value.number)}%"


@describes(DurationValue)
def _duration_text(value: DurationValue) -> str:
    return describe_duration(value.duration)


@describes(RecurrenceValue)
def _recurrence_text(value: RecurrenceValue) -> str:
    return describe_recurrence(value.recurrence)


@describes(DateValue)
def _date_text(value: DateValue) -> str:
    text = value.start.isoformat() if value.start == value.end else f"{value.start} – {value.end}"
    if value.duration is not None:
        text = f"{describe_duration(value.duration)}: {text}"
    if value.time is not None:
        text += f" {value.time.strftime('%H:%M')}"
    return text


@describes(EntityValue)
def _entity_text(value: EntityValue) -> str:
    return f"{value.name} ({value.gloss})" if value.gloss and value.gloss != value.name else value.name


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
_DURATION_WORDS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second"}
_TIME_WORDS = {"M": "minute"}


def duration_parts(duration: str) -> list[tuple[float, str]]:
    """(number, unit) pairs of an ISO 8601 duration: "P2Y6M" -> [(2, "year"), (6, "month")]."""
    date_part, _, time_part = duration.removeprefix("P").partition("T")
    parts = [(float(n), _DURATION_WORDS[u]) for n, u in _DURATION_PART.findall(date_part)]
    parts += [(float(n), _TIME_WORDS.get(u, _DURATION_WORDS[u])) for n, u in _DURATION_PART.findall(time_part)]
    return parts


def describe_duration(duration: str) -> str:
    """"P2Y6M" -> "2 years 6 months"."""
    words = [f"{_number_text(n)} {unit}{'' if n == 1 else 's'}" for n, unit in duration_parts(duration)]
    return " ".join(words) or duration


_BYDAY = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday",
          "SU": "Sunday"}  # fmt: skip
_FREQ = {"YEARLY": "year", "MONTHLY": "month", "WEEKLY": "week", "DAILY": "day", "HOURLY": "hour"}


def describe_recurrence(rule: str) -> str:
    """"FREQ=WEEKLY;BYDAY=FR" -> "every Friday"; "FREQ=MONTHLY;INTERVAL=2" -> "every 2 months"."""
    fields = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    unit = _FREQ.get(fields.get("FREQ", ""), "time")
    interval = int(fields.get("INTERVAL", "1"))
    if "BYDAY" in fields:
        days = ", ".join(_BYDAY.get(day, day) for day in fields["BYDAY"].split(","))
        return f"every {days}" if interval == 1 else f"every {interval} weeks on {days}"
    text = f"every {unit}" if interval == 1 else f"every {interval} {unit}s"
    if "BYMONTHDAY" in fields:
        text += f" on day {fields['BYMONTHDAY']}"
    if "BYHOUR" in fields:
        text += f" at {int(fields['BYHOUR']):02d}:{int(fields.get('BYMINUTE', '0')):02d}"
    return text
