"""Bytes to text: BOM, then a declared charset, then strict UTF-8, then the most plausible CJK codec.

Short CJK texts fool statistical detectors, so candidates (the CJK codecs and charset-normalizer's guesses)
are decoded strictly and scored by how much of the result is common CJK text rather than rare characters,
half-width katakana or private-use code points that a wrong codec produces.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

SUPPORTED = "UTF-8, UTF-16, GB18030/GBK, Big5, Shift_JIS or EUC-JP"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK_CODECS = ("gb18030", "cp950", "big5hkscs", "cp932", "euc_jp")
_JAPANESE_CODECS = frozenset({"cp932", "euc_jp"})
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "cp950",
    "shift_jis": "cp932",
    "ms932": "cp932",
    "euc_jp": "euc_jp",
}
_SINGLE_BYTE_DECLARED = frozenset({"ascii", "latin_1", "iso8859_1", "cp1252"})
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_SCORE_BYTES = 64 * 1024
_MIN_SCORE = 0.5
_KOREAN_CODECS = frozenset({"euc_kr", "cp949", "johab", "iso2022_kr"})
_HANGUL_PER_SPACE = 8
"""Korean prose puts a space between words of a few syllables; Han decoded as Hangul runs on without spaces."""
_UTF8_SEQUENCE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MIN_UTF8_MULTIBYTE = 8
_UTF8_PER_DAMAGED = 20
"""UTF-8 is taken as damaged, not as another encoding, with at least this many good non-ASCII characters a bad
byte sequence (legacy CJK bytes form a valid UTF-8 sequence only now and then)."""
_SHORT_BYTES = 16
"""Below this, charset-normalizer's statistics are noise: ties go to the usual order (GB18030 first)."""


class UndecodableError(ValueError):
    """The bytes are not text in a supported encoding; the message says why, for the reader."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


_NOT_CHARSETS = frozenset({"undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "mbcs", "oem"})
"""Codecs Python calls text encodings that no page is written in (a declared one is ignored, as a bogus label is)."""


def _codec_name(label: str) -> str | None:
    """The Python codec for a charset label, or None for unknown labels and for codecs that are not charsets
    (`bz2`, `rot13`, `hex`, `uu` turn bytes into bytes; `undefined` always fails)."""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a label with a NUL byte
        return None
    name = info.name.replace("-", "_")
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_CHARSETS:
        return None
    return _SUPERSETS.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML page declares in its first bytes (`<meta charset>`), as a Python codec name."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    return _codec_name(label)


def _magic_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def binary_kind(data: bytes) -> str | None:
    """What a non-text file looks like ("a PDF file", "binary data"), or None for text."""
    kind = _magic_kind(data)
    if kind is not None:
        return kind
    head = data[:_SCORE_BYTES]
    if b"\0" in head or len(_CONTROL.findall(head)) > max(4, len(head) // 100):
        return "binary data"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM, recognisable when mostly Latin: every other byte is zero."""
    head = data[: _SCORE_BYTES - _SCORE_BYTES % 2]
    if len(head) < 4 or len(head) % 2:
        return None
    even_zero, odd_zero = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if odd_zero > 0.3 * pairs and even_zero < 0.05 * pairs:
        return "utf-16-le"
    if even_zero > 0.3 * pairs and odd_zero < 0.05 * pairs:
        return "utf-16-be"
    return None


@lru_cache(maxsize=1)
def _common_han() -> tuple[frozenset[str], frozenset[str]]:
    """Han characters in everyday Chinese use (GB2312, Big5 level 1) and Japanese use (JIS X 0208 level 1)."""

    def table(codec: str, leads: range, trails: list[int]) -> set[str]:
        chars: set[str] = set()
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    continue
        return chars

    euc_trails = list(range(0xA1, 0xFF))
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    chinese = table("gb2312", range(0xB0, 0xF8), euc_trails) | table("big5", range(0xA4, 0xC7), big5_trails)
    japanese = table("euc_jp", range(0xB0, 0xD0), euc_trails)
    return frozenset(chinese), frozenset(japanese)


