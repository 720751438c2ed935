"""PDF export through Qt printing: pages, the summary's text (Chinese too) extractable, fonts embedded."""

from __future__ import annotations

import subprocess
import unicodedata

from reader_app.core.export.content import build_content
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.reading_state import ReadingState
from reader_app.ui.pdf_export import fix_text_mapping, write_pdf

CHINESE = (
    "腾讯微信周二表示暂停新用户注册。"
    "微信表示升级完成后将恢复新用户注册服务。"
    "熊猫喜欢在山里吃竹子。"
    "微信在中国拥有超过十二亿月活跃用户，暂停注册影响新用户。"
)


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def _flat(text: str) -> str:
    """pdftotext wraps lines as laid out on the page; compare without line breaks and spaces."""
    return "".join(text.split())


def _latin(text: str) -> str:
    """The Latin font draws "fi" as one ligature glyph, which extracts as "ﬁ"; fold it for English comparisons."""
    return unicodedata.normalize("NFKC", _flat(text))


def test_english_sample_has_pages_and_its_summary(qapp, sample_path, tmp_path):
    content = build_content(load_document(sample_path), facts=[])
    out = tmp_path / "sample.pdf"
    write_pdf(content, out)
    assert _pages(out) >= 1
    text = _latin(_pdftotext(out))
    for sentence in content.summary:
        assert _latin(sentence.text) in text
    assert "もっと詳しく" in text


def test_chinese_summary_is_embedded_and_extracts_as_typed(qapp, tmp_path):
    content = build_content(document_from_text(CHINESE), facts=[])
    out = tmp_path / "zh.pdf"
    write_pdf(content, out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts  # every font embedded
    text = _flat(_pdftotext(out))
    for sentence in content.summary:
        # Exactly the typed characters: 二 not the Kangxi radical ⼆ that shares its glyph.
        assert _flat(sentence.text) in text
    assert not any("\u2e80" <= ch <= "\u2fdf" for ch in text)


def test_text_mapping_fix_keeps_every_byte_offset():
    cmap = b"2 beginbfrange\n<0001> <0003> [<2F06> <0061> <0009>]\nendbfrange\nbeginbfchar\n<0004> <2F70>\nendbfchar"
    fixed = fix_text_mapping(b"%PDF-1.4\n" + cmap + b"\nstream <2F06> endstream")
    assert len(fixed) == len(b"%PDF-1.4\n" + cmap + b"\nstream <2F06> endstream")
    assert b"[<4E8C> <0061> <0020>]" in fixed
    assert b"<0004> <793A>" in fixed
    assert fixed.endswith(b"stream <2F06> endstream")


def test_long_summary_spans_several_pages(qapp, sample_path, tmp_path):
    document = document_from_text("\n\n".join([load_document(sample_path).article.text] * 6))
    state = ReadingState.for_document(document).with_summary_length(len(document.article.sentences))
    out = tmp_path / "long.pdf"
    write_pdf(build_content(document, state, facts=[]), out)
    assert _pages(out) >= 3


def test_a_highlights_translation_sits_with_it_not_with_the_next_one(qapp, sample_path):
    """Qt lays out the HTML export for the PDF: a quote's translation must be nearer to it than the next quote."""
    from dataclasses import replace

    from PySide6.QtGui import QTextDocument

    from reader_app.core.document import PassageRole
    from reader_app.core.export import html as html_export
    from reader_app.core.export.content import ExportHighlight

    def item(quote: str, counterpart: str) -> ExportHighlight:
        return ExportHighlight(quote, "", "yellow", PassageRole.ARTICLE, False, quote, counterpart, False)

    content = replace(
        build_content(load_document(sample_path), facts=[]),
        highlights=(item("FIRSTQUOTE", "FIRSTTRANSLATION"), item("SECONDQUOTE", "SECONDTRANSLATION")),
    )
    document = QTextDocument()
    document.setHtml(html_export.render(content))
    document.setTextWidth(600)
    layout = document.documentLayout()

    def box(word: str) -> tuple[float, float]:
        rect = layout.blockBoundingRect(document.find(word).block())
        return rect.top(), rect.bottom()

    (_, quote_bottom), (translation_top, translation_bottom), (next_top, _) = (
        box("FIRSTQUOTE"),
        box("FIRSTTRANSLATION"),
        box("SECONDQUOTE"),
    )
    assert translation_top - quote_bottom < next_top - translation_bottom


def test_simplified_characters_that_share_a_radicals_glyph_extract_as_typed(qapp, tmp_path):
    """Noto CJK SC draws 户 like the radical ⼾ (NFKC: 戶) and 门 like ⻔ (no NFKC folding)."""
    text = "微信暂停新用户注册。门户网站的用户很多。客户说门口有人。"
    content = build_content(document_from_text(text), facts=[])
    out = tmp_path / "zh.pdf"
    write_pdf(content, out)
    extracted = _flat(_pdftotext(out))
    assert "用户" in extracted and "门户" in extracted
    assert "戶" not in extracted and "\u2ed4" not in extracted


def test_highlight_colour_names_are_printed(qapp, tmp_path):
    from reader_app.core.annotations import Highlight, anchor_for
    from reader_app.core.document import PassageRole, Span

    document = document_from_text(CHINESE)
    quote = "暂停新用户注册"
    start = document.article.text.index(quote)
    highlights = [
        Highlight(role=PassageRole.ARTICLE, anchor=anchor_for(document.article, span), colour=colour)
        for span, colour in ((Span(start, start + 4), "green"), (Span(start + 4, start + 7), "pink"))
    ]
    state = ReadingState.for_document(document)
    for highlight in highlights:
        state = state.with_highlight(highlight)
    content = build_content(document, state, facts=[], colour_names={"green": "key number", "pink": "to check"})
    out = tmp_path / "names.pdf"
    write_pdf(content, out)
    text = _pdftotext(out)
    section = text[text.index("Highlights and notes") :]
    assert "key number" in section and "to check" in section


def test_a_heading_is_never_the_last_line_of_a_page(qapp):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from reader_app.ui.pdf_export import keep_headings_with_next

    def heading_pages(filler: int, keep: bool) -> tuple[int, int]:
        """The pages of the heading and of the first line under it, after `filler` lines of text."""
        document = QTextDocument()
        lines = "".join(f"<p>Summary sentence {n}.</p>" for n in range(filler))
        document.setHtml(f"{lines}<h2>Key facts</h2><p>Counts (3): 300 people, 12 ships, 4 towns</p>")
        document.setPageSize(QSizeF(400, 300))
        if keep:
            keep_headings_with_next(document)
        layout = document.documentLayout()
        heading = document.findBlock(document.toPlainText().index("Key facts"))
        page = document.pageSize().height()
        return int(layout.blockBoundingRect(heading).top() // page), int(
            (layout.blockBoundingRect(heading.next()).top() + 1) // page
        )

    split = [filler for filler in range(40) if len(set(heading_pages(filler, keep=False))) > 1]
    assert split, "some length of text leaves the heading alone at a page end without the rule"
    for filler in split:
        heading_page, list_page = heading_pages(filler, keep=True)
        assert heading_page == list_page
