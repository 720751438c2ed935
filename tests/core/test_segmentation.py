"""Sentence segmentation: English abbreviations and numbers, CJK punctuation and quotes, spans and speed."""

from __future__ import annotations

import re

import pysbd
import pytest
from cjk_samples import JAPANESE, SIMPLIFIED, TRADITIONAL
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.segmentation import paragraphs, split_sentences


def sentences(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump signed an order in the U.S. last year. Biden revoked it.",
            ["Donald Trump signed an order in the U.S. last year.", "Biden revoked it."],
        ),
        ("Mr. Smith went to Washington. He stayed.", ["Mr. Smith went to Washington.", "He stayed."]),
        (
            "Mrs. Lee and Dr. Wong met Gen. Patton. They talked.",
            ["Mrs. Lee and Dr. Wong met Gen. Patton.", "They talked."],
        ),
        (
            "Didi raised $4.4 billion in its IPO. Shares fell.",
            ["Didi raised $4.4 billion in its IPO.", "Shares fell."],
        ),
        (
            "WeChat has over 1.2 billion users. It grew 3.5% last year.",
            ["WeChat has over 1.2 billion users.", "It grew 3.5% last year."],
        ),
        (
            "Some apps, e.g. WeChat and Alipay, were hit. Others were not.",
            ["Some apps, e.g. WeChat and Alipay, were hit.", "Others were not."],
        ),
        ("Fintech firms, i.e. lenders, fell. Banks rose.", ["Fintech firms, i.e. lenders, fell.", "Banks rose."]),
        ("She moved to the U.S. The company followed.", ["She moved to the U.S.", "The company followed."]),
        ("U.S. President Joe Biden spoke. He left.", ["U.S. President Joe Biden spoke.", "He left."]),
        ("The meeting ends at 5 p.m. tomorrow. Be on time.", ["The meeting ends at 5 p.m. tomorrow.", "Be on time."]),
        ("J. K. Rowling wrote it. Everyone read it.", ["J. K. Rowling wrote it.", "Everyone read it."]),
        ("See Fig. 3 for details. The data is clear.", ["See Fig. 3 for details.", "The data is clear."]),
        ("It is No. 5 on the list. Fine.", ["It is No. 5 on the list.", "Fine."]),
        ("Sales rose in 2021. The firm grew.", ["Sales rose in 2021.", "The firm grew."]),
        ("What happened? Nobody knows! Really.", ["What happened?", "Nobody knows!", "Really."]),
        ("“Why?” he asked. Nobody answered.", ["“Why?” he asked.", "Nobody answered."]),
        (
            "He said “Go home. Now is the time.” Then he left.",
            ["He said “Go home. Now is the time.”", "Then he left."],
        ),
        ("Wait... Then it happened.", ["Wait...", "Then it happened."]),
        (
            "The firm (WeChat’s parent). It is big.",
            ["The firm (WeChat’s parent).", "It is big."],
        ),
        ("Version 2.0 shipped. Users liked v2.1 more.", ["Version 2.0 shipped.", "Users liked v2.1 more."]),
        ("No full stop at the end", ["No full stop at the end"]),
        ("3. Protecting Users From Law. The next rule.", ["3. Protecting Users From Law.", "The next rule."]),
        ("It has (a) one part and (b) another. Done.", ["It has (a) one part and (b) another.", "Done."]),
        (
            "Tencent is based in Shenzhen.[1] It is one of the largest firms by revenue.[2][3] Ma founded it.",
            ["Tencent is based in Shenzhen.[1]", "It is one of the largest firms by revenue.[2][3]", "Ma founded it."],
        ),
        ("It said so.[citation needed] Then it left.", ["It said so.[citation needed]", "Then it left."]),
        ("See the list [1] below. Good.", ["See the list [1] below.", "Good."]),
    ],
)
def test_english_hard_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_the_samples_parenthesised_sentences_are_split(sample_path: object) -> None:
    paragraph = (
        "(In other markets, it’s a different story. Donald Trump had signed an order to ban transactions with "
        "TikTok and WeChat in the U.S. last year. President Joe Biden revoked and replaced those actions last month.)"
    )
    assert sentences(paragraph) == [
        "(In other markets, it’s a different story.",
        "Donald Trump had signed an order to ban transactions with TikTok and WeChat in the U.S. last year.",
        "President Joe Biden revoked and replaced those actions last month.)",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("腾讯表示暂停注册。这很重要！真的吗？", "zh", ["腾讯表示暂停注册。", "这很重要！", "真的吗？"]),
        ("他说：“暂停注册。”然后离开了。", "zh", ["他说：“暂停注册。”", "然后离开了。"]),
        ("「もっと詳しく知りたい。」彼はそう言った。", "ja", ["「もっと詳しく知りたい。」", "彼はそう言った。"]),
        ("『本当に？』それは驚きだ。", "ja", ["『本当に？』", "それは驚きだ。"]),
        ("「もっと詳しく。」と彼は言った。次の文。", "ja", ["「もっと詳しく。」と彼は言った。", "次の文。"]),
        ("增长3.5%。市值达1.2万亿元。", "zh", ["增长3.5%。", "市值达1.2万亿元。"]),
        ("第一行没有句号\n第二行。", "zh", ["第一行没有句号", "第二行。"]),
        ("もっと詳しく", "ja", ["もっと詳しく"]),
        ("真的吗？！是的。", "zh", ["真的吗？！", "是的。"]),
        ("這是繁體。對吧？", "zh-Hant", ["這是繁體。", "對吧？"]),
        (
            "腾讯位于深圳。[1]腾讯成立于1998年。[2][3]它很大。",
            "zh",
            ["腾讯位于深圳。[1]", "腾讯成立于1998年。[2][3]", "它很大。"],
        ),
        ("本社は東京にある。[注 1]次の文。", "ja", ["本社は東京にある。[注 1]", "次の文。"]),
    ],
)
def test_cjk_sentences(text: str, lang: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "count"), [(SIMPLIFIED, "zh", 4), (TRADITIONAL, "zh-Hant", 4), (JAPANESE, "ja", 4)]
)
def test_real_cjk_news(text: str, lang: str, count: int) -> None:
    found = sentences(text, lang)
    assert len(found) == count
    assert "".join(found) == text
    assert all(sentence[-1] == "。" for sentence in found)


