"""`reader-app inspect FILE`: what the loader understood, for people and scripts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader_app.core.document_formats import suffixes_help

if TYPE_CHECKING:
    from reader_app.core.document import Document


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="show title, date, languages and sentences of a document",
        description=f"Show what the loader understood of FILE ({suffixes_help()}, or a saved .json): title, "
        "publication date, and "
        "for the prompt and the article their language and sentences with character offsets.",
    )
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--json",
        action="store_true",
        help='machine-readable: {"title", "published", "passages": [{"role", "lang", "sentences": '
        '[{"start", "end", "text"}]}]}',
    )
    parser.set_defaults(run=run)


def as_json(document: Document) -> dict[str, Any]:
    """The `--json` shape; offsets are `[start, end)` character offsets into the passage's text."""
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


def _print_text(document: Document) -> None:
    from reader_app.core.language import language_name

    print(f"Title: {document.title}")
    print(f"Published: {document.published.isoformat() if document.published else 'unknown'}")
    for passage in document.passages():
        count = len(passage.sentences)
        print(f"\n{passage.role.value.upper()}: {language_name(passage.lang)} ({passage.lang}), "
              f"{count} sentence{'' if count == 1 else 's'}")
        for index, sentence in enumerate(passage.sentences, start=1):
            text = " ".join(passage.text[sentence.start : sentence.end].split())
            print(f"  {index:3}. [{sentence.start}:{sentence.end}] {text}")


def run(args: argparse.Namespace) -> int:
    from reader_app.commands.export import load_input
    from reader_app.core.loading import LoadError
    from reader_app.core.saved_file import SavedFileError

    try:
        document, _state = load_input(args.file)  # a saved annotated summary (.json) shows its document
    except (LoadError, SavedFileError) as error:
        print(f"reader-app inspect: {error}", file=sys.stderr)
        return 1
    try:
        if args.json:
            print(json.dumps(as_json(document), ensure_ascii=False, indent=2))
        else:
            _print_text(document)
        sys.stdout.flush()
    except BrokenPipeError:
        # `reader-app inspect big.txt | head`: the reader has seen enough; no traceback at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
