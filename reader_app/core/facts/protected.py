"""Stretches of text where no fact may be found: web addresses, e-mail addresses, social-media handles, code, and
product model names.

A number inside "https://example.com/2024/05/report%28final%29", "@user2024", `max_users = 5000` or "iPhone 15" is no
count, date or percentage, and a name inside them is no organisation or person. Every detector asks one
`ProtectedSpans` built once per text: the name kinds drop mentions that overlap it, and `extract.find_numeric_facts`
drops counts, money, percentages and dates that overlap it (a numeric rule can also ask
`ProtectedSpans.overlaps(start, end)` itself).
"""

from __future__ import annotations

import re
from bisect import bisect_right

_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'（）()「」、，。]+(?:\([^\s()]*\)[^\s<>\"'（）()「」、，。]*)*")
# A bare address such as usa.visa.com or JD.com/product: found by its top-level domain, then widened. A bare
# two-label domain (JD.com, 99fang.com) is a company's name and stays open.
_TOP_LEVEL = re.compile(
    r"\.(?:com|org|net|gov|edu|io|ai|cn|jp|hk|tw|uk|de|fr|kr|sg|info|biz|co)(?:\.[a-z]{2})?(?![A-Za-z0-9])"
)
_PATH = re.compile(r"/[^\s<>\"'（）「」、，。]*")
_EMAIL_OR_HANDLE = re.compile(r"[A-Za-z0-9._%+-]*@[A-Za-z0-9_.-]+")
_CODE = re.compile(r"`[^`\n]{1,200}`")
# Product models: a product line's word and its number (iPhone 15, Galaxy S24, Mate 70, Model 3, Windows 11), or
# letters and digits written as one word (Mate70, RTX4090, YU7). Fiscal periods (FY2024) and years after a product
# line (Boeing 2024) are dates and stay open.
_PRODUCT_LINES = (
    "iPhone|iPad|iPod|MacBook|iMac|Galaxy|Pixel|Mate|Nova|Redmi|Xiaomi|Mi|Model|Xbox|PlayStation|PS|Switch|"
    "Windows|Surface|ThinkPad|Kindle|GeForce|RTX|GTX|Radeon|Ryzen|Snapdragon|Kirin|Dimensity|"
    "AirPods|Reno|Xperia|Aquos|Zenfone|ROG|Boeing|Airbus"
)
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# A currency code fused to its amount is money, not a model: RMB200,000, USD115, HK$ aside.
_CURRENCY_CODES = "USD|RMB|CNY|HKD|EUR|GBP|JPY|AUD|CAD|INR|SGD|TWD|CHF|NZD|KRW|MYR|THB|PHP|IDR|VND|MUSD|MEUR|MGBP"
_MODEL = re.compile(
    rf"(?:{_PRODUCT_LINES}) ?[A-Z]{{0,2}}(?!(?:19|20)\d\d(?!\d))\d{{1,4}}[A-Za-z]{{0,3}}"
    r"(?: ?(?:Pro|Max|Ultra|Plus|Mini|Lite)\+?)*(?![A-Za-z0-9])"
    rf"|(?!(?:FY|CY|{_MONTHS}|{_CURRENCY_CODES})\d)(?=[A-Za-z]*[A-Z])[A-Za-z]{{2,}}\d{{1,5}}[A-Za-z]{{0,3}}(?![A-Za-z0-9])"
)
_DIGITS = re.compile(r"[0-9]+")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")


def _is_latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _addresses(text: str) -> list[tuple[int, int]]:
    found = [(match.start(), match.start() + len(match.group().rstrip(".,;:!?"))) for match in _URL.finditer(text)]
    if "`" in text:
        found += [match.span() for match in _CODE.finditer(text)]
    if "@" in text:
        for match in _EMAIL_OR_HANDLE.finditer(text):
            start, end = match.span()
            at = text.index("@", start)
            if at > start and "." in text[at:end]:
                found.append((start, end))  # an e-mail address
            elif at == start and end - at >= 3 and (start == 0 or not text[start - 1].isalnum()):
                found.append((start, end))  # a handle: @user2024
    for match in _TOP_LEVEL.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1] in _DOMAIN_CHARS:
            start -= 1
        if start == match.start() or text[start - 1 : start] == "@":
            continue
        path = _PATH.match(text, match.end())
        if path is not None or "." in text[start : match.start()]:
            end = match.end() if path is None else match.end() + len(path.group().rstrip(".,;:!?"))
            found.append((start, end))
    return found


def _models(text: str) -> list[tuple[int, int]]:
    """Each run of digits is checked for a capitalised word right before it (product lines and fused models all
    hold a capital), so prose costs one scan."""
    found = []
    for match in _DIGITS.finditer(text):
        digit = match.start()
        word_end = digit - 1 if digit and text[digit - 1] == " " else digit
        if not word_end or not _is_latin_letter(text[word_end - 1]):
            continue
        start = word_end
        while start > 0 and word_end - start < 12 and _is_latin_letter(text[start - 1]):
            start -= 1
        if start and text[start - 1] == " " and word_end - start <= 2:
            before = start - 1
            while before > 0 and start - before < 12 and _is_latin_letter(text[before - 1]):
                before -= 1
            start = before if before < start - 1 else start  # Galaxy S24: the product line is the word before
        word = text[start:word_end]
        if word.islower() or (start and text[start - 1].isascii() and text[start - 1].isalnum()):
            continue
        model = _MODEL.match(text, start)
        if model is not None and model.end() > digit:
            found.append(model.span())
    return found


class ProtectedSpans:
    """The protected [start, end) stretches of one text, in order, without overlaps."""

    def __init__(self, text: str) -> None:
        spans: list[tuple[int, int]] = []
        for start, end in sorted(_addresses(text) + _models(text)):
            if spans and start < spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
        self.spans = spans
        self._starts = [start for start, _ in spans]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a protected stretch."""
        index = bisect_right(self._starts, start)
        if index and self.spans[index - 1][1] > start:
            return True
        return index < len(self.spans) and self.spans[index][0] < end

    def __bool__(self) -> bool:
        return bool(self.spans)


_last: tuple[str, ProtectedSpans] | None = None


def protected_spans(text: str) -> ProtectedSpans:
    """Web and e-mail addresses, handles, `code` and product model names in `text`. The numeric and the name
    detectors ask about the same passage one after the other, so the last answer is kept for that very text."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    spans = ProtectedSpans(text)
    _last = (text, spans)
    return spans
