"""The shape of a found fact and its normalised value, shared by extraction, the panel, exports and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

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


@dataclass(frozen=True, slots=True)
class DateValue:
    start: date
    end: date
    grain: str
    """"day", "week", "month", "quarter", "year", or "minute"/"hour" for clock times."""
    time: time | None = None
    """The clock time on `start` for grain "hour"/"minute" ("5 p.m. Tuesday"), else None."""


@dataclass(frozen=True, slots=True)
class EntityValue:
    name: str
    """Canonical name: each entity is listed once with all its mentions."""


FactValue = CountValue | MoneyValue | PercentValue | DateValue | EntityValue


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
        return describe_value(self.value, self.text)


def _number_text(number: float) -> str:
    if number == int(number) and abs(number) < 1e18:
        return f"{int(number):,}"
    return f"{number:,.6f}".rstrip("0").rstrip(".")


def describe_value(value: FactValue | None, text: str = "") -> str:
    """Readable form of a normalised value, shared by tooltips, the CLI table and Markdown exports."""
    if value is None:
        return "—"
    if isinstance(value, CountValue):
        return f"{_number_text(value.number)} {value.unit}".strip()
    if isinstance(value, MoneyValue):
        return f"{_number_text(value.amount)} {value.currency or '(currency unknown)'}"
    if isinstance(value, PercentValue):
        return f"{_number_text(value.number)}%"
    if isinstance(value, DateValue):
        if value.time is not None:
            return f"{value.start.isoformat()} {value.time.strftime('%H:%M')}"
        if value.start == value.end:
            return value.start.isoformat()
        return f"{value.start.isoformat()} – {value.end.isoformat()}"
    return value.name
