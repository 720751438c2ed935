"""Choosing Side by Side after Original Only on a long document: the column shown again is laid out lazily (only
the screen at once), the rows on screen end up level, and no paragraph is left without its lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import Layout, install

MakeWindow = Callable[..., MainWindow]
PARAGRAPHS = 3000
PARAGRAPH = "腾讯旗下的微信周二表示，暂停新用户注册，以配合相关法律法规。公司预计在八月初完成升级，届时将恢复注册服务。"
TRANSLATION = (
    "Tencent's WeChat said on Tuesday it was suspending new user registration to comply with the relevant laws.",
    "The company expects to finish the upgrade in early August, when registration will resume.",
)


def _without_lines(editor: QTextEdit) -> int:
    """Blocks with text but no laid-out lines (Qt takes them away when the width changes, and lays blocks in as
    it reaches them)."""
    count = 0
    block = editor.document().begin()
    while block.isValid():
        layout = block.layout()
        count += block.length() > 1 and (layout is None or layout.lineCount() == 0)
        block = block.next()
    return count


def _last_width(editor: QTextEdit) -> float:
    """The width the last block's first line was laid out at (the whole column is laid out at that width)."""
    layout = editor.document().lastBlock().previous().layout()
    return layout.lineAt(0).width() if layout is not None and layout.lineCount() else -1.0


def test_side_by_side_after_original_only_on_a_long_document(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    layouts = install(window)
    document = document_from_text("\n\n".join(PARAGRAPH for _ in range(PARAGRAPHS)), title="long")
    sentences = document.article.sentences
    window.open_document(document)
    window.session.set_translation(PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(TRANSLATION[i % 2]) for i in range(len(sentences))),
    ))  # fmt: skip
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=30000)
    editor = window.cjk_view.editor
    half = _last_width(editor)
    layouts.set_layout(Layout.ORIGINAL_ONLY, remember=False)
    assert not window.english_view.isVisible()
    qtbot.waitUntil(lambda: _last_width(editor) > half and _without_lines(editor) == 0, timeout=30000)

    layouts.set_layout(Layout.SIDE_BY_SIDE, remember=False)
    QApplication.processEvents()  # the resize, the first paint
    assert window.english_view.isVisible()
    with_text = sum(1 for number in range(editor.document().blockCount())
                    if editor.document().findBlockByNumber(number).length() > 1)  # fmt: skip
    assert _without_lines(editor) > 0, "the column was not laid out again"
    assert with_text - _without_lines(editor) < with_text // 10, "more than the screen was laid out at once"

    # Qt lays the rest in; every paragraph gets its lines and the rows on screen are level.
    qtbot.waitUntil(lambda: _without_lines(editor) == 0, timeout=30000)
    rows = paragraph_first_sentences(document.article)

    qtbot.waitUntil(lambda: _rows_level(window, rows), timeout=30000)
    assert _without_lines(editor) == 0 and _without_lines(window.english_view.editor) == 0


def test_rows_level_after_switching_back_while_the_column_was_laid_in(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    layouts = install(window)
    document = document_from_text("\n\n".join(PARAGRAPH for _ in range(PARAGRAPHS)), title="long")
    window.open_document(document)
    window.session.set_translation(PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(TRANSLATION[i % 2]) for i in range(len(document.article.sentences))),
    ))  # fmt: skip
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=30000)
    layouts.set_layout(Layout.ORIGINAL_ONLY, remember=False)
    qtbot.wait(200)
    layouts.set_layout(Layout.SIDE_BY_SIDE, remember=False)
    QApplication.processEvents()  # the aligner waits for the column shown again to be laid in...
    layouts.set_layout(Layout.ORIGINAL_ONLY, remember=False)  # ...and the reader leaves before it is
    qtbot.wait(200)
    layouts.set_layout(Layout.SIDE_BY_SIDE, remember=False)
    rows = paragraph_first_sentences(document.article)

    qtbot.waitUntil(lambda: _rows_level(window, rows), timeout=30000)


def _rows_level(window: MainWindow, rows: list[int]) -> None:
    """The second and fourth paragraphs start within 2 px of each other on both sides."""
    for paragraph in (1, 3):
        left = window.cjk_view.sentence_rect(PassageRole.ARTICLE, rows[paragraph])
        right = window.english_view.sentence_rect(PassageRole.ARTICLE, rows[paragraph])
        assert left is not None and right is not None
        assert abs(left.top() - right.top()) <= 2
