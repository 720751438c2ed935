"""About dialog, the one-time welcome hint, and the crash dialog that saves work first."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app import __version__
from reader_app.core.app_paths import data_dir
from reader_app.ui import app_info_feature
from reader_app.ui.crash_dialog import CrashDialog, install_crash_handler
from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings


def test_about_dialog_shows_version_licences_and_storage(sample_window: MainWindow, qtbot: QtBot) -> None:
    feature = app_info_feature.install(sample_window)
    sample_window.about_action.trigger()
    dialog = feature.about_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert __version__ in text
    assert "LGPL-3.0" in text and "CTranslate2" in text
    assert str(data_dir()) in text
    assert "Translation models" in text


def test_first_run_hint_shows_once(make_window: object, settings: Settings, qtbot: QtBot) -> None:
    first = make_window()  # type: ignore[operator]
    feature = app_info_feature.install(first)
    qtbot.waitUntil(lambda: feature.first_run_hint is not None)
    hint = feature.first_run_hint
    assert hint is not None and hint.isVisible()
    assert "Install from file" in hint.findChild(type(hint.children()[1])).text() or hint.models_button is not None
    hint.accept()

    second = make_window(window_settings=Settings.at(Path(settings.qsettings.fileName())))  # type: ignore[operator]
    again = app_info_feature.install(second)
    qtbot.wait(50)
    assert again.first_run_hint is None


def test_uncaught_exception_saves_first_then_shows_copyable_details(sample_window: MainWindow, qtbot: QtBot) -> None:
    saved: list[bool] = []
    handler = install_crash_handler(sample_window, lambda: saved.append(True))
    try:
        try:
            raise ValueError("injected failure for the test")
        except ValueError:
            handler.handle(*sys.exc_info())  # what Qt calls for an exception escaping a slot
        dialog = handler.dialog
        assert isinstance(dialog, CrashDialog)
        assert saved == [True]
        assert dialog.isVisible()
        assert "injected failure for the test" in dialog.text.toPlainText()
        dialog.copy_button.click()
        assert "injected failure for the test" in QApplication.clipboard().text()
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler.handle


def test_a_failing_save_still_shows_the_dialog(sample_window: MainWindow) -> None:
    def broken_save() -> None:
        raise OSError("disk full")

    handler = install_crash_handler(sample_window, broken_save)
    try:
        try:
            raise RuntimeError("second failure")
        except RuntimeError:
            handler.handle(*sys.exc_info())
        assert handler.dialog is not None and handler.dialog.isVisible()
        assert "second failure" in handler.dialog.details
    finally:
        handler.uninstall()


def test_exception_in_a_slot_reaches_the_handler(sample_window: MainWindow, qtbot: QtBot) -> None:
    saved: list[bool] = []
    handler = install_crash_handler(sample_window, lambda: saved.append(True))

    def failing_slot() -> None:
        raise KeyError("from a timer slot")

    try:
        QTimer.singleShot(0, failing_slot)
        qtbot.waitUntil(lambda: handler.dialog is not None, timeout=30000)
    finally:
        handler.uninstall()
    assert saved == [True]
    assert "from a timer slot" in handler.dialog.details  # type: ignore[union-attr]


def test_first_run_hint_text_starts_at_the_top_without_empty_bands(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from reader_app.ui.first_run_hint import FirstRunHint

    hint = FirstRunHint(open_models=lambda: None)
    qtbot.addWidget(hint)
    hint.show()
    qtbot.waitExposed(hint)
    label = hint.findChild(QLabel, "firstRunText")
    assert label is not None
    needed = label.heightForWidth(label.width())
    assert label.height() - needed < 24  # the dialog is as tall as its text, not a fixed box with space around
