"""Numbers as written in English, Chinese and Japanese news: digits, words, CJK numerals and magnitudes."""

from __future__ import annotations

import re
from functools import lru_cache

# One-to-one character folding: full-width digits, letters and signs become ASCII so one set of regexes fits
# both scripts, while every offset in the folded text is still an offset in the original.
_FOLD_PAIRS = {chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)}
_FOLD_PAIRS.update({"’": "'", "‘": "'", "\u00a0": " ", "\u3000": " ", "−": "-", "–": "-", "—": "-", "～": "~"})
del _FOLD_PAIRS["，"]  # a CJK comma separates list items, never thousands
_FOLD_PAIRS["￥"] = "¥"
_FOLDABLE = re.compile("[" + "".join(re.escape(ch) for ch in _FOLD_PAIRS) + "]")
"""The characters `fold` replaces: replacing only these is far faster than `str.translate` over a whole text,
which looks every character up."""


_WIDE_THOUSANDS = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def fold(text: str) -> str:
    """`text` with full-width forms made ASCII; same length, so spans carry over unchanged. A full-width comma
    between full-width digits ("１，１２３") groups thousands."""
    if "，" in text:
        text = _WIDE_THOUSANDS.sub(",", text)
    return _FOLDABLE.sub(_folded, text)


def _folded(match: re.Match[str]) -> str:
    return _FOLD_PAIRS[match.group()]


# ---------------------------------------------------------------------------------------------- English

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "t": 1e12, "tn": 1e12, "tr": 1e12,
}  # fmt: skip

_WORD_UNIT = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)"
)
_WORD_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_WORD_SMALL = rf"(?:{_WORD_TENS}(?:[- ]{_WORD_UNIT})?|{_WORD_UNIT})"
SMALL_WORD_NUMBER = rf"(?:{_WORD_SMALL}(?: hundred(?:(?: and)? {_WORD_SMALL})?)?)"
"""A spelled-out number below a thousand: "seven", "twenty-six", "four hundred sixty-six"."""
_WORD_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# A decimal in words is a figure only before its scale or unit: "one point two billion", "three point five
# percent"; "at one point two companies" is a moment.
_DECIMAL_FOLLOWS = (
    r"(?=[ -](?:thousand|million|billion|trillion|percent|per cent|percentage|dollars?|cents?|euros?|pounds?|yen"
    r"|yuan|rupees?|degrees?|kilometers?|kilometres?|miles?|meters?|metres?|points?|tons?|tonnes?)\b)"
)
# Spoken news (VOA Special English) writes every figure in words: a decimal is "one point two", a larger number
# runs through its scales ("twenty-six thousand three hundred").
WORD_NUMBER = (
    rf"(?:(?:{_WORD_SMALL}|half an?|a half) dozen(?![- ](?:or|to)\b)"
    rf"|{SMALL_WORD_NUMBER}(?:[ -]point(?:[ -]{_WORD_DIGIT})+{_DECIMAL_FOLLOWS}|(?: (?:thousand|million|billion)"
    rf"(?: and)? {SMALL_WORD_NUMBER}(?![- ](?:thousand|million|billion|trillion)))*)"
    r"|a dozen|a hundred|a thousand|a million|a billion"
    r"|a trillion|half a (?:million|billion|trillion)|half (?:million|billion)|(?:a )?quarter (?:million|billion)"
    r"|an? (?:half|quarter)[- ](?:million|billion|trillion)"
    r"|three quarters (?:of a )?(?:million|billion)|dozens|hundreds|thousands|millions|billions|tens of thousands"
    r"|hundreds of thousands)"
)
"""Spelled-out numbers ("twenty-five", "three hundred", "a dozen", "two dozen"); vague plurals ("thousands") too."""

DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
"""Digits with optional thousands separators and decimals: 1,200 · 1.2 · 4400000; Indian lakh grouping 1,34,900."""

BIG_WORD = r"(?:thousand|million|billion|trillion|lakhs?|crores?)"
"""Magnitude words that may follow a number with a space."""

SHORT_MAGNITUDE = r"(?:bn|mn|mln|bln|tn|k|m|b|K|M|B|T)"
"""Magnitude letters glued to a number in money: $4.4bn, $500K, US$3m."""

_VAGUE = {"dozens", "hundreds", "thousands", "millions", "billions", "tens of thousands", "hundreds of thousands"}


def is_vague(text: str) -> bool:
    """True for "thousands", "billions": a quantity with no exact number."""
    return text.strip().lower() in _VAGUE


