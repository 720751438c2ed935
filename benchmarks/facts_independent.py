"""Scores fact extraction on the independently labelled set (benchmarks/facts_eval/independent.json).

Reuses facts_quality's matching and table, so the numbers mean the same; texts without a publication date are
extracted with published=None (their relative dates are labelled null).
Run: python benchmarks/facts_independent.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_quality

PATH = Path(__file__).resolve().parent / "facts_eval" / "independent.json"


class _OptionalDate(date):
    """`date` whose fromisoformat passes None through, for texts with no publication date."""

    @classmethod
    def fromisoformat(cls, text: Any) -> Any:  # type: ignore[override]
        return None if text is None else date.fromisoformat(text)


def _load(split: str) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    data = json.loads(PATH.read_text(encoding="utf-8"))
    return data["texts"], data["negatives"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every miss, extra, span and value error")
    args = parser.parse_args()
    facts_quality._load = _load  # type: ignore[assignment]
    facts_quality.date = _OptionalDate  # type: ignore[misc]
    facts_quality.report("independent", args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
