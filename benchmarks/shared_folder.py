"""Where the project's shared material (the blind fact corpus, the outside suites) lies: `../shared` beside the
checkout, or beside the folder that holds the checkout (a worktree under a folder of worktrees)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_path(*parts: str) -> Path:
    """`shared/<parts>` beside the checkout or one folder further up, whichever exists (the first when neither)."""
    relative = Path("shared", *parts)
    return next(
        (base / relative for base in (ROOT.parent, ROOT.parent.parent) if (base / relative).exists()),
        ROOT.parent / relative,
    )
