"""FactsModel: groups by kind with counts, entities once with all mentions, filter, kind toggles, Markdown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from reader_app.core.document import PassageRole, Span
from reader_app.core.facts.items import build_items, describe_value, facts_markdown
from reader_app.core.facts.model import (
    CountValue,
    DateValue,
    EntityValue,
    Fact,
    FactKind,
    FactValue,
    MoneyValue,
    PercentValue,
)
from reader_app.ui.facts_model import FactsModel, ItemRole
from reader_app.ui.theme import DARK, LIGHT

TEXT = (
    "Tencent said WeChat has over 1.2 billion monthly active users. Tencent expects a restart in early August. "
    "Didi raised $4.4 billion; its shares fell 12.5%. Joe Biden spoke. Biden left."
)


def fact(kind: FactKind, text: str, value: FactValue | None, occurrence: int = 0) -> Fact:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Fact(kind, PassageRole.ARTICLE, Span(start, start + len(text)), text, value)


FACTS = [
    fact(FactKind.ORG, "Tencent", EntityValue("Tencent")),
    fact(FactKind.ORG, "WeChat", EntityValue("WeChat")),
    fact(FactKind.COUNT, "1.2 billion monthly active users", CountValue(1.2e9, "monthly active users")),
    fact(FactKind.ORG, "Tencent", EntityValue("Tencent"), 1),
    fact(FactKind.DATE, "early August", DateValue(date(2021, 8, 1), date(2021, 8, 10), "day")),
    fact(FactKind.ORG, "Didi", EntityValue("Didi")),
    fact(FactKind.MONEY, "$4.4 billion", MoneyValue(4.4e9, "USD")),
    fact(FactKind.PERCENT, "12.5%", PercentValue(12.5)),
    fact(FactKind.PERSON, "Joe Biden", EntityValue("Joe Biden")),
    fact(FactKind.PERSON, "Biden", EntityValue("Joe Biden")),
]


def model_with(facts: list[Fact] = FACTS) -> FactsModel:
    model = FactsModel()
    model.set_items(build_items([("en", facts)]))
    return model


def group_labels(model: FactsModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def child_labels(model: FactsModel, row: int) -> list[str]:
    parent = model.index(row, 0)
    return [model.index(child, 0, parent).data() for child in range(model.rowCount(parent))]


def test_groups_in_design_order_with_counts() -> None:
    model = model_with()
    assert group_labels(model) == [
        "Counts (1)",
        "Money (1)",
        "Percentages (1)",
        "Dates (1)",
        "Organisations (3)",
        "People (1)",
    ]


def test_entities_are_listed_once_with_all_their_mentions() -> None:
    model = model_with()
    assert child_labels(model, 4) == ["Tencent  ×2", "WeChat", "Didi"]
    assert child_labels(model, 5) == ["Joe Biden  ×2"]
    biden = model.index(0, 0, model.index(5, 0)).data(ItemRole)
    assert [mention.text for mention in biden.mentions] == ["Joe Biden", "Biden"]
    assert biden.value_text == "Joe Biden"
    assert model.index(0, 0, model.index(5, 0)).data(Qt.ItemDataRole.ToolTipRole) == (
        "Joe Biden — 2 mentions: Biden, Joe Biden"
    )


def test_tooltips_show_normalised_values() -> None:
    model = model_with()
    tips = [model.index(0, 0, model.index(row, 0)).data(Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    assert tips == [
        "1,200,000,000 monthly active users",
        "4,400,000,000 USD",
        "12.5%",
        "2021-08-01 – 2021-08-10",
    ]


def test_describe_value_edge_cases() -> None:
    assert describe_value(None).startswith("not resolved")
    assert describe_value(DateValue(date(2012, 1, 1), date(2012, 1, 1), "day")) == "2012-01-01"
    assert describe_value(MoneyValue(3.5, None)) == "3.5"


def test_filter_matches_label_value_and_kind() -> None:
    model = model_with()
    model.set_filter("BIDEN")
    assert group_labels(model) == ["People (1)"]
    model.set_filter("usd")
    assert group_labels(model) == ["Money (1)"]
    model.set_filter("dates")
    assert group_labels(model) == ["Dates (1)"]
    model.set_filter("nothing like this")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 6


def test_kind_toggle_hides_a_group_and_says_so() -> None:
    model = model_with()
    changes: list[bool] = []
    model.kindsChanged.connect(lambda: changes.append(True))
    model.set_kind_visible(FactKind.ORG, False)
    assert "Organisations (3)" not in group_labels(model)
    assert model.hidden_kinds() == {FactKind.ORG}
    assert model.count(FactKind.ORG) == 3  # the facts are still there
    model.set_kind_visible(FactKind.ORG, True)
    assert "Organisations (3)" in group_labels(model)
    assert changes == [True, True]


def test_counterparts_follow_their_mentions() -> None:
    other = Fact(FactKind.PERSON, PassageRole.ARTICLE, Span(0, 4), "バイデン", EntityValue("Joe Biden"))
    items = build_items([("en", FACTS)], {id(FACTS[9]): other}, {PassageRole.ARTICLE: "ja"})
    biden = next(item for item in items if item.label == "Joe Biden")
    assert biden.counterparts == (None, other)
    assert biden.counterpart_lang == "ja"


def test_colour_chips_follow_the_theme() -> None:
    model = model_with()
    group = model.index(0, 0)
    assert model.data(group, Qt.ItemDataRole.DecorationRole) == QColor(LIGHT.facts[FactKind.COUNT])
    model.set_theme(DARK)
    assert model.data(group, Qt.ItemDataRole.DecorationRole) == QColor(DARK.facts[FactKind.COUNT])


def test_tree_structure_is_consistent() -> None:
    model = model_with()
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        assert model.parent(group) == QModelIndex()
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            assert model.parent(index) == group
            assert model.rowCount(index) == 0
    assert not model.index(99, 0).isValid()


def test_markdown_groups_every_listed_fact() -> None:
    text = facts_markdown(build_items([("en", FACTS)]))
    assert text.startswith("## Key facts\n")
    assert "### Counts (1)\n- 1.2 billion monthly active users — 1,200,000,000 monthly active users\n" in text
    assert "### Organisations (3)\n- Tencent (2 mentions)\n- WeChat\n- Didi\n" in text
    assert "- $4.4 billion — 4,400,000,000 USD" in text


def test_the_same_number_written_twice_is_one_row() -> None:
    text = "On Tuesday it fell. By Tuesday it rose."
    first = Fact(FactKind.DATE, PassageRole.ARTICLE, Span(3, 10), "Tuesday", None)
    second = Fact(FactKind.DATE, PassageRole.ARTICLE, Span(23, 30), "Tuesday", None)
    assert text[3:10] == text[23:30] == "Tuesday"
    items = build_items([("en", [first, second])])
    assert len(items) == 1 and items[0].mentions == (first, second)
    model = FactsModel()
    model.set_items(items)
    assert model.index(0, 0).data() == "Dates (1)"
    assert model.index(0, 0, model.index(0, 0)).data() == "Tuesday  ×2"


def test_unresolved_values_are_explained_per_kind() -> None:
    money = Fact(FactKind.MONEY, PassageRole.ARTICLE, Span(0, 19), "billions of dollars", None)
    date_fact = Fact(FactKind.DATE, PassageRole.ARTICLE, Span(30, 40), "last month", None)
    items = build_items([("en", [money, date_fact])])
    texts = {item.kind: item.copy_text() for item in items}
    assert texts[FactKind.MONEY] == "billions of dollars — no exact amount given"
    assert texts[FactKind.DATE] == "last month — not resolved (no publication date known)"
    markdown = facts_markdown(items)
    assert "billions of dollars — no exact amount given" in markdown
    assert "publication date" not in markdown.split("### Dates")[0]


def test_filter_folds_script_and_width_as_find_does() -> None:
    text = "台積電第三季營收增加３６％。"
    start = text.index("台積電")
    facts = [
        Fact(FactKind.ORG, PassageRole.ARTICLE, Span(start, start + 3), "台積電", EntityValue("台積電")),
        Fact(FactKind.PERCENT, PassageRole.ARTICLE, Span(10, 13), "３６％", PercentValue(36.0)),
    ]
    model = FactsModel()
    model.set_items(build_items([("zh", facts)]))
    model.set_filter("台积电")  # Simplified finds the Traditional text
    assert group_labels(model) == ["Organisations (1)"]
    model.set_filter("36%")  # half width finds full width
    assert group_labels(model) == ["Percentages (1)"]
