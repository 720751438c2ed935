"""Chinese organisations by their endings with a sensible left edge, and the descriptions that end the same way
but name no body (invented sentences in news style)."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

ORG, PLACE = FactKind.ORG, FactKind.PLACE


def found(text: str, kind: FactKind = ORG, lang: str = "zh") -> set[str]:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))
    return {fact.text for fact in RuleBasedRecognizer().find_entities(passage) if fact.kind is kind}


def test_a_count_before_a_kind_of_company_names_none() -> None:
    assert not found("他说，中国一家国营石油公司将收购该资产。")
    assert not found("中国一些公司已经撤出。")
    assert not found("台湾第二家全服务航空公司成立。")


def test_places_scope_and_industry_words_before_a_company_ending_are_a_description() -> None:
    assert not found("中国电子商务公司的规模扩大了。")
    assert not found("它是历史最悠久的国际广播公司。")
    assert not found("许多私人公司参与竞标。")
    assert not found("公司的实收资本增加。")


def test_a_description_does_not_hide_a_public_body_or_a_named_broadcaster() -> None:
    assert "北京市教育委员会" in found("北京市教育委员会正式作出批复。")
    assert "美国哥伦比亚广播公司" in found("美国哥伦比亚广播公司报道了此事。")


def test_a_long_run_before_a_body_ending_starts_at_the_body() -> None:
    assert "国有财产署" in found("派对场地八仙乐园国有财产署随后收回土地。")


def test_centre_names_a_body_only_with_what_it_does() -> None:
    assert "联合台风警报中心" in found("联合台风警报中心选定了名称。")
    assert "华盛顿安全政策研究中心" in found("前官员、华盛顿安全政策研究中心主任表示反对。")
    assert not found("他们在市中心的购物中心见面。")
    assert not found("公司新建了一个数据中心。")


def test_industry_endings_after_a_short_name() -> None:
    assert "李长荣化工" in found("起诉分属华运公司与李长荣化工的12人。")


def test_a_city_government_in_short() -> None:
    assert "高雄市府" in found("再由高雄市府共同负担。")


def test_townships_and_their_look_alikes() -> None:
    assert "甲仙乡" in found("风灾重创高雄县甲仙乡。", PLACE)
    assert not found("他回到家乡后去了城乡结合部。", PLACE)
    assert not found("泥石流造成部落灭村。", PLACE)


def test_congress_and_a_country_s_parliament() -> None:
    assert "国会" in found("法案送交国会审议。")
    assert "美国国会" in found("美国国会通过了该法案。")


def test_counts_with_other_measure_words_leave_a_description() -> None:
    assert not found("当地发生多起石化管线爆炸。")
    assert not found("地区办事处负责协调。")


def test_names_in_a_shareholder_list() -> None:
    assert "华光投资" in found("主要股东 华光投资(9.18%) 张国政(1.76%)、张国明(1.05%)")
    people = found("主要股东 华光投资(9.18%) 张国政(1.76%)、张国明(1.05%)", FactKind.PERSON)
    assert {"张国政", "张国明"} <= people
