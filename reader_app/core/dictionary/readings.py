"""Readings of running text in context, for ruby (pinyin or furigana above the characters) and the word gloss.

Chinese: pypinyin over each run of Han characters, so its phrase dictionary picks the reading the words need
(银行 yínháng, 行走 xíngzǒu). Japanese: Sudachi's reading of each word (今日 きょう, 行った いった), split from the
word's kana so only the kanji carry ruby (食べる: 食 た).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.core.dictionary.phonetics import hiragana

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff々〆ヶ]")


@dataclass(frozen=True, slots=True)
class RubySpan:
    """`reading` shown above `text[start:end]`."""

    start: int
    end: int
    reading: str


def chinese_syllables(text: str) -> list[tuple[int, str]]:
    """(offset, tone-marked pinyin) for each Han character of `text`, read in context."""
    from pypinyin import Style, lazy_pinyin

    out: list[tuple[int, str]] = []
    for run in _HAN_RUN.finditer(text):
        syllables = lazy_pinyin(run.group(), style=Style.TONE, errors="ignore")
        if len(syllables) != len(run.group()):  # a character pypinyin cannot read: read each one alone
            syllables = [(lazy_pinyin(c, style=Style.TONE, errors="ignore") or [""])[0] for c in run.group()]
        out.extend((run.start() + i, s) for i, s in enumerate(syllables) if s)
    return out


def chinese_ruby(text: str) -> list[RubySpan]:
    return [RubySpan(offset, offset + 1, syllable) for offset, syllable in chinese_syllables(text)]


def _split_okurigana(surface: str, reading: str) -> list[tuple[int, int, str]]:
    """(start, end, reading) inside `surface` for its kanji runs, matching its kana against the reading
    (食べる/たべる → [(0, 1, 'た')]); the whole word when they cannot be matched."""
    pattern = ""
    groups: list[tuple[int, int]] = []
    index = 0
    for piece in re.finditer(_KANJI.pattern + "+", surface):
        if piece.start() > index:
            pattern += re.escape(hiragana(surface[index : piece.start()]))
        pattern += "(.+?)"
        groups.append((piece.start(), piece.end()))
        index = piece.end()
    if not groups:
        return []
    pattern += re.escape(hiragana(surface[index:]))
    match = re.fullmatch(pattern, reading)
    if match is None:
        return [(0, len(surface), reading)]
    return [(start, end, match.group(n + 1)) for n, (start, end) in enumerate(groups)]


_TIME_BEFORE = set("0123456789０１２３４５６７８９年月日時分秒")


def usual_reading(text: str, start: int, surface: str, reading: str) -> str:
    """Sudachi's reading, except where it picks the rarer of two readings: 日本 is にほん unless the text says
    otherwise (NHK's and most dictionaries' default), and 頃 after a time (1月頃, 3時頃) is ごろ."""
    if surface == "日本" and reading == "にっぽん":
        return "にほん"
    if surface == "頃" and start > 0 and text[start - 1] in _TIME_BEFORE:
        return "ごろ"
    return reading


def japanese_ruby(text: str) -> list[RubySpan]:
    from reader_app.core import japanese_morphology

    spans: list[RubySpan] = []
    for word in japanese_morphology.analyse(text, "C"):
        if not _KANJI.search(word.surface) or not word.reading or any(c.isdigit() for c in word.surface):
            continue  # numbers (20万) need no furigana, and Sudachi reads their digits one by one
        reading = usual_reading(text, word.start, word.surface, hiragana(word.reading))
        for start, end, piece in _split_okurigana(word.surface, reading):
            if piece:
                spans.append(RubySpan(word.start + start, word.start + end, piece))
    return spans


def ruby(text: str, lang: str) -> list[RubySpan]:
    """Readings to draw above `text` ('zh': pinyin per character; 'ja': kana per kanji run)."""
    if lang == "zh":
        return chinese_ruby(text)
    if lang == "ja":
        return japanese_ruby(text)
    return []


def warm_up(lang: str) -> None:
    """Load the reading data for `lang` now (off the UI thread)."""
    ruby("行" if lang == "zh" else "今日", lang)
