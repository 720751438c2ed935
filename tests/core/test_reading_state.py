"""Reading state: opening a saved file over the library keeps the library's newer work."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.document import PassageRole, Span
from reader_app.core.loading import load_document
from reader_app.core.reading_state import ReadingState, kept_newer_work


def _highlight(sample_path: Path, quote: str, note: str = "") -> Highlight:
    article = load_document(sample_path).article
    start = article.text.index(quote)
    return Highlight(PassageRole.ARTICLE, anchor_for(article, Span(start, start + len(quote))), note=note)


def test_the_file_wins_when_the_library_is_older_or_empty(sample_path: Path) -> None:
    document = load_document(sample_path)
    saved = ReadingState.for_document(document).with_highlight(_highlight(sample_path, "SoftBank"))
    assert kept_newer_work(saved, None) is saved
    older = replace(ReadingState.for_document(document), modified=saved.modified - timedelta(hours=1))
    assert kept_newer_work(saved, older) is saved


def test_newer_library_highlights_and_note_edits_survive_an_old_file(sample_path: Path) -> None:
    document = load_document(sample_path)
    first = _highlight(sample_path, "SoftBank", note="old note")
    deleted_before_saving = _highlight(sample_path, "Didi")
    saved = ReadingState.for_document(document).with_highlight(first).with_summary_length(3)
    later = replace(_highlight(sample_path, "TikTok"), created=saved.modified + timedelta(minutes=1))
    edited = replace(first, note="newer note", modified=first.modified + timedelta(minutes=5))
    library = saved.with_highlight(edited).with_highlight(later).with_highlight(deleted_before_saving)
    library = replace(library, modified=saved.modified + timedelta(minutes=10))
    merged = kept_newer_work(saved, library)
    # Didi was made before the file was saved and is not in it: the file's choice (deleted) stands
    assert {h.quote: h.note for h in merged.highlights} == {"SoftBank": "newer note", "TikTok": ""}
    assert merged.summary_length == 3 and merged.modified == saved.modified
