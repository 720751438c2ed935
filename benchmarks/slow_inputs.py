"""Inputs that used to take tens of seconds or gigabytes: load time and peak memory, against ordinary prose.

    .venv/bin/python benchmarks/slow_inputs.py [--scale 1.0]

Each input is loaded (and, for the digit run, its facts extracted) in a fresh process so peak memory is its own. The
baseline is ordinary English prose measured in the same run; the ratio is seconds per MB against it (linear code
keeps it near 1-5, whatever the size). The facts rows compare with the same short article without the digit run.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from reader_app.core.loading import load_document
started = time.perf_counter()
document = load_document(Path(sys.argv[1]))
if sys.argv[2] == "facts":
    from reader_app.core.facts.extract import extract_facts
    for passage in document.passages():
        extract_facts(passage)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_WORDS = [
    "the",
    "company",
    "said",
    "sales",
    "rose",
    "five",
    "percent",
    "on",
    "tuesday",
    "and",
    "profits",
    "grew",
    "in",
    "the",
    "quarter",
]


def inputs(scale: float) -> dict[str, tuple[str, str, str]]:
    """name -> (file name, contents, what to run)."""
    rng = random.Random(1)
    size = int(2_000_000 * scale)
    prose = " ".join(rng.choice(_WORDS) + ("." if rng.random() < 0.06 else "") for _ in range(size // 6))[:size]
    narrow_row = "|" + "|".join(str(i % 10) for i in range(40)) + "|\n"
    narrow = "|" + "|".join("h" for _ in range(40)) + "|\n|" + "-|" * 40 + "\n" + narrow_row * (size // 81)
    wide_row = "| " + " | ".join(f"cell value {i}" for i in range(6)) + " |\n"
    wide = "| " + " | ".join(f"h{i}" for i in range(6)) + " |\n|" + "---|" * 6 + "\n" + wide_row * (size // 90)
    line = " ".join(rng.choice(_WORDS) for _ in range(4 * size // 6))[: 4 * size]
    cjk = ("腾讯旗下的微信周二表示正在暂停中国境内新用户注册" * (size // 24))[: size // 2]
    digits = "Sales rose 5% on Tuesday. " + "1" * 5_000 + " yuan. " + "Profits grew 3% last year. " * 200
    return {
        "prose (baseline)": ("prose.txt", prose, "load"),
        "Markdown table, 40 one-digit cells a row": ("narrow.md", narrow, "load"),
        "Markdown table, 6 cells a row": ("wide.md", wide, "load"),
        "one line, no sentence end (4x size)": ("line.txt", line, "load"),
        "one line of Chinese, no punctuation": ("cjk.txt", cjk, "load"),
        "web page of one 4x-size paragraph": ("page.html", f"<html><body><p>{line}</p></body></html>", "load"),
        "facts of a short article (baseline)": ("short.txt", digits.replace("1" * 5_000, "1"), "facts"),
        "the same with a 5,000-digit number": ("digits.txt", digits, "facts"),
    }


def measure(path: Path, action: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), action], capture_output=True, text=True, check=True, timeout=600
    )
    measured: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: about 2 MB per input (8 MB for one line)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="slow-inputs-") as name:
        folder = Path(name)
        baseline: dict[str, float] | None = None
        print(f"{'input':45} {'MB':>6} {'seconds':>8} {'x prose':>8} {'peak MB':>8}")
        for label, (file_name, text, action) in inputs(args.scale).items():
            path = folder / file_name
            path.write_text(text, encoding="utf-8")
            size_mb = path.stat().st_size / 1e6
            result = measure(path, action)
            per_mb = result["seconds"] / size_mb
            if baseline is None:
                baseline = {"per_mb": per_mb}
            if "baseline" in label and action == "facts":
                baseline["facts"] = result["seconds"]
            ratio = result["seconds"] / baseline["facts"] if action == "facts" else per_mb / baseline["per_mb"]
            print(f"{label:45} {size_mb:6.1f} {result['seconds']:8.2f} {ratio:8.1f} {result['peak_mb']:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
