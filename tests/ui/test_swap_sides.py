"""Swap Sides exchanges the two columns and each keeps its width, whatever else the splitter holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import install as install_layouts

MakeWindow = Callable[..., MainWindow]


def test_swapping_keeps_each_columns_width(qtbot: QtBot, make_window: MakeWindow, sample_path: Path) -> None:
    window = make_window(sample_path)
    install_layouts(window)  # adds the interleaved column (hidden) to the splitter
    splitter = window.splitter
    total = window.cjk_view.width() + window.english_view.width()
    narrow = total // 3
    sizes = [narrow if splitter.widget(i) is window.cjk_view else 0 for i in range(splitter.count())]
    sizes[[splitter.widget(i) for i in range(splitter.count())].index(window.english_view)] = total - narrow
    splitter.setSizes(sizes)
    qtbot.waitUntil(lambda: abs(window.cjk_view.width() - narrow) <= 2)
    widths = (window.cjk_view.width(), window.english_view.width())
    for swapped in (True, False, True):
        window.set_sides_swapped(swapped)
        qtbot.waitUntil(lambda: (window.cjk_view.width(), window.english_view.width()) == widths, timeout=30000)
        left = window.english_view if swapped else window.cjk_view
        assert splitter.widget(0) is left
