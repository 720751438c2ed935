"""Facts linked across the two sides of a document, and numbers a machine translation lost."""

from __future__ import annotations

from datetime import date

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import extract_document_facts, find_numeric_facts
from reader_app.core.facts.links import NOT_PRESERVED, link_facts, numbers_in, unpreserved_numbers
from reader_app.core.loading import document_from_text
from reader_app.core.segmentation import split_sentences
from reader_app.core.translated import PassageTranslation, SentenceTranslation

PUBLISHED = date(2021, 7, 28)


def _passage(text: str, lang: str) -> Passage:
    return Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))


def test_equal_values_link_across_languages() -> None:
    english = _passage(
        "WeChat has over 1.2 billion monthly active users. Registration returns in early August. "
        "Didi raised $4.4 billion, up 15%.",
        "en",
    )
    chinese = _passage("微信拥有超12亿的活跃用户。注册将于8月初恢复。滴滴融资44亿美元，增长15%。", "zh")
    left = find_numeric_facts(english, PUBLISHED)
    right = find_numeric_facts(chinese, PUBLISHED)
    pairs = [(a.text, b.text) for a, b in link_facts(left, right)]
    assert pairs == [
        ("1.2 billion monthly active users", "12亿的活跃用户"),
        ("early August", "8月初"),
        ("$4.4 billion", "44亿美元"),
        ("15%", "15%"),
    ]


def test_each_fact_links_once_and_only_to_its_kind() -> None:
    english = find_numeric_facts(_passage("It rose 15% to 15 stores, then 15% again.", "en"), PUBLISHED)
    chinese = find_numeric_facts(_passage("增长15%，达到15家门店。", "zh"), PUBLISHED)
    pairs = [(a.kind.value, a.text, b.text) for a, b in link_facts(english, chinese)]
    assert pairs == [("percent", "15%", "15%"), ("count", "15 stores", "15家门店")]


def test_numbers_in_any_notation() -> None:
    values = numbers_in("over 1.2 billion users and 12亿用户, ３００ stores")
    assert {1.2e9, 300.0} <= set(values)
    assert 12.0 not in values


def _translation(source: Passage, targets: list[str], lang: str) -> Passage:
    translation = PassageTranslation(
        PassageRole.ARTICLE, source.lang, lang, "test", tuple(SentenceTranslation(t) for t in targets)
    )
    return translation.as_passage()


def test_a_dropped_number_is_flagged_on_its_sentence() -> None:
    source = _passage("微信拥有超12亿的活跃用户。滴滴融资44亿美元。注册将于8月初恢复。", "zh")
    target = _translation(
        source,
        ["WeChat has more than 1.2 billion active users.", "Didi raised money.", "Sign-ups resume in early August."],
        "en",
    )
    flags = unpreserved_numbers(
        source, find_numeric_facts(source, PUBLISHED), target, find_numeric_facts(target, PUBLISHED)
    )
    assert flags == {1: NOT_PRESERVED}


def test_a_garbled_number_is_flagged_and_a_bare_number_counts_as_kept() -> None:
    source = _passage("Revenue rose 14% to $2.3 billion. It has 48,000 staff.", "en")
    target = _translation(source, ["营收增长41%，达到23亿美元。", "它有48000名。"], "zh")
    flags = unpreserved_numbers(
        source, find_numeric_facts(source, PUBLISHED), target, find_numeric_facts(target, PUBLISHED)
    )
    assert flags == {0: NOT_PRESERVED}


def test_document_facts_with_a_translation() -> None:
    document = document_from_text("Didi raised $4.4 billion on Tuesday. Shares rose 9%.")
    sentences = [document.article.sentence_text(i) for i in range(len(document.article.sentences))]
    assert len(sentences) == 2
    translation = PassageTranslation(
        PassageRole.ARTICLE, "en", "zh", "test",
        (SentenceTranslation("滴滴周二融资44亿美元。"), SentenceTranslation("股价上涨。")),
    )  # fmt: skip
    result = extract_document_facts(document, {PassageRole.ARTICLE: translation}, published=PUBLISHED)
    article = result[PassageRole.ARTICLE]
    assert [f.text for f in article.source if f.kind.value in ("money", "date", "percent")] == [
        "$4.4 billion", "Tuesday", "9%",
    ]  # fmt: skip
    assert [(a.text, b.text) for a, b in article.links if a.kind.value != "org"] == [
        ("$4.4 billion", "44亿美元"), ("Tuesday", "周二"),
    ]  # fmt: skip
    assert article.unpreserved == {1: NOT_PRESERVED}


def test_pending_translation_sentences_are_not_flagged() -> None:
    document = document_from_text("Didi raised $4.4 billion. Shares rose 9%.")
    translation = PassageTranslation(
        PassageRole.ARTICLE, "en", "zh", "test", (SentenceTranslation("滴滴融资44亿美元。"), None)
    )
    result = extract_document_facts(document, {PassageRole.ARTICLE: translation}, published=PUBLISHED)
    assert result[PassageRole.ARTICLE].unpreserved == {}


def test_durations_and_ranges_link_by_their_numbers() -> None:
    english = _passage("He signed a ten-year deal worth $3-5 million. The talks took six years.", "en")
    chinese = _passage("他签下价值300万至500万美元的合同。谈判历时6年。", "zh")
    left = find_numeric_facts(english, PUBLISHED)
    right = find_numeric_facts(chinese, PUBLISHED)
    pairs = [(a.text, b.text) for a, b in link_facts(left, right)]
    assert ("$3-5 million", "300万") in pairs
    assert ("six years", "6年") in pairs
