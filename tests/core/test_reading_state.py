"""Reading state: revisions count changes, and of two states of one text the higher revision is the newer work."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.document import PassageRole, Span
from reader_app.core.loading import load_document
from reader_app.core.reading_state import Newer, ReadingState, compare_work


def _highlight(sample_path: Path, quote: str, note: str = "") -> Highlight:
    article = load_document(sample_path).article
    start = article.text.index(quote)
    return Highlight(PassageRole.ARTICLE, anchor_for(article, Span(start, start + len(quote))), note=note)


def test_each_change_is_a_new_revision(sample_path: Path) -> None:
    document = load_document(sample_path)
    fresh = ReadingState.for_document(document)
    assert fresh.revision == 0
    changed = fresh.with_highlight(_highlight(sample_path, "SoftBank")).with_summary_length(3)
    assert changed.revision == 2
    assert changed.with_summary_length(3).revision == 3


def test_newer_work_wins_by_revision_not_by_clock(sample_path: Path) -> None:
    document = load_document(sample_path)
    saved = ReadingState.for_document(document).with_highlight(_highlight(sample_path, "SoftBank"))
    assert compare_work(saved, None) is Newer.SAVED
    library = saved.with_summary_edit("newer wording")
    # A clock that went backwards (another machine, a changed time zone) does not make older work win.
    library = replace(library, modified=saved.modified - timedelta(days=1))
    assert compare_work(saved, library) is Newer.LIBRARY
    assert compare_work(library, saved) is Newer.SAVED
    assert compare_work(saved, replace(saved, modified=saved.modified + timedelta(hours=1))) is Newer.SAME
    # Both changed once since they parted: the same revision, other work; neither replaces the other unasked.
    elsewhere = saved.with_summary_edit("other wording")
    assert compare_work(elsewhere, library) is Newer.DIVERGED
