"""English count rules added after the independent evaluation: comma numbers are not years, modifiers inside the
span, numbers that name things, verbs ending in -s, measurement scales, Indian digit grouping."""

from __future__ import annotations

import pytest
from facts_helpers import found, only


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        # a number written with a comma is never a year
        ("Nearly 1,900 teachers signed the letter.", "1,900 teachers", 1900, "teachers"),
        ("The index gained 2,050 points on the news.", "2,050 points", 2050, "points"),
        # Indian lakh grouping
        ("The scheme reached 3,45,210 farmers.", "3,45,210 farmers", 345210, "farmers"),
        # "more", "other", "additional" belong to the counted phrase
        ("The plan adds 40,000 more beds.", "40,000 more beds", 40000, "more beds"),
        ("It hired 12 additional inspectors.", "12 additional inspectors", 12, "additional inspectors"),
        # scales and rates after a measurement
        # a sentence-initial quantifier is not a name
        ("Some 300 volunteers came.", "300 volunteers", 300, "volunteers"),
        ("Exactly 120 seats were sold.", "120 seats", 120, "seats"),
        ("Perhaps 40 workers walked out.", "40 workers", 40, "workers"),
    ],
)
def test_counts(text: str, span: str, number: float, unit: str) -> None:
    assert only(text) == ("count", span, {"number": number, "unit": unit})


@pytest.mark.parametrize(
    "text",
    [
        "Section 4 explains how the fund works.",
        "Android 15 ships with a new launcher.",
        "Windows 11 users saw the warning.",
        "Route 66 runs north from here.",
        "Article 9 forbids it.",
        "The Pixel 9 Pro costs more.",
    ],
)
def test_a_number_that_names_something_is_no_count(text: str) -> None:
    assert [fact for fact in found(text) if fact[0] == "count"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The sea warmed 0.8 degrees Fahrenheit.", "en"),
        ("Gusts reached 140 miles per hour.", "en"),
        ("The probe travelled 6.2 billion kilometres.", "en"),
        ("The epicentre was 160 km (100 miles) from the city.", "en"),
        ("Sea ice shrank to 1.79 million square kilometres.", "en"),
        ("They collected 250 grams of rock.", "en"),
        ("飞行1000公里海面。", "zh"),
        ("震源深度16公里,降雨量达617.1毫米。", "zh"),
        ("收获了3000吨大米。", "zh"),
        ("雨量は400ミリを超えた。", "ja"),
        ("2500キロの牛肉を回収した。", "ja"),
    ],
)
def test_a_measurement_is_no_count(text: str, lang: str) -> None:
    # labelling.md: a count is a number of things or people; a distance, weight or speed counts nothing
    assert [fact for fact in found(text, lang=lang) if fact[0] == "count"] == []


def test_barrels_are_counted() -> None:
    assert only("Output fell by 5.7 million barrels a day.")[:2] == ("count", "5.7 million barrels")


def test_indian_grouping_in_money() -> None:
    assert only("It sells for ₹2,49,900.") == ("money", "₹2,49,900", {"amount": 249900, "currency": "INR"})


def test_a_title_case_headline_keeps_its_count() -> None:
    assert only("Flood Leaves 40 Families Homeless") == ("count", "40 Families", {"number": 40, "unit": "Families"})


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The blast left at least 40 injured.", "40 injured", "injured"),
        ("Officials reported 7 dead.", "7 dead", "dead"),
        ("Police freed the 12 detained workers.", "12 detained workers", "detained workers"),
    ],
)
def test_casualty_words_count_people(text: str, span: str, unit: str) -> None:
    assert ("count", span, {"number": float(span.split()[0]), "unit": unit}) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a change takes the noun of its start
        (
            "The number of flights would increase from 480,000 a year to around 702,000 . It said.",
            [("480,000", "flights"), ("702,000", "flights")],
        ),
        ("Sales rose from 3.4 million cars to 3.9 million.", [("3.4 million cars", "cars"), ("3.9 million", "cars")]),
        # a comparison with an earlier figure named as such
        (
            "Deliveries stand at 242 airliners, compared to the previous number of 270, in the revision.",
            [("242 airliners", "airliners"), ("270", "airliners")],
        ),
    ],
)
def test_a_number_after_a_change_or_comparison_counts_the_same_noun(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, value["unit"]) for kind, span, value in found(text) if kind == "count"] == expected
