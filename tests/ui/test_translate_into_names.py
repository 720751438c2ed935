"""Translate Into another language: the columns' headers, the passages' labels and the title name the languages
shown (real tiny models)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, translation_window, wait_complete, wait_idle

from reader_app.core.document import PassageRole
from reader_app.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


def test_the_sample_into_chinese(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "zh")
    window, feature = translation_window(make_window)
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(sample_path)
    assert window.cjk_view.header.text() == "日本語 · Japanese"
    assert window.windowTitle().endswith("— Japanese ⇄ English")

    feature.set_chosen_target("zh")
    wait_complete(qtbot, window, PassageRole.PROMPT, timeout=60000)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_complete(qtbot, window, PassageRole.ARTICLE, timeout=60000)
    wait_idle(qtbot, feature)
    # The left column holds the Japanese prompt and the article's Chinese; the right the prompt's Chinese.
    assert window.cjk_view.header.text() == "日本語 / 简体中文 · Japanese / Chinese (Simplified)"
    assert window.english_view.header.text() == "English / 简体中文 · English / Chinese (Simplified)"
    assert "machine translation · Chinese (Simplified)" in window.cjk_view.document_text()
    assert "machine translation · Chinese (Simplified)" in window.english_view.document_text()
    assert window.windowTitle().endswith("— Japanese · English → Chinese (Simplified)")

    feature.set_chosen_target(None)  # back to the other side's language
    assert window.cjk_view.header.text() == "日本語 · Japanese"
    assert window.windowTitle().endswith("— Japanese ⇄ English")


def test_a_chinese_text_into_japanese_without_a_model(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("美国的失业率十月份降到百分之五，为六年来最低。\n星期五劳工部公布的报告受到密切关注。\n", "utf-8")
    window, feature = translation_window(make_window)
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(path)
    feature.set_chosen_target("ja")
    qtbot.waitUntil(feature.models_listed, timeout=30000)
    assert window.english_view.header.text() == "日本語 · Japanese"
    qtbot.waitUntil(lambda: "Japanese model" in window.english_view.placeholder(PassageRole.ARTICLE)[0], timeout=30000)
    assert window.windowTitle().endswith("— Chinese (Simplified) → Japanese")


def test_an_english_texts_empty_column_names_the_language_it_will_get(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    path = tmp_path / "en.txt"
    path.write_text("The jobless rate fell to 5.8% in October.\n\nEmployers added 214,000 jobs.\n", "utf-8")
    window, feature = translation_window(make_window)
    with qtbot.waitSignal(feature.modelsListed, timeout=30000):
        window.open_path(path)
    assert window.cjk_view.header.text() == "中文 / 日本語 · Chinese / Japanese"  # no model: nothing to name
    assert "Needs an English → Chinese or Japanese model" in window.cjk_view.document_text()

    install_tiny("en", "ja")
    with qtbot.waitSignal(feature.modelsListed, timeout=30000):
        feature.update_placeholders()  # as after installing from Translation Models…
    assert window.cjk_view.header.text() == "日本語 · Japanese"  # what Ctrl+T makes, before any translation
    assert "Not translated yet" in window.cjk_view.document_text()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_complete(qtbot, window, PassageRole.ARTICLE, timeout=60000)
    assert window.session.translation(PassageRole.ARTICLE).target_lang == "ja"
    assert window.cjk_view.header.text() == "日本語 · Japanese"

    feature.set_chosen_target("zh")  # Translate Into names another one
    assert window.cjk_view.header.text() == "简体中文 · Chinese (Simplified)"
