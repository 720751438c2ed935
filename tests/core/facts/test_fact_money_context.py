"""Currency from context: pesos by country, a bare "$" in a text that writes its own dollar explicitly, pence."""

from __future__ import annotations

import pytest
from facts_helpers import found


def money(text: str) -> list[tuple[str, object]]:
    return [(span, value) for kind, span, value in found(text) if kind == "money"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Davao will spend 80 million pesos on drainage.", "PHP"),
        ("Banxico said remittances reached 9 billion pesos.", "MXN"),
        ("In Buenos Aires a coffee costs 3,000 pesos.", "ARS"),
        ("A ticket costs 50 pesos.", None),  # no country: unknown rather than a guess
        ("Exporters were paid 40 million Mexican pesos in Manila.", "MXN"),  # the currency word decides
    ],
)
def test_pesos_follow_the_country(text: str, currency: str | None) -> None:
    assert [value["currency"] for _, value in money(text)] == [currency]  # type: ignore[index]


def test_a_bare_dollar_follows_an_explicit_local_dollar() -> None:
    text = "Ottawa offers up to C$20,000 per buyer. Rent in Calgary is $2,400 a month."
    assert [value["currency"] for _, value in money(text)] == ["CAD", "CAD"]  # type: ignore[index]
    # once the US dollar is named too, a bare "$" is no longer safe to reassign
    text = "Ottawa offers C$20,000, about US$14,600. Rent is $2,400."
    assert [value["currency"] for _, value in money(text)] == ["CAD", "USD", "USD"]  # type: ignore[index]
    # a bracketed conversion after another amount stays USD
    text = "Canberra pays A$300 ($195) per household."
    assert [value["currency"] for _, value in money(text)] == ["AUD", "USD"]  # type: ignore[index]
    # a Canadian place alone is no explicit cue
    assert money("Rent in Toronto is $2,400.") == [("$2,400", {"amount": 2400, "currency": "USD"})]


def test_pence_need_british_money_around() -> None:
    assert money("Diesel fell 6p a litre to £1.41.") == [
        ("6p", {"amount": 0.06, "currency": "GBP"}),
        ("£1.41", {"amount": 1.41, "currency": "GBP"}),
    ]
    assert money("Stream it in 720p or 1080p.") == []
    assert money("Press 5p to pause.") == []


def test_a_range_before_a_currency_word_is_one_fact_at_its_lower_bound() -> None:
    assert money("Rooms cost 8,000-12,000 rupees a night.") == [
        ("8,000-12,000 rupees", {"amount": 8000, "currency": "INR"})
    ]
    assert money("Repairs cost 2-4 million euros.") == [("2-4 million euros", {"amount": 2e6, "currency": "EUR"})]


def test_a_short_cjk_range_is_one_fact_at_its_lower_bound() -> None:
    facts = [(span, value) for kind, span, value in found("投资额约为2至3亿元。", lang="zh") if kind == "money"]
    assert facts == [("2至3亿元", {"amount": 2e8, "currency": "CNY"})]
