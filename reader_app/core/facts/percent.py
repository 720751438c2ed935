"""Percentages, percentage points and basis points in English and CJK text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader_app.core.facts.found import Context, Found, scan
from reader_app.core.facts.model import FactKind, PercentValue
from reader_app.core.facts.numbers import CJK_NUMBER, DIGITS, WORD_NUMBER, parse_cjk, parse_english

_EN = re.compile(
    rf"(?:(?<![\w.,-])(?P<sign>[-+])(?=\d)|(?<![\w.,]))(?P<minus>(?i:minus|negative) )?"
    rf"(?P<num>{DIGITS}|(?i:{WORD_NUMBER}))(?P<upto>-{DIGITS})?"
    r"(?P<unit> ?%| ?(?i:percents?|per cent|pct|percentage points?|percentage(?! of| change| increase| rise)"
    r"|basis points?|bps)\b)"
    # "percent of 10", "per cent of twenty-two": the number after, when none comes before
    rf"|(?<![\w.,%] )(?<![\w.,%])(?P<unit2>(?i:percents?|per cent)) of (?P<num2>{DIGITS}|(?i:{WORD_NUMBER}))\b(?! \w)"
)
_EN_ANCHOR = re.compile("%|percent|Percent|per cent|pct|percentage point|basis point|bps")
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}  # fmt: skip
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "eighth": 8, "eighths": 8, "tenth": 10,
                 "tenths": 10}  # fmt: skip
# Spoken economic news gives small changes as fractions: "three-tenths of one percent", "one-quarter of a
# percentage point", "a half percent", "two and a half percent".
_EN_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<whole>(?i:" + WORD_NUMBER + r"|\d+)) and )?"
    r"(?:(?P<num>(?i:an?|one|two|three|four|five|six|seven|eight|nine))[ -]"
    r"(?P<den>(?i:half|halves|thirds?|quarters?|fourths?|fifths?|eighths?|tenths?))(?P<of> of (?i:one|a|1))?"
    r"|(?P<half_a>(?i:half) an?)) (?P<unit>(?i:percent|per cent|percentage points?))\b"
)
# A percent-escape inside a URL or query string ("%28", "%2D9114") is no percentage.
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


# Where a fraction of a percent ends: the denominator word right before the unit.
_FRACTION_ANCHOR = re.compile(r" per(?:cent| cent)")
_FRACTION_BEFORE = re.compile(
    r"(?:alf|alves|hirds?|uarters?|ourths?|ifths?|ighths?|enths?)(?: of (?:one|an?|1))?(?: an?)?$"
)


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether [start, end) sits inside a URL, e-mail address or percent-escaped string."""
    left = start
    limit = max(0, start - 300)
    while left > limit and "!" <= text[left - 1] <= "~":
        left -= 1
    right = end
    while right < len(text) and right < end + 12 and "!" <= text[right] <= "~":
        right += 1
    word = text[left:right]
    if "://" in word or word.startswith("www.") or "@" in word:
        return True
    escaped_after = _URL_ESCAPE.search(text, end - 1, end + 2)
    return bool(escaped_after) and bool(_URL_ESCAPE.search(word.replace(text[start:end], "", 1)))


def _english(context: Context) -> list[Found]:
    found = []
    text = context.folded
    for match in scan(_EN, text, _EN_ANCHOR, 52):
        number = parse_english(match.group("num") or match.group("num2"))  # "5-6%": valued at its lower bound
        if number is None or _in_url(text, match.start(), match.end()):
            continue
        unit = (match.group("unit") or match.group("unit2")).strip().lower()
        points = unit.startswith(("percentage p", "basis")) or unit == "bps"
        if unit.startswith("basis") or unit == "bps":
            number /= 100
        if match.group("sign") == "-" or match.group("minus"):
            number = -number
        value = PercentValue(float(f"{number:.12g}"), points)
        found.append(Found(FactKind.PERCENT, match.start(), match.end(), value))
    fractions = _english_fractions(text)
    if fractions:
        kept = [item for item in found if not any(f.start < item.end and item.start < f.end for f in fractions)]
        found = sorted(kept + fractions, key=lambda item: item.start)
    return found


