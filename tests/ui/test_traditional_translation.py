"""A Traditional Chinese document in the window with only the Simplified Chinese → English model installed (the
real tiny model): it translates, through OpenCC's conversion, and nothing asks for another model."""

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
from reader_app.ui.session import BlockKind

MakeWindow = Callable[..., MainWindow]
TEXT = (
    "華盛頓 —\n"
    "中國官員星期二說，四川省發生兩次強烈地震，至少有12人死亡。地震中心是四川偏遠農村長寧地區。\n"
    "美國地質調查局說，第一次地震強度是里氏5.9級。\n"
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


def _open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "voa.txt"
    path.write_text(TEXT, encoding="utf-8")
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(path)


def test_translated_with_the_simplified_model(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    install_tiny("zh", "en")
    window, feature = translation_window(make_window)
    _open(qtbot, window, tmp_path)
    document = window.session.document()
    assert document is not None and document.article.lang == "zh-Hant"
    text, sentences = document.article.text, document.article.sentences
    qtbot.waitUntil(feature.models_listed, timeout=30000)
    assert feature.missing_pairs() == [] and feature.needs_summary() is None
    placeholder = window.english_view.placeholder(PassageRole.ARTICLE)[0]
    assert "Needs" not in placeholder and "Not translated yet" in placeholder

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_complete(qtbot, window, PassageRole.ARTICLE, timeout=60000)
    wait_idle(qtbot, feature)
    translation = window.session.translation(PassageRole.ARTICLE)
    assert translation is not None and translation.package == "OpenCC t2s + translate-zh_en 1.0"
    block = window.english_view.block(PassageRole.ARTICLE)
    assert block is not None and block.kind is BlockKind.MACHINE
    # The document is as it was read: the Chinese column shows the Traditional text and its sentences.
    assert document.article.text == text and document.article.sentences == sentences
    assert "中國官員星期二說" in window.cjk_view.document_text()
    assert "zh-Hant→en model 1.0 via Simplified" in window.status.document_label.text()
    assert window.windowTitle() == "華盛頓 — Chinese (Traditional) ⇄ English"


def test_without_a_model_either_script_is_asked_for(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window, feature = translation_window(make_window)
    _open(qtbot, window, tmp_path)
    qtbot.waitUntil(feature.models_listed, timeout=30000)
    expected = "Needs a Chinese (Simplified or Traditional) → English model (none is installed)."
    qtbot.waitUntil(lambda: window.english_view.placeholder(PassageRole.ARTICLE)[0] == expected, timeout=30000)
    assert feature.needs_summary() == "Needs Chinese (Simplified or Traditional) → English model"
