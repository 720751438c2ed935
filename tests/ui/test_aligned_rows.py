"""Rows of paragraph pairs: after translating, a paragraph and its translation start at the same height and the
columns scroll together; Interleaved shows each paragraph with its translation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny
from translation_ui_helpers import fresh_cache, translation_window, wait_complete, wait_idle

from reader_app.core.document import PassageRole
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.side_view import SideView

MakeWindow = Callable[..., MainWindow]
PARAGRAPHS = 200


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


def _article(tmp_path: Path) -> Path:
    paragraphs = []
    for i in range(PARAGRAPHS):
        sentences = 1 + i % 4  # paragraphs of different lengths, so the sides' heights differ
        paragraphs.append(
            " ".join(f"Paragraph {i} sentence {j} says the council of district {i} met on day {j + 1}." for j in
                     range(sentences))
        )
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def _translated_window(qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path) -> MainWindow:
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    from reader_app.ui.reading_layout_feature import install

    install(window)
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(_article(tmp_path))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_complete(qtbot, window, PassageRole.ARTICLE, timeout=60000)
    wait_idle(qtbot, feature, timeout=60000)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=30000)
    return window


def _row_sentence(window: MainWindow, paragraph: int) -> int:
    document = window.session.document()
    assert document is not None
    return paragraph_first_sentences(document.article)[paragraph]


def _top(view: SideView, index: int) -> int:
    rect = view.sentence_rect(PassageRole.ARTICLE, index)
    assert rect is not None
    return rect.top()


@pytest.mark.parametrize("scrolled", ["english", "cjk"])
def test_scrolling_one_column_to_paragraph_150_brings_the_other_level(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path, scrolled: str
) -> None:
    window = _translated_window(qtbot, make_window, install_tiny, tmp_path)
    index = _row_sentence(window, 150)
    leader = window.english_view if scrolled == "english" else window.cjk_view
    follower = window.cjk_view if leader is window.english_view else window.english_view
    leader.scroll_to_sentence(PassageRole.ARTICLE, index)

    def level() -> None:
        top = _top(leader, index)
        assert 0 <= top < leader.editor.viewport().height()
        assert abs(_top(follower, index) - top) <= 2

    qtbot.waitUntil(level, timeout=30000)
    # The pairs below it on screen are level too.
    for paragraph in (151, 152):
        other = _row_sentence(window, paragraph)
        assert abs(_top(follower, other) - _top(leader, other)) <= 2


def test_scrolling_by_the_scroll_bar_moves_both_columns(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    window = _translated_window(qtbot, make_window, install_tiny, tmp_path)
    bar = window.cjk_view.editor.verticalScrollBar()
    before = window.english_view.editor.verticalScrollBar().value()
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: window.english_view.editor.verticalScrollBar().value() != before, timeout=30000)


def test_interleaved_shows_paragraph_150_with_its_translation(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    from reader_app.ui.reading_layout_feature import Layout, ReadingLayoutFeature

    window = _translated_window(qtbot, make_window, install_tiny, tmp_path)
    feature = window.feature(ReadingLayoutFeature)
    assert feature is not None
    feature.actions[Layout.INTERLEAVED].trigger()
    assert not window.cjk_view.isVisible() and not window.english_view.isVisible()
    view = feature.interleaved
    assert view.isVisible()
    qtbot.waitUntil(lambda: view.editor.viewport().width() > 400, timeout=30000)  # the whole width once laid out
    view.scroll_to_paragraph(PassageRole.ARTICLE, 150)
    rects = view.paragraph_rects(PassageRole.ARTICLE, 150)
    assert rects is not None
    original, translation = rects
    assert translation is not None
    viewport = view.editor.viewport().rect()
    assert viewport.contains(original) and viewport.contains(translation)
    assert original.bottom() <= translation.top()  # the translation right under its paragraph
    document = window.session.document()
    assert document is not None
    block = view.editor.document().findBlock(view.editor.cursorForPosition(original.center()).position())
    assert block.text().startswith("Paragraph 150 sentence 0")
    # The choice is remembered.
    assert window.settings.value("view/layout") == "interleaved"


def test_original_only_hides_the_translated_column_and_side_by_side_brings_it_back(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    from reader_app.ui.reading_layout_feature import Layout, ReadingLayoutFeature

    window = _translated_window(qtbot, make_window, install_tiny, tmp_path)
    feature = window.feature(ReadingLayoutFeature)
    assert feature is not None
    feature.set_layout(Layout.ORIGINAL_ONLY)
    assert window.english_view.isVisible() and not window.cjk_view.isVisible()
    feature.set_layout(Layout.SIDE_BY_SIDE)
    assert window.english_view.isVisible() and window.cjk_view.isVisible()


def _open_and_translate(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_complete(qtbot, window, PassageRole.ARTICLE, timeout=60000)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=30000)


def test_a_short_document_opened_after_a_scrolled_one_starts_level(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    install_tiny("zh", "en")
    window, _feature = translation_window(make_window)
    from reader_app.ui.reading_layout_feature import install

    install(window)
    news = Path(__file__).resolve().parents[2] / "benchmarks" / "facts_news_blind" / "zh"
    body = {n: "".join(f.read_text(encoding="utf-8").splitlines(keepends=True)[3:]) for n, f in
            ((n, news / f"{n}.txt") for n in ("03", "07"))}
    long, short = tmp_path / "long.txt", tmp_path / "short.txt"
    long.write_text(body["03"] * 3, encoding="utf-8")  # real news lines of uneven lengths
    short.write_text(body["07"], encoding="utf-8")
    _open_and_translate(qtbot, window, long)
    bar = window.cjk_view.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)  # the Chinese column leads
    qtbot.wait(50)

    _open_and_translate(qtbot, window, short)

    def level() -> None:
        for index in range(3):
            assert abs(_top(window.english_view, index) - _top(window.cjk_view, index)) <= 2

    qtbot.waitUntil(level, timeout=30000)


def test_a_range_change_in_the_other_column_never_moves_the_one_being_read(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    """Qt lays a column's text in after it is set, growing its range; a scroll the aligner gave it while its range
    was still short was clamped. Neither is the reader moving that column, so the column read stays put."""
    window = _translated_window(qtbot, make_window, install_tiny, tmp_path)
    index = _row_sentence(window, 150)
    reader, other = window.cjk_view, window.english_view
    reader.scroll_to_sentence(PassageRole.ARTICLE, index)
    qtbot.waitUntil(lambda: abs(_top(other, index) - _top(reader, index)) <= 2, timeout=30000)
    read_at = reader.editor.verticalScrollBar().value()
    bar = other.editor.verticalScrollBar()
    bar.blockSignals(True)  # the clamp: the other column left near its top
    bar.setValue(0)
    bar.blockSignals(False)
    bar.setRange(bar.minimum(), bar.maximum() + 1)  # then its range grows

    def level_again() -> None:
        assert abs(_top(other, index) - _top(reader, index)) <= 2

    qtbot.waitUntil(level_again, timeout=30000)
    assert reader.editor.verticalScrollBar().value() == read_at


def test_a_translation_announced_again_leaves_the_translated_column_being_read(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    """Only a column laid out anew follows the other: the same translation announced again (a late stretch, a
    model notice) changes no text, so the reader reading the translation keeps their place."""
    window = _translated_window(qtbot, make_window, install_tiny, tmp_path)
    index = _row_sentence(window, 150)
    reading, other = window.cjk_view, window.english_view  # the English article's Japanese translation is read
    reading.scroll_to_sentence(PassageRole.ARTICLE, index)
    qtbot.waitUntil(lambda: abs(_top(other, index) - _top(reading, index)) <= 2, timeout=30000)
    read_at = reading.editor.verticalScrollBar().value()
    bar = other.editor.verticalScrollBar()
    bar.blockSignals(True)  # the other column not there yet (its layout still coming)...
    bar.setValue(0)
    bar.blockSignals(False)
    window.session.translationChanged.emit(PassageRole.ARTICLE)  # ...when the translation is announced again

    def level_where_read() -> None:
        assert abs(_top(other, index) - _top(reading, index)) <= 2
        assert 0 <= _top(reading, index) < reading.editor.viewport().height()

    qtbot.waitUntil(level_where_read, timeout=30000)
    assert reading.editor.verticalScrollBar().value() == read_at
