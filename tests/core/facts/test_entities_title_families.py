"""Names beside titles and verbs in news prose: where an organisation's name ends and a person's starts."""

from __future__ import annotations

import pytest

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.segmentation import split_sentences

RULES = RuleBasedRecognizer()


def names(text: str, lang: str) -> list[tuple[str, str]]:
    passage = Passage(role=PassageRole.ARTICLE, text=text, lang=lang, sentences=split_sentences(text, lang))
    return [(str(fact.kind), fact.text) for fact in RULES.find_entities(passage)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation, then a title and the person it introduces
        (
            "Securities and Exchange Commission Chair Gary Gensler spoke.",
            [("org", "Securities and Exchange Commission"), ("person", "Gary Gensler")],
        ),
        ("Labour Party Leader Keir Starmer spoke.", [("org", "Labour Party"), ("person", "Keir Starmer")]),
        ("Bank of Japan Governor Kazuo Ueda spoke.", [("org", "Bank of Japan"), ("person", "Kazuo Ueda")]),
        (
            "Bank of Japan Deputy Governor Shinichi Uchida spoke.",
            [("org", "Bank of Japan"), ("person", "Shinichi Uchida")],
        ),
        # a title word that is the body's own, and a title whose words end like a body's
        ("The Court of Appeals Judge Jane Roe ruled.", [("org", "Court of Appeals"), ("person", "Jane Roe")]),
        ("Chief Financial Officer Sam Molinaro remarked on it.", [("person", "Sam Molinaro")]),
        ("District Judge Jane Roe ruled.", [("person", "Jane Roe")]),
        # a name in apposition with a role
        (
            '"We are pleased," said Kazuhiro Tsuga, chairman of Panasonic Holdings Corp.',
            [("person", "Kazuhiro Tsuga"), ("org", "Panasonic Holdings Corp.")],
        ),
    ],
)
def test_english_titles_between_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of replacing before a body's name
        ("将以取代美国广播理事会的新机构负责对外广播。", [("org", "美国广播理事会")]),
        # a world place inside a foreign person's dotted name
        ("理查德·尼克松在1972年访问了北京。", [("person", "理查德·尼克松"), ("place", "北京")]),
        # a verb of leaving a post or announcing right after a two-character name
        ("董事长赵勇辞职后，总经理刘洋表示将继续推进。", [("person", "赵勇"), ("person", "刘洋")]),
        ("小米集团创始人雷军发布新车。", [("org", "小米集团"), ("person", "雷军")]),
        ("部长王志刚说明情况。", [("person", "王志刚")]),
    ],
)
def test_chinese_names_beside_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "zh") == expected


def test_a_world_place_in_a_transliterated_given_name_is_no_place() -> None:
    assert ("place", "查德") not in names("理查德说，他不会参加。", "zh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hyphenated titles, and given names that are months
        (
            "said UN Secretary-General Kofi Annan on March 9. Jan Egeland, the relief coordinator, was there.",
            [("org", "UN"), ("person", "Kofi Annan"), ("person", "Jan Egeland")],
        ),
        ("April Ryan asked a question.", [("person", "April Ryan")]),
        ("It opened on August Bank Holiday.", []),
        # acronyms before a noun of bodies, one-word banks
        ("Markets closed, including the MICEX and RTS exchanges.", [("org", "MICEX"), ("org", "RTS")]),
        ("The loans went to Sberbank and Rabobank.", [("org", "Sberbank"), ("org", "Rabobank")]),
    ],
)
def test_english_name_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party leader's title; a time word after a transliterated name
        ("参议院共和党领袖麦康奈尔星期四说。", [("org", "参议院"), ("org", "共和党"), ("person", "麦康奈尔")]),
        # a kind of company, and bodies "concerned", name nobody
        ("经济不景气正迫使汽车制造公司大幅裁员。", []),
        ("中国大陆有关研究所与其他银行合作。", [("place", "中国大陆")]),
        # missions abroad
        ("美国驻华大使馆发表声明。", [("org", "美国驻华大使馆")]),
    ],
)
def test_chinese_bodies_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kinds of district are no places; a ward Sudachi knows is one
        ("今回の選挙に小選挙区から立候補した。比例区と経済特区。", []),
        ("東京都中央区の会社。", [("place", "東京都"), ("place", "中央区")]),
        # a mission abroad, and the place in its name stays a place elsewhere
        ("上海の日本総領事館によると、日本人2人が負傷した。", [("place", "上海"), ("org", "日本総領事館")]),
        # parties named "the party of X"; not the ruling party's leader
        ("維新の党と次世代の党。与党の党首が述べた。", [("org", "維新の党"), ("org", "次世代の党")]),
        # dotted katakana names ending in a company word
        ("インド・アジアン・ニュース・サービスが伝えた。", [("org", "インド・アジアン・ニュース・サービス")]),
        # a name followed by its reading
        ("義弟・井植歳男(いうえ・としお)が創業。", [("person", "井植歳男")]),
    ],
)
def test_japanese_name_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "ja") == expected


def test_katakana_names_before_a_division_are_places() -> None:
    found = names("インドのアンドラプラデシュ州では40人が死亡した。マニラ市とヘルマンド州。カード市場。", "ja")
    assert [name for _, name in found] == ["インド", "アンドラプラデシュ州", "マニラ市", "ヘルマンド州"]
    assert {kind for kind, _ in found} == {"place"}


