"""Decoding bytes: BOMs, declared charsets, UTF-8 and CJK legacy codecs told apart by plausibility."""

from __future__ import annotations

import codecs
import re

import pytest
from cjk_samples import JAPANESE, SIMPLIFIED, TRADITIONAL

from reader_app.core.decoding import (
    UndecodableError,
    binary_kind,
    declared_charset,
    decode_text,
    plausibility,
)

ENGLISH = "Tencent’s WeChat said on Tuesday it is temporarily suspending registration of new users in China."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (SIMPLIFIED, "gb18030"),
        (SIMPLIFIED, "gbk"),
        (SIMPLIFIED, "gb2312"),
        (TRADITIONAL, "big5"),
        (TRADITIONAL, "cp950"),
        (JAPANESE, "shift_jis"),
        (JAPANESE, "cp932"),
        (JAPANESE, "euc_jp"),
        (SIMPLIFIED, "utf-8"),
        (TRADITIONAL, "utf-8"),
        (JAPANESE, "utf-8"),
    ],
)
def test_cjk_news_in_each_encoding(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)).text == text


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL, JAPANESE, ENGLISH])
@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks(text: str, bom: bytes, encoding: str) -> None:
    decoded = decode_text(bom + text.encode(encoding))
    assert decoded.text == text  # the BOM itself is not part of the text
    assert decoded.encoding.startswith(encoding[:6])


def test_utf16_without_bom_when_mostly_latin() -> None:
    assert decode_text(ENGLISH.encode("utf-16-le")).text == ENGLISH
    assert decode_text(ENGLISH.encode("utf-16-be")).text == ENGLISH


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("腾讯暂停注册。", "gbk"),
        ("騰訊暫停註冊。", "big5"),
        ("もっと詳しく", "shift_jis"),
        ("もっと詳しく", "euc_jp"),
        ("微信", "gbk"),
    ],
)
def test_short_texts(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)).text == text


def test_english_with_latin1_accents() -> None:
    text = "The café in Zürich said it would reopen. Prices rose 5 % in the année."
    assert decode_text(text.encode("cp1252")).text == text


def test_declared_charset_wins_when_it_decodes() -> None:
    data = f'<html><head><meta charset="gb2312"></head><body>{SIMPLIFIED}</body></html>'.encode("gbk")
    assert declared_charset(data) == "gb18030"
    assert decode_text(data, declared_charset(data)).text.endswith(f"{SIMPLIFIED}</body></html>")


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "cp932"),
        (b"<meta charset='EUC-JP'>", "euc_jp"),
        (b'<meta charset="big5">', "cp950"),
        (b'<?xml version="1.0" encoding="UTF-8"?>', "utf_8"),
        (b'<meta charset="no-such-codec">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_charset(head: bytes, codec: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head></html>") == codec


def test_a_wrong_declared_charset_falls_back_to_detection() -> None:
    data = f'<meta charset="shift_jis">{SIMPLIFIED}'.encode()
    assert decode_text(data, declared_charset(data)).text.endswith(SIMPLIFIED)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (or a Word/EPUB file)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (bytes(range(256)) * 10, "binary data"),
    ],
)
def test_binary_files_are_refused(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind
    with pytest.raises(UndecodableError, match=re.escape(kind)):
        decode_text(data)


def test_text_is_not_binary() -> None:
    for text in (SIMPLIFIED, JAPANESE, ENGLISH + "\n\tTabbed.\r\n"):
        for encoding in ("utf-8", "gb18030", "cp932") if text != ENGLISH else ("utf-8",):
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert binary_kind(data) is None


def test_undecodable_bytes_get_a_clear_message() -> None:
    # Invalid in UTF-8 and every CJK codec; as Latin-1 it is nothing but C1 control codes.
    data = b"\x80\x81\x8d\x90\x9d\xa0\xff" * 30
    with pytest.raises(UndecodableError, match="known encoding"):
        decode_text(data)


def test_plausibility_prefers_the_right_codec() -> None:
    data = SIMPLIFIED.encode("gbk")
    right = plausibility(data.decode("gb18030"))
    wrong = plausibility(data.decode("big5hkscs", errors="replace"))
    assert right > 0.95 > 0.8 > wrong
    assert plausibility("plain ASCII") == 1.0


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(SIMPLIFIED, "gbk"), (TRADITIONAL, "big5"), (JAPANESE, "shift_jis"), (JAPANESE, "euc_jp")],
)
@pytest.mark.parametrize(("length", "required"), [(4, 0.9), (8, 0.97)])
def test_short_snippets_are_mostly_right(text: str, encoding: str, length: int, required: float) -> None:
    """Every `length`-character window of real news: a few bytes are ambiguous, but rarely."""
    snippets = [text[i : i + length] for i in range(len(text) - length)]
    right = sum(decode_text(snippet.encode(encoding)).text == snippet for snippet in snippets)
    assert right / len(snippets) >= required


KOREAN = "한국 경제가 올해 3% 성장했다고 한국은행이 발표했다. 수출은 10억 달러 증가했다."
CHINESE = "海港市人大常委会13日通过了总投资240亿元的轨道交通建设计划，预计2030年建成通车，日均客流量将达到120万人次。"


@pytest.mark.parametrize("codec", ["euc_kr", "cp949"])
def test_korean_in_a_legacy_codec_is_refused_not_read_as_chinese(codec: str) -> None:
    with pytest.raises(UndecodableError, match="Korean"):
        decode_text(KOREAN.encode(codec))


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "big5"])
def test_chinese_in_a_legacy_codec_is_still_chinese(codec: str) -> None:
    text = CHINESE if codec != "big5" else "台積電第三季營收新台幣5千億元，年增36%，董事會核准資本預算。"
    assert decode_text(text.encode(codec)).text == text


def test_utf8_with_a_few_damaged_bytes_keeps_its_text_and_shows_the_damage() -> None:
    data = (CHINESE * 3).encode()
    cut = len(CHINESE[:10].encode())  # between two characters
    damaged = data[:cut] + b"\xff" + data[cut:]
    decoded = decode_text(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 1
    assert decoded.text.replace("\ufffd", "") == CHINESE * 3


def test_mostly_damaged_utf8_is_refused_not_read_as_a_latin_code_page() -> None:
    with pytest.raises(UndecodableError, match="damaged UTF-8"):
        decode_text(b"\xea\xb0\x80\xeb\x82\x98 Korean \xb0\xa1 mixed \xff\xfe bad")
