"""Money in every common form, with amount and ISO currency."""

from __future__ import annotations

import pytest
from facts_helpers import found, only


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("Didi's $4.4 billion initial public offering", "$4.4 billion", 4.4e9, "USD"),
        ("revenue of $4.4bn in all", "$4.4bn", 4.4e9, "USD"),
        ("a deal worth US$3m", "US$3m", 3e6, "USD"),
        ("a HK$500 million loan", "HK$500 million", 5e8, "HKD"),
        ("fined €300 in all", "€300", 300, "EUR"),
        ("it costs 300€ now", "300€", 300, "EUR"),
        ("a £65m gap", "£65m", 6.5e7, "GBP"),
        ("raised $500K from friends", "$500K", 5e5, "USD"),
        ("worth $2B in total", "$2B", 2e9, "USD"),
        ("a USD 4.4 billion bond", "USD 4.4 billion", 4.4e9, "USD"),
        ("paid 5 million USD for it", "5 million USD", 5e6, "USD"),
        ("sold for 40 million yuan", "40 million yuan", 4e7, "CNY"),
        ("RMB 5 billion of loans", "RMB 5 billion", 5e9, "CNY"),
        ("about 10,000 yen each", "10,000 yen", 1e4, "JPY"),
        ("It costs a dollar.", "a dollar", 1, "USD"),
        ("up 50 cents on the day", "50 cents", 0.5, "USD"),
        ("a gift of 20 pounds", "20 pounds", 20, "GBP"),
        ("raised Rs 450 crore", "Rs 450 crore", 4.5e9, "INR"),
        ("earn up to ₹2 lakh a month", "₹2 lakh", 2e5, "INR"),
        ("a bill of 3 million euros", "3 million euros", 3e6, "EUR"),
        ("paid 200 Hong Kong dollars", "200 Hong Kong dollars", 200, "HKD"),
        ("prices of $1.04 a share", "$1.04", 1.04, "USD"),
    ],
)
def test_english_money_forms(text: str, span: str, amount: float, currency: str) -> None:
    kind, fact_text, value = only(text)
    assert (kind, fact_text, value["currency"]) == ("money", span, currency)
    assert value["amount"] == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("融资40亿美元。", "40亿美元", 4e9, "USD"),
        ("营收1249.44亿元，同比下降。", "1249.44亿元", 1.24944e11, "CNY"),
        ("罚款50亿元人民币。", "50亿元人民币", 5e9, "CNY"),
        ("人民币50亿的投资。", "人民币50亿", 5e9, "CNY"),
        ("股价报214.6港元。", "214.6港元", 214.6, "HKD"),
        ("营业利益は5兆3529億円となった。", "5兆3529億円", 5.3529e12, "JPY"),
        ("44億ドルを調達した。", "44億ドル", 4.4e9, "USD"),
        ("營收為新台幣1763億元，台灣最大。", "新台幣1763億元", 1.763e11, "TWD"),
        ("价格是¥1000。", "¥1000", 1000, "CNY"),
        ("価格は¥1000です。", "¥1000", 1000, "JPY"),
        ("售价３００万円。", "３００万円", 3e6, "JPY"),
    ],
)
def test_cjk_money_forms(text: str, span: str, amount: float, currency: str) -> None:
    kind, fact_text, value = only(text)
    assert (kind, fact_text, value["currency"]) == ("money", span, currency)
    assert value["amount"] == pytest.approx(amount)


def test_yen_sign_in_english_takes_the_currency_from_context() -> None:
    assert only("The yen weakened past ¥150 against the dollar in Tokyo.")[2]["currency"] == "JPY"
    assert only("Chinese shoppers in Beijing paid ¥150 for the yuan-priced tickets.")[2]["currency"] == "CNY"
    assert only("It was ¥150.")[2]["currency"] is None


def test_vague_amounts_are_money_without_a_value() -> None:
    assert only("The crackdown wiped billions of dollars off the market.") == ("money", "billions of dollars", None)
    assert only("损失达数十亿美元。") == ("money", "数十亿美元", None)


@pytest.mark.parametrize(
    "text",
    ["The team won, and the other two won too.", "He has a real chance.", "It weighs 5 pounds of beef."],
)
def test_currency_words_that_are_ordinary_words(text: str) -> None:
    assert [fact for fact in found(text) if fact[0] == "money"] == []


def test_a_range_is_one_fact_valued_at_its_lower_bound() -> None:
    """The CLI value keeps its one-number shape; a range is worth at least its lower bound, with the magnitude."""
    assert only("The project will cost $3-5 million.") == ("money", "$3-5 million", {"amount": 3e6, "currency": "USD"})
    assert only("Margins rose by 5-6% overall.") == ("percent", "5-6%", {"number": 5})


def test_the_first_half_of_a_cjk_range_takes_the_currency_of_the_second() -> None:
    facts = found("预计亏损300万至500万美元。", lang="zh")
    assert [(span, value) for kind, span, value in facts if kind == "money"] == [
        ("300万", {"amount": 3e6, "currency": "USD"}),
        ("500万美元", {"amount": 5e6, "currency": "USD"}),
    ]


def test_shares_are_not_counts() -> None:
    assert [kind for kind, _, _ in found("Nearly 7 in 10 voters backed it.")] == []


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("Tesco sold it for 900 million złotys.", "900 million złotys", 9e8, "PLN"),
        ("It raised one billion zlotys.", "one billion zlotys", 1e9, "PLN"),
        ("The loan was 400 million kronor.", "400 million kronor", 4e8, "SEK"),
        ("It was 50 Norwegian kroner.", "50 Norwegian kroner", 50, "NOK"),
        # hundredths of a currency
        ("The fare rose by 16 centavos.", "16 centavos", 0.16, None),
        ("The price is 20 kopecks.", "20 kopecks", 0.2, "RUB"),
        # a prefix written apart from its dollar sign
        ("The company lost US $2.63 billion.", "US $2.63 billion", 2.63e9, "USD"),
    ],
)
def test_currency_names_and_subunits(text: str, span: str, amount: float, currency: str | None) -> None:
    kind, fact_text, value = only(text)
    assert (kind, fact_text, value["currency"]) == ("money", span, currency)
    assert value["amount"] == pytest.approx(amount)
