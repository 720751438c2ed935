"""Chinese and Japanese names beyond the gazetteer's exact forms (invented sentences in news style)."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

ORG, PERSON, PLACE = FactKind.ORG, FactKind.PERSON, FactKind.PLACE


def found(text: str, lang: str = "zh") -> list[tuple[FactKind, str]]:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))
    return [(fact.kind, fact.text) for fact in RuleBasedRecognizer().find_entities(passage)]


def test_transliterated_names_end_where_transliteration_ends() -> None:
    assert (PERSON, "马克·扎克伯格") in found("该平台由马克·扎克伯格所创立。")
    assert (PERSON, "约翰·菲茨杰拉德·肯尼迪") in found("美国前总统约翰·菲茨杰拉德·肯尼迪遇刺。")
    assert (PERSON, "丹尼爾·艾克") in found("該公司由丹尼爾·艾克創辦。", "zh-Hant")


def test_occupations_stand_before_a_name_like_titles() -> None:
    assert (PERSON, "李明华") in found("著名企业家李明华表示，计划扩大投资。")


def test_a_later_surname_is_the_person_not_a_place() -> None:
    mentions = found("该网站由杰克·威尔士创办。威尔士后来离开了公司。")
    assert (PERSON, "杰克·威尔士") in mentions
    assert (PLACE, "威尔士") not in mentions


def test_language_editions_of_a_known_organisation() -> None:
    mentions = found("中文维基百科和英文维基百科的条目数量不同。")
    assert (ORG, "中文维基百科") in mentions and (ORG, "英文维基百科") in mentions


def test_unknown_latin_names_inside_chinese_and_japanese_text() -> None:
    assert (ORG, "Wikinews") in found("Wikinews是一个新闻网站。")
    assert (PERSON, "Alfred F. Kelly") in found("代表者はAlfred F. Kellyである。", "ja")
    assert found("時価総額(Market capitalization)は指標である。", "ja") == []
    assert all(text != "H1N1" for _, text in found("新型インフルエンザ(H1N1)が流行した。", "ja"))


def test_institution_names_start_after_a_date_and_a_verb() -> None:
    mentions = found("他于1839年为广州越华书院题写对联。")
    assert (ORG, "广州越华书院") in mentions
    assert all("1839" not in text for _, text in mentions)


def test_generic_bodies_and_counted_companies_are_no_names() -> None:
    assert all(kind is not ORG for kind, _ in found("最终计划得到基金会理事会批准。"))
    assert all(kind is not ORG for kind, _ in found("時価総額上位10社を調べた。", "ja"))


def test_a_group_named_after_a_known_company_starts_with_it() -> None:
    mentions = found("马云于1999年在杭州创立阿里巴巴集团。")
    assert (ORG, "阿里巴巴集团") in mentions and (PLACE, "杭州") in mentions


def test_unknown_acronyms_in_cjk_text_need_more_than_capitals() -> None:
    assert all(text != "PSI" for _, text in found("PSIの値が上がった。", "ja"))


def test_names_after_titles_end_before_the_verb() -> None:
    assert (PERSON, "古特雷斯") in found("联合国秘书长古特雷斯呼吁停火。")
    assert (PERSON, "李强") in found("国务院总理李强主持召开国务院常务会议。")
    assert (PERSON, "李家超") in found("香港特首李家超出席活动。")


def test_a_government_named_after_its_place_or_leader() -> None:
    mentions = found("美国政府资助该台。拜登政府表示支持。")
    assert [text for kind, text in mentions if kind is ORG] == ["美国政府", "拜登政府"]
    assert (ORG, "バイデン政権") in found("バイデン政権は声明を出した。", "ja")


def test_security_bodies_and_international_agencies() -> None:
    mentions = found("美国国土安全部部长说,国际能源机构和世界卫生组织也发表了报告。")
    assert [text for kind, text in mentions if kind is ORG] == ["美国国土安全部", "国际能源机构", "世界卫生组织"]
    assert found("金融机构和监管机构全部表示同意。") == []


def test_a_latin_name_in_parentheses_is_the_same_entity() -> None:
    mentions = found("部长亚历杭德罗·马约卡斯(Alejandro Mayorkas)说,美国之音(英语:Voice of America)报道。")
    assert (PERSON, "亚历杭德罗·马约卡斯") in mentions
    assert (PERSON, "Alejandro Mayorkas") in mentions
    assert (ORG, "Voice of America") in mentions
    assert (PLACE, "America") not in mentions


def test_business_arms_of_a_known_company_and_executives_after_latin_titles() -> None:
    mentions = found("京东物流CEO余睿说,美团外卖负责人王莆中也透露了计划。")
    assert [text for kind, text in mentions if kind is ORG] == ["京东物流", "美团外卖"]
    assert [text for kind, text in mentions if kind is PERSON] == ["余睿", "王莆中"]


def test_a_title_prefix_stays_with_the_title() -> None:
    assert [text for kind, text in found("刘鹤副总理与耶伦通话。") if kind is PERSON] == ["刘鹤", "耶伦"]
    assert (PERSON, "王传福") in found("比亚迪的王传福说,销量上升。")
    assert found("他是副总理。") == []
