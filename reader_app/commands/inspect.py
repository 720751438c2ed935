"""`reader-app inspect FILE`: what the loader understood, for people and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reader_app.core.document import Document
from reader_app.core.language import language_name
from reader_app.core.loading import LoadError, load_document


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("inspect", help="show title, date, languages and sentences of a document")
    parser.add_argument("file", type=Path)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=run)


def as_json(document: Document) -> dict[str, Any]:
    return {
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "passages": [
            {
                "role": passage.role.value,
                "lang": passage.lang,
                "sentences": [
                    {"start": s.start, "end": s.end, "text": passage.text[s.start : s.end]} for s in passage.sentences
                ],
            }
            for passage in document.passages()
        ],
    }


def run(args: argparse.Namespace) -> int:
    try:
        document = load_document(args.file)
    except LoadError as error:
        print(f"reader-app: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(as_json(document), ensure_ascii=False, indent=2))
        return 0
    print(f"Title: {document.title}")
    print(f"Published: {document.published.isoformat() if document.published else 'unknown'}")
    for passage in document.passages():
        print(f"\n{passage.role.value.upper()} — {language_name(passage.lang)}, {len(passage.sentences)} sentences")
        for index, sentence in enumerate(passage.sentence_texts(), start=1):
            print(f"  {index:3}. {sentence}")
    return 0
