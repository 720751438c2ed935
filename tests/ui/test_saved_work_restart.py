"""Saved work survives a restart in a new process: opening a saved `.json`, editing, quitting and starting again
keeps every change (summary wording, pins, deleted highlights, notes) and never rolls the library back."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# `reader-app [FILE]` (cli.main) with QApplication.exec patched: once the start-up document is shown and the features
# are installed, run the step named by argv[1] through the features, the way the menus and panels call them, then
# quit with File → Quit and print what the window held.
APP_RUN = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

step, saved_path, files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
_exec = QApplication.exec
report = {}


def spin(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out in step {step}")
        QApplication.processEvents()
        time.sleep(0.01)


def run(app):
    from reader_app.core.document import PassageRole, Span
    from reader_app.core.facts.model import Fact, FactKind
    from reader_app.ui import annotations_feature, summary_feature
    from reader_app.ui.main_window import MainWindow

    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    annotations = annotations_feature.AnnotationsFeature
    spin(lambda: window.feature(annotations) is not None and window.session.document() is not None)
    feature = window.feature(annotations_feature.AnnotationsFeature)
    store = feature.store
    spin(lambda: store.state() is not None and store.document() is window.session.document())

    def span_of(quote):
        text = window.session.document().article.text
        start = text.index(quote)
        return Span(start, start + len(quote))

    def highlight(quote, colour="yellow"):
        placed = feature.highlight(window.english_view, PassageRole.ARTICLE, span_of(quote), colour)
        assert placed is not None, quote
        return placed

    def id_of(quote):
        return next(h.id for h in store.state().highlights if h.quote == quote)

    if step == "first":
        highlight("SoftBank")
        highlight("TikTok", "blue")
        assert feature.save_annotated(saved_path)
        store.flush()
        feature.open_saved_file(saved_path)
        spin(lambda: window.current_path() == saved_path and store.document() is window.session.document())
        summary = window.feature(summary_feature.SummaryFeature)
        summary.model.set_edit("My own wording of the summary.")
        quote = "1.2 billion monthly active users"
        summary.model.pin(Fact(FactKind.COUNT, PassageRole.ARTICLE, span_of(quote), quote, None))
        feature.delete(id_of("SoftBank"))
        feature.add_note(window.english_view, PassageRole.ARTICLE, span_of("Didi"))
        spin(lambda: feature.note_dialog is not None)
        feature.note_dialog.editor.setPlainText("ride-hailing")
        feature.note_dialog.accept()
        spin(lambda: store.save_count > 0 and not store.dirty())  # autosave, as the status bar's "saved"
        store.flush()
    state = store.state()
    report.update(
        path=str(window.current_path()),
        summary_edit=state.summary_edit,
        pins=[p.text for p in state.pinned_facts],
        highlights=sorted(h.quote for h in state.highlights),
        notes=sorted(h.note for h in state.highlights if h.note),
        offered=feature.saved_version_offered(),
    )
    QTimer.singleShot(0, window.quit_action.trigger)
    return _exec()


QApplication.exec = run
from reader_app.cli import main
code = main(files)
print("REPORT " + json.dumps(report))
sys.exit(code)
"""


def _run(home: Path, step: str, saved: Path, *files: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["ARGOS_PACKAGES_DIR"] = str(home / "argos")
    result = subprocess.run(
        [sys.executable, "-c", APP_RUN, step, str(saved), *files],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert result.returncode == 0 and lines, result.stderr[-3000:]
    report = json.loads(lines[-1].removeprefix("REPORT "))
    assert isinstance(report, dict)
    return report


def _library_row(home: Path) -> tuple[str, dict[str, object]]:
    """(states.modified, state_json) of the one document in the library."""
    path = home / "xdg_data_home" / "bilingual-summary-reader" / "library.sqlite3"
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT modified, state_json FROM states").fetchall()
    finally:
        connection.close()
    assert len(rows) == 1
    return str(rows[0][0]), json.loads(rows[0][1])


@pytest.mark.slow
def test_edits_after_opening_a_saved_file_survive_a_restart(tmp_path: Path, sample_path: Path) -> None:
    home = tmp_path / "home"
    saved = tmp_path / "a.json"
    first = _run(home, "first", saved, str(sample_path))
    assert first["summary_edit"] == "My own wording of the summary."
    assert first["highlights"] == ["Didi", "TikTok"]
    modified_before, _ = _library_row(home)

    again = _run(home, "reopen", saved)  # no file named: the app reopens what was open last

    assert again["summary_edit"] == "My own wording of the summary."
    assert again["pins"] == ["1.2 billion monthly active users"]
    assert again["highlights"] == ["Didi", "TikTok"]  # the deleted SoftBank highlight stays deleted
    assert again["notes"] == ["ride-hailing"]
    assert again["offered"] is False  # start-up shows the newest work without asking about the older file
    modified_after, stored = _library_row(home)
    assert modified_after >= modified_before
    assert stored["summary_edit"] == "My own wording of the summary."
    saved_state = json.loads(saved.read_text(encoding="utf-8"))["state"]
    assert sorted(h["anchor"]["exact"] for h in saved_state["highlights"]) == ["SoftBank", "TikTok"]  # untouched
