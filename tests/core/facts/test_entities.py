"""Organisations, people and places: gazetteer, cues, titles, precision guards, grouping, and the spaCy hook."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts import entities
from reader_app.core.facts.entities import RuleBasedRecognizer, SpacyRecognizer, find_entities, recognizer_for
from reader_app.core.facts.gazetteer import names, to_traditional
from reader_app.core.facts.model import EntityValue, Fact, FactKind
from reader_app.core.loading import load_document
from reader_app.core.segmentation import split_sentences

RULES = RuleBasedRecognizer()


def passage(text: str, lang: str = "en") -> Passage:
    return Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))


def found(text: str, lang: str = "en") -> list[tuple[FactKind, str, str]]:
    """(kind, text, canonical name) of every mention, in text order: the English gloss of a CJK name the gazetteer
    knows (the value's name is then the text's own form), else the name."""
    result = []
    for fact in RULES.find_entities(passage(text, lang)):
        assert isinstance(fact.value, EntityValue)
        assert fact.value.gloss is None or fact.value.name == fact.text
        result.append((fact.kind, fact.text, fact.value.gloss or fact.value.name))
    return result


def test_another_english_name_of_a_known_one_is_shown_as_written_with_the_known_name_beside() -> None:
    facts = RULES.find_entities(passage("Tencent was founded by Ma Huateng. Biden met Joe Biden in the U.S. today."))
    values = {fact.text: fact.value for fact in facts}
    assert values["Ma Huateng"] == EntityValue("Ma Huateng", "Pony Ma")
    assert values["U.S."] == EntityValue("U.S.", "United States")
    assert values["Joe Biden"] == EntityValue("Joe Biden")


def texts(text: str, lang: str = "en", kind: FactKind | None = None) -> list[str]:
    return [t for k, t, _ in found(text, lang) if kind is None or k is kind]


ORG, PERSON, PLACE = FactKind.ORG, FactKind.PERSON, FactKind.PLACE


# --- English -------------------------------------------------------------------------------------------------


def test_sample_article_entities(sample_path: Path) -> None:
    document = load_document(sample_path)
    facts = RULES.find_entities(document.article)
    by_name: dict[str, list[Fact]] = {}
    for fact in facts:
        assert isinstance(fact.value, EntityValue)
        by_name.setdefault(fact.value.gloss or fact.value.name, []).append(fact)
    assert {name: by_name[name][0].kind for name in by_name} == {
        "Tencent": ORG,
        "WeChat": ORG,
        "China": PLACE,
        "SoftBank": ORG,
        "Donald Trump": PERSON,
        "TikTok": ORG,
        "United States": PLACE,
        "Joe Biden": PERSON,
        "Didi": ORG,
        "New York Stock Exchange": ORG,
    }
    # Weixin is WeChat's Chinese name in the gazetteer, so it is listed under WeChat.
    assert "Weixin" in {fact.text for fact in by_name["WeChat"]}
    # Possessives: "Didi’s $4.4 billion", "Tencent’s WeChat" keep only the name.
    assert [fact.text for fact in by_name["Didi"]] == ["Didi", "Didi", "Didi"]
    assert all(fact.text == "Tencent" for fact in by_name["Tencent"])
    # "President Joe Biden": the title is not part of the name.
    assert [fact.text for fact in by_name["Joe Biden"]] == ["Joe Biden"]


def test_every_span_slices_to_the_fact_text(sample_path: Path) -> None:
    document = load_document(sample_path)
    for fact in RULES.find_entities(document.article):
        assert document.article.text[fact.span.start : fact.span.end] == fact.text
        assert fact.role is PassageRole.ARTICLE


def test_organisation_cues() -> None:
    text = (
        "Analysts at Brightline Dynamics Corp. said the Department of Energy and Keio University would "
        "join. A deal with Xanadu Holdings Ltd. followed, and the Bank of Ruritania agreed."
    )
    orgs = texts(text, kind=ORG)
    assert orgs == [
        "Brightline Dynamics Corp.",
        "Department of Energy",
        "Keio University",
        "Xanadu Holdings Ltd.",
        "Bank of Ruritania",
    ]


def test_two_organisations_joined_by_and_stay_two() -> None:
    assert texts("Investors in Samsung Electronics and Toyota Motor Corp. gained.", kind=ORG) == [
        "Samsung Electronics",
        "Toyota Motor Corp.",
    ]


def test_people_by_title_role_and_first_name() -> None:
    text = (
        "Chief Executive Laura Chen resigned. Board chairman Michael O'Brien thanked her. "
        "Ms. Chen joined in 2015. Spokesperson Wang Wenbin said nothing, and Dr. Hiroshi Tanaka agreed."
    )
    people = found(text)
    assert (PERSON, "Laura Chen", "Laura Chen") in people
    assert (PERSON, "Michael O'Brien", "Michael O'Brien") in people
    assert (PERSON, "Chen", "Laura Chen") in people  # "Ms. Chen" is the same person
    assert (PERSON, "Wang Wenbin", "Wang Wenbin") in people
    assert (PERSON, "Hiroshi Tanaka", "Hiroshi Tanaka") in people
    assert not [t for k, t, _ in people if k is PERSON and t.startswith(("Chief", "Ms", "Dr", "Board"))]


def test_surname_after_full_name_is_the_same_person() -> None:
    people = found("Jane Smith, an economist, spoke first. Later Smith said rates would rise.")
    assert people == [(PERSON, "Jane Smith", "Jane Smith"), (PERSON, "Smith", "Jane Smith")]


def test_short_form_of_an_organisation_is_the_same_organisation() -> None:
    text = "Xanadu Holdings Ltd. reported a loss. Shares of Xanadu fell 4%."
    assert found(text) == [
        (ORG, "Xanadu Holdings Ltd.", "Xanadu Holdings Ltd."),
        (ORG, "Xanadu", "Xanadu Holdings Ltd."),
    ]


def test_parenthesised_acronym_names_the_organisation() -> None:
    text = "The Federal Aviation Authority (FAA) grounded the jets. The FAA said checks would take weeks."
    mentions = found(text)
    assert mentions[0] == (ORG, "Federal Aviation Authority", "Federal Aviation Authority")
    assert (ORG, "FAA", "Federal Aviation Authority") in mentions


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month, regulators acted.",
        "Registration services will be restored.",
        "Some analysts believe the move was lawful.",
        "The company said on Monday that sales rose in March and May.",
        "This is the first time the firm has done so.",
        "However, Investors remained calm.",
        "“Registration services will be restored,” the firm said.",
        "The CEO said the IPO and the AI unit would add 5 percent to GDP.",
        "In Recent Weeks The Market Has Fallen Sharply Again",
    ],
)
def test_no_entities_in_ordinary_capitalised_words(text: str) -> None:
    assert found(text) == []


def test_demonyms_and_calendar_words_are_not_entities() -> None:
    assert found("Chinese regulators met American officials on Tuesday in August.") == []


def test_camel_case_brands_and_acronyms_mid_sentence() -> None:
    assert texts("Users moved from Snapchat to ZapGram and the NTSB was told.", kind=ORG) == ["ZapGram", "NTSB"]


def test_places_from_gazetteer_and_cues() -> None:
    text = "Factories in Guangdong and Ohio closed, as did one on Hainan Island and in Kern County."
    assert texts(text, kind=PLACE) == ["Guangdong", "Ohio", "Hainan Island", "Kern County"]


def test_us_and_uk_abbreviations_are_places() -> None:
    assert found("Trade between the U.S. and the UK grew.") == [
        (PLACE, "U.S.", "United States"),
        (PLACE, "UK", "United Kingdom"),
    ]


# --- Chinese -------------------------------------------------------------------------------------------------


def test_chinese_gazetteer_titles_and_suffixes() -> None:
    text = (
        "腾讯旗下微信周二表示，暂停新用户注册。美国总统拜登上月撤销了特朗普签署的命令。"
        "星河汽车董事长何小鹏称，公司将在广东省扩大生产。外交部发言人汪文斌表示欢迎。"
    )
    mentions = found(text, "zh")
    assert (ORG, "腾讯", "Tencent") in mentions
    assert (ORG, "微信", "WeChat") in mentions
    assert (PLACE, "美国", "United States") in mentions
    assert (PERSON, "拜登", "Joe Biden") in mentions
    assert (PERSON, "特朗普", "Donald Trump") in mentions
    assert (ORG, "星河汽车", "星河汽车") in mentions
    assert (PERSON, "何小鹏", "何小鹏") in mentions
    assert (PLACE, "广东省", "Guangdong") in mentions
    assert (ORG, "外交部", "Ministry of Foreign Affairs") in mentions
    assert (PERSON, "汪文斌", "汪文斌") in mentions
    # 周二 (Tuesday) is not a person named 周, and "公司" alone is no organisation.
    assert not [t for _, t, _ in mentions if t.startswith("周") or t == "公司"]


def test_traditional_chinese() -> None:
    mentions = found("騰訊旗下微信週二表示，美國總統拜登上月撤銷了川普簽署的命令。", "zh-Hant")
    assert [(kind, name) for kind, _, name in mentions] == [
        (ORG, "Tencent"),
        (ORG, "WeChat"),
        (PLACE, "United States"),
        (PERSON, "Joe Biden"),
        (PERSON, "Donald Trump"),
    ]


def test_every_simplified_gazetteer_name_has_its_traditional_form() -> None:
    table = names()
    assert table[to_traditional("国家互联网信息办公室")].name == "Cyberspace Administration of China"
    assert table["紐約證券交易所"].name == "New York Stock Exchange"


@pytest.mark.parametrize("text", ["该公司表示将配合调查。", "这家银行周三称利润下降。", "科技公司纷纷表示支持。"])
def test_chinese_generic_organisation_words_are_not_names(text: str) -> None:
    assert texts(text, "zh", ORG) == []


# --- Japanese ------------------------------------------------------------------------------------------------


def test_japanese_names_titles_and_companies() -> None:
    text = (
        "岸田文雄首相は東京で経済対策を発表した。岸田首相は賃上げが重要だと述べた。"
        "ソフトバンクグループの孫正義会長兼社長も出席した。観光庁は株式会社メルカリを調べた。田中さんは同社の社員だ。"
    )
    mentions = found(text, "ja")
    assert (PERSON, "岸田文雄", "Fumio Kishida") in mentions
    assert (PERSON, "岸田", "Fumio Kishida") in mentions
    assert (PLACE, "東京", "Tokyo") in mentions
    assert (ORG, "ソフトバンクグループ", "SoftBank") in mentions
    assert (PERSON, "孫正義", "Masayoshi Son") in mentions
    assert (ORG, "観光庁", "観光庁") in mentions
    assert (ORG, "株式会社メルカリ", "株式会社メルカリ") in mentions
    assert (PERSON, "田中", "田中") in mentions
    assert not [t for _, t, _ in mentions if "同社" in t or t.endswith("社長")]


def test_katakana_name_inside_a_longer_word_is_not_matched() -> None:
    # タイ (Thailand) inside タイプ (type), and ドイツ is only a place on its own.
    assert found("新しいタイプの端末がドイツで発売された。", "ja") == [(PLACE, "ドイツ", "Germany")]


# --- grouping, engine choice, robustness ---------------------------------------------------------------------


def test_find_entities_uses_rules_when_spacy_is_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(entities.ENGINE_VARIABLE, "rules")
    assert isinstance(recognizer_for("en"), RuleBasedRecognizer)
    assert [f.text for f in find_entities(passage("Tencent said so."))] == ["Tencent"]


def test_spacy_adapter_maps_labels_and_groups_short_names() -> None:
    text = "Joe Biden met Tencent in Beijing. Biden left."

    def ent(word: str, label: str, occurrence: int = 0) -> SimpleNamespace:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(word, start + 1)
        return SimpleNamespace(start_char=start, end_char=start + len(word), label_=label)

    def pipeline(_text: str) -> SimpleNamespace:
        return SimpleNamespace(
            ents=[
                ent("Joe Biden", "PERSON"),
                ent("Tencent", "ORG"),
                ent("Beijing", "GPE"),
                ent("Biden", "PERSON", 1),
                ent("Biden", "DATE", 1),
            ]
        )

    facts = SpacyRecognizer(pipeline).find_entities(passage(text))
    assert [(f.kind, f.text, f.value) for f in facts] == [
        (PERSON, "Joe Biden", EntityValue("Joe Biden")),
        (ORG, "Tencent", EntityValue("Tencent")),
        (PLACE, "Beijing", EntityValue("Beijing")),
        (PERSON, "Biden", EntityValue("Joe Biden")),
    ]


def test_long_text_is_handled_linearly_enough() -> None:
    block = (
        "Acme Robotics Inc. said on Monday that its chief executive, Laura Chen, would step down. "
        "Shares of Acme fell in New York, and Ms. Chen told Reuters she would stay in Texas.\n\n"
    )
    facts = RULES.find_entities(passage(block * 400))
    assert len(facts) == 400 * len(RULES.find_entities(passage(block)))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "zh", "zh-Hant", "ja"]))
def test_never_raises_and_spans_slice_to_text(text: str, lang: str) -> None:
    item = Passage(PassageRole.PROMPT, text, lang, ())
    for fact in RULES.find_entities(item):
        assert 0 <= fact.span.start < fact.span.end <= len(text)
        assert text[fact.span.start : fact.span.end] == fact.text
        assert fact.kind in (ORG, PERSON, PLACE)
        assert isinstance(fact.value, EntityValue) and fact.value.name


ALPHABET = st.sampled_from(
    [*"AaBbCcDJMTUWSsx .,'’&()-\n", "Inc.", "Group", "of", "Mr. ", "U.S.", "腾讯", "公司", "さん", "首相", "·"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join), st.sampled_from(["en", "zh", "ja"]))
def test_never_raises_on_name_like_noise(text: str, lang: str) -> None:
    item = Passage(PassageRole.ARTICLE, text, lang, ())
    previous_end = 0
    for fact in RULES.find_entities(item):
        assert text[fact.span.start : fact.span.end] == fact.text
        assert fact.span.start >= previous_end  # mentions never overlap
        previous_end = fact.span.end


def test_a_lone_name_takes_its_kind_from_context_anywhere_in_the_text() -> None:
    text = "Regulators blocked the merger of Kroger and Albertsons. Kroger said it was disappointed."
    # Albertsons, beside Kroger, is a company too.
    assert found(text) == [(ORG, "Kroger", "Kroger"), (ORG, "Albertsons", "Albertsons"), (ORG, "Kroger", "Kroger")]
    assert found("Residents said the water was safe.") == []


def test_hyphenated_place_and_dateline() -> None:
    assert found("The Seattle-based company grew.") == [(PLACE, "Seattle", "Seattle")]
    assert found("BEIJING (Reuters) - Exports rose.")[0] == (PLACE, "BEIJING", "Beijing")


def test_names_with_particles_and_first_name_mentions() -> None:
    people = found("President Luiz Inacio Lula da Silva met Ursula von der Leyen. Later Ursula left.")
    assert people == [
        (PERSON, "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"),
        (PERSON, "Ursula von der Leyen", "Ursula von der Leyen"),
        (PERSON, "Ursula", "Ursula von der Leyen"),
    ]


def test_word_like_names_alone_are_not_organisations() -> None:
    assert found("Mother said Grace would come later.") == []


def test_latin_names_inside_japanese_text() -> None:
    assert texts("トランプ氏はTikTokとWeChatとの取引を禁止した。", "ja", ORG) == ["TikTok", "WeChat"]


def test_chinese_and_japanese_administrative_places() -> None:
    zh = found("浙江省义乌市的出口增长。广东省佛山市顺德区的企业表示订单增加。", "zh")
    assert [(kind, text) for kind, text, _ in zh] == [
        (PLACE, "浙江省"),
        (PLACE, "义乌市"),
        (PLACE, "广东省"),
        (PLACE, "佛山市"),
        (PLACE, "顺德区"),
    ]
    ja = found("千葉県船橋市で火事があった。", "ja")
    assert [text for _, text, _ in ja] == ["千葉県", "船橋市"]


@pytest.mark.parametrize(
    "text",
    [
        "一线城市的房价继续上涨，新兴市场资金流出。经济特区和亚太地区需求疲软。",
        "A股市场和港股市场双双下跌。该地区政府称，全市范围内将实施新政。",
        "多家上市公司发布公告。执政党表示将推动改革。",
    ],
)
def test_chinese_generic_place_and_company_words_are_not_names(text: str) -> None:
    assert found(text, "zh") == []


def test_parties_and_people_before_japanese_titles() -> None:
    mentions = found("立憲民主党と公明党が協議した。東京都の小池百合子知事も出席した。", "ja")
    assert (ORG, "立憲民主党", "立憲民主党") in mentions
    assert (ORG, "公明党", "公明党") in mentions
    assert (PERSON, "小池百合子", "小池百合子") in mentions


def test_spacy_adapter_uses_gazetteer_names_so_languages_link() -> None:
    text = "腾讯和拜登"

    def pipeline(_text: str) -> SimpleNamespace:
        return SimpleNamespace(
            ents=[
                SimpleNamespace(start_char=0, end_char=2, label_="ORG"),
                SimpleNamespace(start_char=3, end_char=5, label_="PERSON"),
            ]
        )

    facts = SpacyRecognizer(pipeline).find_entities(passage(text, "zh"))
    assert [(f.text, f.value) for f in facts] == [
        ("腾讯", EntityValue("腾讯", "Tencent")),
        ("拜登", EntityValue("拜登", "Joe Biden")),
    ]


def test_dateline_in_capitals_and_first_word_of_a_company() -> None:
    mentions = found("NEW YORK (AP) — Goldman Sachs said profit rose. Goldman also hired staff.")
    assert mentions[0] == (PLACE, "NEW YORK", "New York")
    assert (ORG, "Goldman", "Goldman Sachs") in mentions
    assert not [t for _, t, _ in mentions if t == "YORK"]


def test_chinese_names_containing_function_characters() -> None:
    text = (
        "恒大清盘呈请在香港高等法院进行聆讯。宁波银行董事长陆华裕表示，中国公司纷纷表示支持。比亚迪新能源汽车销量增长。"
    )
    mentions = found(text, "zh")
    assert (ORG, "香港高等法院", "香港高等法院") in mentions
    assert (ORG, "宁波银行", "宁波银行") in mentions
    assert (PERSON, "陆华裕", "陆华裕") in mentions
    assert (ORG, "比亚迪", "BYD") in mentions
    assert not [t for _, t, _ in mentions if t in ("中国公司", "比亚迪新能源汽车")]


def test_unknown_acronyms_need_an_organisations_context() -> None:
    text = "Save the file as JSON or CSV; the CPU needs 512 MB. The NTSB said the ZQX report was late."
    assert found(text) == [(ORG, "NTSB", "National Transportation Safety Board")]
    assert found("Regulators at the QRZA said the rules would change.") == [(ORG, "QRZA", "QRZA")]


def test_by_introduces_people_only_with_a_full_name() -> None:
    assert found("The novel was written by Jane Doe.") == [(PERSON, "Jane Doe", "Jane Doe")]
    assert found("The novel was praised by Vidyaan, a rival.") == []
    # "owned by" names an owner, and owners named by one word are companies
    assert found("The start-up is owned by Vidyaan, a rival.") == [(ORG, "Vidyaan", "Vidyaan")]
