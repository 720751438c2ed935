"""Anki TSV: one card per highlight, original on the front, translation on the back, one line each."""

from __future__ import annotations

from reader_app.core.export import anki
from reader_app.core.export.content import build_content


def test_one_line_per_highlight_with_five_fields(annotated):
    text = anki.render(build_content(annotated.document, annotated.state, annotated.facts))
    lines = text.rstrip("\n").split("\n")
    assert lines[:3] == ["#separator:tab", "#html:true", "#columns:Front\tBack\tNote\tColour\tSource"]
    cards = [line.split("\t") for line in lines[3:]]
    assert len(cards) == len(annotated.state.highlights)
    assert all(len(card) == 5 for card in cards)
    wechat = next(card for card in cards if card[3] == "green")
    assert "<b>WeChat</b>" in wechat[0]
    assert wechat[0].startswith("Tencent’s <b>WeChat</b> said on Tuesday")
    assert wechat[1] == "[ja 0] 訳文0"


def test_tabs_newlines_and_markup_in_notes_are_escaped(annotated):
    text = anki.render(build_content(annotated.document, annotated.state, annotated.facts))
    card = next(line.split("\t") for line in text.split("\n") if "\tgreen\t" in line)
    assert card[2] == (
        "&lt;script&gt;alert('x')&lt;/script&gt; &amp; *not emphasis* [link](http://e.x)<br># not a heading Tabbed"
    )


def test_field_escaping():
    assert anki.field("a\tb\r\nc<d>") == "a b<br>c&lt;d&gt;"
