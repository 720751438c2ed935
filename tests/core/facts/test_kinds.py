"""The fact-kind registry is the one list: every other list of kinds is drawn from it, so none can drift."""

from __future__ import annotations

import typing
from datetime import date
from pathlib import Path

from reader_app.core import palette
from reader_app.core.facts import extract, links, serialize
from reader_app.core.facts.kinds import FACT_KINDS, kind_info, numeric_kinds
from reader_app.core.facts.model import (
    VALUE_DESCRIBERS,
    DateValue,
    EntityValue,
    FactKind,
    FactValue,
    MoneyValue,
    describe_value,
)

DOCS = Path(__file__).resolve().parents[3] / "docs" / "facts.md"


def test_registry_names_every_kind_once_in_enum_order() -> None:
    assert [info.key for info in FACT_KINDS] == [kind.value for kind in FactKind]
    assert kind_info(FactKind.MONEY).title == "Money"


def test_palette_and_settling_take_theirs_from_the_registry() -> None:
    assert list(palette.FACT_KIND_TITLES) == [kind.value for kind in FactKind]
    assert {info.key: info.tint_light for info in FACT_KINDS} == palette.FACT_TINTS_LIGHT
    assert {info.key: info.tint_dark for info in FACT_KINDS} == palette.FACT_TINTS_DARK
    assert set(extract._PRIORITY) == set(numeric_kinds()) == {"count", "money", "percent", "date"}
    assert set(numeric_kinds()) == links._NUMERIC_KINDS


def test_every_value_type_is_described_and_serialised() -> None:
    value_types = typing.get_args(FactValue)
    assert set(VALUE_DESCRIBERS) == set(value_types)
    assert describe_value(MoneyValue(3.5, None)) == "3.5"
    assert describe_value(DateValue(date(2024, 3, 1), date(2024, 3, 1), "day")) == "2024-03-01"
    assert describe_value(EntityValue("腾讯", "Tencent")) == "腾讯 (Tencent)"
    assert describe_value(None) == "—"
    assert describe_value(None, FactKind.DATE).startswith("not resolved")
    assert serialize.value_json(EntityValue("腾讯", "Tencent")) == {"name": "腾讯", "gloss": "Tencent"}
    assert serialize.value_json(EntityValue("Tencent")) == {"name": "Tencent"}


def test_docs_list_every_kind() -> None:
    table = DOCS.read_text(encoding="utf-8")
    for info in FACT_KINDS:
        assert f"| {info.key}" in table or f", {info.key}" in table, info.key


def test_a_glossed_name_and_its_english_form_are_one_panel_row() -> None:
    from reader_app.core.document import PassageRole, Span
    from reader_app.core.facts.items import build_items
    from reader_app.core.facts.model import Fact

    chinese = Fact(FactKind.ORG, PassageRole.PROMPT, Span(0, 2), "腾讯", EntityValue("腾讯", "Tencent"))
    english = Fact(FactKind.ORG, PassageRole.ARTICLE, Span(0, 7), "Tencent", EntityValue("Tencent"))
    items = build_items([("zh", [chinese]), ("en", [english])])
    assert [item.label for item in items] == ["腾讯 (Tencent)"]
