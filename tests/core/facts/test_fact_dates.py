"""Dates and times: every normalisation rule, the past bias for news, and unresolved relative dates."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import day, found, interval, only, period

# Publication date in these tests: Wednesday 2021-07-28.


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # weekdays: the past bias, unless the clause looks ahead
        ("WeChat said on Tuesday it would pause sign-ups.", "Tuesday", day("2021-07-27")),
        ("The regulator spoke on Wednesday.", "Wednesday", day("2021-07-28")),
        ("Shares fell on Thursday.", "Thursday", day("2021-07-22")),
        ("The board will meet on Thursday.", "Thursday", day("2021-07-29")),
        ("Pre-orders begin on Friday.", "Friday", day("2021-07-30")),
        ("It happened last Tuesday.", "last Tuesday", day("2021-07-27")),
        ("We meet next Tuesday.", "next Tuesday", day("2021-08-03")),
        ("They met this Monday.", "this Monday", day("2021-07-26")),
        ("Officials met on Tuesday night.", "Tuesday night", day("2021-07-27")),
        # months and their parts
        ("Service returns in early August.", "early August", interval("2021-08-01", "2021-08-10", "day")),
        ("Talks ended in mid-March.", "mid-March", interval("2021-03-11", "2021-03-20", "day")),
        ("It closed in late May.", "late May", interval("2021-05-21", "2021-05-31", "day")),
        ("Cuts come by the end of March.", "the end of March", interval("2021-03-21", "2021-03-31", "day")),
        ("Sales rose in June.", "June", interval("2021-06-01", "2021-06-30", "month")),
        ("Sales rose in May.", "May", interval("2021-05-01", "2021-05-31", "month")),
        ("It opened in August 2019.", "August 2019", interval("2019-08-01", "2019-08-31", "month")),
        # whole units relative to publication
        ("President Joe Biden revoked those actions last month.", "last month",
         interval("2021-06-01", "2021-06-30", "month")),
        ("It rose this month.", "this month", interval("2021-07-01", "2021-07-31", "month")),
        ("Prices rise next month.", "next month", interval("2021-08-01", "2021-08-31", "month")),
        ("Trump signed an order last year.", "last year", interval("2020-01-01", "2020-12-31", "year")),
        ("It starts next year.", "next year", interval("2022-01-01", "2022-12-31", "year")),
        ("Profit fell last week.", "last week", interval("2021-07-19", "2021-07-25", "week")),
        ("Earlier this month, the regulator acted.", "Earlier this month",
         interval("2021-07-01", "2021-07-28", "day")),
        ("Users peaked earlier this year.", "earlier this year", interval("2021-01-01", "2021-07-28", "day")),
        ("It ships later this year.", "later this year", interval("2021-07-28", "2021-12-31", "day")),
        # years, decades, quarters, halves
        ("Apple was founded in 1976.", "1976", interval("1976-01-01", "1976-12-31", "year")),
        ("In 2012, it listed.", "2012", interval("2012-01-01", "2012-12-31", "year")),
        ("Growth slowed in the 1990s.", "1990s", interval("1990-01-01", "1999-12-31", "year")),
        ("Results for Q3 are due.", "Q3", interval("2021-07-01", "2021-09-30", "quarter")),
        ("Q3 2020 was weak.", "Q3 2020", interval("2020-07-01", "2020-09-30", "quarter")),
        ("Its second-quarter profit rose.", "second-quarter", interval("2021-04-01", "2021-06-30", "quarter")),
        ("Sales fell in the third quarter of 2020.", "the third quarter of 2020",
         interval("2020-07-01", "2020-09-30", "quarter")),
        ("Output rose in the first half of 2021.", "the first half of 2021",
         interval("2021-01-01", "2021-06-30", "month")),
        ("Output rose in early 2021.", "early 2021", interval("2021-01-01", "2021-04-30", "month")),
        ("Prices rose in mid-2020.", "mid-2020", interval("2020-05-01", "2020-08-31", "month")),
        ("Rates stay low until the end of 2022.", "the end of 2022", interval("2022-12-01", "2022-12-31", "month")),
        # days
        ("It listed on August 3, 2021.", "August 3, 2021", day("2021-08-03")),
        ("It listed on 3 August 2021.", "3 August 2021", day("2021-08-03")),
        ("Trading starts Aug. 3.", "Aug. 3", day("2021-08-03")),
        ("It happened on July 4.", "July 4", day("2021-07-04")),
        ("Filed on 2021-06-30.", "2021-06-30", day("2021-06-30")),
        ("Filed on 06/30/2021.", "06/30/2021", day("2021-06-30")),
        ("It listed on Tuesday, Aug. 3, 2021.", "Tuesday, Aug. 3, 2021", day("2021-08-03")),
        ("It rained yesterday.", "yesterday", day("2021-07-27")),
        ("It rains today.", "today", day("2021-07-28")),
        ("It rains tomorrow.", "tomorrow", day("2021-07-29")),
        ("Come back the day after tomorrow.", "the day after tomorrow", day("2021-07-30")),
        ("It left the day before yesterday.", "the day before yesterday", day("2021-07-26")),
        # counted back or ahead from publication
        ("The shop will reopen in two weeks.", "in two weeks", day("2021-08-11")),
        ("It began three days ago.", "three days ago", day("2021-07-25")),
        ("It began two weeks ago.", "two weeks ago", interval("2021-07-12", "2021-07-18", "week")),
        ("It began a year ago.", "a year ago", interval("2020-01-01", "2020-12-31", "year")),
        ("Shares rose over the past two weeks.", "the past two weeks", period("2021-07-14", "2021-07-28", "P2W")),
        ("Prices rose over the past year.", "the past year", period("2020-07-28", "2021-07-28", "P1Y")),
        ("It will hire over the next 18 months.", "the next 18 months", period("2021-07-28", "2023-01-28", "P18M")),
        # seasons and holidays
        ("It launched last summer.", "last summer", interval("2020-06-01", "2020-08-31", "month")),
        ("It launched in spring 2020.", "spring 2020", interval("2020-03-01", "2020-05-31", "month")),
        ("Shops close on Christmas Day 2021.", "Christmas Day 2021", day("2021-12-25")),
    ],
)
def test_english_dates(text: str, span: str, value: dict[str, str]) -> None:
    assert only(text) == ("date", span, value)


@pytest.mark.parametrize(
    ("text", "span", "start", "clock"),
    [
        ("The market opens at 9:30 a.m.", "9:30 a.m.", "2021-07-28", "09:30"),
        ("Trading halted at 5 p.m. ET.", "5 p.m. ET", "2021-07-28", "17:00"),
        ("Results come at 17:00.", "17:00", "2021-07-28", "17:00"),
        ("They met at noon.", "noon", "2021-07-28", "12:00"),
        ("They met on Tuesday at 5 p.m.", "Tuesday at 5 p.m.", "2021-07-27", "17:00"),
        ("It landed at 8:52 a.m. local time on Sunday.", "8:52 a.m. local time on Sunday", "2021-07-25", "08:52"),
        ("A meeting is set for Aug. 6 at 6 p.m.", "Aug. 6 at 6 p.m.", "2021-08-06", "18:00"),
    ],
)
def test_clock_times(text: str, span: str, start: str, clock: str) -> None:
    kind, fact_text, value = only(text)
    assert (kind, fact_text, value["start"], value["end"], value["time"]) == ("date", span, start, start, clock)
    assert value["grain"] in ("hour", "minute")


def test_a_clock_time_takes_the_day_named_just_before_it() -> None:
    facts = found("The cafe sells coffee for a dollar on Saturday. The offer runs from 8 a.m. to 11 a.m.")
    times = [(span, value) for kind, span, value in facts if kind == "date" and value and "time" in value]
    # a range of clock times is one fact (labelling.md), placed at its first time
    assert [(span, t["start"], t["time"]) for span, t in times] == [("8 a.m. to 11 a.m.", "2021-07-24", "08:00")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The curfew runs between 10 p.m. and 4 a.m. in the city.", ["10 p.m. and 4 a.m."]),
        ("At midnight local time (0700 UTC), the utility began.", ["midnight local time", "0700 UTC"]),
        ("The attack happened at 4:00 A.M. local time.", ["4:00 A.M. local time"]),
        ("Results came in early on Friday.", ["early on Friday"]),
        ("The company said late yesterday that it would comply.", ["late yesterday"]),
        ("Relief for the 26 December 2004 tsunami arrived.", ["26 December 2004"]),
        ("It struck on the 26th of December.", ["the 26th of December"]),
        ("In the 2019/20 fiscal year, sales rose.", ["2019/20 fiscal year"]),
        ("The 2019-20 financial year ended.", ["2019-20 financial year"]),
    ],
)
def test_english_clock_and_day_edges(text: str, spans: list[str]) -> None:
    assert [span for kind, span, _ in found(text) if kind == "date"] == spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Profit doubled from a year earlier.", "a year earlier"),
        ("Bookings rose in recent weeks.", "recent weeks"),
    ],
)
def test_anaphoric_and_vague_dates_keep_a_null_value(text: str, span: str) -> None:
    assert only(text) == ("date", span, None)


@pytest.mark.parametrize(
    ("text", "span", "duration"),
    [
        ("The mission lasted seven years.", "seven years", "P7Y"),
        ("It was the first in more than a decade.", "more than a decade", "P10Y"),
        ("The talks took 45 minutes.", "45 minutes", "PT45M"),
        ("It was the wettest month in five years.", "five years", "P5Y"),
        ("The tower was built in three years.", "three years", "P3Y"),
        ("The outage lasted less than 24 hours.", "less than 24 hours", "PT24H"),
        ("The telescope needs 75 more hours of data.", "75 more hours", "PT75H"),
        ("Prices rose for nine consecutive months.", "nine consecutive months", "P9M"),
        ("24時間の雨量。", "24時間", "PT24H"),
        ("连续三年增长。", "连续三年", "P3Y"),
        ("17年ぶりの利上げ。", "17年", "P17Y"),
        ("一周内完成。", "一周", "P1W"),
        ("物价连续近6個月上涨。", "连续近6個月", "P6M"),
        ("约4カ月かかった。", "约4カ月", "P4M"),
    ],
)
def test_durations_are_dates_with_an_iso_length(text: str, span: str, duration: str) -> None:
    """A length of time is a date (TimeML's DURATION) whose value is an ISO 8601 duration; approximators stay in."""
    assert only(text) == ("date", span, {"duration": duration})


def test_in_a_length_of_time_counts_from_publication_unless_it_looks_back() -> None:
    assert only("We drive back in two weeks.") == ("date", "in two weeks", day("2021-08-11"))
    assert only("未来三天有暴雨。") == ("date", "未来三天", period("2021-07-28", "2021-07-31", "P3D"))


def test_relative_dates_without_a_publication_date_are_unresolved() -> None:
    assert only("WeChat said on Tuesday it would pause.", published=None) == ("date", "Tuesday", None)
    assert only("It fell last month.", published=None) == ("date", "last month", None)
    assert only("It fell in early August.", published=None) == ("date", "early August", None)
    # absolute dates still resolve
    assert only("Founded in 2012.", published=None)[2] == interval("2012-01-01", "2012-12-31", "year")
    assert only("Listed on August 3, 2021.", published=None)[2] == day("2021-08-03")


def test_past_bias_follows_the_publication_date() -> None:
    # published on a Monday, "Tuesday" is six days earlier, never tomorrow
    assert only("Sales fell on Tuesday.", published=date(2021, 8, 2))[2] == day("2021-07-27")
    # published in January, "December" is last month, not eleven months ahead
    assert only("Sales rose in December.", published=date(2022, 1, 10))[2] == interval(
        "2021-12-01", "2021-12-31", "month"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Prices may rise, analysts say.",
        "May we go now?",
        "Prime Minister Theresa May resigned.",
        "August Wilson wrote ten plays.",
        "The score was 3:2 after extra time.",
        "A 24-hour helpline is available.",
        "The 10-year-old boy won.",
        "Room 1204 is on the 12th floor.",
        "It fell 2.5% to 2,021 points.",
    ],
)
def test_english_non_dates(text: str) -> None:
    assert [fact for fact in found(text) if fact[0] == "date"] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("腾讯7月28日表示。", "7月28日", day("2021-07-28")),
        ("预计8月初恢复。", "8月初", interval("2021-08-01", "2021-08-10", "day")),
        ("8月中旬完成。", "8月中旬", interval("2021-08-11", "2021-08-20", "day")),
        ("8月下旬完成。", "8月下旬", interval("2021-08-21", "2021-08-31", "day")),
        ("8月底完成。", "8月底", interval("2021-08-21", "2021-08-31", "day")),
        ("公司上周表示。", "上周", interval("2021-07-19", "2021-07-25", "week")),
        ("公司上週表示。", "上週", interval("2021-07-19", "2021-07-25", "week")),
        ("销量上个月下降。", "上个月", interval("2021-06-01", "2021-06-30", "month")),
        ("銷量上個月下降。", "上個月", interval("2021-06-01", "2021-06-30", "month")),
        ("公司去年亏损。", "去年", interval("2020-01-01", "2020-12-31", "year")),
        ("公司2012年成立。", "2012年", interval("2012-01-01", "2012-12-31", "year")),
        ("2021年第二季度营收增长。", "2021年第二季度", interval("2021-04-01", "2021-06-30", "quarter")),
        ("今年7月营收增长。", "今年7月", interval("2021-07-01", "2021-07-31", "month")),
        ("腾讯周二表示。", "周二", day("2021-07-27")),
        ("腾讯上周二表示。", "上周二", day("2021-07-20")),
        ("腾讯将于下周二公布。", "下周二", day("2021-08-03")),
        ("腾讯星期二表示。", "星期二", day("2021-07-27")),
        ("トヨタは火曜日に発表した。", "火曜日", day("2021-07-27")),
        ("公司昨天表示。", "昨天", day("2021-07-27")),
        ("公司明天公布。", "明天", day("2021-07-29")),
        ("事故发生在3天前。", "3天前", day("2021-07-25")),
        ("两周后将公布结果。", "两周后", day("2021-08-11")),
        ("公司3年前成立。", "3年前", interval("2018-01-01", "2018-12-31", "year")),
        ("令和3年に成立した。", "令和3年", interval("2021-01-01", "2021-12-31", "year")),
        ("2024年3月期の決算。", "2024年3月期", interval("2023-04-01", "2024-03-31", "year")),
        ("第3四半期の決算。", "第3四半期", interval("2021-07-01", "2021-09-30", "quarter")),
        ("2021年上半年营收增长。", "2021年上半年", interval("2021-01-01", "2021-06-30", "month")),
        ("90年代开始。", "90年代开始", interval("1990-01-01", "2021-07-28", "day")),  # a period since then
        ("过去12个月上涨。", "过去12个月", period("2020-07-28", "2021-07-28", "P12M")),
        ("腾讯28日表示。", "28日", day("2021-07-28")),
    ],
)
def test_cjk_dates(text: str, span: str, value: dict[str, str]) -> None:
    assert [fact for fact in found(text) if fact[0] == "date"] == [("date", span, value)]


