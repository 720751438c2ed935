"""`reader-app gloss FILE`: a word-by-word dictionary gloss of each Chinese or Japanese sentence."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    gloss = subparsers.add_parser(
        "gloss",
        help="word-by-word dictionary gloss of each Chinese or Japanese sentence of a document",
        description="Print each CJK sentence of FILE with its words, their readings in context and first senses. "
        "A gloss is a reading aid, not a translation.",
    )
    gloss.add_argument("file", type=Path, help="document to read")
    gloss.add_argument("--json", action="store_true", help="machine-readable output")
    gloss.set_defaults(run=run_gloss)


def _unavailable(error: Exception) -> int:
    print(f"reader-app: {error}", file=sys.stderr)
    return 1


def run_gloss(args: argparse.Namespace) -> int:
    from reader_app.core.dictionary.gloss import GLOSS_LABEL, gloss, gloss_line
    from reader_app.core.dictionary.index import DictionaryUnavailable
    from reader_app.core.dictionary.lookup import shared_dictionary
    from reader_app.core.loading import LoadError, load_document

    try:
        document = load_document(args.file)
    except LoadError as error:
        print(f"reader-app: {error}", file=sys.stderr)
        return 1
    sentences: list[dict[str, Any]] = []
    try:
        for passage in document.passages():
            if passage.lang not in ("zh", "ja"):
                continue
            for index, text in enumerate(passage.sentence_texts()):
                words = gloss(shared_dictionary(), text, passage.lang)
                sentences.append({
                    "passage": passage.role.value, "lang": passage.lang, "index": index, "text": text,
                    "words": words,
                })
    except DictionaryUnavailable as error:
        return _unavailable(error)
    if args.json:
        out = [{**s, "words": [w.to_json() for w in s["words"]]} for s in sentences]
        print(json.dumps({"label": GLOSS_LABEL, "sentences": out}, ensure_ascii=False, indent=2))
        return 0
    if not sentences:
        print("No Chinese or Japanese sentences to gloss.")
        return 0
    print(f"{GLOSS_LABEL}\n")
    for item in sentences:
        print(str(item["text"]).strip())
        print(f"  {gloss_line(item['words'])}\n")
    return 0
