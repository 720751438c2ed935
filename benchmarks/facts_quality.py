"""Precision, recall and F1 of fact extraction per kind and language on the labelled set in benchmarks/facts_eval/.

A prediction matches a label of the same kind when their spans overlap (one to one); "exact" also needs the same
span. Values are checked for matched money and date labels. Negative strings must yield no fact at all.
Run: python benchmarks/facts_quality.py [--split dev|heldout|all] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import extract_facts
from reader_app.core.facts.model import Fact
from reader_app.core.facts.serialize import value_json
from reader_app.core.segmentation import split_sentences

EVAL_DIR = Path(__file__).resolve().parent / "facts_eval"
KINDS = ("count", "money", "percent", "date", "org", "person", "place")
NUMERIC = ("count", "money", "percent", "date")


def _group(lang: str) -> str:
    return "en" if lang == "en" else "cjk"


def _passage(text: str, lang: str) -> Passage:
    return Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))


def _value_ok(gold: Any, fact: Fact) -> bool:
    predicted = value_json(fact.value)
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if "amount" in gold:
        return abs(predicted["amount"] - gold["amount"]) <= 1e-6 * max(1.0, abs(gold["amount"])) and (
            predicted["currency"] == gold["currency"]
        )
    if "duration" in gold:
        return predicted.get("duration") == gold["duration"]
    if "recurrence" in gold:
        return predicted.get("recurrence") == gold["recurrence"]
    if "start" in gold:
        same_days = predicted["start"] == gold["start"] and predicted["end"] == gold["end"]
        return same_days and predicted.get("time") == gold.get("time")
    return abs(predicted["number"] - gold["number"]) <= 1e-6 * max(1.0, abs(gold["number"]))


class Score:
    """Counts for one (language group, kind) cell."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.exact_tp = 0
        self.values = self.values_ok = 0

    def prf(self, exact: bool = False) -> tuple[float, float, float]:
        tp = self.exact_tp if exact else self.tp
        fp = self.fp + (self.tp - self.exact_tp if exact else 0)
        fn = self.fn + (self.tp - self.exact_tp if exact else 0)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def evaluate(data: list[dict[str, Any]], errors: bool) -> dict[tuple[str, str], Score]:
    scores: dict[tuple[str, str], Score] = defaultdict(Score)
    for item in data:
        group = _group(item["lang"])
        facts = extract_facts(_passage(item["text"], item["lang"]), date.fromisoformat(item["published"]))
        used: set[int] = set()
        for gold in item["facts"]:
            cell = scores[(group, gold["kind"])]
            candidates = [
                (index, fact)
                for index, fact in enumerate(facts)
                if index not in used and fact.kind.value == gold["kind"]
                and fact.span.start < gold["end"] and gold["start"] < fact.span.end
            ]  # fmt: skip
            if not candidates:
                cell.fn += 1
                if errors:
                    print(f"  MISS  {item['id']}: {gold['kind']} {gold['text']!r}")
                continue
            exact = [c for c in candidates if (c[1].span.start, c[1].span.end) == (gold["start"], gold["end"])]
            index, fact = (exact or candidates)[0]
            used.add(index)
            cell.tp += 1
            if exact:
                cell.exact_tp += 1
            elif errors:
                print(f"  SPAN  {item['id']}: {gold['kind']} gold {gold['text']!r} got {fact.text!r}")
            if gold["kind"] in ("money", "date") and "value" in gold:
                cell.values += 1
                if _value_ok(gold["value"], fact):
                    cell.values_ok += 1
                elif errors:
                    print(f"  VALUE {item['id']}: {gold['text']!r} gold {gold['value']} got {value_json(fact.value)}")
        for index, fact in enumerate(facts):
            if index not in used:
                scores[(group, fact.kind.value)].fp += 1
                if errors:
                    print(f"  EXTRA {item['id']}: {fact.kind.value} {fact.text!r}")
    return scores


def negatives(data: list[dict[str, str]], errors: bool) -> tuple[int, int]:
    bad = 0
    for item in data:
        facts = extract_facts(_passage(item["text"], item["lang"]), date(2024, 1, 15))
        if facts:
            bad += 1
            if errors:
                print(f"  NEGATIVE {item['text']!r} gave {[(f.kind.value, f.text) for f in facts]}")
    return bad, len(data)


def _load(split: str) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    names = ("dev", "heldout") if split == "all" else (split,)
    texts: list[dict[str, Any]] = []
    negative: list[dict[str, str]] = []
    for name in names:
        data = json.loads((EVAL_DIR / f"{name}.json").read_text(encoding="utf-8"))
        texts += data["texts"]
        negative += data["negatives"]
    return texts, negative


def report(split: str, errors: bool) -> dict[str, Any]:
    texts, negative = _load(split)
    scores = evaluate(texts, errors)
    bad, total = negatives(negative, errors)
    summary: dict[str, Any] = {}
    print(f"\nSplit: {split} — {len(texts)} texts, {sum(len(t['facts']) for t in texts)} labelled facts")
    print(f"{'lang':5} {'kind':8} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'exact F1':>9} {'values':>9}")
    for group in ("en", "cjk"):
        for kind in KINDS:
            cell = scores.get((group, kind))
            if cell is None:
                continue
            precision, recall, f1 = cell.prf()
            exact = cell.prf(exact=True)[2]
            values = f"{cell.values_ok}/{cell.values}" if cell.values else ""
            gold = cell.tp + cell.fn
            print(f"{group:5} {kind:8} {gold:5} {precision:6.2f} {recall:6.2f} {f1:6.2f} {exact:9.2f} {values:>9}")
            summary[f"{group}.{kind}.f1"] = round(f1, 3)
        for label, kinds in (("numeric", NUMERIC), ("all", KINDS)):
            total_cell = Score()
            for kind in kinds:
                cell = scores.get((group, kind), Score())
                total_cell.tp += cell.tp
                total_cell.fp += cell.fp
                total_cell.fn += cell.fn
                total_cell.exact_tp += cell.exact_tp
                total_cell.values += cell.values
                total_cell.values_ok += cell.values_ok
            precision, recall, f1 = total_cell.prf()
            exact = total_cell.prf(exact=True)[2]
            share = total_cell.values_ok / total_cell.values if total_cell.values else 1.0
            print(f"{group:5} {label:8} {total_cell.tp + total_cell.fn:5} {precision:6.2f} {recall:6.2f} {f1:6.2f} "
                  f"{exact:9.2f} {share:8.0%}")  # fmt: skip
            summary[f"{group}.{label}.exact_f1"] = round(exact, 3)
            summary[f"{group}.{label}.values"] = round(share, 3)
    print(f"negative strings with any fact: {bad}/{total}")
    summary["negatives_failed"] = bad
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list every miss, extra, span and value error")
    args = parser.parse_args()
    report(args.split, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
