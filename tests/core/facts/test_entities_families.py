"""Name families found on outside text: organisations told by their neighbours, and names that are no organisation."""

from __future__ import annotations

import pytest

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.segmentation import split_sentences

RULES = RuleBasedRecognizer()


def names(text: str, lang: str = "en") -> list[tuple[str, str]]:
    passage = Passage(role=PassageRole.ARTICLE, text=text, lang=lang, sentences=split_sentences(text, lang))
    return [(str(fact.kind), fact.text) for fact in RULES.find_entities(passage)]


def orgs(text: str, lang: str = "en") -> list[str]:
    return [name for kind, name in names(text, lang) if kind == "org"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role or the company's stock right after the name
        ("Zoox CEO Aicha Evans said the robotaxi was safe.", ["Zoox"]),
        ("Kalshi chief executive Tarek Mansour disagreed.", ["Kalshi"]),
        # an apposition whose head is a company's noun
        ("It was taken over by Staedtler, a stationery company based in Nuremberg.", ["Staedtler"]),
        ("It was sold to Hutchison, a Hong Kong conglomerate, in 1999.", ["Hutchison"]),
        # cues of ownership, work and founding
        ("The service is operated by Veolia Transport under contract.", ["Veolia Transport"]),
        ("He interviewed the founders of Mozilla last year.", ["Mozilla"]),
        # unknown acronyms acting as bodies: told, by, according to, listed beside an organisation
        ("He told VOA that the plan was sound.", ["VOA"]),
        ("The drug was approved by FDA officials, according to IDC.", ["FDA", "IDC"]),
        ("The Associated Press, VOA, the BBC and Xinhua covered it.", ["Associated Press", "VOA", "BBC", "Xinhua"]),
        # domains written with a capital
        (
            "The websites Ripoffreport.com and Badbusinessbureau.com were shut.",
            ["Ripoffreport.com", "Badbusinessbureau.com"],
        ),
    ],
)
def test_organisations_told_by_neighbours(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jones, the company's founder, spoke.",
        "Smith, a company spokesman, said so.",
        "A Danish-German border and the Dutch-Australian community; Sino-Japanese relations.",
        "The growth of GDP and CPI slowed, with AI and VR.",
        "The novel was praised by Vidyaan, a rival.",
    ],
)
def test_no_organisation(text: str) -> None:
    assert orgs(text) == []


def test_country_acronyms_are_places() -> None:
    assert names("He moved to the DRC, once a partner of the USSR.") == [("place", "DRC"), ("place", "USSR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry before 及び; a place with an industry word
        ("組織の改組は完了し、国防省及び各軍管区が業務を開始した。", [("org", "国防省")]),
        ("奈良交通の完全子会社で、路線の運行を担う。", [("org", "奈良交通")]),
        # a kind of company or group, not one
        ("東洋パルプは、かつて存在した製紙会社である。音楽グループである。", []),
        # eras and events
        ("天正3年に戦い、延暦年間に再興された。", []),
        ("スイスフィギュアスケート選手権で5回優勝している。", []),
        # a katakana name before 社 stays a company's however Sudachi reads it
        ("リクルート社が参入した。", [("org", "リクルート社")]),
        # the title inside a longer word, and a kind of player
        ("シングル選手として活躍した。", []),
        # Latin words that name things: in a katakana compound, in title quotes, with a number
        ("Momoチャレンジが広まった。「Amazing Fantasy」に初登場。Forza Horizon 3と同じ。", []),
    ],
)
def test_japanese_families(text: str, expected: list[tuple[str, str]]) -> None:
    pytest.importorskip("sudachipy")
    assert [item for item in names(text, "ja") if item[0] != "place"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wikimedia's projects and news agencies, by the gazetteer and by their reports
        (
            "维基共享资源、维基文库和元维基都是维基媒体基金会的项目。",
            ["维基共享资源", "维基文库", "元维基", "维基媒体基金会"],
        ),
        ("据韩联社报道，安莎社消息称，中新社和美国之音也报道了。", ["韩联社", "安莎社", "中新社", "美国之音"]),
        ("该出版社称，旅行社报道。", []),
        # descriptions, ranks and the party's own words name no organisation
        ("全资子公司16个、控股子公司15个。其中上市公司4个。", []),
        ("这是中国的第一家汽车制造厂。", []),
        ("一汽大众公司党委书记受到党内警告和党政纪处分。", ["一汽大众公司"]),
        ("另外一汽大众公司存在问题。", ["一汽大众公司"]),
        # a verb that takes the company as its object starts no name
        ("标识源自公司英文名称，喻示公司开拓创新，来自公司内部。", []),
    ],
)
def test_chinese_organisation_families(text: str, expected: list[str]) -> None:
    assert orgs(text, "zh") == expected


