"""Named and compound periods: month-named quarters, "N months to <month>", fiscal years with and without a cue,
abbreviated decades, fortnights, public holidays, and a year followed by "on <weekday>"."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import day, found, interval, only, period

# Publication date in these tests: Wednesday 2021-07-28.


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Revenue in the March quarter rose.", "March quarter", interval("2021-01-01", "2021-03-31", "quarter")),
        ("Profit in the July-September quarter of 2019 fell.", "July-September quarter of 2019",
         interval("2019-07-01", "2019-09-30", "quarter")),
        ("Sales in the Jan-Mar quarter slipped.", "Jan-Mar quarter", interval("2021-01-01", "2021-03-31", "quarter")),
        ("Output in the six months to June grew.", "the six months to June",
         interval("2021-01-01", "2021-06-30", "month")),
        ("Songs from the '80s played.", "the '80s", interval("1980-01-01", "1989-12-31", "year")),
        ("Talks resume in the next fortnight.", "next fortnight", interval("2021-07-29", "2021-08-11", "day")),
        ("Sales of sunscreen jumped before Memorial Day.", "Memorial Day", day("2021-05-31")),
        ("Crowds gathered on Labor Day weekend.", "Labor Day weekend", interval("2020-09-05", "2020-09-07", "day")),
        ("The shop closed on Good Friday.", "Good Friday", day("2021-04-02")),
        ("They married on Easter Monday 2019.", "Easter Monday 2019", day("2019-04-22")),
        ("Markets shut on Boxing Day.", "Boxing Day", day("2020-12-26")),
        ("Revenue so far this year is flat.", "so far this year", interval("2021-01-01", "2021-07-28", "day")),
    ],
)
def test_named_periods(text: str, span: str, value: dict[str, str]) -> None:
    assert only(text) == ("date", span, value)


def test_fiscal_years_start_where_the_text_says() -> None:
    # Indian text: April to March, named by the year it ends in
    assert ("date", "FY25", interval("2024-04-01", "2025-03-31", "year")) in found(
        "Infosys expects revenue of ₹1,500 crore in FY25."
    )
    # US federal budget: October to September
    assert ("date", "fiscal 2022", interval("2021-10-01", "2022-09-30", "year")) in found(
        "Congress passed the federal budget for fiscal 2022."
    )
    # a split fiscal year ends in its second year
    assert ("date", "FY2023-24", interval("2023-04-01", "2024-03-31", "year")) in found(
        "Rs 40 crore was spent in FY2023-24."
    )
    # a company or city with no cue: unresolved rather than the calendar year
    assert only("The town approved its budget for fiscal year 2022.") == ("date", "fiscal year 2022", None)


def test_a_year_followed_by_on_weekday_is_two_dates() -> None:
    facts = found("The council approved the plan for 2023 on Monday night.")
    assert [(kind, span) for kind, span, _ in facts] == [("date", "2023"), ("date", "Monday night")]


def test_holidays_without_publication_date_are_unresolved() -> None:
    assert only("We close on Memorial Day.", published=None) == ("date", "Memorial Day", None)
    assert only("We close on Memorial Day 2030.", published=date(2021, 1, 1)) == (
        "date", "Memorial Day 2030", day("2030-05-27")
    )


def test_a_range_partner_lends_its_year() -> None:
    """A range is one fact (labelling.md), and its first date takes the year of the second."""
    facts = found("The fair runs from May 30 to June 2, 2030.", published=None)
    assert facts == [("date", "May 30 to June 2, 2030", interval("2030-05-30", "2030-06-02", "day"))]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The event ran January 12, 2016 - 01/22/2016.", "January 12, 2016 - 01/22/2016",
         interval("2016-01-12", "2016-01-22", "day")),
        ("Sales rose between August and October 2020.", "August and October 2020",
         interval("2020-08-01", "2020-10-31", "month")),
        ("Revenue grew from 2014 to 2018.", "2014 to 2018", interval("2014-01-01", "2018-12-31", "year")),
        ("The range is 2014-2018.", "2014-2018", interval("2014-01-01", "2018-12-31", "year")),
        ("2019年至2021年营收增长。", "2019年至2021年", interval("2019-01-01", "2021-12-31", "year")),
        ("展会于2024年3月10日至12日举行。", "2024年3月10日至12日", interval("2024-03-10", "2024-03-12", "day")),
    ],
)
def test_ranges_are_one_fact(text: str, span: str, value: dict[str, str]) -> None:
    assert only(text) == ("date", span, value)


def test_a_fiscal_quarter_is_unresolved() -> None:
    assert ("date", "fiscal third quarter", None) in found("Nike reports its fiscal third quarter on Thursday.")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Rain fell over the past 48 hours.", "the past 48 hours", period("2021-07-26", "2021-07-28", "PT48H")),
        ("The road reopens in 24 hours.", "in 24 hours", day("2021-07-29")),
        ("They met a fortnight ago.", "a fortnight ago", interval("2021-07-12", "2021-07-18", "week")),
    ],
)
def test_hours_and_fortnights_place_a_period(text: str, span: str, value: dict[str, str]) -> None:
    assert only(text) == ("date", span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Wipro's Q2FY22 profit rose to ₹2,930 crore.", "Q2FY22", interval("2021-07-01", "2021-09-30", "quarter")),
        ("Sales in the year to June 2020 fell.", "the year to June 2020",
         interval("2019-07-01", "2020-06-30", "month")),
        ("It should be done by the end of the decade.", "the end of the decade",
         interval("2028-01-01", "2029-12-31", "year")),
        ("Storms are due this weekend.", "this weekend", interval("2021-07-31", "2021-08-01", "day")),
    ],
)
def test_more_named_periods(text: str, span: str, value: dict[str, str]) -> None:
    assert (("date", span, value)) in found(text)


def test_a_weekend_word_is_not_the_end_of_a_month() -> None:
    facts = found("They met on the weekend of March 6.")
    assert [(kind, span) for kind, span, _ in facts] == [("date", "March 6")]


def test_a_period_named_by_its_last_month_ends_in_that_months_nearest_occurrence() -> None:
    # published in August: the year to March that has ended, not the one still running
    facts = found("Revenue rose in the year to March.", date(2023, 8, 17))
    assert facts == [("date", "the year to March", interval("2022-04-01", "2023-03-31", "month"))]


def test_this_financial_year_and_periods_to_a_day() -> None:
    published = date(2025, 6, 4)
    assert ("date", "this financial year", interval("2025-04-01", "2026-03-31", "year")) in found(
        "The attack will cost it 300 million pounds this financial year.", published
    )
    assert only("It grew this fiscal year.", published) == ("date", "this fiscal year", None)
    assert only("Profit rose in the year to March 29.", published) == (
        "date", "the year to March 29", interval("2024-03-30", "2025-03-29", "day")
    )


def test_a_four_digit_time_needs_a_zone_and_a_preposition() -> None:
    published = date(2025, 6, 4)
    assert only("Shares were up at 0830 GMT.", published) == (
        "date", "0830 GMT", {"start": "2025-06-04", "end": "2025-06-04", "grain": "minute", "time": "08:30"}
    )
    assert only("In 2024 GMT rose.", published)[1] == "2024"
