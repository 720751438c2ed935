"""Colours of Find's matches: warm, clearly apart from the fact tints and from the highlight colours."""

from __future__ import annotations

from reader_app.ui.theme import Theme

FOUND = {"light": ("#FFC978", "#FF8A1F"), "dark": ("#6E4A00", "#B86200")}
"""(every match, the current match) per theme."""


def found_colours(theme: Theme) -> tuple[str, str]:
    return FOUND["dark" if theme.dark else "light"]