def test_chinese_people_named_by_their_role() -> None:
    text = "用户李明在接受采访时说，志愿者王芳和作者李四写道。市民万一遇到险情。医生和护士都来了。"
    assert [name for kind, name in names(text, "zh") if kind == "person"] == ["李明", "王芳", "李四"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Hang Seng Index fell 2% and the Dow slipped.", "en"),
        ("恒生指數下跌2%，上证指数上涨。", "zh"),
        ("日経平均株価が下落した。", "ja"),
    ],
)
def test_stock_indexes_are_no_organisations(text: str, lang: str) -> None:
    assert orgs(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a founder does with a company; the name must end its phrase
        ("Lei Jun co-founded Shunwei and later launched Joyo, which he sold.", ["Shunwei", "Joyo"]),
        ("Wang Xing left Xiaonei to start Fanfou.", ["Xiaonei", "Fanfou"]),
        ("They were creating Super Bowl events; they launched Operation Sandstorm.", []),
        # a pair found by a cue, and a list that closes with "and"
        ("He worked for Kuxun and Yingtian before that.", ["Kuxun", "Yingtian"]),
        ("Shares of Tencent, Pinduoduo, Meituan and Kuaishou rose.", ["Tencent", "Pinduoduo", "Meituan", "Kuaishou"]),
        # firms of partners, brothers, armed groups
        ("He worked at Ernst & Young and at Warner Bros. before.", ["Ernst & Young", "Warner Bros."]),
        (
            "Islamic State militants and Wagner fighters; Syrian rebels and Chechen fighters.",
            ["Islamic State", "Wagner"],
        ),
    ],
)
def test_organisations_in_biographies_and_lists(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


def test_two_people_joined_by_an_ampersand_stay_people() -> None:
    assert orgs("Jenny Seaton & Gary Carvolth hosted the show.") == []


def test_ranked_table_names_its_companies() -> None:
    text = (
        "時価総額上位の企業。\n\n順位 企業名 国 主な産業 時価総額\n(百万米ドル)\n"
        "1 アップル アメリカ ハードウェア 724,773.1\n2 アルファベット アメリカ ソフトウェア 345,849.2\n"
    )
    assert orgs(text, "ja") == ["アップル", "アルファベット"]
    english = "Rank Company Country Sector\n1 Acme United States Technology\n2 Exxon Mobil United States Oil\n"
    assert orgs(english) == ["Acme", "Exxon Mobil"]


def test_numbered_lines_without_a_company_column_are_no_table() -> None:
    assert orgs("Steps\n1 Open the lid\n2 Pour the water\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's named service, a journal in book brackets, a known body after the clause before it
        ("百度百科和搜狗百科抄袭了内容，新浪网和腾讯视频报道了。", ["百度百科", "搜狗百科", "新浪网", "腾讯视频"]),
        ("《自然》杂志比较了准确性。《三体》小说很长。", ["自然"]),
        ("苏·加德纳先后担任维基媒体基金会执行董事。", ["维基媒体基金会"]),
        ("国家统计局新闻发言人说，自由软件基金会反对。", ["国家统计局", "自由软件基金会"]),
    ],
)
def test_chinese_services_and_publications(text: str, expected: list[str]) -> None:
    assert orgs(text, "zh") == expected