def _english_fractions(text: str) -> list[Found]:
    """ "three-tenths of one percent", "half a percentage point", "two and a half percent"."""
    found = []
    for hit in _FRACTION_ANCHOR.finditer(text):
        if not _FRACTION_BEFORE.search(text, max(0, hit.start() - 16), hit.start()):
            continue
        match = _EN_FRACTION.search(text, max(0, hit.start() - 48), hit.end() + 24)
        if match is None or match.start("unit") > hit.start() + 16:
            continue
        if match.group("half_a"):
            fraction = 0.5
        else:
            fraction = _NUMERATORS[match.group("num").lower()] / _DENOMINATORS[match.group("den").lower()]
        whole = parse_english(match.group("whole")) if match.group("whole") else 0.0
        if whole is None or (match.group("whole") and (match.group("of") or match.group("half_a"))):
            continue
        points = match.group("unit").lower().startswith("percentage")
        value = PercentValue(float(f"{whole + fraction:.12g}"), points)
        found.append(Found(FactKind.PERCENT, match.start(), match.end(), value))
    return found


_CJK_DIGIT = "〇零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
# Two neighbouring numerals before a unit are a rough range ("二三十个百分点", "百分之二三十"): no single value.
_ROUGH = re.compile(f"[{_CJK_DIGIT.replace('〇零', '')}][{_CJK_DIGIT}][十百千万萬拾佰仟]")
_POINT_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {
    "零": "0", "两": "2", "兩": "2", "壹": "1", "贰": "2", "貳": "2", "叁": "3", "參": "3", "肆": "4", "伍": "5",
    "陆": "6", "陸": "6", "柒": "7", "捌": "8", "玖": "9",
}  # fmt: skip
_SIGN = r"(?:(?<![0-9A-Za-z.,%])(?P<sign>[-+])(?=\d)|(?P<neg>负|負|マイナス)|プラス)?"
# A CJK number with decimals written in numerals (四点五, 五十六点叁叁) and a "k" for thousands (12k, 3.2k).
_NUMBER = rf"(?P<num>{CJK_NUMBER}(?:[点點][{_CJK_DIGIT}\d]+)?(?:・\d+)?)(?P<k>[kK](?![A-Za-z]))?"
_CJK_TENTHS = rf"(?P<num>\d(?:\.\d+)?|10|[{_CJK_DIGIT}十拾](?:[点點.][{_CJK_DIGIT}])?)"


@dataclass(frozen=True, slots=True)
class PercentRule:
    """One way of writing a percentage in Chinese or Japanese, with examples kept in the tests."""

    name: str
    pattern: re.Pattern[str]
    scale: float
    """Multiplier of the written number: 10 for 成/割 (tenths), 0.01 for basis points; 0 when the rule's own
    reading applies (折 discounts, 千分之 fractions)."""
    anchor: re.Pattern[str]
    """A literal every match contains: the full pattern runs only around its hits (see `found.scan`)."""
    points: bool = False


