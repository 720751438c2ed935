"""A library that fails its integrity check: the window reads it, says so once, and never writes to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader_app.core.library import Library
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.reading_state import ReadingState
from reader_app.ui import annotations_feature
from reader_app.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def _damage(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    root = connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'states'").fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size + 1)
        handle.write(b"\xff")


def test_a_damaged_library_is_read_only_in_the_window(
    qtbot: QtBot,
    make_window: MakeWindow,
    wait_open: Callable[[MainWindow, Path], None],
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "data" / "bilingual-summary-reader"
    folder.mkdir(parents=True)
    path = folder / "library.sqlite3"
    library = Library(path)
    sample = load_document(sample_path)
    library.record_open(sample)
    library.save_state(ReadingState.for_document(sample).with_summary_edit("My own words."), sample)
    for i in range(30):  # enough pages that the damaged one is not the only one
        other = document_from_text(f"Report {i}. " + "Sales rose 5% on Tuesday. " * 200)
        library.save_state(ReadingState.for_document(other), other)
    library.close()
    _damage(path)
    body = path.read_bytes()

    window = make_window()
    annotations_feature.install(window)
    feature = window.feature(annotations_feature.AnnotationsFeature)
    assert feature is not None
    wait_open(window, sample_path)
    assert feature.store.library() is not None
    assert "read-only" in (feature.store.library_error() or "")
    assert window.last_error_box is not None and "integrity check" in window.last_error_box.text()
    assert feature.store.state() is not None and feature.store.state().summary_edit == "My own words."
    feature.store.update(lambda state: state.with_summary_edit("Changed."))
    assert feature.store.save_now() is False
    assert feature.saved_label.text() == "Library read-only: not saving"
    window.close()
    assert path.read_bytes() == body
