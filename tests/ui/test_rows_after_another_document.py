"""Rows of a document opened after a scrolled one: level from the start, with no space left over from the other
document's rows (the column's scroll jumps back to the top as the new text goes in, and the rows were then levelled
against the other column's old text)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from reader_app.core.document import Document, PassageRole
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import install

MakeWindow = Callable[..., MainWindow]
LONG = "\n\n".join("腾讯旗下的微信周二表示，暂停新用户注册。" * (1 + i % 3) for i in range(60))
SHORT = (
    "美国的失业率十月份降到百分之五，为六年来最低。\n星期五劳工部公布的报告受到密切关注。\n\n"
    "这是连续第五十六个月就业机会增加。"
)


def _open_translated(qtbot: QtBot, window: MainWindow, text: str) -> Document:
    document = document_from_text(text, title="t")
    window.open_document(document)
    sentences = document.article.sentences
    window.session.set_translation(PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(f"English sentence {i}, made up for the test.") for i in range(len(sentences))),
    ))  # fmt: skip
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=30000)
    return document


def _tops(window: MainWindow, document: Document) -> list[tuple[int, int]]:
    tops = []
    for row in paragraph_first_sentences(document.article):
        left = window.cjk_view.sentence_rect(PassageRole.ARTICLE, row)
        right = window.english_view.sentence_rect(PassageRole.ARTICLE, row)
        assert left is not None and right is not None
        tops.append((left.top(), right.top()))
    return tops


def _window(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    install(window)
    return window


def test_a_short_document_after_a_scrolled_one_opens_level(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = _window(make_window)
    _open_translated(qtbot, window, LONG)
    short = _open_translated(qtbot, window, SHORT)  # after the long one, unscrolled
    qtbot.waitUntil(lambda: _level(_tops(window, short)), timeout=30000)
    unscrolled = _tops(window, short)

    long = _open_translated(qtbot, window, LONG)
    bar = window.cjk_view.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: _tops(window, long)[0][0] < 0, timeout=30000)

    short = _open_translated(qtbot, window, SHORT)

    def level_as_unscrolled() -> None:
        tops = _tops(window, short)
        assert _level(tops), tops
        assert tops == unscrolled, "space left over above the rows"

    qtbot.waitUntil(level_as_unscrolled, timeout=30000)


def _level(tops: list[tuple[int, int]]) -> bool:
    return all(abs(left - right) <= 2 for left, right in tops)


def test_rows_on_screen_are_level_while_a_long_text_is_still_laid_in(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Each slice of a long text laid in used to put the rows' levelling off again, until the last slice."""
    window = _window(make_window)
    text = "\n\n".join(SHORT for _ in range(4000))
    document = document_from_text(text, title="long")
    window.open_document(document)
    sentences = document.article.sentences
    window.session.set_translation(PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(f"English {i}.") for i in range(len(sentences))),
    ))  # fmt: skip
    rows = paragraph_first_sentences(document.article)[1:6]

    def level() -> bool:
        for row in rows:
            left = window.cjk_view.sentence_rect(PassageRole.ARTICLE, row)
            right = window.english_view.sentence_rect(PassageRole.ARTICLE, row)
            if left is None or right is None or abs(left.top() - right.top()) > 2:
                return False
        return True

    # Level while the text is still being laid in: waiting for the last slice never gets there.
    qtbot.waitUntil(lambda: level() and any(view.rendering() for view in window.views()), timeout=30000)
