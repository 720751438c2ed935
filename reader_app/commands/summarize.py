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
        help="number of extracted sentences (default: a saved file's length and the reader's own wording, else a "
        "quarter of the article, 3 to 15)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from reader_app.commands.export import load_input
    from reader_app.core.export.content import build_content
    from reader_app.core.loading import LoadError
    from reader_app.core.reading_state import ReadingState
    from reader_app.core.saved_file import SavedFileError

    try:
        document, state = load_input(args.file)
    except (LoadError, SavedFileError) as error:
        print(f"reader-app: {error}", file=sys.stderr)
        return 1
    if args.sentences is not None:  # asked for a length: the extracted sentences, not the reader's wording
        state = (state or ReadingState.for_document(document)).with_summary_length(args.sentences)
        state = state.with_summary_edit(None)
    # The summary every export shows: the saved length and the reader's own wording when there is one.
    content = build_content(document, state)
    article = document.article
    if args.json:
        spans = [article.sentences[s.index] for s in content.summary]
        payload = {
            "sentences": [
                {"text": s.text, "start": span.start, "end": span.end, "passage": article.role.value}
                for s, span in zip(content.summary, spans, strict=True)
            ],
            "total_sentences": content.total_sentences,
            "edited": content.summary_edit,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if content.summary_edit is not None:
        print(content.summary_edit)
        return 0
    for sentence in content.summary:
        print(sentence.text)
    return 0
