"""A pattern behind the look-ahead of its first characters, and an anchor with its alternatives gathered by first
character, find exactly what the pattern finds; a text without any string a pattern requires has no match."""

from __future__ import annotations

import re

import pytest

from reader_app.core.facts import percent
from reader_app.core.facts.counts import _CJK_COUNT, _TALLY_ANCHOR
from reader_app.core.facts.date_sets import SET_RULES
from reader_app.core.facts.dates_cjk import _CJK_RULES
from reader_app.core.facts.dates_en import _EN_RULES
from reader_app.core.facts.found import by_first_character, quick_start, required_strings, scan
from reader_app.core.facts.money import _CJK_PATTERNS, _EN_ANCHORS, _LOCAL_DOLLAR_ANCHOR

_TEXTS = [
    "腾讯旗下的微信周二表示，将暂停新用户注册。微信今年早些时候在中国拥有超过十二亿月活跃用户，3000万单。",
    "騰訊旗下的微信週二表示，今年稍早在中國擁有超過十二億月活躍用戶，民國113年3月1日，上午10時30分。",
    "中国の騰訊は二十七日、対話アプリの新規登録を停止すると発表した。月間利用者数は9500万人、午前中に。",
    "On Tuesday, Aug. 3, 2021 at 5 p.m. ET the company said 12 million users joined in the past two weeks.",
    "去年12月，注册用户为2.1亿；过去三年来，下午5:00 与 晚上9:30 之间，近8个月、2018年以来、第三季度。",
    "2009年1月頃、毎週金曜日の午後4時から6時まで、約4カ月、来週の月曜日。",
    "营收US$12亿、hk$3.5亿元、RMB 200万、美金$30、人民币5千元、NT$ 1,200、两三百万元。",
]


@pytest.mark.parametrize("pattern", [rule.pattern for rule in (*_CJK_RULES, *_EN_RULES)] + [_CJK_COUNT, *_CJK_PATTERNS])
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
    for source in (r"a*", r".b", r"(?m:x)?y"):
        pattern = re.compile(source)
        assert quick_start(pattern) is pattern


def test_first_characters_under_ignore_case_start_a_match_in_any_case() -> None:
    # The Kelvin sign reads as k when case is ignored, and the dotless ı as i: the engine's rules, kept.
    pattern = re.compile(r"(?:(?i:k|us\$)|RMB) ?\d+(?i:i)")
    quick = quick_start(pattern)
    assert quick is not pattern
    text = "k1i K2I \u212a3i US$4i uS$5ı RMB6i rmb7i x8i"
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert len(quick.findall(text)) == 6


_ANCHORS = [
    rule.anchor
    for rule in (*_CJK_RULES, *_EN_RULES, *SET_RULES, *percent._CJK_RULES)
    if rule.anchor is not None
] + [anchor for anchor, _ in _EN_ANCHORS] + [_LOCAL_DOLLAR_ANCHOR, _TALLY_ANCHOR, percent._EN_ANCHOR]
_ENGLISH = [
    "Revenue rose 12 percent, or 3 per cent, 40 bps and 2 percentage points; $5, C$6, 7 euros, 8 Dollars, 9 cents.",
    "Yesterday, tomorrow night and this weekend; the day before, Christmas Day, New Year's Eve, Sept. 3, 2024.",
    "At 9 a.m. ET or 5 p.m. GMT, noon, midnight; 1990s, '80s, FY2023, fiscal year 2024, Q3, the first half.",
    "Twenty-one thousand, nineteen eighty-four; voted 5-4, 12 to 3 against; every Monday, each spring.",
]


@pytest.mark.parametrize("anchor", _ANCHORS, ids=lambda anchor: anchor.pattern[:30])
def test_an_anchor_gathered_by_first_character_keeps_every_hit(anchor: re.Pattern[str]) -> None:
    gathered = by_first_character(anchor)
    for text in _TEXTS + _ENGLISH:
        assert [m.span() for m in gathered.finditer(text)] == [m.span() for m in anchor.finditer(text)]


def test_alternatives_sharing_a_first_character_keep_their_order() -> None:
    anchor = re.compile("percent|Percent|per cent|%|percentage point|pct")
    gathered = by_first_character(anchor)
    assert gathered is not anchor
    text = "5 percentage points, 6 per cent, 7 pct, 8%"
    assert [m.group() for m in gathered.finditer(text)] == ["percent", "per cent", "pct", "%"]
    assert [m.span() for m in gathered.finditer(text)] == [m.span() for m in anchor.finditer(text)]


def test_an_alternation_whose_other_alternatives_may_start_alike_stays_as_it_is() -> None:
    for source in (r"day|Day|\w+ly", r"ab|ac|a?d", r"(x)|xa|xb", r"ab|cd"):
        anchor = re.compile(source)
        assert by_first_character(anchor) is anchor
    digits = re.compile(r"€|£|€uro|\dp\b")  # a digit starts none of the gathered alternatives
    assert by_first_character(digits) is not digits


def test_the_strings_a_pattern_requires() -> None:
    assert required_strings(re.compile(r"(?:上|下)?\d+年代")) == frozenset({"年代"})
    assert required_strings(re.compile("(?:本|上个)世[纪紀]")) == frozenset({"世纪", "世紀"})
    assert required_strings(re.compile("[本上]世")) == frozenset({"本世", "上世"})
    assert required_strings(re.compile(r"\d+(?:个月|個月|か月)")) == frozenset({"个月", "個月", "か月"})
    assert required_strings(re.compile(r"(?=\d+%)\d+")) == frozenset({"%"})
    for needs_nothing in (r"\d+", r"(?:年代)?\d", r"年代|\d", r"(?i:decade)s?", r"(?!年代)\d"):
        assert required_strings(re.compile(needs_nothing)) is None


_RULE_PATTERNS = [rule.pattern for rule in (*_CJK_RULES, *_EN_RULES, *SET_RULES, *percent._CJK_RULES)]


@pytest.mark.parametrize("pattern", _RULE_PATTERNS, ids=lambda pattern: pattern.pattern[:30])
def test_a_text_a_rule_matches_in_holds_a_string_it_requires(pattern: re.Pattern[str]) -> None:
    required = required_strings(pattern)
    for text in _TEXTS + _ENGLISH:
        for match in pattern.finditer(text):
            around = text[max(0, match.start() - 4) : match.end() + 4]
            assert required is None or any(word in around for word in required), match.group()


def test_a_scan_of_a_text_without_the_required_strings_finds_nothing() -> None:
    pattern = re.compile(r"(?:上|下)?\d+年代")
    assert [m.group() for m in scan(pattern, "上世纪80年代，90年")] == ["80年代"]
    assert scan(pattern, "上世纪80年，90年") == []
