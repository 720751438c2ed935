"""Which language a passage is in, decided from its script: kana means Japanese, Han without kana Chinese."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

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

_NATIVE_NAMES = {
    ENGLISH: "English",
    JAPANESE: "日本語",
    CHINESE: "简体中文",
    CHINESE_TRADITIONAL: "繁體中文",
}

_CJK_CODES = frozenset({JAPANESE, CHINESE, CHINESE_TRADITIONAL})

_KANA_CLASS = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d"
_HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _kana() -> re.Pattern[str]:
    return re.compile(f"[{_KANA_CLASS}]")


@lru_cache(maxsize=1)
def _han() -> re.Pattern[str]:
    """Compiled on first use: its astral range makes it slow to compile, and the window paints without it."""
    return re.compile(f"[{_HAN_CLASS}]")


@lru_cache(maxsize=1)
def _han_runs() -> re.Pattern[str]:
    return re.compile(f"[{_HAN_CLASS}]+")


@lru_cache(maxsize=1)
def _non_han_runs() -> re.Pattern[str]:
    return re.compile(f"[^{_HAN_CLASS}]+")


@lru_cache(maxsize=1)
def _kana_runs() -> re.Pattern[str]:
    return re.compile(f"[{_KANA_CLASS}]+")


def _covered(runs: re.Pattern[str], text: str) -> int:
    """How many characters of `text` the matches of `runs` cover, counted without a string per character (a list of
    every letter of a big article's sample was most of the time detection took)."""
    return len(text) - len(runs.sub("", text))

_SAMPLE_CHUNKS = 8
_SAMPLE_CHUNK_CHARS = 32_000
_MIN_KANA_SHARE = 0.02
"""Kana must be at least this share of the CJK letters, so a Japanese brand name in Chinese stays Chinese."""


def _sample(text: str) -> str:
    """The text itself, or evenly spread slices of it when it is long: the script mix is the same, and fast."""
    if len(text) <= _SAMPLE_CHUNKS * _SAMPLE_CHUNK_CHARS:
        return text
    step = (len(text) - _SAMPLE_CHUNK_CHARS) // (_SAMPLE_CHUNKS - 1)
    return "".join(text[i * step : i * step + _SAMPLE_CHUNK_CHARS] for i in range(_SAMPLE_CHUNKS))


def is_kana(ch: str) -> bool:
    return _kana().match(ch) is not None


def is_han(ch: str) -> bool:
    return _han().match(ch) is not None


def cjk_ratio(text: str) -> float:
    """Share of letters that are Han or kana, ignoring spaces, digits and punctuation."""
    sample = _sample(text)
    letters = _covered(_LETTERS, sample)
    if not letters:
        return 0.0
    return (_covered(_han_runs(), sample) + _covered(_kana_runs(), sample)) / letters


@lru_cache(maxsize=1)
def _variant_tables() -> tuple[frozenset[str], frozenset[str]]:
    """Han characters written only in Traditional, and only in Simplified, Chinese (from CC-CEDICT via zhon)."""
    from zhon import cedict

    traditional, simplified = set(cedict.traditional), set(cedict.simplified)
    return frozenset(traditional - simplified), frozenset(simplified - traditional)


def chinese_script(text: str) -> str:
    """`zh-Hant` when Traditional-only characters outnumber Simplified-only ones, else `zh`."""
    traditional_only, simplified_only = _variant_tables()
    counts = Counter(_non_han_runs().sub("", _sample(text)))  # each Han character once, with its count
    traditional = sum(count for ch, count in counts.items() if ch in traditional_only)
    simplified = sum(count for ch, count in counts.items() if ch in simplified_only)
    return CHINESE_TRADITIONAL if traditional > simplified else CHINESE


def detect_language(text: str) -> str:
    """Japanese when kana is present, Chinese (Simplified or Traditional) for Han without kana, English otherwise."""
    sample = _sample(text)
    letters = _covered(_LETTERS, sample)
    if not letters:
        return ENGLISH
    kana = _covered(_kana_runs(), sample)
    han = _covered(_han_runs(), sample)
    if (kana + han) / letters < 0.3:
        return ENGLISH
    if kana and kana >= _MIN_KANA_SHARE * (kana + han):
        return JAPANESE
    return chinese_script(sample)


def language_name(code: str) -> str:
    return _NAMES.get(code, code)


def native_language_name(code: str) -> str:
    """The language's name in itself ("日本語"), for headings such as "日本語 (Japanese)"."""
    return _NATIVE_NAMES.get(code, language_name(code))


def is_cjk(code: str) -> bool:
    return code in _CJK_CODES
