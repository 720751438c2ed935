"""Document, Passage and Span: offsets, lookups and the prompt/article order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reader_app.core.document import Document, Passage, PassageRole, Span


def _passage(text: str, spans: list[tuple[int, int]], role: PassageRole = PassageRole.ARTICLE) -> Passage:
    return Passage(role=role, text=text, lang="en", sentences=tuple(Span(s, e) for s, e in spans))


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4)])
def test_span_rejects_bad_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="bad span"):
        Span(start, end)


def test_span_basics() -> None:
    span = Span(2, 6)
    assert len(span) == 4
    assert span.contains(2) and span.contains(5)
    assert not span.contains(6) and not span.contains(1)
    assert span.overlaps(Span(5, 9)) and not span.overlaps(Span(6, 9))


TEXT = "One fish. Two fish.  Red fish."
SPANS = [(0, 9), (10, 19), (21, 30)]


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(0, 0), (8, 0), (9, None), (10, 1), (18, 1), (19, None), (20, None), (21, 2), (29, 2), (30, None), (-1, None)],
)
def test_sentence_at(offset: int, expected: int | None) -> None:
    assert _passage(TEXT, SPANS).sentence_at(offset) == expected


def test_sentence_at_on_many_sentences_matches_a_linear_scan() -> None:
    spans = [(i * 10, i * 10 + 7) for i in range(5_000)]
    passage = _passage("x" * 50_000, spans)
    for offset in range(0, 50_000, 997):
        linear = next((i for i, (s, e) in enumerate(spans) if s <= offset < e), None)
        assert passage.sentence_at(offset) == linear
    assert _passage("", []).sentence_at(0) is None


def test_sentence_texts() -> None:
    passage = _passage(TEXT, SPANS)
    assert passage.sentence_text(1) == "Two fish."
    assert passage.sentence_texts() == ["One fish.", "Two fish.", "Red fish."]


def test_document_passages_put_the_prompt_first() -> None:
    prompt = _passage("もっと詳しく", [(0, 6)], PassageRole.PROMPT)
    article = _passage(TEXT, SPANS)
    document = Document(title="T", article=article, prompt=prompt, source=Path("a.txt"), published=date(2021, 7, 27))
    assert list(document.passages()) == [prompt, article]
    assert document.passage(PassageRole.PROMPT) is prompt
    assert document.passage(PassageRole.ARTICLE) is article
    assert list(Document(title="T", article=article).passages()) == [article]
    assert PassageRole.PROMPT.value == "prompt" and PassageRole("article") is PassageRole.ARTICLE
