"""Which language a passage is in, decided from its script: kana means Japanese, Han without kana Chinese."""

from __future__ import annotations

ENGLISH = "en"
JAPANESE = "ja"
CHINESE = "zh"
CHINESE_TRADITIONAL = "zh-Hant"

_NAMES = {
    ENGLISH: "English",
    JAPANESE: "Japanese",
    CHINESE: "Chinese (Simplified)",
    CHINESE_TRADITIONAL: "Chinese (Traditional)",
}

_CJK_CODES = frozenset({JAPANESE, CHINESE, CHINESE_TRADITIONAL})


def _is_kana(ch: str) -> bool:
    code = ord(ch)
    return 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D


def _is_han(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F


def cjk_ratio(text: str) -> float:
    """Share of letters that are Han or kana, ignoring spaces, digits and punctuation."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _is_han(ch) or _is_kana(ch)) / len(letters)


def detect_language(text: str) -> str:
    """Japanese when kana is present, Chinese for Han text without kana, English otherwise."""
    if cjk_ratio(text) < 0.3:
        return ENGLISH
    if any(_is_kana(ch) for ch in text):
        return JAPANESE
    return CHINESE


def language_name(code: str) -> str:
    return _NAMES.get(code, code)


def is_cjk(code: str) -> bool:
    return code in _CJK_CODES
