"""Language detection from script: kana → Japanese, Han → Chinese (Simplified or Traditional), else English."""

from __future__ import annotations

import pytest
from cjk_samples import JAPANESE, SIMPLIFIED, TRADITIONAL

from reader_app.core.language import (
    CHINESE,
    CHINESE_TRADITIONAL,
    ENGLISH,
    chinese_script,
    cjk_ratio,
    detect_language,
    is_cjk,
    language_name,
    native_language_name,
)
from reader_app.core.language import (
    JAPANESE as JA,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("もっと詳しく", JA),
        ("詳しく", JA),
        ("カタカナだけ", JA),
        (JAPANESE, JA),
        ("東京都は二十七日、新たに三百人の感染を確認したと発表した。", JA),
        (SIMPLIFIED, CHINESE),
        ("这是简体中文。", CHINESE),
        (TRADITIONAL, CHINESE_TRADITIONAL),
        ("這是繁體中文。", CHINESE_TRADITIONAL),
        ("Tencent’s WeChat said on Tuesday it is suspending registrations.", ENGLISH),
        ("WeChat (微信) said on Tuesday it is suspending registrations of new users.", ENGLISH),
        ("", ENGLISH),
        ("12345 !!! ...", ENGLISH),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_a_japanese_brand_name_in_a_long_chinese_article_keeps_it_chinese() -> None:
    text = SIMPLIFIED * 3 + "索尼（ソニー）也发表了声明。"
    assert detect_language(text) == CHINESE


def test_traditional_needs_more_traditional_than_simplified_characters() -> None:
    # Shared characters only (的 是 在 中 人) say nothing; Simplified is the default for Chinese.
    assert chinese_script("的是在中人") == CHINESE
    assert chinese_script("說這個國家") == CHINESE_TRADITIONAL
    assert chinese_script("说这个国家") == CHINESE


def test_long_texts_are_sampled_but_classified_the_same() -> None:
    english = "The regulator ordered Didi to stop signing up new users. " * 20_000
    chinese = SIMPLIFIED * 5_000
    assert len(chinese) > 256_000
    assert detect_language(english) == ENGLISH
    assert detect_language(chinese) == CHINESE
    assert detect_language(english * 3 + chinese) == ENGLISH  # four in five letters are Latin
    assert detect_language(english + chinese * 3) == CHINESE
    assert cjk_ratio(chinese) > 0.95


@pytest.mark.parametrize(
    ("code", "name"),
    [(JA, "Japanese"), (CHINESE, "Chinese (Simplified)"), (CHINESE_TRADITIONAL, "Chinese (Traditional)"),
     (ENGLISH, "English"), ("ko", "ko")],
)
def test_language_name(code: str, name: str) -> None:
    assert language_name(code) == name


def test_native_language_name() -> None:
    assert [native_language_name(code) for code in (JA, CHINESE, CHINESE_TRADITIONAL, ENGLISH, "ko")] == [
        "日本語", "简体中文", "繁體中文", "English", "ko"
    ]


def test_is_cjk() -> None:
    assert is_cjk(JA) and is_cjk(CHINESE) and is_cjk(CHINESE_TRADITIONAL)
    assert not is_cjk(ENGLISH)


def test_cjk_ratio_counts_letters_only() -> None:
    assert cjk_ratio("もっと詳しく!!! 123") == 1.0
    assert cjk_ratio("abc 中文") == pytest.approx(0.4)
    assert cjk_ratio("   ") == 0.0
