"""Every fact (kind, start, end, value) found on the labelled news sets, the shared corpus and the speed benchmark's
texts, one line each, so a change meant only to make extraction faster can be checked to find exactly the same facts.

Run it before and after the change (or with PYTHONPATH pointing at another checkout) and diff the outputs:
    python benchmarks/facts_identity.py > /tmp/before.txt
    PYTHONPATH=/path/to/other/checkout python benchmarks/facts_identity.py > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt
Run: python benchmarks/facts_identity.py [--corpus DIR] [--speed-kb 1000] [--only news,corpus,speed]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from facts_speed import corpus as speed_text
from shared_folder import shared_path

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import extract_facts
from reader_app.core.segmentation import split_sentences

HERE = Path(__file__).resolve().parent
NEWS = HERE / "facts_news_blind"
SHARED = shared_path("facts", "corpus")


def article_text(path: Path) -> str:
    """Lines 4 on: line 1 is the source, line 2 the licence, line 3 empty."""
    return "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[3:])


def dump(label: str, text: str, lang: str, published: date | None, sentences: bool = True) -> None:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang) if sentences else ())
    for fact in extract_facts(passage, published):
        print(f"{label}\t{fact.kind}\t{fact.span.start}\t{fact.span.end}\t{fact.text!r}\t{fact.value!r}")


def dump_folder(name: str, folder: Path) -> None:
    for lang_dir in sorted(path for path in folder.iterdir() if path.is_dir()):
        for text_path in sorted(lang_dir.glob("*.txt")):
            gold = text_path.with_suffix(".json")
            labels = json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else {}
            lang = labels.get("lang", lang_dir.name)
            text = article_text(text_path)
            dump(f"{name}/{lang_dir.name}/{text_path.stem}", text, lang, None)
            dump(f"{name}/{lang_dir.name}/{text_path.stem}@2024-03-01", text, lang, date(2024, 3, 1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED, help="the shared real-text corpus")
    parser.add_argument("--speed-kb", type=int, default=1000, help="size of the speed benchmark's texts")
    parser.add_argument("--only", default="news,corpus,speed", help="which sets, comma-separated")
    args = parser.parse_args()
    sets = set(args.only.split(","))
    if "news" in sets:
        dump_folder("news", NEWS)
    if "corpus" in sets and args.corpus.is_dir():
        dump_folder("corpus", args.corpus)
    if "speed" in sets:
        for lang in ("en", "zh"):
            text = speed_text(lang, args.speed_kb)
            dump(f"speed/{lang}", text, "en" if lang == "en" else "zh", date(2024, 3, 1), sentences=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
