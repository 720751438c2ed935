"""Highlights made on a machine translation, and translations restored with the reading state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui import annotations_feature
from reader_app.ui.highlights_model import Placement
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import BlockKind

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def own_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _window(make_window: MakeWindow, wait_open: Callable[[MainWindow, Path], None], path: Path) -> tuple:
    window = make_window()
    annotations_feature.install(window)
    wait_open(window, path)
    return window, window.feature(annotations_feature.AnnotationsFeature)


def test_highlight_on_the_translation_survives_a_restart(
    qtbot: QtBot, make_window: MakeWindow, wait_open: Callable[[MainWindow, Path], None], sample_path: Path
) -> None:
    window, feature = _window(make_window, wait_open, sample_path)
    document = window.session.document()
    sentences = tuple(SentenceTranslation(f"第{i}文の翻訳です。") for i in range(len(document.article.sentences)))
    translation = PassageTranslation(PassageRole.ARTICLE, "en", "ja", "en→ja test 1.0", sentences)
    window.session.set_translation(translation)
    block = window.cjk_view.block(PassageRole.ARTICLE)
    assert block is not None and block.kind is BlockKind.MACHINE

    cursor = window.cjk_view.editor.document().find("第3文の翻訳")
    window.cjk_view.editor.setTextCursor(cursor)
    with qtbot.waitSignal(feature.store.saved, timeout=30000):
        feature.highlight_selection("blue")
    item = feature.model.items()[0]
    assert item.highlight.translated and item.highlight.quote == "第3文の翻訳"
    assert window.cjk_view._user_highlights[PassageRole.ARTICLE] == [(item.span, "blue")]
    assert window.english_view._user_highlights.get(PassageRole.ARTICLE, []) == []
    state = feature.store.state()
    assert state is not None and state.translation(PassageRole.ARTICLE) == translation
    window.close()

    again, feature_again = _window(make_window, wait_open, sample_path)
    assert again.session.translation(PassageRole.ARTICLE) == translation  # restored, not recomputed
    restored = feature_again.model.items()[0]
    assert restored.placement is Placement.ATTACHED and restored.span == item.span
    assert again.cjk_view._user_highlights[PassageRole.ARTICLE] == [(item.span, "blue")]
