"""Figures written in words, as spoken news (VOA Special English) writes every number: decimals, scales, years."""

from __future__ import annotations

from datetime import date

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


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        ("The firm said two of its major hedge funds collapsed.", "two", 2, "major hedge funds"),
        ("Three of his family members were arrested.", "Three", 3, "family members"),
        ("Toyota recalled eight of its top-selling models.", "eight", 8, "top-selling models"),
    ],
)
def test_part_of_what_someone_has_counts_the_group_noun(text: str, span: str, number: int, unit: str) -> None:
    assert only(text) == ("count", span, {"number": number, "unit": unit})


@pytest.mark.parametrize(
    "text",
    [
        "Two of the banks declined to comment.",
        "The two companies agreed to merge.",
        "Both three companies agreed.",
    ],
)
def test_picks_and_descriptive_small_numbers_are_not_counts(text: str) -> None:
    counted = [fact for fact in found(text) if fact[0] == "count"]
    assert all(fact[1] != text.split()[0] for fact in counted)
    assert not any(fact[1].startswith(("two companies", "three companies")) for fact in counted)


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        (
            "The number of dead will be much bigger than one hundred fifty thousand.",
            "one hundred fifty thousand",
            150_000,
            "dead",
        ),
        (
            "The number of Internet users in China reached three hundred eighty-four million last year.",
            "three hundred eighty-four million",
            384_000_000,
            "Internet users",
        ),
        ("The death toll rose to more than 150,000.", "150,000", 150_000, "death toll"),
    ],
)
def test_what_the_number_of_names_is_counted(text: str, span: str, number: int, unit: str) -> None:
    counts = [fact for fact in found(text) if fact[0] == "count"]
    assert counts == [("count", span, {"number": number, "unit": unit})]


def test_the_number_of_leaves_a_later_percentage_alone() -> None:
    assert [fact[0] for fact in found("The number of cases rose 20 percent.")] == ["percent"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In its first few weeks, the site drew many visitors.", "first few weeks"),
        ("Sales fell in the first six months.", "the first six months"),
    ],
)
def test_stretches_counted_from_a_start_keep_first(text: str, span: str) -> None:
    kind, found_span, _ = only(text)
    assert (kind, found_span) == ("date", span)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("The plan will take effect early next year.", "early next year", "2022-01-01", "2022-04-30"),
        ("Prices began rising late last year.", "late last year", "2020-09-01", "2020-12-31"),
        ("In the nineteen eighties, the company grew quickly.", "the nineteen eighties", "1980-01-01", "1989-12-31"),
    ],
)
def test_parts_of_relative_years_and_spoken_decades(text: str, span: str, start: str, end: str) -> None:
    kind, found_span, value = only(text)
    assert (kind, found_span, value["start"], value["end"]) == ("date", span, start, end)


def test_a_part_of_a_counted_whole_leaves_the_whole_as_the_count() -> None:
    text = "It will close 21 of its 29 US plants, and about 1,500 of Delphi's workers left."
    assert [fact for fact in found(text) if fact[0] == "count"] == [
        ("count", "29 US plants", {"number": 29, "unit": "US plants"}),
        ("count", "1,500", {"number": 1500, "unit": "workers"}),
    ]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Bush won twenty-nine states and Gore won twenty-one.", "twenty-one", "states"),
        ("Florida has twenty-five electoral votes, Texas has thirty-two.", "thirty-two", "electoral votes"),
    ],
)
def test_a_number_whose_noun_the_same_verb_just_counted(text: str, span: str, unit: str) -> None:
    assert found(text)[-1] == ("count", span, {"number": parse_words(span), "unit": unit})


@pytest.mark.parametrize(
    "text",
    [
        "The team won 12 games and scored 5.",
        "The committee has 12 members and met 7 times.",
        "Sales of 12 cars rose to 15.",
    ],
)
def test_a_bare_number_after_a_different_verb_stays_bare(text: str) -> None:
    assert len([fact for fact in found(text) if fact[0] == "count"]) == 1


@pytest.mark.parametrize(
    ("text", "span", "number", "points"),
    [
        ("Consumer prices rose three-tenths of one percent in May.", "three-tenths of one percent", 0.3, False),
        ("Wages grew by four-tenths of a percent.", "four-tenths of a percent", 0.4, False),
        ("The rate rose a half percent.", "a half percent", 0.5, False),
        ("The economy grew at a rate of two and a half percent.", "two and a half percent", 2.5, False),
        (
            "The bank cut its rate by one-quarter of a percentage point.",
            "one-quarter of a percentage point",
            0.25,
            True,
        ),
        ("The bank raised rates by half a percentage point.", "half a percentage point", 0.5, True),
        ("Prices rose at an annual rate of five-point-seven percent.", "five-point-seven percent", 5.7, False),
    ],
)
def test_fractions_of_a_percent(text: str, span: str, number: float, points: bool) -> None:
    facts = [fact for fact in found(text) if fact[0] == "percent"]
    expected: dict[str, object] = {"number": number}
    if points:
        expected["unit"] = "percentage points"
    assert facts == [("percent", span, expected)]


