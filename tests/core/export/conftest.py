"""An annotated sample: highlights (one with a hostile note, one orphan), a translation, a pin and a summary length."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reader_app.core.annotations import Anchor, Highlight, anchor_for
from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.facts.model import CountValue, EntityValue, Fact, FactKind
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.reading_state import PinnedFact, ReadingState
from reader_app.core.translated import PassageTranslation, SentenceTranslation

HOSTILE_NOTE = "<script>alert('x')</script> & *not emphasis* [link](http://e.x)\n# not a heading\tTabbed"

CHINESE_TEXT = (
    "腾讯微信周二表示暂停新用户注册。"
    "微信表示升级完成后将恢复新用户注册服务。"
    "熊猫喜欢在山里吃竹子。"
    "微信在中国拥有超过十二亿月活跃用户，暂停注册影响新用户。"
)


@dataclass
class Annotated:
    document: Document
    state: ReadingState
    facts: list[Fact]


def _translation(document: Document, role: PassageRole, target: str) -> PassageTranslation:
    passage = document.passage(role)
    assert passage is not None
    sentences = tuple(SentenceTranslation(f"[{target} {i}] 訳文{i}") for i in range(len(passage.sentences)))
    return PassageTranslation(role, passage.lang, target, f"{passage.lang}-{target}", sentences)


@pytest.fixture
def annotated(sample_path) -> Annotated:
    document = load_document(sample_path)
    article = document.article
    first = article.sentences[0]
    wechat = article.text.index("WeChat")
    didi = article.text.index("Didi")
    highlights = (
        Highlight(PassageRole.ARTICLE, anchor_for(article, Span(wechat, wechat + 6)), "green", HOSTILE_NOTE),
        Highlight(PassageRole.ARTICLE, anchor_for(article, Span(didi, didi + 4)), "pink", "Ride-hailing"),
        Highlight(PassageRole.ARTICLE, Anchor("no longer here", "", "", 5, 19), "blue", "orphaned note"),
    )
    facts = [
        Fact(FactKind.COUNT, PassageRole.ARTICLE, Span(first.start, first.start + 8), "Tencent’", CountValue(1, "")),
        Fact(FactKind.ORG, PassageRole.ARTICLE, Span(wechat, wechat + 6), "WeChat", EntityValue("WeChat")),
        Fact(FactKind.ORG, PassageRole.ARTICLE, Span(didi, didi + 4), "Didi", EntityValue("Didi Chuxing")),
    ]
    state = (
        ReadingState.for_document(document)
        .with_summary_length(3)
        .with_highlights(highlights)
        .with_translation(_translation(document, PassageRole.ARTICLE, "ja"))
        .with_translation(_translation(document, PassageRole.PROMPT, "en"))
        .with_pin(PinnedFact.from_fact(facts[1]))
    )
    return Annotated(document, state, facts)


@pytest.fixture
def chinese() -> Document:
    return document_from_text(CHINESE_TEXT, title="微信暂停注册 <b>")
