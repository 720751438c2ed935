"""Markdown export: valid CommonMark whose rendering keeps the reader's text as text."""

from __future__ import annotations

import html5lib
from markdown_it import MarkdownIt

from reader_app.core.export import markdown
from reader_app.core.export.content import build_content

NS = {"h": "http://www.w3.org/1999/xhtml"}


def _rendered(text: str):
    page = MarkdownIt("commonmark").render(text)
    return page, html5lib.parse(f"<!DOCTYPE html><html><body>{page}</body></html>")


def _all_text(tree) -> str:
    return "".join(tree.itertext())


def test_renders_sections_in_order(annotated):
    text = markdown.render(build_content(annotated.document, annotated.state, annotated.facts))
    _, tree = _rendered(text)
    tags = [(element, element.tag.split("}")[1]) for element in tree.iter()]
    headings = [("".join(element.itertext()), tag) for element, tag in tags if tag in ("h1", "h2")]
    assert headings[0] == (annotated.document.title, "h1")
    assert [h for h, _ in headings[1:]] == ["Prompt", "Summary", "Key facts", "Highlights and notes"]
    body = _all_text(tree)
    for sentence in build_content(annotated.document, annotated.state, annotated.facts).summary:
        assert sentence.text in body
        assert sentence.translation in body
    assert "Didi Chuxing" in body
    assert "(pink)" in body


def test_hostile_note_stays_literal(annotated):
    page, tree = _rendered(markdown.render(build_content(annotated.document, annotated.state, annotated.facts)))
    assert "<script>" not in page
    assert tree.findall(".//h:script", NS) == []
    assert all("not emphasis" not in "".join(e.itertext()) for e in tree.findall(".//h:em", NS))
    body = _all_text(tree)
    assert "<script>alert('x')</script> & *not emphasis* [link](http://e.x)" in body
    assert "# not a heading" in body
    assert not any("not a heading" in "".join(h.itertext()) for h in tree.findall(".//h:h1", NS))
    assert tree.findall(".//h:a", NS) == []


def test_escape_keeps_plain_text_plain():
    assert markdown.escape("1.2 billion users, #hashtag, -5 degrees") == "1.2 billion users, #hashtag, -5 degrees"
    assert markdown.escape("Title\n===") == "Title\n\\==="


def test_escape_round_trips_through_commonmark():
    samples = [
        "1. not a list",
        "2) nor this",
        "- not a bullet",
        "> not a quote",
        "a_b_c *d* `e` <f> &amp; | g ~ h",
        "+ x",
        "# not a heading",
        "1.2 billion users",
        "#hashtag",
    ]
    for sample in samples:
        page = MarkdownIt("commonmark").render(markdown.escape(sample))
        assert page == MarkdownIt("commonmark").render("") + f"<p>{_html_escaped(sample)}</p>\n", sample


def _html_escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def test_chinese_document(chinese):
    text = markdown.render(build_content(chinese, facts=[]))
    _, tree = _rendered(text)
    assert "微信暂停注册 <b>" in _all_text(tree)
    assert "腾讯微信周二表示暂停新用户注册。" in _all_text(tree)


def test_names_the_prompts_and_the_articles_language(annotated, chinese):
    sample = markdown.render(build_content(annotated.document, annotated.state, annotated.facts))
    assert "Languages: Japanese (prompt), English (article)" in sample
    assert "Language: Chinese" in markdown.render(build_content(chinese, facts=[]))
