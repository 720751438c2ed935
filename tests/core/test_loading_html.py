"""Saved web pages: main text, title and date via trafilatura, any charset, and never a network connection."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cjk_samples import JAPANESE, SIMPLIFIED

from reader_app.core.html_extraction import extract_page
from reader_app.core.loading import LoadError, load_bytes, load_document

FIXTURES = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Any attempt to open a connection or resolve a name fails the test."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_news_page_main_text_title_and_date() -> None:
    document = load_document(FIXTURES / "news-wechat.html")
    assert document.title == "WeChat suspends new user sign-ups in China amid crackdown"
    assert document.published == date(2021, 7, 27)  # published, not modified (2021-08-02)
    assert document.prompt is None
    text = document.article.text
    assert "temporarily suspending registration of new users in China" in text
    assert "Didi’s $4.4 billion initial public offering" in text
    for junk in ("Subscribe for $1", "Advertisement", "Injected by a script", "reader chatter",
                 "extractor should drop", "All rights reserved", "Privacy policy", "dataLayer", "tracking pixel",
                 "font-family"):
        assert junk not in text, junk
    assert document.article.lang == "en"
    sentences = document.article.sentence_texts()
    assert "That move had come days after Didi’s $4.4 billion initial public offering on the New York Stock Exchange." \
        in sentences
    assert all("\n\n" not in sentence for sentence in sentences)


_CHROME = {
    "zh": ('<a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/login">登录</a>', "版权所有 &copy; 2021"),
    "ja": ('<a href="/">ホーム</a> | <a href="/news">ニュース</a> | <a href="/login">ログイン</a>', "無断転載禁止"),
}


def _cjk_page(title: str, paragraphs: list[str], charset: str, published: str, lang: str) -> str:
    nav, footer = _CHROME[lang]
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<meta name="pubdate" content="{published}">
<script>var ads = ["ad"]; document.write("{title}脚本");</script>
</head><body>
<div class="nav">{nav}</div>
<div class="article"><h1>{title}</h1>
{body}
</div>
<div class="footer">{footer}</div>
</body></html>"""


@pytest.mark.parametrize(
    ("charset", "codec", "text", "lang"),
    [("gbk", "gbk", SIMPLIFIED, "zh"), ("GB2312", "gbk", SIMPLIFIED, "zh"),
     ("Shift_JIS", "shift_jis", JAPANESE, "ja"), ("EUC-JP", "euc_jp", JAPANESE, "ja")],
)
def test_cjk_pages_in_legacy_charsets(tmp_path: Path, charset: str, codec: str, text: str, lang: str) -> None:
    title = "微信暂停新用户注册" if lang == "zh" else "微信、新規登録を一時停止"
    paragraphs = [sentence + "。" for sentence in text.split("。") if sentence]
    html = _cjk_page(title, paragraphs * 2, charset, "2021-07-27", lang)
    path = tmp_path / "page.html"
    path.write_bytes(html.encode(codec))
    document = load_document(path)
    assert document.title == title
    assert document.published == date(2021, 7, 27)
    assert document.article.lang == lang
    assert paragraphs[0] in document.article.text
    assert "脚本" not in document.article.text
    assert "登录" not in document.article.text and "ログイン" not in document.article.text
    assert document.article.sentence_texts().count(paragraphs[1]) == 2


def test_page_without_an_article_keeps_its_visible_text() -> None:
    html = b"<html><head><title>Note</title></head><body><p>Short note. Two sentences.</p></body></html>"
    document = load_bytes(html, "note.htm")
    assert document.title == "Note"
    assert document.article.sentence_texts() == ["Short note.", "Two sentences."]
    assert document.published is None


def test_html_is_recognised_without_the_suffix() -> None:
    html = b"<!DOCTYPE html><html><head><title>Saved</title></head><body><p>Body text here.</p></body></html>"
    assert load_bytes(html, "download").title == "Saved"


def test_xhtml_with_xml_declaration() -> None:
    html = (
        '<?xml version="1.0" encoding="Shift_JIS"?>\n<!DOCTYPE html>\n<html><head><title>テスト</title></head>'
        f"<body><p>{JAPANESE}</p></body></html>"
    ).encode("shift_jis")
    document = load_bytes(html, "page.xhtml")
    assert document.title == "テスト"
    assert JAPANESE[:20] in document.article.text


@pytest.mark.parametrize(
    "html",
    [b"<html><head><title>Empty</title></head><body><script>alert(1)</script></body></html>", b"<html></html>"],
)
def test_pages_without_text(html: bytes) -> None:
    with pytest.raises(LoadError, match="without readable text"):
        load_bytes(html, "empty.html")


def test_a_page_that_is_only_a_url_is_not_fetched() -> None:
    page = extract_page("https://example.com/article")
    assert page.title is None
    assert page.text == "https://example.com/article"


def test_very_long_pages_use_the_fast_extractor() -> None:
    paragraphs = "".join(f"<p>Paragraph number {i} of a very long report.</p>" for i in range(6_000))
    html = (
        "<html><head><title>Annual report</title>"
        '<meta property="article:published_time" content="2021-07-27T08:00:00Z"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><article>{paragraphs}</article>'
        "<script>document.write('Injected')</script></body></html>"
    )
    document = load_bytes(html.encode(), "report.html")
    assert document.title == "Annual report"
    assert document.published == date(2021, 7, 27)
    assert len(document.article.sentences) == 6_000
    assert document.article.sentence_text(5_999) == "Paragraph number 5999 of a very long report."
    assert "Shop" not in document.article.text and "Injected" not in document.article.text


@pytest.mark.parametrize(
    ("name", "title", "published", "lang", "first", "junk"),
    [
        (
            "news-wechat-gbk.html",
            "微信暂停新用户注册",
            date(2021, 7, 27),
            "zh",
            "腾讯旗下的微信周二表示，为配合“相关法律法规”，将暂时停止中国境内新用户的注册。",
            ["首页", "限时优惠", "广告脚本", "网友评论", "这条评论", "相关新闻", "版权所有"],
        ),
        (
            "news-wechat-shift_jis.html",
            "中国テンセント、微信の新規登録を一時停止 法規制に対応",
            date(2021, 7, 28),
            "ja",
            "中国の騰訊（テンセント）は二十七日、対話アプリ「微信（ウィーチャット）」の新規利用者の登録を"
            "一時的に停止すると発表した。",
            ["ログイン", "広告", "スクリプト", "アクセスランキング", "読者のコメント", "Copyright"],
        ),
    ],
)
def test_saved_cjk_news_pages(
    name: str, title: str, published: date, lang: str, first: str, junk: list[str]
) -> None:
    document = load_document(FIXTURES / name)
    assert document.title == title
    assert document.published == published
    assert document.article.lang == lang
    assert first in document.article.sentence_texts()
    assert "四十四億ドル" in document.article.text or "四十四亿美元" in document.article.text
    for text in junk:
        assert text not in document.article.text, text
