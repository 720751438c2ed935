"""Which way a relative date points: abbreviations inside a clause, passive futures, present-tense schedules and
CJK future markers; the nearest bare CJK day of the month."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import day, found, only

# Publication date in these tests: Wednesday 2021-07-28.


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the full stop of "a.m." or "Oct." does not end the clause, so "will" is still seen
        ("The strike will begin at 6 a.m. on Saturday.", "6 a.m. on Saturday",
         {"start": "2021-07-31", "end": "2021-07-31", "grain": "hour", "time": "06:00"}),
        ("Payments will go out after Oct. 3 and before Oct. 9.", "Oct. 9", day("2021-10-09")),
        # a participle after a modal is part of a future verb
        ("The grants would be paid before Sept. 5.", "Sept. 5", day("2021-09-05")),
        ("Staff will be trained on Monday.", "Monday", day("2021-08-02")),
        ("The vote has been set for March 2.", "March 2", day("2022-03-02")),
        # ... but a finite past form after the modal keeps the clause in the past
        ("He said the plant would close after it was flooded on Monday.", "Monday", day("2021-07-26")),
        # present-tense schedules
        ("The new console arrives on Friday.", "Friday", day("2021-07-30")),
        ("The team returns to action on Monday.", "Monday", day("2021-08-02")),
        ("The festival kicks off on Saturday.", "Saturday", day("2021-07-31")),
        ("The tour lands in Oslo on Friday.", "Friday", day("2021-07-30")),
        ("The fee is due on Monday.", "Monday", day("2021-08-02")),
        # plain past stays past
        ("The console arrived on Friday.", "Friday", day("2021-07-23")),
        ("Rain hit the city on Monday.", "Monday", day("2021-07-26")),
    ],
)
def test_english_tense(text: str, span: str, value: dict[str, str]) -> None:
    assert ("date", span, value) in found(text)


@pytest.mark.parametrize(
    ("text", "span", "value", "lang"),
    [
        # Japanese non-past verb at the end of the sentence looks ahead
        ("決勝は30日に行われる。", "30日", day("2021-07-30"), "ja"),
        ("決勝は30日に行われた。", "30日", day("2021-06-30"), "ja"),
        ("次の会合は2日から始まる。", "2日", day("2021-08-02"), "ja"),
        # an ongoing state is not a future
        ("同社は26日から調査している。", "26日", day("2021-07-26"), "ja"),
        # Chinese future markers
        ("新规将于5日起施行。", "5日", day("2021-08-05"), "zh"),
        ("发布会将在30日举行。", "30日", day("2021-07-30"), "zh"),
    ],
)
def test_cjk_tense(text: str, span: str, value: dict[str, str], lang: str) -> None:
    assert ("date", span, value) in found(text, lang=lang)


def test_bare_day_takes_the_nearest_occurrence() -> None:
    published = date(2024, 9, 2)
    # the 3rd is tomorrow, not the 3rd of last month
    assert only("比赛3日举行。", published, "zh") == ("date", "3日", day("2024-09-03"))
    # the 30th is three days ago, not four weeks ahead
    assert only("比赛30日举行。", published, "zh") == ("date", "30日", day("2024-08-30"))
    # a past-tense clause keeps a near-tie in the past
    assert only("試合は3日に行われた。", published, "ja") == ("date", "3日", day("2024-08-03"))


def test_a_bare_day_missing_from_last_month_looks_one_month_further_back() -> None:
    # February has no 30th: a past-tense 30日 in mid-March is 30 January, not later this month
    assert only("30日に決定した。", date(2024, 3, 14), "ja") == ("date", "30日", day("2024-01-30"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On Monday, the minister will visit Oslo.", day("2021-08-02")),
        ("On Monday, the minister visited Oslo.", day("2021-07-26")),
        ("The deadline is Monday.", day("2021-08-02")),
    ],
)
def test_a_date_opening_its_sentence_takes_the_verb_after_it(text: str, value: dict[str, str]) -> None:
    assert only(text) == ("date", "Monday", value)


def test_the_verb_after_is_not_read_when_the_clause_before_has_words() -> None:
    # "in June" has no cue before it; the "ago" after it belongs to another phrase
    facts = found("Traders see a cut in June, down from a month ago.", date(2021, 5, 10))
    assert ("date", "June", {"start": "2021-06-01", "end": "2021-06-30", "grain": "month"}) in facts
