"""Japanese organisations, people and places read with SudachiPy (invented sentences in news style)."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import Fact, FactKind
from reader_app.core.segmentation import split_sentences

ORG, PERSON, PLACE = FactKind.ORG, FactKind.PERSON, FactKind.PLACE


def found(text: str) -> list[tuple[FactKind, str]]:
    passage = Passage(PassageRole.ARTICLE, text, "ja", split_sentences(text, "ja"))
    return [(fact.kind, fact.text) for fact in RuleBasedRecognizer().find_entities(passage)]


def test_titles_and_honorifics_stay_outside_the_name() -> None:
    mentions = found("メルカリの山田進太郎社長は、石破茂首相と会談した。佐藤さんも同席した。")
    assert (PERSON, "山田進太郎") in mentions
    assert (PERSON, "石破茂") in mentions
    assert (PERSON, "佐藤") in mentions
    assert (ORG, "メルカリ") in mentions


def test_company_forms_belong_to_the_name() -> None:
    mentions = found("トヨタ自動車株式会社と(株)ソニー、株式会社ニトリが提携した。")
    assert (ORG, "トヨタ自動車株式会社") in mentions
    assert (ORG, "(株)ソニー") in mentions
    assert (ORG, "株式会社ニトリ") in mentions


def test_ministries_and_agencies() -> None:
    mentions = found("総務省と金融庁、デジタル庁は同省の方針を説明した。")
    assert [text for kind, text in mentions if kind is ORG] == ["総務省", "金融庁", "デジタル庁"]


def test_katakana_names_joined_with_a_dot() -> None:
    mentions = found("ジョンソン・エンド・ジョンソンの株価が上がり、バークシャー・ハサウェイも続いた。")
    assert (ORG, "ジョンソン・エンド・ジョンソン") in mentions
    assert (ORG, "バークシャー・ハサウェイ") in mentions
    assert (PERSON, "ドナルド・トランプ") in found("ドナルド・トランプ氏が演説した。")
    company = "ビザ・ワールドワイド・ジャパン株式会社"
    assert (ORG, company) in found(company + "が発表した。")


def test_a_language_or_a_people_is_not_a_place() -> None:
    assert found("日本語と中国語の字幕がある。") == []
    assert all(kind is not PLACE for kind, _ in found("日本人の観光客が増えた。"))


def test_places_with_their_endings_and_split_at_prefectures() -> None:
    mentions = found("カリブ海と地中海の港、東京都渋谷区の店。")
    assert [text for kind, text in mentions if kind is PLACE] == ["カリブ海", "地中海", "東京都", "渋谷区"]


def test_relations_and_indices_are_no_companies() -> None:
    assert found("同社の間接子会社が上場した。") == []
    assert all(kind is not ORG for kind, _ in found("グローバル500の順位が出た。"))


def test_a_long_text_is_read_a_piece_at_a_time_with_offsets_kept() -> None:
    text = "市場は静かだった。\n" * 3000 + "総務省は発表した。"
    (mention,) = [fact for fact in found_facts(text) if fact.kind is ORG]
    assert text[mention.span.start : mention.span.end] == "総務省"


def found_facts(text: str) -> list[Fact]:
    passage = Passage(PassageRole.ARTICLE, text, "ja", split_sentences(text, "ja"))
    return RuleBasedRecognizer().find_entities(passage)


def test_products_events_and_landmarks_are_no_organisations() -> None:
    mentions = found("ワールドカップとスカイツリー、ディズニーランド、ウィンドウズの話題。ソニーグループも登場した。")
    assert [text for kind, text in mentions if kind is ORG] == ["ソニーグループ"]


def test_a_state_body_named_after_its_place_is_an_organisation() -> None:
    mentions = found("日本政府は米国商務省とロシア政府に説明し、中国中央テレビが報じた。")
    orgs = [text for kind, text in mentions if kind is ORG]
    assert orgs == ["日本政府", "米国商務省", "ロシア政府", "中国中央テレビ"]
    assert (PLACE, "日本") not in mentions
    assert not any(kind is ORG for kind, _ in found("政府関係者と同省幹部が述べた。"))


def test_names_without_a_title_end_at_a_particle() -> None:
    mentions = found("蔡長庚は実業家で、徐平が任命された。始皇帝が李斯に命じた。ゲイリーは午後に戻った。")
    people = [text for kind, text in mentions if kind is PERSON]
    assert people == ["蔡長庚", "徐平", "李斯", "ゲイリー"]
    assert (PERSON, "湯浅") in found("湯浅は案を出した。")
    assert not any(kind is PERSON for kind, _ in found("ハブ空港を結ぶ便が増えた。"))


def test_a_later_family_name_alone_is_the_same_person() -> None:
    mentions = found("同社の八木誠社長は会見した。知事は八木社長に対し意見を求めた。")
    assert (PERSON, "八木誠") in mentions
    assert (PLACE, "八木") not in mentions


def test_titles_run_together_are_no_name() -> None:
    mentions = found("楽天会長兼社長の三木谷浩史氏は会見した。")
    assert [text for kind, text in mentions if kind is PERSON] == ["三木谷浩史"]


def test_a_body_after_a_name_and_its_title_prefix() -> None:
    mentions = found("京都大学の福岡浩准防災研究所教授も指摘した。")
    assert (PERSON, "福岡浩") in mentions
    assert (ORG, "防災研究所") in mentions


def test_katakana_common_words_before_a_company_word() -> None:
    assert (ORG, "ノースウェスト航空") in found("ノースウェスト航空のハブ空港がある。")


def test_acronyms_with_a_company_cue() -> None:
    mentions = found("マイクロソフト(MS)社は東京放送(TBS)株を買い、大手の「HMV」が倒産した。JOCによれば問題はない。")
    orgs = [text for kind, text in mentions if kind is ORG]
    assert orgs == ["マイクロソフト", "MS", "東京放送", "TBS", "HMV", "JOC"]
    assert found("AIによると、IT社会が来る。") == []


def test_a_name_ending_in_a_numeral_is_not_a_count() -> None:
    from reader_app.core.facts.extract import extract_facts

    text = "京都大学の佐々恭二名誉教授は注意を呼びかけた。社員二名が出席した。"
    passage = Passage(PassageRole.ARTICLE, text, "ja", split_sentences(text, "ja"))
    facts = [(fact.kind, fact.text) for fact in extract_facts(passage)]
    assert (PERSON, "佐々恭二") in facts
    assert [text for kind, text in facts if kind is FactKind.COUNT] == ["社員二名"]  # a count outside a name stays


def test_businesses_named_after_a_founder_or_described_as_companies() -> None:
    assert (ORG, "村上ファンド") in found("株式を保有する村上ファンドが提案した。")
    assert (ORG, "ローソン") in found("コンビニエンスストアのローソンが買収した。")
    assert (ORG, "ウォールストリートジャーナル") in found("アメリカの新聞ウォールストリートジャーナルの報道では")


def test_an_unknown_katakana_name_doing_a_company_deed() -> None:
    assert (ORG, "フォックスコン") in found("モデムはフォックスコンに生産委託している。")
    assert (ORG, "デジタルリサーチ") in found("同社はデジタルリサーチと提携した。")
    assert found("同社はソフトウェアを買収した。") == []  # a dictionary word is a thing


def test_dotted_foreign_names_of_people() -> None:
    assert (PERSON, "モティラル・ネルー") in found("父のモティラル・ネルーは弁護士であった。")
    assert (PERSON, "アドリエーン・ラルッサ") in found("女優のアドリエーン・ラルッサと結婚した。")
    assert (PERSON, "マーロン・ブランド") in found("マーロン・ブランドを主演に迎えた。")
    assert (ORG, "バークシャー・ハサウェイ") in found("バークシャー・ハサウェイの株価が上がった。")


def test_a_chamber_before_a_members_title_is_no_name() -> None:
    assert not any(kind is PERSON for kind, _ in found("第18回参議院議員通常選挙で落選した。"))


def test_capitals_with_a_katakana_name_and_one_kind_per_name() -> None:
    assert (ORG, "JPモルガン") in found("投資銀行部門であるJPモルガンは業務停止処分を受けた。")
    assert (ORG, "UFJインターナショナル") in found("2002年にUFJインターナショナル会長となった。")
    assert found("Javaベースのツールを出した。") == []
    mentions = found("コンビニエンスストアのローソンが買収した。名称の権利はローソンが保有している。")
    assert [kind for kind, text in mentions if text == "ローソン"] == [ORG, ORG]


def test_courts_prosecutors_and_police_named_after_their_place() -> None:
    mentions = found("名古屋地検が起訴し、東京地裁と大阪高裁が判断を示した。大阪府警と神奈川県警捜査一課も動いた。")
    orgs = [text for kind, text in mentions if kind is ORG]
    assert orgs == ["名古屋地検", "東京地裁", "大阪高裁", "大阪府警", "神奈川県警捜査一課"]
    assert (PLACE, "大阪府") in found("大阪府の知事が述べた。")


def test_chinese_company_endings_in_japanese_text() -> None:
    mentions = found("東風汽車の前董事長だった徐平が任命され、遼寧衡業集団がスポンサーとなった。")
    assert [text for kind, text in mentions if kind is ORG] == ["東風汽車", "遼寧衡業集団"]
    assert found("その集団は解散した。") == []


def test_a_leaders_official_residence_is_a_body_of_government() -> None:
    assert (ORG, "首相官邸") in found("政府が首相官邸に対策室を設置した。")
    assert found("首相は官邸で記者団に語った。") == []
