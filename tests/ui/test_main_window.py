"""The main window opens documents and shows the CJK and English sides with their labels."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.document import PassageRole
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import BlockKind


def test_sample_shows_prompt_on_cjk_side_and_article_on_english_side(sample_window: MainWindow) -> None:
    cjk, english = sample_window.cjk_view, sample_window.english_view
    assert cjk.header_text() == "日本語 (Japanese)"
    assert english.header_text() == "English"
    prompt = cjk.block(PassageRole.PROMPT)
    assert prompt is not None and prompt.kind is BlockKind.ORIGINAL
    assert cjk.document_text().startswith("PROMPT\nもっと詳しく")
    article = english.block(PassageRole.ARTICLE)
    assert article is not None and article.kind is BlockKind.ORIGINAL
    assert "Tencent’s WeChat said on Tuesday" in english.document_text()
    assert "Tencent" not in cjk.document_text()
    assert "Not translated yet" in cjk.document_text()
    assert sample_window.windowTitle().endswith("— Japanese ⇄ English")
    document = sample_window.session.document()
    assert document is not None and document.prompt is not None
    counts = f"{len(document.prompt.sentences)} + {len(document.article.sentences)} sentences"
    assert sample_window.status.document_label.text() == f"wechat-registration.txt · Japanese ⇄ English · {counts}"


def test_current_path_is_the_opened_file(sample_window: MainWindow, sample_path: Path) -> None:
    assert sample_window.current_path() == sample_path
