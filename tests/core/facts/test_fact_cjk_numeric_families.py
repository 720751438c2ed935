"""Chinese and Japanese numeric families: days written in numerals, ranges of months and days sharing one 月 or 日,
a range's second date in the first's year, era decades, Japanese ranks, ordinals and shares after a counter,
度 counting times, a counter that is itself the noun, and a round magnitude after an approximator."""

from __future__ import annotations

from typing import Any

import pytest
from facts_helpers import day, found, interval


def kinds(text: str, lang: str, kind: str) -> list[tuple[str, Any]]:
    return [(span, value) for fact_kind, span, value in found(text, lang=lang) if fact_kind == kind]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("同社は二十七日に発表した。", "ja", [("二十七日", day("2021-07-27"))]),
        ("同社は二十日、発表した。", "ja", [("二十日", day("2021-07-20"))]),
        ("三十一日まで受け付ける。", "ja", [("三十一日", day("2021-07-31"))]),
        ("今月二十日に開く。", "ja", [("今月二十日", day("2021-07-20"))]),
        ("二十七日午後、会見した。", "ja", [("二十七日午後", day("2021-07-27"))]),
        ("新华社北京二十七日电", "zh", [("二十七日", day("2021-07-27"))]),
        ("本月二十日举行", "zh", [("本月二十日", day("2021-07-20"))]),
        ("十五日晚间宣布", "zh", [("十五日晚间", day("2021-07-15"))]),
    ],
)
def test_days_in_numerals(text: str, lang: str, expected: list[tuple[str, Any]]) -> None:
    assert kinds(text, lang, "date") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一日三餐", "zh"),  # "three meals a day"
        ("一日も早く", "ja"),  # "as soon as possible"
        ("第二十日目", "ja"),
        ("1日平均300人が訪れる。", "ja"),  # per day
    ],
)
def test_no_day(text: str, lang: str) -> None:
    assert kinds(text, lang, "date") == []


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("4〜6月に実施", "ja", "4〜6月", interval("2021-04-01", "2021-06-30", "month")),
        ("4至6月", "zh", "4至6月", interval("2021-04-01", "2021-06-30", "month")),
        ("2020年4-6月的营收", "zh", "2020年4-6月", interval("2020-04-01", "2020-06-30", "month")),
        ("3月10〜12日に開催", "ja", "3月10〜12日", interval("2021-03-10", "2021-03-12", "day")),
        ("3月10至12日举行", "zh", "3月10至12日", interval("2021-03-10", "2021-03-12", "day")),
        ("2020年4月〜6月に", "ja", "2020年4月〜6月", interval("2020-04-01", "2020-06-30", "month")),
        ("2022年11月から2月まで", "ja", "2022年11月から2月", interval("2022-11-01", "2023-02-28", "month")),
        ("昭和40年代に建てられた", "ja", "昭和40年代", interval("1965-01-01", "1974-12-31", "year")),
    ],
)
def test_ranges_and_era_decades(text: str, lang: str, span: str, value: dict[str, str]) -> None:
    assert kinds(text, lang, "date") == [(span, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("リーグ3位に浮上した。", []),  # a rank
        ("3人目の感染者", []),  # ordinals after a counter
        ("2度目の会談", []),
        ("5店舗目を開く", []),
        ("国民の5人に1人が高齢者だ。", []),  # a share
        ("過去に2度合併交渉を行った。", [("2度", 2)]),  # times
        ("気温が30度を超えた。", []),  # a measure, not a count
        ("もう1度", []),
        ("日本の電力10社中では最も高い。", [("10社", 10)]),  # 社 is the noun; 電力 qualifies it
        ("上場企業3000社が参加", [("上場企業3000社", 3000)]),
        ("原発4基を停止", [("原発4基", 4)]),
        ("3年生の生徒", []),  # a school year, not three years
    ],
)
def test_japanese_counts(text: str, expected: list[tuple[str, float]]) -> None:
    facts = [(span, value["number"]) for span, value in kinds(text, "ja", "count")]
    assert facts == expected
    if not expected:
        assert not [fact for fact in found(text, lang="ja") if fact[0] in ("count", "date")]


