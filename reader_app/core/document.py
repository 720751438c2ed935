"""The loaded document: immutable passages that everything else points into by character offsets."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date  # only named in annotations: the window's first paint does without datetime


class PassageRole(StrEnum):
    PROMPT = "prompt"
    ARTICLE = "article"


_set_field = object.__setattr__


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A half-open `[start, end)` range of character offsets into a passage's text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out rather than generated with a `__post_init__` check: a big article makes hundreds of
        # thousands of spans while it loads, and the generated one costs a second call for each.
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end})")
        _set_field(self, "start", start)
        _set_field(self, "end", end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_SPAN_BOUNDS = attrgetter("start", "end")


def _span_start(span: Span) -> int:
    return span.start


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Passage:
    """One block of text in one language; its text never changes after loading."""

    role: PassageRole
    text: str
    lang: str
    sentences: tuple[Span, ...] = field(default_factory=tuple)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled with its sentence bounds as one flat tuple of ints: pickling a big article's `Span` objects one by
        one held the window's GIL for a long time on the worker thread that sends it to a child process."""
        # Flattened in C (`map` over an attrgetter): a comprehension over a big article's spans ran as bytecode on
        # the sending thread, and the window, which gives the GIL back at every Qt call, waited at each one.
        bounds = tuple(chain.from_iterable(map(_SPAN_BOUNDS, self.sentences)))
        return (_passage_from_bounds, (self.role, self.text, self.lang, bounds))

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.text[span.start : span.end]

    def sentence_texts(self) -> list[str]:
        return [self.text[s.start : s.end] for s in self.sentences]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing `offset`, or None between sentences (binary search: spans are ordered)."""
        index = bisect.bisect_right(self.sentences, offset, key=_span_start) - 1
        if index >= 0 and self.sentences[index].contains(offset):
            return index
        return None


def _passage_from_bounds(role: PassageRole, text: str, lang: str, bounds: tuple[int, ...]) -> Passage:
    sentences = tuple(Span(start, end) for start, end in zip(bounds[::2], bounds[1::2], strict=True))
    return Passage(role=role, text=text, lang=lang, sentences=sentences)


class BlockKind(StrEnum):
    """What a block of the article is, when it is not an ordinary paragraph (a web page's own markup says so)."""

    HEADING = "heading"
    ITEM = "item"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A heading, list item or quotation of the article: `[start, end)` offsets into the article's text."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Document:
    """What the loader understood of a file or pasted text."""

    title: str
    article: Passage
    prompt: Passage | None = None
    source: Path | None = None
    published: date | None = None
    byline: str | None = None
    """The byline and dateline as the page wrote them ("By Jane Doe · BEIJING, March 15 (Xinhua)"); shown above
    the article, never part of its text."""
    blocks: tuple[TextBlock, ...] = ()
    """The article's headings, list items and quotations, in order; every other paragraph is plain."""

    def passages(self) -> Iterator[Passage]:
        if self.prompt is not None:
            yield self.prompt
        yield self.article

    def passage(self, role: PassageRole) -> Passage | None:
        return self.prompt if role is PassageRole.PROMPT else self.article
