"""Translating a long text (laid out only around the screen) while reading far down: the column read stays on its
paragraph, and the translated column comes to the same paragraph, also while the translation arrives in stretches."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lazy_sizes import small_lazy_layout
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import install
from reader_app.ui.reading_position import side_top_row

MakeWindow = Callable[..., MainWindow]
PARAGRAPHS = 3000
SENTENCES = ("腾讯旗下的微信周二表示，暂停新用户注册。", "美国东部的几个州的投票站陆续关闭。")


@pytest.mark.parametrize("stretches", [1, 4])
def test_translating_far_down_keeps_both_columns_on_the_paragraph_read(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, stretches: int
) -> None:
    small_lazy_layout(monkeypatch, min_chars=50_000, window=6_000, hidden=5_000)
    window = make_window()
    install(window)
    text = "\n\n".join(
        f"第{number}段。" + "".join(SENTENCES[(number + i) % 2] for i in range(1 + number % 3))
        for number in range(PARAGRAPHS)
    )
    document = document_from_text(text, title="long")
    window.open_document(document)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    reading = window.cjk_view
    row = paragraph_first_sentences(document.article)[2600]
    reading.scroll_to_sentence(PassageRole.ARTICLE, row)

    def on_screen() -> bool:
        rect = reading.sentence_rect(PassageRole.ARTICLE, row)
        return rect is not None and 0 <= rect.top() < reading.editor.viewport().height()

    qtbot.waitUntil(on_screen, timeout=30000)
    read = side_top_row(reading, document)
    sentences = document.article.sentences
    english = [SentenceTranslation(f"Sentence {i}.") for i in range(len(sentences))]
    for stretch in range(1, stretches + 1):  # as the translation feature hands the session each stretch
        done = len(english) * stretch // stretches
        pending: tuple[SentenceTranslation | None, ...] = (None,) * (len(english) - done)
        window.session.set_translation(
            PassageTranslation(PassageRole.ARTICLE, "zh", "en", "made up", (*english[:done], *pending))
        )
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    qtbot.waitUntil(lambda: side_top_row(window.english_view, document) == read, timeout=30000)
    assert side_top_row(reading, document) == read
