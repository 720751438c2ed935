"""Throughput of fact extraction on English and Chinese text of 100 KB, 1 MB and 5 MB, and the 5 MB / 1 MB ratio.

Text is built by repeating the evaluation articles with their numbers varied, so the detectors see realistic
density. Target: at least 500 KB/s and linear growth (5 MB takes at most 5.5 times as long as 1 MB). Times are the
best CPU time (time.process_time) of a few runs, so other programs on a busy machine do not distort them.
Run: python benchmarks/facts_speed.py [--numeric-only] [--sizes 100,1000,5000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import extract_facts

EVAL_DIR = Path(__file__).resolve().parent / "facts_eval"


def corpus(lang: str, size_kb: int) -> str:
    """About `size_kb` KB (UTF-8) of news text in `lang` ("en" or "zh")."""
    texts = []
    for name in ("dev", "heldout"):
        data = json.loads((EVAL_DIR / f"{name}.json").read_text(encoding="utf-8"))
        texts += [item["text"] for item in data["texts"] if (item["lang"] == "en") == (lang == "en")]
    pieces: list[str] = []
    total = 0
    round_ = 0
    while total < size_kb * 1000:
        for text in texts:
            varied = text.replace("2", str(round_ % 10)) if round_ else text
            pieces.append(varied)
            total += len(varied.encode("utf-8")) + 2
        round_ += 1
    return "\n\n".join(pieces)[: size_kb * 1000 // (1 if lang == "en" else 3)]


def measure(lang: str, size_kb: int, entities: bool, repeat: int) -> tuple[float, int, float]:
    """Best CPU time of `repeat` runs: the machine is shared, and CPU time of this process is what the code costs."""
    text = corpus(lang, size_kb)
    passage = Passage(PassageRole.ARTICLE, text, "en" if lang == "en" else "zh")
    best = float("inf")
    found = 0
    for _ in range(repeat):
        started = time.process_time()
        found = len(extract_facts(passage, date(2024, 3, 1), entities=entities))
        best = min(best, time.process_time() - started)
    kilobytes = len(text.encode("utf-8")) / 1000
    return best, found, kilobytes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--numeric-only", action="store_true", help="skip organisation/person/place detection")
    parser.add_argument("--sizes", default="100,1000,5000", help="sizes in KB, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best CPU time counts")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    entities = not args.numeric_only
    print(f"Fact extraction speed ({'all kinds' if entities else 'count/money/percent/date only'})")
    print(f"{'lang':4} {'size':>8} {'CPU s':>8} {'KB/s':>8} {'facts':>8}")
    for lang in ("en", "zh"):
        timings: dict[int, float] = {}
        for size in sizes:
            elapsed, found, kilobytes = measure(lang, size, entities, args.repeat)
            timings[size] = elapsed
            print(f"{lang:4} {kilobytes:7.0f}K {elapsed:8.2f} {kilobytes / elapsed:8.0f} {found:8}")
        if 1000 in timings and 5000 in timings:
            print(f"{lang:4} 5 MB / 1 MB time ratio: {timings[5000] / timings[1000]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
