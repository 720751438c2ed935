"""Chinese people beyond the gazetteer: each family with invented sentences in news style, and the look-alikes
that must stay no person."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

PERSON = FactKind.PERSON


def people(text: str, lang: str = "zh") -> set[str]:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))
    return {fact.text for fact in RuleBasedRecognizer().find_entities(passage) if fact.kind is PERSON}


def test_a_table_label_before_a_name_reads_as_a_title() -> None:
    assert {"林宝山", "孙明德"} <= people("代表人物 | 董事长:林宝山 总经理:孙明德 |")
    assert "张荣祥" in people("创办人 | 张荣祥 |")


def test_a_role_before_a_transliterated_name() -> None:
    assert "斯蒂尔曼" in people("美国项目爆料人斯蒂尔曼曾举证，政府拥有这些数据。")


def test_a_party_member_before_a_name() -> None:
    assert "罗姆尼" in people("在以往两次大选中，共和党人罗姆尼拿下了这三个州。")


def test_a_government_or_cabinet_named_after_its_leader() -> None:
    assert "刘文玄" in people("灾后声望滑落，刘文玄内阁负政治责任。")
    assert "卡尔森" in people("卡尔森内阁官员对委员会说，风险很大。")


def test_a_government_named_after_a_place_has_no_person() -> None:
    assert not people("叙利亚政府表示反对。")
    assert not people("地方政府将提供补贴。")


def test_a_full_stop_standing_for_the_middle_dot() -> None:
    assert "弗兰克.加弗尼" in people("研究中心主任弗兰克.加弗尼对委员会说，这是威胁。")
    assert not people("增长了1.5倍，达到3.2亿。")


def test_a_time_word_after_a_family_name_is_no_given_name() -> None:
    assert not people("灾区道路经过多月的施工后于12月20日修复通车。")


def test_leaders_news_names_by_family_name() -> None:
    assert {"布什", "里根"} <= people("布什和里根都曾访问这里。")


def test_a_chinese_name_of_given_name_characters_before_a_place_or_a_companion() -> None:
    assert "吕卫伦" in people("吕卫伦在新西兰工作期间，也曾担任公职。")
    assert "谢根荣" in people("谢根荣请专家鉴定一件玉衣。")
    assert "秦志明" in people("同年9月，秦志明任首任校长。")


def test_ordinary_words_before_a_place_are_no_chinese_name() -> None:
    assert not people("高科技在农村普及。")
    assert not people("经济学在大学里很热门。")


def test_a_two_character_transliterated_name_opening_a_clause_before_a_verb() -> None:
    assert "罗娜" in people("罗娜发明了一种更好的方法。")
    assert "帕克" in people("据报道，帕克认为特工很活跃。") or "帕克" in people("帕克认为特工很活跃。")


def test_common_words_of_transliteration_characters_are_no_short_names() -> None:
    assert not people("坦克随后开进了城。")
    assert not people("基金已经关闭。")


def test_a_latin_gloss_with_accents_names_the_person_before_it() -> None:
    assert "库恩" in people("库恩（Kühn）只好摇摇头。")


def test_according_to_opens_a_speaker_s_clause() -> None:
    assert "王小明" in people("据王小明说，工程将在年底完工。")


def test_a_transliterated_name_before_a_place_or_a_relation() -> None:
    assert "皮克特" in people("皮克特在内战末年一直留在弗吉尼亚州。")
    assert "叶企孙" in people("1977年，叶企孙侄子交工资给叔父。")


def test_a_name_followed_by_its_office_or_a_note_in_brackets() -> None:
    assert "潘菽" in people("政府任命潘菽（原南京大学校长）为校长。")
    assert "李明" in people("一名居民李明（化名）告诉记者。")
    assert not people("公司（原上海分公司）已经关闭。")


def test_offices_written_after_the_name() -> None:
    assert "王毅" in people("会谈后，王毅外长会见了记者。")
    assert "蓬佩奥" in people("会谈后，蓬佩奥国务卿表示满意。")
