"""China's divisions by full and short name (resources/facts/places_china.txt), with the guards that keep ordinary
words and parts of other names out (invented sentences in news style)."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.gazetteer import china_divisions
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

PLACE = FactKind.PLACE


def found(text: str, lang: str = "zh") -> list[tuple[FactKind, str]]:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))
    return [(fact.kind, fact.text) for fact in RuleBasedRecognizer().find_entities(passage)]


def places(text: str, lang: str = "zh") -> set[str]:
    return {name for kind, name in found(text, lang) if kind is PLACE}


def test_the_division_list_holds_full_names_short_forms_and_levels() -> None:
    table = china_divisions()
    assert table["凉山彝族自治州"] == "prefecture"
    assert table["凉山"] == "prefecture"  # the autonomous ending and the people before it go
    assert table["涟源"] == "county short"
    assert table["涟源市"] == "county"
    assert table["湘潭"] == "prefecture"
    assert "公安" not in table  # 公安县's short form is the word for police
    assert "和平" not in table
    assert table["臺北"] == "prefecture"  # traditional forms too


def test_prefectures_by_short_name_anywhere() -> None:
    assert {"恩施", "伊犁"} <= places("他在恩施工作多年，后来调往伊犁。")
    assert "新竹" in places("清华大学于新竹复校。")


def test_county_short_forms_between_word_boundaries() -> None:
    assert {"涟源", "湘乡", "邵东"} <= places("该县东邻湘潭，西毗邵东、涟源，北界湘乡。")
    assert "涟源" in places("暴雨过后，涟源一带积水严重。")


def test_county_short_forms_that_are_words_or_parts_of_names_are_no_places() -> None:
    assert not places("最大安慰是可以见到朋友。")  # 大安
    assert not places("法蘭西民兵追殺抵抗部隊。", "zh-Hant")  # 蘭西 inside a transliteration
    assert not places("卡普蘭駁回追溯投票。", "zh-Hant")  # 普蘭
    assert "永康" not in places("李永康表示将继续调查。")  # a given name after a family name


def test_city_words_and_one_character_counties_need_a_boundary() -> None:
    assert not places("大军征服了沿海城市以及内陆。")  # 海城市
    assert "任县" not in places("单县历任县长都曾到访。")
    assert "单县" in places("单县历任县长都曾到访。")


def test_airports_parks_and_numbered_roads_are_places() -> None:
    assert "苏凡纳布国际机场" in places("航班从苏凡纳布国际机场起飞。")
    assert "八仙乐园" in places("事故发生在八仙乐园。")
    assert {"三多一路", "凯旋三路"} <= places("爆炸波及三多一路、凯旋三路与一心一路交叉口。")


def test_rankings_and_grammar_before_a_facility_or_a_road_are_no_places() -> None:
    assert not places("吞吐量突破1500万人次，列世界百强机场第85位。")
    assert not places("我们一路走来，从不放弃。")


def test_countries_and_cities_of_the_world_list_in_both_scripts() -> None:
    assert {"阿尔巴尼亚", "基辅"} <= places("代表团从阿尔巴尼亚飞往基辅。")
    assert "紐西蘭" in places("他在紐西蘭工作期間，也曾擔任公職。", "zh-Hant")


def test_a_short_world_name_inside_a_longer_transliteration_is_no_place() -> None:
    assert "利马" not in places("利马索尔港口的吞吐量增加。")