def test_an_acronym_after_a_body_in_parentheses_is_an_organisation() -> None:
    found = names("当高能物理所(IHEP)与斯坦福直线加速器中心(SLAC)建立连接。国内生产总值(GDP)增长。", "zh")
    assert ("org", "IHEP") in found and ("org", "SLAC") in found
    assert not any(name == "GDP" for _, name in found)


def test_haiti_is_not_found_in_a_coastal_region() -> None:
    assert names("沿海地区受灾，海地也受灾。", "zh") == [("place", "海地")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" inside a body's name; not between two bodies, after a title, or before another body's place
        ("美中经济与安全审查委员会发表报告。", [("org", "美中经济与安全审查委员会")]),
        ("深圳市发展和改革委员会随后跟进。", [("org", "深圳市发展和改革委员会")]),
        ("他们批评交通部和安全委员会。", [("org", "交通部")]),
        (
            "协会的王运丰教授和西德卡尔斯鲁厄大学的学者。",
            [("person", "王运丰"), ("org", "西德卡尔斯鲁厄大学")],
        ),
        # learned societies, and people named by what they are
        ("布鲁金斯学会的专家李成认为。", [("org", "布鲁金斯学会"), ("person", "李成")]),
        ("孩子们学会了游泳。", []),
    ],
)
def test_chinese_coordinated_bodies_and_societies(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "zh") == expected


def test_a_company_after_its_countrys_one_kanji_name() -> None:
    found = names("米メタと英アームが提携。米ドルが上昇し、米メディアが報じた。欧米メーカーも。", "ja")
    assert found == [("org", "メタ"), ("org", "アーム")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a katakana name before a Latin company name in parentheses; a translation in parentheses is no name
        ("ビザ（Visa Inc.）はカード会社である。", [("org", "ビザ"), ("org", "Visa Inc")]),
        ("時価総額（Market capitalization）は指標である。", []),
        # katakana names listed beside companies
        (
            "サウジアラムコ、アップル、マイクロソフトが上位を占めた。",
            [("org", "サウジアラムコ"), ("org", "アップル"), ("org", "マイクロソフト")],
        ),
        ("ドイツ、フランス、イタリアが反対した。", [("place", "ドイツ"), ("place", "フランス"), ("place", "イタリア")]),
        # products and services in quotes are no organisations
        ("2005年には充電池の「エネループ」を発売した。", []),
        ("『進研ゼミ』『こどもちゃれんじ』など26サービスの情報。", []),
        ("通販サイト「ゾゾタウン」を運営する。", [("org", "ゾゾタウン")]),
    ],
)
def test_japanese_companies_and_products(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "ja") == expected


def test_a_name_before_a_noun_of_divisions_is_a_place() -> None:
    found = names("Fighting in the Tigray region and in Balochistan provinces. John Smith state senator spoke.", "en")
    assert ("place", "Tigray") in found and ("place", "Balochistan") in found
    assert ("place", "John Smith") not in found


def test_chinese_foreign_places_by_origin_and_sea() -> None:
    assert ("place", "德克萨斯") in names("来自德克萨斯的众议员说。", "zh")
    assert names("苏门达腊海域发生地震。", "zh") == [("place", "苏门达腊海域")]
    assert ("person", "马斯克") in names("来自马斯克的消息。", "zh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with "&" is joined to no other by "and"; an index's name before "& Company" is the company
        (
            "Robin Li worked at Infoseek and Dow Jones & Company.",
            [("person", "Robin Li"), ("org", "Infoseek"), ("org", "Dow Jones & Company")],
        ),
        ("The Dow Jones rose 2%.", []),
        # publications, platforms named by their noun, a regional arm before "and"
        (
            "According to the Hurun Report and China Daily, he is rich.",
            [("org", "Hurun Report"), ("org", "China Daily")],
        ),
        ("Then the e-commerce platform Temu followed.", [("org", "Temu")]),
        (
            "It was backed by Sequoia Capital China and Hillhouse Capital.",
            [("org", "Sequoia Capital"), ("place", "China"), ("org", "Hillhouse Capital")],
        ),
    ],
)
def test_english_company_names_in_lists_and_publications(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "en") == expected


def test_names_listed_after_a_person_and_are_people() -> None:
    found = names("1998年，马化腾与张志东、许晨晔、曾李青共同创立腾讯。", "zh")
    assert [name for kind, name in found if kind == "person"] == ["马化腾", "张志东", "许晨晔", "曾李青"]
    assert names("总统拜登与中国、日本等国领导人会谈。", "zh") == [
        ("person", "拜登"),
        ("place", "中国"),
        ("place", "日本"),
    ]


def test_places_written_with_accents_meet_the_lists() -> None:
    found = names("He flew to Bogotá, then to Zürich and Montréal.", "en")
    assert found == [("place", "Bogotá"), ("place", "Zürich"), ("place", "Montréal")]


def test_korean_given_names_with_zai_after_a_title() -> None:
    assert names("韩国总统李在明表示，将加强合作。", "zh") == [("place", "韩国"), ("person", "李在明")]
    assert ("person", "文在寅") in names("前总统文在寅说，他支持。", "zh")
    assert names("部长王在会上说，经济增长。总理李在讲话中强调。", "zh") == []
