"""Builds reader_app/core/dictionary/data/zh_word_frequency.txt: Chinese words, most frequent first, for ranking
CC-CEDICT's entries in English look-ups (CC-CEDICT gives no frequencies; for "bank" 银行 should come before 皋).

Input (needed only when regenerating, not at run time): jieba 0.42.1's dictionary (MIT; pip download jieba==0.42.1
--no-deps, unpack jieba/dict.txt), whose lines are "word frequency tag". Words of at least MIN_FREQUENCY are kept,
in order of frequency (ties by the word), one a line.

Run: python tools/build_zh_word_frequency.py --words jieba-0.42.1/jieba/dict.txt
"""

from __future__ import annotations

import argparse
from pathlib import Path

MIN_FREQUENCY = 100
OUT = Path(__file__).resolve().parents[1] / "reader_app" / "core" / "dictionary" / "data" / "zh_word_frequency.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=Path, required=True, help="jieba's dict.txt")
    args = parser.parse_args()
    words: list[tuple[int, str]] = []
    for line in args.words.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        frequent = len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= MIN_FREQUENCY
        if frequent and all("\u4e00" <= ch <= "\u9fff" for ch in parts[0]):
            words.append((int(parts[1]), parts[0]))
    words.sort(key=lambda item: (-item[0], item[1]))
    OUT.write_text("".join(word + "\n" for _, word in words), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
