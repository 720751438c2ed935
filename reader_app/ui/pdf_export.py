"""PDF export through Qt's own printing: the HTML export laid out by QTextDocument, with Noto CJK embedded."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader_app.core.export import html as html_export
from reader_app.core.export.content import ExportContent

_LATIN_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Noto Sans")
"""Latin text and digits come from a Latin font: Qt maps Noto CJK's digits to no Unicode, so they would not copy."""
_CJK_FAMILIES = ("Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Serif CJK JP", "Noto Sans CJK KR")
_BF_BLOCK = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.DOTALL)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")
_RESOLUTION = 300
_BODY_POINTS = 10.5


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one for headless exports (fonts need a GUI application)."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["reader-app"])
    assert isinstance(app, QGuiApplication)
    return app


_PREFERRED_CJK = {"ja": "Noto Sans CJK JP", "zh": "Noto Sans CJK SC", "zh-Hant": "Noto Sans CJK TC"}


def font_families(cjk_lang: str | None = None) -> list[str]:
    """A Latin font, then a CJK one (the glyph variants of `cjk_lang`), so Chinese and Japanese are drawn and
    embedded rather than shown as boxes."""
    installed = set(QFontDatabase.families())
    latin = [name for name in _LATIN_FAMILIES if name in installed][:1]
    preferred = _PREFERRED_CJK.get(cjk_lang or "")
    order = ((preferred,) if preferred else ()) + _CJK_FAMILIES
    cjk = [name for name in order if name in installed][:1]
    return latin + cjk


def _cjk_lang(content: ExportContent) -> str | None:
    langs = (content.article_lang, content.prompt_lang, content.summary_translation_lang)
    return next((lang for lang in langs if lang in _PREFERRED_CJK), None)


def _body_font(families: list[str]) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(_BODY_POINTS)
    return font


_RADICALS = range(0x2E80, 0x2FE0)
"""CJK Radicals Supplement and Kangxi Radicals: Noto CJK draws many of them with an ideograph's glyph."""


def radical_stand_ins(text: str, cjk_family: str | None) -> dict[str, str]:
    """For each radical that `cjk_family` draws with the glyph of an ideograph in `text`, that ideograph.

    Qt names a shared glyph by its lowest code point, a radical; NFKC alone picks the wrong ideograph for some
    (⼾ folds to 戶 where Simplified Chinese has 户, ⻔ 门 has no folding at all), so ask the font which of the
    characters actually printed uses the glyph.
    """
    if not cjk_family:
        return {}
    ideographs = sorted({ch for ch in text if ch.isalpha() and 0x3400 <= ord(ch) <= 0xFFFF})
    if not ideographs:
        return {}
    font = QFont(cjk_family)
    font.setPixelSize(64)
    raw = QRawFont.fromFont(font)
    by_glyph = dict(zip(raw.glyphIndexesForString("".join(ideographs)), ideographs, strict=False))
    radicals = "".join(chr(code) for code in _RADICALS)
    glyphs = raw.glyphIndexesForString(radicals)
    return {
        radical: by_glyph[glyph]
        for radical, glyph in zip(radicals, glyphs, strict=False)
        if glyph and glyph in by_glyph
    }


def _unified(match: re.Match[bytes], stand_ins: Mapping[str, str]) -> bytes:
    char = chr(int(match.group(1), 16))
    if char in stand_ins and ord(stand_ins[char]) <= 0xFFFF:
        return b"<%04X>" % ord(stand_ins[char])
    if "\u2e80" <= char <= "\u2fdf":
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) == 1 and ord(folded) <= 0xFFFF:
            return b"<%04X>" % ord(folded)
    elif char == "\t":
        return b"<0020>"
    return match.group(0)


def fix_text_mapping(pdf: bytes, stand_ins: Mapping[str, str] | None = None) -> bytes:
    """Make copied/extracted CJK text right: Qt's ToUnicode maps shared glyphs to radicals (⼆ for 二).

    Noto CJK draws 二 and the radical ⼆ with one glyph and Qt names the lower code point; the unified ideograph is
    what was typed: the one `stand_ins` gives (see `radical_stand_ins`), else the NFKC folding. Each `<XXXX>` is
    replaced by one of the same length, so every byte offset in the file holds.
    """
    chosen = stand_ins or {}
    return _BF_BLOCK.sub(lambda block: _HEX4.sub(lambda m: _unified(m, chosen), block.group(0)), pdf)


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def keep_headings_with_next(document: QTextDocument) -> None:
    """Start a heading on a new page when its page would end before the first line under it (QTextDocument has no
    `page-break-after: avoid`, so a "Key facts" heading could be the last line of a page). `document` has its page
    size set."""
    page_height = document.pageSize().height()
    if page_height <= 0:
        return
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            heading = layout.blockBoundingRect(block)
            under = layout.blockBoundingRect(following)
            lines = following.layout()
            first_line = lines.lineAt(0).height() if lines is not None and lines.lineCount() else under.height()
            top_page = _page_of(heading.top(), page_height)
            if top_page != _page_of(under.top() + min(first_line, under.height()) - 1, page_height):
                cursor = QTextCursor(block)
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
        block = following


def pdf_bytes(content: ExportContent) -> bytes:
    """The export as an A4 PDF."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setTitle(content.title)
    writer.setCreator("reader-app")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    document = QTextDocument()
    # Lay out at the writer's resolution, so point sizes are true points on paper.
    document.documentLayout().setPaintDevice(writer)
    families = font_families(_cjk_lang(content))
    document.setDefaultFont(_body_font(families))
    document.setHtml(html_export.render(content, families))
    cjk_family = next((name for name in families if name in _CJK_FAMILIES), None)
    stand_ins = radical_stand_ins(document.toPlainText(), cjk_family)
    paint_rect = writer.pageLayout().paintRectPixels(_RESOLUTION)
    document.setPageSize(QSizeF(paint_rect.width(), paint_rect.height()))
    keep_headings_with_next(document)
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    data: QByteArray = buffer.data()
    return fix_text_mapping(bytes(data.data()), stand_ins)


def write_pdf(content: ExportContent, path: os.PathLike[str] | str) -> None:
    """Writes atomically, so an interrupted export never leaves half a PDF in place of an older one."""
    from pathlib import Path

    from reader_app.core.atomic_write import atomic_write_bytes

    atomic_write_bytes(Path(path), pdf_bytes(content))
