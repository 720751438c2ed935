"""One way to compare text for searching: width-, case- and script-insensitive, with offsets that still point
into the original.

`normalise_for_search` folds each character with NFKC (full-width ＡＢＣ１２３ → ABC123, half-width ｶﾅ → カナ),
lower-cases it and maps traditional Chinese to simplified with OpenCC's `t2s` rules (台積電 → 台积电). It works one
character at a time and keeps a character whose folding would not be one character, so the result has the
length of the text and a match found in it is a match in the original at the same offsets.

`convert_script` is the display conversion (phrase rules, e.g. for a Simplified ↔ Traditional toggle), also
length-preserving. Find, the library search and the dictionary's look-up all compare through this module.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from typing import Protocol


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


_converters: dict[str, _Converter] = {}
_converters_lock = threading.Lock()
_char_cache: dict[str, dict[str, str]] = {}


def _converter(config: str) -> _Converter:
    """OpenCC's converter for `config` ("t2s", "s2t", …), loaded on first use (it reads its dictionaries)."""
    converter = _converters.get(config)
    if converter is None:
        with _converters_lock:
            converter = _converters.get(config)
            if converter is None:
                import opencc

                converter = opencc.OpenCC(config)
                _converters[config] = converter
    return converter


def _convert_char(char: str, config: str) -> str:
    """One character through OpenCC's `config`; kept as it is when the result is not one character."""
    cache = _char_cache.setdefault(config, {})
    mapped = cache.get(char)
    if mapped is None:
        try:
            converted = _converter(config).convert(char)
        except (UnicodeError, ValueError, RuntimeError):  # a lone surrogate cannot reach OpenCC as UTF-8
            converted = char
        mapped = converted if len(converted) == 1 else char
        cache[char] = mapped
    return mapped


def _convert_chars(text: str, config: str) -> str:
    table = {ord(char): _convert_char(char, config) for char in set(text)}
    return text.translate(table)


def _is_han(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\U00020000" <= char <= "\U0003ffff"


def convert_script(text: str, config: str = "t2s") -> str:
    """`text` converted with OpenCC's `config` ("t2s", "s2t", …) for display, keeping its length so offsets hold.

    Each line gets OpenCC's phrase rules (頭髮 → 头发, 乾隆 stays 乾隆); a line whose length would change is
    converted character by character instead.
    """
    if text.isascii() or not any(_is_han(char) for char in set(text)):
        return text
    try:
        converted = _converter(config).convert(text)
    except (UnicodeError, ValueError, RuntimeError):
        return _convert_chars(text, config)
    lines_in, lines_out = text.split("\n"), converted.split("\n")
    if len(lines_in) != len(lines_out):
        return _convert_chars(text, config)
    if len(converted) == len(text) and all(len(a) == len(b) for a, b in zip(lines_in, lines_out, strict=True)):
        return converted
    fixed = [b if len(a) == len(b) else _convert_chars(a, config) for a, b in zip(lines_in, lines_out, strict=True)]
    return "\n".join(fixed)


def _search_form(char: str) -> str:
    """What one character becomes for searching: NFKC, lower case, then simplified; always one character."""
    candidate = unicodedata.normalize("NFKC", char)
    if len(candidate) != 1:
        candidate = char
    lower = candidate.lower()
    candidate = lower if len(lower) == 1 else candidate
    return _convert_char(candidate, "t2s") if _is_han(candidate) else candidate


def normalise_for_search(text: str) -> str:
    """`text` folded for comparison: width (ＡＢＣ１２３ = ABC123), case, traditional → simplified (台積電 = 台积电).

    Always the same length as `text`, position for position. Each character is folded on its own, so a query
    folds exactly as the same characters fold inside any text and a substring match is never lost to context
    (phrase rules are for display: see `convert_script`). Long texts go in slices, so a search on a worker
    thread never holds the interpreter long enough to stall the window.
    """
    if len(text) <= _SLICE:
        return _normalise_slice(text)
    return "".join(_normalise_slice(text[start : start + _SLICE]) for start in range(0, len(text), _SLICE))


_SLICE = 1 << 18
_search_table: dict[int, str] = {}
"""Every character met so far, mapped to its search form (identity included: a miss in `str.translate`'s table
costs an exception inside the call, which made it several times slower)."""


def _normalise_slice(text: str) -> str:
    if text.isascii():
        return text.lower()
    table = _search_table
    for char in set(text):
        code = ord(char)
        if code not in table:
            table[code] = _search_form(char)
    return text.translate(table)


def find_all(text: str, query: str, *, normalised_text: str | None = None) -> list[tuple[int, int]]:
    """`[start, end)` offsets in `text` of every non-overlapping match of `query`, ignoring width, case and script.

    Pass `normalised_text` (`normalise_for_search(text)`, computed once) when searching the same text repeatedly.
    """
    return list(iter_matches(text, query, normalised_text=normalised_text))


def iter_matches(text: str, query: str, *, normalised_text: str | None = None) -> Iterator[tuple[int, int]]:
    """Like `find_all`, one match at a time."""
    needle = normalise_for_search(query)
    if not needle.strip():
        return
    haystack = normalised_text if normalised_text is not None else normalise_for_search(text)
    if len(haystack) != len(text):
        raise ValueError("normalised_text is not the normalised form of text")
    position = haystack.find(needle)
    while position >= 0:
        yield position, position + len(needle)
        position = haystack.find(needle, position + len(needle))


def contains(text: str, query: str) -> bool:
    """Whether `query` occurs in `text`, ignoring width, case and script."""
    needle = normalise_for_search(query)
    return bool(needle.strip()) and needle in normalise_for_search(text)
