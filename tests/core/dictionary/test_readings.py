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


def test_japanese_gloss_uses_dictionary_forms() -> None:
    words = gloss(shared_dictionary(), "もっと詳しく", "ja")
    detail = next(w for w in words if w.text == "詳しく")
    assert detail.dictionary_form == "詳しい"
    assert detail.reading == "くわしく"
    assert "detailed" in detail.sense


def test_japanese_usual_readings() -> None:
    assert _readings("日本の首都", "ja")[0] == ("日本", "にほん")
    assert ("頃", "ごろ") in _readings("3月頃から", "ja")