def test_japanese_points_are_no_clock_time() -> None:
    assert kinds("3点を奪った。", "ja", "date") == []
    assert kinds("下午3点开会", "zh", "date") == [("下午3点", {**day("2021-07-28"), "grain": "hour", "time": "15:00"})]


@pytest.mark.parametrize(
    ("text", "span", "number"),
    [("近万名学生参加", "万名学生", 10000), ("有近万人参加", "万人", 10000), ("逾千人受伤", "千人", 1000)],
)
def test_round_magnitude_after_approximator(text: str, span: str, number: float) -> None:
    assert [(s, v["number"]) for s, v in kinds(text, "zh", "count")] == [(span, number)]


def test_magnitude_alone_is_no_count() -> None:
    assert kinds("万一出事", "zh", "count") == []
    assert kinds("千万不要", "zh", "count") == []


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("2007年から08年にかけて", "ja", "2007年から08年", interval("2007-01-01", "2008-12-31", "year")),
        ("2008-09年の", "ja", "2008-09年", interval("2008-01-01", "2009-12-31", "year")),
        ("7月12・13日に開く", "ja", "7月12・13日", interval("2021-07-12", "2021-07-13", "day")),
        ("2010年度末までに", "ja", "2010年度末", interval("2011-03-01", "2011-03-31", "month")),
        ("7日以降に再開する", "ja", "7日以降", day("2021-08-07")),
        ("1カ月間の休業", "ja", "1カ月間", {"duration": "P1M"}),
        ("少なくとも120時間以上", "ja", "少なくとも120時間以上", {"duration": "PT120H"}),
        ("4日ほどで終わる", "ja", "4日ほど", {"duration": "P4D"}),
    ],
)
def test_japanese_date_edges(text: str, lang: str, span: str, value: dict[str, str]) -> None:
    assert kinds(text, lang, "date") == [(span, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("554人分の食料", [("554人分", 554)]),
        ("6都府県で", [("6都府県", 6)]),
        ("23000食を提供", [("23000食", 23000)]),
        ("2単位を取得し、70単位時間の授業", [("2単位", 2), ("70単位時間", 70)]),
        ("4つの駅が閉鎖", [("4つの駅", 4)]),
        ("一つの理由", []),
        ("東証1部に上場", []),
        ("客11人が無事", [("客11人", 11)]),
        ("実子が1人いる", [("実子が1人", 1)]),
        ("100万人目標を掲げた", [("100万人", 1000000)]),  # 目 opens 目標: no ordinal
        ("33競技339種目", [("339種目", 339)]),
    ],
)
def test_japanese_counters_and_nouns(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(span, value["number"]) for span, value in kinds(text, "ja", "count")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全国292の選挙区で11の政党が争った。", [("292の選挙区", 292), ("11の政党", 11)]),
        ("3つの選挙区以外では接戦となった。", [("3つの選挙区", 3)]),  # 以外 closes the noun
        ("議席を5つ減らす。", [("5つ", 5)]),
        ("2つ目の課題。", []),  # an ordinal
        ("ステージ3の患者が増えた。", []),  # a label
        ("O157の食中毒が発生した。", []),
        ("2012の数字。", []),  # a year
    ],
)
def test_japanese_number_no_noun(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(span, value["number"]) for span, value in kinds(text, "ja", "count")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("発表は翌日の12月5日に行われた。", ["翌日の12月5日"]),  # one day, said twice
        ("27日に発生し、同3時51分に津波が到達した。", ["27日", "同3時51分"]),  # 同: the same day
        ("同7時に避難指示が出され、翌28日に解除された。", ["同7時", "翌28日"]),
    ],
)
def test_japanese_day_words_before_a_date_or_time(text: str, expected: list[str]) -> None:
    assert [span for span, _ in kinds(text, "ja", "date")] == expected


