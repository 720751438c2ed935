"""`reader-app facts FILE`: the key facts of a document as a table or JSON; `--jsonl` for batch use on stdin."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import IO, Any, TextIO

from reader_app.core.error_boundary import short_reason, unexpected_line_error


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "facts",
        help="list counts, money, percentages, dates, organisations, people and places",
        description="List the key facts of FILE. With --jsonl, read JSON lines "
        '{"text": ..., "lang": optional, "published": optional} on stdin and write one {"facts": [...]} line each.',
    )
    parser.add_argument("file", type=Path, nargs="?", help="document to read (omit with --jsonl)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date that relative dates resolve to")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="machine-readable output")
    output.add_argument("--jsonl", action="store_true", help="batch mode: JSON lines on stdin, JSON lines out")
    parser.set_defaults(run=run)


def _parse_date(text: str | None) -> date | None:
    if text is None or text == "":
        return None
    return date.fromisoformat(text)


def _error(message: str) -> int:
    print(f"reader-app: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    return _run(args)  # a closed pipe (`| head`) and anything unexpected are handled by the CLI's error boundary


def _run(args: argparse.Namespace) -> int:
    try:
        published = _parse_date(args.published)
    except ValueError:
        return _error(f"--published wants a date as YYYY-MM-DD, not {args.published!r}.")
    if args.jsonl:
        if args.file is not None:
            return _error("--jsonl reads from stdin; give no FILE.")
        return run_jsonl(getattr(sys.stdin, "buffer", sys.stdin), sys.stdout, published)
    if args.file is None:
        return _error("give a FILE, or --jsonl to read JSON lines from stdin.")

    from reader_app.commands.export import load_input
    from reader_app.core.facts.extract import extract_facts
    from reader_app.core.facts.serialize import fact_json
    from reader_app.core.loading import LoadError
    from reader_app.core.saved_file import SavedFileError

    try:
        document, _state = load_input(args.file)  # a saved annotated summary (.json) gives its document
    except (LoadError, SavedFileError) as error:
        print(f"reader-app: {error}", file=sys.stderr)
        return 1
    when = published or document.published
    facts = [fact for passage in document.passages() for fact in extract_facts(passage, when)]
    if args.json:
        print(json.dumps({"facts": [fact_json(fact) for fact in facts]}, ensure_ascii=False, indent=2))
        return 0
    _print_table(facts, when)
    return 0


def _print_table(facts: list[Any], published: date | None) -> None:
    from reader_app.core.facts.model import describe_value

    print(f"Published: {published.isoformat() if published else 'unknown (relative dates stay unresolved)'}")
    if not facts:
        print("No facts found.")
        return
    rows = [
        (fact.role.value, fact.kind.value, fact.text.replace("\n", " "), f"{fact.span.start}-{fact.span.end}",
         describe_value(fact.value, fact.text))
        for fact in facts
    ]  # fmt: skip
    headers = ("PASSAGE", "KIND", "TEXT", "SPAN", "VALUE")
    widths = [min(40, max(_width(row[i]) for row in [headers, *rows])) for i in range(4)]
    for row in [headers, *rows]:
        cells = [_pad(_clip(cell, widths[i]), widths[i]) for i, cell in enumerate(row[:4])]
        print("  ".join([*cells, row[4]]).rstrip())


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    while _width(text) > width:
        text = text[:-2] + "…"
    return text


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _facts_for_line(line: str, default_published: date | None) -> dict[str, Any]:
    from reader_app.core.document import Passage, PassageRole
    from reader_app.core.facts.extract import extract_facts
    from reader_app.core.facts.serialize import fact_json
    from reader_app.core.loading import LoadError, document_from_text
    from reader_app.core.segmentation import split_sentences

    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"facts": [], "error": f"not JSON: {error.msg}"}
    except RecursionError:
        return {"facts": [], "error": "not JSON this app reads: nested too deeply"}
    except ValueError as error:
        if "digits" in str(error):  # Python refuses to convert integers this long (a guard against slow input)
            return {"facts": [], "error": "not JSON this app reads: an integer longer than 4,300 digits"}
        return {"facts": [], "error": f"not JSON this app reads: {short_reason(error)}"}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {"facts": [], "error": 'each line must be an object with a "text" string'}
    text: str = _SURROGATE.sub("\ufffd", item["text"])  # a lone "\ud800" escape; same length, so spans hold
    try:
        published = _parse_date(item.get("published")) or default_published
    except (TypeError, ValueError):
        return {"facts": [], "error": f"published must be YYYY-MM-DD, not {item.get('published')!r}"}
    lang = item.get("lang")
    if isinstance(lang, str) and lang:
        passages = [Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))]
        bases = [0]
    else:
        try:
            document = document_from_text(text)
        except LoadError:
            return {"facts": []}
        passages = list(document.passages())
        bases = []
        cursor = 0
        for passage in passages:
            base = text.find(passage.text, cursor)
            bases.append(max(base, 0))
            cursor = max(base, 0) + len(passage.text)
    facts = [
        fact_json(fact, base)
        for passage, base in zip(passages, bases, strict=True)
        for fact in extract_facts(passage, published)
    ]
    return {"facts": facts}


def _decoded(line: str | bytes) -> str | None:
    if isinstance(line, str):
        return line
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def answer_line(line: str | bytes, published: date | None = None) -> dict[str, Any]:
    """The answer to one input line; never raises, so one bad line never ends the batch."""
    text = _decoded(line)
    if text is None:
        return {"facts": [], "error": "the line is not UTF-8 text"}
    try:
        return _facts_for_line(text, published)
    except Exception as error:  # the per-line error boundary: logged, and the batch goes on
        return {"facts": [], "error": unexpected_line_error("facts --jsonl line", error)}


def _dumps(answer: dict[str, Any]) -> str:
    try:
        encoded = json.dumps(answer, ensure_ascii=False)
        try:
            encoded.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape in the input: keep it escaped
            encoded = json.dumps(answer)
        return encoded
    except Exception as error:  # a value JSON cannot hold must cost only its own line
        return json.dumps({"facts": [], "error": unexpected_line_error("facts --jsonl output", error)})


def run_jsonl(stdin: IO[str] | IO[bytes], stdout: TextIO, published: date | None = None) -> int:
    """One output line per non-blank input line; spans index the input's "text".

    Read as bytes when possible and decoded line by line, so one invalid byte costs only its own line."""
    for line in stdin:
        if not line.strip():
            continue
        stdout.write(_dumps(answer_line(line, published)) + "\n")
        stdout.flush()
    return 0
