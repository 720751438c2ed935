"""Translating the article keeps the reading position: the paragraph at the top of the view before Ctrl+T is still
there while the translation fills in and once it is done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, translation_window, wait_complete, wait_idle

from reader_app.core.document import Document, PassageRole
from reader_app.core.loading import document_from_text
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import Layout
from reader_app.ui.reading_layout_feature import install as install_layouts
from reader_app.ui.reading_position import side_top_row

MakeWindow = Callable[..., MainWindow]
SENTENCES = (
    "飓风米尔顿星期四横扫佛罗里达州后已进入大西洋。",
    "当局称，皮尔斯堡附近的西班牙湖乡村俱乐部发生龙卷风，造成5人死亡，当地房屋被毁。",
    "警方还在坦帕发现一名妇女死在掉落的树枝下。",
)


def _long_document() -> Document:
    """A Chinese headline over sixty paragraphs of one to three sentences."""
    text = "\n\n".join("".join(SENTENCES[(n + i) % 3] for i in range(1 + n % 3)) for n in range(60))
    return document_from_text(f"飓风米尔顿造成至少16人丧生\n\n{text}")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


def test_translate_article_keeps_the_paragraph_at_the_top(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny
) -> None:
    install_tiny("zh", "en")
    window, feature = translation_window(make_window)
    install_layouts(window)
    document = _long_document()
    window.open_document(document)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    view = window.cjk_view
    firsts = paragraph_first_sentences(document.article)
    top = view.sentence_rect(PassageRole.ARTICLE, firsts[30])
    assert top is not None
    bar = view.editor.verticalScrollBar()
    bar.setValue(bar.value() + top.top())
    qtbot.waitUntil(lambda: side_top_row(view, document) == (PassageRole.ARTICLE, firsts[30]), timeout=30000)
    before = bar.value()
    assert before > 0

    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE)
    wait_idle(qtbot, feature)
    qtbot.waitUntil(lambda: not any(v.rendering() for v in window.views()), timeout=60000)
    other = window.english_view
    # The other column follows once its new text is laid out (a loaded machine may take a few looks).
    wanted = (PassageRole.ARTICLE, firsts[30])
    qtbot.waitUntil(lambda: side_top_row(view, document) == side_top_row(other, document) == wanted, timeout=30000)


def test_translate_article_keeps_the_interleaved_position(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny
) -> None:
    install_tiny("zh", "en")
    window, feature = translation_window(make_window)
    layouts = install_layouts(window)
    layouts.set_layout(Layout.INTERLEAVED, remember=False)
    document = _long_document()
    window.open_document(document)
    view = layouts.interleaved
    qtbot.waitUntil(lambda: not view.rendering() and view.row_y(PassageRole.ARTICLE, 0) is not None, timeout=60000)
    firsts = paragraph_first_sentences(document.article)
    y = view.row_y(PassageRole.ARTICLE, firsts[30])
    assert y is not None
    view.editor.verticalScrollBar().setValue(int(y))
    assert view.top_row() == (PassageRole.ARTICLE, firsts[30])

    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE)
    wait_idle(qtbot, feature)
    qtbot.waitUntil(lambda: not view.rendering() and not layouts.position.active(), timeout=60000)
    assert view.top_row() == (PassageRole.ARTICLE, firsts[30])
