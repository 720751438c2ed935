"""Extractive summary: order, length bounds, determinism, fact bonus, CJK, nesting, speed and edge cases."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.facts.model import CountValue, Fact, FactKind
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.summary import (
    DAMPING,
    DEFAULT_MAX_SENTENCES,
    centrality,
    default_length,
    rank_sentences,
    sentence_tokens,
    summarize,
)

TOPICAL = (
    "The city council approved the new river bridge budget on Monday. "
    "The river bridge budget covers repairs to the old bridge and a new cycle lane. "
    "Council members said the bridge budget was the largest in a decade. "
    "Penguins waddle across Antarctic ice in winter. "
    "Work on the river bridge starts in spring, the council said."
)

CHINESE = (
    "腾讯微信周二表示暂停新用户注册。"
    "微信表示升级完成后将恢复新用户注册服务。"
    "熊猫喜欢在山里吃竹子。"
    "微信在中国拥有超过十二亿月活跃用户，暂停注册影响新用户。"
)


def _passage(text: str) -> Passage:
    return document_from_text(text).article


def test_sentences_in_document_order_and_link_to_their_spans(sample_path):
    article = load_document(sample_path).article
    summary = summarize(article, 5)
    assert list(summary.indices) == sorted(summary.indices)
    for sentence in summary.sentences:
        assert article.sentences[sentence.index] == sentence.span
        assert article.text[sentence.span.start : sentence.span.end] == sentence.text
    assert summary.total_sentences == len(article.sentences)
    assert summary.role is PassageRole.ARTICLE


def test_length_is_clamped_between_one_and_all(sample_path):
    article = load_document(sample_path).article
    total = len(article.sentences)
    assert len(summarize(article, 1).sentences) == 1
    assert summarize(article, total).indices == tuple(range(total))
    assert summarize(article, total + 50).indices == tuple(range(total))
    with pytest.raises(ValueError):
        summarize(article, 0)


def test_longer_summaries_contain_shorter_ones(sample_path):
    article = load_document(sample_path).article
    previous: set[int] = set()
    for n in range(1, len(article.sentences) + 1):
        chosen = set(summarize(article, n).indices)
        assert len(chosen) == n
        assert previous < chosen
        previous = chosen


def test_deterministic():
    article = _passage(TOPICAL * 3)
    first = rank_sentences(article)
    assert all(rank_sentences(article).order == first.order for _ in range(3))


def test_off_topic_sentence_is_chosen_last():
    article = _passage(TOPICAL)
    penguins = next(i for i, text in enumerate(article.sentence_texts()) if "Penguins" in text)
    assert rank_sentences(article).order[-1] == penguins
    assert penguins not in summarize(article, 4).indices


def test_facts_lift_a_sentence_into_the_summary():
    article = _passage(TOPICAL)
    ranking = rank_sentences(article)
    loser = ranking.order[-2]
    assert loser not in summarize(article, 2).indices
    span = article.sentences[loser]
    facts = [
        Fact(FactKind.COUNT, PassageRole.ARTICLE, Span(span.start, span.start + 3), "x", CountValue(1, "")),
        Fact(FactKind.ORG, PassageRole.ARTICLE, Span(span.start + 4, span.start + 8), "y", None),
    ]
    assert loser in summarize(article, 2, facts).indices
    # Facts of another passage do not count.
    prompt_facts = [Fact(f.kind, PassageRole.PROMPT, f.span, f.text, f.value) for f in facts]
    assert summarize(article, 2, prompt_facts).indices == summarize(article, 2).indices


def test_chinese_uses_character_bigrams():
    article = _passage(CHINESE)
    assert article.lang == "zh"
    assert len(article.sentences) == 4
    order = rank_sentences(article).order
    assert article.sentence_text(order[-1]) == "熊猫喜欢在山里吃竹子。"
    assert all("熊猫" not in s.text for s in summarize(article, 3).sentences)


def test_japanese_text_is_summarized():
    article = _passage(
        "微信は新規ユーザーの登録を一時停止した。登録はアップグレード後に再開される予定だ。"
        "今日は天気が良い。微信の新規ユーザー登録の停止は規制に対応するためだ。"
    )
    assert article.lang == "ja"
    summary = summarize(article, 2)
    assert len(summary.sentences) == 2
    assert "今日は天気が良い。" not in summary.text()


def test_single_sentence_and_empty_passage():
    one = _passage("Only one sentence here.")
    assert summarize(one, 3).indices == (0,)
    empty = Passage(PassageRole.ARTICLE, "", "en", ())
    assert summarize(empty, 1).sentences == ()
    assert summarize(empty, 1).total_sentences == 0
    assert default_length(0) == 0


def test_sentences_without_shared_words_still_rank():
    article = _passage("Alpha beta gamma. Delta epsilon zeta. Eta theta iota.")
    assert summarize(article, 2).indices == (0, 1)


def test_default_length_is_within_bounds():
    assert default_length(1) == 1
    assert default_length(12) == 3
    assert default_length(40) == 10


def test_default_length_of_a_long_text_stays_readable():
    assert default_length(60) == DEFAULT_MAX_SENTENCES
    assert default_length(140_000) == DEFAULT_MAX_SENTENCES


def test_thousand_sentence_article_ranks_without_a_blow_up(sample_path):
    words = load_document(sample_path).article.text.split()
    rng = random.Random(7)
    sentences = [
        " ".join(rng.choice(words) for _ in range(rng.randint(8, 25))).replace(".", "") + "." for _ in range(1000)
    ]
    article = _passage("\n\n".join(sentences))
    assert len(article.sentences) >= 1000
    summary = summarize(article, 10)  # benchmarks/scaling.py checks the time grows linearly
    assert len(summary.sentences) == 10


def _dense_lexrank(tokens: list[list[str]]) -> np.ndarray:
    """Textbook continuous LexRank with the full similarity matrix, as a reference for the sparse computation."""
    n = len(tokens)
    vocabulary = sorted({t for sentence in tokens for t in sentence})
    df = {t: sum(1 for sentence in tokens if t in sentence) for t in vocabulary}
    matrix = np.zeros((n, len(vocabulary)))
    for i, sentence in enumerate(tokens):
        for j, term in enumerate(vocabulary):
            count = sentence.count(term)
            if count:
                matrix[i, j] = (1 + math.log(count)) * (math.log((1 + n) / (1 + df[term])) + 1)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1), 1e-300)[:, None]
    similarity = matrix @ matrix.T
    np.fill_diagonal(similarity, 0.0)
    rows = similarity.sum(axis=1)
    similarity[rows == 0] = 1.0 / n
    transition = similarity / similarity.sum(axis=1)[:, None]
    rank = np.full(n, 1.0 / n)
    for _ in range(500):
        rank = (1 - DAMPING) / n + DAMPING * transition.T @ rank
    return rank


def test_sparse_centrality_equals_the_textbook_dense_computation(sample_path):
    article = load_document(sample_path).article
    tokens = [*sentence_tokens(article), ["zzz"], ["unique", "words", "only"]]
    assert np.allclose(centrality(tokens), _dense_lexrank(tokens), atol=1e-9)
    chinese = sentence_tokens(_passage(CHINESE))
    assert np.allclose(centrality(chinese), _dense_lexrank(chinese), atol=1e-9)


def test_sentence_locator_agrees_with_the_passage(sample_path):
    from reader_app.core.summary import SentenceLocator

    article = load_document(sample_path).article
    locate = SentenceLocator(article)
    for offset in range(len(article.text) + 1):
        assert locate.index(offset) == article.sentence_at(offset)


HEADLINE_PAGE = (
    "<html><head><title>WeChat halts sign-ups | News</title></head><body><article>"
    "<h1>WeChat halts new user sign-ups</h1>"
    "<p>Tencent's WeChat said on Tuesday it is temporarily suspending registration of new users in China.</p>"
    "<p>WeChat said the registration of new users will resume after a security upgrade in early August.</p>"
    "<p>WeChat has more than 1.2 billion monthly active users, and new users in China cannot register.</p>"
    "</article></body></html>"
)


def test_a_headline_is_the_title_not_the_first_summary_sentence():
    from reader_app.core.loading import load_bytes
    from reader_app.core.summary import starts_with_headline

    page = load_bytes(HEADLINE_PAGE.encode(), "page.html")
    text_file = document_from_text(
        "微信暂停新用户注册\n\n腾讯旗下的微信周二表示，暂停新用户注册。微信表示，升级预计在8月初完成。"
        "微信拥有超过12亿月活跃用户，新用户暂时无法注册。"
    )
    # A web page's headline is its title and is not in the article at all; a text file's title line stays.
    assert page.title == "WeChat halts new user sign-ups"
    assert "WeChat halts" not in page.article.text
    assert page.article.sentence_text(0).startswith("Tencent's WeChat said")
    for document in (text_file,):
        article = document.article
        assert starts_with_headline(article)
        assert article.sentence_text(0) in document.title  # still shown at the top of the article
        total = len(article.sentences)
        for length in range(1, total):
            assert 0 not in summarize(article, length).indices
        assert summarize(article, total).indices[0] == 0  # "the whole text" still has it
    assert not starts_with_headline(_passage(TOPICAL))  # a first sentence that ends in a full stop is text
    assert not starts_with_headline(_passage("Just a title"))


def test_a_repeated_paragraph_is_never_summarised_twice():
    paragraph = "\n\n".join(TOPICAL.split(". ")) + "\n\n"
    article = _passage("Bridge\n\n" + paragraph + paragraph.replace("council", "council ", 1) * 3)
    texts = [" ".join(s.text.split()) for s in summarize(article, 5).sentences]
    assert len(texts) == 5
    assert len(set(texts)) == 5
    whole = summarize(article, len(article.sentences))
    assert len(whole.sentences) == len(article.sentences)  # the whole text keeps its repeats


def test_a_repeated_chinese_text_gives_each_sentence_once():
    article = _passage(CHINESE * 4)
    texts = [s.text for s in summarize(article, 4).sentences]
    assert sorted(texts) == sorted(article.sentence_text(i) for i in range(4))
