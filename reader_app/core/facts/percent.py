"""Percentages, percentage points and basis points in English and CJK text."""

from __future__ import annotations

import re

from reader_app.core.facts.found import Context, Found, scan
from reader_app.core.facts.model import FactKind, PercentValue
from reader_app.core.facts.numbers import CJK_NUMBER, DIGITS, WORD_NUMBER, parse_cjk, parse_english

_EN = re.compile(
    rf"(?:(?<![\w.,-])(?P<sign>[-+])(?=\d)|(?<![\w.,]))(?P<num>{DIGITS}|(?i:{WORD_NUMBER}))(?P<upto>-{DIGITS})?"
    r"(?P<unit> ?%| ?(?i:percent|per cent|pct|percentage points?|basis points?|bps)\b)"
)
_EN_ANCHOR = re.compile("%|percent|Percent|per cent|pct|percentage point|basis point|bps")
_CJK = [
    re.compile(rf"百分之(?P<num>{CJK_NUMBER}(?:[点點][{'〇零一二三四五六七八九'}\d]+)?)"),
    re.compile(
        rf"(?P<num>{CJK_NUMBER}) ?"
        r"(?P<unit>%|パーセント|个百分点|個百分點|个基点|個基點|ポイント|ベーシスポイント|割(?!合))"
    ),
    re.compile(r"(?<![\d一二三四五六七八九十两兩.])(?P<num>[一二两兩三四五六七八九\d])成(?![了为為功立员員本长長交绩績])"),
]
_POINT_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def _english(context: Context) -> list[Found]:
    found = []
    for match in scan(_EN, context.folded, _EN_ANCHOR, 44):
        number = parse_english(match.group("num"))  # "5-6%" is a range: its value is the lower bound
        if number is None:
            continue
        unit = match.group("unit").strip().lower()
        if unit.startswith("basis") or unit == "bps":
            number /= 100
        if match.group("sign") == "-":
            number = -number
        found.append(Found(FactKind.PERCENT, match.start(), match.end(), PercentValue(float(f"{number:.12g}"))))
    return found


def _cjk_number(text: str) -> float | None:
    parts = re.split("[点點]", text, maxsplit=1)
    whole = parts[0]
    fraction = parts[1] if len(parts) > 1 else ""
    value = parse_cjk(whole)
    if value is None:
        return None
    if fraction:
        digits = "".join(_POINT_DIGITS.get(ch, ch) for ch in fraction)
        value += float("0." + digits)
    return value


def _cjk(context: Context) -> list[Found]:
    found = []
    for index, pattern in enumerate(_CJK):
        for match in pattern.finditer(context.folded):
            number = _cjk_number(match.group("num"))
            if number is None:
                continue
            unit = match.groupdict().get("unit") or ""
            if index == 2 or unit == "割":
                number *= 10
            elif "基" in unit or unit == "ベーシスポイント":
                number /= 100
            elif unit == "ポイント" and number > 100:
                continue
            start = match.start()
            lower = _CJK_RANGE_LOWER.search(context.folded, max(0, start - 12), start) if index == 1 else None
            if lower is not None and unit in ("%", "个百分点", "個百分點", "パーセント"):
                low = float(lower.group("low"))
                if low < number:
                    start, number = lower.start(), low  # 2至3%: one range, valued at its lower bound
            found.append(Found(FactKind.PERCENT, start, match.end(), PercentValue(float(f"{number:.12g}"))))
    return found


_CJK_RANGE_LOWER = re.compile(r"(?<![\d.,%])(?P<low>\d+(?:\.\d+)?)(?:至|到|-|~|～)$")


def find_percents(context: Context) -> list[Found]:
    """Every percentage in the passage; CJK passages also get the English forms."""
    if context.cjk:
        return _cjk(context)
    return _english(context)
