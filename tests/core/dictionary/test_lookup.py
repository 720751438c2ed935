"""Look-up against the real packaged dictionaries (CC-CEDICT, JMdict, JMnedict)."""

from __future__ import annotations

import threading
from collections.abc import Iterable

import pytest

from reader_app.core.dictionary.english_lemmas import lemmas
from reader_app.core.dictionary.index import DictionaryIndex
from reader_app.core.dictionary.lookup import MAX_WORD_LENGTH, Dictionary, shared_dictionary


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    return shared_dictionary()


def test_wechat_is_found_with_its_pinyin_and_sense(dictionary: Dictionary) -> None:
    (first, *_rest) = dictionary.lookup("微信", "zh")
    assert first.surface == "微信"
    entry = first.entries[0]
    assert entry.reading == "Wēixìn"
    assert "WeChat" in entry.first_sense()


def test_register_reads_zhuce(dictionary: Dictionary) -> None:
    entry = dictionary.lookup("注册", "zh")[0].entries[0]
    assert entry.reading == "zhùcè"
    assert entry.first_sense() == "to register"
    assert entry.zhuyin() == "ㄓㄨˋ ㄘㄜˋ"


def test_industry_reads_hangye(dictionary: Dictionary) -> None:
    assert dictionary.lookup("行业", "zh")[0].entries[0].reading == "hángyè"


def test_traditional_script_finds_the_same_entry(dictionary: Dictionary) -> None:
    simplified = dictionary.lookup("注册", "zh")[0].entries[0]
    traditional = dictionary.lookup("註冊", "zh")[0].entries[0]
    assert traditional.pinyin_numbered == simplified.pinyin_numbered
    assert (traditional.simplified, traditional.traditional) == ("注册", "註冊")


def test_longest_words_come_first_from_the_character_under_the_mouse(dictionary: Dictionary) -> None:
    text = "腾讯微信周二表示"
    matches = dictionary.lookup_at(text, 2, "zh")
    assert [m.surface for m in matches][:2] == ["微信", "微"]
    assert (matches[0].start, matches[0].end) == (2, 4)


def test_adverbial_form_leads_to_the_adjective(dictionary: Dictionary) -> None:
    matches = dictionary.lookup("詳しく", "ja")
    adjective = next(m for m in matches if m.dictionary_form == "詳しい")
    entry = adjective.entries[0]
    assert entry.headword == "詳しい"
    assert entry.reading == "くわしい"
    assert "detailed" in entry.first_sense()
    assert adjective.surface == "詳しく"


@pytest.mark.parametrize(
    ("text", "dictionary_form", "headword"),
    [
        ("登録しました", "登録する", "登録"),
        ("食べました", "食べる", "食べる"),
        ("書いています", "書く", "書く"),
        ("行った", "行く", "行く"),
        ("食べたくない", "食べる", "食べる"),
    ],
)
def test_japanese_inflections_lead_to_the_dictionary_form(
    dictionary: Dictionary, text: str, dictionary_form: str, headword: str
) -> None:
    first = dictionary.lookup(text, "ja")[0]
    assert first.surface == text
    assert first.dictionary_form == dictionary_form
    assert headword in [e.headword for e in first.entries]


def test_today_reads_kyou(dictionary: Dictionary) -> None:
    today = next(m for m in dictionary.lookup("今日", "ja") if m.surface == "今日")
    assert today.entries[0].reading == "きょう"
    assert today.entries[0].romaji() == "kyou"


def test_person_names_come_from_the_name_dictionary(dictionary: Dictionary) -> None:
    entry = dictionary.lookup("田中角栄", "ja")[0].entries[0]
    assert entry.is_name
    assert entry.source == "jmnedict"
    assert "Tanaka" in entry.first_sense()


def test_english_looks_up_chinese_and_japanese_headwords(dictionary: Dictionary) -> None:
    headwords = {m.entries[0].headword for m in dictionary.lookup("to register", "en")}
    assert "注册" in headwords
    assert "登録" in headwords


@pytest.mark.parametrize("text", ["", "\ud800", "\x07", "\u0000", "   ", "㐀㐀㐀"])
def test_bad_or_unknown_input_is_no_entry(dictionary: Dictionary, text: str) -> None:
    assert dictionary.lookup(text) == []
    assert dictionary.lookup(text, "ja") == []
    assert dictionary.lookup(text, "en") == []


LONG = 10_000