@pytest.mark.parametrize(
    ("text", "span", "clock", "start"),
    [
        ("下午3点开会。", "下午3点", "15:00", "2021-07-28"),
        ("晚上8點開會。", "晚上8點", "20:00", "2021-07-28"),
        ("8點開會。", "8點", "08:00", "2021-07-28"),
        ("7月28日下午3点发布。", "7月28日下午3点", "15:00", "2021-07-28"),
        ("午後3時に発表した。", "午後3時", "15:00", "2021-07-28"),
    ],
)
def test_cjk_clock_times(text: str, span: str, clock: str, start: str) -> None:
    kind, fact_text, value = only(text)
    assert (kind, fact_text, value["time"], value["start"]) == ("date", span, clock, start)


@pytest.mark.parametrize(
    "text",
    ["这一点非常重要。", "他一时说不出话来。", "これは一時的な措置です。", "前年同期比で増加した。", "一年一度的购物节。"],  # noqa: E501
)
def test_cjk_non_dates(text: str) -> None:
    assert [fact for fact in found(text) if fact[0] == "date"] == []


@pytest.mark.parametrize(
    ("text", "published", "spans"),
    [
        ("大会は8月10日から17日まで開かれる。", date(2024, 3, 14), [("8月10日から17日", "2024-08-10")]),
        ("会议定于下个月15日举行。", date(2024, 3, 14), [("下个月15日", "2024-04-15")]),
        ("截至去年年底，基站达到337万个。", date(2024, 3, 14), [("去年年底", "2023-12-01")]),
        ("公司计划在2025年底前关闭门店。", date(2024, 3, 14), [("2025年底", "2025-12-01")]),
        ("政府は来年度予算案を決めた。", date(2024, 3, 14), [("来年度", "2024-04-01")]),
        ("The record was set in April.", date(2024, 3, 14), [("April", "2023-04-01")]),
    ],
)
def test_dates_resolved_from_their_neighbours_and_tense(
    text: str, published: date, spans: list[tuple[str, str]]
) -> None:
    dates = [(span, value["start"]) for kind, span, value in found(text, published) if kind == "date"]
    assert dates == spans


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("今年以来，指数下跌9.2%。", date(2024, 2, 6), "今年以来", interval("2024-01-01", "2024-02-06", "day")),
        ("創2001年以來新低。", date(2023, 12, 20), "2001年以來", interval("2001-01-01", "2023-12-20", "day")),
        ("16日も欠航する予定だ。", date(2023, 8, 16), "16日", day("2023-08-16")),
    ],
)
def test_cjk_spans_up_to_publication_and_years_before_since(
    text: str, published: date, span: str, value: dict[str, str] | None
) -> None:
    assert [fact for fact in found(text, published) if fact[0] == "date"] == [("date", span, value)]


