"""Naming the highlight colours: one dialog for all four, and the names in every menu that lists the colours (the
toolbar's Highlight ▾, Edit → Highlight Colour, the right-click menu, the selection bar, the panel)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader_app.ui.annotations_feature import AnnotationsFeature
from reader_app.ui.annotations_feature import install as install_annotations
from reader_app.ui.interleaved_view import InterleavedView
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import install as install_layouts
from reader_app.ui.selection_actions_feature import SelectionActionsFeature
from reader_app.ui.selection_actions_feature import install as install_selection_actions

MakeWindow = Callable[..., MainWindow]


def _labels(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if a.text() and not a.isSeparator()][:4]


def _window(make_window: MakeWindow, sample_path: Path) -> tuple[MainWindow, SelectionActionsFeature]:
    window = make_window(sample_path)
    install_annotations(window)
    install_layouts(window)
    feature = install_selection_actions(window)
    return window, feature


def _name(qtbot: QtBot, feature: SelectionActionsFeature, names: dict[str, str], *, accept: bool) -> None:
    feature.name_colours()
    dialog = feature.names_dialog
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.edits) == {"yellow", "green", "blue", "pink"}  # every colour in the one dialog
    for colour, name in names.items():
        dialog.edits[colour].setText(name)
    if accept:
        dialog.accept()
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: feature.names_dialog is None, timeout=30000)


NAMED = ["Yellow — question", "Green — key number", "Blue", "Pink — to check"]


def test_one_dialog_names_every_menu(qtbot: QtBot, make_window: MakeWindow, sample_path: Path) -> None:
    window, feature = _window(make_window, sample_path)
    annotations = window.feature(AnnotationsFeature)
    assert annotations is not None
    assert _labels(annotations.highlight_menu) == ["Yellow", "Green", "Blue", "Pink"]

    _name(qtbot, feature, {"yellow": "question", "green": "key  number ", "pink": "to check"}, accept=True)

    assert window.settings.highlight_names() == {"yellow": "question", "green": "key number", "pink": "to check"}
    # Edit → Highlight Colour, and the toolbar's Highlight ▾ (the same menu).
    assert annotations.highlight_button.menu() is annotations.highlight_menu
    assert _labels(annotations.highlight_menu) == NAMED
    edit = window.menu("Edit")
    assert any(a.menu() is annotations.highlight_menu for a in edit.actions())
    # The right-click menu and the selection bar, in each column.
    for view in window.views():
        cursor = view.editor.document().find("WeChat") if view is window.english_view else None
        if cursor is not None:
            view.editor.setTextCursor(cursor)
        highlight = next(a.menu() for a in view.context_menu().actions() if a.text() == "&Highlight")
        assert _labels(highlight) == NAMED
        assert _labels(view.selection_bar._colour_menu) == NAMED
    # The interleaved column's.
    interleaved = window.findChild(InterleavedView)
    assert interleaved is not None and interleaved.highlight_names() == window.settings.highlight_names()
    # The panel.
    assert annotations.panel.delegate_names() == window.settings.highlight_names()


def test_escape_changes_no_name(qtbot: QtBot, make_window: MakeWindow, sample_path: Path) -> None:
    window, feature = _window(make_window, sample_path)
    window.settings.set_highlight_name("blue", "source")
    _name(qtbot, feature, {"yellow": "question", "green": "number", "blue": "", "pink": "later"}, accept=False)
    assert window.settings.highlight_names() == {"blue": "source"}


@pytest.mark.parametrize("order", ["annotations first", "names first"])
def test_names_saved_earlier_show_whatever_the_order_features_start(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path, order: str
) -> None:
    window = make_window(sample_path)
    window.settings.set_highlight_name("green", "key number")
    installers = [install_annotations, install_selection_actions]
    for install in installers if order == "annotations first" else reversed(installers):
        install(window)
    annotations = window.feature(AnnotationsFeature)
    assert annotations is not None
    assert _labels(annotations.highlight_menu)[1] == "Green — key number"
