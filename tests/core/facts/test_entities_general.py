"""Entity rules that must hold on unseen text: venues, regions, hyphenated names, products, plural nouns."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

RULES = RuleBasedRecognizer()
ORG, PERSON, PLACE = FactKind.ORG, FactKind.PERSON, FactKind.PLACE


def found(text: str, lang: str = "en") -> list[tuple[FactKind, str]]:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))
    return [(fact.kind, fact.text) for fact in RULES.find_entities(passage)]


def test_venue_heads_make_places_even_after_a_family_name() -> None:
    text = "Fans gathered at Villa Park and later marched to Hyde Park and Riverside Stadium."
    assert found(text) == [(PLACE, "Villa Park"), (PLACE, "Hyde Park"), (PLACE, "Riverside Stadium")]


def test_park_after_a_title_or_given_name_is_a_person() -> None:
    assert (PERSON, "Mr Park") not in found("Mr Park said the talks would go on.")
    assert (PLACE, "Jane Park") not in found("Jane Park, a lawyer, said the talks would go on.")
    assert found("Jane Park, a lawyer, said the talks would go on.") == [(PERSON, "Jane Park")]


def test_regions_and_capitals_from_the_generated_lists() -> None:
    text = "Storms hit Northern Ireland, New South Wales, Ontario and Kerala; flights to Lima and Reykjavik stopped."
    assert found(text) == [
        (PLACE, "Northern Ireland"),
        (PLACE, "New South Wales"),
        (PLACE, "Ontario"),
        (PLACE, "Kerala"),
        (PLACE, "Lima"),
        (PLACE, "Reykjavik"),
    ]


def test_hyphenated_east_asian_given_names_stay_whole() -> None:
    text = "Minister Wang Mei-ling met Park Chan-ho in Seoul, while Seattle-based analysts watched."
    result = found(text)
    assert (PERSON, "Wang Mei-ling") in result
    assert (PERSON, "Park Chan-ho") in result
    assert (PLACE, "Seattle") in result


def test_acronym_or_word_followed_by_a_number_is_no_organisation() -> None:
    assert found("The KOSPI 200 index and the XYZ 9000 laptop both rose, the ABC said.") == [(ORG, "ABC")]


def test_plural_camel_case_products_and_wi_fi_are_no_companies() -> None:
    result = found("She bought new EarBuds and a cable, but the Wi-Fi failed and DoorDash was late.")
    assert result == [(ORG, "DoorDash")]


def test_plural_noun_does_not_start_a_personal_name() -> None:
    assert found("Voters Alliance said the count was fair.") != [(PERSON, "Voters Alliance")]
    assert all(kind is not PERSON for kind, _ in found("Later, Workers Rights said it would appeal."))


def test_ensemble_names_are_organisations_and_instruments_are_nothing() -> None:
    assert found("The Lena Brook Trio and the Harbour City Orchestra will play.") == [
        (ORG, "Lena Brook Trio"),
        (ORG, "Harbour City Orchestra"),
    ]
    assert found("Images from the Nancy Grace Roman Space Telescope arrived.") == []


def test_non_news_texts_yield_no_false_positives() -> None:
    fiction = "Once upon a time, Mara walked into the forest. The old oak whispered to her, and she ran home."
    readme = "Install the package with pip. Run the CLI with JSON or YAML output and set the API key."
    recipe = "Preheat the oven. Mix the flour and Sugar, then add Greek yogurt and a pinch of Salt."
    assert found(fiction) == []
    assert found(readme) == []
    assert found(recipe) == []


# --- Chinese and Japanese ----------------------------------------------------------------------------------


def test_chinese_public_bodies_by_their_endings() -> None:
    text = "上海市气象台发布预警。水利部派出工作组，江苏省教育厅和深圳市卫健委随后通报，廉政公署拘捕两人。"
    orgs = [t for kind, t in found(text, "zh") if kind is ORG]
    assert orgs == ["上海市气象台", "水利部", "江苏省教育厅", "深圳市卫健委", "廉政公署"]


def test_traditional_bodies_and_sub_bodies_keep_their_whole_name() -> None:
    text = "立法會教育事務委員會今日開會，行政院農業委員會與國務院新聞辦公室也發表聲明。"
    orgs = [t for kind, t in found(text, "zh-Hant") if kind is ORG]
    assert "立法會教育事務委員會" in orgs
    assert "國務院新聞辦公室" in orgs


def test_body_endings_inside_ordinary_words_make_nothing() -> None:
    text = "这部小说的结局很感人：她住院三天后回到家，在客厅和餐厅之间走动，部署了新的计划，全部内部人员都签署了协议。"
    assert found(text, "zh") == []


def test_a_verb_or_pronoun_before_a_body_is_not_part_of_its_name() -> None:
    assert found("他们批评商务部的做法。", "zh") == [(ORG, "商务部")]


def test_commercial_endings_after_a_long_description_are_no_company() -> None:
    assert all(kind is not ORG for kind, _ in found("董事会核准资本支出计划。", "zh"))


def test_titles_of_local_officials_before_chinese_names() -> None:
    people = [t for kind, t in found("区长林志强和处长赵文博出席，校长孙丽华致辞。", "zh") if kind is PERSON]
    assert people == ["林志强", "赵文博", "孙丽华"]


# --- Match reports -----------------------------------------------------------------------------------------

MATCH = (
    "Stoke City beat Norwich 3-1 on Saturday. Piotr Kowalczyk scored twice for City before the penalty that "
    "sealed it. Afterwards the Norwich manager Tim Rowe said his goalkeeper was hurt. Stoke City host Porto next week, "
    "and fans in Norwich were angry. The league table puts Stoke two points behind Leeds."
)


def test_in_a_match_report_a_city_club_and_its_short_name_are_organisations() -> None:
    result = found(MATCH)
    assert result.count((ORG, "Stoke City")) == 2
    assert (ORG, "City") in result
    assert (ORG, "Porto") in result
    assert (ORG, "Leeds") in result


def test_a_playing_city_is_a_club_but_in_that_city_it_is_a_place() -> None:
    result = found(MATCH)
    hull = [kind for kind, text in result if text == "Norwich"]
    assert hull == [ORG, ORG, PLACE]  # beat Norwich, Norwich manager, fans in Norwich


def test_a_player_is_found_by_what_players_do() -> None:
    assert (PERSON, "Piotr Kowalczyk") in found(MATCH)
    assert (PERSON, "Tim Rowe") in found(MATCH)


def test_without_a_match_report_city_names_stay_places() -> None:
    text = "Officials said Leeds beat its recycling target and Norwich hosted a fair; in Kansas City, prices rose."
    result = found(text)
    assert (PLACE, "Leeds") in result
    assert (PLACE, "Norwich") in result
    assert (PLACE, "Kansas City") in result


def test_countries_stay_places_in_a_match_report() -> None:
    text = "Brazil beat Chile 2-0 in the league match after a penalty was scored in stoppage time."
    assert (PLACE, "Brazil") in found(text)
    assert (PLACE, "Chile") in found(text)


def test_party_plurals_after_the_and_names_after_of() -> None:
    result = found("Support for the Liberals of Mark Carney rose, while Democrats said little.")
    assert (ORG, "Liberals") in result
    assert (PERSON, "Mark Carney") in result
    assert all(text != "Democrats" for _, text in result)


def test_a_role_word_starting_a_sentence_is_not_part_of_the_name() -> None:
    assert found("Co-author Lena Marsh said the data were clear.") == [(PERSON, "Lena Marsh")]


# --- Datelines and US states -------------------------------------------------------------------------------


def test_datelines_name_places_even_unknown_ones() -> None:
    text = "TROMSO, Norway, May 4 (Reuters) - Fishing quotas fell.\n\nLOS ANGELES (AP) — A fire spread."
    result = [(kind, text) for kind, text in found(text) if kind is PLACE]
    assert result == [(PLACE, "TROMSO"), (PLACE, "Norway"), (PLACE, "LOS ANGELES")]


def test_capitalised_labels_with_a_dash_are_no_datelines() -> None:
    assert found("UPDATE 3-Shares slip\nEXCLUSIVE — A deal nears\nNOTE - read this first.") == []


def test_a_town_before_a_state_abbreviation_is_a_place() -> None:
    result = found("The startup, based in Boulder, Colo., hired staff in Bellevue, Wash., last year.")
    assert result == [(PLACE, "Boulder"), (PLACE, "Colo."), (PLACE, "Bellevue"), (PLACE, "Wash.")]


def test_japanese_place_names_may_start_with_a_function_character() -> None:
    assert found("大雨で和歌山県と在原町に警報が出た。", "ja")[:1] == [(PLACE, "和歌山県")]


def test_each_or_both_companies_are_no_name() -> None:
    assert found("大手銀行各社と自動車両社が発表した。", "ja") == []


def test_a_verb_before_market_is_no_city() -> None:
    assert found("外资入市和救市措施受到关注。", "zh") == []


def test_a_verb_before_a_committee_is_not_part_of_its_name() -> None:
    assert (ORG, "市议会交通委员会") in found("市长将出席市议会交通委员会会议。", "zh")


def test_japanese_speaker_without_a_title_before_a_verb_of_saying() -> None:
    assert found("松本健二は「需要は強い」と語った。", "ja") == [(PERSON, "松本健二")]
    assert found("中村優子氏は述べた。", "ja") == [(PERSON, "中村優子")]
    assert found("山田化学は新工場について説明した。", "ja") == [(ORG, "山田化学")]
    assert all(kind is not PERSON for kind, _ in found("日本政府は対策を説明した。", "ja"))


def test_japanese_team_before_sen_or_after_tai() -> None:
    assert found("マリナーズ戦で本塁打を放ち、対レンジャーズでも活躍した。リーグ戦は続く。", "ja") == [
        (ORG, "マリナーズ"),
        (ORG, "レンジャーズ"),
    ]


def test_a_sentence_initial_company_is_found_by_a_verb_only_companies_do() -> None:
    assert found("Zentrix reported a rise in profit. Residents said the river rose.") == [(ORG, "Zentrix")]


def test_programming_languages_are_no_places() -> None:
    assert found("The tool is written in Rust, with bindings in Python and Kotlin.") == []


def test_fiction_names_people_and_places_only() -> None:
    text = (
        'Eleanor Vance opened the letter her brother had sent from Lisbon. "Come home," Tom wrote. '
        "She looked across the harbour, thought of Mrs Hale singing in the kitchen, and said nothing."
    )
    kinds = {kind for kind, _ in found(text)}
    assert ORG not in kinds
    assert (PERSON, "Eleanor Vance") in found(text)


def test_a_body_that_speaks_of_itself_as_it_is_an_organisation() -> None:
    result = found("Greener Homes Trustees said it had helped 5,000 families. Jane Doe said she was pleased.")
    assert result == [(ORG, "Greener Homes Trustees"), (PERSON, "Jane Doe")]
    assert found("Bob Dylan said it was over.") == [(PERSON, "Bob Dylan")]


def test_a_noun_for_a_kind_of_body_before_a_name_makes_it_an_organisation() -> None:
    assert found("The charity Shelter warned that rents rose, said the housing union Acorn.") == [
        (ORG, "Shelter"),
        (ORG, "Acorn"),
    ]


def test_an_acronym_after_the_and_before_a_preposition_is_an_organisation_but_file_types_are_not() -> None:
    assert found("Shares rose on the BSE on Friday. Download the ZIP from the website.") == [(ORG, "BSE")]


# --- Technical text ----------------------------------------------------------------------------------------


def test_code_identifiers_and_plural_acronyms_are_no_organisations() -> None:
    text = "The ParseResult and ConfigLoaderFactory classes wrap the URLs and APIs; see RequestHandler in TokenStore."
    assert found(text) == []


def test_context_does_not_reach_across_a_line_break() -> None:
    assert found("Maintainer: core author\nDynamic: classifier\nDynamic: description") == []


def test_instructions_and_programming_languages_make_no_people() -> None:
    assert found("Install Ruff with pip.\n\n- Mark Python 3.13 as supported.") == []


def test_large_cities_from_the_generated_list_are_known_in_chinese_and_bodies_keep_them() -> None:
    result = found("洛阳市气象台称，长江和黄河水位上涨，昆明的雨也很大。", "zh")
    assert result[0] == (ORG, "洛阳市气象台")
    assert (PLACE, "长江") in result
    assert (PLACE, "昆明") in result


def test_generic_professions_before_an_office_ending_are_no_name() -> None:
    assert found("律师事务所的业务增加了。", "zh") == []


def test_initials_and_generational_suffixes_belong_to_names() -> None:
    assert found("Governor Samuel Okafor Jr. said the vote was close.") == [(PERSON, "Samuel Okafor Jr.")]
    assert found("Analyst R.K. Menon said demand fell.") == [(PERSON, "R.K. Menon")]
    assert found("Chief executive S Raghunathan said margins held.") == [(PERSON, "S Raghunathan")]
    assert found("A march for Martin Luther King Jr. was held.") == [(PERSON, "Martin Luther King Jr.")]


def test_single_letters_after_a_word_are_no_names() -> None:
    assert found("Plan B failed and Vitamin C helps.") == []


def test_a_place_naming_a_time_zone_is_no_mention() -> None:
    assert found("比赛于北京时间8点开始，地点在上海。", "zh") == [(PLACE, "上海")]
    assert found("試合は日本時間の午前10時に始まる。", "ja") == []


def test_places_named_like_people_need_a_place_word_before_them() -> None:
    result = found("Floods hit provinces including Alberta, and roads in Alberta closed.")
    assert result == [(PLACE, "Alberta"), (PLACE, "Alberta")]
    assert all(kind is not PLACE for kind, _ in found("He handed the file to Jackson, who read it."))


def test_a_sentence_initial_role_noun_is_no_part_of_a_name() -> None:
    assert found("Neighbour Priya Shah said she heard glass breaking.") == [(PERSON, "Priya Shah")]


def test_less_common_family_names_after_titles_and_hong_kong_married_names() -> None:
    assert (PERSON, "蓝海明") in found("财政部部长蓝海明表示，将加大支出。", "zh")
    assert (PERSON, "葉劉美儀") in found("立法會議員葉劉美儀批評方案不足。", "zh-Hant")
    assert (PERSON, "张高远") in found("市长张高远批评了这一做法。", "zh")
    assert all(kind is not PERSON for kind, _ in found("，常常说，解释说，华丽表示。", "zh"))


def test_a_company_fused_to_a_model_number_is_a_product() -> None:
    assert found("华为Mate70和小米15 Pro都降价了，小米集团股价上涨。", "zh") == [(ORG, "小米集团")]
    assert (ORG, "小米") in found("小米3日发布财报。", "zh")
    assert (ORG, "阿里巴巴") in found("阿里巴巴CEO吴泳铭表示。", "zh")


def test_names_their_neighbours_reveal() -> None:
    listed = found("It cites websites such as Gazettely and Newsbeam, and his own business Tradewind grew.")
    assert [(kind, text) for kind, text in listed] == [(ORG, "Gazettely"), (ORG, "Newsbeam"), (ORG, "Tradewind")]
    assert (ORG, "Quillstone") in found("Shares of Reuters and Quillstone fell.")
    glossed = found("Wang Lei (Wilson) (simplified Chinese: 王磊; pinyin: Wáng Lěi) founded the firm.")
    assert (PERSON, "Wilson") in glossed and (PERSON, "王磊") in glossed and (PERSON, "Wáng Lěi") in glossed
    assert (ORG, "99shop.com") in found("He started 99shop.com in 2005.")
    assert (ORG, "Korea Life") in found("She worked for Korea Life, an insurer, in Seoul.")
    assert (ORG, "Goldman Sachs Asia") in found("He left Goldman Sachs Asia in May.")
    assert all(kind is not ORG for kind, _ in found("He holds a Master of Business Administration from Fudan."))


def test_an_organisations_cue_outweighs_a_place_read_from_one_word() -> None:
    assert (ORG, "Flickr") in found("Wikinews interviewed the founder of Flickr about the site.")
    assert (ORG, "Nature") in found("The study, published in Nature, was peer reviewed.")
    assert (ORG, "Rio Tinto") in found("Shares in Rio Tinto fell.")
    assert found("Shares in London fell.") == [(PLACE, "London")]
