"""`reader-app export FILE --format md|html|pdf|json|anki -o OUT`: export a document or a saved annotated summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reader_app.core.document_formats import suffixes_help
from reader_app.core.export.formats import EXPORT_FORMATS, FORMATS


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the summary, key facts, highlights and notes as " + ", ".join(f.title for f in EXPORT_FORMATS),
    )
    parser.add_argument("file", type=Path, help=f"document ({suffixes_help()}) or saved annotated summary (.json)")
    parser.add_argument("--format", "-f", required=True, choices=list(FORMATS), help="output format")
    parser.add_argument("--output", "-o", required=True, type=Path, metavar="OUT", help="file to write")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"reader-app: {message}", file=sys.stderr)
    return 1


def load_input(path: Path) -> tuple[Any, Any]:
    """(Document, ReadingState or None): a saved `.json` brings its state, a plain document starts fresh."""
    from reader_app.core import saved_file
    from reader_app.core.loading import load_document

    if path.suffix.lower() == saved_file.SUFFIX or saved_file.looks_like_saved_file(path):
        return saved_file.load(path)
    return load_document(path), None


def run(args: argparse.Namespace) -> int:
    from reader_app.core import saved_file
    from reader_app.core.atomic_write import atomic_write_bytes
    from reader_app.core.export.content import build_content
    from reader_app.core.loading import LoadError
    from reader_app.core.saved_file import SavedFileError

    output: Path = args.output
    if output.is_dir():
        return _fail(f"{output} is a folder; give a file name after -o.")
    if not output.parent.is_dir():
        return _fail(f"Cannot write {output}: the folder {output.parent} does not exist.")
    try:
        document, state = load_input(args.file)
    except (LoadError, SavedFileError) as error:
        return _fail(str(error))
    content = build_content(document, state)
    export_format = FORMATS[args.format]
    if (empty := export_format.nothing_to_export(content)) is not None:
        return _fail(f"{args.file.name}: {empty}.")
    if export_format.suffix == saved_file.SUFFIX:
        reason = saved_file.newer_work_at(output, content.state)
        if reason is not None:
            return _fail(f"{reason} It was left untouched; write to another file.")
    try:
        atomic_write_bytes(output, export_format.render(content))
    except OSError as error:
        return _fail(f"Cannot write {output}: {error.strerror or error}.")
    return 0
