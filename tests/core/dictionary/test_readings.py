"""Readings in context for ruby and the word gloss."""

from __future__ import annotations

from reader_app.core.dictionary.gloss import gloss, gloss_line
from reader_app.core.dictionary.lookup import shared_dictionary
from reader_app.core.dictionary.phonetics import pinyin_word, romaji
from reader_app.core.dictionary.readings import ruby


def _readings(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.reading) for s in ruby(text, lang)]


def test_chinese_heteronyms_read_by_context() -> None:
    text = "这个行业的人都在银行，他走路很行。"
    readings = _readings(text, "zh")
    assert readings[2] == ("行", "háng")
    assert readings[-1] == ("行", "xíng")
    assert len(readings) == sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


def test_japanese_ruby_sits_on_the_kanji_only() -> None:
    assert _readings("今日は食べました", "ja") == [("今日", "きょう"), ("食", "た")]


def test_pinyin_words_are_joined_with_apostrophes_where_needed() -> None:
    assert pinyin_word("Xi1 an1") == "Xī'ān"
    assert pinyin_word("zhu4 ce4") == "zhùcè"


def test_romaji() -> None:
    assert romaji("とうきょう") == "toukyou"
    assert romaji("がっこう") == "gakkou"
    assert romaji("シンブン") == "shinbun"


def test_chinese_gloss_gives_words_readings_and_senses() -> None:
    words = gloss(shared_dictionary(), "微信注册", "zh")
    assert [(w.text, w.reading) for w in words] == [("微信", "Wēixìn"), ("注册", "zhùcè")]
    assert words[1].sense == "to register"
    assert "WeChat" in gloss_line(words)


def test_chinese_gloss_gives_the_sense_of_the_reading_in_context() -> None:
    words = {w.text: w for w in gloss(shared_dictionary(), "睡觉前我觉得累。长大后他去了北京。", "zh")}
    assert (words["累"].reading, words["累"].sense) == ("lèi", "tired")  # not lěi "to accumulate"
    assert words["后"].sense == "back"  # 後, not 后 "empress"


def test_japanese_gloss_uses_dictionary_forms() -> None:
    words = gloss(shared_dictionary(), "もっと詳しく", "ja")
    detail = next(w for w in words if w.text == "詳しく")
    assert detail.dictionary_form == "詳しい"
    assert detail.reading == "くわしく"
    assert "detailed" in detail.sense


def test_japanese_gloss_reads_numbers_with_their_day_or_month() -> None:
    words = gloss(shared_dictionary(), "五月二十七日に3本", "ja")
    assert [(w.text, w.reading) for w in words[:2]] == [("五月", "ごがつ"), ("二十七日", "にじゅうしちにち")]
    assert "moon" not in words[0].sense and "Sunday" not in words[1].sense
    assert "counter" in next(w for w in words if w.text == "本").sense


def test_japanese_usual_readings() -> None:
    assert _readings("日本の首都", "ja")[0] == ("日本", "にほん")
    assert ("頃", "ごろ") in _readings("3月頃から", "ja")


def _reading_of(text: str, lang: str, word: str) -> str:
    start = text.index(word)
    found = [s.reading for s in ruby(text, lang) if s.start == start and s.end == start + len(word)]
    assert found, (word, _readings(text, lang))
    return found[0]


def test_traditional_chinese_reads_through_pypinyin_phrases() -> None:
    assert _readings("中國國家資訊產業部認為", "zh")[-1] == ("為", "wéi")
    assert _reading_of("麥格理銀行", "zh", "行") == "háng"
    assert _reading_of("供應商", "zh", "應") == "yìng"


def test_wei_as_a_copula_and_as_for() -> None:
    assert _reading_of("招股价为4.18人民币", "zh", "为") == "wéi"
    assert _reading_of("作價約為550億", "zh", "為") == "wéi"
    assert _reading_of("應該為可靠的參考資料所支撐", "zh", "為") == "wéi"
    assert _reading_of("為的是提供所有領域的知識", "zh", "為") == "wèi"
    assert _reading_of("他为我们工作", "zh", "为") == "wèi"


def test_japanese_day_counts_after_a_number() -> None:
    assert _reading_of("2008年4月1日に統合", "ja", "1日") == "ついたち"
    assert _reading_of("5月10日には", "ja", "日") == "か"
    assert _reading_of("23日、株式会社", "ja", "日") == "にち"
    assert _reading_of("20日に", "ja", "日") == "か"


def test_japanese_days_and_months_in_kanji_numerals_read_as_one_word() -> None:
    assert ("二十七日", "にじゅうしちにち") in _readings("騰訊は二十七日、発表した", "ja")
    assert ("二十日", "はつか") in _readings("二十日に会議", "ja")
    assert ("一日", "ついたち") in _readings("五月一日", "ja")
    assert ("四月", "しがつ") in _readings("四月十日", "ja")
    assert ("十日", "とおか") in _readings("四月十日", "ja")
    assert ("月", "げつ") in _readings("三か月", "ja")  # a count of months keeps Sudachi's reading


def test_japanese_counters_change_their_sound_with_the_number() -> None:
    assert _reading_of("午後1時50分頃", "ja", "分") == "ぷん"
    assert _reading_of("3時間20分ほど", "ja", "分") == "ぷん"
    assert _reading_of("12分後", "ja", "分") == "ふん"
    assert _reading_of("6本の", "ja", "本") == "ぽん"
    assert _reading_of("3本の", "ja", "本") == "ぼん"
    assert _reading_of("2本の", "ja", "本") == "ほん"
    assert _reading_of("3階建て", "ja", "階") == "がい"
    assert _reading_of("5分の1", "ja", "分") == "ぶん"  # a fraction, not minutes


def test_japanese_numeral_units_and_counted_people() -> None:
    assert _reading_of("社員を2万人程度", "ja", "万") == "まん"
    assert _reading_of("取締役を1人派遣", "ja", "1人") == "ひとり"
    assert not any(c.isdigit() for s in ruby("1万2000人", "ja") for c in "1万2000人"[s.start : s.end])


def test_japanese_nihon_and_family_names() -> None:
    assert _reading_of("日本国内では", "ja", "日本国内") == "にほんこくない"
    assert _reading_of("日本銀行が", "ja", "日本銀行") == "にっぽんぎんこう"  # the bank's own name
    assert _reading_of("清水家の当主", "ja", "家") == "け"


def test_neutral_tones_of_the_standard_dictionary() -> None:
    from reader_app.core.dictionary.readings import chinese_syllables

    assert [s for _, s in chinese_syllables("大部分人的关系")] == ["dà", "bù", "fen", "rén", "de", "guān", "xi"]


def test_wei_before_a_figure_after_a_rate_is_the_copula() -> None:
    from reader_app.core.dictionary.readings import chinese_syllables

    assert dict(chinese_syllables("招股价为每股4.18元"))[3] == "wéi"
    assert dict(chinese_syllables("为每个人服务"))[0] == "wèi"
