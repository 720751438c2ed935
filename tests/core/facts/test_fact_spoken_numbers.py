"""Figures written in words, as spoken news (VOA Special English) writes every number: decimals, scales, years."""

from __future__ import annotations

import pytest
from facts_helpers import found, interval, only

from reader_app.core.facts.numbers import parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one point two", 1.2),
        ("three point five", 3.5),
        ("two point oh five", 2.05),
        ("twenty-six thousand three hundred", 26300),
        ("a half-million", 500_000),
        ("a quarter million", 250_000),
    ],
)
def test_word_numbers_parse(text: str, value: float) -> None:
    assert parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "kind", "span", "value"),
    [
        (
            "The company plans to cut one point two billion dollars in costs.",
            "money",
            "one point two billion dollars",
            {"amount": 1.2e9, "currency": "USD"},
        ),
        ("Prices fell two point five percent last month.", "percent", "two point five percent", {"number": 2.5}),
        (
            "About a half-million people lost their homes.",
            "count",
            "a half-million people",
            {"number": 500_000, "unit": "people"},
        ),
        (
            "More than twenty-six thousand three hundred people died.",
            "count",
            "twenty-six thousand three hundred people",
            {"number": 26300, "unit": "people"},
        ),
    ],
)
def test_spelled_out_figures(text: str, kind: str, span: str, value: dict[str, object]) -> None:
    facts = [fact for fact in found(text) if fact[0] == kind]
    assert facts == [(kind, span, value)]


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "grain"),
    [
        ("The law took effect in nineteen ninety-four.", "nineteen ninety-four", "1994-01-01", "1994-12-31", "year"),
        (
            "Congress passed the bill in two thousand and eight.",
            "two thousand and eight",
            "2008-01-01",
            "2008-12-31",
            "year",
        ),
        ("The company was founded in eighteen sixty-five.", "eighteen sixty-five", "1865-01-01", "1865-12-31", "year"),
        (
            "The earthquake in December of two thousand three killed many.",
            "December of two thousand three",
            "2003-12-01",
            "2003-12-31",
            "month",
        ),
        (
            "Elections will be held in November two thousand twelve.",
            "November two thousand twelve",
            "2012-11-01",
            "2012-11-30",
            "month",
        ),
        (
            "Work began on March fifteenth, two thousand six.",
            "March fifteenth, two thousand six",
            "2006-03-15",
            "2006-03-15",
            "day",
        ),
    ],
)
def test_years_read_aloud(text: str, span: str, start: str, end: str, grain: str) -> None:
    assert only(text) == ("date", span, interval(start, end, grain))


def test_spoken_year_in_a_season_keeps_its_article() -> None:
    kind, span, value = only("Prices rose sharply in the spring of two thousand nine.")
    assert (kind, span, value["start"][:4]) == ("date", "the spring of two thousand nine", "2009")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said two thousand people were hurt.",
        "The index rose to two thousand.",
        "The fund lost nineteen hundred dollars.",
    ],
)
def test_numbers_that_read_like_years_are_not_years(text: str) -> None:
    assert all(kind != "date" for kind, _, _ in found(text))


@pytest.mark.parametrize(
    ("text", "span", "duration"),
    [
        ("Unemployment reached its highest level in twenty-five years.", "twenty-five years", "P25Y"),
        ("It was the first drop in forty-two years.", "forty-two years", "P42Y"),
        ("The company lost money for the first time in seventy years.", "seventy years", "P70Y"),
    ],
)
def test_lengths_of_time_in_compound_words(text: str, span: str, duration: str) -> None:
    assert only(text) == ("date", span, {"duration": duration})
