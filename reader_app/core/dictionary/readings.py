"""Readings of running text in context, for ruby (pinyin or furigana above the characters) and the word gloss.

Chinese: pypinyin over each run of Han characters, so its phrase dictionary picks the reading the words need
(银行 yínháng, 行走 xíngzǒu); a traditional-script run is read through its simplified form (OpenCC, same length),
as pypinyin's phrases are written in simplified characters (認為 reads as 认为 rènwéi, not 為 wèi alone).
Japanese: Sudachi's reading of each word (今日 きょう, 行った いった), split from the word's kana so only the kanji
carry ruby (食べる: 食 た), with the day counts, numeral units and name suffixes its dictionary reads otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader_app.core.dictionary.phonetics import hiragana

if TYPE_CHECKING:
    from reader_app.core.japanese_morphology import Morpheme

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

    from reader_app.core.search_text import convert_script

    out: list[tuple[int, str]] = []
    for run in _HAN_RUN.finditer(text):
        han = convert_script(run.group(), "t2s")  # same length, so offsets hold
        syllables = lazy_pinyin(han, style=Style.TONE, errors="ignore")
        if len(syllables) != len(han):  # a character pypinyin cannot read: read each one alone
            syllables = [(lazy_pinyin(c, style=Style.TONE, errors="ignore") or [""])[0] for c in han]
        _neutral_tones(han, syllables)
        for i, syllable in enumerate(syllables):
            if syllable == "wèi" and han[i] == "为" and _copula(text, run.start() + i):
                syllable = "wéi"
            if syllable:
                out.append((run.start() + i, syllable))
    return out


_NEUTRAL_SECOND = {
    "部分": "fen", "关系": "xi", "认识": "shi", "知识": "shi", "商量": "liang", "收拾": "shi", "打算": "suan",
    "意思": "si", "时候": "hou", "事情": "qing", "明白": "bai", "清楚": "chu", "告诉": "su", "喜欢": "huan",
    "朋友": "you", "衣服": "fu", "生意": "yi", "消息": "xi", "麻烦": "fan", "规矩": "ju",
}  # fmt: skip
"""Words whose second syllable the standard dictionary (现代汉语词典) reads in the neutral tone and pypinyin with
its full tone (部分 bùfen, 关系 guānxi, 知识 zhīshi); words neutral only in some senses (地方, 东西) are left out."""


def _neutral_tones(han: str, syllables: list[str]) -> None:
    for word, neutral in _NEUTRAL_SECOND.items():
        start = han.find(word)
        while start >= 0:
            syllables[start + 1] = neutral
            start = han.find(word, start + 2)


_COPULA_AFTER = set("约均皆亦乃即则仍約則")
_RATE_BEFORE_FIGURE = set("每约近逾超約")
_NOT_PASSIVE_SUO = set("有以在谓謂属屬")
"""所有 (all), 所以 (so), 所在, 所谓, 所属: words, not the 所 of a 为…所 passive."""
_CLAUSE_END = re.compile(r"[，。；：！？,.;:!?\n]")


def _copula(text: str, index: int) -> bool:
    """为 standing alone as "to be, to act as" (wéi) rather than "for" (wèi), which pypinyin reads it as: before a
    figure, a Latin name or a quotation (价为4.18, 域名为zh.wikipedia), after an adverb (约为, 均为), and in
    为…所 passives (为可靠的资料所支撑)."""
    after = text[index + 1 : index + 2]
    if after and (after.isdigit() or (after.isascii() and after.isalpha()) or after in "“「『\"'"):
        return True
    if after in _RATE_BEFORE_FIGURE and any(ch.isdigit() for ch in text[index + 2 : index + 5]):
        return True  # 招股价为每股4.18, 人口为约300万: a figure after a rate or an approximator
    if index > 0 and text[index - 1] in _COPULA_AFTER:
        return True
    clause = _CLAUSE_END.search(text, index + 1)
    rest = text[index + 1 : clause.start() if clause else len(text)]
    if rest.startswith(("了", "什么", "什麼", "何", "此", "的是")):
        return False
    return any(rest[i] == "所" and rest[i + 1 : i + 2] not in _NOT_PASSIVE_SUO for i in range(1, len(rest)))


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
_NUMERAL_UNITS = {"万": "まん", "億": "おく", "兆": "ちょう"}
_PEOPLE = {1: "ひとり", 2: "ふたり"}


def usual_reading(
    text: str,
    start: int,
    surface: str,
    reading: str,
    previous: Morpheme | None = None,
    part_of_speech: Sequence[str] = (),
) -> str:
    """Sudachi's reading, except where it picks the rarer of two readings: 日本 (alone or starting a common noun
    such as 日本国内) is にほん unless the text says otherwise (NHK's and most dictionaries' default; proper names
    such as 日本銀行 keep にっぽん), 頃 after a time (1月頃, 3時頃) is ごろ, and 家 after a family name (清水家)
    is け."""
    proper_name = surface != "日本" and "固有名詞" in part_of_speech
    if surface.startswith("日本") and reading.startswith("にっぽん") and not proper_name:
        return "にほん" + reading[len("にっぽん") :]
    if surface == "頃" and start > 0 and text[start - 1] in _TIME_BEFORE:
        return "ごろ"
    if surface == "家" and previous is not None and previous.end == start and "姓" in previous.part_of_speech:
        return "け"
    return reading


_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}


def is_numeral(surface: str) -> bool:
    """Whether `surface` is a number in digits or kanji numerals (3, 二十七, 1万), whatever its value."""
    return bool(surface) and all(c.isdigit() or c in _KANJI_DIGITS or c in _KANJI_UNITS or c == "万" for c in surface)


def _number(surface: str) -> int | None:
    """The value of a number written in digits (27) or in kanji numerals (二十七, 三百五十), else None."""
    if surface and all(c.isdigit() for c in surface):
        try:
            return int(surface)
        except ValueError:  # other scripts' digits
            return None
    return _kanji_number(surface)


def _kanji_number(surface: str) -> int | None:
    if not surface or any(c not in _KANJI_DIGITS and c not in _KANJI_UNITS for c in surface):
        return None
    total, digit = 0, None
    for char in surface:
        if char in _KANJI_DIGITS:
            if digit is not None:
                return None  # 二三 is "two or three", not a number
            digit = _KANJI_DIGITS[char]
        else:
            total += (1 if digit is None else digit) * _KANJI_UNITS[char]
            digit = None
    return total + (digit or 0)


_DAY_READINGS = {
    2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか", 8: "ようか", 9: "ここのか",
    10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか",
}
"""Days of the month (and counts of days) read as a whole word, their 日 read か; the others are the number + にち."""
_DAY_NUMBER_WORDS = ("", "いち", "に", "さん", "よん", "ご", "ろく", "しち", "はち", "く")


def _day_reading(value: int) -> str:
    """二十七日 にじゅうしちにち, 二十日 はつか: a day's whole reading, with the number as dates read it (七 しち)."""
    if value in _DAY_READINGS:
        return _DAY_READINGS[value]
    tens, units = divmod(value, 10)
    return ("" if tens == 0 else ("じゅう" if tens == 1 else _DAY_NUMBER_WORDS[tens] + "じゅう")) + (
        _DAY_NUMBER_WORDS[units] + "にち" if units else "にち"
    )


