"""Date forms from outside suites, by rule name (reader_app.core.facts.dates): numeric and mixed forms, CJK clock
times with a colon, Japanese evening and morning words, future cues, lower-case names."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import found

PUBLISHED = date(2024, 3, 15)  # a Friday


def dates(text: str) -> list[tuple[str, object]]:
    return [(span, value) for kind, span, value in found(text, PUBLISHED) if kind == "date"]


def day(iso: str) -> dict[str, str]:
    return {"start": iso, "end": iso, "grain": "day"}


def clock(iso: str, hhmm: str) -> dict[str, str]:
    return {"start": iso, "end": iso, "grain": "minute", "time": hhmm}


EXAMPLES = {
    "month-among-numbers": [
        ("The deal closed 2019/aug/01.", "2019/aug/01", day("2019-08-01")),
        ("He was born Dec31, 1994.", "Dec31, 1994", day("1994-12-31")),
        ("The date should be 05-Aug-2016", "05-Aug-2016", day("2016-08-05")),
        ("Plans for Dec-2018 changed.", "Dec-2018", {"start": "2018-12-01", "end": "2018-12-31", "grain": "month"}),
        ("Sales fell Oct/2.", "Oct/2", day("2023-10-02")),
    ],
    "year-range": [
        ("The range is 2014-2018.", "2014-2018", {"start": "2014-01-01", "end": "2018-12-31", "grain": "year"})
    ],
    "clock": [
        ("会议下午5:00开始。", "下午5:00", clock("2024-03-15", "17:00")),
        ("晚上9:30结束。", "晚上9:30", clock("2024-03-15", "21:30")),
    ],
    "relative-word": [
        ("今晩は雨です。", "今晩", day("2024-03-15")),
        ("午前中に会議があります。", "午前中", day("2024-03-15")),
    ],
    "weekday": [
        ("次の金曜日に発表する予定だ。", "次の金曜日", day("2024-03-22")),
        ("We will meet next monday afternoon.", "next monday afternoon", day("2024-03-18")),
    ],
}


@pytest.mark.parametrize(
    ("rule", "text", "span", "value"),
    [(rule, *example) for rule, examples in EXAMPLES.items() for example in examples],
)
def test_date_forms(rule: str, text: str, span: str, value: object) -> None:
    assert dates(text) == [(span, value)]


@pytest.mark.parametrize("text", ["比分3:1。", "He married Jan in March 2020 and markets fell in may."])
def test_not_these_dates(text: str) -> None:
    assert [span for span, _ in dates(text)] in ([], ["March 2020"])


MORE_EXAMPLES = {
    "clock": [
        ("I'll be back 7:56:30 pm", "7:56:30 pm", clock("2024-03-15", "19:56")),
        ("It's half past seven.", "half past seven", clock("2024-03-15", "07:30")),
        ("Meet at 20 min past eight in the evening.", "20 min past eight in the evening", clock("2024-03-15", "20:20")),
        ("Create it at 3 p . m .", "3 p . m", {"start": "2024-03-15", "end": "2024-03-15", "grain": "hour",
                                               "time": "15:00"}),
    ],
    "unit-word": [
        ("Sales fell in the year to date.", "year to date", {"start": "2024-01-01", "end": "2024-03-15",
                                                              "grain": "day"}),
        ("Show sales in the week after next.", "the week after next",
         {"start": "2024-03-25", "end": "2024-03-31", "grain": "week"}),
        ("It happened the day before.", "the day before", None),
    ],
    "part-of-day": [("Let's meet in the morning.", "the morning", None)],
    "century": [("It happened in the 15th century.", "15th century",
                 {"start": "1400-01-01", "end": "1499-12-31", "grain": "year"}),
                ("それは15世紀に起きた。", "15世紀", {"start": "1400-01-01", "end": "1499-12-31", "grain": "year"})],
    "length-of-time": [("The meeting runs for 2.5 hrs.", "2.5 hrs", {"duration": "PT2H30M"})],
    "ago-past-next": [
        ("已经过了一个钟头。", "一个钟头", {"duration": "PT1H"}),
        ("今後4営業日の間に", "今後4営業日", {"start": "2024-03-15", "end": "2024-03-19", "grain": "day",
                                               "duration": "P4D"}),
    ],
    "season-word": [("今夏は暑い。", "今夏", {"start": "2024-06-01", "end": "2024-08-31", "grain": "month"})],
    "year-to-date": [("株価は年初来20％下がった。", "年初来", {"start": "2024-01-01", "end": "2024-03-15",
                                                          "grain": "day"})],
    "anaphoric-or-next": [("翌日に発表した。", "翌日", None)],
    "holiday": [("I plan to leave before independence day.", "independence day", day("2024-07-04"))],
    "ago-past-next, quarters": [
        ("Sales for the past two quarters rose.", "the past two quarters",
         {"start": "2023-09-15", "end": "2024-03-15", "grain": "day", "duration": "P6M"}),
        ("over the next couple weeks", "the next couple weeks",
         {"start": "2024-03-15", "end": "2024-03-29", "grain": "day", "duration": "P2W"}),
    ],
    "unit-word, decades": [("Who led in the nineties?", "the nineties", {"start": "1990-01-01", "end": "1999-12-31",
                                                                  "grain": "year"})],
    "month-among-numbers, day first": [("I'll go back 23/Sep/2020.", "23/Sep/2020", day("2020-09-23"))],
}


@pytest.mark.parametrize(
    ("rule", "text", "span", "value"),
    [(rule, *example) for rule, examples in MORE_EXAMPLES.items() for example in examples],
)
def test_more_date_forms(rule: str, text: str, span: str, value: object) -> None:
    assert [(s, v) for s, v in dates(text)] == [(span, value)]


@pytest.mark.parametrize("text", ["十分に注意してください。", "前日比で3%上昇した。", "the quarter to 6,07,354 staff"])
def test_not_dates_either(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("I'll go back Mon 13th.", "Mon 13th", day("2024-05-13")),
        ("We meet on the 18th.", "the 18th", day("2024-03-18")),
        ("schedule a meeting on 14 nov", "14 nov", day("2023-11-14")),
    ],
)
def test_ordinal_days_and_bare_abbreviations(text: str, span: str, value: object) -> None:
    assert dates(text) == [(span, value)]


@pytest.mark.parametrize("text", ["He finished 18th on the 18th hole.", "The 5 may be late."])
def test_ordinals_that_are_no_dates(text: str) -> None:
    assert dates(text) == []
