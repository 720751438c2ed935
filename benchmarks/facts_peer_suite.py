"""Runs Microsoft Recognizers-Text's specs (../shared/peer-suites/recognizers-text) against `reader-app facts --jsonl`
and prints the "dotnet" subset's tables: recall, exact spans, values and precision per model and language, money
recall over results that carry an amount, and dates by type.

The suite's own scorer does the work (one `reader-app facts --jsonl` call with every case); this prints the part of
its report the project's targets are read from. Failure lists are in OUT/report.md.
Run: python benchmarks/facts_peer_suite.py [--suite DIR] [--out DIR] [--examples N]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from shared_folder import shared_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITE = shared_path("peer-suites", "recognizers-text")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--suite", type=Path, default=DEFAULT_SUITE)
    parser.add_argument("--out", type=Path, default=Path("/tmp/recognizers-text-score"))
    parser.add_argument("--examples", type=int, default=15, help="failure examples per model and language")
    args = parser.parse_args()
    if not (args.suite / "score.py").is_file():
        print(f"suite not found: {args.suite} (pass --suite DIR)", file=sys.stderr)
        return 1
    reader_app = shutil.which("reader-app", path=str(Path(sys.executable).parent)) or "reader-app"
    command = [sys.executable, str(args.suite / "score.py"), str(args.suite / "specs"), reader_app]
    command += ["--out", str(args.out), "--examples", str(args.examples)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        print(f"the suite's scorer failed: {last}", file=sys.stderr)
        return 1
    report = (args.out / "report.md").read_text(encoding="utf-8")
    start = report.index("## Subset 'dotnet'")
    end = report.find("## Failure examples", start)
    print(report[start : end if end >= 0 else None].rstrip())
    print(f"\nFailure examples: {args.out / 'report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
