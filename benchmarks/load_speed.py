"""Loading a big article (file → Document), this tree against another checkout, alternating in one run.

The article is the one `benchmarks/big_document.py --only zh` (or `--only en` with `--lang en`) opens, 20 MB by
default. Each run is a fresh process
that imports the loader and then times the window's loader job alone (`reader_app.ui.document_loader._load`: read,
decode, find the prompt, detect the language, split sentences, hash the text). The trees take turns, so other programs
on a shared machine slow both alike. Figures per tree (medians): wall and CPU time (time.process_time, which a busy
machine distorts less) of the job, CPU time of one more sentence split of the article, and of a full garbage
collection right after the job (what the collector would walk next, holding the interpreter lock the window needs);
then the ratios this/baseline and whether both trees found the same sentences.

Usage: python benchmarks/load_speed.py --baseline /path/to/other/checkout [--lang zh|en] [--mb 20] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from big_document import make_chinese, make_english  # noqa: E402

CHILD = r"""
import gc, json, sys, time
from pathlib import Path
from reader_app.ui.document_loader import _load
from reader_app.core.loading import load_document
from reader_app.core.segmentation import split_sentences
import reader_app.core.language, reader_app.core.byline, reader_app.core.reading_state  # noqa: F401
path = Path(sys.argv[1])
wall, cpu = time.perf_counter(), time.process_time()
document = _load(path, None)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
collect = time.process_time()
gc.collect()
collect = time.process_time() - collect
text, lang = document.article.text, document.article.lang
split = time.process_time()
sentences = split_sentences(text, lang)
split = time.process_time() - split
print(json.dumps({"wall": wall, "cpu": cpu, "split_cpu": split, "collect_cpu": collect, "sentences": len(sentences),
                  "last": list(map(int, (sentences[-1].start, sentences[-1].end))), "lang": lang}))
"""


def run(tree: Path, path: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    result = subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, capture_output=True, text=True,
                            cwd=tree, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"{tree}: {result.stderr.strip().splitlines()[-1]}")
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="another checkout of reader_app (e.g. main)")
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    args = parser.parse_args()
    trees = {"this": ROOT, "baseline": args.baseline.resolve()}
    with tempfile.TemporaryDirectory(prefix="reader-app-load-") as folder:
        path = Path(folder) / f"big-{args.lang}.txt"
        (make_chinese if args.lang == "zh" else make_english)(path, int(args.mb * 1_000_000))
        results: dict[str, list[dict[str, object]]] = {name: [] for name in trees}
        for round_ in range(args.rounds):
            order = list(trees.items()) if round_ % 2 == 0 else list(reversed(trees.items()))
            for name, tree in order:
                results[name].append(run(tree, path))
                data = results[name][-1]
                print(f"round {round_ + 1} {name:8}: wall {data['wall']:.2f} s, cpu {data['cpu']:.2f} s, "
                      f"split cpu {data['split_cpu']:.2f} s, full collection after {data['collect_cpu']:.3f} s",
                      flush=True)
    keys = ("wall", "cpu", "split_cpu", "collect_cpu")
    medians = {
        name: {key: statistics.median(float(r[key]) for r in runs) for key in keys}  # type: ignore[arg-type]
        for name, runs in results.items()
    }
    same = {(r["sentences"], tuple(r["last"]), r["lang"]) for runs in results.values() for r in runs}  # type: ignore[arg-type]
    for name, figures in medians.items():
        print(f"{name:8} median: load wall {figures['wall']:.2f} s, load cpu {figures['cpu']:.2f} s, "
              f"sentence split cpu {figures['split_cpu']:.2f} s, full collection after {figures['collect_cpu']:.3f} s")
    this, base = medians["this"], medians["baseline"]
    print(f"ratio this/baseline: load wall ×{this['wall'] / base['wall']:.2f}, "
          f"load cpu ×{this['cpu'] / base['cpu']:.2f}, split cpu ×{this['split_cpu'] / base['split_cpu']:.2f}; "
          f"full collection after ×{this['collect_cpu'] / base['collect_cpu']:.2f}; "
          f"same sentences in both: {len(same) == 1}")


if __name__ == "__main__":
    main()
