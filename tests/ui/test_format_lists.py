"""The window offers exactly the registered document and export formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from reader_app.core.document_formats import document_suffixes
from reader_app.core.export.formats import EXPORT_FORMATS, FORMATS
from reader_app.core.import_path import resolve
from reader_app.ui import export_menu, summary_feature
from reader_app.ui.main_window import MainWindow


def test_the_open_dialog_offers_every_document_suffix(
    sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def fake_dialog(_parent: object, _title: str, _start: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    sample_window.choose_file()
    (filters,) = offered
    documents = filters.split(";;")[0]
    assert sorted(f"*{suffix}" for suffix in document_suffixes()) == sorted(
        documents[documents.index("(") + 1 : -1].split()
    )


def test_the_export_menu_lists_the_registered_formats_in_order(qtbot: QtBot, sample_window: MainWindow) -> None:
    summary_feature.install(sample_window)
    menu = sample_window.findChild(QMenu, "menuExport")
    assert menu is not None
    names = [action.objectName().removeprefix("export_") for action in menu.actions()]
    assert names == [f.name for f in EXPORT_FORMATS]
    assert set(export_menu.SHORTCUTS) <= set(FORMATS)


def test_every_renderer_resolves_including_the_qt_drawn_ones(tmp_path: Path) -> None:
    for export_format in EXPORT_FORMATS:
        assert callable(resolve(export_format.renderer)), export_format.name
