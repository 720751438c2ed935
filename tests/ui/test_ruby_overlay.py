"""Readings wider than their characters are narrowed to fit, so neighbouring readings never run together."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from reader_app.ui.ruby_overlay import RUBY_FILL, RUBY_MIN_SQUEEZE, RUBY_SCALE, ruby_squeeze


def test_a_reading_that_fits_is_drawn_as_it_is() -> None:
    assert ruby_squeeze(10.0, 20.0) == 1.0


def test_a_wider_reading_is_narrowed_to_its_characters() -> None:
    squeeze = ruby_squeeze(30.0, 20.0)
    assert squeeze < 1.0
    assert 30.0 * squeeze == pytest.approx(20.0 * RUBY_FILL)


def test_a_very_long_reading_is_never_narrowed_past_readability() -> None:
    assert ruby_squeeze(500.0, 20.0) == RUBY_MIN_SQUEEZE


def test_long_pinyin_over_one_character_fits_once_narrowed(qapp: object) -> None:
    font = QFont("Noto Sans CJK SC")
    font.setPointSizeF(14.0)
    ruby = QFont(font)
    ruby.setPointSizeF(14.0 * RUBY_SCALE)
    han = QFontMetricsF(font).horizontalAdvance("装")
    pinyin = QFontMetricsF(ruby).horizontalAdvance("zhuàng")
    assert pinyin > han * RUBY_FILL  # the case this is for: unnarrowed, it would overhang its neighbours
    assert pinyin * ruby_squeeze(pinyin, han) <= han
