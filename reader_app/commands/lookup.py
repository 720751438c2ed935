"""`reader-app lookup WORD`: CC-CEDICT, JMdict and JMnedict from the command line (offline)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    lookup = subparsers.add_parser(
        "lookup",
        help="look a word up in CC-CEDICT, JMdict and JMnedict (offline)",
        description="Print the dictionary words that start WORD, longest first (Chinese or Japanese), or the Chinese "
        "and Japanese words for an English WORD.",
    )
    lookup.add_argument("word", help="the word (or text starting with it)")
    lookup.add_argument("--lang", choices=("zh", "ja", "en"), help="language of WORD (default: guessed)")
    lookup.add_argument("--zhuyin", action="store_true", help="show zhuyin (bopomofo) beside pinyin")
    lookup.add_argument("--json", action="store_true", help="machine-readable output")
    lookup.set_defaults(run=run_lookup)


def _printable(text: str) -> str:
    """`text` with each lone surrogate (bytes that were not UTF-8 on the command line) as U+FFFD, which UTF-8 can
    write."""
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)


def _unavailable(error: Exception) -> int:
    print(f"reader-app: {error}", file=sys.stderr)
    return 1


def run_lookup(args: argparse.Namespace) -> int:
    from reader_app.core.dictionary.index import DictionaryUnavailable
    from reader_app.core.dictionary.lookup import guess_language, shared_dictionary

    lang = args.lang or guess_language(args.word)
    try:
        matches = shared_dictionary().lookup(args.word, lang)
    except DictionaryUnavailable as error:
        return _unavailable(error)
    if args.json:
        print(json.dumps({"query": _printable(args.word), "lang": lang, "matches": [m.to_json() for m in matches]},
                         ensure_ascii=False, indent=2))
        return 0
    if not matches:
        print(f"{args.word.strip()[:40]!r}: no entry")
        return 0
    for match in matches:
        title = match.surface
        if match.dictionary_form != match.surface:
            title += f" → {match.dictionary_form} ({', '.join(match.inflections)})"
        if lang != "en":
            print(title)
        for entry in match.entries:
            _print_entry(entry, args.zhuyin)
    return 0


def _print_entry(entry: Any, with_zhuyin: bool) -> None:
    if entry.lang == "zh":
        forms = entry.simplified + (f" [{entry.traditional}]" if entry.traditional != entry.simplified else "")
        reading = entry.reading + (f"  {entry.zhuyin()}" if with_zhuyin else "")
    else:
        forms = "・".join(entry.forms) or entry.reading
        reading = "、".join(entry.readings) + f"  ({entry.romaji()})"
    source = {"cedict": "CC-CEDICT", "jmdict": "JMdict", "jmnedict": "JMnedict (name)"}[entry.source]
    print(f"  {forms}  {reading}  — {source}")
    for number, sense in enumerate(entry.senses[:6], 1):
        pos = f"({', '.join(sense.parts_of_speech)}) " if sense.parts_of_speech else ""
        print(f"    {number}. {pos}{sense.text()}")
