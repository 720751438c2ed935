"""Stored work brought onto the document as it is now: stored translations that still line up with it, and
highlights re-anchored in its text (or in the stored translations)."""

from __future__ import annotations

from reader_app.core.annotations import Highlight, reattached
from reader_app.core.document import Document
from reader_app.core.reading_state import ReadingState
from reader_app.core.translated import PassageTranslation


def translation_fits(translation: PassageTranslation, document: Document) -> bool:
    """A stored translation still lines up with the document's passage (same language, one per sentence)."""
    passage = document.passage(translation.role)
    return (
        passage is not None
        and passage.lang == translation.source_lang
        and len(passage.sentences) == len(translation.sentences)
    )


def attach_highlights(state: ReadingState, document: Document) -> ReadingState:
    """Refresh each highlight's anchor against the document (and stored translations); orphans stay as they were."""
    translated = {
        t.role: t.as_passage() for t in state.translations if t.complete and any(h.translated for h in state.highlights)
    }
    changed = False
    highlights: list[Highlight] = []
    for highlight in state.highlights:
        passage = translated.get(highlight.role) if highlight.translated else document.passage(highlight.role)
        placed = reattached(highlight, passage) if passage is not None else None
        if placed is not None and placed is not highlight:
            changed = True
            highlights.append(placed)
        else:
            highlights.append(highlight)
    return state.with_highlights(highlights) if changed else state
