"""CJK sentence boundaries on tricky text, and the one-pass splitter against a plain per-paragraph reading of the
rules (cut after each end, skip an end a quotation particle continues, trim each piece)."""

from __future__ import annotations

import random
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core import segmentation
from reader_app.core.document import Span
from reader_app.core.segmentation import paragraphs, split_sentences

_END = re.compile(
    r"[。！？!?]+[」』”’）)】〕》〉\"']*"
    r"(?:\[(?:\d{1,3}|[a-z]|[注註] ?\d{1,3}|note \d{1,3}|citation needed)\])*|\n"
)
_CLOSERS = "\"'”’)]}»」』）】"
_PARTICLES = "とっ、，,"
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9d]")


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if end > start else []


def reference(text: str, lang: str) -> tuple[Span, ...]:
    """The rules read one paragraph and one end mark at a time (as the splitter once ran them)."""
    spans: list[Span] = []
    for start, end in paragraphs(text):
        if not _CJK.search(text, start, end):
            spans += [Span(start + s.start, start + s.end) for s in split_sentences(text[start:end], "en")]
            continue
        begin = start
        for match in _END.finditer(text, start, end):
            cut = match.end()
            if cut < end and match.group()[-1] in _CLOSERS and text[cut] in _PARTICLES:
                continue
            spans += _trimmed(text, begin, cut)
            begin = cut
        spans += _trimmed(text, begin, end)
    return tuple(spans)


def sentences(text: str, lang: str = "zh") -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # closing quotes after 。 stay with the sentence they close
        ("他说：“暂停注册。”然后离开了。", "zh", ["他说：“暂停注册。”", "然后离开了。"]),
        ("「行きます。」「はい。」", "ja", ["「行きます。」", "「はい。」"]),
        ("他问：‘真的吗？’她笑了。", "zh", ["他问：‘真的吗？’", "她笑了。"]),
        # runs of ！？ are one end
        ("真的吗？！？！好。", "zh", ["真的吗？！？！", "好。"]),
        ("什么!?不会吧!!!", "zh", ["什么!?", "不会吧!!!"]),
        ("。。。开头就是句号", "zh", ["。。。", "开头就是句号"]),
        # ellipses are no end; a 。 after them is
        ("他说……然后走了。等等……", "zh", ["他说……然后走了。", "等等……"]),
        ("事情是这样的⋯⋯。后来呢", "zh-Hant", ["事情是这样的⋯⋯。", "后来呢"]),
        # full-width brackets and book-title marks close with the sentence
        ("（详见附件。）下一句。", "zh", ["（详见附件。）", "下一句。"]),
        (
            "【快讯。】《人民日报。》〈短评。〉〔注。〕完",
            "zh",
            ["【快讯。】", "《人民日报。》", "〈短评。〉", "〔注。〕", "完"],
        ),
        # a quotation particle continues the sentence only after a closer from the quote list
        ("「もっと詳しく。」と彼は言った。次。", "ja", ["「もっと詳しく。」と彼は言った。", "次。"]),
        ("「そうか。」って言った。", "ja", ["「そうか。」って言った。"]),
        ("他说“好。”，然后走了。", "zh", ["他说“好。”，然后走了。"]),
        ("他说“好。”、然后走了。", "zh", ["他说“好。”、然后走了。"]),
        ("《书名。》と書いた。", "ja", ["《书名。》", "と書いた。"]),
        ("こう言った。と書いた。", "ja", ["こう言った。", "と書いた。"]),
        # Wikipedia reference marks stay with the sentence they close
        (
            "腾讯总部位于深圳。[1][2]它成立于1998年。[注 3]完",
            "zh",
            ["腾讯总部位于深圳。[1][2]", "它成立于1998年。[注 3]", "完"],
        ),
        ("微信很流行。[citation needed]对。[a]", "zh", ["微信很流行。[citation needed]", "对。[a]"]),
        ("「引用。」[1]と述べた。", "ja", ["「引用。」[1]と述べた。"]),
        ("数字很多。[1234]下一句", "zh", ["数字很多。", "[1234]下一句"]),
        # mixed Latin inside CJK paragraphs follows the CJK rules: . is no end, ! and ? are
        (
            "微信(WeChat)由Mr. Ma推出。Tencent said so! 然后呢? OK",
            "zh",
            ["微信(WeChat)由Mr. Ma推出。", "Tencent said so!", "然后呢?", "OK"],
        ),
        ("股价下跌4.2%。市值约3.5万亿元", "zh", ["股价下跌4.2%。", "市值约3.5万亿元"]),
        # line breaks end sentences; spaces around them are not part of any sentence
        ("第一行 \t\n\u3000第二行。 第三行  \n\n  第四段", "zh", ["第一行", "第二行。", "第三行", "第四段"]),
        ("\n\n  开头有空行。\n", "zh", ["开头有空行。"]),
        ("内部 有 空格。", "zh", ["内部 有 空格。"]),
        # an English paragraph between Chinese ones keeps English rules; a paragraph with any CJK takes CJK rules
        ("中文一。\n\nMr. Ma said so. He left.\n\n中文二。\n\nU.S. only\n中文三", "zh",
         ["中文一。", "Mr. Ma said so.", "He left.", "中文二。", "U.S. only", "中文三"]),
        ("Intro line. Second.\n\n中文。", "zh", ["Intro line.", "Second.", "中文。"]),
    ],
)
def test_tricky_cjk_boundaries(text: str, lang: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected
    assert split_sentences(text, lang) == reference(text, lang)


_TOKENS = [
    *"中文字あア。！？!?」』”’）)】〕》〉\"'“‘（【《]1a \t\u3000\n.…⋯",
    *_PARTICLES,
    "[1]", "[a]", "[注 2]", "[註3]", "[note 4]", "[citation needed]", "[99999]",
    "\n\n", "\n \u3000\n", "\r\n", "Mr. Ma", "It is. Done", "U.S.", "3.5%",
]
_TEXT = st.lists(st.sampled_from(_TOKENS) | st.characters(), max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT, lang=st.sampled_from(["zh", "zh-Hant", "ja"]))
def test_same_boundaries_as_the_rules_read_one_end_at_a_time(text: str, lang: str) -> None:
    assert split_sentences(text, lang) == reference(text, lang)


def test_a_long_mixed_article_splits_as_the_rules_say() -> None:
    rng = random.Random(12)
    pieces = [*_TOKENS, "腾讯表示暂停注册", "It said.", "\n\nEnglish paragraph. Another one.\n\n", "」と", "。”，"]
    text = "".join(rng.choice(pieces) for _ in range(40_000))
    found = split_sentences(text, "zh")
    assert len(found) > 5_000
    assert found == reference(text, "zh")


def test_the_whitespace_spelled_out_for_the_splitter_is_what_isspace_says() -> None:
    spelled = re.compile("[" + segmentation._SPACE + "]")
    characters = [chr(code) for code in range(sys.maxunicode + 1)]
    assert [ch for ch in characters if spelled.match(ch)] == [ch for ch in characters if ch.isspace()]
