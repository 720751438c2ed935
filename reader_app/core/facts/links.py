"""Facts across the two sides of a document: pairs with equal normalised values, and numbers a translation lost."""

from __future__ import annotations

import math
import re

from reader_app.core.document import Passage
from reader_app.core.facts.kinds import numeric_kinds
from reader_app.core.facts.model import (
    CountValue,
    DateValue,
    DurationValue,
    EntityValue,
    Fact,
    FactKind,
    FactValue,
    MoneyValue,
    PercentValue,
    RecurrenceValue,
    duration_parts,
)
from reader_app.core.facts.numbers import BIG_WORD, CJK_NUMBER, DIGITS, fold, parse_cjk, parse_english

NOT_PRESERVED = "number not preserved in translation"

_NUMERIC_KINDS = frozenset(FactKind(key) for key in numeric_kinds())
"""Kinds whose numbers a translation must keep (from the fact-kind registry)."""
_EN_NUMBER = re.compile(rf"(?<![\w.])(?P<num>{DIGITS})(?![\d.万萬亿億兆千百十])(?:[ -](?P<mag>{BIG_WORD}))?")
_CJK_NUMBER = re.compile(CJK_NUMBER)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def same_value(left: FactValue | None, right: FactValue | None) -> bool:
    """Whether two normalised values say the same thing (12亿 = 1.2 billion; 8月初 = early August)."""
    if left is None or right is None:
        return False
    if isinstance(left, CountValue) and isinstance(right, CountValue):
        return _close(left.number, right.number)
    if isinstance(left, MoneyValue) and isinstance(right, MoneyValue):
        currencies_agree = left.currency is None or right.currency is None or left.currency == right.currency
        return currencies_agree and _close(left.amount, right.amount)
    if isinstance(left, PercentValue) and isinstance(right, PercentValue):
        return left.points == right.points and _close(left.number, right.number)
    if isinstance(left, DurationValue) and isinstance(right, DurationValue):
        return duration_parts(left.duration) == duration_parts(right.duration)  # 10年 = ten years
    if isinstance(left, RecurrenceValue) and isinstance(right, RecurrenceValue):
        return left.recurrence == right.recurrence
    if isinstance(left, DateValue) and isinstance(right, DateValue):
        times_agree = left.time is None or right.time is None or left.time == right.time
        return left.start == right.start and left.end == right.end and times_agree
    if isinstance(left, EntityValue) and isinstance(right, EntityValue):
        names = {name.casefold() for name in (left.name, left.gloss) if name}
        return any(name.casefold() in names for name in (right.name, right.gloss) if name)  # 腾讯 (Tencent) = Tencent
    return False


def link_facts(left: list[Fact], right: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs of facts, one from each side, of the same kind and equal value; each fact in at most one pair,
    matched in text order."""
    used: set[int] = set()
    pairs: list[tuple[Fact, Fact]] = []
    for fact in left:
        for index, other in enumerate(right):
            if index in used or other.kind is not fact.kind:
                continue
            if same_value(fact.value, other.value):
                used.add(index)
                pairs.append((fact, other))
                break
    return pairs


def _numbers(value: FactValue) -> list[float]:
    if isinstance(value, CountValue | PercentValue):
        return [value.number]
    if isinstance(value, MoneyValue):
        return [value.amount]
    if isinstance(value, DurationValue):
        return [number for number, _ in duration_parts(value.duration)]
    if isinstance(value, DateValue) and value.grain == "year" and value.start.year == value.end.year:
        return [float(value.start.year)]
    return []


def numbers_in(text: str) -> list[float]:
    """Every number written in `text`, in English or CJK notation, magnitudes applied."""
    folded = fold(text)
    values: list[float] = []
    for match in _EN_NUMBER.finditer(folded):
        value = parse_english(match.group("num"), match.group("mag"))
        if value is not None:
            values.append(value)
    for match in _CJK_NUMBER.finditer(folded):
        value = parse_cjk(match.group())
        if value is not None:
            values.append(value)
    return values


def _preserved(fact: Fact, candidates: list[Fact], text: str) -> bool:
    assert fact.value is not None
    if any(same_value(fact.value, other.value) for other in candidates if other.kind is fact.kind):
        return True
    wanted = _numbers(fact.value)
    if not wanted:
        return False
    found = [n for other in candidates if other.value is not None for n in _numbers(other.value)]
    found += numbers_in(text)
    return any(_close(a, b) for a in wanted for b in found)


def unpreserved_numbers(
    source: Passage, source_facts: list[Fact], translation: Passage, translation_facts: list[Fact]
) -> dict[int, str]:
    """Source sentence index → "number not preserved in translation", for each sentence with a count, amount,
    percentage or resolved date that has no equal counterpart in its translation."""
    aligned = len(source.sentences) == len(translation.sentences) and bool(source.sentences)
    flagged: dict[int, str] = {}
    for fact in source_facts:
        if fact.kind not in _NUMERIC_KINDS or fact.value is None:
            continue
        index = source.sentence_at(fact.span.start)
        if index is None or index in flagged:
            continue
        if aligned:
            span = translation.sentences[index]
            candidates = [f for f in translation_facts if span.start <= f.span.start < span.end]
            text = translation.text[span.start : span.end]
        else:
            candidates, text = translation_facts, translation.text
        if not _preserved(fact, candidates, text):
            flagged[index] = NOT_PRESERVED
    return flagged
