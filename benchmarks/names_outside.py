"""Organisations, people and places on outside name sets labelled by others (benchmarks/names_eval/), per half.

Japanese: Wikipedia sentences labelled by Stockmark (ner-wikipedia-dataset); English: Wikipedia articles of
wikigold (CoNLL tags); Chinese: Universal NER's sentences of Chinese PUD (news and Wikipedia, traditional
script) and simplified Chinese GSD (Wikipedia). Their categories map onto the project's kinds as below; a category
in IGNORE is neither required nor held against a prediction (their conventions and labelling.md disagree there:
sports teams and bands, facilities; Universal NER's OTH holds nationalities, dynasties and historical states, and
its LOC and ORG trade places for the bodies in them). Names match as in the corpus scorer (one contains the
other), each distinct name once per text.
Even positions are the development half, odd positions the held-out half; --errors lists the development half only.
Run: python benchmarks/names_outside.py [--lang en,ja,zh] [--half dev|heldout|both] [--errors] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import extract_facts
from reader_app.core.segmentation import split_sentences

HERE = Path(__file__).resolve().parent / "names_eval"
FILES = {"ja": "ja_wikipedia_ner.jsonl", "en": "en_wikigold.jsonl", "zh": "zh_universal_ner.jsonl"}
KINDS = ("org", "person", "place")
GOLD = {
    "ja": {"org": {"法人名", "政治的組織名"}, "person": {"人名"}, "place": {"地名"}},
    "en": {"org": {"ORG"}, "person": {"PER"}, "place": {"LOC"}},
    "zh": {"org": {"ORG"}, "person": {"PER"}, "place": {"LOC"}},
}
IGNORE = {
    "ja": {"org": {"その他の組織名", "施設名"}, "person": set(), "place": {"施設名"}},
    "en": {"org": set(), "person": set(), "place": set()},
    "zh": {"org": {"OTH", "LOC"}, "person": {"OTH"}, "place": {"OTH", "ORG"}},
}


def _norm(name: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name.strip().casefold()))


def _match(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def _names(row: dict[str, Any], types: set[str]) -> set[str]:
    text = row["text"]
    return {_norm(text[e["start"] : e["end"]]) for e in row["entities"] if e["type"] in types}


def predict(text: str, lang: str) -> dict[str, set[str]]:
    passage = Passage(role=PassageRole.ARTICLE, text=text, lang=lang, sentences=split_sentences(text, lang))
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for fact in extract_facts(passage, None):
        if str(fact.kind) in found:
            found[str(fact.kind)].add(fact.text)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="en,ja")
    parser.add_argument("--half", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--errors", action="store_true", help="list the development half's misses and wrong names")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts of each half")
    args = parser.parse_args()
    print(f"{'lang':4s} {'half':8s} {'kind':7s} {'gold':>5s} {'pred':>5s} {'recall':>7s} {'precis':>7s} {'F1':>6s}")
    for lang in args.lang.split(","):
        rows = [json.loads(line) for line in (HERE / FILES[lang]).read_text(encoding="utf-8").splitlines()]
        for half in ("dev", "heldout") if args.half == "both" else (args.half,):
            chosen = [row for index, row in enumerate(rows) if index % 2 == (half == "heldout")]
            if args.limit:
                chosen = chosen[: args.limit]
            totals = {kind: [0, 0, 0, 0] for kind in KINDS}
            for row in chosen:
                text = row["text"]
                predicted = predict(text, lang)
                for kind in KINDS:
                    gold = _names(row, GOLD[lang][kind])
                    ignore = _names(row, IGNORE[lang][kind])
                    guesses = {_norm(name) for name in predicted[kind]}
                    missed = [g for g in gold if not any(_match(g, p) for p in guesses)]
                    right = [p for p in guesses if any(_match(g, p) for g in gold)]
                    wrong = [p for p in guesses if p not in right and not any(_match(i, p) for i in ignore)]
                    totals[kind][0] += len(gold)
                    totals[kind][1] += len(gold) - len(missed)
                    totals[kind][2] += len(right) + len(wrong)
                    totals[kind][3] += len(right)
                    if args.errors and half == "dev" and (missed or wrong):
                        print(f"  {row['id']} {kind}: missed {sorted(missed)} wrong {sorted(wrong)} | {text[:160]}")
            for kind in KINDS:
                gold_n, found, pred_n, correct = totals[kind]
                recall = found / gold_n if gold_n else 0.0
                precision = correct / pred_n if pred_n else 0.0
                f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
                print(f"{lang:4s} {half:8s} {kind:7s} {gold_n:5d} {pred_n:5d} {recall:7.2f} {precision:7.2f} {f1:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
