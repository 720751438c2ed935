"""Percentages in English and CJK notation."""

from __future__ import annotations

import pytest
from facts_helpers import found, only


@pytest.mark.parametrize(
    ("text", "span", "number"),
    [
        ("Revenue rose 12.5% on demand.", "12.5%", 12.5),
        ("Revenue rose 14 percent.", "14 percent", 14),
        ("Revenue rose 38 per cent.", "38 per cent", 38),
        ("Output fell -0.3% overall.", "-0.3%", -0.3),
        ("Rates rose 25 basis points.", "25 basis points", 0.25),
        ("Support rose 2 percentage points.", "2 percentage points", 2),
        ("Turnout was five percent.", "five percent", 5),
        ("同比增长15%。", "15%", 15),
        ("同比增长１５％。", "１５％", 15),
        ("占百分之三十。", "百分之三十", 30),
        ("占百分之三点五。", "百分之三点五", 3.5),
        ("上升2个百分点。", "2个百分点", 2),
        ("売上高は21.4パーセント増えた。", "21.4パーセント", 21.4),
        ("シェアは3割に達した。", "3割", 30),
    ],
)
def test_percentages(text: str, span: str, number: float) -> None:
    kind, fact_text, value = only(text, lang=None)
    assert (kind, fact_text) == ("percent", span)
    assert value["number"] == pytest.approx(number)


def test_percent_is_not_also_a_count() -> None:
    assert [kind for kind, _, _ in found("It has 40 percent of users.")] == ["percent"]


# Each named CJK percent rule with its examples (reader_app.core.facts.percent._CJK_RULES).
PERCENT_RULES = {
    "baifenzhi": [("占百分之五。", "百分之五", 5), ("下降了负百分之三。", "负百分之三", -3)],
    "percent-sign": [
        ("价格下降了-22.2%。", "-22.2%", -22.2),
        ("僕１，１２３パーセント告白", "１，１２３パーセント", 1123),
        ("－1２２％", "－1２２％", -122),
    ],
    "percentage-points": [("四点五个百分点", "四点五个百分点", 4.5)],
    "wari": [
        ("今シーズンの打率は3割8分7厘でした", "3割8分7厘", 38.7),
        ("クラスの女子は5割半を占める", "5割半", 55),
        ("9割5分の人", "9割5分", 95),
        ("今日この服は5.6割引になります", "5.6割引", 56),
    ],
    "cheng": [
        ("三成半的人支持。", "三成半", 35),
        ("七成 六的人", "七成 六", 76),  # a space inside the number, as in text from PDFs
        ("六成四的受访者", "六成四", 64),
        ("7.2成的用户", "7.2成", 72),
        ("八点五成的人", "八点五成", 85),
    ],
    "zhe": [("全场打75折。", "75折", 75), ("打8折", "8折", 80), ("9.9折", "9.9折", 99), ("半折", "半折", 50)],
    "fenzhi": [("千分之２．４", "千分之２．４", 0.24), ("万分之三", "万分之三", 0.03)],
}


@pytest.mark.parametrize(
    ("rule", "text", "span", "number"),
    [(rule, *example) for rule, examples in PERCENT_RULES.items() for example in examples],
)
def test_cjk_percent_rules(rule: str, text: str, span: str, number: float) -> None:
    assert [(k, t, v["number"]) for k, t, v in found(text, lang="ja" if "割" in text else "zh") if k == "percent"] == [
        ("percent", span, number)
    ]


def test_percentage_points_are_a_value_of_their_own() -> None:
    assert only("上升7个百分点。", lang="zh")[2] == {"number": 7, "unit": "percentage points"}
    assert only("Support rose 2 percentage points.")[2] == {"number": 2, "unit": "percentage points"}
    assert only("Rates rose 25 basis points.")[2] == {"number": 0.25, "unit": "percentage points"}
    assert only("Support rose 2 percent.")[2] == {"number": 2}


@pytest.mark.parametrize(
    "text",
    [
        "See http://proquest.umi.com/pqdweb?RQT=305&SQ=issn%280024%2D9114%29%20and%20%28ti%28Using",
        "詳細は http://example.com/a?q=%E4%B8%AD%E6%96%87 をご覧ください。",
        "百分之二三十的人",
        "上涨二三十个百分点",
        "一波三折",
        "对折",  # folded in half
        "五百分之2.2",
        "折合人民币",
    ],
)
def test_not_percentages(text: str) -> None:
    assert [fact for fact in found(text) if fact[0] == "percent"] == []