@pytest.mark.parametrize(
    "text", ["\ud800" * LONG, "\x07" * LONG, "x" * LONG, "㐀" * LONG, "\u3000" * LONG, "\ud800x\x07" * (LONG // 3)]
)
@pytest.mark.parametrize("lang", [None, "zh", "ja", "en"])
def test_a_long_bad_selection_is_no_entry_from_its_start_only(
    dictionary: Dictionary, text: str, lang: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    index = dictionary.index
    entries_for_forms = index.entries_for_forms
    entries_for_gloss = index.entries_for_gloss

    def forms(found: Iterable[str], lang: str) -> list[tuple[str, int, str, int, str]]:
        found = list(found)
        asked.extend(found)
        return entries_for_forms(found, lang)

    def gloss(key: str, langs: tuple[str, ...], limit: int) -> list[tuple[str, int, str, int, str]]:
        asked.append(key)
        return entries_for_gloss(key, langs, limit)

    monkeypatch.setattr(index, "entries_for_forms", forms)
    monkeypatch.setattr(index, "entries_for_gloss", gloss)
    assert dictionary.lookup(text, lang) == []
    # Quick whatever the length: only words from the selection's start are looked for, never the whole of it.
    assert all(len(form) <= MAX_WORD_LENGTH for form in asked)


def test_a_long_selection_looks_up_its_start_only(dictionary: Dictionary) -> None:
    matches = dictionary.lookup("注册" + "\ud800x" * 5000)
    assert matches[0].surface == "注册"
    assert all(m.end <= 16 for m in matches)


def test_positions_outside_the_text_are_no_entry(dictionary: Dictionary) -> None:
    assert dictionary.lookup_at("微信", 5, "zh") == []
    assert dictionary.lookup_at("微信", -1, "zh") == []
    assert dictionary.lookup_at("微信。", 2, "zh") == []


def test_another_thread_gets_its_own_connection_to_the_same_index() -> None:
    index = DictionaryIndex()
    assert Dictionary(index).lookup("注册", "zh")
    results: list[int] = []
    worker = threading.Thread(target=lambda: results.append(len(Dictionary(index).lookup("微信", "zh"))))
    worker.start()
    worker.join()
    assert results and results[0] > 0


@pytest.mark.parametrize(
    ("word", "lemma"), [("suspending", "suspend"), ("announced", "announce"), ("children", "child"), ("went", "go")]
)
def test_an_inflected_english_word_has_its_lemma(word: str, lemma: str) -> None:
    assert lemma in lemmas(word)


@pytest.mark.parametrize("word", ["suspend", "user", "two words", "微信", "", "x" * 100])
def test_a_word_in_its_dictionary_form_or_not_a_word_has_no_other_lemma(word: str) -> None:
    assert lemmas(word) == ()


@pytest.mark.parametrize(
    ("word", "wanted"),
    [("suspending", {"暂停", "中止"}), ("users", {"用户", "ユーザー"}), ("announced", {"宣布", "発表"})],
)
def test_an_inflected_english_word_finds_the_senses_of_its_lemma(
    dictionary: Dictionary, word: str, wanted: set[str]
) -> None:
    headwords = [m.entries[0].headword for m in dictionary.lookup(word, "en")]
    assert wanted & set(headwords), headwords
    assert "" not in headwords  # a word written in kana only shows its kana


def test_a_sense_that_is_the_word_comes_before_one_that_only_starts_with_it(dictionary: Dictionary) -> None:
    headwords = [m.entries[0].headword for m in dictionary.lookup("suspending", "en")]
    assert "暂停" in headwords
    assert "休演" not in headwords[: headwords.index("暂停") + 1]  # "suspending performance"


def test_dialect_senses_come_after_everyday_ones(dictionary: Dictionary) -> None:
    first = dictionary.lookup("children", "en")[0].entries[0]
    assert not any("dialect" in gloss for sense in first.senses for gloss in sense.glosses)


@pytest.mark.parametrize(("pointer", "word"), [("し", "申し入れる"), ("合", "統合"), ("申", "申し入れる")])
def test_pointing_inside_a_japanese_word_looks_up_that_word(dictionary: Dictionary, pointer: str, word: str) -> None:
    from reader_app.core import japanese_morphology

    assert japanese_morphology.available()
    text = "同社は経営統合を申し入れたと発表した。"
    matches = dictionary.lookup_word_at(text, text.index(pointer), "ja")
    assert matches[0].dictionary_form == word
    assert matches[0].start <= text.index(pointer) < matches[0].end


def test_pointing_at_chinese_looks_up_from_the_pointer(dictionary: Dictionary) -> None:
    text = "经营统合"
    assert dictionary.lookup_word_at(text, 3, "zh") == dictionary.lookup_at(text, 3, "zh")


@pytest.mark.parametrize(("word", "first"), [("bank", "银行"), ("company", "公司"), ("money", "钱"), ("eat", "吃")])
def test_an_english_word_finds_the_everyday_chinese_word_first(dictionary: Dictionary, word: str, first: str) -> None:
    assert dictionary.lookup(word, "en")[0].entries[0].headword == first


def test_an_english_look_up_ignores_width(dictionary: Dictionary) -> None:
    assert dictionary.lookup("ｂａｎｋ", "en") == dictionary.lookup("bank", "en")


def test_an_english_look_up_puts_the_preferred_language_first(dictionary: Dictionary) -> None:
    assert dictionary.lookup("company", "en", prefer="ja")[0].entries[0].lang == "ja"
    assert dictionary.lookup("company", "en", prefer="zh")[0].entries[0].lang == "zh"
