"""HTML export: a well-formed standalone page where everything the reader typed stays text."""

from __future__ import annotations

import html5lib

from reader_app.core.export import html
from reader_app.core.export.content import build_content
from reader_app.core.facts.model import FactKind
from reader_app.core.palette import FACT_TINTS_LIGHT

NS = {"h": "http://www.w3.org/1999/xhtml"}


def _parse(text: str):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(text)


def _text(element) -> str:
    return "".join(element.itertext())


def test_parses_strictly_and_contains_summary_facts_and_highlights(annotated):
    content = build_content(annotated.document, annotated.state, annotated.facts)
    tree = _parse(html.render(content))
    assert tree.find(".//h:head/h:style", NS) is not None
    assert _text(tree.find(".//h:title", NS)) == annotated.document.title
    summary = [_text(li).strip() for li in tree.findall(".//h:ol[@class='summary']/h:li", NS)]
    assert len(summary) == 3
    assert all(item.startswith(s.text) for item, s in zip(summary, content.summary, strict=True))
    chips = tree.findall(".//h:span[@class='fact']", NS)
    org_chip = next(chip for chip in chips if _text(chip) == "Didi Chuxing")
    assert FACT_TINTS_LIGHT[FactKind.ORG] in org_chip.get("style")
    marks = tree.findall(".//h:mark", NS)
    assert [_text(m) for m in marks] == ["no longer here", "WeChat", "Didi"]


def test_a_note_with_script_stays_text(annotated):
    page = html.render(build_content(annotated.document, annotated.state, annotated.facts))
    tree = _parse(page)
    assert tree.findall(".//h:script", NS) == []
    notes = [_text(n) for n in tree.findall(".//h:div[@class='note']", NS)]
    assert annotated.state.highlights[0].note.strip() in notes
    assert "<script>" not in page


def test_cjk_document_with_markup_in_its_title(chinese):
    page = html.render(build_content(chinese, facts=[]))
    tree = _parse(page)
    assert tree.get("lang") == "zh"
    assert _text(tree.find(".//h:h1", NS)) == "微信暂停注册 <b>"
    assert tree.find(".//h:h1/h:b", NS) is None
    assert "腾讯微信周二表示暂停新用户注册。" in _text(tree.find(".//h:ol", NS))


def test_edited_summary_is_shown_instead_of_sentences(annotated):
    state = annotated.state.with_summary_edit("Line one <i>\nLine two")
    tree = _parse(html.render(build_content(annotated.document, state, annotated.facts)))
    assert tree.find(".//h:ol[@class='summary']", NS) is None
    assert _text(tree.find(".//h:div[@class='edited']", NS)) == "Line one <i>\nLine two"


def test_translations_carry_their_language(annotated):
    tree = _parse(html.render(build_content(annotated.document, annotated.state, annotated.facts)))
    translations = tree.findall(".//h:ol[@class='summary']/h:li/h:div[@class='translation']", NS)
    assert translations and all(t.get("lang") == "ja" for t in translations)
    prompt = tree.find(".//h:div[@class='prompt']/h:p[@class='translation']", NS)
    assert prompt.get("lang") == "en"


def test_names_the_prompts_and_the_articles_language(annotated):
    page = html.render(build_content(annotated.document, annotated.state, annotated.facts))
    assert "Languages: Japanese (prompt), English (article)" in page


def test_an_edited_summary_has_no_count_of_extracted_sentences(annotated):
    from reader_app.core.export import markdown

    state = annotated.state.with_summary_edit("MY NOTE: my own summary.")
    content = build_content(annotated.document, state, annotated.facts)
    for page in (html.render(content), markdown.render(content)):
        assert "MY NOTE" in page
        assert f"of {content.total_sentences} sentences" not in page
    plain = build_content(annotated.document, annotated.state, annotated.facts)
    assert f"of {plain.total_sentences} sentences" in html.render(plain)
    assert f"of {plain.total_sentences} sentences" in markdown.render(plain)
