"""Reader highlights and the text anchors that find them again when the source text drifts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from difflib import SequenceMatcher

from reader_app.core.document import Passage, PassageRole, Span

COLOURS: tuple[str, ...] = ("yellow", "green", "blue", "pink")
"""Highlight colours, in menu order; the palette lives with the UI and the exports."""

CONTEXT_CHARS = 32
"""How much text before and after a quote an anchor keeps to tell repeated quotes apart."""

_MIN_FUZZY_RATIO = 0.75
_MIN_SANDWICH_RATIO = 0.5
_MIN_FUZZY_CHARS = 8
_MAX_OCCURRENCES = 2000
_MAX_CANDIDATES = 24


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a highlight points: the quoted text with some context (W3C TextQuoteSelector) and its offsets
    (TextPositionSelector); the offsets are only a hint once the text has changed."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Highlight:
    """A coloured mark the reader put on a passage, optionally with a note.

    `translated` is True when the highlight was made on the machine translation of the passage; its anchor then
    points into `PassageTranslation.as_passage()` rather than the original text.
    """

    role: PassageRole
    anchor: Anchor
    colour: str = "yellow"
    note: str = ""
    translated: bool = False
    lang: str | None = None
    """The language of the translation it was made on (None for the original, and for highlights saved before
    this was kept): a translation into another language hides it without losing it."""
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: datetime = field(default_factory=utc_now)
    modified: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        if self.colour not in COLOURS:
            raise ValueError(f"unknown highlight colour {self.colour!r}")

    @property
    def quote(self) -> str:
        return self.anchor.exact

    def with_note(self, note: str) -> Highlight:
        return replace(self, note=note, modified=utc_now())

    def with_colour(self, colour: str) -> Highlight:
        return replace(self, colour=colour, modified=utc_now())

    def with_anchor(self, anchor: Anchor) -> Highlight:
        """The same highlight re-attached to new text (keeps `modified`: re-anchoring is not a reader edit)."""
        return replace(self, anchor=anchor)


def anchor_for(passage: Passage, span: Span, context: int = CONTEXT_CHARS) -> Anchor:
    """The anchor of `span` in `passage`."""
    text = passage.text
    if span.end > len(text):
        raise ValueError(f"span [{span.start}, {span.end}) is outside a passage of {len(text)} characters")
    return Anchor(
        exact=text[span.start : span.end],
        prefix=text[max(0, span.start - context) : span.start],
        suffix=text[span.end : span.end + context],
        start=span.start,
        end=span.end,
    )


def reattach(anchor: Anchor, passage: Passage) -> Span | None:
    """Find the anchored text in `passage`, or None when it is gone (the highlight is then an orphan).

    Tries, in order: the old offsets; the exact quote, preferring the occurrence whose surrounding text matches
    the anchor's prefix and suffix, then the one nearest the old position; a fuzzy match that tolerates small edits
    inside the quote.
    """
    text = passage.text
    if not anchor.exact:
        return None
    if text[anchor.start : anchor.end] == anchor.exact:
        return Span(anchor.start, anchor.end)
    found = _exact_match(anchor, text)
    if found is not None:
        return found
    return _fuzzy_match(anchor, text)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> int:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)


def _occurrences(text: str, needle: str, limit: int = _MAX_OCCURRENCES) -> list[int]:
    found: list[int] = []
    if not needle:
        return found
    position = text.find(needle)
    while position != -1 and len(found) < limit:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


def _exact_match(anchor: Anchor, text: str) -> Span | None:
    size = len(anchor.exact)
    best: tuple[int, int] | None = None
    best_start = -1
    for start in _occurrences(text, anchor.exact):
        key = (_context_score(anchor, text, start, start + size), -abs(start - anchor.start))
        if best is None or key > best:
            best, best_start = key, start
    return None if best is None else Span(best_start, best_start + size)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _aligned(exact: str, text: str, guess: int, slack: int) -> Span | None:
    """The stretch of `text` around `guess` that lines up best with `exact`."""
    lo = max(0, guess - slack)
    hi = min(len(text), guess + len(exact) + slack)
    window = text[lo:hi]
    blocks = [b for b in SequenceMatcher(None, window, exact, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    start = max(0, first.a - first.b)
    end = min(len(window), last.a + last.size + (len(exact) - last.b - last.size))
    if end <= start:
        return None
    return Span(lo + start, lo + end)


def _refined(anchor: Anchor, text: str, span: Span) -> tuple[float, Span]:
    """Nudge the ends of a rough match to where it reads most like the quote and its context."""
    reach = min(8, max(1, len(anchor.exact) // 4))

    def score(start: int, end: int) -> float:
        return _similarity(anchor.exact, text[start:end]) + _context_score(anchor, text, start, end) / 1000

    start, end = span.start, span.end
    end = max(range(max(start + 1, end - reach), min(len(text), end + reach) + 1), key=lambda e: score(start, e))
    start = max(range(max(0, start - reach), min(end - 1, start + reach) + 1), key=lambda s: score(s, end))
    return score(start, end), Span(start, end)


def _chunk_guesses(anchor: Anchor, text: str) -> dict[int, int]:
    """Votes for where the quote starts now, from pieces of it that survived unchanged."""
    exact = anchor.exact
    size = max(2, min(12, len(exact) // 4))
    offsets = list(range(0, max(1, len(exact) - size + 1), size))
    if len(exact) > size and offsets[-1] != len(exact) - size:
        offsets.append(len(exact) - size)
    votes: dict[int, int] = {}
    for offset in offsets:
        piece = exact[offset : offset + size]
        for position in _occurrences(text, piece, 200):
            guess = max(0, position - offset)
            votes[guess] = votes.get(guess, 0) + 1
    return votes


def _fuzzy_match(anchor: Anchor, text: str) -> Span | None:
    exact = anchor.exact
    slack = max(2, len(exact) // 4)
    candidates: list[tuple[float, int, Span]] = []

    # Too short a quote matches almost anywhere once edits are allowed: then only its context can place it.
    votes = _chunk_guesses(anchor, text) if len(exact) >= _MIN_FUZZY_CHARS else {}
    ranked = sorted(votes, key=lambda g: (-votes[g], abs(g - anchor.start)))[:_MAX_CANDIDATES]
    for guess in ranked:
        rough = _aligned(exact, text, guess, slack)
        if rough is None:
            continue
        score, span = _refined(anchor, text, rough)
        if score >= _MIN_FUZZY_RATIO:
            candidates.append((score, -abs(span.start - anchor.start), span))

    # The quote itself was rewritten more heavily, but the text around it still frames it.
    tail, head = anchor.prefix[-12:], anchor.suffix[:12]
    if len(tail) >= 4 and len(head) >= 4:
        for before in _occurrences(text, tail, 50):
            start = before + len(tail)
            after = text.find(head, start, start + 2 * len(exact) + 16)
            if after == -1:
                continue
            ratio = _similarity(exact, text[start:after])
            if ratio >= _MIN_SANDWICH_RATIO and after > start:
                candidates.append((ratio + 0.001, -abs(start - anchor.start), Span(start, after)))

    if not candidates:
        return None
    return max(candidates, key=lambda c: (c[0], c[1]))[2]


def document_order(highlights: tuple[Highlight, ...] | list[Highlight]) -> list[Highlight]:
    """Prompt before article, then by position; a translation's highlights after the original's at the same spot."""
    roles = list(PassageRole)
    return sorted(highlights, key=lambda h: (roles.index(h.role), h.anchor.start, h.translated, h.created))


def reattached(highlight: Highlight, passage: Passage) -> Highlight | None:
    """`highlight` with its anchor refreshed against `passage`, or None when its text is gone (an orphan)."""
    span = reattach(highlight.anchor, passage)
    if span is None:
        return None
    if span == highlight.anchor.span and passage.text[span.start : span.end] == highlight.anchor.exact:
        return highlight
    return highlight.with_anchor(anchor_for(passage, span))
