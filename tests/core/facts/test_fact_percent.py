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
