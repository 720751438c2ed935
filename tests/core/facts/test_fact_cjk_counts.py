"""CJK count rules: sports and battery counters, ordinals with 第, longer head nouns, index points, months as a
length of time, and the fused approximator (超/约/逾/近) outside the span."""

from __future__ import annotations

import pytest
from facts_helpers import found


def counts(text: str, lang: str) -> list[tuple[str, object]]:
    return [(span, value) for kind, span, value in found(text, lang=lang) if kind == "count"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("鈴木は3打数1安打2打点だった。", "ja", [("3打数", 3), ("1安打", 1), ("2打点", 2)]),
        ("今季30盗塁、残り12試合。", "ja", [("30盗塁", 30), ("12試合", 12)]),
        ("新型車を8車種投入する。", "ja", [("8車種", 8)]),
        ("电池容量为5000毫安时。", "zh", [("5000毫安时", 5000)]),
        ("新增約2000個工作機會。", "zh-Hant", [("2000個工作機會", 2000)]),
        ("道指收报35,120点。", "zh", [("35,120点", 35120)]),
        ("物价连续近6個月上涨。", "zh-Hant", []),  # a length of time: a date
        ("销量超过20万辆。", "zh", [("20万辆", 200000)]),
    ],
)
def test_cjk_counts(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert [(span, value["number"]) for span, value in counts(text, lang)] == expected  # type: ignore[index]


@pytest.mark.parametrize(("text", "lang"), [("這是第三座工廠。", "zh-Hant"), ("第五家门店开业。", "zh")])
def test_an_ordinal_is_no_count(text: str, lang: str) -> None:
    assert counts(text, lang) == []


def test_a_small_whole_number_before_dian_stays_a_clock_time() -> None:
    assert [kind for kind, _, _ in found("会议10点开始。", lang="zh")] == ["date"]


def test_a_short_cjk_percentage_range_is_one_fact_at_its_lower_bound() -> None:
    percents = [f for f in found("预计增长4至5%。", lang="zh") if f[0] == "percent"]
    assert percents == [("percent", "4至5%", {"number": 4})]
    assert [f[1] for f in found("增长4%至5%。", lang="zh") if f[0] == "percent"] == ["4%", "5%"]
