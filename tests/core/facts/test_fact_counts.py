"""Counts span the number and its head noun phrase, no more; years and "one of the" are never counts."""

from __future__ import annotations

import pytest
from facts_helpers import found, only


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        ("WeChat has amassed over 1.2 billion monthly active users in China.", "1.2 billion monthly active users",
         1.2e9, "monthly active users"),
        ("It operates in 15 other markets.", "15 other markets", 15, "other markets"),
        ("The firm employs 48,000 people.", "48,000 people", 48000, "people"),
        ("It will cut 1,200 jobs.", "1,200 jobs", 1200, "jobs"),
        ("Three people were hurt.", "Three people", 3, "people"),
        ("A crowd of twenty-five thousand fans cheered.", "twenty-five thousand fans", 25000, "fans"),
        ("It has 1.2 crore students.", "1.2 crore students", 1.2e7, "students"),
        ("The phone has 256GB of storage.", "256GB", 256, "GB"),
        ("They bought a dozen eggs.", "a dozen eggs", 12, "eggs"),
        ("超12亿的活跃用户在使用。", "12亿的活跃用户", 1.2e9, "活跃用户"),
        ("3名员工受伤。", "3名员工", 3, "名员工"),
        ("200家企业参与。", "200家企业", 200, "家企业"),
        ("事故造成5000人死亡。", "5000人", 5000, "人"),
        ("进入15个市场。", "15个市场", 15, "个市场"),
        ("拥有12亿用户。", "12亿用户", 1.2e9, "用户"),
        ("微信拥有12亿月活跃用户。", "12亿月活跃用户", 1.2e9, "月活跃用户"),
        ("超3.5亿的日活跃用户。", "3.5亿的日活跃用户", 3.5e8, "日活跃用户"),
        ("拥有5亿月活。", "5亿月活", 5e8, "月活"),
        ("公司员工约70万人。", "70万人", 7e5, "员工"),
        ("世界販売台数は1030万台を計画。", "販売台数は1030万台", 1.03e7, "販売台数"),
        ("全国で3400世帯に避難指示。", "3400世帯", 3400, "世帯"),
        ("成交量達3.2萬張。", "3.2萬張", 32000, "張"),
    ],
)
def test_counts(text: str, span: str, number: float, unit: str) -> None:
    kind, fact_text, value = only(text)
    assert (kind, fact_text, value["unit"]) == ("count", span, unit)
    assert value["number"] == pytest.approx(number)


def test_vague_counts_have_no_value() -> None:
    assert only("Thousands of protesters marched.") == ("count", "Thousands of protesters", None)
    assert only("数十家企业参与。") == ("count", "数十家企业", None)


@pytest.mark.parametrize(
    "text",
    [
        "She is one of the best players.",
        "乘用车、商用车、零部件和零售业务。",
        "It can withstand magnitude 8 earthquakes.",
        "Two category 5 hurricanes hit the coast.",
        "The level 3 alert stays in place.",
        "Two of the banks declined to comment.",
        "In 2021 sales doubled.",
        "The 10-year-old boy won.",
        "Covid-19 cases fell.",
        "The iPhone 15 went on sale.",
        "It rose to 1,200 from 900.",
        "One analyst said so.",
        "It won 3-1 at home.",
        "我们一起去吃饭吧。",
        "一部の地域で雨が降った。",
        "这是第一次。",
        "他们十分满意。",
    ],
)
def test_non_counts(text: str) -> None:
    assert [fact for fact in found(text) if fact[0] == "count"] == []


def test_a_count_stops_before_a_date() -> None:
    assert found("The company sold 300 cars last year.") == [
        ("count", "300 cars", {"number": 300, "unit": "cars"}),
        ("date", "last year", {"start": "2020-01-01", "end": "2020-12-31", "grain": "year"}),
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [("全国で約900便が欠航した。", "900便"), ("获得120票支持。", "120票")],
)
def test_more_counters(text: str, span: str) -> None:
    assert [fact[1] for fact in found(text) if fact[0] == "count"] == [span]