def _day_count(text: str, number: Morpheme, day: Morpheme) -> RubySpan | None:
    """日 (or 日間) right after a number: 4月1日 is ついたち (over 1日), 2日 … 10日, 14日, 20日, 24日 read 日 か, the
    rest にち (Sudachi reads 23日 にみっか and 10日 とおにち). After kanji numerals the reading covers the number
    too, which changes with it: 二十日 はつか, 二十七日 にじゅうしちにち (Sudachi: にじゅうなな + か)."""
    value = _number(number.surface)
    if value is None or number.end != day.start or day.surface not in ("日", "日間"):
        return None
    after = "かん" if day.surface == "日間" else ""
    if value == 1 and not after and number.start > 0 and text[number.start - 1] == "月":
        return RubySpan(number.start, day.end, "ついたち")
    if not number.surface.isdigit():
        return RubySpan(number.start, day.end, _day_reading(value) + after) if 0 < value <= 99 else None
    return RubySpan(day.start, day.end, ("か" if value in _DAY_READINGS else "にち") + after)


_MONTH_NUMBER_WORDS = (
    "", "いち", "に", "さん", "し", "ご", "ろく", "しち", "はち", "く", "じゅう", "じゅういち", "じゅうに",
)


def _month(number: Morpheme, month: Morpheme) -> RubySpan | None:
    """月 read がつ after kanji numerals: the month's whole reading, with the number as month names read it
    (四月 しがつ, 七月 しちがつ, 九月 くがつ; Sudachi: よん + がつ)."""
    value = _number(number.surface)
    if value is None or number.surface.isdigit() or number.end != month.start or month.surface != "月":
        return None
    if not 1 <= value <= 12 or hiragana(month.reading) != "がつ":
        return None
    return RubySpan(number.start, month.end, _MONTH_NUMBER_WORDS[value] + "がつ")


@dataclass(frozen=True)
class CounterSounds:
    """A counter whose first sound changes with the number spoken before it (六本 ろっぽん, 三本 さんぼん,
    二本 にほん), by the number's last spoken word: a digit 1–9, or 十, 百, 千, 万 for round numbers."""

    plain: str
    half_voiced: str
    voiced: str
    half_voiced_after: frozenset[str]
    voiced_after: frozenset[str] = frozenset()

    def reading(self, number: int) -> str:
        last = _last_spoken_word(number)
        if last in self.half_voiced_after:
            return self.half_voiced
        if last in self.voiced_after:
            return self.voiced
        return self.plain

    def variants(self) -> set[str]:
        return {self.plain, self.half_voiced, self.voiced}


