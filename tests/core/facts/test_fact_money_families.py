"""Currency families: prefixes that name their dollar, currency names and symbols, sub-units joined to their
amount, and magnitudes written apart ("$ 48.2 万")."""

from __future__ import annotations

import pytest
from facts_helpers import found


def money(text: str) -> list[tuple[str, float, str | None]]:
    return [(span, value["amount"], value["currency"]) for kind, span, value in found(text) if kind == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prefixes, also lower-cased and spaced
        ("the price ranges between c $ 16.4 million", [("c $ 16.4 million", 1.64e7, "CAD")]),
        ("exports fell to hk $ 10.05 billion .", [("hk $ 10.05 billion", 1.005e10, "HKD")]),
        ("Sell Mex$ 10 million forward", [("Mex$ 10 million", 1e7, "MXN")]),
        ("a loan of u.s $ 100,000,000 was agreed", [("u.s $ 100,000,000", 1e8, "USD")]),
        ("usd$ 15 and nzd$15", [("usd$ 15", 15, "USD"), ("nzd$15", 15, "NZD")]),
        ("revenue of CN¥560.1 billion in 2022", [("CN¥560.1 billion", 5.601e11, "CNY")]),
        ("RMB¥12 billion and JP¥300 billion", [("RMB¥12 billion", 1.2e10, "CNY"), ("JP¥300 billion", 3e11, "JPY")]),
        # names
        ("125 million australian dollars of bonds", [("125 million australian dollars", 1.25e8, "AUD")]),
        ("he was fined 10,000 swiss francs", [("10,000 swiss francs", 1e4, "CHF")]),
        ("250 million dutch guilders of bonds", [("250 million dutch guilders", 2.5e8, "NLG")]),
        ("It costs half million usd.", [("half million usd", 5e5, "USD")]),
        ("a 12-cent-a-share dividend", [("12-cent", 0.12, "USD")]),
        ("losses in excess of 30 MUSD were reported", [("30 MUSD", 3e7, "USD")]),
        ("They lost 75 USD million.", [("75 USD million", 7.5e7, "USD")]),
        ("The price of this book is 100 ₡", [("100 ₡", 100, "CRC")]),
        # sub-units
        ("it only cost 3 dollars 50 cents.", [("3 dollars 50 cents", 3.5, "USD")]),
        ("it cost thirteen dollars and forty-five cents", [("thirteen dollars and forty-five cents", 13.45, "USD")]),
        ("这台电脑两美元又三美分", [("两美元又三美分", 2.03, "USD")]),
        ("这个手机壳五元三毛", [("五元三毛", 5.3, "CNY")]),
        ("50元6角3分", [("50元6角3分", 50.63, "CNY")]),
        ("今日の日経平均は2222円13銭です。", [("2222円13銭", 2222.13, "JPY")]),
        ("このパソコンは2ドル3セントです。", [("2ドル3セント", 2.03, "USD")]),
        # magnitudes apart, CJK names
        ("年間収入は$ 48.2 万で", [("$ 48.2 万", 482000, "USD")]),
        ("兑换1.0092瑞士法郎", [("1.0092瑞士法郎", 1.0092, "CHF")]),
        ("期限切れの5306億ニュー台湾ドルを確定する", [("5306億ニュー台湾ドル", 5.306e11, "TWD")]),
        ("高田は毎日€ 1.5 かかります", [("€ 1.5", 1.5, "EUR")]),
        ("4人民币 5美元", [("4人民币", 4, "CNY"), ("5美元", 5, "USD")]),
    ],
)
def test_money_families(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert money(text) == expected


@pytest.mark.parametrize("text", ["He scored 90 marks.", "It cost 5 dollars and 2 people came."])
def test_not_more_money(text: str) -> None:
    assert [span for span, _, _ in money(text)] in ([], ["5 dollars"])


def test_a_currency_code_fused_to_its_amount_is_money_not_a_model() -> None:
    assert money("The business lost RMB200,000 and USD115.") == [("RMB200,000", 2e5, "CNY"), ("USD115", 115, "USD")]
