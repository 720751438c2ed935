"""The main window: opening documents (dialog, paste, drop, start-up), errors, zoom, swap, themes, persistence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QTextCursor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import BlockKind
from reader_app.ui.settings import Settings

MakeWindow = Callable[..., MainWindow]


def _text_font_size(window: MainWindow, view_name: str, needle: str) -> float:
    """How tall the text at `needle` is drawn (the caret rectangle spans the line's glyph height)."""
    view = getattr(window, view_name)
    cursor = view.editor.document().find(needle)
    assert not cursor.isNull(), needle
    return float(view.editor.cursorRect(cursor).height())


def _next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from `widget` (the focus chain also lists widgets that take no focus)."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_sample_shows_prompt_on_cjk_side_and_article_on_english_side(sample_window: MainWindow) -> None:
    cjk, english = sample_window.cjk_view, sample_window.english_view
    assert cjk.header_text() == "日本語 · Japanese"
    assert english.header_text() == "English"
    prompt = cjk.block(PassageRole.PROMPT)
    assert prompt is not None and prompt.kind is BlockKind.ORIGINAL
    assert cjk.document_text().startswith("PROMPT\nもっと詳しく")
    article = english.block(PassageRole.ARTICLE)
    assert article is not None and article.kind is BlockKind.ORIGINAL
    assert "Tencent’s WeChat said on Tuesday" in english.document_text()
    assert "Tencent" not in cjk.document_text()
    assert "Not translated yet" in cjk.document_text()
    assert "Not translated yet" in english.document_text()  # the prompt has no English yet
    assert sample_window.windowTitle().endswith("— Japanese ⇄ English")
    document = sample_window.session.document()
    assert document is not None and document.prompt is not None
    counts = f"{len(document.prompt.sentences)} + {len(document.article.sentences)} sentences"
    assert sample_window.status.document_label.text() == f"wechat-registration.txt · Japanese ⇄ English · {counts}"
    assert sample_window.current_path() == Path(document.source or "")


def test_status_bar_names_the_translation_models_in_use(sample_window: MainWindow) -> None:
    document = sample_window.session.document()
    assert document is not None and document.prompt is not None
    sample_window.session.set_translation(
        PassageTranslation(
            PassageRole.PROMPT, "ja", "en", "translate-ja_en 1.9", (SentenceTranslation("More details"),)
        )
    )
    label = sample_window.status.document_label.text()
    assert label.startswith("wechat-registration.txt · Japanese ⇄ English · ja→en model 1.9 · ")
    texts = tuple(SentenceTranslation(f"訳文{i}。") for i in range(len(document.article.sentences)))
    sample_window.session.set_translation(
        PassageTranslation(PassageRole.ARTICLE, "en", "ja", "translate-en_zh 1.0 + translate-zh_ja 1.1", texts)
    )
    assert "ja→en model 1.9 · en→ja models 1.0 + 1.1 · " in sample_window.status.document_label.text()


def test_file_open_action_opens_the_chosen_file(
    sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    chosen = tmp_path / "chinese.txt"
    chosen.write_text("微信周二表示，暂停新用户注册。相关服务预计八月初恢复。", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(chosen), ""))
    with qtbot.waitSignal(sample_window.session.documentChanged, timeout=30000):
        sample_window.open_action.trigger()
    assert sample_window.current_path() == chosen
    assert sample_window.cjk_view.header_text() == "简体中文 · Chinese (Simplified)"
    assert "微信周二表示" in sample_window.cjk_view.document_text()
    english_article = sample_window.english_view.block(PassageRole.ARTICLE)
    assert english_article is not None and english_article.kind is BlockKind.PLACEHOLDER
    assert sample_window.settings.recent_files[0] == chosen.resolve()


def test_binary_file_shows_error_and_keeps_previous_document(
    sample_window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    before = sample_window.session.document()
    binary = tmp_path / "picture.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with qtbot.waitSignal(sample_window.loader.failed, timeout=30000):
        sample_window.open_path(binary)
    boxes = [box for box in sample_window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    assert "picture.png" in boxes[0].text()
    assert boxes[0].icon() == QMessageBox.Icon.Warning
    assert sample_window.session.document() is before
    assert "Tencent’s WeChat" in sample_window.english_view.document_text()
    assert not sample_window.status.busy()
    boxes[0].accept()


def test_paste_as_new_document(sample_window: MainWindow, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("東京は雨です。明日は晴れるでしょう。")
    with qtbot.waitSignal(sample_window.session.documentChanged, timeout=30000):
        sample_window.paste_action.trigger()
        assert sample_window.status.busy()  # segmented on a worker thread
    document = sample_window.session.document()
    assert document is not None and document.article.lang == "ja"
    assert sample_window.current_path() is None
    assert "東京は雨です。" in sample_window.cjk_view.document_text()
    assert sample_window.status.document_label.text().startswith("Pasted text · Japanese ⇄ English · 2 sentences")
    assert sample_window.paste_action.shortcut().toString() == "Ctrl+Shift+V"


def test_a_library_copy_whose_file_is_gone_is_named_by_that_file(sample_window: MainWindow, tmp_path: Path) -> None:
    from reader_app.core.loading import document_from_text

    gone = tmp_path / "zh_01.txt"  # never written: the file was deleted after the library kept its copy
    sample_window.open_document(document_from_text("华为今天发布新手机。", source=gone), None)
    assert sample_window.status.document_label.text().startswith("zh_01.txt (library copy) · ")


def test_paste_with_empty_clipboard_keeps_document(sample_window: MainWindow) -> None:
    before = sample_window.session.document()
    QGuiApplication.clipboard().setText("   ")
    sample_window.paste_action.trigger()
    assert sample_window.session.document() is before
    assert "no text" in sample_window.status.message()


def test_zoom_changes_both_sides(sample_window: MainWindow) -> None:
    cjk_before = _text_font_size(sample_window, "cjk_view", "もっと詳しく")
    english_before = _text_font_size(sample_window, "english_view", "Tencent’s WeChat")
    sample_window.zoom_in_action.trigger()
    sample_window.zoom_in_action.trigger()
    assert _text_font_size(sample_window, "cjk_view", "もっと詳しく") > cjk_before
    assert _text_font_size(sample_window, "english_view", "Tencent’s WeChat") > english_before
    sample_window.zoom_reset_action.trigger()
    assert _text_font_size(sample_window, "english_view", "Tencent’s WeChat") == english_before
    sample_window.zoom_out_action.trigger()
    assert _text_font_size(sample_window, "cjk_view", "もっと詳しく") < cjk_before
    assert sample_window.settings.zoom == -1


def test_swap_sides_puts_english_left(sample_window: MainWindow) -> None:
    assert sample_window.splitter.widget(0) is sample_window.cjk_view
    assert _next_tab_stop(sample_window.cjk_view.editor) is sample_window.english_view.editor
    sample_window.swap_action.trigger()
    assert sample_window.splitter.widget(0) is sample_window.english_view
    assert sample_window.english_view.x() < sample_window.cjk_view.x()
    assert _next_tab_stop(sample_window.english_view.editor) is sample_window.cjk_view.editor
    sample_window.swap_action.trigger()
    assert sample_window.splitter.widget(0) is sample_window.cjk_view


def test_dark_theme_changes_the_palette(sample_window: MainWindow) -> None:
    light_base = sample_window.english_view.editor.palette().base().color().lightness()
    sample_window.dark_action.trigger()
    assert sample_window.theme().name == "dark"
    dark_base = QApplication.palette().base().color().lightness()
    assert dark_base < 80 < light_base
    cursor = sample_window.english_view.editor.document().find("Tencent’s WeChat")
    assert cursor.charFormat().foreground().color().lightness() > 180
    sample_window.light_action.trigger()
    assert sample_window.settings.theme == "light"


def _colours(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_dark_theme_check_boxes_and_sliders_stay_visible(sample_window: MainWindow) -> None:
    sample_window.dark_action.trigger()
    theme = sample_window.theme()
    box = QCheckBox("Highlight facts in the text", sample_window.statusBar())
    box.setChecked(True)
    slider = QSlider(Qt.Orientation.Horizontal, sample_window.statusBar())
    slider.setRange(0, 10)
    slider.setValue(3)
    for widget in (box, slider):
        widget.resize(widget.sizeHint().expandedTo(QSize(120, 20)))
        widget.show()
    assert theme.accent.lower() in _colours(box)  # a filled box behind the tick, not a bare ✓
    assert {theme.accent.lower(), theme.label.lower()} <= _colours(slider)  # groove done / to go


def test_settings_persist_across_windows(make_window: MakeWindow, sample_path: Path, settings: Settings) -> None:
    first = make_window(sample_path)
    first.zoom_in_action.trigger()
    first.dark_action.trigger()
    first.swap_action.trigger()
    first.resize(700, 500)
    first.close()
    second = make_window(window_settings=Settings.at(Path(settings.qsettings.fileName())))
    assert second.zoom() == 1
    assert second.theme().name == "dark"
    assert second.sides_swapped()
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.settings.recent_files == [sample_path.resolve()]
    second.light_action.trigger()


def test_startup_opens_sample_then_the_recent_file(
    make_window: MakeWindow, wait_open: Callable[[MainWindow, Path], None], tmp_path: Path, qtbot: QtBot
) -> None:
    first = make_window()
    with qtbot.waitSignal(first.session.documentChanged, timeout=30000):
        first.open_startup(None)
    path = first.current_path()
    assert path is not None and path.name == "wechat-registration.txt"
    other = tmp_path / "other.txt"
    other.write_text("Markets rose on Monday. Investors cheered.", encoding="utf-8")
    wait_open(first, other)
    first.close()
    second = make_window()
    with qtbot.waitSignal(second.session.documentChanged, timeout=30000):
        second.open_startup(None)
    assert second.current_path() == other.resolve()


def test_startup_falls_back_to_sample_when_recent_file_is_unreadable(
    make_window: MakeWindow, settings: Settings, tmp_path: Path, qtbot: QtBot
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02" * 100)
    settings.add_recent_file(broken)
    window = make_window()
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_startup(None)
    path = window.current_path()
    assert path is not None and path.name == "wechat-registration.txt"
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_file_opens_it(sample_window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    dropped = tmp_path / "dropped.md"
    dropped.write_text("# Rates\n\nThe central bank held rates steady.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter = QDragEnterEvent(
        QPoint(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    sample_window.dragEnterEvent(enter)
    assert enter.isAccepted()
    # Qt only routes synthetic drops through a real drag, so call the handler the way Qt would.
    with qtbot.waitSignal(sample_window.session.documentChanged, timeout=30000):
        sample_window.dropEvent(event)
    assert sample_window.current_path() == dropped


def test_menus_in_order_with_shortcuts(sample_window: MainWindow) -> None:
    sample_window.menu("Tools")
    sample_window.menu("Library")
    titles = [action.text().replace("&", "") for action in sample_window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Tools", "Library", "Help"]
    assert sample_window.menu("File") is sample_window.menu("&File")
    for action in (
        sample_window.open_action,
        sample_window.quit_action,
        sample_window.copy_action,
        sample_window.select_all_action,
        sample_window.zoom_in_action,
        sample_window.zoom_out_action,
        sample_window.zoom_reset_action,
        sample_window.swap_action,
        sample_window.light_action,
        sample_window.dark_action,
    ):
        assert not action.shortcut().isEmpty(), action.text()


def test_quit_stays_last_in_file_menu(sample_window: MainWindow) -> None:
    file_menu = sample_window.menu("File")
    file_menu.addAction("Export…")
    file_menu.aboutToShow.emit()
    assert file_menu.actions()[-1] is sample_window.quit_action
    assert file_menu.actions()[-3].text() == "Export…"


def test_toolbar_keeps_design_order(sample_window: MainWindow) -> None:
    library = sample_window.add_toolbar_item("library", QLabel("Library"))
    highlight = sample_window.add_toolbar_item("highlight", QLabel("Highlight"))
    translate = sample_window.add_toolbar_item("translate", QLabel("Translate"))
    facts = sample_window.add_toolbar_item("facts", QLabel("Facts"))
    order = sample_window.toolbar.actions()
    items = [a for a in order if not a.isSeparator()]
    assert items == [sample_window.open_action, translate, facts, highlight, library]
    assert [a.isSeparator() for a in order] == [False, True, False, True, False, True, False, True, False]


def test_docks_are_listed_and_remembered(make_window: MakeWindow, settings: Settings, sample_path: Path) -> None:
    first = make_window(sample_path)
    dock = QDockWidget("Key facts")
    dock.setObjectName("factsDock")
    dock.setWidget(QWidget())
    first.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea, False)
    assert dock.toggleViewAction() in first._panels_menu().actions()
    dock.hide()
    first.close()
    second = make_window(window_settings=Settings.at(Path(settings.qsettings.fileName())))
    again = QDockWidget("Key facts")
    again.setObjectName("factsDock")
    again.setWidget(QWidget())
    second.add_dock(again, Qt.DockWidgetArea.RightDockWidgetArea, False)
    assert again.isHidden()


def test_select_all_and_copy(sample_window: MainWindow) -> None:
    sample_window.english_view.editor.setFocus()
    sample_window.english_view.editor.setTextCursor(QTextCursor(sample_window.english_view.editor.document()))
    sample_window.select_all_action.trigger()
    sample_window.copy_action.trigger()
    assert "Tencent’s WeChat said on Tuesday" in QGuiApplication.clipboard().text()



def test_registered_opener_handles_its_suffix(
    sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    sample_window.register_opener(".json", opened.append, "Annotated summaries")
    saved = tmp_path / "summary.json"
    saved.write_text("{}", encoding="utf-8")
    filters: list[str] = []

    def fake_dialog(_parent: object, _caption: str, _start: str, filter_text: str) -> tuple[str, str]:
        filters.append(filter_text)
        return str(saved), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    sample_window.open_action.trigger()
    assert opened == [saved]
    assert "Annotated summaries (*.json)" in filters[0]
    assert not sample_window.loading()


def test_ctrl_wheel_zooms_both_sides(sample_window: MainWindow) -> None:
    viewport = sample_window.cjk_view.editor.viewport()
    event = QWheelEvent(
        QPointF(50, 50),
        QPointF(viewport.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    assert sample_window.zoom() == 1
    assert sample_window.english_view.zoom() == 1


def test_open_recent_lists_and_reopens_files(
    sample_window: MainWindow, tmp_path: Path, qtbot: QtBot, wait_open: Callable[[MainWindow, Path], None]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Markets rose on Monday. Investors cheered.", encoding="utf-8")
    wait_open(sample_window, other)
    sample_window.recent_menu.aboutToShow.emit()
    entries = [a for a in sample_window.recent_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries[:2]] == ["&1 other.txt", "&2 wechat-registration.txt"]
    with qtbot.waitSignal(sample_window.session.documentChanged, timeout=30000):
        entries[1].trigger()
    path = sample_window.current_path()
    assert path is not None and path.name == "wechat-registration.txt"


def test_loading_shows_a_status_task_until_done(sample_window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "news.txt"
    path.write_text("Markets rose on Monday. Investors cheered.", encoding="utf-8")
    with qtbot.waitSignal(sample_window.session.documentChanged, timeout=30000):
        sample_window.open_path(path)
        assert sample_window.status.busy()
        assert "Opening news.txt" in sample_window.status.tasks()[0].text
    assert not sample_window.status.busy()


def test_failed_first_open_leaves_a_helpful_empty_window(make_window: MakeWindow, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.loader.failed, timeout=30000):
        window.open_startup(tmp_path / "missing.txt")
    assert window.session.document() is None
    assert "File → Open" in window.cjk_view.document_text()
    assert window.status.document_label.text() == "No document"
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1 and "missing.txt" in boxes[0].text()
    boxes[0].accept()


def test_keyboard_steps_through_sentences_on_both_sides(sample_window: MainWindow) -> None:
    document = sample_window.session.document()
    assert document is not None
    texts = tuple(f"訳文{i}。" for i in range(len(document.article.sentences)))
    sample_window.session.set_translation(
        PassageTranslation(PassageRole.ARTICLE, "en", "ja", "test", tuple(SentenceTranslation(t) for t in texts))
    )
    sample_window.english_view.editor.setFocus()
    sample_window.next_sentence_action.trigger()
    assert sample_window.english_view.highlighted_sentence() == (PassageRole.ARTICLE, 0)
    sample_window.next_sentence_action.trigger()
    sample_window.next_sentence_action.trigger()
    assert sample_window.english_view.highlighted_sentence() == (PassageRole.ARTICLE, 2)
    assert sample_window.cjk_view.highlighted_sentence() == (PassageRole.ARTICLE, 2)
    sample_window.previous_sentence_action.trigger()
    assert sample_window.cjk_view.highlighted_sentence() == (PassageRole.ARTICLE, 1)
    assert sample_window.next_sentence_action.shortcut().toString() == "Alt+Down"


def test_sentence_steps_continue_from_the_clicked_sentence_without_focus(sample_window: MainWindow) -> None:
    english = sample_window.english_view
    rect = english.sentence_rect(PassageRole.ARTICLE, 5)
    QTest.mouseClick(
        english.editor.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 5)
    sample_window.next_sentence_action.trigger()
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 6)
    english.editor.clearFocus()  # no side has focus (a dialog just closed, the window is not active)
    for view in sample_window.views():
        view.editor.viewport().clearFocus()
    sample_window.next_sentence_action.trigger()
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 7)
    sample_window.previous_sentence_action.trigger()
    assert english.highlighted_sentence() == (PassageRole.ARTICLE, 6)


def test_docks_added_after_the_window_shows_come_back_as_they_were_left(
    make_window: Callable[..., MainWindow], settings: Settings, qtbot: QtBot
) -> None:
    """run_gui installs the features (and their docks) after the first paint: their state must still be restored."""
    from reader_app.ui.app import install_features

    first = make_window()
    install_features(first)
    qtbot.wait(50)
    docks = {d.objectName(): d for d in first.findChildren(QDockWidget)}
    assert len(docks) >= 3
    closed = next(name for name, d in docks.items() if first.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea)
    docks[closed].close()
    before = {name: d.toggleViewAction().isChecked() for name, d in docks.items()}
    first.close()

    second = make_window(window_settings=Settings.at(Path(settings.qsettings.fileName())))
    install_features(second)
    qtbot.wait(50)
    reopened = {d.objectName(): d for d in second.findChildren(QDockWidget)}
    assert {name: d.toggleViewAction().isChecked() for name, d in reopened.items()} == before
    assert before[closed] is False and sum(before.values()) >= 2