def _after(words: str) -> frozenset[str]:
    return frozenset(words.split())


_COUNTER_SOUNDS = {
    # 一分 いっぷん, 三分 さんぷん, 四分 よんぷん, 十分 じゅっぷん; 二分 にふん, 五分 ごふん
    "分": CounterSounds("ふん", "ぷん", "ぷん", _after("1 3 4 6 8 十 百 千 万")),
    # 一本 いっぽん, 三本 さんぼん, 千本 せんぼん; 二本 にほん
    "本": CounterSounds("ほん", "ぽん", "ぼん", _after("1 6 8 十 百"), _after("3 千 万")),
    # 一杯 いっぱい, 三杯 さんばい; 二杯 にはい
    "杯": CounterSounds("はい", "ぱい", "ばい", _after("1 6 8 十 百"), _after("3 千 万")),
    # 一匹 いっぴき, 三匹 さんびき; 二匹 にひき
    "匹": CounterSounds("ひき", "ぴき", "びき", _after("1 6 8 十 百"), _after("3 千 万")),
    # 一泊 いっぱく, 三泊 さんぱく, 四泊 よんぱく; 二泊 にはく
    "泊": CounterSounds("はく", "ぱく", "ばく", _after("1 3 4 6 8 十 百")),
    # 一発 いっぱつ, 三発 さんぱつ; 二発 にはつ
    "発": CounterSounds("はつ", "ぱつ", "ばつ", _after("1 3 6 8 十 百")),
    # 一敗 いっぱい, 三敗 さんぱい; 二敗 にはい
    "敗": CounterSounds("はい", "ぱい", "ばい", _after("1 3 6 8 十 百")),
    # 三階 さんがい; 二階 にかい
    "階": CounterSounds("かい", "かい", "がい", frozenset(), _after("3")),
    # 三軒 さんげん; 二軒 にけん
    "軒": CounterSounds("けん", "けん", "げん", frozenset(), _after("3")),
}
"""Counters read with a sound change after some numbers; Sudachi reads them without looking at the number."""


def _last_spoken_word(number: int) -> str:
    """The last word of `number` read aloud: its last digit, or for round numbers 十, 百, 千 or 万."""
    if number % 10:
        return str(number % 10)
    for unit, word in ((10, "十"), (100, "百"), (1000, "千")):
        if number % (unit * 10):
            return word
    return "万"


def _counter_after_number(number: Morpheme, counter: Morpheme) -> RubySpan | None:
    """The counter's reading after a number written in digits (50分 ごじゅっぷん: ぷん; 6本 ろっぽん: ぽん), where
    Sudachi reads it as the counter (分 of 5分の1 is ぶん, not a counter of minutes, and is left alone)."""
    value = _number(number.surface)
    if value is None or value == 0 or number.end != counter.start:
        return None
    base, tail = (counter.surface[0], "かん") if counter.surface in ("分間",) else (counter.surface, "")
    sounds = _COUNTER_SOUNDS.get(base)
    reading = hiragana(counter.reading)
    if sounds is None or not reading.endswith(tail) or reading[: len(reading) - len(tail)] not in sounds.variants():
        return None
    return RubySpan(counter.start, counter.end, sounds.reading(value) + tail)


def _number_ruby(word: Morpheme) -> list[RubySpan]:
    """A word with digits: no furigana over the digits (Sudachi reads them one by one), but the numeral units
    (2万 まん, 1兆 ちょう) and 1人/2人 (ひとり, ふたり) get theirs."""
    match = re.fullmatch(r"(\d+)人", word.surface)
    if match is not None and _number(match.group(1)) in _PEOPLE:
        return [RubySpan(word.start, word.end, _PEOPLE[int(match.group(1))])]
    return [
        RubySpan(word.start + i, word.start + i + 1, _NUMERAL_UNITS[char])
        for i, char in enumerate(word.surface)
        if char in _NUMERAL_UNITS
    ]


def japanese_ruby(text: str) -> list[RubySpan]:
    from reader_app.core import japanese_morphology

    spans: list[RubySpan] = []
    words: Sequence[Morpheme] = japanese_morphology.analyse(text, "C")
    for index, word in enumerate(words):
        previous = words[index - 1] if index > 0 else None
        if previous is not None and (
            (day := _day_count(text, previous, word)) is not None or (day := _month(previous, word)) is not None
        ):
            while spans and spans[-1].start >= day.start:
                spans.pop()  # the kanji number's own reading: the day's reading covers it
            spans.append(day)
            continue
        if previous is not None and (counted := _counter_after_number(previous, word)) is not None:
            spans.append(counted)
            continue
        if any(c.isdigit() for c in word.surface):
            spans.extend(_number_ruby(word))
            continue
        if not _KANJI.search(word.surface) or not word.reading:
            continue
        reading = usual_reading(text, word.start, word.surface, hiragana(word.reading), previous, word.part_of_speech)
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
