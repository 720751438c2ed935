"""The shape of a found fact and its normalised value, shared by extraction, the panel, exports and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from reader_app.core.document import PassageRole, Span


class FactKind(str, Enum):
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