_CJK_RULES = (
    PercentRule(
        "baifenzhi",  # 百分之五, 百分之三点五, 负百分之三, 百分之15k; 百分之三十到四十 (a range, at its lower bound)
        re.compile(
            rf"(?<![{_CJK_DIGIT}十百千万萬\d])(?P<neg>负|負)?[百佰]分之{_NUMBER}(?![分点點])"
            rf"(?:(?:至|到|-|~|～|〜)[{_CJK_DIGIT}十\d]+(?:[点點.][{_CJK_DIGIT}\d]+)?(?![分点點\d万萬亿億年月日号號时時个個]))?"
        ),
        1,
        re.compile("分之"),
    ),
    PercentRule(
        "fenzhi",  # per mille and smaller: 千分之一 = 0.1 %, 万分之三 = 0.03 %
        re.compile(rf"(?<![{_CJK_DIGIT}十\d])(?P<base>百万万|万万|千万|百万|千|仟|万|萬)分之{_NUMBER}"),
        0,
        re.compile("分之"),
    ),
    PercentRule(
        "percent-sign",  # 15%, -22.2%, 35・8%, 120パーセント, マイナス五%
        re.compile(rf"{_SIGN}{_NUMBER} ?(?P<unit>%|パーセント)"),
        1,
        re.compile("%|パーセント"),
    ),
    PercentRule(
        "percentage-points",  # 3个百分点, 0.5ポイント, 四点五个百分点
        re.compile(rf"{_SIGN}{_NUMBER} ?(?P<unit>个百分点|個百分點|个多百分点|個多百分點|ポイント)"),
        1,
        re.compile("百分点|百分點|ポイント"),
        points=True,
    ),
    PercentRule(
        "basis-points",  # 25个基点
        re.compile(rf"{_SIGN}{_NUMBER} ?(?P<unit>个基点|個基點|ベーシスポイント)"),
        0.01,
        re.compile("基点|基點|ベーシスポイント"),
        points=True,
    ),
    PercentRule(
        "wari",  # 9割, 5割半, 9割5分, 3割8分7厘, 5割引
        re.compile(
            rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?|[{_CJK_DIGIT}十]+)割(?!合)"
            rf"(?:(?P<half>半)|(?P<fen>\d|[{_CJK_DIGIT}])分(?:(?P<li>\d|[{_CJK_DIGIT}])厘)?)?(?P<off>引)?"
        ),
        10,
        re.compile("割"),
    ),
    PercentRule(
        "cheng",  # 三成, 六成四, 三成半, 7.2成, 八点五成, 十成, 半成
        re.compile(
            rf"(?<![\d{_CJK_DIGIT}十.点點])(?<!\d\.)(?:{_CJK_TENTHS}|(?P<halfonly>(?<![上下大多一])半))成"
            rf"(?:(?P<half>半)|(?P<fen>[{_CJK_DIGIT}])(?![{_CJK_DIGIT}十百千万萬亿億个個名人家]))?"
            "(?![了为為功立员員本长長交绩績型果熟品])"
        ),
        10,
        re.compile("成"),
    ),
    PercentRule(
        "zhe",  # a discount: 8折 = 80% of the price, 75折, 9.9折, 七五折, 六点五折, 半折, 打对折
        re.compile(
            rf"(?<![\d{_CJK_DIGIT}十.波百千万萬骨曲周转轉对對])(?P<num>\d{{1,2}}(?:\.\d)?|[{_CJK_DIGIT}]{{1,2}}"
            rf"(?:[点點][{_CJK_DIGIT}])?|(?<![上下大多一])半|(?<=打)[对對])折"
            "(?![合旧舊算射返叠疊腾騰服断斷损損线線页頁])"
        ),
        0,
        re.compile("折"),
    ),
)
_FRACTION_BASES = {"千": 1e3, "仟": 1e3, "万": 1e4, "萬": 1e4, "百万": 1e6, "千万": 1e7, "万万": 1e8, "百万万": 1e10}


_DECIMAL_POINT = re.compile("[点點.]")


def _cjk_number(text: str) -> float | None:
    text = text.replace("・", ".")
    parts = _DECIMAL_POINT.split(text, maxsplit=1)
    whole = parts[0]
    fraction = parts[1] if len(parts) > 1 else ""
    value = parse_cjk(whole)
    if value is None:
        return None
    if fraction:
        digits = "".join(_POINT_DIGITS.get(ch, ch) for ch in fraction)
        if not digits.isdigit():
            return None
        value += float("0." + digits)
    return value


