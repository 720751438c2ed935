"""Facts as plain JSON values, in the stable shape the `facts` command and exports promise."""

from __future__ import annotations

import math
from typing import Any

from reader_app.core.facts.model import (
    CountValue,
    DateValue,
    DurationValue,
    EntityValue,
    Fact,
    FactValue,
    MoneyValue,
    PercentValue,
    RecurrenceValue,
)


def _number(value: float) -> int | float | None:
    """Whole numbers as JSON integers (1200000000, not 1.2e9); null for what JSON cannot hold (infinity)."""
    if not math.isfinite(value):
        return None
    return int(value) if value == int(value) and abs(value) < 2**63 else value


def value_json(value: FactValue | None) -> dict[str, Any] | None:
    """count {number, unit} · money {amount, currency} · percent {number[, unit: "percentage points"]} ·
    date {start, end, grain[, time][, duration]} or {duration} (a length of time) or {recurrence} (a set) ·
    org/person/place {name[, gloss]} (the text's own form, with an English gloss for a Chinese or Japanese name the
    gazetteer knows); None when the fact has no normalised value."""
    if value is None:
        return None
    if isinstance(value, CountValue):
        return {"number": _number(value.number), "unit": value.unit}
    if isinstance(value, MoneyValue):
        return {"amount": _number(value.amount), "currency": value.currency}
    if isinstance(value, PercentValue):
        if value.points:
            return {"number": _number(value.number), "unit": "percentage points"}
        return {"number": _number(value.number)}
    if isinstance(value, DateValue):
        shape: dict[str, Any] = {"start": value.start.isoformat(), "end": value.end.isoformat(), "grain": value.grain}
        if value.time is not None:
            shape["time"] = value.time.strftime("%H:%M")
        if value.duration is not None:
            shape["duration"] = value.duration
        return shape
    if isinstance(value, DurationValue):
        return {"duration": value.duration}
    if isinstance(value, RecurrenceValue):
        return {"recurrence": value.recurrence}
    if isinstance(value, EntityValue):
        return {"name": value.name, "gloss": value.gloss} if value.gloss else {"name": value.name}
    raise TypeError(f"unknown fact value {value!r}")


def fact_json(fact: Fact, offset: int = 0) -> dict[str, Any]:
    """One fact; `offset` shifts the span when the passage sits inside a larger input text."""
    return {
        "kind": fact.kind.value,
        "text": fact.text,
        "start": fact.span.start + offset,
        "end": fact.span.end + offset,
        "passage": fact.role.value,
        "value": value_json(fact.value),
    }
