"""Clock times with a part of the day, dotted British times and named time zones; CJK periods: 昨晚8點, 上年四季度,
今年前9月, a standalone 上半年, 同日, split fiscal years (2024/25年度), 去年同期, 全年 and market sessions."""

from __future__ import annotations

import pytest
from facts_helpers import day, found, interval, only

# Publication date in these tests: Wednesday 2021-07-28.


def at(iso: str, clock: str, grain: str = "minute") -> dict[str, str]:
    return {"start": iso, "end": iso, "grain": grain, "time": clock}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The bus came at 5:45 in the afternoon.", "5:45 in the afternoon", at("2021-07-28", "17:45")),
        ("The alarm rang at 6:10 in the morning.", "6:10 in the morning", at("2021-07-28", "06:10")),
        ("Fireworks start at 9 o'clock at night.", "9 o'clock at night", at("2021-07-28", "21:00", "hour")),
        ("Doors open at 7.15pm.", "7.15pm", at("2021-07-28", "19:15")),
        ("Tickets go on sale at 9 a.m. Eastern time on Friday.", "9 a.m. Eastern time on Friday",
         at("2021-07-30", "09:00", "hour")),
    ],
)
def test_english_clock_times(text: str, span: str, value: dict[str, str]) -> None:
    assert only(text) == ("date", span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("股市昨晚9点收盘。", "昨晚9点", at("2021-07-27", "21:00", "hour")),
        ("航班明早6点半起飞。", "明早6点半", at("2021-07-29", "06:30")),
        ("增速比上年四季度加快。", "上年四季度", interval("2020-10-01", "2020-12-31", "quarter")),
        ("今年前5月出口增长。", "今年前5月", interval("2021-01-01", "2021-05-31", "month")),
        ("去年前三季度利润下降。", "去年前三季度", interval("2020-01-01", "2020-09-30", "month")),
        ("今年前两个月出口增长。", "今年前两个月", interval("2021-01-01", "2021-02-28", "month")),
        ("会合は9月21～22日に開く予定だ。", "9月21～22日", interval("2021-09-21", "2021-09-22", "day")),
        ("上半年，公司营收增长。", "上半年", interval("2021-01-01", "2021-06-30", "month")),
        ("預計2023/24年度赤字擴大。", "2023/24年度", interval("2023-04-01", "2024-03-31", "year")),
        ("销量与去年同期持平。", "去年同期", interval("2020-01-01", "2020-12-31", "year")),
        ("2019年全年销量下降。", "2019年全年", interval("2019-01-01", "2019-12-31", "year")),
        ("周二早盘股价上涨。", "周二早盘", day("2021-07-27")),
    ],
)
def test_cjk_periods(text: str, span: str, value: dict[str, str]) -> None:
    assert ("date", span, value) in found(text)


def test_same_day_takes_the_day_named_before() -> None:
    facts = found("同社は20日、決算を発表した。同日、社長が会見した。", lang="ja")
    assert [(span, value) for kind, span, value in facts if kind == "date"] == [
        ("20日", day("2021-07-20")),
        ("同日", day("2021-07-20")),
    ]
    assert only("同日、社長が会見した。", lang="ja") == ("date", "同日", None)


def test_getting_old_is_no_date() -> None:
    assert found("他上年纪了。", lang="zh") == []


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("国庆假期期间客流大增。", "zh", "国庆假期期间", interval("2021-10-01", "2021-10-07", "day")),
        ("春节前夕，超市人满为患。", "zh", "春节前夕", day("2021-02-11")),
        ("聖誕節當天下雪。", "zh-Hant", "聖誕節當天", day("2020-12-25")),
        ("お盆休みに帰省した。", "ja", "お盆休み", interval("2020-08-13", "2020-08-16", "day")),
        ("本周末将有降雨。", "zh", "本周末", interval("2021-07-31", "2021-08-01", "day")),
        ("中秋节当天", "zh", "中秋节当天", None),  # a lunar festival: no calendar here
    ],
)
def test_cjk_holidays_and_weekends(text: str, lang: str, span: str, value: dict[str, str] | None) -> None:
    assert ("date", span, value) in found(text, lang=lang)


@pytest.mark.parametrize("text", ["王国庆表示同意。", "五一广场人很多。"])
def test_holiday_names_that_are_also_names_or_places(text: str) -> None:
    assert [fact for fact in found(text, lang="zh") if fact[0] == "date"] == []
