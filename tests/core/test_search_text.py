"""The search normaliser: width-, case- and script-insensitive, and never moving an offset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader_app.core.search_text import contains, convert_script, find_all, normalise_for_search


def test_full_width_latin_and_digits_match_ascii() -> None:
    text = "売上はＡＢＣ１２３社の発表による"
    assert find_all(text, "abc123") == [(3, 9)]
    assert text[3:9] == "ＡＢＣ１２３"


def test_half_width_katakana_matches_full_width() -> None:
    assert find_all("ｿﾌﾄﾊﾞﾝｸ", "ソフト") == [(0, 3)]


def test_traditional_matches_simplified_both_ways() -> None:
    text = "據報導，台積電週二表示"
    assert find_all(text, "台积电") == [(4, 7)]
    assert find_all("台积电周二表示", "台積電") == [(0, 3)]


def test_case_insensitive() -> None:
    assert find_all("WeChat and WECHAT and wechat", "WeChat") == [(0, 6), (11, 17), (22, 28)]


def test_every_match_with_original_offsets() -> None:
    text = "微信表示，微信用户\n微信"
    assert find_all(text, "微信") == [(0, 2), (5, 7), (10, 12)]


def test_empty_or_blank_query_finds_nothing() -> None:
    assert find_all("abc", "") == []
    assert find_all("a b", " ") == []
    assert not contains("abc", "")


def test_contains() -> None:
    assert contains("台積電的晶片", "台积电")
    assert not contains("台積電的晶片", "三星")


def test_characters_whose_folding_changes_length_are_kept() -> None:
    text = "㍿ ﬁ İ Straße"
    assert len(normalise_for_search(text)) == len(text)


def test_lone_surrogate_does_not_raise() -> None:
    text = "台\ud800積電"
    assert len(normalise_for_search(text)) == len(text)
    assert len(convert_script(text, "t2s")) == len(text)


def test_long_text_is_normalised_in_slices_the_same_way() -> None:
    text = "台積電ＡＢＣ" * 100_000
    folded = normalise_for_search(text)
    assert folded == "台积电abc" * 100_000


def test_precomputed_normalised_text_is_used_and_checked() -> None:
    text = "台積電"
    assert find_all(text, "台积电", normalised_text=normalise_for_search(text)) == [(0, 3)]


def test_display_conversion_uses_phrases_and_keeps_length() -> None:
    assert convert_script("乾隆皇帝的頭髮", "t2s") == "乾隆皇帝的头发"
    assert convert_script("头发", "s2t") == "頭髮"
    text = "他說：「這是一個測試。」\n第二行"
    assert len(convert_script(text, "t2s")) == len(text)


@given(st.text(max_size=60))
def test_normalised_text_has_the_same_length(text: str) -> None:
    assert len(normalise_for_search(text)) == len(text)


@given(
    st.text(alphabet="台積電臺灣頭髮乾隆ＡＢａｂ１２ｶﾞ，。 \nabc", max_size=40), st.integers(0, 40), st.integers(0, 40)
)
def test_folding_a_slice_equals_the_slice_of_the_folded_text(text: str, start: int, end: int) -> None:
    # What makes every substring findable at its own offset, whatever surrounds it.
    assert normalise_for_search(text)[start:end] == normalise_for_search(text[start:end])
