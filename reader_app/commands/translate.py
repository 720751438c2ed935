"""`reader-app translate`: not built yet (see the open issue)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("translate", help="(not built yet)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print("reader-app: 'translate' is not built yet.", file=sys.stderr)
    return 2
