"""Two long texts laid out only around the screen stay level after a jump far down: Find's match or a fact clicked
in the panel brings one column there, and the other shows the same paragraph at the same height."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lazy_sizes import small_lazy_layout
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import ReadingLayoutFeature, install
from reader_app.ui.side_view import SideView

MakeWindow = Callable[..., MainWindow]
PARAGRAPHS = 3000
SENTENCES = (
    "腾讯旗下的微信周二表示，暂停新用户注册。",
    "公司预计在八月初完成升级，届时将恢复注册服务，并且会提前通知所有用户以及合作伙伴。",
    "美国东部的几个州的投票站陆续关闭。",
)
TRANSLATIONS = (
    "Tencent's WeChat said on Tuesday it was suspending new user registration.",
    "The company expects to finish the upgrade in early August, when registration will resume, and it will tell "
    "every user and partner beforehand so that nobody is surprised by the change.",
    "Polling stations closed in several eastern states.",
)


def _translate(sentence: str) -> str:
    if sentence in SENTENCES:
        return TRANSLATIONS[SENTENCES.index(sentence)]
    return f"Paragraph {sentence[1:-2]}."  # 第12段。 → Paragraph 12.


def _window(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, Document, ReadingLayoutFeature]:
    small_lazy_layout(monkeypatch, min_chars=50_000, window=6_000, hidden=5_000)
    window = make_window()
    feature = install(window)
    text = "\n\n".join(
        f"第{number}段。" + "".join(SENTENCES[(number + i) % 3] for i in range(1 + number % 3))
        for number in range(PARAGRAPHS)
    )
    document = document_from_text(text, title="long")
    window.open_document(document)
    sentences = document.article.sentences
    window.session.set_translation(PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(_translate(document.article.text[s.start : s.end])) for s in sentences),
    ))  # fmt: skip
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    QApplication.processEvents()
    assert all(view._lazy is not None for view in window.views())
    return window, document, feature


def _row_top(view: SideView, sentence: int) -> int | None:
    rect = view.sentence_rect(PassageRole.ARTICLE, sentence)
    return None if rect is None else rect.top()


def _level(window: MainWindow, sentence: int) -> bool:
    """The row starting at `sentence` is on screen in both columns, at the same height."""
    tops = [_row_top(view, sentence) for view in window.views()]
    height = window.cjk_view.editor.viewport().height()
    if tops[0] is None or tops[1] is None:
        return False
    return all(0 <= top < height for top in tops) and abs(tops[0] - tops[1]) <= 2  # type: ignore[operator]


@pytest.mark.parametrize("paragraph", [2600, 900])
def test_find_far_down_brings_the_other_column_to_the_same_row(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, paragraph: int
) -> None:
    window, document, _feature = _window(qtbot, make_window, monkeypatch)
    rows = paragraph_first_sentences(document.article)
    if paragraph < 2000:  # a jump back up, from far down
        window.cjk_view.scroll_to_sentence(PassageRole.ARTICLE, rows[2800])
        qtbot.waitUntil(lambda: _level(window, rows[2800]), timeout=30000)
    needle = f"第{paragraph}段"
    start = document.article.text.index(needle)
    window.cjk_view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + len(needle)))  # as Find does
    qtbot.waitUntil(lambda: _level(window, rows[paragraph]), timeout=30000)


def test_a_fact_clicked_far_down_shows_the_same_row_in_both_columns(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, document, _feature = _window(qtbot, make_window, monkeypatch)
    rows = paragraph_first_sentences(document.article)
    english = window.english_view.passage(PassageRole.ARTICLE)
    assert english is not None
    # As the facts panel does: the counterpart in the other column first, then the fact, centred, in its own.
    counterpart = english.text.index("Paragraph 2400.")
    window.english_view.scroll_to_span(PassageRole.ARTICLE, Span(counterpart, counterpart + 15))
    start = document.article.text.index("第2400段")
    window.cjk_view.scroll_to_span(PassageRole.ARTICLE, Span(start, start + 6), always=True)
    qtbot.waitUntil(lambda: _level(window, rows[2400]), timeout=30000)
