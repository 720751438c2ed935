"""Warnings for translations that cannot be trusted, and none for ordinary ones."""

from __future__ import annotations

import pytest

from reader_app.translation.quality import ECHO, EMPTY, REPETITION, assess, has_repetition_loop


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        ("もっと詳しく", "More details", "ja", "en", None),
        ("腾讯微信周二表示，将暂停中国新用户注册。", "Tencent WeChat said on Tuesday it would suspend new users.",
         "zh", "en", None),
        ("WeChat has amassed over 1.2 billion users.", "微信已积累超过12亿用户。", "en", "zh", None),
        ("Reuters", "Reuters", "en", "ja", None),  # a name may stay as it is
        ("もっと詳しく", "", "ja", "en", EMPTY),
        ("もっと詳しく", "  ", "ja", "en", EMPTY),
        ("テンセントは発表した。", "Tencent Tencent Tencent Tencent announced", "ja", "en", REPETITION),
        ("腾讯微信周二表示。", "The company said the company said the company said the company said", "zh", "en",
         REPETITION),
        ("WeChat said so.", "微信表示的的的的的的的的", "en", "zh", REPETITION),
        ("WeChat said so.", "微信说说说说说说", "en", "zh", REPETITION),
        ("テンセントは新規登録を停止した。", "テンセントは新規登録を停止した。", "ja", "en", ECHO),
        ("テンセントは新規登録を停止した。", "テンセント新規登録停止", "ja", "en", ECHO),
        ("WeChat suspended new registrations today.", "WeChat suspended new registrations today", "en", "ja",
         ECHO),
        ("Registration will resume in August.", "Registration resumes in August", "en", "zh", ECHO),
    ],
)
def test_assess(source: str, target: str, source_lang: str, target_lang: str, expected: str | None) -> None:
    assert assess(source, target, source_lang, target_lang) == expected


def test_punctuation_runs_and_short_repeats_are_not_loops() -> None:
    assert not has_repetition_loop(list("他说……！！！！"))
    assert not has_repetition_loop(list("見出し~~~~~~~~~~~と*********"))
    assert not has_repetition_loop(["very", "very", "good"])
    assert not has_repetition_loop(["no", "no", "no"])
    assert has_repetition_loop(["no", "no", "no", "no"])
    assert has_repetition_loop(["a", "b", "a", "b", "a", "b"])
    assert not has_repetition_loop(["a", "b", "a", "b"])
