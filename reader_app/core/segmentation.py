"""Sentence boundaries as character spans: pysbd for English, punctuation rules for Chinese and Japanese."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from reader_app.core.document import Span
from reader_app.core.language import is_cjk

# A CJK sentence ends at 。！？ (and their half-width forms), keeping closing quotes and brackets with it.
_CJK_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[」』”’）)】〕]*|\n|$)")


@lru_cache(maxsize=4)
def _english_segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n\s*\n", text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _english_spans(text: str, offset: int) -> list[Span]:
    spans: list[Span] = []
    for piece in _english_segmenter().segment(text):
        span = _trimmed(text, piece.start, piece.end)
        if span is not None:
            spans.append(Span(span.start + offset, span.end + offset))
    return spans


def _cjk_spans(text: str, offset: int) -> list[Span]:
    spans: list[Span] = []
    for match in _CJK_SENTENCE.finditer(text):
        span = _trimmed(text, match.start(), match.end())
        if span is not None:
            spans.append(Span(span.start + offset, span.end + offset))
    return spans


def split_sentences(text: str, lang: str) -> tuple[Span, ...]:
    """Sentences of `text`, never crossing a paragraph break."""
    split = _cjk_spans if is_cjk(lang) else _english_spans
    spans: list[Span] = []
    for start, end in _paragraphs(text):
        spans.extend(split(text[start:end], start))
    return tuple(spans)
