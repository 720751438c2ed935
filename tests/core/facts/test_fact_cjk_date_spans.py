"""Japanese date spans by family (labelling.md: ranges are one fact, a bound written after the date belongs to it, the
particles まで and から stay outside as a leading "since" does, a part of the day or of a period stays with its date):
以前/以後, 〜 ranges, clock-time ranges, a weekday after its day, 今朝/明日の朝, の前半/の下旬, lengths of time in two
units, ここ/この before a length of time, and counters written with か; Chinese 以来 after 从, 多 in lengths of
time, ranges of lengths, years that open a title, and cents on their own."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import found

PUBLISHED = date(2024, 3, 15)


def spans(text: str, kind: str = "date") -> list[str]:
    return [span for fact_kind, span, _ in found(text, PUBLISHED, "ja") if fact_kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 以前/以後 bound a period; the particles まで and から stay outside
        ("2020年5月から10月まで休館した。", ["2020年5月から10月"]),
        ("工事は2018年まで続いた。", ["2018年"]),
        ("2010年からローソンが運営している。", ["2010年"]),
        ("8月9日夜から大雨が降り続いた。", ["8月9日夜"]),
        ("2000年以前の記録はない。", ["2000年以前"]),
        ("7月の下旬以降、減少した。", ["7月の下旬以降"]),
        # a wave dash joins a range like から
        ("1990年〜2000年にかけて増加した。", ["1990年〜2000年"]),
        # two clock times joined by から are one period, with the day before them
        ("午後5時から6時まで閉鎖された。", ["午後5時から6時"]),
        ("明日の3時から4時まで停電する。", ["明日の3時から4時"]),
        # a weekday after its day restates it
        ("2018年7月6日金曜日に発表した。", ["2018年7月6日金曜日"]),
        ("21日の月曜日に会見した。", ["21日の月曜日"]),
        ("3月29日木曜日午前11時に始まった。", ["3月29日木曜日午前11時"]),
        # parts of the day: 今朝8時, 明日の朝, 夜の8時; 朝日 is a newspaper
        ("今朝8時に発生した。", ["今朝8時"]),
        ("明日の朝出発する。", ["明日の朝"]),
        ("夜の8時20分ごろ通報があった。", ["夜の8時20分ごろ"]),
        ("6月15日の朝日新聞によると", ["6月15日"]),
        ("8月11日午前5:07ごろ地震があった。", ["8月11日午前5:07ごろ"]),
        ("6月10日に要請した。同日午前11時に会見した。", ["6月10日", "同日午前11時"]),
        ("昨年12月に警告した。", ["昨年12月"]),
        ("2005年初頭の買収劇", ["2005年初頭"]),
        # parts of a year, month or week after の
        ("2017年の前半に増えた。", ["2017年の前半"]),
        ("今年の夏に開業する。", ["今年の夏"]),
        ("今年の春闘で賃上げを求めた。", ["今年"]),  # 春闘, the spring wage talks, is no season
        ("今月の終わりごろ発表する。", ["今月の終わりごろ"]),
        # a length in two units is one length; ここ/この/過去の place it
        ("1年3か月の休職", ["1年3か月"]),
        ("2時間30分の会議", ["2時間30分"]),
        ("この3年間で倍増した。", ["この3年間"]),
        ("ここ2日間で急増した。", ["ここ2日間"]),
        ("過去の十年間で変わった。", ["過去の十年間"]),
    ],
)
def test_japanese_date_spans(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_length_in_two_units_sums_them() -> None:
    values = [value for kind, _, value in found("1年3か月の休職と2時間30分の会議", PUBLISHED, "ja") if kind == "date"]
    assert [value["duration"] for value in values] == ["P1Y3M", "PT2H30M"]


def test_a_clock_range_starts_at_its_first_time() -> None:
    [(kind, text, value)] = found("午後5時から6時まで閉鎖された。", PUBLISHED, "ja")
    assert (kind, text, value["time"]) == ("date", "午後5時から6時", "17:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("世界で約50か国に進出している。", ["50か国"]),
        ("全国3か所に設置した。", ["3か所"]),
        # where the things are is no counted noun
        ("世界190カ国以上で利用されている。", ["190カ国"]),
        ("国内1000店舗を展開する。", ["1000店舗"]),
    ],
)
def test_japanese_counters_written_with_kana(text: str, expected: list[str]) -> None:
    assert spans(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leading 从 before 以来 is a "since" and stays outside; 自…起 is one frame (labelling.md)
        ("从2015年9月以来，销量下降。", ["2015年9月以来"]),
        ("自12月起实施。", ["自12月起"]),
        # 多 after a number or a unit, a rising range of lengths, 数月
        ("他已经9年多以来没有回国。", ["9年多以来"]),
        ("两个多月后恢复。", ["两个多月后"]),
        ("需要270至360天完成。", ["270至360天"]),
        ("过去数月里增长。", ["过去数月"]),
        ("前一天油价下跌。", ["前一天"]),
        # a year that opens a title names the title
        ("奥巴马签署的《2017年度美国国防授权方案》", []),
    ],
)
def test_chinese_date_spans(text: str, expected: list[str]) -> None:
    assert [span for kind, span, _ in found(text, PUBLISHED, "zh") if kind == "date"] == expected


def test_cents_on_their_own_are_money() -> None:
    assert found("原油价格上涨66美分。", PUBLISHED, "zh") == [("money", "66美分", {"amount": 0.66, "currency": "USD"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("台風による死者・行方不明者は100人を超えた。", ["死者・行方不明者は100人"]),
        ("子ども2人を含む5人が死亡した。", ["子ども2人", "5人"]),
        # the unit of a rate is no count
        ("同社株を1株あたり500円で買い取る。", []),
        ("人口1000人当たり5人", ["5人"]),
        ("定期検査中の原発4基と、11基が停止", ["原発4基", "11基"]),
        ("四国電力と九州電力", []),
        ("楽天が事実上2球団を持つ", ["2球団"]),
        # the whole run of nouns before は is the counted noun
        ("収容人数は5万人。", ["収容人数は5万人"]),
        ("観客動員数は300万人を記録した。", ["観客動員数は300万人"]),
    ],
)
def test_japanese_count_spans(text: str, expected: list[str]) -> None:
    assert spans(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1995-1997年的收入很不乐观。", ["1995-1997年"]),
        ("林則徐(1785年-1850年)", ["1785年-1850年"]),
        ("2009-10年度的预算", ["2009-10年度"]),
        ("我2018年前半年都不在北京。", ["2018年前半年"]),
        ("今年夏天很热。", ["今年夏天"]),
        # a bound after the date belongs to it as 以来 does
        ("在2018年之后上市。", ["2018年之后"]),
        ("须在3月1日之前完成。", ["3月1日之前"]),
        ("今晨5点发生地震。", ["今晨5点"]),
        ("1987年1月11日八点", ["1987年1月11日八点"]),
        ("还剩8天又二十个小时。", ["8天又二十个小时"]),
    ],
)
def test_more_chinese_date_spans(text: str, expected: list[str]) -> None:
    assert [span for kind, span, _ in found(text, PUBLISHED, "zh") if kind == "date"] == expected


def test_a_republic_of_china_year() -> None:
    [(kind, text, value)] = found("民國113年1月1日實施新制。", PUBLISHED, "zh")
    assert (kind, text, value["start"]) == ("date", "民國113年1月1日", "2024-01-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound or an approximator after a clock time stays with it (labelling.md: 午前10時過ぎ)
        ("午前10時過ぎに発生した。", ["午前10時過ぎ"]),
        ("午後6時以降は閉店する。", ["午後6時以降"]),
        ("午後3時前に到着した。", ["午後3時前"]),
        ("今日の昼頃出発した。", ["今日の昼頃"]),
        # after a length of time too ("less than 24 hours")
        ("4日以上1週間以下の記録", ["4日以上", "1週間以下"]),
        ("1時間30分以上の会議", ["1時間30分以上"]),
        ("2年未満の契約", ["2年未満"]),
        ("1.5時間の会議", ["1.5時間"]),
        ("次の1時間で戻ります。", ["次の1時間"]),
        # an era year before 前 is that year, not a length of time ago
        ("平成19年前に卒業した。", ["平成19年"]),
        ("19年前に卒業した。", ["19年前"]),
    ],
)
def test_japanese_clock_and_length_edges(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_decimal_length() -> None:
    assert found("1.5時間の会議", PUBLISHED, "ja") == [("date", "1.5時間", {"duration": "PT1H30M"})]


def test_the_days_a_clock_time_holds_on_stay_with_it() -> None:
    assert spans("平日午前9時から午後8時まで節電を要請した。") == ["平日午前9時から午後8時"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("野球協約183条に触れる可能性がある。", "ja", []),  # an article of an agreement is a label
        ("日产50万桶原油", "zh", ["50万桶原油"]),
    ],
)
def test_labels_and_barrels(text: str, lang: str, expected: list[str]) -> None:
    assert [span for kind, span, _ in found(text, PUBLISHED, lang) if kind == "count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("约有两千名抗议者聚集。", ["两千名抗议者"]),
        ("美国派出了两艘航空母舰。", ["两艘航空母舰"]),
        ("事件中有3名中国公民遇难。", ["3名中国公民"]),
        ("两名记者被捕。", ["两名记者"]),
        ("这场大火烧毁了200多栋房屋。", ["200多栋房屋"]),
    ],
)
def test_the_noun_after_a_measure_word(text: str, expected: list[str]) -> None:
    assert [span for kind, span, _ in found(text, PUBLISHED, "zh") if kind == "count"] == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("過去兩個星期，股市下跌。", "date", ["過去兩個星期"]),
        ("三个星期后恢复。", "date", ["三个星期后"]),
        ("今年首季經濟增長。", "date", ["今年首季"]),
        ("逾千人遊行。", "count", ["千人"]),
        ("千万不要相信。", "count", []),
    ],
)
def test_weeks_first_quarters_and_round_hundreds(text: str, kind: str, expected: list[str]) -> None:
    assert [span for fact_kind, span, _ in found(text, PUBLISHED, "zh") if fact_kind == kind] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("十数人が負傷した。", "ja", ["十数人"]),
        ("百数十人が参加した。", "ja", ["百数十人"]),
        ("十几个人受伤。", "zh", ["十几个人"]),
    ],
)
def test_vague_tens_and_hundreds(text: str, lang: str, expected: list[str]) -> None:
    assert [(span, value) for kind, span, value in found(text, PUBLISHED, lang) if kind == "count"] == [
        (expected[0], None)
    ]
