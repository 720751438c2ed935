"""Does each long-text pass grow linearly? Sentence splitting, re-attaching a highlight, ranking a summary and
loading a file, each timed on a text and on the same text four times as long, in one run.

A linear pass takes about 4× as long on the longer text; a quadratic one about 16×. Times are the best CPU time
(time.process_time) of a few runs, so other programs on a busy machine distort them little. These were wall-clock
bounds inside tests once; a test must not depend on the machine's speed or load, so they are measured here.

Run: python benchmarks/scaling.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader_app.core.annotations import anchor_for, reattach
from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.segmentation import split_sentences
from reader_app.core.summary import summarize

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "wechat-registration.txt"
GROWTH = 4


def best_cpu(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def article_text() -> str:
    return SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1].strip()


def segmentation(copies: int) -> Callable[[], object]:
    text = "\n\n".join([article_text()] * copies)
    return lambda: split_sentences(text, "en")


def reattaching(copies: int) -> Callable[[], object]:
    article = document_from_text(article_text()).article
    start = article.text.index("initial public offering")
    anchor = anchor_for(article, Span(start, start + len("initial public offering")))
    copy = article.text.replace("initial public offering", "initial public offer") + "\n\n"
    edited = Passage(role=PassageRole.ARTICLE, text="x" * 1000 + copy * copies, lang="en")
    return lambda: reattach(anchor, edited)


def ranking(sentences: int) -> Callable[[], object]:
    words = article_text().split()
    rng = random.Random(7)
    lines = [
        " ".join(rng.choice(words) for _ in range(rng.randint(8, 25))).replace(".", "") + "." for _ in range(sentences)
    ]
    article = document_from_text("\n\n".join(lines)).article
    return lambda: summarize(article, 10)


def loading(folder: Path, megabytes: float) -> Callable[[], object]:
    path = folder / f"load-{megabytes}.txt"
    unit = (article_text() + "\n\n").encode("utf-8")
    size = int(megabytes * 1_000_000)
    path.write_bytes((unit * (size // len(unit) + 1))[:size])
    return lambda: load_document(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-app-scaling-") as name:
        folder = Path(name)
        passes: list[tuple[str, Callable[[int], Callable[[], object]], int]] = [
            ("sentence splitting (article copies)", segmentation, 200),
            ("re-attaching a highlight (article copies)", reattaching, 500),
            ("ranking a summary (sentences)", ranking, 250),
            ("loading a file (MB)", lambda size: loading(folder, size), 2),
        ]
        print(f"{'pass':45} {'size':>6} {'CPU s':>8} {'×size':>6} {'CPU s':>8} {'ratio':>6}")
        for label, make, size in passes:
            small = best_cpu(make(size), args.repeat)
            large = best_cpu(make(size * GROWTH), args.repeat)
            ratio = large / small if small else float("nan")
            verdict = "linear" if ratio < 2 * GROWTH else "GROWS FASTER THAN LINEAR"
            print(f"{label:45} {size:>6} {small:>8.3f} {GROWTH:>5}× {large:>8.3f} {ratio:>6.1f}  {verdict}", flush=True)


if __name__ == "__main__":
    main()
