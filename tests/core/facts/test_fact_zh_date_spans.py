"""Chinese date spans by family (labelling.md): a day restated in brackets (星期一(1月27日), 今天(星期一), 昨(20日),
a lunar date after its day), a bare 后/前 bounding a day or a holiday, two months sharing one 月, ranges whose first
date ends in a bound (以后至, 起至), clock times with seconds or an approximator, and time words (午夜, 正午)."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import day, found, interval

PUBLISHED = date(2024, 3, 15)  # a Friday


def dates(text: str) -> list[tuple[str, object]]:
    return [(span, value) for kind, span, value in found(text, PUBLISHED, "zh") if kind == "date"]


def spans(text: str) -> list[str]:
    return [span for span, _ in dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day and the same day in brackets, named by its number or weekday, are one date; a full date in
        # brackets is a date of its own
        ("国务院星期一(1月27日)宣布延长假期。", ["星期一", "1月27日"]),
        ("财政司司长今日（2月26日）发表预算案。", ["今日", "2月26日"]),
        ("华为上周二(12日)表示已提出投诉。", ["上周二(12日)"]),
        ("商务部星期五（15日）宣布。", ["星期五（15日）"]),
        ("他今天(星期五)的行程很满。", ["今天(星期五)"]),
        ("公司昨(14日)公布财报。", ["昨(14日)"]),
        ("暂定2月10日(正月十七)返岗上班。", ["2月10日(正月十七)"]),
        ("门店从星期天起至1月31日(大年初七)暂停营业。", ["星期天起至1月31日(大年初七)"]),
        # a bracket that restates nothing stays apart
        ("两家公司(2家)于3月1日签约。", ["3月1日"]),
        # a bare 后/前 after a day or a holiday bounds it
        ("很多公司决定在2月2日后让员工在家上班。", ["2月2日后"]),
        ("春节假期后,员工在家办公。", ["春节假期后"]),
        ("申请须在3月1日前提交。", ["3月1日前"]),
        ("5月1日后来又推迟了。", ["5月1日"]),
        # two months sharing one 月
        ("今年1至7月,大陆游客增加。", ["今年1至7月"]),
        ("2023年3-5月的销量", ["2023年3-5月"]),
        ("3至5月份雨水偏多。", ["3至5月份"]),
        # a range whose first date ends in a bound
        ("事故发生在2014年7月31日周四23时55分以后至8月1日凌晨间。", ["2014年7月31日周四23时55分以后至8月1日凌晨"]),
        # clock times with seconds, and an approximate clock time on its day
        ("地震发生于1999年9月21日上午1时47分15.9秒。", ["1999年9月21日上午1时47分15.9秒"]),
        ("发生时间 01:47分12秒", ["01:47分12秒"]),
        ("7月31日约21时,民众通报瓦斯泄漏。", ["7月31日约21时"]),
        # times of day named by a word
        ("最后于午夜在亚利桑那州举行集会。", ["午夜"]),
    ],
)
def test_zh_date_span(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_weekday_takes_the_calendar_day_in_its_brackets() -> None:
    assert dates("国务院星期一(1月27日)宣布。") == [("星期一", day("2024-01-27")), ("1月27日", day("2024-01-27"))]


def test_day_word_keeps_its_own_value_with_a_weekday_in_brackets() -> None:
    assert dates("他今天(星期五)出发。") == [("今天(星期五)", day("2024-03-15"))]


def test_months_sharing_one_month_word_run_from_first_to_last() -> None:
    assert dates("今年1至7月,游客增加。") == [("今年1至7月", interval("2024-01-01", "2024-07-31", "month"))]


def test_midnight_is_a_clock_time() -> None:
    assert dates("于午夜举行集会。") == [("午夜", {**day("2024-03-15", "hour"), "time": "00:00"})]


@pytest.mark.parametrize("text", ["增长了3至5个百分点", "第1至7名", "比(14个)多"])
def test_no_month_range_or_bracket_date_in_other_numbers(text: str) -> None:
    assert spans(text) == []


def test_second_date_of_a_range_takes_the_first_ones_year() -> None:
    assert dates("事故发生在2014年7月31日23时55分以后至8月1日凌晨间。") == [
        ("2014年7月31日23时55分以后至8月1日凌晨", interval("2014-07-31", "2014-08-01", "day"))
    ]
    assert dates("展期为2013年12月20日至1月5日。") == [
        ("2013年12月20日至1月5日", interval("2013-12-20", "2014-01-05", "day"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days named by the story: 当天, 当晚, 次日凌晨, 第二天, 隔天; years: 当年, 该年
        ("3月5日发生地震,当天下午又发生余震。", ["3月5日", "当天下午"]),
        ("警方当晚展开搜救。", ["当晚"]),
        ("次日凌晨,台风登陆。", ["次日凌晨"]),
        ("第二天他就离开了。", ["第二天"]),
        ("2009年8月2日,气象厅报告当年第十一号热带低气压形成。", ["2009年8月2日", "当年"]),
        # a part of the day on its own, or after its day
        ("他今天(星期五)行程很满,上午在佛州竞选,最后于午夜举行集会。", ["今天(星期五)", "上午", "午夜"]),
        ("周二（12日）晚间,议会表决。", ["周二（12日）晚间"]),
        ("6月17日晚,警方接报。", ["6月17日晚"]),
        ("下午茶很受欢迎。", []),
        # Taiwanese days in brackets, Cantonese day words and parts of the day
        ("行政院今(15)日表示", ["今(15)日"]),
        ("警方昨（14）日下午逮捕嫌犯。", ["昨（14）日下午"]),
        ("佢哋尋日開會,聽日再傾。", ["尋日", "聽日"]),
        ("上個禮拜二下晝3點", ["上個禮拜二下晝3點"]),
        ("淩晨3時發生火警。", ["淩晨3時"]),
        # relative quarters, centuries, "earlier this year"
        ("本季度营收", ["本季度"]),
        ("本世纪初", ["本世纪初"]),
        ("上个世纪九十年代", ["上个世纪九十年代"]),
        ("今年稍早,公司宣布裁员。", ["今年稍早"]),
        ("总统本周晚些时候访问日本。", ["本周晚些时候"]),
        # lengths of time: 余, 个半, 百, 之后, 过去的, an approximator before an anchored length
        ("十余年来首次", ["十余年来"]),
        ("会议持续了一个半小时。", ["一个半小时"]),
        ("三百年来最严重", ["三百年来"]),
        ("两天之后他回国。", ["两天之后"]),
        ("在过去的一年里,股价翻倍。", ["过去的一年"]),
        ("近两年来销量下滑。", ["近两年来"]),
        ("2000多年前", ["2000多年前"]),
        ("多年来一直亏损", ["多年来"]),
        # clock times with 许 or 多
        ("10时许,警方到场。", ["10时许"]),
        ("凌晨1点多发生爆炸。", ["凌晨1点多"]),
        # holidays of the lunar calendar
        ("除夕夜", ["除夕"]),
        ("農曆新年期間", ["農曆新年期間"]),
        # not lengths: anniversaries, ordinals, the 2001 of 2001年以来
        ("建校50周年", []),
        ("连续第56个月增长", []),
        ("2001年以来", ["2001年以来"]),
    ],
)
def test_zh_date_words(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_part_of_day_falls_on_the_day_named_before() -> None:
    assert dates("3月5日发生地震,上午有余震。") == [("3月5日", day("2024-03-05")), ("上午", day("2024-03-05"))]


def test_earlier_this_year_runs_to_publication() -> None:
    assert dates("今年稍早,公司宣布裁员。") == [("今年稍早", interval("2024-01-01", "2024-03-15", "day"))]


def test_taiwanese_day_in_brackets_is_that_day() -> None:
    assert dates("行政院今(15)日表示") == [("今(15)日", day("2024-03-15"))]


def test_one_and_a_half_hours() -> None:
    assert dates("持续了一个半小时") == [("一个半小时", {"duration": "PT1H30M"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4日零时起实施", ["4日零时起"]),  # a clock time with 起 runs on from that hour
        ("8日至10日期间,暴雨不断。", ["8日至10日"]),  # 期间 after a range stays out
        ("3月中下旬气温回升。", ["3月中下旬"]),
        ("7月到8月间降雨偏多。", ["7月到8月"]),
        ("今明两天有雨。", ["今明两天"]),
        ("未来24至48小时内", ["未来24至48小时"]),
        ("公司前三季度营收增长。", ["前三季度"]),
        ("提前3个月完成", ["3个月"]),
        ("月間利用者数", []),
    ],
)
def test_zh_date_edges_more(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_mid_to_late_month_runs_from_the_11th_to_the_end() -> None:
    assert dates("3月中下旬") == [("3月中下旬", interval("2024-03-11", "2024-03-31", "day"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议于17号举行。", ["17号"]),
        ("在12號晚上發生。", ["12號晚上"]),
        ("搭乘3号线", []),
        ("第5号台风", []),
        ("住在1号楼", []),
        ("他是17号球员", []),
    ],
)
def test_zh_day_written_with_hao(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("正月三十", [("正月三十", None)]),
        ("农历2015年十月初一", [("农历2015年十月初一", None)]),
        ("二零零四年八月十五", [("二零零四年八月十五", day("2004-08-15"))]),
        ("大约十点到", [("大约十点", {**day("2024-03-15", "hour"), "time": "10:00"})]),
        ("大约一点点", []),
        ("我今年18周岁了", [("今年", interval("2024-01-01", "2024-12-31", "year"))]),
    ],
)
def test_lunar_days_days_without_ri_and_rough_hours(text: str, expected: list[tuple[str, object]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008年夏季", [("2008年夏季", interval("2008-06-01", "2008-08-31", "month"))]),
        ("明年春天", [("明年春天", interval("2025-03-01", "2025-05-31", "month"))]),
        ("2008年年底", [("2008年年底", interval("2008-12-01", "2008-12-31", "month"))]),
        ("本世纪20年代", [("本世纪20年代", interval("2020-01-01", "2029-12-31", "year"))]),
        ("2022年冬季奥运会", [("2022年", interval("2022-01-01", "2022-12-31", "year"))]),
    ],
)
def test_seasons_and_parts_after_a_year(text: str, expected: list[tuple[str, object]]) -> None:
    assert dates(text) == expected
