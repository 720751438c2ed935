"""Counts whose noun comes first (reader_app.core.facts.count_nouns): the span follows labelling.md and the unit
names the counted noun even when it is outside the span."""

from __future__ import annotations

import pytest
from facts_helpers import found


def counts(text: str) -> list[tuple[str, object, object]]:
    return [(span, value["number"], value["unit"]) for kind, span, value in found(text) if kind == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English keeps the number with its magnitude when a verb separates it from the noun
        ("Monthly active users rose to 1.3 billion.", [("1.3 billion", 1.3e9, "monthly active users")]),
        ("The company's paying subscribers reached 220 million.", [("220 million", 2.2e8, "paying subscribers")]),
        ("Headcount was 45,210 at the end of June.", [("45,210", 45210, "headcount")]),
        # at the start of a line the noun keeps its first letter
        ("Sales fell.\nPaying subscribers reached 220 million.", [("220 million", 2.2e8, "paying subscribers")]),
        # a collective noun joined by "of": the number with its magnitude, the noun in the value
        ("China has a population of 1.4 billion.", [("1.4 billion", 1.4e9, "population")]),
        ("It reached a weekly audience of 280.9 million.", [("280.9 million", 2.809e8, "weekly audience")]),
        ("The firm has a workforce of 45,000.", [("45,000", 45000, "workforce")]),
        # Chinese: nothing, 为, 是, 达, 达到 link the noun to the number and join the span
        ("注册用户为2.1亿。", [("注册用户为2.1亿", 2.1e8, "注册用户")]),
        ("日活跃用户数3.5亿。", [("日活跃用户数3.5亿", 3.5e8, "日活跃用户数")]),
        ("条目数量达到30万。", [("条目数量达到30万", 3e5, "条目数量")]),
        ("注册用户人数达2,000名。", [("注册用户人数达2,000名", 2000, "注册用户人数")]),
        # anything else between: the number alone, the noun in the value
        ("月间活跃账户数同比增长5%至13.2亿。", [("13.2亿", 1.32e9, "月间活跃账户数")]),
        ("注册用户已超过6500万。", [("6500万", 6.5e7, "注册用户")]),
        ("公司员工约70万人。", [("70万人", 7e5, "员工")]),
        # Japanese: nothing, は, が
        ("月間利用者数は9500万人に達した。", [("月間利用者数は9500万人", 9.5e7, "月間利用者数")]),
        ("登録者数が1億人を突破した。", [("登録者数が1億人", 1e8, "登録者数")]),
    ],
)
def test_noun_first_counts(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose to 4.5 billion.",
        "Prices reached 1,200 in March.",
        "The index was 3,400 at the close.",
        "营收达到500亿。",
        "時価総額上位10社。",
        "よく見られた1人の利用者が編集した。",
    ],
)
def test_not_noun_first_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("中文维基新闻已拥有超过13000篇新闻稿。", "13000篇新闻稿", "篇新闻稿"),
        ("发表1,000条新闻条目，维基百科条目", "1,000条新闻条目", "条新闻条目"),
        ("月間編集30万回を割り込んだ。", "月間編集30万回", "月間編集"),
        ("言語間リンクは320万リンクであり", "320万リンク", "リンク"),
    ],
)
def test_more_counters(text: str, span: str, unit: str) -> None:
    assert [(s, u) for s, _, u in counts(text)] == [(span, unit)]


def test_the_panel_row_names_the_noun_outside_the_span() -> None:
    from reader_app.core.document import Passage, PassageRole
    from reader_app.core.facts.extract import find_numeric_facts
    from reader_app.core.facts.items import build_items

    text = "Paying subscribers reached 220 million. The firm has 3,000 employees."
    facts = find_numeric_facts(Passage(PassageRole.ARTICLE, text, "en"))
    labels = [item.label for item in build_items([("en", facts)])]
    assert labels == ["220 million — paying subscribers", "3,000 employees"]
