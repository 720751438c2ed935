"""Dictionary load time, memory and look-up latency, in a fresh process with throwaway XDG folders.

Measures, in order: locating the packaged index (read in place: nothing to unpack); loading everything the
reading aids use (index, OpenCC, pypinyin, Sudachi) as the app does in the background after start-up; the memory
that adds (RSS); then look-ups from every CJK character of the real-text corpus (/work/shared/facts/corpus or
--corpus), p50/p95/max, with a bare indexed SQLite read of the same index as the baseline in the same run.

Usage: python benchmarks/dictionary_speed.py [--corpus DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from shared_folder import shared_path

DEFAULT_CORPUS = shared_path("facts", "corpus")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000, help="look-ups per language")
    args = parser.parse_args()
    sandbox = Path(tempfile.mkdtemp(prefix="dictionary-bench-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(sandbox / name.lower())

    base = rss_mb()
    from reader_app.core.dictionary import readings
    from reader_app.core.dictionary.lookup import is_cjk, shared_dictionary

    dictionary = shared_dictionary()
    start = time.perf_counter()
    dictionary.index.path()
    unpack = time.perf_counter() - start
    start = time.perf_counter()
    dictionary.index.warm_up()
    index_ready = time.perf_counter() - start
    start = time.perf_counter()
    readings.warm_up("zh")
    zh_ready = time.perf_counter() - start
    start = time.perf_counter()
    readings.warm_up("ja")
    ja_ready = time.perf_counter() - start
    loaded = rss_mb()
    print(f"locating the index: {unpack:.3f} s (read in place, nothing unpacked)")
    print(f"load: index+OpenCC {index_ready:.2f} s, pypinyin {zh_ready:.2f} s, Sudachi {ja_ready:.2f} s, "
          f"total {index_ready + zh_ready + ja_ready:.2f} s")
    print(f"memory: {base:.0f} MB before, {loaded:.0f} MB loaded, added {loaded - base:.0f} MB")

    import sqlite3

    bare = sqlite3.connect(f"file:{dictionary.index.path()}?mode=ro&immutable=1", uri=True)
    for lang in ("zh", "ja"):
        texts = [p.read_text(encoding="utf-8") for p in sorted((args.corpus / lang).glob("*.txt"))]
        if not texts:
            print(f"{lang}: no corpus texts in {args.corpus / lang}", file=sys.stderr)
            continue
        positions = [(t, i) for t in texts for i, c in enumerate(t) if is_cjk(c)][: args.limit]
        timings, baseline = [], []
        for text, position in positions:
            start = time.perf_counter()
            dictionary.lookup_at(text, position, lang)
            timings.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.execute("SELECT entry_id FROM headword WHERE form = ?", (text[position],)).fetchall()
            baseline.append(time.perf_counter() - start)
        p50, p95 = statistics.median(timings) * 1000, percentile(timings, 0.95) * 1000
        base_p50 = statistics.median(baseline) * 1000
        print(f"{lang}: {len(timings)} look-ups, p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {max(timings) * 1000:.1f} ms;"
              f" one bare indexed read p50 {base_p50:.3f} ms (look-up = {p50 / base_p50:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