def test_a_fraction_without_percent_is_no_percentage() -> None:
    assert found("The company's shares lost more than one-third of their value.") == []


def test_at_one_point_is_no_decimal() -> None:
    assert found("At one point two companies tried to buy it.") == [
        ("count", "two companies", {"number": 2, "unit": "companies"})
    ]


@pytest.mark.parametrize(
    ("text", "published", "span", "iso"),
    [
        ("Voters went to the polls on Election Day.", date(2000, 11, 9), "Election Day", "2000-11-07"),
        ("The new president takes office on Inauguration Day.", date(2008, 11, 9), "Inauguration Day", "2009-01-20"),
    ],
)
def test_us_election_days(text: str, published: date, span: str, iso: str) -> None:
    assert found(text, published) == [("date", span, {"start": iso, "end": iso, "grain": "day"})]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "He served from nineteen ninety-six to two thousand.",
            "nineteen ninety-six to two thousand",
            "1996-01-01",
            "2000-12-31",
        ),
        (
            "Prices rose between two thousand one and two thousand five.",
            "two thousand one and two thousand five",
            "2001-01-01",
            "2005-12-31",
        ),
        ("The economy grew in the July-to-September period.", "July-to-September", "2020-07-01", "2020-09-30"),
    ],
)
def test_ranges_read_aloud_or_hyphenated_are_one_date(text: str, span: str, start: str, end: str) -> None:
    kind, found_span, value = only(text)
    assert (kind, found_span, value["start"], value["end"]) == ("date", span, start, end)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "It shipped 3.4 million accelerator cards in the quarter, versus 2.6 million a year ago.",
            "2.6 million",
            "accelerator cards",
        ),
        ("The company had 120 stores, up from 95 a year earlier.", "95", "stores"),
        ("The firm now has 12,000 employees compared with 9,500 in 2020.", "9,500", "employees"),
    ],
)
def test_a_comparison_takes_the_noun_just_counted(text: str, span: str, unit: str) -> None:
    counts = [fact for fact in found(text) if fact[0] == "count"]
    assert counts[-1][1:] == (
        span,
        {"number": float(span.split()[0].replace(",", "")) * (1e6 if "million" in span else 1), "unit": unit},
    )


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Police broke up the protest; 11 charged.", "11", "charged"),
        ("About 300 hospitalized after the storm.", "300", "hospitalized"),
    ],
)
def test_people_a_court_or_a_hospital_dealt_with_are_counted_by_their_number(text: str, span: str, unit: str) -> None:
    assert only(text) == ("count", span, {"number": float(span), "unit": unit})


def test_a_participle_before_a_plural_noun_is_its_modifier() -> None:
    assert only("It fired 12 charged particles.") == (
        "count",
        "12 charged particles",
        {"number": 12, "unit": "charged particles"},
    )


@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        ("It was the two thousand eight election.", "two thousand eight", "2008"),
        ("The nineteen ninety-eight crisis hurt Asia.", "nineteen ninety-eight", "1998"),
        ("In two thousand three sales rose.", "two thousand three", "2003"),
    ],
)
def test_years_read_aloud_before_a_noun(text: str, span: str, year: str) -> None:
    kind, found_span, value = only(text)
    assert (kind, found_span, value["start"][:4]) == ("date", span, year)


@pytest.mark.parametrize(
    "text",
    ["The two thousand five people who came.", "It operates in two thousand three hundred cities."],
)
def test_numbers_before_a_plural_after_a_weak_cue_stay_counts(text: str) -> None:
    assert [fact[0] for fact in found(text)] == ["count"]


def test_a_hundred_years_is_a_length_of_time() -> None:
    assert only("It was the worst flood in a hundred years.") == ("date", "a hundred years", {"duration": "P100Y"})


def test_a_level_far_from_the_change_before_it_is_no_count_of_it() -> None:
    counts = [
        fact for fact in found("The index has risen 12 points since Monday, up from 1,200.") if fact[0] == "count"
    ]
    assert counts == [("count", "12 points", {"number": 12, "unit": "points"})]
