"""Command line: `reader-app [FILE]` opens the window; sub-commands give the same features headless."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from reader_app import __version__

# Each module in reader_app.commands defines `register(subparsers)`; keep their top-level imports light,
# importing heavy libraries inside the command's run function, so `--help` and the GUI start fast.
COMMAND_MODULES = ("inspect", "translate", "models", "facts", "summarize", "export", "lookup", "gloss")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader-app",
        description="Read Chinese or Japanese and English side by side. "
        f"Sub-commands for headless use: {', '.join(COMMAND_MODULES)} (try `reader-app facts --help`).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="document to open (default: the last one, or the sample)")
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render the window offscreen to a PNG and exit"
    )
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader-app")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"reader_app.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--extraction-child"]:  # internal: a frozen build's child process for big documents
        from reader_app.core.child_process import child_main

        child_main()
        return 0
    if args_list and args_list[0] in COMMAND_MODULES:
        from reader_app.core.error_boundary import run_command  # not on the window's start-up path

        args = _command_parser().parse_args(args_list)
        return run_command(_describe(args), lambda: int(args.run(args)))
    if args_list and _looks_like_command(args_list[0]):
        import difflib

        close = difflib.get_close_matches(args_list[0], COMMAND_MODULES, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        print(
            f"reader-app: no sub-command or file called {args_list[0]!r}; {hint}"
            f"sub-commands: {', '.join(COMMAND_MODULES)} (see reader-app --help)",
            file=sys.stderr,
        )
        return 2
    import gc

    # Until the window's first paint (ui.app turns it back on): building it makes tens of thousands of objects
    # that live as long as the app (PySide6's types and enums, the modules), so collecting meanwhile frees nothing.
    gc.disable()
    from reader_app.ui.app import run_gui

    if len(args_list) <= 1 and not any(arg.startswith("-") for arg in args_list):
        # The usual start, `reader-app [FILE]`, needs no parser (building one looks for translations on disk).
        return run_gui(Path(args_list[0]) if args_list else None, screenshot=None)
    gui_args = _gui_parser().parse_args(args_list)
    return run_gui(gui_args.file, screenshot=gui_args.screenshot)


def _describe(args: argparse.Namespace) -> str:
    """What the sub-command was doing, for its error line: `facts notes.txt`, `models install`."""
    parts = [str(args.command)]
    action = getattr(args, "action", None)
    if isinstance(action, str):
        parts.append(action)
    file = getattr(args, "file", None)
    if isinstance(file, Path):
        parts.append(file.name or str(file))
    return " ".join(parts)


def _looks_like_command(word: str) -> bool:
    """A mistyped sub-command ("sumarize"), not a document: a bare word that is no existing file or folder.

    Paths have a separator or a suffix ("notes.txt"), options start with "-"."""
    return (
        bool(word)
        and not word.startswith("-")
        and "/" not in word
        and "\\" not in word
        and "." not in word
        and not Path(word).exists()
    )
