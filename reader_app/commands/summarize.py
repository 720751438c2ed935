"""`reader-app summarize FILE [--sentences N] [--json]`: the article's extractive summary, headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reader_app.core.document_formats import suffixes_help


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("a summary has at least 1 sentence")
    return number


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("summarize", help="print the article's extractive summary")
    parser.add_argument("file", type=Path, help=f"document ({suffixes_help()}) or saved annotated summary (.json)")
    parser.add_argument(
        "--sentences",
        "-n",
        type=_positive,
        metavar="N",
        help="number of sentences (default: a saved file's length, else a quarter of the article, 3 to 15)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reader_app.commands.export import load_input
    from reader_app.core.loading import LoadError
    from reader_app.core.saved_file import SavedFileError
    from reader_app.core.summary import default_length, summarize

    try:
        document, state = load_input(args.file)
    except (LoadError, SavedFileError) as error:
        print(f"reader-app: {error}", file=sys.stderr)
        return 1
    article = document.article
    saved_length = state.summary_length if state is not None else None
    length = args.sentences or saved_length or default_length(len(article.sentences))
    summary = summarize(article, max(1, length), _facts(document))
    if args.json:
        payload = {
            "sentences": [
                {"text": s.text, "start": s.span.start, "end": s.span.end, "passage": summary.role.value}
                for s in summary.sentences
            ],
            "total_sentences": summary.total_sentences,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for sentence in summary.sentences:
        print(sentence.text)
    return 0


def _facts(document: Any) -> list[Any]:
    """The document's key facts (they lift fact-bearing sentences)."""
    from reader_app.core.facts.extract import extract_document_facts

    return [fact for found in extract_document_facts(document).values() for fact in found.source]