def _kana_or_punctuation(code: int) -> bool:
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0xFF01 <= code <= 0xFF5E  # full-width ASCII forms
        or 0x2010 <= code <= 0x2027  # dashes, quotes, ellipsis
        or code in (0x00B7, 0x00D7, 0x00A9, 0x00AE, 0x00B0)
    )


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are ordinary CJK text; 1.0 for pure ASCII."""
    others = [ch for ch in text if ord(ch) > 0x7F]
    if not others:
        return 1.0
    chinese, japanese = _common_han()
    kana = sum(1 for ch in others if 0x3041 <= ord(ch) <= 0x30FA)
    common = japanese if kana >= 0.05 * len(others) else chinese
    good = 0.0
    for ch in others:
        code = ord(ch)
        if ch in common or _kana_or_punctuation(code):
            good += 1
        elif 0xC0 <= code <= 0x24F and ch.isalpha():
            good += 0.5  # accented Latin: plausible in Western text, the usual result of a wrong codec in CJK text
    return good / len(others)


def _kana_share(text: str) -> float:
    """Share of kana among the non-ASCII characters."""
    others = [ch for ch in text if ord(ch) > 0x7F]
    return sum(1 for ch in others if 0x3041 <= ord(ch) <= 0x30FA) / len(others) if others else 0.0


def _decode_prefix(data: bytes, encoding: str) -> str | None:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return decoder.decode(data[:_SCORE_BYTES], final=len(data) <= _SCORE_BYTES)
    except UnicodeDecodeError:
        return None


def _normalizer_guesses(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    guesses: list[str] = []
    for isolation in (list(_CJK_CODECS), None):
        best = from_bytes(data[: 4 * _SCORE_BYTES], cp_isolation=isolation).best()
        if best is not None:
            name = _codec_name(best.encoding)
            if isolation is None and name in _KOREAN_CODECS and best.language == "Korean":
                _refuse_korean(data, name)
            if name and name not in guesses:
                guesses.append(name)
    return guesses


def _refuse_korean(data: bytes, codec: str) -> None:
    """EUC-KR Korean decodes without error as GB18030 (their double-byte ranges overlap) into common-looking Han:
    refuse it, unless its Korean reading is not Korean prose (Hangul words between spaces)."""
    sample = _decode_prefix(data, codec)
    if sample is None:
        return
    hangul = sum(1 for ch in sample if 0xAC00 <= ord(ch) <= 0xD7A3)
    others = sum(1 for ch in sample if ord(ch) > 0x7F)
    if others and hangul >= 0.5 * others and sample.count(" ") * _HANGUL_PER_SPACE >= hangul:
        raise UndecodableError("Korean text (EUC-KR); the reader opens Chinese, Japanese and English")


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few damaged bytes (a bad copy, a cut download): the text with U+FFFD where they were, which
    shows the damage, rather than refusing the whole article. Text in a legacy codec is mostly invalid UTF-8."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if multibyte >= _MIN_UTF8_MULTIBYTE and damaged * _UTF8_PER_DAMAGED <= multibyte:
        return Decoded(text, "utf-8")
    return None


def _best_guess(data: bytes) -> Decoded:
    guesses = _normalizer_guesses(data)
    short = len(data) < _SHORT_BYTES
    first = list(_CJK_CODECS) if short else guesses
    candidates = list(dict.fromkeys([*first, *guesses, *_CJK_CODECS]))
    scored: list[tuple[float, int, str]] = []
    for order, encoding in enumerate(candidates):
        sample = _decode_prefix(data, encoding)
        if sample is not None:
            bonus = 0.02 if encoding in guesses and not short else 0.0
            if encoding in _JAPANESE_CODECS and _kana_share(sample) >= 0.1:
                bonus += 0.05  # kana that decode as kana are Japanese; other codecs turn them into odd Han
            scored.append((plausibility(sample) + bonus, -order, encoding))
    for score, _, encoding in sorted(scored, reverse=True):
        if score < _MIN_SCORE:
            break
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(text) == len(data) and len(_UTF8_SEQUENCE.findall(data)) >= 2:
            # A single-byte code page reads anything; whole UTF-8 sequences say it is UTF-8 with bad bytes.
            raise UndecodableError("damaged UTF-8 text")
        return Decoded(text, encoding)
    raise UndecodableError(f"not text in a known encoding ({SUPPORTED})")


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data`, trusting a BOM, then `declared` (if it decodes), then UTF-8, then the best CJK guess."""
    bom = _bom_encoding(data)
    if bom is not None:
        try:
            return Decoded(data.decode(bom), bom.replace("-sig", ""))
        except UnicodeDecodeError as error:
            raise UndecodableError(f"damaged {bom.replace('-sig', '').upper()} text") from error
    magic = _magic_kind(data)
    if magic is not None:
        raise UndecodableError(f"{magic}, not text")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    kind = binary_kind(data)
    if kind is not None:
        raise UndecodableError(f"{kind}, not text")
    codec = _codec_name(declared) if declared else None
    if codec is not None and codec not in _SINGLE_BYTE_DECLARED:
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    if codec is not None:
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            pass
    return _best_guess(data)
