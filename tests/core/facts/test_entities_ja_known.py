"""Japanese names beyond Sudachi's tags: well-known organisations, bodies listed with ・, national bodies named
after a place, and places that are part of a facility's or an event's name (invented sentences in news style)."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

ORG, PERSON, PLACE = FactKind.ORG, FactKind.PERSON, FactKind.PLACE


def found(text: str) -> list[tuple[FactKind, str]]:
    passage = Passage(PassageRole.ARTICLE, text, "ja", split_sentences(text, "ja"))
    return [(fact.kind, fact.text) for fact in RuleBasedRecognizer().find_entities(passage)]


def texts(text: str, kind: FactKind) -> set[str]:
    return {name for found_kind, name in found(text) if found_kind is kind}


def test_known_organisations_that_sudachi_reads_as_words() -> None:
    # 楽天 is the common noun "optimism" to Sudachi; the lexicon knows the company.
    assert "楽天" in texts("楽天は銀行業への参入方針を表明した。", ORG)
    assert "東京地検特捜部" in texts("東京地検特捜部は元社長を逮捕した。", ORG)
    assert "オープンAI" in texts("オープンAIは新しいモデルを公開した。", ORG)


def test_known_organisations_need_whole_words() -> None:
    assert texts("彼は楽天的な性格で、楽天家として知られる。", ORG) == set()
    assert texts("アップルパイを焼いた。", ORG) == set()
    assert "アマゾン" not in texts("アマゾン川の流域で調査した。", ORG)
    assert "テスラ" not in texts("ニコラ・テスラの発明を紹介した。", ORG)


def test_a_company_form_after_a_known_name_joins_it() -> None:
    assert "トヨタ自動車株式会社" in texts("トヨタ自動車株式会社は決算を発表した。", ORG)


def test_bodies_listed_with_a_dot_are_separate() -> None:
    orgs = texts("ライブドアとフジテレビ・ニッポン放送を巡る買収劇が展開された。", ORG)
    assert {"フジテレビ", "ニッポン放送"} <= orgs
    assert "フジテレビ・ニッポン放送" not in orgs
    # one name joined by a dot stays one
    assert "バークシャー・ハサウェイ" in texts("バークシャー・ハサウェイは株式を買い増した。", ORG)


def test_a_place_opens_a_national_body_with_a_katakana_name() -> None:
    assert "日本サッカー協会" in texts("彼は日本サッカー協会の会長に就任した。", ORG)
    assert "日本プロスポーツ協会" in texts("2003年、日本プロスポーツ協会の理事となる。", ORG)
    # a one-character country prefix still stays outside a company's name
    assert "ソフトバンク" in texts("米ソフトバンクの子会社が発表した。", ORG)


def test_a_place_inside_a_facility_event_or_longer_name_is_no_place() -> None:
    places = texts("東海道新幹線が止まり、東海地震への備えが問われた。浜岡原発は停止中だ。", PLACE)
    assert places == set()
    assert "東海" in texts("東海地方に大雨が降った。", PLACE)
    assert "東京" not in texts("東京駅で待ち合わせた。", PLACE)


def test_place_names_that_are_ordinary_words() -> None:
    assert texts("河口付近で水位が上がった。", PLACE) == set()


def test_a_kanji_place_keeps_its_japanese_reading() -> None:
    text = "東海地方に大雨が降った。"
    passage = Passage(PassageRole.ARTICLE, text, "ja", split_sentences(text, "ja"))
    facts = [fact for fact in RuleBasedRecognizer().find_entities(passage) if fact.text == "東海"]
    assert facts and facts[0].value is not None and facts[0].value.gloss == "Tokai"


def test_a_company_with_its_seat_in_brackets() -> None:
    orgs = texts("名簿業者のパンワールド(武蔵野市)が購入し、同業の文献社(福生市)へ売却した。", ORG)
    assert {"パンワールド", "文献社"} <= orgs
    assert "JR西日本" in texts("JR西日本(本社:大阪市)が申告漏れを指摘された。", ORG)
    # a station, a person or a place with a place in brackets is no company
    seated = "桜木町駅(横浜市)で山田太郎(東京都)が語った。"
    assert texts(seated, ORG) == set()
    assert "山田太郎" in texts(seated, PERSON)
    assert "桜木町" not in texts(seated, PLACE)


def test_a_quoted_name_after_what_it_is() -> None:
    assert "ペッパーランチ" in texts("ステーキレストランのチェーン店「ペッパーランチ」で食中毒が発生した。", ORG)
    orgs = texts("独立行政法人・「情報通信研究機構(NICT)」の研究に流用された。", ORG)
    assert {"情報通信研究機構", "NICT"} <= orgs
    assert "大垣食肉供給センター協同組合" in texts("岐阜県大垣市の「大垣食肉供給センター協同組合」から仕入れた。", ORG)
    assert texts("彼は映画「七人の侍」を見た。", ORG) == set()


def test_generic_and_anaphoric_bodies_are_no_names() -> None:
    assert texts("同庁と同監視委員会は原因を調べる。同監視委が検査に入った。", ORG) == set()
    assert texts("金融機構の改革が進む。", ORG) == set()
    assert texts("兵庫県の流通センターを経由して届けた。", ORG) == set()
    assert "日本年金機構" in texts("日本年金機構は記録を訂正した。", ORG)


def test_capitals_with_a_kanji_company_word() -> None:
    assert {"AIJ投資顧問", "SBI証券"} <= texts("AIJ投資顧問が年金を消失させ、SBI証券も調べた。", ORG)


def test_events_named_after_people_and_roads_are_no_names() -> None:
    assert texts("同社は、リーマン・ショックで打撃を受けた。", PERSON) == set()
    text = "客は防府市・山陽自動車道のサービスエリアで食べた。"
    assert texts(text, ORG) == set()
    assert "防府市" in texts(text, PLACE)


def test_a_given_name_after_a_relative_is_a_person() -> None:
    people = texts("三女悦子は大学、四女千恵子は高校に通っている。", PERSON)
    assert {"悦子", "千恵子"} <= people


def test_a_dotted_name_ending_in_a_venue_or_a_sport_is_no_person() -> None:
    assert texts("カウフマン・スタジアムで試合があり、ナンシー・ロペス・ゴルフも開かれた。", PERSON) == set()
    assert "マーロン・ブランド" in texts("マーロン・ブランドが出演した。", PERSON)


def test_more_katakana_company_words() -> None:
    assert "タイム・ワーナー・ネットワーク" in texts("タイム・ワーナー・ネットワークが首位に立った。", ORG)
    assert "ウィキペディア" in texts("ウィキペディアの訪問者が増えた。", ORG)


def test_a_leaders_government() -> None:
    orgs = texts("朴槿恵政権は発足した。ユドヨノ政権が続いた。軍事政権と現政権が対立した。", ORG)
    assert {"朴槿恵政権", "ユドヨノ政権"} <= orgs
    assert not any(name in orgs for name in ("軍事政権", "現政権", "政権"))


def test_katakana_names_before_airline_railway_and_carmaker_words() -> None:
    assert {"アメリカン航空", "ユナイテッド航空"} <= texts("アメリカン航空とユナイテッド航空が合併した。", ORG)


def test_a_place_before_a_two_word_industry_ending() -> None:
    orgs = texts("東陽監査法人が監査し、阪神急行電鉄と名古屋電灯が出資した。", ORG)
    assert {"東陽監査法人", "阪神急行電鉄", "名古屋電灯"} <= orgs


def test_a_katakana_name_followed_by_what_only_a_company_has() -> None:
    orgs = texts("パランティア株が上昇し、スノーフレーク傘下の企業とマイクロンの日本法人が発表した。", ORG)
    assert {"パランティア", "スノーフレーク", "マイクロン"} <= orgs
    assert texts("パランティア株が上昇した。", PERSON) == set()
    assert texts("アメリカの株価が上がった。", ORG) == set()


def test_a_known_organisation_keeps_a_post_after_it() -> None:
    assert "楽天" in texts("楽天会長兼社長の三木谷浩史氏が語った。", ORG)
    assert "米上院" in texts("米上院は法案を可決した。", ORG)


def test_a_person_name_by_its_surroundings() -> None:
    # a katakana name opening a quoted title is a work's
    assert texts("デシルは「アイ・ラブ・ルーシー」シリーズの再放送で利益を得た。", PERSON) == set()
    assert "山田太郎" in texts("「山田太郎」と名乗る男が現れた。", PERSON)
    # an area word after it, or a state right before it, makes a place
    assert "スミスフィールド" in texts("スミスフィールド郡区は、36平方マイルである。", PLACE)
    assert "エイダ" in texts("オクラホマ州エイダで生まれる。", PLACE)
    assert texts("オクラホマ州エイダで生まれる。", PERSON) == set()


def test_a_rerun_is_no_broadcaster() -> None:
    assert texts("番組の再放送と生放送が決まった。", ORG) == set()


def test_a_title_beginning_with_an_area_word_keeps_the_person() -> None:
    people = texts("田中市長と佐藤区長が会談した。同州ニューサム知事も述べた。", PERSON)
    assert {"田中", "佐藤", "ニューサム"} <= people


def test_buildings_branches_and_generic_groups_are_no_companies() -> None:
    assert texts("JR京都駅ビル(京都市)の利用客を撮影した。", ORG) == set()
    assert "東京支社" not in texts("シンフォームの東京支社(多摩市)で流出した。", ORG)
    assert "グループ" not in texts("社内調査の結果、グループ社員以外が関わった。", ORG)


def test_ordinary_words_make_no_short_form_or_power_company() -> None:
    orgs = texts("オムロンは社内に再発防止委員会を設けた。再発防止に努める。", ORG)
    assert "再発防止" not in orgs
    assert texts("原発の発電電力量が減った。", ORG) == set()
    assert {"関西電力", "東京電力"} <= texts("関西電力と東京電力が発表した。", ORG)
