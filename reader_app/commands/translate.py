"""`reader-app translate FILE`: the document's sentences beside their offline translations, for people and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ERROR_EXIT = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "translate",
        help="translate a document offline with the installed Argos models, sentence by sentence",
        description="Translate every passage of FILE that is not already in the target language. "
        "Sentences are aligned: one translation per source sentence.",
    )
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--to",
        metavar="LANG",
        help="target language: en, ja, zh, zh-Hant (default: en, or the prompt's language for English documents)",
    )
    parser.add_argument("--json", action="store_true", help='machine-readable output: {"pairs": [...], "from", "to"}')
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"reader-app: {message}", file=sys.stderr)
    return ERROR_EXIT


def run(args: argparse.Namespace) -> int:
    from reader_app.commands.export import load_input
    from reader_app.core.language import ENGLISH, language_name
    from reader_app.core.loading import LoadError
    from reader_app.core.saved_file import SavedFileError
    from reader_app.translation.engine import TranslationEngine
    from reader_app.translation.errors import TranslationError, UnknownLanguageError
    from reader_app.translation.languages import APP_LANGUAGES, parse_language
    from reader_app.translation.packages import installed_models

    try:
        document, _state = load_input(args.file)  # a saved annotated summary (.json) gives its document
    except (LoadError, SavedFileError) as error:
        return _fail(str(error))
    passages = list(document.passages())
    try:
        if args.to is not None:
            target = parse_language(args.to)
            known = set(APP_LANGUAGES) | {code for m in installed_models() for code in (m.from_code, m.to_code)}
            if target not in known:
                raise UnknownLanguageError(
                    f"Unknown language {args.to!r}: use one of {', '.join(sorted(known))}."
                )
        elif any(passage.lang != ENGLISH for passage in passages):
            target = ENGLISH
        else:
            return _fail(f"{args.file.name} is in English: choose a target language with --to (ja, zh, zh-Hant).")
        todo = [passage for passage in passages if passage.lang != target]
        if not todo:
            return _fail(f"Nothing to translate: {args.file.name} is already in {language_name(target)}.")
        engine = TranslationEngine()
        for passage in todo:
            engine.route(passage.lang, target)  # every missing model is reported before any work starts
        results = [(passage, engine.translate(passage.sentence_texts(), passage.lang, target)) for passage in todo]
        labels = {passage.lang: engine.package_label(passage.lang, target) for passage in todo}
    except TranslationError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        print("reader-app: translation cancelled.", file=sys.stderr)
        return 130

    sources = list(dict.fromkeys(passage.lang for passage in todo))
    if args.json:
        payload = {
            "pairs": [
                {"source": source, "target": translation.text, "warning": translation.warning}
                for passage, translations in results
                for source, translation in zip(passage.sentence_texts(), translations, strict=True)
            ],
            "from": "+".join(sources),
            "to": target,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for passage, translations in results:
        print(
            f"{passage.role.value.upper()} — {language_name(passage.lang)} → {language_name(target)} "
            f"({labels[passage.lang]}), {len(translations)} sentence{'' if len(translations) == 1 else 's'}"
        )
        for number, (source, translation) in enumerate(zip(passage.sentence_texts(), translations, strict=True), 1):
            print(f"  {number:3}. {source}")
            note = f"   [warning: {translation.warning}]" if translation.warning else ""
            print(f"       {translation.text}{note}")
        print()
    return 0