def _discount(text: str) -> float | None:
    """8折 -> 80, 75折 -> 75, 9.9折 -> 99, 七五折 -> 75, 六点五折 -> 65, 半折 -> 50."""
    if text in ("半", "对", "對"):
        return 50.0  # 半折, 打对折: half the price
    plain = "".join(_POINT_DIGITS.get(ch, ch) for ch in text).replace("点", ".").replace("點", ".")
    try:
        number = float(plain)
    except ValueError:
        return None
    return number * 10 if "." in plain or len(plain) == 1 else number


# Spaces inside a CJK number or unit ("百 分 之 2.4", "六 个 百 分点", "3.2kパ ーセ ント", text extracted from PDFs)
# are read as if absent; spans still point into the original text.
_INNER_SPACE = re.compile(r"(?<=[\u3040-\u9fff\d.kK%])[ \u3000]+(?=[\u3040-\u9fff\d.kK%])")


class _Compact:
    """`text` without the spaces inside CJK runs, and the way back to original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._positions: list[int] = []
        self._removed: list[int] = []
        if " " not in text and "\u3000" not in text:
            return
        pieces, last, removed = [], 0, 0
        for space in _INNER_SPACE.finditer(text):
            pieces.append(text[last : space.start()])
            removed += space.end() - space.start()
            self._positions.append(space.start() - (removed - (space.end() - space.start())))
            self._removed.append(removed)
            last = space.end()
        if pieces:
            pieces.append(text[last:])
            self.text = "".join(pieces)

    def original(self, position: int) -> int:
        index = bisect_right(self._positions, position) - 1
        return position + (self._removed[index] if index >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.original(start), self.original(end - 1) + 1


def _rule_number(rule: PercentRule, groups: dict[str, str | None]) -> float | None:
    number_text = groups.get("num") or ""
    if groups.get("halfonly"):
        return 5.0
    if _ROUGH.search(number_text):
        return None
    if rule.name == "zhe":
        return _discount(number_text)
    number = _cjk_number(number_text)
    if number is None:
        return None
    if groups.get("k"):
        number *= 1000
    if rule.name == "fenzhi":
        return number * 100 / _FRACTION_BASES[groups["base"] or "千"]
    number *= rule.scale
    if groups.get("half"):
        number += 5
    elif groups.get("fen"):
        number += _cjk_number(groups["fen"] or "") or 0
        if groups.get("li"):
            number += (_cjk_number(groups["li"] or "") or 0) / 10
    return number


def _cjk(context: Context) -> list[Found]:
    found = []
    compact = _Compact(context.folded)
    text = compact.text
    for rule in _CJK_RULES:
        for match in scan(rule.pattern, text, rule.anchor, 24, 20):
            groups = match.groupdict()
            number = _rule_number(rule, groups)
            if number is None or _in_url(text, match.start(), match.end()):
                continue
            if groups.get("unit") == "ポイント" and number > 100:
                continue
            if groups.get("sign") == "-" or groups.get("neg"):
                number = -number
            start = match.start()
            lower = _CJK_RANGE_LOWER.search(text, max(0, start - 12), start) if rule.scale in (1, 10) else None
            if lower is not None and not rule.name.startswith("baifen"):
                low = float(lower.group("low")) * rule.scale  # 3〜5割: three to five tenths
                if low < number:
                    start, number = lower.start(), low  # 2至3%: one range, valued at its lower bound
            value = PercentValue(float(f"{number:.12g}"), rule.points)
            begin, end = compact.span(start, match.end())
            found.append(Found(FactKind.PERCENT, begin, end, value))
    return found


_CJK_RANGE_LOWER = re.compile(r"(?<![\d.,%])(?P<low>\d+(?:\.\d+)?)(?:至|到|-|~|～|〜)$")


def find_percents(context: Context) -> list[Found]:
    """Every percentage in the passage; CJK passages also get the English forms."""
    if context.cjk:
        return _cjk(context)
    return _english(context)