def test_a_length_in_two_units_before_buri_is_one() -> None:
    assert kinds("彼は2年9ヵ月ぶりに復帰した。", "ja", "date") == [("2年9ヵ月", {"duration": "P2Y9M"})]
    assert kinds("3年ぶりに優勝した。", "ja", "date") == [("3年", {"duration": "P3Y"})]


def test_vague_japanese_counts_keep_their_noun() -> None:
    assert kinds("社員20数人が働く", "ja", "count") == [("社員20数人", None)]
    assert kinds("何十人もの人が", "ja", "count") == [("何十人", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("340万户家庭和企业断电", [("340万户家庭和企业", 3400000)]),  # both nouns are counted
        ("60多个国家和地区", [("60多个国家和地区", 60)]),
        ("5名员工和他们的家属", [("5名员工", 5)]),
        ("有7个州竞争激烈", [("7个州", 7)]),
        ("飞行1000公里海面", []),  # a distance counts nothing
        # a noun after a measure word runs to the character that ends it, however many modifiers come first
        ("市政府购买了45辆电动公交车。", [("45辆电动公交车", 45)]),
        ("共有5名官员被起诉", [("5名官员", 5)]),
        # a thing named for whom it is for ends the noun one character later
        ("赢得538张选举人票中的270张", [("538张选举人票", 538), ("270张", 270)]),
        ("3辆警车赶到", [("3辆警车", 3)]),
        # a small number after a demonstrative picks things already named
        ("布什拿下了这三个州。", []),
        ("此两家公司合并。", []),
        ("公司有这5000名员工。", [("5000名员工", 5000)]),
    ],
)
def test_chinese_count_nouns(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(span, value["number"]) for span, value in kinds(text, "zh", "count")] == expected


def test_money_with_its_currency_before() -> None:
    assert kinds("約合美元2,400萬", "zh-Hant", "money") == [("美元2,400萬", {"amount": 24000000, "currency": "USD"})]
    assert kinds("美元3月份走强", "zh", "money") == []
    assert kinds("行政を一元化する", "ja", "money") == []


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        ("市值達港幣$4,000億元。", "港幣$4,000億元", 4e11, "HKD"),  # a currency word before its dollar sign
        ("售價為新台幣$1,200元。", "新台幣$1,200元", 1200, "TWD"),
        ("交易費為每宗5港仙。", "5港仙", 0.05, "HKD"),  # Hong Kong cents on their own
    ],
)
def test_chinese_money_prefixes_and_cents(text: str, span: str, amount: float, currency: str) -> None:
    assert kinds(text, "zh-Hant", "money") == [(span, {"amount": amount, "currency": currency})]


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        # text spaced between scripts: a space between digits and their magnitude, around a prefix
        ("市值約 38,000 億港元。", "38,000 億港元", 3.8e12, "HKD"),
        ("成交額為港幣 1,000 億元。", "港幣 1,000 億元", 1e11, "HKD"),
        ("收購價 13.88 億英鎊。", "13.88 億英鎊", 1.388e9, "GBP"),
        ("市值達4萬億港圓。", "4萬億港圓", 4e12, "HKD"),
    ],
)
def test_chinese_money_spaced_between_scripts(text: str, span: str, amount: float, currency: str) -> None:
    assert kinds(text, "zh-Hant", "money") == [(span, {"amount": amount, "currency": currency})]


def test_a_chinese_count_spaced_between_scripts() -> None:
    assert [span for span, _ in kinds("地震造成 2,415 人死亡，51,711 間房屋倒塌。", "zh-Hant", "count")] == [
        "2,415 人",
        "51,711 間房屋",
    ]
    assert kinds("排名第 3 名。", "zh", "count") == []  # an ordinal, spaced too


def test_a_chinese_date_spaced_between_scripts_is_one() -> None:
    assert kinds("2015年 8月 12日，發生爆炸。", "zh-Hant", "date") == [("2015年 8月 12日", day("2015-08-12"))]
    assert kinds("於 1999 年 9 月 21 日發生。", "zh-Hant", "date") == [("1999 年 9 月 21 日", day("1999-09-21"))]


