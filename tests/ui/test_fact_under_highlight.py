"""A highlight over part of a key fact: the part under the highlight shows the highlight's fill (the fact keeps an
underline there), and the rest of the fact keeps its own tint."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.facts.model import FactKind
from reader_app.ui.session import Block, BlockKind, Side
from reader_app.ui.side_view import SideView
from reader_app.ui.theme import DARK, LIGHT, Theme

TEXT = "飓风米尔顿星期四横扫佛罗里达州，星期四仍有超过340万户家庭断电。"


def _tinted(view: SideView, colour: QColor) -> list[str]:
    return [
        s.cursor.selectedText() for s in view.editor.extraSelections() if s.format.background().color() == colour
    ]


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_rest_of_a_fact_keeps_its_tint(qtbot: QtBot, theme: Theme) -> None:
    view = SideView(Side.CJK)
    qtbot.addWidget(view)
    view.set_theme(theme)
    view.resize(700, 400)
    view.show()
    passage = Passage(PassageRole.ARTICLE, TEXT, "zh", (Span(0, len(TEXT)),))
    view.set_blocks([Block(PassageRole.ARTICLE, BlockKind.ORIGINAL, "zh", passage)], "zh")
    date = TEXT.index("星期四", 10)
    count = TEXT.index("340万户家庭")
    view.set_fact_spans(
        PassageRole.ARTICLE, [(Span(date, date + 3), FactKind.DATE), (Span(count, count + 7), FactKind.COUNT)]
    )
    marked = Span(TEXT.index("期四仍有超过340"), TEXT.index("期四仍有超过340") + len("期四仍有超过340"))
    view.set_user_highlights(PassageRole.ARTICLE, [(marked, "blue")])

    assert _tinted(view, view.highlight_fill("blue")) == ["期四仍有超过340"]
    assert _tinted(view, QColor(theme.facts[FactKind.DATE])) == ["星"]
    assert _tinted(view, QColor(theme.facts[FactKind.COUNT])) == ["万户家庭"]
    # Under the fill each fact is still marked, by an underline in its kind's colour.
    underlined = [
        s.cursor.selectedText()
        for s in view.editor.extraSelections()
        if s.format.underlineStyle() != s.format.underlineStyle().NoUnderline
    ]
    assert sorted(underlined) == ["340", "期四"]
