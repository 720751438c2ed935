"""Lazy layout at test sizes: a text of a few hundred kilobytes is laid out only around the screen, as a 20 MB one
is in use."""

from __future__ import annotations

import pytest

from reader_app.ui import lazy_layout


def small_lazy_layout(
    monkeypatch: pytest.MonkeyPatch, *, min_chars: int = 50_000, window: int = 6_000, hidden: int = 5_000
) -> None:
    """Texts over `min_chars` laid out lazily, `window` characters either side of the screen, hidden lines in
    blocks of `hidden` characters."""
    monkeypatch.setattr(lazy_layout, "LAZY_MIN_CHARS", min_chars)
    monkeypatch.setattr(lazy_layout, "WINDOW_CHARS", window)
    monkeypatch.setattr(lazy_layout, "HIDDEN_BLOCK_CHARS", hidden)
