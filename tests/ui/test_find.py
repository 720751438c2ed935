"""Find over both columns: count, every match tinted, width- and script-insensitive, wrapping, Esc."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.ui.find_feature import FindFeature
from reader_app.ui.find_feature import install as install_find
from reader_app.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]

PARAGRAPH = (
    "腾讯旗下的微信周二表示，为遵守相关法律法规，将暂时停止中国境内新用户的注册。"
    "台積電與ＡＢＣ公司週二宣布合作，微信用户可以在线预约。"
    "这是中国科技企业在全球最大的互联网市场面临监管审查的最新例子。"
)


def _big_chinese(tmp_path: Path) -> tuple[Path, str]:
    paragraphs = []
    size = 0
    number = 0
    while size < 2_000_000:
        paragraph = f"第{number}段。{PARAGRAPH}"
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
        number += 1
    text = "\n\n".join(paragraphs)
    path = tmp_path / "big-zh.txt"
    path.write_text(text, encoding="utf-8")
    return path, text


def _find_window(qtbot: QtBot, make_window: MakeWindow, path: Path) -> tuple[MainWindow, FindFeature]:
    window = make_window(path)
    feature = install_find(window)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=60000)
    return window, feature


def _search(qtbot: QtBot, window: MainWindow, feature: FindFeature, query: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert feature.bar.isVisible()
    feature.bar.query.clear()
    if query.isascii():
        qtbot.keyClicks(feature.bar.query, query)
    else:  # QTest types ASCII keys only; the line edit gets the text as an input method would
        feature.bar.query.insert(query)
    qtbot.waitUntil(lambda: not feature.searching(), timeout=30000)


def test_ctrl_f_in_a_2_mb_document_tints_every_match_and_counts_them(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path, text = _big_chinese(tmp_path)
    window, feature = _find_window(qtbot, make_window, path)
    _search(qtbot, window, feature, "微信")
    document = window.session.document()
    assert document is not None
    expected = document.article.text.count("微信")
    assert expected == text.count("微信") > 10_000
    assert len(feature.matches()) == expected
    assert feature.count_text() == f"1 of {expected}"
    view = window.cjk_view
    found = view.found(PassageRole.ARTICLE)
    assert len(found) == expected
    assert all(document.article.text[span.start : span.end] == "微信" for span in found)
    # The matches on screen are drawn tinted.
    tinted = [s for s in view.editor.extraSelections() if s.cursor.selectedText() == "微信"]
    assert len(tinted) >= 2


def test_simplified_query_finds_traditional_text_and_full_width(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "zh.txt"
    path.write_text(PARAGRAPH + "\n\n" + PARAGRAPH, encoding="utf-8")
    window, feature = _find_window(qtbot, make_window, path)
    _search(qtbot, window, feature, "台积电")
    assert len(feature.matches()) == 2
    document = window.session.document()
    assert document is not None
    match = feature.current()
    assert match is not None and document.article.text[match.span.start : match.span.end] == "台積電"
    _search(qtbot, window, feature, "abc")
    assert len(feature.matches()) == 2
    assert feature.count_text() == "1 of 2"


def test_f3_steps_and_wraps_and_escape_closes(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text(PARAGRAPH + "\n\n" + PARAGRAPH, encoding="utf-8")
    window, feature = _find_window(qtbot, make_window, path)
    _search(qtbot, window, feature, "微信")
    assert feature.count_text() == "1 of 4"
    qtbot.keyClick(feature.bar.query, Qt.Key.Key_F3)
    assert feature.count_text() == "2 of 4"
    qtbot.keyClick(feature.bar.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(feature.bar.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert feature.count_text() == "4 of 4 · wrapped"
    qtbot.keyClick(feature.bar.query, Qt.Key.Key_Escape)
    assert not feature.bar.isVisible()
    assert window.cjk_view.found(PassageRole.ARTICLE) == []


def test_no_match_says_so(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    window, feature = _find_window(qtbot, make_window, path)
    _search(qtbot, window, feature, "三星电子")
    assert feature.count_text() == "No matches"


def test_find_in_the_interleaved_column(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    from reader_app.core.translated import PassageTranslation, SentenceTranslation
    from reader_app.ui.reading_layout_feature import Layout
    from reader_app.ui.reading_layout_feature import install as install_layouts

    path = tmp_path / "zh.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    window, feature = _find_window(qtbot, make_window, path)
    layouts = install_layouts(window)
    document = window.session.document()
    assert document is not None
    window.session.set_translation(
        PassageTranslation(
            PassageRole.ARTICLE, "zh", "en", "test",
            tuple(SentenceTranslation("WeChat users can book online.") for _ in document.article.sentences),
        )
    )  # fmt: skip
    layouts.set_layout(Layout.INTERLEAVED)
    _search(qtbot, window, feature, "wechat")
    assert len(feature.matches()) == len(document.article.sentences)  # each translated sentence once
    assert all(match.view is layouts.interleaved for match in feature.matches())
    _search(qtbot, window, feature, "微信")
    assert len(feature.matches()) == 2
