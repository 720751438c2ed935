"""Text from files (package names, paths) made safe to print on a terminal: control characters shown, not obeyed."""

from __future__ import annotations

import unicodedata

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""They reorder what follows on the line (so a name could make the rest of the line read backwards)."""


def for_terminal(text: str) -> str:
    """`text` with escape sequences, other control characters and bidi controls written as `\\x1b`, `\\u202e`, …"""
    if text.isprintable() and not _BIDI_CONTROLS.intersection(text):
        return text
    return "".join(
        _escaped(ch) if unicodedata.category(ch) in ("Cc", "Cs") or ch in _BIDI_CONTROLS else ch for ch in text
    )


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
