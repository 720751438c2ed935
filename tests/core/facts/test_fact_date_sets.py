"""Sets of times: each named rule of reader_app.core.facts.date_sets with its examples."""

from __future__ import annotations

import pytest
from facts_helpers import found

from reader_app.core.facts.date_sets import SET_RULES

EXAMPLES = {
    "every-weekday": [
        ("The office is open every Friday.", "every Friday", "FREQ=WEEKLY;BYDAY=FR"),
        ("Classes run each Monday and Thursday.", "each Monday and Thursday", "FREQ=WEEKLY;BYDAY=MO,TH"),
    ],
    "weekday-plural": [("The market opens on Sundays.", "Sundays", "FREQ=WEEKLY;BYDAY=SU")],
    "every-n-units": [
        ("Bins are emptied every two weeks.", "every two weeks", "FREQ=WEEKLY;INTERVAL=2"),
        ("We meet every other day.", "every other day", "FREQ=DAILY;INTERVAL=2"),
        ("The vote is held every year.", "every year", "FREQ=YEARLY"),
        ("We meet each week.", "each week", "FREQ=WEEKLY"),
    ],
    "mei-weekday": [
        ("博物馆每周五开放。", "每周五", "FREQ=WEEKLY;BYDAY=FR"),
        ("毎週金曜日に開く。", "毎週金曜日", "FREQ=WEEKLY;BYDAY=FR"),
        ("毎週の月曜日に起こる。", "毎週の月曜日", "FREQ=WEEKLY;BYDAY=MO"),
        ("毎週月曜日午後4時に出発する。", "毎週月曜日午後4時", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=16;BYMINUTE=0"),
        ("事件每周一下午八点都发生。", "每周一下午八点", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=20;BYMINUTE=0"),
    ],
    "mei-day-clock": [("毎日午後3時に出発する。", "毎日午後3時", "FREQ=DAILY;BYHOUR=15;BYMINUTE=0")],
    "n-units-goto": [
        ("2日ごとに出発する。", "2日ごと", "FREQ=DAILY;INTERVAL=2"),
        ("3週間ごとに点検する。", "3週間ごと", "FREQ=WEEKLY;INTERVAL=3"),
    ],
    "n-units-ni-times": [
        ("4ヵ月に1度の割合で開く。", "4ヵ月に1度", "FREQ=MONTHLY;INTERVAL=4"),
        ("2年に1回開かれる。", "2年に1回", "FREQ=YEARLY;INTERVAL=2"),
        ("月に1度集まる。", "月に1度", "FREQ=MONTHLY"),
        ("週に3回通う。", "週に3回", None),  # how often, with no exact rule
    ],
    "unit-n-times": [
        ("会議は年2回開かれる。", "年2回", None),
        ("薬を毎年1回飲む。", "毎年1回", "FREQ=YEARLY"),
        ("1日3回服用する。", "1日3回", None),
    ],
    "mei-month-day": [("数据每月15日发布。", "每月15日", "FREQ=MONTHLY;BYMONTHDAY=15")],
    "mei-n-units": [
        ("每隔两周检查一次。", "每隔两周", "FREQ=WEEKLY;INTERVAL=2"),
        ("每3年举行。", "每3年", "FREQ=YEARLY;INTERVAL=3"),
    ],
}


def test_every_rule_has_examples() -> None:
    assert {rule.name for rule in SET_RULES} == set(EXAMPLES)


@pytest.mark.parametrize(
    ("rule", "text", "span", "recurrence"),
    [(rule, *example) for rule, examples in EXAMPLES.items() for example in examples],
)
def test_set_rules(rule: str, text: str, span: str, recurrence: str | None) -> None:
    value = {"recurrence": recurrence} if recurrence else None
    assert [fact for fact in found(text) if fact[0] == "date"] == [("date", span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Daily sales rose.",
        "毎月の売上が伸びた。",
        "每天都很忙。",
        "an annual report",
        "毎日新聞によると",
    ],
)
def test_frequency_words_are_not_sets(text: str) -> None:
    assert [fact for fact in found(text) if fact[0] == "date"] == []


@pytest.mark.parametrize(("text", "dates"), [("今年2回目の会合", ["今年"]), ("3月に1度", ["3月"])])
def test_a_year_or_month_named_before_a_number_of_times_is_no_set(text: str, dates: list[str]) -> None:
    # 今年2回目 is the second this year; 3月に1度 is once in March
    assert [span for kind, span, _ in found(text) if kind == "date"] == dates