def test_the_first_or_last_stretch_of_a_period() -> None:
    assert only("Sales in the first six weeks of 2024 rose.") == (
        "date", "the first six weeks of 2024", interval("2024-01-01", "2024-02-11", "day")
    )
    assert only("It rained in the last 10 days of March.") == (
        "date", "the last 10 days of March", interval("2021-03-22", "2021-03-31", "day")
    )


def test_only_is_no_superlative() -> None:
    assert only("She will only move in three weeks.") == ("date", "in three weeks", day("2021-08-18"))


def test_a_change_over_a_length_of_time_is_a_duration() -> None:
    assert ("date", "three days", {"duration": "P3D"}) in found("Shares are down 8% in three days.")
    assert ("date", "in two weeks", day("2021-08-11")) in found("It will be up and running in two weeks.")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("日産は2009年中に2万人を削減する。", "2009-01-01", "2009-12-31"),  # Japanese 年中: during the year
        ("公司计划在2009年中完成。", "2009-05-01", "2009-08-31"),  # Chinese 年中: the middle of the year
    ],
)
def test_year_middle_is_a_language_matter(text: str, start: str, end: str) -> None:
    (value,) = [value for kind, _span, value in found(text, date(2024, 3, 14)) if kind == "date"]
    assert (value["start"], value["end"]) == (start, end)
