"""How often the reading shown above the text (pinyin, furigana) is right, on words with more than one reading, in
their sentences, in real text (the corpus at /work/shared/facts/corpus, Wikipedia and Wikinews, CC BY-SA).

The labels are in benchmarks/reading_labels/{zh,ja}.tsv (offset = character offset into the text after the file's
three header lines). How they were made is in each row's `labelled_by`:
- Chinese: every character of the corpus that CC-CEDICT gives two or more readings. Where CC-CEDICT has a word of
  two or more characters covering it whose entries all agree on that character's reading, the label is CC-CEDICT's
  (a source independent of pypinyin's phrase list); the rest (mostly 的, 和, 了, 为, 上, 大 standing alone) were
  read in context by a person, without seeing the program's output. Two unclear cases were left out.
- Japanese: every word Sudachi finds that JMdict lists with two or more readings, read in context by a person
  without seeing the program's output (日 after 20 is か of はつか, 分 after 48 is ぷん). One unclear case
  (その他) was left out.

The held-out set (`--set blind`, benchmarks/reading_labels_blind/) is other real text (Chinese Wikipedia/Wikinews via
Wikiwand, Japanese Wikinews; attribution in each text's header lines) labelled by a person who had never read this
code or seen its output, from a list of words with several readings fixed before reading the texts (*-list.txt).
Its figures come in two halves by file: even-numbered files are the development half (rules may be fixed after
looking at its errors; `-v` lists them), odd-numbered files the held-out half (only its figure is ever printed).
Labels that look plainly wrong are not edited: benchmarks/reading_labels_blind/doubtful.tsv counts them.

Usage: python benchmarks/reading_accuracy.py [--set main|blind] [--corpus DIR] [-v]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from shared_folder import shared_path

ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = shared_path("facts", "corpus")
BLIND = ROOT / "reading_labels_blind"
DEV, HELD_OUT = "dev (even files)", "held-out (odd files)"


def half_of(name: str) -> str:
    """The blind set's half a file belongs to: its number even → development, odd → held-out."""
    number = int(Path(name).stem)
    return DEV if number % 2 == 0 else HELD_OUT


def doubtful_labels() -> set[tuple[str, int]]:
    """(file, offset) of blind labels that look plainly wrong (counted, never edited); development half only."""
    path = BLIND / "doubtful.tsv"
    if not path.is_file():
        return set()
    with open(path, encoding="utf-8") as handle:
        return {(row["file"], int(row["offset"])) for row in csv.DictReader(handle, delimiter="\t")}


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n", 3)[3]


def shown_japanese(text: str, start: int, end: int, ruby: dict[int, tuple[int, str]]) -> str:
    from reader_app.core.dictionary.phonetics import hiragana

    out, position = "", start
    while position < end:
        if position in ruby:
            span_end, reading = ruby[position]
            out += reading
            position = span_end
        else:
            out += hiragana(text[position])
            position += 1
    return out


def inside_one_ruby(
    start: int, end: int, label: str, ruby: dict[int, tuple[int, str]]
) -> tuple[str, bool] | None:
    """When the labelled span lies inside a longer ruby span (the label 代 of 代目 under だいめ, 内 of 企業内 under
    きぎょうない), what is shown there and whether it agrees: the ruby's reading begins with the label where both
    begin, ends with it where both end, contains it otherwise. None when no single ruby span holds the label."""
    from reader_app.core.dictionary.phonetics import hiragana

    for span_start, (span_end, reading) in ruby.items():
        if span_start <= start and end <= span_end and (span_start, span_end) != (start, end):
            wanted, got = hiragana(label), hiragana(reading)
            if span_start == start:
                ok = got.startswith(wanted)
            elif span_end == end:
                ok = got.endswith(wanted)
            else:
                ok = wanted in got[1:-1]
            return f"{reading} over the whole word", ok
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("main", "blind"), default="main", dest="label_set")
    parser.add_argument("--corpus", type=Path, help="the texts (default: the set's own)")
    parser.add_argument("--exact-spans", action="store_true",
                        help="count a label inside a longer ruby span (代 of 代目) as wrong, as before such labels")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list the wrong readings (for the blind set, of its development half only)")
    args = parser.parse_args()
    blind = args.label_set == "blind"
    labels = BLIND if blind else ROOT / "reading_labels"
    corpus = args.corpus or (BLIND / "texts" if blind else DEFAULT_CORPUS)
    doubtful = doubtful_labels() if blind else set()
    from reader_app.core.dictionary.phonetics import hiragana
    from reader_app.core.dictionary.readings import chinese_syllables, japanese_ruby

    for lang in ("zh", "ja"):
        with open(labels / f"{lang}.tsv", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        texts: dict[str, str] = {}
        shown: dict[str, object] = {}
        right = 0
        by_source: dict[str, list[int]] = {}
        wrong: list[str] = []
        for row in rows:
            name = row["file"]
            if name not in texts:
                texts[name] = body(corpus / name)
                if lang == "zh":
                    shown[name] = dict(chinese_syllables(texts[name]))
                else:
                    shown[name] = {s.start: (s.end, s.reading) for s in japanese_ruby(texts[name])}
            text, offset = texts[name], int(row["offset"])
            if text[offset : offset + len(row["text"])] != row["text"]:
                print(f"{name}:{offset}: label does not match the text", file=sys.stderr)
                return 1
            if lang == "zh":
                syllables = shown[name]
                assert isinstance(syllables, dict)
                got = str(syllables.get(offset, "")).lower()
                ok = got == row["reading"].lower()
            else:
                ruby = shown[name]
                assert isinstance(ruby, dict)
                end = offset + len(row["text"])
                within = None if args.exact_spans else inside_one_ruby(offset, end, row["reading"], ruby)
                if within is not None:
                    got, ok = within
                else:
                    got = shown_japanese(text, offset, end, ruby)
                    ok = hiragana(got) == hiragana(row["reading"])
            if blind:
                source = half_of(name)
            else:
                source = "CC-CEDICT" if row["labelled_by"].startswith("CC-CEDICT") else "read in context"
            by_source.setdefault(source, [0, 0])
            by_source[source][1] += 1
            if ok:
                right += 1
                by_source[source][0] += 1
            elif source != HELD_OUT:  # the held-out half's errors are never shown
                mark = " [label doubtful]" if (name, offset) in doubtful else ""
                wrong.append(f"  {name}:{offset} {row['context']}: shown {got!r}, label {row['reading']!r}{mark}")
        parts = ", ".join(
            f"{k} {v[0]}/{v[1]} = {100 * v[0] / v[1]:.1f} %" for k, v in sorted(by_source.items()) if v[1]
        )
        print(f"{lang}: {right}/{len(rows)} right = {100 * right / len(rows):.1f} % ({parts})")
        if blind:
            print(f"{lang}: labels counted as doubtful (development half, left as labelled): "
                  f"{sum(1 for name, _ in doubtful if name.startswith(lang + '/'))}")
        if args.verbose:
            print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
