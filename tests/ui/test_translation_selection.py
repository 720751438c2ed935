"""Translate selection: select text on either side, its translation shows in the bottom panel, Copy copies it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, translation_window

from reader_app.core.document import PassageRole, Span
from reader_app.translation.cache import SentenceCache
from reader_app.translation.engine import TranslationEngine
from reader_app.ui.main_window import MainWindow
from reader_app.ui.side_view import SideView

MakeWindow = Callable[..., MainWindow]
PHRASE = "Tencent’s WeChat said on Tuesday it is temporarily suspending registration of new users in China"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


def _select(view: SideView, text: str) -> None:
    """Select `text` in the view the way a mouse drag would (through the editor's cursor)."""
    found = view.editor.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    view.editor.setTextCursor(cursor)
    role, span = view.selected_span()
    assert role is PassageRole.ARTICLE and span is not None and len(span) == len(text)


def _open_sample(qtbot: QtBot, window: MainWindow, sample_path: Path) -> None:
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(sample_path)


def test_shortcut_translates_the_selection_into_the_panel_and_copy_copies_it(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    _open_sample(qtbot, window, sample_path)
    _select(window.english_view, PHRASE)
    window.english_view.editor.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert feature.dock.isVisible()
    qtbot.waitUntil(lambda: feature.panel.result() is not None, timeout=30000)

    expected = TranslationEngine(cache=SentenceCache.in_memory()).translate([PHRASE], "en", "ja")[0].text
    assert feature.panel.translation_text() == expected
    result = feature.panel.result()
    assert result is not None and (result.source_lang, result.target_lang) == ("en", "ja")
    assert "English → Japanese" in feature.panel.header.text()
    assert feature.panel.copy_button.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(feature.panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected


def test_selection_bar_translate_on_the_cjk_side_goes_to_english(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    install_tiny("zh", "en")
    source = tmp_path / "chinese.txt"
    source.write_text("腾讯微信周二表示，将暂停中国新用户注册。注册服务将在升级完成后恢复。", encoding="utf-8")
    window, feature = translation_window(make_window)
    _open_sample(qtbot, window, source)
    text = "注册服务将在升级完成后恢复。"
    _select(window.cjk_view, text)
    qtbot.mouseClick(window.cjk_view.selection_bar.translate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.panel.result() is not None, timeout=30000)
    result = feature.panel.result()
    assert result is not None and (result.source_lang, result.target_lang) == ("zh", "en")
    expected = TranslationEngine(cache=SentenceCache.in_memory()).translate([text], "zh", "en")[0].text
    assert feature.panel.translation_text() == expected


def test_translate_selection_without_a_selection_says_what_to_do(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window, feature = translation_window(make_window)
    _open_sample(qtbot, window, sample_path)
    feature.selection_action.trigger()
    assert feature.dock.isVisible()
    assert "Select some text" in feature.panel.warning_label.text()
    assert "Select some text" in window.status.message()


def test_without_a_model_the_header_stops_saying_translating(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window, feature = translation_window(make_window)
    _open_sample(qtbot, window, sample_path)
    _select(window.english_view, PHRASE)
    window.english_view.editor.setFocus()
    feature.selection_action.trigger()
    qtbot.waitUntil(lambda: "model is installed" in feature.panel.warning_label.text(), timeout=30000)
    assert feature.panel.manager_button.isVisible()
    assert "translating" not in feature.panel.header.text()
    assert "not translated" in feature.panel.header.text()


def test_opening_another_document_clears_the_translation_of_the_selection(
    qtbot: QtBot, make_window: Callable[..., MainWindow], install_tiny: InstallTiny, sample_path: Path,
    tmp_path: Path,
) -> None:
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(sample_path)
    document = window.session.document()
    assert document is not None
    start = document.article.text.index("WeChat")
    window.translateSelectionRequested.emit(PassageRole.ARTICLE, Span(start, start + 6), window.english_view)
    qtbot.waitUntil(lambda: bool(feature.panel.translation_text()), timeout=30000)
    other = tmp_path / "other.txt"
    other.write_text("Another article about something else entirely.", encoding="utf-8")
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(other)
    assert feature.panel.translation_text() == ""
    assert not feature.panel.source_label.isVisible()
