"""A pattern behind the look-ahead of its first characters finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from reader_app.core.facts.counts import _CJK_COUNT
from reader_app.core.facts.dates_cjk import _CJK_RULES
from reader_app.core.facts.dates_en import _EN_RULES
from reader_app.core.facts.found import quick_start

_TEXTS = [
    "腾讯旗下的微信周二表示，将暂停新用户注册。微信今年早些时候在中国拥有超过十二亿月活跃用户，3000万单。",
    "騰訊旗下的微信週二表示，今年稍早在中國擁有超過十二億月活躍用戶，民國113年3月1日，上午10時30分。",
    "中国の騰訊は二十七日、対話アプリの新規登録を停止すると発表した。月間利用者数は9500万人、午前中に。",
    "On Tuesday, Aug. 3, 2021 at 5 p.m. ET the company said 12 million users joined in the past two weeks.",
    "去年12月，注册用户为2.1亿；过去三年来，下午5:00 与 晚上9:30 之间，近8个月、2018年以来、第三季度。",
    "2009年1月頃、毎週金曜日の午後4時から6時まで、約4カ月、来週の月曜日。",
]


@pytest.mark.parametrize("pattern", [rule.pattern for rule in (*_CJK_RULES, *_EN_RULES)] + [_CJK_COUNT])
def test_the_look_ahead_keeps_every_match(pattern: re.Pattern[str]) -> None:
    quick = quick_start(pattern)
    for text in _TEXTS:
        assert [(m.span(), m.groupdict()) for m in quick.finditer(text)] == [
            (m.span(), m.groupdict()) for m in pattern.finditer(text)
        ]


def test_patterns_the_engine_skips_through_by_itself_stay_as_they_are() -> None:
    plain = re.compile("Jan|Feb|Mar")
    assert quick_start(plain) is plain
    optional_first = re.compile(r"(?:过去|未来)?\d+年")
    assert quick_start(optional_first) is not optional_first
    assert quick_start(optional_first).pattern.startswith("(?=[")


def test_a_pattern_that_can_match_nothing_or_starts_anywhere_stays_as_it_is() -> None:
    for source in (r"a*", r".b", r"(?i:x)?y"):
        pattern = re.compile(source)
        assert quick_start(pattern) is pattern
