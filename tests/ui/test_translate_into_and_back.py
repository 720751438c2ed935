"""Translate Into another language and back: the finished translation into the first language shows again at
once, not behind "Not translated yet"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, translation_window, wait_complete, wait_idle

from reader_app.core.document import PassageRole
from reader_app.core.loading import document_from_text
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import BlockKind

MakeWindow = Callable[..., MainWindow]
TEXT = "飓风米尔顿星期四横扫佛罗里达州后已进入大西洋。\n\n警方还在坦帕发现一名妇女死在掉落的树枝下。"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


def test_back_to_a_language_shows_its_finished_translation_at_once(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny
) -> None:
    install_tiny("zh", "en")
    window, feature = translation_window(make_window)
    window.open_document(document_from_text(TEXT))
    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE)
    wait_idle(qtbot, feature)
    english = window.session.translation(PassageRole.ARTICLE)
    assert english is not None and english.target_lang == "en"

    feature.set_chosen_target("ja")  # no model for it: the column says so
    assert window.session.translation(PassageRole.ARTICLE) is None
    feature.set_chosen_target(None)  # back to the other side's language (English)
    assert window.session.translation(PassageRole.ARTICLE) is english
    assert not feature.running(PassageRole.ARTICLE)
    block = window.english_view.block(PassageRole.ARTICLE)
    assert block is not None and block.kind is BlockKind.MACHINE


def test_another_document_keeps_nothing_of_the_last(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny
) -> None:
    install_tiny("zh", "en")
    window, feature = translation_window(make_window)
    window.open_document(document_from_text(TEXT))
    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE)
    wait_idle(qtbot, feature)
    feature.set_chosen_target("ja")
    window.open_document(document_from_text(TEXT))  # the same text, another document
    feature.set_chosen_target("ja")
    feature.set_chosen_target(None)
    assert window.session.translation(PassageRole.ARTICLE) is None


def test_a_highlight_on_the_english_translation_is_not_an_orphan_while_another_language_shows(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny
) -> None:
    from reader_app.core.document import Span
    from reader_app.ui import annotations_feature, reading_store
    from reader_app.ui.highlights_model import Placement

    install_tiny("zh", "en")
    window, feature = translation_window(make_window)
    reading_store.install(window)
    annotations = annotations_feature.install(window)
    window.open_document(document_from_text(TEXT))
    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE)
    wait_idle(qtbot, feature)
    made = annotations.highlight(window.english_view, PassageRole.ARTICLE, Span(0, 3), "yellow")
    assert made is not None and made.translated and made.lang == "en"

    feature.set_chosen_target("ja")
    qtbot.waitUntil(lambda: [p.placement for p in annotations.model.items()] == [Placement.HIDDEN])
    assert "orphaned" not in annotations.panel.count_label.text()
    feature.set_chosen_target(None)
    qtbot.waitUntil(lambda: [p.placement for p in annotations.model.items()] == [Placement.ATTACHED])
