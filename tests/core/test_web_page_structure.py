"""Saved news pages keep their structure: headline as title, bylines and datelines as metadata, the page's own
paragraphs, headings and list items. The fixtures reproduce the markup patterns of news sites (written for these
tests, each naming the openly licensed text it adapts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from reader_app.core.document import BlockKind, Document
from reader_app.core.loading import load_document
from reader_app.core.state_codec import document_from_json, document_to_json

NEWS = Path(__file__).parent / "fixtures" / "html" / "news"


@dataclass(frozen=True)
class Expected:
    title: str
    byline: tuple[str, ...]
    """Pieces the byline shows (and the article text must not contain)."""
    published: date
    paragraphs: int
    first: str
    """How the article's first paragraph starts (the story, not its metadata)."""
    headings: int = 0
    items: int = 0


PAGES = {
    "en-agency-dateline.html": Expected(
        "Three Gorges Dam reaches full generating capacity", ("Jane Doe", "BEIJING, July 4 (Xinhua)"),
        date(2012, 7, 4), 4, "The Three Gorges Dam on the Yangtze River began"),
    "en-ap-style.html": Expected(
        "Japan's bullet trains mark decades without a passenger fatality", ("Ken Tanaka", "TOKYO (AP)"),
        date(2024, 10, 1), 7, "Japan's Shinkansen network marked 60 years", headings=2),
    "en-list-explainer.html": Expected(
        "What is WeChat? The app that does almost everything", ("By Maria Lopez", "March 15, 2023"),
        date(2023, 3, 15), 9, "Messaging, payments and mini programs", items=4),
    "en-reuters-style.html": Expected(
        "TSMC to build plant in Kumamoto", ("By Jane Doe and John Smith", "(Reuters)", "Editing by John Smith"),
        date(2021, 11, 9), 3, "Taiwan Semiconductor Manufacturing Company, the world's"),
    "zh-xinhua-style.html": Expected(
        "港珠澳大桥正式开通", ("新华社珠海10月23日电（记者 李明 王芳）", "来源：新华网", "责任编辑：王小红"),
        date(2018, 10, 23), 4, "港珠澳大桥开通仪式23日在广东珠海举行"),
    "zh-reporter-line.html": Expected(
        "华为发布新款手机 销量预计突破千万台", ("记者 李明 2024年4月18日 深圳",),
        date(2024, 4, 18), 6, "华为技术有限公司18日在深圳发布新款智能手机", headings=2),
    "zh-hant-cna-style.html": Expected(
        "台積電赴日設廠 熊本新廠動工", ("中央社記者王小明台北21日電", "發稿時間：2022/04/21 10:30", "編輯：陳大文"),
        date(2022, 4, 21), 3, "台灣積體電路製造公司今天宣布"),
    "zh-byline-after.html": Expected(
        "嫦娥四号实现人类首次月背软着陆", ("文/张伟",), date(2019, 1, 3), 6, "嫦娥四号是中国探月工程的一部分", items=3),
    "ja-kyodo-style.html": Expected(
        "三峡ダム、全発電機が稼働 世界最大の水力発電所に", ("【北京共同】", "2012年7月4日 18:00"),
        date(2012, 7, 4), 3, "中国湖北省の長江に建設された三峡ダムで4日"),
    "ja-place-reporter.html": Expected(
        "東京スカイツリー、開業 高さ634メートル", ("【東京＝山田太郎】",), date(2012, 5, 22), 6,
        "東京都墨田区の電波塔「東京スカイツリー」が22日、開業した。", headings=2),
    "ja-nhk-style.html": Expected(
        "気象庁とは 役割をまとめました", ("2024年4月18日 15時30分",), date(2024, 4, 18), 6,
        "気象庁は、国土交通省の外局で", items=3),
}  # fmt: skip

JUNK = (
    "Advertisement", "Related stories", "Photo: archive", "Subscribe", "Share this", "newsletter", "Most read",
    "Read more", "All rights reserved", "相关新闻", "图为", "热门文章", "广告", "延伸閱讀", "分享到", "関連記事",
    "資料写真", "あわせて読みたい", "でシェア", "広告", "1110421",
)


def _paragraphs(document: Document) -> list[str]:
    return document.article.text.split("\n\n")


def test_there_are_at_least_ten_fixtures_in_three_languages() -> None:
    names = sorted(path.name for path in NEWS.glob("*.html"))
    assert names == sorted(PAGES)
    assert {name[:2] for name in names} == {"en", "zh", "ja"}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_title_byline_date_and_paragraphs_are_separated(name: str) -> None:
    expected = PAGES[name]
    document = load_document(NEWS / name)
    assert document.title == expected.title
    assert document.published == expected.published
    assert document.byline is not None
    for piece in expected.byline:
        assert piece in document.byline, piece
        assert piece not in document.article.text, piece
    paragraphs = _paragraphs(document)
    assert len(paragraphs) == expected.paragraphs, paragraphs
    assert paragraphs[0].startswith(expected.first)
    assert document.article.sentence_texts()[0].startswith(expected.first)
    assert expected.title not in document.article.text
    for junk in JUNK:
        assert junk not in document.article.text, junk


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_meta_line_gives_the_publication_year_and_no_link_labels(name: str) -> None:
    document = load_document(NEWS / name)
    assert document.byline is not None and document.published is not None
    assert str(document.published.year) in document.byline  # from the page's <time> or meta when no line has it
    assert "纠错" not in document.byline
    assert not document.byline.endswith(("-", "—"))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_headings_and_list_items_are_marked_where_the_page_marks_them(name: str) -> None:
    expected = PAGES[name]
    document = load_document(NEWS / name)
    kinds = [block.kind for block in document.blocks]
    assert kinds.count(BlockKind.HEADING) == expected.headings
    assert kinds.count(BlockKind.ITEM) == expected.items
    paragraphs = set(_paragraphs(document))
    for block in document.blocks:
        assert document.article.text[block.start : block.end] in paragraphs


def test_headings_are_their_own_sentences() -> None:
    document = load_document(NEWS / "zh-reporter-line.html")
    assert "业务遍及全球" in document.article.sentence_texts()


def test_byline_and_blocks_survive_a_save() -> None:
    document = load_document(NEWS / "en-list-explainer.html")
    restored = document_from_json(document_to_json(document))
    assert restored.byline == document.byline
    assert restored.blocks == document.blocks
