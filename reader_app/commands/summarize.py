"""`reader-app summarize`: not built yet (see the open issue)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("summarize", help="(not built yet)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print("reader-app: 'summarize' is not built yet.", file=sys.stderr)
    return 2
