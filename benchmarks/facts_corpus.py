"""Fact extraction on the blind-labelled real-text corpus (../shared/facts/corpus), per kind and language, with
the corpus's own scorer, for the development half (even file numbers) and the held-out half (odd numbers) apart.

Rules are written looking only at the development half's errors; the held-out half says whether they generalise.
Every figure comes with its counts (gold facts, predictions).
Two corpora: the shared one (`--set shared`, the default) and a second set of news texts labelled blind the same
way and kept here (`--set news`: benchmarks/facts_news_blind/, scored with the shared corpus's scorer).
Run: python benchmarks/facts_corpus.py [--set shared|news] [--corpus DIR] [--lang en,zh,ja] [--half dev|heldout|both]
     [--strict]
     [--exact]        (numeric kinds match only when the predicted text equals the labelled one)
     [--errors dev]   (lists the development half's misses and wrong predictions; never the held-out half's)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from shared_folder import shared_path

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import extract_facts
from reader_app.core.segmentation import split_sentences

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("FACTS_CORPUS", shared_path("facts", "corpus")))
NEWS_CORPUS = ROOT / "benchmarks" / "facts_news_blind"
HALVES = {"dev": 0, "heldout": 1}
"""File number parity: even numbers are the development half, odd numbers the held-out half."""
LANGS = ("en", "zh", "ja")


def _scorer(corpus: Path) -> ModuleType:
    """The scorer beside the corpus, else the shared corpus's."""
    import importlib.util

    path = next((p for p in (corpus / "corpus-score.py", corpus.parent / "corpus-score.py") if p.is_file()), None)
    if path is None:
        path = DEFAULT_CORPUS.parent / "corpus-score.py"
    spec = importlib.util.spec_from_file_location("corpus_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article_text(path: Path) -> str:
    """Lines 4 on: line 1 is the source, line 2 the licence, line 3 empty."""
    return "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[3:])


NAME_KINDS = frozenset({"org", "person", "place"})


def predict(text: str, lang: str) -> list[dict[str, str]]:
    """Every numeric fact; each distinct name once, as the corpus labels them (and the panel lists them)."""
    passage = Passage(role=PassageRole.ARTICLE, text=text, lang=lang, sentences=split_sentences(text, lang))
    seen: set[tuple[str, str]] = set()
    facts = []
    for fact in extract_facts(passage, None):
        key = (str(fact.kind), fact.text)
        if key[0] in NAME_KINDS and key in seen:
            continue
        seen.add(key)
        facts.append({"kind": key[0], "text": fact.text})
    return facts


def _number(name: str) -> int:
    match = re.match(r"(\d+)", name)
    return int(match.group(1)) if match else 0


def exact_spans(
    gold: list[tuple[str, str]], pred: list[tuple[str, str]], kinds: tuple[str, ...]
) -> dict[str, list[int]]:
    """Per kind [gold, found, predicted, correct] when only an identical text matches, occurrence by occurrence."""
    result = {}
    for kind in kinds:
        wanted = Counter(text.strip() for k, text in gold if k == kind)
        given = Counter(text.strip() for k, text in pred if k == kind)
        both = sum((wanted & given).values())
        result[kind] = [sum(wanted.values()), both, sum(given.values()), both]
    return result


def exact_misses(
    gold: list[tuple[str, str]],
    pred: list[tuple[str, str]],
    kinds: tuple[str, ...],
    missed: list[tuple[str, str]],
    wrong: list[tuple[str, str]],
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The overlap scorer's misses for names; for numeric kinds, the labels and predictions no identical text
    matches."""
    missed = [(kind, text) for kind, text in missed if kind not in kinds]
    wrong = [(kind, text) for kind, text in wrong if kind not in kinds]
    for kind in kinds:
        wanted = Counter(text.strip() for k, text in gold if k == kind)
        given = Counter(text.strip() for k, text in pred if k == kind)
        missed += [(kind, text) for text in (wanted - given).elements()]
        wrong += [(kind, text) for text in (given - wanted).elements()]
    return missed, wrong


def run_half(
    corpus: Path, lang: str, half: str, strict: bool, errors: bool, scorer: ModuleType, exact: bool = False
) -> dict[str, list[int]]:
    """Totals per kind: [gold, found, predicted, correct]."""
    totals = {kind: [0, 0, 0, 0] for kind in scorer.KINDS}
    for gold_path in sorted((corpus / lang).glob("*.json")):
        if _number(gold_path.name) % 2 != HALVES[half]:
            continue
        _, gold = scorer.load_facts(str(gold_path))
        text = article_text(gold_path.with_suffix(".txt"))
        raw_lang = json.loads(gold_path.read_text(encoding="utf-8")).get("lang", lang)
        pred = [(item["kind"], item["text"]) for item in predict(text, raw_lang)]
        result, missed, wrong = scorer.score_article(gold, pred, strict=strict)
        if exact:
            result.update(exact_spans(gold, pred, scorer.NUMERIC))
        for kind in scorer.KINDS:
            for index in range(4):
                totals[kind][index] += result[kind][index]
        if exact:
            missed, wrong = exact_misses(gold, pred, scorer.NUMERIC, missed, wrong)
        if errors and half == "dev" and (missed or wrong):
            print(f"--- {lang}/{gold_path.name}")
            for kind, item in missed:
                print(f"  missed {kind:7s} {item}")
            for kind, item in wrong:
                print(f"  wrong  {kind:7s} {item}")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("shared", "news"), default="shared", help="which blind-labelled corpus")
    parser.add_argument("--corpus", type=Path, help="a corpus folder of the same layout (overrides --set)")
    parser.add_argument("--lang", default=",".join(LANGS))
    parser.add_argument("--half", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument(
        "--kinds", default="", help="comma-separated kinds to print, 'numeric' for the four together (default: all)"
    )
    parser.add_argument("--strict", action="store_true", help="numeric kinds must also agree in their digit groups")
    parser.add_argument("--exact", action="store_true", help="numeric kinds must match the labelled text exactly")
    parser.add_argument("--errors", choices=("dev",), help="list the development half's misses and wrong facts")
    args = parser.parse_args()
    if args.corpus is None:
        args.corpus = NEWS_CORPUS if args.set == "news" else DEFAULT_CORPUS
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus} (set FACTS_CORPUS)", file=sys.stderr)
        return 1
    scorer = _scorer(args.corpus)
    halves = ("dev", "heldout") if args.half == "both" else (args.half,)
    kinds = [kind for kind in scorer.KINDS if not args.kinds or kind in args.kinds.split(",")]
    print(f"{'lang':4s} {'half':8s} {'kind':7s} {'gold':>5s} {'pred':>5s} {'recall':>7s} {'precis':>7s} {'F1':>6s}")
    for lang in args.lang.split(","):
        for half in halves:
            totals = run_half(args.corpus, lang, half, args.strict, args.errors is not None, scorer, args.exact)
            numeric = [sum(totals[kind][index] for kind in scorer.NUMERIC) for index in range(4)]
            rows = [(kind, totals[kind]) for kind in kinds]
            if not args.kinds or "numeric" in args.kinds.split(","):
                rows.append(("numeric", numeric))
            for kind, (gold, found, predicted, correct) in rows:
                recall, precision, f1 = scorer.prf(gold, found, predicted, correct)
                print(
                    f"{lang:4s} {half:8s} {kind:7s} {gold:5d} {predicted:5d} {scorer.fmt(recall):>7s} "
                    f"{scorer.fmt(precision):>7s} {scorer.fmt(f1):>6s}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
