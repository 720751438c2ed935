"""The text's right-click menu: the selection bar's actions and more, sharing their handlers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QToolButton
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
        look_up = next(a for a in view.context_menu().actions() if a.text() == "Look &Up")
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


def _mnemonic(text: str) -> str:
    return text[text.index("&") + 1].lower() if "&" in text else ""


def test_bar_and_menu_offer_the_same_actions_under_the_same_names(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window = make_window(sample_path)
    window.set_look_up_available(True)
    view = window.english_view
    _select(view, "temporarily suspending")
    menu = view.context_menu()
    offered = [a.text().replace("&", "") for a in menu.actions() if a.isVisible() and a.text()]
    assert offered[-1] == "Select All"
    bar = view.selection_bar
    shown = [b.text() for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar) and b is not bar.more_button]
    shown += [a.text().replace("&", "") for a in bar.more_entries()]
    assert shown == offered[:-1]
    # The More menu's entries trigger the same requests as the right-click menu's.
    with qtbot.waitSignal(view.searchLibraryRequested) as searched:
        next(a for a in bar.more_entries() if a.text() == "Search &Library").trigger()
    assert searched.args[0] == "temporarily suspending"


def test_every_menu_entry_opens_on_its_own_letter(qtbot: QtBot, make_window: MakeWindow, sample_path: Path) -> None:
    window = make_window(sample_path)
    window.set_look_up_available(True)
    view = window.english_view
    _select(view, "temporarily suspending")
    letters = [_mnemonic(a.text()) for a in view.context_menu().actions() if a.isVisible() and a.text()]
    assert all(letters) and len(letters) == len(set(letters)), letters


def test_the_bar_leaves_the_line_after_the_selection_readable(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window = make_window(sample_path)
    view = window.english_view
    document = window.session.document()
    assert document is not None
    # The first words of the article's second paragraph: the paragraph above leaves room for the bar.
    second = document.article.text.split("\n\n")[1] if "\n\n" in document.article.text else None
    assert second
    _select(view, second[:20])
    view._show_selection_bar()
    bar = view.selection_bar
    assert bar.isVisible()
    cursor = view.editor.textCursor()
    line = view.editor.cursorRect(cursor)
    assert bar.geometry().bottom() < line.top(), "the bar covers the selection or the line after it"


def test_the_bar_fits_a_narrow_column_and_still_offers_everything(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window = make_window(sample_path)
    window.set_look_up_available(True)
    view = window.english_view
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sum(sizes) - 330, 330] + [0] * (len(sizes) - 2))
    qtbot.waitUntil(lambda: view.width() <= 340)
    _select(view, "temporarily suspending")
    view._show_selection_bar()
    bar = view.selection_bar
    viewport = view.editor.viewport().rect()
    assert viewport.contains(bar.geometry()), (bar.geometry(), viewport)
    buttons = [b.text() for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar) and b is not bar.more_button]
    assert buttons[:2] == ["Translate", "Highlight"] and bar.more_button.isVisibleTo(bar)
    offered = [a.text().replace("&", "") for a in view.context_menu().actions() if a.isVisible() and a.text()]
    assert buttons + [a.text().replace("&", "") for a in bar.more_entries()] == offered[:-1]


def test_shift_f10_opens_the_text_menu_like_the_menu_key(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    window = make_window(sample_path)
    view = window.english_view
    _select(view, "temporarily suspending")
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    opened: list[str] = []

    def close_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, close_menu)
            return
        opened.append(popup.objectName())
        opened.extend(a.text().replace("&", "") for a in popup.actions() if a.text())
        popup.close()

    QTimer.singleShot(0, close_menu)
    qtbot.keyClick(view.editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0] == "textContextMenu" and "Highlight" in opened
