"""Chinese amounts by family: a currency named before the amount (約合美元2,400萬), amounts the words around make
money (营收达1,234亿, 153萬(約合美元4.8萬)), the currency written after 元 (30億元新台幣), Hong Kong and Korean
names (歐羅, 蚊, 韓圓), and neighbouring numerals as a range (一两亿元)."""

from __future__ import annotations

from typing import Any

import pytest
from facts_helpers import found


def money(text: str) -> list[tuple[str, Any]]:
    return [
        (span, (value["amount"], value["currency"]) if value else None)
        for kind, span, value in found(text, None, "zh")
        if kind == "money"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "一年花費7.65億新台幣(約合美元2,400萬)",
            [("7.65億新台幣", (765000000, "TWD")), ("美元2,400萬", (24000000, "USD"))],
        ),
        # a bare amount before a conversion takes the currency of the amount before it, not the conversion's
        (
            "花費7.65億新台幣,平均每人153萬(約合美元4.8萬)。",
            [("7.65億新台幣", (765000000, "TWD")), ("153萬", (1530000, "TWD")), ("美元4.8萬", (48000, "USD"))],
        ),
        # a money noun before a bare magnitude
        ("公司营收达1,234亿,同比增长5%。", [("1,234亿", (123400000000, None))]),
        ("美国对华贸易逆差达3752亿美元,去年逆差为3470亿。", [("3752亿美元", (375200000000, "USD")),
                                                        ("3470亿", (347000000000, "USD"))]),
        ("公司被罚款182.28亿", [("182.28亿", (18228000000, None))]),
        ("該工程造價5億,耗資驚人。", [("5億", (500000000, None))]),
        ("公司斥資10億收購對手。", [("10億", (1000000000, None))]),
        # the currency after 元, and names used in Hong Kong, Taiwan and Korea
        ("30億元新台幣", [("30億元新台幣", (3000000000, "TWD"))]),
        ("2.5萬元港幣", [("2.5萬元港幣", (25000, "HKD"))]),
        ("18億歐羅", [("18億歐羅", (1800000000, "EUR"))]),
        ("一張飛機票要3000蚊", [("3000蚊", (3000, "HKD"))]),
        ("500亿韩圆", [("500亿韩圆", (50000000000, "KRW"))]),
        # neighbouring numerals are a range, valued at the lower one; 十几 is vague
        ("一两亿元", [("一两亿元", (100000000, "CNY"))]),
        ("两三百万元", [("两三百万元", (2000000, "CNY"))]),
        ("十几亿元", [("十几亿元", None)]),
    ],
)
def test_zh_money(text: str, expected: list[tuple[str, Any]]) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "注册用户达3亿",
        "人口1400万",
        "投资者3000万",
        "美元1日贬值",
        "损失3万人",
        "被蚊子叮了",
        "收入群体扩大",
        "发行总额1000万股",
        "投入使用",
    ],
)
def test_no_money_without_money_words(text: str) -> None:
    assert money(text) == []


def percents(text: str) -> list[tuple[str, Any]]:
    return [(span, value) for kind, span, value in found(text, None, "zh") if kind == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # percentage points with 多, and a range written once with 百分之 (at its lower bound)
        ("领先5个多百分点", [("5个多百分点", {"number": 5, "unit": "percentage points"})]),
        ("占百分之三十到四十", [("百分之三十到四十", {"number": 30})]),
        # written out on both sides, a range is two facts, as 4%至5% is
        ("占百分之三十至百分之四十", [("百分之三十", {"number": 30}), ("百分之四十", {"number": 40})]),
        ("百分之五到2024年", [("百分之五", {"number": 5})]),
    ],
)
def test_zh_percent_forms(text: str, expected: list[tuple[str, Any]]) -> None:
    assert percents(text) == expected
