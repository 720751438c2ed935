"""Shared helper for the fact tests: extract from a string and get (kind, text, value) triples."""

from __future__ import annotations

from datetime import date
from typing import Any

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import find_numeric_facts
from reader_app.core.facts.serialize import value_json
from reader_app.core.language import detect_language

PUBLISHED = date(2021, 7, 28)
"""A Wednesday: the day after WeChat's announcement in the sample."""


def found(text: str, published: date | None = PUBLISHED, lang: str | None = None) -> list[tuple[str, str, Any]]:
    passage = Passage(PassageRole.ARTICLE, text, lang or detect_language(text))
    facts = find_numeric_facts(passage, published)
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text
    return [(fact.kind.value, fact.text, value_json(fact.value)) for fact in facts]


def only(text: str, published: date | None = PUBLISHED, lang: str | None = None) -> tuple[str, str, Any]:
    """The single fact in `text`."""
    facts = found(text, published, lang)
    assert len(facts) == 1, facts
    return facts[0]


def day(iso: str, grain: str = "day") -> dict[str, str]:
    return {"start": iso, "end": iso, "grain": grain}


def interval(start: str, end: str, grain: str) -> dict[str, str]:
    return {"start": start, "end": end, "grain": grain}


def period(start: str, end: str, duration: str) -> dict[str, str]:
    """A length of time that the text anchors: "the past two weeks"."""
    return {"start": start, "end": end, "grain": "day", "duration": duration}
