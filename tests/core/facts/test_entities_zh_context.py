"""Chinese names found from their shape and context, beyond the gazetteer (invented sentences in news style)."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

ORG, PERSON, PLACE = FactKind.ORG, FactKind.PERSON, FactKind.PLACE


def found(text: str, lang: str = "zh") -> list[tuple[FactKind, str]]:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))
    return [(fact.kind, fact.text) for fact in RuleBasedRecognizer().find_entities(passage)]


def test_transliterated_name_before_a_verb_of_saying_or_an_honorific() -> None:
    assert (PERSON, "梅尔里斯") in found("梅尔里斯说，医生没有这些工具。")
    assert (PERSON, "霍普利") in found("霍普利女士补充道，风险不应被忽视。")
    assert (PERSON, "特魯多") in found("特魯多表示，將延長對美國的要求。", "zh-Hant")


def test_ordinary_words_and_known_places_before_a_verb_are_no_people() -> None:
    assert not [kind for kind, _ in found("保安说，大楼已经关闭。") if kind is PERSON]
    assert (PERSON, "利亚") not in found("叙利亚称，边境已经关闭。")


def test_dotted_names_in_traditional_script() -> None:
    assert (PERSON, "薩拉·奧爾尼") in found("他們希望通過候選人薩拉·奧爾尼奪回位置。", "zh-Hant")


def test_foreign_places_before_a_geographic_ending() -> None:
    mentions = found("洪水沿着莱茵河蔓延，救援队从阿尔卑斯山脉赶到堪察加半岛。")
    assert (PLACE, "莱茵河") in mentions
    assert (PLACE, "阿尔卑斯山脉") in mentions
    assert (PLACE, "堪察加半岛") in mentions


def test_a_geographic_ending_that_starts_another_word_names_no_place() -> None:
    assert not [text for kind, text in found("加拿大海军和澳大利亚海关宣布合作。") if kind is PLACE and "海" in text]


def test_a_latin_gloss_takes_the_kind_of_the_name_before_it() -> None:
    mentions = found("卡塔拉诺（Catalano）曾住在伦敦。")
    assert (PERSON, "卡塔拉诺") in mentions and (PERSON, "Catalano") in mentions
    county = found("沃卢西亚(Volusia)县当局通报称，树木倒塌。")
    assert (PLACE, "沃卢西亚") in county and (PLACE, "Volusia") in county


def test_oceans_and_seas_are_places() -> None:
    mentions = found("飓风横扫佛罗里达州后进入大西洋，而地中海沿岸天气晴朗。")
    assert (PLACE, "大西洋") in mentions and (PLACE, "地中海") in mentions


def test_administrative_endings_after_verbs_name_no_place() -> None:
    text = "很多用户可以省100元，还可以节省燃料；沾污、践踏市旗的要罚款。"
    assert [name for kind, name in found(text) if kind is PLACE] == []
    assert (PLACE, "安大略省") in found("核电站还在调查据称来自安大略省北部城市的报告。")
    assert (PLACE, "田納西州") in found("她於1991年將家搬往田納西州的納什維爾。", "zh-Hant")


def test_a_transliterated_name_opening_a_clause_before_a_verb() -> None:
    assert (PERSON, "西格爾") in found("西格爾的祖母來自俄羅斯遠東地區。", "zh-Hant")
    assert (PERSON, "拉费蒂") in found("20世纪90年代，拉费蒂又发布了两张唱片。")
    assert (PERSON, "斯拉夫") not in found("在斯拉夫人于公元六世纪立足前，多个部落途经此地。")
    assert not [text for kind, text in found("俄罗斯的军队已经撤离。") if kind is PERSON]


def test_latin_names_in_chinese_text_are_people_by_cue_or_name_list() -> None:
    assert (PERSON, "Tarlo") in found("纵观历史，国际头发市场一直有政治意义，Tarlo说。")
    assert (PERSON, "Pugh") in found("但扫描显示Pugh女士右肺的肿瘤越来越大。")
    assert (PERSON, "Stephen") in found("历史学家建议Stephen放弃现在的挑战。")
    assert (PLACE, "Fort Pierce") in found("龙卷风袭击了皮尔斯堡(Fort Pierce)附近的社区。")


def test_a_family_name_character_ending_a_word_starts_no_name() -> None:
    people = [text for kind, text in found("他是第一位在暗杀中幸存下来的时任美国总统。") if kind is PERSON]
    assert people == []
    assert not [text for kind, text in found("国王向埃及法老效忠。") if kind is PERSON]


def test_a_chinese_name_opening_a_clause_before_a_verb() -> None:
    assert (PERSON, "袁世凱") in found("時任總統的袁世凱認為新共和國是清朝的繼承者。", "zh-Hant")
    assert (PERSON, "陈宗仁") in found("1980年由陈宗仁接任，1982年学校改名。")
    assert not [text for kind, text in found("高科技将改变生活，马上就要开始。") if kind is PERSON]


def test_relations_ranks_and_regnal_numbers_mark_people() -> None:
    assert (PERSON, "安德烈") in found("警方表示，她把儿子安德烈的脸按进了床垫。")
    assert (PERSON, "林則徐") in found("1839年兩湖總督林則徐禁止鴉片貿易。", "zh-Hant")
    assert (PERSON, "图特摩斯三世") in found("时间约在埃及法老图特摩斯三世发起战役之时。")
    assert not [text for kind, text in found("二十一世纪的城市发展很快。") if kind is PERSON]


def test_armed_forces_and_quantities_before_a_company_word() -> None:
    assert (ORG, "瑞典軍隊") in found("修道院於1632年被瑞典軍隊摧毀。", "zh-Hant")
    assert (ORG, "德国军队") in found("前进的德国军队占领了土地。")
    assert not [text for kind, text in found("很多公司可能试图建立防火墙。") if kind is ORG]


def test_a_plain_unknown_latin_word_is_no_body_in_chinese_text() -> None:
    assert not [text for kind, text in found("现在，Khanzir可能是一只寂寞的猪。") if kind is ORG]
    assert (ORG, "Zorbex公司") in found("Zorbex公司宣布裁员。")


def test_names_listed_with_known_places_are_places() -> None:
    mentions = found("暴雨袭击了郑州、新密、荥阳、平顶山等地。")
    assert {(PLACE, "新密"), (PLACE, "荥阳"), (PLACE, "平顶山")} <= set(mentions)
    assert not [text for kind, text in found("公司加强研发、设计、营销等方面的投入。") if kind is PLACE]


def test_a_transliterated_name_after_a_verb_of_place() -> None:
    assert (PLACE, "坦帕") in found("警方还在坦帕发现一名妇女死在树下。")
    assert (PLACE, "罗斯福") not in found("杜鲁门是在罗斯福的身体每况愈下时被任命的。")


def test_life_dates_and_lists_beside_a_known_person() -> None:
    assert (PERSON, "阿尔瓦雷茨") in found("阿尔瓦雷茨（1911年-1988年）最知名的成就是雷达系统。")
    mentions = found("会议由部长王小明、李大伟共同主持。")
    assert (PERSON, "王小明") in mentions and (PERSON, "李大伟") in mentions
    assert not [text for kind, text in found("公司加强研发、设计、营销等方面的投入。") if kind is PERSON]
