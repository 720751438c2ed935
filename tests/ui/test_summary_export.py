"""File → Export through the UI: the save dialog (patched) and a file written in the background."""

from __future__ import annotations

import subprocess
from pathlib import Path

import html5lib
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from reader_app.core import saved_file
from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.document import PassageRole, Span
from reader_app.ui import reading_store, summary_feature
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import ReaderSession
from reader_app.ui.summary_feature import SummaryFeature

NOTE = "Compare with Didi <script>alert(1)</script>"


@pytest.fixture(autouse=True)
def own_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data


@pytest.fixture
def window(qtbot, settings, wait_open, sample_path) -> MainWindow:
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    summary_feature.install(window)
    window.show()
    wait_open(window, sample_path)
    controller = window.feature(SummaryFeature)
    qtbot.waitUntil(controller.model.ready, timeout=30000)
    controller.model.set_facts([])
    qtbot.waitUntil(controller.model.facts_final, timeout=30000)
    article = window.session.document().article
    start = article.text.index("Didi")
    highlight = Highlight(PassageRole.ARTICLE, anchor_for(article, Span(start, start + 4)), "pink", NOTE)
    reading_store.install(window).update(lambda state: state.with_highlight(highlight))
    yield window
    window.close()


def _export(qtbot, window: MainWindow, monkeypatch, name: str, target: Path) -> None:
    offered: list[str] = []

    def fake_dialog(parent, title, suggested, pattern):
        offered.append(suggested)
        return str(target), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    action = window.findChild(QAction, f"export_{name}")
    assert action is not None and action in window.findChild(object, "menuExport").actions()
    action.trigger()
    qtbot.waitUntil(target.exists, timeout=30000)
    qtbot.waitUntil(lambda: not window.status.busy(), timeout=30000)
    assert offered and offered[0].endswith("wechat-registration" + target.suffix)


def test_markdown_export_writes_the_summary_and_notes(qtbot, window, monkeypatch, tmp_path):
    controller = window.feature(SummaryFeature)
    controller.model.set_length(2)
    target = tmp_path / "summary.md"
    _export(qtbot, window, monkeypatch, "md", target)
    text = target.read_text("utf-8")
    for sentence in controller.model.summary().sentences:
        assert sentence.text in text.replace("\\", "")
    assert "*2 of" in text
    assert "Compare with Didi \\<script\\>" in text
    assert f"Exported to {target}" in window.status.message()


def test_html_export_escapes_the_note(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "summary.html"
    _export(qtbot, window, monkeypatch, "html", target)
    tree = html5lib.parse(target.read_text("utf-8"), namespaceHTMLElements=False)
    assert tree.findall(".//script") == []
    assert NOTE in ["".join(div.itertext()) for div in tree.findall(".//div[@class='note']")]


def test_json_export_is_the_saved_file_with_summary_fields(qtbot, window, monkeypatch, tmp_path):
    controller = window.feature(SummaryFeature)
    controller.model.set_length(3)
    controller.model.set_edit("Short version")
    target = tmp_path / "summary.json"
    _export(qtbot, window, monkeypatch, "json", target)
    _, state = saved_file.load(target)
    assert state.summary_length == 3 and state.summary_edit == "Short version"
    assert [h.note for h in state.highlights] == [NOTE]


def test_pdf_export_off_the_ui_thread(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "summary.pdf"
    _export(qtbot, window, monkeypatch, "pdf", target)
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Compare with Didi" in text


def test_cancelled_dialog_writes_nothing(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    window.findChild(QAction, "export_anki").trigger()
    assert not window.status.busy()
    assert list(tmp_path.glob("*.tsv")) == []


def test_export_menu_is_disabled_without_a_document(qtbot, settings):
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    summary_feature.install(window)
    menu = window.findChild(object, "menuExport")
    assert not menu.isEnabled()
    from reader_app.core.loading import document_from_text

    window.open_document(document_from_text("One sentence. Another one."))
    assert menu.isEnabled()


def test_json_export_leaves_a_file_with_newer_work_untouched(qtbot, window, monkeypatch, tmp_path):
    state, document = reading_store.install(window).state(), window.session.document()
    target = tmp_path / "wechat-registration.json"
    saved_file.save(target, state.with_summary_edit("Worked on elsewhere").with_summary_length(1), document)
    body = target.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    window.findChild(QAction, "export_json").trigger()
    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=30000)
    assert "holds newer work" in window.last_error_box.text() and "left untouched" in window.last_error_box.text()
    assert target.read_bytes() == body