def is_whole(value: float) -> bool:
    """Whether `value` is a whole number; False (not an error, as `value == int(value)` is) for the infinity a
    number too long for a float (400 digits) parses to."""
    return isinstance(value, int) or value.is_integer()


def parse_words(text: str) -> float | None:
    """Value of a spelled-out number, or None for vague plurals."""
    words = text.lower().replace("-", " ").split()
    if not words or is_vague(text):
        return None
    if "point" in words:
        # "one point two": the words after "point" are its decimal digits, one word each
        point = words.index("point")
        whole = parse_words(" ".join(words[:point])) if point else 0.0
        digits = "".join(str(_UNITS.get(word, 0 if word == "oh" else -1)) for word in words[point + 1 :])
        if whole is None or not digits or "-" in digits:
            return None
        return whole + float("0." + digits)
    total = 0.0
    current = 0.0
    for word in words:
        if word in ("and", "a", "an"):
            if word != "and" and current == 0:
                current = 1
            continue
        if word == "half":
            current = 0.5
        elif word == "quarter":
            current = 0.25
        elif word == "quarters":
            current = (current or 1) * 0.25
        elif word == "of":
            continue
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current


def parse_english(number: str, magnitude: str | None = None) -> float | None:
    """Value of "1,200.5" or "twenty-five" times an optional magnitude ("billion", "bn", "K", "crore")."""
    text = number.strip().lower()
    if not text:
        return None
    if text[0].isdigit() or text[0] == ".":
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return None
    else:
        parsed = parse_words(text)
        if parsed is None:
            return None
        value = parsed
    if magnitude:
        for piece in magnitude.lower().split():
            scale = _SCALES.get(piece)
            if scale is None:
                return None
            value *= scale
    return value


# ------------------------------------------------------------------------------------------ Chinese/Japanese

_CJK_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3,
    "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
_CJK_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CJK_BIG_UNITS = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}

CJK_DIGIT_CHARS = "〇零○一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
CJK_UNIT_CHARS = "十拾百佰千仟"
CJK_BIG_CHARS = "万萬亿億兆"

CJK_NUMBER = (
    rf"(?:{DIGITS}(?:[{CJK_UNIT_CHARS}{CJK_BIG_CHARS}]+(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
    rf"[{CJK_UNIT_CHARS}{CJK_BIG_CHARS}]*)*)?"
    rf"|[{CJK_DIGIT_CHARS}{CJK_UNIT_CHARS}][{CJK_DIGIT_CHARS}{CJK_UNIT_CHARS}{CJK_BIG_CHARS}]*)"
)
"""A CJK number: digits with magnitudes (12亿, 1.2万, 1万2000, 6,354億1,100万) or numerals (三百五十万, 十二, 两千)."""


def _parse_small(text: str) -> float | None:
    """Value below 万: 三百五十, 十二, 2千5百, 二〇二一."""
    if not text:
        return 0.0
    if all(ch in _CJK_DIGITS for ch in text) and len(text) > 1:
        return float("".join(str(_CJK_DIGITS[ch]) for ch in text))
    total = 0.0
    current: float | None = None
    index = 0
    while index < len(text):
        ch = text[index]
        if ch.isdigit() or ch == ".":
            match = re.match(r"\d+(?:\.\d+)?", text[index:])
            if match is None:
                return None
            current = float(match.group())
            index += match.end()
            continue
        if ch in _CJK_DIGITS:
            current = float(_CJK_DIGITS[ch])
        elif ch in _CJK_SMALL_UNITS:
            total += (1.0 if current is None else current) * _CJK_SMALL_UNITS[ch]
            current = None
        else:
            return None
        index += 1
    return total + (current or 0.0)


@lru_cache(maxsize=4096)
def parse_cjk(text: str) -> float | None:
    """Value of a CJK number: 12亿 → 1.2e9, 1.2万 → 12000, 一千二百万 → 1.2e7, ３００ → 300; None if malformed."""
    text = fold(text).replace(",", "").strip()
    if not text:
        return None
    total = 0.0
    rest = text
    # Split at the largest magnitudes first: 1万2000 = 1*10^4 + 2000, 3亿5000万 = 3*10^8 + 5000*10^4.
    for big in ("兆", "亿億", "万萬"):
        for ch in big:
            if ch in rest:
                head, _, rest = rest.partition(ch)
                value = parse_cjk(head) if head else 1.0
                if value is None:
                    return None
                total += value * _CJK_BIG_UNITS[ch]
                break
    small = _parse_small(rest)
    if small is None:
        return None
    return total + small
