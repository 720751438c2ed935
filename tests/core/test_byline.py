"""Bylines and datelines at the start of news text, in Chinese, Japanese and English."""

from __future__ import annotations

from datetime import date

import pytest

from reader_app.core.byline import is_byline_only, parse_byline, shown_metadata


def _stripped(text: str) -> str:
    byline = parse_byline(text)
    assert byline is not None, text
    return text[byline.end :]


def test_xinhua_chinese_dateline_with_reporters() -> None:
    text = "新华社北京2024年3月15日电（记者 李明 王芳）国家统计局15日发布数据。"
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.agency, byline.place, byline.authors) == ("新华社", "北京", ("李明", "王芳"))
    assert byline.published == date(2024, 3, 15)
    assert text[byline.end :] == "国家统计局15日发布数据。"


def test_traditional_dateline_without_year_takes_the_reference_year() -> None:
    byline = parse_byline("中央社台北15日電 行政院今天通過", reference=date(2024, 5, 20))
    assert byline is not None
    assert (byline.agency, byline.place, byline.published) == ("中央社", "台北", date(2024, 5, 15))
    assert _stripped("中央社台北15日電 行政院今天通過") == "行政院今天通過"


def test_english_agency_dateline() -> None:
    text = "BEIJING, March 15, 2024 (Xinhua) -- China's economy grew."
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.agency, byline.place, byline.published) == ("Xinhua", "Beijing", date(2024, 3, 15))
    assert text[byline.end :] == "China's economy grew."


@pytest.mark.parametrize(
    ("text", "agency", "place", "rest"),
    [
        ("(Reuters) - Tencent's WeChat said", "Reuters", None, "Tencent's WeChat said"),
        ("TOKYO (AP) — Japan's economy", "AP", "Tokyo", "Japan's economy"),
        ("NEW YORK, March 15 (Reuters) - Stocks rose", "Reuters", "New York", "Stocks rose"),
        ("【北京共同】中国の国家統計局は", "共同", "北京", "中国の国家統計局は"),
        ("【ワシントン時事】米政府は", "時事", "ワシントン", "米政府は"),
        ("HARBOR CITY, March 14 (Daily Ledger) - The vote", "Daily Ledger", "Harbor City", "The vote"),
        ("SPRINGFIELD, 3 May (The Courier) — Shops", "The Courier", "Springfield", "Shops"),
    ],
)
def test_agency_datelines(text: str, agency: str, place: str | None, rest: str) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.agency, byline.place) == (agency, place)
    assert text[byline.end :] == rest


def test_japanese_place_and_reporter_bracket() -> None:
    byline = parse_byline("【ワシントン＝山田太郎】米政府は")
    assert byline is not None
    assert (byline.place, byline.authors) == ("ワシントン", ("山田太郎",))


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("記者 李明", ("李明",)),
        ("记者：李明、王芳", ("李明", "王芳")),
        ("文/李明", ("李明",)),
        ("山田太郎記者", ("山田太郎",)),
    ],
)
def test_author_lines(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert is_byline_only(text)


def test_author_date_and_place_in_one_line() -> None:
    text = "记者 李明 2024年4月18日 深圳\n华为发布新款手机"
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.published, byline.place) == (("李明",), date(2024, 4, 18), "深圳")
    assert text[byline.end :] == "\n华为发布新款手机"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Published March 15, 2024", date(2024, 3, 15)),
        ("By Jane Doe | March 15, 2024 3:04 PM EST", date(2024, 3, 15)),
        ("2024年4月18日（木） 15時30分", date(2024, 4, 18)),
        ("2024-04-18 10:30", date(2024, 4, 18)),
        ("令和6年4月18日", date(2024, 4, 18)),
    ],
)
def test_date_lines(text: str, day: date) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.published == day
    assert is_byline_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "China's economy grew 5.3% in the first quarter.",
        "国家统计局15日发布数据。",
        "Beijing is the capital of China.",
        "文化部长 表示",
        "【速報】地震",
        "WeChat said on March 15, 2024 that it",
        "The President (Joe Biden) - said",
        "",
    ],
)
def test_story_text_is_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


def test_a_byline_followed_by_text_is_not_byline_only() -> None:
    assert not is_byline_only("(Reuters) - Tencent said")


def test_describe_joins_what_is_known() -> None:
    byline = parse_byline("新华社北京2024年3月15日电（记者 李明）")
    assert byline is not None
    assert byline.describe() == "新华社 · 李明 · 北京 · 2024-03-15"


@pytest.mark.parametrize(
    ("piece", "shown"),
    [("【纠错】 责任编辑：王小红", "责任编辑：王小红"), ("TOKYO (AP) —", "TOKYO (AP)"), ("(Reuters) -", "(Reuters)")],
)
def test_the_meta_line_leaves_out_link_labels_and_leading_dashes(piece: str, shown: str) -> None:
    assert shown_metadata(piece) == shown
