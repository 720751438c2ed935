"""`reader-app models`: list, install, remove and (on request) download Argos translation packages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reader_app.core.terminal_text import for_terminal

ERROR_EXIT = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "models",
        help="manage offline translation models (Argos packages)",
        description="Models live where Argos Translate keeps them, so packages installed with argospm show up too.",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="installed models: pair, version, size")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    install = actions.add_parser("install", help="install a .argosmodel file (validated first)")
    install.add_argument("path", type=Path)
    install.add_argument(
        "--force", action="store_true", help="install even when it is older than the pair's installed model"
    )
    remove = actions.add_parser("remove", help="remove the model for a language pair")
    remove.add_argument("from_lang", metavar="FROM")
    remove.add_argument("to_lang", metavar="TO")
    download = actions.add_parser("download", help="download a model from the Argos package index (uses the network)")
    download.add_argument("from_lang", metavar="FROM")
    download.add_argument("to_lang", metavar="TO")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"reader-app: {for_terminal(message)}", file=sys.stderr)
    return ERROR_EXIT


def _installed(model: Any) -> str:
    return for_terminal(
        f"Installed {model.name} {model.version} ({_megabytes(model.size_bytes)}) in {model.path}"
    )


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _list(as_json: bool) -> int:
    from reader_app.translation.packages import installed_models, packages_dir

    models = installed_models()
    if as_json:
        rows = [
            {
                "from": m.from_code,
                "to": m.to_code,
                "name": m.name,
                "version": m.version,
                "package": m.package_id,
                "size_bytes": m.size_bytes,
                "path": str(m.path),
            }
            for m in models
        ]
        print(json.dumps({"models": rows, "folder": str(packages_dir())}, ensure_ascii=False, indent=2))
        return 0
    if not models:
        print(f"No translation models installed (folder: {packages_dir()}).")
        print("Install one with `reader-app models install FILE.argosmodel` or `reader-app models download FROM TO`.")
        return 0
    for m in models:
        line = f"{m.from_code:>7} → {m.to_code:<7} {m.name:<40} {m.version:>8} {_megabytes(m.size_bytes):>10}  {m.path}"
        print(for_terminal(line))
    return 0


def _progress(done: int, total: int) -> None:
    if not sys.stderr.isatty():
        return
    shown = f"{done / 1e6:.1f} / {total / 1e6:.1f} MB" if total else f"{done / 1e6:.1f} MB"
    print(f"\rDownloading… {shown}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from reader_app.core.language import language_name
    from reader_app.translation.errors import OlderVersionError, TranslationError
    from reader_app.translation.languages import parse_language
    from reader_app.translation.packages import clean_leftovers, download_model, install_from_file, remove_model

    try:
        clean_leftovers()  # of an install or removal killed midway
        if args.action == "list":
            return _list(args.json)
        if args.action == "install":
            try:
                model = install_from_file(args.path, force=args.force)
            except OlderVersionError as error:
                return _fail(f"{error} Add --force to install it anyway.")
            print(_installed(model))
            return 0
        from_code, to_code = parse_language(args.from_lang), parse_language(args.to_lang)
        if args.action == "remove":
            model = remove_model(from_code, to_code)
            print(for_terminal(f"Removed {model.name} {model.version} ({model.path})"))
            return 0
        print(f"Downloading {language_name(from_code)} → {language_name(to_code)} from the Argos package index…",
              file=sys.stderr)
        model = download_model(from_code, to_code, _progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(_installed(model))
        return 0
    except TranslationError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        print("reader-app: cancelled; nothing was installed.", file=sys.stderr)
        return 130
