"""Highlight anchors: exact, quote-with-context and fuzzy re-attachment; orphans when the text is gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app.core.annotations import (
    Anchor,
    Highlight,
    anchor_for,
    document_order,
    reattach,
    reattached,
)
from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.loading import document_from_text, load_document

ZH_TEXT = (
    "腾讯旗下的微信周二表示，正在暂停中国境内新用户注册。"
    "微信表示，注册服务将在升级完成后恢复，预计在八月初。"
    "微信今年早些时候在中国拥有超过十二亿月活跃用户。"
)


def _passage(text: str) -> Passage:
    return Passage(role=PassageRole.ARTICLE, text=text, lang="en")


def _span_of(text: str, quote: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Span(start, start + len(quote))


@pytest.fixture
def article(sample_path: Path) -> Passage:
    return load_document(sample_path).article


def test_anchor_keeps_quote_context_and_offsets(article: Passage) -> None:
    span = _span_of(article.text, "1.2 billion monthly active users")
    anchor = anchor_for(article, span)
    assert anchor.exact == "1.2 billion monthly active users"
    assert article.text[: span.start].endswith(anchor.prefix) and len(anchor.prefix) == 32
    assert article.text[span.end :].startswith(anchor.suffix) and len(anchor.suffix) == 32
    assert (anchor.start, anchor.end) == (span.start, span.end)


def test_unchanged_text_reattaches_in_place(article: Passage) -> None:
    span = _span_of(article.text, "temporarily suspending registration")
    assert reattach(anchor_for(article, span), article) == span


def test_text_inserted_before_moves_the_highlight(article: Passage) -> None:
    quote = "temporarily suspending registration"
    anchor = anchor_for(article, _span_of(article.text, quote))
    edited = _passage("Editor's note: updated with comment from Tencent.\n\n" + article.text)
    span = reattach(anchor, edited)
    assert span is not None and edited.text[span.start : span.end] == quote
    assert span.start > anchor.start


def test_repeated_quote_is_told_apart_by_context(article: Passage) -> None:
    # "WeChat" occurs many times; the anchor must find the occurrence with the same surroundings after a shift.
    second = _span_of(article.text, "WeChat", nth=3)
    anchor = anchor_for(article, second)
    edited = _passage(article.text.replace("Tencent’s WeChat said", "Tencent Holdings’ WeChat said"))
    span = reattach(anchor, edited)
    assert span is not None
    assert edited.text[span.start - 20 : span.end + 20] == article.text[second.start - 20 : second.end + 20]


def test_nearest_occurrence_wins_without_context() -> None:
    text = "alpha beta gamma. alpha beta gamma. alpha beta gamma."
    anchor = Anchor(exact="beta", prefix="", suffix="", start=25, end=29)
    assert reattach(anchor, _passage(text)) == Span(24, 28)


def test_small_edit_inside_the_quote_is_tolerated(article: Passage) -> None:
    anchor = anchor_for(article, _span_of(article.text, "1.2 billion monthly active users"))
    changed = article.text.replace("1.2 billion monthly active users", "1.3 billion monthly active user")
    edited = _passage("Intro.\n\n" + changed)
    span = reattach(anchor, edited)
    assert span is not None and edited.text[span.start : span.end] == "1.3 billion monthly active user"


def test_reworded_quote_framed_by_unchanged_context(article: Passage) -> None:
    quote = "ride-hailing giant app Didi"
    anchor = anchor_for(article, _span_of(article.text, quote))
    edited = _passage(article.text.replace(quote, "the ride-hailing app Didi Chuxing"))
    span = reattach(anchor, edited)
    assert span is not None and "Didi" in edited.text[span.start : span.end]


def test_removed_passage_makes_an_orphan(article: Passage) -> None:
    sentence = article.sentence_text(2)
    anchor = anchor_for(article, article.sentences[2])
    edited = _passage(article.text.replace(sentence, ""))
    assert reattach(anchor, edited) is None


def test_cjk_quote_reattaches_after_edit() -> None:
    document = document_from_text(ZH_TEXT)
    passage = document.article
    anchor = anchor_for(passage, _span_of(passage.text, "十二亿月活跃用户"))
    edited = _passage("（记者报道）" + ZH_TEXT.replace("十二亿月活跃用户", "十三亿月活跃用户"))
    span = reattach(anchor, edited)
    assert span is not None and edited.text[span.start : span.end] == "十三亿月活跃用户"


def test_reattached_refreshes_the_anchor_and_keeps_orphans_out(article: Passage) -> None:
    highlight = Highlight(role=PassageRole.ARTICLE, anchor=anchor_for(article, _span_of(article.text, "SoftBank")))
    assert reattached(highlight, article) is highlight
    shifted = _passage("New first line.\n\n" + article.text)
    moved = reattached(highlight, shifted)
    assert moved is not None and moved.id == highlight.id
    assert shifted.text[moved.anchor.start : moved.anchor.end] == "SoftBank"
    assert moved.anchor.start > highlight.anchor.start
    assert reattached(highlight, _passage(article.text.replace("SoftBank", "some investors"))) is None


def test_unknown_colour_is_refused(article: Passage) -> None:
    with pytest.raises(ValueError):
        Highlight(role=PassageRole.ARTICLE, anchor=anchor_for(article, Span(0, 5)), colour="purple")


def test_document_order_puts_prompt_first_then_by_position(article: Passage) -> None:
    late = Highlight(role=PassageRole.ARTICLE, anchor=anchor_for(article, Span(100, 110)))
    early = Highlight(role=PassageRole.ARTICLE, anchor=anchor_for(article, Span(10, 20)))
    prompt = Highlight(role=PassageRole.PROMPT, anchor=Anchor("もっと", "", "詳しく", 0, 3))
    assert document_order([late, early, prompt]) == [prompt, early, late]


def test_reattach_in_a_large_text_settles_on_the_nearest_copy(article: Passage) -> None:
    # 2000 copies of the article (about 4 MB), each with the quote slightly edited: a fuzzy search over many
    # candidates that must settle on the copy nearest the old position.
    anchor = anchor_for(article, _span_of(article.text, "initial public offering"))
    copy = article.text.replace("initial public offering", "initial public offer") + "\n\n"
    edited = _passage("x" * 1000 + copy * 2000)
    span = reattach(anchor, edited)  # benchmarks/scaling.py checks the time grows linearly
    assert span is not None and span.start == 1000 + copy.index("initial public offer")
    assert edited.text[span.start : span.end] == "initial public offer"


def test_short_quote_is_not_fuzzily_matched_somewhere_else(article: Passage) -> None:
    assert reattach(Anchor(exact="gone", prefix="", suffix="", start=0, end=4), article) is None
