"""A document reopens where the reader left it: after another document in the same session, and after a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader_app.core.document import Document, PassageRole
from reader_app.core.loading import document_from_text
from reader_app.ui.aligned_rows import paragraph_first_sentences
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import ReadingLayoutFeature
from reader_app.ui.reading_place_feature import ReadingPlaceFeature
from reader_app.ui.reading_place_feature import install as install_place
from reader_app.ui.settings import Settings

MakeWindow = Callable[..., MainWindow]


def _long(title: str, paragraphs: int = 80) -> Document:
    sentence = "腾讯旗下的微信周二表示，暂停新用户注册。公司预计在八月初完成升级。"
    text = "\n\n".join(f"第{number}段：{sentence}" for number in range(paragraphs))
    return document_from_text(text, title=title)


def _window(qtbot: QtBot, make_window: MakeWindow, settings: Settings) -> tuple[MainWindow, ReadingLayoutFeature]:
    window = make_window(window_settings=settings)
    install_place(window)
    layout = window.feature(ReadingLayoutFeature)
    assert layout is not None and window.feature(ReadingPlaceFeature) is not None
    return window, layout


def _open(qtbot: QtBot, window: MainWindow, document: Document) -> None:
    window.open_document(document)
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=30000)


def _scroll_to(qtbot: QtBot, window: MainWindow, document: Document, paragraph: int) -> tuple[PassageRole, int]:
    """Scroll the original's column (as the wheel would) until `paragraph` is the row at the top."""
    layout = window.feature(ReadingLayoutFeature)
    assert layout is not None
    row = (PassageRole.ARTICLE, paragraph_first_sentences(document.article)[paragraph])
    view = window.cjk_view
    bar = view.editor.verticalScrollBar()

    def there() -> bool:
        rect = view.sentence_rect(*row)
        if rect is not None and abs(rect.top()) > 1:
            bar.setValue(bar.value() + rect.top())
        return layout.top_row() == row

    qtbot.waitUntil(there, timeout=30000)
    return row


def test_a_document_reopens_where_it_was_left_in_the_session_and_after_a_restart(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings, tmp_path: Path
) -> None:
    window, layout = _window(qtbot, make_window, settings)
    storm, other = _long("storm"), _long("other", 20)
    _open(qtbot, window, storm)
    row = _scroll_to(qtbot, window, storm, 40)
    place = window.feature(ReadingPlaceFeature)
    assert place is not None
    qtbot.waitUntil(lambda: place.place(storm) == row, timeout=30000)

    _open(qtbot, window, other)
    qtbot.waitUntil(lambda: layout.top_row() == (PassageRole.ARTICLE, 0), timeout=30000)  # never read: its top
    _open(qtbot, window, storm)
    qtbot.waitUntil(lambda: layout.top_row() == row and not layout.position.active(), timeout=30000)
    window.grab().save(str(tmp_path / "reopened.png"))

    window.close()  # the features shut down and save
    restarted, restarted_layout = _window(qtbot, make_window, settings)
    _open(qtbot, restarted, storm)
    qtbot.waitUntil(lambda: restarted_layout.top_row() == row and not restarted_layout.position.active(), timeout=30000)
