"""The text's right-click menu: the selection bar's actions and more, sharing their handlers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.ui.main_window import MainWindow
from reader_app.ui.selection_actions_feature import install as install_selection_actions
from reader_app.ui.side_view import SideView

MakeWindow = Callable[..., MainWindow]


def _select(view: SideView, needle: str) -> None:
    cursor = view.editor.document().find(needle)
    assert not cursor.isNull()
    view.editor.setTextCursor(cursor)


def _texts(menu: QMenu) -> dict[str, bool]:
    """Visible entries (with & removed) and whether each is enabled."""
    return {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.isVisible() and a.text()}


def test_menu_offers_the_selection_actions(qtbot: QtBot, make_window: MakeWindow, sample_path: Path) -> None:
    window = make_window(sample_path)
    view = window.english_view
    menu = view.context_menu()
    assert _texts(menu) == {
        "Translate": False, "Highlight": False, "Add Note…": False, "Copy": False, "Copy with Source": False,
        "Search Library": False, "Select All": True,
    }  # fmt: skip
    _select(view, "temporarily suspending")
    menu = view.context_menu()
    entries = _texts(menu)
    assert entries["Translate"] and entries["Highlight"] and entries["Copy with Source"]
    assert "Look Up" not in entries  # no dictionary yet
    highlight = next(a.menu() for a in menu.actions() if a.text() == "&Highlight")
    assert [a.text() for a in highlight.actions()] == ["Yellow", "Green", "Blue", "Pink"]


def test_menu_actions_send_the_same_requests_as_the_bar(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window = make_window(sample_path)
    view = window.english_view
    _select(view, "temporarily suspending")
    role, span = view.selected_span()
    assert role is PassageRole.ARTICLE and span is not None
    menu = view.context_menu()
    with qtbot.waitSignal(window.highlightRequested) as highlighted:
        highlight = next(a.menu() for a in menu.actions() if a.text() == "&Highlight")
        highlight.actions()[1].trigger()
    assert highlighted.args[:2] == [role, span] and highlighted.args[3] == "green"
    _select(view, "temporarily suspending")
    with qtbot.waitSignal(window.translateSelectionRequested) as translated:
        next(a for a in view.context_menu().actions() if a.text() == "&Translate").trigger()
    assert translated.args[:2] == [role, span]
    window.set_look_up_available(True)
    _select(view, "temporarily suspending")
    with qtbot.waitSignal(window.lookUpRequested) as looked_up:
        look_up = next(a for a in view.context_menu().actions() if a.text() == "&Look Up")
        assert look_up.isVisible()
        look_up.trigger()
    assert looked_up.args[:2] == [role, span]


def test_copy_with_source_puts_quote_title_and_file_on_the_clipboard(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window = make_window(sample_path)
    install_selection_actions(window)
    view = window.english_view
    _select(view, "temporarily suspending")
    next(a for a in view.context_menu().actions() if a.text() == "Copy with &Source").trigger()
    document = window.session.document()
    assert document is not None
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“temporarily suspending”\n— ")
    assert document.title in text and sample_path.name in text


def test_highlight_colour_names_show_in_the_menu(qtbot: QtBot, make_window: MakeWindow, sample_path: Path) -> None:
    window = make_window(sample_path)
    window.settings.set_value("highlights/names/yellow", "question")
    install_selection_actions(window)
    view = window.english_view
    _select(view, "temporarily suspending")
    highlight = next(a.menu() for a in view.context_menu().actions() if a.text() == "&Highlight")
    assert highlight.actions()[0].text() == "Yellow — question"
    assert view.selection_bar._colour_menu.actions()[0].text() == "Yellow — question"