def test_one_character_given_name_with_a_dot() -> None:
    people = [name for kind, name in names("总统乔·拜登说，苏·加德纳也来了。", "zh") if kind == "person"]
    assert people == ["乔·拜登", "苏·加德纳"]


def test_japanese_ranks_and_positions_stay_outside_names() -> None:
    pytest.importorskip("sudachipy")
    people = [name for kind, name in names("小田船長と大谷翔平投手、山田先生が語った。", "ja") if kind == "person"]
    assert people == ["小田", "大谷翔平", "山田"]


def test_chinese_founders_and_authors_before_their_deeds() -> None:
    text = "该网站由王五创建。李四于2001年创办了这家公司。管理员刘明认为可行。发言人杰伊·沃尔什介绍了情况。"
    people = [name for kind, name in names(text, "zh") if kind == "person"]
    assert people == ["王五", "李四", "刘明", "杰伊·沃尔什"]
    assert [kind for kind, _ in names("基于2001年的数据，该公司于2020年成立，由政府创建。", "zh")] == []


def test_japanese_eras_events_and_kinds_of_company() -> None:
    pytest.importorskip("sudachipy")
    text = "文禄・慶長の役。明治・大正期。アトランタオリンピックに出場。音響制作会社と官営鉄道、ステレオ放送。"
    assert orgs(text, "ja") == []
    assert orgs("朝日新聞と毎日新聞、鹿島建設、住友不動産が報じた。", "ja") == [
        "朝日新聞",
        "毎日新聞",
        "鹿島建設",
        "住友不動産",
    ]


def test_names_before_the_noun_of_a_service() -> None:
    text = (
        "The Fanfou service was shut. His Kuxun website grew. The Android app, the Smith website and the Chinese app."
    )
    assert orgs(text) == ["Fanfou", "Kuxun"]


def test_japanese_news_agencies_named_by_their_reports() -> None:
    assert orgs("日経新聞と時事通信によると、日産は発表した。", "ja") == ["日経新聞", "時事通信", "日産"]
    assert orgs("移動通信によると速度が上がった。", "ja") == []


def test_a_clause_after_a_one_character_given_name() -> None:
    assert [name for kind, name in names("纪委书记王兵因违规受到处分。", "zh") if kind == "person"] == ["王兵"]


def test_a_dictionary_title_of_ordinary_words_is_no_organisation() -> None:
    assert orgs("パナソニックへの社名変更を決めた。", "ja") == ["パナソニック"]
    assert "東京証券取引所" in orgs("東京証券取引所に上場した。", "ja")


def test_a_company_cue_outweighs_a_reading_as_a_person() -> None:
    assert names("Shares of Bear Stearns, the largest underwriter, fell.") == [("org", "Bear Stearns")]
    assert ("org", "American Express") in names("The index fell. American Express shares fell 5.6%.")
    assert ("person", "Tim Cook") in names("Apple's chief executive Tim Cook spoke.")


def test_a_company_or_newspaper_described_before_its_name() -> None:
    assert orgs("Payments via its mother company eBay make up most of the revenue.") == ["eBay"]
    assert orgs("The British newspaper The Daily Telegraph speculates that it will.") == ["Daily Telegraph"]
    assert orgs("The British newspaper The Daily Mail speculates that it will.") == ["The Daily Mail"]
    assert orgs("It was bad for the company. Share prices fell.") == []


def test_known_bodies_written_with_dots_and_broadcasters_signing_off() -> None:
    assert orgs("The W.H.O. has called for clean water.") == ["W.H.O."]
    assert ("person", "Steve Ember") in names("I'm Steve Ember with the news.")
    assert names("This is Monday Morning news.") == []


def test_possessives_inside_known_names_and_firms_named_after_people() -> None:
    assert orgs("State broadcaster CCTV said the People's Bank of China cut rates.") == [
        "CCTV",
        "People's Bank of China",
    ]
    assert orgs("It was reported by the People's Daily.") == ["People's Daily"]
    assert names("The people's choice was clear. People's lives matter.") == []
    assert "Jefferies" in orgs("The stock fell, and analysts at Jefferies cut targets.")
