"""Where a numeric fact's span starts and ends, by family (labelling.md): a Japanese noun written straight before its
number, an era year restating the year in brackets, a year that is part of a name, per-day rates, lengths of time
after "in" in the past tense, a time zone after the day of a clock time, CJK magnitudes with separators."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import found

PUBLISHED = date(2024, 3, 15)


def spans(text: str, kind: str) -> list[str]:
    return [span for fact_kind, span, _ in found(text, PUBLISHED) if fact_kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing between: the noun joins the span
        ("死者3000人、負傷者1万2000人が出た。", ["死者3000人", "負傷者1万2000人"]),
        ("月間編集30万回を割り込んだ。", ["月間編集30万回"]),
        ("2019年度従業員3000人", ["従業員3000人"]),
        # は/が: only a counted noun (a "number of", a kind of people) joins
        ("記事数は130万を超えた。", ["記事数は130万"]),
        ("参加者は1,000人だった。", ["参加者は1,000人"]),
        ("同社は3000人を雇用する。", ["3000人"]),
        ("言語間リンクは320万リンクであり", ["320万リンク"]),
        # a total, an approximator, a time word or the counter of the number before is no noun
        ("合計3000人が集まった。", ["3000人"]),
        ("今季30盗塁、残り12試合。", ["30盗塁", "12試合"]),
        ("鈴木は3打数1安打だった。", ["3打数", "1安打"]),
        ("記事は約28万件ある。", ["28万件"]),
        ("サンフランシスコ私書箱8999", []),  # a bare number after a noun is a code
        # a katakana word or a few nouns after any number count it; a number inside a code does not
        ("300ページの報告書", ["300ページ"]),
        ("285言語で展開する。", ["285言語"]),
        ("H1N1インフルが流行した。", []),
    ],
)
def test_japanese_noun_before_the_number(text: str, expected: list[str]) -> None:
    assert spans(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("設立は1937年(昭和12年)8月28日。", ["1937年(昭和12年)8月28日"]),
        ("平成20年（2008年）に施行された。", ["平成20年（2008年）"]),
        ("2008年(2009年)", ["2008年", "2009年"]),  # two different years stay two dates
        # a year straight before a noun names an event; with a particle or a date word it is a date
        ("2009年新型インフルエンザの世界的流行", []),
        ("2020年東京オリンピックの開催は延期された。", []),
        ("2009年フォードとBMWの販売量を比較する", ["2009年"]),
        ("2009年世界の販売", ["2009年"]),
        ("2009年に発生した。", ["2009年"]),
        ("2019年度決算", ["2019年度"]),
        ("2009年当時の記録", ["2009年"]),
        # a rate per day is no date
        ("1日あたり100万件のアクセス", []),
        ("1日に発表した。", ["1日"]),
    ],
)
def test_japanese_date_edges(text: str, expected: list[str]) -> None:
    assert spans(text, "date") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The business failed in a few months, losing money.", ["a few months"]),
        ("It was built in two years.", ["two years"]),
        ("He will return in two months.", ["in two months"]),
        ("It was published at around 06:56, 7 September 2007 UTC. The story", ["around 06:56, 7 September 2007 UTC"]),
    ],
)
def test_english_date_edges(text: str, expected: list[str]) -> None:
    assert spans(text, "date") == expected


@pytest.mark.parametrize(
    ("text", "expected", "amount"),
    [
        ("資本金は6,354億1,100万円。", "6,354億1,100万円", 635_411_000_000),
        ("売上高は37兆1,542億円だった。", "37兆1,542億円", 37_154_200_000_000),
    ],
)
def test_cjk_magnitudes_with_separators(text: str, expected: str, amount: float) -> None:
    assert [(span, value["amount"]) for kind, span, value in found(text, PUBLISHED) if kind == "money"] == [
        (expected, amount)
    ]


@pytest.mark.parametrize(
    ("text", "expected", "start", "end"),
    [
        # a numeric month and day without a four-digit year, where it cannot be a fraction or a score
        ("They met on 5/12 and left.", "5/12", "2023-05-12", "2023-05-12"),
        ("It should be done next 5/12.", "next 5/12", "2025-05-12", "2025-05-12"),
        ("I'll go back on 22/04.", "22/04", "2024-04-22", "2024-04-22"),
        ("A long vacation between 10/1-11/7.", "10/1-11/7", "2023-10-01", "2023-11-07"),
        ("I will leave from 5/1-5/7/2020.", "5/1-5/7/2020", "2020-05-01", "2020-05-07"),
        ("I'll go back 12/12/30.", "12/12/30", "2030-12-12", "2030-12-12"),
        ("I'll go back 03/18/40.", "03/18/40", "1940-03-18", "1940-03-18"),
        ("It was very serious at 02-02-2020 - 03-03-2020.", "02-02-2020 - 03-03-2020", "2020-02-02", "2020-03-03"),
        ("My vacation is from 10-1-2018-10-7-2018.", "10-1-2018-10-7-2018", "2018-10-01", "2018-10-07"),
    ],
)
def test_numeric_month_and_day(text: str, expected: str, start: str, end: str) -> None:
    assert [(span, value["start"], value["end"]) for kind, span, value in found(text, PUBLISHED) if kind == "date"] == [
        (expected, start, end)
    ]


@pytest.mark.parametrize(
    "text",
    ["Add 1/2 cup of flour.", "The team won 3/4 of its games.", "Only 1/3 of voters agreed.", "The vote was 5/4."],
)
def test_fractions_and_scores_are_no_dates(text: str) -> None:
    assert spans(text, "date") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We could have met earlier in the week.", ["earlier in the week"]),
        ("Gains in this calendar year were small.", ["this calendar year"]),
        ("It will happen next workweek.", ["next workweek"]),
        ("Let's meet after breakfast.", ["breakfast"]),
        ("He spoke at lunchtime.", ["lunchtime"]),
        ("He had dinner with the president.", []),
        ("The results came the next day.", ["the next day"]),
        ("Q1 and q2 could be any year.", ["Q1", "q2"]),
    ],
)
def test_english_date_forms_from_outside_suites(text: str, expected: list[str]) -> None:
    assert spans(text, "date") == expected


@pytest.mark.parametrize(
    ("text", "expected", "duration"),
    [
        ("It took one and a half hours.", "one and a half hours", "PT1H30M"),
        ("Book it for 2 nights.", "2 nights", "P2D"),
        ("He left for 3.5 years.", "3.5 years", "P3Y6M"),
    ],
)
def test_english_lengths_of_time(text: str, expected: str, duration: str) -> None:
    assert [(span, value) for kind, span, value in found(text, PUBLISHED) if kind == "date"] == [
        (expected, {"duration": duration})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("同月25日に発表した。", ["同月25日"]),
        ("24日未明に発生した。", ["24日未明"]),
        ("約1年後に再開した。", ["約1年後"]),
        ("1年以上続いた。", ["1年以上"]),
        ("3个月左右", ["3个月左右"]),
        ("约3个月", ["约3个月"]),
        ("20世紀初頭の建物", ["20世紀初頭"]),
        ("2000年代後半に", ["2000年代後半"]),
        ("2009年春に", ["2009年春"]),
        ("21世纪初", ["21世纪初"]),
        ("上世纪90年代", ["上世纪90年代"]),
        ("2003年至今", ["2003年至今"]),
        ("2001年1月15日（星期一）上线", ["2001年1月15日（星期一）"]),
        ("次年扩大", ["次年"]),
    ],
)
def test_cjk_date_edges(text: str, expected: list[str]) -> None:
    assert spans(text, "date") == expected


def test_a_split_years_second_half_is_no_length_of_time() -> None:
    # the two years as one range, not ten years
    dates = [value for kind, _, value in found("2009-10年の予算", PUBLISHED) if kind == "date"]
    assert dates == [{"start": "2009-01-01", "end": "2010-12-31", "grain": "year"}]