def test_an_english_paragraph_in_a_cjk_passage_uses_english_rules() -> None:
    text = "腾讯表示暂停注册。\n\nMr. Ma said so. He left."
    assert sentences(text, "zh") == ["腾讯表示暂停注册。", "Mr. Ma said so.", "He left."]


def test_no_sentence_crosses_a_paragraph_and_spans_exclude_whitespace() -> None:
    text = "  First paragraph without end\n\n\tSecond one. Third one.  \n \n最后一段。\n"
    assert sentences(text) == ["First paragraph without end", "Second one.", "Third one.", "最后一段。"]
    for span in split_sentences(text, "en"):
        assert not re.search(r"\n\s*\n", text[span.start : span.end])


def test_heading_lines_and_bullets_end_sentences() -> None:
    text = (
        "WeChat pauses sign-ups\n"
        "Tencent’s WeChat said on Tuesday it is temporarily suspending registration of new users in China.\n"
        "- Registration resumes in August\n"
        "- Over 1.2 billion users"
    )
    assert sentences(text) == [
        "WeChat pauses sign-ups",
        "Tencent’s WeChat said on Tuesday it is temporarily suspending registration of new users in China.",
        "- Registration resumes in August",
        "- Over 1.2 billion users",
    ]


def test_hard_wrapped_lines_are_not_sentence_ends() -> None:
    text = (
        "Tencent’s WeChat said on Tuesday it is temporarily suspending\n"
        "registration of new users in China as it works to comply with\n"
        "Chinese laws and regulations. The crackdown continues."
    )
    assert len(sentences(text)) == 2


def test_paragraphs() -> None:
    text = "a\n\nb\n \t\nc"
    assert [text[s:e] for s, e in paragraphs(text)] == ["a", "b", "c"]


NEWS = [
    "Tencent’s WeChat said on Tuesday it is temporarily suspending registration of new users in China as it works to "
    "comply with “relevant laws and regulations,” the latest Chinese firm to face regulatory scrutiny.",
    "“Registration services will be restored after the upgrade is complete, which is expected in early August,” said "
    "WeChat, which has amassed over 1.2 billion monthly active users in China as of earlier this year.",
    "Earlier this month, China’s cybersecurity regulator ordered ride-hailing giant app Didi to stop signing up new "
    "users. That move had come days after Didi’s $4.4 billion initial public offering on the New York Stock Exchange.",
    "Mr. Biden said the U.S. would respond. Officials in Beijing did not comment. Shares of Tencent fell 3.2% in "
    "Hong Kong on Wednesday, their lowest level since 2020.",
    "Toyota Motor Corp. said it would cut output by 40% in September. The automaker cited a shortage of chips! "
    "Would rivals follow? Analysts at Nomura expect Honda and Nissan to announce similar cuts.",
    "Prof. Wang, who teaches at Peking University, said regulators want more control over data. “They see data as "
    "a national resource,” she said. Alibaba and Meituan have also been fined.",
    "The yuan traded at 6.48 per dollar. Investors sold $1.5 billion of Chinese stocks, e.g. tech names, on Monday.",
]


@pytest.mark.parametrize("paragraph", NEWS)
def test_matches_pysbd_on_ordinary_news(paragraph: str) -> None:
    segmenter = pysbd.Segmenter(language="en", clean=False)
    assert sentences(paragraph) == [s.strip() for s in segmenter.segment(paragraph)]


def test_a_long_text_splits_as_its_paragraphs_do() -> None:
    text = "\n\n".join(NEWS * 300)  # about 0.3 MB; benchmarks/scaling.py checks the time grows linearly
    assert len(split_sentences(text, "en")) == 16 * 300


_TOKENS = [*"ab Z.!?。！？」』”“\"'()\n\t\u3000…", "U.S.", "Mr.", "1.2", "e.g.", "腾讯", "もっと", "\r\n", "\n\n"]
_TEXT = st.lists(st.sampled_from(_TOKENS) | st.characters(), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, lang=st.sampled_from(["en", "zh", "zh-Hant", "ja"]))
def test_spans_are_ordered_disjoint_trimmed_and_inside_the_text(text: str, lang: str) -> None:
    spans = split_sentences(text, lang)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        assert not re.search(r"\n[ \t\r\f\v\u3000]*\n", piece)
        previous_end = span.end
    # every character outside the sentences is whitespace
    uncovered = list(text)
    for span in spans:
        uncovered[span.start : span.end] = [" "] * (span.end - span.start)
    assert "".join(uncovered).strip() == ""
