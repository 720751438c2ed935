"""The reader's names for highlight colours reach every export."""

from __future__ import annotations

from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.document import PassageRole, Span
from reader_app.core.export.content import ExportContent, build_content
from reader_app.core.export.formats import FORMATS
from reader_app.core.loading import document_from_text
from reader_app.core.reading_state import ReadingState

TEXT = "Tencent's WeChat said on Tuesday it is suspending registration. The move follows a crackdown."


def _content(names: dict[str, str] | None) -> ExportContent:
    document = document_from_text(TEXT)
    quote = "suspending registration"
    start = document.article.text.index(quote)
    highlight = Highlight(
        role=PassageRole.ARTICLE, anchor=anchor_for(document.article, Span(start, start + len(quote))), note="why?",
        colour="yellow",
    )  # fmt: skip
    state = ReadingState.for_document(document).with_highlight(highlight)
    return build_content(document, state, facts=[], colour_names=names)


def test_named_colour_shows_in_markdown_html_and_anki() -> None:
    content = _content({"yellow": "question"})
    assert content.highlights[0].label == "question (yellow)"
    for name in ("md", "html", "anki"):
        rendered = FORMATS[name].render(content).decode("utf-8")
        assert "question (yellow)" in rendered, name


def test_unnamed_colour_is_its_colour() -> None:
    content = _content(None)
    assert content.highlights[0].label == "yellow"
    assert "question" not in FORMATS["md"].render(content).decode("utf-8")


def test_html_shows_the_name_on_the_page_not_only_in_a_hover_title() -> None:
    import re

    page = FORMATS["html"].render(_content({"yellow": "question"})).decode("utf-8")
    body = page[page.index("<body") :]
    visible = re.sub(r"<[^>]*>", " ", body)  # the text a reader sees (attributes such as title= are not)
    assert "question" in visible
    assert "question" not in re.sub(r"<[^>]*>", " ", FORMATS["html"].render(_content(None)).decode("utf-8"))