def test_a_table_unit_is_no_amount() -> None:
    assert kinds("成交額（單位：百萬港元）: 1,234", "zh-Hant", "money") == []
    assert [span for span, _ in kinds("罰款（1億元）。", "zh-Hant", "money")] == ["1億元"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("二十世紀八十年代，經濟改革開始。", "二十世紀八十年代", interval("1980-01-01", "1989-12-31", "year")),
        ("19世纪80年代，铁路兴起。", "19世纪80年代", interval("1880-01-01", "1889-12-31", "year")),
        ("公元前221年，秦统一中国。", "公元前221年", None),  # before the common era: no calendar value
    ],
)
def test_chinese_centuries_and_years_before_the_era(text: str, span: str, value: object) -> None:
    assert kinds(text, "zh", "date") == [(span, value)]


def test_a_comparison_base_is_no_date() -> None:
    assert kinds("比去年同期成长17%", "zh", "date") == []
    assert kinds("与去年同期相比，", "zh", "date") == []
    assert [span for span, _ in kinds("去年同期营收为3亿元", "zh", "date")] == ["去年同期"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "span", "number"),
    [
        ("2000〜3000人が参加", "ja", "count", "2000〜3000人", 2000),  # valued at the lower bound
        ("300万〜500万人", "ja", "count", "300万〜500万人", 3000000),
        ("2至3万人", "zh", "count", "2至3万人", 20000),  # the first number takes the second's magnitude
        ("1.2万至1.5万人", "zh", "count", "1.2万至1.5万人", 12000),
        ("5〜10%増えた", "ja", "percent", "5〜10%", 5),
        ("3〜5割", "ja", "percent", "3〜5割", 30),
        ("3至5成", "zh", "percent", "3至5成", 30),
    ],
)
def test_ranges_sharing_a_unit_are_one_fact(text: str, lang: str, kind: str, span: str, number: float) -> None:
    assert [(s, v["number"]) for s, v in kinds(text, lang, kind)] == [(span, number)]


def test_a_range_of_ranks_is_no_count() -> None:
    assert kinds("第3-5名", "zh", "count") == []


def test_money_ranges_with_a_wave_dash() -> None:
    assert kinds("2〜3億円", "ja", "money") == [("2〜3億円", {"amount": 200000000, "currency": "JPY"})]
    assert kinds("映像を一元管理する", "ja", "money") == []


def test_a_tables_unit_line_makes_its_rows_amounts() -> None:
    text = "時価総額上位\n(百万米ドル)\n1 アップル アメリカ 724,773.1\n2 エクソン アメリカ 356,548.7\n\n次の段落は3.5"
    assert kinds(text, "ja", "money") == [
        ("724,773.1", {"amount": 724773100000, "currency": "USD"}),
        ("356,548.7", {"amount": 356548700000, "currency": "USD"}),
    ]


def test_a_measure_in_a_latin_unit_is_no_count_of_the_noun_before() -> None:
    assert kinds("出力100万kWの発電所", "ja", "count") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("力争2030年前实现碳达峰", "zh", ["2030年"]),  # before 2030; the bound stays outside, as in 平成19年前
        ("2007年後に学校に来た", "ja", ["2007年"]),
        ("2000年前の遺跡", "ja", []),  # two thousand years ago
        ("1000年前", "ja", []),
    ],
)
def test_a_year_before_a_bound(text: str, lang: str, expected: list[str]) -> None:
    assert [span for span, _ in kinds(text, lang, "date")] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("本を三冊買った", "ja", [("三冊", 3)]),  # a verb after the counter, not its noun
        ("車を二台持っている", "ja", [("二台", 2)]),
        ("4350人従業員を抱えている", "ja", [("4350人従業員", 4350)]),
        ("十人が参加", "ja", [("十人", 10)]),
        ("十家公司", "zh", [("十家公司", 10)]),
        ("十分满意", "zh", []),
        ("十字架", "ja", []),
    ],
)
def test_counters_before_verbs_and_ten_alone(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert [(span, value["number"]) for span, value in kinds(text, lang, "count")] == expected
