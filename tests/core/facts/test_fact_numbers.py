"""Numbers as written in news: English words and magnitudes, CJK numerals, full-width digits."""

from __future__ import annotations

import pytest

from reader_app.core.facts.numbers import fold, parse_cjk, parse_english


@pytest.mark.parametrize(
    ("number", "magnitude", "value"),
    [
        ("1.2", "billion", 1.2e9),
        ("4.4", "bn", 4.4e9),
        ("500", "K", 5e5),
        ("3", "m", 3e6),
        ("2", "B", 2e9),
        ("1,200", None, 1200),
        ("twenty-five", None, 25),
        ("three hundred and five", None, 305),
        ("a dozen", None, 12),
        ("half a million", None, 5e5),
        ("5", "lakh", 5e5),
        ("2", "crore", 2e7),
        ("2", "lakh crore", 2e12),
    ],
)
def test_english_numbers_and_magnitudes(number: str, magnitude: str | None, value: float) -> None:
    assert parse_english(number, magnitude) == pytest.approx(value)


def test_vague_english_quantities_have_no_value() -> None:
    assert parse_english("thousands") is None
    assert parse_english("billions") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12亿", 1.2e9),
        ("1.2万", 12000),
        ("一千二百万", 1.2e7),
        ("３００万", 3e6),
        ("两千", 2000),
        ("兩千", 2000),
        ("十二", 12),
        ("1万2000", 12000),
        ("3亿5000万", 3.5e8),
        ("1.2万亿", 1.2e12),
        ("5兆3529億", 5.3529e12),
        ("二〇二一", 2021),
        ("四十", 40),
        ("1,200万", 1.2e7),
    ],
)
def test_cjk_numbers(text: str, value: float) -> None:
    assert parse_cjk(text) == pytest.approx(value)


def test_malformed_cjk_number_is_none() -> None:
    assert parse_cjk("万x") is None
    assert parse_cjk("") is None


def test_folding_keeps_length_and_makes_full_width_ascii() -> None:
    text = "１２３％　ＵＳ＄，"
    assert fold(text) == "123% US$，"
    assert len(fold(text)) == len(text)
