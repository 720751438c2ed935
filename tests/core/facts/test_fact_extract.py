"""Whole-passage extraction: the sample article, negative strings, robustness on arbitrary text, the eval set."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from facts_helpers import found
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts import extract as extract_module
from reader_app.core.facts.extract import extract_facts, find_numeric_facts
from reader_app.core.facts.model import FactKind
from reader_app.core.loading import load_document

REPO = Path(__file__).resolve().parents[3]
EVAL = REPO / "benchmarks" / "facts_eval"


def test_sample_article_numbers_money_and_dates(sample_path: Path) -> None:
    document = load_document(sample_path)
    facts = find_numeric_facts(document.article, date(2021, 7, 28))
    assert [(f.kind.value, f.text, f.value_text()) for f in facts] == [
        ("date", "Tuesday", "2021-07-27"),
        ("date", "early August", "2021-08-01 – 2021-08-10"),
        ("count", "1.2 billion monthly active users", "1,200,000,000 monthly active users"),
        ("date", "earlier this year", "2021-01-01 – 2021-07-28"),
        ("money", "billions of dollars", "—"),
        ("date", "recent weeks", "—"),
        ("date", "more than a decade", "10 years"),
        ("date", "last year", "2020-01-01 – 2020-12-31"),
        ("date", "last month", "2021-06-01 – 2021-06-30"),
        ("date", "Earlier this month", "2021-07-01 – 2021-07-28"),
        ("money", "$4.4 billion", "4,400,000,000 USD"),
    ]


def test_spans_point_into_the_passage(sample_path: Path) -> None:
    document = load_document(sample_path)
    for fact in extract_facts(document.article, date(2021, 7, 28)):
        assert document.article.text[fact.span.start : fact.span.end] == fact.text
        assert fact.role is PassageRole.ARTICLE


def test_facts_do_not_overlap_and_come_in_text_order(sample_path: Path) -> None:
    facts = extract_facts(load_document(sample_path).article, date(2021, 7, 28))
    for before, after in pairwise(facts):
        assert before.span.end <= after.span.start


def test_negative_strings_yield_nothing() -> None:
    data = json.loads((EVAL / "dev.json").read_text(encoding="utf-8"))
    for item in data["negatives"]:
        assert found(item["text"], lang=item["lang"]) == [], item["text"]


def test_dev_split_meets_the_quality_targets() -> None:
    spec = importlib.util.spec_from_file_location("facts_quality", REPO / "benchmarks" / "facts_quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    summary = module.report("dev", errors=False)
    for kind in ("count", "money", "percent", "date"):
        assert summary[f"en.{kind}.f1"] >= 0.95, kind
        assert summary[f"cjk.{kind}.f1"] >= 0.90, kind
    assert summary["en.numeric.exact_f1"] >= 0.90
    assert summary["cjk.numeric.exact_f1"] >= 0.90
    assert summary["en.numeric.values"] >= 0.90
    assert summary["cjk.numeric.values"] >= 0.90
    assert summary["negatives_failed"] == 0


_NEWSY = st.text(
    alphabet=st.sampled_from(list("0123456789 .,%$€¥年月日周上下亿万元点時円-:/aAmpMayTuesdayQ3rdof的超约\n"))
    | st.characters(),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(text=_NEWSY, lang=st.sampled_from(["en", "zh", "ja", "zh-Hant"]), published=st.none() | st.dates())
def test_never_raises_and_spans_slice_to_text(text: str, lang: str, published: date | None) -> None:
    passage = Passage(PassageRole.ARTICLE, text, lang)
    for fact in extract_facts(passage, published):
        assert 0 <= fact.span.start < fact.span.end <= len(text)
        assert text[fact.span.start : fact.span.end] == fact.text
        assert isinstance(fact.kind, FactKind)


def test_long_passages_are_read_in_pieces_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads((EVAL / "dev.json").read_text(encoding="utf-8"))
    for lang in ("en", "zh"):
        text = "\n\n".join(item["text"] for item in data["texts"] if item["lang"] == lang)
        passage = Passage(PassageRole.ARTICLE, text, lang)
        whole = find_numeric_facts(passage, date(2024, 3, 1))
        monkeypatch.setattr(extract_module, "_CHUNK", 700 if lang == "en" else 120)
        assert len(extract_module._chunks(text)) > 3
        assert find_numeric_facts(passage, date(2024, 3, 1)) == whole
        monkeypatch.undo()


def test_a_failing_entity_detector_leaves_the_other_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(passage: Passage) -> list[object]:
        raise IndexError("detector bug")

    monkeypatch.setattr(extract_module, "_entity_finder", lambda: broken)
    passage = Passage(PassageRole.ARTICLE, "Didi raised $4.4 billion on Tuesday.", "en")
    assert [fact.text for fact in extract_facts(passage, date(2021, 7, 28))] == ["$4.4 billion", "Tuesday"]


def test_a_dateline_gives_the_publication_date_when_none_is_known() -> None:
    passage = Passage(PassageRole.ARTICLE, "新华社北京2024年3月15日电 去年12月，营收增长。下周五将发布。", "zh")
    values = {fact.text: fact.value_text() for fact in find_numeric_facts(passage)}
    assert values["去年12月"] == "2023-12-01 – 2023-12-31"
    assert values["下周五"] == "2024-03-22"
    # a known publication date wins over the dateline
    later = {fact.text: fact.value_text() for fact in find_numeric_facts(passage, date(2025, 1, 10))}
    assert later["去年12月"] == "2024-12-01 – 2024-12-31"


def test_numbers_give_way_to_an_organisation_that_holds_or_heads_them() -> None:
    from reader_app.core.segmentation import split_sentences

    text = "日本年金機構は記録を訂正した。経営破綻により、東証1部に上場している同社株式は売買停止となった。"
    passage = Passage(PassageRole.ARTICLE, text, "ja", split_sentences(text, "ja"))
    facts = {(str(fact.kind), fact.text) for fact in extract_facts(passage, None)}
    assert ("org", "日本年金機構") in facts and ("org", "東証") in facts
    assert not any(kind in ("date", "count") for kind, _ in facts)
